"""Citing sentences: the sentence around each marker sentinel in a draft body.

Sentence ends are found only near markers, so a long document costs little more than a short one.
"""

from __future__ import annotations

import bisect
import re

from .draft import _MARKER_RE, _squash

# Final punctuation (and closing quotes) followed by space and not by a lower-case letter; or a blank line.
_SENT_END = re.compile(r"[.!?…\n](?:(?<=\n)\n+|(?<=[.!?…])(?P<p>[.!?…]*[\"'”’»)\]]*)[ \t\n]+(?![a-zß-öø-ÿ]))")
_ABBREVIATIONS = frozenset(
    """
mr mrs ms dr prof sr jr st mt ft e.g i.e cf vs viz al approx dept est gen col lt sgt capt cmdr adm gov
sen rep rev hon pres amb inc ltd corp co bros ave blvd
""".split()
)
# Abbreviations that are only abbreviations before a number ("No. 10", "Jan. 5", "p. 45").
_NUMBER_ABBREVIATIONS = frozenset(
    """
no nos vol vols p pp ed eds fig figs ch chap sec art para n nn jan feb mar apr jun jul aug sep sept oct nov dec
""".split()
)
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_CONTEXT_MAX = 400
_SPACE_BEFORE_STOP = re.compile(r"\s+(?=[.,;:!?)\]](?:\s|$))")  # "Russia [2]." -> "Russia."
_WINDOW = _CONTEXT_MAX + 200


def _contexts(body: str) -> tuple[dict[str, list[str]], dict[str, int]]:
    """For each marker label, the sentence(s) carrying it; and the line of each label's first marker."""
    parts = _MARKER_RE.split(body)
    if len(parts) == 1:
        return {}, {}
    chunks: list[str] = []
    marks: list[tuple[int, str]] = []
    first_line: dict[str, int] = {}
    size = 0
    for i in range(0, len(parts) - 1, 3):
        chunks.append(parts[i])
        size += len(parts[i])
        label, line = parts[i + 1], parts[i + 2]
        marks.append((size, label))
        first_line.setdefault(label, int(line) if line else 0)
    chunks.append(parts[-1])
    clean = "".join(chunks)
    ends, starts, paragraph = _boundaries(clean, [pos for pos, _ in marks])
    out: dict[str, list[str]] = {}
    for pos, label in marks:
        start, end = _sentence_at(pos, ends, starts, paragraph, len(clean))
        out.setdefault(label, []).append(_tidy_context(clean, start, end, pos))
    return out, first_line


def _windows(positions: list[int], size: int) -> list[tuple[int, int]]:
    """Merged spans of ``_WINDOW`` characters either side of each position."""
    spans: list[tuple[int, int]] = []
    for pos in sorted(positions):
        lo, hi = max(0, pos - _WINDOW), min(size, pos + _WINDOW)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    return spans


def _boundaries(text: str, positions: list[int]) -> tuple[list[int], list[int], list[bool]]:
    """Sentence ends near the markers at ``positions``: where each sentence stops, where the next
    begins, and whether the break is a paragraph break (not punctuation).

    Only ``_WINDOW`` characters around each marker are searched: a sentence longer than that is
    cut to ``_CONTEXT_MAX`` around its marker anyway, so farther breaks cannot change a context.
    """
    ends: list[int] = []
    starts: list[int] = []
    paragraph: list[bool] = []
    for lo, hi in _windows(positions, len(text)):
        _find_boundaries(text, lo, hi, ends, starts, paragraph)
    return ends, starts, paragraph


def _find_boundaries(text: str, lo: int, hi: int, ends: list[int], starts: list[int], paragraph: list[bool]) -> None:
    for m in _SENT_END.finditer(text, lo, hi):
        rest = m.group("p")
        if rest is None:
            ends.append(m.start())
            starts.append(m.end())
            paragraph.append(True)
            continue
        if not rest and text[m.start()] == "." and _is_abbreviation(text, m.start(), text[m.end() : m.end() + 1]):
            continue
        ends.append(m.start() + 1 + len(rest))
        starts.append(m.end())
        paragraph.append(False)


def _is_abbreviation(text: str, dot: int, following: str) -> bool:
    """Whether the '.' at ``dot`` closes an abbreviation or initial (U.S., Dr., J.), not a sentence."""
    if dot == 0 or not text[dot - 1].isalpha():
        return False
    chunk = text[max(0, dot - 12) : dot]
    word = chunk.rsplit(None, 1)[-1].rsplit("(", 1)[-1].lstrip("\"'“‘[")
    if not word or len(word) == len(chunk) == 12:
        return False
    lower = word.lower()
    if lower in _ABBREVIATIONS or following.isdigit() and lower in _NUMBER_ABBREVIATIONS:
        return True
    if len(word) == 1:
        return word.isupper()
    return "." in word and _DOTTED.fullmatch(word) is not None  # "U.S": no stop inside, no pattern to try


def _sentence_at(pos: int, ends: list[int], starts: list[int], paragraph: list[bool], size: int) -> tuple[int, int]:
    """The (start, end) of the sentence a marker at ``pos`` belongs to.

    A marker right after a sentence's final punctuation (``Era.[1]``, ``Era. [1]``) belongs
    to that sentence, not the next one.
    """
    i = bisect.bisect_left(ends, pos)
    if i > 0 and not paragraph[i - 1] and pos <= starts[i - 1]:
        i -= 1
    start = starts[i - 1] if i > 0 else 0
    end = ends[i] if i < len(ends) else size
    return start, end


def _tidy_context(text: str, start: int, end: int, pos: int) -> str:
    """The sentence as one line, trimmed to about ``_CONTEXT_MAX`` characters around the marker."""
    if end - start > _CONTEXT_MAX:
        half = _CONTEXT_MAX // 2
        lo, hi = max(start, pos - half), min(end, pos + half)
        if lo > start:
            space = text.find(" ", lo, pos)
            lo = space + 1 if space != -1 else lo
        if hi < end:
            space = text.rfind(" ", pos, hi)
            hi = space if space != -1 else hi
        start, end = lo, hi
    return _SPACE_BEFORE_STOP.sub("", _squash(text[start:end]))
