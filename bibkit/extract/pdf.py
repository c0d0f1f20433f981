"""The PDF reader: pdfminer.six's characters (font, size, baseline) written out as the text the plain-text
reader knows.

A PDF has no markup. A note marker is a number set smaller than its line and raised above it; a footnote
is a block of small lines at a page's foot, below the last line of body text, that starts with its number;
a page break leaves running heads and page numbers between two halves of a sentence. So this reader
writes the document out as plain text: body paragraphs one to a line (markers as ``^n``, words split at a
line's end joined, running heads, page numbers and footnote blocks left out), then the footnotes gathered
in order under a "Notes" heading (a note that runs onto the next page joined up); and hands that text to
``_read_text``, which finds markers and notes as in any text. Endnotes under a "Notes" heading pass through
as body text and are found the same way. Italics travel through the text as a private-use mark and become
``*x*`` in notes only. Note and marker lines are page numbers, which is how a reader finds a place in a PDF.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, field, replace

from ..errors import InputError
from ..model import PartialDate, Problem
from .draft import _MARKER_RE, _Draft, _keep_url, _marker, _Meta, _squash, _with_urls
from .metadata import _split_names, parse_date
from .text import _NOTES_HEADING, _read_text, _url_broken_at_end

# Private-use marks that carry a span through the text: italics (toggled), and digits set raised
# (a note marker, written as "^n" once the note labels are known). Removed from the document's own text.
_ITALIC = "\ue003"
_RAISED_OPEN, _RAISED_CLOSE = "\ue004", "\ue005"
_PRIVATE = re.compile("[\ue000-\ue005]")  # the marks above and the marker sentinels (draft.py)
_OWN_MARKS = re.compile("[\ue003-\ue005]")
_RAISED_RE = re.compile(f"{_RAISED_OPEN}([^{_RAISED_CLOSE}]*){_RAISED_CLOSE}")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_ITALIC_FONT = re.compile(r"(?i)italic|oblique|[-,]it$|^cmti|^cmsl|^sfti")
_BOLD_FONT = re.compile(r"(?i)bold|black|heavy|demi|semibold|-bd$|^cmbx")
# pdfminer logs every odd font descriptor as a warning; with no handler set up, Python prints those on stderr.
# A NullHandler keeps them out of the CLI's output and still lets an application's own logging see them.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())
_SMALL = 0.92  # a line set below this share of the body size is small print: a footnote, a caption


@dataclass
class _Line:
    """One line of text as set on the page (pieces on one baseline joined, left to right)."""

    page: int
    x0: float
    x1: float
    base: float  # baseline, PDF coordinates (y grows upwards)
    size: float  # the size most of its letters are set in
    bold: bool
    lead: str  # digits set raised at the line's start (a footnote's number), or ""
    text: str  # the rest; raised digits between the _RAISED marks, italics between _ITALIC marks
    chars: list = field(repr=False, default_factory=list)
    column: int = 0  # 0 left or only column, 1 right column, -1 across both


@dataclass
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line]
    rules: list[tuple[float, float, float]]  # thin horizontal strokes: (x0, x1, y)
    links: list[tuple[tuple[float, float, float, float], str]]  # (rect, URI) of link annotations


@dataclass
class _Footnote:
    label: str
    page: int
    lines: list[_Line]


def read_pdf(data: bytes, problems: list[Problem], document: str) -> _Draft:
    """A PDF commentary as a draft; ``InputError`` for a file that is not a PDF, needs a password, or has
    no text to read (a scanned image)."""
    parsed = _open_pdf(data, document)
    pages = _layout_pages(parsed, document)
    _check_text_layer(pages, problems, document)
    body_size = _body_size(pages)
    _drop_furniture(pages, body_size)
    footnotes = _footnotes(pages, body_size)
    text, line_pages = _write_text(pages, footnotes, body_size)
    draft = _read_text(_compose_accents(text))
    _to_pages(draft, line_pages)
    draft.meta = _pdf_meta(parsed, pages, body_size, draft.meta)
    return draft


# Accents a PDF set as glyphs of their own over or under the letter (pdflatex without embedded fonts: "Herre˜no",
# "¨Ozcan", "S¸"): spacing accent -> combining mark. Acute and grave are left alone ("don´t" is an apostrophe).
_SPACING_ACCENTS = {"˜": "\u0303", "¨": "\u0308", "ˆ": "\u0302", "ˇ": "\u030c", "˘": "\u0306", "˙": "\u0307",
                    "˚": "\u030a", "˝": "\u030b"}
_ACCENT_BEFORE = re.compile("([" + "".join(_SPACING_ACCENTS) + "]) ?([^\\W\\d_])")
_SPACE_BEFORE_ACCENT = re.compile("(?<=[^\\W\\d_]-) (?=[" + "".join(_SPACING_ACCENTS) + "][^\\W\\d_])")
_CEDILLA_OR_OGONEK_AFTER = re.compile("([^\\W\\d_])([¸˛])")
_CEDILLA_OR_OGONEK_BEFORE = re.compile("([¸˛])([^\\W\\d_])")
_HOOKS = {"¸": "\u0327", "˛": "\u0328"}


def _compose_accents(text: str) -> str:
    """'Herre˜no' -> 'Herreño', '¨Ozcan' -> 'Özcan', 'S¸' -> 'Ş', where the letter and accent make one character."""
    if text.isascii():
        return text
    text = _SPACE_BEFORE_ACCENT.sub("", text)  # "Kalemli- ¨Ozcan": the accent set apart from its letter's word
    text = _ACCENT_BEFORE.sub(lambda m: _composed(m.group(2), _SPACING_ACCENTS[m.group(1)], m.group(0)), text)
    text = _CEDILLA_OR_OGONEK_AFTER.sub(lambda m: _composed(m.group(1), _HOOKS[m.group(2)], m.group(0)), text)
    return _CEDILLA_OR_OGONEK_BEFORE.sub(lambda m: _composed(m.group(2), _HOOKS[m.group(1)], m.group(0)), text)


def _composed(letter: str, mark: str, as_printed: str) -> str:
    """The letter with its mark as one character, or the text as printed when no such character exists."""
    joined = unicodedata.normalize("NFC", ("i" if letter == "ı" else letter) + mark)  # "¨ı": an i's dot is the mark
    return joined if len(joined) == 1 else as_printed


# --------------------------------------------------------------------------- opening the file


def _open_pdf(data: bytes, document: str):
    """pdfminer's document, opened with the empty password most 'protected' PDFs use."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    if b"%PDF-" not in data[:1024]:
        raise InputError("not a PDF file (no %PDF- header)", path=document)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pdfminer warns about permissions bibkit does not need
            return PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect:
        raise InputError("encrypted PDF: it needs a password to open", path=document) from None
    except PDFEncryptionError as exc:
        raise InputError(f"encrypted PDF that cannot be opened ({exc})", path=document) from None
    except Exception as exc:  # a damaged file can fail anywhere in pdfminer's parser
        raise InputError(f"damaged PDF ({exc.__class__.__name__})", path=document) from None


