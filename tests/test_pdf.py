"""The PDF reader: footnotes at the page foot, endnotes under a heading, raised markers, page furniture.

The three PDF commentaries under tests/data/formats/ are compiled from src/*.tex.src by make_pdf_fixtures.sh (pdflatex is
not in CI, so the PDFs are committed); their gold files are what score_extract.py scores. The small PDFs below
are written by hand (``_pdf``) to show what pdflatex does not make: a marker raised with a text rise, footnote
numbers printed plain, ragged-right lines, two columns, "Page 1 of 2" feet, and files that cannot be read.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from bibkit.errors import InputError
from bibkit.extract import extract_file
from bibkit.extract.pdf import read_pdf
from bibkit.model import Commentary, Name, PartialDate, Problem

FORMATS = Path(__file__).parent / "data" / "formats"
FIXTURES = ["pdf_footnotes_energy.pdf", "pdf_footnotes_alliance.pdf", "pdf_endnotes_privacy.pdf"]


def norm(text: str | None) -> str:
    """The scorer's normalisation (shared/tools/score_extract.py): NFKC, quotes folded, casefold."""
    text = unicodedata.normalize("NFKC", text or "")
    text = text.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
    return re.sub(r"\s+", " ", text).strip().strip(" .,;:").casefold()


@cache
def extracted(name: str) -> tuple[Commentary, tuple[Problem, ...]]:
    commentary, problems = extract_file(FORMATS / name)
    return commentary, tuple(problems)


def note_texts(name: str) -> dict[str, str]:
    return {note.label: note.text for note in extracted(name)[0].notes}


# --------------------------------------------------------------------------- the LaTeX-made commentaries


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_notes_are_all_found_cited_and_in_order(name: str) -> None:
    commentary, problems = extracted(name)
    assert commentary.format == "pdf"
    assert [note.label for note in commentary.notes] == [str(n) for n in range(1, 10)]
    assert problems == ()
    assert all(note.contexts for note in commentary.notes)


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_contexts_and_note_texts_match_the_gold(name: str) -> None:
    commentary, _ = extracted(name)
    notes = {note.label: note for note in commentary.notes}
    gold = json.loads((FORMATS / f"{name}.gold.json").read_text(encoding="utf-8"))
    for entry in gold:
        note = notes[entry["note"]]
        assert norm(entry["context"]) in norm(note.context), (entry["note"], note.context)
        raw = re.sub(r" \[link: [^\]]+\]", "", entry["raw"])  # a link's address the printed text does not show
        assert norm(raw) in norm(note.text.replace("*", "")), (entry["note"], note.text)


@pytest.mark.parametrize(
    "name, title, authors, date, publisher",
    [
        ("pdf_footnotes_energy.pdf", "Europe After Russian Gas: Interdependence as a Weapon",
         [Name("Kowalczyk", "Marta")], PartialDate(2023, 6, 14), ""),
        # no document properties: the first page's largest lines, its byline and its date line
        ("pdf_footnotes_alliance.pdf", "Paying for the Alliance: Burden Sharing Ten Years after Wales",
         [Name("Lindqvist", "Tomas")], PartialDate(2024, 3), ""),
        ("pdf_endnotes_privacy.pdf", "After Schrems II: Can Transatlantic Data Flows Be Made Durable?",
         [Name("Moreau", "Ines")], PartialDate(2023, 10, 2), "Northern Digital Institute"),
    ],
)
def test_fixture_metadata(name: str, title: str, authors: list[Name], date: PartialDate, publisher: str) -> None:
    commentary, _ = extracted(name)
    assert commentary.title == title
    assert list(commentary.authors) == authors
    assert commentary.date == date
    assert commentary.publisher == publisher


def test_footnote_running_onto_the_next_page_is_joined_and_its_lines_are_pages() -> None:
    commentary, _ = extracted("pdf_footnotes_energy.pdf")
    six = commentary.notes[5]
    assert six.text.startswith("It is tempting to read the episode")
    assert "crisis of 2009. The argument here is only that concentration" in six.text  # page 1 -> page 2
    assert six.text.endswith("which side that was in this case.")
    assert [note.line for note in commentary.notes] == [1, 1, 1, 1, 1, 1, 2, 2, 2]
    # and the paragraph broken by the page (and the running head, and the page number) reads on
    seven = commentary.notes[6]
    assert seven.context.startswith("Halting deliveries to Poland and Bulgaria in April 2022 showed")


