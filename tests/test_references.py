"""The project's own library in references/: written by bibkit, facts only, and renderable.

Regenerate after a parser change with:
    bibkit extract ../shared/corpus --themes references/themes.toml --facts-only -o references/library.json
    bibkit extract ../shared/corpus --themes references/themes.toml --facts-only -o references/library.bib
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from bibkit.cli import main

ROOT = Path(__file__).resolve().parents[1]
REFERENCES = ROOT / "references"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the checkout")


def regenerate(tmp_path: Path, suffix: str) -> Path:
    """The command in the docstring, run from the repository root as documented."""
    out = tmp_path / f"library{suffix}"
    code = main(["extract", "../shared/corpus", "--themes", "references/themes.toml", "--facts-only", "-o", str(out)])
    assert code == 0
    return out


@needs_corpus
@pytest.mark.parametrize("suffix", [".json", ".bib"])
def test_references_are_what_bibkit_writes_from_the_corpus(tmp_path, suffix, monkeypatch):
    monkeypatch.chdir(ROOT)
    fresh = regenerate(tmp_path, suffix).read_text(encoding="utf-8")
    committed = (REFERENCES / f"library{suffix}").read_text(encoding="utf-8")
    if suffix == ".json":
        fresh, committed = json.loads(fresh), json.loads(committed)
    assert fresh == committed, "references/ is stale: regenerate it (see this file's docstring)"


@needs_corpus
def test_references_hold_no_commentary_prose():
    names = ("library.json", "library.bib", ".bibkit-state.json")
    text = "\n".join((REFERENCES / name).read_text(encoding="utf-8") for name in names)
    gold = json.loads((SHARED / "gold" / "footnotes.json").read_text(encoding="utf-8"))
    for note in gold:
        assert note["context"] not in text
        if note["kind"] == "discursive":
            assert note["raw"][:60] not in text
    items = json.loads((REFERENCES / "library.json").read_text(encoding="utf-8"))
    assert all(not c.get("context") for item in items for c in item.get("custom", {}).get("cited_in", []))


def test_every_work_has_a_theme():
    items = json.loads((REFERENCES / "library.json").read_text(encoding="utf-8"))
    works = [i for i in items if i.get("custom", {}).get("role") != "commentary"]
    assert works and all(item.get("keyword") for item in works)


def test_the_default_build_renders_the_project_library(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "bibliography"
    assert main(["build", "--offline", "-o", str(out)]) == 0
    text = (out / "bibliography.txt").read_text(encoding="utf-8")
    flat = " ".join(re.findall(r"\w+", text))
    items = json.loads((REFERENCES / "library.json").read_text(encoding="utf-8"))
    works = [i for i in items if i.get("custom", {}).get("role") != "commentary"]
    for item in works:
        label = item.get("title") or item["container-title"]
        assert " ".join(re.findall(r"\w+", label)[:4]) in flat  # quote marks are the style's business
    assert "Other works" not in text or text.count("Other works") == 1
    for fmt in ("html", "md", "tex"):
        assert os.path.getsize(out / f"bibliography.{fmt}") > 0