def _layout_pages(parsed, document: str) -> list[_Page]:
    """Every page's lines of text (with their characters), thin rules and link annotations."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    device = PDFPageAggregator(PDFResourceManager(), laparams=LAParams(boxes_flow=None, all_texts=True))
    interpreter = PDFPageInterpreter(device.rsrcmgr, device)
    pages = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for number, page in enumerate(PDFPage.create_pages(parsed), 1):
                interpreter.process_page(page)
                pages.append(_page(number, device.get_result(), _links(page)))
    except Exception as exc:  # as in _open_pdf: a damaged page stream
        raise InputError(f"damaged PDF ({exc.__class__.__name__})", path=document) from None
    return pages


def _page(number: int, layout, links) -> _Page:
    width, height = layout.x1 - layout.x0, layout.y1 - layout.y0
    pieces: list = []
    rules: list[tuple[float, float, float]] = []
    _collect(layout, width * height, pieces, rules)
    return _Page(number, width, height, _rows(number, pieces, width), rules, links)


def _collect(container, page_area: float, pieces: list, rules: list[tuple[float, float, float]]) -> None:
    """Text lines and thin horizontal rules, also inside a figure that wraps most of the page (some
    producers put a whole page in one form); a smaller figure's text (a chart's labels) is left out."""
    from pdfminer.layout import LTCurve, LTFigure, LTTextBox, LTTextLine

    for item in container:
        if isinstance(item, LTTextBox):
            pieces.extend(line for line in item if isinstance(line, LTTextLine))
        elif isinstance(item, LTTextLine):
            pieces.append(item)
        elif isinstance(item, LTCurve) and item.height <= 1.5 and item.width >= 25:
            rules.append((item.x0, item.x1, (item.y0 + item.y1) / 2))
        elif isinstance(item, LTFigure) and item.width * item.height >= 0.5 * page_area:
            _collect(item, page_area, pieces, rules)


def _links(page) -> list[tuple[tuple[float, float, float, float], str]]:
    """The page's link annotations that lead to a web address."""
    from pdfminer.pdftypes import resolve1

    out = []
    for annot in resolve1(page.annots) or []:
        annot = resolve1(annot)
        if not isinstance(annot, dict) or _pdf_str(resolve1(annot.get("Subtype"))) != "Link":
            continue
        action = resolve1(annot.get("A")) or {}
        uri = _pdf_str(resolve1(action.get("URI"))) if isinstance(action, dict) else ""
        rect = resolve1(annot.get("Rect"))
        if uri and isinstance(rect, list) and len(rect) == 4:
            x0, y0, x1, y1 = (float(resolve1(v)) for v in rect)
            out.append(((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), uri))
    return out


