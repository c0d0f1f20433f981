"""bibkit inside pybtex: plugins in pybtex's own groups, registered as entry points in setup.py.

    pybtex.style.formatting  bibkit-annotated      a Chicago entry from bibkit's model, then the annotation
    pybtex.style.sorting     bibkit-theme          first theme (``keywords``), then author, date, title
    pybtex.database.input    csljson (.json, .csljson)   CSL-JSON read through bibkit
    pybtex.database.output   csljson (.json, .csljson)   CSL-JSON written through bibkit

Why not pybtex's own templates: they know BibTeX types only (``@online``, ``@report`` and
``journaltitle`` fail), lowercase unbraced title words, and one bad entry aborts the whole
bibliography. Here each entry goes through bibkit's reader and style, and an entry bibkit
cannot read is reported through ``pybtex.errors`` (a warning, an error with ``--strict``) and
still printed from what it has. pybtex accepts plugins only in the groups it already knows, so
bibkit adds none of its own.
"""

from __future__ import annotations

from dataclasses import replace

from pybtex.database import Entry, parse_string
from pybtex.database.input import BaseParser
from pybtex.database.output import BaseWriter
from pybtex.errors import report_error
from pybtex.exceptions import PybtexError
from pybtex.richtext import HRef, Symbol, Tag, Text
from pybtex.style import FormattedEntry
from pybtex.style.formatting import BaseStyle
from pybtex.style.sorting import BaseSortingStyle

from ..io.bibtex import library_to_bibtex, parse_bibtex
from ..io.csljson import dumps_csl, library_to_csl, parse_csl
from ..latex import braces_balance, decode, escape
from ..model import Library, Reference
from ..styles import format_entry, sort_key

_LAST = "\uffff"  # entries without a theme sort after every theme


def _report(message: str, filename: str = "") -> None:
    """A pybtex warning (an error under ``--strict``), so pybtex's switches keep their meaning."""
    report_error(PybtexError(message, filename=filename or None))


def _braced(value: str) -> str:
    return "{" + (value if braces_balance(value) else escape(value)) + "}"


def entry_bibtex(entry: Entry, key: str) -> str:
    """One pybtex entry as BibTeX source, values as pybtex read them (LaTeX kept, nothing re-escaped).

    Not pybtex's own writer: it escapes ``_`` inside ``url``, which bibkit would then read back.
    """
    fields = [(role, " and ".join(str(person) for person in persons)) for role, persons in entry.persons.items()]
    fields += list(entry.fields.items())
    body = ",\n".join(f"  {name} = {_braced(str(value))}" for name, value in fields)
    return f"@{entry.type}{{{key},\n{body}\n}}\n"


def entry_reference(entry: Entry) -> tuple[Reference, str]:
    """(Reference, problem) for one pybtex entry, read by bibkit's own .bib reader.

    The entry goes back to BibTeX text through pybtex's writer, so names, braces and
    fields are read exactly as ``bibkit`` reads a file. When bibkit cannot model the entry
    (a date that is not a date ...), the reference keeps its key, title and annotation, and
    the problem says why.
    """
    key = entry.key or "unnamed"
    library = parse_bibtex(entry_bibtex(entry, key))
    if library.references:
        return library.references[0], ""
    problem = "; ".join(p.message for p in library.problems) or "entry could not be read"
    fields = entry.fields
    fallback = Reference(
        key=key,
        title=decode(fields.get("title", "")),
        annotation=decode(fields.get("annotation", fields.get("annote", ""))),
        url=fields.get("url", ""),
    )
    return fallback, problem


def rich_entry(ref: Reference) -> Text:
    """bibkit's Chicago pieces as pybtex rich text (italic -> ``em``, links -> ``HRef``)."""
    parts: list[object] = []
    for text, kind in format_entry(ref, "chicago"):
        if kind == "i":
            parts.append(Tag("em", text))
        elif kind == "url":
            parts.append(HRef(text, text))
        else:
            parts.append(text)
    return Text(*parts)


def rich_annotation(annotation: str) -> Text:
    """The annotation, one block per line (the user's text first, then "Cited in ..." lines)."""
    lines = [line.strip() for line in annotation.splitlines() if line.strip()]
    parts: list[object] = []
    for line in lines:
        if parts:
            parts.append(Symbol("newblock"))
        parts.append(line)
    return Text(*parts)


class AnnotatedStyle(BaseStyle):
    """``bibkit-annotated``: each entry as bibkit prints it, followed by its annotation."""

    default_sorting_style = "none"
    default_label_style = "number"
    default_name_style = "plain"

    def format_entry(self, label, entry, bib_data=None):
        """Never raises on an entry's content: what bibkit cannot read is reported and printed as far as known."""
        ref, problem = entry_reference(entry)
        if problem:
            _report(f"entry {entry.key}: {problem}; printed from its title only")
        text = rich_entry(ref)
        if ref.annotation.strip():
            text = Text(text, Symbol("newblock"), rich_annotation(ref.annotation))
        return FormattedEntry(entry.key, text, label)


class ThemeSorting(BaseSortingStyle):
    """``bibkit-theme``: entries grouped by their first keyword (theme), then author, date, title."""

    def sorting_key(self, entry):
        keywords = entry.fields.get("keywords", "")
        theme = next((k.strip().lower() for k in decode(keywords).split(",") if k.strip()), _LAST)
        ref, _ = entry_reference(entry)
        return (theme, *sort_key(ref))


class CslJsonParser(BaseParser):
    """``csljson`` input: CSL-JSON items become entries as bibkit would write them in a .bib."""

    default_suffix = ".json"
    unicode_io = True

    def parse_stream(self, stream):
        library = parse_csl(stream.read(), source=self.filename)
        for problem in library.problems:
            _report(str(problem))
        text = library_to_bibtex(Library(references=library.references))
        if text:
            # pybtex's own BibTeX parser builds the entries, so persons and fields are pybtex's.
            for key, entry in parse_string(text, "bibtex").entries.items():
                self.data.add_entry(key, entry)
        return self.data


class CslJsonWriter(BaseWriter):
    """``csljson`` output: entries as CSL-JSON items, read through bibkit's .bib reader."""

    unicode_io = True

    def write_stream(self, bib_data, stream):
        library = parse_bibtex("\n".join(entry_bibtex(entry, key) for key, entry in bib_data.entries.items()))
        for problem in library.problems:
            _report(str(problem))
        refs = tuple(replace(ref, source="", line=0) for ref in library.references)
        stream.write(dumps_csl(library_to_csl(Library(references=refs))))
