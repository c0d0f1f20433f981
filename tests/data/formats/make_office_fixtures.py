"""Regenerates the Word and OpenDocument fixtures of tests/test_office.py (run from the repository root):

    .venv/bin/python tests/data/formats/make_office_fixtures.py

- src/office_energy_storage.md.src and src/office_groundwater.md.src -> .docx and .odt through Pandoc
  (pypandoc-binary), with
  SOURCE_DATE_EPOCH fixed so the files change only when their sources do. Pandoc writes real Word footnotes
  and ODF text:note elements. Each .odt gold file is the hand-written .docx gold with the file name changed.
- office_word_features.docx, built here from XML strings: what Pandoc never writes. Endnotes numbered i, ii,
  iii; a footnote with a custom mark (*); a HYPERLINK field code and a w:hyperlink; tracked changes (deleted
  text and a deleted endnote reference, inserted text); italics through character styles, one of them only
  by its basedOn chain; a table, a text box (with the fallback copy Word keeps beside it), a symbol, a
  non-breaking hyphen; document properties whose last editor is not the author.
"""

from __future__ import annotations

import json
import os
import subprocess
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PANDOC_SOURCES = ("office_energy_storage", "office_groundwater")
SOURCE_DATE_EPOCH = "1741910400"  # 2025-03-14, the date of the first fixture


def main() -> None:
    import pypandoc

    pandoc = pypandoc.get_pandoc_path()
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    for stem in PANDOC_SOURCES:
        for suffix in ("docx", "odt"):
            target = HERE / f"{stem}.{suffix}"
            source = HERE / "src" / f"{stem}.md.src"  # not ".md": a folder scan must not read the sources
            subprocess.run([pandoc, "-f", "markdown", str(source), "-o", str(target)], check=True, env=env)
            print("wrote", target.relative_to(HERE.parents[2]))
        _copy_gold(stem)
    target = HERE / "office_word_features.docx"
    target.write_bytes(build_docx(WORD_PARTS))
    print("wrote", target.relative_to(HERE.parents[2]))


def _copy_gold(stem: str) -> None:
    gold = json.loads((HERE / f"{stem}.docx.gold.json").read_text(encoding="utf-8"))
    for entry in gold:
        entry["source"] = f"{stem}.odt"
    text = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
    (HERE / f"{stem}.odt.gold.json").write_text(text, encoding="utf-8")


def build_docx(parts: dict[str, str]) -> bytes:
    """A .docx from part name -> XML text; fixed timestamps, so the same parts give the same bytes."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 4, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, xml.strip().encode("utf-8"))
    return buffer.getvalue()


W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"'
)
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HYPERLINK = f"{REL_NS}/hyperlink"


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def styled(text: str, style: str) -> str:
    return run(text, f'<w:rStyle w:val="{style}"/>')


def endnote_ref(note_id: int) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="{note_id}"/></w:r>'


def paragraph(*runs: str, style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def deleted(text: str) -> str:
    return (
        '<w:del w:id="90" w:author="Editorial Desk" w:date="2024-06-03T10:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
    )


def inserted(text: str) -> str:
    return f'<w:ins w:id="91" w:author="Editorial Desk" w:date="2024-06-03T10:00:00Z">{run(text)}</w:ins>'


def note_paragraph(kind: str, *runs: str) -> str:
    style = "EndnoteText" if kind == "endnote" else "FootnoteText"
    mark = f'<w:r><w:rPr><w:rStyle w:val="{kind.capitalize()}Reference"/></w:rPr><w:{kind}Ref/></w:r>'
    return paragraph(mark, run(" "), *runs, style=style)


TEXT_BOX = (
    "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" "
    "distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"2\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" "
    "allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0"
    "</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset>"
    "</wp:positionV><wp:extent cx=\"2000000\" cy=\"600000\"/><wp:wrapSquare wrapText=\"bothSides\"/>"
    "<wp:docPr id=\"1\" name=\"Pull quote\"/><a:graphic><a:graphicData "
    "uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr "
    "txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"2000000\" cy=\"600000\"/></a:xfrm>"
    "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>"
    + paragraph(run("Rules that cannot bend in a crisis will be broken in one."))
    + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    "</mc:Choice><mc:Fallback><w:pict><v:shape style=\"width:157pt;height:47pt\"><v:textbox><w:txbxContent>"
    + paragraph(run("Rules that cannot bend in a crisis will be broken in one."))
    + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)

DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W_NS}><w:body>
{paragraph(run("Why Fiscal Rules Failed the Pandemic Test"), style="Title")}
{paragraph(run("By Ingrid Halvorsen"),
           '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
           '<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r>')}
{paragraph(run("4 June 2024"))}
{paragraph(run("Europe’s fiscal rules were written for a world of ordinary recessions. Financial crises, as "),
           run("Reinhart and Rogoff documented across eight centuries, leave public debt far higher for years "),
           run("afterwards."), endnote_ref(2),
           run(" When interest rates sit below growth rates, Blanchard argued, debt can be rolled over at "),
           deleted("almost "), run("little fiscal cost"), deleted(", a point the Commission long resisted"),
           run("."), endnote_ref(3))}
{paragraph(run("The IMF urged governments in 2020 to keep support in place until the recovery was secure."),
           endnote_ref(4), deleted("An early draft cited the June update here."),
           '<w:del w:id="92" w:author="Editorial Desk" w:date="2024-06-03T10:00:00Z"><w:r><w:rPr>'
           '<w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="9"/></w:r></w:del>',
           run(" It also warned that support should be withdrawn gradually, in step with the "),
           inserted("post"), '<w:r><w:noBreakHyphen/></w:r>', run("pandemic recovery."), endnote_ref(5))}
{paragraph(TEXT_BOX, run("Suspending the rules was the easy part"),
           '<w:r><w:sym w:font="Times New Roman" w:char="2014"/></w:r>',
           run("agreeing on what replaces them is not."))}
<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>
<w:tr><w:tc>{paragraph(run("Rule"))}</w:tc><w:tc>{paragraph(run("Status in 2020"))}</w:tc></w:tr>
<w:tr><w:tc>{paragraph(run("General escape clause"))}</w:tc>
<w:tc>{paragraph(run("Activated for the first time in March 2020."), endnote_ref(6))}</w:tc></w:tr>
</w:tbl>
{paragraph(run("The reformed rules adopted in 2024 keep the debt and deficit reference values"),
           '<w:r><w:tab/></w:r>',
           run("but judge each country on a net expenditure path of its own."))}
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:endnotePr><w:numFmt w:val="lowerRoman"/></w:endnotePr></w:sectPr>
</w:body></w:document>
"""

FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W_NS}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1">{paragraph(styled("*", "FootnoteReference"),
                                  run(" The author writes in a personal capacity; the views are not those of her "
                                      "employer."), style="FootnoteText")}</w:footnote>
</w:footnotes>
"""

FIELD_LINK = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.imf.org/en/Publications/FM/Issues/2020/09/30/'
    'october-2020-fiscal-monitor" \\o "Fiscal Monitor" </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    + styled("IMF website", "Hyperlink")
    + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
)

ENDNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:endnotes {W_NS}>
<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>
<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>
<w:endnote w:id="2">{note_paragraph("endnote", run("Carmen M. Reinhart and Kenneth S. Rogoff, "),
                                     styled("This Time Is Different: Eight Centuries of Financial Folly", "Emphasis"),
                                     run(" (Princeton: Princeton University Press, 2009), 21."))}</w:endnote>
<w:endnote w:id="3">{note_paragraph("endnote", run("Olivier Blanchard, “Public Debt and Low Interest Rates,” "),
                                     styled("American Economic Review", "JournalTitle"),
                                     run(" 109, no. 4 (2019): 1197–1229."))}</w:endnote>
<w:endnote w:id="4">{note_paragraph("endnote", run("International Monetary Fund, "),
                                     run("Fiscal Monitor: Policies for the Recovery", "<w:i/>"),
                                     run(" (Washington, DC: IMF, October 2020), 9, on the "), FIELD_LINK,
                                     run("."))}</w:endnote>
<w:endnote w:id="5">{note_paragraph("endnote", run("Ibid., "), deleted("12"), inserted("14"), run("."))}</w:endnote>
<w:endnote w:id="6">{note_paragraph("endnote", run("European Commission, “"),
                                     '<w:hyperlink r:id="rIdSgp">' + styled("Stability and Growth Pact", "Hyperlink")
                                     + "</w:hyperlink>", run(",” accessed 5 June 2024."))}</w:endnote>
<w:endnote w:id="9">{note_paragraph("endnote", run("IMF, Fiscal Monitor update, June 2020."))}</w:endnote>
</w:endnotes>
"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="JournalTitle"><w:name w:val="Journal Title"/><w:basedOn w:val="Emphasis"/><w:rPr><w:color w:val="1F3864"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
</w:styles>
"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W_NS}>
<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>
<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>
</w:settings>
"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Fiscal rules draft v3</dc:title><dc:creator>Ingrid Halvorsen</dc:creator>
<cp:lastModifiedBy>Editorial Desk</cp:lastModifiedBy>
<dcterms:created xsi:type="dcterms:W3CDTF">2024-05-30T08:15:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2024-06-03T10:00:00Z</dcterms:modified>
</cp:coreProperties>
"""

WORD_PARTS = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/footnotes.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/endnotes.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>""",
    "_rels/.rels": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
 Target="docProps/core.xml"/>
</Relationships>""",
    "word/_rels/document.xml.rels": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL_NS}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{REL_NS}/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="{REL_NS}/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId4" Type="{REL_NS}/endnotes" Target="endnotes.xml"/>
</Relationships>""",
    "word/_rels/endnotes.xml.rels": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdSgp" Type="{HYPERLINK}" TargetMode="External"
 Target="https://economy-finance.ec.europa.eu/economic-and-fiscal-governance/stability-and-growth-pact_en"/>
</Relationships>""",
    "word/document.xml": DOCUMENT,
    "word/styles.xml": STYLES,
    "word/settings.xml": SETTINGS,
    "word/footnotes.xml": FOOTNOTES,
    "word/endnotes.xml": ENDNOTES,
    "docProps/core.xml": CORE,
}


if __name__ == "__main__":
    main()
