"""Re-runs: merge a fresh extraction into the library on disk without losing what the user did.

The user edits the generated ``.bib`` by hand: fixes a title, adds an ``annotation`` or a
keyword, pins a key. A re-run must keep those edits and still take improved extractions. To
tell the two apart bibkit keeps a state file (``references/.bibkit-state.json``) holding, per
key, the field values bibkit last *extracted* for that entry, in the form they read back from
the ``.bib``. On the next run, per field:

- current ``.bib`` value != last extracted value  -> the user edited it: the edit wins;
- otherwise                                       -> take the new extraction.

(A three-way merge: base = last extraction, theirs = new extraction, ours = the file.) The
state records the *extraction*, not what was finally written, so an edit keeps winning on
every later run, not just the next one. ``keywords`` merge as sets: keywords the user added
stay, ones the user removed stay removed, bibkit's new themes are added. An entry the state
does not know (added by hand, or a lost state file) is the user's: its filled fields win.

Other rules: keys never change (fresh works are matched to existing entries with the dedupe
rules, two existing entries are never merged except by a user's ``same`` decision, and new
works get keys that cannot collide); a work no longer cited is kept and marked with the field
``bibkit-status = {uncited}`` (biber ignores unknown fields; the mark goes again when the work
is cited again) unless ``prune=True``, which removes it — but never an entry the user added
by hand; broken ``.bib`` blocks are reported with their line numbers and written back verbatim
at the end of the file; both files are written atomically (``bibkit.io.atomic``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from .decisions import Decisions
from .dedupe import IDS_FIELD, VARIANTS_FIELD, DedupeReport, Merge, ensure_keys, find_clusters, merge_references
from .errors import InputError
from .model import Library, Name, PartialDate, Problem, Reference

STATE_VERSION = 1
STATUS_FIELD = "bibkit-status"
UNCITED = "uncited"
MANAGED_EXTRA = frozenset({IDS_FIELD, VARIANTS_FIELD, STATUS_FIELD})  # fields bibkit owns outright
_TEXT = ("type", "title", "container", "collection", "publisher", "place", "volume", "issue", "pages",
         "edition", "number", "genre", "url", "doi", "isbn", "note", "annotation")
_NAMES = ("authors", "editors")
_DATES = ("issued", "modified", "accessed")
_BROKEN_MARK = "% bibkit: could not read the block below (line {line}); kept as it was. Fix it by hand."


@dataclass(frozen=True)
class UpdateReport:
    """What a re-run changed; ``state`` is what ``write_update`` records for the next run."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()  # keys whose extracted fields changed
    kept_edits: tuple[tuple[str, str], ...] = ()  # (key, field): a hand edit that beat the extraction
    uncited: tuple[str, ...] = ()
    pruned: tuple[str, ...] = ()
    broken: tuple[tuple[int, str], ...] = ()  # (line, verbatim text) of unreadable .bib blocks
    problems: tuple[Problem, ...] = ()
    dedupe: DedupeReport = DedupeReport()
    state: dict = field(default_factory=dict, compare=False, repr=False)

    def lines(self) -> list[str]:
        out = [f"added {k}" for k in self.added] + [f"updated {k}" for k in self.updated]
        out += [f"kept your edit of {k}.{f}" for k, f in self.kept_edits]
        out += [f"no longer cited, kept and marked: {k}" for k in self.uncited]
        out += [f"no longer cited, removed: {k}" for k in self.pruned]
        out += [str(p) for p in self.problems]
        return out + self.dedupe.lines()


# ---------------------------------------------------------------- snapshots


def snapshot(ref: Reference) -> dict[str, object]:
    """The user-editable fields of ``ref`` as JSON values (empty fields left out).

    ``citations``, ``raw``, ``confidence`` and the place it was read from are not in a
    ``.bib`` and so cannot be edited there; bibkit-managed extra fields are left out too.
    """
    out: dict[str, object] = {name: getattr(ref, name) for name in _TEXT if getattr(ref, name)}
    for name in _NAMES:
        if getattr(ref, name):
            out[name] = [[n.family, n.given, n.literal] for n in getattr(ref, name)]
    for name in _DATES:
        if getattr(ref, name):
            out[name] = getattr(ref, name).iso()
    if ref.keywords:
        out["keywords"] = list(ref.keywords)
    for name, value in ref.extra:
        if name not in MANAGED_EXTRA:
            out["extra:" + name] = value
    return out


