"""Theme maps: loading, assignment from citing sentences, derivation without a map."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from bibkit.errors import ConfigError, InputError
from bibkit.model import Citation, Library, Reference
from bibkit.themes import (
    OTHER_ID,
    Theme,
    ThemeMap,
    assign_themes,
    derive_theme_map,
    dumps_theme_map,
    load_theme_map,
    parse_theme_map,
    write_theme_map,
)

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "references" / "themes.toml"

MAP = ThemeMap(
    (
        Theme("territory", "Territorial dispute", "", ("kuril*", "northern territories", "peace treaty")),
        Theme("sanctions", "Sanctions", "", ("sanction*", "swift")),
        Theme("security", "Security and defence", "", ("militar*", "helicopter carrier", "security")),
    )
)


def ref(title: str = "", context: str = "", container: str = "", **kw) -> Reference:
    cites = (Citation("a.txt", "1", context),) if context else ()
    return Reference(title=title, container=container, citations=cites, **kw)


def test_shipped_map_loads_and_names_the_corpus_themes():
    theme_map = load_theme_map(SHIPPED)
    assert {"territory", "energy", "sanctions", "security", "diplomacy", "ukraine", "china"} <= set(theme_map.ids)
    for theme in theme_map.themes:
        assert theme.name and theme.description and theme.terms


def test_citing_sentence_decides_for_an_empty_footnote():
    # "Kyodo News International, July 25, 2014." says nothing; the sentence citing it does.
    kyodo = ref(container="Kyodo News International",
                context="Paris was urged to hold back the helicopter carriers despite the sanctions talk.")
    out = assign_themes(Library(references=(kyodo,)), MAP).references[0]
    assert out.keywords[0] in {"security", "sanctions"}
    assert set(out.keywords) == {"security", "sanctions"}


def test_context_outweighs_title_and_plurals_and_prefixes_match():
    work = ref(title="Security outlook", context="Talks on the Kuril Islands and the peace treaty stalled.")
    assert assign_themes(Library(references=(work,)), MAP).references[0].keywords == ("territory",)
    assert MAP.themes[1].terms[0] == "sanction*"
    assert assign_themes(Library(references=(ref(title="New sanctioning regimes"),)), MAP).references[0].keywords == (
        "sanctions",
    )


def test_secondary_themes_need_half_the_primary_score():
    work = ref(context="Sanctions, sanctions, more sanctions and the SWIFT ban; also militarisation.")
    assert assign_themes(Library(references=(work,)), MAP).references[0].keywords == ("sanctions",)


def test_nothing_matches_goes_to_other_and_user_keywords_are_kept():
    work = ref(title="A cookbook", keywords=("to-read",))
    assert assign_themes(Library(references=(work,)), MAP).references[0].keywords == (OTHER_ID, "to-read")


def test_themes_already_in_the_keywords_are_kept():
    """Set by hand, or chosen from citing sentences a published library no longer carries."""
    work = ref(title="A cookbook", keywords=("to-read", "security"))
    assert assign_themes(Library(references=(work,)), MAP).references[0].keywords == ("to-read", "security")


def test_ties_go_to_the_theme_listed_first():
    work = ref(title="Security and sanctions")
    assert assign_themes(Library(references=(work,)), MAP).references[0].keywords == ("sanctions", "security")


@pytest.mark.parametrize(
    "text, message",
    [
        pytest.param("[[theme]\nname='x'", "not valid TOML", id="syntax"),
        pytest.param("title = 'no themes'", "no [[theme]] tables", id="empty"),
        pytest.param("[[theme]]\nid='a'\nterms=['x']", "has no name", id="no-name"),
        pytest.param("[[theme]]\nname='A'\n[[theme]]\nname='a'", "used twice", id="duplicate"),
        pytest.param("[[theme]]\nname='A'\nid='Not A Slug'", "must be lower-case", id="bad-id"),
        pytest.param("[[theme]]\nname='A'\nterms='x'", "terms must be a list", id="terms"),
    ],
)
def test_bad_maps_are_one_line_errors_naming_the_file(text, message):
    with pytest.raises(ConfigError) as err:
        parse_theme_map(text, "my-themes.toml")
    assert message in str(err.value) and str(err.value).startswith("my-themes.toml")
    assert "\n" not in str(err.value)


def test_missing_map_file(tmp_path):
    with pytest.raises(InputError, match="cannot read theme map"):
        load_theme_map(tmp_path / "nope.toml")


def _topic_library() -> Library:
    topics = {
        "oil": "Oil and gas pipelines carry crude oil and LNG cargoes to Japan's power plants.",
        "isles": "The disputed islands and the peace treaty stall while fishing boats are seized.",
        "arms": "Missile brigades and naval drills raise the military tension near the islands.",
    }
    refs = []
    for i in range(12):
        name, text = list(topics.items())[i % 3]
        refs.append(ref(title=f"{name.title()} report {i}", context=text, key=f"{name}{i}"))
    return Library(references=tuple(refs))


def test_derived_map_is_deterministic_writable_and_groups_sensibly(tmp_path):
    lib = _topic_library()
    first, second = derive_theme_map(lib), derive_theme_map(lib)
    assert first == second and 2 <= len(first.themes) <= 8
    out = assign_themes(lib, first)
    groups: dict[str, set[str]] = {}
    for r in out.references:
        groups.setdefault(r.keywords[0], set()).add(r.key.rstrip("0123456789"))
    assert all(len(kinds) == 1 for kinds in groups.values()), groups  # no group mixes two topics
    path = tmp_path / "derived.toml"
    write_theme_map(first, path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Theme map derived by bibkit")
    assert load_theme_map(path).themes == first.themes


def test_derivation_does_not_depend_on_the_order_of_equal_input():
    lib = _topic_library()
    shuffled = list(lib.references)
    random.Random(3).shuffle(shuffled)
    a = assign_themes(lib, derive_theme_map(lib))
    b = assign_themes(replace(lib, references=tuple(shuffled)), derive_theme_map(replace(lib, references=tuple(shuffled))))
    by_key = {r.key: r.keywords for r in b.references}
    # the grouping (which works sit together) is the same; names may differ
    pairs_a = {(x.key, y.key) for x in a.references for y in a.references if x.keywords[:1] == y.keywords[:1]}
    pairs_b = {(x.key, y.key) for x in b.references for y in b.references if by_key[x.key][:1] == by_key[y.key][:1]}
    assert pairs_a == pairs_b


def test_empty_library_derives_nothing():
    assert derive_theme_map(Library()).themes == ()


def test_dump_escapes_toml_strings():
    theme_map = ThemeMap((Theme("a", 'Say "hi" \\ there', "line", ("x",)),))
    assert parse_theme_map(dumps_theme_map(theme_map)).themes == theme_map.themes
