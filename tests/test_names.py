"""Author fields split into people and organisations (bibkit.names)."""

from __future__ import annotations

import pytest

from bibkit.model import Name
from bibkit.names import is_organisation, parse_names


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
    ],
)
def test_people(text, expected):
    assert [(n.family, n.given) for n in parse_names(text)] == expected


@pytest.mark.parametrize(
    "text", ["Ministry of Foreign Affairs of Japan", "Joint Center for Housing Studies of Harvard University"]
)
def test_organisations_stay_whole(text):
    assert parse_names(text) == (Name(literal=text),)
    assert is_organisation(text)
