"""The whole pipeline through the CLI on the real corpus: re-runs keep hand edits, inputs fail one by one."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bibkit.cli import main
from bibkit.io.bibtex import read_bibtex

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the checkout")


def edit_field(text: str, key: str, field: str, value: str) -> str:
    """Set ``field`` of entry ``key`` in .bib text, as a user would in an editor."""
    start = text.index(f"{{{key},")
    end = text.index("\n}", start)
    entry = text[start:end]
    if re.search(rf"^\s*{field} = ", entry, re.M):
        entry = re.sub(rf"^(\s*{field} = ).*,$", lambda m: f"{m.group(1)}{{{value}}},", entry, count=1, flags=re.M)
    else:
        entry += f"\n  {field} = {{{value}}},"
    return text[:start] + entry + text[end:]


def test_hand_edits_and_keys_survive_a_rerun_with_one_more_commentary(tmp_path):
    inputs = tmp_path / "commentaries"
    inputs.mkdir()
    files = sorted(CORPUS.glob("*.txt"))
    for path in files[:-1]:
        shutil.copy(path, inputs)
    bib = tmp_path / "library.bib"
    assert main(["extract", str(inputs), "-o", str(bib)]) == 0
    first = {r.key: r for r in read_bibtex(bib).references}

    text = bib.read_text(encoding="utf-8")
    text = edit_field(text, "abiru2021japan", "title", "{Japan}–{Russia} Relations in the Post-{Abe} Era")
    text = edit_field(text, "abiru2021japan", "annotation", "Read first: the best short overview.")
    text = edit_field(text, "mfaj2013national", "keywords", "security, must-read")
    bib.write_text(text, encoding="utf-8")

    shutil.copy(files[-1], inputs)  # one more commentary
    assert main(["extract", str(inputs), "-o", str(bib)]) == 0
    second = {r.key: r for r in read_bibtex(bib).references}

    assert set(first) <= set(second), "a key disappeared or changed"
    abiru = second["abiru2021japan"]
    assert abiru.title == "Japan–Russia Relations in the Post-Abe Era"
    assert abiru.annotation == "Read first: the best short overview."
    assert "must-read" in second["mfaj2013national"].keywords
    assert main(["extract", str(inputs), "-o", str(bib)]) == 0  # and the run after that
    third = {r.key: r for r in read_bibtex(bib).references}
    assert third["abiru2021japan"].title == abiru.title and third["abiru2021japan"].annotation == abiru.annotation


def test_bad_inputs_are_reported_and_the_rest_still_processed(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    shutil.copy(CORPUS / "002_015e008f48361a52.txt", tmp_path)
    out = tmp_path / "out.json"
    code = main(["extract", str(tmp_path), str(tmp_path / "missing.md"), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 3
    assert "empty.txt" in err and "binary.txt" in err and "missing.md" in err
    assert "Traceback" not in err
    assert out.is_file() and "Kyodo News International" in out.read_text(encoding="utf-8")


_JERVIS = "Robert Jervis, “Cooperation under the Security Dilemma,” World Politics 30, no. 2 (1978): 167–214."
_MAINICHI = "Mainichi Shimbun, May 26, 2014."


def _refs_file(tmp_path, *lines: str):
    source = tmp_path / "refs.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source


def test_parse_reads_one_reference_per_line_in_order(tmp_path, capsys):
    source = _refs_file(tmp_path, _MAINICHI, "", _JERVIS)
    assert main(["parse", str(source)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert '"container-title": "Mainichi Shimbun"' in lines[0]
    assert '"volume": "30"' in lines[1]


def test_parse_keeps_going_past_a_line_the_parser_fails_on(tmp_path, capsys, monkeypatch):
    from bibkit import api

    real = api.parse_reference

    def failing(text, **kwargs):
        if "Jervis" in text:
            raise ValueError("boom")
        return real(text, **kwargs)

    monkeypatch.setattr(api, "parse_reference", failing)
    source = _refs_file(tmp_path, _JERVIS, _MAINICHI)
    assert main(["parse", str(source)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 2 and '"container-title": "Mainichi Shimbun"' in lines[1]
    assert "Robert Jervis" in lines[0]  # the line kept, nothing read from it
    assert "refs.txt:1: could not parse" in captured.err and "Traceback" not in captured.err


def test_parsing_in_several_processes_gives_the_same_library(monkeypatch, tmp_path):
    """-j N only spreads files over processes: same items, same order, same problems, same keys."""
    import json

    from bibkit import api
    from bibkit.io.csljson import library_to_csl

    data = Path(__file__).parent / "data"
    inputs = [CORPUS, data / "holdout", data / "commentaries", tmp_path / "missing.txt"]
    one = api.extract_library(inputs, jobs=1)
    monkeypatch.setattr(api, "_POOL_MIN_FILES", 2)
    two = api.extract_library(inputs, jobs=2)
    assert json.dumps(library_to_csl(two)) == json.dumps(library_to_csl(one))
    assert two.problems == one.problems and any(p.severity == "error" for p in two.problems)
