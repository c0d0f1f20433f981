"""Stage 1: a commentary (scraped text, Markdown, HTML) -> ``Commentary`` with its ``Note``s.

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
Nothing here knows about BibTeX: a note's text is handed on as printed.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .io.sources import read_text
from .model import Commentary, Name, Note, PartialDate, Problem

if TYPE_CHECKING:
    from lxml.html import HtmlElement
    from markdown_it import MarkdownIt

__all__ = ["extract_file", "extract_text", "normalise_text", "sniff_format", "parse_date"]

FORMATS = ("text", "markdown", "html")
_SUFFIX_FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
                   ".xhtml": "html"}

# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def extract_file(path: str | Path) -> tuple[Commentary, list[Problem]]:
    """Read a commentary file and extract its notes; ``document`` is the file name.

    Raises ``InputError`` when the file cannot be read as text (see ``io.sources.read_text``).
    """
    path = Path(path)
    text, problems = read_text(path)
    problems = [_rename(p, path.name) for p in problems]
    commentary, more = extract_text(text, document=path.name, path=str(path))
    return commentary, problems + more


def extract_text(text: str, *, document: str, path: str = "",
                 fmt: str | None = None) -> tuple[Commentary, list[Problem]]:
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
    else:
        draft = _read_text(text)
    commentary, more = _assemble(draft, document=document, path=path, fmt=fmt)
    return commentary, problems + more


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
    """"html", "markdown" or "text": by suffix first (.md, .html), then by what the text holds."""
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
        if m.start() - line_start <= 3 and not text[line_start:m.start()].strip():
            return True
    return False
_MD_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]|\^\[")


def _rename(problem: Problem, document: str) -> Problem:
    return Problem(document, problem.message, problem.line, problem.note, problem.severity)


# --------------------------------------------------------------------------------------------
# What every reader hands the shared step
# --------------------------------------------------------------------------------------------

# A marker in a draft body: U+E000 label U+E002 line U+E001 (private-use characters, removed
# from the input first, so they can never come from the document itself).
_M_OPEN, _M_SEP, _M_CLOSE = "\ue000", "\ue002", "\ue001"
_SENTINEL_RE = re.compile("[\ue000-\ue002]")
_MARKER_RE = re.compile("\ue000([^\ue001\ue002]*)\ue002(\\d*)\ue001")


def _marker(label: str, line: int = 0) -> str:
    return f"{_M_OPEN}{label}{_M_SEP}{line}{_M_CLOSE}"


@dataclass
class _Meta:
    title: str = ""
    authors: list[Name] = field(default_factory=list)
    date: PartialDate | None = None
    publisher: str = ""
    url: str = ""


@dataclass
class _Draft:
    body: str  # the text around the notes, markers as sentinels, paragraphs split by "\n\n"
    notes: list[tuple[str, str, int]]  # (label, text, line), in label order
    meta: _Meta
    problems: list[Problem] = field(default_factory=list)
    numbered: bool = True  # labels are meant to run 1..N (a gap is worth reporting)


def _assemble(draft: _Draft, *, document: str, path: str, fmt: str) -> tuple[Commentary, list[Problem]]:
    """Citing sentences for each note, the problems, and the ``Commentary`` itself."""
    contexts, marks = _contexts(draft.body)
    problems = [_rename(p, document) for p in draft.problems]
    labels = set()
    notes = []
    for label, text, line in draft.notes:
        labels.add(label)
        cited = contexts.get(label, [])
        notes.append(Note(document=document, label=label, text=_clean_note(text), line=line,
                          contexts=tuple(cited)))
        if label not in marks:
            problems.append(Problem(document, "note is never cited in the text", line, label))
    reported = set()
    for label, line in marks.items():
        if label not in labels and label not in reported:
            reported.add(label)
            problems.append(Problem(document, f"marker [{label}] has no note", line, label))
    if draft.numbered:
        problems.extend(_gaps(notes, document))
    meta = draft.meta
    commentary = Commentary(path=path, document=document, format=fmt, title=_squash(meta.title),
                            authors=tuple(_unique_names(meta.authors)), date=meta.date,
                            publisher=_squash(meta.publisher), url=meta.url.strip(), notes=tuple(notes))
    return commentary, problems


def _gaps(notes: list[Note], document: str) -> list[Problem]:
    """A Problem for each number missing from a numeric note list (1, 2, 4 lacks 3)."""
    numbers = sorted(int(n.label) for n in notes if _is_number(n.label))
    out = []
    expected = 1
    for number in numbers:
        if number > expected:
            missing = str(expected) if number == expected + 1 else f"{expected}-{number - 1}"
            out.append(Problem(document, f"note list has a gap: no note {missing}", 0, missing))
        expected = max(expected, number + 1)
    return out


def _unique_names(names: list[Name]) -> list[Name]:
    out: list[Name] = []
    for name in names:
        if name not in out and (name.family or name.literal):
            out.append(name)
    return out


_WS = re.compile(r"\s+")
_EMPTY_ITALICS = re.compile(r"\*\s+\*")


def _squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _clean_note(text: str) -> str:
    """Whitespace collapsed, empty italics dropped, no space before closing punctuation of italics."""
    text = _squash(text)
    if "*" in text:
        text = _EMPTY_ITALICS.sub(" ", text.replace("**", "")).strip()
    return text


# --------------------------------------------------------------------------------------------
# Citing sentences
# --------------------------------------------------------------------------------------------

# Final punctuation (and closing quotes) followed by space and not by a lower-case letter; or a blank line.
_SENT_END = re.compile(r"[.!?…\n](?:(?<=\n)\n+|(?<=[.!?…])(?P<p>[.!?…]*[\"'”’»)\]]*)[ \t\n]+(?![a-zß-öø-ÿ]))")
_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st mt ft e.g i.e cf vs viz al approx dept est gen col lt sgt capt cmdr adm gov
sen rep rev hon pres amb inc ltd corp co bros ave blvd
""".split())
# Abbreviations that are only abbreviations before a number ("No. 10", "Jan. 5", "p. 45").
_NUMBER_ABBREVIATIONS = frozenset("""
no nos vol vols p pp ed eds fig figs ch chap sec art para n nn jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_CONTEXT_MAX = 400
_SPACE_BEFORE_STOP = re.compile(r"\s+(?=[.,;:!?)\]](?:\s|$))")  # "Russia [2]." -> "Russia."
_WINDOW = _CONTEXT_MAX + 200


def _contexts(body: str) -> tuple[dict[str, list[str]], dict[str, int]]:
    """For each marker label, the sentence(s) carrying it; and the line of each label's first marker."""
    parts = _MARKER_RE.split(body)
    if len(parts) == 1:
        return {}, {}
    chunks: list[str] = []
    marks: list[tuple[int, str]] = []
    first_line: dict[str, int] = {}
    size = 0
    for i in range(0, len(parts) - 1, 3):
        chunks.append(parts[i])
        size += len(parts[i])
        label, line = parts[i + 1], parts[i + 2]
        marks.append((size, label))
        first_line.setdefault(label, int(line) if line else 0)
    chunks.append(parts[-1])
    clean = "".join(chunks)
    ends, starts, paragraph = _boundaries(clean, [pos for pos, _ in marks])
    out: dict[str, list[str]] = {}
    for pos, label in marks:
        start, end = _sentence_at(pos, ends, starts, paragraph, len(clean))
        out.setdefault(label, []).append(_tidy_context(clean, start, end, pos))
    return out, first_line


def _windows(positions: list[int], size: int) -> list[tuple[int, int]]:
    """Merged spans of ``_WINDOW`` characters either side of each position."""
    spans: list[tuple[int, int]] = []
    for pos in sorted(positions):
        lo, hi = max(0, pos - _WINDOW), min(size, pos + _WINDOW)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    return spans


def _boundaries(text: str, positions: list[int]) -> tuple[list[int], list[int], list[bool]]:
    """Sentence ends near the markers at ``positions``: where each sentence stops, where the next
    begins, and whether the break is a paragraph break (not punctuation).

    Only ``_WINDOW`` characters around each marker are searched: a sentence longer than that is
    cut to ``_CONTEXT_MAX`` around its marker anyway, so farther breaks cannot change a context.
    """
    ends: list[int] = []
    starts: list[int] = []
    paragraph: list[bool] = []
    for lo, hi in _windows(positions, len(text)):
        _find_boundaries(text, lo, hi, ends, starts, paragraph)
    return ends, starts, paragraph


def _find_boundaries(text: str, lo: int, hi: int, ends: list[int], starts: list[int],
                     paragraph: list[bool]) -> None:
    for m in _SENT_END.finditer(text, lo, hi):
        rest = m.group("p")
        if rest is None:
            ends.append(m.start())
            starts.append(m.end())
            paragraph.append(True)
            continue
        if not rest and text[m.start()] == "." and _is_abbreviation(text, m.start(), text[m.end():m.end() + 1]):
            continue
        ends.append(m.start() + 1 + len(rest))
        starts.append(m.end())
        paragraph.append(False)


def _is_abbreviation(text: str, dot: int, following: str) -> bool:
    """Whether the '.' at ``dot`` closes an abbreviation or initial (U.S., Dr., J.), not a sentence."""
    if dot == 0 or not text[dot - 1].isalpha():
        return False
    chunk = text[max(0, dot - 12):dot]
    word = chunk.rsplit(None, 1)[-1].rsplit("(", 1)[-1].lstrip("\"'“‘[")
    if not word or len(word) == len(chunk) == 12:
        return False
    lower = word.lower()
    if lower in _ABBREVIATIONS or following.isdigit() and lower in _NUMBER_ABBREVIATIONS:
        return True
    if len(word) == 1:
        return word.isupper()
    return bool(_DOTTED.fullmatch(word))


def _sentence_at(pos: int, ends: list[int], starts: list[int], paragraph: list[bool],
                 size: int) -> tuple[int, int]:
    """The (start, end) of the sentence a marker at ``pos`` belongs to.

    A marker right after a sentence's final punctuation (``Era.[1]``, ``Era. [1]``) belongs
    to that sentence, not the next one.
    """
    i = bisect.bisect_left(ends, pos)
    if i > 0 and not paragraph[i - 1] and pos <= starts[i - 1]:
        i -= 1
    start = starts[i - 1] if i > 0 else 0
    end = ends[i] if i < len(ends) else size
    return start, end


def _tidy_context(text: str, start: int, end: int, pos: int) -> str:
    """The sentence as one line, trimmed to about ``_CONTEXT_MAX`` characters around the marker."""
    if end - start > _CONTEXT_MAX:
        half = _CONTEXT_MAX // 2
        lo, hi = max(start, pos - half), min(end, pos + half)
        if lo > start:
            space = text.find(" ", lo, pos)
            lo = space + 1 if space != -1 else lo
        if hi < end:
            space = text.rfind(" ", pos, hi)
            hi = space if space != -1 else hi
        start, end = lo, hi
    return _SPACE_BEFORE_STOP.sub("", _squash(text[start:end]))


# --------------------------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------------------------

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = str.maketrans(_SUPERSCRIPTS, "0123456789")
_ITEM = re.compile(
    r"[ \t]{0,4}(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)](?!\d)|(\d{1,3})(?=[ \t])|([" + _SUPERSCRIPTS
    + r"]{1,3})|\^(\d{1,3}))[ \t]*(?=\S)")
_ITEM_FORMS = ("bracket", "paren", "dot", "space", "sup", "caret")
_NOTES_HEADING = re.compile(
    r"[#*_=\W]{0,4}(?:notes?|end\s?notes|foot\s?notes|references|sources|bibliography|works cited|"
    r"notes and references|przypisy|anmerkungen|fußnoten|quellen|références|sources et notes)"
    r"\s*:?[*_#=\W]{0,4}", re.I)
_UNDERLINE = re.compile(r"[-=_*~#]{3,}")
# Markers in the body; the bare-digit branch is checked against the note labels afterwards.
# Markers in the body; the bare-digit branch is checked against the note labels afterwards. The
# pattern opens with one character class so ``re`` can skip ahead fast: it runs once per document.
_CLOSERS = "”’\"')\\]"
_TEXT_MARKER = re.compile(
    r"[\[^.,;:!?" + _SUPERSCRIPTS + r"]"
    r"(?:(?<=\[)(?P<br>\d{1,3})\]"
    r"|(?<=\^)\[?(?P<caret>\d{1,3})\]?"
    r"|(?<=[^\s" + _SUPERSCRIPTS + r"][" + _SUPERSCRIPTS + r"])(?P<sup>[" + _SUPERSCRIPTS + r"]{0,2})"
    r"|(?<=[^\W\d_" + _CLOSERS + r"][.,;:!?])[" + _CLOSERS + r"]?(?P<bare>\d{1,3})(?=\s|$))")
_LONG_LINE = 150


@dataclass(frozen=True)
class _Item:
    line: int  # index into lines
    label: int
    form: str
    indent: bool


@dataclass
class _Run:
    items: list[tuple[_Item, int]]  # item and the index of the line after its last line
    cited: int = 0
    heading: int = -1  # index of a notes heading line just above, or -1

    @property
    def start(self) -> int:
        return self.items[0][0].line


def _read_text(text: str) -> _Draft:
    lines = text.split("\n")
    offsets = _line_offsets(lines)
    markers = list(_TEXT_MARKER.finditer(text))
    run = _pick_run(markers, lines, offsets)
    if run is None:
        body_end, notes, labels = len(lines), [], set()
    else:
        body_end = run.heading if run.heading >= 0 else run.start
        notes = [(str(item.label), _item_text(lines, item, stop), item.line + 1) for item, stop in run.items]
        labels = {label for label, _, _ in notes}
    region = "\n".join(lines[:body_end])
    body = _paragraphs(_mark_text(region, markers, labels, offsets))
    meta = _text_meta(lines[:body_end] if body_end else lines, lines)
    return _Draft(body=body, notes=notes, meta=meta)


def _line_offsets(lines: list[str]) -> list[int]:
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    return offsets


def _items(lines: list[str]) -> dict[int, _Item]:
    """Lines that start like a numbered note, by line index."""
    out = {}
    for i, line in enumerate(lines):
        if not line or not (line[0].isdigit() or line[0] in "[( \t^" or line[0] in _SUPERSCRIPTS):
            continue
        m = _ITEM.match(line)
        if m is None:
            continue
        index = next(k for k in range(1, 7) if m.group(k) is not None)
        label = int(m.group(index).translate(_SUP_TO_DIGIT))
        out[i] = _Item(i, label, _ITEM_FORMS[index - 1], line[:1] in " \t")
    return out


def _pick_run(markers: list[re.Match[str]], lines: list[str], offsets: list[int]) -> _Run | None:
    """The note list: the run 1..N whose labels the body before it cites most, under a heading
    and late in the text breaking ties. A numbered list nobody cites is never picked, unless it
    sits under a notes heading."""
    items = _items(lines)
    runs = [_follow_run(lines, items, item) for item in items.values() if item.label == 1]
    if not runs:
        return None
    first_seen = _first_markers(markers)
    best = None
    for run in runs:
        start = offsets[run.start]
        run.cited = sum(1 for item, _ in run.items if first_seen.get(item.label, start) < start)
        run.heading = _heading_above(lines, run.start)
        if run.cited * 2 < len(run.items) and run.heading < 0:
            continue
        key = (run.cited + (1 if run.heading >= 0 else 0), len(run.items), not run.items[0][0].indent,
               run.start)
        if best is None or key > best[0]:
            best = (key, run)
    return best[1] if best else None


def _follow_run(lines: list[str], items: dict[int, _Item], first: _Item) -> _Run:
    """Notes 1, 2, 3 ... from ``first``: each note runs to the next item or to a blank line
    followed by text that is neither the next item nor an indented continuation."""
    found: list[tuple[_Item, int]] = []
    current = first
    i = first.line + 1
    n = len(lines)
    while True:
        nxt = None
        while i < n:
            if not lines[i].strip():
                j = i + 1
                while j < n and not lines[j].strip():
                    j += 1
                if j < n and _continues(items.get(j), current):
                    nxt = items[j]
                    break
                if j < n and lines[j][:1] in " \t" and j not in items:
                    i = j
                    continue
                break
            item = items.get(i)
            if item is not None and _continues(item, current):
                nxt = item
                break
            if item is not None and item.form not in ("space", "sup") and item.indent == current.indent:
                break
            i += 1
        found.append((current, _trim_blank(lines, current.line, i)))
        if nxt is None:
            return _Run(found)
        current = nxt
        i = nxt.line + 1


def _continues(item: _Item | None, current: _Item) -> bool:
    """Whether ``item`` is the next note after ``current`` (same numbering form; a gap of up
    to two numbers is allowed for unambiguous forms and reported later)."""
    if item is None or item.form != current.form:
        return False
    if item.label == current.label + 1:
        return True
    return item.form not in ("space",) and current.label + 1 < item.label <= current.label + 3


def _trim_blank(lines: list[str], start: int, stop: int) -> int:
    while stop > start + 1 and not lines[stop - 1].strip():
        stop -= 1
    return stop


def _heading_above(lines: list[str], index: int) -> int:
    """Index of a "Notes"/"References"... heading just above line ``index`` (blank and underline
    lines between are allowed), or -1."""
    j = index - 1
    while j >= 0 and (not lines[j].strip() or _UNDERLINE.fullmatch(lines[j].strip())):
        j -= 1
    if j >= 0 and len(lines[j]) < 60 and _NOTES_HEADING.fullmatch(lines[j].strip()):
        return j
    return -1


def _first_markers(markers: list[re.Match[str]]) -> dict[int, int]:
    """Offset of the first marker-like occurrence of each number (any marker form)."""
    out: dict[int, int] = {}
    for m in markers:
        out.setdefault(int(_marker_value(m).translate(_SUP_TO_DIGIT)), m.start())
    return out


def _marker_value(m: re.Match[str]) -> str:
    """The number a ``_TEXT_MARKER`` match stands for (superscripts include the first character)."""
    return m.group() if m.lastgroup == "sup" else m.group(m.lastgroup)


def _item_text(lines: list[str], item: _Item, stop: int) -> str:
    first = _ITEM.sub("", lines[item.line], count=1)
    return " ".join([first, *lines[item.line + 1:stop]])


def _mark_text(region: str, markers: list[re.Match[str]], labels: set[str], offsets: list[int]) -> str:
    """``region`` (the start of the text ``markers`` were found in) with each note marker
    replaced by a sentinel.

    ``[n]`` always counts (an unknown label is reported); superscripts and ``^n`` only when a
    note has that label; bare digits only for note labels, in order, so years and counts in
    the prose are left alone.
    """
    highest = 0
    out: list[str] = []
    done = 0
    for m in markers:
        if m.end() > len(region):
            break
        kind = m.lastgroup
        label = str(int(_marker_value(m).translate(_SUP_TO_DIGIT)))
        if kind != "br" and label not in labels:
            continue
        if kind == "bare" and int(label) > highest + 2:
            continue
        highest = max(highest, int(label))
        start, end = m.span("bare") if kind == "bare" else m.span()
        out.append(region[done:start])
        out.append(_marker(label, bisect.bisect_right(offsets, start)))
        done = end
    out.append(region[done:])
    return "".join(out)


def _paragraphs(text: str) -> str:
    """Paragraphs split by "\\n\\n". Inside a paragraph of web-length lines every line is its
    own unit (captions, credits); short hard-wrapped lines are joined."""
    out = []
    for block in re.split(r"\n[ \t]*\n", text):
        block = block.strip("\n")
        if not block.strip():
            continue
        lines = block.split("\n")
        if len(lines) > 1 and any(len(line) > _LONG_LINE for line in lines):
            out.append("\n\n".join(lines))
        else:
            out.append(" ".join(line.strip() for line in lines))
    return "\n\n".join(out)


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _markdown_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin)


