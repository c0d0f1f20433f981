"""Stage 2: note kinds, Ibid. and short-form resolution, and building the library."""

from __future__ import annotations

import pytest

from bibkit import parse
from bibkit.api import default_tagger
from bibkit.model import Commentary, Name, Note, PartialDate, Reference
from bibkit.parse import build_library, is_discursive, parse_note, split_works


def commentary(*texts: str, document: str = "essay.md") -> Commentary:
    notes = tuple(
        Note(document, str(i), text, line=10 + i, contexts=(f"Sentence citing note {i}.",))
        for i, text in enumerate(texts, 1)
    )
    return Commentary(path=document, document=document, format="markdown", notes=notes)


HARA = "Kimie Hara, *Japanese-Soviet/Russian Relations since 1945: A Difficult Peace* (London: Routledge, 1998), 12."
BROWN = "James D. J. Brown, “Japan’s Russia Policy Under Prime Minister Suga,” RUSI, June 10, 2021."


@pytest.mark.parametrize(
    ("text", "kind", "locator"),
    [
        pytest.param("Ibid.", "ibid", "", id="ibid"),
        pytest.param("Ibid., 45.", "ibid", "45", id="ibid-page"),
        pytest.param("ibid., pp. 31–34.", "ibid", "31–34", id="ibid-pages"),
        pytest.param("Hara, *Japanese-Soviet/Russian Relations*, 31–34.", "short", "31–34", id="short-italic"),
        pytest.param("Brown, “Japan’s Russia Policy,” 5.", "short", "5", id="short-quoted"),
        pytest.param("Hara, op. cit., 45.", "short", "45", id="op-cit"),
        pytest.param("Hara, op. cit.", "short", "", id="op-cit-no-page"),
        pytest.param("Vaïsse, *op. cit.*, p. 412.", "short", "412", id="op-cit-in-italics"),
        pytest.param("Nye 11.", "short", "11", id="mla-author-page"),
        pytest.param("Idem, p. 9.", "ibid", "9", id="idem-with-a-page"),
        pytest.param("Gustafson, a.w., p. 51.", "short", "51", id="dutch-aw"),
        pytest.param("Van der Voort en Vanclay, t.a.p.", "short", "", id="dutch-tap"),
        pytest.param("Тренин Д.В. Указ. соч. С. 45.", "short", "45", id="russian-op-cit"),
        pytest.param("Bernanke and Blanchard (2023), p. 24.", "short", "24", id="author-date"),
        pytest.param("Smith (2019, 45).", "short", "45", id="author-date-page-inside"),
        pytest.param("Beccaria, *Dei delitti e delle pene*, cit., § XLVII.", "short", "XLVII", id="italian-cit"),
        pytest.param("Moe, a.a.O., S. 61 f.", "short", "61", id="german-aao"),
        pytest.param("Paul/Swistek, Russland in der Arktis, a.a.O.", "short", "", id="german-aao-title"),
        pytest.param("*Ibidem*.", "ibid", "", id="ibidem-in-italics"),
        pytest.param("Ivi, § VI.", "ibid", "VI", id="italian-ivi-section"),
        pytest.param("Tamże, s. 12.", "ibid", "12", id="polish-tamze"),
        pytest.param("Ebd., S. 45.", "ibid", "45", id="german-ebd"),
        pytest.param("Там же. С. 45.", "ibid", "45", id="russian-tam-zhe"),
        pytest.param("Tamtéž, s. 112.", "ibid", "112", id="czech-tamtez"),
        pytest.param("A.a., s. 87.", "ibid", "87", id="swedish-aa"),
        pytest.param("同上，第45页。", "ibid", "45", id="chinese-tongshang"),
        pytest.param("同上。", "ibid", "", id="chinese-tongshang-no-page"),
        pytest.param("Idaho Statesman, May 2, 2020.", "citation", "", id="id-inside-a-word-is-no-ibid"),
        pytest.param(HARA, "citation", "", id="full"),
    ],
)
def test_note_kinds(text, kind, locator):
    parsed = parse_note(text)
    assert (parsed.kind, parsed.locator) == (kind, locator)


@pytest.mark.parametrize(
    "text",
    [
        "The author is grateful to the two anonymous reviewers for their comments on an earlier draft of this essay.",
        "Both governments have avoided the word treaty since 1956, preferring to speak of a declaration that ended"
        " the state of war but left the islands unresolved.",
        "本文所说的新兴市场，是指按人均收入划分的中等收入经济体。这一界定并非没有争议，但便于比较。",
        # a sentence that ends in a word outside a-z (Finnish, Turkish) is prose too
        "Käytän sanaa liittoutuma tässä laajassa merkityksessä. Sopimuksen yksityiskohdista on tutkijoiden kesken"
        " kiistelty pitkään.",
        "Bu bölümdeki rakamlar yazarın kendi hesaplamalarıdır; bunlar kurumun resmî görüşü olarak henüz hiçbir yerde"
        " açıklanmamıştır.",
        "The two governments never published the text of the understanding, which according to officials present"
        " was initialled in the margins of the summit and signed on 5 May 2022.",
        # a short aside whose sentence runs on after its date
        "Tyske, svenske og danske myndigheter åpnet hver sin etterforskning. Sverige og Danmark avsluttet sine"
        " etterforskninger i februar 2024 uten å reise tiltale.",
    ],
)
def test_asides_are_discursive(text):
    assert is_discursive(text)
    assert parse_note(text).kind == "discursive"


