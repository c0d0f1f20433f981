"""Citation keys: readable, transliterated, stable, unique, independent of input order."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from library_fixtures import sample_library

from bibkit.keys import assign_keys, base_key, identity, org_short
from bibkit.model import Name, PartialDate, Reference


def ref(title="", year=None, *authors, **kw) -> Reference:
    return Reference(title=title, issued=PartialDate(year) if year else None, authors=tuple(authors), **kw)


@pytest.mark.parametrize(
    "reference, key",
    [
        pytest.param(ref("Japan-Russia Relations in the Post-Abe Era", 2021, Name("Abiru", "Taisuke")),
                     "abiru2021japan", id="person"),
        pytest.param(ref("Japan 2021", 2021, Name(literal="International Energy Agency")), "iea2021japan",
                     id="org-initials"),
        pytest.param(ref("National Security Strategy", 2013, Name(literal="Ministry of Foreign Affairs of Japan")),
                     "mfaj2013national", id="long-org"),
        pytest.param(ref("Strategic Concept", 2022, Name(literal="NATO")), "nato2022strategic", id="org-acronym"),
        pytest.param(ref("Gas", 2020, Name(literal="Organization of the Petroleum Exporting Countries (OPEC)")),
                     "opec2020gas", id="org-acronym-in-parens"),
        pytest.param(ref("", 2014, container="Kyodo News"), "kyodo2014", id="no-author-no-title"),
        pytest.param(ref("The Japan Times and the Sea", 2020, Name(literal="Kyodo News")), "kyodo2020japan",
                     id="two-word-org"),
        pytest.param(ref("Polityka wschodnia", 2022, Name("Malachiński", "Piotr")), "malachinski2022polityka",
                     id="polish-letters"),
        pytest.param(ref("W stronę Rosji", 2022, Name("Wałęsa", "Łukasz")), "walesa2022strone",
                     id="polish-stopword-w"),
        pytest.param(ref("La politique", 2010, Name("Łukasz", "")), "lukasz2010politique", id="french-stopword"),
        pytest.param(ref("Der Weg", 2010, Name("Abe", "Shinzō")), "abe2010weg", id="german-stopword"),
        pytest.param(ref("Утро", 2001, Name("Путин", "Владимир")), "putin2001utro", id="cyrillic"),
        pytest.param(ref("美しい国へ", 2006, Name("安倍", "晋三")), "anbei2006meishiiguohe", id="cjk"),
        pytest.param(ref("", None), "ref", id="nothing"),
    ],
)
def test_base_key(reference, key):
    assert base_key(reference) == key


def test_org_short_is_readable():
    assert org_short("International Energy Agency") == "iea"
    assert org_short("Carnegie Moscow Center") == "cmc"
    assert org_short("World Bank") == "world"
    assert org_short("United Nations Office for the Coordination of Humanitarian Affairs (OCHA)") == "ocha"
    assert org_short("Board of Governors of the Federal Reserve System (US)") == "bgfrs"  # a country, no acronym


def test_keys_are_ascii_lower_case_and_never_drop_letters():
    keys = [r.key for r in assign_keys(sample_library().references)]
    assert all(k.isascii() and k == k.lower() and k.isalnum() for k in keys)
    assert "malachinski2022japan" in keys and "walesa1987way" in keys and "abe2016address" in keys


def test_collisions_get_suffixes_by_the_works_own_fields():
    first = Reference(title="Japan Today", issued=PartialDate(2021, 1), authors=(Name("Abiru", "T"),))
    second = Reference(title="Japan Tomorrow", issued=PartialDate(2021, 5), authors=(Name("Abiru", "T"),))
    assert [r.key for r in assign_keys([second, first])] == ["abiru2021japanb", "abiru2021japana"]
    assert [r.key for r in assign_keys([first, second])] == ["abiru2021japana", "abiru2021japanb"]


def test_unrelated_additions_never_rename_and_set_keys_are_kept():
    refs = list(sample_library().references)
    keys = {identity(r): r.key for r in assign_keys(refs)}
    extra = Reference(title="Something Else", issued=PartialDate(1999), authors=(Name("Zed", "Q"),))
    shuffled = refs + [extra]
    random.Random(4).shuffle(shuffled)
    again = {identity(r): r.key for r in assign_keys(shuffled)}
    assert all(again[k] == v for k, v in keys.items())
    assert assign_keys([replace(refs[0], key="mine")])[0].key == "mine"


def test_pinned_keys_survive_a_new_colliding_work():
    old = Reference(title="Japan Today", issued=PartialDate(2021), authors=(Name("Abiru", "T"),), url="https://a/1")
    (first,) = assign_keys([old])
    assert first.key == "abiru2021japan"
    new = Reference(title="Japan Again", issued=PartialDate(2021), authors=(Name("Abiru", "T"),), url="https://a/2")
    keys = [r.key for r in assign_keys([new, old], pinned={identity(old): first.key})]
    assert keys == ["abiru2021japana", "abiru2021japan"]


def test_duplicate_set_keys_are_made_unique():
    a, b = Reference(title="A", key="same"), Reference(title="B", key="same")
    assert [r.key for r in assign_keys([a, b])] == ["same", "b"]


def test_identity_normalises_doi_and_url():
    assert identity(Reference(doi="https://doi.org/10.2307/ABC")) == identity(Reference(doi="10.2307/abc"))
    assert identity(Reference(url="https://www.x.org/a/")) == identity(Reference(url="http://x.org/a"))


@given(st.lists(st.tuples(st.sampled_from(["Abe", "Abiru", "Łukasz", ""]), st.sampled_from(["Japan", "Russia", ""]),
                          st.integers(2019, 2021)), max_size=12))
def test_keys_are_unique_and_order_independent(specs):
    refs = [Reference(title=f"{t} {i}", issued=PartialDate(y), authors=(Name(a),) if a else ())
            for i, (a, t, y) in enumerate(specs)]
    keys = [r.key for r in assign_keys(refs)]
    assert len(set(keys)) == len(keys)
    backwards = [r.key for r in assign_keys(refs[::-1])][::-1]
    assert backwards == keys
