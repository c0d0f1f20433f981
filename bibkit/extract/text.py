"""The plain-text reader: picks the note list among numbered paragraphs and marks the body.

Also the fallback for HTML pages without linked notes, which are rendered to text first.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .draft import _Draft, _marker
from .metadata import _text_meta

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = str.maketrans(_SUPERSCRIPTS, "0123456789")
_ITEM = re.compile(
    r"[ \t]{0,4}(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)](?!\d)|(\d{1,3})(?=[ \t])|(["
    + _SUPERSCRIPTS
    + r"]{1,3})|\^(\d{1,3}))[ \t]*(?=\S)"
)
_ITEM_FORMS = ("bracket", "paren", "dot", "space", "sup", "caret")
_NOTES_HEADING = re.compile(
    r"[#*_=\W]{0,4}(?:notes?|end\s?notes|foot\s?notes|references|sources|bibliography|works cited|"
    r"notes and references|przypisy|anmerkungen|fußnoten|quellen|références|sources et notes)"
    r"\s*:?[*_#=\W]{0,4}",
    re.I,
)
_UNDERLINE = re.compile(r"[-=_*~#]{3,}")
# Markers in the body; the bare-digit branch is checked against the note labels afterwards. The
# pattern opens with one character class so ``re`` can skip ahead fast: it runs once per document.
_CLOSERS = "”’\"')\\]"
_TEXT_MARKER = re.compile(
    r"[\[^.,;:!?" + _SUPERSCRIPTS + r"]"
    r"(?:(?<=\[)(?P<br>\d{1,3})\]"
    r"|(?<=\^)\[?(?P<caret>\d{1,3})\]?"
    r"|(?<=[^\s" + _SUPERSCRIPTS + r"][" + _SUPERSCRIPTS + r"])(?P<sup>[" + _SUPERSCRIPTS + r"]{0,2})"
    r"|(?:(?<=[^\W\d_" + _CLOSERS + r"][.,;:!?])|(?<=\b(?:1[5-9]|20)\d\d[.,;:!?]))"
    r"[" + _CLOSERS + r"]?(?P<bare>\d{1,3}(?:[,–-]\d{1,3}){0,8})(?=\s|$))"
)
_GLUED_MARKER = re.compile(r"(?<=[a-z]{3})(?P<glued>\d{1,3})(?=[\s,.;:]|$)")  # read as a bare digit, in order
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
    if any(_FOOTNOTE_RULE.fullmatch(line) for line in lines):
        paged = _read_pages(lines)
        if paged is not None:
            return paged
    bridged = _bridge_pages(lines)
    seamed = bridged is not lines  # the same list back when the text shows no pages
    if seamed:  # a PDF's text: a word split at a line's end is joined on the first line (line numbers stay)
        text = _join_split_words("\n".join(bridged))
        lines = text.split("\n")
    offsets = _line_offsets(lines)
    markers = list(_TEXT_MARKER.finditer(text))
    if seamed:  # a PDF's superscript marker may have lost its raise and sit on the word ('podcasts9 to the')
        markers = sorted(markers + list(_GLUED_MARKER.finditer(text)), key=lambda m: m.start())
    run = _pick_run(markers, lines, offsets)
    if run is None:
        body_end, notes, labels = len(lines), [], set()
    else:
        body_end = run.heading if run.heading >= 0 else run.start
        notes = [(str(item.label), _item_text(lines, item, stop), item.line + 1) for item, stop in run.items]
        labels = {label for label, _, _ in notes}
    region = "\n".join(lines[:body_end])
    body = _paragraphs(_mark_text(region, markers, labels, offsets))
    if seamed:
        lines = ["" if line == _SEAM else line for line in lines]
    meta = _text_meta(lines[:body_end] if body_end else lines, lines)
    return _Draft(body=body, notes=notes, meta=meta)


# A page break in a PDF turned into text: the running head, the page number and the blank lines around them
# become seam lines, neither text nor a blank line, so a paragraph or a note runs on over the break.
_SEAM = "\x00"
_LONE_NUMBER = re.compile(r"[ \t]*(?:page[ \t]+)?\d{1,4}(?:[ \t]*(?:/|of)[ \t]*\d{1,4})?[ \t]*", re.I)


def _bridge_pages(lines: list[str]) -> list[str]:
    """Lines with each page break's furniture (running head or foot, page number, blank lines) made seams;
    the lines unchanged when the text shows no pages (two page numbers next to a running head at least)."""
    furniture = _page_furniture(lines)
    if not furniture:
        return lines
    out = list(lines)
    i, n = 0, len(lines)
    while i < n:
        if i in furniture or not lines[i].strip():
            j = i
            while j < n and (j in furniture or not lines[j].strip()):
                j += 1
            if 0 < i and j < n and any(k in furniture for k in range(i, j)):
                out[i:j] = [_SEAM] * (j - i)
            elif j == n:  # the last page's foot: nothing runs on over it
                out[i:j] = ["" if k in furniture else lines[k] for k in range(i, j)]
            i = j
        else:
            i += 1
    return out


def _page_furniture(lines: list[str]) -> set[int]:
    """Indexes of running heads and feet, and of page numbers alone on a line beside one."""
    candidates = [  # a page number alone on its line, maybe set far right ('pdftotext -layout')
        i for i, line in enumerate(lines)
        if (len(line) < 20 or line[:1] in " \t") and len(line.strip()) < 20 and _LONE_NUMBER.fullmatch(line)
    ]
    if len(candidates) < 2:
        return set()  # most texts: no page numbers, and no need to look for running heads
    running = _running_lines(lines)
    heads = {i for i, line in enumerate(lines) if line.strip() in running}
    numbers = {i for i in candidates if any(k in heads for k in range(i - 3, i + 4))}
    if len(numbers) < 2:
        return set()
    values = {_page_value(lines[i]) for i in numbers}
    numbers |= {i for i in candidates if _page_value(lines[i]) - 1 in values}  # the last page has no head after
    return heads | numbers


def _page_value(line: str) -> int:
    return int(re.findall(r"\d+", line)[0])


# PDF reports turned into text put each page's notes at its foot, under a short rule, numbered on from page to page
_FOOTNOTE_RULE = re.compile(r"[ \t]*(?:_{5,}|-{5,}|―{3,}|—{3,})[ \t]*")
_LINE_END_HYPHEN = re.compile(r"(?<=[a-z])-\n([a-z]\S*)")
_PAGE_NUMBER = re.compile(r"\s*\d{1,4}\s*$")


def _join_split_words(text: str) -> str:
    """'Metal-' then 'lurgical' -> 'Metallurgical' on the first line and the rest of the second line below it, so
    line numbers stay; a link broken after one of its own hyphens keeps it ('.../european-unions-')."""

    def join(m: re.Match[str]) -> str:
        word = text[max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1 : m.start()]
        return m.group(0) if "/" in word else m.group(1) + "\n"

    return _LINE_END_HYPHEN.sub(join, text)


def _read_pages(lines: list[str]) -> _Draft | None:
    """Text of a paged document (a PDF report): the notes under each page's rule form one list; those blocks,
    and the running heads and feet repeated on every page, leave the body; a word split at a line end is
    joined on the first line (so line numbers stay). None when no rule heads notes numbered on from 1."""
    lines = _join_split_words("\n".join(lines)).split("\n")  # same lines, fragments moved up
    run, blocks = _page_notes(lines, _items(lines))
    if run is None:
        return None
    notes = [(str(item.label), _item_text(lines, item, stop), item.line + 1) for item, stop in run.items]
    running = _running_lines(lines)
    kept = ["" if i in blocks or lines[i].strip() in running else line for i, line in enumerate(lines)]
    body_text = "\n".join(kept)
    offsets = _line_offsets(kept)
    markers = list(_TEXT_MARKER.finditer(body_text))
    labels = {label for label, _, _ in notes}
    body = _paragraphs(_mark_text(body_text, markers, labels, offsets))
    return _Draft(body=body, notes=notes, meta=_text_meta(kept, lines))


def _page_notes(lines: list[str], items: dict[int, _Item]) -> tuple[_Run | None, set[int]]:
    """The notes at the feet of pages, numbered 1, 2, 3 ... across two pages or more, and the lines their
    blocks take."""
    found: list[tuple[_Item, int]] = []
    blocks: set[int] = set()
    expected = 1
    n = len(lines)
    pages = page_start = 0
    for i, line in enumerate(lines):
        if not _FOOTNOTE_RULE.fullmatch(line) or (i and lines[i - 1].strip()):  # not a heading's underline
            continue
        j = i + 1
        while j < n and not lines[j].strip():
            j += 1
        item = items.get(j)
        if item is None or item.label != expected:
            continue
        first_here = len(found)
        k = j + 1
        while True:  # a note runs over its wrapped lines to the next note or a blank line
            while k < n and lines[k].strip() and not (k in items and items[k].label == item.label + 1):
                k += 1
            found.append((item, k))
            if k < n and k in items and items[k].label == item.label + 1:
                item, k = items[k], k + 1
                continue
            break
        if not _cited_on_page(lines[page_start:i], range(expected, item.label + 1)):
            found = found[:first_here]
            continue  # a numbered section under a separator, not notes the page above cites
        expected = item.label + 1
        blocks.update(range(i, k))
        pages += 1
        page_start = k
    return (_Run(found) if pages >= 2 else None), blocks


def _cited_on_page(page: list[str], labels: range) -> bool:
    """Most of a block's notes are cited by markers in the page above it."""
    cited = {label for m in _TEXT_MARKER.finditer("\n".join(page)) for label in _marker_labels(m)}
    return sum(str(label) in cited for label in labels) * 2 >= len(labels)