@pytest.mark.parametrize(
    "text",
    [
        HARA, BROWN, "Mainichi Shimbun, May 26, 2014.", "Interview with a Japanese diplomat, Tokyo, March 2022.",
        "Ministry of Energy, Kingdom of Saudi Arabia, remarks by Prince Abdulaziz bin Salman at the press conference"
        " following the 33rd OPEC and non-OPEC Ministerial Meeting, Vienna, October 5, 2022.",
        # author-date with no brackets, a title in sentence case: no prose
        "Isbell, T. and Bhoojedhur, S. 2018. In Gabon, views on elections darken in wake of 2016 contest seen as less"
        " than free and fair. Afrobarometer Dispatch No. 236.",
        "ECOWAS. 2023. Final communiqué of the extraordinary summit of the ECOWAS Authority of Heads of State and"
        " Government on the political situation in Niger. Abuja, 30 July.",
        # two acts, each read whole, in one note: the first is enough to tell a citation
        "Legea nr. 242/2018 pentru modificarea și completarea Legii nr. 303/2004 privind statutul judecătorilor și"
        " procurorilor, Monitorul Oficial nr. 868 din 15 octombrie 2018; Ordonanța de urgență a Guvernului nr. 92/2018"
        " pentru modificarea și completarea unor acte normative în domeniul justiției, Monitorul Oficial nr. 874 din"
        " 16 octombrie 2018.",
    ],
)
def test_citations_are_not_discursive(text):
    assert not is_discursive(text)


def test_a_note_with_several_works_splits_at_semicolons_only_between_works():
    works = split_works(f"See {HARA[:-1]}; and {BROWN}")
    assert len(works) == 2
    assert works[0].startswith("Kimie Hara")
    assert not works[1].startswith("and ")  # "; and X": the joining word is not part of the second work
    assert split_works("Smith, J.; Jones, K. “A Title,” Journal 3 (2001): 4.") == [
        "Smith, J.; Jones, K. “A Title,” Journal 3 (2001): 4."
    ]
    assert len(split_works("“A; B and C,” Foreign Affairs, May 2020.")) == 1
    imf = ("International Monetary Fund, *Vietnam: 2023 Article IV Consultation—Press Release; Staff Report; and"
           " Statement by the Executive Director*, IMF Country Report No. 23/338, September 2023.")
    assert split_works(imf) == [imf]  # semicolons inside an italic title
    sici = (
        "Lorenz, E. N. Deterministic nonperiodic flow. J. Atmos. Sci. 20, 130–141 (1963)."
        " https://doi.org/10.1175/1520-0469(1963)020<0130:DNF>2.0.CO;2"
    )
    assert split_works(sici) == [sici]  # a ';' inside a DOI, no space around it, is kept as printed
    vancouver = (
        "Chandramohan D, Zongo I. Seasonal malaria vaccination. N Engl J Med. 2021;385(11):1005-17; World Health"
        " Organization. WHO guidelines for malaria. Geneva: World Health Organization; 2023."
    )  # the year after 'Publisher;' belongs to its work before that work is asked whether it cites something
    assert [w[:20] for w in split_works(vancouver)] == ["Chandramohan D, Zong", "World Health Organiz"]


def test_an_author_list_written_with_semicolons_heads_the_next_work_not_the_one_before():
    note = (
        "NEPSTAD, Daniel et al. Slowing Amazon deforestation. Science, v. 344, n. 6188, p. 1118-1123, 2014;"
        " ASSUNÇÃO, Juliano; GANDOUR, Clarissa; ROCHA, Romero. Deforestation slowdown in the Brazilian Amazon."
        " Environment and Development Economics, v. 20, n. 6, p. 697-722, 2015."
    )
    works = split_works(note)
    assert [w[:20] for w in works] == ["NEPSTAD, Daniel et a", "ASSUNÇÃO, Juliano; G"]
    refs = parse_note(note).references
    assert [a.family for a in refs[1].authors] == ["Assunção", "Gandour", "Rocha"]
    assert len(split_works("Wenger, Andreas; Mastny, Vojtech. *Origins of the European Security System*.")) == 1


def test_german_ders_after_a_journal_article_with_a_two_year_volume_is_a_second_work():
    note = (
        "Grundlegend Hanns W. Maull: Germany and Japan: The New Civilian Powers, in: Foreign Affairs 69 (1990/91) 5,"
        " S. 91–106; ders.: Deutschland als Zivilmacht, in: Siegmar Schmidt/Gunther Hellmann/Reinhard Wolf (Hg.):"
        " Handbuch zur deutschen Außenpolitik, Wiesbaden: VS Verlag für Sozialwissenschaften 2007."
    )
    refs = parse_note(note).references
    assert [r.title for r in refs] == ["Germany and Japan: The New Civilian Powers", "Deutschland als Zivilmacht"]
    assert [a.sort_form() for a in refs[1].authors] == ["Maull, Hanns W."]


