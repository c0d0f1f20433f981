"""Stage 3: one work, one entry. Finds references to the same work and merges them, losing nothing.

Evidence, strongest first (a pair merges on the first that applies):

1. the same DOI after normalisation (bare, ``doi:``, doi.org and dx.doi.org forms);
2. the same URL after normalisation (scheme, ``www.``, trailing slash, default port, ``utm_*``…),
   unless the URL is a bare site address, which names an outlet, not a work;
3. the same folded title (quotes, dashes, hyphenation, case, diacritics, spacing all folded), or a
   close one (rapidfuzz ratio >= 0.92), backed by the first author, the outlet or the date;
4. no title at all: the same outlet on the same full date (two identical-looking entries are
   useless in a bibliography anyway).

Blockers keep works apart whatever else agrees, because these are exactly the traps other tools
fall into (see shared/notes/bibtex-toolchain.md): different full dates (or years, or months),
DOIs, editions, volumes, issues, report numbers, non-overlapping page ranges, numbers in the
titles ("Japan 2016" vs "Japan 2021"), a chapter vs any other type, a book vs an article, and
two people as first authors with different family names. Two different URLs are a strong but
not absolute signal: the pair merges only on an identical title, full date and author or outlet.
A pair that is close but blocked or too weakly backed is a *near miss*, listed for the user to
decide (``bibkit.decisions``); a recurring title on many dates only lists date-neighbours.

Cost grows about linearly: references are grouped by exact folded title (or by outlet when
untitled), clustered against each cluster's merged profile (so a year-only citation can never
chain two different full dates together), and only then compared across groups through DOI,
URL and fuzzy-title blocks (prefix/suffix of the folded title, main title before a colon; inside
a block, each title meets only its sorted neighbours). A fuzzy title match whose difference is
one content word exchanged for another ("Energy" vs "Security") is a near miss, never a merge.

The merged Reference keeps every Citation, the most complete value of each field, the union of
keywords, the keys it absorbed in ``extra["ids"]`` (biblatex's key-alias field, so old
``\\cite{}`` commands still resolve in biber) and the values it did not choose in
``extra["bibkit-variants"]``: a JSON list of ``[field, value]`` pairs (braces escaped so the
.bib stays balanced). That keeps the evidence in the library itself, where a later run or the
user can see it; biber ignores fields outside its data model.
"""

from __future__ import annotations

import gc
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter

from rapidfuzz import fuzz, process

from .decisions import Decisions
from .model import Library, Name, PartialDate, Reference
from .normalize import (
    clean_spaces,
    compact,
    doi_from_url,
    fold,
    is_site_root,
    main_compact,
    normalize_doi,
    normalize_edition,
    normalize_url,
    number_tokens,
    page_range,
)

SAME_TITLE = 0.92  # fuzzy title ratio from which a backed pair merges
NEAR_TITLE = 0.80  # fuzzy title ratio from which a pair is worth showing
_FUZZY_BLOCK = 8  # prefix/suffix length of the folded title used as a fuzzy block key
# Inside a block, titles are sorted (by their other end for a suffix block) and each is compared
# with the next few only: the sorted-neighbourhood method of record linkage. A typo sits next to
# its original in that order, and the cost stays linear however many titles share a block key.
_FUZZY_WINDOW = 48
# Each title is compared with its few nearest titles only: a family of near-identical titles
# (a report series, "Press Conference by the Prime Minister ...") would otherwise give every
# pair as a candidate, and cost would grow with the square of the family.
_FUZZY_NEIGHBOURS = 6
_AMBIGUITY_PARTNERS = 12  # title partners per entry checked for "matches more than one work"
_ROUNDS = 4  # repeat rounds of cross-group merging at most
_ALL_PAIRS = 12  # groups with more clusters than this only compare date neighbours
VARIANTS_FIELD = "bibkit-variants"
IDS_FIELD = "ids"
_BOOKISH = {"book", "thesis"}
_ARTICLES = {"article-journal", "article-newspaper", "article-magazine"}
_TYPE_RANK = {"document": 0, "webpage": 1}  # every other type is more specific


@dataclass(frozen=True)
class Merge:
    """One merged group: the key kept, the keys absorbed, why, and the values not chosen."""

    key: str
    absorbed: tuple[str, ...]
    reasons: tuple[str, ...]
    variants: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return f"merged {self.key} <- {', '.join(self.absorbed)}: {' / '.join(self.reasons)}"


@dataclass(frozen=True)
class NearMiss:
    """Two entries close enough to look at but not merged, and why they were not."""

    key_a: str
    key_b: str
    reason: str

    def __str__(self) -> str:
        return f"near miss {self.key_a} ~ {self.key_b}: {self.reason}"


@dataclass(frozen=True)
class DedupeReport:
    """What dedupe did. Near misses the user already decided are left out, so all listed are open."""

    merges: tuple[Merge, ...] = ()
    near_misses: tuple[NearMiss, ...] = ()
    unknown_keys: tuple[str, ...] = ()  # keys named in decisions but absent from the library
    references_in: int = 0
    references_out: int = 0

    @property
    def undecided(self) -> tuple[NearMiss, ...]:
        return self.near_misses

    def lines(self) -> list[str]:
        """One line per merged group and per near miss, then unknown decision keys."""
        out = [str(m) for m in self.merges] + [str(n) for n in self.near_misses]
        out += [f"decision names unknown key {k}" for k in self.unknown_keys]
        return out

    def summary(self) -> str:
        return (
            f"{self.references_in} references -> {self.references_out} works: "
            f"{len(self.merges)} merged groups, {len(self.near_misses)} near misses to decide"
        )


