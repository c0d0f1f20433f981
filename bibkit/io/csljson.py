"""Library <-> CSL-JSON, the contract other tools (Pandoc, the gold scorer) read.

One item per Reference (``id`` = key) and one per Commentary (``id`` = ``commentary-<slug>``,
``custom.role = "commentary"``). ``note`` holds the annotation because annotated CSL styles
print ``note``; the bibliographic remainder (``Reference.note``) goes to ``custom.remainder``.
Where each work is cited goes to ``custom.cited_in``. A work with only a last-modified date
also gets ``issued`` from it (the scorer and citeproc read ``issued``), flagged by
``custom.issued_from_modified`` so ``read_csl`` can invert it exactly.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from anyascii import anyascii

from ..errors import InputError
from ..model import Citation, Commentary, Library, Name, Note, PartialDate, Problem, Reference

_SIMPLE = (  # CSL variable <-> Reference attribute, written in this order
    ("title", "title"), ("container-title", "container"), ("collection-title", "collection"),
    ("publisher", "publisher"), ("publisher-place", "place"), ("volume", "volume"), ("issue", "issue"),
    ("page", "pages"), ("edition", "edition"), ("number", "number"), ("genre", "genre"), ("URL", "url"),
    ("DOI", "doi"), ("ISBN", "isbn"),
)
_CITATION_KEYS = ("document", "note", "context", "locator", "line")


# --- writing ----------------------------------------------------------------------------------


def _names(names: tuple[Name, ...]) -> list[dict[str, str]]:
    out = []
    for name in names:
        if name.literal:
            out.append({"literal": name.literal})
        else:
            given, suffix = name.given_and_suffix  # CSL's own name part: "Jr." is not a given name
            out.append({k: v for k, v in (("family", name.family), ("given", given), ("suffix", suffix)) if v})
    return out


def _date(date: PartialDate) -> dict[str, Any]:
    return {"date-parts": [date.parts()]}


def reference_to_csl(ref: Reference) -> dict:
    """One Reference -> one CSL-JSON item (see the module docstring for the custom fields)."""
    item: dict[str, Any] = {"id": ref.key, "type": ref.type}
    if ref.authors:
        item["author"] = _names(ref.authors)
    if ref.editors:
        item["editor"] = _names(ref.editors)
    for csl, attr in _SIMPLE[:10]:
        if getattr(ref, attr):
            item[csl] = getattr(ref, attr)
    if ref.issued or ref.modified:
        item["issued"] = _date(ref.issued or ref.modified)
    if ref.accessed:
        item["accessed"] = _date(ref.accessed)
    for csl, attr in _SIMPLE[10:]:
        if getattr(ref, attr):
            item[csl] = getattr(ref, attr)
    if ref.annotation:
        item["note"] = ref.annotation
    if ref.keywords:
        item["keyword"] = ", ".join(ref.keywords)
    item["custom"] = _custom(ref)
    return item


def _custom(ref: Reference) -> dict[str, Any]:
    custom: dict[str, Any] = {
        "cited_in": [{k: getattr(c, k) for k in _CITATION_KEYS if getattr(c, k) or k == "document"}
                     for c in ref.citations]
    }
    if ref.modified:
        custom["modified"] = ref.modified.iso()
        if not ref.issued:
            custom["issued_from_modified"] = True
    if ref.note:
        custom["remainder"] = ref.note
    if ref.raw:
        custom["raw"] = ref.raw.split("\n")
    custom["confidence"] = round(ref.confidence, 3)
    if ref.extra:
        custom["extra"] = [[k, v] for k, v in ref.extra]
    return custom


def commentary_id(document: str) -> str:
    """'commentary-000-5656afd011c8767d-txt': ASCII slug of the document name."""
    slug = re.sub(r"[^a-z0-9]+", "-", anyascii(document).lower()).strip("-")
    return f"commentary-{slug or 'document'}"


def commentary_to_csl(commentary: Commentary, discursive: tuple[Note, ...] = ()) -> dict:
    """A commentary as a CSL item with ``custom.role = "commentary"`` and its discursive notes."""
    item: dict[str, Any] = {"id": commentary_id(commentary.document), "type": "article"}
    if commentary.authors:
        item["author"] = _names(commentary.authors)
    if commentary.title:
        item["title"] = commentary.title
    if commentary.publisher:
        item["publisher"] = commentary.publisher
    if commentary.date:
        item["issued"] = _date(commentary.date)
    if commentary.url:
        item["URL"] = commentary.url
    item["custom"] = {
        "role": "commentary",
        "document": commentary.document,
        "path": commentary.path,
        "format": commentary.format,
        "notes": len(commentary.notes),
        "discursive_notes": [_discursive(n) for n in discursive],
    }
    return item


def _discursive(note: Note) -> dict[str, Any]:
    out: dict[str, Any] = {"note": note.label, "text": note.text, "context": note.context}
    if len(note.contexts) > 1:
        out["contexts"] = list(note.contexts)
    if note.line:
        out["line"] = note.line
    return out


def library_to_csl(library: Library) -> list[dict]:
    """References (keys assigned if missing) then commentaries, each carrying its discursive notes."""
    from ..keys import assign_keys

    items = [reference_to_csl(ref) for ref in assign_keys(library.references)]
    by_doc: dict[str, list[Note]] = {}
    for note in library.discursive:
        by_doc.setdefault(note.document, []).append(note)
    for commentary in library.commentaries:
        items.append(commentary_to_csl(commentary, tuple(by_doc.pop(commentary.document, ()))))
    for document, notes in by_doc.items():  # discursive notes of a document with no commentary record
        items.append(commentary_to_csl(Commentary(path="", document=document, format=""), tuple(notes)))
    return items


def dumps_csl(items: list[dict]) -> str:
    """Stable text: UTF-8 characters kept, two-space indent, trailing newline."""
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


# --- reading ----------------------------------------------------------------------------------


def _read_names(value: Any) -> tuple[Name, ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for person in value:
        if not isinstance(person, dict):
            continue
        if person.get("literal"):
            out.append(Name(literal=str(person["literal"])))
            continue
        family = " ".join(str(person[k]) for k in ("non-dropping-particle", "family") if person.get(k))
        given = " ".join(str(person[k]) for k in ("given", "dropping-particle") if person.get(k))
        if person.get("suffix"):
            given = f"{given}, {person['suffix']}" if given else str(person["suffix"])
        out.append(Name(family=family, given=given))
    return tuple(out)


def _read_date(value: Any) -> PartialDate | None:
    """CSL date object -> PartialDate ('date-parts', else a year found in 'raw'/'literal')."""
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        nums = [int(p) for p in parts[0][:3]]
        return PartialDate(nums[0], nums[1] if len(nums) > 1 else None, nums[2] if len(nums) > 2 else None)
    text = str(value.get("raw") or value.get("literal") or "")
    match = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        return PartialDate(year, month, day)
    return None


def _iso_date(text: Any) -> PartialDate | None:
    return _read_date({"raw": text}) if isinstance(text, str) else None


def csl_to_reference(item: dict, source: str = "", line: int = 0) -> Reference:
    """One CSL-JSON item -> Reference; the inverse of ``reference_to_csl``."""
    custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
    values: dict[str, Any] = {attr: _str(item.get(csl)) for csl, attr in _SIMPLE if item.get(csl) is not None}
    modified = _iso_date(custom.get("modified"))
    issued = _read_date(item.get("issued"))
    if modified and custom.get("issued_from_modified"):
        issued = None
    raw = custom.get("raw", "")
    keywords = item.get("keyword", "")
    return Reference(
        type=str(item.get("type") or "document"),
        key=str(item.get("id", "")),
        authors=_read_names(item.get("author")),
        editors=_read_names(item.get("editor")),
        issued=issued,
        modified=modified,
        accessed=_read_date(item.get("accessed")),
        annotation=_str(item.get("note") or item.get("annote") or ""),
        note=_str(custom.get("remainder", "")),
        keywords=tuple(k.strip() for k in str(keywords).split(",") if k.strip()),
        citations=tuple(_citation(c) for c in custom.get("cited_in", []) if isinstance(c, dict)),
        raw="\n".join(raw) if isinstance(raw, list) else str(raw),
        confidence=float(custom.get("confidence", 1.0)),
        extra=tuple((str(k), str(v)) for k, v in custom.get("extra", [])),
        source=source,
        line=line,
        **values,
    )


def _str(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _citation(data: dict) -> Citation:
    return Citation(
        document=str(data.get("document", "")),
        note=str(data.get("note", "")),
        context=str(data.get("context", "")),
        locator=str(data.get("locator", "")),
        line=int(data.get("line") or 0),
    )


def csl_to_commentary(item: dict) -> tuple[Commentary, tuple[Note, ...]]:
    """A ``custom.role = "commentary"`` item -> the Commentary (without its notes) and discursive notes."""
    custom = item["custom"]
    document = str(custom.get("document", ""))
    commentary = Commentary(
        path=str(custom.get("path") or ""),
        document=document,
        format=str(custom.get("format") or ""),
        title=_str(item.get("title", "")),
        authors=_read_names(item.get("author")),
        date=_read_date(item.get("issued")),
        publisher=_str(item.get("publisher", "")),
        url=_str(item.get("URL", "")),
    )
    notes = tuple(
        Note(
            document=document,
            label=str(d.get("note", "")),
            text=str(d.get("text", "")),
            line=int(d.get("line") or 0),
            contexts=_contexts(d),
        )
        for d in custom.get("discursive_notes", [])
        if isinstance(d, dict)
    )
    return commentary, notes


def _contexts(data: dict) -> tuple[str, ...]:
    if data.get("contexts"):
        return tuple(str(c) for c in data["contexts"])
    return (str(data["context"]),) if data.get("context") else ()


def _is_commentary(item: dict) -> bool:
    custom = item.get("custom")
    return isinstance(custom, dict) and custom.get("role") == "commentary"


def _item_lines(text: str) -> dict[str, int]:
    """Line of each item's ``"id"`` in the file, so problems and records can point at it."""
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = re.match(r'\s*"id"\s*:\s*("(?:[^"\\]|\\.)*")', line)
        if match:
            lines.setdefault(json.loads(match.group(1)), number)
    return lines