def test_italic_id_is_ibid():
    assert parse_note("*Id.* at 351.").kind == "ibid"
    assert parse_note("_Ibid._, 12.").kind == "ibid"
    assert parse_note("Ibíd., p. 45.").kind == "ibid"  # Spanish
    assert parse_note("Ivi, p. 88.").kind == "ibid"  # Italian: the same work, another page


def test_a_source_cited_in_another_work_gives_both_works():
    works = split_works(
        "Friedrich List, *Das nationale System der politischen Ökonomie* (Stuttgart: Cotta, 1841), quoted in"
        " Ha-Joon Chang, *Kicking Away the Ladder* (London: Anthem Press, 2002), 4."
    )
    assert [w.split(",")[0] for w in works] == ["Friedrich List", "Ha-Joon Chang"]
    assert split_works("Quoted in Ha-Joon Chang, *Kicking Away the Ladder* (London: Anthem, 2002), 4.") == [
        "Ha-Joon Chang, *Kicking Away the Ladder* (London: Anthem, 2002), 4."
    ]
    assert len(split_works("A remark he made often, as quoted in Chang, *Kicking Away the Ladder*, 4.")) == 1


def test_ibid_and_short_forms_add_citations_to_the_work_they_repeat():
    library = build_library(
        [commentary(HARA, "Ibid., 45.", BROWN, "Hara, *Japanese-Soviet/Russian Relations*, 31–34.")]
    )
    assert len(library.references) == 2
    hara = next(r for r in library.references if r.authors[0].family == "Hara")
    assert [(c.note, c.locator) for c in hara.citations] == [("1", "12"), ("2", "45"), ("4", "31–34")]
    assert not library.problems


def test_author_and_title_alone_after_the_full_citation_is_a_short_form():
    """'Halliday, Great Stink of London.': no page, so no short-form pattern catches it; it reads as an
    author and a title with nothing else, which repeats the work cited in full before."""
    full = ("Stephen Halliday, The Great Stink of London: Sir Joseph Bazalgette and the Cleansing of the"
            " Victorian Metropolis (Stroud: Sutton, 1999).")
    library = build_library([commentary(full, BROWN, "Halliday, Great Stink of London.", "Ibid., 7.")])
    assert len(library.references) == 2
    halliday = next(r for r in library.references if r.authors[0].family == "Halliday")
    assert [(c.note, c.locator) for c in halliday.citations] == [("1", ""), ("3", ""), ("4", "7")]


def test_author_and_title_alone_with_no_matching_work_stays_a_citation():
    library = build_library([commentary(BROWN, "Halliday, Great Stink of London.")])
    assert len(library.references) == 2
    assert not [p for p in library.problems if "short form" in p.message]


def test_a_document_number_alone_repeats_the_work_it_numbers():
    full = "UN Security Council, Resolution 2672 (2023), S/RES/2672 (2023), 9 January 2023."
    rfc = ("Eric Rescorla, “The Transport Layer Security (TLS) Protocol Version 1.3,” RFC 8446, August 2018,"
           " https://www.rfc-editor.org/rfc/rfc8446.")
    library = build_library([commentary(full, rfc, "S/RES/2672 (2023).", "Rescorla, RFC 8446, sec. 4.2.8.")])
    assert sorted((r.number, [c.note for c in r.citations]) for r in library.references) == [
        ("RFC 8446", ["2", "4"]),
        ("S/RES/2672 (2023)", ["1", "3"]),
    ]


def test_a_clause_after_and_does_not_join_the_second_work():
    works = split_works("Kilian, L. (2009), ‘Not All Oil Price Shocks Are Alike’, *American Economic Review*, 99(3);"
                        " and for Germany specifically, Bachmann, R. et al. (2022), ‘What if?’, Policy Brief No. 028.")
    assert works[1].startswith("Bachmann, R.")


def test_semicolons_between_editors_do_not_split_the_note():
    works = split_works(
        'Morgan, Michael Cotey (2008). "North America, Atlanticism, and the making of the Helsinki Final Act". In'
        " Wenger, Andreas; Mastny, Vojtech; Nuenlist, Christian (eds.). Origins of the European Security System."
        " London: Routledge. doi:10.4324/9780203895306-8.")
    assert len(works) == 1


def test_idem_before_a_title_is_another_work_by_the_same_author():
    first = "AMORIM, Celso. Teerã, Ramalá e Doha: memórias da política externa ativa e altiva. São Paulo: Benvirá, 2015."
    library = build_library([commentary(first, "Idem. Breves narrativas diplomáticas. São Paulo: Benvirá, 2013.")])
    assert len(library.references) == 2
    assert {r.authors[0].family for r in library.references} == {"Amorim"}


def test_a_report_number_with_a_page_repeats_the_report():
    gao = ("U.S. Government Accountability Office, Strategic Petroleum Reserve: DOE Needs to Strengthen Its Approach,"
           " GAO-18-477, May 2018.")
    com = "European Commission, *REPowerEU Plan*, COM(2022) 230 final, Brussels, 18.5.2022."
    library = build_library([commentary(gao, com, "GAO-18-477, p. 35.", "COM(2022) 230 final, p. 6.")])
    assert sorted((r.number, [(c.note, c.locator) for c in r.citations]) for r in library.references) == [
        ("COM(2022) 230 final", [("2", ""), ("4", "6")]),
        ("GAO-18-477", [("1", ""), ("3", "35")]),
    ]
    assert not library.problems


