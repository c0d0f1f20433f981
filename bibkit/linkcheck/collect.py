"""Stage 4a: find every link in the inputs, with where it was cited, each link once.

URLs come from parsed fields (``url``, ``doi``, ``\\url{...}`` inside note-like fields, arXiv
eprints), never from a regex over the raw .bib, because BibTeX escapes (``\\_``, ``\\%``), wrapped
lines and bare DOIs defeat plain-text finders. Commentary notes and Markdown/HTML bodies are
scanned as text. ``merge`` then folds repeats into one LinkRequest carrying every Origin.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from ..errors import InputError
from ..io.sources import COMMENTARY_SUFFIXES, read_text
from ..model import Commentary, Library, Problem, Reference
from .model import LinkRequest, Origin

_TEX_ESCAPES = (
    ("\\_", "_"),
    ("\\%", "%"),
    ("\\&", "&"),
    ("\\#", "#"),
    ("\\textasciitilde{}", "~"),
    ("\\~{}", "~"),
)
_URL_RE = re.compile(r"""https?://[^\s<>"'{}|\\^`\[\]]+""", re.IGNORECASE)
_TEX_URL_RE = re.compile(r"\\(?:url|href)\s*\{([^{}]+)\}")
_DOI_TEXT_RE = re.compile(r"\bdoi:\s*(10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
_DOI_HOSTS = {"doi.org", "dx.doi.org", "www.doi.org"}
_NOTE_FIELDS = ("note", "howpublished", "addendum", "annotation", "annote")
_MD_LINK_RE = re.compile(r"\]\(\s*<?(https?://[^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|<(https?://[^>\s]+)>")
_HTML_LINK_RE = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']?(https?://[^"'\s>]+)""", re.IGNORECASE)
_TRAILING = ".,;:!?'\""


def untex(value: str) -> str:
    """Undo the TeX escapes a URL picks up in a .bib (``\\_`` -> ``_``), and drop line wrapping."""
    for escaped, plain in _TEX_ESCAPES:
        value = value.replace(escaped, plain)
    return re.sub(r"\s+", "", value)


def _trim(url: str) -> str:
    """Drop punctuation that ends the sentence, not the URL (keeps balanced parentheses)."""
    while url:
        if url[-1] in _TRAILING:
            url = url[:-1]
        elif url[-1] == ")" and url.count("(") < url.count(")"):
            url = url[:-1]
        else:
            break
    return url


def urls_in_text(text: str) -> list[str]:
    """http(s) URLs in running text (a note, a Markdown line), trailing punctuation removed."""
    return [_trim(m.group(0)) for m in _URL_RE.finditer(text)]


def normalise_doi(value: str) -> str:
    """'https://doi.org/10.1/X', 'doi:10.1/X' -> '10.1/X' (case kept; DOIs compare case-insensitively)."""
    value = untex(value.strip())
    value = re.sub(r"^(?:doi:\s*|https?://(?:dx\.|www\.)?doi\.org/)", "", value, flags=re.IGNORECASE)
    return _trim(unquote(value))


def make_request(raw: str, origin: Origin, accessed: str = "") -> LinkRequest | None:
    """A request for one URL as cited: DOI links become DOI requests, fragments are dropped."""
    url = untex(raw.strip())
    if not url:
        return None
    if re.match(r"^(?:doi:|10\.\d{4,9}/)", url, re.IGNORECASE):
        return doi_request(url, origin, accessed)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        if (parts.hostname or "") in _DOI_HOSTS and parts.path.startswith("/10."):
            return doi_request(url, origin, accessed)
        netloc = parts.netloc if "@" in parts.netloc else parts.netloc.lower()
        default_port = ":80" if scheme == "http" else ":443"
        if netloc.endswith(default_port):
            netloc = netloc[: -len(default_port)]
        url = urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    return LinkRequest(url=url, origins=(origin,), accessed=accessed)


def doi_request(value: str, origin: Origin, accessed: str = "") -> LinkRequest | None:
    doi = normalise_doi(value)
    if not doi.startswith("10."):
        return None
    return LinkRequest(url=f"https://doi.org/{doi}", kind="doi", doi=doi, origins=(origin,), accessed=accessed)


def collect_reference(ref: Reference, source: str = "") -> list[LinkRequest]:
    """The links of one library entry: url, doi, arXiv eprint, and URLs inside note-like fields."""
    accessed = ref.accessed.iso() if ref.accessed else ""
    origins = _reference_origins(ref, source)
    found: list[tuple[str, str]] = []  # (field, raw)
    if ref.url:
        found.append(("url", ref.url))
    if ref.doi:
        found.append(("doi", ref.doi if ref.doi.lower().startswith(("doi:", "http")) else f"doi:{ref.doi}"))
    extra = {name.lower(): value for name, value in ref.extra}
    if ref.arxiv_id:  # eprinttype = {arxiv} is read into "arXiv:ID"
        found.append(("eprint", f"https://arxiv.org/abs/{ref.arxiv_id}"))
    elif extra.get("eprint") and extra.get("archiveprefix", "").lower() == "arxiv":
        found.append(("eprint", f"https://arxiv.org/abs/{extra['eprint'].strip()}"))
    texts = [("note", ref.note)] + [(name, extra.get(name, "")) for name in _NOTE_FIELDS if name != "note"]
    if "://" in ref.container:  # @misc howpublished = {\url{...}} is read into ``container``
        texts.append(("howpublished", ref.container))
    for field, text in texts:
        for raw in _TEX_URL_RE.findall(text):
            found.append((field, raw))
        for raw in urls_in_text(_TEX_URL_RE.sub(" ", text)):
            found.append((field, raw))
        for raw in _DOI_TEXT_RE.findall(text):
            found.append((field, f"doi:{raw}"))
    out = []
    for field, raw in found:
        for origin in origins:
            request = make_request(raw, _with_field(origin, field), accessed)
            if request:
                out.append(request)
    return out


def _with_field(origin: Origin, field: str) -> Origin:
    return Origin(file=origin.file, line=origin.line, key=origin.key, note=origin.note, field=field)


def _reference_origins(ref: Reference, source: str) -> list[Origin]:
    """Where the entry sits: its .bib/CSL file and line, else the notes that cite it."""
    if ref.source or source or not ref.citations:
        return [Origin(file=ref.source or source, line=ref.line, key=ref.key)]
    return [Origin(file=c.document, line=c.line, key=ref.key, note=c.note) for c in ref.citations]


def collect_commentary(commentary: Commentary, body: str = "") -> list[LinkRequest]:
    """Links in a commentary's notes, plus links in its Markdown/HTML ``body`` not already in a note."""
    out: list[LinkRequest] = []
    seen: set[str] = set()
    for note in commentary.notes:
        origin = Origin(file=commentary.path or note.document, line=note.line, note=note.label, field="note")
        for raw in urls_in_text(note.text):
            request = make_request(raw, origin)
            if request:
                out.append(request)
                seen.add(request.cache_key)
        for raw in _DOI_TEXT_RE.findall(note.text):
            request = doi_request(raw, origin)
            if request:
                out.append(request)
                seen.add(request.cache_key)
    for line, raw in body_links(body, commentary.format):
        request = make_request(raw, Origin(file=commentary.path, line=line, field="body"))
        if request and request.cache_key not in seen:
            out.append(request)
    return out


