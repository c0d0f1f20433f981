"""Short cuts taken for speed give what the plain version gives.

Each fast path in the parser's hot loop (a substring test before a pattern, str.split for a
whitespace pattern, a jump between quote marks) is checked here against the slow form it
replaced, on generated text, so a later edit cannot make the two drift apart.
"""

from __future__ import annotations

import gc
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bibkit import dates, names
from bibkit.api import extract_library
from bibkit.extract.draft import _squash
from bibkit.extract.html import _BLANK_LINE
from bibkit.model import Citation, Reference, build, evolve
from bibkit.normalize import mentions
from bibkit.reference import (
    _LEAD_CLAUSE,
    _LEAD_IN,
    _NUMBER_LABEL,
    _OPENERS,
    Draft,
    _closing,
    _looks_like_reference_start,
    _strip_prose_before_see,
    _tidy,
    strip_label,
    strip_lead_in,
    unwrap_signal,
)

# Characters that matter to the patterns: spaces of several kinds, brackets, stops, quotes.
_NOISY = st.text(alphabet=st.sampled_from(list("ab1 \t\n\u00a0\u2009,.;:()[]“”\"'‘’«»&")), max_size=40)


def _slow_squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _slow_tidy(text: str) -> str:
    text = re.sub(r"\(\s*[,;]?\s*\)|\[\s*\]", " ", text)
    text = re.sub(r"\s+([,.])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s+[,;:])+", r"\1", text)
    return re.sub(r"\s+", " ", text).strip(" ,;:")


@given(_NOISY)
def test_squash_is_the_whitespace_pattern(text):
    assert _squash(text) == _slow_squash(text)


@given(_NOISY)
def test_tidy_is_its_four_patterns(text):
    assert _tidy(text) == _slow_tidy(text)


_SLOW_AND = re.compile(
    r"\s*(?:,\s*)?(?:(?<!-)\band\b|&|(?<!-)\bund\b|(?<!-)\bet\b|(?<!-)\by\b|(?<!-)\bi\b|(?<!-)\boch\b|(?<!-)\bog\b)\s+",
    re.IGNORECASE,
)
_NAMEISH = st.lists(
    st.sampled_from(["and", "And", "AND", "&", "und", "et", "y", "i", "I", "och", "og", "Smith", "Ivan", "yi", "band", "fog", "Jung-en", "-i", ",", " ", "."]),
    max_size=12,
).map(" ".join)


@given(st.one_of(_NAMEISH, _NOISY))
def test_and_splitter_is_the_word_boundary_pattern(text):
    assert names._AND.split(text) == _SLOW_AND.split(text)


def _slow_closing(text: str, i: int) -> int | None:
    """The character-by-character walk _closing replaced."""
    opener = text[i]
    closers = _OPENERS[opener]
    depth = 1
    j = i + 1
    while j < len(text):
        ch = text[j]
        if ch == opener and opener not in "\"'”" and (j + 1 < len(text) and not text[j + 1].isspace()):
            depth += 1
        elif ch in closers:
            if opener in "'‘’" or closers == "’":
                if j + 1 < len(text) and text[j + 1].isalpha():
                    j += 1
                    continue
            if opener in '"”' and j + 1 < len(text) and text[j + 1].isalnum():
                j += 1
                continue
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return None


@given(_NOISY)
def test_closing_quote_is_the_walk(text):
    for i, ch in enumerate(text):
        if ch in _OPENERS:
            assert _closing(text, i) == _slow_closing(text, i)


@settings(max_examples=200)
@given(st.sampled_from(["March 3, 2021", "2014", "(May 26, 2014)", "n.d. 2020", "on 5 May 2020", "2020 dated"]),
       st.text(alphabet=st.sampled_from(list(" .,;:()[]–-x")), max_size=4))
def test_only_date_short_cut_agrees_with_the_pattern(date, rest):
    text = date + rest
    found = dates.find_dates(text.strip(" .,;:()[]"))
    if len(found) == 1:
        stripped = text.strip(" .,;:()[]")
        left = stripped[: found[0].start] + stripped[found[0].end :]
        slow = not re.sub(r"[\s.,;:()\[\]–-]|\b(?:n\.d|on|dated)\b", "", left)
        assert dates.is_only_date(text) == slow


@given(st.text(alphabet=st.sampled_from(list("ab \t\n")), max_size=30))
def test_html_paragraphs_split_at_blank_lines_as_before(text):
    fast = [_squash(p) for p in _BLANK_LINE.split(text) if p.strip()]
    before = re.sub(r"[ \t]*\n[ \t\n]*\n[ \t]*", "\n\n", text)
    slow = [_squash(p) for p in before.split("\n\n") if p.strip()]
    assert fast == slow


