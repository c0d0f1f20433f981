"""Annotations: the user's text first, then one generated line per citation, told apart on re-reading."""

from __future__ import annotations

from dataclasses import replace

from bibkit.annotate import (
    GENERATED_PREFIX,
    annotate_library,
    compose_annotation,
    generated_part,
    user_part,
)
from bibkit.dates import format_date
from bibkit.model import Citation, Commentary, Library, Name, PartialDate, Reference

COMMENTARY = Commentary(
    path="c/a.txt",
    document="a.txt",
    format="text",
    title="Japan’s Policy Towards Russia After the Invasion of Ukraine",
    authors=(Name(family="Malachiński", given="Piotr"),),
    date=PartialDate(2022, 4, 7),
)
REF = Reference(
    title="Japan 2021",
    annotation="Worth reading for the import tables.",
    citations=(
        Citation("a.txt", "2", "Russia still supplies part of Japan’s LNG."),
        Citation("b.txt", "5", "A second  sentence\nspread over lines.", locator="45"),
    ),
)


def test_user_text_first_then_one_line_per_citation():
    text = compose_annotation(REF, {"a.txt": COMMENTARY})
    lines = text.splitlines()
    assert lines[0] == "Worth reading for the import tables."
    assert lines[1] == (
        "Cited in Piotr Malachiński, “Japan’s Policy Towards Russia After the Invasion of Ukraine” "
        "(7 April 2022), note 2: “Russia still supplies part of Japan’s LNG.”"
    )
    # unknown commentary: the file name stands in; whitespace of the context is normalised
    assert lines[2] == "Cited in b.txt, note 5 (at 45): “A second sentence spread over lines.”"
    assert "\n\n" not in text  # a blank line would be \par inside a biblatex field


def test_generated_part_is_told_apart_and_never_duplicated():
    once = compose_annotation(REF, {"a.txt": COMMENTARY})
    twice = compose_annotation(replace(REF, annotation=once), {"a.txt": COMMENTARY})
    assert twice == once
    assert user_part(once) == "Worth reading for the import tables."
    assert all(line.startswith(GENERATED_PREFIX) for line in generated_part(once))
    assert len(generated_part(once)) == 2


def test_no_citations_keeps_what_was_stored():
    stored = "Mine.\nCited in x.txt, note 1: “kept from an earlier run”"
    ref = Reference(title="t", annotation=stored)
    assert compose_annotation(ref, {}) == stored
    assert compose_annotation(Reference(title="t"), {}) == ""


def test_user_text_mentioning_cited_in_mid_text_survives():
    ref = Reference(annotation="Cited in many places.\nMy second line.", citations=(Citation("a.txt", "1"),))
    assert user_part(compose_annotation(ref, {})) == "Cited in many places.\nMy second line."


def test_annotate_library_sets_every_annotation():
    lib = Library(references=(REF, Reference(title="x")), commentaries=(COMMENTARY,))
    out = annotate_library(lib)
    assert out.references[0].annotation.startswith("Worth reading")
    assert out.references[1].annotation == ""
    assert lib.references[0].annotation == "Worth reading for the import tables."  # input untouched


def test_annotation_dates_read_day_month_year():
    assert format_date(PartialDate(2022, 4, 7)) == "7 April 2022"
    assert format_date(PartialDate(2022, 4)) == "April 2022"
    assert format_date(PartialDate(2022)) == "2022"
    assert format_date(None) == ""