def test_footnote_italics_urls_and_split_words() -> None:
    notes = note_texts("pdf_footnotes_energy.pdf")
    assert notes["2"] == ("Daniel Yergin, *The New Map: Energy, Climate, and the Clash of Nations* "
                          "(New York: Penguin Press, 2020), 87.")
    # 'Re-' 'duce' joined; the link wrapped after 'reports/' in a stretched line joined
    assert notes["4"] == (
        "International Energy Agency, *A 10-Point Plan to Reduce the European Union’s Reliance on Russian Natural "
        "Gas* (Paris: IEA, March 2022), https://www.iea.org/reports/a-10-point-plan-to-reduce-the-european-unions-"
        "reliance-on-russian-natural-gas, accessed 12 May 2023."
    )
    assert notes["3"] == "Ibid., 112."


def test_plain_footnote_numbers_adjacent_markers_and_hidden_links() -> None:
    notes = note_texts("pdf_footnotes_alliance.pdf")
    # a link broken after 'www.' in its host, put back together from the link annotation
    assert "https://www.nato.int/cps/en/natohq/official_texts_112964.htm (accessed 3 March 2024)" in notes["1"]
    # the link's text ('JSTOR') does not show its address, so the address follows the note
    assert notes["2"].endswith("available from JSTOR. https://doi.org/10.2307/1927082")
    commentary, _ = extracted("pdf_footnotes_alliance.pdf")
    two, three = commentary.notes[1], commentary.notes[2]
    assert two.context == three.context  # '...let it do so.²³': notes 2 and 3, there being no note 23
    assert two.context.endswith("every reason to let it do so.")


def test_endnotes_under_a_heading_are_read_as_text() -> None:
    notes = note_texts("pdf_endnotes_privacy.pdf")
    assert notes["6"] == "Ibid., 22."
    assert notes["7"].endswith("https://ec.europa.eu/commission/presscorner/detail/en/ip_23_3721 (accessed 20 "
                               "September 2023).")  # wrapped after 'https://' and after 'ip_23_'
    assert notes["2"].startswith("Henry Farrell and Abraham L. Newman, *Of Privacy and Power: The Transatlantic "
                                 "Struggle over Freedom and Security* (Princeton")


@pytest.mark.parametrize(
    "name, head, split_word, paragraphs",
    [
        ("pdf_footnotes_energy.pdf", "Baltic Policy Forum", "Russian deliveries fell", 9),  # a head on both pages
        ("pdf_footnotes_alliance.pdf", "Nordic Security Review", "Reports in early 2019", 8),  # on page 2 only
    ],
)
def test_body_keeps_no_page_furniture(name: str, head: str, split_word: str, paragraphs: int) -> None:
    draft = read_pdf((FORMATS / name).read_bytes(), [], name)
    assert head not in draft.body
    assert split_word in draft.body  # 'deliv-' 'eries', 'Re-' 'ports'
    assert "Notes" not in draft.body and "Harvard University Press" not in draft.body
    assert not re.search(r"(?:^|\n)\d+(?:\n|$)", draft.body)  # page numbers
    assert len(draft.body.split("\n\n")) == paragraphs  # title (two lines), byline, date, the text's paragraphs


# --------------------------------------------------------------------------- hand-written PDFs


def _pdf(pages: list[str], *, info: str = "", encrypt: bool = False) -> bytes:
    """A PDF (US Letter) whose pages draw the given content streams; fonts /F1 Helvetica, /F2 Helvetica-Oblique."""
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(len(pages)))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>",
    ]
    for i, content in enumerate(pages):
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>"
        )
        objects.append(f"<< /Length {len(content.encode('cp1252'))} >>\nstream\n{content}\nendstream")
    trailer = ""
    if info:
        objects.append(info)
        trailer += f" /Info {len(objects)} 0 R"
    if encrypt:  # the standard handler, with an owner and a user key no empty password opens
        objects.append(f"<< /Filter /Standard /V 1 /R 2 /O <{'ab' * 32}> /U <{'cd' * 32}> /P -4 >>")
        trailer += f" /Encrypt {len(objects)} 0 R /ID [<{'01' * 16}> <{'01' * 16}>]"
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("cp1252")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _show(x: float, y: float, *runs: tuple[str, float] | str, font: str = "F1") -> str:
    """Text from (x, y): each run a string (11 pt) or (text, size) or (text, size, rise) or (text, size, rise, font)."""
    ops = [f"BT {x} {y} Td"]
    for run in runs:
        text, size, rise, face = (run, 11, 0, font) if isinstance(run, str) else (tuple(run) + (0, font))[:4]
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"/{face} {size} Tf {rise} Ts ({escaped}) Tj")
    return " ".join(ops) + " ET\n"