# ---------------------------------------------------------------- profiles


# The features merged as sets when clusters join (``absorb``); the rest are scalars.
_SET_SLOTS = (
    "keys",
    "dois",
    "urls",
    "edition",
    "volume",
    "issue",
    "number",
    "pages",
    "types",
    "persons",
    "orgs",
    "bodies",
    "titles",
    "wordings",
    "mains",
    "numbers",
)


class _Profile:
    """Comparison features of one reference, or the merged features of a cluster (internal, mutable)."""

    __slots__ = ("size", "written", "clash", "date", "words", *_SET_SLOTS)

    def __init__(self, ref: Reference):
        self.size = 1
        self.written = 0  # > 0: holds an entry already written to the user's file
        self.clash = False  # members with conflicting dates (joined by a DOI or a decision): date unknown
        self.keys = frozenset({ref.key, *_aliases(ref)}) if ref.extra else frozenset((ref.key,))
        url_doi = doi_from_url(ref.url) if "doi" in ref.url else ""
        self.dois = _one(normalize_doi(ref.doi) or url_doi)
        url = "" if url_doi or not ref.url else normalize_url(ref.url)
        self.urls = _one(url) if not is_site_root(url) else _EMPTY
        date = ref.issued or ref.modified
        self.date = (date.year, date.month, date.day if date.month else None) if date else None
        self.edition = _one(normalize_edition(ref.edition)) - {"1"} if ref.edition else _EMPTY
        self.volume = _one(fold(ref.volume)) if ref.volume else _EMPTY
        self.issue = _one(fold(ref.issue)) if ref.issue else _EMPTY
        self.number = _one(fold(ref.number)) if ref.number else _EMPTY
        self.pages = _one(page_range(ref.pages)) if ref.pages and ref.type not in _BOOKISH else _EMPTY
        self.types = _type_set(ref.type)
        first = ref.authors[0] if ref.authors else (ref.editors[0] if ref.editors else None)
        self.persons = _one(_person(first)) if first and not first.literal and first.family else _EMPTY
        self.orgs = _one(_body(first.literal)) if first and first.literal else _EMPTY
        bodies = {_body(ref.container), _body(ref.publisher), *self.orgs} - {""}
        self.bodies = frozenset(bodies) if bodies else _EMPTY
        folded = fold(ref.title)
        self.titles = _one(folded.replace(" ", ""))
        self.wordings = _one(folded)
        self.mains = _one(main_compact(ref.title)) if folded else _EMPTY
        self.numbers = frozenset((number_tokens(folded),)) if folded else _EMPTY
        self.words = folded.count(" ") + 1 if folded else 0

    def absorb(self, other: _Profile) -> None:
        """Fold a smaller cluster's features into this one (the most precise date wins).

        ``other`` is dead afterwards, so its sets may be taken over rather than copied: merging
        small into big keeps a work cited thousands of times linear in cost.
        """
        self.size += other.size
        self.written += other.written
        for name in _SET_SLOTS:
            mine, theirs = getattr(self, name), getattr(other, name)
            if not theirs or theirs <= mine:
                continue
            if not mine:
                setattr(self, name, theirs)
            elif isinstance(mine, set):
                mine |= theirs
            else:
                setattr(self, name, set(mine) | theirs)
        self.words = max(self.words, other.words)
        self.clash = self.clash or other.clash or bool(_date_conflict(self.date, other.date))
        self.date = None if self.clash else _date_join(self.date, other.date)


_EMPTY: frozenset = frozenset()
@lru_cache(maxsize=64)
def _type_set(kind: str) -> frozenset:
    return frozenset((kind,))


def _one(value) -> frozenset:
    """A one-value set, or the shared empty set (a large library has many empty fields)."""
    return frozenset((value,)) if value else _EMPTY


def _person(name: Name) -> tuple[str, str]:
    return compact(name.family), compact(name.given)


def _body(text: str) -> str:
    return fold(text).removeprefix("the ").replace(" ", "") if text else ""


def _aliases(ref: Reference) -> set[str]:
    values = (value for name, value in ref.extra if name == IDS_FIELD)
    return {k.strip() for value in values for k in value.split(",") if k.strip()}


def _precision(date: tuple | None) -> int:
    return 0 if date is None else sum(1 for part in date if part)


def _sortable(date: tuple | None) -> tuple[int, int, int]:
    return tuple(part or 0 for part in date) if date else (0, 0, 0)


def _iso(date: tuple) -> str:
    return PartialDate(*date).iso()


# ---------------------------------------------------------------- comparing


def _date_join(a: tuple | None, b: tuple | None) -> tuple | None:
    """The cluster date: the more precise of two compatible dates."""
    if not a or not b:
        return a or b
    return a if _precision(a) >= _precision(b) else b


