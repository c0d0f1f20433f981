"""Comparison forms of titles, names, DOIs, URLs, editions and pages: the one place bibkit folds text.

Duplicate detection and re-runs compare these forms, never the strings as printed, because the
same work reaches bibkit written many ways: curly or straight quotes, en dashes or hyphens,
"peace-treaty" or "peace treaty", no-break spaces, dropped diacritics ("Malachinski"), words run
together by a scraper ("PeaceTreaty"), a DOI as ``doi:10.1/x`` or ``https://dx.doi.org/10.1/X``,
a URL with ``utm_*`` parameters. Nothing here is meant for display.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from anyascii import anyascii

#: Query parameters that only track who clicked; they never change the page.
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl",
     "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wt.mc_id", "ito", "cmpid", "ncid", "sr_share"}
)
_TRACKING_PREFIXES = ("utm_", "pk_", "hsa_")
_DEFAULT_PORTS = {"http": "80", "https": "443"}

_SOFT = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)  # invisible: join, not split
_APOSTROPHES = re.compile(r"(?<=\w)['\u2019\u02bc`´](?=\w)")  # Japan's -> Japans, not "japan s"
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOI = re.compile(r"10\.\d{4,9}/\S+", re.IGNORECASE)
_DOI_HOSTS = ("doi.org", "dx.doi.org")
_ROMAN = re.compile(r"^(?:x{0,3})(?:ix|iv|v?i{0,3})$")
_EDITION_WORDS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7",
    "eighth": "8", "ninth": "9", "tenth": "10",
}
_PAGE = re.compile(r"(\d+)(?:\s*[-\u2010-\u2015\u2212]+\s*(\d+))?")


_last_lowered = ("", "")  # (text, text.lower()): one note's text is asked about several cues in a row


def mentions(text: str, cues: tuple[str, ...]) -> bool:
    """Whether any cue word occurs at all: a substring test costs a fraction of a case-blind
    pattern tried at every position, so the costly patterns run only on notes that need them."""
    global _last_lowered
    if text is _last_lowered[0]:
        lower = _last_lowered[1]
    else:
        lower = text.lower()
        _last_lowered = (text, lower)
    for cue in cues:  # a plain loop: this runs several times per note, and a generator costs more
        if cue in lower:
            return True
    return False


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces: quotes, dashes, accents and case gone.

    Hyphens and dashes become spaces ("Japan–Russia" == "japan russia"); soft hyphens and
    zero-width characters vanish; apostrophes inside words join them ("Japan’s" -> "japans").
    Cached: the same outlets, names and titles recur thousands of times in a large library.
    """
    if not text:
        return ""
    if not text.isascii():
        text = anyascii(_APOSTROPHES.sub("", unicodedata.normalize("NFC", text).translate(_SOFT)))
    else:
        text = _APOSTROPHES.sub("", text)
    return _NON_ALNUM.sub(" ", text.lower().replace("&", " and ")).strip()


def compact(text: str) -> str:
    """``fold`` with the spaces removed, so run-together words still compare equal."""
    return fold(text).replace(" ", "")


def main_title(title: str) -> str:
    """The title before its subtitle ("Japan 2021: Energy Policy Review" -> "Japan 2021"), or ""."""
    for sep in (": ", " – ", " — ", " - ", ". "):
        head, found, _ = title.partition(sep)
        if found and head.strip():
            return head
    return ""


@lru_cache(maxsize=1 << 14)
def main_compact(title: str) -> str:
    """``compact(main_title(title))``, cached."""
    return compact(main_title(title))


def number_tokens(folded: str) -> frozenset[str]:
    """Digits and roman numerals in a *folded* title: "Vol. 2" and "Vol. 3" are different works."""
    return frozenset(t for t in folded.split()
                     if t.isdigit() or (len(t) <= 4 and not t.strip("ivx") and _ROMAN.match(t)))


def clean_spaces(text: str) -> str:
    """Printed text with no-break and other odd spaces made plain and runs collapsed (for display)."""
    text = text.translate(_SOFT)
    return " ".join(text.split())