_MD_UNDEFINED_REF = re.compile(r"\[\^([^\]\s]+)\]")


def _read_markdown(text: str) -> _Draft:
    env: dict = {}
    tokens = _markdown_parser().parse(text, env)
    labels = _markdown_labels(tokens, env)
    body: list[str] = []
    notes: dict[str, tuple[str, int]] = {}
    ref_lines: dict[str, int] = {}
    front = ""
    headings: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type == "front_matter":
            front = token.content
        elif token.type == "footnote_open":
            i = _markdown_note(tokens, i, labels, notes, ref_lines)
        elif token.type == "inline" and token.children is not None:
            line = token.map[0] + 1 if token.map else 0
            rendered = _render_md_inline(token.children, labels, line, ref_lines)
            body.append(rendered)
            if tokens[i - 1].type == "heading_open":
                headings.append((tokens[i - 1].tag, _squash(_MARKER_RE.sub("", rendered))))
        i += 1
    order = sorted(notes, key=_label_key(list(labels.values())))
    note_list = [(label, notes[label][0], notes[label][1]) for label in order]
    meta = _markdown_meta(front, headings, body)
    numbered = all(_is_number(label) for label in notes)
    return _Draft(body="\n\n".join(body), notes=note_list, meta=meta, numbered=numbered)