def _pdf_str(value) -> str:
    """A PDF name, byte string or text string as text."""
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    if isinstance(value, PSLiteral):
        return str(value.name)
    if isinstance(value, bytes):
        return decode_text(value)
    return value if isinstance(value, str) else ""


def _check_text_layer(pages: list[_Page], problems: list[Problem], document: str) -> None:
    """A scanned PDF has pages but no characters: nothing to read without OCR."""
    if not pages:
        raise InputError("PDF has no pages (damaged?)", path=document)
    empty = [page.number for page in pages if not page.lines]
    if len(empty) == len(pages):
        raise InputError("PDF has no text layer (a scanned image?): run OCR on it first", path=document)
    for number in empty:
        problems.append(Problem(document, f"page {number} has no text layer (a scanned image?)", number))


# --------------------------------------------------------------------------- lines from characters


def _rows(number: int, pieces: list, width: float) -> list[_Line]:
    """pdfminer's lines joined into rows: the words of a line stretched apart (a justified line before a
    long link) come as several pieces. Pieces are kept apart across a gutter between two columns."""
    if not pieces:
        return []
    gutter = _gutter(pieces, width)
    placed = sorted(((_level(chars), p) for p in pieces if (chars := _chars(p))), key=lambda t: (-t[0].base, t[1].x0))
    rows: list[tuple[_Level, int, list]] = []
    for level, piece in placed:
        side = _side(piece, gutter)
        row = next((r for r in reversed(rows[-6:]) if r[1] == side and r[0].same_row(level)), None)
        if row is None:
            rows.append((level, side, [piece]))
        else:
            row[2].append(piece)
    lines = [_line(number, sorted(row, key=lambda p: p.x0), side) for _, side, row in rows]
    return _reading_order([line for line in lines if line.text or line.lead])


def _gutter(pieces: list, width: float) -> float | None:
    """The x of a gap between two columns: a place in the page's middle that no line crosses while many
    end before it and start after it. None for a page in one column."""
    best, best_crossing = None, None
    for x in range(int(width * 0.3), int(width * 0.7), 2):
        left = sum(1 for p in pieces if p.x1 <= x)
        right = sum(1 for p in pieces if p.x0 >= x)
        crossing = sum(1 for p in pieces if p.x0 < x < p.x1)
        if left >= 5 and right >= 5 and crossing * 10 <= left + right:
            if best_crossing is None or crossing < best_crossing:
                best, best_crossing = x, crossing
    return best


def _side(piece, gutter: float | None) -> int:
    """0 for the left (or only) column, 1 for the right one, -1 for a line across both."""
    if gutter is None:
        return 0
    if piece.x1 <= gutter + 1:
        return 0
    return 1 if piece.x0 >= gutter - 1 else -1


def _reading_order(lines: list[_Line]) -> list[_Line]:
    """Top to bottom; on a page in two columns, the left column before the right one between two lines
    that run across both (a title, a footnote rule's notes)."""
    lines.sort(key=lambda line: -line.base)
    if all(line.column == 0 for line in lines):
        return lines
    out: list[_Line] = []
    band: list[_Line] = []
    for line in lines + [None]:
        if line is None or line.column == -1:
            out.extend(sorted(band, key=lambda b: (b.column, -b.base)))
            band = []
            if line is not None:
                out.append(line)
        else:
            band.append(line)
    return out


def _glyphs(piece) -> list:
    """A piece's upright characters, and as strings the spaces pdfminer put between its words."""
    from pdfminer.layout import LTChar

    return [g if isinstance(g, LTChar) else g.get_text() for g in piece if not isinstance(g, LTChar) or g.upright]


def _chars(piece) -> list:
    return [g for g in _glyphs(piece) if not isinstance(g, str)]


@dataclass(frozen=True)
class _Level:
    """Where a line's text sits: the size most of its letters have, their baseline (the text matrix's
    origin) and the bottom of their boxes (which a text rise moves, the matrix does not)."""

    size: float
    base: float
    bottom: float

    def same_row(self, other: _Level) -> bool:
        return abs(self.base - other.base) < 0.3 * min(self.size, other.size)

    def raised(self, char) -> bool:
        """Set smaller and above the baseline: a superscript."""
        lift = max(_baseline(char) - self.base, char.y0 - self.bottom)
        return char.size < 0.9 * self.size and lift > 0.15 * self.size


