"""bibkit's pybtex plugins, loaded the way pybtex loads them (entry points + ``find_plugin``).

Every plugin bibkit registers in a pybtex group is loaded by name, and the style formats the
project's library (references/library.bib) entry by entry with every pybtex backend; the
pybtex command-line tools are run for real on the same files.
"""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import distribution
from pathlib import Path

import pybtex.errors
import pytest
from pybtex.database import parse_file, parse_string
from pybtex.plugin import find_plugin

from bibkit.annotate import annotate_library
from bibkit.io.bibtex import library_to_bibtex
from bibkit.io.csljson import parse_csl, read_csl
from bibkit.model import Library

REFERENCES = Path(__file__).resolve().parents[1] / "references"
BACKENDS = ("html", "latex", "markdown", "plaintext")
BIN = Path(sys.executable).parent


def bibkit_pybtex_entry_points():
    return [ep for ep in distribution("bibkit").entry_points if ep.group.startswith("pybtex.")]


def annotated_bib() -> str:
    """The corpus library with its 'Cited in ...' annotations, as bibkit writes it."""
    library = read_csl(REFERENCES / "library.json")
    return library_to_bibtex(Library(references=annotate_library(library).references))


def test_bibkit_registers_its_pybtex_plugins():
    names = {(ep.group, ep.name) for ep in bibkit_pybtex_entry_points()}
    assert {
        ("pybtex.style.formatting", "bibkit-annotated"),
        ("pybtex.style.sorting", "bibkit-theme"),
        ("pybtex.database.input", "csljson"),
        ("pybtex.database.output", "csljson"),
    } <= names


@pytest.mark.parametrize("ep", bibkit_pybtex_entry_points(), ids=lambda ep: f"{ep.group}:{ep.name}")
def test_every_registered_plugin_loads_through_find_plugin(ep):
    if ep.group.endswith(".suffixes"):
        plugin = find_plugin(ep.group.removesuffix(".suffixes"), filename=f"library{ep.name}")
    else:
        plugin = find_plugin(ep.group, ep.name)
    assert plugin is ep.load()


@pytest.mark.parametrize("backend", BACKENDS)
def test_annotated_style_formats_the_corpus_library_entry_by_entry(backend):
    data = parse_file(str(REFERENCES / "library.bib"))
    style = find_plugin("pybtex.style.formatting", "bibkit-annotated")()
    render = find_plugin("pybtex.backends", backend)()
    failures, texts = [], {}
    for key, entry in data.entries.items():
        try:
            (formatted,) = style.format_entries([entry])
            texts[key] = formatted.text.render(render)
        except Exception as exc:  # noqa: BLE001 - the point is to list every failing entry
            failures.append(f"{key}: {type(exc).__name__}: {exc}")
    assert failures == []
    assert len(texts) == len(data.entries) == 22
    assert all(texts.values())
    assert "Abiru, Taisuke" in texts["abiru2021japan"] and "Carnegie Moscow Center" in texts["abiru2021japan"]


def test_annotated_style_prints_annotations_and_non_ascii_names():
    data = parse_string(annotated_bib(), "bibtex")
    style = find_plugin("pybtex.style.formatting", "bibkit-annotated")()
    text = style.format_bibliography(data)
    plain = "\n".join(entry.text.render_as("text") for entry in text)
    assert plain.count("Cited in ") >= 22
    assert "Cited in Piotr Malachiński" in plain
    html = "\n".join(entry.text.render_as("html") for entry in text)
    assert "Malachiński" in html and "<em>" in html


def test_one_bad_entry_does_not_stop_the_bibliography():
    bib = """
@online{good2021, author = {Abiru, Taisuke}, title = {{Japan}-{Russia} Relations in the Post-Abe Era},
  organization = {Carnegie Moscow Center}, date = {2021-03-03}}
@online{bad2021, title = {A page with a broken date}, date = {someday}, annotation = {Kept anyway.}}
@report{odd2013, title = {National Security Strategy}, institution = {Cabinet Secretariat}, date = {2013}}
"""
    data = parse_string(bib, "bibtex")
    style = find_plugin("pybtex.style.formatting", "bibkit-annotated")()
    with pybtex.errors.capture() as errors:
        entries = list(style.format_bibliography(data))
    assert [e.key for e in entries] == ["good2021", "bad2021", "odd2013"]
    assert len(errors) == 1 and "bad2021" in str(errors[0]) and "someday" in str(errors[0])
    bad = entries[1].text.render_as("text")
    assert "A page with a broken date" in bad and "Kept anyway." in bad


def test_theme_sorting_groups_entries_by_first_keyword():
    data = parse_file(str(REFERENCES / "library.bib"))
    sorting = find_plugin("pybtex.style.sorting", "bibkit-theme")()
    themes = [e.fields.get("keywords", "").split(",")[0].strip() for e in sorting.sort(data.entries.values())]
    assert themes == sorted(themes, key=lambda t: t or "\uffff")
    style = find_plugin("pybtex.style.formatting", "bibkit-annotated")(sorting_style="bibkit-theme")
    assert len(list(style.format_bibliography(data))) == 22


def test_csljson_reader_and_writer_round_trip_the_corpus_library(tmp_path):
    parser = find_plugin("pybtex.database.input", filename="library.json")()
    data = parser.parse_file(str(REFERENCES / "library.json"))
    source = read_csl(REFERENCES / "library.json")
    assert list(data.entries) == [ref.key for ref in source.references]
    written = find_plugin("pybtex.database.output", "csljson")().to_string(data)
    back = parse_csl(written)
    assert back.problems == ()
    assert [(r.key, r.type, r.title, r.authors, r.date, r.url, r.keywords) for r in back.references] == [
        (r.key, r.type, r.title, r.authors, r.date, r.url, r.keywords) for r in source.references
    ]


def test_pybtex_command_line_tools_use_the_plugins(tmp_path):
    (tmp_path / "annotated.bib").write_text(annotated_bib(), encoding="utf-8")
    run = subprocess.run(
        [str(BIN / "pybtex-format"), "--style", "bibkit-annotated", "--sorting-style", "bibkit-theme",
         "-b", "html", "annotated.bib", "out.html"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    html = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert html.count("<dd>") == 22 and "Cited in Piotr Malachiński" in html
    run = subprocess.run([str(BIN / "pybtex-convert"), str(REFERENCES / "library.json"), "converted.bib"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert len(parse_file(str(tmp_path / "converted.bib")).entries) == 22
