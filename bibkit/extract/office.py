"""The Word (.docx) and OpenDocument (.odt) reader: footnotes and endnotes read from the package's XML
parts with zipfile and lxml (python-docx does not expose notes).

Word stores no printed note labels: it numbers notes itself, in order of reference, footnotes and
endnotes apart, in the format the settings or the section ask for (footnotes 1, 2, 3, endnotes i, ii,
iii by default), so this reader numbers them the same way. Writer stores the printed citation with
each note. Line numbers are paragraph numbers: the body's paragraphs as the draft holds them, and a
note's line is the paragraph that cites it (where the reader finds its marker on the page).
"""

from __future__ import annotations

import io
import itertools
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from lxml import etree

from ..errors import InputError
from ..model import Name, Problem
from .draft import (
    _MARKER_RE,
    _SENTINEL_RE,
    _Draft,
    _is_number,
    _keep_url,
    _marker,
    _Meta,
    _roman,
    _squash,
    _with_urls,
)
from .metadata import _name, _split_names, _text_meta, parse_date

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_FO_FONT_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}font-style"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"

# Strict Office Open XML (ISO 29500 strict) spells the namespaces differently; the parts are otherwise the same
_STRICT_NAMESPACES = {
    b"http://purl.oclc.org/ooxml/wordprocessingml/main": b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    b"http://purl.oclc.org/ooxml/officeDocument/relationships": (
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ),
}
# what zipfile raises on a damaged archive: bad CRC or header, a password, an unknown compression method
_UNPACK_ERRORS = (zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError, OSError, EOFError, ValueError)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # a compound file: an encrypted Office document, or an old binary .doc
_MAX_PART = 256 * 1024 * 1024  # a part that claims more than this when unpacked is a zip bomb, not a commentary
_GENERIC_CREATORS = frozenset(
    {"microsoft office user", "windows user", "user", "admin", "administrator", "author", "owner", "unknown",
     "unknown author", "utente", "usuario", "benutzer", "utilisateur", "python-docx", "pandoc", "apache poi"}
)
# Paragraph styles that say what a header line is: Word's and Writer's built-in ones, and Pandoc's
_ROLES = ("title", "heading 1", "author", "date")
_GENERIC_TITLE = re.compile(r"(?i)(?:document\d*|doc\d*|untitled.*|microsoft word - .*|title|\W*)")


def read_office(data: bytes, fmt: str, problems: list[Problem], document: str) -> _Draft:
    """A Word (``fmt`` "docx") or OpenDocument text ("odt") commentary as a draft; ``InputError`` for a file
    that is not such a package (not a zip, no document part, encrypted, malformed XML)."""
    kind = "a Word .docx" if fmt == "docx" else "an OpenDocument .odt"
    package = _Package(data, document, kind)
    if fmt == "docx":
        return _read_docx(package, problems, document)
    return _read_odt(package, problems, document)


# --------------------------------------------------------------------------- the package


class _Package:
    """The zip file: parts found without regard to case and parsed without entities or network access."""

    def __init__(self, data: bytes, document: str, kind: str):
        self.document = document
        if data[:4] == _OLE_MAGIC:
            raise InputError(
                f"is not {kind} zip package: it is password-protected (encrypted) or an old binary Office file;"
                " save it again without a password",
                path=document,
            )
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
            raise InputError(f"is not {kind} file (not a zip archive)", path=document) from None
        self.infos = {info.filename.lower(): info for info in self.zip.infolist()}

    def has(self, name: str) -> bool:
        return name.lower() in self.infos

    def read(self, name: str) -> bytes | None:
        info = self.infos.get(name.lower())
        if info is None:
            return None
        if info.file_size > _MAX_PART:
            raise InputError(f"{name} is too large to read ({info.file_size} bytes unpacked)", path=self.document)
        try:
            return self.zip.read(info)
        except _UNPACK_ERRORS as exc:
            raise InputError(f"cannot unpack {name}: {exc}", path=self.document) from None

    def xml(self, name: str) -> etree._Element | None:
        raw = self.read(name)
        if raw is None:
            return None
        if b"purl.oclc.org/ooxml" in raw:
            for strict, transitional in _STRICT_NAMESPACES.items():
                raw = raw.replace(strict, transitional)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
        try:
            return etree.fromstring(raw, parser)
        except etree.XMLSyntaxError as exc:
            reason = str(exc).splitlines()[0] if str(exc) else "syntax error"
            raise InputError(f"{name} is not well-formed XML: {reason}", path=self.document) from None


