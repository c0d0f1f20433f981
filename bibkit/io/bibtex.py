"""Library <-> biblatex ``.bib``: the only module that imports bibtexparser.

Writing maps each CSL type to a biblatex type that ``biber --validate-datamodel`` accepts
(``@legislation`` and ``@video`` exist but declare no fields, so laws, treaties, speeches,
interviews and videos are ``@misc`` with an ``entrysubtype``). Reading inverts the writer
exactly and also takes the BibTeX spellings other tools write (``journal``, ``year``,
``address``, ``@techreport`` ...). Fields bibkit does not model are kept verbatim in
``Reference.extra``. Citations, the raw note text and the parser's confidence are not
written: CSL-JSON carries them.

A "last modified" date has no biblatex field: it is written as ``date`` when there is no
issued date, and always as a leading ``note = {Last modified 2022-02-27. ...}`` that the
reader takes back out, so the printed entry says what the date is.
"""

from __future__ import annotations

import re
from pathlib import Path

import bibtexparser
from bibtexparser import model as bp
from bibtexparser.middlewares import ResolveStringReferencesMiddleware
from bibtexparser.middlewares.enclosing import AddEnclosingMiddleware, RemoveEnclosingMiddleware

from ..latex import (
    braces_balance,
    clean_text,
    decode,
    escape,
    escape_fragment,
    learn_proper_nouns,
    protect_title,
    verbatim,
)
from ..model import Library, Name, PartialDate, Problem, Reference

# CSL type -> (biblatex type, entrysubtype)
BIB_TYPES = {
    "article-journal": ("article", ""),
    "article-newspaper": ("article", "newspaper"),
    "article-magazine": ("article", "magazine"),
    "webpage": ("online", ""),
    "report": ("report", ""),
    "book": ("book", ""),
    "chapter": ("incollection", ""),
    "paper-conference": ("inproceedings", ""),
    "thesis": ("thesis", ""),
    "legislation": ("misc", "legislation"),
    "legal_case": ("misc", "jurisdiction"),
    "treaty": ("misc", "treaty"),
    "speech": ("misc", "speech"),
    "motion_picture": ("misc", "video"),
    "broadcast": ("misc", "audio"),
    "interview": ("misc", "interview"),
    "dataset": ("dataset", ""),
    "software": ("software", ""),
    "document": ("misc", ""),
}
_ARTICLES = {"article-journal", "article-newspaper", "article-magazine"}
# types whose biblatex entry has @misc's fields (@software is @misc to biblatex)
_MISC = {
    "legislation", "legal_case", "treaty", "speech", "motion_picture", "broadcast", "interview", "document", "software"
}
# biblatex requires ``type`` for these; the value written when the genre is unknown.
_DEFAULT_GENRE = {"report": "report", "thesis": "thesis"}
_FOREIGN_TYPES = {
    "article": "article-journal", "online": "webpage", "www": "webpage", "electronic": "webpage",
    "report": "report", "techreport": "report", "manual": "report", "book": "book", "mvbook": "book",
    "booklet": "book", "collection": "book", "proceedings": "book", "incollection": "chapter",
    "inbook": "chapter", "inproceedings": "paper-conference", "conference": "paper-conference",
    "thesis": "thesis", "phdthesis": "thesis", "mastersthesis": "thesis", "legislation": "legislation",
    "jurisdiction": "legal_case", "legal": "legislation", "law": "legislation", "video": "motion_picture",
    "movie": "motion_picture", "audio": "broadcast",
    "dataset": "dataset", "software": "software", "misc": "document", "unpublished": "document",
}
_FOREIGN_GENRE = {"phdthesis": "PhD thesis", "mastersthesis": "Master's thesis"}
_MODIFIED = re.compile(r"^Last modified (\d{4}(?:-\d{2}){0,2})(?:\. (.*))?$", re.S)
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)
_VERBATIM = {"url", "doi", "file", "eprint", "verba", "verbb", "verbc"}
_NAME_AND = re.compile(r"[ \t\n]+and[ \t\n]+", re.I)  # BibTeX's whitespace: not NBSP
_LIST_FIELDS = {"publisher", "location", "institution", "organization"}


# --- writing ----------------------------------------------------------------------------------