def _running_lines(lines: list[str]) -> set[str]:
    """Running heads and feet: short lines repeated on three pages or more, a page number aside
    ('Congressional Research Service 3')."""
    seen: dict[str, int] = {}
    for line in lines:
        key = _PAGE_NUMBER.sub("", line.strip())
        if key and len(key) < 90:
            seen[key] = seen.get(key, 0) + 1
    return {line.strip() for line in lines if seen.get(_PAGE_NUMBER.sub("", line.strip()), 0) >= 3}


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
        key = (run.cited + (1 if run.heading >= 0 else 0), len(run.items), not run.items[0][0].indent, run.start)
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
    """The (first) number a ``_TEXT_MARKER`` match stands for (superscripts include the first character)."""
    value = m.group() if m.lastgroup == "sup" else m.group(m.lastgroup)
    return _LABEL_SEPARATOR.split(value, maxsplit=1)[0]


_LABEL_SEPARATOR = re.compile(r"[,–-]")


def _marker_labels(m: re.Match[str]) -> list[str]:
    """Every label a marker stands for: 'respectively.1,2' and '.6-8' (AMA, Vancouver) cite several notes."""
    if m.lastgroup != "bare":
        return [str(int(_marker_value(m).translate(_SUP_TO_DIGIT)))]
    labels: list[int] = []
    for part in m.group("bare").split(","):
        low, _, high = part.replace("–", "-").partition("-")
        start, stop = int(low), int(high or low)
        labels.extend(range(start, stop + 1) if 0 <= stop - start <= 20 else [start])
    return [str(n) for n in labels]