def test_author_date_short_form_needs_the_year_to_agree():
    early = "Olivier Blanchard, “Public Debt and Low Interest Rates,” *American Economic Review* 109, no. 4 (2019)."
    late = "Olivier Blanchard, *Fiscal Policy under Low Interest Rates* (Cambridge, MA: MIT Press, 2023)."
    library = build_library([commentary(early, late, "Blanchard (2019), 1197.", "Blanchard 2023, 12.")])
    cited = {r.issued.year: [(c.note, c.locator) for c in r.citations] for r in library.references}
    assert cited == {2019: [("1", ""), ("3", "1197")], 2023: [("2", ""), ("4", "12")]}


def test_author_date_short_form_keeps_the_letter_of_its_year():
    a = "Salamon, Justin, and Juan Pablo Bello. 2014a. “A Dataset and Taxonomy.” In *Proceedings of ACM MM*, 1041–44."
    b = "Salamon, Justin, and Juan Pablo Bello. 2014b. *UrbanSound8K*. Dataset. Zenodo."
    library = build_library([commentary(a, b, "Salamon and Bello 2014a, 1043.", "Salamon and Bello 2014b.")])
    cited = {r.title: [c.note for c in r.citations] for r in library.references}
    assert cited == {"A Dataset and Taxonomy": ["1", "3"], "UrbanSound8K": ["2", "4"]}


def test_short_form_title_set_in_italics_is_the_book_not_the_article_of_that_name():
    book = "Nye, Joseph S., Jr. *Soft Power: The Means to Success in World Politics*. PublicAffairs, 2004."
    article = "Nye, Joseph S., Jr. \"Soft Power.\" *Foreign Policy*, no. 80, 1990, pp. 153-71."
    library = build_library([commentary(book, "Nye 11.", article, "Nye, *Soft Power* 94.")])
    book_ref = next(r for r in library.references if r.type == "book")
    assert [(c.note, c.locator) for c in book_ref.citations] == [("1", ""), ("2", "11"), ("4", "94")]


def test_organisation_short_form_by_its_initials():
    full = ("Congressional Budget Office, *The Budget and Economic Outlook: 2024 to 2034* (Washington, DC: CBO,"
            " February 2024), 1–2.")
    library = build_library([commentary(full, "CBO, *Budget and Economic Outlook*, 12.")])
    assert [(c.note, c.locator) for c in library.references[0].citations] == [("1", "1–2"), ("2", "12")]


def test_short_form_author_may_be_any_part_of_a_name_when_the_title_agrees():
    full = ("Kitaoka Shin’ichi, Nihon seiji shi: Gaikō to kenryoku [A political history of Japan] (Tokyo: Yūhikaku,"
            " 2011), 213.")
    library = build_library([commentary(full, "Kitaoka, Nihon seiji shi, 45.")])
    assert [c.note for c in library.references[0].citations] == ["1", "2"]


def test_cited_in_note_points_at_that_notes_work():
    library = build_library([commentary(HARA, BROWN, "See Hara (1998), cited in note 1.")])
    hara = next(r for r in library.references if r.authors[0].family == "Hara")
    assert [c.note for c in hara.citations] == ["1", "3"]


def test_several_surnames_and_a_title_repeat_a_work():
    full = ("Michaela D. Platzer, John F. Sargent Jr., and Karen M. Sutter, Semiconductors: U.S. Industry, Global"
            " Competition, and Federal Policy, CRS Report R46581 (Washington, DC: Congressional Research Service,"
            " October 26, 2020).")
    library = build_library([commentary(full, "Platzer, Sargent, and Sutter, Semiconductors.")])
    assert [c.note for c in library.references[0].citations] == ["1", "2"]


def test_op_cit_without_a_page_repeats_the_authors_work():
    full = "Raúl Prebisch, The Economic Development of Latin America (New York: United Nations, 1950), 5."
    library = build_library([commentary(full, "Prebisch, op. cit.")])
    assert [c.note for c in library.references[0].citations] == ["1", "2"]


def test_chinese_short_forms_repeat_the_work_by_author_and_title_or_by_note():
    full = "赵汀阳：《天下体系：世界制度哲学导论》，南京：江苏教育出版社，2005年。"
    library = build_library([commentary(full, BROWN, "赵汀阳：《天下体系》，前引书，第45页。", "同前注1，第7页。")])
    assert len(library.references) == 2
    zhao = next(r for r in library.references if r.title.startswith("天下体系"))
    assert [(c.note, c.locator) for c in zhao.citations] == [("1", ""), ("3", "45"), ("4", "7")]


def test_czech_short_forms_repeat_the_authors_work():
    kundera = "KUNDERA, Milan. Kniha smíchu a zapomnění. Brno: Atlantis, 1991."
    tabery = "TABERY, Erik. Opuštěná společnost. Praha: Paseka, 2017."
    library = build_library([commentary(kundera, tabery, "KUNDERA, c. d.", "TABERY, Opuštěná společnost, s. 201.")])
    assert len(library.references) == 2
    assert {r.authors[0].family: [(c.note, c.locator) for c in r.citations] for r in library.references} == {
        "Kundera": [("1", ""), ("3", "")], "Tabery": [("2", ""), ("4", "201")]}