def _level(chars: list) -> _Level:
    letters = [c for c in chars if c.get_text().isalpha()] or chars
    size = Counter(round(c.size, 1) for c in letters).most_common(1)[0][0]
    main = [c for c in chars if abs(c.size - size) < 0.3]
    return _Level(size, statistics.median(_baseline(c) for c in main), statistics.median(c.y0 for c in main))


def _baseline(char) -> float:
    """The glyph's origin on the page (the box's bottom also depends on the font's descent)."""
    a, b, c, d, _e, f = char.matrix
    return f if a > 0 and d > 0 and b == 0 and c == 0 else char.y0


def _line(number: int, pieces: list, column: int) -> _Line:
    glyphs: list = []
    for piece in pieces:
        glyphs += [" ", *_glyphs(piece)] if glyphs else _glyphs(piece)
    chars = [g for g in glyphs if not isinstance(g, str)]
    level = _level(chars)
    lead, text = _line_text(glyphs, level)
    bold = sum(bool(_BOLD_FONT.search(_font(c))) for c in chars) * 2 > len(chars)
    x1 = max(c.x1 for c in chars)
    return _Line(number, chars[0].x0, x1, level.base, level.size, bold, lead, text, chars, column)


def _font(char) -> str:
    return char.fontname.split("+", 1)[-1]  # without the subset tag ('ABCDEF+Times-Italic')


def _line_text(glyphs: list, level: _Level) -> tuple[str, str]:
    """The line's number if it opens with raised digits (a footnote's label), and its text: runs of raised
    digits between _RAISED marks (spaces before them dropped), italic runs between _ITALIC marks."""
    out: list[str] = []
    lead = ""
    italic = False
    i = 0
    while i < len(glyphs):
        glyph = glyphs[i]
        i += 1
        if isinstance(glyph, str):
            if glyph.isspace() and out and out[-1] != " ":
                out.append(" ")
            continue
        text = _PRIVATE.sub("", glyph.get_text()).translate(_LIGATURES)
        if text.startswith("(cid:"):
            continue  # a glyph without a Unicode value
        if text.isdigit() and level.raised(glyph):
            run = text
            while i < len(glyphs) and not isinstance(glyphs[i], str) and level.raised(glyphs[i]):
                run += glyphs[i].get_text()
                i += 1
            while out and out[-1] == " ":
                out.pop()
            if out:
                out.append(f"{_RAISED_OPEN}{run.rstrip(',–-')}{_RAISED_CLOSE}")
            else:
                lead = run.rstrip(",–-")
            continue
        if text.strip() and bool(_ITALIC_FONT.search(_font(glyph))) != italic:
            italic = not italic
            _toggle_italics(out, opening=italic)
        out.append(text)
    if italic:
        _toggle_italics(out, opening=False)
    return lead, "".join(out).strip()


def _toggle_italics(out: list[str], opening: bool) -> None:
    """An italic run opens before its first letter and closes after its last one, before any space."""
    if not opening and out and out[-1] == " ":
        out.insert(len(out) - 1, _ITALIC)
    else:
        out.append(_ITALIC)


# --------------------------------------------------------------------------- what is not text


def _body_size(pages: list[_Page]) -> float:
    """The size the running text is set in: the largest size that holds a fifth of the characters (on
    pages full of footnotes the small print can outnumber the text; titles and headings never do)."""
    sizes: Counter = Counter()
    for page in pages:
        for line in page.lines:
            sizes[round(line.size * 2) / 2] += len(line.chars)
    total = sum(sizes.values())
    return max(size for size, count in sizes.items() if count * 5 >= total)


# '7', 'Page 7', '7 of 12', '7/12', 'vii', '- 7 -'
_PAGE_NUMBER = re.compile(
    r"(?:[Pp]age\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|[ivx]{1,5}|[IVX]{1,5}|[-–—]\s*\d{1,4}\s*[-–—]"
)
_FURNITURE_ZONE = 0.2  # running heads, feet and page numbers sit within this share of the height from an edge


