"""BibTeX (biblatex) writer and reader: golden file, round trips, broken input, toolchain checks."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import asdict, replace

import bibtexparser
import pybtex.database
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from library_fixtures import assert_golden, sample_library

from bibkit.errors import InputError
from bibkit.io.atomic import write_atomic
from bibkit.io.bibtex import (
    BIB_TYPES,
    failed_blocks_verbatim,
    library_to_bibtex,
    parse_bibtex,
    parse_names,
    read_bibtex,
    reference_to_fields,
)
from bibkit.keys import assign_keys
from bibkit.latex import clean_text, decode, escape, protect_title
from bibkit.model import REFERENCE_TYPES, Library, Name, PartialDate, Reference

NOT_IN_BIB = ("citations", "raw", "confidence", "source", "line")  # carried by CSL-JSON only


def needs(tool: str):
    """Skip when ``tool`` is missing, except in CI where it must be installed."""
    return pytest.mark.skipif(shutil.which(tool) is None and not os.environ.get("CI"), reason=f"{tool} missing")


def bib_fields(ref: Reference) -> dict:
    return {k: v for k, v in asdict(ref).items() if k not in NOT_IN_BIB}


# --- golden file and round trip ---------------------------------------------------------------


def test_sample_library_matches_golden_bib():
    assert_golden("sample.bib", library_to_bibtex(sample_library()))


def test_round_trip_keeps_every_bib_field(tmp_path):
    library = sample_library()
    path = tmp_path / "out.bib"
    write_atomic(path, library_to_bibtex(library))
    back = read_bibtex(path)
    assert back.problems == ()
    written = assign_keys(library.references)
    assert [bib_fields(r) for r in back.references] == [bib_fields(r) for r in written]
    assert {r.source for r in back.references} == {str(path)}
    text = path.read_text(encoding="utf-8").splitlines()
    assert all(text[r.line - 1].startswith("@") and r.key in text[r.line - 1] for r in back.references)


def test_write_read_write_is_stable():
    text = library_to_bibtex(sample_library())
    assert library_to_bibtex(parse_bibtex(text)) == text


def test_both_parsers_read_the_whole_file():
    text = library_to_bibtex(sample_library())
    parsed = bibtexparser.parse_string(text)
    assert parsed.failed_blocks == [] and len(parsed.entries) == len(sample_library().references)
    assert len(pybtex.database.parse_string(text, "bibtex").entries) == len(sample_library().references)


# --- what the writer emits --------------------------------------------------------------------


@pytest.mark.parametrize("csl_type", REFERENCE_TYPES)
def test_every_type_has_a_biblatex_type_and_reads_back(csl_type):
    ref = Reference(type=csl_type, title="A title", key="k", genre="")
    bib_type, fields = reference_to_fields(ref)
    assert (bib_type, dict(fields).get("entrysubtype", "")) == BIB_TYPES[csl_type]
    assert parse_bibtex(library_to_bibtex(Library((ref,)))).references[0].type == csl_type


def test_report_and_thesis_always_carry_type_for_biber():
    assert dict(reference_to_fields(Reference(type="report", title="R"))[1])["type"] == "report"
    fields = dict(reference_to_fields(Reference(type="thesis", title="T", genre="PhD diss."))[1])
    assert fields["type"] == "PhD diss."


def test_online_keeps_site_publisher_and_genre_in_fields_biblatex_defines():
    """@online has no publisher or type field: both go where biber and Pandoc read them."""
    ref = Reference(type="webpage", title="Japan 2021", container="Energy Policy Review", key="k",
                    publisher="Food and Agriculture Organization", genre="Analysis", issued=PartialDate(2021))
    fields = dict(reference_to_fields(ref)[1])
    assert "publisher" not in fields and "type" not in fields
    assert fields["organization"] == "Energy Policy Review and {Food and Agriculture Organization}"
    assert fields["titleaddon"] == "Analysis"
    back = parse_bibtex(library_to_bibtex(Library((ref,)))).references[0]
    assert (back.container, back.publisher, back.genre) == (ref.container, ref.publisher, ref.genre)


def test_corporate_and_personal_authors():
    ref = Reference(authors=(Name(literal="Prime Minister of Japan and His Cabinet"), Name("Abiru", "Taisuke"),
                             Name("Smith and Sons", "Jo, Jr."), Name("van der Berg", "Jan")), title="T")
    author = dict(reference_to_fields(ref)[1])["author"]
    assert author == ("{Prime Minister of Japan and His Cabinet} and Abiru, Taisuke and "
                      "{Smith and Sons}, Jr., Jo and van der Berg, Jan")
    assert parse_names(author) == ref.authors
    persons = pybtex.database.parse_string(f"@misc{{k, author = {{{author}}}}}", "bibtex").entries["k"].persons
    assert len(persons["author"]) == 4
    assert (persons["author"][2].first_names, persons["author"][2].lineage_names) == (["Jo"], ["Jr."])


@pytest.mark.parametrize(
    "raw, names",
    [
        pytest.param("{{Ministry of Foreign Affairs of Japan}}", (Name(literal="Ministry of Foreign Affairs of Japan"),),
                     id="double-braced-org"),
        pytest.param("{IEA} and Lyu, Yaodong", (Name(literal="IEA"), Name("Lyu", "Yaodong")), id="org-and-person"),
        pytest.param("Taisuke Abiru", (Name("Abiru", "Taisuke"),), id="given-family"),
        pytest.param("Ludwig van Beethoven", (Name("van Beethoven", "Ludwig"),), id="von-part"),
        pytest.param("Malachi{\\'n}ski, Piotr AND {\\L}ukasz Wa{\\l}{\\k{e}}sa",
                     (Name("Malachiński", "Piotr"), Name("Wałęsa", "Łukasz")), id="latex-accents-and-AND"),
        pytest.param("King, Jr., Martin Luther", (Name("King", "Martin Luther, Jr."),), id="three-part"),
    ],
)
def test_reader_splits_names_before_decoding(raw, names):
    text = f"@book{{k, author = {{{raw}}}, title = {{T}}}}"
    assert parse_bibtex(text).references[0].authors == names


@pytest.mark.parametrize(
    "title, expected",
    [
        pytest.param("Japan-Russia Relations in the Post-Abe Era", "{Japan}-{Russia} Relations in the Post-Abe Era",
                     id="title-case-lexicon"),
        pytest.param("Japan-Russia security talks seen symbolic, may only benefit Moscow",
                     "{Japan}-{Russia} security talks seen symbolic, may only benefit {Moscow}", id="sentence-case"),
        pytest.param("Why the G7 cut LNG imports from AT&T", "Why the {G7} cut {LNG} imports from {AT\\&T}",
                     id="acronyms"),
        pytest.param("Japan’s Policy Under Prime Minister Suga", "{Japan}’s Policy Under Prime Minister Suga",
                     id="title-case-unknown-name"),
        pytest.param("The iPhone and McDonald's: a study", "The {iPhone} and {McDonald}'s: a study", id="mixed-case"),
        pytest.param("Talks in March, not in may", "Talks in {March}, not in may", id="months"),
    ],
)
def test_titles_brace_proper_nouns_and_acronyms(title, expected):
    assert protect_title(title) == expected
    assert decode(expected) == title


def test_library_teaches_proper_nouns_from_citing_sentences():
    abe_text = sample_library()
    bib = library_to_bibtex(abe_text)
    assert "title = {{Japan}-{Russia} Relations in the Post-{Abe} Era}" in bib  # "Abe" from a citing sentence
    assert protect_title("Relations in the Post-Suga Era", frozenset({"Suga"})) == "Relations in the Post-{Suga} Era"


def test_latex_specials_are_escaped_and_urls_stay_verbatim():
    ref = Reference(title="x", note="50% & $5 #1 a_b ~ ^ \\ {b}", url="https://e.org/~u/a%20b?x={y}",
                    doi="https://doi.org/10.1000/ABC%7E", key="k")
    fields = dict(reference_to_fields(ref)[1])
    assert fields["note"] == "50\\% \\& \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\{b\\}"
    assert fields["url"] == "https://e.org/~u/a%20b?x=%7By%7D"
    assert fields["doi"] == "10.1000/ABC%7E"
    back = parse_bibtex(library_to_bibtex(Library((ref,)))).references[0]
    assert back.note == ref.note and back.url == "https://e.org/~u/a%20b?x=%7By%7D"


def test_unbalanced_braces_in_text_never_break_the_file():
    ref = Reference(title="a } b {", note="{{{", key="k", authors=(Name(literal="A {B"),))
    text = library_to_bibtex(Library((ref,)))
    back = parse_bibtex(text)
    assert back.problems == () and back.references[0].title == "a } b {" and back.references[0].note == "{{{"
    assert back.references[0].authors == ref.authors
    assert len(pybtex.database.parse_string(text, "bibtex").entries) == 1


@pytest.mark.parametrize("pages", ["263-291", "263–291", "263 - 291"])
def test_pages_use_double_dash_and_read_back_with_an_en_dash(pages):
    ref = Reference(title="x", pages=pages, key="k")
    assert dict(reference_to_fields(ref)[1])["pages"] == "263--291"
    assert parse_bibtex(library_to_bibtex(Library((ref,)))).references[0].pages == "263–291"


@pytest.mark.parametrize("issued", [None, PartialDate(2020, 5)])
def test_last_modified_date_inverts_exactly(issued):
    ref = Reference(type="webpage", title="x", key="k", issued=issued, modified=PartialDate(2022, 2, 27),
                    note="Updated often")
    fields = dict(reference_to_fields(ref)[1])
    assert fields["note"] == "Last modified 2022-02-27. Updated often"
    assert fields["date"] == (issued or ref.modified).iso()
    back = parse_bibtex(library_to_bibtex(Library((ref,)))).references[0]
    assert (back.issued, back.modified, back.note) == (issued, ref.modified, "Updated often")


def test_unknown_fields_round_trip_verbatim():
    text = "@book{k, title = {T}, langid = {english}, abstract = {An {\\em abstract}}, Foo = {x}}"
    ref = parse_bibtex(text).references[0]
    assert ref.extra == (("langid", "english"), ("abstract", "An {\\em abstract}"), ("foo", "x"))
    assert "abstract = {An {\\em abstract}}" in library_to_bibtex(Library((ref,)))


def test_foreign_bibtex_spellings():
    text = """@string{jt = "Japan Times"}
