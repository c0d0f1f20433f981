"""The user's duplicate decisions, kept in a plain text file so every later run honours them.

Format of ``references/duplicates.txt`` (UTF-8, one decision per line)::

    # bibkit duplicate decisions: "same KEY1 KEY2" merges, "different KEY1 KEY2" keeps apart.
    different kyodo2014 kyodo2014a      # two Kyodo wires a week apart
    same abiru2021japan abiru2021japana

- ``same A B``: A and B are one work; bibkit merges them even if a blocker (say, two dates)
  would have kept them apart. The merged entry keeps the key that sorts first among those
  already written.
- ``different A B``: never merge A and B, and stop listing them as a near miss.
- ``#`` starts a comment (whole line or end of line); blank lines are ignored; keys are
  compared exactly (BibTeX keys are case-sensitive in biber). Order of A and B does not matter.
- A pair given both ``same`` and ``different`` is an error naming both lines, because bibkit
  cannot guess which one the user meant.

Decisions name keys, and keys never change once written, so a decision stays valid on
every re-run. A key absorbed into a merge stays reachable through the entry's ``ids`` alias.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError, InputError

VERDICTS = ("same", "different")
HEADER = (
    "# bibkit duplicate decisions, one per line:\n"
    "#   same KEY1 KEY2       these two are one work: merge them\n"
    "#   different KEY1 KEY2  these are different works: never merge, stop reporting them\n"
)


def pair(key_a: str, key_b: str) -> frozenset[str]:
    """The order-free form of a decision's two keys."""
    return frozenset((key_a, key_b))


@dataclass(frozen=True)
class Decisions:
    """Pairs of keys the user declared the same work, or different works."""

    same: frozenset[frozenset[str]] = frozenset()
    different: frozenset[frozenset[str]] = frozenset()

    def is_different(self, key_a: str, key_b: str) -> bool:
        return pair(key_a, key_b) in self.different

    def is_same(self, key_a: str, key_b: str) -> bool:
        return pair(key_a, key_b) in self.same

    def keys(self) -> frozenset[str]:
        """Every key named in a decision."""
        return frozenset(k for p in self.same | self.different for k in p)

    def add(self, verdict: str, key_a: str, key_b: str) -> Decisions:
        """A copy with one more decision; the new verdict replaces an opposite one for that pair."""
        if verdict not in VERDICTS:
            raise ConfigError(f"unknown decision {verdict!r}; use 'same' or 'different'")
        p = pair(key_a, key_b)
        if verdict == "same":
            return Decisions(self.same | {p}, self.different - {p})
        return Decisions(self.same - {p}, self.different | {p})


def parse_decisions(text: str, source: str = "") -> Decisions:
    """Read decisions from text; a malformed or contradictory line raises ConfigError with its line."""
    seen: dict[frozenset[str], tuple[str, int]] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        words = line.split()
        if len(words) != 3 or words[0].lower() not in VERDICTS:
            raise ConfigError(
                f"expected 'same KEY1 KEY2' or 'different KEY1 KEY2', got {line!r}", path=source, line=number
            )
        verdict, key_a, key_b = words[0].lower(), words[1], words[2]
        if key_a == key_b:
            raise ConfigError(f"a decision needs two different keys, got {key_a!r} twice",
                              path=source, line=number)
        p = pair(key_a, key_b)
        if p in seen and seen[p][0] != verdict:
            raise ConfigError(
                f"'{verdict} {key_a} {key_b}' contradicts line {seen[p][1]} ('{seen[p][0]}')",
                path=source,
                line=number,
            )
        seen.setdefault(p, (verdict, number))
    same = frozenset(p for p, (v, _) in seen.items() if v == "same")
    return Decisions(same, frozenset(seen) - same)


def read_decisions(path: str | Path) -> Decisions:
    """Decisions from ``path``; a file that does not exist yet means no decisions."""
    path = Path(path)
    if not path.exists():
        return Decisions()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read decisions file: {exc}", path=str(path)) from exc
    return parse_decisions(text, str(path))


def format_decisions(decisions: Decisions) -> str:
    """The file text for ``decisions``: the header, then sorted 'same' and 'different' lines."""
    lines = [HEADER]
    for verdict, pairs in (("same", decisions.same), ("different", decisions.different)):
        lines += [f"{verdict} {a} {b}\n" for a, b in sorted(tuple(sorted(p)) for p in pairs)]
    return "".join(lines)


def write_decisions(path: str | Path, decisions: Decisions) -> None:
    """Write ``decisions`` atomically (an interrupted run leaves the old file intact)."""
    from .io.atomic import write_atomic

    write_atomic(path, format_decisions(decisions))
