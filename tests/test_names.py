"""Author fields split into people and organisations (bibkit.names)."""

from __future__ import annotations

import pytest

from bibkit.model import Name
from bibkit.names import han_name, is_organisation, parse_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("D. Melossi, M. Pavarini", [("Melossi", "D."), ("Pavarini", "M.")], id="initials-first-list"),
        pytest.param(
            "Hersbach, H., Bell, B., Berrisford, P., et al.",
            [("Hersbach", "H."), ("Bell", "B."), ("Berrisford", "P.")],
            id="apa-inverted-initials-et-al",
        ),
        pytest.param(
            "Vaswani, A., Kaiser, Ł., & Polosukhin, I.",
            [("Vaswani", "A."), ("Kaiser", "Ł."), ("Polosukhin", "I.")],
            id="initial-outside-ascii",
        ),
        pytest.param("Abiru, Taisuke", [("Abiru", "Taisuke")], id="one-inverted-person"),
        pytest.param(
            "Zack Cooper, Stuart V. Craig, Martin Gaynor, and John Van Reenen",
            [("Cooper", "Zack"), ("Craig", "Stuart V."), ("Gaynor", "Martin"), ("Van Reenen", "John")],
            id="display-order-list-with-a-middle-initial",
        ),
        pytest.param(
            "Dubner, Stephen J., and Steven D. Levitt, hosts.",
            [("Dubner", "Stephen J."), ("Levitt", "Steven D.")],
            id="mla-role-after-the-names",
        ),
        pytest.param("Bengt Sundelius och Jan Eldeblad", [("Sundelius", "Bengt"), ("Eldeblad", "Jan")], id="swedish-och"),
        pytest.param("Chang Kyung-Sup", [("Chang", "Kyung-Sup")], id="korean-family-name-first"),
        pytest.param("Jung-en Woo", [("Woo", "Jung-en")], id="hyphenated-given-name-is-no-dutch-en"),
        pytest.param("Mary Smith-Jones", [("Smith-Jones", "Mary")], id="hyphenated-family-name-last"),
        pytest.param(
            "AECOM Technical Services, Inc. and Wil Chee – Planning, Inc.",
            [("", "")], id="a-dash-inside-a-body-s-name-joins-no-people",
        ),
        pytest.param("Joseph S. Nye Jr.", [("Nye", "Joseph S., Jr.")], id="suffix-after-family"),
        pytest.param("Ferren, W. R., Jr.", [("Ferren", "W. R., Jr.")], id="suffix-after-inverted-name"),
        pytest.param(
            "Leslie C. Abernathy and Stephen M. Hanath, Jr.",
            [("Abernathy", "Leslie C."), ("Hanath", "Stephen M., Jr.")],
            id="suffix-after-comma-in-a-list",
        ),
        pytest.param(
            "Campbell JR, Zaccaria E, Mason EO, Jr., Baker CJ",
            [("Campbell", "J. R."), ("Zaccaria", "E."), ("Mason", "E. O., Jr."), ("Baker", "C. J.")],
            id="suffix-inside-a-vancouver-list",
        ),
        pytest.param(
            "Raible, Christoph C.; Brönnimann, Stefan; Auchmann, Renate; et al.",
            [("Raible", "Christoph C."), ("Brönnimann", "Stefan"), ("Auchmann", "Renate")],
            id="semicolons-between-inverted-names",
        ),
        pytest.param("Markandya A, Wilkinson P.", [("Markandya", "A."), ("Wilkinson", "P.")], id="vancouver-two-names"),
        pytest.param(
            "Hubbell B, Pope CA 3rd, Xu X",
            [("Hubbell", "B."), ("Pope", "C. A., 3rd"), ("Xu", "X.")],
            id="vancouver-generation-suffix",
        ),
        pytest.param(
            "M. Z. Jacobson, M. A. Delucchi, Z. A. F. Bauer, et al.",
            [("Jacobson", "M. Z."), ("Delucchi", "M. A."), ("Bauer", "Z. A. F.")],
            id="ieee-initials-first-list",
        ),
        pytest.param(
            "A. Accetturo, G. de Blasio", [("Accetturo", "A."), ("de Blasio", "G.")], id="initials-first-with-a-particle"
        ),
        pytest.param("Lee Chung Min", [("Lee", "Chung Min")], id="korean-three-syllables-family-first"),
        pytest.param("Lee Ann Smith", [("Smith", "Lee Ann")], id="western-name-that-opens-with-lee"),
        pytest.param("Nguyễn Văn Thành", [("Nguyễn", "Văn Thành")], id="vietnamese-family-first"),
        pytest.param("Martin Griffiths (@UNReliefChief)", [("Griffiths", "Martin")], id="social-media-handle"),
        pytest.param("Ł. Warzecha", [("Warzecha", "Ł.")], id="initial-outside-ascii-first"),
        pytest.param("Søren Østergaard", [("Østergaard", "Søren")], id="family-name-outside-ascii"),
    ],
)
def test_people(text, expected):
    assert [(n.family, n.given) for n in parse_names(text)] == expected