@lru_cache(maxsize=1 << 14)
def normalize_doi(text: str) -> str:
    """The DOI in a bare, ``doi:``, ``https://doi.org/`` or ``dx.doi.org`` form, lower-cased; "" if none.

    DOIs are case-insensitive by definition, so lower case is the canonical form.
    """
    if not text:
        return ""
    match = _DOI.search(unquote(text.strip()))
    if not match:
        return ""
    return match.group(0).rstrip(".,;:)]}>\"'").lower()


def doi_from_url(url: str) -> str:
    """The DOI when ``url`` points at a DOI resolver, else ""."""
    host = urlsplit(_with_scheme(url.strip())).hostname or ""
    return normalize_doi(url) if host.removeprefix("www.") in _DOI_HOSTS else ""


@lru_cache(maxsize=1 << 14)
def normalize_url(url: str) -> str:
    """A comparison form of a URL: no scheme, ``www.``, default port, fragment, tracking or trailing slash.

    Host case is folded; path case is kept (servers treat paths case-sensitively). Remaining query
    parameters are sorted. Trailing sentence punctuation ("…/_00014.html.") is dropped.
    """
    url = url.strip().strip("<>\"'").rstrip(".,;:")
    if not url:
        return ""
    parts = urlsplit(_with_scheme(url))
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not host:
        return ""
    try:
        port = parts.port
    except ValueError:
        port = None
    if port and str(port) != _DEFAULT_PORTS.get(parts.scheme.lower()):
        host += f":{port}"
    path = parts.path
    if "%" in path or not path.isascii():
        path = quote(unquote(path), safe="/:@!$&'()*+,;=-._~%")
    path = re.sub(r"/{2,}", "/", path).rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    out = host + path
    if query:
        out += "?" + urlencode(sorted(query))
    if parts.fragment.startswith("!"):  # hash-bang pages are distinct pages
        out += "#" + parts.fragment
    return out


def is_site_root(normalized_url: str) -> bool:
    """True for a bare site address ("kyodonews.net"): it names an outlet, not a work."""
    return bool(normalized_url) and "/" not in normalized_url and "?" not in normalized_url


def initials(given: str) -> str:
    """Folded initials of given names: "James D.J." -> "jdj", "Taisuke" -> "t"."""
    return "".join(word[0] for word in fold(given).split())


def acronym(text: str) -> str:
    """Initials of the significant words: "International Energy Agency" -> "iea"."""
    words = [w for w in fold(text).split() if w not in {"of", "the", "and", "for", "in", "on", "a", "an"}]
    return "".join(w[0] for w in words)


@lru_cache(maxsize=1 << 14)
def normalize_edition(text: str) -> str:
    """"2nd ed." / "Second edition" / "2" -> "2"; other text folded ("rev ed"); "" when empty."""
    folded = fold(text)
    if not folded:
        return ""
    first = folded.split()[0]
    digits = re.match(r"\d+", first)
    if digits:
        return str(int(digits.group(0)))
    return _EDITION_WORDS.get(first, folded.removesuffix(" edition").removesuffix(" ed"))


@lru_cache(maxsize=1 << 14)
def page_range(text: str) -> tuple[int, int] | None:
    """First page range in ``text`` as (first, last), expanding "154–57" to (154, 157); None if no digits."""
    match = _PAGE.search(text or "")
    if not match:
        return None
    first = int(match.group(1))
    last_text = match.group(2)
    if not last_text:
        return first, first
    last = int(last_text)
    if last < first and len(last_text) < len(match.group(1)):
        head = match.group(1)[: len(match.group(1)) - len(last_text)]
        last = int(head + last_text)
    return first, max(first, last)


def _with_scheme(url: str) -> str:
    return url if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", url) else "http://" + url


def _is_tracking(param: str) -> bool:
    lower = param.lower()
    return lower in TRACKING_PARAMS or lower.startswith(_TRACKING_PREFIXES)