def _rule(x0: float, x1: float, y: float) -> str:
    return f"0.5 w {x0} {y} m {x1} {y} l S\n"


def _page_foot(number: int) -> str:
    return _show(72, 770, ("Harbour Policy Notes", 9)) + _show(480, 770, ("Issue 4", 9)) + _show(
        280, 40, (f"Page {number} of 2", 9)
    )


# A Word-like commentary: ragged right, paragraphs set apart by space, markers and footnote numbers raised by a
# text rise (Ts moves the glyph but not the text matrix), note 1 wrapped before a number ('2, esp.') that is
# not note 2, note 2 running onto page 2 under a full-width continuation rule.
PAGE_ONE = (
    _page_foot(1)
    + _show(72, 715, ("Ports, Sanctions and Shadow Fleets", 20))
    + _show(72, 690, "By Lena Hartmann")
    + _show(72, 676, "5 February 2024")
    + _show(72, 640, "Sanctions on seaborne oil were meant to work through the insurers and")
    + _show(72, 626, "shipowners of the West, who carried most of the trade before the war.", ("1", 7, 4))
    + _show(72, 612, "That assumption has aged badly.")
    + _show(72, 590, "A price cap leaves the oil flowing while it squeezes the revenue that")
    + _show(72, 576, "Moscow earns from each barrel, which is why the coalition accepted it.", ("2", 7, 4), " Its")
    + _show(72, 562, "enforcement depends on attestations that are easy to forge and hard to")
    + _rule(72, 216, 160)
    + _show(72, 146, ("1", 6, 3), ("Elisabeth Braw, ", 9), ("Goodbye Globalization", 9, 0, "F2"),
            (" (New Haven: Yale University Press, 2024), chap.", 9))
    + _show(72, 134, ("2, esp. 41\u201344.", 9))
    + _show(72, 122, ("2", 6, 3), ("Office of Foreign Assets Control, \u201cGuidance on Implementation of the Price Cap", 9))
    + _show(72, 110, ("Policy for Crude Oil of Russian Federation Origin,\u201d U.S. Department of the", 9))
)
PAGE_TWO = (
    _page_foot(2)
    + _show(72, 720, "check at sea, as the growth of an older and uninsured tanker fleet shows.", ("3", 7, 4))
    + _show(72, 698, "The next step is therefore less about ports than about the registries.")
    + _rule(72, 540, 150)
    + _show(72, 134, ("Treasury, 22 November 2022.", 9))
    + _show(72, 122, ("3", 6, 3), ("Daniel W. Drezner, ", 9), ("The Sanctions Paradox", 9, 0, "F2"),
            (" (Cambridge: Cambridge University Press, 1999).", 9))
)


def test_word_like_pdf_markers_and_footnote_numbers_raised_by_a_text_rise() -> None:
    problems: list[Problem] = []
    draft = read_pdf(_pdf([PAGE_ONE, PAGE_TWO]), problems, "ports.pdf")
    assert problems == []
    assert [(label, line) for label, _, line in draft.notes] == [("1", 1), ("2", 1), ("3", 2)]
    texts = [text for _, text, _ in draft.notes]
    assert texts[0] == ("Elisabeth Braw, *Goodbye Globalization* (New Haven: Yale University Press, 2024), chap. 2, "
                        "esp. 41\u201344.")
    assert texts[1] == ("Office of Foreign Assets Control, \u201cGuidance on Implementation of the Price Cap Policy "
                        "for Crude Oil of Russian Federation Origin,\u201d U.S. Department of the Treasury, "
                        "22 November 2022.")
    assert texts[2] == "Daniel W. Drezner, *The Sanctions Paradox* (Cambridge: Cambridge University Press, 1999)."
    paragraphs = re.sub("[\ue000-\ue002][^\ue001]*\ue001", "", draft.body).split("\n\n")
    assert paragraphs[-3:] == [
        "Sanctions on seaborne oil were meant to work through the insurers and shipowners of the West, who "
        "carried most of the trade before the war. That assumption has aged badly.",
        "A price cap leaves the oil flowing while it squeezes the revenue that Moscow earns from each barrel, "
        "which is why the coalition accepted it. Its enforcement depends on attestations that are easy to forge "
        "and hard to check at sea, as the growth of an older and uninsured tanker fleet shows.",
        "The next step is therefore less about ports than about the registries.",
    ]
    assert "Harbour" not in draft.body and "Page" not in draft.body
    assert draft.meta.title == "Ports, Sanctions and Shadow Fleets"
    assert draft.meta.authors == [Name("Hartmann", "Lena")]
    assert draft.meta.date == PartialDate(2024, 2, 5)


