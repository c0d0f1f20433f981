"""The CRF reference tagger: tokens, shipped model, training round trip."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bibkit import crf

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORE = SHARED / "benchmarks" / "refstrings" / "anystyle_core.jsonl"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Smith, J. (2001). A title. J. Stud., 12(3), 45–67.", id="apa"),
        pytest.param("Taro Aso, “Arc of Freedom,” speech, 2006, https://example.org/a_b.html.", id="url-end"),
        pytest.param("  doi:10.1000/xyz123 and (https://example.org/x) ", id="doi-and-bracketed-url"),
        pytest.param("„Zitat“ « guillemets » ‘single’ — Ibid.", id="quotes"),
        pytest.param("", id="empty"),
    ],
)
def test_tokenize_offsets_round_trip(text):
    tokens = crf.tokenize(text)
    assert all(text[start:end] == word for word, start, end in tokens)
    assert "".join(word for word, _s, _e in tokens) == "".join(text.split())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_tokenize_never_loses_text(text):
    tokens = crf.tokenize(text)
    assert all(text[start:end] == word for word, start, end in tokens)
    assert "".join(word for word, _s, _e in tokens) == "".join(text.split())


def test_tokenize_keeps_url_whole_and_trailing_dot_apart():
    words = [w for w, _s, _e in crf.tokenize("See https://www.mofa.go.jp/files/000143.pdf.")]
    assert words == ["See", "https://www.mofa.go.jp/files/000143.pdf", "."]


def test_shipped_model_is_package_data_and_small():
    with resources.as_file(resources.files("bibkit.data") / crf.MODEL_NAME) as model:
        assert 100_000 < model.stat().st_size < 5_000_000
    assert set(crf.load_tagger().labels()) <= set(crf.LABELS)


def _labels(spans):
    return {label: text for label, text in reversed(spans)}  # first span of each label wins


def test_segment_chicago_book_note():
    text = (
        "Robert O. Keohane, After Hegemony: Cooperation and Discord in the World Political Economy "
        "(Princeton: Princeton University Press, 1984), 45."
    )
    spans = crf.segment(text)
    assert "".join(t for _l, t in spans).replace(" ", "") == text.replace(" ", "")
    got = _labels(spans)
    assert got["author"].startswith("Robert O. Keohane")
    assert got["title"].startswith("After Hegemony")
    assert "Princeton University Press" in got["publisher"]
    assert "1984" in got["date"]


def test_segment_apa_article():
    text = "Fearon, J. D. (1995). Rationalist explanations for war. "
    text += "International Organization, 49(3), 379–414."
    got = _labels(crf.segment(text))
    assert got["author"].startswith("Fearon, J. D.")
    assert "1995" in got["date"]
    assert got["title"].startswith("Rationalist explanations for war")
    assert got["container"].startswith("International Organization")
    assert got["volume"].startswith("49")
    assert "379–414" in got["pages"]


def test_segment_web_note_with_url():
    text = (
        "Graham Allison, “The Thucydides Trap,” Foreign Policy, June 9, 2017, "
        "https://foreignpolicy.com/2017/06/09/the-thucydides-trap/."
    )
    got = _labels(crf.segment(text))
    assert got["author"].startswith("Graham Allison")
    assert "The Thucydides Trap" in got["title"]
    assert got["container"].startswith("Foreign Policy")
    assert "June 9, 2017" in got["date"]
    assert got["url"].startswith("https://foreignpolicy.com/2017/06/09/the-thucydides-trap/")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Diplomatic Bluebook 2021 (Ministry of Foreign Affairs of Japan, 2021).",
            [("title", "Diplomatic Bluebook 2021"), ("publisher", "(Ministry of Foreign Affairs of Japan,"),
             ("date", "2021).")],
            id="government-document",
        ),
        pytest.param(
            "Nihon Keizai Shimbun, March 3, 2022.",
            [("container", "Nihon Keizai Shimbun,"), ("date", "March 3, 2022.")],
            id="newspaper-only",
        ),
    ],
)  # fmt: skip
def test_segment_footnote_patterns(text, expected):
    assert crf.segment(text) == expected


def test_segment_many_matches_segment():
    texts = ["Yomiuri Shimbun, April 2, 2015.", "Fearon, J. D. (1995). Rationalist explanations for war."]
    assert crf.segment_many(texts) == [crf.segment(t) for t in texts]
    assert crf.segment("   ") == []


def test_volume_issue_split_in_training_labels():
    record = {
        "raw": "Lancet. 2000; 355(9222): 1-3.",
        "segments": [["journal", "Lancet."], ["date", "2000;"], ["volume", "355(9222):"], ["pages", "1-3."]],
    }
    tokens, labels = crf.labelled_tokens(record)
    pairs = dict(zip((w for w, _s, _e in tokens), labels, strict=True))
    assert pairs["355"] == "volume" and pairs["9222"] == "issue" and pairs["Lancet"] == "container"


@pytest.mark.skipif(not CORE.exists(), reason="shared benchmark data not beside the repo")
def test_train_small_model_tags_training_record(tmp_path):
    with open(CORE, encoding="utf-8") as handle:
        records = [json.loads(line) for _i, line in zip(range(30), handle, strict=False)]
    model = tmp_path / "tiny.crfsuite"
    crf.train(records, model, max_iterations=60)
    record = records[1]
    tokens, labels = crf.labelled_tokens(record)
    tagged = crf.load_tagger(str(model)).tag(crf.features(tokens))
    agreement = sum(a == b for a, b in zip(tagged, labels, strict=True)) / len(labels)
    assert agreement > 0.9
    labels_back = [label for label, _t in crf.segment(record["raw"], model_path=str(model))]
    assert labels_back[:2] == ["author", "date"]


def test_train_without_usable_records_is_an_input_error(tmp_path):
    from bibkit.errors import InputError

    with pytest.raises(InputError):
        crf.train([{"raw": "x", "segments": [["title", "not in raw"]]}], tmp_path / "m.crfsuite")
