"""Stage 5b: say where and why each work was cited.

An annotation is the user's own text first, then one generated line per citation::

    My own remark about this report.
    Cited in Piotr Malachiński, “Japan’s Policy Towards Russia” (7 April 2022), note 2: “…citing sentence…”

Every generated line starts with ``GENERATED_PREFIX`` and the generated lines always
come last, so ``user_part`` can strip them and re-annotating never duplicates them.
Lines are joined with a single newline (never a blank line): biblatex reads a blank
line inside a field as ``\\par``, which its annotation macros do not accept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from .dates import format_date
from .model import Citation, Commentary, Library, Reference

GENERATED_PREFIX = "Cited in "



def _commentary_label(citation: Citation, commentary: Commentary | None) -> str:
    """'Author, “Title” (date)', falling back to the file name when the commentary is unknown."""
    if commentary is None:
        return citation.document
    authors = " and ".join(name.display() for name in commentary.authors if name.display())
    title = f"“{commentary.title}”" if commentary.title else commentary.document
    label = ", ".join(part for part in (authors, title) if part)
    date = format_date(commentary.date)
    return f"{label} ({date})" if date else label


def citation_line(citation: Citation, commentary: Commentary | None) -> str:
    """One generated line: who cites the work, in which note, with the citing sentence."""
    line = GENERATED_PREFIX + _commentary_label(citation, commentary)
    if citation.note:
        line += f", note {citation.note}"
    if citation.locator:
        line += f" (at {citation.locator})"
    context = " ".join(citation.context.split())
    if context:
        line += f": “{context}”"
    return line


def split_annotation(annotation: str) -> tuple[str, tuple[str, ...]]:
    """(user text, generated lines) of an annotation as stored in a library."""
    lines = annotation.splitlines()
    cut = len(lines)
    while cut and lines[cut - 1].startswith(GENERATED_PREFIX):
        cut -= 1
    return "\n".join(lines[:cut]).strip(), tuple(lines[cut:])


def user_part(annotation: str) -> str:
    """The user's own text of an annotation, with bibkit's generated lines removed."""
    return split_annotation(annotation)[0]


def generated_part(annotation: str) -> tuple[str, ...]:
    """bibkit's generated 'Cited in' lines of a stored annotation."""
    return split_annotation(annotation)[1]


def compose_annotation(ref: Reference, commentaries: Mapping[str, Commentary]) -> str:
    """The user's annotation, then one line per citation (kept as stored when the
    reference carries no citations, e.g. read back from a .bib, so nothing is lost)."""
    own = user_part(ref.annotation)
    if not ref.citations:
        lines = list(generated_part(ref.annotation))
    else:
        lines = [citation_line(c, commentaries.get(c.document)) for c in ref.citations]
    return "\n".join(([own] if own else []) + lines)


def annotate_library(library: Library) -> Library:
    """A new Library in which every reference's annotation is composed afresh."""
    commentaries = {c.document: c for c in library.commentaries}
    refs = tuple(replace(ref, annotation=compose_annotation(ref, commentaries)) for ref in library.references)
    return replace(library, references=refs)
