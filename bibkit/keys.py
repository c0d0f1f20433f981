"""Citation keys: readable, ASCII, stable across runs and unique within a library.

``base_key`` = name + year + first significant title word, e.g. ``abiru2021japan``:

- name: the first author's family name; for an organisation its acronym in parentheses
  ("International Energy Agency (IEA)"), the name itself when it is an acronym ("NATO"),
  the initials of its significant words when it has three or more ("International Energy
  Agency" -> ``iea``, "Ministry of Foreign Affairs of Japan" -> ``mfaj``: initials stay
  short and pronounceable-enough for long official names, where the first word, "ministry",
  would collide across every government), else its first significant word ("Kyodo News" ->
  ``kyodo``). With no author: the editor, then the container (newspaper), then the publisher.
- letters are transliterated with anyascii (Malachiński -> malachinski, Łukasz -> lukasz,
  Cyrillic and CJK too), so no letter is ever dropped.

``assign_keys`` keeps keys already set, reuses ``pinned`` keys (identity -> key, see
``identity``), and on a collision suffixes ``a``, ``b`` ... in the order of the works' own
fields, never the input order, so adding or reordering other works renames nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

from anyascii import anyascii

from . import places
from .model import Name, Reference, evolve

# Words skipped when picking the title word (English, French, Spanish, Italian, Portuguese,
# German, Dutch, Polish, Russian transliterated): articles, prepositions, conjunctions.
STOPWORDS = frozenset(
    """a an the and or but nor of on in at to for from by with without into onto upon over under about
    as after before between against among via per vs is are was were be its it this that these those
    how why what when where who which do does did not no new
    le la les l un une des du de d et ou en au aux dans sur pour par avec sans
    el los las lo y o del al con sin por para una unos unas
    il lo gli i uno della delle dei degli di da e con per tra fra nel nella
    o os as um uma do da dos das e em no na nos nas com por para
    der die das den dem des ein eine einer eines einem und oder im am zum zur von vom mit fur fuer auf
    aus bei nach
    het een en van voor op te
    w we z ze i a o u na do od za przez dla pod nad przy oraz lub czy jak
    v vo na i s so k ko ob ot po iz dlya pro""".split()
)
_SIGNIFICANT_NAME = re.compile(r"[^\W\d_][\w'’&.-]*", re.U)
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)
_ALNUM_RUN = re.compile(r"[^\W_]+")
_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z][A-Za-z0-9&]{1,9})\)")


@lru_cache(maxsize=1 << 14)
def ascii_word(text: str) -> str:
    """Lower-case ASCII letters and digits only, transliterated (never dropped).

    Cached: the same names and title words recur across a library."""
    return re.sub(r"[^a-z0-9]", "", anyascii(text).lower())


@lru_cache(maxsize=4096)
def org_short(name: str) -> str:
    """Short, readable key form of an organisation's name (see the module docstring)."""
    match = _ACRONYM_IN_PARENS.search(name)
    if match and not places.is_country(match.group(1)):  # "(IEA)" is the body's short name, "(US)" its country
        return ascii_word(match.group(1))
    name = _ACRONYM_IN_PARENS.sub("", name)
    words = [w for w in _SIGNIFICANT_NAME.findall(name) if ascii_word(w)]
    significant = [w for w in words if ascii_word(w) not in STOPWORDS] or words
    if len(significant) == 1 and significant[0].isupper() and len(significant[0]) > 1:
        return ascii_word(significant[0])
    if len(significant) >= 3:
        return "".join(ascii_word(w)[0] for w in significant)
    return ascii_word(significant[0]) if significant else ""


def _name_part(names: tuple[Name, ...]) -> str:
    if not names:
        return ""
    first = names[0]
    if first.literal:
        return org_short(first.literal)
    return ascii_word(first.family) or ascii_word(first.given)


def title_word(title: str) -> str:
    """First word of the title that is not a stopword, transliterated."""
    for word in _ALNUM_RUN.findall(title):
        ascii_form = ascii_word(word)
        if ascii_form and ascii_form not in STOPWORDS:
            return ascii_form
    return ""


def base_key(ref: Reference) -> str:
    """'abiru2021japan', 'iea2021japan', 'kyodo2014' ... (no suffix)."""
    who = _name_part(ref.authors) or _name_part(ref.editors)
    if not who:
        who = org_short(ref.container) or org_short(ref.publisher)
    if not who and title_word(ref.number) != title_word(ref.title):
        who = title_word(ref.number)  # "Ley 26.122" -> ley2006regimen (not act2013act for "Act No. 108 of 2013")
    date = ref.issued or ref.modified
    year = f"{date.year:04d}" if date else ""
    key = who + year + title_word(ref.title)
    return key or "ref"


def identity(ref: Reference) -> str:
    """What says 'the same work' across runs, for ``pinned``: DOI, else URL, else title+date+name."""
    if ref.doi:
        return "doi:" + _DOI_PREFIX.sub("", ref.doi.strip()).lower()
    if ref.url:
        url = re.sub(r"^https?://(www\.)?", "", ref.url.strip()).rstrip("/")
        return "url:" + url
    date = ref.date.iso() if ref.date else ""
    who = ref.authors[0].sort_form() if ref.authors else ""
    return "work:" + "|".join(ascii_word(x) for x in (ref.title, date, who))


def _sort_tuple(ref: Reference) -> tuple[str, ...]:
    """Order of colliding works by their own fields, so the suffixes do not depend on input order."""
    date = ref.date.iso() if ref.date else ""
    names = ";".join(n.sort_form() for n in ref.authors)
    return (date, ref.title.casefold(), names.casefold(), ref.container.casefold(), ref.type,
            ref.url, ref.doi, ref.pages, ref.volume, ref.issue, ref.number, ref.publisher)


def _suffixes():
    """a, b, ..., z, aa, ab, ... (never runs out)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    n = 0
    while True:
        out, k = "", n
        while True:
            out = letters[k % 26] + out
            k = k // 26 - 1
            if k < 0:
                break
        yield out
        n += 1


def assign_keys(refs: Sequence[Reference], pinned: Mapping[str, str] = {}) -> tuple[Reference, ...]:  # noqa: B006
    """Every reference with a key, unique within ``refs``; set and pinned keys are kept."""
    keys: list[str | None] = [None] * len(refs)
    taken: set[str] = set()
    for i, ref in enumerate(refs):  # keys already in use win, first come first kept
        wanted = ref.key or (pinned.get(identity(ref), "") if pinned else "")
        if wanted and wanted not in taken:
            keys[i] = wanted
            taken.add(wanted)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, ref in enumerate(refs):
        if keys[i] is None:
            groups[base_key(ref)].append(i)
    for base in sorted(groups):
        members = groups[base]
        if len(members) == 1 and base not in taken:
            keys[members[0]] = base
            taken.add(base)
            continue
        members.sort(key=lambda i: (_sort_tuple(refs[i]), i))
        suffixes = _suffixes()
        for i in members:
            key = base + next(suffixes)
            while key in taken:
                key = base + next(suffixes)
            keys[i] = key
            taken.add(key)
    pairs = zip(refs, keys, strict=True)
    return tuple(ref if ref.key == key else evolve(ref, key=key) for ref, key in pairs)
