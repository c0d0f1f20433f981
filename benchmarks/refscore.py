"""Field normalisation and comparison shared by bibkit's parser benchmarks.

Gold values are labelled spans as written ("In Theorizing Documentary,", "(2011).",
"12(3)"); predictions are CSL-JSON values or tagger spans. Both sides go through the
same ``normalise_*`` function for their field, then ``Tally`` counts
true positives / predicted / gold per field for precision, recall and F1.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

FIELDS = (
    "author", "title", "container", "date", "volume", "pages", "publisher", "location", "url", "doi",
    "edition",
)  # fmt: skip

_FOLD = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\u00a0": " ",
})  # fmt: skip
_LABEL_WORDS = {
    "pp", "p", "vol", "vols", "volume", "no", "nos", "nr", "issue", "in", "ed", "eds", "edn", "edited",
    "by", "edition", "accessed", "retrieved", "available", "at", "from", "doi", "url", "s", "hrsg",
}  # fmt: skip
_VOLUME_WORDS = {"v", "n", "nº", "num", "t", "bd", "jg", "heft", "tome", "tomo", "band", "number"}
_NAME_STOP = {"and", "et", "al", "und", "eds", "ed", "by", "edited", "others", "y", "e"}
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def fold(text: object) -> str:
    """NFKC, casefolded, quotes and dashes folded, spaces collapsed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).translate(_FOLD).casefold()
    return re.sub(r"\s+", " ", text).strip()


def words(text: object) -> list[str]:
    """Letters-and-digits words of ``text`` after folding."""
    return re.findall(r"[^\W_]+", fold(text))


def normalise_text(text: object) -> str:
    """Title, container, publisher, place, edition: letters+digits, label words dropped at the edges."""
    tokens = words(text)
    while tokens and tokens[0] in _LABEL_WORDS:
        tokens.pop(0)
    while tokens and tokens[-1] in _LABEL_WORDS:
        tokens.pop()
    return " ".join(tokens)


def normalise_edition(text: object) -> str:
    """'2nd ed.' -> '2', 'Second edition' -> 'second'."""
    tokens = [t for t in words(text) if t not in _LABEL_WORDS]
    return " ".join(re.sub(r"^(\d+)(st|nd|rd|th|e|er|ème)$", r"\1", t) for t in tokens)


def normalise_year(text: object) -> str:
    """The first plausible year (1500-2099) in the text."""
    match = _YEAR.search(fold(text))
    return match.group(1) if match else ""


def normalise_volume(text: object) -> str:
    """Volume and issue together, label words dropped: '12(3)' -> '12 3', 'v. 24, n. 5' -> '24 5'.

    A year inside the span (Vancouver "2009;108(2)", which AnyStyle labels volume) is dropped
    too, so the year is scored once, under date.
    """
    tokens = [t for t in words(text) if t not in _LABEL_WORDS and t not in _VOLUME_WORDS]
    numbers = [t for t in tokens if not _YEAR.fullmatch(t)]
    return " ".join(numbers or tokens)


def normalise_pages(text: object) -> str:
    """First and last page, expanding abbreviated ranges: '345–73' -> '345-373'."""
    numbers = re.findall(r"[0-9ivxlcdm]+", " ".join(t for t in words(text) if t not in _LABEL_WORDS))
    if not numbers:
        return ""
    first, last = numbers[0], numbers[-1] if len(numbers) > 1 else ""
    if last and first.isdigit() and last.isdigit() and len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return f"{first}-{last}" if last and last != first else first


def normalise_url(text: object) -> str:
    """URL without scheme, 'www.', trailing punctuation or slash; case kept after the host."""
    url = unicodedata.normalize("NFKC", str(text or "")).strip().strip("<>").rstrip(".,;:)]")
    url = re.sub(r"^(?:url:?\s*|available at:?\s*)", "", url, flags=re.I)
    url = re.sub(r"^https?://", "", url, flags=re.I)
    url = re.sub(r"^www\.", "", url, flags=re.I).rstrip("/")
    host, _, path = url.partition("/")
    return host.casefold() + ("/" + path if path else "")


def normalise_doi(text: object) -> str:
    """'https://doi.org/10.1/X.' -> '10.1/x'."""
    match = re.search(r"10\.\d{4,9}/\S+", fold(text))
    return match.group(0).rstrip(".,;:)]") if match else ""


_INITIALS = re.compile(r"(?<![\w'’-])[A-Z]{1,3}(?:\.|(?![\w'’-]))")


def name_words(text: object) -> frozenset[str]:
    """Words of a list of names, initials and connectives dropped: order- and format-free.

    Initials go whether written 'C. K.', 'C.K.' or 'CK' (Vancouver), so a parser that
    expands 'Daugherty CK' to 'Daugherty, C. K.' is not marked wrong for it.
    """
    text = _INITIALS.sub(" ", str(text or ""))
    return frozenset(w for w in words(text) if len(w) > 1 and w not in _NAME_STOP)


def normalise_authors(value: object) -> frozenset[str]:
    """Gold author spans (one string or a list) or CSL names as one set of name words."""
    if isinstance(value, list | tuple):
        parts = []
        for item in value:
            if isinstance(item, dict):
                name = " ".join(item.get(part, "") for part in ("given", "family", "suffix"))
                parts.append(item.get("literal") or name)
            else:
                parts.append(str(item))
        value = " ".join(parts)
    return name_words(value)


NORMALISERS = {
    "author": normalise_authors,
    "title": normalise_text,
    "container": normalise_text,
    "publisher": normalise_text,
    "location": normalise_text,
    "date": normalise_year,
    "volume": normalise_volume,
    "pages": normalise_pages,
    "url": normalise_url,
    "doi": normalise_doi,
    "edition": normalise_edition,
}


def normalise(field_name: str, value: object) -> object:
    """Comparable form of ``value`` for ``field_name``; empty when there is nothing to compare."""
    if value is None or value == "" or value == []:
        return ""
    return NORMALISERS[field_name](value)


@dataclass
class Tally:
    """Per-field counts: correct predictions, predictions made, gold values present."""

    correct: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)

    def add(self, gold: dict, predicted: dict, fields: tuple[str, ...] = FIELDS) -> list[str]:
        """Compare one reference (normalised dicts); returns the fields it got wrong."""
        wrong = []
        for name in fields:
            want, got = gold.get(name) or "", predicted.get(name) or ""
            self.gold[name] += bool(want)
            self.predicted[name] += bool(got)
            if want and got == want:
                self.correct[name] += 1
            elif want or got:
                wrong.append(name)
        return wrong

    def prf(self, name: str | None = None) -> tuple[float, float, float]:
        """Precision, recall and F1 of one field, or micro-averaged over all when ``name`` is None."""
        if name is None:
            tp, pred, gold = (sum(c.values()) for c in (self.correct, self.predicted, self.gold))
        else:
            tp, pred, gold = self.correct[name], self.predicted[name], self.gold[name]
        precision = tp / pred if pred else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1