def restore(base: Reference, snap: dict[str, object]) -> Reference:
    """``base`` with its editable fields set from ``snap`` (the inverse of ``snapshot``)."""
    values: dict[str, object] = {name: snap.get(name, "") for name in _TEXT}
    values["type"] = snap.get("type") or base.type
    for name in _NAMES:
        values[name] = tuple(Name(*row) for row in snap.get(name, []))
    for name in _DATES:
        values[name] = _date(snap.get(name))
    values["keywords"] = tuple(snap.get("keywords", []))
    managed = tuple((k, v) for k, v in base.extra if k in MANAGED_EXTRA)
    values["extra"] = tuple((k[6:], v) for k, v in snap.items() if k.startswith("extra:")) + managed
    return replace(base, **values)


def _date(iso: object) -> PartialDate | None:
    if not iso:
        return None
    parts = [int(p) for p in str(iso).split("-")]
    return PartialDate(*parts)


def three_way(current: dict, last: dict, new: dict) -> tuple[dict, list[str]]:
    """Merge per field: a field the user changed since ``last`` keeps ``current``; else ``new``.

    Returns the merged snapshot and the fields where a hand edit beat a different extraction.
    """
    merged: dict[str, object] = {}
    kept: list[str] = []
    for name in sorted(set(current) | set(last) | set(new)):
        cur, old, fresh = current.get(name), last.get(name), new.get(name)
        if name == "keywords":
            value = _merge_keywords(cur or [], old or [], fresh or [])
        elif cur != old:
            value = cur
            if fresh != cur:
                kept.append(name)
        else:
            value = fresh
        if value:
            merged[name] = value
    return merged, kept


def _merge_keywords(cur: list, old: list, fresh: list) -> list:
    added, removed = [k for k in cur if k not in old], {k for k in old if k not in cur}
    return list(dict.fromkeys([*(k for k in fresh if k not in removed), *added]))


# ---------------------------------------------------------------- state file


def load_state(path: str | Path) -> dict[str, dict]:
    """Per key, the snapshot bibkit last extracted; {} when there is no state file yet."""
    path = Path(path)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read bibkit state ({exc}); delete it to start afresh", path=str(path)) from exc
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        raise InputError(f"unknown state format (want version {STATE_VERSION})", path=str(path))
    return dict(data.get("entries", {}))


def dumps_state(state: dict[str, dict]) -> str:
    return json.dumps({"version": STATE_VERSION, "entries": state}, ensure_ascii=False, indent=1,
                      sort_keys=True) + "\n"


# ---------------------------------------------------------------- the update


def _read_existing(path: Path) -> tuple[Library, list[tuple[int, str]]]:
    from .io.bibtex import parse_bibtex_blocks

    if not path.exists():
        return Library(), []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read library: {exc}", path=str(path)) from exc
    return parse_bibtex_blocks(text, source=str(path))


def _readback(refs: list[Reference]) -> dict[str, dict]:
    """Snapshots of ``refs`` as they read back from a .bib, so they compare with a file's values."""
    from .io.bibtex import library_to_bibtex, parse_bibtex

    if not refs:
        return {}
    back = parse_bibtex(library_to_bibtex(Library(references=tuple(refs))))
    return {r.key: snapshot(r) for r in back.references}


def _fresh_keys(existing: tuple[Reference, ...], fresh: tuple[Reference, ...]) -> tuple[Reference, ...]:
    """Keys for fresh references that can never collide with a key already written."""
    taken = {r.key for r in existing} | {k for r in existing for k in _ids(r)}
    cleared = tuple(replace(r, key="") if r.key in taken else r for r in fresh)
    from .keys import assign_keys

    return assign_keys((*existing, *cleared))[len(existing) :] if cleared else ()


def _fields(entry: dict) -> dict:
    """A state entry without its bookkeeping (``@cited_in``): the field snapshot."""
    return {k: v for k, v in entry.items() if not k.startswith("@")}