def _drop_furniture(pages: list[_Page], body_size: float) -> None:
    """Running heads and feet (the same line, digits aside, at the same height on several pages; or a page's
    small first line set apart at its top), and page numbers (a lone number as a page's first or last
    line), taken out of the pages' lines."""
    seen: Counter = Counter()
    for page in pages:
        for key in {_furniture_key(page, line) for line in page.lines} - {None}:
            seen[key] += 1
    needed = max(2, -(-len(pages) * 2 // 5))
    for page in pages:
        page.lines = [line for line in page.lines if seen[_furniture_key(page, line)] < needed]
        _drop_page_numbers(page)
        if _is_running_head(page, body_size):
            page.lines.pop(0)
            _drop_page_numbers(page)


def _drop_page_numbers(page: _Page) -> None:
    while page.lines and _is_page_number(page, page.lines[-1]):
        page.lines.pop()
    while page.lines and _is_page_number(page, page.lines[0]):
        page.lines.pop(0)


def _is_running_head(page: _Page, body_size: float) -> bool:
    """A running head printed on this page only (the first page often has none, so a two-page document
    repeats it nowhere): after the first page, a first line in the top margin, not larger than the text
    and not bold, with a gap of two lines or more below it."""
    if page.number == 1 or len(page.lines) < 2:
        return False
    first, second = page.lines[0], page.lines[1]
    return (
        first.base > (1 - _FURNITURE_ZONE) * page.height
        and first.size <= 1.05 * body_size
        and not first.bold
        and first.base - second.base > 2.5 * max(first.size, second.size)
    )


def _furniture_key(page: _Page, line: _Line) -> tuple[str, int] | None:
    if _FURNITURE_ZONE * page.height < line.base < (1 - _FURNITURE_ZONE) * page.height:
        return None
    return re.sub(r"\d+", "#", _plain(line.lead + line.text)), round(line.base / 3)


def _is_page_number(page: _Page, line: _Line) -> bool:
    edge = _FURNITURE_ZONE * page.height
    near_edge = line.base < edge or line.base > page.height - edge
    return near_edge and not line.lead and _PAGE_NUMBER.fullmatch(_plain(line.text)) is not None


def _plain(text: str) -> str:
    """A line's text without the private marks (raised digits kept as digits)."""
    return _squash(_PRIVATE.sub("", text))


# --------------------------------------------------------------------------- footnotes


_PLAIN_LABEL = re.compile(r"(\d{1,3})(?:[.)]\s*|\s+)(?=\S)")


def _footnotes(pages: list[_Page], body_size: float) -> list[_Footnote]:
    """The notes at the pages' feet, in order, taken out of the pages' lines: small lines below the last
    body line, a note starting at its number (raised; or printed plain and the next number, in a document
    whose foot lines never start with a raised one); small lines above a page's first number continue the
    previous page's last note when a rule sets them off."""
    feet = {page.number: _foot_lines(page, body_size) for page in pages}
    raised = any(line.lead for foot in feet.values() for line in foot)
    notes: list[_Footnote] = []
    for page in pages:
        taken: set[int] = set()
        for line in feet[page.number]:
            label = _footnote_label(line, int(notes[-1].label) + 1 if notes else 1, raised)
            if label:
                notes.append(_Footnote(label, page.number, [_without_label(line, label)]))
            elif notes and (taken or _continues_note(page, notes[-1], line)):
                notes[-1].lines.append(line)
            else:
                continue
            taken.add(id(line))
        if taken:
            _drop_notes_heading(page, taken, body_size)
            page.lines = [line for line in page.lines if id(line) not in taken]
    return notes


def _foot_lines(page: _Page, body_size: float) -> list[_Line]:
    """Small lines below the page's last line of body-size text, top to bottom. A line or two of body-size text
    below the first raised note number is the page's foot ('Research Briefing, 14 February 2025 2' on the last
    page only, so not dropped as a running foot), not body text the notes stand above."""
    body = [line.base for line in page.lines if line.size >= _SMALL * body_size]
    first_note = max((line.base for line in page.lines if line.lead and line.size < _SMALL * body_size), default=0)
    if 0 < len([base for base in body if base < first_note]) <= 2:
        body = [base for base in body if base > first_note]
    lowest = min(body) if body else page.height
    return [line for line in page.lines if line.size < _SMALL * body_size and line.base < lowest]


def _footnote_label(line: _Line, expected: int, raised: bool) -> str:
    """The note number a foot line starts with: raised digits (up to two past the number expected: a gap is
    reported later), or when ``raised`` is false a plain number that is exactly the one expected (a wrapped
    line may start with a number too: '27 April 2022.')."""
    if line.lead:
        value = int(re.split(r"\D", line.lead)[0])
        return str(value) if expected <= value <= expected + 2 else ""
    m = None if raised else _PLAIN_LABEL.match(_PRIVATE.sub("", line.text))
    return m.group(1) if m and int(m.group(1)) == expected else ""


def _without_label(line: _Line, label: str) -> _Line:
    """A note's first line without its number."""
    text = line.text
    if not line.lead:
        italic = text.startswith(_ITALIC)
        text = (_ITALIC if italic else "") + _PLAIN_LABEL.sub("", text[1:] if italic else text, count=1)
    return replace(line, lead="", text=text)


def _continues_note(page: _Page, note: _Footnote, line: _Line) -> bool:
    """The first small line at a page's foot goes on with the last page's last note when a rule is drawn
    just above it (a split footnote's separator)."""
    return note.page == page.number - 1 and any(
        line.base < y < line.base + 4 * line.size and x0 <= line.x0 + 2 for x0, _x1, y in page.rules
    )


def _drop_notes_heading(page: _Page, taken: set[int], body_size: float) -> None:
    """A 'Notes' heading just above notes set in small print (endnotes read as footnotes) goes with them."""
    above = [line for line in page.lines if line.size >= _SMALL * body_size]
    if above and _NOTES_HEADING.fullmatch(_plain(above[-1].text)) and len(above[-1].text) < 60:
        taken.add(id(above[-1]))


# --------------------------------------------------------------------------- the text written out


_LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\)|[•▪◦·])\s")