def _date_conflict(a: tuple | None, b: tuple | None) -> str:
    if not a or not b:
        return ""
    for x, y in zip(a, b, strict=True):
        if x and y and x != y:
            return f"dates differ ({_iso(a)} vs {_iso(b)})"
    return ""


def _persons_match(left: set, right: set) -> bool:
    for fam_a, giv_a in left:
        for fam_b, giv_b in right:
            if fam_a == fam_b and (not giv_a or not giv_b or giv_a[0] == giv_b[0]):
                return True
            if fam_a and fam_a == giv_b and giv_a == fam_b:  # "Lyu Yaodong" read in either order
                return True
    return False


def _pages_overlap(left: list, right: list) -> bool:
    return any(a0 <= b1 and b0 <= a1 for a0, a1 in left for b0, b1 in right)


def _type_conflict(left: set, right: set) -> str:
    if ("chapter" in left) != ("chapter" in right):
        other = next(iter((right if "chapter" in left else left) - {"chapter"}), "other")
        return f"chapter vs {other}"
    if (left & _BOOKISH and right & _ARTICLES) or (right & _BOOKISH and left & _ARTICLES):
        return "book vs article"
    return ""


def _blocker(p: _Profile, q: _Profile) -> str:
    """Why p and q cannot be one work, or "" (hard rules; see the module docstring)."""
    if p.dois and q.dois and p.dois.isdisjoint(q.dois):
        return f"DOIs differ ({min(p.dois)} vs {min(q.dois)})"
    reason = _date_conflict(p.date, q.date) or _type_conflict(p.types, q.types)
    if reason:
        return reason
    for label, a, b in (
        ("editions", p.edition, q.edition),
        ("volumes", p.volume, q.volume),
        ("issues", p.issue, q.issue),
        ("numbers", p.number, q.number),
    ):
        if a and b and a.isdisjoint(b):
            return f"{label} differ ({min(a)} vs {min(b)})"
    if p.pages and q.pages and not _pages_overlap(p.pages, q.pages):
        (a0, a1), (b0, b1) = min(p.pages), min(q.pages)
        return f"pages differ ({a0}-{a1} vs {b0}-{b1})"
    if p.persons and q.persons and not _persons_match(p.persons, q.persons):
        return f"first authors differ ({min(p.persons)[0]} vs {min(q.persons)[0]})"
    if p.numbers and q.numbers and p.numbers.isdisjoint(q.numbers):
        return "numbers in the titles differ"
    return ""


def _evidence(p: _Profile, q: _Profile) -> list[str]:
    """What besides the title agrees: author, container (outlet, publisher), date or year."""
    found = []
    if _persons_match(p.persons, q.persons) or (p.orgs & q.orgs):
        found.append("author")
    if p.bodies & q.bodies:
        found.append("container")
    if p.date and q.date:
        if _precision(p.date) == _precision(q.date) == 3 and p.date == q.date:
            found.append("date")
        elif p.date[0] == q.date[0]:
            found.append("year")
    return found


def _title_score(p: _Profile, q: _Profile) -> tuple[float, str]:
    if p.titles & q.titles:
        return 1.0, "same title"
    if (p.titles & q.mains) or (q.titles & p.mains):
        return 0.95, "same title but one subtitle"
    best = max(fuzz.ratio(a, b) for a in p.titles for b in q.titles) / 100
    return best, f"similar titles ({best:.2f})"


def _judge(p: _Profile, q: _Profile, via: str) -> tuple[str, str]:
    """("same" | "near" | "", reason) for two clusters brought together by ``via``."""
    if via == "doi":  # the DOI outweighs dates and titles, but not a chapter vs its book
        conflict = _type_conflict(p.types, q.types)
        return ("near", f"same DOI, {conflict}") if conflict else ("same", "same DOI")
    blocked = _blocker(p, q)
    titled = bool(p.titles and q.titles)
    score, how = _title_score(p, q) if titled else (0.0, "")
    if via == "url":
        if blocked:
            return "near", f"same URL, {blocked}"
        if titled and score < 0.6:
            return "near", "same URL, titles differ"
        return "same", "same URL"
    if not p.titles and not q.titles:
        return _judge_untitled(p, q, blocked)
    if not titled or score < NEAR_TITLE:
        return "", ""
    if blocked:
        return ("near", f"{how}, {blocked}") if score >= 0.9 else ("", "")
    if score < SAME_TITLE:
        return "near", how
    return _judge_backing(p, q, score, how)


def _judge_untitled(p: _Profile, q: _Profile, blocked: str) -> tuple[str, str]:
    if not p.bodies & q.bodies:
        return "", ""
    if blocked:
        return "near", f"same container, {blocked}"
    if _precision(p.date) == _precision(q.date) == 3 and p.date == q.date and not (p.urls ^ q.urls):
        return "same", "same container and full date, no title"
    return "near", "same container, no title and no full date to compare"