def _same_notes(current, fresh, state: dict, decisions: Decisions) -> Decisions:
    """Tie a fresh reference to the entry last extracted from the same note (document + label).

    The note a work was cited in is the strongest identity across runs: it holds even when a
    better parser now reads a different title. Only unambiguous notes count (a note citing
    two works, or two entries, is left to the duplicate rules).
    """
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    keys = {r.key for r in current}
    for key, entry in state.items():
        if key in keys:
            for doc, note in entry.get("@cited_in", []):
                owners[(doc, note)].add(key)
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for ref in fresh:
        for c in {(c.document, c.note) for c in ref.citations}:
            seen[c] += 1
    for ref in fresh:
        found = {k for c in ref.citations if seen[(c.document, c.note)] == 1
                 for k in owners.get((c.document, c.note), ()) if len(owners[(c.document, c.note)]) == 1}
        if len(found) == 1:
            decisions = decisions.add("same", found.pop(), ref.key)
    return decisions


def _ids(ref: Reference) -> list[str]:
    return [k.strip() for n, v in ref.extra if n == IDS_FIELD for k in v.split(",") if k.strip()]


def _set_extra(ref: Reference, name: str, value: str) -> Reference:
    extra = tuple((k, v) for k, v in ref.extra if k != name)
    return replace(ref, extra=extra + ((name, value),) if value else extra)


def _extra(ref: Reference, name: str) -> str:
    return next((v for k, v in ref.extra if k == name), "")


def update_library(
    existing_bib: Path,
    fresh: Library,
    *,
    state_path: Path,
    prune: bool = False,
    decisions: Decisions | None = None,
) -> tuple[Library, UpdateReport]:
    """The library to write after a run that extracted ``fresh``, and what changed. Reads, never writes."""
    existing_bib, state_path = Path(existing_bib), Path(state_path)
    existing, broken = _read_existing(existing_bib)
    state = load_state(state_path)
    current = existing.references
    fresh_refs = _fresh_keys(current, ensure_keys(fresh.references) if fresh.references else ())
    written = tuple(restore(r, _fields(state[r.key])) if r.key in state else r for r in current)
    decisions = _same_notes(current, fresh_refs, state, decisions or Decisions())
    clusters = find_clusters((*written, *fresh_refs), decisions, apart=range(len(written)))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(written) + len(fresh_refs)):
        groups[clusters.find(i)].append(i)
    plan = _Plan(current, fresh_refs, state, prune)
    for members in groups.values():
        plan.add_group(members, clusters.reasons.get(clusters.find(members[0]), []))
    return plan.finish(fresh, existing, broken)