def test_evolve_is_replace_and_refuses_unknown_fields():
    ref = Reference(title="T", citations=(Citation("a.txt", "1"),))
    from dataclasses import replace

    assert evolve(ref, key="k") == replace(ref, key="k")
    assert evolve(ref, key="k").title == "T" and ref.key == ""
    try:
        evolve(ref, nonsense=1)
    except TypeError as exc:
        assert "nonsense" in str(exc)
    else:
        raise AssertionError("evolve accepted a field Reference does not have")


def test_build_is_the_constructor_and_refuses_what_it_cannot_do():
    assert build(Reference, title="T", confidence=0.5) == Reference(title="T", confidence=0.5)
    assert hash(build(Reference, title="T")) == hash(Reference(title="T"))
    assert build(Citation, document="a.txt", note="1") == Citation("a.txt", "1")
    for bad, word in (({"document": "a", "nonsense": 1}, "nonsense"), ({"note": "1"}, "document")):
        try:
            build(Citation, **bad)
        except TypeError as exc:
            assert word in str(exc)
        else:
            raise AssertionError(f"build accepted {bad}")
    try:
        build(Draft)
    except TypeError as exc:
        assert "default factory" in str(exc)
    else:
        raise AssertionError("build shared a default factory's value")


def test_the_collector_is_back_on_after_a_build_and_had_nothing_to_free(tmp_path):
    (tmp_path / "a.md").write_text("Text.[^1]\n\n[^1]: Kimie Hara, *Japanese-Soviet Relations* (London: Routledge, 1998).\n")
    extract_library([tmp_path], use_tagger=False)  # first use makes (and drops) a few classes: cycles, once
    gc.unfreeze()
    gc.collect()
    library = extract_library([tmp_path], use_tagger=False)
    assert len(library.references) == 1
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what the build made is frozen: later collections do not walk it
    gc.unfreeze()  # back among the collector's objects, to be checked for cycles
    assert gc.collect() == 0  # building made no reference cycles, so keeping the collector off lost nothing


_LABELS_AND_LEAD_INS = st.lists(
    st.sampled_from(["See", "see", "ſee", "also", "Cf.", "cf.", "Compare", "in", "İn", "ın", "Vgl.", "Zie", "См.", "for",
                     "the", "background,", "doubt.", "12.", "[3]", "(4)", " ", "\u00a0", "Smith,", "“Title,”", "x", "2019"]),
    max_size=8,
).map(" ".join)


@given(_LABELS_AND_LEAD_INS)
def test_the_label_gate_is_the_label_pattern(text):
    assert strip_label(text) == _NUMBER_LABEL.sub("", text, count=1)


def _slow_strip_lead_in(text: str) -> str:
    text = unwrap_signal(text)
    previous = None
    while previous != text:
        previous = text
        m = _LEAD_IN.match(text)
        if m and _looks_like_reference_start(text[m.end() :]):
            text = text[m.end() :]
            continue
        m = _LEAD_CLAUSE.match(text)
        new_sentence = m and (not m.group("sentence") or m.group("verb")[0].isupper())
        if new_sentence and len(m.group(0).split()) <= 40 and _looks_like_reference_start(text[m.end() :]):
            text = text[m.end() :]
    return _strip_prose_before_see(text)


@given(_LABELS_AND_LEAD_INS)
@settings(max_examples=300)
def test_the_lead_in_gates_are_the_lead_in_patterns(text):
    assert strip_lead_in(text) == _slow_strip_lead_in(text)


@given(st.lists(st.tuples(st.sampled_from(["Ed. by", "see AT", "ibid", "x", "retrieved from"]),
                          st.sampled_from([("ed",), ("see", "ibid"), ("retrieved",), ("by",)])), max_size=12))
def test_mentions_remembers_only_the_text_it_was_last_given(calls):
    """The one-entry memo of the lower-cased text: texts alternating, equal texts as new objects."""
    for text, cues in calls:
        text = "".join(list(text))  # a new object each time, equal or not to the last
        assert mentions(text, cues) == any(cue in text.lower() for cue in cues)


def test_links_back_up_the_page_or_to_themselves_are_not_note_references(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        '<html><body><p id="top">Text.<sup><a href="#fn1" id="r1">1</a></sup> And <sup><a id="s" href="#s">2</a></sup>'
        ' back <sup><a href="#top">3</a></sup>.</p>'
        '<ol><li id="fn1">A. Author, <i>A Title</i> (London: Press, 2001). <a href="#r1">1</a></li></ol></body></html>',
        encoding="utf-8",
    )
    commentary = extract_library([page], use_tagger=False).commentaries[0]
    assert [note.label for note in commentary.notes] == ["1"]


def test_no_module_binds_a_top_level_name_twice():
    """A second pattern of the same name silently replaces the first for every function that used it."""
    import ast
    from collections import Counter
    from pathlib import Path

    import bibkit

    for path in Path(bibkit.__file__).parent.rglob("*.py"):
        names = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
        assert [name for name, count in names.items() if count > 1] == [], path
