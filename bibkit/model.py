"""The plain data passed between bibkit's stages.

extract: file -> Commentary (with its Notes)
parse:   Commentaries -> Library (References citing back to the Notes)
write:   Library -> BibTeX / CSL-JSON
check, dedupe, render: Library in, results or a new Library out

Everything here is a frozen dataclass with no I/O, so a stage can never change
what another stage handed it; use ``dataclasses.replace`` (or ``evolve`` on a hot path)
to derive a new value.
Field names follow CSL-JSON where one exists, because CSL is the richer of the
two output models and BibTeX is mapped from it.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from functools import cache
from typing import TypeVar

_T = TypeVar("_T")

#: Entry types bibkit produces (CSL names). The BibTeX writer maps each one.
REFERENCE_TYPES = (
    "article-journal",  # journal article
    "article-newspaper",  # newspaper or news-agency item
    "article-magazine",
    "webpage",  # page of a website, blog post, think-tank commentary
    "report",  # report, white paper, policy document, strategy
    "book",
    "chapter",  # chapter in an edited book
    "paper-conference",
    "thesis",
    "legislation",  # law, treaty, official legal text
    "legal_case",  # court decision
    "treaty",
    "speech",  # press conference, speech, statement
    "motion_picture",  # video
    "broadcast",  # an episode of a podcast, a radio or television programme
    "interview",
    "dataset",
    "software",
    "document",  # anything else
)


# After a family name: "Martin Luther King Jr.", "Pope CA 3rd"
NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv", "2nd", "3rd", "4th"))


@dataclass(frozen=True)
class Name:
    """A person (``family``, ``given``) or an organisation (``literal``).

    ``Name(literal="Ministry of Foreign Affairs of Japan")`` is one corporate author;
    ``Name(family="Abiru", given="Taisuke")`` is a person. A suffix follows the given name after
    a comma (``given="Martin Luther, Jr."``), as BibTeX's "King, Jr., Martin Luther" reads.
    """

    family: str = ""
    given: str = ""
    literal: str = ""

    @property
    def is_organisation(self) -> bool:
        return bool(self.literal)

    @property
    def given_and_suffix(self) -> tuple[str, str]:
        """('Martin Luther', 'Jr.') for ``given="Martin Luther, Jr."``; (given, '') when there is no suffix."""
        given, comma, suffix = self.given.rpartition(", ")
        if comma and suffix.lower().rstrip(".") in NAME_SUFFIXES:
            return given, suffix
        return self.given, ""

    def display(self) -> str:
        """'Given Family Suffix' for people ('Martin Luther King Jr.'), the literal for organisations."""
        if self.literal:
            return self.literal
        given, suffix = self.given_and_suffix
        return " ".join(part for part in (given, self.family, suffix) if part)

    def sort_form(self) -> str:
        """'Family, Given' for people (the form gold files and BibTeX use)."""
        if self.literal:
            return self.literal
        return ", ".join(part for part in (self.family, self.given) if part)


@dataclass(frozen=True)
class PartialDate:
    """A date as precise as the source gave it: year, year-month, or a full day."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        """'2021', '2021-03' or '2021-03-03' (the form biblatex ``date`` takes)."""
        out = f"{self.year:04d}"
        if self.month:
            out += f"-{self.month:02d}"
            if self.day:
                out += f"-{self.day:02d}"
        return out

    def parts(self) -> list[int]:
        """CSL ``date-parts`` row: [2021, 3, 3]."""
        return [p for p in (self.year, self.month, self.day if self.month else None) if p]


@dataclass(frozen=True)
class Note:
    """One footnote or endnote as the commentary prints it.

    ``text`` is the note's own text with Unicode spaces normalised and italics
    (from Markdown or HTML) kept as ``*...*`` so the parser can see an italic title.
    ``contexts`` holds the sentence(s) in the body that carry the note's marker,
    one per marker occurrence, in reading order.
    """

    document: str
    label: str
    text: str
    line: int = 0
    contexts: tuple[str, ...] = ()

    @property
    def context(self) -> str:
        return " … ".join(self.contexts)


@dataclass(frozen=True)
class Commentary:
    """A commentary (article, analysis, post) and the notes found in it."""

    path: str  # the path it was read from
    document: str  # the file name, used in citations (``cited_in.document``)
    format: str  # "text", "markdown", "html", "latex", "docx", "odt" or "pdf"
    title: str = ""
    authors: tuple[Name, ...] = ()
    date: PartialDate | None = None
    publisher: str = ""  # publisher or site, when the text says it
    url: str = ""
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Citation:
    """One place a work is cited: which document, which note, and the citing sentence."""

    document: str
    note: str
    context: str = ""
    locator: str = ""  # page(s) or other pinpoint given in the note ("45", "31–34")
    line: int = 0


@dataclass(frozen=True)
class Reference:
    """One cited work with structured fields (CSL-JSON variable names in snake case).

    ``type`` is one of ``REFERENCE_TYPES``. ``modified`` holds a "last modified"
    date and ``accessed`` an "accessed"/"retrieved" date, never mixed into ``issued``.
    ``raw`` is the note text (one work's part of it) the fields were parsed from.
    """

    type: str = "document"
    authors: tuple[Name, ...] = ()
    editors: tuple[Name, ...] = ()
    title: str = ""
    container: str = ""  # journal, newspaper, website, or the book a chapter is in
    collection: str = ""  # series
    publisher: str = ""
    place: str = ""
    issued: PartialDate | None = None
    modified: PartialDate | None = None
    accessed: PartialDate | None = None
    volume: str = ""
    issue: str = ""
    pages: str = ""
    edition: str = ""
    number: str = ""  # report or document number; a preprint's "arXiv:2104.10350" (see ``arxiv_id``)
    genre: str = ""  # "Press conference", "Policy brief", "PhD diss." ...
    url: str = ""
    doi: str = ""
    isbn: str = ""
    note: str = ""  # bibliographic remainder that fits no field
    key: str = ""
    raw: str = ""
    citations: tuple[Citation, ...] = ()
    keywords: tuple[str, ...] = ()  # themes (biblatex ``keywords``)
    annotation: str = ""  # the user's own annotation, kept first when rendering
    confidence: float = 1.0  # the parser's certainty, 0..1; low values are reported
    extra: tuple[tuple[str, str], ...] = ()  # fields bibkit does not model, kept verbatim (name, value)
    source: str = ""  # file this record was read from (.bib / CSL-JSON); empty when freshly parsed
    line: int = 0  # line of the record in ``source``

    @property
    def date(self) -> PartialDate | None:
        """The date to cite the work by: issued, else last modified."""
        return self.issued or self.modified

    @property
    def arxiv_id(self) -> str:
        """'2104.10350' when ``number`` holds an arXiv identifier ("arXiv:2104.10350"), else ''."""
        return self.number[6:].strip() if self.number[:6].lower() == "arxiv:" else ""


@dataclass(frozen=True)
class Problem:
    """Something in the user's input that bibkit could not handle with certainty."""

    document: str
    message: str
    line: int = 0
    note: str = ""
    severity: str = "warning"  # "warning" (reported, work continues) or "error" (input skipped)

    def __str__(self) -> str:
        where = self.document + (f":{self.line}" if self.line else "")
        label = f" note {self.note}:" if self.note else ""
        return f"{where}:{label} {self.message}"


@dataclass(frozen=True)
class Library:
    """What passes between stages 2 to 6: the works, where they come from, and what went wrong."""

    references: tuple[Reference, ...] = ()
    commentaries: tuple[Commentary, ...] = ()
    discursive: tuple[Note, ...] = ()  # asides with no source, kept as notes
    problems: tuple[Problem, ...] = ()


def build(cls: type[_T], **values) -> _T:
    """``cls(**values)`` for the parser's hot path: the frozen ``__init__`` sets each field
    through a guarded ``object.__setattr__``, a cost paid on every one of a Reference's thirty-odd
    fields. Fields left out take their defaults (all immutable: a default factory is refused);
    as with ``__init__``, every field without a default must be given."""
    defaults, required, names = _defaults(cls)
    if not (values.keys() <= names and required <= values.keys()):
        unknown, missing = sorted(values.keys() - names), sorted(required - values.keys())
        raise TypeError(f"{cls.__name__}: unknown fields {unknown}, missing fields {missing}")
    new = object.__new__(cls)
    new.__dict__.update(defaults, **values)
    return new


@cache
def _defaults(cls: type) -> tuple[dict[str, object], frozenset[str], frozenset[str]]:
    """(default of each field that has one, names of the fields that have none, all field names)."""
    defaults, required = {}, set()
    for f in fields(cls):
        if f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name} has a default factory: build cannot share its value")
        if f.default is MISSING:
            required.add(f.name)
        else:
            defaults[f.name] = f.default
    return defaults, frozenset(required), frozenset(f.name for f in fields(cls))


def evolve(value: _T, **changes) -> _T:
    """``dataclasses.replace`` for the parser's hot path, about seven times cheaper.

    ``replace`` re-runs the frozen ``__init__`` (a guarded set per field, over thirty on a
    Reference); none of these classes checks anything there, so copying the fields is the
    same value. Only names of existing fields are accepted.
    """
    fields = value.__dict__
    unknown = changes.keys() - fields.keys()
    if unknown:
        raise TypeError(f"{type(value).__name__} has no field {', '.join(sorted(unknown))}")
    new = object.__new__(type(value))
    new.__dict__.update(fields, **changes)
    return new