def test_a_suffix_is_displayed_after_the_family_name():
    nye = parse_names("Joseph S. Nye Jr.")[0]
    assert nye.given_and_suffix == ("Joseph S.", "Jr.")
    assert nye.display() == "Joseph S. Nye Jr."
    assert nye.sort_form() == "Nye, Joseph S., Jr."
    assert Name("Abiru", "Taisuke").given_and_suffix == ("Taisuke", "")


@pytest.mark.parametrize(
    "text",
    [
        "Ministry of Foreign Affairs of Japan",
        "Joint Center for Housing Studies of Harvard University",
        "Ministero della giustizia",
        "Auswärtiges Amt",
        "Ośrodek Studiów Wschodnich",
        "Bundesministerium der Finanzen",
        "Onderzoeksraad voor Veiligheid",
        "Fondation pour la recherche stratégique",
    ],
)
def test_organisations_stay_whole(text):
    assert parse_names(text) == (Name(literal=text),)
    assert is_organisation(text)


def test_an_office_before_a_name_is_not_a_given_name():
    assert parse_names("President Joe Biden") == (Name(family="Biden", given="Joe"),)
    assert parse_names("Prime Minister Fumio Kishida and Dr. Jane Smith") == (
        Name(family="Kishida", given="Fumio"), Name(family="Smith", given="Jane"))
    assert parse_names("Ministry of Foreign Affairs of Japan") == (Name(literal="Ministry of Foreign Affairs of Japan"),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("N. van der Voort en F. Vanclay", [("van der Voort", "N."), ("Vanclay", "F.")]),
        ("Amado Cervo e Clodoaldo Bueno", [("Cervo", "Amado"), ("Bueno", "Clodoaldo")]),
        ("Тренин Д.В.", [("Тренин", "Д.В.")]),
        ("Иванов И.И. и Петров П.П.", [("Иванов", "И.И."), ("Петров", "П.П.")]),
        ("John E Smith", [("Smith", "John E")]),
        ("Daron Acemoglu ve Murat Üçer", [("Acemoglu", "Daron"), ("Üçer", "Murat")]),  # Turkish
        ("Forsberg, Tuomas ja Vaahtoranta, Tapani", [("Forsberg", "Tuomas"), ("Vaahtoranta", "Tapani")]),  # Finnish
        # a list in given-name-first order after its first name keeps that order for Chinese names too
        ("Kong, Qiuqiang, Yin Cao, Turab Iqbal, and Mark D. Plumbley",
         [("Kong", "Qiuqiang"), ("Cao", "Yin"), ("Iqbal", "Turab"), ("Plumbley", "Mark D.")]),
        ("Gebru, Timnit, Jamie Morgenstern, Hal Daumé III, and Kate Crawford",
         [("Gebru", "Timnit"), ("Morgenstern", "Jamie"), ("Daumé", "Hal, III"), ("Crawford", "Kate")]),
        ("Årdal C, Šobotník J", [("Årdal", "C."), ("Šobotník", "J.")]),  # Vancouver initials after any capital
        # every name given name first, one with a particle: no inverted first name
        ("Gianluca Benigno, Julian di Giovanni, Jan J. J. Groen and Adam I. Noble",
         [("Benigno", "Gianluca"), ("di Giovanni", "Julian"), ("Groen", "Jan J. J."), ("Noble", "Adam I.")]),
        # the first name inverted with its initials, the others initials first (economics, ecology journals)
        ("Hazell, J., J. Herreño, E. Nakamura and J. Steinsson",
         [("Hazell", "J."), ("Herreño", "J."), ("Nakamura", "E."), ("Steinsson", "J.")]),
        ("Capadona JR, Piva SR, Pope CA 3rd", [("Capadona", "J. R."), ("Piva", "S. R."), ("Pope", "C. A., 3rd")]),
    ],
)
def test_name_lists_in_other_languages(text, expected):
    assert [(n.family, n.given) for n in parse_names(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("习近平", Name(family="习", given="近平")),
        ("欧阳修", Name(family="欧阳", given="修")),  # a two-character family name
        ("格雷厄姆·艾利森", Name(family="艾利森", given="格雷厄姆")),  # a foreign name, given names first
        ("[美]格雷厄姆·艾利森", Name(family="艾利森", given="格雷厄姆")),  # the author's country before it
        ("北岡 伸一", Name(family="北岡", given="伸一")),
        ("新华社", Name(literal="新华社")),  # a body's ending
        ("金融时报", Name(literal="金融时报")),
        ("中华人民共和国外交部", Name(literal="中华人民共和国外交部")),  # longer than a person's name
        ("장하준", Name(family="장", given="하준")),  # Korean in Hangul: family name, then given name
        ("남궁민", Name(family="남궁", given="민")),  # a two-syllable family name
        ("통계청", Name(literal="통계청")),  # a body's ending (Statistics Korea)
    ],
)
def test_names_written_in_characters(text, expected):
    assert han_name(text) == expected
