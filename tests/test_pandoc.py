"""Pandoc integration, run with the real programs: the distribution's Pandoc (2.17 on Debian) and
Pandoc 3.x from pypandoc-binary. Outside CI a missing Pandoc skips with the reason; under CI=true
both must be there (``.ci/run`` installs them).

- the reading-list Lua filter (``bibkit pandoc-filter``) on the corpus library, .bib and CSL-JSON;
- ``bibkit cite``: footnotes -> citations, round trip through ``pandoc --citeproc``;
- the Markdown reading list ``bibkit render`` writes, read back without warnings.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bibkit.annotate import annotate_library
from bibkit.cite import citation_text, discursive_head, discursive_tail, lead_in, pandoc_locator, rewrite_markdown
from bibkit.cite_command import filter_path
from bibkit.cli import main
from bibkit.io.bibtex import library_to_bibtex
from bibkit.io.csljson import dumps_csl, library_to_csl, read_csl
from bibkit.model import Library
from bibkit.render import render_library

REFERENCES = Path(__file__).resolve().parents[1] / "references"
ESSAY = Path(__file__).parent / "data" / "pandoc" / "essay.md"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _pandoc2() -> str | None:
    return shutil.which("pandoc")


def _pandoc3() -> str | None:
    try:
        import pypandoc
    except ImportError:
        return None
    try:
        return pypandoc.get_pandoc_path()
    except OSError:
        return None


PANDOCS = {"system": _pandoc2, "pypandoc-binary": _pandoc3}


@pytest.fixture(params=sorted(PANDOCS))
def pandoc(request) -> str:
    """Each Pandoc in turn; skipped (outside CI only) when one is missing."""
    path = PANDOCS[request.param]()
    if path is None:
        if IN_CI:
            pytest.fail(f"pandoc ({request.param}) is required under CI (installed by .ci/run)")
        pytest.skip(f"pandoc ({request.param}) not installed")
    return path


def run_pandoc(pandoc: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([pandoc, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def version(pandoc: str) -> tuple[int, ...]:
    first = subprocess.run([pandoc, "--version"], capture_output=True, text=True, check=True).stdout.split("\n")[0]
    return tuple(int(n) for n in re.search(r"(\d+(?:\.\d+)+)", first).group(1).split("."))


def write_corpus_library(folder: Path) -> None:
    """The corpus library with its 'Cited in ...' annotations, as .bib and as CSL-JSON."""
    library = annotate_library(read_csl(REFERENCES / "library.json"))
    (folder / "library.bib").write_text(library_to_bibtex(Library(references=library.references)), encoding="utf-8")
    (folder / "library.json").write_text(dumps_csl(library_to_csl(library)), encoding="utf-8")


READING = """---
title: Reading list
nocite: '@*'
link-citations: true
bibkit-theme-labels:
  security: Security and defence
---

Abiru's survey [@abiru2021japan] is the place to start.