def _write_text(pages: list[_Page], footnotes: list[_Footnote], body_size: float) -> tuple[str, list[int]]:
    """The plain text for ``_read_text`` and the page of each of its lines."""
    labels = {note.label for note in footnotes}
    links = {page.number: [uri for _rect, uri in page.links] for page in pages}
    out: list[str] = []
    line_pages: list[int] = []
    previous = [0]  # the last marker's label, for reading markers set side by side
    for page_number, paragraph in _paragraphs(pages, body_size):
        out += [_mend_urls(_markers(paragraph, labels, previous), links.get(page_number, [])), ""]
        line_pages += [page_number, page_number]
    if footnotes:
        out += ["Notes", ""]
        line_pages += [footnotes[0].page] * 2
        by_page = {page.number: page for page in pages}
        for note in footnotes:
            out.append(f"{note.label}. {_note_text(note, by_page)}")
            line_pages.append(note.page)
    return "\n".join(out), line_pages


def _paragraphs(pages: list[_Page], body_size: float) -> list[tuple[int, str]]:
    """Body lines joined into paragraphs (page of the first line, text), across page breaks too."""
    everywhere = _margins([line for page in pages for line in page.lines], body_size)
    margins = {}
    for page in pages:  # a page's own edges when it has lines enough to tell (odd and even pages may differ)
        own = _margins(page.lines, body_size, least=6)
        margins.update({(page.number, column): own.get(column, edges) for column, edges in everywhere.items()})
    pitch = _pitch(pages)
    paragraphs: list[tuple[int, list[_Line]]] = []
    previous = None
    for page in pages:
        for line in page.lines:
            if previous is None or _starts_paragraph(previous, line, margins, pitch):
                paragraphs.append((page.number, []))
            paragraphs[-1][1].append(line)
            previous = line
    return [(number, _join_lines(lines)) for number, lines in paragraphs]


def _margins(lines: list[_Line], body_size: float, least: int = 1) -> dict[int, tuple[float, float]]:
    """Each column's left edge (where most body lines start) and right edge (where the longest lines end,
    overlong ones aside), from ``least`` body lines or more."""
    out = {}
    for column in {line.column for line in lines}:
        body = [line for line in lines if line.column == column and line.size >= _SMALL * body_size]
        if len(body) < max(least, 1):
            continue
        left = Counter(round(line.x0) for line in body).most_common(1)[0][0]
        ends = sorted(line.x1 for line in body)
        out[column] = (float(left), ends[int(0.9 * (len(ends) - 1))])
    return out


def _pitch(pages: list[_Page]) -> float:
    """The usual distance between the baselines of two lines of a paragraph."""
    gaps = [
        a.base - b.base
        for page in pages
        for a, b in zip(page.lines, page.lines[1:], strict=False)
        if a.column == b.column and abs(a.size - b.size) < 0.3 and 0 < a.base - b.base < 3 * a.size
    ]
    return statistics.median(gaps) if gaps else 0.0


def _starts_paragraph(
    previous: _Line, line: _Line, margins: dict[tuple[int, int], tuple[float, float]], pitch: float
) -> bool:
    """Whether ``line`` opens a new paragraph: a wider gap above it, another size or weight, a list item,
    a first-line indent, or room left on the line before it for this line's first word."""
    size = line.size
    same_column = previous.page == line.page and previous.column == line.column
    if same_column and pitch and previous.base - line.base > max(1.3 * pitch, pitch + 2):
        return True
    if same_column and previous.base - line.base < 0:
        return True  # back up the page: a misplaced piece
    if abs(previous.size - line.size) > 0.12 * size or previous.bold != line.bold:
        return True
    if line.lead or _LIST_ITEM.match(_plain(line.text)):
        return True
    left = margins.get((line.page, line.column), (line.x0, line.x1))[0]
    opens_item = previous.lead or _LIST_ITEM.match(_plain(previous.text))
    if line.x0 > left + 0.8 * size and line.x0 > previous.x0 + 0.8 * size and not opens_item:
        return True
    right = margins.get((previous.page, previous.column), (previous.x0, previous.x1))[1]
    return previous.x1 + _first_word_width(line) + 0.5 * size < right