def _markdown_labels(tokens: list, env: dict) -> dict[int, str]:
    """Footnote id -> label: the source label for ``[^x]``, the printed number for ``^[...]``
    (made unique if a source label already uses it)."""
    found = env.get("footnotes", {}).get("list", {})
    explicit = {data["label"] for data in found.values() if data.get("label")}
    order: list[int] = []
    for token in tokens:
        for child in token.children or ():
            if child.type == "footnote_ref" and child.meta["id"] not in order:
                order.append(child.meta["id"])
    order += [fid for fid in found if fid not in order]
    labels = {}
    for number, fid in enumerate(order, 1):
        label = found.get(fid, {}).get("label")
        if not label:
            label = str(number)
            while label in explicit:
                label += "i"
            explicit.add(label)
        labels[fid] = label
    return labels


def _is_number(label: str) -> bool:
    return label.isascii() and label.isdigit()


def _label_key(document_order: list[str]) -> Callable[[str], tuple[int, str]]:
    """Sort key: numerically when every label is a number, else in order of first reference."""
    position = {label: i for i, label in enumerate(document_order)}
    if all(_is_number(label) for label in document_order):
        return lambda label: (int(label) if _is_number(label) else 1 << 30, label)
    return lambda label: (position.get(label, 1 << 30), label)


