"""Stage 5a: group the works of a library by theme.

A theme map (TOML, see ``references/themes.toml``) lists themes, each with an ``id``
(a slug: it becomes a biblatex keyword), a ``name``, a one-line ``description`` and the
``terms`` that signal it. A term matches a whole word or phrase, plural ``s``/``es``
included; a term ending in ``*`` matches any word starting with it (``militar*``).

A work is scored against each theme from the sentences that cite it (weight 3: a
footnote such as "Kyodo News International, July 25, 2014." says nothing, the sentence
citing it does), its title and the user's annotation (2), and its container, publisher,
series and genre (1). The best theme is the primary one (where the work is listed);
themes scoring at least half as much are secondary ("see also").
``Reference.keywords`` becomes ``(primary, *secondary)``, then any keywords the user
had that are not theme ids.

Without a map, ``derive_theme_map`` clusters the library itself (TF-IDF over citing
sentences and titles, spherical k-means with a deterministic start), names each group
by its top terms and ``write_theme_map`` writes it out for the user to edit.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from anyascii import anyascii

from .annotate import user_part
from .errors import ConfigError, InputError
from .model import Library, Reference

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

CONTEXT_WEIGHT, TITLE_WEIGHT, CONTAINER_WEIGHT = 3.0, 2.0, 1.0
SECONDARY_RATIO = 0.5  # a secondary theme scores at least this share of the primary's score
OTHER_ID = "other"


@dataclass(frozen=True)
class Theme:
    """One theme: ``Theme("energy", "Energy", "Oil, gas and LNG ...", ("energy", "lng", "oil"))``."""

    id: str
    name: str
    description: str = ""
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class ThemeMap:
    """The themes in display order, and the file they were read from (if any)."""

    themes: tuple[Theme, ...] = ()
    source: str = ""

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.themes)


OTHER_THEME = Theme(OTHER_ID, "Other works", "Works that no theme term matched.")

# --------------------------------------------------------------------------- loading


def slugify(text: str) -> str:
    """'War in Ukraine' -> 'war-in-ukraine': ASCII, so it is a safe biblatex keyword."""
    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-")


def _theme_from_table(table: object, index: int, path: str) -> Theme:
    """Validate one ``[[theme]]`` table; a mistake names the file and the theme."""
    where = f"theme #{index + 1}"
    if not isinstance(table, dict):
        raise ConfigError(f"{where} is not a table", path=path)
    name = table.get("name", "")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where} has no name", path=path)
    theme_id = table.get("id") or slugify(name)
    terms = table.get("terms", [])
    if not isinstance(theme_id, str) or slugify(theme_id) != theme_id:
        raise ConfigError(f"{where} ({name}): id {theme_id!r} must be lower-case letters, digits and -", path=path)
    if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
        raise ConfigError(f"{where} ({name}): terms must be a list of non-empty strings", path=path)
    description = table.get("description", "")
    if not isinstance(description, str):
        raise ConfigError(f"{where} ({name}): description must be a string", path=path)
    return Theme(theme_id, name.strip(), " ".join(description.split()), tuple(t.strip().lower() for t in terms))


def parse_theme_map(text: str, source: str = "") -> ThemeMap:
    """A ThemeMap from TOML text (``[[theme]]`` tables)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=source) from None
    tables = data.get("theme", [])
    if not isinstance(tables, list) or not tables:
        raise ConfigError("no [[theme]] tables", path=source)
    themes = tuple(_theme_from_table(t, i, source) for i, t in enumerate(tables))
    seen = Counter(t.id for t in themes)
    duplicated = sorted(theme_id for theme_id, n in seen.items() if n > 1)
    if duplicated:
        raise ConfigError(f"theme id used twice: {', '.join(duplicated)}", path=source)
    return ThemeMap(themes, source)


def load_theme_map(path: str | Path) -> ThemeMap:
    """Read a theme map file; a missing or invalid file is a one-line error naming it."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read theme map ({exc.__class__.__name__})", path=str(path)) from None
    return parse_theme_map(text, str(path))


def _toml_string(value: str) -> str:
    """A TOML basic string (JSON's escapes are a subset of TOML's)."""
    import json

    return json.dumps(value, ensure_ascii=False)


def dumps_theme_map(theme_map: ThemeMap, header: str = "") -> str:
    """The TOML text of a theme map, with a comment header explaining how to edit it."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()] if header else []
    for theme in theme_map.themes:
        lines += [
            "",
            "[[theme]]",
            f"id = {_toml_string(theme.id)}",
            f"name = {_toml_string(theme.name)}",
            f"description = {_toml_string(theme.description)}",
            "terms = [" + ", ".join(_toml_string(t) for t in theme.terms) + "]",
        ]
    return "\n".join(lines).lstrip("\n") + "\n"


DERIVED_HEADER = """Theme map derived by bibkit from the library itself (TF-IDF + clustering).
Rename the themes, rewrite the descriptions and edit the terms, then pass this file
with --themes. Terms match whole words (plural s/es included); end a term with * to
match any word starting with it. Each id becomes a biblatex keyword."""