def test_a_body_size_foot_below_the_notes_on_one_page_only_does_not_hide_them() -> None:
    """A briefing's last page: a disclaimer, then the notes in small print, then a foot line set in body size
    ('Research Briefing, 14 February 2025') that no other page has, so it is no running foot."""
    first = (
        _show(72, 700, "The Act sets a target for 2050.", ("1", 7, 4))
        + _show(72, 160, ("1", 6, 3), ("Climate Change Act 2008, s 1.", 9))
    )
    last = (
        _show(72, 700, "The courts have upheld the choices Parliament made.", ("2", 7, 4))
        + _show(72, 686, "Further litigation is likely.", ("3", 7, 4))
        + _show(72, 640, ("Disclaimer", 12))
        + _show(72, 620, "The Library does not give legal advice.")
        + _show(72, 160, ("2", 6, 3), ("R (Finch) v Surrey County Council [2024] UKSC 20.", 9))
        + _show(72, 148, ("3", 6, 3), ("R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5.", 9))
        + _show(72, 40, "Research Briefing, 14 February 2025")
    )
    draft = read_pdf(_pdf([first, last]), [], "briefing.pdf")
    assert [(label, text, line) for label, text, line in draft.notes] == [
        ("1", "Climate Change Act 2008, s 1.", 1),
        ("2", "R (Finch) v Surrey County Council [2024] UKSC 20.", 2),
        ("3", "R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5.", 2),
    ]
    assert "Finch" not in draft.body


def test_plain_footnote_numbers_when_none_is_raised() -> None:
    page = (
        _show(72, 700, "Alliances form against threats, not against power as such.", ("1", 7, 4))
        + _show(72, 686, "Burden sharing has been argued over since the alliance began.", ("2", 7, 4))
        + _show(72, 120, ("1 Stephen M. Walt, ", 9), ("The Origins of Alliances", 9, 0, "F2"),
                (" (Ithaca, NY: Cornell University Press,", 9))
        + _show(72, 108, ("1987), 5.", 9))
        + _show(72, 96, ("2 Mancur Olson and Richard Zeckhauser, \u201cAn Economic Theory of Alliances,\u201d", 9))
    )
    draft = read_pdf(_pdf([page]), [], "walt.pdf")
    assert draft.notes == [
        ("1", "Stephen M. Walt, *The Origins of Alliances* (Ithaca, NY: Cornell University Press, 1987), 5.", 1),
        ("2", "Mancur Olson and Richard Zeckhauser, \u201cAn Economic Theory of Alliances,\u201d", 1),
    ]


def test_document_properties_are_used_when_they_look_real() -> None:
    page = _show(72, 700, ("A Short Note", 16)) + _show(72, 660, "Nothing is cited here, and the text says no date.")
    junk = "<< /Title (Microsoft Word - note_final.docx) /Author (Lena Hartmann) /CreationDate (D:20240305101500Z) >>"
    draft = read_pdf(_pdf([page], info=junk), [], "note.pdf")
    assert draft.meta.title == "A Short Note"  # the file name is no title
    assert draft.meta.authors == [Name("Hartmann", "Lena")]
    assert draft.meta.date == PartialDate(2024, 3, 5)  # the file's creation date, as nothing better is printed
    real = "<< /Title (Harbours in Wartime) /Author (jsmith) >>"
    draft = read_pdf(_pdf([page], info=real), [], "note.pdf")
    assert draft.meta.title == "Harbours in Wartime"
    assert draft.meta.authors == []  # a login name is no author


