"""The Word (.docx) and OpenDocument (.odt) reader: notes, labels, citing sentences and metadata.

The fixtures under tests/data/formats/ come from tests/data/formats/make_office_fixtures.py: two commentaries
converted by Pandoc (real Word footnotes, ODF text:note) and one Word document built by hand with what Pandoc
never writes (roman endnotes, a custom mark, a HYPERLINK field, tracked changes, italics through styles).
The small documents below are built in memory, each around the one feature a test is about.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from bibkit.errors import InputError
from bibkit.extract import extract_file
from bibkit.extract.office import format_note_number, hyperlink_field_target, read_office
from bibkit.model import Name, PartialDate

FORMATS = Path(__file__).parent / "data" / "formats"

W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
)


def zip_of(parts: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def docx(body: str, footnotes: str = "", endnotes: str = "", settings: str = "", styles: str = "",
         core: str = "", footnote_links: dict[str, str] | None = None) -> bytes:
    """A Word package from the inside of w:body and the notes (w:footnote/w:endnote elements)."""
    parts: dict[str, str | bytes] = {"word/document.xml": f"<w:document {W_NS}><w:body>{body}</w:body></w:document>"}
    if footnotes:
        parts["word/footnotes.xml"] = f"<w:footnotes {W_NS}>{footnotes}</w:footnotes>"
    if endnotes:
        parts["word/endnotes.xml"] = f"<w:endnotes {W_NS}>{endnotes}</w:endnotes>"
    if settings:
        parts["word/settings.xml"] = f"<w:settings {W_NS}>{settings}</w:settings>"
    if styles:
        parts["word/styles.xml"] = f"<w:styles {W_NS}>{styles}</w:styles>"
    if core:
        parts["docProps/core.xml"] = (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
            f"{core}</cp:coreProperties>"
        )
    if footnote_links:
        rels = "".join(f'<Relationship Id="{rid}" Type="{REL_NS}/hyperlink" Target="{url}" TargetMode="External"/>'
                       for rid, url in footnote_links.items())
        parts["word/_rels/footnotes.xml.rels"] = (
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
        )
    return zip_of(parts)


def p(*runs: str, style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def r(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def fn_ref(note_id: int, kind: str = "footnote") -> str:
    return f'<w:r><w:{kind}Reference w:id="{note_id}"/></w:r>'


def note(note_id: int, *runs: str, kind: str = "footnote") -> str:
    return f'<w:{kind} w:id="{note_id}"><w:p><w:r><w:{kind}Ref/></w:r>{"".join(runs)}</w:p></w:{kind}>'


def odt(body: str, automatic: str = "", common: str = "", meta: str = "", encrypted: bool = False) -> bytes:
    """An OpenDocument text package from the inside of office:text and its styles."""
    manifest = '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
    if encrypted:
        manifest += '<manifest:encryption-data manifest:checksum-type="SHA1" manifest:checksum="x"/>'
    manifest += "</manifest:file-entry>"
    return zip_of({
        "mimetype": "application/vnd.oasis.opendocument.text",
        "META-INF/manifest.xml": f"<manifest:manifest {ODF_NS}>{manifest}</manifest:manifest>",
        "content.xml": (f"<office:document-content {ODF_NS}><office:automatic-styles>{automatic}"
                        f"</office:automatic-styles><office:body><office:text>{body}</office:text></office:body>"
                        "</office:document-content>"),
        "styles.xml": f"<office:document-styles {ODF_NS}><office:styles>{common}</office:styles></office:document-styles>",
        "meta.xml": f"<office:document-meta {ODF_NS}><office:meta>{meta}</office:meta></office:document-meta>",
    })


def odf_note(label: str, text: str, kind: str = "footnote", custom: str = "") -> str:
    attr = f' text:label="{custom}"' if custom else ""
    return (f'<text:note text:note-class="{kind}"><text:note-citation{attr}>{label}</text:note-citation>'
            f"<text:note-body><text:p>{text}</text:p></text:note-body></text:note>")


def read(data: bytes, fmt: str = "docx"):
    problems: list = []
    draft = read_office(data, fmt, problems, "test." + fmt)
    return draft, problems


# --------------------------------------------------------------------------- the Pandoc fixtures


@pytest.mark.parametrize("suffix", ["docx", "odt"])
def test_pandoc_commentary_notes_contexts_and_metadata(suffix: str) -> None:
    commentary, problems = extract_file(FORMATS / f"office_energy_storage.{suffix}")
    assert problems == []
    assert commentary.format == suffix
    assert [n.label for n in commentary.notes] == [str(i) for i in range(1, 12)]
    first = commentary.notes[0]
    assert first.text == ("Daniel Yergin, *The New Map: Energy, Climate, and the Clash of Nations* "
                          "(New York: Penguin Press, 2020), 287.")
    assert first.context == ("Daniel Yergin argues that the new map of energy is drawn as much by grids and "
                             "minerals as by oil fields.")
    assert first.line == 4  # the fourth paragraph: after the title, the author and the date
    assert commentary.notes[2].text == "Ibid., 6–7."
    assert commentary.notes[2].context.startswith("Its own arithmetic shows why storage matters")
    assert "*Technological Forecasting and Social Change* 103 (2016): 273–83." in commentary.notes[3].text
    assert commentary.notes[7].context.startswith("European systems are far more interconnected")
    assert commentary.title == "Storing the Wind: Europe’s Energy Security Now Runs Through Batteries"
    assert commentary.authors == (Name("Kowalczyk", "Marta"),)
    assert commentary.date == PartialDate(2025, 3, 14)


@pytest.mark.parametrize("suffix", ["docx", "odt"])
def test_pandoc_link_text_without_url_gets_the_url(suffix: str) -> None:
    commentary, _ = extract_file(FORMATS / f"office_energy_storage.{suffix}")
    texas = commentary.notes[6].text
    assert texas.startswith("“How Texas’ Electric Grid Regulators Are Trying to Prep for Extreme Weather,” *Texas Tribune*")
    assert texas.endswith("https://www.texastribune.org/2021/08/16/texas-electricity-grid-extreme-weather-preparation/")
    iea = commentary.notes[5].text  # the URL is the link text: not repeated
    assert iea.count("https://www.iea.org/reports/batteries-and-secure-energy-transitions") == 1


@pytest.mark.parametrize("suffix", ["docx", "odt"])
def test_pandoc_commentary_with_two_authors(suffix: str) -> None:
    commentary, problems = extract_file(FORMATS / f"office_groundwater.{suffix}")
    assert problems == []
    assert commentary.authors == (Name("Mehta", "Arjun"), Name("Dubois", "Claire"))
    assert commentary.date == PartialDate(2024, 9, 2)
    assert [n.label for n in commentary.notes] == [str(i) for i in range(1, 12)]
    assert commentary.notes[1].text == "Ibid., 1001."
    assert commentary.notes[1].context == "The authors traced the decline to pumping for irrigation, not to a shortfall in rainfall."
    assert commentary.notes[10].text == "Shah, *Taming the Anarchy*, 211."


# --------------------------------------------------------------------------- the hand-built Word document


@pytest.fixture(scope="module")
def features():
    commentary, problems = extract_file(FORMATS / "office_word_features.docx")
    return commentary, problems, {n.label: n for n in commentary.notes}


def test_word_labels_custom_mark_then_roman_endnotes(features) -> None:
    commentary, problems, notes = features
    assert problems == []  # the endnote whose reference was deleted is no orphan
    assert [n.label for n in commentary.notes] == ["*", "i", "ii", "iii", "iv", "v"]
    assert notes["*"].text == "The author writes in a personal capacity; the views are not those of her employer."
    assert notes["*"].context == "By Ingrid Halvorsen"


def test_word_italics_through_character_styles(features) -> None:
    _, _, notes = features
    assert "*This Time Is Different: Eight Centuries of Financial Folly* (Princeton" in notes["i"].text  # Emphasis
    assert "*American Economic Review* 109, no. 4" in notes["ii"].text  # basedOn Emphasis
    assert "*Fiscal Monitor: Policies for the Recovery* (Washington" in notes["iii"].text  # direct w:i


def test_word_links_from_field_codes_and_hyperlinks(features) -> None:
    _, _, notes = features
    assert notes["iii"].text.endswith(
        "on the IMF website. https://www.imf.org/en/Publications/FM/Issues/2020/09/30/october-2020-fiscal-monitor"
    )
    assert "HYPERLINK" not in notes["iii"].text and "Fiscal Monitor\"" not in notes["iii"].text
    assert notes["v"].text == (
        "European Commission, “Stability and Growth Pact,” accessed 5 June 2024. "
        "https://economy-finance.ec.europa.eu/economic-and-fiscal-governance/stability-and-growth-pact_en"
    )


def test_word_tracked_changes_keep_the_final_text(features) -> None:
    _, _, notes = features
    assert notes["iv"].text == "Ibid., 14."
    assert notes["ii"].context == ("When interest rates sit below growth rates, Blanchard argued, debt can be rolled "
                                   "over at little fiscal cost.")
    assert notes["iv"].context == ("It also warned that support should be withdrawn gradually, in step with the "
                                   "post-pandemic recovery.")


def test_word_body_tables_text_boxes_and_symbols() -> None:
    draft, problems = read((FORMATS / "office_word_features.docx").read_bytes())
    assert problems == []
    assert draft.body.count("Rules that cannot bend in a crisis") == 1  # not again from the fallback picture
    assert "Suspending the rules was the easy part—agreeing on what replaces them is not." in draft.body
    assert "reference values but judge each country" in draft.body  # a tab
    assert "early draft" not in draft.body and "Commission long resisted" not in draft.body
    assert "Activated for the first time in March 2020.\ue000v\ue00211\ue001" in draft.body  # a table cell


def test_word_metadata_prefers_the_page_over_properties(features) -> None:
    commentary, _, notes = features
    assert commentary.title == "Why Fiscal Rules Failed the Pandemic Test"  # not the property "Fiscal rules draft v3"
    assert commentary.authors == (Name("Halvorsen", "Ingrid"),)  # not cp:lastModifiedBy
    assert commentary.date == PartialDate(2024, 6, 4)  # the dateline, not dcterms:created
    assert notes["i"].line == 4 and notes["v"].line == 11


def test_word_properties_are_the_fallback() -> None:
    core = ("<dc:title>Carbon Border Adjustment in Practice</dc:title><dc:creator>Lena Okafor</dc:creator>"
            "<cp:lastModifiedBy>Tom Reyes</cp:lastModifiedBy><dcterms:created>2023-10-02T08:00:00Z</dcterms:created>")
    body = p(r("The mechanism entered its transitional phase in October 2023."), fn_ref(1))
    draft, _ = read(docx(body, footnotes=note(1, r("Regulation (EU) 2023/956.")), core=core))
    assert draft.meta.title == "Carbon Border Adjustment in Practice"
    assert draft.meta.authors == [Name("Okafor", "Lena")]
    assert draft.meta.date == PartialDate(2023, 10, 2)
    generic = core.replace("Lena Okafor", "Microsoft Office User")
    draft, _ = read(docx(body, footnotes=note(1, r("Regulation (EU) 2023/956.")), core=generic))
    assert draft.meta.authors == []


# --------------------------------------------------------------------------- Word numbering


@pytest.mark.parametrize(
    "number, fmt, label",
    [(1, "decimal", "1"), (12, "decimal", "12"), (4, "lowerRoman", "iv"), (14, "upperRoman", "XIV"),
     (2, "upperLetter", "B"), (27, "lowerLetter", "aa"), (3, "chicago", "‡"), (5, "chicago", "**"),
     (7, "decimalZero", "07"), (3, "ordinalText", "3")],
)
def test_note_numbers_as_word_prints_them(number: int, fmt: str, label: str) -> None:
    assert format_note_number(number, fmt) == label


def test_word_endnotes_default_to_roman_and_footnotes_to_numbers() -> None:
    body = p(r("One."), fn_ref(1), r(" Two."), fn_ref(7, "endnote"), r(" Three."), fn_ref(3), r(" Four."),
             fn_ref(8, "endnote"))
    draft, problems = read(docx(body, footnotes=note(1, r("A.")) + note(3, r("B.")),
                                endnotes=note(7, r("C."), kind="endnote") + note(8, r("D."), kind="endnote")))
    assert problems == []
    assert [(label, text) for label, text, _ in draft.notes] == [("1", "A."), ("2", "B."), ("i", "C."), ("ii", "D.")]
    assert draft.numbered is False


def test_word_numbering_from_settings_and_section() -> None:
    body = p(r("One."), fn_ref(1), r(" Two."), fn_ref(2))
    notes = note(1, r("A.")) + note(2, r("B."))
    settings = '<w:footnotePr><w:numFmt w:val="lowerLetter"/><w:numStart w:val="3"/></w:footnotePr>'
    draft, _ = read(docx(body, footnotes=notes, settings=settings))
    assert [label for label, _, _ in draft.notes] == ["c", "d"]
    section = '<w:sectPr><w:footnotePr><w:numFmt w:val="upperRoman"/></w:footnotePr></w:sectPr>'
    draft, _ = read(docx(body + section, footnotes=notes, settings=settings))
    assert [label for label, _, _ in draft.notes] == ["III", "IV"]  # the section's format, the settings' start


def test_word_same_printed_label_twice_is_made_unique_and_reported() -> None:
    settings = '<w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>'
    body = p(r("One."), fn_ref(1), r(" Two."), fn_ref(2, "endnote"))
    draft, problems = read(docx(body, footnotes=note(1, r("A.")), endnotes=note(2, r("B."), kind="endnote"),
                                settings=settings))
    assert [label for label, _, _ in draft.notes] == ["1", "1.2"]
    assert any("both printed as '1'" in p.message for p in problems)


def test_word_note_nobody_cites_is_reported() -> None:
    draft, problems = read(docx(p(r("Text."), fn_ref(1)), footnotes=note(1, r("A.")) + note(5, r("Stray."))))
    assert [label for label, _, _ in draft.notes] == ["1"]
    assert [p.message for p in problems] == ["footnote (id 5) is never cited in the text; left out"]


# --------------------------------------------------------------------------- Word text details


@pytest.mark.parametrize(
    "instruction, url",
    [(' HYPERLINK "https://www.bis.org/publ/arpdf/ar2023e.htm" ', "https://www.bis.org/publ/arpdf/ar2023e.htm"),
     ('HYPERLINK \\o "tip" "https://x.org/a"', "https://x.org/a"),
     ("HYPERLINK https://x.org/b \\t _blank", "https://x.org/b"),
     ('HYPERLINK \\l "_Toc12345"', ""),
     ("PAGEREF _Toc12345 \\h", ""),
     ("", "")],
)
def test_hyperlink_field_target(instruction: str, url: str) -> None:
    assert hyperlink_field_target(instruction) == url


def test_word_italics_switched_off_and_hidden_text() -> None:
    styles = '<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style>'
    footnote = note(1, r("Kept "), r("upright", '<w:rStyle w:val="Emphasis"/><w:i w:val="0"/>'), r(", "),
                    r("slanted", '<w:i w:val="true"/>'), r(" and"), r(" secret", "<w:vanish/>"), r(" done."))
    draft, _ = read(docx(p(r("Text."), fn_ref(1)), footnotes=footnote, styles=styles))
    assert draft.notes[0][1] == "Kept upright, *slanted* and done."


def test_word_simple_field_link_and_hyperlink_relationship_in_a_footnote() -> None:
    footnote = note(
        1, r("Bank for International Settlements, "),
        '<w:fldSimple w:instr=" HYPERLINK &quot;https://www.bis.org/publ/arpdf/ar2023e.htm&quot; ">'
        + r("Annual Economic Report 2023") + "</w:fldSimple>",
        r("; see also "), '<w:hyperlink r:id="rId7">' + r("the statistics") + "</w:hyperlink>", r("."),
    )
    draft, _ = read(docx(p(r("Text."), fn_ref(1)), footnotes=footnote, footnote_links={"rId7": "https://data.bis.org/"}))
    assert draft.notes[0][1] == ("Bank for International Settlements, Annual Economic Report 2023; see also the "
                                 "statistics. https://www.bis.org/publ/arpdf/ar2023e.htm https://data.bis.org/")


def test_word_sentinels_in_the_text_are_removed() -> None:
    draft, _ = read(docx(p(r("Odd\ue000 text\ue001."), fn_ref(1)), footnotes=note(1, r("A\ue002."))))
    assert draft.body == "Odd text.\ue0001\ue0021\ue001"
    assert draft.notes == [("1", "A.", 1)]


def test_word_heading_1_first_is_the_title_and_byline_gives_the_author() -> None:
    body = (p(r("Water Diplomacy on the Mekong"), style="Heading1") + p(r("By Sophie Tran")) + p(r("March 2022"))
            + p(r("Dams upstream change the flood pulse downstream."), fn_ref(1)))
    draft, _ = read(docx(body, footnotes=note(1, r("Mekong River Commission, State of the Basin Report 2018."))))
    assert draft.meta.title == "Water Diplomacy on the Mekong"
    assert draft.meta.authors == [Name("Tran", "Sophie")]
    assert draft.meta.date == PartialDate(2022, 3)


def test_word_unclosed_field_does_not_hide_the_rest() -> None:
    broken = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
    body = p(r("Before."), broken) + p(r("After the damage."), fn_ref(1))
    draft, _ = read(docx(body, footnotes=note(1, r("A."))))
    assert draft.body == "Before.\n\nAfter the damage.\ue0001\ue0022\ue001"


def test_word_title_style_through_based_on_and_reported_numbering() -> None:
    styles = ('<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="ReportTitle"><w:name w:val="Report Title"/>'
              '<w:basedOn w:val="Title"/></w:style>')
    settings = ('<w:footnotePr><w:numFmt w:val="ideographTraditional"/><w:numRestart w:val="eachPage"/>'
                "</w:footnotePr>")
    body = p(r("Grain Corridors After the Black Sea Deal"), style="ReportTitle") + p(r("Text."), fn_ref(1))
    draft, problems = read(docx(body, footnotes=note(1, r("A.")), styles=styles, settings=settings))
    assert draft.meta.title == "Grain Corridors After the Black Sea Deal"
    assert [p.message for p in problems] == [
        "footnote number format 'ideographTraditional' is not supported; numbered 1, 2, 3 instead",
        "footnotes restart on each page; numbered straight through, so labels may differ from print",
    ]


def test_word_strict_open_xml_namespaces() -> None:
    strict = W_NS.replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                          "http://purl.oclc.org/ooxml/wordprocessingml/main")
    draft, _ = read(zip_of({
        "word/document.xml": f"<w:document {strict}><w:body>{p(r('Text.'), fn_ref(1))}</w:body></w:document>",
        "word/footnotes.xml": f"<w:footnotes {strict}>{note(1, r('A.'))}</w:footnotes>",
    }))
    assert draft.notes == [("1", "A.", 1)]


def test_word_corrupt_part_is_an_input_error() -> None:
    data = docx(p(r("Text."), fn_ref(1)), footnotes=note(1, r("A."))).replace(b"Text.", b"Longer text.")
    with pytest.raises(InputError, match="cannot unpack word/document.xml"):
        read(data)


# --------------------------------------------------------------------------- OpenDocument details


def test_odt_italics_through_parent_styles_spaces_and_links() -> None:
    common = ('<style:style style:name="Emphasis" style:family="text">'
              '<style:text-properties fo:font-style="italic"/></style:style>')
    automatic = ('<style:style style:name="T1" style:family="text" style:parent-style-name="Emphasis"/>'
                 '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="normal"/>'
                 "</style:style>")
    text = ('Mariana Mazzucato, <text:span text:style-name="T1">The <text:span text:style-name="T2">Value</text:span>'
            ' of Everything</text:span><text:s text:c="2"/>(London: Allen Lane, 2018), '
            '<text:a xlink:href="https://www.penguin.co.uk/books/">publisher</text:a>.')
    body = f"<text:p>Value is a contested word.{odf_note('1', text)}</text:p>"
    draft, problems = read(odt(body, automatic, common), "odt")
    assert problems == []
    assert draft.notes == [("1", "Mariana Mazzucato, *The* Value *of Everything* (London: Allen Lane, 2018), "
                                 "publisher. https://www.penguin.co.uk/books/", 1)]
    assert draft.body == "Value is a contested word.\ue0001\ue0021\ue001"


def test_odt_custom_labels_endnotes_and_tracked_deletions() -> None:
    body = ("<text:tracked-changes><text:changed-region text:id='c1'><text:deletion><text:p>Removed sentence."
            "</text:p></text:deletion></text:changed-region></text:tracked-changes>"
            f"<text:h text:outline-level='1'>Sanctions and Shipping</text:h>"
            f"<text:p>A first claim.{odf_note('1', 'Note one.')} A second claim.{odf_note('i', 'Endnote one.', 'endnote')}"
            f" A third claim.{odf_note('2', 'Custom.', custom='†')}</text:p>")
    draft, problems = read(odt(body), "odt")
    assert problems == []
    assert [(label, text) for label, text, _ in draft.notes] == [("1", "Note one."), ("†", "Custom."),
                                                                 ("i", "Endnote one.")]
    assert "Removed sentence" not in draft.body
    assert draft.meta.title == "Sanctions and Shipping"


def test_odt_text_frame_is_read_after_its_paragraph() -> None:
    frame = ('<draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><draw:text-box>'
             "<text:p>Pull quote.</text:p></draw:text-box></draw:frame>")
    body = (f"<text:p>Opening{frame} sentence.{odf_note('1', 'Note with a frame.' + frame)}</text:p>"
            "<text:p>Next paragraph.</text:p>")
    draft, _ = read(odt(body), "odt")
    assert draft.body.split("\n\n") == ["Opening sentence.\ue0001\ue0021\ue001", "Pull quote.", "Next paragraph."]
    assert draft.notes == [("1", "Note with a frame.", 1)]


def test_odt_metadata_from_meta_xml() -> None:
    meta = ("<dc:title>Arctic Shipping Lanes</dc:title><meta:initial-creator>Nora Lindqvist</meta:initial-creator>"
            "<dc:creator>Copy Editor</dc:creator><meta:creation-date>2021-11-05T10:00:00</meta:creation-date>")
    body = f"<text:p>The Northern Sea Route opened further in 2021.{odf_note('1', 'Arctic Council, 2021.')}</text:p>"
    draft, _ = read(odt(body, meta=meta), "odt")
    assert draft.meta.title == "Arctic Shipping Lanes"
    assert draft.meta.authors == [Name("Lindqvist", "Nora")]
    assert draft.meta.date == PartialDate(2021, 11, 5)


# --------------------------------------------------------------------------- files that cannot be read


@pytest.mark.parametrize(
    "data, fmt, reason",
    [
        (b"plain text, not a zip", "docx", "is not a Word .docx file (not a zip archive)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "docx", "password-protected (encrypted)"),
        (zip_of({"word/other.xml": "<x/>"}), "docx", "has no word/document.xml: not a Word document"),
        (zip_of({"word/document.xml": "<w:document"}), "docx", "word/document.xml is not well-formed XML"),
        (odt("<text:p>x</text:p>", encrypted=True), "odt", "is password-protected (encrypted)"),
        (zip_of({"mimetype": "application/vnd.oasis.opendocument.text"}), "odt", "has no content.xml"),
        (b"", "odt", "is not an OpenDocument .odt file (not a zip archive)"),
    ],
)
def test_unreadable_files_raise_one_line_input_errors(data: bytes, fmt: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        read_office(data, fmt, [], "brief." + fmt)
    assert reason in caught.value.message
    assert "\n" not in str(caught.value)
    assert caught.value.path == "brief." + fmt


def test_extract_file_names_the_unreadable_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.odt"
    bad.write_bytes(zip_of({"content.xml": "<office:document-content"}))
    with pytest.raises(InputError, match=r"broken\.odt: content\.xml is not well-formed XML"):
        extract_file(bad)
