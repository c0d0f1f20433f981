"""The pytest plugin (``--bibkit-links``), run for real with pytester against a local link server."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from linkserver import LinkServer

# pytester's in-process runs restore sys.modules afterwards; a second run would import a second
# http.cookiejar that requests refuses to mix with the first ("You can only merge into CookieJar").
import bibkit.linkcheck.check  # noqa: F401, I001

pytest_plugins = ["pytester"]

# no cache files in the sample project; hypothesis would be re-imported by every in-process run (slow)
BASE = ["--bibkit-allow-private", "--bibkit-timeout", "5", "-p", "no:cacheprovider", "-p", "no:hypothesispytest"]


@pytest.fixture(scope="module")
def server():
    with LinkServer() as running:
        yield running


def write_library(pytester: pytest.Pytester, server: LinkServer) -> None:
    pytester.mkdir("refs")
    (pytester.path / "refs" / "library.bib").write_text(f"""
@online{{abiru2021japan,
  author = {{Abiru, Taisuke}},
  title = {{{{Japan}}-{{Russia}} Relations in the Post-Abe Era}},
  url = {{{server.url('/ok/abiru')}}},
}}

@online{{gone2022page,
  title = {{A page that is gone}},
  url = {{{server.url('/status/404')}}},
}}

@online{{moved2021page,
  title = {{A page that moved}},
  url = {{{server.url('/r/301/ok/moved')}}},
}}
""", encoding="utf-8")
    (pytester.path / "refs" / "more.json").write_text(json.dumps([
        {"id": "brown2021japan", "type": "webpage", "title": "Japan's Russia Policy Under Prime Minister Suga",
         "URL": server.url("/ok/brown")},
        {"id": "kishida2022press", "type": "speech", "title": "Press Conference by Prime Minister Kishida",
         "URL": server.url("/status/410")},
    ]), encoding="utf-8")
    (pytester.path / "refs" / ".bibkit-state.json").write_text('{"not": "a library"}', encoding="utf-8")
    pytester.makepyfile(test_unrelated="def test_plain():\n    assert True\n")


def test_each_link_is_a_test_named_after_its_key(pytester, server):
    write_library(pytester, server)
    # a real pytest process, as CI runs it: the plugin is found through its pytest11 entry point
    result = pytester.runpytest_subprocess("--bibkit-links", "refs", "--bibkit-no-cache", "--junitxml=links.xml",
                                           "-v", *BASE)
    result.assert_outcomes(passed=4, failed=2)
    result.stdout.fnmatch_lines([
        "*bibkit links: refs*",
        "*refs/library.bib::abiru2021japan PASSED*",
        "*refs/library.bib::gone2022page FAILED*",
        "*refs/more.json::kishida2022press FAILED*",
        "*library.bib:*key gone2022page (url): http://127.0.0.1:*/status/404: 404*",
        "*permanently redirected*",
        "*/r/301/ok/moved -> http://127.0.0.1:*/ok/moved",
    ])
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    cases = {case.get("name"): case for case in ET.parse(pytester.path / "links.xml").iter("testcase")}
    assert set(cases) == {"abiru2021japan", "gone2022page", "moved2021page", "brown2021japan",
                          "kishida2022press", "test_plain"}
    assert cases["gone2022page"].find("failure") is not None
    assert cases["abiru2021japan"].find("failure") is None
    props = {p.get("name"): p.get("value") for p in cases["moved2021page"].iter("property")}
    assert props["status"] == "redirected" and props["redirected_to"].endswith("/ok/moved")


def test_marker_and_keyword_select_links(pytester, server):
    write_library(pytester, server)
    result = pytester.runpytest("--bibkit-links", "refs/library.bib", "--bibkit-no-cache", "-m", "bibkit_links",
                                "-k", "abiru or moved", "-rs", *BASE)
    result.assert_outcomes(passed=2, deselected=2)


def test_offline_without_a_cache_skips_and_never_fails(pytester, server):
    write_library(pytester, server)
    result = pytester.runpytest("--bibkit-links", "refs", "--bibkit-offline", "-rs", *BASE)
    result.assert_outcomes(passed=1, skipped=5)
    result.stdout.fnmatch_lines(["*could-not-check*offline*"])
    assert result.ret == pytest.ExitCode.OK
    strict = pytester.runpytest("--bibkit-links", "refs", "--bibkit-offline", "--bibkit-strict", *BASE)
    strict.assert_outcomes(passed=1, failed=5)


def test_the_cache_answers_a_second_offline_run(pytester, server):
    write_library(pytester, server)
    cache = str(pytester.path / "links.sqlite")
    pytester.runpytest("--bibkit-links", "refs", "--bibkit-cache", cache, *BASE).assert_outcomes(passed=4, failed=2)
    server.reset_counters()
    again = pytester.runpytest("--bibkit-links", "refs", "--bibkit-cache", cache, "--bibkit-offline", *BASE)
    again.assert_outcomes(passed=4, failed=2)


def test_inactive_without_the_option(pytester, server):
    write_library(pytester, server)
    result = pytester.runpytest("refs", *BASE)
    result.assert_outcomes()
    assert "bibkit links" not in result.stdout.str()


def test_a_broken_file_named_on_the_command_line_is_a_collection_error(pytester):
    pytester.makefile(".json", broken='{"not": "csl"}')
    result = pytester.runpytest("--bibkit-links", "broken.json", *BASE)
    result.stdout.fnmatch_lines(["*ERROR collecting broken.json*", "*CSL-JSON must be a list*"])


def test_importing_the_plugin_stays_cheap():
    code = "import sys, bibkit.plugins.pytest_links; print(sorted(m for m in sys.modules if m.startswith(('bibkit.', 'requests'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['bibkit.plugins', 'bibkit.plugins.pytest_links']"