def write_theme_map(theme_map: ThemeMap, path: str | Path) -> None:
    """Write a theme map as editable TOML, atomically."""
    from .io.atomic import write_atomic

    write_atomic(path, dumps_theme_map(theme_map, DERIVED_HEADER))


# --------------------------------------------------------------------------- assignment


def normalise(text: str) -> str:
    """Lower-case ASCII words separated by single spaces ('Shinzō's' -> 'shinzo s')."""
    return " ".join(re.findall(r"[a-z0-9]+", anyascii(text).lower()))


def _term_pattern(term: str) -> str:
    words = normalise(term.rstrip("*")).split()
    if not words:
        return ""
    body = r"\s".join(re.escape(w) for w in words)
    tail = r"[a-z0-9]*" if term.endswith("*") else r"(?:s|es)?"
    return rf"\b{body}{tail}\b"


def _compile(theme: Theme) -> re.Pattern[str] | None:
    patterns = [p for p in map(_term_pattern, theme.terms) if p]
    return re.compile("|".join(patterns)) if patterns else None


def _weighted_texts(ref: Reference) -> list[tuple[float, str]]:
    """The texts that say what a work is about, with how much each one counts."""
    contexts = " ".join(c.context for c in ref.citations)
    side = " ".join((ref.container, ref.publisher, ref.collection, ref.genre))
    return [
        (CONTEXT_WEIGHT, normalise(contexts)),
        (TITLE_WEIGHT, normalise(ref.title + " " + user_part(ref.annotation))),
        (CONTAINER_WEIGHT, normalise(side)),
    ]


def score_reference(ref: Reference, compiled: Sequence[tuple[Theme, re.Pattern[str] | None]]) -> list[float]:
    """One score per theme: weighted count of term matches."""
    texts = _weighted_texts(ref)
    return [
        sum(weight * len(pattern.findall(text)) for weight, text in texts if text) if pattern else 0.0
        for _, pattern in compiled
    ]


def choose_themes(scores: Sequence[float], ids: Sequence[str]) -> tuple[str, ...]:
    """(primary, *secondary) from scores; ties go to the theme listed first in the map."""
    best = max(scores, default=0.0)
    if best <= 0:
        return (OTHER_ID,)
    order = sorted(range(len(ids)), key=lambda i: (-scores[i], i))
    return tuple(ids[i] for i in order if scores[i] > 0 and scores[i] >= SECONDARY_RATIO * best)


def assign_themes(library: Library, theme_map: ThemeMap) -> Library:
    """A new Library whose references carry ``keywords = (primary, *secondary, *user keywords)``.

    A reference whose keywords already name a theme of the map keeps them: they were set
    by hand, or chosen earlier from citing sentences this library may no longer carry
    (bibkit's own references/ is published without the commentaries' prose).
    """
    compiled = [(t, _compile(t)) for t in theme_map.themes]
    ids = [t.id for t in theme_map.themes]
    known = set(ids) | {OTHER_ID}
    refs = []
    for ref in library.references:
        if any(k in known for k in ref.keywords):
            refs.append(ref)
            continue
        chosen = choose_themes(score_reference(ref, compiled), ids)
        kept = tuple(k for k in ref.keywords if k not in known and k not in chosen)
        refs.append(replace(ref, keywords=chosen + kept))
    return replace(library, references=tuple(refs))


def primary_theme(ref: Reference, theme_ids: Iterable[str]) -> str:
    """The first keyword that is a theme of the map, else 'other'."""
    ids = set(theme_ids)
    return next((k for k in ref.keywords if k in ids), OTHER_ID)