def test_two_columns_are_read_one_after_the_other() -> None:
    words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike".split()
    left = [f"left {words[i]} one two three four" for i in range(12)]
    right = [f"right {words[i]} five six seven eight" for i in range(12)]
    content = _show(72, 740, ("Two Columns on One Page", 16))
    for i in range(12):
        content += _show(72, 700 - 14 * i, left[i]) + _show(320, 700 - 14 * i, right[i])
    draft = read_pdf(_pdf([content]), [], "columns.pdf")
    body = draft.body.replace("\n\n", " ")
    assert body.index("left lima") < body.index("right alpha")  # the whole left column first
    assert "left alpha one two three four left bravo" in body  # rows on one baseline not run across the gutter


@pytest.mark.parametrize(
    "data, message",
    [
        (b"PK\x03\x04 this is a zip file", "not a PDF"),
        (_pdf([_show(72, 700, "Secret text.")], encrypt=True), "encrypted PDF: it needs a password"),
        (_pdf(["100 100 400 500 re f\n"]), "no text layer (a scanned image?)"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF", "PDF"),
    ],
    ids=["not-pdf", "encrypted", "scanned", "damaged"],
)
def test_unreadable_pdfs_raise_a_one_line_input_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read_pdf(data, [], "bad.pdf")
    assert message in str(caught.value)
    assert str(caught.value).startswith("bad.pdf: ") and "\n" not in str(caught.value)


def test_extract_file_names_the_file_in_the_error(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf(["100 100 400 500 re f\n"]))
    with pytest.raises(InputError, match=r"scan\.pdf: PDF has no text layer"):
        extract_file(path)


def test_a_page_without_text_in_a_document_with_text_is_reported() -> None:
    problems: list[Problem] = []
    text = _show(72, 700, "Sanctions work slowly, if they work at all.", ("1", 7, 4)) + _show(
        72, 100, ("1 Daniel W. Drezner, The Sanctions Paradox (Cambridge: Cambridge University Press, 1999).", 9)
    )
    draft = read_pdf(_pdf([text, "100 100 400 500 re f\n"]), problems, "mixed.pdf")
    assert [label for label, _, _ in draft.notes] == ["1"]
    assert [(p.message, p.line) for p in problems] == [("page 2 has no text layer (a scanned image?)", 2)]


@pytest.mark.parametrize(
    "run, previous, labels, expected",
    [
        ("23", 1, 9, ["2", "3"]),  # no note 23: two markers side by side
        ("23", 1, 27, ["2", "3"]),  # note 23 exists, but after note 1 the text cites 2 and 3
        ("23", 22, 27, ["23"]),
        ("1112", 10, 30, ["11", "12"]),
        ("2,3", 1, 9, ["2", "3"]),
        ("4–6", 3, 9, ["4", "5", "6"]),
    ],
)
def test_raised_runs_are_read_as_the_labels_that_follow_on(run: str, previous: int, labels: int,
                                                           expected: list[str]) -> None:
    from bibkit.extract.pdf import _raised_labels

    assert _raised_labels(run, {str(n) for n in range(1, labels + 1)}, previous) == expected


def test_accents_set_as_glyphs_of_their_own_join_their_letters():
    from bibkit.extract.pdf import _compose_accents

    assert _compose_accents("Herre˜no, S¸. ¨Ozcan, Ba¸s, na¨ıve") == "Herreño, Ş. Özcan, Baş, naïve"
    assert _compose_accents("don´t ~ x¨7") == "don´t ~ x¨7"  # no such letter: left as printed


def test_a_hyphen_at_a_line_end_before_a_capital_is_the_compound_s_own():
    from bibkit.extract.pdf import _compose_accents, _join

    assert _join("J. Kalemli-", "Özcan, A. Silva") == "J. Kalemli-Özcan, A. Silva"
    assert _join("the deliv-", "eries of gas") == "the deliveries of gas"
    assert _join("J. Kalemli-", "¨Ozcan") == "J. Kalemli-¨Ozcan"  # the accent is joined to its letter afterwards
    assert _compose_accents("S¸. Kalemli- ¨Ozcan") == "Ş. Kalemli-Özcan"
