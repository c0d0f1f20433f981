"""LaTeX text for BibTeX fields: escaping, decoding, and brace protection of titles.

The writer and reader are exact inverses for any text bibkit writes: ``decode(escape(s))``
and ``decode(protect_title(s))`` give back ``s`` (with whitespace runs collapsed, the way
BibTeX reads them). Braces from the text itself are written ``\\{ \\}`` when they balance and as
``\\textbraceleft{}`` otherwise, because BibTeX, biber and pybtex count every brace, escaped
or not, and one stray brace would swallow the rest of the file.

Title protection (why braces): Pandoc citeproc and sentence-case biblatex styles lowercase
every unbraced word after the first ("Japan-russia", "AT&t"). A word is braced when it is
an acronym or mixed-case (``{LNG}``, ``{AT\\&T}``, ``{G7}``, ``{McDonald}``); or, in a title
written in sentence case, when it is capitalised after the first word (the author's
capitals are then the proper nouns); or, in a Title Case title (where capitals cannot tell
proper from common nouns), when it is in a general proper-noun lexicon
(``bibkit/data/proper_nouns.txt``: countries, nationalities, languages, months, weekdays)
or in the ``proper_nouns`` learned from the same library (``learn_proper_nouns``: words
capitalised mid-sentence and never lowercase in citing sentences, sentence-case titles and
names).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

_SIMPLE = {c: "\\" + c for c in "&%$#_"}
_WORDY = {"\\": "\\textbackslash{}", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}"}
_SPACE = re.compile(r"[\t\n\r\f\v\x1c-\x1f\x85\u2028\u2029 ]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")

# Title Case words that are never proper nouns on their own (articles, prepositions, conjunctions).
FUNCTION_WORDS = frozenset(
    """a an the and but or nor for so yet as at by in of off on per to up via with from into onto over
    upon vs after before under between among amid amidst toward towards against about than without
    within through during since until is are be its his her their our your my this that these those
    new post pre""".split()
)


def clean_text(text: str) -> str:
    """Collapse whitespace (BibTeX reads any run as one space) and drop control characters."""
    return _SPACE.sub(" ", _CONTROL.sub("", text)).strip()


def braces_balance(text: str) -> bool:
    """True when every ``}`` closes an earlier ``{`` and all are closed."""
    depth = 0
    for char in text:
        depth += (char == "{") - (char == "}")
        if depth < 0:
            return False
    return depth == 0


def escape(text: str) -> str:
    """Plain text -> LaTeX for a BibTeX field (non-ASCII stays UTF-8: biber is Unicode)."""
    text = clean_text(text)
    return escape_fragment(text, braces_balance(text))


def verbatim(text: str) -> str:
    """A URL/DOI for a verbatim field: only what would break the file is percent-encoded."""
    text = _CONTROL.sub("", text).strip()
    return re.sub(r"[\s{}\\]", lambda m: f"%{ord(m.group()):02X}", text)


# --- decoding -------------------------------------------------------------------------------

_ACCENTS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
    "r": "\u030a", "d": "\u0323", "b": "\u0331",
}
_SYMBOLS = {
    "textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^", "textbraceleft": "{",
    "textbraceright": "}", "textdollar": "$", "textunderscore": "_", "textendash": "\u2013",
    "textemdash": "\u2014", "textquoteright": "\u2019", "textquoteleft": "\u2018", "ss": "ß",
    "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å",
    "AA": "Å", "i": "ı", "j": "ȷ", "textregistered": "®", "texttrademark": "™", "textcopyright": "©",
    "S": "§", "P": "¶", "dag": "†", "ldots": "…", "dots": "…", "textellipsis": "…", "euro": "€",
    "pounds": "£", "textsterling": "£", "textdegree": "°", "guillemotleft": "«", "guillemotright": "»",
}
_UNWRAP = {
    "url", "emph", "textit", "textbf", "textsc", "textup", "textsf", "texttt", "textnormal", "mbox",
    "enquote",
}
_LETTER_ACCENT_ARG = re.compile(r"\{\\?([A-Za-z])\}|\s*\\?([A-Za-z])(?![A-Za-z])")  # \c{c}, \c c
_SYMBOL_ACCENT_ARG = re.compile(r"\{\\?([A-Za-z])\}|\\?([A-Za-z])")  # \"{o}, \"o, \'\i
_CMD = re.compile(r"\\([A-Za-z]+|.)")


def decode(latex: str) -> str:
    """LaTeX field text -> plain text: escapes, accents and symbols resolved, protective braces dropped.

    Unknown commands are kept as written, so nothing is lost.
    """
    out: list[str] = []
    i, n = 0, len(latex)
    while i < n:
        char = latex[i]
        if char == "\\":
            i = _decode_command(latex, i, out)
        elif char in "{}":
            i += 1
        elif char == "~":
            out.append("\u00a0")
            i += 1
        else:
            out.append(char)
            i += 1
    return clean_text("".join(out))


def _decode_command(latex: str, i: int, out: list[str]) -> int:
    match = _CMD.match(latex, i)
    if not match:  # a lone backslash at the very end
        out.append("\\")
        return i + 1
    name, end = match.group(1), match.end()
    if name in "&%$#_{} ":
        out.append(name)
        return end
    if name == "\\":
        out.append(" ")
        return end
    if name in _ACCENTS and not (name.isalpha() and name in _SYMBOLS):
        return _decode_accent(latex, name, end, out)
    if name in _SYMBOLS:
        out.append(_SYMBOLS[name])
        return _skip_terminator(latex, end)
    if name in _UNWRAP:
        return end  # the argument's braces are dropped as protective braces
    out.append(match.group(0))
    return end


def _skip_terminator(latex: str, end: int) -> int:
    """Skip the ``{}`` or the space that ends a letter command (``\\ss{}``, ``\\o ``)."""
    if latex.startswith("{}", end):
        return end + 2
    if end < len(latex) and latex[end] == " ":
        return end + 1
    return end


def _decode_accent(latex: str, name: str, end: int, out: list[str]) -> int:
    """``\\"o``, ``\\"{o}``, ``\\c c``, ``\\'{\\i}`` -> the precomposed letter."""
    rest = latex[end:]
    pattern = _LETTER_ACCENT_ARG if name.isalpha() else _SYMBOL_ACCENT_ARG
    match = pattern.match(rest)
    if not match:
        out.append("\\" + name)
        return end
    base = next(g for g in match.groups() if g)
    base = {"i": "i", "j": "j"}.get(base, base)
    out.append(unicodedata.normalize("NFC", base + _ACCENTS[name]))
    return end + match.end()


# --- title protection ----------------------------------------------------------------------

_CHUNK = re.compile(r"[^\s\-\u2010-\u2015/]+")
_CORE = re.compile(r"^([\W_]*)(.*?)((?:['\u2019][sS])?[\W_]*)$", re.S)
_SENTENCE_END = re.compile(r"[:.?!]['\"\u2019\u201d)]*$")


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """The shipped general proper-noun list (see the module docstring)."""
    text = resources.files("bibkit.data").joinpath("proper_nouns.txt").read_text(encoding="utf-8")
    words = (w for line in text.splitlines() if not line.startswith("#") for w in line.split())
    return frozenset(words)


def _chunks(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, core word, sentence-initial) for each word, split at spaces, hyphens and slashes."""
    out = []
    initial = True
    for match in _CHUNK.finditer(text):
        lead, core, _trail = _CORE.match(match.group()).groups()
        start = match.start() + len(lead)
        if core:
            out.append((start, start + len(core), core, initial))
        initial = bool(_SENTENCE_END.search(match.group()))
    return out


def _shape(core: str) -> str:
    """'acronym' (LNG, AT&T, G7, McDonald), 'capital' (Japan), 'lower', or 'other' (numbers)."""
    letters = [c for c in core if c.isalpha()]
    if not letters:
        return "other"
    if any(c.isupper() for c in core[1:]) or (core[0].isupper() and any(c.isdigit() for c in core)):
        return "acronym" if len(letters) > 1 or any(c.isdigit() for c in core) else "capital"
    if core[0].isupper():
        return "capital"
    return "lower" if letters[0].islower() else "other"


def is_title_case(title: str) -> bool:
    """True when most significant words after the first are capitalised ('Japan's Russia Policy')."""
    caps = lower = 0
    for _s, _e, core, initial in _chunks(title):
        if initial or core.lower() in FUNCTION_WORDS:
            continue
        shape = _shape(core)
        caps += shape == "capital"
        lower += shape == "lower"
    return caps > lower


def learn_proper_nouns(texts: Iterable[str], *, titles: Iterable[str] = ()) -> frozenset[str]:
    """Words capitalised after a sentence's first word and never seen in lower case.

    ``texts`` are prose (citing sentences, notes) and names; ``titles`` are only used
    when written in sentence case, since Title Case says nothing about proper nouns.
    """
    capital: set[str] = set()
    lowered: set[str] = set()
    sources = list(texts) + [t for t in titles if not is_title_case(t)]
    for text in sources:
        for _s, _e, core, initial in _chunks(text):
            shape = _shape(core)
            if shape == "lower":
                lowered.add(core.lower())
            elif shape == "capital" and not initial and core.lower() not in FUNCTION_WORDS:
                capital.add(core)
    return frozenset(w for w in capital if w.lower() not in lowered)


def protect_title(title: str, proper_nouns: frozenset[str] = frozenset()) -> str:
    """Escape a title and brace the words a sentence-casing style must not lowercase."""
    title = clean_text(title)
    title_case = is_title_case(title)
    known = lexicon() | proper_nouns
    balanced = braces_balance(title)
    out, pos = [], 0
    for start, end, core, initial in _chunks(title):
        if _keep_capitals(core, initial, title_case, known):
            out.append(escape_fragment(title[pos:start], balanced))
            out.append("{" + escape_fragment(core, balanced) + "}")
            pos = end
    out.append(escape_fragment(title[pos:], balanced))
    return "".join(out)


def escape_fragment(text: str, balanced: bool = False) -> str:
    """``escape`` for part of a value (keeps edge spaces, no whitespace clean-up).

    ``balanced`` says whether the braces of the *whole* value balance: only then may they
    be written ``\\{ \\}`` (which Pandoc prints); else ``\\textbraceleft{}``.
    """
    out = []
    for char in text:
        if char in "{}":
            if balanced:
                out.append("\\" + char)
            else:
                out.append("\\textbraceleft{}" if char == "{" else "\\textbraceright{}")
        elif char in _SIMPLE or char in _WORDY:
            out.append(_SIMPLE.get(char) or _WORDY[char])
        else:
            out.append(char)
    return "".join(out)


def _keep_capitals(core: str, initial: bool, title_case: bool, known: frozenset[str]) -> bool:
    shape = _shape(core)
    if shape == "acronym":
        return True
    if shape != "capital":
        return False
    if core in known:
        return True
    return not initial and not title_case
