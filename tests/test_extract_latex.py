r"""The LaTeX reader (bibkit.extract.latex): notes from \footnote and its kin, the body around
them, and the metadata of the preamble. The fixtures in tests/data/formats/latex_*.tex compile
with pdflatex (checked by hand; CI has no TeX), and their gold files are in the scorer's format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bibkit.extract import extract_file, extract_text
from bibkit.extract.draft import _MARKER_RE
from bibkit.extract.latex import read_latex
from bibkit.model import Name, PartialDate, Problem

FORMATS = Path(__file__).parent / "data" / "formats"
FIXTURES = ["latex_article.tex", "latex_macros.tex", "latex_memoir_endnotes.tex"]


def read(source: str) -> tuple:
    """(notes as {label: text}, body without markers, problems, draft) of a LaTeX string."""
    problems: list[Problem] = []
    draft = read_latex(source, problems, "x.tex")
    notes = {label: text for label, text, _ in draft.notes}
    return notes, _MARKER_RE.sub("", draft.body), problems, draft


def doc(body: str, preamble: str = "") -> str:
    return f"\\documentclass{{article}}\n{preamble}\n\\begin{{document}}\n{body}\n\\end{{document}}\n"


def markers(draft) -> list[tuple[str, int]]:
    return [(m.group(1), int(m.group(2))) for m in _MARKER_RE.finditer(draft.body)]


# --------------------------------------------------------------------------- the fixtures


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_notes_and_contexts_match_the_gold(name: str) -> None:
    commentary, problems = extract_file(FORMATS / name)
    gold = json.loads((FORMATS / f"{name}.gold.json").read_text(encoding="utf-8"))
    assert commentary.format == "latex"
    assert [n.label for n in commentary.notes] == [str(i) for i in range(1, len(gold) + 1)]
    notes = {n.label: n for n in commentary.notes}
    for entry in gold:
        note = notes[entry["note"]]
        assert note.text == entry["raw"], entry["note"]
        assert any(entry["context"] in context for context in note.contexts), (entry["note"], note.contexts)
    assert problems == []


def test_article_fixture_metadata_and_lines() -> None:
    commentary, _ = extract_file(FORMATS / "latex_article.tex")
    assert commentary.title == "After the Pipelines: Europe’s Gas Security Three Winters On"  # \\ and \thanks gone
    assert commentary.authors == (Name(family="Kołodziej", given="Marta"),)  # the affiliation line is not a name
    assert commentary.date == PartialDate(2025, 2, 14)
    first = commentary.notes[0]
    assert first.line == 22  # the line of the \footnote command
    assert first.context.startswith("The shock had been long in the making")
    assert "Storage chart omitted" not in " ".join(n.context for n in commentary.notes)


def test_macros_fixture_expands_the_documents_commands_and_numbers_by_hand() -> None:
    commentary, _ = extract_file(FORMATS / "latex_macros.tex")
    notes = {n.label: n for n in commentary.notes}
    assert notes["1"].text.startswith("Ed Conway, *Material World: A Substance Story")  # \book{...} -> italics
    assert notes["2"].text.startswith("International Energy Agency, *The Role")  # \IEA
    assert notes["8"].text.endswith("critical-raw-materials_en, accessed 2 October 2024.")  # \weblink, nested
    assert notes["5"].contexts[0].startswith("Scholars of geopolitics")  # \footnotemark ... \footnotetext
    assert notes["6"].text.startswith("U.S. Geological Survey")  # \footnote[6]
    assert len(notes["4"].contexts) == 2  # \footnotemark[4] cites note 4 again
    assert commentary.title == "Critical Minerals: Europe’s Late Awakening"  # hyperref's pdftitle option
    assert commentary.authors == (Name(family="Berglund", given="Tomas"),)
    assert commentary.date == PartialDate(2024, 10, 9)  # a date line under the byline


def test_memoir_fixture_reads_endnotes_and_accents() -> None:
    commentary, _ = extract_file(FORMATS / "latex_memoir_endnotes.tex")
    notes = {n.label: n.text for n in commentary.notes}
    assert notes["2"].startswith("Andrzej Paczkowski, *Pół wieku dziejów Polski 1939–1989*")
    assert "*Deutsche Außenpolitik: Eine Einführung*" in notes["5"]
    assert "(München: Hanser, 2003)" in notes["6"]
    assert notes["8"].startswith("Radosław Sikorski, “Poland and the Future")
    assert commentary.authors == (Name(family="Weißmüller", given="Jürgen"), Name(family="Szczepańska", given="Małgorzata"))
    assert commentary.date == PartialDate(2024, 4)


# --------------------------------------------------------------------------- text


def test_accents_quotes_dashes_and_escapes_become_unicode() -> None:
    source = doc(
        r"Pa\'nstwo G\"unter {\"o} \c{c} \L\'od\'z Stra\ss e ``a'' -- b --- c~d \& \% \$ \_ x\textendash y."
        r"\footnote{Jan Kowalski, \emph{\'Sr\'odki} (Krak\'ow: Znak, 2001), 3--5.}"
    )
    notes, body, _, _ = read(source)
    assert body == "Państwo Günter ö ç Łódź Straße “a” – b — c d & % $ _ x–y."  # ~ as a space
    assert notes == {"1": "Jan Kowalski, *Śródki* (Kraków: Znak, 2001), 3–5."}


def test_unknown_commands_keep_their_argument_text() -> None:
    notes, body, _, _ = read(doc(r"A \mystyle{styled} word.\footnote{See \foo{Author}, \textsc{Title} \mbox{(2001)}.}"))
    assert body == "A styled word."
    assert notes["1"] == "See Author, Title (2001)."


def test_italics_in_notes_only() -> None:
    source = doc(
        r"Body \emph{stays} plain.\footnote{\textit{A}, {\em B}, {\it C}, \textsl{D}, \mkbibemph{E} and \textbf{F}.}"
    )
    notes, body, _, _ = read(source)
    assert body == "Body stays plain."
    assert notes["1"] == "*A*, *B*, *C*, *D*, *E* and F."


def test_comments_math_and_verbatim() -> None:
    source = doc(
        "Kept % dropped \\footnote{not a note}\ntext with $x^2 + 1$ and \\verb|a\\b%c|.\\footnote{Real.}\n"
        "\\begin{verbatim}\nraw \\emph{x} 50%\n\\end{verbatim}\n"
    )
    notes, body, _, _ = read(source)
    assert notes == {"1": "Real."}
    assert body == "Kept text with $x^2 + 1$ and a\\b%c.\n\nraw \\emph{x} 50%"


def test_paragraphs_headings_lists_and_floats() -> None:
    source = doc(
        "\\section{First part}\nOne\nline.\\par Two.\n\n\\subsection*{Second}\nThree.\n"
        "\\begin{itemize}\n\\item Four.\n\\item Five.\n\\end{itemize}\n"
        "\\begin{quote}Six.\\end{quote}\n\\paragraph{Seven.} Eight.\n"
        "\\begin{figure}[h]\\centering\\includegraphics{a.png}\\caption[short]{Nine.}\\end{figure}\n"
        "\\begin{table}\\begin{tabular}{ll}a & b\\end{tabular}\\end{table}\nTen."
    )
    _, body, _, _ = read(source)
    assert body.split("\n\n") == [
        "First part", "One line.", "Two.", "Second", "Three.", "Four.", "Five.", "Six.", "Seven.", "Eight.",
        "Nine.", "Ten.",
    ]


# --------------------------------------------------------------------------- labels


def test_labels_follow_latex_counters() -> None:
    source = doc(
        "A.\\footnote{one} B.\\footnote[7]{seven} C.\\footnote{two} \\setcounter{footnote}{4}"
        " D.\\footnote{five} E.\\footnotemark{} F.\\footnotetext{six} G.\\footnotemark[1]"
    )
    notes, _, problems, draft = read(source)
    assert notes == {"1": "one", "2": "two", "5": "five", "6": "six", "7": "seven"}
    assert [label for label, _, _ in draft.notes] == ["1", "2", "5", "6", "7"]
    assert [label for label, _ in markers(draft)] == ["1", "7", "2", "5", "6", "1"]
    assert problems == []


def test_a_mark_can_point_back_to_a_labelled_note() -> None:
    notes, _, problems, draft = read(doc("A.\\footnote{x} B.\\footnote{\\label{fn:b}Second.} C.\\footnotemark[\\ref{fn:b}]"))
    assert notes == {"1": "x", "2": "Second."}
    assert [label for label, _ in markers(draft)] == ["1", "2", "2"]
    assert problems == []


def test_two_notes_with_one_number_are_both_kept() -> None:
    notes, _, problems, _ = read(doc("A.\\footnote[2]{first} B.\\footnote{x} C.\\footnote{second two}"))
    assert notes == {"2": "first", "1": "x", "2.2": "second two"}
    assert [(p.note, p.line) for p in problems] == [("2.2", 4)]


def test_footnote_style_from_thefootnote() -> None:
    notes, _, _, draft = read(doc("A.\\footnote{x} B.\\footnote{y}", r"\renewcommand{\thefootnote}{\alph{footnote}}"))
    assert notes == {"a": "x", "b": "y"}
    assert not draft.numbered


def test_endnotes_alone_are_numbered_and_beside_footnotes_are_roman() -> None:
    alone, _, _, _ = read(doc("A.\\endnote{x} B.\\endnote{y}\n\\theendnotes"))
    assert alone == {"1": "x", "2": "y"}
    both, _, _, draft = read(doc("A.\\footnote{f} B.\\endnote{e} C.\\pagenote{p}"))
    assert [label for label, _, _ in draft.notes] == ["1", "i", "ii"]
    assert both == {"1": "f", "i": "e", "ii": "p"}


def test_sidenotes_and_margin_notes() -> None:
    source = doc("A.\\sidenote{s1} B.\\sidenote[][-2em]{s2} C.\\marginnote{m}", "")
    notes, _, _, draft = read(source.replace("article", "tufte-handout"))
    assert notes == {"1": "s1", "2": "s2", "m1": "m"}
    assert [label for label, _ in markers(draft)] == ["1", "2", "m1"]


def test_line_numbers_are_the_commands_lines() -> None:
    source = "\\documentclass{article}\n\\begin{document}\nFirst.\\footnote{a}\n\nSecond\nsentence.%\n\\footnote{b}\n"
    problems: list[Problem] = []
    draft = read_latex(source + "\\end{document}\n", problems, "x.tex")
    assert [(label, line) for label, _, line in draft.notes] == [("1", 3), ("2", 7)]
    assert markers(draft) == [("1", 3), ("2", 7)]


# --------------------------------------------------------------------------- links and citations


def test_urls_are_read_verbatim_and_href_keeps_its_address() -> None:
    source = doc(
        r"A.\footnote{See \url{https://x.org/a_b%20c#s}, \href{https://y.org/r?q=1&b=2}{the report} and "
        r"\href{https://z.org}{https://z.org}; \doi{10.1000/182}; \url{https://w.org/a\%20b}.}"
    )
    notes, _, _, _ = read(source)
    assert notes["1"] == (
        "See https://x.org/a_b%20c#s, the report and https://z.org; doi:10.1000/182; https://w.org/a%20b. "
        "https://y.org/r?q=1&b=2"
    )


def test_a_note_that_only_cites_a_bib_key_is_a_problem() -> None:
    source = doc(
        r"A.\footnote{\cite{yergin2020}} B.\footnote{See \autocite[p.~4]{kennan1947}.} "
        r"C.\footcite[12]{olson1965} D.\footnote{As argued by \textcite{walt1987} in \emph{Origins}.}"
    )
    notes, _, problems, _ = read(source)
    assert notes == {
        "1": "[yergin2020]", "2": "See [kennan1947, p. 4].", "3": "[olson1965, 12]",
        "4": "As argued by [walt1987] in *Origins*.",
    }
    assert [(p.note, p.line) for p in problems] == [("1", 4), ("2", 4), ("3", 4)]
    assert ".bib file" in problems[0].message


# --------------------------------------------------------------------------- metadata


def test_author_thanks_and_affiliations_are_not_notes() -> None:
    preamble = (
        "\\title{A Title\\\\ on Two Lines\\thanks{Funded by X.}}\n"
        "\\author{Anna Nowak\\thanks{Fellow.}\\\\ University of Warsaw \\and Piotr Wi\\'sniewski\\\\ PISM}\n"
        "\\date{7 April 2022}"
    )
    notes, _, _, draft = read(doc("\\maketitle\nText.\\footnote{Only note.}", preamble))
    assert notes == {"1": "Only note."}
    assert draft.meta.title == "A Title on Two Lines"
    assert draft.meta.authors == [Name(family="Nowak", given="Anna"), Name(family="Wiśniewski", given="Piotr")]
    assert draft.meta.date == PartialDate(2022, 4, 7)


def test_today_is_no_date_and_hyperref_fields_are_the_fallback() -> None:
    preamble = "\\date{\\today}\n\\hypersetup{pdftitle={Gas, Power and War}, pdfauthor={Marta Kowalczyk}}"
    _, _, _, draft = read(doc("Text.", preamble))
    assert draft.meta.date is None
    assert draft.meta.title == "Gas, Power and War"
    assert draft.meta.authors == [Name(family="Kowalczyk", given="Marta")]


def test_a_document_without_maketitle_takes_its_first_heading() -> None:
    _, _, _, draft = read(doc("\\section*{Why Gas Still Matters}\nText.\\footnote{n}"))
    assert draft.meta.title == "Why Gas Still Matters"


# --------------------------------------------------------------------------- robustness


def test_a_fragment_without_document_environment() -> None:
    notes, body, _, _ = read("Just a sentence.\\footnote{Smith, \\emph{Book}.} Another.")
    assert notes == {"1": "Smith, *Book*."}
    assert body == "Just a sentence. Another."


def test_broken_latex_loses_little_and_raises_nothing() -> None:
    source = doc("Open { brace.\\footnote{Note \\emph{x}.} }} and \\textbf{never closed. \\verb|x\n\\end{itemize}")
    notes, body, _, _ = read(source)
    assert notes == {"1": "Note *x*."}
    assert body.startswith("Open brace.")


def test_the_documents_commands_are_expanded_and_recursion_stops() -> None:
    preamble = (
        "\\newcommand{\\src}[2][See]{\\footnote{#1 #2.}}\n\\newcommand\\loop[1]{\\loop{#1}}\n"
        "\\NewDocumentCommand{\\work}{m}{\\textit{#1}}\n\\newcommand{\\EU}{European Union}"
    )
    notes, body, _, draft = read(doc("The \\EU{} acts.\\src{Jones, \\work{Book}, 2020}\nAgain.\\src[Cf.]{Smith}"
                                     " \\loop{end}.", preamble))
    assert notes == {"1": "See Jones, *Book*, 2020.", "2": "Cf. Smith."}
    assert body == "The European Union acts. Again. end."
    assert markers(draft) == [("1", 7), ("2", 8)]


def test_an_input_file_is_reported() -> None:
    _, _, problems, _ = read(doc("Text.\n\\input{chapter2}"))
    assert [(p.line, "chapter2" in p.message) for p in problems] == [(5, True)]


def test_extract_text_reads_tex_files_as_latex_and_strips_sentinels() -> None:
    commentary, problems = extract_text(
        doc("Claim\ue000.\\footnote{\\emph{Book} (London: Verso, 2001).}"), document="x.tex", path="x.tex"
    )
    assert commentary.format == "latex"
    assert commentary.notes[0].text == "*Book* (London: Verso, 2001)."
    assert commentary.notes[0].context == "Claim."
    assert problems == []
