"""The step every reader shares: a ``_Draft`` -> ``Commentary`` with citing sentences, plus the
problems (markers without notes, notes nobody cites, gaps in the numbering)."""

from __future__ import annotations

import re

from ..model import Commentary, Name, Note, Problem
from .draft import _Draft, _is_number, _rename, _squash
from .sentences import _contexts


def _assemble(draft: _Draft, *, document: str, path: str, fmt: str) -> tuple[Commentary, list[Problem]]:
    """Citing sentences for each note, the problems, and the ``Commentary`` itself."""
    contexts, marks = _contexts(draft.body)
    problems = [_rename(p, document) for p in draft.problems]
    labels = set()
    notes = []
    for label, text, line in draft.notes:
        labels.add(label)
        cited = contexts.get(label, [])
        notes.append(Note(document=document, label=label, text=_clean_note(text), line=line, contexts=tuple(cited)))
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
    commentary = Commentary(
        path=path,
        document=document,
        format=fmt,
        title=_squash(meta.title),
        authors=tuple(_unique_names(meta.authors)),
        date=meta.date,
        publisher=_squash(meta.publisher),
        url=meta.url.strip(),
        notes=tuple(notes),
    )
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


_EMPTY_ITALICS = re.compile(r"\*\s+\*")


def _clean_note(text: str) -> str:
    """Whitespace collapsed, empty italics dropped, no space before closing punctuation of italics."""
    text = _squash(text)
    if "*" in text:
        text = _EMPTY_ITALICS.sub(" ", text.replace("**", "")).strip()
    return text