def _judge_backing(p: _Profile, q: _Profile, score: float, how: str) -> tuple[str, str]:
    """A title match merges only when something else agrees and nothing soft disagrees."""
    evidence = _evidence(p, q)
    longest = min(max(map(len, p.titles)), max(map(len, q.titles)))  # a merge keeps the fullest title
    weak = min(p.words, q.words) < 3 or longest < 12
    if p.urls and q.urls and p.urls.isdisjoint(q.urls):
        if score == 1.0 and "date" in evidence and len(evidence) > 1:
            return "same", f"{how}, {', '.join(evidence)} (URLs differ)"
        return "near", f"{how}, URLs differ"
    if bool(p.edition) != bool(q.edition):
        return "near", f"{how}, edition {min(p.edition or q.edition)} given only once"
    swapped = _swapped_word(p, q) if score < 1.0 else ""
    if swapped:
        return "near", f"{how}, {swapped}"
    dated = "date" in evidence or "year" in evidence
    if weak and not (dated and len(evidence) > 1):
        return "near", f"{how} (short title), too little else agrees"
    if not evidence or (evidence == ["year"] and min(p.words, q.words) < 6):
        return "near", f"{how}, nothing else to compare"
    return "same", f"{how}, {', '.join(evidence)}"


_MINOR_WORDS = frozenset("a an the of and in on for to at by with from as".split())


def _swapped_word(p: _Profile, q: _Profile) -> str:
    """Why two close titles name different works: a content word of one is replaced by another word.

    "Security 852: Why ..." and "Summit 852: Why ..." are 0.93 alike as strings, but a typo
    changes a few letters, a run-together or split word keeps the letters, and a dropped
    subtitle only removes words; one word exchanged for an unrelated one is another work.
    Returns "" when some pair of the two clusters' titles differs only in those harmless ways.
    """
    found = ""
    for a in p.wordings:
        for b in q.wordings:
            if fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")) < SAME_TITLE * 100:
                continue
            left, right = _unexplained(a.split(), b.split()), _unexplained(b.split(), a.split())
            if not left or not right:
                return ""
            found = f"a word differs ({left} vs {right})"
    return found


def _unexplained(words: list[str], other: list[str]) -> str:
    """The first content word of ``words`` that ``other`` lacks even allowing typos and spacing."""
    others = set(other)
    joined = "".join(other)
    for word in words:
        if word in others or word in _MINOR_WORDS or word.isdigit() or word in joined:
            continue
        if any(fuzz.ratio(word, o) >= 75 or (len(o) > 2 and o in word) for o in others):
            continue
        return word
    return ""


# ---------------------------------------------------------------- clustering


class _Clusters:
    """Union-find over reference indices with a merged profile per root."""

    def __init__(self, refs: Sequence[Reference], decisions: Decisions):
        self.parent = list(range(len(refs)))
        self.profiles: list = [_Profile(r) for r in refs]
        self.reasons: dict[int, list[str]] = defaultdict(list)
        self.near: list[tuple[int, int, str]] = []
        self.ambiguous: set[int] = set()  # roots that match more than one work
        self.apart: dict[str, set[str]] = defaultdict(set)
        for p in decisions.different:
            a, b = tuple(p)
            self.apart[a].add(b)
            self.apart[b].add(a)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def decided_apart(self, a: int, b: int) -> bool:
        if not self.apart:
            return False
        pa, pb = self.profiles[a], self.profiles[b]
        if len(pa.keys) > len(pb.keys):
            pa, pb = pb, pa
        return any(self.apart[k] & pb.keys for k in pa.keys if k in self.apart)

    def union(self, a: int, b: int, reason: str) -> int:
        a, b = self.find(a), self.find(b)
        if a == b:
            return a
        if b < a:
            a, b = b, a
        self.parent[b] = a
        big, small = self.profiles[a], self.profiles[b]
        if big.size < small.size:
            big, small = small, big
        big.absorb(small)
        self.profiles[a], self.profiles[b] = big, None
        self.reasons[a] += [reason, *self.reasons.pop(b, [])]
        return a

    def judge(self, a: int, b: int, via: str) -> tuple[str, str]:
        if self.decided_apart(a, b) or (self.profiles[a].written and self.profiles[b].written):
            return "", ""
        return _judge(self.profiles[a], self.profiles[b], via)

    def try_merge(self, i: int, j: int, via: str, quiet: bool = False) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return False
        verdict, reason = self.judge(a, b, via)
        if verdict == "same":
            self.union(a, b, reason)
            return True
        if verdict == "near" and not quiet:
            self.near.append((a, b, reason))
        return False


def _force_same(clusters: _Clusters, decisions: Decisions) -> None:
    """Apply the user's "same" decisions before anything else (they override blockers)."""
    if not decisions.same:
        return
    by_key: dict[str, int] = {}
    for i, p in enumerate(clusters.profiles):
        for k in p.keys:
            by_key.setdefault(k, i)
    for p in decisions.same:
        a, b = tuple(p)
        if a in by_key and b in by_key:
            clusters.union(by_key[a], by_key[b], "your decision")


def _group_key(ref: Reference, profile: _Profile) -> str:
    if profile.titles:
        return "t:" + next(iter(profile.titles))
    if profile.bodies:
        return "o:" + min(profile.bodies)
    return ""


def _completeness(ref: Reference, profile: _Profile) -> tuple:
    filled = sum(1 for v in (ref.doi, ref.url, ref.container, ref.publisher, ref.volume, ref.pages) if v)
    return (-_precision(profile.date), -len(ref.authors), -filled)