@techreport{k1, author = "Abiru, Taisuke", title = "{R}eport", journal = jt, year = 2021, month = mar,
  address = {Tokyo}, institution = {Inst}, number = {5}, annote = {mine}}
@phdthesis{k2, author = {Nash, John}, title = {Games}, school = {Princeton}, year = {1950}}
"""
    lib = parse_bibtex(text)
    r1, r2 = lib.references
    assert (r1.type, r1.title, r1.container, r1.issued, r1.place) == ("report", "Report", "Japan Times",
                                                                      PartialDate(2021, 3), "Tokyo")
    assert (r1.publisher, r1.number, r1.annotation) == ("Inst", "5", "mine")
    assert (r2.type, r2.genre, r2.publisher) == ("thesis", "PhD thesis", "Princeton")


# --- broken input -----------------------------------------------------------------------------

BROKEN = """@book{good1, title = {One}, date = {2001}}

@book{dupfield, title = {A}, title = {B}}

@book{good1, title = {Again}}

@book{bad, title = {unbalanced, date = {2003}}

@book{good2, title = {Two}, date = {2002}}
"""


def test_broken_blocks_become_problems_and_good_entries_are_kept():
    lib = parse_bibtex(BROKEN, source="lib.bib")
    assert [r.key for r in lib.references] == ["good1", "good2"]
    messages = {p.line: p.message for p in lib.problems}
    assert "duplicate field(s) title" in messages[3]
    assert "duplicate key 'good1' (first at line 1)" in messages[5]
    assert all(p.document == "lib.bib" and p.severity == "error" for p in lib.problems)
    assert any(line == 7 for line in messages)


def test_failed_blocks_verbatim_keeps_the_raw_text():
    blocks = failed_blocks_verbatim(BROKEN)
    assert [line for line, _raw in blocks] == [3, 5, 7]
    assert blocks[0][1].startswith("@book{dupfield")


def test_bad_date_is_a_problem_not_a_crash():
    lib = parse_bibtex("@book{a, title={T}, date={someday}}\n@book{b, title={U}}", source="x.bib")
    assert [r.key for r in lib.references] == ["b"]
    assert "someday" in lib.problems[0].message and lib.problems[0].line == 1


def test_unreadable_files_raise_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_bibtex(tmp_path / "missing.bib")
    bad = tmp_path / "latin1.bib"
    bad.write_bytes(b"@book{k, title = {caf\xe9}}")
    with pytest.raises(InputError, match="not UTF-8"):
        read_bibtex(bad)


# --- atomic writes ----------------------------------------------------------------------------


def test_write_atomic_replaces_and_leaves_no_temp_files(tmp_path, capsys):
    target = tmp_path / "lib.bib"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new ü")
    assert target.read_text(encoding="utf-8") == "new ü"
    assert (target.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["lib.bib"]
    write_atomic("-", "to stdout")
    assert capsys.readouterr().out == "to stdout"


def test_write_atomic_cleans_up_on_failure(tmp_path):
    with pytest.raises(TypeError):
        write_atomic(tmp_path / "x.bib", None)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


# --- any text survives ------------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
URL = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), max_size=40)


@settings(max_examples=int(os.environ.get("BIBKIT_EXAMPLES", "150")), deadline=None)
@given(title=TEXT, container=TEXT, note=TEXT, family=TEXT, given_name=TEXT, literal=TEXT, url=URL,
       keyword=TEXT.filter(lambda k: "," not in k))
def test_any_text_in_any_field_parses_back(title, container, note, family, given_name, literal, url, keyword):
    authors = tuple(n for n in (Name(literal=literal), Name(family, given_name))
                    if clean_text(n.literal or n.family))
    ref = Reference(type="book", title=title, container=container, note=note, url=url, key="k",
                    authors=authors, keywords=(keyword,) if clean_text(keyword) else ())
    text = library_to_bibtex(Library((ref,)))
    parsed = bibtexparser.parse_string(text)
    assert parsed.failed_blocks == [] and len(parsed.entries) == 1
    assert len(pybtex.database.parse_string(text, "bibtex").entries) == 1
    back = parse_bibtex(text).references[0]
    assert back.title == clean_text(title)
    assert back.container == clean_text(container)
    assert back.note == clean_text(note)
    assert back.keywords == tuple(clean_text(k) for k in ref.keywords)
    assert [n.literal or (n.family, n.given) for n in back.authors] == [
        clean_text(n.literal) or (clean_text(n.family), clean_text(n.given)) for n in authors
    ]
    assert decode(escape(note)) == clean_text(note)


# --- the real toolchain -----------------------------------------------------------------------


@pytest.mark.tool
@needs("pandoc")
def test_pandoc_citeproc_renders_every_bib_entry(tmp_path):
    library = sample_library()
    (tmp_path / "lib.bib").write_text(library_to_bibtex(library), encoding="utf-8")
    (tmp_path / "doc.md").write_text("---\nnocite: '@*'\n---\n", encoding="utf-8")
    run = subprocess.run(["pandoc", "doc.md", "--citeproc", "--bibliography", "lib.bib", "-t", "plain",
                          "--wrap=none"], cwd=tmp_path, capture_output=True, text=True, check=True, timeout=120)
    assert run.stderr == ""
    entries = [p for p in run.stdout.split("\n\n") if p.strip()]
    assert len(entries) == len(library.references)
    assert "Japan-Russia Relations in the Post-Abe Era" in run.stdout
    assert "https://www.cs.utexas.edu/~EWD/transcriptions/EWD10xx/EWD1036.html" in run.stdout


@pytest.mark.tool
@needs("pandoc")
def test_pandoc_keeps_braced_words_when_sentence_casing(tmp_path):
    (tmp_path / "lib.bib").write_text(library_to_bibtex(sample_library()), encoding="utf-8")
    run = subprocess.run(["pandoc", "-f", "biblatex", "-t", "csljson", "lib.bib"], cwd=tmp_path,
                         capture_output=True, text=True, check=True, timeout=120)
    assert '"title": "Japan-Russia relations in the post-Abe era"' in run.stdout
    assert '"title": "R&D at AT&T: 100% of \\"LNG\\" in file_name~2 #3 costs $5 ^ {braced} \\\\relax"' in run.stdout


def test_arxiv_preprint_is_an_eprint_and_reads_back():
    """biblatex cites preprints through eprint/eprinttype (a number in @misc is invalid for biber)."""
    ref = Reference(type="document", title="Attention Is All You Need", key="k", number="arXiv:1706.03762",
                    authors=(Name(family="Vaswani", given="Ashish"),), issued=PartialDate(2017))
    fields = dict(reference_to_fields(ref)[1])
    assert (fields["eprinttype"], fields["eprint"]) == ("arxiv", "1706.03762")
    assert "number" not in fields
    assert parse_bibtex(library_to_bibtex(Library((ref,)))).references[0].number == "arXiv:1706.03762"


@pytest.mark.tool
@needs("biber")
def test_biber_validates_the_datamodel(tmp_path):
    preprint = Reference(type="document", title="Attention Is All You Need", key="vaswani2017",
                         number="arXiv:1706.03762", issued=PartialDate(2017), url="https://arxiv.org/abs/1706.03762")
    software = Reference(type="software", title="graphcast", key="deepmind2023", genre="Computer software",
                         authors=(Name(literal="Google DeepMind"),), publisher="GitHub", issued=PartialDate(2023),
                         url="https://github.com/google-deepmind/graphcast")
    dataset = Reference(type="dataset", title="ERA5 hourly data", key="hersbach2023", genre="Data set",
                        publisher="Copernicus Climate Data Store", issued=PartialDate(2023), doi="10.24381/cds.adbb2d47")
    refs = [replace(r, url=r.url or "https://example.org/") for r in sample_library().references]
    refs += [preprint, software, dataset]
    (tmp_path / "lib.bib").write_text(library_to_bibtex(Library(tuple(refs))), encoding="utf-8")
    run = subprocess.run(["biber", "--tool", "--validate-datamodel", "lib.bib"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=300)
    log = run.stdout + run.stderr
    assert run.returncode == 0, log
    problems = [line for line in log.splitlines() if line.startswith(("ERROR", "WARN"))]
    # the legislation's and the podcast episode's numbers have no field in @misc; biber warns, Pandoc reads them
    assert problems == [
        "WARN - Datamodel: Entry '2013act' (lib.bib): Invalid field 'number' for entrytype 'misc'",
        "WARN - Datamodel: Entry 'dubner2021fix' (lib.bib): Invalid field 'number' for entrytype 'misc'",
    ]