def _item_text(lines: list[str], item: _Item, stop: int) -> str:
    text = _ITEM.sub("", lines[item.line], count=1)
    for line in lines[item.line + 1 : stop]:
        if line == _SEAM:
            continue
        text += "" if line[:1].isalnum() and _url_broken_at_end(text, line) else " "
        text += line
    return text


def _url_broken_at_end(text: str, following: str) -> bool:
    """A link wrapped at the line's end after a hyphen or a slash ('.../a-plan-to-reduce-the-european-unions-'
    then 'reliance-on-russian-gas'), or inside its host name ('https://ahf.nuclear' then 'museum.org/voices/'):
    the next line goes on without a space. Only the last word and the next line's first are looked at."""
    last = text.rsplit(None, 1)[-1]
    if _URL_START.match(last) is None:
        return False
    if text[-1:] in _URL_WRAP_ENDS:
        return True
    host = last.split("//", 1)[-1]
    return "/" not in host and text[-1:].isalnum() and _HOST_GOES_ON.match(following) is not None


_HOST_GOES_ON = re.compile(r"[a-z0-9-]*\.[a-z]{2,}[^\s]*/")  # 'museum.org/voices/...': the host's end, then a path

_URL_WRAP_ENDS = frozenset("-/_=?&#")
_URL_START = re.compile(r"(?:https?://|www\.)")


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
        cited = _marker_labels(m)
        if kind != "br" and not all(label in labels for label in cited):
            continue
        if kind in ("bare", "glued") and int(cited[0]) > highest + 2:
            continue
        highest = max(highest, *(int(label) for label in cited))
        start, end = m.span(kind) if kind in ("bare", "glued") else m.span()
        out.append(region[done:start])
        out.extend(_marker(label, bisect.bisect_right(offsets, start)) for label in cited)
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
        lines = [line for line in block.split("\n") if line != _SEAM]
        if len(lines) > 1 and any(len(line) > _LONG_LINE for line in lines):
            out.append("\n\n".join(lines))
        else:
            out.append(" ".join(line.strip() for line in lines))
    return "\n\n".join(out)