def _roles(csl_type: str) -> dict[str, str]:
    """Model attribute -> biblatex field for the attributes whose field depends on the type."""
    article = csl_type in _ARTICLES
    roles = {
        "container": "journaltitle" if article else "howpublished",
        "publisher": "publisher",
        "issue": "number" if article else "issue",
        "number": "eid" if article else "number",
        "genre": "type",
    }
    if csl_type in {"chapter", "paper-conference"}:
        roles["container"] = "booktitle"
    if csl_type in {"report", "thesis"}:
        roles["publisher"] = "institution"
    elif csl_type in _MISC:
        roles["publisher"] = "organization"
    if csl_type == "webpage":  # @online has neither publisher nor type: site and publisher are its
        roles.update(container="organization", publisher="organization", genre="titleaddon")  # organizations
    return roles


def _names(names: tuple[Name, ...]) -> str:
    return " and ".join(_name(n) for n in names)


def _name(name: Name) -> str:
    """``{Org}`` for organisations, ``Family, Given`` for people (parts braced when they hold , or and)."""
    if name.literal or not (name.family or name.given):
        return "{" + _escape_name(name.literal) + "}"
    given, suffix = name.given_and_suffix
    if suffix and name.family:  # "King, Jr., Martin Luther": BibTeX's three-part form
        return f"{_name_part(name.family)}, {_name_part(suffix)}, {_name_part(given)}"
    family, given = _name_part(name.family), _name_part(name.given)
    if not given:  # "Family," so "Two Words" is not read as Given Family, nor "{A, B}" as an organisation
        return family + "," if " " in family or family.startswith("{") else family
    return f"{family}, {given}" if family else "{}, " + given


def _escape_name(text: str) -> str:
    """Escaped name text; its own braces as ``\\textbraceleft{}`` (braces delimit name parts)."""
    return escape_fragment(clean_text(text))


def _name_part(text: str) -> str:
    text = _escape_name(text)
    if "," in text or re.search(r"(^|\s)and(\s|$)", text, re.I) or text.startswith("{"):
        return "{" + text + "}"
    return text


def _pages(pages: str) -> str:
    """'263–291' or '263-291' -> '263--291' (read back with an en dash, the parser's form)."""
    return escape(re.sub(r"(?<=\w)\s*[-\u2013\u2014]+\s*(?=\w)", "--", clean_text(pages)))


def _doi(doi: str) -> str:
    return verbatim(_DOI_PREFIX.sub("", doi.strip()))


def _note(ref: Reference) -> str:
    if not ref.modified:
        return ref.note
    lead = f"Last modified {ref.modified.iso()}"
    return f"{lead}. {ref.note}" if ref.note else lead


def reference_to_fields(
    ref: Reference, *, proper_nouns: frozenset[str] = frozenset()
) -> tuple[str, list[tuple[str, str]]]:
    """(biblatex entry type, ordered (field, LaTeX value) pairs) for one reference.

    ``proper_nouns`` (from ``learn_proper_nouns``) adds words to brace in Title Case titles.
    """
    bib_type, subtype = BIB_TYPES.get(ref.type, ("misc", ""))
    roles = _roles(ref.type)
    date = ref.issued or ref.modified
    genre = ref.genre or _DEFAULT_GENRE.get(ref.type, "")
    plain = [
        ("author", _names(ref.authors) if ref.authors else ""),
        ("editor", _names(ref.editors) if ref.editors else ""),
        ("title", protect_title(ref.title, proper_nouns)),
        ("entrysubtype", subtype),
        (roles["container"], escape(ref.container)),
        ("series", escape(ref.collection)),
        ("volume", escape(ref.volume)),
        (roles["issue"], escape(ref.issue)),
        (roles["number"], escape(ref.number) if not ref.arxiv_id else ""),
        ("eprinttype", "arxiv" if ref.arxiv_id else ""),  # a number in @misc is invalid for biber
        ("eprint", verbatim(ref.arxiv_id)),
        ("pages", _pages(ref.pages)),
        ("edition", escape(ref.edition)),
        (roles["genre"], escape(genre)),
        (roles["publisher"], escape(ref.publisher)),
        ("location", escape(ref.place)),
        ("date", date.iso() if date else ""),
        ("isbn", escape(ref.isbn)),
        ("doi", _doi(ref.doi)),
        ("url", verbatim(ref.url)),
        ("urldate", ref.accessed.iso() if ref.accessed else ""),
        ("note", escape(_note(ref))),
        ("keywords", escape(", ".join(k.strip() for k in ref.keywords if k.strip()))),
        ("annotation", escape(ref.annotation)),
    ]
    fields = _join_lists([(k, _protect_list(v) if k in _LIST_FIELDS else v) for k, v in plain if v])
    taken = {k for k, _ in fields}
    fields += [(k.lower(), _extra_value(v)) for k, v in ref.extra if k.lower() not in taken]
    return bib_type, fields