def test_a_chinese_note_splits_at_the_full_width_semicolon():
    works = split_works("阎学通：《道义现实主义的国际关系理论》，《国际问题研究》2014年第5期；Yan Xuetong, *Leadership and"
                        " the Rise of Great Powers* (Princeton, NJ: Princeton University Press, 2019).")
    assert [w[:3] for w in works] == ["阎学通", "Yan"]


def test_abnt_op_cit_with_two_family_names_repeats_their_work():
    full = ("VIGEVANI, Tullo; CEPALUNI, Gabriel. A política externa de Lula da Silva. *Contexto Internacional*, Rio de"
            " Janeiro, v. 29, n. 2, p. 273-335, 2007.")
    library = build_library([commentary(full, "VIGEVANI; CEPALUNI, op. cit.")])
    assert [c.note for c in library.references[0].citations] == ["1", "2"]


def test_ibid_after_ibid_still_means_the_same_work():
    library = build_library([commentary(BROWN, "Ibid.", "Ibid., 7.")])
    assert len(library.references) == 1
    assert [c.note for c in library.references[0].citations] == ["1", "2", "3"]


def test_unresolvable_ibid_and_short_form_are_reported_not_dropped():
    library = build_library([commentary("Ibid., 3.", "Hara, *A Book Never Cited in Full*, 9.")])
    messages = [p.message for p in library.problems]
    assert any("Ibid." in m for m in messages)
    assert any("short form" in m for m in messages)
    assert [r.title for r in library.references] == ["A Book Never Cited in Full"]


def test_same_work_cited_in_full_twice_is_one_reference_with_both_citations():
    library = build_library([commentary(BROWN), commentary(BROWN, document="other.txt")])
    assert len(library.references) == 1
    assert [(c.document, c.note) for c in library.references[0].citations] == [("essay.md", "1"), ("other.txt", "1")]


def test_citation_carries_context_and_line():
    library = build_library([commentary(BROWN)])
    citation = library.references[0].citations[0]
    assert (citation.context, citation.line) == ("Sentence citing note 1.", 11)


def test_discursive_notes_are_kept_on_the_library():
    aside = (
        "The author is grateful to the two anonymous reviewers for their comments on an earlier draft of this essay."
    )
    library = build_library([commentary(aside, BROWN)])
    assert [n.label for n in library.discursive] == ["1"]
    assert len(library.references) == 1


def test_one_bad_note_does_not_stop_the_rest(monkeypatch):
    real = parse.parse_note

    def explode_on_first(text, **kwargs):
        if text.startswith("BOOM"):
            raise RuntimeError("unexpected shape")
        return real(text, **kwargs)

    monkeypatch.setattr(parse, "parse_note", explode_on_first)
    library = build_library([commentary("BOOM", BROWN)])
    assert len(library.references) == 1
    assert library.problems[0].note == "1" and "unexpected shape" in library.problems[0].message


def test_uncertain_notes_are_reported_with_document_line_and_label():
    library = build_library([commentary("Something that names no source at all")])
    assert library.problems
    problem = library.problems[0]
    assert (problem.document, problem.note, problem.line) == ("essay.md", "1", 11)


def test_cross_references_to_a_note_resolve_to_the_work_cited_there():
    """OSCOLA '(n 1) 185' and Bluebook 'supra note 1, at 12' name the note, not the title."""
    article = "Elizabeth Fisher, Eloise Scotford and Emily Barritt, 'The Legally Disruptive Nature of Climate Change' (2017) 80 MLR 173."
    library = build_library([commentary(article, BROWN, "Fisher, Scotford and Barritt (n 1) 185.",
                                        "Fisher et al., supra note 1, at 190.")])
    assert len(library.references) == 2
    fisher = next(r for r in library.references if r.title.startswith("The Legally"))
    assert [(c.note, c.locator) for c in fisher.citations] == [("1", ""), ("3", "185"), ("4", "190")]
    assert [a.family for a in fisher.authors] == ["Fisher", "Scotford", "Barritt"]
    assert (fisher.container, fisher.volume, fisher.pages, fisher.type) == ("MLR", "80", "173", "article-journal")


@pytest.mark.parametrize("note, kind, title, date", [
    ("Climate Change Act 2008, s 1(1).", "legislation", "Climate Change Act 2008", PartialDate(2008)),
    ("Climate Change Act 2008 (2050 Target Amendment) Order 2019, SI 2019/1056.", "legislation",
     "Climate Change Act 2008 (2050 Target Amendment) Order 2019", PartialDate(2019)),
    ("*R (Finch) v Surrey County Council* [2024] UKSC 20.", "legal_case", "R (Finch) v Surrey County Council",
     PartialDate(2024)),
    ("Brown v. Board of Education, 347 U.S. 483 (1954).", "legal_case", "Brown v. Board of Education",
     PartialDate(1954)),
    ("Verein KlimaSeniorinnen Schweiz v Switzerland App no 53600/20 (ECtHR, 9 April 2024).", "legal_case",
     "Verein KlimaSeniorinnen Schweiz v Switzerland", PartialDate(2024, 4, 9)),
    ("Directive 2011/92/EU of the European Parliament and of the Council of 13 December 2011 on the assessment of"
     " the effects of certain public and private projects on the environment [2012] OJ L26/1.", "legislation",
     "Directive 2011/92/EU of the European Parliament and of the Council of 13 December 2011 on the assessment of"
     " the effects of certain public and private projects on the environment", PartialDate(2011, 12, 13)),
])
def test_legal_citations_are_read_whole(note, kind, title, date):
    parsed = parse_note(note)
    assert parsed.kind == "citation"
    ref = parsed.references[0]
    assert (ref.type, ref.title, ref.issued) == (kind, title, date)