def parse_csl(text: str, source: str = "") -> Library:
    """CSL-JSON text (a list, or ``{"items": [...]}``) -> Library; a bad item is a Problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", path=source, line=exc.lineno) from exc
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data = data["items"]
    if not isinstance(data, list):
        raise InputError("CSL-JSON must be a list of items or {\"items\": [...]}", path=source)
    lines = _item_lines(text)
    refs, commentaries, discursive, problems = [], [], [], []
    for index, item in enumerate(data, 1):
        line = lines.get(str(item.get("id", ""))) if isinstance(item, dict) else None
        try:
            if not isinstance(item, dict):
                raise TypeError("item is not an object")
            if _is_commentary(item):
                commentary, notes = csl_to_commentary(item)
                if commentary.path or commentary.title or commentary.format or not notes:
                    commentaries.append(commentary)
                discursive.extend(notes)
            else:
                refs.append(csl_to_reference(item, source=source, line=line or 0))
        except (TypeError, ValueError, KeyError, IndexError) as exc:
            message = f"CSL item {index} skipped: {exc}"
            problems.append(Problem(source, message, line=line or 0, severity="error"))
    return Library(tuple(refs), tuple(commentaries), tuple(discursive), tuple(problems))


def read_csl(path: str | Path) -> Library:
    """Read a CSL-JSON file written by bibkit or another tool."""
    from .sources import read_library_text

    return parse_csl(read_library_text(path), source=str(path))