def _first_word_width(line: _Line) -> float:
    """How wide the line's first word is set: a line ends early only when the next word would not fit."""
    chars = line.chars
    for a, b in zip(chars, chars[1:], strict=False):
        if b.x0 - a.x1 > 0.15 * line.size:
            return a.x1 - chars[0].x0
    return chars[-1].x1 - chars[0].x0 if chars else 0.0


def _join_lines(lines: list[_Line]) -> str:
    text = ""
    for line in lines:
        part = (f"{_RAISED_OPEN}{line.lead}{_RAISED_CLOSE}" if line.lead else "") + line.text
        text = _join(text, part) if text else part
    return text


def _join(text: str, following: str) -> str:
    """Two lines as one: a word split at the line's end by a hyphen joined ('deliv-' 'eries'; before a capital the
    hyphen is the compound's own and stays: 'Kalemli-Özcan'), a link
    wrapped at the line's end joined without a space, an italic run that goes on kept whole."""
    if text.endswith(_ITALIC) and following.startswith(_ITALIC):
        text, following = text[:-1], following[1:]
    plain_end = _PRIVATE.sub("", text)
    plain_next = _PRIVATE.sub("", following)
    last = plain_end.rsplit(None, 1)[-1] if plain_end.strip() else ""
    if "/" in last or last.startswith("www."):
        glue = "" if _url_broken_at_end(plain_end, plain_next) or _url_goes_on(last, plain_next) else " "
        return text + glue + following
    if re.search(r"[a-zß-ÿ]-$", plain_end) and plain_next[:1].islower():
        return text[:-1] + following
    if re.search(r"[^\W\d_]-$", plain_end) and plain_next.lstrip("".join(_SPACING_ACCENTS) + " ")[:1].isupper():
        return text + following  # a compound's own hyphen before a capital: 'Kalemli-' 'Özcan', 'Austro-' 'Hungarian'
    return text + " " + following


def _url_goes_on(last: str, following: str) -> bool:
    """A link broken after a dot in its host ('https://www.' then 'nato.int/...')."""
    return last.endswith(".") and "/" not in last.split("//", 1)[-1] and re.match(r"[a-z0-9]", following) is not None


def _mend_urls(text: str, uris: list[str]) -> str:
    """A link annotation's address put back together where the line breaks split it with a space."""
    for uri in uris:
        if uri in text or len(uri) < 12:
            continue
        pattern = r"\s?".join(re.escape(c) for c in uri)
        text = re.sub(pattern, lambda _m, uri=uri: uri, text)
    return text


def _markers(text: str, labels: set[str], previous: list[int]) -> str:
    """Raised digit runs as '^n' markers, each label its own: '1,2' and '3–5' cite several notes, and '23'
    is notes 2 and 3 when that reading follows on from the last marker (``previous``, updated) better."""

    def caret(m: re.Match[str]) -> str:
        found = _raised_labels(m.group(1), labels, previous[0])
        previous[0] = max([previous[0], *(int(label) for label in found)])
        return "".join(f"^{label}" for label in found)

    return _RAISED_RE.sub(caret, text)


def _raised_labels(run: str, labels: set[str], previous: int) -> list[str]:
    out: list[str] = []
    for part in run.split(","):
        low, _, high = part.replace("–", "-").partition("-")
        if low.isdigit() and high.isdigit() and 0 < int(high) - int(low) <= 20:
            out += [str(n) for n in range(int(low), int(high) + 1)]
        elif low.isdigit():
            out += _split_adjacent(low, labels, previous)
    return out


def _split_adjacent(digits: str, labels: set[str], previous: int) -> list[str]:
    """Two markers set side by side read as one number: '23' -> ['2', '3'] when notes 2 and 3 exist and
    either there is no note 23 or 2 follows on from the last marker while 23 would jump ahead."""
    number = int(digits)
    for cut in range(1, len(digits)):
        first, second = int(digits[:cut]), int(digits[cut:])
        if second != first + 1 or str(first) not in labels or str(second) not in labels:
            continue
        if str(number) not in labels or first <= previous + 2 < number:
            return [str(first), str(second)]
    return [str(number)]