def _cluster_group(clusters: _Clusters, members: list[int], refs: Sequence[Reference]) -> None:
    """Cluster one exact-title (or untitled same-outlet) group against cluster profiles."""
    members = sorted(members, key=lambda i: (_completeness(refs[i], clusters.profiles[clusters.find(i)]), i))
    by_year: dict[int | None, list[int]] = defaultdict(list)
    roots: list[int] = []
    for i in members:
        own = clusters.find(i)
        if own in roots:
            continue
        date = clusters.profiles[own].date
        year = date[0] if date else None
        pool = roots if year is None else by_year[year] + by_year[None]
        hits = []
        for r in pool:
            root = clusters.find(r)
            verdict, reason = clusters.judge(root, own, "title")
            if verdict == "same":
                hits.append((root, reason))
        if len(hits) == 1:
            clusters.union(hits[0][0], own, hits[0][1])
            continue
        if len(hits) > 1:
            clusters.ambiguous.add(own)
            for root, _ in hits:
                clusters.near.append((root, own, "matches more than one entry; decide which"))
        roots.append(own)
        by_year[year].append(own)
    _group_near_misses(clusters, roots)


def _group_near_misses(clusters: _Clusters, roots: list[int]) -> None:
    """Near misses inside a group: every pair when few, else date neighbours only."""
    roots = sorted({clusters.find(r) for r in roots}, key=lambda r: (_sortable(clusters.profiles[r].date), r))
    for pos, a in enumerate(roots):
        for b in roots[pos + 1 :]:
            adjacent = b == roots[pos + 1]
            if not adjacent and len(roots) > _ALL_PAIRS:
                break
            verdict, reason = clusters.judge(a, b, "title")
            if verdict == "near" and (adjacent or "dates differ" not in reason):
                clusters.near.append((a, b, reason))


def _cross_candidates(clusters: _Clusters, titles: bool = True) -> list[tuple[int, int, int, str]]:
    """(rank, i, j, via) pairs of cluster roots worth comparing: same DOI, same URL, similar titles."""
    roots = sorted({clusters.find(i) for i in range(len(clusters.parent))})
    out: list[tuple[int, int, int, str]] = []
    for rank, via, attr in ((0, "doi", "dois"), (1, "url", "urls")):
        index: dict[str, list[int]] = defaultdict(list)
        for r in roots:
            for value in getattr(clusters.profiles[r], attr):
                index[value].append(r)
        out += [(rank, ids[0], other, via) for ids in index.values() for other in ids[1:]]
    return out + _title_candidates(clusters, roots) if titles else out


def _title_candidates(clusters: _Clusters, roots: list[int]) -> list[tuple[int, int, int, str]]:
    by_title: dict[str, list[int]] = defaultdict(list)
    for r in roots:
        for t in clusters.profiles[r].titles:
            by_title[t].append(r)
    out = []
    for r in roots:  # a title equal to another's main title (one citation dropped the subtitle)
        for m in clusters.profiles[r].mains:
            out += [(2, other, r, "title") for other in by_title.get(m, ())]
    blocks: dict[str, list[str]] = defaultdict(list)
    for t in by_title:
        blocks["<" + t[:_FUZZY_BLOCK]].append(t)
        blocks[">" + t[-_FUZZY_BLOCK:]].append(t)
    seen: set[tuple[str, str]] = set()
    for block, titles in blocks.items():
        if len(titles) < 2:
            continue
        titles.sort(key=(lambda t: t[::-1]) if block[0] == ">" else None)
        for pos, query in enumerate(titles[:-1]):
            rest = titles[pos + 1 : pos + 1 + _FUZZY_WINDOW]
            for _, _score, k in process.extract(
                query, rest, scorer=fuzz.ratio, score_cutoff=NEAR_TITLE * 100, limit=_FUZZY_NEIGHBOURS
            ):
                other = rest[k]
                if (query, other) in seen:
                    continue
                seen.add((query, other))
                out += [(3, a, b, "title") for a in by_title[query] for b in by_title[other]]
    return out


def find_clusters(
    refs: Sequence[Reference], decisions: Decisions | None = None, *, apart: Iterable[int] = ()
) -> _Clusters:
    """Cluster ``refs`` (all keyed) into works; the result also holds near misses and reasons.

    ``apart``: indices that must not merge with each other (entries already written, whose keys
    must all survive a re-run) unless the user decided they are the same.
    """
    decisions = decisions or Decisions()
    clusters = _Clusters(refs, decisions)
    for i in apart:
        clusters.profiles[i].written = 1
    groups: dict[str, list[int]] = defaultdict(list)
    for i, ref in enumerate(refs):
        key = _group_key(ref, clusters.profiles[i])
        if key:
            groups[key].append(i)
    _force_same(clusters, decisions)
    _cross_merge(clusters, _cross_candidates(clusters, titles=False))  # identifiers first: they settle most
    for members in groups.values():
        if len(members) > 1:
            _cluster_group(clusters, members, refs)
    _cross_merge(clusters, _cross_candidates(clusters))
    for _ in range(_ROUNDS):  # a merge can make two clusters comparable that were not: repeat to a fixpoint
        if not _cross_merge(
            clusters, _cross_candidates(clusters, titles=False) + _same_title_roots(clusters), quiet=True
        ):
            break
    return clusters


