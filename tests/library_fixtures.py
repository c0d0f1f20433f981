"""A small fixed Library shared by the tests of every stage: ``sample_library()``.

One Reference of every type in ``model.REFERENCE_TYPES``; corporate and personal authors
(Malachiński, Wałęsa, Shinzō, an organisation whose name holds " and "); a title with
LaTeX specials, quotes and acronyms; URLs with ``~`` and ``%``; a DOI; pages; citations from
two documents; a commentary and a discursive note. The works are real (bibliographic facts
only) except ``escapingtest``, an entry written for these tests; the citing sentences and
notes are our own words. Keep it stable: golden files and other helpers' tests depend on it.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from bibkit.model import Citation, Commentary, Library, Name, Note, PartialDate, Reference

EXPECTED = Path(__file__).parent / "data" / "expected"
DOC_A = "000_5656afd011c8767d.txt"
DOC_B = "002_015e008f48361a52.txt"


def _d(year: int, month: int | None = None, day: int | None = None) -> PartialDate:
    return PartialDate(year, month, day)


def sample_references() -> tuple[Reference, ...]:
    """The references of ``sample_library()``, in a fixed order, keys unset."""
    mofa = Name(literal="Ministry of Foreign Affairs of Japan")
    return (
        Reference(
            type="article-journal",
            authors=(Name("Kahneman", "Daniel"), Name("Tversky", "Amos")),
            title="Prospect Theory: An Analysis of Decision under Risk",
            container="Econometrica", volume="47", issue="2", pages="263–291", issued=_d(1979, 3),
            doi="10.2307/1914185", keywords=("method",),
            raw="Daniel Kahneman and Amos Tversky, “Prospect Theory,” Econometrica 47, no. 2 (1979): "
            "263-291.",
            citations=(Citation(DOC_B, "4", "Risk taking is framed as a choice under uncertainty.", "265"),),
        ),
        Reference(
            type="article-newspaper",
            authors=(Name("Horibuchi", "Junko"),),
            title="Japan-Russia security talks seen symbolic, may only benefit Moscow",
            container="The Japan Times", issued=_d(2017, 3, 21), keywords=("security", "diplomacy"),
            citations=(Citation(DOC_A, "5", "The talks resumed after a long pause."),),
        ),
        Reference(
            type="article-magazine",
            authors=(Name("Fukuyama", "Francis"),),
            title="The End of History?", container="The National Interest", issue="16",
            pages="3–18", issued=_d(1989),
        ),
        Reference(
            type="webpage",
            authors=(Name("Abiru", "Taisuke"),),
            title="Japan-Russia Relations in the Post-Abe Era",
            container="Carnegie Moscow Center", issued=_d(2021, 3, 3), keywords=("security", "diplomacy"),
            annotation="A short survey of the relationship after 2020; read it first.",
            raw="Taisuke Abiru, “Japan-Russia Relations in the Post-Abe Era,” Carnegie Moscow Center, "
            "March 3, 2021.",
            citations=(
                Citation(DOC_A, "1", "Joint naval drills were held with Abe still in office.", line=12),
                Citation(DOC_B, "3", "Tokyo kept the dialogue going under Suga.", line=40),
            ),
        ),
        Reference(
            type="webpage",
            authors=(Name("Dijkstra", "Edsger W."),),
            title="On the cruelty of really teaching computing science",
            container="E. W. Dijkstra Archive", issued=_d(1988, 12),
            url="https://www.cs.utexas.edu/~EWD/transcriptions/EWD10xx/EWD1036.html",
            accessed=_d(2024, 1, 15),
        ),
        Reference(
            type="webpage",
            title="安倍晋三", container="Wikipedia", modified=_d(2024, 5, 2),
            url="https://ja.wikipedia.org/wiki/%E5%AE%89%E5%80%8D%E6%99%8B%E4%B8%89",
            accessed=_d(2024, 5, 3),
        ),
        Reference(
            type="webpage",
            authors=(mofa,),
            title="Japan-Russia Relations (Basic Data)", modified=_d(2022, 2, 27),
            url="https://www.mofa.go.jp/region/europe/russia/data.html",
            citations=(Citation(DOC_A, "9", "Trade figures are published by the ministry."),),
        ),
        Reference(
            type="webpage",
            authors=(Name("Malachiński", "Piotr"),),
            title="Japan’s Policy Towards Russia After the Invasion of Ukraine",
            container="Casimir Pulaski Foundation", issued=_d(2022, 4, 7),
        ),
        Reference(
            type="report",
            authors=(Name(literal="International Energy Agency"),),
            title="Japan 2021", genre="Energy Policy Review", publisher="International Energy Agency",
            place="Paris", issued=_d(2021), url="https://www.iea.org/reports/japan-2021",
            keywords=("energy",),
            citations=(Citation(DOC_A, "2", "Most crude oil arrives from one region."),),
        ),
        Reference(
            type="book",
            authors=(Name("Kahneman", "Daniel"),),
            title="Thinking, Fast and Slow", publisher="Farrar, Straus and Giroux", place="New York",
            issued=_d(2011), isbn="978-0-374-27563-1",
        ),
        Reference(
            type="book",
            authors=(Name("Wałęsa", "Lech"),),
            title="A Way of Hope", publisher="Henry Holt", place="New York", issued=_d(1987),
            extra=(("langid", "english"),),
        ),
        Reference(
            type="chapter",
            authors=(Name("Bull", "Hedley"),),
            editors=(Name("Bull", "Hedley"), Name("Watson", "Adam")),
            title="The Emergence of a Universal International Society",
            container="The Expansion of International Society", publisher="Clarendon Press",
            place="Oxford", issued=_d(1984), pages="117–126",
        ),
        Reference(
            type="paper-conference",
            authors=(Name("Vaswani", "Ashish"), Name("Shazeer", "Noam"), Name("Parmar", "Niki")),
            title="Attention Is All You Need",
            container="Advances in Neural Information Processing Systems 30", issued=_d(2017),
            pages="5998–6008",
        ),
        Reference(
            type="thesis",
            authors=(Name("Nash", "John Forbes"),),
            title="Non-Cooperative Games", genre="PhD diss.", publisher="Princeton University",
            issued=_d(1950),
        ),
        Reference(
            type="legislation",
            title="Act on the Protection of Specially Designated Secrets", number="Act No. 108 of 2013",
            issued=_d(2013, 12, 13),
        ),
        Reference(
            type="treaty",
            title="Joint Declaration by the Union of Soviet Socialist Republics and Japan",
            place="Moscow", issued=_d(1956, 10, 19), keywords=("territory",),
            citations=(Citation(DOC_B, "1", "The 1956 text still frames the island question."),),
        ),
        Reference(
            type="speech",
            authors=(Name("Abe", "Shinzō"),),
            title="Address by Prime Minister Shinzo Abe at the Eastern Economic Forum",
            container="Eastern Economic Forum", publisher="Prime Minister of Japan and His Cabinet",
            place="Vladivostok", genre="Speech", issued=_d(2016, 9, 2),
        ),
        Reference(
            type="motion_picture",
            authors=(Name("Ozu", "Yasujirō"),),
            title="Tokyo Story", publisher="Shochiku", issued=_d(1953, 11, 3),
        ),
        Reference(
            type="broadcast",
            authors=(Name("Dubner", "Stephen J."),),
            title="How to Fix the Hot Mess of U.S. Healthcare", container="Freakonomics Radio", number="456",
            issued=_d(2021, 4, 1), url="https://freakonomics.com/podcast/healthcare-costs/",
        ),
        Reference(
            type="interview",
            authors=(Name("Putin", "Vladimir"),),
            title="Interview with Nippon TV and Yomiuri newspaper", container="President of Russia",
            issued=_d(2016, 12, 13),
        ),
        Reference(
            type="dataset",
            authors=(Name(literal="World Bank"),),
            title="World Development Indicators", publisher="World Bank", issued=_d(2023),
            url="https://databank.worldbank.org/source/world-development-indicators",
        ),
        Reference(
            type="document",
            authors=(mofa,),
            title="National Security Strategy", issued=_d(2013), keywords=("security",),
            note="Provisional translation",
            citations=(Citation(DOC_A, "3", "Security planning rests on a written strategy."),),
        ),
        Reference(  # written for the tests: every LaTeX special, quotes and acronyms in one title
            type="document",
            authors=(Name(literal="bibkit test suite"),),
            title='R&D at AT&T: 100% of "LNG" in file_name~2 #3 costs $5 ^ {braced} \\relax',
            issued=_d(2024), note="Our own test entry; 50% & more.",
            url="https://example.org/~user/a%20b?q=1&r=2#frag", confidence=0.5,
        ),
    )


def sample_library() -> Library:
    """The shared fixed Library (see the module docstring)."""
    commentary = Commentary(
        path=f"shared/corpus/{DOC_A}",
        document=DOC_A,
        format="text",
        title="Japan’s Policy Towards Russia After the Invasion of Ukraine",
        authors=(Name("Malachiński", "Piotr"),),
        date=_d(2022, 4, 7),
        publisher="Casimir Pulaski Foundation",
        notes=(
            Note(DOC_A, "1", "Taisuke Abiru, “Japan-Russia Relations in the Post-Abe Era,” 2021.", 60,
                 ("Joint naval drills were held with Abe still in office.",)),
            Note(DOC_A, "7", "This is an aside about the wording of the treaty, with no source.", 66,
                 ("The wording matters here.",)),
        ),
    )
    discursive = (
        Note(DOC_A, "7", "This is an aside about the wording of the treaty, with no source.", 66,
             ("The wording matters here.",)),
    )
    return Library(references=sample_references(), commentaries=(commentary,), discursive=discursive)


def assert_golden(name: str, text: str) -> None:
    """Compare with tests/data/expected/NAME, showing a diff; BIBKIT_UPDATE_GOLDEN=1 rewrites it."""
    path = EXPECTED / name
    if os.environ.get("BIBKIT_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), str(path), "written"))
        pytest.fail(f"{name} differs from the golden file (BIBKIT_UPDATE_GOLDEN=1 rewrites it):\n{diff}")