def body_links(text: str, fmt: str) -> list[tuple[int, str]]:
    """(line, url) of the links in a Markdown or HTML document; plain text yields none (notes cover it)."""
    if fmt == "markdown":
        pattern = _MD_LINK_RE
    elif fmt == "html":
        pattern = _HTML_LINK_RE
    else:
        return []
    out = []
    for match in pattern.finditer(text):
        raw = next(group for group in match.groups() if group)
        out.append((text.count("\n", 0, match.start()) + 1, _trim(raw)))
    return out


def collect_library(library: Library, source: str = "") -> list[LinkRequest]:
    """Every link of a Library (references and commentaries), merged so each is fetched once."""
    requests: list[LinkRequest] = []
    for ref in library.references:
        requests.extend(collect_reference(ref, source))
    for commentary in library.commentaries:
        requests.extend(collect_commentary(commentary))
    return merge(requests)


def merge(requests: Iterable[LinkRequest]) -> list[LinkRequest]:
    """One request per URL/DOI (first-seen order) carrying every origin and the earliest access date."""
    merged: dict[str, LinkRequest] = {}
    for request in requests:
        key = request.cache_key
        prior = merged.get(key)
        if prior is None:
            merged[key] = request
            continue
        origins = prior.origins + tuple(o for o in request.origins if o not in prior.origins)
        dates = [d for d in (prior.accessed, request.accessed) if d]
        merged[key] = LinkRequest(
            url=prior.url, kind=prior.kind, doi=prior.doi, origins=origins, accessed=min(dates, default="")
        )
    return list(merged.values())


def collect_paths(paths: Iterable[str | Path]) -> tuple[list[LinkRequest], list[Problem]]:
    """Read each input (.bib, CSL-JSON, a commentary in any format bibkit reads) and collect its links.

    A file that cannot be read raises InputError naming it; problems inside a readable file are
    returned (one bad entry never stops the rest).
    """
    requests: list[LinkRequest] = []
    problems: list[Problem] = []
    for path in map(Path, paths):
        if not path.is_file():
            raise InputError("no such file", path=str(path))
        found, issues = _collect_file(path)
        requests.extend(found)
        problems.extend(issues)
    return merge(requests), problems


def _collect_file(path: Path) -> tuple[list[LinkRequest], list[Problem]]:
    suffix = path.suffix.lower()
    if suffix in (".bib", ".json", ".csljson"):
        from ..api import read_library

        library = read_library(path)
        return collect_library(library, str(path)), list(library.problems)
    if suffix in COMMENTARY_SUFFIXES:
        return _collect_document(path)
    raise InputError(
        f"cannot check links in a '{suffix or 'extension-less'}' file"
        f" (expected .bib, .json or a commentary: {' '.join(COMMENTARY_SUFFIXES)})",
        path=str(path),
    )


def _collect_document(path: Path) -> tuple[list[LinkRequest], list[Problem]]:
    """A commentary through the extractor, read once; its body links too for Markdown/HTML."""
    from ..extract import DOCUMENT_FORMATS, extract_file, extract_text

    if path.suffix.lower() in DOCUMENT_FORMATS:  # Word, OpenDocument, PDF: the links its notes print
        commentary, found = extract_file(path)
        return merge(collect_commentary(commentary)), found
    body, problems = read_text(path)
    commentary, found = extract_text(body, document=path.name, path=str(path))
    return merge(collect_commentary(commentary, body)), [*problems, *found]