# --------------------------------------------------------------------------- derivation

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just may me might more most
    must my no nor not now of off on once only or other our ours out over own same she should so some
    such than that the their theirs them then there these they this those through to too under until up
    upon very was we were what when where which while who whom why will with would you your yours said
    says say one two three first new per via within without amid among across however since therefore
    thus although though even still yet well many much made make including according however de la le
    les du des der die das und von w na z i http https www com org html""".split()
)
MAX_THEMES = 8
TERMS_PER_THEME = 8


def _tokens(ref: Reference) -> list[str]:
    text = normalise(" ".join([*(c.context for c in ref.citations), ref.title, ref.title]))
    return [w for w in text.split() if len(w) > 2 and not w.isdigit() and w not in STOPWORDS]


def _tfidf(docs: Sequence[list[str]]) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors (sparse dicts). Terms in one document only, or in over
    half of them (they cannot tell groups apart), are dropped."""
    df = Counter(term for doc in docs for term in set(doc))
    n = len(docs)
    vectors = []
    for doc in docs:
        counts = Counter(t for t in doc if n < 3 or 1 < df[t] <= max(2, n // 2))
        vec = {t: (1 + math.log(c)) * math.log((1 + n) / (1 + df[t])) + 1e-9 for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items()})
    return vectors


def _dot(vec: dict[str, float], centroid: dict[str, float]) -> float:
    return sum(v * centroid.get(t, 0.0) for t, v in vec.items())


def _centroid(members: Sequence[dict[str, float]]) -> dict[str, float]:
    total: Counter[str] = Counter()
    for vec in members:
        total.update(vec)
    norm = math.sqrt(sum(v * v for v in total.values())) or 1.0
    return {t: v / norm for t, v in total.items()}


def _initial_centroids(vectors: Sequence[dict[str, float]], k: int) -> list[dict[str, float]]:
    """Farthest-first start: deterministic, and spreads the seeds over distinct topics."""
    first = max(range(len(vectors)), key=lambda i: (len(vectors[i]), -i))
    seeds = [first]
    closest = [_dot(v, vectors[first]) for v in vectors]
    while len(seeds) < k:
        nxt = min((i for i in range(len(vectors)) if i not in seeds), key=lambda i: (closest[i], i))
        seeds.append(nxt)
        closest = [max(c, _dot(v, vectors[nxt])) for c, v in zip(closest, vectors, strict=True)]
    return [dict(vectors[i]) for i in seeds]


def cluster(vectors: Sequence[dict[str, float]], k: int, rounds: int = 20) -> list[int]:
    """Spherical k-means: the cluster index of every vector, the same for the same input."""
    centroids = _initial_centroids(vectors, k)
    labels: list[int] = []
    for _ in range(rounds):
        new = [max(range(k), key=lambda j: (_dot(v, centroids[j]), -j)) for v in vectors]
        if new == labels:
            break
        labels = new
        members = [[v for v, lab in zip(vectors, labels, strict=True) if lab == j] for j in range(k)]
        centroids = [_centroid(group) if group else centroids[j] for j, group in enumerate(members)]
    return labels


def _separation(vectors: Sequence[dict[str, float]], labels: Sequence[int], sample: int = 400) -> float:
    """Mean silhouette (cosine distance) over an evenly spaced sample of at most ``sample`` works."""
    step = max(1, len(vectors) // sample)
    picked = list(range(0, len(vectors), step))
    total = 0.0
    for i in picked:
        dist: dict[int, list[float]] = {}
        for j in picked:
            if j != i:
                dist.setdefault(labels[j], []).append(1.0 - _dot(vectors[i], vectors[j]))
        own = dist.get(labels[i])
        others = [sum(d) / len(d) for lab, d in dist.items() if lab != labels[i]]
        if not own or not others:
            continue
        a, b = sum(own) / len(own), min(others)
        total += (b - a) / max(a, b, 1e-9)
    return total / len(picked)


def best_clustering(vectors: Sequence[dict[str, float]], max_k: int = MAX_THEMES) -> list[int]:
    """The clustering (k from 2 to ``max_k``) that separates the works best; ties keep the smaller k."""
    if len(vectors) < 4:
        return [0] * len(vectors)
    best: tuple[float, list[int]] = (-2.0, [0] * len(vectors))
    for k in range(2, min(max_k, len(vectors) // 2) + 1):
        labels = cluster(vectors, k)
        score = _separation(vectors, labels) if len(set(labels)) > 1 else -1.0
        if score > best[0] + 1e-9:
            best = (score, labels)
    return best[1]


def _top_terms(members: Sequence[dict[str, float]], background: Counter[str], n: int) -> list[str]:
    """Terms most typical of a cluster compared with the whole library."""
    weight: Counter[str] = Counter()
    for vec in members:
        weight.update(vec)
    size, total = len(members), max(sum(background.values()), 1)
    return [
        t
        for t, _ in sorted(
            weight.items(), key=lambda kv: (-(kv[1] / size) * math.log(1 + total / background[kv[0]]), kv[0])
        )[:n]
    ]


def derive_theme_map(library: Library, max_themes: int = MAX_THEMES) -> ThemeMap:
    """Themes found in the library itself, each named by its top terms (deterministic)."""
    docs = [_tokens(ref) for ref in library.references]
    indexed = [i for i, d in enumerate(docs) if d]
    if not indexed:
        return ThemeMap()
    vectors = _tfidf([docs[i] for i in indexed])
    labels = best_clustering(vectors, max_themes)
    background = Counter(t for vec in vectors for t in vec)
    themes: list[Theme] = []
    for j in sorted(set(labels), key=lambda j: (-labels.count(j), j)):
        members = [v for v, lab in zip(vectors, labels, strict=True) if lab == j]
        terms = [t for t in _top_terms(members, background, TERMS_PER_THEME) if t]
        if not terms:
            continue
        theme_id = slugify("-".join(terms[:2]))
        while theme_id in {t.id for t in themes}:
            theme_id += "-x"
        name = " / ".join(terms[:3]).capitalize()
        description = f"Derived from {len(members)} works; rename and describe me."
        themes.append(Theme(theme_id, name, description, tuple(terms)))
    return ThemeMap(tuple(themes))