def _markdown_note(tokens: list, i: int, labels: dict[int, str], notes: dict[str, tuple[str, int]],
                   ref_lines: dict[str, int]) -> int:
    """Collect the note opened at ``tokens[i]``; returns the index of its ``footnote_close``."""
    label = labels.get(tokens[i].meta.get("id"), str(tokens[i].meta.get("label") or ""))
    parts: list[str] = []
    line = 0
    i += 1
    while i < len(tokens) and tokens[i].type != "footnote_close":
        token = tokens[i]
        if token.map and not line:
            line = token.map[0] + 1
        if token.type == "inline" and token.children is not None:
            parts.append(_render_md_note(token.children))
        elif token.type in ("code_block", "fence"):
            parts.append(token.content)
        i += 1
    notes[label] = (" ".join(parts), line or ref_lines.get(label, 0))
    return i


def _render_md_inline(children: list, labels: dict[int, str], line: int, ref_lines: dict[str, int]) -> str:
    """Body text of an inline token, each footnote reference as a marker sentinel."""
    out = []
    for child in children:
        kind = child.type
        if kind == "text":
            content = child.content
            if "[^" in content:
                content = _MD_UNDEFINED_REF.sub(lambda m: _marker(m.group(1), line), content)
            out.append(content)
        elif kind == "footnote_ref":
            label = labels.get(child.meta["id"], str(child.meta.get("label", "")))
            ref_lines.setdefault(label, line)
            out.append(_marker(label, line))
        elif kind in ("softbreak", "hardbreak"):
            out.append(" ")
        elif kind == "code_inline":
            out.append(child.content)
        elif kind == "image":
            out.append(child.content)
    return "".join(out)


def _render_md_note(children: list) -> str:
    """A note's text: italics kept as ``*x*``, link URLs appended when the text does not show them."""
    out: list[str] = []
    urls: list[str] = []
    link_start: list[tuple[int, str]] = []
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            out.append(child.content)
        elif kind in ("em_open", "em_close"):
            out.append("*")
        elif kind in ("softbreak", "hardbreak"):
            out.append(" ")
        elif kind == "html_inline" and re.fullmatch(r"</?(?:i|em|cite)\s*>", child.content, re.I):
            out.append("*")
        elif kind == "link_open":
            link_start.append((len(out), str(child.attrs.get("href", ""))))
        elif kind == "link_close" and link_start:
            at, href = link_start.pop()
            _keep_url(href, "".join(out[at:]), urls)
        elif kind == "image":
            out.append(child.content)
    return _with_urls("".join(out), urls)


def _keep_url(href: str, shown: str, urls: list[str]) -> None:
    """Remember a link's URL when the reader could not see it in the link text."""
    if re.match(r"(?i)(?:https?|ftp)://|doi:", href) and href not in shown and href not in urls:
        urls.append(href)


def _with_urls(text: str, urls: list[str]) -> str:
    text = _squash(text)
    urls = [u for u in urls if u not in text]
    if not urls:
        return text
    joiner = " " if not text or text[-1] in ".,;:" else ", "
    return text + joiner + " ".join(urls) if text else " ".join(urls)


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset("""
p div li ol ul h1 h2 h3 h4 h5 h6 blockquote section article main aside header footer nav table tr td th
thead tbody dl dt dd figure figcaption pre address body html details summary hr form fieldset
""".split())
_DROP_TAGS = frozenset("script style noscript template form nav footer header iframe svg button select "
                       "textarea input canvas object embed audio video map menu dialog".split())
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary"})
_ITALIC_TAGS = frozenset({"i", "em", "cite"})
_NOTEISH_ID = re.compile(r"(?i)^_?(?:fn|ftn|footnote|foot|note|endnote|edn|en|n)[-_:.]?\d+\w*$")
_NOTEISH_HREF = re.compile(r"(?i)^#_?(?:fn|ftn|footnote|foot|note|endnote|edn|en)[-_:.]?\d+")
_REF_TEXT = re.compile(r"[\[(]?\s*(\w{1,4}|[*†‡§])\s*[\])]?")
_BACKLINK_TEXT = re.compile("[\\s\u21a9\u2191\u2934\u2b06\ufe0e\ufe0f^\\[\\]\\d]*|(?i:back|return|top)")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _attr(el: HtmlElement, name: str) -> str:
    return (el.get(name) or "").strip()


def _epub_type(el: HtmlElement) -> str:
    return (el.get("epub:type") or el.get("{http://www.idpf.org/2007/ops}type") or "").lower()


def _read_html(text: str, problems: list[Problem], document: str) -> _Draft:
    root = _parse_html(text)
    if root is None:
        problems.append(Problem(document, "could not be parsed as HTML; read as plain text"))
        return _read_text(text)
    alive = list(root.iter())  # keeps lxml's element proxies (and so their id()) stable
    order = {id(el): n for n, el in enumerate(alive)}
    meta = _html_meta(root)
    refs, missing = _html_refs(root, order)
    if not refs:
        draft = _read_text(_html_to_text(root))
        draft.notes = [(label, note, 0) for label, note, _ in draft.notes]
        draft.meta = _merge_meta(meta, draft.meta)
        _mark_missing(draft, missing)
        return draft
    containers: dict[int, object] = {}
    labels: dict[int, str] = {}
    for ref, target in refs:
        container = _note_container(target)
        key = id(container)
        if key not in containers:
            containers[key] = container
            labels[key] = _unique_label(_ref_label(ref, len(labels) + 1), labels.values())
    ref_labels = {id(ref): labels[id(_note_container(target))] for ref, target in refs}
    keep = {id(el) for c in containers.values() for el in c.iterancestors()} | set(containers)
    _drop_junk(root, keep)
    notes = []
    for key, container in containers.items():
        label = labels[key]
        notes.append((label, _html_note_text(container, label), container.sourceline or 0))
    notes.sort(key=lambda n: _label_key([label for label, _, _ in notes])(n[0]))
    note_ids = set(containers)
    body = _html_body(root, ref_labels, note_ids, {id(el) for el in missing})
    draft = _Draft(body=body, notes=notes, meta=_merge_meta(meta, _byline_meta(body)),
                   numbered=all(_is_number(label) for label, _, _ in notes))
    return draft


def _parse_html(text: str) -> HtmlElement | None:
    import lxml.html
    from lxml import etree

    text = _CONTROL.sub("", _XML_DECL.sub("", text))
    if not text.strip():
        return None
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None
    return root if root is not None and len(root) else None


