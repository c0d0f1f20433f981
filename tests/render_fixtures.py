"""A small fixed library for the render golden files.

Real works (bibliographic facts only); the citing sentences and annotations are written
for these tests. Kept apart from library_fixtures.py so the golden files change only
when rendering changes.
"""

from __future__ import annotations

from bibkit.model import Citation, Commentary, Library, Name, PartialDate, Reference
from bibkit.themes import Theme, ThemeMap

DOC_A = "pulaski-2022.txt"
DOC_B = "riac-2014.txt"

COMMENTARIES = (
    Commentary(
        path=f"corpus/{DOC_A}",
        document=DOC_A,
        format="text",
        title="Japan’s Policy Towards Russia After the Invasion of Ukraine",
        authors=(Name(family="Malachiński", given="Piotr"),),
        date=PartialDate(2022, 4, 7),
        publisher="Casimir Pulaski Foundation",
    ),
    Commentary(
        path=f"corpus/{DOC_B}",
        document=DOC_B,
        format="text",
        authors=(Name(family="Panov", given="Alexander"),),
    ),
)

REFERENCES = (
    Reference(
        type="webpage",
        key="abiru2021japan",
        authors=(Name(family="Abiru", given="Taisuke"),),
        title="Japan-Russia Relations in the Post-Abe Era",
        container="Carnegie Moscow Center",
        issued=PartialDate(2021, 3, 3),
        url="https://carnegie.ru/commentary/83999",
        keywords=("security", "diplomacy"),
        citations=(
            Citation(DOC_A, "1", "Tokyo and Moscow held joint naval drills and regular security talks."),
        ),
    ),
    Reference(
        type="report",
        key="iea2021japan",
        authors=(Name(literal="International Energy Agency"),),
        title="Japan 2021",
        genre="Energy Policy Review",
        publisher="International Energy Agency",
        issued=PartialDate(2021),
        url="https://www.iea.org/reports/japan-2021",
        keywords=("energy",),
        annotation=(
            "Useful tables: 50% of imports & costs in $ for #LNG_contracts {2021} ~ ^ \\ "
            "<script>alert(1)</script>"
        ),
        citations=(
            Citation(DOC_A, "2", "Russia still supplies a share of Japan’s coal, LNG and crude oil."),
        ),
    ),
    Reference(
        type="article-newspaper",
        key="kyodo2014",
        container="Kyodo News International",
        issued=PartialDate(2014, 7, 25),
        keywords=("security", "sanctions"),
        citations=(Citation(DOC_B, "4", "Tokyo asked Paris to hold back the Mistral helicopter carriers."),),
    ),
    Reference(
        type="speech",
        key="pmo2022press",
        authors=(Name(literal="Prime Minister’s Office of Japan"),),
        title="Press Conference by Prime Minister Kishida",
        issued=PartialDate(2022, 2, 17),
        url="https://japan.kantei.go.jp/101_kishida/statement/202202/_00013.html",
        keywords=("ukraine", "diplomacy"),
        citations=(Citation(DOC_A, "9", "Kishida warned against changing the status quo by force."),),
    ),
    Reference(
        type="webpage",
        key="japan2022stands",
        authors=(Name(literal="The Government of Japan"),),
        title="Japan Stands with Ukraine",
        modified=PartialDate(2022, 3, 11),
        url="https://japan.kantei.go.jp/ongoingtopics/pdf/jp_stands_with_ukraine_eng.pdf",
        keywords=("sanctions", "ukraine"),
        citations=(Citation(DOC_A, "13", "Japan froze Russian bank assets and backed the SWIFT cut-off."),),
    ),
    Reference(
        type="book",
        key="abe2006utsukushii",
        authors=(Name(family="Abe", given="Shinzō"),),
        title="Utsukushii kuni e",
        publisher="Bungei Shunjū",
        place="Tokyo",
        issued=PartialDate(2006),
        keywords=(),
    ),
)

THEME_MAP = ThemeMap(
    (
        Theme("energy", "Energy", "Oil, gas & LNG supplies.", ("energy", "lng", "oil")),
        Theme("sanctions", "Sanctions", "Measures against Russia.", ("sanction*", "swift")),
        Theme(
            "security",
            "Security and defence",
            "Military matters.",
            ("security", "drill", "helicopter carrier"),
        ),
        Theme("diplomacy", "Diplomacy", "Talks and summits.", ("talks", "summit")),
        Theme("ukraine", "War in Ukraine", "Since 2014 and 2022.", ("ukrain*", "status quo by force")),
    )
)


def render_library_fixture() -> Library:
    """The fixed library: six works, two commentaries, themes already assigned."""
    return Library(references=REFERENCES, commentaries=COMMENTARIES)