def _relationships(package: _Package, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id -> (type, target), targets of internal parts as package paths."""
    folder, name = posixpath.split(part)
    root = package.xml(posixpath.join(folder, "_rels", name + ".rels"))
    found: dict[str, tuple[str, str]] = {}
    for rel in root.iter(_REL) if root is not None else ():
        target = rel.get("Target") or ""
        if rel.get("TargetMode") != "External":
            target = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found[rel.get("Id") or ""] = (rel.get("Type") or "", target)
    return found


def _related(rels: dict[str, tuple[str, str]], kind: str, default: str) -> str:
    """The target of the first relationship of a kind ("footnotes", "styles"...), else the usual part name."""
    return next((target for rel_type, target in rels.values() if rel_type.endswith("/" + kind)), default)


def _links(rels: dict[str, tuple[str, str]]) -> dict[str, str]:
    return {rid: target for rid, (rel_type, target) in rels.items() if rel_type.endswith("/hyperlink")}


# --------------------------------------------------------------------------- text as read


class _Runs:
    """A paragraph or a note as read: text in pieces marked italic or not, and the URLs of its links
    that the text does not show."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, bool]] = []
        self.urls: list[str] = []

    def add(self, text: str | None, italic: bool = False) -> None:
        if text:
            self.pieces.append((_SENTINEL_RE.sub("", text), italic))

    def marker(self, marker: str) -> None:
        self.pieces.append((marker, False))

    def link(self, href: str, start: int) -> None:
        """A link whose text was added since piece ``start``."""
        _keep_url(href.strip(), "".join(text for text, _ in self.pieces[start:]), self.urls)

    def plain(self) -> str:
        return _squash("".join(text for text, _ in self.pieces))

    def note_text(self) -> str:
        """One line: italics as ``*x*`` (spaces kept outside the stars), link URLs appended."""
        out = []
        for italic, group in itertools.groupby(self.pieces, key=lambda piece: piece[1]):
            text = "".join(piece for piece, _ in group)
            core = text.strip()
            if italic and core:
                lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
                text = f"{lead}*{core}*{trail}"
            out.append(text)
        return _with_urls("".join(out), self.urls)


def _reporter(problems: list[Problem], document: str) -> Callable[[str], None]:
    """Adds a problem about the whole document, once however often it comes up."""
    reported: set[str] = set()

    def report(message: str) -> None:
        if message not in reported:
            reported.add(message)
            problems.append(Problem(document, message))

    return report


class _Labels:
    """The labels given out so far. A label printed twice (footnotes and endnotes both numbered 1, 2, 3) gets a
    suffix, as a marker must lead to one note, and the clash is reported."""

    def __init__(self, report: Callable[[str], None]):
        self.taken: set[str] = set()
        self.report = report

    def claim(self, label: str) -> str:
        unique, n = label, 1
        while unique in self.taken:
            n += 1
            unique = f"{label}.{n}"
        self.taken.add(unique)
        if unique != label:
            self.report(f"two notes are both printed as '{label}'; the later one is labelled '{unique}' here")
        return unique


def _draft(paragraphs: list[tuple[str, str]], notes: list[tuple[str, str, int]], meta: _Meta) -> _Draft:
    """Numbered when the labels are 1, 2, 3...: numbers that start elsewhere (w:numStart) have no gap to report."""
    labels = [label for label, _, _ in notes]
    return _Draft(
        body="\n\n".join(paragraph for paragraph, _ in paragraphs),
        notes=notes,
        meta=meta,
        numbered=bool(labels) and all(_is_number(label) for label in labels) and labels[0] == "1",
    )


# --------------------------------------------------------------------------- Word: styles and numbering


def _on(el: etree._Element | None, attr: str = _W + "val") -> bool:
    """A Word on/off property: present and not switched off with "0", "false" or "off"."""
    return el is not None and (el.get(attr) or "true").lower() not in ("0", "false", "off")


def _italic_of(rpr: etree._Element | None) -> bool | None:
    """True or False when run properties say so, None when they say nothing about italics."""
    flag = rpr.find(_W + "i") if rpr is not None else None
    return None if flag is None else _on(flag)


def _val(el: etree._Element | None, path: str) -> str:
    found = el.find(path) if el is not None else None
    return (found.get(_W + "val") or "") if found is not None else ""


class _WordStyles:
    """styles.xml: each style's italics through its basedOn chain, and its name (names are English even
    in a localised Word, ids are not)."""

    def __init__(self, root: etree._Element | None):
        self.based_on: dict[str, str] = {}
        self.own_italic: dict[str, bool | None] = {}
        self.names: dict[str, str] = {}
        self.default_italic = False
        if root is None:
            return
        self.default_italic = bool(_italic_of(root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")))
        for style in root.iter(_W + "style"):
            sid = style.get(_W + "styleId") or ""
            self.names[sid] = _val(style, _W + "name").lower()
            self.based_on[sid] = _val(style, _W + "basedOn")
            self.own_italic[sid] = _italic_of(style.find(_W + "rPr"))

    def name(self, sid: str) -> str:
        return self.names.get(sid) or sid.lower()

    def role(self, sid: str) -> str:
        """The paragraph style's part in a header (one of _ROLES), its own or that of a style it is based on."""
        for _ in range(20):
            if not sid:
                break
            compact = self.name(sid).replace(" ", "")
            found = next((role for role in _ROLES if role.replace(" ", "") == compact), "")
            if found:
                return found
            sid = self.based_on.get(sid, "")
        return ""

    def italic(self, sid: str) -> bool | None:
        start = sid
        for _ in range(20):  # a basedOn loop in a broken file must not hang the reader
            if not sid:
                break
            value = self.own_italic.get(sid)
            if value is not None:
                return value
            sid = self.based_on.get(sid, "")
        return True if self.name(start) == "emphasis" else None

    def run_italic(self, rpr: etree._Element | None, paragraph_style: str) -> bool:
        """Direct formatting first, then the run's character style, the paragraph style, the defaults."""
        for value in (_italic_of(rpr), self.italic(_val(rpr, _W + "rStyle")), self.italic(paragraph_style)):
            if value is not None:
                return value
        return self.default_italic


_NOTE_FORMATS = {"footnote": "decimal", "endnote": "lowerRoman"}  # Word's defaults
_SUPPORTED_FORMATS = {"decimal", "decimalZero", "lowerRoman", "upperRoman", "lowerLetter", "upperLetter", "chicago"}


def format_note_number(number: int, fmt: str) -> str:
    """A note number as Word prints it: 4 -> "iv" (lowerRoman), "d" (lowerLetter), "§" (chicago);
    letters and symbols double after the last one (27 -> "aa", 5 -> "**")."""
    if number < 1:
        return str(number)
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(number)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "chicago":
        return "*†‡§"[(number - 1) % 4] * ((number - 1) // 4 + 1)
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)


class _WordNumbering:
    """Word's numbering of notes: in order of reference, footnotes and endnotes apart, in the format and from
    the number the current section (else the settings) gives; a custom mark takes no number."""

    def __init__(self, settings: etree._Element | None, sections: list[etree._Element | None], labels: _Labels):
        self.settings = settings
        self.sections = sections
        self.section = 0
        self.counts = dict.fromkeys(_NOTE_FORMATS, 0)
        self.labels = labels
        self.report = labels.report

    def properties(self, kind: str) -> tuple[str, int, str]:
        """(number format, first number, restart rule) for footnotes or endnotes in the current section."""
        fmt, start, restart = _NOTE_FORMATS[kind], 1, "continuous"
        section = self.sections[self.section] if self.section < len(self.sections) else None
        for source in (self.settings, section):
            props = source.find(f"{_W}{kind}Pr") if source is not None else None
            if props is None:
                continue
            fmt = _val(props, _W + "numFmt") or fmt
            start_text = _val(props, _W + "numStart")
            start = int(start_text) if start_text.isdigit() else start
            restart = _val(props, _W + "numRestart") or restart
        return fmt, start, restart

    def next_section(self) -> None:
        self.section += 1
        for kind in self.counts:
            if self.properties(kind)[2] == "eachSect":
                self.counts[kind] = 0

    def label(self, kind: str, mark: str) -> str:
        if mark:
            return self.labels.claim(mark)
        fmt, start, restart = self.properties(kind)
        if fmt not in _SUPPORTED_FORMATS:
            self.report(f"{kind} number format '{fmt}' is not supported; numbered 1, 2, 3 instead")
        if restart == "eachPage":
            self.report(f"{kind}s restart on each page; numbered straight through, so labels may differ from print")
        number = start + self.counts[kind]
        self.counts[kind] += 1
        return self.labels.claim(format_note_number(number, fmt))


# --------------------------------------------------------------------------- Word: text


_NOTE_REFERENCES = {_W + "footnoteReference": "footnote", _W + "endnoteReference": "endnote"}
_SKIPPED_INLINE = frozenset(
    _W + tag for tag in ("del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr", "rt", "customXmlPr", "smartTagPr")
)
_NOT_BLOCKS = frozenset(
    [*(_W + tag for tag in ("sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "sdtPr", "sdtEndPr", "del", "moveFrom")),
     _MC + "Fallback"]
)
_BOX_CONTAINERS = frozenset({_W + "drawing", _W + "pict", _W + "object", _MC + "AlternateContent"})
_SYMBOL_FONT = {0x2D: "−", 0xB0: "°", 0xB1: "±", 0xB4: "×", 0xB8: "÷", 0xA3: "≤", 0xB3: "≥", 0xAE: "→",
                0xE3: "©", 0xD2: "®", 0xD4: "™", 0xBC: "…", 0xB7: "•"}


@dataclass
class _Field:
    """A complex field (fldChar begin ... separate ... end): its instruction and where its result starts."""

    runs: _Runs
    instruction: str = ""
    in_result: bool = False
    start: int = 0


def _blocks(el: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs in document order, through tables, content controls and inserted text; not a table of
    contents (its entries are no sentences) nor the fallback copy of a drawing."""
    for child in el:
        tag = child.tag
        if tag == _W + "p":
            yield child
        elif tag in _NOT_BLOCKS or not isinstance(tag, str) or _is_table_of_contents(child):
            continue
        else:
            yield from _blocks(child)


def _is_table_of_contents(el: etree._Element) -> bool:
    if el.tag != _W + "sdt":
        return False
    return _val(el, f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery").startswith("Table of Contents")


def _text_boxes(el: etree._Element) -> list[etree._Element]:
    """The outermost text boxes in a drawing (not the duplicate the fallback picture holds)."""
    boxes = []
    for box in el.iter(_W + "txbxContent"):
        parent = box.getparent()
        while parent is not None and parent is not el and parent.tag not in (_MC + "Fallback", _W + "txbxContent"):
            parent = parent.getparent()
        if parent is el:
            boxes.append(box)
    return boxes


def _symbol(sym: etree._Element) -> str:
    """A w:sym character; Symbol-font code points (F0xx) mapped where the character is common."""
    try:
        code = int(sym.get(_W + "char") or "", 16)
    except ValueError:
        return ""
    if code >= 0xF000:
        code -= 0xF000
        if (sym.get(_W + "font") or "").lower() in ("symbol", "wingdings", "webdings", "wingdings 2", "wingdings 3"):
            return _SYMBOL_FONT.get(code, "")
    return chr(code) if code >= 0x20 else ""


_FIELD_WORD = re.compile(r'"([^"]*)"|(\S+)')


def hyperlink_field_target(instruction: str) -> str:
    """The address of a HYPERLINK field ('HYPERLINK "https://x.org/" \\o "tip"'); "" for other fields and
    links within the document (\\l)."""
    words = [(m.group(1) is not None, m.group(1) if m.group(1) is not None else m.group(2))
             for m in _FIELD_WORD.finditer(instruction)]
    if not words or words[0][1].upper() != "HYPERLINK":
        return ""
    i = 1
    while i < len(words):
        quoted, word = words[i]
        if quoted or not word.startswith("\\"):
            return word
        i += 2 if word.lower() in ("\\l", "\\o", "\\t") else 1  # switches that take an argument
    return ""


class _WordText:
    """Renders Word paragraphs: runs, tabs, breaks and symbols, italics, hyperlinks and field results; leaves out
    deleted text, hidden text and field instructions. ``cite`` turns a note reference into a marker (the notes
    themselves pass none: their own reference mark is left out)."""

    def __init__(self, styles: _WordStyles, links: dict[str, str], cite: Callable[[str, str, str], str] | None):
        self.styles = styles
        self.links = links
        self.cite = cite
        self.fields: list[_Field] = []
        self.boxes: list[etree._Element] = []  # text boxes met in the paragraph, read after it

    def paragraph(self, p: etree._Element, runs: _Runs) -> None:
        self._inline(p, runs, _val(p, f"{_W}pPr/{_W}pStyle"))
        # a field whose instruction never ends (a damaged file) must not hide the rest of the document
        self.fields = [f for f in self.fields if f.in_result]

    def _inline(self, el: etree._Element, runs: _Runs, style: str) -> None:
        for child in el:
            tag = child.tag
            if tag == _W + "r":
                self._run(child, runs, style)
            elif tag == _W + "hyperlink":
                start = len(runs.pieces)
                self._inline(child, runs, style)
                target = self.links.get(child.get(_R_ID) or "")
                if target:
                    runs.link(target, start)
            elif tag == _W + "fldSimple":
                start = len(runs.pieces)
                self._inline(child, runs, style)
                target = hyperlink_field_target(child.get(_W + "instr") or "")
                if target:
                    runs.link(target, start)
            elif tag == _MC + "AlternateContent":
                choice = child.find(_MC + "Choice")
                if choice is not None:
                    self._inline(choice, runs, style)
            elif isinstance(tag, str) and tag not in _SKIPPED_INLINE:
                self._inline(child, runs, style)  # w:ins, w:smartTag, w:sdt, w:customXml, w:moveTo...

    def _run(self, r: etree._Element, runs: _Runs, style: str) -> None:
        rpr = r.find(_W + "rPr")
        italic = self.styles.run_italic(rpr, style)
        shown = not (rpr is not None and _on(rpr.find(_W + "vanish")))  # hidden text is not printed
        children = list(r)
        for i, child in enumerate(children):
            kind = _NOTE_REFERENCES.get(child.tag)
            if kind is None:
                self._run_part(child, runs, italic, shown)
                continue
            mark = _custom_mark(children[i + 1 :]) if _on(child, _W + "customMarkFollows") else ""
            if self.cite is not None and not self._in_instruction():
                runs.marker(self.cite(kind, child.get(_W + "id") or "", mark))
            if mark:
                return  # the rest of the run is the mark itself

    def _run_part(self, child: etree._Element, runs: _Runs, italic: bool, shown: bool) -> None:
        tag = child.tag
        text: str | None = None
        if tag == _W + "t":
            text = child.text
        elif tag in (_W + "tab", _W + "ptab", _W + "br", _W + "cr"):
            text = " "
        elif tag == _W + "noBreakHyphen":
            text = "-"
        elif tag == _W + "sym":
            text = _symbol(child)
        elif tag == _W + "fldChar":
            self._field_char(child, runs)
        elif tag == _W + "instrText" and self.fields and not self.fields[-1].in_result:
            self.fields[-1].instruction += child.text or ""
        elif tag in _BOX_CONTAINERS:
            self.boxes.extend(_text_boxes(child))
        if text and shown and not self._in_instruction():
            runs.add(text, italic)

    def _in_instruction(self) -> bool:
        return any(not f.in_result for f in self.fields)

    def _field_char(self, char: etree._Element, runs: _Runs) -> None:
        kind = char.get(_W + "fldCharType")
        if kind == "begin":
            self.fields.append(_Field(runs))
        elif kind == "separate" and self.fields:
            self.fields[-1].in_result = True
            self.fields[-1].start = len(runs.pieces)
        elif kind == "end" and self.fields:
            ended = self.fields.pop()
            target = hyperlink_field_target(ended.instruction)
            if target and ended.in_result and ended.runs is runs:
                runs.link(target, ended.start)

    def take_boxes(self) -> list[etree._Element]:
        boxes, self.boxes = self.boxes, []
        return boxes


def _custom_mark(rest: list[etree._Element]) -> str:
    """The mark printed for a reference with customMarkFollows: the text that follows it in the run."""
    return _squash("".join((el.text or "") if el.tag == _W + "t" else _symbol(el)
                           for el in rest if el.tag in (_W + "t", _W + "sym")))


# --------------------------------------------------------------------------- Word: the document


@dataclass
class _Reference:
    kind: str  # "footnote" or "endnote"
    note_id: str
    label: str
    line: int
    mark: str  # the custom mark, "" for a numbered note


@dataclass
class _WordParts:
    """The main document part and the parts it relates to."""

    name: str
    root: etree._Element
    rels: dict[str, tuple[str, str]]
    styles: _WordStyles
    settings: etree._Element | None
    notes: dict[str, tuple[dict[str, etree._Element], dict[str, str]]] = field(default_factory=dict)


def _read_docx(package: _Package, problems: list[Problem], document: str) -> _Draft:
    parts = _word_parts(package, document)
    body = parts.root.find(_W + "body")
    if body is None:
        raise InputError(f"{parts.name} has no body: not a Word document", path=document)
    numbering = _WordNumbering(parts.settings, _sections(body), _Labels(_reporter(problems, document)))
    references: list[_Reference] = []
    paragraphs: list[tuple[str, str]] = []

    def cite(kind: str, note_id: str, mark: str) -> str:
        label = numbering.label(kind, mark)
        references.append(_Reference(kind, note_id, label, len(paragraphs) + 1, mark))
        return _marker(label, len(paragraphs) + 1)

    text = _WordText(parts.styles, _links(parts.rels), cite)
    for p in _blocks(body):
        _word_paragraph(p, text, paragraphs)
        if p.find(_SECTION_END) is not None:
            numbering.next_section()
    notes = _word_notes(parts, references, problems, document)
    return _draft(paragraphs, notes, _document_meta(paragraphs, _core_meta(package)))


_SECTION_END = f"{_W}pPr/{_W}sectPr"


def _sections(body: etree._Element) -> list[etree._Element | None]:
    """Each section's properties in order: a section ends with a paragraph that holds them, the last one with
    the body's own."""
    ends = [p.find(_SECTION_END) for p in body.iter(_W + "p")]
    return [*(end for end in ends if end is not None), body.find(_W + "sectPr")]


def _word_parts(package: _Package, document: str) -> _WordParts:
    name = _related(_relationships(package, ""), "officeDocument", "word/document.xml")
    if not package.has(name):
        name = "word/document.xml"
    root = package.xml(name)
    if root is None:
        raise InputError("has no word/document.xml: not a Word document", path=document)
    rels = _relationships(package, name)
    parts = _WordParts(
        name=name,
        root=root,
        rels=rels,
        styles=_WordStyles(package.xml(_related(rels, "styles", "word/styles.xml"))),
        settings=package.xml(_related(rels, "settings", "word/settings.xml")),
    )
    for kind in _NOTE_FORMATS:
        part = _related(rels, kind + "s", f"word/{kind}s.xml")
        notes_root = package.xml(part)
        if notes_root is not None:
            by_id = {
                note.get(_W + "id") or "": note
                for note in notes_root.iter(_W + kind)
                if note.get(_W + "type") in (None, "normal")  # not the separator lines Word keeps as notes
            }
            parts.notes[kind] = (by_id, _links(_relationships(package, part)))
    return parts


def _word_paragraph(p: etree._Element, text: _WordText, paragraphs: list[tuple[str, str]]) -> None:
    """Append a body paragraph (with its style's role), then the paragraphs of its text boxes."""
    runs = _Runs()
    text.paragraph(p, runs)
    plain = runs.plain()
    if plain:
        paragraphs.append((plain, text.styles.role(_val(p, f"{_W}pPr/{_W}pStyle"))))
    for box in text.take_boxes():
        for inner in _blocks(box):
            _word_paragraph(inner, text, paragraphs)


def _word_notes(
    parts: _WordParts, references: list[_Reference], problems: list[Problem], document: str
) -> list[tuple[str, str, int]]:
    """The cited notes' texts, footnotes before endnotes, each in order of reference. A note in the notes part
    that nothing cites is reported, unless its reference was deleted with tracked changes."""
    notes = []
    cited: set[tuple[str, str]] = set()
    for kind in _NOTE_FORMATS:
        by_id, links = parts.notes.get(kind, ({}, {}))
        text = _WordText(parts.styles, links, None)
        for ref in references:
            if ref.kind != kind or ref.note_id not in by_id:
                continue
            cited.add((kind, ref.note_id))
            notes.append((ref.label, _word_note_text(by_id[ref.note_id], text, ref.mark), ref.line))
        anywhere = {el.get(_W + "id") for el in parts.root.iter(_W + kind + "Reference")}
        for note_id in by_id:
            if (kind, note_id) not in cited and note_id not in anywhere:
                problems.append(Problem(document, f"{kind} (id {note_id}) is never cited in the text; left out"))
    return notes


def _word_note_text(note: etree._Element, text: _WordText, mark: str) -> str:
    runs = _Runs()
    pending = list(_blocks(note))
    while pending:
        p = pending.pop(0)
        text.paragraph(p, runs)
        runs.add(" ")
        pending[:0] = [inner for box in text.take_boxes() for inner in _blocks(box)]
    result = runs.note_text()
    if mark and result.startswith(mark):
        result = result[len(mark) :].lstrip()  # a custom mark is typed into the note as text
    return result


def _core_meta(package: _Package) -> _Meta:
    """docProps/core.xml: title, creator (not the last editor) and the file's creation date."""
    root = package.xml(_related(_relationships(package, ""), "core-properties", "docProps/core.xml"))
    if root is None:
        return _Meta()
    created = _child_text(root, "{http://purl.org/dc/terms/}created")
    return _property_meta(_child_text(root, _DC + "title"), _child_text(root, _DC + "creator"), created)


# --------------------------------------------------------------------------- OpenDocument


_ODF_SKIPPED = frozenset(
    _TEXT + tag
    for tag in ("tracked-changes", "table-of-content", "illustration-index", "table-index", "object-index",
                "user-index", "alphabetical-index", "sequence-decls", "variable-decls", "user-field-decls",
                "ruby-text", "note-citation")
) | {_OFFICE + "annotation", _OFFICE + "forms"}


def _read_odt(package: _Package, problems: list[Problem], document: str) -> _Draft:
    _refuse_encrypted(package, document)
    content = package.xml("content.xml")
    if content is None:
        raise InputError("has no content.xml: not an OpenDocument file", path=document)
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise InputError("content.xml holds no text document (a spreadsheet or a drawing?)", path=document)
    styles = _OdfStyles(content.find(_OFFICE + "automatic-styles"), _common_styles(package))
    reader = _OdfText(styles, _Labels(_reporter(problems, document)))
    paragraphs: list[tuple[str, str]] = []
    for p in _odf_blocks(body):
        reader.read_paragraph(p, paragraphs)
    notes = [(label, text, line) for kind in _NOTE_FORMATS for k, label, text, line in reader.notes if k == kind]
    return _draft(paragraphs, notes, _document_meta(paragraphs, _odf_properties(package)))


def _refuse_encrypted(package: _Package, document: str) -> None:
    manifest = package.xml("META-INF/manifest.xml")
    if manifest is not None and manifest.find(f".//{_MANIFEST}encryption-data") is not None:
        raise InputError("is password-protected (encrypted); save it again without a password", path=document)


def _common_styles(package: _Package) -> etree._Element | None:
    root = package.xml("styles.xml")
    return root.find(_OFFICE + "styles") if root is not None else None


def _odf_blocks(el: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs and headings in document order, through lists, tables, sections and frames; not the
    deleted text tracked changes keep, nor generated indexes."""
    for child in el:
        tag = child.tag
        if tag in (_TEXT + "p", _TEXT + "h"):
            yield child
        elif isinstance(tag, str) and tag not in _ODF_SKIPPED:
            yield from _odf_blocks(child)


class _OdfStyles:
    """Automatic and common styles: italics through style:parent-style-name, and the names a paragraph's
    style chain goes by ("P3" -> "Title")."""

    def __init__(self, *roots: etree._Element | None):
        self.parent: dict[tuple[str, str], str] = {}
        self.own_italic: dict[tuple[str, str], bool | None] = {}
        self.display: dict[tuple[str, str], str] = {}
        for root in reversed(roots):  # common styles first, automatic ones over them
            for style in root.iter(_STYLE + "style") if root is not None else ():
                key = (style.get(_STYLE + "family") or "", style.get(_STYLE + "name") or "")
                self.parent[key] = style.get(_STYLE + "parent-style-name") or ""
                self.display[key] = (style.get(_STYLE + "display-name") or key[1]).replace("_20_", " ").lower()
                props = style.find(_STYLE + "text-properties")
                font_style = props.get(_FO_FONT_STYLE) if props is not None else None
                self.own_italic[key] = None if font_style is None else font_style in ("italic", "oblique")

    def chain(self, family: str, name: str) -> Iterator[tuple[str, str]]:
        for _ in range(20):  # a parent loop in a broken file must not hang the reader
            if not name:
                return
            yield family, name
            name = self.parent.get((family, name), "")

    def italic(self, family: str, name: str) -> bool | None:
        return next((self.own_italic[key] for key in self.chain(family, name)
                     if self.own_italic.get(key) is not None), None)

    def names(self, family: str, name: str) -> list[str]:
        return [self.display.get(key, key[1].lower()) for key in self.chain(family, name)]


class _OdfText:
    """Renders Writer paragraphs: spans, spaces, tabs, line breaks, links and italics; each text:note becomes a
    marker with its printed citation as the label, its body read as the note's text."""

    def __init__(self, styles: _OdfStyles, labels: _Labels):
        self.styles = styles
        self.labels = labels
        self.notes: list[tuple[str, str, str, int]] = []  # (note class, label, text, line)
        self.boxes: list[etree._Element] = []
        self.line = 0

    def read_paragraph(self, p: etree._Element, paragraphs: list[tuple[str, str]]) -> None:
        """Append a body paragraph (with its style's role), then the paragraphs of its frames."""
        self.line = len(paragraphs) + 1
        runs = _Runs()
        self._paragraph(p, runs, in_note=False)
        plain = runs.plain()
        if plain:
            paragraphs.append((plain, self._role(p)))
        boxes, self.boxes = self.boxes, []
        for box in boxes:
            for inner in _odf_blocks(box):
                self.read_paragraph(inner, paragraphs)

    def _role(self, p: etree._Element) -> str:
        if p.tag == _TEXT + "h" and p.get(_TEXT + "outline-level", "1") == "1":
            return "heading 1"
        names = self.styles.names("paragraph", p.get(_TEXT + "style-name") or "")
        return next((name for name in names if name in _ROLES), "")

    def _paragraph(self, p: etree._Element, runs: _Runs, in_note: bool) -> None:
        italic = bool(self.styles.italic("paragraph", p.get(_TEXT + "style-name") or ""))
        self._inline(p, runs, italic, in_note)

    def _inline(self, el: etree._Element, runs: _Runs, italic: bool, in_note: bool) -> None:
        runs.add(el.text, italic)
        for child in el:
            tag = child.tag
            if tag == _TEXT + "span":
                own = self.styles.italic("text", child.get(_TEXT + "style-name") or "")
                self._inline(child, runs, italic if own is None else own, in_note)
            elif tag == _TEXT + "a":
                start = len(runs.pieces)
                self._inline(child, runs, italic, in_note)
                runs.link(child.get(_XLINK_HREF) or "", start)
            elif tag == _TEXT + "s":
                count = child.get(_TEXT + "c") or "1"
                runs.add(" " * (int(count) if count.isdigit() else 1))
            elif tag in (_TEXT + "tab", _TEXT + "line-break"):
                runs.add(" ")
            elif tag == _TEXT + "note":
                if not in_note:
                    runs.marker(self._note(child))
            elif tag == _DRAW + "frame":
                if not in_note:  # a frame in a note (a picture, rarely text) is no part of the note's line
                    self.boxes.append(child)
            elif isinstance(tag, str) and tag not in _ODF_SKIPPED:
                self._inline(child, runs, italic, in_note)  # text:meta, fields showing their value, ruby base...
            runs.add(child.tail, italic)

    def _note(self, note: etree._Element) -> str:
        kind = note.get(_TEXT + "note-class") or "footnote"
        citation = note.find(_TEXT + "note-citation")
        printed = ""
        if citation is not None:
            printed = _squash(citation.get(_TEXT + "label") or "".join(citation.itertext()))
        label = self.labels.claim(printed or str(sum(1 for k, *_ in self.notes if k == kind) + 1))
        runs = _Runs()
        body = note.find(_TEXT + "note-body")
        for p in _odf_blocks(body) if body is not None else ():
            self._paragraph(p, runs, in_note=True)
            runs.add(" ")
        self.notes.append((kind, label, runs.note_text(), self.line))
        return _marker(label, self.line)


def _odf_properties(package: _Package) -> _Meta:
    """meta.xml: title, the initial creator (dc:creator is whoever saved last) and the file's date."""
    root = package.xml("meta.xml")
    meta = root.find(_OFFICE + "meta") if root is not None else None
    if meta is None:
        return _Meta()
    creator = _child_text(meta, _META + "initial-creator") or _child_text(meta, _DC + "creator")
    created = _child_text(meta, _META + "creation-date") or _child_text(meta, _DC + "date")
    return _property_meta(_child_text(meta, _DC + "title"), creator, created)


# --------------------------------------------------------------------------- metadata, both formats


def _child_text(el: etree._Element, tag: str) -> str:
    found = el.find(tag)
    return _squash("".join(found.itertext())) if found is not None else ""


def _property_meta(title: str, creator: str, created: str) -> _Meta:
    """Document properties, without the defaults programs fill in ("Microsoft Office User", "Document1")."""
    meta = _Meta()
    meta.title = "" if _GENERIC_TITLE.fullmatch(title) else title
    if creator and creator.lower() not in _GENERIC_CREATORS:
        meta.authors = _split_names(creator)
    meta.date = parse_date(created[:10]) if created else None
    return meta


def _document_meta(paragraphs: list[tuple[str, str]], properties: _Meta) -> _Meta:
    """What the first paragraphs show (a Title or first Heading 1 paragraph, Author and Date paragraphs, a
    byline, a dateline) before the document properties: a title property only counts first when the text
    shows it, and the file's creation date comes last, as it is rarely the commentary's date."""
    lines = [(_squash(_MARKER_RE.sub("", text)), role) for text, role in paragraphs]
    styled = _styled_meta(lines[:12])
    plain = [text for text, _ in lines]
    guessed = _text_meta(plain[:40], plain)
    shown = properties.title and any(properties.title.casefold() == text.casefold() for text in plain[:12])
    return _Meta(
        title=styled.title or (properties.title if shown else "") or guessed.title or properties.title,
        authors=styled.authors or guessed.authors or properties.authors,
        date=styled.date or guessed.date or properties.date,
        publisher=guessed.publisher,
    )


def _styled_meta(top: list[tuple[str, str]]) -> _Meta:
    meta = _Meta()
    meta.title = next((text for text, role in top if role == "title"), "")
    if not meta.title and top and top[0][1] == "heading 1":
        meta.title = top[0][0]
    authors: list[Name] = []
    for text, role in top:
        if role == "author" and text:
            authors.extend(_split_names(text) or [_name(text)])
        elif role == "date" and meta.date is None:
            meta.date = parse_date(text)
    meta.authors = authors
    return meta
