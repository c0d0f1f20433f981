"""Sequence tagger that segments one reference string into labelled spans.

parse.py handles what rules can read with certainty (URLs, DOIs, quoted titles,
Ibid.); for the rest (author lists, unquoted titles, containers, publishers) it
asks ``segment``, a linear-chain CRF (python-crfsuite) trained on labelled
reference strings (``shared/benchmarks/refstrings``) plus synthetic footnotes.

    text --tokenize--> tokens --features--> CRF --labels--> merged spans

The shipped model is ``bibkit/data/refs.crfsuite``; it is loaded once per process.
Retrain with ``python -m bibkit.crf train OUT.crfsuite FILE.jsonl...``.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from .errors import InputError

LABELS = (
    "author", "editor", "translator", "title", "container", "collection", "publisher", "location",
    "date", "volume", "issue", "pages", "edition", "url", "doi", "isbn", "genre", "note",
    "citation-number", "other",
)  # fmt: skip

#: Labels of the source data sets that bibkit folds into its own label set.
SOURCE_LABELS = {
    "journal": "container", "container-title": "container", "booktitle": "container",
    "source": "container", "collection-title": "collection", "medium": "genre", "tech": "genre",
    "director": "author", "producer": "author", "institution": "publisher", "year": "date",
}  # fmt: skip

MODEL_NAME = "refs.crfsuite"
DEFAULT_PARAMS = {"c1": 0.5, "c2": 0.01, "max_iterations": 150, "feature.minfreq": 1}

Token = tuple[str, int, int]

_URL = re.compile(r"(?:https?://|www\.)\S+|(?:doi:\s?)?10\.\d{4,9}/\S+", re.I)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_URL_TAIL = ".,;:)]}>\"'”’»"


def tokenize(text: str) -> list[Token]:
    """Words, numbers, URLs/DOIs (one token each) and single punctuation marks, with offsets.

    Punctuation stays as tokens because it carries most of the segmentation signal.
    """
    tokens: list[Token] = []
    pos = 0
    for match in _URL.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _URL_TAIL:
            end -= 1
        tokens.extend(_plain_tokens(text, pos, start))
        tokens.append((text[start:end], start, end))
        pos = end
    tokens.extend(_plain_tokens(text, pos, len(text)))
    return tokens


def _plain_tokens(text: str, start: int, end: int) -> Iterator[Token]:
    pos = start
    while pos < end:
        char = text[pos]
        if char.isspace():
            pos += 1
            continue
        match = _WORD.match(text, pos, end)
        stop = match.end() if match else pos + 1
        yield text[pos:stop], pos, stop
        pos = stop


# --- features -----------------------------------------------------------------------------------

_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre", "januar", "februar", "märz", "juni", "juli",
    "oktober", "dezember", "spring", "summer", "autumn", "fall", "winter",
}  # fmt: skip
_CUES = {
    "pp": "pages", "p": "pages", "pages": "pages", "s": "pages", "vol": "volume", "vols": "volume",
    "volume": "volume", "bd": "volume", "no": "issue", "nos": "issue", "nr": "issue", "issue": "issue",
    "ed": "editor", "eds": "editor", "edited": "editor", "editor": "editor", "editors": "editor",
    "hrsg": "editor", "hg": "editor", "dir": "editor", "trans": "translator", "transl": "translator",
    "translated": "translator", "in": "in", "press": "publisher", "university": "univ",
    "universität": "univ", "université": "univ", "verlag": "publisher", "publishers": "publisher",
    "publishing": "publisher", "books": "publisher", "journal": "journal", "review": "journal",
    "quarterly": "journal", "proceedings": "journal", "studies": "journal", "bulletin": "journal",
    "ministry": "org", "agency": "org", "department": "org", "office": "org", "government": "org",
    "council": "org", "commission": "org", "institute": "org", "institution": "org", "center": "org",
    "centre": "org", "foundation": "org", "association": "org", "organization": "org",
    "organisation": "org", "news": "news", "times": "news", "shimbun": "news", "post": "news",
    "daily": "news", "herald": "news", "tribune": "news", "gazette": "news", "reuters": "news",
    "accessed": "accessed", "retrieved": "accessed", "available": "accessed", "viewed": "accessed",
    "modified": "accessed", "updated": "accessed", "doi": "doi", "isbn": "isbn", "url": "url",
    "edition": "edition", "edn": "edition", "rev": "edition", "thesis": "genre", "dissertation": "genre",
    "diss": "genre", "report": "genre", "paper": "genre", "conference": "conf", "et": "etal", "al": "etal",
    "and": "and", "und": "and", "&": "and",
}  # fmt: skip
_CLOSES = {"“": "”", "„": "“”", "«": "»", "‘": "’", "‹": "›", '"': '"'}  # opening mark -> closing marks
_ABBREVIATIONS = {"p", "s", "no", "ed", "vol", "nr", "hg", "dir", "rev"}  # cues only when followed by "."
_ROMAN = re.compile(r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")


def _shape(word: str) -> str:
    """Compressed character classes: 'Smith' -> 'Xx', '2014' -> 'd4', 'J' -> 'X1'."""
    if word.isdigit():
        return f"d{min(len(word), 5)}"
    out = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            out.append(kind)
    shape = "".join(out)
    return shape + "1" if len(word) == 1 and word.isalpha() else shape


def _described(tokens: list[Token]) -> list[tuple[tuple[str, ...], _Lent, list[str], str]]:
    """Per token: its own context-free features, those it lends its neighbours, its state features
    and the word as features name it.

    The context-free part depends on the word and two facts about its neighbours only, so it
    is cached: a reference list repeats the same words, numbers and marks many times over.
    """
    words = [t[0] for t in tokens]
    count = len(words)
    quote: list[str] = []
    paren = bracket = 0
    colon_seen = year_seen = False
    out = []
    for i, word in enumerate(words):
        prev_digit = i > 0 and words[i - 1].isdigit()
        next_word = words[i + 1] if i + 1 < count else ""
        own, lent, is_year, shown = _word_features(word, prev_digit, next_word == ".", next_word.isdigit())
        state = []
        if quote:
            state.append("inq")
        if paren:
            state.append("inpar")
        if bracket:
            state.append("inbr")
        if colon_seen:
            state.append("aftercolon")
        if year_seen:
            state.append("afteryear")
        state.append(f"pos={10 * i // count}")
        if i == 0:
            state.append("first")
        if i == count - 1:
            state.append("last")
        out.append((own, lent, state, shown))
        quote = _next_quote_state(quote, word)
        paren += (word == "(") - (word == ")" and paren > 0)
        bracket += (word == "[") - (word == "]" and bracket > 0)
        colon_seen = colon_seen or word == ":"
        year_seen = year_seen or is_year
    return out


_Lent = tuple[tuple[str, ...], ...]  # features a token lends the tokens 2 before, 1 before, 1 after, 2 after it
_OFFSETS = (-2, -1, 1, 2)


@lru_cache(maxsize=1 << 13)
def _word_features(word: str, prev_digit: bool, next_dot: bool, next_digit: bool) -> tuple:
    """(own features, lent features, is a year, the word as features name it) of one word in place."""
    lower = word.casefold()
    is_url = bool(_URL.match(word))
    feats = ["w=<url>", "sh=url"] if is_url else [f"w={lower}", f"sh={_shape(word)}"]
    if 3 < len(word) < 30:
        feats += [f"p3={lower[:3]}", f"s3={lower[-3:]}"]
    if not word[0].isalnum() and len(word) == 1:
        feats.append("punct")
    feats.extend(_kind_features(word, lower, prev_digit, next_dot, next_digit))
    cue = _CUES.get(lower)
    if cue and (lower not in _ABBREVIATIONS or next_dot):
        feats.append(f"cue={cue}")
    near = [f for f in feats if f.startswith(("sh=", "cue=")) or f in _NEIGHBOUR_FLAGS]
    far = [f for f in near if not f.startswith("sh=")]
    shown = "<url>" if is_url else lower
    lent = tuple(
        (f"{offset}:w={shown}", *(f"{offset}:{f}" for f in (near if offset in (-1, 1) else far)))
        for offset in _OFFSETS
    )
    return tuple(feats), lent, "year" in feats, shown


def _kind_features(word: str, lower: str, prev_digit: bool, next_dot: bool, next_digit: bool) -> list[str]:
    feats = []
    is_alpha = word[0].isalpha()
    if word.isdigit():
        value = int(word)
        feats.append("num")
        if len(word) == 4 and 1500 <= value <= 2099:
            feats.append("year")
        elif len(word) <= 2 and 1 <= value <= 31:
            feats.append("smallnum")
    elif any(c.isdigit() for c in word):
        feats.append("hasdigit")
    if is_alpha:
        if word[0].isupper():
            feats.append("cap")
        if word.isupper() and len(word) > 1:
            feats.append("allcaps")
        if len(word) == 1 and word.isupper() and next_dot:
            feats.append("initial")
        if _ROMAN.match(lower) and (word.isupper() or word.islower()):
            feats.append("roman")
        if lower in _MONTHS and (word[0].isupper() or lower not in ("may", "march", "fall")):
            # "may" is a verb unless capitalised and next to a day or year.
            near_number = prev_digit or next_digit or next_dot
            if lower != "may" or near_number:
                feats.append("month")
    if _URL.match(word):
        feats.append("doi" if "10." in word and not word.lower().startswith(("http", "www")) else "url")
        if "doi.org" in lower:
            feats.append("doi")
    return feats


def _next_quote_state(quote: list[str], word: str) -> list[str]:
    """Stack of open quote marks: curly ones open and close, the straight quote toggles."""
    top = quote[-1] if quote else ""
    if top and word in _CLOSES.get(top, ""):
        return quote[:-1]
    if word in _CLOSES and len(quote) < 3:
        return [*quote, word]
    return quote


def features(tokens: list[Token]) -> list[list[str]]:
    """Each token's own features plus those of its neighbours (window of two either side).

    A neighbour contributes its shape, cue and flag features at distance one, and all but
    its shape at distance two (``_word_features`` works them out once per word), and
    whether it sits inside quotes.
    """
    described = _described(tokens)
    count = len(described)
    out = []
    for i, (own, _lent, state, shown) in enumerate(described):
        feats = [*own, *state]
        for slot, offset in enumerate(_OFFSETS):
            j = i + offset
            if not 0 <= j < count:
                feats.append(f"{offset}:none")
                continue
            neighbour = described[j]
            feats.extend(neighbour[1][slot])
            if neighbour[2] and neighbour[2][0] == "inq":
                feats.append(f"{offset}:inq")
        if i:
            feats.append(f"bi={described[i - 1][3]}|{shown}")
        out.append(feats)
    return out


_NEIGHBOUR_FLAGS = {"year", "month", "num", "initial", "cap", "punct", "inq", "url", "allcaps"}


# --- training -----------------------------------------------------------------------------------


def map_label(label: str | None) -> str:
    """A source data set's label in bibkit's label set ('journal' -> 'container')."""
    if label is None:
        return "other"
    label = SOURCE_LABELS.get(label, label)
    return label if label in LABELS else "other"


def labelled_tokens(record: dict) -> tuple[list[Token], list[str]]:
    """Tokens of ``record['raw']`` and their labels, taken from the ordered ``segments``.

    A volume span such as "12(3)" or "12, no. 3" is split so the issue gets its own label.
    """
    raw = record["raw"]
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for label, text in record["segments"]:
        start = raw.find(text, pos)
        if start < 0:
            raise ValueError(f"segment {text!r} not found in raw of {record.get('id', '?')}")
        spans.append((start, start + len(text), map_label(label)))
        pos = start + len(text)
    tokens = tokenize(raw)
    labels = []
    index = 0
    for _word, start, _end in tokens:
        while index < len(spans) - 1 and start >= spans[index][1]:
            index += 1
        inside = spans and spans[index][0] <= start < spans[index][1]
        labels.append(spans[index][2] if inside else "other")
    return tokens, _split_issue(tokens, labels)


def _split_issue(tokens: list[Token], labels: list[str]) -> list[str]:
    """Relabel the issue part of a volume span: '12 ( 3 )' and '12 , no . 3'."""
    out = list(labels)
    words = [t[0].casefold() for t in tokens]
    for i, label in enumerate(labels):
        if label != "volume" or (i and labels[i - 1] == "volume"):
            continue
        end = i
        while end < len(labels) and labels[end] == "volume":
            end += 1
        seen_number = False
        for j in range(i, end):
            if words[j].isdigit() and not seen_number:
                seen_number = True
            elif seen_number and words[j] in ("(", "no", "nr", "issue"):
                for k in range(j, end):
                    out[k] = "issue"
                break
    return out


def train(records: Iterable[dict], model_path: Path, **params: object) -> None:
    """Train a CRF on refstrings records and write it to ``model_path`` (atomically).

    ``params`` override ``DEFAULT_PARAMS`` (crfsuite lbfgs options: c1, c2, max_iterations,
    feature.minfreq ...). A record whose segments do not match its raw text is skipped.
    """
    trainer = pycrfsuite.Trainer(verbose=False)
    added = 0
    for record in records:
        try:
            tokens, labels = labelled_tokens(record)
        except (KeyError, ValueError):
            continue
        if tokens:
            trainer.append(features(tokens), labels)
            added += 1
    if not added:
        raise InputError("no usable training records", path=str(model_path))
    trainer.set_params({**DEFAULT_PARAMS, **params})
    model_path = Path(model_path)
    with tempfile.NamedTemporaryFile(dir=model_path.parent, suffix=".tmp", delete=False) as tmp:
        tmp_path = Path(tmp.name)
    try:
        trainer.train(str(tmp_path))
        tmp_path.chmod(0o644)  # NamedTemporaryFile makes it private; a model is package data
        tmp_path.replace(model_path)
    finally:
        tmp_path.unlink(missing_ok=True)


def read_records(paths: Iterable[Path]) -> Iterator[dict]:
    """Records from refstrings JSONL files; a bad line is an InputError naming file and line."""
    for path in paths:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read: {exc}", path=str(path)) from exc
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"not JSON: {exc.msg}", path=str(path), line=number) from exc


# --- tagging ------------------------------------------------------------------------------------


def model_available() -> bool:
    """Whether the shipped model is installed (a source checkout may lack it before training)."""
    return (resources.files("bibkit.data") / MODEL_NAME).is_file()


@lru_cache(maxsize=4)
def load_tagger(model_path: str | None = None) -> pycrfsuite.Tagger:
    """The tagger for ``model_path`` (default: the shipped model), opened once per process."""
    tagger = pycrfsuite.Tagger()
    if model_path is None:
        with resources.as_file(resources.files("bibkit.data") / MODEL_NAME) as path:
            tagger.open(str(path))
    else:
        tagger.open(model_path)
    return tagger


def segment(text: str, *, model_path: str | None = None) -> list[tuple[str, str]]:
    """Label spans of one reference, in order: [('author', 'Abiru, Taisuke,'), ('title', ...)].

    Adjacent tokens with the same label are merged; each span is the input text from
    its first token to its last, so punctuation and spacing are kept as written.
    """
    tokens = tokenize(text)
    if not tokens:
        return []
    labels = load_tagger(model_path).tag(features(tokens))
    return _merge(text, tokens, labels)


def segment_many(texts: Iterable[str], *, model_path: str | None = None) -> list[list[tuple[str, str]]]:
    """``segment`` for many references with one tagger."""
    return [segment(text, model_path=model_path) for text in texts]


def _merge(text: str, tokens: list[Token], labels: list[str]) -> list[tuple[str, str]]:
    spans: list[tuple[str, int, int]] = []
    for (_word, start, end), label in zip(tokens, labels, strict=True):
        if spans and spans[-1][0] == label:
            spans[-1] = (label, spans[-1][1], end)
        else:
            spans.append((label, start, end))
    return [(label, text[start:end]) for label, start, end in spans]


# --- command line -------------------------------------------------------------------------------

_USAGE = """usage: python -m bibkit.crf train OUT.crfsuite FILE.jsonl... [--param name=value ...]
       python -m bibkit.crf tag "reference text" [--model FILE]"""


def main(argv: list[str] | None = None) -> int:
    """Train a model from refstrings JSONL files, or tag one reference (for trying the model out)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) >= 3 and args[0] == "train":
        params = _pop_params(args)
        try:
            train(read_records(Path(p) for p in args[2:]), Path(args[1]), **params)
        except InputError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return exc.exit_code
        return 0
    if len(args) >= 2 and args[0] == "tag":
        model = None
        if "--model" in args:
            at = args.index("--model")
            model = args[at + 1]
            del args[at : at + 2]
        for label, span in segment(" ".join(args[1:]), model_path=model):
            print(f"{label:16} {span}")
        return 0
    print(_USAGE, file=sys.stderr)
    return 2


def _pop_params(args: list[str]) -> dict[str, object]:
    params: dict[str, object] = {}
    while "--param" in args:
        at = args.index("--param")
        name, _, value = args[at + 1].partition("=")
        params[name] = float(value) if "." in value else int(value)
        del args[at : at + 2]
    return params


if __name__ == "__main__":
    sys.exit(main())
