"""What every reader hands the shared step (``_Draft``, ``_Meta``, marker sentinels), and the
small helpers more than one reader needs. Kept apart so the readers need not import each other."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urlsplit

from ..model import Name, PartialDate, Problem

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# A marker in a draft body: U+E000 label U+E002 line U+E001 (private-use characters, removed
# from the input first, so they can never come from the document itself).
_M_OPEN, _M_SEP, _M_CLOSE = "\ue000", "\ue002", "\ue001"
_SENTINEL_RE = re.compile("[\ue000-\ue002]")
_MARKER_RE = re.compile("\ue000([^\ue001\ue002]*)\ue002(\\d*)\ue001")


def _marker(label: str, line: int = 0) -> str:
    return f"{_M_OPEN}{label}{_M_SEP}{line}{_M_CLOSE}"


@dataclass
class _Meta:
    title: str = ""
    authors: list[Name] = field(default_factory=list)
    date: PartialDate | None = None
    publisher: str = ""
    url: str = ""


@dataclass
class _Draft:
    body: str  # the text around the notes, markers as sentinels, paragraphs split by "\n\n"
    notes: list[tuple[str, str, int]]  # (label, text, line), in label order
    meta: _Meta
    problems: list[Problem] = field(default_factory=list)
    numbered: bool = True  # labels are meant to run 1..N (a gap is worth reporting)


_WS = re.compile(r"\s+")


def _squash(text: str) -> str:
    return " ".join(text.split())  # as _WS.sub(" ", text).strip(): str.split knows the same spaces, and is faster


def _rename(problem: Problem, document: str) -> Problem:
    return Problem(document, problem.message, problem.line, problem.note, problem.severity)


def _is_number(label: str) -> bool:
    return label.isascii() and label.isdigit()


_ROMAN_PLACES = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
                 (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(number: int) -> str:
    """A note number as Word's and LaTeX's roman numbering prints it (4 -> 'iv'); the digits outside 1..3999."""
    if not 0 < number < 4000:
        return str(number)
    out = []
    for value, letters in _ROMAN_PLACES:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def _label_key(document_order: list[str]) -> Callable[[str], tuple[int, str]]:
    """Sort key: numerically when every label is a number, else in order of first reference."""
    position = {label: i for i, label in enumerate(document_order)}
    if all(_is_number(label) for label in document_order):
        return lambda label: (int(label) if _is_number(label) else 1 << 30, label)
    return lambda label: (position.get(label, 1 << 30), label)


# Links a publisher's reference list adds to each entry to find the work elsewhere, not the work's own address
_FINDING_AIDS = frozenset(
    {"google scholar", "pubmed", "pubmed central", "cas", "ads", "mathscinet", "web of science", "crossref",
     "scopus", "isi", "math reviews", "zentralblatt math"}
)


def is_finding_aid(shown: str) -> bool:
    """A 'Google Scholar' or 'PubMed' link after a reference: where to look the work up, no part of it."""
    return shown.strip().lower() in _FINDING_AIDS


def _keep_url(href: str, shown: str, urls: list[str]) -> None:
    """Remember a link's URL when the reader could not see it in the link text."""
    if is_finding_aid(shown):
        return
    href = unwrap_redirect(href)
    seen = href in shown or unquote(href) in shown  # "...020%3C0130:DNF%3E2.0.CO;2" shown as "...020<0130:DNF>..."
    if re.match(r"(?i)(?:https?|ftp)://|doi:", href) and not seen and href not in urls:
        urls.append(href)


# Link wrappers that send every click through the host first: Google Docs exports, Outlook, Facebook
_REDIRECTS = {
    "www.google.com": ("/url", "q"),
    "google.com": ("/url", "q"),
    "l.facebook.com": ("/l.php", "u"),
    "lm.facebook.com": ("/l.php", "u"),
}


def unwrap_redirect(href: str) -> str:
    """'https://www.google.com/url?q=https://doi.org/10.1257/aer.99.3.1053&sa=D...' -> the address it leads to."""
    if "?" not in href:
        return href
    parts = urlsplit(href)
    host = parts.hostname or ""
    path_and_key = _REDIRECTS.get(host)
    if path_and_key is None and host.endswith("safelinks.protection.outlook.com"):
        path_and_key = ("/", "url")
    if path_and_key is None or parts.path != path_and_key[0]:
        return href
    target = parse_qs(parts.query).get(path_and_key[1], [""])[0]
    return target if re.match(r"(?i)https?://", target) else href


def _with_urls(text: str, urls: list[str]) -> str:
    text = _squash(text)
    urls = [u for u in urls if u not in text]
    if not urls:
        return text
    joiner = " " if not text or text[-1] in ".,;:" else ", "
    return text + joiner + " ".join(urls) if text else " ".join(urls)


def _attr(el: HtmlElement, name: str) -> str:
    return (el.get(name) or "").strip()
