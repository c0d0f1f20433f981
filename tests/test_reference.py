"""Parsing one reference: each citation style and note shape the parser must read.

The references cite real works; the expected values are their bibliographic facts.
Rules alone (no tagger) must get these right: they are the shapes rules own.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bibkit.model import Name, PartialDate
from bibkit.reference import _COLON_AUTHOR, Draft, _parse_colon_author, clean_url, find_title_span, parse_reference


def authors(ref):
    return [a.sort_form() for a in ref.authors]


def _value(ref, name):
    return authors(ref) if name == "authors" else getattr(ref, name)


CASES = [
    pytest.param(
        "Kimie Hara, *Japanese-Soviet/Russian Relations since 1945: A Difficult Peace* (London: Routledge, 1998), 12.",
        dict(
            type="book",
            authors=["Hara, Kimie"],
            title="Japanese-Soviet/Russian Relations since 1945: A Difficult Peace",
            place="London",
            publisher="Routledge",
            issued=PartialDate(1998),
            pages="12",
        ),
        id="chicago-book-italic",
    ),
    pytest.param(
        "Daniel Yergin, The Prize: The Epic Quest for Oil, Money, and Power (New York: Simon & Schuster, 1991), 212.",
        dict(
            type="book",
            authors=["Yergin, Daniel"],
            title="The Prize: The Epic Quest for Oil, Money, and Power",
            place="New York",
            publisher="Simon & Schuster",
            issued=PartialDate(1991),
        ),
        id="chicago-book-italics-lost",
    ),
    pytest.param(
        "John J. Mearsheimer, “Why the Ukraine Crisis Is the West’s Fault: The Liberal Delusions That Provoked Putin,”"
        " *Foreign Affairs* 93, no. 5 (2014): 77–89.",
        dict(
            type="article-journal",
            authors=["Mearsheimer, John J."],
            container="Foreign Affairs",
            volume="93",
            issue="5",
            issued=PartialDate(2014),
            pages="77–89",
            title="Why the Ukraine Crisis Is the West’s Fault: The Liberal Delusions That Provoked Putin",
        ),
        id="chicago-journal",
    ),
    pytest.param(
        "Robert Jervis, “Cooperation under the Security Dilemma,” World Politics 30, no. 2 (1978): 167–214,"
        " https://doi.org/10.2307/2009958.",
        dict(
            type="article-journal",
            authors=["Jervis, Robert"],
            title="Cooperation under the Security Dilemma",
            container="World Politics",
            volume="30",
            issue="2",
            pages="167–214",
            doi="10.2307/2009958",
            url="",
        ),
        id="chicago-journal-doi-url",
    ),
    pytest.param(
        "Huntington, Samuel P. “The Clash of Civilizations?” Foreign Affairs, vol. 72, no. 3, 1993, pp. 22–49.",
        dict(
            type="article-journal",
            authors=["Huntington, Samuel P."],
            title="The Clash of Civilizations?",
            container="Foreign Affairs",
            volume="72",
            issue="3",
            issued=PartialDate(1993),
            pages="22–49",
        ),
        id="mla-journal",
    ),
    pytest.param(
        "Fearon, J. D. (1995). Rationalist explanations for war. International Organization, 49(3), 379–414."
        " https://doi.org/10.1017/S0020818300033324",
        dict(
            type="article-journal",
            authors=["Fearon, J. D."],
            title="Rationalist explanations for war",
            container="International Organization",
            volume="49",
            issue="3",
            pages="379–414",
            issued=PartialDate(1995),
            doi="10.1017/S0020818300033324",
        ),
        id="apa-journal",
    ),
    pytest.param(
        "Yergin, Daniel. The Prize: The Epic Quest for Oil, Money, and Power. New York: Simon & Schuster, 1991.",
        dict(
            type="book",
            authors=["Yergin, Daniel"],
            title="The Prize: The Epic Quest for Oil, Money, and Power",
            place="New York",
            publisher="Simon & Schuster",
            issued=PartialDate(1991),
        ),
        id="bibliography-book-plain",
    ),
    pytest.param(
        "International Energy Agency, *World Energy Outlook 2022* (Paris: IEA, 2022), 112.",
        dict(
            type="report",
            authors=["International Energy Agency"],
            title="World Energy Outlook 2022",
            place="Paris",
            publisher="IEA",
            issued=PartialDate(2022),
        ),
        id="report-corporate-author",
    ),
    pytest.param(
        "National Defense Strategy (Department of Defense, 2018).",
        dict(
            type="report",
            authors=[],
            title="National Defense Strategy",
            publisher="Department of Defense",
            issued=PartialDate(2018),
        ),
        id="government-document-unquoted",
    ),
    pytest.param(
        "Mainichi Shimbun, May 26, 2014.",
        dict(
            type="article-newspaper",
            authors=[],
            title="",
            container="Mainichi Shimbun",
            issued=PartialDate(2014, 5, 26),
        ),
        id="newspaper-without-title",
    ),
    pytest.param(
        "Yomiuri Shimbun, 12 April 2022, 3.",
        dict(
            type="article-newspaper",
            title="",
            container="Yomiuri Shimbun",
            issued=PartialDate(2022, 4, 12),
            pages="3",
        ),
        id="newspaper-day-month-pages",
    ),
    pytest.param(
        "Motoko Rich and Hikari Hida, “Japan Joins Sanctions on Russia,” New York Times, February 25, 2022.",
        dict(
            type="article-newspaper",
            authors=["Rich, Motoko", "Hida, Hikari"],
            title="Japan Joins Sanctions on Russia",
            container="New York Times",
            issued=PartialDate(2022, 2, 25),
        ),
        id="newspaper-two-authors",
    ),
    pytest.param(
        "“Japan-Russia Relations (Basic Data),” Ministry of Foreign Affairs of Japan, accessed May 1, 2022,"
        " https://www.mofa.go.jp/region/europe/russia/data.html.",
        dict(
            type="webpage",
            title="Japan-Russia Relations (Basic Data)",
            container="Ministry of Foreign Affairs of Japan",
            accessed=PartialDate(2022, 5, 1),
            issued=None,
            url="https://www.mofa.go.jp/region/europe/russia/data.html",
        ),
        id="webpage-accessed",
    ),
    pytest.param(
        "“Policy Speech by Prime Minister Kishida to the 208th Session of the Diet,” Prime Minister of Japan and His"
        " Cabinet, January 17, 2022, https://japan.kantei.go.jp/101_kishida/statement/202201/_00009.html",
        dict(
            type="speech",
            title="Policy Speech by Prime Minister Kishida to the 208th Session of the Diet",
            container="Prime Minister of Japan and His Cabinet",
            issued=PartialDate(2022, 1, 17),
            url="https://japan.kantei.go.jp/101_kishida/statement/202201/_00009.html",
        ),
        id="speech-with-url",
    ),
    pytest.param(
        "Gilbert Rozman, “Japan and Russia in the Shadow of China,” in *The Routledge Handbook of Russian Foreign"
        " Policy*, ed. Andrei P. Tsygankov (London: Routledge, 2018), 321–35.",
        dict(
            type="chapter",
            authors=["Rozman, Gilbert"],
            title="Japan and Russia in the Shadow of China",
            container="The Routledge Handbook of Russian Foreign Policy",
            place="London",
            publisher="Routledge",
            issued=PartialDate(2018),
            pages="321–35",
        ),
        id="chapter-in-edited-book",
    ),
    pytest.param(
        "Hornung, Jeffrey W. *Japan’s Potential Contributions in an East China Sea Contingency*. Santa Monica, CA:"
        " RAND Corporation, 2020.",
        dict(
            type="report",
            authors=["Hornung, Jeffrey W."],
            place="Santa Monica, CA",
            publisher="RAND Corporation",
            issued=PartialDate(2020),
            title="Japan’s Potential Contributions in an East China Sea Contingency",
        ),
        id="bibliography-report-place-with-state",
    ),
    pytest.param(
        "Lyu Yaodong, „Abe’s „Total Settlement of Japan’s Post-War Diplomacy” and Its Dilemma,” China International"
        " Studies 84 (2020): 154-157.",
        dict(
            type="article-journal",
            authors=["Lyu, Yaodong"],
            volume="84",
            pages="154–157",
            issued=PartialDate(2020),
            container="China International Studies",
            title="Abe’s „Total Settlement of Japan’s Post-War Diplomacy” and Its Dilemma",
        ),
        id="nested-low-quotes-family-first",
    ),
    pytest.param(
        "See also Taisuke Abiru, “Japan-Russia Relations in the Post-Abe Era,” Carnegie Moscow Center, March 3, 2021.",
        dict(
            type="webpage",
            authors=["Abiru, Taisuke"],
            title="Japan-Russia Relations in the Post-Abe Era",
            container="Carnegie Moscow Center",
            issued=PartialDate(2021, 3, 3),
        ),
        id="lead-in-see-also",
    ),
    pytest.param(
        "For a contrasting view of the talks, see James D.J. Brown, “Japan’s Policy toward Russia,” RUSI,"
        " June 10, 2021.",
        dict(authors=["Brown, James D.J."], title="Japan’s Policy toward Russia", container="RUSI",
             issued=PartialDate(2021, 6, 10)),
        id="lead-in-clause-then-see",
    ),
    pytest.param(
        "I doubt this reading of the summit. See James D.J. Brown, “Japan’s Policy toward Russia,” RUSI,"
        " June 10, 2021.",
        dict(authors=["Brown, James D.J."], title="Japan’s Policy toward Russia", container="RUSI",
             issued=PartialDate(2021, 6, 10)),
        id="own-sentence-then-see",
    ),
    pytest.param(
        "Cited in “Japan Stands with Ukraine,” The Government of Japan, last modified March 11, 2022,"
        " https://japan.kantei.go.jp/ongoingtopics/pdf/jp_stands_with_ukraine_eng.pdf.",
        dict(
            title="Japan Stands with Ukraine",
            container="The Government of Japan",
            issued=None,
            modified=PartialDate(2022, 3, 11),
            url="https://japan.kantei.go.jp/ongoingtopics/pdf/jp_stands_with_ukraine_eng.pdf",
        ),
        id="lead-in-cited-in-last-modified",
    ),
    pytest.param(
        "Olga Oliker, ed., *Russia’s Nuclear Doctrine*, 2nd ed. (Washington, DC: CSIS, 2016).",
        dict(
            type="book",
            title="Russia’s Nuclear Doctrine",
            edition="2",
            place="Washington, DC",
            publisher="CSIS",
        ),
        id="book-edition",
    ),
    pytest.param(
        "Studin, I. (2012, August 29). Polar melting signals end of ‘Pax Arctica’. Financial Times.",
        dict(
            authors=["Studin, I."], issued=PartialDate(2012, 8, 29), title="Polar melting signals end of ‘Pax Arctica’"
        ),
        id="apa-full-date-and-a-quoted-phrase-inside-the-title",
    ),
    pytest.param(
        "Bradsher, K. 2010, 'Amid Tension, China Blocks Vital Exports to Japan', *The New York Times*, 22 September.",
        dict(
            authors=["Bradsher, K."],
            issued=PartialDate(2010, 9, 22),
            container="The New York Times",
            title="Amid Tension, China Blocks Vital Exports to Japan",
        ),
        id="harvard-year-and-day-month-apart",
    ),
    pytest.param(
        "Hufbauer, Gary Clyde, Jeffrey J. Schott, Kimberly Ann Elliott, and Barbara Oegg. Economic Sanctions"
        " Reconsidered. 3rd ed. Washington, DC: Peterson Institute for International Economics, 2007.",
        dict(authors=["Hufbauer, Gary Clyde", "Schott, Jeffrey J.", "Elliott, Kimberly Ann", "Oegg, Barbara"]),
        id="bibliography-first-author-inverted-then-given-family",
    ),
    pytest.param(
        "Keir Giles, Russia's 'New' Tools for Confronting the West (London: Chatham House, 2016).",
        dict(
            authors=["Giles, Keir"],
            title="Russia's 'New' Tools for Confronting the West",
            place="London",
            publisher="Chatham House",
        ),
        id="quoted-word-inside-an-unquoted-title",
    ),
    pytest.param(
        "“Putin’s Annual Press Conference,” Kremlin, December 23, 2021, https://www.youtube.com/watch?v=abc123XYZ.",
        dict(
            type="motion_picture",
            title="Putin’s Annual Press Conference",
            container="Kremlin",
            url="https://www.youtube.com/watch?v=abc123XYZ",
        ),
        id="video",
    ),
    pytest.param(
        'K. He, X. Zhang, S. Ren, and J. Sun, "Deep residual learning for image recognition," in Proc. IEEE Conf.'
        " Comput. Vis. Pattern Recognit. (CVPR), Las Vegas, NV, USA, Jun. 2016, pp. 770–778.",
        dict(
            type="paper-conference",
            authors=["He, K.", "Zhang, X.", "Ren, S.", "Sun, J."],
            container="Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR)",
            place="Las Vegas, NV, USA",
            issued=PartialDate(2016, 6),
            pages="770–778",
        ),
        id="ieee-conference-paper-with-its-place",
    ),
    pytest.param(
        'J. Koomey, "Growth in data center electricity use 2005 to 2010," Analytics Press, Oakland, CA, USA,'
        " Aug. 2011. [Online]. Available: https://www.koomey.com/research.html",
        dict(
            type="report",
            publisher="Analytics Press",
            place="Oakland, CA, USA",
            issued=PartialDate(2011, 8),
            url="https://www.koomey.com/research.html",
            note="",
        ),
        id="ieee-report-publisher-before-the-place",
    ),
    pytest.param(
        'A. Vaswani et al., "Attention is all you need," 2017, arXiv:1706.03762.',
        dict(authors=["Vaswani, A."], number="arXiv:1706.03762", issued=PartialDate(2017), note=""),
        id="arxiv-preprint",
    ),
    pytest.param(
        'A. Krizhevsky, "Learning multiple layers of features from tiny images," Univ. Toronto, Toronto, ON,'
        " Canada, Tech. Rep., Apr. 2009.",
        dict(type="report", publisher="Univ. Toronto", place="Toronto, ON, Canada", issued=PartialDate(2009, 4)),
        id="ieee-technical-report",
    ),
    pytest.param(
        "Borges, Jorge Luis. “El Hacedor.” Vol. 2 of Obras completas. Barcelona: Emecé Editores, 1989.",
        dict(place="Barcelona", publisher="Emecé Editores"),
        id="place-after-a-sentence-is-not-the-sentence",
    ),
    pytest.param(
        "Treaty on the Non-Proliferation of Nuclear Weapons, July 1, 1968, 21 U.S.T. 483, 729 U.N.T.S. 161.",
        dict(type="treaty", title="Treaty on the Non-Proliferation of Nuclear Weapons", issued=PartialDate(1968, 7, 1),
             volume="21", pages="483"),
        id="treaty-in-a-treaty-series",
    ),
    pytest.param(
        "Vienna Convention on the Law of Treaties (adopted 23 May 1969, entered into force 27 January 1980)"
        " 1155 UNTS 331, art 31.",
        dict(type="treaty", title="Vienna Convention on the Law of Treaties", issued=PartialDate(1969, 5, 23),
             volume="1155", pages="331"),
        id="treaty-oscola",
    ),
    pytest.param(
        "Regulation (EU) 2019/943 on the internal market for electricity. (2019). Official Journal of the"
        " European Union, L 158. https://eur-lex.europa.eu/eli/reg/2019/943/oj",
        dict(type="legislation", title="Regulation (EU) 2019/943 on the internal market for electricity",
             container="Official Journal of the European Union", issued=PartialDate(2019),
             url="https://eur-lex.europa.eu/eli/reg/2019/943/oj"),
        id="eu-act-named-by-number-apa",
    ),
    pytest.param(
        "Kokusai Kyōryoku Ginkō [Japan Bank for International Cooperation], *Kaigai chokusetsu tōshi ankēto*"
        " [Survey on overseas business operations] (Tōkyō: JBIC, 2023).",
        dict(authors=["Kokusai Kyōryoku Ginkō"], title="Kaigai chokusetsu tōshi ankēto",
             note="[Survey on overseas business operations]"),
        id="translated-names-and-titles-in-brackets",
    ),
    pytest.param(
        "Vgl. Ulrich Beck: Risikogesellschaft. Auf dem Weg in eine andere Moderne, Frankfurt am Main:"
        " Suhrkamp 1986, S. 25.",
        dict(type="book", authors=["Beck, Ulrich"], title="Risikogesellschaft. Auf dem Weg in eine andere Moderne",
             place="Frankfurt am Main", publisher="Suhrkamp", issued=PartialDate(1986), pages="25"),
        id="german-author-colon-title",
    ),
    pytest.param(
        "Umweltbundesamt (Hrsg.): Klimaschutz in Zahlen, Dessau-Roßlau, Mai 2023.",
        dict(authors=["Umweltbundesamt"], title="Klimaschutz in Zahlen", issued=PartialDate(2023, 5)),
        id="german-issuing-body-colon-title",
    ),
    pytest.param(
        "Brown v. Board of Education, 347 U.S. 483, 495 (1954).",
        dict(type="legal_case", title="Brown v. Board of Education", container="U.S.", volume="347", pages="483",
             issued=PartialDate(1954)),
        id="bluebook-case-reporter",
    ),
    pytest.param(
        "Italo Calvino, Lezioni americane, Milano, Garzanti, 1988, p. 12.",
        dict(place="Milano", publisher="Garzanti", issued=PartialDate(1988)),
        id="italian-place-comma-publisher-comma-year",
    ),
    pytest.param(
        "*See* Daniel J. Solove, *A Taxonomy of Privacy*, 154 U. Pa. L. Rev. 477, 480 (2006).",
        dict(type="article-journal", authors=["Solove, Daniel J."], title="A Taxonomy of Privacy",
             container="U. Pa. L. Rev.", volume="154", pages="477", issued=PartialDate(2006)),
        id="bluebook-article-after-an-italic-signal",
    ),
    pytest.param(
        'Basmann, R. L. "A Generalized Classical Method," Econometrica, Vol. 25 (1957).',
        dict(container="Econometrica", volume="25", issued=PartialDate(1957)),
        id="capitalised-vol-after-the-journal",
    ),
    pytest.param(
        'Flajolet, Philippe (1995), "Mellin transforms", Theoretical Computer Science 144 (1–2): 101–124',
        dict(container="Theoretical Computer Science", volume="144", issue="1–2", pages="101–124"),
        id="issue-range-in-parentheses",
    ),
    pytest.param(
        'Tilles, Seymour. "How to Evaluate Corporate Strategy." Harvard Business Review, XLI (July-August, 1963), '
        "pp. 111-21",
        dict(container="Harvard Business Review", volume="XLI", publisher="", issued=PartialDate(1963, 7)),
        id="bimonthly-issue-date",
    ),
    pytest.param(
        'Morton, Michael S. "Display Systems." Industrial Management Review, IX (Fall, 1967), pp. 70-81.',
        dict(publisher="", issued=PartialDate(1967), pages="70–81"),
        id="season-comma-year",
    ),
    pytest.param(
        "LeCun, Y. (1998). *The MNIST database*. http://yann.lecun.com/exdb/mnist/ (Internet Archive copy:"
        " https://web.archive.org/web/2024/http://yann.lecun.com/exdb/mnist/)",
        dict(publisher="", note="Internet Archive copy"),
        id="label-of-a-second-link",
    ),
    pytest.param(
        "Rasp, S., Dueben, P. D., Scher, S., & Thuerey, N. (2020). WeatherBench: A benchmark data set for"
        " data-driven weather forecasting. *Journal of Advances in Modeling Earth Systems*, 12(11), e2020MS002203.",
        dict(type="article-journal", authors=["Rasp, S.", "Dueben, P. D.", "Scher, S.", "Thuerey, N."],
             title="WeatherBench: A benchmark data set for data-driven weather forecasting",
             container="Journal of Advances in Modeling Earth Systems", volume="12", issue="11"),
        id="apa-plain-title-italic-journal",
    ),
    pytest.param(
        "Hersbach, H., Bell, B., Berrisford, P., et al. (2023). *ERA5 hourly data on single levels* [Data set]."
        " Copernicus Climate Change Service (C3S) Climate Data Store (CDS). https://doi.org/10.24381/cds.adbb2d47",
        dict(type="dataset", authors=["Hersbach, H.", "Bell, B.", "Berrisford, P."], genre="Data set",
             publisher="Copernicus Climate Change Service (C3S) Climate Data Store (CDS)"),
        id="apa-data-set",
    ),
    pytest.param(
        "The pandas development team. (2024). *pandas-dev/pandas: Pandas* (Version v2.2.2) [Computer software]."
        " Zenodo. https://doi.org/10.5281/zenodo.3509134",
        dict(type="software", title="pandas-dev/pandas: Pandas", publisher="Zenodo", note="Version v2.2.2"),
        id="apa-software-with-version",
    ),
    pytest.param(
        "Hochreiter, S. (1991). *Untersuchungen zu dynamischen neuronalen Netzen* [Diploma thesis, Technische"
        " Universität München].",
        dict(type="thesis", genre="Diploma thesis", publisher="Technische Universität München"),
        id="apa-thesis-and-school-in-brackets",
    ),
    pytest.param(
        "Lorenz, E. N. (1972, December 29). *Predictability: Does the flap of a butterfly's wings in Brazil set off"
        " a tornado in Texas?* [Conference presentation]. 139th Meeting of the American Association for the"
        " Advancement of Science, Washington, DC, United States.",
        dict(type="speech", container="139th Meeting of the American Association for the Advancement of Science",
             place="Washington, DC, United States", publisher="", issued=PartialDate(1972, 12, 29)),
        id="apa-conference-presentation-event-and-place",
    ),
    pytest.param(
        "Pathak, J., Subramanian, S., et al. (2022). *FourCastNet: A global data-driven weather model*"
        " (arXiv:2202.11214). arXiv. https://doi.org/10.48550/arXiv.2202.11214",
        dict(type="document", number="arXiv:2202.11214", publisher="arXiv", note=""),
        id="apa-preprint-names-its-repository",
    ),
    pytest.param(
        "Vaswani, A., Shazeer, N., Kaiser, Ł., & Polosukhin, I. (2017). Attention is all you need.",
        dict(authors=["Vaswani, A.", "Shazeer, N.", "Kaiser, Ł.", "Polosukhin, I."]),
        id="initial-outside-ascii",
    ),
    pytest.param(
        "Véase, por ejemplo, Eduardo Galeano, Las venas abiertas de América Latina, México, Siglo XXI Editores, 1971.",
        dict(type="book", authors=["Galeano, Eduardo"], title="Las venas abiertas de América Latina",
             place="México", publisher="Siglo XXI Editores", issued=PartialDate(1971)),
        id="spanish-lead-in-and-city-publisher",
    ),
    pytest.param(
        "Hernando de Soto, El otro sendero: la revolución informal, Lima, Editorial El Barranco, 1986.",
        dict(type="book", place="Lima", publisher="Editorial El Barranco", genre=""),
        id="spanish-editorial-is-a-publisher-not-a-genre",
    ),
    pytest.param(
        "Verónica Amarante y Juan Pablo Jiménez, «Distribución del ingreso», Cuadernos de Economía, vol. 35,"
        " n.º 67, 2016, pp. 39-73.",
        dict(authors=["Amarante, Verónica", "Jiménez, Juan Pablo"], volume="35", issue="67", pages="39–73"),
        id="spanish-numero-abbreviation",
    ),
    pytest.param(
        "Raúl Prebisch, «El desarrollo económico de la América Latina», Boletín Económico de América Latina,"
        " vol. VII, n.º 1, Santiago de Chile, febrero de 1962 (publicado originalmente por la CEPAL en 1949).",
        dict(issued=PartialDate(1962, 2), volume="VII", issue="1", publisher=""),
        id="spanish-month-de-year-and-a-prose-remark",
    ),
    pytest.param(
        "C. Beccaria, Dei delitti e delle pene, a cura di F. Venturi, Torino, Einaudi, 1965, § XII.",
        dict(editors=(Name(family="Venturi", given="F."),), title="Dei delitti e delle pene", place="Torino", publisher="Einaudi",
             pages="XII"),
        id="italian-a-cura-di-and-section-locator",
    ),
    pytest.param(
        "L. Ferrajoli, Diritto e ragione. Teoria del garantismo penale, Roma-Bari, Laterza, 1989.",
        dict(title="Diritto e ragione. Teoria del garantismo penale", place="Roma-Bari", publisher="Laterza"),
        id="italian-subtitle-and-two-seat-publisher",
    ),
    pytest.param(
        "Gary Clyde Hufbauer, Jeffrey J. Schott, Kimberly Ann Elliott, and Barbara Oegg, Economic Sanctions"
        " Reconsidered, 3rd ed. (Washington, DC: Peterson Institute for International Economics, 2007).",
        dict(authors=["Hufbauer, Gary Clyde", "Schott, Jeffrey J.", "Elliott, Kimberly Ann", "Oegg, Barbara"],
             title="Economic Sanctions Reconsidered", edition="3", place="Washington, DC"),
        id="four-authors-before-a-plain-title",
    ),
    pytest.param(
        "U.S. Government Accountability Office, Economic Sanctions: Agencies Assess Impacts on Targets,"
        " GAO-20-145 (Washington, DC, October 2019).",
        dict(type="report", title="Economic Sanctions: Agencies Assess Impacts on Targets", number="GAO-20-145",
             issued=PartialDate(2019, 10)),
        id="report-code-after-a-plain-title",
    ),
    pytest.param(
        "European Commission, *REPowerEU Plan*, COM(2022) 230 final, Brussels, 18.5.2022.",
        dict(type="report", authors=["European Commission"], title="REPowerEU Plan", number="COM(2022) 230 final",
             place="Brussels", issued=PartialDate(2022, 5, 18)),
        id="commission-document-number-is-no-date",
    ),
    pytest.param(
        "Nye, Joseph S., Jr. *Soft Power: The Means to Success in World Politics*. PublicAffairs, 2004.",
        dict(type="book", title="Soft Power: The Means to Success in World Politics", publisher="PublicAffairs",
             container="", issued=PartialDate(2004)),
        id="mla-book-publisher-after-an-italic-title",
    ),
    pytest.param(
        "Reuters, “Russia’s Gazprom halts gas supplies to Poland and Bulgaria”, 27 April 2022.",
        dict(type="article-newspaper", authors=[], container="Reuters", issued=PartialDate(2022, 4, 27)),
        id="news-agency-before-a-quoted-title-is-where-it-ran",
    ),
    pytest.param(
        "IEA (2022), *A 10-Point Plan to Reduce the European Union’s Reliance on Russian Natural Gas*, IEA, Paris"
        " https://www.iea.org/reports/a-10-point-plan, Licence: CC BY 4.0",
        dict(type="report", publisher="IEA", place="Paris", container="", note="",
             url="https://www.iea.org/reports/a-10-point-plan"),
        id="publisher-then-its-seat-and-a-licence-notice",
    ),
    pytest.param(
        "Regulation (EU) 2022/1032 of the European Parliament and of the Council of 29 June 2022 amending"
        " Regulations (EU) 2017/1938 and (EC) No 715/2009 with regard to gas storage, OJ L 173, 30.6.2022, p. 17.",
        dict(type="legislation", title="Regulation (EU) 2022/1032 of the European Parliament and of the Council of"
             " 29 June 2022 amending Regulations (EU) 2017/1938 and (EC) No 715/2009 with regard to gas storage",
             container="OJ L", issue="173", pages="17", issued=PartialDate(2022, 6, 29)),
        id="eu-act-in-the-official-journal",
    ),
    pytest.param(
        "Gas Infrastructure Europe, AGSI+ Aggregated Gas Storage Inventory (dataset), https://agsi.gie.eu/"
        " (accessed 4 March 2024).",
        dict(type="dataset", authors=["Gas Infrastructure Europe"], title="AGSI+ Aggregated Gas Storage Inventory",
             accessed=PartialDate(2024, 3, 4)),
        id="body-then-a-dataset",
    ),
    pytest.param(
        "ISO/IEC 18033-2:2006, *Information Technology — Security Techniques — Encryption Algorithms — Part 2:"
        " Asymmetric Ciphers* (Geneva: ISO, 2006).",
        dict(type="report", authors=[], number="ISO/IEC 18033-2:2006", publisher="ISO", place="Geneva"),
        id="standard-number-where-the-author-stands",
    ),
    pytest.param(
        "Ley 27.742, “Ley de Bases y Puntos de Partida para la Libertad de los Argentinos”, *Boletín Oficial*,"
        " 8 de julio de 2024.",
        dict(type="legislation", title="Ley de Bases y Puntos de Partida para la Libertad de los Argentinos",
             number="Ley 27.742", container="Boletín Oficial", issued=PartialDate(2024, 7, 8)),
        id="spanish-law-with-its-name-quoted-and-its-gazette",
    ),
    pytest.param(
        "The best-known statement is Stephanie Kelton, *The Deficit Myth* (New York: PublicAffairs, 2020).",
        dict(type="book", authors=["Kelton, Stephanie"], publisher="PublicAffairs"),
        id="the-notes-own-words-before-the-author",
    ),
    pytest.param(
        "Abercrombie, S., (1984), “Architecture As Art: An Aesthetic”, Van Nostrand Reinhold, New York.",
        dict(publisher="Van Nostrand Reinhold", place="New York", container=""),
        id="publisher-before-its-city",
    ),
    pytest.param(
        "AV Dicey, Introduction to the Study of the Law of the Constitution (10th edn, Macmillan 1959) 39-40.",
        dict(type="book", publisher="Macmillan", edition="10", issued=PartialDate(1959)),
        id="oscola-book-with-no-place",
    ),
    pytest.param(
        "Case C-621/18 Wightman v Secretary of State for Exiting the European Union EU:C:2018:999.",
        dict(type="legal_case", title="Wightman v Secretary of State for Exiting the European Union",
             number="Case C-621/18 EU:C:2018:999", issued=PartialDate(2018)),
        id="eu-court-case-with-its-identifier",
    ),
    pytest.param(
        "Supreme Court, 'Press Summary: R (on the application of Miller and another) v Secretary of State for"
        " Exiting the European Union' (24 January 2017) <https://www.supremecourt.uk/cases/docs/press-summary.pdf>"
        " accessed 3 May 2021.",
        dict(authors=["Supreme Court"], title="Press Summary: R (on the application of Miller and another) v"
             " Secretary of State for Exiting the European Union", issued=PartialDate(2017, 1, 24)),
        id="quoted-title-about-a-case-is-no-case",
    ),
    pytest.param(
        "HC Deb 15 January 2019, vol 652, col 1125.",
        dict(type="legislation", container="HC Deb", volume="652", pages="1125", issued=PartialDate(2019, 1, 15)),
        id="hansard",
    ),
    pytest.param(
        "Loi n° 2023-703 du 1er août 2023 relative à la programmation militaire pour les années 2024 à 2030.",
        dict(type="legislation", issued=PartialDate(2023, 8, 1)),
        id="french-first-of-the-month",
    ),
    pytest.param(
        '"Helsinki Final Act". Organization for Security and Co-operation in Europe. Archived from the original on'
        " 3 February 2022. Retrieved 5 May 2022.",
        dict(title="Helsinki Final Act", issued=None, accessed=PartialDate(2022, 5, 5)),
        id="wikipedia-archive-date-is-not-the-date",
    ),
    pytest.param(
        'Ford, Gerald R. (1 August 1975). "Address in Helsinki Before the Conference on Security and Cooperation in'
        ' Europe". The American Presidency Project. Retrieved 5 May 2022.',
        dict(authors=["Ford, Gerald R."], issued=PartialDate(1975, 8, 1), container="The American Presidency Project"),
        id="wikipedia-full-date-after-the-author",
    ),
    pytest.param(
        "Примаков Е.М. Годы в большой политике. М.: Коллекция «Совершенно секретно», 1999.",
        dict(type="book", authors=["Примаков, Е.М."], title="Годы в большой политике", place="М.",
             publisher="Коллекция «Совершенно секретно»", issued=PartialDate(1999)),
        id="gost-book",
    ),
    pytest.param(
        "Mearsheimer J.J. Why the Ukraine Crisis Is the West's Fault // Foreign Affairs. 2014. Vol. 93, No. 5."
        " P. 77–89.",
        dict(type="article-journal", authors=["Mearsheimer, J.J."], title="Why the Ukraine Crisis Is the West's Fault",
             container="Foreign Affairs", volume="93", issue="5", pages="77–89", issued=PartialDate(2014)),
        id="gost-article",
    ),
    pytest.param(
        "Концепция внешней политики Российской Федерации (утверждена Указом Президента Российской Федерации от"
        " 31 марта 2023 г. № 229) // МИД России. URL: https://mid.ru/ru/foreign_policy/official_documents/1860586/"
        " (дата обращения: 08.02.2024).",
        dict(title="Концепция внешней политики Российской Федерации", container="МИД России",
             issued=PartialDate(2023, 3, 31), accessed=PartialDate(2024, 2, 8)),
        id="gost-web-document-with-how-it-was-adopted",
    ),
    pytest.param(
        "Russell A. Berman. Fiction Sets You Free: Literature, Liberty, and Western Culture. Iowa City: University"
        " Of Iowa Press, 2007.",
        dict(authors=["Berman, Russell A."]),
        id="given-name-and-initial-is-not-gost",
    ),
    pytest.param(
        "CERVO, Amado Luiz; BUENO, Clodoaldo. *História da política exterior do Brasil*. 4. ed. Brasília: Editora"
        " UnB, 2011.",
        dict(type="book", authors=["Cervo, Amado Luiz", "Bueno, Clodoaldo"],
             title="História da política exterior do Brasil", edition="4", place="Brasília", publisher="Editora UnB",
             issued=PartialDate(2011)),
        id="abnt-book-family-names-in-capitals",
    ),
    pytest.param(
        "STUENKEL, Oliver. *Post-Western world*: how emerging powers are remaking global order. Cambridge: Polity"
        " Press, 2016.",
        dict(type="book", title="Post-Western world: how emerging powers are remaking global order", container="",
             place="Cambridge", publisher="Polity Press"),
        id="abnt-subtitle-after-the-italics",
    ),
    pytest.param(
        "VIGEVANI, Tullo; CEPALUNI, Gabriel. A política externa de Lula da Silva: a estratégia da autonomia pela"
        " diversificação. *Contexto Internacional*, Rio de Janeiro, v. 29, n. 2, p. 273-335, jul./dez. 2007."
        " DOI: https://doi.org/10.1590/S0102-85292007000200002.",
        dict(type="article-journal", authors=["Vigevani, Tullo", "Cepaluni, Gabriel"],
             container="Contexto Internacional", place="Rio de Janeiro", volume="29", issue="2", pages="273–335",
             doi="10.1590/S0102-85292007000200002"),
        id="abnt-article",
    ),
    pytest.param(
        "LULA chega ao lado de Dilma para participar de cúpula do Brics na África do Sul. *Folha de S.Paulo*, São"
        " Paulo, 21 ago. 2023. Disponível em: https://www1.folha.uol.com.br/poder/2023/08/lula.shtml."
        " Acesso em: 10 jul. 2024.",
        dict(type="article-newspaper", authors=[], container="Folha de S.Paulo", place="São Paulo",
             issued=PartialDate(2023, 8, 21), accessed=PartialDate(2024, 7, 10)),
        id="abnt-news-without-author",
    ),
    pytest.param(
        "BRASIL. Ministério das Relações Exteriores. *Nota à imprensa nº 258*: Declaração Conjunta. Brasília, DF:"
        " MRE, 10 jun. 2024.",
        dict(authors=["Ministério das Relações Exteriores"], place="Brasília, DF", publisher="MRE",
             issued=PartialDate(2024, 6, 10), note="BRASIL"),
        id="abnt-office-of-a-jurisdiction",
    ),
    pytest.param(
        "INSTITUTO DE PESQUISA ECONÔMICA APLICADA (IPEA); AGÊNCIA BRASILEIRA DE COOPERAÇÃO (ABC). *Cooperação"
        " brasileira para o desenvolvimento internacional*: 2005-2009. Brasília: Ipea: ABC, 2010.",
        dict(type="report", authors=["Instituto de Pesquisa Econômica Aplicada"], place="Brasília",
             publisher="Ipea; ABC", issued=PartialDate(2010)),
        id="abnt-bodies-in-capitals-and-two-publishers",
    ),
    pytest.param(
        "BRASIL. [Constituição (1988)]. *Constituição da República Federativa do Brasil de 1988*. Brasília, DF:"
        " Presidência da República, [2024].",
        dict(type="legislation", authors=[], title="Constituição da República Federativa do Brasil de 1988",
             publisher="Presidência da República"),
        id="abnt-law-under-its-jurisdiction",
    ),
    pytest.param(
        "INSTITUTO DE ESTUDOS FINANCEIROS. Formação de Preço. Disponível em: <http://www.ief.com.br/forpreco.htm>."
        " Acesso em 28 de novembro de 2017.",
        dict(type="webpage", authors=["Instituto de Estudos Financeiros"], title="Formação de Preço",
             url="http://www.ief.com.br/forpreco.htm", accessed=PartialDate(2017, 11, 28)),
        id="abnt-web-page-title-in-roman",
    ),
    pytest.param(
        "'De commissie trapt af met inwoners van Groningen', NRC, 26 juni 2022, https://www.nrc.nl/nieuws/2022/06/26/a.",
        dict(container="NRC", number=""),
        id="newspaper-initials-are-no-issue-number",
    ),
    pytest.param(
        "N. van der Voort en F. Vanclay, 'Social impacts of earthquakes caused by gas extraction in the Province of"
        " Groningen, The Netherlands', Environmental Impact Assessment Review 50 (2015), p. 1-15.",
        dict(authors=["van der Voort, N.", "Vanclay, F."]),
        id="dutch-en-between-authors",
    ),
    pytest.param(
        "de Volkskrant, 1 juni 2022.",
        dict(container="de Volkskrant", title="", issued=PartialDate(2022, 6, 1)),
        id="newspaper-with-lower-case-article-and-date",
    ),
    pytest.param(
        "T. Gustafson, The Bridge. Natural Gas in a Redivided Europe, Cambridge (MA): Harvard University Press 2020.",
        dict(type="book", title="The Bridge. Natural Gas in a Redivided Europe", place="Cambridge (MA)",
             publisher="Harvard University Press", issued=PartialDate(2020)),
        id="place-with-region-in-brackets-and-year-without-comma",
    ),
    pytest.param(
        "Ethan Ilzetzki, Carmen M. Reinhart, and Kenneth S. Rogoff, \"Exchange Arrangements Entering the 21st Century:"
        " Which Anchor Will Hold?,\" NBER Working Paper 23134, February 2017.",
        dict(type="report", collection="NBER Working Paper", number="23134", container="", volume=""),
        id="working-paper-series-and-number",
    ),
    pytest.param(
        "Board of Governors of the Federal Reserve System (US), Federal Funds Effective Rate [FEDFUNDS], retrieved"
        " from FRED, Federal Reserve Bank of St. Louis; https://fred.stlouisfed.org/series/FEDFUNDS, May 14, 2024.",
        dict(type="dataset", authors=["Board of Governors of the Federal Reserve System (US)"],
             title="Federal Funds Effective Rate", container="FRED", publisher="Federal Reserve Bank of St. Louis",
             number="FEDFUNDS", accessed=PartialDate(2024, 5, 14), issued=None),
        id="fred-data-series",
    ),
    pytest.param(
        "International Monetary Fund, World Economic Outlook Database, April 2024 edition,"
        " https://www.imf.org/en/Publications/WEO/weo-database/2024/April (accessed 14 May 2024).",
        dict(type="dataset", title="World Economic Outlook Database", edition="April 2024",
             issued=PartialDate(2024, 4), accessed=PartialDate(2024, 5, 14)),
        id="database-with-a-dated-edition",
    ),
    pytest.param(
        'Devitt, Terry. "Lightning injures four at music festival." The Why? Files. 2 Aug. 2001. 23 Jan. 2002'
        " <http://whyfiles.org/137lightning/index.html>.",
        dict(container="The Why? Files", issued=PartialDate(2001, 8, 2), accessed=PartialDate(2002, 1, 23)),
        id="mla7-access-date-before-the-link",
    ),


    pytest.param(
        "The fraud case is a different kind of problem: fabrication rather than flexible analysis. I leave it"
        " aside here. For a contemporary view of how these events combined into a \"crisis of confidence,\" see"
        " Harold Pashler and Eric-Jan Wagenmakers, \"Editors' Introduction to the Special Section on"
        " Replicability,\" *Perspectives on Psychological Science* 7, no. 6 (2012): 528--30.",
        dict(authors=["Pashler, Harold", "Wagenmakers, Eric-Jan"],
             title="Editors' Introduction to the Special Section on Replicability",
             container="Perspectives on Psychological Science"),
        id="aside-in-prose-then-see",
    ),
    pytest.param(
        'Colin F. Camerer et al., "Evaluating the Replicability of Social Science Experiments in *Nature* and'
        ' *Science* between 2010 and 2015," *Nature Human Behaviour* 2, no. 9 (2018): 637--44.',
        dict(title="Evaluating the Replicability of Social Science Experiments in Nature and Science between"
                   " 2010 and 2015", container="Nature Human Behaviour"),
        id="italics-inside-a-quoted-title",
    ),
    pytest.param(
        "Charles Dickens, Little Dorrit (London: Bradbury and Evans, 1857), bk. 1, chap. 3.",
        dict(type="book", title="Little Dorrit", container="", publisher="Bradbury and Evans"),
        id="pinpoint-book-and-chapter",
    ),
    pytest.param(
        "Henry Mayhew, London Labour and the London Poor, 4 vols. (London: Griffin, Bohn, and Company, 1861–62),"
        " vol. 2.",
        dict(type="book", title="London Labour and the London Poor", volume="2", note="4 vols."),
        id="one-volume-of-a-multi-volume-book",
    ),
    pytest.param(
        "Carpenter v. United States, 138 S. Ct. 2206, 2217 & n.3 (2018).",
        dict(type="legal_case", title="Carpenter v. United States", container="S. Ct.", volume="138", pages="2206"),
        id="bluebook-case-pin-page-and-footnote",
    ),
    pytest.param(
        "Electronic Communications Privacy Act of 1986, Pub. L. No. 99-508, 100 Stat. 1848 (codified as amended"
        " in scattered sections of 18 U.S.C.).",
        dict(type="legislation", title="Electronic Communications Privacy Act of 1986", container="Stat.",
             volume="100", pages="1848"),
        id="bluebook-statutes-at-large",
    ),
    pytest.param(
        "18 U.S.C. § 2703(d) (2018).",
        dict(type="legislation", title="18 U.S.C. § 2703(d)", container="U.S.C.", volume="18",
             issued=PartialDate(2018)),
        id="bluebook-code-section-number-is-no-note-label",
    ),
    pytest.param(
        "Exec. Order No. 14028, \"Improving the Nation's Cybersecurity,\" 86 Fed. Reg. 26633 (May 12, 2021).",
        dict(type="legislation", title="Improving the Nation's Cybersecurity", container="Fed. Reg.", volume="86",
             pages="26633", number="Exec. Order No. 14028", issued=PartialDate(2021, 5, 12), authors=[]),
        id="executive-order-in-the-federal-register",
    ),
    pytest.param(
        "Export Administration Regulations: Implementation of Additional Export Controls, 87 Fed. Reg. 62186"
        " (Oct. 13, 2022) (to be codified at 15 C.F.R. pts. 734, 740).",
        dict(type="legislation", title="Export Administration Regulations: Implementation of Additional Export"
             " Controls", container="Fed. Reg.", volume="87", pages="62186", issued=PartialDate(2022, 10, 13)),
        id="rule-in-the-federal-register",
    ),
    pytest.param(
        "Bureau of Industry and Security, \"Additions to the Entity List,\" Federal Register 84, no. 98"
        " (May 21, 2019): 22961.",
        dict(type="legislation", container="Federal Register", volume="84", issue="98", pages="22961"),
        id="chicago-federal-register-is-no-journal",
    ),
    pytest.param(
        "Inflation Reduction Act of 2022, Title I of Pub. L. No. 117-169, 136 Stat. 1818 (2022).",
        dict(type="legislation", title="Inflation Reduction Act of 2022", container="Stat.", volume="136",
             pages="1818"),
        id="bluebook-act-as-a-title-of-a-public-law",
    ),
    pytest.param(
        "Worldwide Threats: Hearing before the Select Committee on Intelligence, United States Senate, 116th Cong."
        " 12 (2019), S. Hrg. 116-75.",
        dict(type="report", title="Worldwide Threats", number="S. Hrg. 116-75", issued=PartialDate(2019),
             genre="Hearing before the Select Committee on Intelligence, United States Senate, 116th Cong."),
        id="bluebook-congressional-hearing",
    ),
    pytest.param(
        "Clean Air Act Amendments of 1990, P.L. 101-549, 104 Stat. 2399 (November 15, 1990).",
        dict(type="legislation", title="Clean Air Act Amendments of 1990", number="P.L. 101-549", container="Stat.",
             volume="104", pages="2399", issued=PartialDate(1990, 11, 15)),
        id="crs-public-law-with-statutes-at-large",
    ),
    pytest.param(
        "Department of the Treasury, \"Ownership of Certain Securities,\" proposed rule, 88 Federal Register 40131,"
        " June 21, 2023.",
        dict(type="legislation", authors=["Department of the Treasury"], title="Ownership of Certain Securities",
             container="Federal Register", volume="88", pages="40131", genre="proposed rule",
             issued=PartialDate(2023, 6, 21)),
        id="crs-rule-in-the-federal-register-dated-after-a-comma",
    ),
    pytest.param(
        "CRS Report R45988, Arms Control and Nonproliferation: A Catalog of Treaties and Agreements, by Amy F. Woolf"
        " and Mary Beth D. Nikitin, March 2, 2022.",
        dict(type="report", genre="CRS Report", number="R45988", authors=["Woolf, Amy F.", "Nikitin, Mary Beth D."],
             title="Arms Control and Nonproliferation: A Catalog of Treaties and Agreements",
             issued=PartialDate(2022, 3, 2)),
        id="crs-report-number-first-authors-after-by",
    ),
    pytest.param(
        "U.S. Congress, Senate Committee on Armed Services, Subcommittee on Cybersecurity, Readiness, and Personnel,"
        " Cyber Posture of the Services, hearing, 116th Cong., 1st sess., March 13, 2019, S.Hrg. 116-288"
        " (Washington: GPO, 2020).",
        dict(type="report", title="Cyber Posture of the Services", issued=PartialDate(2019, 3, 13),
             authors=["Senate Committee on Armed Services, Subcommittee on Cybersecurity, Readiness, and Personnel"],
             number="S.Hrg. 116-288", place="Washington", publisher="GPO"),
        id="chicago-congressional-hearing-committee-with-a-list",
    ),
    pytest.param(
        "U.S. Government Accountability Office, Nuclear Weapons: NNSA Should Further Develop Cost, Schedule, and Risk"
        " Information, GAO-20-703, September 2020.",
        dict(authors=["U.S. Government Accountability Office"], number="GAO-20-703", issued=PartialDate(2020, 9)),
        id="agency-report-number-in-a-chunk",
    ),
    pytest.param(
        "Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims"
        " of International Armed Conflicts (Protocol I), 8 June 1977, 1125 UNTS 3, art. 51(2).",
        dict(type="treaty", title="Protocol Additional to the Geneva Conventions of 12 August 1949, and relating"
             " to the Protection of Victims of International Armed Conflicts (Protocol I)", volume="1125", pages="3",
             issued=PartialDate(1977, 6, 8)),
        id="treaty-title-holds-an-earlier-treaty-and-its-date",
    ),
    pytest.param(
        "Charter of the United Nations, 26 June 1945, 1 UNTS XVI, art. 51.",
        dict(type="treaty", title="Charter of the United Nations", volume="1", pages="XVI",
             issued=PartialDate(1945, 6, 26)),
        id="treaty-series-page-in-roman-numerals",
    ),
    pytest.param(
        "Convention on the Prevention and Punishment of the Crime of Genocide, adopted at Paris, 9 December 1948,"
        " 78 UNTS 277.",
        dict(type="treaty", title="Convention on the Prevention and Punishment of the Crime of Genocide",
             issued=PartialDate(1948, 12, 9)),
        id="treaty-how-it-was-made-is-no-part-of-its-title",
    ),
    pytest.param(
        "A. Friszke, Życie polityczne emigracji, Biblioteka Więzi, Warszawa 1999.",
        dict(type="book", authors=["Friszke, A."], title="Życie polityczne emigracji", publisher="Biblioteka Więzi",
             place="Warszawa", issued=PartialDate(1999)),
        id="polish-book-publisher-then-city-and-year",
    ),
    pytest.param(
        "N. Davies, Boże igrzysko. Historia Polski, przeł. E. Tabakowska, Znak, Kraków 2010.",
        dict(type="book", authors=["Davies, N."], publisher="Znak", place="Kraków", issued=PartialDate(2010)),
        id="polish-book-translator-publisher-city-year",
    ),
    pytest.param(
        "Eurostat, Asylum applicants by citizenship, https://ec.europa.eu/eurostat/databrowser/view/migr_asyappctza"
        " (dostęp: 2.02.2024).",
        dict(authors=["Eurostat"], title="Asylum applicants by citizenship", accessed=PartialDate(2024, 2, 2)),
        id="organisation-then-title-then-link",
    ),
    pytest.param(
        "Ustawa z dnia 11 marca 2022 r. o obronie Ojczyzny, Dz.U. 2022, poz. 655.",
        dict(type="legislation", title="Ustawa z dnia 11 marca 2022 r. o obronie Ojczyzny",
             issued=PartialDate(2022, 3, 11)),
        id="polish-act-in-dziennik-ustaw",
    ),
    pytest.param(
        "J. Mieroszewski, Polska „Ostpolitik”, „Kultura”, czerwiec 1973.",
        dict(type="article-magazine", container="Kultura", issued=PartialDate(1973, 6)),
        id="polish-quoted-periodical-in-print",
    ),
    pytest.param(
        "Corte costituzionale, sentenza n. 313 del 1990.",
        dict(type="legal_case", authors=["Corte costituzionale"], title="sentenza n. 313 del 1990",
             issued=PartialDate(1990)),
        id="italian-court-ruling-by-number",
    ),
    pytest.param(
        "Corte europea dei diritti dell’uomo, sentenza 8 gennaio 2013, Torreggiani e altri c. Italia, ricorsi"
        " nn. 43517/09 e altri.",
        dict(type="legal_case", authors=["Corte europea dei diritti dell’uomo"],
             title="Torreggiani e altri c. Italia", issued=PartialDate(2013, 1, 8)),
        id="italian-court-ruling-with-parties",
    ),
    pytest.param(
        "Tribunal Constitucional, Sentencia 31/2010, de 28 de junio.",
        dict(type="legal_case", authors=["Tribunal Constitucional"], issued=PartialDate(2010)),
        id="spanish-court-ruling-year-in-its-number",
    ),
    pytest.param(
        "C. Beccaria, *Dei delitti e delle pene*, a cura di F. Venturi, Torino, Einaudi, 1965, § XII.",
        dict(type="book", title="Dei delitti e delle pene", editors=(Name(family="Venturi", given="F."),),
             place="Torino", publisher="Einaudi", container=""),
        id="italian-italic-title-editor-city-publisher",
    ),
    pytest.param(
        "Lelieveld J, Evans JS, Fnais M, Giannadaki D, Pozzer A. The contribution of outdoor air pollution sources"
        " to premature mortality on a global scale. Nature. 2015 Sep 17;525(7569):367-71. doi: 10.1038/nature15371",
        dict(type="article-journal", container="Nature", volume="525", issue="7569", pages="367–71",
             issued=PartialDate(2015, 9, 17)),
        id="vancouver-article-dated-to-the-day",
    ),
    pytest.param(
        "Lopez Bernal J, Andrews N, Gower C, et al. Effectiveness of Covid-19 vaccines against the B.1.617.2"
        " (Delta) variant. N Engl J Med. 2021;385(7):585-594.",
        dict(authors=["Lopez Bernal, J.", "Andrews, N.", "Gower, C."],
             title="Effectiveness of Covid-19 vaccines against the B.1.617.2 (Delta) variant",
             container="N Engl J Med", volume="385"),
        id="vancouver-article-full-stops-inside-the-title",
    ),
    pytest.param(
        "Rothman KJ. Epidemiology: an introduction. 2nd ed. New York: Oxford University Press; 2012.",
        dict(type="book", title="Epidemiology: an introduction", edition="2nd", place="New York",
             publisher="Oxford University Press"),
        id="vancouver-book-with-edition",
    ),
    pytest.param(
        "World Health Organization. Ambient (outdoor) air pollution [Internet]. Geneva: World Health Organization;"
        " 2022 Dec 19 [cited 2023 Jan 5]. Available from: https://www.who.int/news-room/fact-sheets/detail/x",
        dict(type="webpage", authors=["World Health Organization"], title="Ambient (outdoor) air pollution",
             place="Geneva", accessed=PartialDate(2023, 1, 5)),
        id="vancouver-web-page-cited-date",
    ),
    pytest.param(
        "UN General Assembly, Resolution 46/182, \"Strengthening of the coordination of humanitarian emergency"
        " assistance of the United Nations,\" A/RES/46/182, 19 December 1991, annex, para. 3.",
        dict(type="legislation", authors=["UN General Assembly"], number="A/RES/46/182",
             title="Strengthening of the coordination of humanitarian emergency assistance of the United Nations",
             issued=PartialDate(1991, 12, 19)),
        id="un-resolution-with-its-own-title",
    ),
    pytest.param(
        "UN Security Council, Resolution 2165 (2014), S/RES/2165 (2014), 14 July 2014.",
        dict(type="legislation", authors=["UN Security Council"], title="Resolution 2165 (2014)",
             number="S/RES/2165 (2014)", issued=PartialDate(2014, 7, 14)),
        id="un-resolution-named-by-number",
    ),
    pytest.param(
        "National Institute of Standards and Technology, Module-Lattice-Based Key-Encapsulation Mechanism Standard,"
        " FIPS 203 (Gaithersburg, MD: NIST, August 2024), https://doi.org/10.6028/NIST.FIPS.203.",
        dict(type="report", title="Module-Lattice-Based Key-Encapsulation Mechanism Standard", number="FIPS 203",
             container="", publisher="NIST"),
        id="standard-number-is-no-journal-volume",
    ),
    pytest.param(
        "J. Mieroszewski, Rosyjski „kompleks polski” i obszar ULB, „Kultura” 1974, nr 9.",
        dict(authors=["Mieroszewski, J."], title="Rosyjski „kompleks polski” i obszar ULB", container="Kultura",
             issue="9", issued=PartialDate(1974)),
        id="polish-journal-in-quotes-title-plain",
    ),
    pytest.param(
        "Doktryna ULB – koncepcja Giedroycia i Mieroszewskiego w XXI wieku, „Komentarz Międzynarodowy Pułaskiego”,"
        " maj 2010.",
        dict(authors=[], title="Doktryna ULB – koncepcja Giedroycia i Mieroszewskiego w XXI wieku",
             container="Komentarz Międzynarodowy Pułaskiego", issued=PartialDate(2010, 5)),
        id="polish-no-author-month-alone",
    ),
    pytest.param(
        "J. Giedroyc, Autobiografia na cztery ręce, oprac. K. Pomian, Czytelnik, Warszawa 1994.",
        dict(type="book", title="Autobiografia na cztery ręce", editors=(Name(family="Pomian", given="K."),),
             publisher="Czytelnik", place="Warszawa", issued=PartialDate(1994)),
        id="polish-book-publisher-then-city-year",
    ),
    pytest.param(
        "Zob. rozmowy z analitykami Ośrodka Studiów Wschodnich w: Ł. Warzecha, Między Berlinem a Pekinem, Fronda PL,"
        " Warszawa 2016.",
        dict(authors=["Warzecha, Ł."], title="Między Berlinem a Pekinem", publisher="Fronda PL"),
        id="polish-lead-in-with-w",
    ),
    pytest.param(
        "Moe, Arild: Russlands Nördlicher Seeweg. Nationale Exporttrasse statt internationaler Handelsroute, in:"
        " Osteuropa 70 (2020) 5, S. 61–79.",
        dict(type="article-journal", authors=["Moe, Arild"], container="Osteuropa", volume="70", issue="5",
             pages="61–79", issued=PartialDate(2020)),
        id="german-article-volume-year-issue",
    ),
    pytest.param(
        "Renner, Andreas: Markt, Staat, Propaganda. Der Nördliche Seeweg in Russlands Arktisplänen, in: Osteuropa,"
        " Jg. 70, H. 5 (2020), S. 39–59.",
        dict(title="Markt, Staat, Propaganda. Der Nördliche Seeweg in Russlands Arktisplänen", container="Osteuropa",
             volume="70", issue="5", pages="39–59"),
        id="german-article-jahrgang-heft",
    ),
    pytest.param(
        "Paul, Michael/Swistek, Göran: Russland in der Arktis, Berlin: Stiftung Wissenschaft und Politik 2021"
        " (SWP-Studie 2021/S 19).",
        dict(authors=["Paul, Michael", "Swistek, Göran"], title="Russland in der Arktis", place="Berlin",
             publisher="Stiftung Wissenschaft und Politik", collection="SWP-Studie 2021/S 19", issued=PartialDate(2021)),
        id="german-book-slash-authors-series",
    ),
    pytest.param(
        "Albert, Mathias/Wehrmann, Dorothea: Zwischen Kooperation und Konflikt, in: Leiter Geoinformationsdienst der"
        " Bundeswehr (Hrsg.): Jahresheft Geopolitik 2016, Euskirchen 2017.",
        dict(type="chapter", container="Jahresheft Geopolitik 2016", place="Euskirchen", issued=PartialDate(2017)),
        id="german-chapter-in-edited-volume",
    ),
    pytest.param(
        "Auswärtiges Amt: Leitlinien zum Indo-Pazifik. Deutschland – Europa – Asien, Berlin 2020.",
        dict(authors=["Auswärtiges Amt"], title="Leitlinien zum Indo-Pazifik. Deutschland – Europa – Asien",
             place="Berlin", issued=PartialDate(2020)),
        id="german-body-colon-title-city-year",
    ),
    pytest.param(
        "Die Arktis taut auf, in: Spiegel Online, https://www.spiegel.de/wissenschaft/arktis-a-1.html"
        " (Zugriff am 3.5.2023).",
        dict(title="Die Arktis taut auf", container="Spiegel Online", accessed=PartialDate(2023, 5, 3)),
        id="german-page-in-site",
    ),
    pytest.param(
        "World Bank, “Military expenditure (% of GDP)” (indicator), World Bank Open Data,"
        " https://data.worldbank.org/indicator/MS.MIL.XPND.GD.ZS, accessed May 2, 2024.",
        dict(authors=["World Bank"], title="Military expenditure (% of GDP)", container="World Bank Open Data",
             genre="indicator"),
        id="kind-of-page-in-brackets-after-the-title",
    ),
    pytest.param(
        "Council of the EU, “Sanctions: Council Declaration on the Maritime Price Cap,” press release, May 10, 2022.",
        dict(type="report", authors=["Council of the EU"], title="Sanctions: Council Declaration on the Maritime Price Cap",
             container="", genre="press release", issued=PartialDate(2022, 5, 10)),
        id="press-release-is-what-the-document-is-not-where-it-appeared",
    ),
    pytest.param(
        "John Forbes Nash, “Non-Cooperative Games” (PhD diss., Princeton University, 1950).",
        dict(type="thesis", genre="PhD diss.", publisher="Princeton University", issued=PartialDate(1950)),
        id="thesis-kind-then-school-in-brackets",
    ),
    pytest.param(
        "The White House, Securing Ports, Rebuilding Shipyards, and Training Mariners: Reviews under Executive Order"
        " 14005, June 2021.",
        dict(type="report", authors=["The White House"], issued=PartialDate(2021, 6),
             title="Securing Ports, Rebuilding Shipyards, and Training Mariners: Reviews under Executive Order 14005"),
        id="plain-title-listing-things-runs-over-its-commas",
    ),
    pytest.param(
        "U.S. Senate Committee on Finance, Short Supply: Risks of Generic Drug Shortages, majority staff report,"
        " March 2023.",
        dict(authors=["U.S. Senate Committee on Finance"], title="Short Supply: Risks of Generic Drug Shortages",
             genre="majority staff report", issued=PartialDate(2023, 3)),
        id="staff-report-is-the-genre",
    ),
    pytest.param(
        "European Medicines Agency, Union list of critical medicines, published 12 December 2023.",
        dict(title="Union list of critical medicines", container="", issued=PartialDate(2023, 12, 12)),
        id="published-before-a-date-only-names-it",
    ),
    pytest.param(
        "Viz KOŘAN, Michal. Česká zahraniční politika. Mezinárodní vztahy. 26. 4. 2019, roč. 54, č. 2, s. 5–25.",
        dict(type="article-journal", authors=["Kořan, Michal"], title="Česká zahraniční politika",
             container="Mezinárodní vztahy", issued=PartialDate(2019, 4, 26), volume="54", issue="2", pages="5–25"),
        id="czech-iso-690-article-family-name-in-capitals",
    ),
    pytest.param(
        "Srov. Zpráva o stavu. Ministerstvo vnitra [online]. 1. 9. 2016 [cit. 2022-04-04]. Dostupné z:"
        " https://www.mvcr.cz/zprava.aspx",
        dict(accessed=PartialDate(2022, 4, 4), url="https://www.mvcr.cz/zprava.aspx"),
        id="czech-iso-690-web-cited-date-and-link-label",
    ),
    pytest.param(
        "See, eg, Thomas Dews, 'Mabo and the Valuation Vibe' (2021) 43(3) *Sydney Law Review* 391.",
        dict(type="article-journal", authors=["Dews, Thomas"], title="Mabo and the Valuation Vibe",
             container="Sydney Law Review", volume="43", issue="3", pages="391", issued=PartialDate(2021)),
        id="aglc-article-volume-and-issue-italic-journal-see-eg",
    ),
    pytest.param(
        "*Mabo v Queensland [No 2]* (1992) 175 CLR 1, 42 (Brennan J) ('*Mabo*').",
        dict(type="legal_case", title="Mabo v Queensland [No 2]", container="CLR", volume="175", pages="1",
             issued=PartialDate(1992)),
        id="aglc-case-numbered-name-is-no-translation",
    ),
    pytest.param(
        "*Native Title Act 1993* (Cth) ss 51(1), 53.",
        dict(type="legislation", title="Native Title Act 1993", authors=[], issued=PartialDate(1993)),
        id="aglc-statute-in-italics-with-jurisdiction-and-sections",
    ),
    pytest.param(
        "Lisa Strelein, *Compromised Jurisprudence* (Aboriginal Studies Press, 2nd ed, 2009).",
        dict(type="book", publisher="Aboriginal Studies Press", edition="2", issued=PartialDate(2009)),
        id="aglc-edition-after-the-publisher",
    ),
    pytest.param(
        "Zákon č. 65/2022 Sb., o některých opatřeních v souvislosti s ozbrojeným konfliktem na území Ukrajiny.",
        dict(type="legislation", issued=PartialDate(2022),
             title="Zákon č. 65/2022 Sb., o některých opatřeních v souvislosti s ozbrojeným konfliktem na území Ukrajiny"),
        id="czech-law-year-from-its-number-in-the-collection",
    ),
    pytest.param(
        "Nařízení Rady (EU) 2022/328 ze dne 25. února 2022, kterým se mění nařízení (EU) č. 833/2014. Úř. věst. L 49,"
        " 25. 2. 2022, s. 1.",
        dict(type="legislation", issued=PartialDate(2022, 2, 25),
             title="Nařízení Rady (EU) 2022/328 ze dne 25. února 2022, kterým se mění nařízení (EU) č. 833/2014"),
        id="eu-regulation-cited-from-the-czech-official-journal",
    ),
    pytest.param(
        "Srov. FEARON, James D. Rationalist Explanations for War. International Organization. 1995, roč. 49, č. 3,"
        " s. 379–414.",
        dict(type="article-journal", authors=["Fearon, James D."], title="Rationalist Explanations for War",
             container="International Organization", place="", volume="49", issue="3", pages="379–414"),
        id="iso-690-given-names-end-at-an-initial-journal-is-no-city",
    ),
    pytest.param(
        "EICHLER, Jan. Černomořská dimenze války na Ukrajině. Vojenské rozhledy. 2016, č. 1.",
        dict(type="article-journal", container="Vojenské rozhledy", issue="1", issued=PartialDate(2016)),
        id="iso-690-article-with-year-and-issue-only",
    ),
    pytest.param(
        "Do výbuchu ve Vrběticích byli zapojeni ruští agenti. České noviny [online]. ČTK, 17. 4. 2021 [cit."
        " 2022-04-02]. Dostupné z: https://www.ceskenoviny.cz/zpravy/2023646",
        dict(type="webpage", authors=[], title="Do výbuchu ve Vrběticích byli zapojeni ruští agenti",
             container="České noviny", publisher="ČTK", issued=PartialDate(2021, 4, 17)),
        id="iso-690-online-page-with-no-author-site-then-publisher",
    ),
    pytest.param(
        "Otázky Václava Moravce [televizní pořad]. Praha: Česká televize, 18. 4. 2021. Hostem byl Jan Hamáček.",
        dict(type="motion_picture", title="Otázky Václava Moravce", genre="televizní pořad", place="Praha",
             publisher="Česká televize", issued=PartialDate(2021, 4, 18)),
        id="plain-title-then-medium-in-brackets-then-a-remark",
    ),
    pytest.param(
        "Tom Scott, Why the Tube is hot [video]. YouTube, 3 March 2021.",
        dict(type="motion_picture", authors=["Scott, Tom"], title="Why the Tube is hot", genre="video"),
        id="author-plain-title-and-medium",
    ),
    pytest.param(
        "赵汀阳：《天下体系：世界制度哲学导论》，南京：江苏教育出版社，2005年，第45页。",
        dict(type="book", authors=["赵, 汀阳"], title="天下体系：世界制度哲学导论", place="南京",
             publisher="江苏教育出版社", issued=PartialDate(2005), pages="45"),
        id="chinese-book-author-colon-title-in-double-angle-brackets-place-colon-publisher",
    ),
    pytest.param(
        "阎学通：《道义现实主义的国际关系理论》，《国际问题研究》2014年第5期，第102-128页。",
        dict(type="article-journal", title="道义现实主义的国际关系理论", container="国际问题研究",
             issued=PartialDate(2014), issue="5", pages="102–128"),
        id="chinese-article-then-journal-in-brackets-year-and-issue",
    ),
    pytest.param(
        "王缉思：“‘西进’，中国地缘战略的再平衡”，《环球时报》2012年10月17日。",
        dict(type="article-newspaper", title="‘西进’，中国地缘战略的再平衡", container="环球时报",
             issued=PartialDate(2012, 10, 17)),
        id="chinese-quoted-article-title-keeps-its-comma-paper-and-day",
    ),
    pytest.param(
        "谢希瑶：〈铺就造福世界的幸福之路〉，新华社北京2023年10月10日电。",
        dict(type="article-newspaper", authors=["谢, 希瑶"], container="新华社", issued=PartialDate(2023, 10, 10)),
        id="chinese-news-agency-dispatch",
    ),
    pytest.param(
        "王露：“全球安全倡议概念文件发布”，澎湃新闻，2023年2月21日，https://www.thepaper.cn/newsDetail_forward_22019957，"
        "2023年10月20日访问。",
        dict(type="webpage", container="澎湃新闻", url="https://www.thepaper.cn/newsDetail_forward_22019957",
             issued=PartialDate(2023, 2, 21), accessed=PartialDate(2023, 10, 20)),
        id="chinese-web-article-link-ends-at-full-width-comma-access-date",
    ),
    pytest.param(
        "中央电视台：《大国崛起》（十二集电视纪录片），2006年。",
        dict(type="motion_picture", authors=["中央电视台"], genre="十二集电视纪录片", issued=PartialDate(2006)),
        id="chinese-body-as-author-and-documentary",
    ),
    pytest.param(
        "北岡伸一『日本政治史』有斐閣、2011年、45頁。",
        dict(type="book", authors=["北岡, 伸一"], title="日本政治史", publisher="有斐閣", issued=PartialDate(2011),
             pages="45"),
        id="japanese-book-in-double-corner-brackets",
    ),
    pytest.param(
        "Yanagida Seizan 柳田聖山. “Den hōbō ki to sono sakusha 伝法宝記とその作者.” Zengaku kenkyū 禅学研究 53 (1963): 46-71.",
        dict(type="article-journal", volume="53", pages="46–71", issued=PartialDate(1963)),
        id="romanised-title-with-characters-is-read-the-western-way",
    ),
    # APA 7: no author (the title where the author stands), social-media posts, a report's number after its title
    pytest.param(
        "Trump's trade war against China is officially underway. (2018, July 5). *The New York Times*."
        " https://www.nytimes.com/2018/07/05/business/china-us-trade-war-trump-tariffs.html",
        dict(authors=[], title="Trump's trade war against China is officially underway", container="The New York Times",
             issued=PartialDate(2018, 7, 5)),
        id="apa-no-author-title-in-the-authors-place",
    ),
    pytest.param(
        "Obama, B. [@BarackObama]. (2020, January 14). *We cannot wait for the next generation* [Tweet]. Twitter."
        " https://twitter.com/BarackObama/status/1217140427532865538",
        dict(type="webpage", authors=["Obama, B."], title="We cannot wait for the next generation", container="Twitter",
             genre="Tweet"),
        id="apa-tweet-handle-after-the-name",
    ),
    pytest.param(
        "Gaiman, N. (2018, March 22). *100 cats who changed civilization* [Image attached] [Status update]. Facebook.",
        dict(type="webpage", container="Facebook", genre="Status update", issued=PartialDate(2018, 3, 22),
             note="[Image attached]"),  # what the post holds: kept
        id="apa-post-with-two-descriptions",
    ),
    pytest.param(
        "Stuster, J., Adolf, J., Byrne, V., & Greene, M. (2018). *Human exploration of Mars: Preliminary lists of crew"
        " tasks* (Report No. NASA/CR-2018-220043). National Aeronautics and Space Administration.",
        dict(type="report", number="NASA/CR-2018-220043", genre="Report",
             publisher="National Aeronautics and Space Administration"),
        id="apa-report-number-then-publisher",
    ),
    pytest.param(
        "Flaaen, A., & Pierce, J. (2019). *Disentangling the effects of the 2018-2019 tariffs on a globally connected"
        " U.S. manufacturing sector* (Finance and Economics Discussion Series 2019-086). Board of Governors of the"
        " Federal Reserve System. https://doi.org/10.17016/FEDS.2019.086",
        dict(type="report", collection="Finance and Economics Discussion Series", number="2019-086",
             publisher="Board of Governors of the Federal Reserve System", container=""),
        id="apa-report-in-a-series",
    ),
    pytest.param(
        "The pandas development team. (2024). *pandas-dev/pandas: Pandas* (Version 2.2.2) [Computer software]. Zenodo.",
        dict(type="software", authors=["The pandas development team"], title="pandas-dev/pandas: Pandas"),
        id="apa-body-in-lower-case-is-still-the-author",
    ),
    pytest.param(
        "Joint Center for Housing Studies of Harvard University, *The State of the Nation's Housing 2023* (Cambridge,"
        " MA: Joint Center for Housing Studies of Harvard University, 2023).",
        dict(type="report", place="Cambridge, MA", number="", collection="", issued=PartialDate(2023)),
        id="chicago-imprint-in-brackets-is-no-report-number",
    ),
    pytest.param(
        "SOU 2016:57 *Säkerhet i ny tid* (Stockholm: Regeringskansliet, 2016).",
        dict(type="report", authors=[], number="SOU 2016:57", publisher="Regeringskansliet", place="Stockholm"),
        id="official-series-number-before-the-title-is-no-author",
    ),
    pytest.param(
        "Prop. 2020/21:30 *Totalförsvaret 2021–2025* (Stockholm: Regeringskansliet, 2020).",
        dict(type="report", authors=[], number="Prop. 2020/21:30", title="Totalförsvaret 2021–2025"),
        id="bill-of-a-parliamentary-session-before-the-title",
    ),
    pytest.param(
        "Robert Dalsjö, Christofer Berglund och Michael Jonsson, *Bursting the Bubble? Russian A2/AD in the Baltic Sea"
        " Region*, FOI-R--4651--SE (Stockholm: Totalförsvarets forskningsinstitut, 2019).",
        dict(type="report", authors=["Dalsjö, Robert", "Berglund, Christofer", "Jonsson, Michael"],
             number="FOI-R--4651--SE", container=""),
        id="isrn-report-code-after-the-title-and-swedish-och",
    ),
    pytest.param(
        "Magdalena Andersson, pressträff med Ulf Kristersson, Stockholm, 16 maj 2022.",
        dict(type="speech", authors=["Andersson, Magdalena"], title="", genre="pressträff med Ulf Kristersson",
             place="Stockholm", issued=PartialDate(2022, 5, 16)),
        id="untitled-press-conference-speaker-description-place-date",
    ),
    pytest.param(
        "COVID-19 and the Economy, *Economic Outlook* (Paris: OECD, 2020).",
        dict(number=""),
        id="a-name-with-one-number-is-no-report-code",
    ),
    pytest.param(
        "Dubner, Stephen J., host. “How to Fix the Hot Mess of U.S. Healthcare.” *Freakonomics Radio*, episode 456,"
        " 1 Apr. 2021, freakonomics.com/podcast/healthcare-costs/.",
        dict(type="broadcast", authors=["Dubner, Stephen J."], container="Freakonomics Radio", number="456",
             volume="", url="http://freakonomics.com/podcast/healthcare-costs/"),
        id="mla-podcast-episode-host-and-an-address-without-its-scheme",
    ),
    pytest.param(
        "Bellamy, Sarah. *Naming the Unnamed* [Audio podcast episode]. In *Hidden Histories*. BBC Radio 4, 2022.",
        dict(type="broadcast", genre="Audio podcast episode"),
        id="apa-podcast-episode-description",
    ),
    pytest.param(
        "Vladimir Putin, remarks, Kremlin.ru, September 12, 2018.",
        dict(url=""),
        id="a-host-name-without-a-path-is-no-address",
    ),
    pytest.param(
        "Ørsted, company announcement, 31 October 2023.",
        dict(authors=["Ørsted"], title="", genre="company announcement", issued=PartialDate(2023, 10, 31)),
        id="issuer-what-it-issued-and-when",
    ),
    pytest.param(
        "DESNZ press release, 16 November 2023.",
        dict(authors=["DESNZ"], container="", genre="press release", issued=PartialDate(2023, 11, 16)),
        id="issuer-and-kind-in-one-chunk",
    ),
    pytest.param(
        "Statement by Governor Phil Murphy, October 31, 2023.",
        dict(type="speech", authors=["Murphy, Phil"], genre="Statement"),
        id="kind-by-a-person-with-an-office",
    ),
    pytest.param(
        "Protect Our Coast NJ (@njcoast_protect), post on X, August 31, 2024.",
        dict(type="webpage", authors=["Protect Our Coast NJ"], container="X", issued=PartialDate(2024, 8, 31)),
        id="post-on-a-platform-by-a-group-with-its-handle",
    ),
    pytest.param(
        "Barack Obama, address to a joint session of Congress on health care, Washington, DC, September 9, 2009,"
        " YouTube video, posted by The Obama White House.",
        dict(type="speech", authors=["Obama, Barack"], place="Washington, DC", container="YouTube",
             publisher="The Obama White House"),
        id="untitled-address-its-place-recording-and-who-posted-it",
    ),
    pytest.param(
        "Reuters, 30 June 2022.",
        dict(authors=[], container="Reuters"),
        id="a-news-source-and-a-date-is-no-issuer",
    ),
    pytest.param(
        "William Lanouette, interview by Cindy Kelly, April 11, 2014, Voices of the Manhattan Project, Atomic"
        " Heritage Foundation, https://ahf.nuclearmuseum.org/voices/oral-histories/william-lanouettes-interview/.",
        dict(type="interview", authors=["Lanouette, William"], genre="interview by Cindy Kelly",
             container="Voices of the Manhattan Project", publisher="Atomic Heritage Foundation",
             issued=PartialDate(2014, 4, 11)),
        id="chicago-interview-in-an-oral-history-collection",
    ),
    pytest.param(
        "Albert Einstein to Franklin D. Roosevelt, August 2, 1939, President's Secretary's File, Safe Files, box 5,"
        " Franklin D. Roosevelt Presidential Library, Hyde Park, NY.",
        dict(authors=["Einstein, Albert"], title="", genre="letter to Franklin D. Roosevelt",
             issued=PartialDate(1939, 8, 2)),
        id="chicago-letter-kept-in-an-archive",
    ),
    pytest.param(
        "William Lanouette with Bela Silard, Genius in the Shadows: A Biography of Leo Szilard, the Man Behind the"
        " Bomb (New York: Charles Scribner's Sons, 1992), 198–205.",
        dict(type="book", authors=["Lanouette, William", "Silard, Bela"], publisher="Charles Scribner's Sons"),
        id="co-author-after-with",
    ),
    pytest.param(
        'Dan Carlin, "The Destroyer of Worlds," Dan Carlin\'s Hardcore History, episode 59, podcast audio, 2016.',
        dict(type="broadcast", container="Dan Carlin's Hardcore History", number="59", issued=PartialDate(2016)),
        id="chicago-podcast-episode-its-show-and-year",
    ),
    pytest.param(
        "Se Lie, Einar og Christian Venneslan: Over evne. Finansdepartementet 1965–1992. Oslo: Pax, 2010.",
        dict(type="book", authors=["Lie, Einar", "Venneslan, Christian"],
             title="Over evne. Finansdepartementet 1965–1992", place="Oslo", publisher="Pax"),
        id="scandinavian-author-colon-title-then-place-and-publisher",
    ),
    pytest.param(
        "Se særlig Ryggvik, Helge: Til siste dråpe. Om oljens politiske økonomi. Oslo: Aschehoug, 2009.",
        dict(authors=["Ryggvik, Helge"], title="Til siste dråpe. Om oljens politiske økonomi"),
        id="scandinavian-see-especially-lead-in",
    ),
    pytest.param(
        "NOU 2015: 9 Finanspolitikk i en oljeøkonomi – Praktisering av handlingsregelen. Oslo: Finansdepartementet,"
        " 2015.",
        dict(type="report", authors=[], number="NOU 2015: 9", place="Oslo", publisher="Finansdepartementet"),
        id="norwegian-official-report-number-before-a-plain-title",
    ),
    pytest.param(
        "Meld. St. 14 (2020–2021) Perspektivmeldingen 2021. Oslo: Finansdepartementet, 2021.",
        dict(type="report", number="Meld. St. 14 (2020–2021)", title="Perspektivmeldingen 2021",
             issued=PartialDate(2021)),
        id="white-paper-and-its-session-before-the-title",
    ),
    pytest.param(
        "Mehlum, Halvor, Karl Moene og Ragnar Torvik: «Institutions and the Resource Curse». The Economic Journal,"
        " årg. 116, nr. 508 (2006), s. 1–20.",
        dict(container="The Economic Journal", volume="116", issue="508", pages="1–20"),
        id="norwegian-argang-is-the-volume",
    ),
    pytest.param(
        "Humphreys, Macartan, Jeffrey D. Sachs og Joseph E. Stiglitz: «Introduction: What Is the Problem with Natural"
        " Resource Wealth?», i: M. Humphreys, J. D. Sachs og J. E. Stiglitz (red.): Escaping the Resource Curse."
        " New York: Columbia University Press, 2007.",
        dict(type="chapter", container="Escaping the Resource Curse", publisher="Columbia University Press",
             place="New York"),
        id="chapter-in-a-book-its-editors-before-a-colon",
    ),
    pytest.param(
        "장하준, 『사다리 걷어차기』 (부키, 2004).",
        dict(type="book", authors=["장, 하준"], title="사다리 걷어차기", publisher="부키", issued=PartialDate(2004)),
        id="korean-book-author-title-and-publisher-in-brackets",
    ),
    pytest.param(
        "이철승, 「세대, 계급, 위계: 386 세대의 집권과 불평등의 확대」, 『한국사회학』 제53집 제1호 (2019), 1–48쪽.",
        dict(type="article-journal", authors=["이, 철승"], container="한국사회학", volume="53", issue="1",
             pages="1–48", issued=PartialDate(2019)),
        id="korean-article-volume-issue-and-pages",
    ),
    pytest.param(
        "『연합뉴스』, 2024년 2월 28일.",
        dict(type="article-newspaper", title="", container="연합뉴스", issued=PartialDate(2024, 2, 28)),
        id="korean-paper-and-a-day",
    ),
    pytest.param(
        "보다 자세한 논의는 Chang Kyung-Sup, The Logic of Compressed Modernity (Cambridge: Polity, 2022) 참조.",
        dict(authors=["Chang, Kyung-Sup"], title="The Logic of Compressed Modernity", pages=""),
        id="korean-lead-in-and-see-around-a-western-reference",
    ),
    pytest.param(
        "Deutscher Bundestag: Stenografischer Bericht der 19. Sitzung, Plenarprotokoll 20/19, Berlin, 27. Februar"
        " 2022.",
        dict(authors=["Deutscher Bundestag"], place="Berlin", issued=PartialDate(2022, 2, 27)),
        id="german-body-colon-title-city-and-date-apart",
    ),
    pytest.param(
        "Maull, Hanns W.: Deutschland als Zivilmacht, in: Schmidt, Siegmar/Hellmann, Gunther/Wolf, Reinhard (Hrsg.):"
        " Handbuch zur deutschen Außenpolitik, Wiesbaden: VS Verlag für Sozialwissenschaften 2007, S. 73–84.",
        dict(type="chapter", publisher="VS Verlag für Sozialwissenschaften", issued=PartialDate(2007)),
        id="german-chapter-year-after-the-publisher-without-a-comma",
    ),
    pytest.param(
        "Lippert, Barbara/von Ondarza, Nicolai/Perthes, Volker (Hrsg.): Strategische Autonomie Europas. Akteure,"
        " Handlungsfelder, Zielkonflikte, Berlin: Stiftung Wissenschaft und Politik, Februar 2019 (SWP-Studie 2/2019).",
        dict(editors=(Name("Lippert", "Barbara"), Name("von Ondarza", "Nicolai"), Name("Perthes", "Volker")),
             title="Strategische Autonomie Europas. Akteure, Handlungsfelder, Zielkonflikte",
             collection="SWP-Studie", number="2/2019", place="Berlin"),
        id="german-editors-slashed-title-imprint-and-numbered-series",
    ),
    pytest.param(
        "Brössler, Daniel u. a.: Die Hundert-Milliarden-Überraschung, in: Süddeutsche Zeitung (online).",
        dict(authors=["Brössler, Daniel"]),
        id="german-u-a-is-et-al",
    ),
    pytest.param(
        "The Day After Tomorrow. Directed by Roland Emmerich, Twentieth Century Fox, 2004.",
        dict(type="motion_picture", title="The Day After Tomorrow", authors=[], publisher="Twentieth Century Fox",
             note="Directed by Roland Emmerich"),
        id="mla-film-its-director-and-studio",
    ),
    pytest.param(
        "Antonin Scalia, *Judicial Deference to Administrative Interpretations of Law*, 1989 Duke L.J. 511, 517.",
        dict(type="article-journal", container="Duke L.J.", volume="", pages="511", issued=PartialDate(1989)),
        id="bluebook-review-numbered-by-year",
    ),
    pytest.param(
        "Carbon Pollution Emission Guidelines for Existing Stationary Sources: Electric Utility Generating Units, 80"
        " Fed. Reg. 64,662 (Oct. 23, 2015).",
        dict(container="Fed. Reg.", volume="80", pages="64,662", issued=PartialDate(2015, 10, 23)),
        id="federal-register-page-with-a-thousands-comma",
    ),
    pytest.param(
        "Marbury v. Madison, 5 U.S. (1 Cranch) 137, 177 (1803).",
        dict(type="legal_case", title="Marbury v. Madison", container="U.S.", volume="5", pages="137",
             issued=PartialDate(1803)),
        id="us-reports-with-the-nominative-reporter-in-brackets",
    ),
    pytest.param(
        'Olivier Blanchard and Daniel Leigh, "Growth Forecast Errors and Fiscal Multipliers," IMF Working Paper WP/13/1'
        " (Washington, DC: International Monetary Fund, January 2013).",
        dict(type="report", collection="IMF Working Paper", number="WP/13/1", container="", volume=""),
        id="working-paper-series-and-number-after-a-quoted-title",
    ),
    pytest.param(
        "Board of Governors of the Federal Reserve System (US), Market Yield on U.S. Treasury Securities at 10-Year"
        " Constant Maturity, Quoted on an Investment Basis, Inflation-Indexed [FII10], retrieved from FRED, Federal"
        " Reserve Bank of St. Louis; https://fred.stlouisfed.org/series/FII10, March 1, 2024.",
        dict(type="dataset", authors=["Board of Governors of the Federal Reserve System (US)"], number="FII10",
             title="Market Yield on U.S. Treasury Securities at 10-Year Constant Maturity, Quoted on an Investment"
             " Basis, Inflation-Indexed"),
        id="fred-series-whose-title-has-commas",
    ),
    pytest.param(
        "Ben S. Bernanke, “The Global Saving Glut and the U.S. Current Account Deficit” (speech, Sandridge Lecture,"
        " Virginia Association of Economists, Richmond, VA, March 10, 2005).",
        dict(type="speech", genre="speech", container="Sandridge Lecture, Virginia Association of Economists",
             place="Richmond, VA", issued=PartialDate(2005, 3, 10)),
        id="chicago-speech-its-event-and-place-in-brackets",
    ),
    pytest.param(
        "Bauer, P., Thorpe, A. & Brunet, G. The quiet revolution of numerical weather prediction. *Nature* 525, 47–55"
        " (2015). https://doi.org/10.1038/nature14956",
        dict(type="article-journal", authors=["Bauer, P.", "Thorpe, A.", "Brunet, G."], container="Nature",
             title="The quiet revolution of numerical weather prediction", volume="525", pages="47–55"),
        id="nature-style-article",
    ),
    pytest.param(
        "Lorenz, E. N. Deterministic nonperiodic flow. *J. Atmos. Sci.* 20, 130–141 (1963)."
        " https://doi.org/10.1175/1520-0469(1963)020<0130:DNF>2.0.CO;2",
        dict(authors=["Lorenz, E. N."], doi="10.1175/1520-0469(1963)020<0130:DNF>2.0.CO;2"),
        id="nature-style-and-a-doi-with-angle-brackets",
    ),
    pytest.param(
        "Lin, Z. et al. Language models of protein sequences at the scale of evolution enable accurate structure"
        " prediction. Preprint at bioRxiv https://doi.org/10.1101/2022.07.20.500902 (2022).",
        dict(authors=["Lin, Z."], container="bioRxiv", genre="Preprint", issued=PartialDate(2022)),
        id="nature-style-preprint",
    ),
    pytest.param(
        'Filippov, T. V., "N-ary Lie algebras," Sib. Math. J. 9, 126-140 (1985).',
        dict(authors=["Filippov, T. V."], title="N-ary Lie algebras"),
        id="a-quoted-title-is-no-nature-style",
    ),
    pytest.param(
        "R v Oakes, [1986] 1 SCR 103 at para 69, 26 DLR (4th) 200 [Oakes].",
        dict(type="legal_case", title="R v Oakes", container="SCR", volume="1", pages="103", issued=PartialDate(1986)),
        id="mcgill-case-in-the-supreme-court-reports",
    ),
    pytest.param(
        "Hak c Procureur général du Québec, 2021 QCCS 1466.",
        dict(type="legal_case", title="Hak c Procureur général du Québec", container="QCCS", issued=PartialDate(2021)),
        id="quebec-case-in-french-with-a-neutral-citation",
    ),
    pytest.param(
        "Act respecting the laicity of the State, SQ 2019, c 12, ss 6, 34.",
        dict(type="legislation", title="Act respecting the laicity of the State", number="SQ 2019, c 12",
             container="", issued=PartialDate(2019)),
        id="mcgill-statute-book-year-and-chapter",
    ),
    pytest.param(
        "Peter W Hogg & Allison A Bushell, “The Charter Dialogue Between Courts and Legislatures” (1997) 35:1"
        " Osgoode Hall LJ 75.",
        dict(type="article-journal", container="Osgoode Hall LJ", volume="35", issue="1", pages="75"),
        id="mcgill-law-review-volume-colon-issue",
    ),
    pytest.param(
        "Ks. Suomi, Juhani: Suomi, Neuvostoliitto ja yya-sopimus. Helsinki: Tammi, 2016.",
        dict(authors=["Suomi, Juhani"], title="Suomi, Neuvostoliitto ja yya-sopimus", publisher="Tammi"),
        id="finnish-see-lead-in-and-author-colon-title",
    ),
    pytest.param(
        "Bergquist, Mats – Heisbourg, François – Nyberg, René – Tiilikainen, Teija: Arvio Suomen mahdollisen"
        " Nato-jäsenyyden vaikutuksista. Helsinki: Ulkoministeriö, 2016.",
        dict(authors=["Bergquist, Mats", "Heisbourg, François", "Nyberg, René", "Tiilikainen, Teija"]),
        id="finnish-authors-joined-by-dashes",
    ),
    pytest.param(
        "World Development Report 2017: Governance and the Law. Washington, DC : World Bank, 2017.",
        dict(place="Washington, DC", publisher="World Bank"),
        id="state-code-after-the-city-stays-with-it-before-a-spaced-colon",
    ),
    pytest.param(
        "Kenneth Waltz ve Scott Sagan, *Nükleer Silahların Yayılması*, çev. Ali Demir, İstanbul: İletişim, 2012.",
        dict(authors=["Waltz, Kenneth", "Sagan, Scott"], title="Nükleer Silahların Yayılması", container="",
             place="İstanbul", publisher="İletişim"),
        id="turkish-ve-between-authors-translator-and-a-dotted-capital-city",
    ),
    pytest.param(
        'Dani Rodrik, "Premature Deindustrialization", *Journal of Economic Growth*, C. 21, S. 1, 2016, s. 1-33.',
        dict(container="Journal of Economic Growth", volume="21", issue="1", pages="1–33"),
        id="turkish-cilt-and-sayi",
    ),
    pytest.param(
        "Möttölä, Kari: Finland and NATO. Teoksessa Ojanen, Hanna (toim.): Neutrality and Non-alignment in Europe"
        " Today. Helsinki: Ulkopoliittinen instituutti, 2003.",
        dict(type="chapter", title="Finland and NATO", editors=(Name(family="Ojanen", given="Hanna"),),
             container="Neutrality and Non-alignment in Europe Today", place="Helsinki"),
        id="finnish-chapter-teoksessa-editors-toim",
    ),
    pytest.param(
        "Moe, Arild: Russia and the Arctic. In: Smith, Jane (Hrsg.): Arctic Politics. Oslo: Fridtjof Nansen"
        " Institute, 2015.",
        dict(type="chapter", container="Arctic Politics", place="Oslo", publisher="Fridtjof Nansen Institute"),
        id="german-chapter-book-then-place-and-publisher",
    ),
    pytest.param(
        "Virtanen, Aino: Arctic Security Policy. Väitöskirja. Rovaniemi: Lapin yliopisto, 2020.",
        dict(type="thesis", title="Arctic Security Policy", place="Rovaniemi", publisher="Lapin yliopisto"),
        id="finnish-dissertation-word",
    ),
    pytest.param(
        "Про Державний бюджет України на 2021 рік : Закон України від 15 груд. 2020 р. № 1082-IX."
        " URL: https://zakon.rada.gov.ua/laws/show/1082-20 (дата звернення: 01.02.2024).",
        dict(type="legislation", title="Про Державний бюджет України на 2021 рік", number="1082-IX",
             issued=PartialDate(2020, 12, 15), accessed=PartialDate(2024, 2, 1)),
        id="dstu-act-title-kind-date-number-and-link",
    ),
    pytest.param(
        "Конституція Російської Федерації : прийнята всенародним голосуванням 12 груд. 1993 р.",
        dict(type="legislation", title="Конституція Російської Федерації", issued=PartialDate(1993, 12, 12)),
        id="dstu-constitution-adopted-on-a-date",
    ),
    pytest.param(
        "Bértola, L., & Ocampo, J. A. (2013). El desarrollo económico de América Latina desde la Independencia."
        " Fondo de Cultura Económica.",
        dict(type="book", container="", publisher="Fondo de Cultura Económica"),
        id="apa7-book-publisher-without-place",
    ),
    pytest.param(
        "Acemoglu, D., & Robinson, J. A. (2012). *Why nations fail: The origins of power, prosperity, and poverty*."
        " Crown.",
        dict(type="book", title="Why nations fail: The origins of power, prosperity, and poverty", container="",
             publisher="Crown"),
        id="apa7-book-title-in-italics-then-publisher",
    ),
    pytest.param(
        "Jamieson, J. P. (2010). Need threat can motivate performance. Personality and social psychology bulletin.",
        dict(publisher=""),
        id="apa-journal-without-volume-is-no-publisher",
    ),
    pytest.param(
        "Cambio de rumbo. (2015, 10 de abril). El País. https://elpais.com/elpais/2015/04/10/opinion/1.html",
        dict(type="article-newspaper", authors=[], title="Cambio de rumbo", container="El País",
             issued=PartialDate(2015, 4, 10)),
        id="apa-no-author-short-title-day-first-spanish-date-and-outlet",
    ),
    pytest.param(
        "Murphy, K. (2014, August 12). Data retention: Backbencher calls for warrants. The Guardian."
        " https://www.theguardian.com/x",
        dict(type="article-newspaper", title="Data retention: Backbencher calls for warrants", container="The Guardian"),
        id="apa-news-outlet-after-the-title",
    ),
    pytest.param(
        "Editorial Board, “Why the Arctic Matters,” High North News, March 3, 2021.",
        dict(authors=["Editorial Board"]),
        id="editorial-is-no-editor-role",
    ),
    pytest.param(
        "Post Office (Horizon System) Offences Act 2024 (c. 14).",
        dict(type="legislation", title="Post Office (Horizon System) Offences Act 2024", publisher="",
             issued=PartialDate(2024)),
        id="uk-act-with-its-chapter-in-brackets",
    ),
    pytest.param(
        "Hamilton v Post Office Ltd [2021] EWCA Crim 577.",
        dict(type="legal_case", container="EWCA Crim", issued=PartialDate(2021)),
        id="uk-neutral-citation-names-the-court",
    ),
    pytest.param(
        "Stephen Mason and Daniel Seng (eds), Electronic Evidence and Electronic Signatures (5th edn, London:"
        " Institute of Advanced Legal Studies, 2021).",
        dict(type="book", authors=[], editors=(Name(family="Mason", given="Stephen"), Name(family="Seng", given="Daniel")),
             edition="5"),
        id="oscola-editors-of-a-whole-book",
    ),
    pytest.param(
        "HM Treasury, Spending Review and Autumn Statement 2015, Cm 9162 (London: HMSO, 2015).",
        dict(type="report", authors=["HM Treasury"], number="Cm 9162", publisher="HMSO"),
        id="command-paper-number-after-the-title",
    ),
    pytest.param(
        "Case C-619/18 *Commission v Poland (Independence of the Supreme Court)* EU:C:2019:531.",
        dict(type="legal_case", title="Commission v Poland (Independence of the Supreme Court)",
             issued=PartialDate(2019)),
        id="eu-case-with-the-parties-in-italics",
    ),
    pytest.param(
        "Trybunał Konstytucyjny, wyrok z dnia 7 października 2021 r., sygn. akt K 3/21.",
        dict(type="legal_case", authors=["Trybunał Konstytucyjny"], issued=PartialDate(2021, 10, 7)),
        id="polish-court-and-its-judgment",
    ),
    pytest.param(
        "Emmanuel Macron, entretien accordé à TF1 et France 2, 22 mars 2023.",
        dict(type="interview", authors=["Macron, Emmanuel"], title="", issued=PartialDate(2023, 3, 22)),
        id="french-interview-given-to-a-broadcaster",
    ),
    pytest.param(
        "European Commission, ‘Rule of law conditionality regulation’ <https://commission.europa.eu/rule-law_en>"
        " accessed 20 February 2025.",
        dict(type="webpage", title="Rule of law conditionality regulation"),
        id="a-web-page-about-a-regulation-is-no-regulation",
    ),
    pytest.param(
        "Venice Commission, ‘Opinion on the Draft Law on the Judiciary’ (11 March 2016) CDL-AD(2016)001.",
        dict(number="CDL-AD(2016)001", container="", volume=""),
        id="document-symbol-with-its-year-in-brackets",
    ),
    pytest.param(
        "Court of Justice of the European Union, Case C-311/18, Data Protection Commissioner v Facebook Ireland Ltd"
        " and Maximillian Schrems, judgment of 16 July 2020, ECLI:EU:C:2020:559.",
        dict(type="legal_case", authors=[], title="Data Protection Commissioner v Facebook Ireland Ltd and Maximillian"
             " Schrems", issued=PartialDate(2020, 7, 16)),
        id="eu-case-after-its-court-with-the-judgment-date-written-out",
    ),
    pytest.param(
        "U.S. Geological Survey, *Mineral Commodity Summaries 2024* (Reston, VA: U.S. Geological Survey, 2024).",
        dict(authors=["U.S. Geological Survey"]),
        id="a-us-agency-is-no-person",
    ),
    pytest.param(
        'Piczak, Karol J. n.d. "ESC-50: Dataset for Environmental Sound Classification." GitHub repository.'
        " Accessed March 4, 2024. https://github.com/karolpiczak/ESC-50.",
        dict(authors=["Piczak, Karol J."], issued=None),
        id="chicago-author-date-n-d-in-the-year-s-place",
    ),
    pytest.param(
        "Salamon, Justin, and Juan Pablo Bello. 2014. *UrbanSound8K*. Dataset. Zenodo.",
        dict(type="dataset", genre="Dataset", publisher="Zenodo"),
        id="chicago-author-date-dataset-and-its-repository",
    ),
    pytest.param(
        "Ulkoministeriö: Suomen ulkopolitiikan linjaukset. Ulkoministeriön julkaisuja 2021:5. Helsinki: Ulkoministeriö,"
        " 2021.",
        dict(authors=["Ulkoministeriö"], title="Suomen ulkopolitiikan linjaukset", number="2021:5", place="Helsinki",
             publisher="Ulkoministeriö"),
        id="body-colon-title-series-number-then-imprint",
    ),
    pytest.param(
        "Lo B. Axis of Convenience: Moscow, Beijing, and the New Geopolitics. Washington, DC: Brookings Institution"
        " Press; 2008.",
        dict(authors=["Lo, B."], title="Axis of Convenience: Moscow, Beijing, and the New Geopolitics"),
        id="a-vancouver-author-before-a-title-with-a-colon-is-no-body",
    ),
    pytest.param(
        "Comisión Económica para América Latina y el Caribe. (2023). Balance Preliminar de las Economías de América"
        " Latina y el Caribe 2023 (LC/PUB.2023/23-P). CEPAL.",
        dict(type="report", number="LC/PUB.2023/23-P", publisher="CEPAL"),
        id="apa-document-symbol-after-the-title-then-publisher",
    ),
    pytest.param(
        'Hyun Song Shin, "Risk and liquidity", BIS Working Papers No 400, Bank for International Settlements, 2012.',
        dict(type="report", collection="BIS Working Papers", number="400", container="",
             publisher="Bank for International Settlements"),
        id="working-paper-series-then-its-issuer",
    ),
    pytest.param(
        '"The Fed\'s Balancing Act," The Indicator (NPR), podcast episode, hosted by Adrian Ma, 2024.',
        dict(type="broadcast", container="The Indicator", publisher="NPR"),
        id="podcast-episode-its-show-and-network",
    ),
    pytest.param(
        'Agustín Carstens, "The Return of Inflation," speech at the International Center for Monetary and Banking'
        " Studies, Geneva, 5 April 2022.",
        dict(type="speech", place="Geneva", container="", issued=PartialDate(2022, 4, 5)),
        id="speech-at-an-event-then-its-place",
    ),
    pytest.param(
        'Krugman, P. (2021), "The Inflation Debate", New York Times, 11 February 2021.',
        dict(issued=PartialDate(2021, 2, 11), container="New York Times"),
        id="the-day-named-later-refines-the-year-named-first",
    ),
    pytest.param(
        "Gesetz zur Änderung des Grundgesetzes (Artikel 91c, 91d, 104b, 109, 109a, 115, 143d) vom 29. Juli 2009,"
        " BGBl. I S. 2248.",
        dict(type="legislation", title="Gesetz zur Änderung des Grundgesetzes (Artikel 91c, 91d, 104b, 109, 109a, 115,"
             " 143d)", container="BGBl. I", pages="2248", issued=PartialDate(2009, 7, 29)),
        id="german-act-its-date-and-the-federal-law-gazette",
    ),
    pytest.param(
        "BRASIL. Lei nº 12.651, de 25 de maio de 2012. Dispõe sobre a proteção da vegetação nativa. Diário Oficial da"
        " União: seção 1, Brasília, DF, 28 maio 2012.",
        dict(type="legislation", authors=[], title="Lei nº 12.651, de 25 de maio de 2012",
             container="Diário Oficial da União", issued=PartialDate(2012, 5, 25)),
        id="abnt-act-after-its-jurisdiction",
    ),
    pytest.param(
        "ESPAÑA. Ley 2/2011, de 4 de marzo, de Economía Sostenible. Boletín Oficial del Estado, 5 de marzo de 2011.",
        dict(type="legislation", title="Ley 2/2011, de 4 de marzo", issued=PartialDate(2011, 3, 4)),
        id="spanish-act-whose-year-is-in-its-number",
    ),
    pytest.param(
        "Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised"
        " rules on artificial intelligence (Artificial Intelligence Act). (2024). Official Journal of the European"
        " Union, L series, 12 July 2024. http://data.europa.eu/eli/reg/2024/1689/oj",
        dict(type="legislation", authors=[], container="Official Journal of the European Union",
             issued=PartialDate(2024, 6, 13)),
        id="apa-eu-act-in-the-author-s-place",
    ),
    pytest.param(
        "Angwin, J., & Larson, J. (2016, May 23). Machine bias. *ProPublica*. https://www.propublica.org/article/x",
        dict(type="webpage", title="Machine bias", container="ProPublica", genre=""),
        id="apa-dated-item-in-its-italic-outlet",
    ),
    pytest.param(
        "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection of"
        " natural persons (General Data Protection Regulation). (2016). *Official Journal of the European Union*,"
        " L 119, 4 May 2016.",
        dict(type="legislation", authors=[], container="Official Journal of the European Union",
             issued=PartialDate(2016, 4, 27)),
        id="apa-eu-act-with-the-journal-in-italics",
    ),
    pytest.param(
        "Klein, Naomi. This Changes Everything: Capitalism vs. the Climate. Simon and Schuster, 2014.",
        dict(type="book", container="", publisher="Simon and Schuster", issued=PartialDate(2014)),
        id="mla-book-publisher-and-year",
    ),
    pytest.param(
        "Hoiem, David. Putting objects in perspective. IJCV, 2008.",
        dict(publisher=""),
        id="mla-a-journal-s-initials-are-no-publisher",
    ),
    pytest.param(
        "National Institute of Standards and Technology. (2023). Artificial Intelligence Risk Management Framework"
        " (AI RMF 1.0) (NIST AI 100-1). U.S. Department of Commerce. https://doi.org/10.6028/NIST.AI.100-1",
        dict(type="report", title="Artificial Intelligence Risk Management Framework (AI RMF 1.0)",
             number="NIST AI 100-1", publisher="U.S. Department of Commerce"),
        id="apa-standard-number-after-the-title-then-publisher",
    ),
    pytest.param(
        "SOARES-FILHO, Britaldo et al. Cracking Brazil's Forest Code. Science, v. 344, n. 6182, p. 363-364, 2014.",
        dict(authors=["Soares-Filho, Britaldo"], container="Science", volume="344"),
        id="abnt-et-al-after-the-first-author-s-given-name",
    ),
    pytest.param(
        "International Energy Agency. *Net Zero by 2050: A Roadmap for the Global Energy Sector*. IEA, May 2021.",
        dict(type="report", container="", publisher="IEA", issued=PartialDate(2021, 5)),
        id="mla-report-published-under-the-author-s-initials",
    ),
    pytest.param(
        "Bundesministerium der Finanzen: Die Schuldenbremse des Bundes, https://www.bundesfinanzministerium.de/x.html"
        " (abgerufen am 18.01.2024).",
        dict(type="webpage", authors=["Bundesministerium der Finanzen"], title="Die Schuldenbremse des Bundes"),
        id="body-colon-title-of-a-web-page",
    ),
    pytest.param(
        "Bundesverfassungsgericht: Schuldenbremse gilt auch für Notlagenkredite, Pressemitteilung Nr. 101/2023 vom"
        " 15. November 2023.",
        dict(authors=["Bundesverfassungsgericht"], title="Schuldenbremse gilt auch für Notlagenkredite",
             genre="Pressemitteilung", number="101/2023", issued=PartialDate(2023, 11, 15)),
        id="german-press-release-its-number-and-day",
    ),
    pytest.param(
        "Raji, I. D., & Buolamwini, J. (2019). Actionable auditing. *Proceedings of the 2nd AAAI/ACM Conference on AI,"
        " Ethics, and Society*, PMLR 2, 429–435.",
        dict(type="paper-conference"),
        id="proceedings-of-a-numbered-meeting-with-a-series-volume",
    ),
    pytest.param(
        "T. Boeri, *Populismo e stato sociale*, in «Rivista di Politica Economica», 95 (2005), 3, pp. 201-230.",
        dict(type="article-journal", title="Populismo e stato sociale", container="Rivista di Politica Economica",
             volume="95", issue="3", pages="201–230", issued=PartialDate(2005)),
        id="italian-title-in-italics-then-journal-in-guillemets",
    ),
    pytest.param(
        "Kitaoka Shin'ichi 北岡伸一, 『日本政治史』 *Nihon seiji shi* [A political history of Japan] (Tokyo: Yūhikaku,"
        " 2011), 45.",
        dict(type="book", authors=["Kitaoka, Shin'ichi"], title="Nihon seiji shi", place="Tokyo", publisher="Yūhikaku"),
        id="japanese-original-script-beside-its-romanisation",
    ),
    pytest.param(
        "Masuda Hiroya 増田寛也, 「壊死する地方都市」 “Eshi suru chihō toshi” [Regional cities in necrosis], 『中央公論』"
        " *Chūō Kōron*, December 2013.",
        dict(authors=["Masuda, Hiroya"], title="Eshi suru chihō toshi", container="Chūō Kōron"),
        id="japanese-article-with-its-translation-in-brackets",
    ),
    pytest.param(
        "P. Macry, P. Villani (a cura di), *Storia d'Italia. La Campania*, Torino, Einaudi, 1990.",
        dict(authors=[], editors=(Name(family="Macry", given="P."), Name(family="Villani", given="P.")),
             publisher="Einaudi", place="Torino"),
        id="italian-editors-a-cura-di",
    ),
    pytest.param(
        "Mandavilli A. First malaria vaccine approved by W.H.O. New York Times [Internet]. 2021 Oct 6 [cited 2024 Apr"
        " 2]. Available from: https://www.nytimes.com/2021/10/06/health/malaria-vaccine-who.html",
        dict(type="article-newspaper", authors=["Mandavilli, A."], title="First malaria vaccine approved by W.H.O",
             container="New York Times", issued=PartialDate(2021, 10, 6)),
        id="nlm-newspaper-read-online",
    ),
    pytest.param(
        "Hanford, E. (Host). (2022). Sold a story: How teaching kids to read went so wrong [Audio podcast]. APM"
        " Reports. https://features.apmreports.org/sold-a-story/",
        dict(type="broadcast", authors=["Hanford, E."], title="Sold a story: How teaching kids to read went so wrong",
             container="APM Reports", genre="Audio podcast"),
        id="apa-role-in-brackets-and-a-description-after-a-plain-title",
    ),
    pytest.param(
        "Kuhfeld, M., & Lewis, K. (2022). Test score patterns across three school years (EdWorkingPaper No. 22-521)."
        " Annenberg Institute at Brown University. https://doi.org/10.26300/ga82-6v47",
        dict(type="report", collection="EdWorkingPaper", number="22-521",
             publisher="Annenberg Institute at Brown University"),
        id="apa-series-and-number-after-the-title-then-publisher",
    ),
    pytest.param(
        "DURAND, Paul. Soins infirmiers en pédiatrie. Paris : MASSON, 2009. 212 p.",
        dict(type="book", container="", publisher="MASSON"),
        id="a-page-count-is-no-container",
    ),
    pytest.param(
        "LOVEJOY, Thomas E.; NOBRE, Carlos. Amazon tipping point. Science Advances, v. 4, n. 2, eaat2340, 2018.",
        dict(type="article-journal", authors=["Lovejoy, Thomas E.", "Nobre, Carlos"], container="Science Advances",
             volume="4", issue="2", pages="eaat2340"),
        id="abnt-article-number-for-pages",
    ),
    pytest.param(
        "Adam Liptak, *Supreme Court Upholds Health Care Law*, N.Y. Times (June 28, 2012),"
        " https://www.nytimes.com/2012/06/29/us/supreme-court-lets-health-law-largely-stand.html"
        " (last visited Jan. 6, 2025).",
        dict(accessed=PartialDate(2025, 1, 6), issued=PartialDate(2012, 6, 28)),
        id="bluebook-last-visited-is-the-access-date",
    ),
    pytest.param(
        "Lina M. Khan, Amazon's Antitrust Paradox, 126 Yale L.J. 710, 712 (2017).",
        dict(type="article-journal", authors=["Khan, Lina M."], title="Amazon's Antitrust Paradox",
             container="Yale L.J.", volume="126", pages="710", issued=PartialDate(2017)),
        id="bluebook-article-title-in-roman",
    ),
    pytest.param(
        "Danielle Keats Citron & Mary Anne Franks, The Internet as a Speech Machine and Other Myths Confounding"
        " Section 230 Reform, 2020 U. Chi. Legal F. 45, 47.",
        dict(type="article-journal", authors=["Citron, Danielle Keats", "Franks, Mary Anne"], volume="",
             title="The Internet as a Speech Machine and Other Myths Confounding Section 230 Reform",
             container="U. Chi. Legal F.", pages="45", issued=PartialDate(2020)),
        id="bluebook-article-title-in-roman-review-numbered-by-year",
    ),
    pytest.param(
        "Aaron Flaaen and Justin Pierce, “Disentangling the Effects of the 2018–2019 Tariffs on a Globally Connected"
        " U.S. Manufacturing Sector,” Finance and Economics Discussion Series 2019-086 (Washington: Board of Governors"
        " of the Federal Reserve System, 2019), https://doi.org/10.17016/FEDS.2019.086.",
        dict(type="report", container="", collection="Finance and Economics Discussion Series", number="2019-086",
             publisher="Board of Governors of the Federal Reserve System"),
        id="chicago-paper-in-a-numbered-series-with-its-imprint",
    ),
    pytest.param(
        "U.S. International Trade Commission, Economic Impact of Section 232 and 301 Tariffs on U.S. Industries,"
        " Publication 5405 (Washington, DC: USITC, March 2023).",
        dict(type="report", title="Economic Impact of Section 232 and 301 Tariffs on U.S. Industries",
             genre="Publication", number="5405", publisher="USITC"),
        id="chicago-report-number-after-a-plain-title",
    ),
    pytest.param(
        "U.S. International Trade Commission, *Economic Impact of Section 232 and 301 Tariffs on U.S. Industries*,"
        " Publication 5405 (Washington, DC: USITC, March 2023).",
        dict(type="report", container="", volume="", genre="Publication", number="5405"),
        id="chicago-report-number-after-an-italic-title",
    ),
    pytest.param(
        "Thomas P. Power, \"Jokowi's Authoritarian Turn and Indonesia's Democratic Decline\", Bulletin of Indonesian"
        " Economic Studies, Vol. 54, No. 3 (2018), hlm. 307–338.",
        dict(type="article-journal", volume="54", issue="3", pages="307–338"),
        id="indonesian-hlm-pages",
    ),
    pytest.param(
        "Lihat Edward Aspinall dan Ward Berenschot, Democracy for Sale: Elections, Clientelism, and the State in"
        " Indonesia (Ithaca: Cornell University Press, 2019).",
        dict(type="book", authors=["Aspinall, Edward", "Berenschot, Ward"], publisher="Cornell University Press"),
        id="indonesian-lead-in-and-dan",
    ),
    pytest.param(
        "Kementerian Energi dan Sumber Daya Mineral, \"Rekor Investasi Hilirisasi\", 16 Agustus 2023,"
        " https://www.esdm.go.id/, diakses pada 12 Januari 2024.",
        dict(issued=PartialDate(2023, 8, 16), accessed=PartialDate(2024, 1, 12)),
        id="indonesian-months-and-access-date",
    ),
    pytest.param(
        "Instituto Nacional de Estadística y Censos [INDEC]. (s. f.). *Índice de precios al consumidor (IPC)*."
        " Recuperado el 13 de marzo de 2024, de https://www.indec.gob.ar/indec/web/Nivel4-Tema-3-5-31",
        dict(authors=["Instituto Nacional de Estadística y Censos"], issued=None, accessed=PartialDate(2024, 3, 13)),
        id="spanish-apa-no-date-and-recuperado",
    ),
    pytest.param(
        "Véanse Reinhart, C. M., & Rogoff, K. S. (2009). *This time is different: Eight centuries of financial"
        " folly*. Princeton University Press.",
        dict(authors=["Reinhart, C. M.", "Rogoff, K. S."], publisher="Princeton University Press"),
        id="spanish-plural-lead-in",
    ),
    pytest.param(
        "Se t.ex. Staffan A. Qvist och Barry W. Brook, ”Potential for Worldwide Displacement of Fossil-Fuel"
        " Electricity”, PLOS ONE 10, nr 5 (2015), e0124074, doi:10.1371/journal.pone.0124074.",
        dict(authors=["Qvist, Staffan A.", "Brook, Barry W."], container="PLOS ONE", volume="10", issue="5",
             pages="e0124074"),
        id="swedish-lead-in-and-an-article-number-after-the-year",
    ),
    pytest.param(
        "*See Massachusetts v. EPA*, 549 U.S. 497, 528–29 (2007).",
        dict(type="legal_case", title="Massachusetts v. EPA", volume="549"),
        id="bluebook-signal-in-the-case-names-italics",
    ),
    pytest.param(
        "*See, e.g.*, Mila Sohoni, *The Major Questions Quartet*, 136 Harv. L. Rev. 262 (2022).",
        dict(type="article-journal", authors=["Sohoni, Mila"], container="Harv. L. Rev.", volume="136"),
        id="bluebook-italic-see-eg",
    ),
    pytest.param("*See No Evil* (New York: Crown, 2002).", dict(title="See No Evil"), id="a-title-that-opens-with-see"),
    pytest.param(
        "Exec. Order No. 12,866, 58 Fed. Reg. 51,735 (Oct. 4, 1993).",
        dict(type="legislation", title="Exec. Order No. 12,866", volume="58", pages="51,735"),
        id="bluebook-thousands-in-an-order-number",
    ),
    pytest.param(
        "S. Rep. No. 91-1196, at 16 (1970).",
        dict(type="report", title="S. Rep. No. 91-1196", number="91-1196", authors=[], issued=PartialDate(1970)),
        id="bluebook-congressional-report",
    ),
    pytest.param(
        "Press Release, U.S. Env’t Prot. Agency, Biden-Harris Administration Finalizes Suite of Standards to Reduce"
        " Pollution from Fossil Fuel-Fired Power Plants (Apr. 25, 2024).",
        dict(authors=["U.S. Env’t Prot. Agency"], genre="Press Release", issued=PartialDate(2024, 4, 25),
             title="Biden-Harris Administration Finalizes Suite of Standards to Reduce Pollution from Fossil"
             " Fuel-Fired Power Plants"),
        id="bluebook-press-release",
    ),
    pytest.param(
        "Sunak, R. (2022) ‘PM speech to the Lord Mayor’s Banquet’. Speech at Guildhall, London, 28 November.",
        dict(type="speech", volume="", issue="", issued=PartialDate(2022, 11, 28)),
        id="harvard-speech-the-no-of-november-is-no-issue",
    ),
    pytest.param(
        "Gary Clyde Hufbauer et al., *Economic Sanctions Reconsidered*, 3rd ed. (Washington, DC: Peterson Institute"
        " for International Economics, 2007).",
        dict(type="book", edition="3"),
        id="an-edition-is-a-book-whoever-publishes-it",
    ),
    pytest.param(
        "Dornbusch, R., & Edwards, S. (1991). The macroeconomics of populism. In R. Dornbusch & S. Edwards (Eds.),"
        " *The macroeconomics of populism in Latin America* (pp. 7-13). University of Chicago Press.",
        dict(type="chapter", authors=["Dornbusch, R.", "Edwards, S."], title="The macroeconomics of populism",
             container="The macroeconomics of populism in Latin America", pages="7–13"),
        id="apa-chapter-editors-before-the-italic-book",
    ),
    pytest.param(
        "Dornbusch, R., & Edwards, S. (1991). The macroeconomics of populism. En R. Dornbusch & S. Edwards (Eds.),"
        " *The macroeconomics of populism in Latin America* (pp. 7-13). University of Chicago Press.",
        dict(type="chapter", title="The macroeconomics of populism",
             container="The macroeconomics of populism in Latin America"),
        id="apa-chapter-in-spanish",
    ),
    pytest.param(
        "Thomas B. Johansson och Henry Kelly, ”Renewable Fuels and Electricity for a Growing World Economy”, i Thomas"
        " B. Johansson m.fl. (red.), Renewable Energy: Sources for Fuels and Electricity (Washington, DC: Island"
        " Press, 1993).",
        dict(type="chapter", container="Renewable Energy: Sources for Fuels and Electricity",
             publisher="Island Press"),
        id="swedish-chapter-i-editors-red",
    ),
    pytest.param(
        "Svenska kraftnät, Långsiktig marknadsanalys 2021 (Sundbyberg: Svenska kraftnät, 2021).",
        dict(type="report", authors=["Svenska kraftnät"], title="Långsiktig marknadsanalys 2021"),
        id="a-body-named-first-that-publishes-its-own-work",
    ),
    pytest.param(
        "Comisión Económica para América Latina y el Caribe [CEPAL]. (2010). *La hora de la igualdad: brechas por"
        " cerrar, caminos por abrir* (LC/G.2432(SES.33/3)). Naciones Unidas.",
        dict(type="report", number="LC/G.2432(SES.33/3)", publisher="Naciones Unidas"),
        id="apa-document-symbol-after-an-italic-title",
    ),
    pytest.param(
        "Izquierdo, A., Pessino, C., & Vuletin, G. (Eds.). (2018). *Mejor gasto para mejores vidas*. Banco"
        " Interamericano de Desarrollo.",
        dict(type="book", authors=[], publisher="Banco Interamericano de Desarrollo"),
        id="apa-edited-book-publisher-alone",
    ),
    pytest.param(
        "Milei, J. (2023, 10 de diciembre). *Discurso de asunción presidencial* [Discurso]. Congreso de la Nación,"
        " Buenos Aires.",
        dict(type="speech", genre="Discurso", place="Buenos Aires", issued=PartialDate(2023, 12, 10)),
        id="apa-description-in-spanish",
    ),
    pytest.param(
        "Ley 27.541 de 2019. Ley de Solidaridad Social y Reactivación Productiva en el Marco de la Emergencia Pública."
        " 23 de diciembre de 2019. Boletín Oficial de la República Argentina.",
        dict(type="legislation", container="Boletín Oficial de la República Argentina",
             title="Ley 27.541 de 2019. Ley de Solidaridad Social y Reactivación Productiva en el Marco de la"
             " Emergencia Pública", issued=PartialDate(2019, 12, 23)),
        id="apa-law-in-spanish",
    ),
    pytest.param(
        "Decreto 70/2023 [Decreto de Necesidad y Urgencia]. Bases para la Reconstrucción de la Economía Argentina. 21"
        " de diciembre de 2023. Boletín Oficial de la República Argentina.",
        dict(type="legislation", genre="Decreto de Necesidad y Urgencia",
             title="Decreto 70/2023. Bases para la Reconstrucción de la Economía Argentina"),
        id="apa-decree-in-spanish-with-its-kind",
    ),
    pytest.param(
        "Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja, Lembaran Negara Republik Indonesia Tahun 2020 Nomor"
        " 245.",
        dict(type="legislation", title="Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja",
             container="Lembaran Negara Republik Indonesia", issued=PartialDate(2020), authors=[]),
        id="indonesian-act",
    ),
    pytest.param(
        "Putusan Mahkamah Konstitusi Nomor 91/PUU-XVIII/2020, diucapkan pada 25 November 2021, https://www.mkri.id,"
        " diakses pada 12 Januari 2024.",
        dict(type="legal_case", title="Putusan Mahkamah Konstitusi Nomor 91/PUU-XVIII/2020",
             issued=PartialDate(2021, 11, 25), accessed=PartialDate(2024, 1, 12)),
        id="indonesian-court-ruling",
    ),
    pytest.param(
        "Council Regulation (EU) No 833/2014 of 31 July 2014 concerning restrictive measures in view of Russia’s"
        " actions destabilising the situation in Ukraine, *Official Journal of the European Union* L 229, July 31,"
        " 2014, 1.",
        dict(type="legislation", container="Official Journal of the European Union", issue="L 229", pages="1",
             issued=PartialDate(2014, 7, 31)),
        id="eu-act-in-the-official-journal-spelled-out",
    ),
    pytest.param(
        "Barack Obama, Address to the Nation on Syria, Washington, DC, September 10, 2013.",
        dict(type="speech", place="Washington, DC", publisher="", title="Address to the Nation on Syria"),
        id="a-titled-speech-then-its-city-and-day",
    ),
    pytest.param(
        "Engzell, P., Frey, A., & Verhagen, M. D. (2021). Learning loss due to school closures during the COVID-19"
        " pandemic. Proceedings of the National Academy of Sciences, 118(17), Article e2022376118.",
        dict(type="article-journal", volume="118", issue="17", pages="e2022376118"),
        id="apa-article-number",
    ),
    pytest.param(
        "National Center for Education Statistics. (2023). Report on the condition of education 2023 (NCES"
        " 2023-144). U.S. Department of Education. https://nces.ed.gov/pubsearch/pubsinfo.asp?pubid=2023144",
        dict(type="report", number="NCES 2023-144", publisher="U.S. Department of Education",
             title="Report on the condition of education 2023"),
        id="apa-agency-report-number-then-publisher-then-link",
    ),
    pytest.param(
        "Park, Daniel S., William Chan, and Quoc V. Le. 2019. \"SpecAugment: A Simple Data Augmentation Method for"
        " Automatic Speech Recognition.\" Preprint, arXiv:1904.08779. https://arxiv.org/abs/1904.08779.",
        dict(type="document", publisher="arXiv"),  # a preprint, not a "speech"
        id="speech-recognition-in-a-title-is-no-speech",
    ),
    pytest.param(
        "Lin, Z. et al. Language models of protein sequences at the scale of evolution enable accurate structure"
        " prediction. Preprint at *bioRxiv* https://doi.org/10.1101/2022.07.20.500902 (2022).",
        dict(container="bioRxiv", genre="Preprint"),
        id="nature-preprint-repository-in-italics",
    ),
    pytest.param(
        "Olav Riste, Norway’s Foreign Relations: A History, Oslo: Universitetsforlaget, 2001.",
        dict(type="book", authors=["Riste, Olav"], title="Norway’s Foreign Relations: A History", place="Oslo",
             publisher="Universitetsforlaget"),
        id="chicago-book-title-in-roman-with-a-subtitle",
    ),
    pytest.param(
        "Robert Keohane, After Hegemony, Princeton: Princeton University Press, 1984.",
        dict(type="book", place="Princeton", publisher="Princeton University Press"),
        id="chicago-imprint-after-a-title-in-roman",
    ),
    pytest.param(
        "Rolf Tamnes and Kristine Offerdal, eds., Geopolitics and Security in the Arctic: Regional Dynamics in a"
        " Global World, London: Routledge, 2014.",
        dict(type="book", authors=[], title="Geopolitics and Security in the Arctic: Regional Dynamics in a Global"
             " World", container="", publisher="Routledge"),
        id="edited-book-title-in-roman",
    ),
    pytest.param(
        "Se Rolf Tamnes og Kristine Offerdal (red.), Geopolitics and Security in the Arctic, London: Routledge, 2014.",
        dict(type="book", title="Geopolitics and Security in the Arctic", place="London"),
        id="edited-book-red-title-in-roman",
    ),
    pytest.param(
        "Olaf Scholz: The Global Zeitenwende. How to Avoid a New Cold War in a Multipolar Era, in: Foreign Affairs 102"
        " (2023) 1, S. 22–38.",
        dict(type="article-journal", authors=["Scholz, Olaf"], container="Foreign Affairs", volume="102", issue="1",
             pages="22–38"),
        id="german-note-names-in-spoken-order-then-a-journal",
    ),
    pytest.param(
        "Hanns W. Maull: Germany and Japan: The New Civilian Powers, in: Foreign Affairs 69 (1990/91) 5, S. 91–106.",
        dict(authors=["Maull, Hanns W."], volume="69", issue="5", issued=PartialDate(1990)),
        id="german-journal-year-spanning-two",
    ),
    pytest.param(
        "Handelsblatt vom 16.11.2023, S. 1.",
        dict(type="article-newspaper", container="Handelsblatt", issued=PartialDate(2023, 11, 16), pages="1"),
        id="german-paper-of-the-day-without-a-title",
    ),
    pytest.param(
        "Kiel Institut für Weltwirtschaft: Ukraine Support Tracker, https://www.ifw-kiel.de/topics/ukraine-support-"
        "tracker/ (Stand: 12.03.2024).",
        dict(accessed=PartialDate(2024, 3, 12), issued=None),
        id="german-stand-is-the-access-date",
    ),
    pytest.param(
        "Gesetzentwurf der Bundesregierung: Entwurf eines Gesetzes zur Änderung des Grundgesetzes (Artikel 87a),"
        " BT-Drs. 20/1410.",
        dict(type="report", authors=["Bundesregierung"], genre="Gesetzentwurf", number="BT-Drs. 20/1410",
             title="Entwurf eines Gesetzes zur Änderung des Grundgesetzes (Artikel 87a)"),
        id="bundestag-printed-paper",
    ),
    pytest.param(
        "Jobin, A., Ienca, M., & Vayena, E. (2019). The global landscape of AI ethics guidelines. *Nature Machine"
        " Intelligence, 1*(9), 389–399. https://doi.org/10.1038/s42256-019-0088-2",
        dict(container="Nature Machine Intelligence", volume="1", issue="9", pages="389–399"),
        id="apa-volume-in-the-journals-italics",
    ),
    pytest.param(
        "Bender, E. M., Gebru, T., McMillan-Major, A., & Shmitchell, S. (2021). On the dangers of stochastic parrots:"
        " Can language models be too big? In *Proceedings of the 2021 ACM Conference on Fairness, Accountability, and"
        " Transparency* (pp. 610–623). Association for Computing Machinery.",
        dict(authors=["Bender, E. M.", "Gebru, T.", "McMillan-Major, A.", "Shmitchell, S."],
             title="On the dangers of stochastic parrots: Can language models be too big?"),
        id="apa-title-ending-in-a-question-then-in",
    ),
    pytest.param(
        "G. Alagic *et al.*, “Status report on the third round of the NIST post-quantum cryptography standardization"
        " process,” Nat. Inst. Standards Technol., Gaithersburg, MD, USA, NIST IR 8413, Jul. 2022.",
        dict(authors=["Alagic, G."]),
        id="ieee-et-al-in-italics",
    ),
    pytest.param(
        "*Quantum Computing Cybersecurity Preparedness Act*, Pub. L. No. 117-260, Dec. 21, 2022.",
        dict(type="legislation", title="Quantum Computing Cybersecurity Preparedness Act", number="Pub. L. No. 117-260"),
        id="public-law-title-in-italics",
    ),
    pytest.param(
        "Kingdom of Saudi Arabia, *Vision 2030* (Riyadh, 2016), https://www.vision2030.gov.sa/.",
        dict(place="Riyadh", publisher="", issued=PartialDate(2016)),
        id="a-city-alone-before-the-year-in-brackets",
    ),
    pytest.param(
        "Emmanuel Macron, « Discours sur la stratégie de défense et de dissuasion », École de guerre, Paris, 7 février"
        " 2020.",
        dict(type="speech"),
        id="french-discours-is-a-speech",
    ),
    pytest.param(
        "Pierre Hassner, *La terreur et l'empire*, Paris, Éditions du Seuil, 2003.",
        dict(type="book", place="Paris", publisher="Éditions du Seuil"),
        id="french-place-comma-publisher",
    ),
    pytest.param(
        "Touvron, H., Lavril, T., Izacard, G., et al. (2023). LLaMA: Open and efficient foundation language models."
        " *arXiv preprint* arXiv:2302.13971.",
        dict(number="arXiv:2302.13971", publisher="arXiv", container=""),
        id="arxiv-preprint-repository",
    ),
    pytest.param(
        "Keir A. Lieber et Daryl G. Press, « The New Era of Counterforce », *International Security*, vol. 41, n° 4,"
        " printemps 2017, p. 9-49.",
        dict(authors=["Lieber, Keir A.", "Press, Daryl G."]),
        id="a-family-name-that-is-a-body-word-after-a-middle-initial",
    ),
    pytest.param(
        "Meld. St. 36 (2020–2021) Energi til arbeid – langsiktig verdiskaping fra norske energiressurser, Olje- og"
        " energidepartementet, 2021.",
        dict(type="report", number="Meld. St. 36 (2020–2021)", authors=["Olje- og energidepartementet"],
             title="Energi til arbeid – langsiktig verdiskaping fra norske energiressurser", issued=PartialDate(2021)),
        id="norwegian-white-paper",
    ),
    pytest.param(
        "SOU 2017:2. Kraftsamling för framtidens energi. Betänkande av Energikommissionen. Stockholm 2017.",
        dict(type="report", number="SOU 2017:2", authors=["Energikommissionen"], place="Stockholm",
             title="Kraftsamling för framtidens energi"),
        id="swedish-official-report",
    ),
    pytest.param(
        "Meld. St. 14 (2020–2021) Perspektivmeldingen 2021. Oslo: Finansdepartementet, 2021.",
        dict(title="Perspektivmeldingen 2021", place="Oslo", publisher="Finansdepartementet"),
        id="norwegian-white-paper-with-its-imprint",
    ),
    pytest.param(
        "National Institute of Standards and Technology, “Module-lattice-based key-encapsulation mechanism standard,”"
        " Federal Information Processing Standards Publication (FIPS) 203, Aug. 2024.",
        dict(type="report", number="203", container=""),
        id="nist-fips-in-its-series",
    ),
    pytest.param(
        "Mohammed bin Salman, interview by Bret Baier, *Special Report with Bret Baier*, Fox News, September 20, 2023.",
        dict(type="interview", authors=["bin Salman, Mohammed"], title="", container="Special Report with Bret Baier",
             publisher="Fox News", issued=PartialDate(2023, 9, 20)),
        id="chicago-interview-by-in-a-programme",
    ),
    pytest.param(
        "Aleksandr Fursenko and Timothy Naftali, *“One Hell of a Gamble”: Khrushchev, Castro, and Kennedy, 1958–1964*"
        " (New York: W. W. Norton, 1997), 150.",
        dict(type="book", title="“One Hell of a Gamble”: Khrushchev, Castro, and Kennedy, 1958–1964",
             publisher="W. W. Norton"),
        id="an-italic-title-that-opens-with-a-quotation",
    ),
    pytest.param(
        "Memorandum, L. L. Lemnitzer to the Secretary of Defense, “Justification for US Military Intervention in"
        " Cuba,” 13 March 1962, JCS 1969/321, National Archives and Records Administration, College Park, MD.",
        dict(type="document", authors=["Lemnitzer, L. L."], genre="Memorandum to the Secretary of Defense",
             title="Justification for US Military Intervention in Cuba", issued=PartialDate(1962, 3, 13),
             publisher="National Archives and Records Administration"),
        id="archival-memorandum-from-to",
    ),
    pytest.param(
        "Münchenberg, Jörg: Verfassungsgericht kippt Klimarücklage der Ampel, in: Deutschlandfunk, 15.11.2023,"
        " https://www.deutschlandfunk.de/x-100.html (abgerufen am 19.01.2024).",
        dict(container="Deutschlandfunk", issued=PartialDate(2023, 11, 15), accessed=PartialDate(2024, 1, 19)),
        id="din-paper-then-its-day-after-in",
    ),
    pytest.param(
        "P. Macry, P. Villani (a cura di), Storia d'Italia. Le regioni dall'Unità a oggi. La Campania, Torino, Einaudi,"
        " 1990.",
        dict(type="book", editors=(Name(family="Macry", given="P."), Name(family="Villani", given="P.")), title="Storia d'Italia. Le regioni dall'Unità a oggi."
             " La Campania", place="Torino", publisher="Einaudi", issued=PartialDate(1990)),
        id="italian-edited-book-a-cura-di",
    ),
    pytest.param(
        "Allow States and Victims to Fight Online Sex Trafficking Act of 2017, Pub. L. No. 115-164, 132 Stat. 1253"
        " (2018).",
        dict(type="legislation", container="Stat.", volume="132", pages="1253", issued=PartialDate(2018)),
        id="bluebook-statute-year-in-brackets-not-the-name",
    ),
    pytest.param(
        "Henry Mayhew, London Labour and the London Poor, 4 vols. (London: Griffin, Bohn, and Company, 1861–62),"
        " vol. 2.",
        dict(type="book", authors=["Mayhew, Henry"], title="London Labour and the London Poor", volume="2",
             publisher="Griffin, Bohn, and Company", issued=PartialDate(1861)),
        id="chicago-multivolume-work-over-several-years",
    ),
    pytest.param(
        "Edward Gibbon, *The History of the Decline and Fall of the Roman Empire*, 6 vols. (London: Strahan & Cadell,"
        " 1776–1789).",
        dict(type="book", volume="", issue="", issued=PartialDate(1776), note="6 vols."),
        id="volume-count-is-no-volume-and-issue",
    ),
    pytest.param(
        "Richard A. Posner, Economic Analysis of Law 25 (9th ed. 2014).",
        dict(type="book", authors=["Posner, Richard A."], title="Economic Analysis of Law", pages="25", edition="9",
             issued=PartialDate(2014)),
        id="bluebook-book-page-edition-year",
    ),
    pytest.param(
        "Cass R. Sunstein, Republic.com 2.0, at 12 (2007).",
        dict(type="book", title="Republic.com 2.0", pages="12", issued=PartialDate(2007)),
        id="bluebook-book-title-ending-in-a-number",
    ),
    pytest.param(
        "Ведомости. 2014. 22 мая.",
        dict(type="article-newspaper", container="Ведомости", title="", issued=PartialDate(2014, 5, 22)),
        id="gost-paper-year-day",
    ),
    pytest.param(
        "Centers for Disease Control and Prevention. Stay up to date with COVID-19 vaccines. Updated May 11, 2023."
        " Accessed June 1, 2023. https://www.cdc.gov/coronavirus/2019-ncov/vaccines/stay-up-to-date.html",
        dict(authors=["Centers for Disease Control and Prevention"], title="Stay up to date with COVID-19 vaccines",
             accessed=PartialDate(2023, 6, 1)),
        id="ama-web-page-body-then-title",
    ),
    pytest.param(
        "Comisia Europeană, „România: obiectivele de referință sunt îndeplinite”, comunicat, 22 noiembrie 2022,"
        " https://romania.representation.ec.europa.eu/news/x_ro, accesat la 3 martie 2024.",
        dict(authors=["Comisia Europeană"], title="România: obiectivele de referință sunt îndeplinite", container="",
             genre="comunicat", issued=PartialDate(2022, 11, 22), accessed=PartialDate(2024, 3, 3)),
        id="romanian-body-quoted-title-press-release",
    ),
    pytest.param(
        "Trianoni békeszerződés. Wikipédia. https://hu.wikipedia.org/wiki/Trianoni_békeszerződés (Letöltés ideje:"
        " 2024. május 28.)",
        dict(accessed=PartialDate(2024, 5, 28)),
        id="hungarian-access-date",
    ),
    pytest.param(
        "Legea nr. 303/2022 privind statutul judecătorilor și procurorilor, publicată în Monitorul Oficial nr. 1102"
        " din 16 noiembrie 2022.",
        dict(type="legislation", title="Legea nr. 303/2022 privind statutul judecătorilor și procurorilor",
             container="Monitorul Oficial", issue="1102", issued=PartialDate(2022, 11, 16)),
        id="romanian-law-and-its-gazette",
    ),
    pytest.param(
        "Curtea Constituțională, Decizia nr. 390 din 8 iunie 2021, publicată în Monitorul Oficial nr. 612 din 22 iunie"
        " 2021.",
        dict(type="legal_case", authors=["Curtea Constituțională"], title="Decizia nr. 390 din 8 iunie 2021",
             issue="612", issued=PartialDate(2021, 6, 8)),
        id="romanian-ruling-dated-by-its-own-day",
    ),
    pytest.param(
        "Decizia (UE) 2023/1786 a Comisiei din 15 septembrie 2023 de abrogare a Deciziei 2006/928/CE, JO L 229,"
        " 18.9.2023, p. 94.",
        dict(type="legislation", container="JO L", issue="229", pages="94", issued=PartialDate(2023, 9, 15)),
        id="eu-act-in-romanian-jo-l",
    ),
    pytest.param(
        "A se vedea Kim Lane Scheppele, „Enforcing the Basic Principles of EU Law through Systemic Infringement"
        " Actions”, în Carlos Closa, Dimitry Kochenov (coord.), *Reinforcing Rule of Law Oversight in the European"
        " Union*, Cambridge University Press, Cambridge, 2016.",
        dict(type="chapter", authors=["Scheppele, Kim Lane"],
             container="Reinforcing Rule of Law Oversight in the European Union"),
        id="romanian-lead-in-and-chapter-in",
    ),
    pytest.param(
        "*Legality of the Threat or Use of Nuclear Weapons*, Advisory Opinion, I.C.J. Reports 1996, p. 226, para. 29.",
        dict(type="legal_case", title="Legality of the Threat or Use of Nuclear Weapons", container="I.C.J. Reports",
             pages="226", issued=PartialDate(1996)),
        id="icj-reports",
    ),
    pytest.param(
        "*Golder v. the United Kingdom*, no. 4451/70, 21 February 1975, Series A no. 18, § 29.",
        dict(type="legal_case", title="Golder v. the United Kingdom", number="4451/70", issued=PartialDate(1975, 2, 21)),
        id="echr-judgment-by-application-number",
    ),
    pytest.param(
        "Human Rights Council Res. 48/13, The human right to a clean, healthy and sustainable environment, UN Doc."
        " A/HRC/RES/48/13 (8 October 2021).",
        dict(authors=["Human Rights Council"], title="The human right to a clean, healthy and sustainable environment",
             number="A/HRC/RES/48/13", issued=PartialDate(2021, 10, 8)),
        id="un-resolution-bluebook",
    ),
    pytest.param(
        "World Trade Organization, Indonesia — Measures Relating to Raw Materials, Report of the Panel, WT/DS592/R,"
        " 30 November 2022.",
        dict(type="legal_case", authors=["World Trade Organization"], title="Indonesia — Measures Relating to Raw"
             " Materials", number="WT/DS592/R", issued=PartialDate(2022, 11, 30)),
        id="wto-panel-report",
    ),
    pytest.param(
        "Vienna Convention on the Law of Treaties, 23 May 1969, 1155 UNTS 331, art. 31(3)(c).",
        dict(type="treaty", container="UNTS", volume="1155", pages="331"),
        id="treaty-series-is-the-container",
    ),
    pytest.param(
        "2010. évi XLV. törvény a Nemzeti Összetartozás melletti tanúságtételről.",
        dict(type="legislation", title="2010. évi XLV. törvény a Nemzeti Összetartozás melletti tanúságtételről",
             number="XLV", issued=PartialDate(2010)),
        id="hungarian-act-by-year-and-number-no-label",
    ),
    pytest.param(
        "“Message From Chairman Khrushchev to President Kennedy,” Moscow, October 28, 1962, in *Foreign Relations of"
        " the United States, 1961–1963*, vol. 11, *Cuban Missile Crisis and Aftermath*, doc. 102.",
        dict(type="chapter", container="Foreign Relations of the United States, 1961–1963", volume="11",
             issued=PartialDate(1962, 10, 28)),
        id="document-in-a-published-collection",
    ),
    pytest.param(
        "Lok Sabha, Unstarred Question No. 1475, “Chabahar-Zahedan Railway Line,” answered on February 10, 2021.",
        dict(authors=["Lok Sabha"], genre="Unstarred Question", number="1475", container="",
             issued=PartialDate(2021, 2, 10)),
        id="parliamentary-question-answered-on",
    ),
    pytest.param(
        "E. Rescorla, “The Transport Layer Security (TLS) protocol version 1.3,” IETF, RFC 8446, Aug. 2018.",
        dict(type="report", publisher="IETF", container="", number="RFC 8446"),
        id="ieee-standard-issued-by-a-body",
    ),
    pytest.param(
        "Rolf Tamnes, Oljealder 1965–1995, bd. 6 av Norsk utenrikspolitikks historie, Oslo: Universitetsforlaget,"
        " 1997.",
        dict(type="book", title="Oljealder 1965–1995", volume="6", collection="Norsk utenrikspolitikks historie",
             place="Oslo", publisher="Universitetsforlaget", issued=PartialDate(1997)),
        id="volume-of-a-work-in-several-norwegian",
    ),
    pytest.param(
        "Melvyn P. Leffler and Odd Arne Westad, eds., *Origins*, vol. 1 of *The Cambridge History of the Cold War*"
        " (Cambridge: Cambridge University Press, 2010).",
        dict(type="book", title="Origins", volume="1", collection="The Cambridge History of the Cold War",
             container="", publisher="Cambridge University Press", issued=PartialDate(2010)),
        id="volume-of-a-work-in-several-chicago",
    ),
    pytest.param(
        "CE, 1er juill. 2021, *Commune de Grande-Synthe et autre*, n° 427301.",
        dict(type="legal_case", authors=["CE"], title="Commune de Grande-Synthe et autre", number="427301",
             issued=PartialDate(2021, 7, 1)),
        id="french-court-abbreviation-day-docket",
    ),
    pytest.param(
        "Cons. const., déc. n° 2021-825 DC du 13 août 2021, *Loi portant lutte contre le dérèglement climatique*,"
        " paragr. 3.",
        dict(type="legal_case", authors=["Cons. const."], issued=PartialDate(2021, 8, 13)),
        id="french-constitutional-council-decision",
    ),
    pytest.param(
        "Cass. pen., Sez. Un., 21 dicembre 2017 (dep. 22 febbraio 2018), n. 8770, Mariotti.",
        dict(type="legal_case", authors=["Cass. pen."], title="Mariotti", number="8770",
             issued=PartialDate(2017, 12, 21)),
        id="italian-cassation-with-party-last",
    ),
    pytest.param(
        "OGH 23.6.2021, 6 Ob 56/21k.",
        dict(type="legal_case", authors=["OGH"], number="6 Ob 56/21k", issued=PartialDate(2021, 6, 23)),
        id="austrian-court-day-docket",
    ),
    pytest.param(
        "L. 8 marzo 2017, n. 24, Disposizioni in materia di sicurezza delle cure, in G.U. n. 64 del 17 marzo 2017.",
        dict(type="legislation", container="G.U.", issue="64", issued=PartialDate(2017, 3, 8)),
        id="italian-law-and-gazzetta",
    ),
    pytest.param(
        "BGBl. I Nr. 5/2024 (Bundesgesetz, mit dem das Bundes-Verfassungsgesetz geändert wird).",
        dict(type="legislation", title="Bundesgesetz, mit dem das Bundes-Verfassungsgesetz geändert wird",
             container="BGBl. I", issue="5", issued=PartialDate(2024)),
        id="austrian-federal-law-gazette",
    ),
    pytest.param(
        "Nghị quyết số 43/2022/QH15 ngày 11 tháng 1 năm 2022 của Quốc hội về chính sách tài khóa, tiền tệ hỗ trợ"
        " Chương trình phục hồi và phát triển kinh tế - xã hội.",
        dict(type="legislation", authors=["Quốc hội"], issued=PartialDate(2022, 1, 11)),
        id="vietnamese-resolution-number-day-body",
    ),
    pytest.param(
        "Adam Fforde và Stefan de Vylder, *From Plan to Market: The Economic Transition in Vietnam*, Boulder, CO:"
        " Westview Press, 1996.",
        dict(authors=["Fforde, Adam", "de Vylder, Stefan"]),
        id="vietnamese-va-between-authors",
    ),
    pytest.param(
        "United Nations Convention on the Law of the Sea, Montego Bay, 10 December 1982, 1833 UNTS 3.",
        dict(type="treaty", title="United Nations Convention on the Law of the Sea", place="Montego Bay",
             container="UNTS", volume="1833", pages="3", issued=PartialDate(1982, 12, 10)),
        id="treaty-with-its-place-of-signature",
    ),
    pytest.param(
        "Σύμβαση των Ηνωμένων Εθνών για το Δίκαιο της Θάλασσας, Μοντέγκο Μπέι, 10 Δεκεμβρίου 1982, 1833 UNTS 3.",
        dict(type="treaty", container="UNTS", volume="1833", pages="3", issued=PartialDate(1982, 12, 10)),
        id="treaty-named-in-greek-known-by-its-series",
    ),
    pytest.param(
        "Καθημερινή, 8 Δεκεμβρίου 2023.",
        dict(container="Καθημερινή", title="", issued=PartialDate(2023, 12, 8)),
        id="greek-paper-and-its-day",
    ),
    pytest.param(
        "*See* 50 U.S.C. § 1801(e) (2018).",
        dict(type="legislation", container="U.S.C.", volume="50", issued=PartialDate(2018)),
        id="signal-before-a-code-section",
    ),
    pytest.param(
        "*United States v. Hasbajrami*, No. 11-CR-623 (LDH) (E.D.N.Y. Jan. 21, 2025).",
        dict(type="legal_case", title="United States v. Hasbajrami", number="11-CR-623 (LDH)",
             issued=PartialDate(2025, 1, 21)),
        id="bluebook-slip-opinion-by-docket",
    ),
    pytest.param(
        "Cong. Rsch. Serv., R48592, FISA Section 702 and the 2024 Reforming Intelligence and Securing America Act"
        " (2025).",
        dict(type="report", authors=["Cong. Rsch. Serv."], number="R48592", issued=PartialDate(2025),
             title="FISA Section 702 and the 2024 Reforming Intelligence and Securing America Act"),
        id="bluebook-institutional-author-and-report-number",
    ),
    pytest.param(
        "*The Lawfare Podcast*, “Adkins and Alperovitch Talk About the Cyber Safety Review Board and Log4j,” July 25,"
        " 2022.",
        dict(authors=[], container="The Lawfare Podcast", issued=PartialDate(2022, 7, 25)),
        id="italic-show-before-a-quoted-episode",
    ),
    pytest.param(
        "D.M. Studdert, M.M. Mello, W.M. Sage, Defensive medicine among high-risk specialist physicians in a volatile"
        " malpractice environment, in «JAMA», 293 (2005), 21, pp. 2609-2617.",
        dict(type="article-journal", authors=["Studdert, D.M.", "Mello, M.M.", "Sage, W.M."], container="JAMA",
             volume="293", issue="21", pages="2609–2617", issued=PartialDate(2005),
             title="Defensive medicine among high-risk specialist physicians in a volatile malpractice environment"),
        id="italian-plain-title-then-journal-in-guillemets",
    ),
    pytest.param(
        "cf R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5.",
        dict(type="legal_case", title="R (Miller) v Secretary of State for Exiting the European Union",
             issued=PartialDate(2017)),
        id="oscola-cf-without-a-stop",
    ),
    pytest.param(
        "Verordnung (EU) 2016/679 des Europäischen Parlaments und des Rates vom 27. April 2016 zum Schutz natürlicher"
        " Personen (Datenschutz-Grundverordnung), ABl. L 119 vom 4.5.2016, S. 1.",
        dict(type="legislation", container="ABl. L", issue="119", pages="1", issued=PartialDate(2016, 4, 27)),
        id="eu-act-in-german-abl",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rules_read_each_shape(text, expected):
    ref = parse_reference(text)
    got = {name: _value(ref, name) for name in expected}
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jia, R.-Q., and J. Lei, Approximation by Translates of Functions, J. Approx. Theory 72 (1993), 2-23.",
        "Pierre Sermanet, Andrea Frome, and Esteban Real. Attention for fine-grained categorization. arXiv preprint"
        " arXiv:1412.7054, 2014.",
    ],
)
def test_names_before_and_are_no_list_in_a_title(text):
    assert ", and " not in parse_reference(text).title


def test_a_fully_read_footnote_never_reaches_the_tagger():
    """The tagger costs most of the parse time; a footnote whose tail the rules read to the last
    word (journal, volume, issue, date, pages; or place, publisher, date) does not need it."""

    def tagger(text):
        raise AssertionError(f"tagger called on {text!r}")

    for text in (
        "John J. Mearsheimer, “Why the Ukraine Crisis Is the West’s Fault,” *Foreign Affairs* 93, no. 5 (2014): 77–89.",
        "Kimie Hara, *Japanese-Soviet/Russian Relations since 1945* (London: Routledge, 1998), 12.",
        "A. Friszke, Życie polityczne emigracji, Biblioteka Więzi, Warszawa 1999.",
        "Eurostat, Asylum applicants by citizenship, https://ec.europa.eu/eurostat/databrowser/view/migr_asyappctza"
        " (dostęp: 2.02.2024).",
        "International Energy Agency (IEA), World Energy Outlook 2023, October 2023.",
        "Magdalena Andersson, press conference with Ulf Kristersson, Stockholm, May 16, 2022.",
        "Barack Obama, address to a joint session of Congress on health care, Washington, DC, September 9, 2009,"
        " YouTube video, posted by The Obama White House.",
        "Ørsted, company announcement, 31 October 2023.",
        'Dan Carlin, "The Destroyer of Worlds," Dan Carlin\'s Hardcore History, episode 59, podcast audio, 2016.',
        "NOU 2015: 9 Finanspolitikk i en oljeøkonomi. Oslo: Finansdepartementet, 2015.",
        "Humphreys, Macartan: «Introduction», i: M. Humphreys (red.): Escaping the Resource Curse. New York: Columbia"
        " University Press, 2007.",
        "*Don’t Look Up*. Directed by Adam McKay, Netflix, 2021.",
        'Jerome H. Powell, "Monetary Policy in a Changing Economy" (speech, symposium sponsored by the Federal Reserve'
        " Bank of Kansas City, Jackson Hole, Wyoming, August 24, 2018).",
        "Acemoglu, D., & Robinson, J. A. (2012). *Why nations fail: The origins of power*. Crown.",  # APA 7 books
        "Bértola, L., & Ocampo, J. A. (2013). El desarrollo económico de América Latina. Fondo de Cultura Económica.",
        "Murphy, K. (2014, August 12). Data retention: Backbencher calls for warrants. The Guardian.",
        "Angwin, J., & Larson, J. (2016, May 23). Machine bias. *ProPublica*. https://www.propublica.org/article/x",
        "Adam Liptak, *Justices Wrestle With Section 230*, N.Y. Times (Feb. 21, 2023), https://www.nytimes.com/x.html.",
        "Edward Gibbon, *The History of the Decline and Fall of the Roman Empire*, 6 vols. (London: Strahan & Cadell,"
        " 1776–1789).",  # the number of volumes is a fact the rules read, no leftover
        "Lawrence Lessig, Code and Other Laws of Cyberspace 6 (1999).",  # Bluebook: a book's title in small capitals
        "E. Foudil and Y. Shafranovich, *A File Format to Aid in Security Vulnerability Disclosure*, RFC 9116, April"
        " 2022.",  # a standard: its number and date, nothing left
        "M. Draghi, *We face a war against coronavirus and must mobilise accordingly*, in «Financial Times», 25 marzo"
        " 2020.",
        "International Energy Agency. *Net Zero by 2050: A Roadmap for the Global Energy Sector*. IEA, May 2021.",
        "Möttölä, Kari: Finland and NATO. Teoksessa Ojanen, Hanna (toim.): Neutrality and Non-alignment in Europe"
        " Today. Helsinki: Ulkopoliittinen instituutti, 2003.",
    ):
        assert parse_reference(text, tagger=tagger).issued or parse_reference(text, tagger=tagger).accessed


@pytest.mark.parametrize(
    "text",
    [
        "Botkin, Daniel B. Discordant Harmonies: A New Ecology for the Twenty-first Century. New York: Oxford"
        " University Press, 1990.",
        "Taylor, D.J. A Vain Conceit: British Fiction in the 1980s. London: Bloomsbury, 1989.",
        "Lifton R., Cults: Totalism and Civil Liberties. New York: Basic Books, 1987.",
        "Ashley, K. D. and Rissland E. L., Accord: Generating Blue Book Citations in HYPO. New York: ACM Press.",
    ],
)
def test_a_title_with_a_colon_after_a_chicago_or_initialled_author_is_no_scandinavian_author_colon(text):
    """'Lie, Einar: Title. Oslo: Pax, 2010.' is read as author, colon, title; these only look like it."""
    assert not _parse_colon_author(_COLON_AUTHOR.match(text), Draft(text=text))


def test_a_body_with_its_acronym_then_a_plain_title_is_a_report():
    ref = parse_reference(
        "United Nations Office for the Coordination of Humanitarian Affairs (OCHA), Global Humanitarian Overview"
        " 2024, December 2023.", tagger=lambda text: [("title", text)]
    )
    assert (ref.type, ref.title, authors(ref), ref.issued) == (
        "report", "Global Humanitarian Overview 2024",
        ["United Nations Office for the Coordination of Humanitarian Affairs"], PartialDate(2023, 12))


def test_a_place_or_a_number_after_a_name_is_not_a_corporate_report():
    """'Joint Comprehensive Plan of Action, Vienna, July 14, 2015' names an agreement and where it was signed."""
    seen = []
    parse_reference("Joint Comprehensive Plan of Action, Vienna, July 14, 2015.", tagger=lambda t: seen.append(t) or [])
    assert seen


def test_url_keeps_its_own_parentheses_and_drops_sentence_punctuation():
    assert clean_url("https://en.wikipedia.org/wiki/Kuril_Islands_(dispute).") == (
        "https://en.wikipedia.org/wiki/Kuril_Islands_(dispute)"
    )
    assert clean_url("https://example.org/a?b=1%20c~d”,") == "https://example.org/a?b=1%20c~d"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("10 jul. 2024", PartialDate(2024, 7, 10)),
        ("3 set. 2023", PartialDate(2023, 9, 3)),
        ("4 out 2022", PartialDate(2022, 10, 4)),
        ("a data set 2014", PartialDate(2014)),  # "set" is a month only between a day and a year
    ],
)
def test_lower_case_month_abbreviations_between_day_and_year(text, date):
    from bibkit import dates

    assert dates.parse_date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("van 22 december 2019", PartialDate(2019, 12, 22)),  # Dutch
        ("2 april 2015", PartialDate(2015, 4, 2)),
        ("den 3 november 2021", PartialDate(2021, 11, 3)),  # Swedish
        ("may 2019", PartialDate(2019)),  # the English verb stays a word
        ("to march 2019", PartialDate(2019)),
    ],
)
def test_month_names_spelled_as_in_english_stand_in_lower_case(text, date):
    from bibkit import dates

    assert dates.parse_date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2023年10月18日", PartialDate(2023, 10, 18)),
        ("2023年10月", PartialDate(2023, 10)),
        ("2014年第5期", PartialDate(2014)),
        ("2023년 10월 18일", PartialDate(2023, 10, 18)),  # Korean
        ("ze dne 25. února 2022", PartialDate(2022, 2, 25)),  # Czech and Slovak month names
        ("17. apríla 2021", PartialDate(2021, 4, 17)),
        ("від 3 лип. 2019 р.", PartialDate(2019, 7, 3)),  # Ukrainian and Russian shortened months
        ("12 вер. 2021 р.", PartialDate(2021, 9, 12)),
        ("от 12 сент. 2021 г.", PartialDate(2021, 9, 12)),
        ("1 дек. 2019", PartialDate(2019, 12, 1)),
        ("din 16 noiembrie 2022", PartialDate(2022, 11, 16)),  # Romanian
        ("Heti Válasz, 2001. július 27.", PartialDate(2001, 7, 27)),  # Hungarian: the year first
        ("Hà Nội, ngày 29 tháng 12 năm 2023", PartialDate(2023, 12, 29)),  # Vietnamese
        ("ngày 16/9/2022", PartialDate(2022, 9, 16)),
    ],
)
def test_dates_in_chinese_korean_and_czech(text, date):
    from bibkit import dates

    assert dates.parse_date(text) == date


def test_the_month_pattern_matches_every_month_word_and_nothing_shorter():
    import re

    from bibkit import dates

    words = dates._MONTH_WORDS
    pattern = re.compile(dates._trie(words))
    assert all(pattern.fullmatch(word) for word in words)
    prefixes = {word[:i] for word in words for i in range(1, len(word))} - set(words)
    assert not any(pattern.fullmatch(prefix) for prefix in prefixes)
    assert pattern.match("Julyish").group() == "July"  # the longest word first, as in a longest-first alternation


def test_apostrophes_do_not_open_titles():
    assert find_title_span("Japan’s Russia Policy, RUSI, 2021") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_parse_never_raises_and_keeps_the_raw_text(text):
    ref = parse_reference(text)
    assert ref.raw == " ".join(text.split())


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["Taisuke Abiru", "Ministry of Defense", "Jyot Shikhar Singh", ""]),
    st.text(alphabet="abcdefghij KLMNOP’-:", min_size=3, max_size=40).filter(
        lambda t: t.strip(" ,.:") == t and " ".join(t.split()) == t
    ),
    st.sampled_from(["Japan Times", "Carnegie Endowment", "Foreign Affairs"]),
    st.dates(min_value=datetime.date(1800, 1, 1), max_value=datetime.date(2099, 12, 31)),
)
def test_chicago_web_notes_round_trip(author, title, container, day):
    text = f"{author + ', ' if author else ''}“{title},” {container}, {day:%B} {day.day}, {day.year}."
    ref = parse_reference(text)
    assert ref.title == title
    assert ref.container == container
    assert ref.issued == PartialDate(day.year, day.month, day.day)


@pytest.mark.parametrize(
    ("text", "accessed"),
    [
        ("Haber, *T24*, 14 Ekim 2024, https://t24.com.tr/haber/x,1189712 (erişim tarihi: 28 Ekim 2024).",
         PartialDate(2024, 10, 28)),
        ("Uutinen. MTV Uutiset. https://www.mtvuutiset.fi/artikkeli/x/8632722 (luettu 10.3.2023).", PartialDate(2023, 3, 10)),
        ("Закон. URL: https://zakon.rada.gov.ua/laws/show/157-19 (дата звернення: 05.06.2024).", PartialDate(2024, 6, 5)),
    ],
)
def test_access_dates_in_turkish_finnish_and_ukrainian(text, accessed):
    assert parse_reference(text).accessed == accessed


def test_the_issuer_reader_leaves_the_draft_as_it_was_when_it_declines():
    """A reader that says no hands the note on untouched: the next readers must not find its half-read fields."""
    from bibkit.reference import _issuer_genre_date, split_top_level

    draft = Draft(text="x")
    chunks = split_top_level("Protect Our Coast NJ, post on X, August 31, 2024, Facebook, Twitter", ",")
    assert not _issuer_genre_date(chunks, draft)
    assert (draft.authors, draft.genre, draft.issued, draft.container) == ((), "", None, "")