@pytest.mark.parametrize("note, expected", [
    ("R v Secretary of State for the Home Department, ex p Pierson [1998] AC 539 (HL).",
     {"type": "legal_case", "title": "R v Secretary of State for the Home Department, ex p Pierson", "container": "AC",
      "pages": "539", "issued": PartialDate(1998)}),
    ("Smith v Jones (1987) 84 Cr App R 1.", {"type": "legal_case", "container": "Cr App R", "volume": "84", "pages": "1"}),
    ("Jurisdictional Immunities of the State (Germany v Italy: Greece intervening) (Judgment) [2012] ICJ Rep 99.",
     {"type": "legal_case", "title": "Jurisdictional Immunities of the State (Germany v Italy: Greece intervening)",
      "genre": "Judgment", "container": "ICJ Rep", "pages": "99", "issued": PartialDate(2012)}),
    ("Legality of the Threat or Use of Nuclear Weapons (Advisory Opinion) [1996] ICJ Rep 226, para 25.",
     {"type": "legal_case", "title": "Legality of the Threat or Use of Nuclear Weapons", "genre": "Advisory Opinion"}),
    ("R (Miller) v Prime Minister [2019] UKSC 41.", {"type": "legal_case", "pages": "", "number": "[2019] UKSC 41"}),
    ("National Security Act 2023, pt 4.", {"type": "legislation", "title": "National Security Act 2023",
                                          "issued": PartialDate(2023)}),
    ("HC Deb 7 March 2022, vol 710 (Dame Margaret Hodge).", {"container": "HC Deb", "volume": "710",
                                                             "issued": PartialDate(2022, 3, 7)}),
    ("House of Commons Foreign Affairs Committee, Moscow's Gold: Russian Corruption in the UK (HC 2017–19, 932).",
     {"type": "report", "title": "Moscow's Gold: Russian Corruption in the UK", "number": "HC 2017–19, 932",
      "authors": (Name(literal="House of Commons Foreign Affairs Committee"),)}),
    ("Home Office, Protecting the Public (White Paper, Cm 5668, 2002).",
     {"type": "report", "title": "Protecting the Public", "genre": "White Paper", "number": "Cm 5668",
      "issued": PartialDate(2002)}),
    ("Edward Lucas, 'The Russia report won't be a damp squib' The Times (London, 19 July 2020).",
     {"type": "article-newspaper", "title": "The Russia report won't be a damp squib", "container": "The Times",
      "place": "London", "issued": PartialDate(2020, 7, 19)}),
    ("HM Government, 'UK sanctions relating to Russia' (GOV.UK) <https://www.gov.uk/x> accessed 4 November 2024.",
     {"title": "UK sanctions relating to Russia", "publisher": "GOV.UK", "url": "https://www.gov.uk/x"}),
])
def test_oscola_cases_papers_and_news(note, expected):
    """OSCOLA (UK law): 'R v ...', law reports, ICJ decisions, Hansard, parliamentary papers, news."""
    ref = parse_note(note, tagger=default_tagger()).references[0]
    assert {field: getattr(ref, field) for field in expected} == expected


@pytest.mark.parametrize("note, expected", [
    ("Rosenow, J. (2022) 'Is heating homes with hydrogen all but a pipe dream? An evidence review', *Joule*, 6(10),"
     " pp. 2225–2228. Available at: https://doi.org/10.1016/j.joule.2022.08.015.",
     {"type": "article-journal", "authors": (Name(family="Rosenow", given="J."),), "container": "Joule",
      "title": "Is heating homes with hydrogen all but a pipe dream? An evidence review", "volume": "6", "issue": "10"}),
    ("Harvey, F. (2022) 'Hydrogen is unsuitable for home heating, review concludes', *The Guardian*, 27 September.",
     {"title": "Hydrogen is unsuitable for home heating, review concludes", "container": "The Guardian",
      "issued": PartialDate(2022, 9, 27)}),
    ("HM Government (2021) *Heat and Buildings Strategy*. CP 388. London: HM Government.",
     {"type": "report", "number": "CP 388", "place": "London", "publisher": "HM Government"}),
    ("John Smith, *A History of Things*. Vol 3. London: Routledge, 2001.", {"type": "book", "volume": "3", "number": ""}),
])
def test_harvard_cite_them_right(note, expected):
    """UK Harvard: the year in brackets after the names, then the title in single quotes or italics."""
    ref = parse_note(note, tagger=default_tagger()).references[0]
    assert {field: getattr(ref, field) for field in expected} == expected