def _html_refs(root: HtmlElement, order: dict[int, int]) -> tuple[list, list]:
    """(note reference link, its target) pairs in document order, and links that look like
    note references but whose target does not exist."""
    by_id = {}
    for el in root.iter():
        for attr in ("id", "name"):
            value = el.get(attr)
            if value and value not in by_id:
                by_id[value] = el
    refs, missing = [], []
    for a in root.iter("a"):
        href = _attr(a, "href")
        if not href.startswith("#") or len(href) < 2:
            continue
        target = by_id.get(href[1:])
        if not _looks_like_ref(a, href) or any(el.tag in _DROP_TAGS for el in a.iterancestors()):
            continue
        if target is None:
            missing.append(a)
        elif order[id(target)] > order[id(a)] and not _inside(a, target):
            refs.append((a, target))
    return refs, missing


def _looks_like_ref(a: HtmlElement, href: str) -> bool:
    kind = _epub_type(a)
    if "noteref" in kind or _attr(a, "role") == "doc-noteref":
        return True
    css = _attr(a, "class").lower()
    if any(word in css for word in ("footnote-ref", "noteref", "fnref", "footnote-link", "footnote_ref")):
        return True
    text = _squash(a.text_content())
    if not _REF_TEXT.fullmatch(text or "x"):
        return False
    parent = a.getparent()
    in_sup = a.find("sup") is not None or (parent is not None and parent.tag == "sup") or (
        parent is not None and parent.getparent() is not None and parent.getparent().tag == "sup")
    return in_sup or bool(_NOTEISH_HREF.match(href))


def _inside(el: HtmlElement, ancestor: HtmlElement) -> bool:
    return any(parent is ancestor for parent in el.iterancestors())


def _note_container(target: HtmlElement) -> HtmlElement:
    """The element holding a note's whole text: the li/aside/dd or note-like element around the
    link target (Word puts the target inside the note's paragraph, in a div#ftn1)."""
    block = target
    while block is not None and block.tag not in _BLOCK_TAGS:
        block = block.getparent()
    if block is None:
        return target
    current = block
    while current is not None:
        if current.tag in ("li", "aside", "dd") or _noteish(current):
            return current
        if current.tag in ("body", "html", "ol", "ul", "section", "article", "main"):
            break
        current = current.getparent()
    return block


def _noteish(el: HtmlElement) -> bool:
    if _NOTEISH_ID.match(_attr(el, "id")):
        return True
    if _attr(el, "role") in ("doc-footnote", "doc-endnote"):
        return True
    kind = _epub_type(el)
    return any(word in kind for word in ("footnote", "endnote", "rearnote"))


def _ref_label(a: HtmlElement, ordinal: int) -> str:
    m = _REF_TEXT.fullmatch(_squash(a.text_content()))
    return m.group(1).translate(_SUP_TO_DIGIT) if m else str(ordinal)


