"""Hand-written footnotes -> Pandoc citations, so a commentary can move to ``--citeproc``.

    bibkit cite essay.md -o essay.cited.md        # also writes essay.cited.bib beside it

The library is extracted from the document itself (``api.extract_library``), so each note's
works already carry their keys and locators. Per footnote ``[^n]``:

- a note that only cites (``Abiru, “...,” 2021, 45.``, ``Ibid., 46.``, a short form) is removed
  and its marker becomes ``[@abiru2021japan, p. 45]`` (before the sentence's punctuation, where
  citeproc expects it); a lead-in ("See also") becomes the citation's prefix;
- a note that also argues something (a sentence before or after the reference) keeps its
  discursive text: the footnote stays, with the citation in place of the reference
  (``[^n]: [@key]. The author doubts this.``);
- a discursive note (an aside with no source), and any note bibkit could not tie to a work,
  is left exactly as written.

Inline notes (``^[...]``) are rewritten the same way: the whole ``^[...]`` becomes the citation,
or keeps its discursive text with the citation inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .model import Library, Problem
from .reference import strip_lead_in

_DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]?(.*)$")
_MARKER = re.compile(r"\[\^([^\]\s]+)\](?!:)")
_FENCE = re.compile(r"^\s*(```|~~~)")
_PUNCT_BEFORE = re.compile(r"(?<=[^\s”’\"'\]\)])([.,;:!?])$")
# The last thing a reference ends with: a URL, a year, or a page range.
_REFERENCE_END = re.compile(r"https?://\S+|\b(?:1[5-9]|20)\d\d\b\)?|\b\d+\s*[-–]\s*\d+\b")
_PAGE_RANGE = re.compile(r"^\d+\s*[-–—]+\s*\d+$")


@dataclass(frozen=True)
class NotePlan:
    """What becomes of one footnote: ``citation`` replaces the marker when ``keep`` is False,
    else the footnote stays with ``text`` (citation plus the note's discursive text)."""

    label: str
    citation: str
    keep: bool = False
    text: str = ""


@dataclass(frozen=True)
class CiteResult:
    """The rewritten document, the library it cites, and what was left as written and why."""

    text: str
    library: Library
    plans: tuple[NotePlan, ...]
    problems: tuple[Problem, ...] = ()

    @property
    def rewritten(self) -> int:
        return sum(1 for p in self.plans if p.citation)


def pandoc_locator(locator: str) -> str:
    """'45' -> 'p. 45', '31–34' -> 'pp. 31–34'; a locator with its own word ('chap. 2') is kept."""
    locator = locator.strip()
    if not locator or re.match(r"^[A-Za-z]{2,}", locator) and not re.match(r"^[ivxlc]+$", locator, re.I):
        return locator
    if _PAGE_RANGE.match(locator) or "," in locator:
        return f"pp. {locator}"
    return f"p. {locator}"


def citation_text(items: list[tuple[str, str]], prefix: str = "") -> str:
    """``[see @a, p. 4; @b]`` from (key, locator) pairs in the note's order."""
    parts = []
    for key, locator in items:
        loc = pandoc_locator(locator)
        parts.append(f"@{key}, {loc}" if loc else f"@{key}")
    head = f"{prefix} " if prefix else ""
    return "[" + head + "; ".join(parts) + "]"


def lead_in(text: str) -> str:
    """'See also' from 'See also Abiru, “...”': the words bibkit's parser strips before a reference."""
    text = text.strip()
    rest = strip_lead_in(text)
    if rest == text or not text.endswith(rest):
        return ""
    words = text[: len(text) - len(rest)].strip(" ,:;").replace("[", "").replace("]", "")
    return words[:1].lower() + words[1:]  # "[see also @key]": citeproc capitalises where needed


def discursive_tail(text: str) -> str:
    """Sentences after the reference that argue rather than cite ('... 2021. The author doubts this.')."""
    ends = list(_REFERENCE_END.finditer(text))
    if not ends:
        return ""
    rest = text[ends[-1].end() :]
    match = re.match(r"^[^\w“\"(]*?[.;]\s+(?=[A-Z“\"])", rest)
    if not match:
        return ""
    tail = rest[match.end() :].strip()
    return tail if len(tail.split()) >= 4 and not _REFERENCE_END.search(tail) else ""


def discursive_head(text: str) -> str:
    """A first sentence that argues before the note cites ('I doubt this. See Abiru, “...”, 2021.').

    Errs on keeping text: a sentence of four words or more with no quotes, italics, year or URL.
    """
    match = re.match(r"^(.+?[.!?])\s+(?=[A-Z“\"*])", text.strip())
    if not match:
        return ""
    head = match.group(1)
    if len(head.split()) < 4 or re.search(r"[“”\"*]", head) or _REFERENCE_END.search(head):
        return ""
    return head


def plan_notes(library: Library, document: str) -> list[NotePlan]:
    """One plan per footnote of ``document`` that cites something bibkit found."""
    commentary = next((c for c in library.commentaries if c.document == document), None)
    if commentary is None:
        return []
    cited: dict[str, list[tuple[int, str, str]]] = {}
    for ref in library.references:
        for citation in ref.citations:
            if citation.document == document and ref.key:
                rows = cited.setdefault(citation.note, [])
                rows.append((len(rows), ref.key, citation.locator))
    discursive = {n.label for n in library.discursive if n.document == document}
    raws = {ref.key: ref.raw for ref in library.references}
    plans = []
    for note in commentary.notes:
        if note.label in discursive or note.label not in cited:
            continue
        items = _in_note_order(cited[note.label], note.text, raws)
        head = discursive_head(note.text)
        rest = note.text.strip()[len(head) :].strip()
        citation = citation_text(items, lead_in(rest))
        tail = discursive_tail(rest)
        if head or tail:
            text = " ".join(part for part in (head, citation + ".", tail) if part)
            plans.append(NotePlan(note.label, citation, keep=True, text=text))
        else:
            plans.append(NotePlan(note.label, citation))
    return plans


def _in_note_order(found: list[tuple[int, str, str]], text: str, raws: dict[str, str]) -> list[tuple[str, str]]:
    """(key, locator) in the order the works appear in the note, each key once."""

    def position(row: tuple[int, str, str]) -> tuple[int, int]:
        raw = raws.get(row[1], "")
        at = text.find(raw[:40]) if raw else -1
        return (at if at >= 0 else len(text), row[0])

    out: list[tuple[str, str]] = []
    for _, key, locator in sorted(found, key=position):
        if (key, locator) not in out:
            out.append((key, locator))
    return out


# --------------------------------------------------------------------------- the Markdown rewrite


def _definitions(lines: list[str]) -> dict[str, tuple[int, int]]:
    """label -> (first line, end line exclusive) of each ``[^label]:`` definition, outside code fences."""
    found: dict[str, tuple[int, int]] = {}
    fenced = False
    i = 0
    while i < len(lines):
        if _FENCE.match(lines[i]):
            fenced = not fenced
        match = None if fenced else _DEFINITION.match(lines[i])
        if not match:
            i += 1
            continue
        end = i + 1
        while end < len(lines) and not _DEFINITION.match(lines[end]):
            if not lines[end].strip():
                nxt = end + 1
                if nxt >= len(lines) or not lines[nxt].startswith((" ", "\t")):
                    break
            end += 1
        found.setdefault(match.group(1), (i, end))
        i = end
    return found


def _replace_marker(line: str, plans: dict[str, NotePlan]) -> str:
    """Each marker of a note that goes away becomes its citation, moved before the punctuation."""
    out, last = [], 0
    for match in _MARKER.finditer(line):
        plan = plans.get(match.group(1))
        if plan is None or plan.keep:
            continue
        before = line[last : match.start()]
        punct = _PUNCT_BEFORE.search(before)
        if punct:
            out.append(before[: punct.start()].rstrip() + " " + plan.citation + punct.group(1))
        else:
            out.append(before.rstrip() + " " + plan.citation if before.strip() else before + plan.citation)
        last = match.end()
    out.append(line[last:])
    return "".join(out)


def _inline_notes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of every inline note ``^[...]`` outside code, labelled as the reader does.

    Pandoc and bibkit's reader number footnotes in the order they are first referenced, both
    kinds together; an inline note's label is that number (with "i" added while a ``[^label]``
    already uses it).
    """
    explicit = {m.group(1) for m in re.finditer(_DEFINITION.pattern, text, re.M)}
    seen: set[str] = set()
    found: list[tuple[int, int, str]] = []
    number = 0
    for start, end, kind in _note_spans(text):
        if kind == "ref":
            label = text[start + 2 : end - 1]
            if label in seen:
                continue
            seen.add(label)
            number += 1
            continue
        number += 1
        label = str(number)
        while label in explicit:
            label += "i"
        explicit.add(label)
        found.append((start, end, label))
    return found


def _note_spans(text: str) -> list[tuple[int, int, str]]:
    """Footnote references in document order: ("ref") ``[^x]`` markers and ("inline") ``^[...]``
    notes, skipping fenced code, inline code and ``[^x]:`` definition heads."""
    spans: list[tuple[int, int, str]] = []
    fenced = False
    offset = 0
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            spans += _line_spans(text, offset, offset + len(line))
        offset += len(line) + 1
    merged: list[tuple[int, int, str]] = []
    for span in spans:  # an inline note may run over several lines: drop spans inside it
        if merged and span[0] < merged[-1][1]:
            continue
        merged.append(span)
    return merged


def _line_spans(text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    definition = _DEFINITION.match(text[start:stop])
    i = start + definition.start(2) if definition else start
    while i < stop:
        ch = text[i]
        if ch == "`":
            close = text.find("`", i + 1, stop)
            i = close + 1 if close > 0 else i + 1
        elif text.startswith("^[", i) and (end := _closing_bracket(text, i + 1)) > 0:
            out.append((i, end, "inline"))
            i = end
        elif (marker := _MARKER.match(text, i, stop)) is not None:
            out.append((i, marker.end(), "ref"))
            i = marker.end()
        else:
            i += 1
    return out


def _closing_bracket(text: str, open_at: int) -> int:
    """Index past the ``]`` that closes the ``[`` at ``open_at`` (nested, unescaped brackets), or -1.

    A blank line ends the paragraph, and an unclosed note with it.
    """
    depth = 0
    for i in range(open_at, len(text)):
        ch = text[i]
        if ch in "[]" and i > open_at and text[i - 1] == "\\":
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        elif ch == "\n" and text.startswith("\n", i + 1):
            return -1
    return -1


def _rewrite_inline(text: str, plans: dict[str, NotePlan]) -> str:
    """Each planned inline note becomes its citation (before the punctuation), or keeps its argument."""
    for start, end, label in reversed(_inline_notes(text)):
        plan = plans.get(label)
        if plan is None:
            continue
        if plan.keep:
            text = text[:start] + "^[" + plan.text + "]" + text[end:]
            continue
        before = text[:start]
        punct = _PUNCT_BEFORE.search(before, max(0, start - 2))
        if punct:
            before = before[: punct.start()].rstrip() + " " + plan.citation + punct.group(1)
        else:
            before = before.rstrip() + " " + plan.citation if before.strip() else before + plan.citation
        text = before + text[end:]
    return text


def rewrite_markdown(text: str, plans: list[NotePlan], bibliography: str = "") -> str:
    """The document with the planned notes rewritten; ``bibliography`` is added to its YAML front matter."""
    by_label = {p.label: p for p in plans}
    if "^[" in text:
        text = _rewrite_inline(text, by_label)
    lines = text.split("\n")
    spans = _definitions(lines)
    drop: set[int] = set()
    for label, (start, end) in spans.items():
        plan = by_label.get(label)
        if plan is None:
            continue
        if plan.keep:
            lines[start] = f"[^{label}]: {plan.text}"
            drop.update(range(start + 1, end))
        else:
            drop.update(range(start, end))
    fenced = False
    out = []
    for number, line in enumerate(lines):
        if number in drop:
            continue
        if _FENCE.match(line):
            fenced = not fenced
        out.append(line if fenced else _replace_marker(line, by_label))
    result = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).rstrip("\n") + "\n"
    return with_bibliography(result, bibliography) if bibliography else result


def with_bibliography(text: str, bibliography: str) -> str:
    """Add ``bibliography:`` to the YAML front matter (made if missing); an existing key is kept."""
    line = f"bibliography: {_yaml_string(bibliography)}"
    match = re.match(r"^---[ \t]*\n(.*?\n)(---|\.\.\.)[ \t]*\n", text, re.S)
    if match is None:
        return f"---\n{line}\n---\n\n{text}"
    if re.search(r"^bibliography\s*:", match.group(1), re.M):
        return text
    return text[: match.end(1)] + line + "\n" + text[match.end(1) :]


def _yaml_string(value: str) -> str:
    return value if re.fullmatch(r"[\w./-]+", value) else "'" + value.replace("'", "''") + "'"


def document_library(path: str | Path) -> Library:
    """The library extracted from one commentary (keys assigned, repeats merged)."""
    from .api import extract_library
    from .errors import InputError

    library = extract_library([path])
    errors = [p for p in library.problems if p.severity == "error"]
    if errors and not library.commentaries:
        raise InputError(errors[0].message, path=str(path), line=errors[0].line)
    return library


def cite_document(path: str | Path, library: Library | None = None, bibliography: str = "") -> CiteResult:
    """Rewrite ``path``'s footnotes as citations against ``library`` (default: extracted from it)."""
    from .errors import InputError

    path = Path(path)
    library = library if library is not None else document_library(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read as UTF-8 Markdown: {exc}", path=str(path)) from exc
    document = library.commentaries[0].document if library.commentaries else path.name
    plans = plan_notes(library, document)
    return CiteResult(rewrite_markdown(text, plans, bibliography), library, tuple(plans), library.problems)