def _note_text(note: _Footnote, pages: dict[int, _Page]) -> str:
    """A footnote's text on one line, with the address of a link whose text does not show it."""
    text = _join_lines(note.lines)
    shown: dict[str, str] = {}  # URI -> the note's characters inside its link's rectangles
    for line in note.lines:
        for rect, uri in pages[line.page].links:
            inside = _shown_text(rect, line)
            if inside:
                shown[uri] = shown.get(uri, "") + inside
    text = _mend_urls(text, list(shown))
    plain = _plain(text)
    urls: list[str] = []
    for uri, inside in shown.items():
        if uri not in plain:
            _keep_url(uri, inside, urls)
    return _with_urls(_RAISED_RE.sub(r"\1", text), urls)


def _shown_text(rect: tuple[float, float, float, float], line: _Line) -> str:
    """The characters of ``line`` inside a link's rectangle."""
    x0, y0, x1, y1 = rect
    return "".join(
        c.get_text()
        for c in line.chars
        if x0 - 1 <= (c.x0 + c.x1) / 2 <= x1 + 1 and y0 - 1 <= (c.y0 + c.y1) / 2 <= y1 + 1
    )


def _to_pages(draft: _Draft, line_pages: list[int]) -> None:
    """Line numbers of the written text turned into page numbers; italics marks into '*' in notes and
    out of the body."""

    def page_of(line: int) -> int:
        return line_pages[line - 1] if 0 < line <= len(line_pages) else 0

    draft.body = _MARKER_RE.sub(lambda m: _marker(m.group(1), page_of(int(m.group(2) or 0))), draft.body)
    draft.body = _OWN_MARKS.sub("", draft.body)
    draft.notes = [(label, text.replace(_ITALIC, "*"), page_of(line)) for label, text, line in draft.notes]


# --------------------------------------------------------------------------- metadata


def _pdf_meta(parsed, pages: list[_Page], body_size: float, text_meta: _Meta) -> _Meta:
    """Title and authors from the document properties (or XMP) when they look real, else the first page's
    largest lines and byline; the date printed on the first page, else the file's creation date."""
    info = _info(parsed)
    title = info.get("title", "")
    authors = _split_names(info.get("author", "")) if info.get("author") else []
    meta = _Meta(
        title=title if _plausible_title(title) else _largest_lines(pages[0], body_size) or text_meta.title,
        authors=authors or text_meta.authors,
        date=text_meta.date or _creation_date(info.get("creationdate", "")),
        publisher=text_meta.publisher,
        url=text_meta.url,
    )
    meta.title = _PRIVATE.sub("", meta.title)
    return meta


def _info(parsed) -> dict[str, str]:
    """The info dictionary's Title, Author and CreationDate, filled in from XMP (dc:title, dc:creator)."""
    from pdfminer.pdftypes import resolve1

    out: dict[str, str] = {}
    for info in parsed.info:
        for key, value in info.items():
            text = _squash(_pdf_str(resolve1(value)))
            if text and key.lower() in ("title", "author", "creationdate"):
                out.setdefault(key.lower(), text)
    xmp = _xmp(parsed)
    for key, tag in (("title", "title"), ("author", "creator")):
        block = re.search(rf"<dc:{tag}>(.*?)</dc:{tag}>", xmp, re.S)
        if not out.get(key) and block:
            items = re.findall(r"<rdf:li[^>]*>(.*?)</rdf:li>", block.group(1), re.S)
            out[key] = ", ".join(_squash(_xml_text(item)) for item in items[: 1 if key == "title" else None])
    return out


def _xmp(parsed) -> str:
    from pdfminer.pdftypes import resolve1

    stream = resolve1(parsed.catalog.get("Metadata"))
    try:
        return stream.get_data().decode("utf-8", "replace") if stream is not None else ""
    except Exception:  # an XMP stream with a filter pdfminer cannot undo: no metadata, not a failure
        return ""


def _xml_text(text: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", text))


_JUNK_TITLE = re.compile(r"(?i)^(?:microsoft \w+ - |untitled|document\d*$|layout \d|slide \d)|\.\w{2,4}$|[\\/]")


def _plausible_title(title: str) -> bool:
    """A title a person gave the document, not a file name or a program's default ('Microsoft Word -
    brief_final.docx', 'Untitled')."""
    return len(title.split()) >= 2 and not _JUNK_TITLE.search(title)


def _largest_lines(page: _Page, body_size: float) -> str:
    """The first page's lines in its largest type, when that is larger than the body: the title."""
    if not page.lines:
        return ""
    largest = max(line.size for line in page.lines)
    if largest < 1.2 * body_size:
        return ""
    title = ""
    for line in page.lines:
        if abs(line.size - largest) < 0.5:
            title = _join(title, line.text) if title else line.text
        elif title:
            break
    return _plain(title)


def _creation_date(value: str) -> PartialDate | None:
    """'D:20231114221320Z' -> 2023-11-14."""
    m = re.match(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?", value)
    if m is None:
        return None
    return parse_date("-".join(part for part in m.groups() if part))