def _same_title_roots(clusters: _Clusters) -> list[tuple[int, int, int, str]]:
    """Pairs of roots sharing a folded title (date neighbours only in large groups)."""
    by_title: dict[str, list[int]] = defaultdict(list)
    for r in sorted({clusters.find(i) for i in range(len(clusters.parent))}):
        for t in clusters.profiles[r].titles:
            by_title[t].append(r)
    out = []
    for roots in by_title.values():
        roots.sort(key=lambda r: (_sortable(clusters.profiles[r].date), r))
        for pos, a in enumerate(roots):
            for b in roots[pos + 1 : pos + 2 if len(roots) > _ALL_PAIRS else None]:
                out.append((2, a, b, "title"))
    return out


def _cross_merge(clusters: _Clusters, candidates: list[tuple[int, int, int, str]], quiet: bool = False) -> int:
    """Merge across groups, strongest evidence first; a vague cluster matching two works merges with neither.

    Returns the number of merges; ``quiet`` records no near misses (a repeat round would list
    pairs the first round already judged, and date pairs that are not neighbours).
    """
    merged = 0
    linked: dict[int, set[int]] = defaultdict(set)
    for _, i, j, via in candidates:
        if via == "title":
            linked[i].add(j)
            linked[j].add(i)
    partners = _Partners(clusters, linked)
    judged: set[tuple[int, int, int, int]] = set()
    for _, i, j, via in sorted(candidates):
        if via != "title":
            merged += clusters.try_merge(i, j, via, quiet)
            continue
        a, b = clusters.find(i), clusters.find(j)
        if a == b:
            continue
        low, high = min(a, b), max(a, b)
        state = (low, clusters.profiles[low].size, high, clusters.profiles[high].size)
        if state in judged:  # the same two clusters, unchanged, judged apart already
            continue
        ambiguous = a in clusters.ambiguous or b in clusters.ambiguous
        verdict, reason = ("", "") if ambiguous else clusters.judge(a, b, via)
        if verdict != "same":
            judged.add(state)
        if verdict == "same" and _matches_another(clusters, (a, i), (b, j), partners):
            ambiguous = True
        if ambiguous:
            if not quiet:
                clusters.near.append((a, b, "matches more than one entry; decide which"))
        elif verdict == "same":
            clusters.union(a, b, reason)
            merged += 1
        elif verdict == "near" and not quiet:
            clusters.near.append((a, b, reason))
    return merged


class _Partners(dict):
    """Title partners nearest in date, worked out only for the entries a merge asks about."""

    def __init__(self, clusters: _Clusters, linked: dict[int, set[int]]):
        super().__init__()
        self.clusters, self.linked = clusters, linked

    def __missing__(self, i: int) -> list[int]:
        self[i] = _nearest_in_date(self.clusters, i, self.linked.get(i, set()))
        return self[i]


def _nearest_in_date(clusters: _Clusters, i: int, others: set[int]) -> list[int]:
    """The few title partners of ``i`` nearest to it in date: those a vague citation could mean.

    Bounded so that a large family of same-titled works (a recurring report) costs linear
    time; a vague citation matching works far apart in date still meets two of them here.
    """
    if len(others) <= _AMBIGUITY_PARTNERS:
        return sorted(others)
    mine = _sortable(clusters.profiles[clusters.find(i)].date)
    return sorted(others, key=lambda k: (_date_gap(mine, _sortable(clusters.profiles[clusters.find(k)].date)), k))[
        :_AMBIGUITY_PARTNERS
    ]


