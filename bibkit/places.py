"""Places of publication and of events: cities, regions and countries.

IEEE, APA 6 and many report notes write a place as "Berkeley, CA, USA", "Toronto, ON, Canada"
or "Florence, Italy" in the middle of a comma-separated tail. Country and region names come
from pycountry (ISO 3166) rather than a hand-kept list; the cities that stand alone as a
place of publication ("London", "Tokyo") come from the shipped list.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import pycountry

_COUNTRY_ALIASES = (
    "USA", "U.S.A.", "U.S.", "US", "UK", "U.K.", "England", "Scotland", "Wales", "Northern Ireland",
    "Republic of Korea", "Korea", "the Netherlands", "Russia", "Taiwan", "Hong Kong",
)
# Regions written as a code after a city: US states, Canadian provinces, Australian states
_REGION_COUNTRIES = ("US", "CA", "AU")
_CITY_SHAPE = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|del|am|upon|on|sur|la|le)){0,3}")


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    text = (resources.files("bibkit.data") / "places.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#")


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    names = set(_COUNTRY_ALIASES)
    for country in pycountry.countries:
        names.update(getattr(country, a) for a in ("name", "official_name", "common_name") if hasattr(country, a))
        names.add(country.alpha_3)
    return frozenset(n.casefold() for n in names)


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    codes = set()
    for country in _REGION_COUNTRIES:
        codes.update(s.code.split("-", 1)[1] for s in pycountry.subdivisions.get(country_code=country))
    return frozenset(codes)


def is_city(text: str) -> bool:
    """A city that stands alone as a place of publication (from the shipped list), or two joined by a
    hyphen or slash as publishers with two seats write them ('Roma-Bari', 'Frankfurt/New York')."""
    name = text.strip(" .").casefold()
    if name in _cities():
        return True
    parts = re.split(r"\s*[-–/]\s*", name)
    return len(parts) == 2 and all(part in _cities() for part in parts)


def is_country(text: str) -> bool:
    return text.strip(" ").casefold() in _countries()


def is_region_code(text: str) -> bool:
    """'CA', 'ON', 'NSW': the state or province code written after a city."""
    return text.strip(" .") in _regions()


def place_run(chunks: list[str]) -> tuple[int, int] | None:
    """Where 'City, [Region,] Country' or 'City, Region' stands in a list of comma chunks.

    Returns the (start, end) slice of the run, or None. A lone chunk is a place only when it is
    a known city or a country: a bare capitalised word could as well be a publisher.
    """
    for end, chunk in enumerate(chunks):
        if is_country(chunk) and end > 0:
            start = end - 1 if is_region_code(chunks[end - 1]) else end
            if start > 0 and looks_like_city(chunks[start - 1]):
                return start - 1, end + 1
        if is_region_code(chunk) and end > 0 and looks_like_city(chunks[end - 1]):
            with_country = end + 1 < len(chunks) and is_country(chunks[end + 1])
            return end - 1, end + 2 if with_country else end + 1
    return None


def looks_like_city(text: str) -> bool:
    """A known city, or a short capitalised name that is not a country or a region code."""
    return is_city(text) or (bool(_CITY_SHAPE.fullmatch(text)) and not is_country(text) and not is_region_code(text))