::: {#bibkit-reading-list}
Works grouped by theme.
:::
"""


def blocks_of(ast: dict, kind: str) -> list[dict]:
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("t") == kind:
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(ast["blocks"])
    return found


def stringify(node) -> str:
    if isinstance(node, dict):
        if node.get("t") == "Str":
            return node["c"]
        if node.get("t") in ("Space", "SoftBreak", "LineBreak"):
            return " "
        return stringify(node.get("c", ""))
    if isinstance(node, list):
        return "".join(stringify(n) for n in node)
    return ""


@pytest.mark.tool
@pytest.mark.parametrize("bibliography", ["library.bib", "library.json"])
def test_reading_list_filter_groups_the_bibliography_by_theme(pandoc, bibliography, tmp_path):
    write_corpus_library(tmp_path)
    (tmp_path / "reading.md").write_text(READING, encoding="utf-8")
    run = run_pandoc(pandoc, "reading.md", "--citeproc", "--bibliography", bibliography,
                     "--lua-filter", str(filter_path()), "-t", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    ast = json.loads(run.stdout)
    divs = {d["c"][0][0]: d for d in blocks_of(ast, "Div")}
    assert "refs" not in divs  # citeproc's own list was moved into the reading list
    entries = [i for i in divs if i.startswith("ref-")]
    assert len(entries) == 22  # every work once; the commentaries of the CSL-JSON are left out
    headers = [h for h in blocks_of(ast, "Header") if "bibkit-theme" in h["c"][1][1]]
    titles = [stringify(h["c"][2]) for h in headers]
    assert "Security and defence" in titles and "Energy" in titles
    assert len(titles) == len(set(titles)) >= 5
    annotations = [d for d in blocks_of(ast, "Div") if "annotation" in d["c"][0][1]]
    assert len(annotations) == 22
    abiru = stringify(divs["ref-abiru2021japan"])
    assert "Abiru" in abiru and "Cited in Piotr Malachiński" in abiru
    # the citation in the text still links to its entry, now under its theme
    html = run_pandoc(pandoc, "reading.md", "--citeproc", "--bibliography", bibliography,
                      "--lua-filter", str(filter_path()), "-t", "html5", cwd=tmp_path).stdout
    assert 'href="#ref-abiru2021japan"' in html and 'id="ref-abiru2021japan"' in html
    assert html.index('id="theme-security"') < html.index('id="ref-abiru2021japan"')


@pytest.mark.tool
def test_reading_list_filter_says_what_to_do_without_citeproc(pandoc, tmp_path):
    write_corpus_library(tmp_path)
    (tmp_path / "reading.md").write_text(READING, encoding="utf-8")
    run = run_pandoc(pandoc, "reading.md", "--lua-filter", str(filter_path()), "--citeproc",
                     "--bibliography", "library.bib", "-t", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "give --citeproc before this filter" in run.stderr
    ast = json.loads(run.stdout)
    assert not [h for h in blocks_of(ast, "Header") if "bibkit-theme" in h["c"][1][1]]


def test_pandoc_filter_command_prints_the_shipped_filter(capsys):
    assert main(["pandoc-filter"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.name == "reading_list.lua" and path.is_file()
    assert "pandoc.utils.references" in path.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- bibkit cite


def test_locators_and_citations():
    assert pandoc_locator("45") == "p. 45"
    assert pandoc_locator("31–34") == "pp. 31–34"
    assert pandoc_locator("chap. 2") == "chap. 2"
    assert citation_text([("a", "4"), ("b", "")], "see") == "[see @a, p. 4; @b]"
    assert lead_in("See also Abiru, “Japan-Russia Relations,” 2021.") == "see also"
    assert lead_in("Abiru, “Japan-Russia Relations,” 2021.") == ""
    assert discursive_tail("Brown, “Policy,” RUSI, June 10, 2021. The author doubts that it will last.") == (
        "The author doubts that it will last."
    )
    assert discursive_tail("Brown, “Policy,” RUSI, June 10, 2021.") == ""
    assert discursive_head("I doubt this reading of events. See Brown, “Policy,” RUSI, 2021.") == (
        "I doubt this reading of events."
    )
    assert discursive_head("James D.J. Brown, “Policy,” RUSI, June 10, 2021.") == ""
    assert discursive_head("Ministry of Foreign Affairs of Japan, *National Security Strategy* (2013), 45.") == ""


def test_rewrite_keeps_code_blocks_and_unknown_notes():
    from bibkit.cite import NotePlan

    text = "A claim.[^1] Another.[^2]\n\n```\nnot a note [^1]\n```\n\n[^1]: Some source, 2020.\n[^2]: An aside.\n"
    out = rewrite_markdown(text, [NotePlan("1", "[@key2020]")])
    assert out.startswith("A claim [@key2020]. Another.[^2]")
    assert "not a note [^1]" in out and "[^2]: An aside." in out and "Some source" not in out


def test_cite_rewrites_inline_notes_numbered_with_the_others(tmp_path):
    source = tmp_path / "inline.md"
    source.write_text(
        "A claim.^[Taisuke Abiru, “Japan-Russia Relations in the Post-Abe Era,” Carnegie Moscow Center,"
        " March 3, 2021.] Another.[^1] Code `^[not a note]` stays.\n\n"
        "Argued.^[I doubt this reading of the summit. See James D.J. Brown, “Japan’s Policy toward Russia,”"
        " RUSI, June 10, 2021.]\n\nAn aside.^[This is only my own aside about the matter, and it cites nothing"
        " at all, as asides often do.]\n\n"
        "[^1]: Kimie Hara, *Japanese-Soviet/Russian Relations since 1945* (London: Routledge, 1998), 12.\n",
        encoding="utf-8",
    )
    assert main(["cite", str(source), "-o", str(tmp_path / "out.md")]) == 0
    text = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "A claim [@abiru2021japan]. Another [@hara1998japanese, p. 12]. Code `^[not a note]` stays." in text
    assert "Argued.^[I doubt this reading of the summit. [see @brown2021japan].]" in text
    assert "An aside.^[This is only my own aside" in text


def test_cite_rewrites_footnotes(tmp_path, capsys):
    out = tmp_path / "out" / "essay.cited.md"
    assert main(["cite", str(ESSAY), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "bibliography: essay.cited.bib" in text
    assert "after 2014 [@abiru2021japan]." in text
    assert "[see also @mfaj2013national, p. 45]" in text
    assert "[^3]: [@brown2021japan]. The author doubts that the policy will last much longer." in text
    assert "here [@brown2021japan]." in text  # Ibid.
    assert "[^5]: This is my own aside" in text  # discursive: kept as written
    assert not re.search(r"\[\^[1246]\]", text)
    assert "5 of 6 notes now cite 4 works" in capsys.readouterr().err
    assert (tmp_path / "out" / "essay.cited.bib").is_file()


@pytest.mark.tool
@pytest.mark.parametrize("library", ["essay.cited.bib", "essay.cited.json"])
def test_cite_round_trip_every_citation_resolves(pandoc, library, tmp_path):
    assert main(["cite", str(ESSAY), "-o", str(tmp_path / "essay.cited.md"), "--library",
                 str(tmp_path / library)]) == 0
    run = run_pandoc(pandoc, "essay.cited.md", "--citeproc", "-t", "plain", "--wrap=none", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "not found" not in run.stderr and run.stderr == ""
    assert "(Abiru 2021)" in run.stdout and "(see also Ministry of Foreign Affairs of Japan 2013, 45)" in run.stdout
    assert "The author doubts that the policy will last much longer." in run.stdout
    assert "Singh, Jyot Shikhar. 2021." in run.stdout


# --------------------------------------------------------------------------- the rendered reading list


@pytest.mark.tool
def test_markdown_reading_list_of_the_corpus_renders_cleanly(pandoc, tmp_path):
    library = annotate_library(read_csl(REFERENCES / "library.json"))
    (tmp_path / "list.md").write_text(render_library(library, "md"), encoding="utf-8")
    run = run_pandoc(pandoc, "list.md", "-f", "markdown", "-t", "html5", "--wrap=none", "--fail-if-warnings",
                     cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("Cited in ") >= 22 and "Malachiński" in run.stdout
    assert version(pandoc) >= (2, 17)
