"""The .bib bibkit writes, compiled for real: pdflatex + biber + biblatex (TeX Live), and biber's
data-model validation. Outside CI a missing program skips with the reason; under CI=true it must run.

The corpus library (references/library.bib) is compiled as it is under ``style=reading`` and
``style=authoryear``; the same library with its annotations (which name Piotr Malachiński)
plus a work by Abe Shinzō checks that non-ASCII names are set by pdflatex with T1 fontenc.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bibkit.annotate import annotate_library
from bibkit.io.bibtex import library_to_bibtex
from bibkit.io.csljson import read_csl
from bibkit.model import Library, Name, PartialDate, Reference

pytestmark = pytest.mark.tool

REFERENCES = Path(__file__).resolve().parents[1] / "references"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

DOCUMENT = r"""\documentclass{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[backend=biber,style=%(style)s]{biblatex}
\addbibresource{%(bib)s}
\begin{document}
\nocite{*}
\printbibliography
\end{document}
"""

# A real book (Abe Shinzō, Utsukushii kuni e, Bungei Shunjū, 2006): a macron in a given name.
ABE = Reference(type="book", key="abe2006utsukushii", authors=(Name(family="Abe", given="Shinzō"),),
                title="Utsukushii kuni e", publisher="Bungei Shunjū", place="Tokyo", issued=PartialDate(2006),
                keywords=("diplomacy",), annotation="Abe Shinzō's programme before his first premiership.")




def need(program: str) -> None:
    if shutil.which(program) is None:
        if IN_CI:
            pytest.fail(f"{program} is required under CI (installed by .ci/run)")
        pytest.skip(f"{program} not installed")


def run(folder: Path, *cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=folder, capture_output=True, text=True, errors="replace", timeout=300)


def compile_bib(folder: Path, bib: str, style: str) -> tuple[str, str]:
    """pdflatex, biber, pdflatex twice on a document citing every entry; returns (.log, .bbl) text."""
    (folder / "doc.tex").write_text(DOCUMENT % {"style": style, "bib": bib}, encoding="utf-8")
    steps = (
        ("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"),
        ("biber", "doc"),
        ("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"),
        ("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"),  # style=reading asks for a rerun
    )
    for cmd in steps:
        proc = run(folder, *cmd)
        assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stdout[-3000:]}{proc.stderr[-2000:]}"
        if cmd[0] == "biber":
            assert "ERROR" not in proc.stdout, proc.stdout[-3000:]
    log = (folder / "doc.log").read_text(encoding="utf-8", errors="replace")
    return log, (folder / "doc.bbl").read_text(encoding="utf-8")


def assert_clean(log: str) -> None:
    assert "Missing character" not in log
    assert "! " not in log  # no TeX error, even a recovered one
    assert "There were undefined references" not in log


def annotated_library_bib() -> str:
    library = annotate_library(read_csl(REFERENCES / "library.json"))
    return library_to_bibtex(Library(references=(*library.references, ABE)))


@pytest.mark.slow
@pytest.mark.parametrize("style", ["reading", "authoryear"])
def test_corpus_library_compiles_with_biblatex(style, tmp_path):
    need("pdflatex")
    need("biber")
    shutil.copy(REFERENCES / "library.bib", tmp_path / "library.bib")
    log, bbl = compile_bib(tmp_path, "library.bib", style)
    assert_clean(log)
    assert bbl.count("\\entry{") == 22
    assert (tmp_path / "doc.pdf").stat().st_size > 5000


@pytest.mark.slow
@pytest.mark.parametrize("style", ["reading", "authoryear"])
def test_non_ascii_names_come_out_right(style, tmp_path):
    need("pdflatex")
    need("biber")
    (tmp_path / "annotated.bib").write_text(annotated_library_bib(), encoding="utf-8")
    log, bbl = compile_bib(tmp_path, "annotated.bib", style)
    assert_clean(log)
    assert bbl.count("\\entry{") == 23
    assert "t1lmr.fd" in log  # T1-encoded Latin Modern: ń and ō are real glyphs, not OT1 accent stacks
    assert "{Shinzō}" in bbl  # biber hands the name to LaTeX as UTF-8; T1 + utf8 set it
    assert "Malachiński" in bbl  # inside the annotations
    if style == "reading":
        assert "\\field{annotation}" in bbl or "annotation" in bbl


def test_biber_validates_the_corpus_library(tmp_path):
    need("biber")
    shutil.copy(REFERENCES / "library.bib", tmp_path / "library.bib")
    (tmp_path / "annotated.bib").write_text(annotated_library_bib(), encoding="utf-8")
    for bib in ("library.bib", "annotated.bib"):
        proc = run(tmp_path, "biber", "--tool", "--validate-datamodel", bib)
        log = proc.stdout + proc.stderr
        assert proc.returncode == 0, log
        errors = [line for line in log.splitlines() if line.startswith("ERROR")]
        assert errors == [], log
        # Warnings are allowed for what the sources do not say (no author, no title, a web page
        # without a URL); a field the writer puts where biblatex has none is a writer bug.
        invalid = set(re.findall(r"Entry '([^']+)' \(\S+\): Invalid field '([^']+)'", log))
        assert invalid == set(), sorted(invalid)
        others = [line for line in log.splitlines() if line.startswith("WARN") and "Datamodel" not in line]
        assert others == []