def _join_lists(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Two values for one list field (an @online's site and publisher) become one "A and B" list."""
    out: list[tuple[str, str]] = []
    at: dict[str, int] = {}
    for name, value in fields:
        if name in at and name in _LIST_FIELDS:
            out[at[name]] = (name, f"{out[at[name]][1]} and {value}")
        else:
            at[name] = len(out)
            out.append((name, value))
    return out


def _split_list(value: str) -> list[str]:
    """A literal list's items, split at " and " outside braces (the inverse of ``_join_lists``)."""
    items, depth, start = [], 0, 0
    for m in re.finditer(r"[{}]|" + _NAME_AND.pattern, value, re.I):
        token = m.group()
        if token in "{}":
            depth += 1 if token == "{" else -1
        elif depth == 0:
            items.append(value[start : m.start()])
            start = m.end()
    items.append(value[start:])
    return [item.strip() for item in items if item.strip()]


def _protect_list(value: str) -> str:
    """Literal lists (publisher, location ...) split at " and ": brace a value holding one."""
    return "{" + value + "}" if _NAME_AND.search(value) else value


def _extra_value(value: str) -> str:
    """Unmodelled fields are kept verbatim, unless that would break the file."""
    value = clean_text(value)
    return value if braces_balance(value) else escape(value)


def library_proper_nouns(library: Library) -> frozenset[str]:
    """Proper nouns the library itself shows: citing sentences, sentence-case titles, names."""
    texts = [c.context for r in library.references for c in r.citations if c.context]
    texts += [ctx for n in library.discursive for ctx in n.contexts]
    people = {f"{n.given} {n.family}" for r in library.references for n in (*r.authors, *r.editors)}
    texts += [f"x {name}" for name in sorted(people)]  # "x ": a name word is never sentence-initial
    return learn_proper_nouns(texts, titles=[r.title for r in library.references])


def library_to_bibtex(library: Library) -> str:
    """The whole library as biblatex text; references without a key get one from ``keys``."""
    from ..keys import assign_keys

    refs = assign_keys(library.references)
    nouns = library_proper_nouns(library)
    blocks: list[bp.Block] = []
    for ref in refs:
        bib_type, fields = reference_to_fields(ref, proper_nouns=nouns)
        blocks.append(bp.Entry(bib_type, ref.key, [bp.Field(k, v, enclosing="{") for k, v in fields]))
    fmt = bibtexparser.BibtexFormat()
    fmt.indent = "  "
    fmt.trailing_comma = True
    fmt.block_separator = "\n"
    stack = [AddEnclosingMiddleware(allow_inplace_modification=True, default_enclosing="{",
                                    reuse_previous_enclosing=True, enclose_integers=True)]
    text = bibtexparser.write_string(bibtexparser.Library(blocks), unparse_stack=stack, bibtex_format=fmt)
    return text.strip() + "\n" if text.strip() else ""


# --- reading ----------------------------------------------------------------------------------


def read_bibtex(path: str | Path) -> Library:
    """Read a .bib file; broken blocks become Problems, every good entry is kept."""
    from .sources import read_library_text

    return parse_bibtex(read_library_text(path), source=str(path))


def _parse(text: str) -> bibtexparser.Library:
    stack = [ResolveStringReferencesMiddleware(True), RemoveEnclosingMiddleware(True)]
    return bibtexparser.parse_string(text, parse_stack=stack)


def parse_bibtex(text: str, source: str = "") -> Library:
    """BibTeX text -> Library, the inverse of ``library_to_bibtex``."""
    return parse_bibtex_blocks(text, source)[0]


def parse_bibtex_blocks(text: str, source: str = "") -> tuple[Library, list[tuple[int, str]]]:
    """``parse_bibtex`` and ``failed_blocks_verbatim`` from one parse (a rewrite needs both)."""
    parsed = _parse(text)
    refs, problems = [], []
    for entry in parsed.entries:
        line = (entry.start_line or 0) + 1
        try:
            refs.append(entry_to_reference(entry, source=source, line=line))
        except (ValueError, TypeError) as exc:  # a value bibkit cannot model; keep going
            problems.append(Problem(source, f"entry {entry.key}: {exc}", line=line, severity="error"))
    problems += [_problem(block, source) for block in parsed.failed_blocks]
    broken = [((b.start_line or 0) + 1, b.raw or "") for b in parsed.failed_blocks]
    return Library(references=tuple(refs), problems=tuple(problems)), broken


def _problem(block: bp.ParsingFailedBlock, source: str) -> Problem:
    line = (block.start_line or 0) + 1
    if isinstance(block, bp.DuplicateBlockKeyBlock):
        first = (block.previous_block.start_line or 0) + 1
        message = f"duplicate key '{block.key}' (first at line {first}); this entry was skipped"
    elif isinstance(block, bp.DuplicateFieldKeyBlock):
        key = getattr(block.ignore_error_block, "key", "?")
        dupes = ", ".join(sorted(block.duplicate_keys))
        message = f"entry {key}: duplicate field(s) {dupes}; the entry was skipped"
    else:
        reason = (str(block.error).strip().splitlines() or [type(block.error).__name__])[0][:200]
        message = f"unreadable BibTeX block skipped: {reason}"
    return Problem(source, message, line=line, severity="error")


def failed_blocks_verbatim(text: str) -> list[tuple[int, str]]:
    """(line, raw text) of every block bibtexparser could not read, so a rewrite can keep them."""
    return parse_bibtex_blocks(text)[1]


def _value(field: bp.Field) -> str:
    value = field.value
    return value if isinstance(value, str) else str(value)


def entry_to_reference(entry: bp.Entry, source: str = "", line: int = 0) -> Reference:
    """One parsed entry -> Reference; unknown fields go to ``extra`` verbatim."""
    raw = {f.key.lower(): _value(f) for f in entry.fields}
    order = [f.key.lower() for f in entry.fields]
    bib_type = entry.entry_type.lower()
    csl_type, used = _csl_type(bib_type, raw.get("entrysubtype", "").strip().lower())
    roles = _roles(csl_type)
    values: dict[str, object] = {}
    if csl_type == "webpage" and "organization" in raw:  # written as "site and publisher"
        site, *publishers = _split_list(raw["organization"]) or [""]
        values["container"] = _text(site)
        if publishers:
            values["publisher"] = "; ".join(_text(p) for p in publishers)
        used.add("organization")
    for attr, field in roles.items():
        if attr == "genre":
            continue  # read with the common fields (a default genre is not kept)
        if field in raw and field not in used:
            values[attr] = _text(raw[field])
            used.add(field)
    _fallbacks(raw, values, used)
    _read_common(raw, values, used, csl_type, bib_type)
    extra = tuple((k, raw[k].strip()) for k in order if k not in used)
    return Reference(type=csl_type, key=entry.key, extra=extra, source=source, line=line, **values)


def _csl_type(bib_type: str, subtype: str) -> tuple[str, set[str]]:
    for csl, (btype, sub) in BIB_TYPES.items():
        if sub and btype == bib_type and sub == subtype:
            return csl, {"entrysubtype"}
    return _FOREIGN_TYPES.get(bib_type, "document"), set()


def _fallbacks(raw: dict[str, str], values: dict[str, object], used: set[str]) -> None:
    """BibTeX spellings of fields other tools write (``journal``, ``address``, ``school`` ...)."""
    for field, attr in (("journal", "container"), ("booktitle", "container"), ("address", "place"),
                        ("school", "publisher"), ("institution", "publisher"), ("publisher", "publisher"),
                        ("organization", "publisher")):
        if field in raw and field not in used and attr not in values:
            values[attr] = _text(raw[field])
            used.add(field)


def _read_common(raw: dict[str, str], values: dict[str, object], used: set[str], csl: str, bib: str) -> None:
    def take(field: str) -> str | None:
        if field in raw and field not in used:
            used.add(field)
            return raw[field]
        return None

    if (v := take("author")) is not None:
        values["authors"] = parse_names(v)
    if (v := take("editor")) is not None:
        values["editors"] = parse_names(v)
    for field, attr in (("title", "title"), ("series", "collection"), ("volume", "volume"),
                        ("edition", "edition"), ("isbn", "isbn"), ("annotation", "annotation")):
        if (v := take(field)) is not None:
            values[attr] = _text(v)
    if "annotation" not in values and (v := take("annote")) is not None:
        values["annotation"] = _text(v)
    if (v := take("location")) is not None and "place" not in values:
        values["place"] = _text(v)
    if (v := take("pages")) is not None:
        values["pages"] = _text(v.replace("---", "\u2014").replace("--", "\u2013"))
    if (v := take("titleaddon" if csl == "webpage" else "type")) is not None:
        genre = _text(v)
        values["genre"] = "" if genre == _DEFAULT_GENRE.get(csl) else genre
    elif bib in _FOREIGN_GENRE:
        values["genre"] = _FOREIGN_GENRE[bib]
    if (raw.get("eprinttype") or "").strip().lower() == "arxiv" and "number" not in values:
        take("eprinttype")
        values["number"] = "arXiv:" + (take("eprint") or "").strip()
    for field in ("number", "issue"):  # foreign files: left over when the role took the other one
        if field not in values and (v := take(field)) is not None:
            values[field] = _text(v)
    if (v := take("doi")) is not None:
        values["doi"] = v.strip()
    if (v := take("url")) is not None:
        values["url"] = v.strip()
    if (v := take("urldate")) is not None:
        values["accessed"] = parse_date(v)
    if (v := take("keywords")) is not None:
        values["keywords"] = tuple(k.strip() for k in _text(v).split(",") if k.strip())
    _read_dates(raw, values, take)


def _read_dates(raw: dict[str, str], values: dict[str, object], take) -> None:
    issued = None
    if (v := take("date")) is not None:
        issued = parse_date(v)
    elif "year" in raw:
        issued = _year_month(take("year") or "", take("month") or "", take("day") or "")
    note = _text(take("note") or "")
    match = _MODIFIED.match(note)
    if match:
        values["modified"] = parse_date(match.group(1))
        note = match.group(2) or ""
        if issued == values["modified"]:
            issued = None
    values["note"] = note
    values["issued"] = issued


def _year_month(year: str, month: str, day: str) -> PartialDate | None:
    if not re.fullmatch(r"\s*\d{4}\s*", year):
        raise ValueError(f"year '{year}' is not a year")
    m = month.strip().lower()
    month_no = int(m) if m.isdigit() else _MONTHS.get(m[:3])
    day_no = int(day) if day.strip().isdigit() and month_no else None
    return PartialDate(int(year), month_no, day_no)


def parse_date(value: str) -> PartialDate | None:
    """biblatex ISO date ('2021', '2021-03', '2021-03-03'; a range keeps its start)."""
    match = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if not match:
        if value.strip():
            raise ValueError(f"date '{value.strip()}' is not an ISO date")
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
        raise ValueError(f"date '{value.strip()}' is out of range")
    return PartialDate(year, month, day)


def _text(value: str) -> str:
    return decode(value)


# --- names ------------------------------------------------------------------------------------


def _split_depth0(text: str, pattern: re.Pattern[str]) -> list[str]:
    """Split at ``pattern`` matches that are not inside braces."""
    depth, parts, start = 0, [], 0
    depth_at = []
    for char in text:
        depth_at.append(depth)
        depth += (char == "{") - (char == "}")
    for match in pattern.finditer(text):
        if depth_at[match.start()] == 0 and match.start() >= start:
            parts.append(text[start:match.start()])
            start = match.end()
    parts.append(text[start:])
    return parts


def parse_names(value: str) -> tuple[Name, ...]:
    """A BibTeX name list -> Names, split before any LaTeX decoding so ``{A and B}`` stays one."""
    value = clean_text(value)
    if not value:
        return ()
    return tuple(parse_name(part) for part in _split_depth0(value, _NAME_AND) if part.strip())


def _wholly_braced(text: str) -> bool:
    if not (text.startswith("{") and text.endswith("}")):
        return False
    depth = 0
    for i, char in enumerate(text):
        depth += (char == "{") - (char == "}")
        if depth == 0:
            return i == len(text) - 1
    return False


def parse_name(raw: str) -> Name:
    """``{Org}`` -> literal; ``Family, Given``; ``Given von Family`` (the von part joins the family)."""
    raw = raw.strip()
    if _wholly_braced(raw):
        return Name(literal=decode(raw[1:-1]))
    parts = [p.strip() for p in _split_depth0(raw, re.compile(","))]
    if len(parts) == 2:
        return Name(family=decode(parts[0]), given=decode(parts[1]))
    if len(parts) > 2:
        given = ", ".join(p for p in (*parts[2:], parts[1]) if p)
        return Name(family=decode(parts[0]), given=decode(given))
    words = [w for w in _split_depth0(raw, re.compile(r"[ \t\n]+")) if w]
    if len(words) == 1:
        return Name(family=decode(words[0]))
    cut = next((i for i, w in enumerate(words[:-1]) if w[:1].islower()), len(words) - 1)
    return Name(family=decode(" ".join(words[cut:])), given=decode(" ".join(words[:cut])))