def _unique_label(label: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    base, n = label, 1
    while label in taken:
        n += 1
        label = f"{base}.{n}"
    return label


def _drop_junk(root: HtmlElement, keep: set[int]) -> None:
    """Remove navigation, headers, footers, scripts, forms and asides, unless they hold notes."""
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            doomed.append(el)
            continue
        if id(el) in keep:
            continue
        role = _attr(el, "role")
        if el.tag == "form" and len(el.text_content()) > 2000:
            continue  # a page-wide form (ASP.NET wraps everything in one) is not a widget
        if el.tag in _DROP_TAGS or role in _DROP_ROLES or el.tag == "aside" or el.get("hidden") is not None:
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _html_note_text(container: HtmlElement, label: str) -> str:
    out: list[str] = []
    urls: list[str] = []
    _render_note_el(container, out, urls, label, top=True)
    text = _squash("".join(out))
    text = re.sub(r"^(?:\[" + re.escape(label) + r"\]|\(" + re.escape(label) + r"\)|" + re.escape(label)
                  + r"[.)])\s*", "", text)
    return _with_urls(text, urls)


def _render_note_el(el: HtmlElement, out: list[str], urls: list[str], label: str, top: bool = False) -> None:
    """Append the text of ``el`` (without its tail) to ``out``: italics as *x*, back-links and a
    leading label left out, external link URLs collected."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in ("script", "style"):
        return
    if tag == "a" and _is_backlink(el):
        return
    if tag in ("sup", "a", "span") and not "".join(out).strip() and _squash(el.text_content()).strip(
            "[]().") == label and not top:
        return
    if tag == "br" or (tag in _BLOCK_TAGS and not top):
        out.append(" ")
    italic = tag in _ITALIC_TAGS
    if italic:
        out.append("*")
    if el.text and tag:
        out.append(el.text)
    for child in el:
        _render_note_el(child, out, urls, label)
        if child.tail:
            out.append(child.tail)
    if italic:
        out.append("*")
    if tag == "a":
        _keep_url(_attr(el, "href"), el.text_content(), urls)
    if tag in _BLOCK_TAGS and not top:
        out.append(" ")


def _is_backlink(a: HtmlElement) -> bool:
    href = _attr(a, "href")
    if not href.startswith("#"):
        return False
    css = _attr(a, "class").lower()
    if "back" in css or "reverse" in css or _attr(a, "role") == "doc-backlink":
        return True
    return bool(_BACKLINK_TEXT.fullmatch(_squash(a.text_content())))


def _html_body(root: HtmlElement, ref_labels: dict[int, str], note_ids: set[int], missing: set[int]) -> str:
    """Visible body text, blocks split by blank lines, note references as sentinels."""
    body = root.find("body")
    out: list[str] = []
    _render_body_el(body if body is not None else root, out, ref_labels, note_ids, missing)
    text = "".join(out)
    text = re.sub(r"[ \t]*\n[ \t\n]*\n[ \t]*", "\n\n", text)
    return "\n\n".join(_squash(p) for p in text.split("\n\n") if p.strip())


def _render_body_el(el: HtmlElement, out: list[str], refs: dict[int, str], notes: set[int],
                    missing: set[int]) -> None:
    if id(el) in notes or not isinstance(el.tag, str):
        return
    if id(el) in refs or id(el) in missing:
        label = refs.get(id(el)) or _ref_label(el, 0)
        out.append(_marker(label, el.sourceline or 0))
        return
    tag = el.tag
    if tag == "sup" and any(id(a) in refs or id(a) in missing for a in el.iter("a")):
        for a in el.iter("a"):
            if id(a) in refs or id(a) in missing:
                _render_body_el(a, out, refs, notes, missing)
        return
    block = tag in _BLOCK_TAGS
    if block:
        out.append("\n\n")
    elif tag == "br":
        out.append("\n")
    if el.text:
        out.append(el.text)
    for child in el:
        _render_body_el(child, out, refs, notes, missing)
        if child.tail:
            out.append(child.tail)
    if block:
        out.append("\n\n")


def _html_to_text(root: HtmlElement) -> str:
    """A page without linked notes as plain text: ``<sup>1</sup>`` as a superscript digit and
    ordered-list items numbered, so the plain-text reader can find endnotes."""
    _drop_junk(root, set())
    out: list[str] = []
    _render_plain(root.find("body") if root.find("body") is not None else root, out)
    text = "".join(out)
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text).strip()


def _render_plain(el: HtmlElement, out: list[str], number: int = 0) -> None:
    if not isinstance(el.tag, str):
        return
    tag = el.tag
    if tag == "sup" and _squash(el.text_content()).isdigit() and len(el) == 0:
        out.append(_squash(el.text_content()).translate(str.maketrans("0123456789", _SUPERSCRIPTS)))
        return
    if tag in _BLOCK_TAGS:
        out.append("\n\n")
    if tag == "li" and number:
        out.append(f"{number}. ")
    elif tag == "br":
        out.append("\n")
    if el.text:
        out.append(el.text if tag in ("pre",) else _WS.sub(" ", el.text))
    counter = int(el.get("start", "1")) if tag == "ol" and (el.get("start") or "1").isdigit() else 0
    for child in el:
        is_item = counter and isinstance(child.tag, str) and child.tag == "li"
        _render_plain(child, out, counter if is_item else 0)
        if is_item:
            counter += 1
        if child.tail:
            out.append(_WS.sub(" ", child.tail))
    if tag in _BLOCK_TAGS:
        out.append("\n\n")


def _mark_missing(draft: _Draft, missing: list) -> None:
    for a in missing:
        label = _ref_label(a, 0)
        if label not in {n[0] for n in draft.notes}:
            draft.problems.append(Problem("", f"marker [{label}] has no note", a.sourceline or 0, label))


# --------------------------------------------------------------------------------------------
# Metadata
# --------------------------------------------------------------------------------------------

_AUTHOR_LABEL = re.compile(
    r"(?:authors?|autor(?:zy|ka|en|es)?|auteurs?|autore|autori|verfasser(?:in)?|written by|posted by|"
    r"by|von|par|por|di|door)\s*[:：\-–—]?\s+(?P<names>.+)", re.I)
_DATE_LABEL = re.compile(
    r"(?:published(?: on)?|publication date|posted(?: on)?|date|dated|opublikowano|data publikacji|data|"
    r"publié(?: le)?|date de publication|veröffentlicht(?: am)?|datum|erschienen(?: am)?|fecha|"
    r"pubblicato(?: il)?|updated(?: on)?|last updated)\s*[:：\-–—]?\s*(?P<date>.+)", re.I)
_GENRE_PREFIX = re.compile(
    r"(?P<pub>(?:[A-Z][A-Z0-9&.'’\-]+\s+){1,4}?)(?P<genre>COMMENTARY|ANALYSIS|BRIEF|POLICY BRIEF|REPORT|"
    r"POLICY PAPER|PAPER|OPINION|INSIGHTS?|UPDATE|BULLETIN|PERSPECTIVES?|SPOTLIGHT|EXPERT COMMENT|"
    r"COMMENT|EXPLAINER)\b\s*[:：\-–—|]?\s*(?P<rest>.*)")
_TITLE_SITE = re.compile(r"(?P<title>.+?)\s+(?:[–—|·•»]|-|::)\s+(?P<site>[^–—|·•»]{2,60})")
_BOILERPLATE = re.compile(
    r"(?:share|rate|print|e-?mail|save|like|follow|subscribe|tweet|comment|download|read more|related|"
    r"advertisement|photo|image|foto|autor foto|picture|credit|skip to|menu|search|home|log ?in|sign ?up|"
    r"poll|for (?:business|researchers|students))\b.{0,60}|\(?(?:no|\d+) votes?\)?|[\W\d]*", re.I)
_NAME_WORD = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿā-ſ'’\-]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?|(?:[A-Z]\.){1,3}|[A-Z]\.?[A-Z]\.|"
    r"van|von|der|den|de|da|di|du|la|le|ten|ter|bin|al|el|dos|del|Mc[A-Z][a-z]+)")
_PARTICLES = frozenset("van von der den de da di du la le ten ter bin al el dos del".split())
_HONORIFICS = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|sir|amb|ambassador|gen)\.?\s+", re.I)
_ORG_WORDS = re.compile(r"(?i)\b(?:institute|ministry|center|centre|agency|university|council|office|"
                        r"staff|editorial|team|news|press|foundation|department|association|commission|"
                        r"bureau|society|group|board|desk)\b")
_WEBSITE = re.compile(r"on the ([A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,3}) (?:web ?site|portal)\b")
_CONTRIBUTOR = re.compile(r"\b(?:author|columnist|contributor|correspondent)\s+"
                          r"((?:[A-Z][\w'’\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’\-]+|[A-Z]\.)){1,3})")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _merge_meta(first: _Meta, second: _Meta) -> _Meta:
    """``first``, with its empty fields filled from ``second``."""
    return _Meta(title=first.title or second.title, authors=first.authors or second.authors,
                 date=first.date or second.date, publisher=first.publisher or second.publisher,
                 url=first.url or second.url)


def _text_meta(header_lines: list[str], all_lines: list[str]) -> _Meta:
    """Title, authors, date and publisher from the top of a plain-text commentary."""
    header, first_paragraph = _header(header_lines)
    meta = _Meta()
    meta.authors = _labelled_authors(header) or _labelled_authors(
        [s for s in (line.strip() for line in all_lines[-40:]) if s])
    if not meta.authors:
        meta.authors = _name_line_authors(header)
    if not meta.authors and first_paragraph:
        m = _CONTRIBUTOR.search(first_paragraph[:400])
        meta.authors = [_name(m.group(1))] if m else []
    meta.date = _header_date(header)
    meta.title, meta.publisher = _header_title(header, meta.authors)
    if not meta.publisher:
        m = _WEBSITE.search("\n".join(all_lines[:400]))
        meta.publisher = m.group(1) if m else ""
    return meta


def _header(lines: list[str]) -> tuple[list[str], str]:
    """Non-blank lines above the first real paragraph (at most 40), and that paragraph."""
    header = []
    for line in lines[:120]:
        s = line.strip()
        if not s:
            continue
        if len(s) > 200 and (s[-1] in ".!?\"”…" or len(s) > 400):
            return header, s
        header.append(s)
        if len(header) >= 40:
            break
    return header, ""


def _labelled_authors(lines: list[str]) -> list[Name]:
    for line in lines:
        if len(line) > 120:
            continue
        m = _AUTHOR_LABEL.fullmatch(line)
        if m is None:
            continue
        if line[:2] in ("by", "di", "pa", "po", "vo", "do") and line[:1].islower():
            continue  # "by the way ..." - a lower-case "by" is prose
        names = _split_names(m.group("names"))
        if names:
            return names
    return []


def _split_names(text: str) -> list[Name]:
    """'A B and C D', 'A B, C D & E F' -> names; [] when any part is not a person's name."""
    text = re.split(r"\s*[|•·]\s*|\s+[-–—]\s+|\s*\(", text)[0].strip(" ,.;:")
    parts = re.split(r"\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|;\s*|\s+i\s+|\s+und\s+|\s+et\s+|\s+y\s+|,\s*)", text)
    parts = [p for p in parts if p]
    if len(parts) == 2 and "," in text and len(parts[1].split()) <= 2 and len(parts[0].split()) == 1:
        parts = [f"{parts[1]} {parts[0]}"]  # "Family, Given"
    if not parts or len(parts) > 8 or not all(_is_name(p) for p in parts):
        return []
    return [_name(p) for p in parts]


def _is_name(text: str) -> bool:
    words = _HONORIFICS.sub("", text).split()
    if not 1 <= len(words) <= 5 or not words[-1][:1].isupper():
        return False
    return all(_NAME_WORD.fullmatch(word) for word in words) and not _BOILERPLATE.fullmatch(text)


def _name(text: str) -> Name:
    """'Piotr Malachiński' -> Name('Malachiński', 'Piotr'); 'Miller, J. Berkshire' too;
    organisations become a literal."""
    text = _squash(_HONORIFICS.sub("", text.strip(" ,.;")))
    if _ORG_WORDS.search(text):
        return Name(literal=text)
    if "," in text:
        family, _, given = text.partition(",")
        return Name(family=family.strip(), given=given.strip())
    words = text.split()
    if len(words) == 1:
        return Name(family=words[0])
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return Name(family=" ".join(words[start:]), given=" ".join(words[:start]))


def _name_line_authors(header: list[str]) -> list[Name]:
    """A line holding only a person's name, followed by a line saying who they are (a byline
    without label: "Alexander Panov" / "Professor at ..."). Without the second line a short
    Title Case heading would pass for a name."""
    for i, line in enumerate(header[:12]):
        if (len(line) < 50 and len(line.split()) >= 2 and _is_name(line) and not _looks_titled(line)
                and i + 1 < len(header) and _ROLE_WORDS.search(header[i + 1][:200])):
            return [_name(line)]
    return []


_ROLE_WORDS = re.compile(
    r"(?i)\b(?:professor|fellow|director|researcher|research|analyst|member|senior|editor|ambassador|"
    r"chair|lecturer|correspondent|journalist|student|head of|expert|scholar|associate|adviser|advisor|"
    r"author of|minister|officer|president|founder|specialist)\b")


def _looks_titled(line: str) -> bool:
    """Heading-like lines ("Conclusions", "Salvaging Diplomatic Ties") are not names: a name line
    of 2-4 words has no common title words."""
    return bool(re.search(r"(?i)\b(?:the|of|and|in|on|for|to|with|after|policy|relations|war|"
                          r"crisis|conclusions?|introduction|summary|analysis|comment)\b", line))


def _header_date(header: list[str]) -> PartialDate | None:
    """A labelled date line ("Published: ..."), else a line that is only a date."""
    tried = 0
    for labelled in (True, False):
        for line in header:
            if len(line) > 60 or not _YEAR.search(line):
                continue
            m = _DATE_LABEL.fullmatch(line)
            if labelled and m is None:
                continue
            value = m.group("date") if m else line
            if not labelled and len(value) > 40:
                continue
            date = parse_date(value)
            tried += 1
            if date is not None:
                return date
            if tried >= 4:
                return None
    return None


def _header_title(header: list[str], authors: list[Name]) -> tuple[str, str]:
    """The title (first plausible header line above any byline) and a publisher it names."""
    publisher = ""
    for line in header:
        if _AUTHOR_LABEL.fullmatch(line) and _split_names(_AUTHOR_LABEL.fullmatch(line).group("names")):
            break
        if any(line == author.display() for author in authors):
            break  # a byline: the title, if any, came before it
        if _BOILERPLATE.fullmatch(line) or _DATE_LABEL.fullmatch(line):
            continue
        if _YEAR.search(line) and len(line) < 40 and parse_date(line) is not None:
            continue
        m = _GENRE_PREFIX.fullmatch(line)
        if m is not None:
            publisher = publisher or _publisher_name(m.group("pub"))
            line = m.group("rest")
        title = _strip_author(line, authors)
        if not title or len(title) > 200 or len(title.split()) > 30 or title.endswith((".", ",")):
            continue
        title, site = _split_site(title)
        return title, publisher or site
    return "", publisher


def _publisher_name(words: str) -> str:
    """'PULASKI ' -> 'Pulaski'; short acronyms (CSIS) stay upper case."""
    return " ".join(w if len(w) <= 4 else w.capitalize() for w in words.split())


def _strip_author(title: str, authors: list[Name]) -> str:
    """A header line without the author's name tacked on ('Title (Name)', 'Title Name')."""
    title = title.strip()
    m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", title)
    if m and (_is_name(m.group(2)) or any(a.display() == m.group(2).strip() for a in authors)):
        title = m.group(1)
    for author in authors:
        shown = author.display()
        if shown and title.endswith(" " + shown):
            title = title[: -len(shown)].rstrip(" ,–—-|")
    return title.strip()


def _split_site(title: str, known: str = "") -> tuple[str, str]:
    """'Title – The Diplomat' -> ('Title', 'The Diplomat') when the tail is the ``known`` site
    name or reads like one (a few capitalised words, shorter than the title)."""
    m = _TITLE_SITE.fullmatch(title)
    if m is None:
        return title, ""
    site = m.group("site").strip()
    if known and site.casefold() == known.casefold():
        return m.group("title").strip(), site
    words = site.split()
    if len(words) > 6 or len(site) >= len(m.group("title")) or not all(
            w[:1].isupper() or w.lower() in ("of", "the", "and", "for", "on", "in", "&") or "." in w
            for w in words):
        return title, ""
    return m.group("title").strip(), site


def _byline_meta(body: str) -> _Meta:
    """Authors and date from 'By ...' and 'Published ...' lines at the top of a rendered body."""
    paragraphs = [p for p in body.split("\n\n")[:25] if len(p) < 120]
    meta = _Meta()
    meta.authors = _labelled_authors([_MARKER_RE.sub("", p) for p in paragraphs])
    meta.date = _header_date(paragraphs)
    return meta


def _markdown_meta(front: str, headings: list[tuple[str, str]], body: list[str]) -> _Meta:
    """Metadata from YAML front matter, else the first level-1 heading and bylines."""
    meta = _Meta()
    data = _front_matter(front) if front else {}
    meta.title = _first(data.get("title"))
    authors = data.get("author") or data.get("authors") or []
    for author in authors if isinstance(authors, list) else [authors]:
        if isinstance(author, dict):
            author = author.get("name") or author.get("literal") or ""
        meta.authors.extend(_split_names(author) or ([_name(author)] if author else []))
    raw_date = _first(data.get("date") or data.get("published"))
    meta.date = parse_date(raw_date) if raw_date else None
    meta.publisher = _first(data.get("publisher") or data.get("site") or data.get("website")
                            or data.get("container-title") or data.get("journal"))
    meta.url = _first(data.get("url") or data.get("link") or data.get("source"))
    if not meta.title:
        meta.title = next((text for tag, text in headings if tag == "h1"), "")
        meta.title, site = _split_site(meta.title) if meta.title else ("", "")
        meta.publisher = meta.publisher or site
    return _merge_meta(meta, _byline_meta("\n\n".join(body[:25])))


def _first(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value or "").strip()


def _front_matter(text: str) -> dict[str, object]:
    """The part of YAML front matter bibkit reads: ``key: value``, ``key: [a, b]``, and lists of
    ``- value`` or ``- name: value`` under a key. Anything else is skipped."""
    data: dict[str, object] = {}
    key = ""
    for raw in text.split("\n"):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        item = re.match(r"\s*-\s+(?:(\w[\w-]*):\s+)?(.*)", raw)
        if raw[:1] in " \t-" and item and key:
            value = _yaml_scalar(item.group(2))
            entry = {item.group(1): value} if item.group(1) else value
            current = data.get(key)
            data[key] = ([*current, entry] if isinstance(current, list) else [entry])
            continue
        nested = re.match(r"\s+(\w[\w-]*):\s*(.*)", raw)
        if nested and key and isinstance(data.get(key), list) and data[key] and isinstance(data[key][-1], dict):
            data[key][-1][nested.group(1)] = _yaml_scalar(nested.group(2))
            continue
        m = re.match(r"([\w-]+)\s*:\s*(.*)", raw)
        if m is None:
            continue
        key = m.group(1).lower()
        value = m.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            data[key] = [_yaml_scalar(v) for v in value[1:-1].split(",") if v.strip()]
        elif value and value not in ("|", ">"):
            data[key] = _yaml_scalar(value)
    return data


def _yaml_scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return re.sub(r"\s+#.*$", "", value)


def _html_meta(root: HtmlElement) -> _Meta:
    """Metadata from meta tags (citation_*, og:*, dc.*), JSON-LD, <title>, <h1> and bylines."""
    tags: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        key = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
        value = _squash(el.get("content") or "")
        if key and value:
            tags.setdefault(key, []).append(value)
    ld = _json_ld(root)
    meta = _Meta()
    meta.title = _pick(tags, "citation_title", "dc.title", "dcterms.title") or _squash(ld.get("headline", ""))
    site_name = _pick(tags, "og:site_name", "application-name")
    og_title, og_site = _split_site(_pick(tags, "og:title", "twitter:title"), site_name)
    page_title = root.find(".//title")
    page_title, title_site = _split_site(_squash(page_title.text_content()) if page_title is not None else "",
                                         site_name)
    h1 = root.find(".//h1")
    meta.title = meta.title or og_title or (_squash(h1.text_content()) if h1 is not None else "") or page_title
    authors = tags.get("citation_author") or tags.get("dc.creator") or tags.get("dcterms.creator") or []
    meta.authors = [_name(a) for a in authors] or ld.get("authors", []) or _split_names(_pick(tags, "author"))
    if not meta.authors:
        meta.authors = _author_elements(root)
    raw_date = (_pick(tags, "citation_publication_date", "citation_date", "citation_online_date")
                or ld.get("date", "") or _pick(tags, "article:published_time", "dc.date", "dcterms.date",
                                                "dc.date.issued", "date", "pubdate", "publish-date"))
    meta.date = parse_date(raw_date) if raw_date else None
    meta.publisher = (_pick(tags, "citation_publisher", "citation_journal_title") or ld.get("publisher", "")
                      or _pick(tags, "og:site_name", "dc.publisher", "dcterms.publisher") or og_site or title_site)
    canonical = root.find(".//link[@rel='canonical']")
    meta.url = _pick(tags, "citation_public_url", "citation_abstract_html_url", "og:url") or ld.get("url", "") or (
        _attr(canonical, "href") if canonical is not None else "")
    return meta


def _pick(tags: dict[str, list[str]], *keys: str) -> str:
    for key in keys:
        if tags.get(key):
            return tags[key][0]
    return ""


def _json_ld(root: HtmlElement) -> dict:
    """The first JSON-LD Article-like object: headline, authors, date, publisher, url."""
    for script in root.iter("script"):
        if "ld+json" not in _attr(script, "type").lower():
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in _ld_objects(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(str(k).endswith(("Article", "BlogPosting", "Report", "Posting")) for k in kinds):
                continue
            return _ld_fields(obj)
    return {}


def _ld_objects(data: object) -> list[dict]:
    if isinstance(data, list):
        return [obj for item in data for obj in _ld_objects(item)]
    if isinstance(data, dict):
        return [data, *_ld_objects(data.get("@graph", []))]
    return []


def _ld_fields(obj: dict) -> dict:
    authors = obj.get("author") or []
    names = []
    for author in authors if isinstance(authors, list) else [authors]:
        name = author.get("name", "") if isinstance(author, dict) else str(author)
        if name:
            kind = author.get("@type", "") if isinstance(author, dict) else ""
            names.append(Name(literal=name) if kind == "Organization" else _name(name))
    publisher = obj.get("publisher") or ""
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else ""
    if isinstance(publisher, dict):
        publisher = publisher.get("name", "")
    page = obj.get("mainEntityOfPage")
    url = obj.get("url") or (page.get("@id") if isinstance(page, dict) else page) or ""
    return {"headline": str(obj.get("headline") or obj.get("name") or ""), "authors": names,
            "date": str(obj.get("datePublished") or obj.get("dateCreated") or ""),
            "publisher": str(publisher), "url": str(url)}


def _author_elements(root: HtmlElement) -> list[Name]:
    """Names in elements marked as the author (rel/itemprop/class author or byline)."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        marks = " ".join((_attr(el, "rel"), _attr(el, "itemprop"), _attr(el, "class"))).lower()
        if not re.search(r"\b(?:author|byline)\b", marks):
            continue
        text = _squash(el.text_content())
        if len(text) > 120:
            continue
        m = _AUTHOR_LABEL.fullmatch(text)
        names = _split_names(m.group("names") if m else text)
        if names:
            return names
    return []


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTHS = {name: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), 1) for name in names}
_ISO_DATE = re.compile(r"(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?(?:[T ][\d:.+\-Z]*)?")
_MDY = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_MY = re.compile(r"([A-Za-z]+)\.?,?\s+(\d{4})")


def parse_date(text: str) -> PartialDate | None:
    """A publication date as precise as written: '7 April 2022', 'March 2021', '2021-03-03',
    and non-English month names ('7 kwietnia, 2022') through dateparser."""
    text = _squash(text).strip(" .,;:()")
    if not text or len(text) > 60:
        return None
    return _fast_date(text) or _slow_date(text)


def _fast_date(text: str) -> PartialDate | None:
    m = _ISO_DATE.fullmatch(text)
    if m:
        return _date(int(m.group(1)), int(m.group(3)), int(m.group(4)) if m.group(4) else None)
    m = _MDY.fullmatch(text)
    if m and m.group(1).lower() in _MONTHS:
        return _date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    m = _DMY.fullmatch(text)
    if m and m.group(2).lower() in _MONTHS:
        return _date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _MY.fullmatch(text)
    if m and m.group(1).lower() in _MONTHS:
        return _date(int(m.group(2)), _MONTHS[m.group(1).lower()])
    if re.fullmatch(r"\d{4}", text):
        return _date(int(text))
    return None


def _date(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    import datetime

    if not 1000 <= year <= 2999 or month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            datetime.date(year, month or 1, day)
        except ValueError:
            return None
    return PartialDate(year, month, day if month else None)


@lru_cache(maxsize=512)
def _slow_date(text: str) -> PartialDate | None:
    """dateparser, for month names in other languages; only for short strings with a year and a
    word, since it is slow (and slowest on strings that are not dates at all)."""
    if not _YEAR.search(text) or not re.search(r"[^\W\d_]{3,}", text) or len(text.split()) > 5:
        return None
    from dateparser.date import DateDataParser

    try:
        data = DateDataParser(settings={"PREFER_DAY_OF_MONTH": "first"}).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd strings
        return None
    if data is None or data.date_obj is None:
        return None
    value = data.date_obj
    if data.period == "year":
        return _date(value.year)
    if data.period == "month":
        return _date(value.year, value.month)
    return _date(value.year, value.month, value.day)
