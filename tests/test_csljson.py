"""CSL-JSON writer and reader: golden file, the custom-field contract, round trip, Pandoc."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import asdict, replace

import pytest
from library_fixtures import DOC_A, assert_golden, sample_library

from bibkit.errors import InputError
from bibkit.io.atomic import write_atomic
from bibkit.io.csljson import (
    commentary_id,
    csl_to_reference,
    dumps_csl,
    library_to_csl,
    parse_csl,
    read_csl,
    reference_to_csl,
)
from bibkit.keys import assign_keys
from bibkit.model import Citation, Name, PartialDate, Reference


def test_sample_library_matches_golden_json():
    assert_golden("sample.json", dumps_csl(library_to_csl(sample_library())))


def test_round_trip_keeps_references_commentaries_and_discursive_notes(tmp_path):
    library = sample_library()
    path = tmp_path / "lib.json"
    write_atomic(path, dumps_csl(library_to_csl(library)))
    back = read_csl(path)
    assert back.problems == ()
    strip = ("source", "line")
    assert [{k: v for k, v in asdict(r).items() if k not in strip} for r in back.references] == [
        {k: v for k, v in asdict(r).items() if k not in strip} for r in assign_keys(library.references)
    ]
    assert back.commentaries == tuple(replace(c, notes=()) for c in library.commentaries)
    assert back.discursive == library.discursive
    lines = path.read_text(encoding="utf-8").splitlines()
    assert all(f'"id": "{r.key}"' in lines[r.line - 1] for r in back.references)


def test_item_contract():
    ref = Reference(
        type="webpage", key="mofa2022japan", authors=(Name(literal="Ministry of Foreign Affairs of Japan"),),
        title="Japan-Russia Relations (Basic Data)", modified=PartialDate(2022, 2, 27),
        accessed=PartialDate(2022, 5, 1), annotation="Official figures.", keywords=("trade", "energy"),
        note="Remainder", raw="note one\nnote two", confidence=0.75,
        citations=(Citation(DOC_A, "9", "Trade is small.", "12", 40),),
    )
    item = reference_to_csl(ref)
    assert item["id"] == "mofa2022japan" and item["author"] == [{"literal": "Ministry of Foreign Affairs of Japan"}]
    assert item["issued"] == {"date-parts": [[2022, 2, 27]]}  # from modified: the scorer reads issued
    assert item["accessed"] == {"date-parts": [[2022, 5, 1]]}
    assert item["note"] == "Official figures." and item["keyword"] == "trade, energy"
    assert item["custom"]["cited_in"] == [
        {"document": DOC_A, "note": "9", "context": "Trade is small.", "locator": "12", "line": 40}
    ]
    assert item["custom"]["modified"] == "2022-02-27" and item["custom"]["raw"] == ["note one", "note two"]
    assert item["custom"]["confidence"] == 0.75 and item["custom"]["remainder"] == "Remainder"
    back = csl_to_reference(item)
    assert back.issued is None and back.modified == ref.modified and back == ref


def test_commentary_items_carry_discursive_notes():
    items = library_to_csl(sample_library())
    commentary = next(i for i in items if i["custom"].get("role") == "commentary")
    assert commentary["id"] == commentary_id(DOC_A) == "commentary-000-5656afd011c8767d-txt"
    assert commentary["type"] == "article" and commentary["author"] == [{"family": "Malachiński", "given": "Piotr"}]
    assert commentary["custom"]["notes"] == 2
    assert commentary["custom"]["discursive_notes"] == [
        {"note": "7", "text": "This is an aside about the wording of the treaty, with no source.",
         "context": "The wording matters here.", "line": 66}
    ]


def test_dumps_is_stable_and_keeps_unicode():
    text = dumps_csl(library_to_csl(sample_library()))
    assert "安倍晋三" in text and "Malachiński" in text and text.endswith("\n")
    assert dumps_csl(json.loads(text)) == text


def test_reads_other_tools_csl():
    text = json.dumps({"items": [
        {"id": "x", "type": "book", "title": "T", "author": [{"family": "Beethoven", "given": "Ludwig",
                                                               "non-dropping-particle": "van"}],
         "issued": {"raw": "2019-05"}, "annote": "mine"},
        "not an item",
    ]})
    lib = parse_csl(text, source="z.json")
    (ref,) = lib.references
    assert ref.authors == (Name("van Beethoven", "Ludwig"),) and ref.issued == PartialDate(2019, 5)
    assert ref.annotation == "mine" and ref.source == "z.json"
    assert len(lib.problems) == 1 and "item 2" in lib.problems[0].message


def test_bad_json_is_an_input_error_with_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[\n  {"id": "a",\n  oops\n]')
    with pytest.raises(InputError) as info:
        read_csl(path)
    assert info.value.line == 3 and str(path) in str(info.value)
    with pytest.raises(InputError, match="list of items"):
        parse_csl('{"a": 1}')


@pytest.mark.tool
@pytest.mark.skipif(shutil.which("pandoc") is None and not os.environ.get("CI"), reason="pandoc missing")
def test_pandoc_citeproc_renders_every_csl_entry(tmp_path):
    library = sample_library()
    (tmp_path / "lib.json").write_text(dumps_csl(library_to_csl(library)), encoding="utf-8")
    (tmp_path / "doc.md").write_text("---\nnocite: '@*'\n---\n", encoding="utf-8")
    run = subprocess.run(["pandoc", "doc.md", "--citeproc", "--bibliography", "lib.json", "-t", "plain",
                          "--wrap=none"], cwd=tmp_path, capture_output=True, text=True, check=True, timeout=120)
    assert run.stderr == ""
    entries = [p for p in run.stdout.split("\n\n") if p.strip()]
    assert len(entries) == len(library.references) + len(library.commentaries)
    assert "https://ja.wikipedia.org/wiki/%E5%AE%89%E5%80%8D%E6%99%8B%E4%B8%89" in run.stdout


def test_name_suffix_is_its_own_csl_part_and_reads_back():
    ref = Reference(type="report", title="Semiconductors", authors=(Name(family="Sargent", given="John F., Jr."),))
    item = reference_to_csl(ref)
    assert item["author"] == [{"family": "Sargent", "given": "John F.", "suffix": "Jr."}]
    assert csl_to_reference(item).authors == ref.authors