def _date_gap(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    return abs((a[0] * 12 + a[1]) * 31 + a[2] - ((b[0] * 12 + b[1]) * 31 + b[2]))


def _matches_another(
    clusters: _Clusters, left: tuple[int, int], right: tuple[int, int], partners: _Partners
) -> bool:
    """True when the less dated side of a merging pair would also merge with a work the other side excludes.

    ``left``/``right`` are (root, candidate index); only pairs that would merge are asked,
    so the partner scan runs once per merge, not once per candidate.
    """
    (a, i), (b, j) = left, right
    for x, y, start in ((a, b, i), (b, a, j)):
        if _precision(clusters.profiles[x].date) == 3:
            continue
        for c in {clusters.find(k) for k in partners[start]} - {x, y}:
            if clusters.judge(x, c, "title")[0] == "same" and _blocker(clusters.profiles[y], clusters.profiles[c]):
                return True
    return False


# ---------------------------------------------------------------- merging


def _nonascii(text: str) -> int:
    return sum(1 for ch in text if ord(ch) > 127 and ch.isalpha())


def _odd_spaces(text: str) -> int:
    return sum(1 for ch in text if ch.isspace() and ch != " ") + text.count("\u00ad")


def _choose_text(counts: Counter) -> str:
    """The most complete spelling: most words, accents kept, capitals kept, plain spaces, most often seen."""
    present = [v for v in counts if v and not v.isspace()]
    if len(present) <= 1:
        return clean_spaces(present[0]) if present else ""
    cleaned: Counter = Counter()
    for v in present:
        cleaned[clean_spaces(v)] += counts[v]
    order = {v: -pos for pos, v in enumerate(present)}

    def rank(v: str) -> tuple:
        return (
            len(fold(v).split()),
            _nonascii(v),
            sum(c.isupper() for c in v),
            -_odd_spaces(v),
            cleaned[clean_spaces(v)],
            order[v],
        )

    return clean_spaces(max(present, key=rank))


def _choose_names(counts: Counter) -> tuple[Name, ...]:
    order = {v: -pos for pos, v in enumerate(counts)}

    def rank(names: tuple[Name, ...]) -> tuple:
        given = sum(len(n.given) for n in names)
        accents = sum(_nonascii(n.display()) for n in names)
        return (len(names), given, accents, counts[names], order[names])

    return max(counts, key=rank) if len(counts) > 1 else next(iter(counts))


def _choose_date(counts: Counter) -> PartialDate | None:
    present = [d for d in counts if d]
    order = {v: -pos for pos, v in enumerate(present)}
    return max(present, key=lambda d: (len(d.parts()), counts[d], order[d])) if present else None


def _choose_type(counts: Counter) -> str:
    order = {v: -pos for pos, v in enumerate(counts)}
    return max(counts, key=lambda t: (_TYPE_RANK.get(t, 2), counts[t], order[t]))


def _unique(items: Iterable) -> list:
    return list(dict.fromkeys(items))


_TEXT_FIELDS = (
    "title",
    "container",
    "collection",
    "publisher",
    "place",
    "volume",
    "issue",
    "pages",
    "edition",
    "number",
    "genre",
    "url",
    "doi",
    "isbn",
    "note",
)
_CHOSEN_FIELDS = (*_TEXT_FIELDS, "type", "authors", "editors", "issued", "modified", "accessed")
_CHOOSERS = {
    "type": _choose_type,
    "authors": _choose_names,
    "editors": _choose_names,
    "issued": _choose_date,
    "modified": _choose_date,
    "accessed": _choose_date,
}
_content = attrgetter(*_CHOSEN_FIELDS)


def merge_references(refs: Sequence[Reference], primary: int = 0) -> tuple[Reference, tuple[tuple[str, str], ...]]:
    """One Reference from several of the same work, and the (field, value) variants it did not choose.

    ``refs[primary]`` gives the key, source and line; each field takes its most complete value
    (ties: the most frequent, then the primary's); citations, keywords and raw note texts are
    united in order; distinct annotations are joined.
    """
    ordered = [refs[primary], *refs[:primary], *refs[primary + 1 :]]
    contents = Counter(_content(r) for r in ordered)  # identical citations are compared once
    chosen: dict = {}
    for pos, name in enumerate(_CHOSEN_FIELDS):
        counts: Counter = Counter()
        for content, n in contents.items():
            counts[content[pos]] += n
        chosen[name] = _CHOOSERS.get(name, _choose_text)(counts)
        chosen[name + "/all"] = counts
    variants = _variants(chosen)
    merged = replace(
        refs[primary],
        **{name: chosen[name] for name in _CHOSEN_FIELDS},
        citations=tuple(_unique(c for r in ordered for c in r.citations)),
        keywords=tuple(_unique(k for r in ordered for k in r.keywords)),
        annotation="\n\n".join(_unique(r.annotation.strip() for r in ordered if r.annotation.strip())),
        raw="\n".join(_unique(r.raw for r in ordered if r.raw)),
        confidence=max(r.confidence for r in refs),
        extra=_merge_extra(ordered, variants),
    )
    return merged, variants


def _display(value) -> str:
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, tuple):
        return "; ".join(n.sort_form() for n in value)
    return clean_spaces(value or "")


def _variants(chosen: dict) -> tuple[tuple[str, str], ...]:
    out = []
    for name in _CHOSEN_FIELDS:
        shown = _display(chosen[name])
        for other in _unique(_display(v) for v in chosen[name + "/all"]):
            if other and other != shown:
                out.append((name, other))
    return tuple(out)


def _merge_extra(ordered: Sequence[Reference], variants: tuple) -> tuple[tuple[str, str], ...]:
    """Union of unmodelled fields (the primary's value wins), plus ``ids`` aliases and the variants."""
    fields: dict[str, str] = {}
    old_variants: list = []
    for r in ordered:
        for name, value in r.extra:
            if name == VARIANTS_FIELD:
                old_variants += _load_variants(value)
            elif name != IDS_FIELD:
                fields.setdefault(name, value)
    # a key becomes an alias only if it was written somewhere (read from a file): keys given to
    # fresh references just before the merge were never cited by anyone
    ids = _unique(
        k
        for r in ordered
        for k in ((r.key,) if r.source else ()) + tuple(sorted(_aliases(r)))
        if k and k != ordered[0].key
    )
    if ids:
        fields[IDS_FIELD] = ",".join(ids)
    all_variants = _unique([*old_variants, *variants])
    if all_variants:
        fields[VARIANTS_FIELD] = dump_variants(all_variants)
    return tuple(fields.items())