class _Plan:
    """Builds the updated library group by group (internal)."""

    def __init__(self, current: tuple[Reference, ...], fresh: tuple[Reference, ...], state: dict, prune: bool):
        self.current, self.fresh, self.state, self.prune = current, fresh, state, prune
        self.out: dict[int, Reference] = {}  # position -> reference, existing positions first
        self.extracted: list[Reference] = []  # pure extractions, for the next state
        self.added: list[str] = []
        self.kept: list[tuple[str, str]] = []
        self.uncited: list[str] = []
        self.pruned: list[str] = []
        self.merges: list[Merge] = []
        self.changed: list[str] = []
        self.pending: list[tuple[int, Reference, Reference, list[str]]] = []

    def add_group(self, members: list[int], reasons: list[str]) -> None:
        n = len(self.current)
        old = [self.current[i] for i in members if i < n]
        new = [self.fresh[i - n] for i in members if i >= n]
        if not old:
            self._add_new(new, members, reasons)
        elif not new:
            self._no_longer_cited(old, members)
        else:
            self._update(old, new, members)

    def _add_new(self, new: list[Reference], members: list[int], reasons: list[str]) -> None:
        keep = min(range(len(new)), key=lambda i: (len(new[i].key), new[i].key))
        ref = new[keep] if len(new) == 1 else merge_references(new, keep)[0]
        if len(new) > 1:
            self.merges.append(Merge(ref.key, tuple(r.key for r in new if r.key != ref.key), tuple(reasons)))
        self.out[members[0]] = ref
        self.extracted.append(ref)
        self.added.append(ref.key)

    def _no_longer_cited(self, old: list[Reference], members: list[int]) -> None:
        for i, ref in zip(members, old, strict=True):
            if self.prune and ref.key in self.state:
                self.pruned.append(ref.key)
                continue
            self.uncited.append(ref.key)
            self.out[i] = _set_extra(ref, STATUS_FIELD, UNCITED)

    def _update(self, old: list[Reference], new: list[Reference], members: list[int]) -> None:
        cur = old[0] if len(old) == 1 else merge_references(old, min(range(len(old)), key=lambda i: old[i].line))[0]
        extracted = replace(merge_references(new, 0)[0] if len(new) > 1 else new[0], key=cur.key)
        aliases = [*_ids(cur), *(r.key for r in old[1:])]
        self.extracted.append(extracted)
        self.pending.append((min(members), cur, extracted, aliases))

    def _resolve(self, position: int, cur: Reference, extracted: Reference, aliases: list[str],
                 new: dict) -> None:
        """Three-way merge of one existing entry with its new extraction (``new``: read-back snapshot)."""
        last = _fields(self.state[cur.key]) if cur.key in self.state else None
        if last is None:  # an entry bibkit never wrote: the user's values win where set
            merged = {**new, **snapshot(cur)}
        else:
            merged, kept = three_way(snapshot(cur), last, new)
            self.kept += [(cur.key, f) for f in kept]
            if new != last:
                self.changed.append(cur.key)
        ref = restore(cur, merged)
        ref = replace(ref, citations=extracted.citations, raw=extracted.raw, confidence=extracted.confidence)
        ref = _set_extra(ref, STATUS_FIELD, "")
        ref = _set_extra(ref, IDS_FIELD, ",".join(dict.fromkeys(k for k in aliases if k != cur.key)))
        ref = _set_extra(ref, VARIANTS_FIELD, _extra(extracted, VARIANTS_FIELD) or _extra(cur, VARIANTS_FIELD))
        self.out[position] = ref

    def finish(self, fresh: Library, existing: Library, broken: list) -> tuple[Library, UpdateReport]:
        extracted = _readback(self.extracted)
        for position, cur, ref, aliases in self.pending:
            self._resolve(position, cur, ref, aliases, extracted.get(cur.key, snapshot(ref)))
        refs = tuple(self.out[i] for i in sorted(self.out))
        keys = {r.key for r in refs}
        state = {k: v for k, v in self.state.items() if k in keys}
        state.update(extracted)
        for ref in self.extracted:
            if ref.key in state:
                state[ref.key]["@cited_in"] = sorted({(c.document, c.note) for c in ref.citations})
        problems = existing.problems
        library = replace(fresh, references=refs, problems=fresh.problems + problems)
        report = UpdateReport(
            added=tuple(self.added), updated=tuple(self.changed), kept_edits=tuple(self.kept),
            uncited=tuple(self.uncited), pruned=tuple(self.pruned), broken=tuple(broken), problems=problems,
            dedupe=DedupeReport(merges=tuple(self.merges), references_in=len(self.fresh),
                                references_out=len(refs)),
            state=state,
        )
        return library, report


def bib_text(library: Library, broken: tuple[tuple[int, str], ...] = ()) -> str:
    """The .bib text: every entry, then each unreadable block verbatim under a comment naming its line."""
    from .io.bibtex import library_to_bibtex

    text = library_to_bibtex(library)
    for line, raw in broken:
        text += "\n" + _BROKEN_MARK.format(line=line) + "\n" + raw.strip("\n") + "\n"
    return text


def write_update(bib_path: Path, library: Library, report: UpdateReport, *, state_path: Path) -> None:
    """Write the .bib, then the state, each atomically (an interrupted run leaves old files whole)."""
    from .io.atomic import write_atomic

    write_atomic(bib_path, bib_text(library, report.broken))
    write_atomic(state_path, dumps_state(report.state))


def update_bib(
    bib_path: Path,
    fresh: Library,
    *,
    state_path: Path | None = None,
    prune: bool = False,
    decisions: Decisions | None = None,
) -> tuple[Library, UpdateReport]:
    """``update_library`` then ``write_update``; the state defaults to ``.bibkit-state.json`` beside the .bib."""
    bib_path = Path(bib_path)
    state_path = Path(state_path) if state_path else bib_path.parent / ".bibkit-state.json"
    library, report = update_library(bib_path, fresh, state_path=state_path, prune=prune, decisions=decisions)
    write_update(bib_path, library, report, state_path=state_path)
    return library, report
