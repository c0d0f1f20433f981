"""Re-runs never lose user edits: the three-way merge, uncited works, broken blocks, atomic writes.

The "generated .bib" is written by the real pipeline step (``update_bib``) from hand-made
References standing for what extraction gives for each commentary; the user's edits are made
on the file text, as a person would.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest

from bibkit.decisions import Decisions
from bibkit.io.bibtex import read_bibtex
from bibkit.model import Citation, Library, Name, PartialDate, Reference
from bibkit.update import STATUS_FIELD, load_state, three_way, update_bib, update_library

DOC_A, DOC_B, DOC_C = "a_commentary.txt", "b_commentary.txt", "c_commentary.txt"


def cite(doc: str, note: str) -> tuple[Citation, ...]:
    return (Citation(doc, note, f"Our own sentence in {doc} that cites note {note}."),)


def commentary_a() -> list[Reference]:
    return [
        Reference(type="webpage", authors=(Name("Abiru", "Taisuke"),), title="Japan-Russia Relations in the Post-Abe Era",
                  container="Carnegie Moscow Center", issued=PartialDate(2021, 3, 3), citations=cite(DOC_A, "1")),
        Reference(type="article-newspaper", container="Kyodo News International", issued=PartialDate(2014, 7, 17),
                  citations=cite(DOC_A, "2")),
        Reference(type="article-newspaper", container="Kyodo News International", issued=PartialDate(2014, 7, 25),
                  citations=cite(DOC_A, "3")),
        Reference(type="article-newspaper", authors=(Name("Johnston", "Eric"),),
                  title="Japan slams Russia’s decision to suspend peace treaty talks", container="The Japan Times",
                  issued=PartialDate(2022, 3, 22), citations=cite(DOC_A, "4")),
    ]


def commentary_b() -> list[Reference]:
    """One more commentary: cites two works again (in other styles) and one new work."""
    return [
        Reference(type="webpage", authors=(Name("Abiru", "T."),), title="Japan–Russia relations in the post‑Abe era",
                  container="Carnegie Moscow Center", issued=PartialDate(2021), citations=cite(DOC_B, "3")),
        Reference(type="article-newspaper", authors=(Name("Johnston", "Eric"),),
                  title="Japan Slams Russia's Decision to Suspend Peace-Treaty Talks", container="Japan Times",
                  issued=PartialDate(2022, 3, 22), citations=cite(DOC_B, "5")),
        Reference(type="book", authors=(Name("Brown", "James D. J."),),
                  title="Japan, Russia and Their Territorial Dispute: The Northern Delusion", publisher="Routledge",
                  issued=PartialDate(2016), citations=cite(DOC_B, "9")),
    ]


def run(bib: Path, refs: list[Reference], **options) -> tuple[Library, object]:
    return update_bib(bib, Library(references=tuple(refs)), **options)


def entry_block(text: str, key: str) -> str:
    match = re.search(r"@\w+\{" + re.escape(key) + r",.*?\n\}\n", text, re.S)
    assert match, f"no entry {key}"
    return match.group(0)


def edit_entry(text: str, key: str, change) -> str:
    block = entry_block(text, key)
    return text.replace(block, change(block))


@pytest.fixture
def generated(tmp_path) -> Path:
    bib = tmp_path / "references" / "library.bib"
    bib.parent.mkdir()
    run(bib, commentary_a())
    return bib


def by_key(bib: Path) -> dict[str, Reference]:
    return {r.key: r for r in read_bibtex(bib).references}


def test_first_run_writes_bib_and_state(generated):
    refs = by_key(generated)
    assert len(refs) == 4
    state = load_state(generated.parent / ".bibkit-state.json")
    assert set(state) == set(refs)
    assert state["abiru2021japan"]["title"] == "Japan-Russia Relations in the Post-Abe Era"


def test_hand_edits_survive_a_rerun_with_one_more_commentary(generated):
    keys_before = list(by_key(generated))
    text = generated.read_text(encoding="utf-8")
    text = edit_entry(text, "abiru2021japan", lambda b: re.sub(
        r"title = \{.*\},", "title = {{Japan}-{Russia} Relations in the Post-{Abe} Era: A Corrected Title},", b))
    text = edit_entry(text, "abiru2021japan", lambda b: b.replace(
        "\n}\n", "\n  annotation = {My own note on why this matters.},\n  keywords = {diplomacy, mine},\n}\n"))
    text = edit_entry(text, "johnston2022japan", lambda b: b.replace("\n}\n", "\n  keywords = {handpicked},\n}\n"))
    generated.write_text(text, encoding="utf-8")

    library, report = run(generated, commentary_a() + commentary_b())

    refs = by_key(generated)
    assert list(refs)[: len(keys_before)] == keys_before  # every key unchanged, same order
    abiru = refs["abiru2021japan"]
    assert abiru.title == "Japan-Russia Relations in the Post-Abe Era: A Corrected Title"
    assert abiru.annotation == "My own note on why this matters."
    assert abiru.keywords == ("diplomacy", "mine")
    assert refs["johnston2022japan"].keywords == ("handpicked",)
    assert "brown2016japan" in refs and report.added == ("brown2016japan",)
    assert ("abiru2021japan", "title") in report.kept_edits
    merged = {r.key: r for r in library.references}["abiru2021japan"]
    assert {c.document for c in merged.citations} == {DOC_A, DOC_B}  # citations of both commentaries

    run(generated, commentary_a() + commentary_b())  # and on every later run too
    again = by_key(generated)["abiru2021japan"]
    assert again.title == abiru.title and again.annotation == abiru.annotation and again.keywords == abiru.keywords


def test_changed_extraction_updates_untouched_fields(generated):
    refs = commentary_a()
    refs[3] = replace(refs[3], title="Japan slams Russia’s decision to suspend peace treaty talks with Tokyo",
                      url="https://www.japantimes.co.jp/news/2022/03/22/national/japan-russia-peace-treaty/")
    _, report = run(generated, refs)
    johnston = by_key(generated)["johnston2022japan"]
    assert johnston.title.endswith("with Tokyo") and johnston.url.startswith("https://www.japantimes")
    assert report.updated == ("johnston2022japan",)


def test_keyword_removed_by_the_user_stays_removed(generated):
    refs = [replace(r, keywords=("security", "diplomacy")) for r in commentary_a()]
    run(generated, refs)
    text = edit_entry(generated.read_text(encoding="utf-8"), "abiru2021japan",
                      lambda b: b.replace("keywords = {security, diplomacy}", "keywords = {diplomacy, mine}"))
    generated.write_text(text, encoding="utf-8")
    refs[0] = replace(refs[0], keywords=("security", "diplomacy", "energy"))
    run(generated, refs)
    assert by_key(generated)["abiru2021japan"].keywords == ("diplomacy", "energy", "mine")


def test_work_no_longer_cited_is_kept_and_marked_unless_pruned(generated):
    refs = commentary_a()[:3]
    _, report = run(generated, refs)
    johnston = by_key(generated)["johnston2022japan"]
    assert dict(johnston.extra)[STATUS_FIELD] == "uncited" and report.uncited == ("johnston2022japan",)
    run(generated, commentary_a())  # cited again: the mark goes
    assert STATUS_FIELD not in dict(by_key(generated)["johnston2022japan"].extra)
    _, report = run(generated, refs, prune=True)
    assert "johnston2022japan" not in by_key(generated) and report.pruned == ("johnston2022japan",)


def test_entry_added_by_hand_is_never_pruned_and_keeps_its_values(generated):
    text = generated.read_text(encoding="utf-8") + (
        "\n@book{mine2020,\n  author = {Nowak, Anna},\n  title = {A Book I Added Myself},\n  date = {2020},\n}\n")
    generated.write_text(text, encoding="utf-8")
    run(generated, commentary_a(), prune=True)
    assert by_key(generated)["mine2020"].title == "A Book I Added Myself"


def test_no_state_file_means_the_file_values_win(generated):
    (generated.parent / ".bibkit-state.json").unlink()
    text = edit_entry(generated.read_text(encoding="utf-8"), "abiru2021japan",
                      lambda b: re.sub(r"title = \{.*\},", "title = {My Title},", b))
    generated.write_text(text, encoding="utf-8")
    run(generated, commentary_a())
    assert by_key(generated)["abiru2021japan"].title == "My Title"


def test_new_work_gets_a_key_that_cannot_collide(generated):
    other = Reference(type="webpage", authors=(Name("Abiru", "Taisuke"),), title="Japan’s Ties with Russia",
                      container="Nippon.com", issued=PartialDate(2021, 9, 1), citations=cite(DOC_C, "1"))
    _, report = run(generated, commentary_a() + [other])
    (key,) = report.added
    assert key != "abiru2021japan" and key in by_key(generated)


def test_broken_blocks_are_reported_and_kept_verbatim(generated):
    broken = "@article{broken2020,\n  title = {Unbalanced {brace},\n  date = {2020},\n}\n"
    dup = "@misc{kyodo2014x,\n  title = {A},\n  title = {B},\n}\n"
    text = generated.read_text(encoding="utf-8")
    generated.write_text(dup + "\n" + text + "\n" + broken, encoding="utf-8")
    _, report = run(generated, commentary_a())
    lines = {line for line, _ in report.broken}
    assert 1 in lines and len(lines) == 2
    assert all(p.line for p in report.problems)
    out = generated.read_text(encoding="utf-8")
    assert "title = {Unbalanced {brace}," in out and "title = {A},\n  title = {B}," in out
    assert set(by_key(generated)) >= {"abiru2021japan", "kni2014a", "kni2014b", "johnston2022japan"}
    run(generated, commentary_a())  # stable: kept again, not duplicated
    assert generated.read_text(encoding="utf-8").count("Unbalanced {brace}") == 1


def test_decisions_are_honoured_on_rerun(generated):
    decisions = Decisions().add("same", "kni2014a", "kni2014b")
    _, report = run(generated, commentary_a(), decisions=decisions)
    refs = by_key(generated)
    assert "kni2014b" not in refs and dict(refs["kni2014a"].extra)["ids"] == "kni2014b"


def test_interrupted_write_leaves_the_previous_file_intact(generated, monkeypatch):
    before = generated.read_text(encoding="utf-8")

    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        run(generated, commentary_a() + commentary_b())
    assert generated.read_text(encoding="utf-8") == before
    assert not [p for p in generated.parent.iterdir() if p.name.endswith(".tmp")]


def test_update_library_does_not_write(generated):
    before = generated.read_text(encoding="utf-8")
    update_library(generated, Library(references=tuple(commentary_b())),
                   state_path=generated.parent / ".bibkit-state.json")
    assert generated.read_text(encoding="utf-8") == before


def test_three_way_rules():
    merged, kept = three_way({"title": "Mine", "pages": "1"}, {"title": "Old", "pages": "1"},
                             {"title": "New", "pages": "2"})
    assert merged == {"title": "Mine", "pages": "2"} and kept == ["title"]
    merged, _ = three_way({}, {"note": "x"}, {"note": "y"})  # the user deleted a field: stays deleted
    assert merged == {}


def test_state_file_is_plain_json(generated):
    data = json.loads((generated.parent / ".bibkit-state.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and "abiru2021japan" in data["entries"]