def dump_variants(variants: Iterable[tuple[str, str]]) -> str:
    """JSON list of [field, value] pairs with braces escaped, safe inside a BibTeX ``{...}`` value."""
    text = json.dumps([list(v) for v in variants], ensure_ascii=False)
    return text.replace("{", "\\u007b").replace("}", "\\u007d")


def _load_variants(text: str) -> list[tuple[str, str]]:
    try:
        return [tuple(v) for v in json.loads(text) if isinstance(v, list) and len(v) == 2]
    except (ValueError, TypeError):
        return []


# ---------------------------------------------------------------- the stage


def ensure_keys(refs: Sequence[Reference]) -> tuple[Reference, ...]:
    """Give unkeyed references a key (bibkit.keys when present), so reports and decisions can name them."""
    if all(r.key for r in refs):
        return tuple(refs)
    try:
        from .keys import assign_keys
    except ImportError:
        return _fallback_keys(refs)
    return tuple(assign_keys(refs))


def _fallback_keys(refs: Sequence[Reference]) -> tuple[Reference, ...]:
    used = {r.key for r in refs if r.key}
    out = []
    for r in refs:
        if not r.key:
            first = r.authors[0] if r.authors else None
            who = compact(first.family or first.literal if first else r.container)[:12]
            base = (who or "ref") + (str(r.date.year) if r.date else "")
            key, n = base, 0
            while key in used:
                n += 1
                key = f"{base}{_suffix(n)}"
            used.add(key)
            r = replace(r, key=key)
        out.append(r)
    return tuple(out)


def _suffix(n: int) -> str:
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(97 + rem) + out
    return out


def _primary_of(refs: Sequence[Reference], members: list[int]) -> int:
    """The member whose key is kept: one already written to a file first, then the plainest key."""
    return min(members, key=lambda i: (not refs[i].source, len(refs[i].key), refs[i].key, i))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: clustering allocates no cycles, yet on a 100,000-entry
    library the collector's repeated scans of every live object cost a third of the run time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def dedupe(library: Library, decisions: Decisions | None = None) -> tuple[Library, DedupeReport]:
    """Merge references to the same work across all commentaries; list near misses. Pure, no I/O."""
    with _gc_paused():
        return _dedupe(library, decisions or Decisions())


def _dedupe(library: Library, decisions: Decisions) -> tuple[Library, DedupeReport]:
    refs = ensure_keys(library.references)
    known = {r.key for r in refs} | {k for r in refs for k in _aliases(r)}
    merges: dict[str, Merge] = {}
    for _ in range(_ROUNDS):  # a merged entry can match what its parts did not: run to a fixpoint
        clusters = find_clusters(refs, decisions)
        out, primary_key, found = _merge_clusters(refs, clusters)
        for merge in found:
            merges[merge.key] = _fold_merge(merge, merges)
        if not found:
            break
        refs = out
    report = DedupeReport(
        merges=tuple(merges.values()),
        near_misses=_near_misses(clusters, primary_key),
        unknown_keys=tuple(sorted(decisions.keys() - known)),
        references_in=len(library.references),
        references_out=len(out),
    )
    return replace(library, references=tuple(out)), report


def _merge_clusters(refs: Sequence[Reference], clusters: _Clusters):
    """(merged references, root -> kept key, merges) for one clustering."""
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(refs)):
        members[clusters.find(i)].append(i)
    out: list[Reference] = []
    merges: list[Merge] = []
    primary_key: dict[int, str] = {}
    for root, group in members.items():  # insertion order = order of first appearance
        keep = _primary_of(refs, group)
        primary_key[root] = refs[keep].key
        if len(group) == 1:
            out.append(refs[keep])
            continue
        merged, variants = merge_references([refs[i] for i in group], group.index(keep))
        out.append(merged)
        absorbed = tuple(refs[i].key for i in group if i != keep)
        merges.append(Merge(refs[keep].key, absorbed, tuple(_unique(clusters.reasons[root])), variants))
    return out, primary_key, merges


def _fold_merge(merge: Merge, earlier: dict[str, Merge]) -> Merge:
    """A later round's merge together with the earlier merges of the entries it absorbed."""
    parts = [earlier.pop(k) for k in (merge.key, *merge.absorbed) if k in earlier]
    absorbed = _unique(k for p in parts for k in p.absorbed if k != merge.key)
    reasons = _unique(r for p in parts for r in p.reasons)
    variants = _unique(v for p in parts for v in p.variants)
    return Merge(
        merge.key,
        tuple(_unique([*absorbed, *merge.absorbed])),
        tuple(_unique([*reasons, *merge.reasons])),
        tuple(_unique([*variants, *merge.variants])),
    )


def _near_misses(clusters: _Clusters, primary_key: dict[int, str]) -> tuple[NearMiss, ...]:
    seen: dict[frozenset[int], NearMiss] = {}
    for a, b, reason in clusters.near:
        a, b = clusters.find(a), clusters.find(b)
        pair = frozenset((a, b))
        if a == b or pair in seen or clusters.decided_apart(a, b):
            continue
        first, second = sorted((primary_key[a], primary_key[b]))
        seen[pair] = NearMiss(first, second, reason)
    return tuple(seen.values())