def test_a_body_and_year_alone_is_a_short_form():
    """Harvard notes repeat a work as 'International Energy Agency (2022).'; it matches the body's work."""
    full = "International Energy Agency (2022) *World Energy Outlook 2022*. Paris: IEA."
    library = build_library([commentary(full, "Smith, J. (2020) *Other Work*. London: Verso.",
                                        "International Energy Agency (2022), p. 4.")])
    weo = next(r for r in library.references if r.title == "World Energy Outlook 2022")
    assert [(c.note, c.locator) for c in weo.citations] == [("1", ""), ("3", "4")]
    assert len(library.references) == 2


@pytest.mark.parametrize("note, expected", [
    ("Tōgō Kazuhiko, *Hoppō ryōdo kōshō hiroku* [Secret record of the Northern Territories negotiations]"
     " (Tokyo: Shinchōsha, 2007), 118.",
     {"authors": (Name(family="Tōgō", given="Kazuhiko"),), "title": "Hoppō ryōdo kōshō hiroku", "container": "",
      "note": "[Secret record of the Northern Territories negotiations]", "publisher": "Shinchōsha"}),
    ("Kimie Hara, *Japanese-Soviet/Russian Relations since 1945* (London: Routledge, 1998).",
     {"authors": (Name(family="Hara", given="Kimie"),)}),
    ("Abe Fortas, *Concerning Dissent and Civil Disobedience* (New York: Signet, 1968).",
     {"authors": (Name(family="Fortas", given="Abe"),)}),
    ("*Sangiin yosan iinkai kaigiroku* [Minutes of the House of Councillors Budget Committee], 208th Diet,"
     " March 7, 2022.", {"type": "legislation", "genre": "208th Diet", "issued": PartialDate(2022, 3, 7)}),
    ("Joint Declaration by the Union of Soviet Socialist Republics and Japan, signed at Moscow, October 19, 1956,"
     " art. 9.", {"type": "treaty", "title": "Joint Declaration by the Union of Soviet Socialist Republics and Japan",
                  "place": "Moscow", "issued": PartialDate(1956, 10, 19)}),
    ("Hochreiter, S. (1991). *Untersuchungen zu dynamischen neuronalen Netzen* [Diploma thesis, Technische"
     " Universität München].", {"type": "thesis", "publisher": "Technische Universität München"}),
])
def test_japanese_names_records_and_translated_titles(note, expected):
    """Japanese names in Japanese order (Chicago 8.15), a title's translation kept as a note, Diet records, and
    treaties with the place of signature; an APA description in brackets is not a translation."""
    ref = parse_note(note, tagger=default_tagger()).references[0]
    assert {field: getattr(ref, field) for field in expected} == expected


@pytest.mark.parametrize("note, expected", [
    ("Brief van de minister van Buitenlandse Zaken van 22 december 2019 over de Ruslandstrategie, Kamerstukken II"
     " 2019/20, 35373, nr. 1.",
     {"type": "legislation", "authors": (), "container": "Kamerstukken II", "number": "2019/20, 35373, nr. 1",
      "title": "Brief van de minister van Buitenlandse Zaken van 22 december 2019 over de Ruslandstrategie",
      "issued": PartialDate(2019, 12, 22)}),
    ("Kamerstukken II 2014/15, 33529, nr. 143 (brief van de minister van Economische Zaken van 2 april 2015).",
     {"type": "legislation", "number": "2014/15, 33529, nr. 143", "issued": PartialDate(2015, 4, 2)}),
    ("Handelingen II 2019/20, nr. 45, item 12.", {"container": "Handelingen II", "number": "2019/20, nr. 45, item 12"}),
    ("Parlementaire enquêtecommissie Aardgaswinning Groningen, Groningers boven gas, Den Haag, 24 februari 2023.",
     {"authors": (Name(literal="Parlementaire enquêtecommissie Aardgaswinning Groningen"),),
      "title": "Groningers boven gas", "place": "Den Haag", "container": "", "issued": PartialDate(2023, 2, 24)}),
    ("Onderzoeksraad voor Veiligheid, Aardbevingsrisico's in Groningen, Den Haag: OVV, februari 2015.",
     {"authors": (Name(literal="Onderzoeksraad voor Veiligheid"),), "title": "Aardbevingsrisico's in Groningen",
      "place": "Den Haag", "publisher": "OVV", "issued": PartialDate(2015, 2)}),
])
def test_dutch_parliamentary_papers_and_bodies(note, expected):
    """The Dutch citation guide's parliamentary papers, bodies named with a lower-case compound
    ('enquêtecommissie', 'Onderzoeksraad'), and a body's seat alone or before its short name."""
    ref = parse_note(note, tagger=default_tagger()).references[0]
    assert {field: getattr(ref, field) for field in expected} == expected


def test_a_dutch_letter_with_a_date_is_no_aside():
    note = "Brief van de minister van Buitenlandse Zaken van 22 december 2019 over de Ruslandstrategie, nr. 1."
    assert not is_discursive(note)


@pytest.mark.parametrize(
    "note",
    ["Viz Tomáš Hrubeš, Název, Praha 2015.", "Srov. Tomáš Hrubeš, Název, Praha 2015.",
     "Se även Tomáš Hrubeš, Název, Praha 2015.", "Jfr Tomáš Hrubeš, Název, Praha 2015."],
)
def test_czech_and_scandinavian_lead_ins(note):
    from bibkit.reference import strip_lead_in

    assert strip_lead_in(note).startswith("Tomáš")


