"""Duplicate detection and merging: each trap from issue 4, normalisation, decisions, the CLI.

Fixtures are our own hand-made References citing real works (bibliographic facts only).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bibkit.cli import main
from bibkit.decisions import Decisions, format_decisions, parse_decisions, read_decisions
from bibkit.dedupe import IDS_FIELD, VARIANTS_FIELD, dedupe, dump_variants
from bibkit.errors import ConfigError
from bibkit.model import Citation, Library, Name, PartialDate, Reference
from bibkit.normalize import compact, fold, normalize_doi, normalize_edition, normalize_url, page_range

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
KANTEI = "Prime Minister of Japan and His Cabinet"


def cite(doc: str, note: str, context: str = "", locator: str = "") -> tuple[Citation, ...]:
    return (Citation(doc, note, context or f"A sentence of {doc} citing note {note}.", locator),)


def run(*refs: Reference, decisions: Decisions | None = None):
    return dedupe(Library(references=tuple(refs)), decisions)


def keys_of(library: Library) -> list[str]:
    return [r.key for r in library.references]


# ---------------------------------------------------------------- normalisation


@pytest.mark.parametrize("text", [
    "10.1080/00396338.2021.1906001", "doi:10.1080/00396338.2021.1906001", "DOI: 10.1080/00396338.2021.1906001",
    "https://doi.org/10.1080/00396338.2021.1906001", "http://dx.doi.org/10.1080/00396338.2021.1906001.",
    "https://doi.org/10.1080%2F00396338.2021.1906001", "10.1080/00396338.2021.1906001".upper(),
])
def test_doi_forms_normalise_alike(text):
    assert normalize_doi(text) == "10.1080/00396338.2021.1906001"


@pytest.mark.parametrize("url", [
    "https://www.kantei.go.jp/jp/101_kishida/statement/2022/0217kaiken.html",
    "http://kantei.go.jp/jp/101_kishida/statement/2022/0217kaiken.html",
    "https://WWW.Kantei.go.jp:443/jp/101_kishida/statement/2022/0217kaiken.html/",
    "https://www.kantei.go.jp/jp/101_kishida/statement/2022/0217kaiken.html?utm_source=x&utm_medium=y&fbclid=z",
    "https://www.kantei.go.jp/jp/101_kishida/statement/2022/0217kaiken.html#top",
    "https://www.kantei.go.jp/jp/101_kishida/statement/2022/0217kaiken.html.",
    "www.kantei.go.jp/jp/101_kishida/statement/2022/0217kaiken.html",
])
def test_url_forms_normalise_alike(url):
    assert normalize_url(url) == "kantei.go.jp/jp/101_kishida/statement/2022/0217kaiken.html"


def test_url_keeps_what_names_a_page():
    assert normalize_url("https://www.youtube.com/watch?v=aLW3tbxVwhs&utm_source=x") == "youtube.com/watch?v=aLW3tbxVwhs"
    assert normalize_url("http://example.org:8080/a") == "example.org:8080/a"
    assert normalize_url("https://example.org/A") != normalize_url("https://example.org/a")


@pytest.mark.parametrize("variant", [
    "Japan–Russia relations in the post\u2011Abe\u00a0era",
    "JAPAN-RUSSIA RELATIONS IN THE POST-ABE ERA",
    "Japan Russia Relations in the Post Abe Era",
    "“Japan-Russia Relations in the Post-Abe Era”",
])
def test_title_folding(variant):
    assert fold(variant) == fold("Japan-Russia Relations in the Post-Abe Era")


def test_run_together_words_and_diacritics_compare_compact():
    assert compact("JapanRussia Relations in thePost-Abe Era") == compact("Japan-Russia Relations in the Post-Abe Era")
    assert compact("Post\u00adAbe") == compact("Post-Abe")  # a soft hyphen joins, it never splits
    assert fold("Malachiński, Łukasz Wałęsa, Shinzō") == "malachinski lukasz walesa shinzo"
    assert fold("Abe’s „Total Settlement”") == fold('Abe\'s "Total Settlement"')


def test_editions_and_pages():
    assert normalize_edition("2nd ed.") == normalize_edition("Second edition") == normalize_edition("2") == "2"
    assert page_range("154–57") == (154, 157)
    assert page_range("pp. 263-291") == (263, 291)


# ---------------------------------------------------------------- traps: never merge


def kyodo(day: int, month: int = 7) -> Reference:
    return Reference(type="article-newspaper", container="Kyodo News International",
                     issued=PartialDate(2014, month, day), key=f"kyodo{month}{day:02d}")


def test_kyodo_items_on_different_dates_stay_separate():
    library, report = run(kyodo(17), kyodo(25), kyodo(8, 8), kyodo(14, 8))
    assert len(library.references) == 4
    assert not report.merges
    lines = report.lines()
    assert "near miss kyodo717 ~ kyodo725: same container, dates differ (2014-07-17 vs 2014-07-25)" in lines
    assert len(report.near_misses) == 3  # date neighbours only, not all six pairs


def test_same_outlet_same_date_no_title_merges():
    library, report = run(kyodo(17), replace(kyodo(17), key="kyodo717b", citations=cite("b.txt", "3")))
    assert len(library.references) == 1
    assert "same container and full date" in report.merges[0].reasons[0]


def press(title: str, date: PartialDate, url: str, key: str) -> Reference:
    return Reference(type="speech", title=title, authors=(Name(literal=KANTEI),), issued=date, url=url, key=key)


def test_three_press_conferences_stay_three():
    refs = (
        press("Press Conference by the Prime Minister regarding a Summit Conference Call on the Situation in Ukraine",
              PartialDate(2022, 3, 1), "https://japan.kantei.go.jp/101_kishida/statement/202203/_00002.html", "pc1"),
        press("Press Conference by Prime Minister Kishida", PartialDate(2022, 2, 17),
              "https://www.kantei.go.jp/jp/101_kishida/statement/2022/0217kaiken.html", "pc2"),
        replace(press("Press Conference by the Prime Minister regarding Japan’s Response to the Situation in Ukraine",
                      None, "https://japan.kantei.go.jp/101_kishida/statement/202202/_00014.html.", "pc3"),
                modified=PartialDate(2022, 2, 27)),
    )
    library, _ = run(*refs)
    assert keys_of(library) == ["pc1", "pc2", "pc3"]


def test_recurring_press_conference_same_title_different_dates():
    refs = [press("Press Conference by Prime Minister Kishida", PartialDate(2022, m, d), "", f"pc{m}{d}")
            for m, d in ((2, 17), (3, 16), (3, 25), (4, 1))]
    library, report = run(*refs)
    assert len(library.references) == 4
    assert all("dates differ" in n.reason for n in report.near_misses)


def test_same_authors_different_books_stay_apart():
    brown = (Name("Brown", "James D. J."),)
    library, _ = run(
        Reference(type="book", authors=brown, title="Japan, Russia and Their Territorial Dispute: The Northern Delusion",
                  publisher="Routledge", issued=PartialDate(2016), key="b1"),
        Reference(type="book", authors=brown, title="Japan's Foreign Relations with Russia", issued=PartialDate(2016),
                  key="b2"),
    )
    assert len(library.references) == 2


def test_different_editions_stay_apart():
    base = Reference(type="book", authors=(Name("Hook", "Glenn D."),), title="Japan's International Relations: "
                     "Politics, Economics and Security", publisher="Routledge", key="hook2a")
    library, report = run(
        replace(base, edition="2nd ed.", issued=PartialDate(2005)),
        replace(base, edition="3rd edition", issued=PartialDate(2012), key="hook3"),
        replace(base, edition="3", issued=PartialDate(2012), key="hook3b"),  # same edition: merges
        replace(base, edition="Second edition", issued=PartialDate(2005), key="hook2b"),
    )
    assert sorted(keys_of(library)) == ["hook2a", "hook3"]


def test_edition_given_once_is_a_near_miss_not_a_merge():
    base = Reference(type="book", authors=(Name("Hook", "Glenn D."),), title="Japan's International Relations",
                     issued=PartialDate(2012), key="h1")
    library, report = run(base, replace(base, edition="3rd ed.", key="h2"))
    assert len(library.references) == 2
    assert "edition 3 given only once" in report.near_misses[0].reason


def test_same_title_different_year_stays_apart():
    iea = (Name(literal="International Energy Agency"),)
    library, _ = run(Reference(type="report", authors=iea, title="World Energy Outlook", issued=PartialDate(2020), key="w20"),
                     Reference(type="report", authors=iea, title="World Energy Outlook", issued=PartialDate(2021), key="w21"))
    assert len(library.references) == 2


def test_numbers_in_titles_keep_reports_apart():
    iea = (Name(literal="International Energy Agency"),)
    library, _ = run(Reference(type="report", authors=iea, title="Japan 2021: Energy Policy Review", key="j21"),
                     Reference(type="report", authors=iea, title="Japan 2016: Energy Policy Review", key="j16"))
    assert len(library.references) == 2


@pytest.mark.parametrize("other, merges", [
    ("The Japan-Russia Security Partnership after Crimea and the Western Sanctions", False),  # a word exchanged: another article
    ("The Japan-Russia Enrgy Partnership after Crimea and the Western Sanctions", True),  # a typo
    ("The Japan-Russia EnergyPartnership after Crimea and the Western Sanctions", True),  # words run together
    ("Japan-Russia Energy Partnership after Crimea and the Western Sanctions", True),  # article dropped
])
def test_a_swapped_content_word_is_another_work_but_a_typo_is_not(other, merges):
    base = Reference(type="article-journal", authors=(Name("Tabata", "Shinichiro"),),
                     title="The Japan-Russia Energy Partnership after Crimea and the Western Sanctions", container="Eurasian Geography",
                     issued=PartialDate(2016), key="t1")
    library, report = run(base, replace(base, title=other, key="t2"))
    assert len(library.references) == (1 if merges else 2)
    if not merges:
        assert "a word differs (energy vs security)" in report.near_misses[0].reason


def test_typo_found_inside_a_large_block_of_titles_sharing_an_ending():
    """Thousands of titles with one ending are compared by sorted neighbourhood, not skipped."""
    family = [Reference(type="report", authors=(Name(literal="Agency"),), title=f"Report {n}: Security of the Region",
                        issued=PartialDate(2000 + n % 20), key=f"r{n}") for n in range(2500)]
    typo_a = Reference(type="article-journal", authors=(Name("Brown", "James"),), container="Asia Policy",
                       title="Zealous Diplomacy in the Security of the Region", issued=PartialDate(2019), key="za")
    typo_b = replace(typo_a, title="Zelous Diplomacy in the Security of the Region", key="zb")
    library, _ = run(*family, typo_a, typo_b)
    assert len(library.references) == len(family) + 1


def test_chapter_vs_the_book_it_is_in():
    book = Reference(type="book", editors=(Name("Hakamada", "Shigeki"),), title="Russia and Japan in Asia",
                     publisher="Routledge", issued=PartialDate(2019), key="book")
    chapter = Reference(type="chapter", authors=(Name("Iwashita", "Akihiro"),), editors=book.editors,
                        title="Russia and Japan in Asia", container="Russia and Japan in Asia",
                        publisher="Routledge", issued=PartialDate(2019), pages="45–67", key="chap")
    library, report = run(book, chapter)
    assert len(library.references) == 2
    assert "chapter vs book" in report.near_misses[0].reason


def test_different_dois_block_and_different_volumes_block():
    art = Reference(type="article-journal", authors=(Name("Brown", "James"),), title="Editorial",
                    container="Asia Policy", issued=PartialDate(2020), volume="15", issue="1", key="e1")
    library, _ = run(art, replace(art, issue="2", key="e2"), replace(art, volume="16", issue="1", key="e3"))
    assert len(library.references) == 3
    doi_a = replace(art, title="Japan's Russia Policy", doi="10.1080/00396338.2021.1", key="d1")
    library, _ = run(doi_a, replace(doi_a, doi="10.1080/00396338.2021.2", key="d2"))
    assert len(library.references) == 2


def test_different_pages_of_a_journal_block_but_a_pinpoint_inside_the_range_does_not():
    art = Reference(type="article-journal", authors=(Name("Lyu", "Yaodong"),), container="China International Studies",
                    title="Abe’s Total Settlement of Japan’s Post-War Diplomacy and Its Dilemma", volume="84",
                    issued=PartialDate(2020), pages="143–162", key="lyu")
    library, _ = run(art, replace(art, pages="154–157", key="lyu2"), replace(art, pages="170–180", key="lyu3"))
    assert sorted(keys_of(library)) == ["lyu", "lyu3"]


def test_different_first_authors_block():
    a = Reference(type="article-journal", authors=(Name("Smith", "John"),), title="Introduction",
                  container="Survival", issued=PartialDate(2019), key="i1")
    library, _ = run(a, replace(a, authors=(Name("Ivanov", "Sergei"),), key="i2"))
    assert len(library.references) == 2


def test_different_urls_are_a_near_miss_unless_everything_else_agrees():
    a = Reference(type="webpage", title="Japan Stands with Ukraine", authors=(Name(literal="The Government of Japan"),),
                  issued=PartialDate(2022, 3), url="https://japan.kantei.go.jp/ongoingtopics/pdf/jp_stands_with_ukraine_eng.pdf",
                  key="u1")
    library, report = run(a, replace(a, url="https://japan.kantei.go.jp/ongoingtopics/ukraine.html", key="u2"))
    assert len(library.references) == 2
    assert "URLs differ" in report.near_misses[0].reason


# ---------------------------------------------------------------- traps: must merge


def test_doi_url_vs_bare_doi_merges():
    a = Reference(type="article-journal", authors=(Name("Kahneman", "Daniel"),), title="Prospect Theory",
                  doi="10.2307/1914185", key="k1", citations=cite("a.txt", "1"))
    b = Reference(type="article-journal", authors=(Name("Kahneman", "D."),),
                  title="Prospect theory: An analysis of decision under risk",
                  url="https://doi.org/10.2307/1914185", key="k2", citations=cite("b.txt", "4"))
    library, report = run(a, b)
    assert len(library.references) == 1
    assert str(report.merges[0]) == "merged k1 <- k2: same DOI"
    assert library.references[0].title == "Prospect theory: An analysis of decision under risk"


def test_chicago_note_and_mla_entry_of_the_same_article_merge():
    chicago = Reference(type="article-newspaper", authors=(Name("Johnston", "Eric"),),
                        title="Japan slams Russia’s decision to suspend peace treaty talks",
                        container="The Japan Times", issued=PartialDate(2022, 3, 22), key="johnston2022japan",
                        citations=cite("a.txt", "15"))
    mla = Reference(type="article-newspaper", authors=(Name("Johnston", "Eric"),),
                    title='Japan Slams Russia\'s Decision to Suspend Peace-Treaty Talks', container="Japan Times",
                    issued=PartialDate(2022, 3, 22), accessed=PartialDate(2022, 4, 1), key="johnston2022japana",
                    citations=cite("b.txt", "2"))
    library, report = run(chicago, mla)
    assert keys_of(library) == ["johnston2022japan"]
    assert report.merges[0].absorbed == ("johnston2022japana",)
    merged = library.references[0]
    assert merged.container == "The Japan Times" and merged.accessed == PartialDate(2022, 4, 1)


def test_apa_initials_year_only_and_sentence_case_merge():
    full = Reference(type="webpage", authors=(Name("Abiru", "Taisuke"),), title="Japan-Russia Relations in the Post-Abe Era",
                     container="Carnegie Moscow Center", issued=PartialDate(2021, 3, 3), key="abiru2021japan")
    apa = replace(full, authors=(Name("Abiru", "T."),), title="Japan–Russia relations in the post-Abe era",
                  issued=PartialDate(2021), key="abiru2021japana")
    library, _ = run(full, apa)
    assert len(library.references) == 1
    assert library.references[0].issued == PartialDate(2021, 3, 3)
    assert library.references[0].authors == (Name("Abiru", "Taisuke"),)


def test_html_and_plain_footnote_of_the_same_work_merge():
    html = Reference(type="webpage", authors=(Name("Brown", "James D.J."),),
                     title="Japan’s Russia Policy Under Prime Minister Suga", container="Royal United Services Institute",
                     issued=PartialDate(2021, 6, 10), url="https://rusi.org/explore-our-research/publications/"
                     "commentary/japans-russia-policy-under-prime-minister-suga?utm_source=twitter", key="brown2021japan")
    plain = replace(html, url="", title="Japan's Russia\u00a0Policy Under Prime\u00a0Minister Suga", key="brown2021japana")
    library, _ = run(html, plain)
    assert len(library.references) == 1
    assert "\u00a0" not in library.references[0].title


@pytest.mark.parametrize("variant", [
    "“Japan may label Russia as a ‘challenge’ in security strategy revision”",
    "\"Japan may label Russia as a 'challenge' in security strategy revision\"",
    "Japan may label Russia as a „challenge” in security-strategy revision",
    "Japan may label Russia as a 'challenge’ in securitystrategy revision",
    "Japan may label Russia as a 'challenge’ in security strategy revision",
])
def test_quote_and_hyphenation_variants_merge(variant):
    base = Reference(type="article-newspaper", title="Japan may label Russia as a 'challenge’ in security strategy revision",
                     container="The Japan Times", issued=PartialDate(2022, 3, 10), key="jt1")
    library, _ = run(base, replace(base, title=variant, key="jt2"))
    assert len(library.references) == 1


def test_same_url_merges_and_site_roots_do_not():
    a = Reference(type="webpage", title="Kishida: Northern territories are Japan’s ‘inherent territory’",
                  container="Inquirer.net", issued=PartialDate(2022, 3, 8), url="https://www.inquirer.net/x/123/", key="q1")
    library, report = run(a, replace(a, title="Kishida says northern territories inherent", key="q2",
                                     url="http://inquirer.net/x/123?utm_campaign=z"))
    assert len(library.references) == 1 and report.merges[0].reasons == ("same URL",)
    b = Reference(type="webpage", title="Another story", issued=PartialDate(2022, 3, 9), url="https://www.inquirer.net/",
                  key="q3")
    library, _ = run(replace(a, url="https://www.inquirer.net/"), b)
    assert len(library.references) == 2


# ---------------------------------------------------------------- what a merge keeps


def test_merge_keeps_every_citation_most_complete_fields_and_variants():
    a = Reference(type="book", authors=(Name("Brown", "James D. J."),), title="Japan, Russia and Their Territorial Dispute",
                  publisher="Routledge", issued=PartialDate(2016), key="m1", keywords=("diplomacy",),
                  citations=cite("a.txt", "1", "First sentence.", "3"), source="lib.bib")
    b = Reference(type="book", authors=(Name("Brown", "James D. J."), Name("Wałęsa", "Łukasz")),
                  title="Japan, Russia and Their Territorial Dispute: The Northern Delusion", publisher="Routledge",
                  place="London", issued=PartialDate(2016), key="m1a", keywords=("security",), source="lib.bib",
                  citations=cite("b.txt", "7", "Second sentence.", "12") + cite("c.txt", "2"))
    library, report = run(a, b)
    (merged,) = library.references
    assert merged.key == "m1"
    assert [c.document for c in merged.citations] == ["a.txt", "b.txt", "c.txt"]
    assert merged.citations[0].locator == "3" and merged.citations[1].context == "Second sentence."
    assert merged.title.endswith("The Northern Delusion") and merged.authors[1].family == "Wałęsa"
    assert merged.place == "London" and merged.keywords == ("diplomacy", "security")
    extra = dict(merged.extra)
    assert extra[IDS_FIELD] == "m1a"
    assert ["title", "Japan, Russia and Their Territorial Dispute"] in json.loads(extra[VARIANTS_FIELD])
    assert report.merges[0].variants


def test_variants_never_unbalance_braces():
    text = dump_variants([("title", "A {brace} and } and {")])
    assert "{" not in text and "}" not in text
    assert json.loads(text) == [["title", "A {brace} and } and {"]]


def test_keys_already_written_are_kept():
    fresh = Reference(type="webpage", title="Japan Stands with Ukraine", issued=PartialDate(2022, 3, 11),
                      authors=(Name(literal="The Government of Japan"),), key="aaa")
    written = replace(fresh, key="government2022japan", source="references/library.bib")
    library, _ = run(fresh, written)
    assert keys_of(library) == ["government2022japan"]


# ---------------------------------------------------------------- decisions


def test_decisions_file_round_trip_and_errors(tmp_path):
    text = "# mine\ndifferent kyodo717 kyodo725   # a week apart\n\nsame a b\n"
    decisions = parse_decisions(text)
    assert decisions.is_different("kyodo725", "kyodo717") and decisions.is_same("b", "a")
    assert parse_decisions(format_decisions(decisions)) == decisions
    assert read_decisions(tmp_path / "missing.txt") == Decisions()
    with pytest.raises(ConfigError, match=r"dup.txt:2: 'different b a' contradicts line 1"):
        parse_decisions("same a b\ndifferent b a\n", "dup.txt")
    with pytest.raises(ConfigError, match=":1:"):
        parse_decisions("merge a b\n", "x.txt")


def test_different_decision_silences_near_miss_and_same_decision_forces_merge():
    refs = (kyodo(17), kyodo(25))
    _, report = run(*refs, decisions=Decisions().add("different", "kyodo725", "kyodo717"))
    assert not report.near_misses
    library, report = run(*refs, decisions=Decisions().add("same", "kyodo717", "kyodo725"))
    assert len(library.references) == 1 and report.merges[0].reasons == ("your decision",)


def test_different_decision_beats_same_doi():
    a = Reference(type="article-journal", title="A", doi="10.1000/x", key="a")
    library, _ = run(a, replace(a, title="B", key="b"), decisions=Decisions().add("different", "a", "b"))
    assert len(library.references) == 2


def test_unknown_decision_keys_are_reported():
    _, report = run(kyodo(17), decisions=Decisions().add("different", "kyodo717", "gone"))
    assert report.unknown_keys == ("gone",)


# ---------------------------------------------------------------- properties

_names = st.sampled_from([(), (Name("Abiru", "Taisuke"),), (Name("Abiru", "T."),), (Name(literal="IEA"),)])
_titles = st.sampled_from(["", "Japan 2021", "Japan–Russia Relations in the Post-Abe Era",
                           "Japan-Russia relations in the post-Abe era", "JapanRussia Relations in the PostAbe Era",
                           "Press Conference by Prime Minister Kishida"])
_dates = st.sampled_from([None, PartialDate(2021), PartialDate(2021, 3, 3), PartialDate(2021, 3, 4),
                          PartialDate(2022, 2, 17)])
_refs = st.builds(
    Reference,
    type=st.sampled_from(["webpage", "report", "book", "chapter", "speech"]),
    authors=_names, title=_titles, issued=_dates,
    container=st.sampled_from(["", "Carnegie Moscow Center", "Kyodo News International"]),
    url=st.sampled_from(["", "https://carnegie.ru/commentary/83999", "http://www.carnegie.ru/commentary/83999/"]),
    doi=st.sampled_from(["", "10.1000/a", "https://doi.org/10.1000/A", "10.1000/b"]),
    edition=st.sampled_from(["", "2nd ed.", "3"]),
    citations=st.lists(st.builds(Citation, document=st.sampled_from(["a.txt", "b.txt"]),
                                 note=st.sampled_from(["1", "2", "3"])), max_size=2).map(tuple),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_refs, max_size=8))
def test_dedupe_is_idempotent_and_never_loses_a_citation(refs):
    refs = [replace(r, key=f"k{i}") for i, r in enumerate(refs)]
    once, _ = run(*refs)
    twice, report = dedupe(once)
    assert not report.merges
    assert keys_of(twice) == keys_of(once)
    distinct = {(i, c) for i, r in enumerate(refs) for c in r.citations}
    assert sum(len(r.citations) for r in once.references) >= len({c for _, c in distinct}) or not distinct
    for r in refs:  # every citation of every input reference survives in some output reference
        assert any(set(r.citations) <= set(m.citations) for m in once.references)


# ---------------------------------------------------------------- the command and the corpus


def _bib(tmp_path: Path, *refs: Reference) -> Path:
    from bibkit.io.bibtex import library_to_bibtex

    path = tmp_path / "library.bib"
    path.write_text(library_to_bibtex(Library(references=refs)), encoding="utf-8")
    return path


def test_cli_reports_and_strict_exit(tmp_path, capsys):
    path = _bib(tmp_path, kyodo(17), kyodo(25))
    assert main(["dedupe", str(path)]) == 0
    assert main(["dedupe", str(path), "--strict"]) == 1
    out = capsys.readouterr().out
    assert "near miss kyodo717 ~ kyodo725: same container, dates differ (2014-07-17 vs 2014-07-25)" in out
    (tmp_path / "duplicates.txt").write_text("different kyodo717 kyodo725\n", encoding="utf-8")
    assert main(["dedupe", str(path), "--strict"]) == 0


def test_cli_writes_merged_library(tmp_path, capsys):
    a = Reference(type="article-journal", title="Prospect Theory", doi="10.2307/1914185", key="k1",
                  issued=PartialDate(1979))
    path = _bib(tmp_path, a, replace(a, doi="https://doi.org/10.2307/1914185", key="k2"))
    out = tmp_path / "out.bib"
    assert main(["dedupe", str(path), "-o", str(out)]) == 0
    assert "merged k1 <- k2: same DOI" in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert "@article{k1," in text and "ids = {k2}" in text and "{k2," not in text


def test_cli_bad_decisions_file_is_one_line_error(tmp_path, capsys):
    path = _bib(tmp_path, kyodo(17))
    bad = tmp_path / "d.txt"
    bad.write_text("maybe a b\n", encoding="utf-8")
    assert main(["dedupe", str(path), "--decisions", str(bad)]) == 3
    assert f"{bad}:1:" in capsys.readouterr().err


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not beside the repo")
def test_corpus_has_no_duplicates_and_no_false_merges():
    from bibkit.api import extract_library

    library = extract_library(sorted(CORPUS.glob("*.txt")), use_tagger=False)
    result, report = dedupe(library)
    assert not report.merges  # the five commentaries cite no work twice
    kyodo_items = [r for r in result.references if "Kyodo" in r.container]
    assert len(kyodo_items) == 4
    kantei = [r for r in result.references if "kantei.go.jp" in r.url]
    assert len([r for r in kantei if r.type == "speech" or "Press Conference" in r.title]) == 3
