"""Stage 1: a commentary (scraped text, Markdown, HTML, LaTeX, Word, OpenDocument, PDF) -> ``Commentary``
with its ``Note``s.

Each format has a reader that turns the document into a ``_Draft``: the body text with
every note marker replaced by a sentinel, the notes (label, text, line) and the metadata
it states. One shared step then cuts the citing sentence around each sentinel and
reports markers without notes, notes nobody cites and gaps in the numbering.

Readers:
    text      note list picked among numbered paragraphs (``[1]``, ``1.``, ``1 ``, ``(1)``,
              superscripts); markers ``[1]``, ``^1``, superscripts, bare digits after punctuation
    markdown  Pandoc footnotes through markdown-it-py's footnote plugin
    html      linked footnotes (``#fn1``, Word ``#_ftn1``, epub/ARIA noterefs) through lxml;
              an HTML page without linked notes is rendered to text and read as text
    latex     \\footnote, \\footnotetext, \\endnote and side notes through pylatexenc's LaTeX parser
    office    Word .docx and OpenDocument .odt footnotes and endnotes, from the package's XML parts
              (zipfile and lxml), numbered as Word and Writer print them
    pdf       characters with their size and baseline (pdfminer.six): raised digits become markers,
              page-foot notes a note list, running heads and page numbers go; then read as text
Nothing here knows about BibTeX: a note's text is handed on as printed.

Modules: ``draft`` (what a reader hands on, shared helpers), ``text``, ``markdown``, ``html``, ``latex``,
``office`` and ``pdf`` (the readers), ``metadata`` (title, authors, date, publisher), ``sentences`` (citing
sentences) and ``assemble`` (the shared step). This module is the public API.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..io.sources import read_bytes, read_text
from ..model import Commentary, Problem
from .assemble import _assemble
from .draft import _M_CLOSE, _M_OPEN, _M_SEP, _SENTINEL_RE, _Draft, _rename
from .html import _read_html
from .markdown import _markdown_parser, _read_markdown
from .metadata import parse_date
from .text import _read_text

__all__ = ["extract_file", "extract_text", "normalise_text", "sniff_format", "parse_date"]

FORMATS = ("text", "markdown", "html", "latex")
_SUFFIX_FORMATS = {
    ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".tex": "latex", ".latex": "latex",
}
# Documents that are not text: read from their bytes by their own readers
DOCUMENT_FORMATS = {".docx": "docx", ".odt": "odt", ".pdf": "pdf"}


def extract_file(path: str | Path) -> tuple[Commentary, list[Problem]]:
    """Read a commentary file and extract its notes; ``document`` is the file name.

    Raises ``InputError`` when the file cannot be read as text (see ``io.sources.read_text``).
    """
    path = Path(path)
    fmt = DOCUMENT_FORMATS.get(path.suffix.lower())
    if fmt is not None:
        return _extract_document(path, fmt)
    text, problems = read_text(path)
    problems = [_rename(p, path.name) for p in problems]
    commentary, more = extract_text(text, document=path.name, path=str(path))
    return commentary, problems + more


def extract_text(
    text: str, *, document: str, path: str = "", fmt: str | None = None
) -> tuple[Commentary, list[Problem]]:
    """Extract notes, citing sentences and metadata from a commentary's text.

    ``fmt`` is "text", "markdown" or "html"; ``None`` sniffs it from ``path``'s suffix, then
    from the content. Never raises on odd input: what cannot be handled becomes a ``Problem``.
    """
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {', '.join(FORMATS)} or None, not {fmt!r}")
    text = normalise_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    if _M_OPEN in text or _M_SEP in text or _M_CLOSE in text:
        text = _SENTINEL_RE.sub("", text)
    fmt = fmt or sniff_format(text, path)
    problems: list[Problem] = []
    if fmt == "html":
        draft = _read_html(text, problems, document)
    elif fmt == "markdown":
        draft = _read_markdown(text)
        if not draft.notes:
            draft = _markdown_as_html(text, draft, problems, document)
    elif fmt == "latex":
        from .latex import read_latex

        draft = read_latex(text, problems, document)
    else:
        draft = _read_text(text)
    commentary, more = _assemble(draft, document=document, path=path, fmt=fmt)
    return commentary, problems + more


def _extract_document(path: Path, fmt: str) -> tuple[Commentary, list[Problem]]:
    """A Word, OpenDocument or PDF file: its reader turns the bytes into a draft, whose text is then
    normalised as a text file's would be. Raises ``InputError`` for a file its reader cannot open."""
    data = read_bytes(path)
    problems: list[Problem] = []
    if fmt == "pdf":
        from .pdf import read_pdf

        draft = read_pdf(data, problems, path.name)
    else:
        from .office import read_office

        draft = read_office(data, fmt, problems, path.name)
    draft.body = normalise_text(draft.body)
    draft.notes = [(label, normalise_text(text), line) for label, text, line in draft.notes]
    commentary, more = _assemble(draft, document=path.name, path=str(path), fmt=fmt)
    return commentary, problems + more


def _markdown_as_html(text: str, markdown: _Draft, problems: list[Problem], document: str) -> _Draft:
    """Markdown whose notes are written in HTML ('<sup>[1](#ref-1)</sup>' and '<a id="ref-1"></a>1. ...'):
    rendered by markdown-it and read as HTML, keeping the front matter's metadata."""
    html = _read_html(_markdown_parser().render(text), problems, document)
    if not html.notes:
        return markdown
    html.meta = markdown.meta
    return html


_SPACES = dict.fromkeys([0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000, 0x0009], " ")
_SPACES.update(dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E], None))
_SPACES.update({0x2028: "\n", 0x2029: "\n\n", 0x000B: "\n", 0x000C: "\n"})
_SPACES_RE = re.compile("[" + "".join(chr(c) for c in _SPACES) + "]")


def normalise_text(text: str) -> str:
    """Unicode spaces to plain spaces, zero-width characters removed, NFC.

    Words the source ran together ("inJapan") stay together: that is what the source says.
    """
    text = _SPACES_RE.sub(_space_for, text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _space_for(m: re.Match[str]) -> str:
    return _SPACES[ord(m.group())] or ""


def sniff_format(text: str, path: str | Path = "") -> str:
    """\"html", "markdown", "latex" or "text": by suffix first (.md, .html, .tex), then by what the text holds."""
    suffix = Path(str(path)).suffix.lower() if path else ""
    if suffix in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[suffix]
    head = text.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or re.search(r"<(?:body|head)[\s>]", head):
        return "html"
    if len(re.findall(r"</?(?:p|div|li|sup|a|span|h[1-6])\b[^>]*>", text[:20000], re.I)) >= 3:
        return "html"
    if _has_footnote_definition(text) or text.startswith("---\n") and _MD_FOOTNOTE_REF.search(text):
        return "markdown"
    return "text"


_MD_FOOTNOTE_DEF = re.compile(r"\[\^[^\]\s]+\]:")


def _has_footnote_definition(text: str) -> bool:
    """A Pandoc footnote definition ``[^x]:`` at the start of a line (up to three spaces in)."""
    for m in _MD_FOOTNOTE_DEF.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start <= 3 and not text[line_start : m.start()].strip():
            return True
    return False


_MD_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]|\^\[")