def test_french_and_german_conventions():
    """Lead-ins (Vgl., voir), access dates (consulté le), 'Paris, Seuil, 2013' and national laws."""
    from bibkit.reference import strip_lead_in

    assert strip_lead_in("Vgl. Volker Quaschning: Regenerative Energiesysteme, München 2015.").startswith("Volker")
    assert strip_lead_in("Voir Gabrielle Hecht, Le Rayonnement de la France, Paris, 2004.").startswith("Gabrielle")
    web = parse_note("Sharon Wajsbrot, « EDF : la facture grimpe », Les Echos, 12 janvier 2022,"
                     " https://www.lesechos.fr/x-1378231, consulté le 4 juillet 2023.").references[0]
    assert web.accessed == PartialDate(2023, 7, 4) and web.issued == PartialDate(2022, 1, 12)
    from bibkit.api import default_tagger

    seuil = parse_note("Sezin Topçu, La France nucléaire. L'art de gouverner une technologie contestée,"
                       " Paris, Seuil, 2013.", tagger=default_tagger()).references[0]
    assert (seuil.place, seuil.publisher) == ("Paris", "Seuil")
    loi = parse_note("Loi n° 2023-491 du 22 juin 2023 relative à l'accélération des procédures, JO du 23 juin 2023.")
    assert (loi.references[0].type, loi.references[0].issued) == ("legislation", PartialDate(2023, 6, 22))
    gesetz = parse_note("Gebäudeenergiegesetz vom 8. August 2020 (BGBl. I S. 1728).").references[0]
    assert (gesetz.title, gesetz.issued) == ("Gebäudeenergiegesetz", PartialDate(2020, 8, 8))


def test_ders_is_the_author_of_the_work_before():
    """German 'ders.:' (the same author) in a note citing two works: the second is read with the name written out."""
    parsed = parse_note(
        "Vgl. Münkler, Herfried: Die neuen Kriege, Reinbek bei Hamburg: Rowohlt 2002; ders.: Welt in Aufruhr. Die"
        " Ordnung der Mächte im 21. Jahrhundert, Berlin: Rowohlt Berlin 2023."
    )
    second = parsed.references[1]
    assert [a.family for a in second.authors] == ["Münkler"]
    assert (second.title, second.publisher, second.place) == (
        "Welt in Aufruhr. Die Ordnung der Mächte im 21. Jahrhundert", "Rowohlt Berlin", "Berlin")
    assert second.raw.startswith("ders.:")


def test_names_and_op_cit_resolve_to_an_edited_book():
    """'Lippert/von Ondarza/Perthes, a.a.O., S. 10': the editors' names, no title, a page."""
    short = parse_note("Lippert/von Ondarza/Perthes, a.a.O., S. 10.")
    assert (short.kind, short.short_author, short.locator) == ("short", "Lippert/von Ondarza/Perthes", "10")
    book = Reference(type="report", title="Strategische Autonomie Europas",
                     editors=(Name("Lippert", "Barbara"), Name("von Ondarza", "Nicolai"), Name("Perthes", "Volker")))
    assert parse.matches_short_form(book, short.short_author, short.short_title)


def test_supra_in_italics_is_a_cross_reference():
    short = parse_note("Merrill & Hickman, *supra* note 3, at 914.")
    assert (short.kind, short.short_author, short.short_note, short.locator) == ("short", "Merrill & Hickman", "3", "914")


@pytest.mark.parametrize(
    ("text", "kind", "locator", "author"),
    [
        ("Mt., s. 14.", "ibid", "14", ""),  # Finnish "mainittu teos", alone: the work before
        ("A.g.e., s. 95.", "ibid", "95", ""),  # Turkish "adı geçen eser", alone
        ("Там само. С. 220.", "ibid", "220", ""),  # Ukrainian
        ("Pamuk, a.g.e., s. 260.", "short", "260", "Pamuk"),
        ("Forsberg – Vaahtoranta, mt., s. 91.", "short", "91", "Forsberg – Vaahtoranta"),
        ("Bértola y Ocampo (2013), p. 210.", "short", "210", "Bértola y Ocampo"),
        ("Mt. Kenya Trust, Annual Report 2020.", "citation", "", ""),  # "Mt." before a name is no ibid
        ("Плохій С. Брама Європи. С. 112.", "short", "112", "Плохій С."),  # GOST/DSTU: initials, title, page
        ("Snyder T. Bloodlands. P. 45–47.", "short", "45–47", "Snyder T."),
        ("Wallis, above n 8, 45.", "short", "45", "Wallis"),
        ("Bourdieu, « L’opinion publique n’existe pas », art. cité, p. 1295.", "short", "1295", "Bourdieu"),  # cross references in the older house styles
        ("Antimicrobial Resistance Collaborators (note 2 above).", "short", "", "Antimicrobial Resistance Collaborators"),
    ],
)
def test_ibid_and_op_cit_in_other_languages(text, kind, locator, author):
    parsed = parse_note(text)
    assert (parsed.kind, parsed.locator, parsed.short_author) == (kind, locator, author)
