"""``bibkit check``: every --format, exit codes, cache flags and --fix, through ``cli.main``."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from linkserver import LinkServer

from bibkit.cli import main
from bibkit.linkcheck import guard


@pytest.fixture(scope="module")
def server():
    with LinkServer(hang_seconds=2.0) as running:
        yield running


def entry(key: str, url: str, before: str = "", after: str = "") -> str:
    return "@online{" + key + ",\n" + before + "  url = {" + url + "},\n" + after + "}\n"


@pytest.fixture
def bib(tmp_path, server):
    """A .bib citing an ok page, a dead one, a moved one and a bot wall (our own test entries)."""
    text = "\n".join(
        [
            entry("fine", server.url("/ok/fine"), "  title = {Fine},\n"),
            entry("dead", server.url("/status/404"), "  title = {Dead},\n", "  urldate = {2020-06-01},\n"),
            entry("moved", server.url("/r/301/ok/new"), "  title = {Moved},\n"),
            entry("walled", server.url("/cf"), "  title = {Walled},\n"),
        ]
    )
    path = tmp_path / "refs.bib"
    path.write_text(text, encoding="utf-8")
    return path


def check(*args, tmp_path):
    return main(
        ["check", "--allow-private", "--cache", str(tmp_path / "cache.sqlite"), "--timeout", "1", *map(str, args)]
    )


def test_text_report_and_exit_1_on_broken(bib, tmp_path, capsys):
    assert check(bib, tmp_path=tmp_path) == 1
    out = capsys.readouterr().out
    assert "broken" in out and "redirected" in out and str(bib) in out
    assert "key dead" in out and "hint:" in out


def test_json_format(bib, tmp_path, capsys):
    check(bib, "--format", "json", tmp_path=tmp_path)
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["broken"] == 1 and data["summary"]["blocked"] == 1 and data["failed"] == 1
    dead = next(r for r in data["results"] if r["status"] == "broken")
    assert dead["code"] == 404 and dead["origins"][0]["key"] == "dead" and dead["origins"][0]["line"] == 6


def test_junit_is_valid_xml(bib, tmp_path, capsys):
    check(bib, "--format", "junit", "--strict", tmp_path=tmp_path)
    suite = ET.fromstring(capsys.readouterr().out.split("\n", 1)[1])
    assert suite.get("tests") == "4" and suite.get("failures") == "2"  # broken + blocked under --strict
    assert {c.get("line") for c in suite.iter("testcase")} == {"1", "6", "12", "17"}


def test_markdown_format(bib, tmp_path, capsys):
    check(bib, "--format", "markdown", tmp_path=tmp_path)
    out = capsys.readouterr().out
    assert "| Status | Links |" in out and f"### `{bib}`" in out and "| 6 | broken |" in out


def test_github_annotations_and_job_summary(bib, tmp_path, capsys, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    check(bib, "--format", "github", tmp_path=tmp_path)
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith(f"::error file={bib},line=6,title=broken link::") for line in lines)
    assert any(line.startswith(f"::warning file={bib},line=17,") for line in lines)
    assert any(line.startswith(f"::notice file={bib},line=12,") for line in lines)
    assert "## Link check" in summary.read_text(encoding="utf-8")


def test_strict_fails_on_blocked(tmp_path, server, capsys):
    path = tmp_path / "walled.bib"
    path.write_text(entry("w", server.url("/linkedin")), encoding="utf-8")
    assert check(path, tmp_path=tmp_path) == 0
    assert check(path, "--strict", "--no-cache", tmp_path=tmp_path) == 1


def test_fix_updates_moved_url(bib, tmp_path, server, capsys):
    before = bib.read_text(encoding="utf-8")
    check(bib, "--fix", tmp_path=tmp_path)
    after = bib.read_text(encoding="utf-8")
    assert after == before.replace(server.url("/r/301/ok/new"), server.url("/ok/new"))
    assert "updated url of moved" in capsys.readouterr().err


def test_suggest_archive_is_printed(bib, tmp_path, server, capsys):
    check(bib, "--suggest-archive", "--wayback-url", server.url("/wayback/available"), tmp_path=tmp_path)
    assert "archived copy: http://web.archive.org/web/20200601" in capsys.readouterr().out


def test_offline_uses_cache_only(bib, tmp_path, server, capsys):
    check(bib, tmp_path=tmp_path)
    capsys.readouterr()
    server.reset_counters()
    assert check(bib, "--offline", "--format", "json", tmp_path=tmp_path) == 1
    data = json.loads(capsys.readouterr().out)
    assert server.requests == 0 and all(r["cached"] for r in data["results"])


def test_no_network_exit_4(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(guard, "system_resolver", guard.stub_resolver({}))
    path = tmp_path / "refs.bib"
    path.write_text("@online{a,\n  url = {https://one.invalid/x},\n}\n@online{b,\n  url = {https://two.invalid/}\n}\n")
    assert check(path, "--no-cache", tmp_path=tmp_path) == 4
    assert capsys.readouterr().err.count("no network") == 1


def test_usage_and_input_errors(tmp_path, capsys):
    assert check(tmp_path / "missing.bib", tmp_path=tmp_path) == 3
    assert "missing.bib" in capsys.readouterr().err
    path = tmp_path / "ok.bib"
    path.write_text("@online{a,\n  url = {ftp://example.org/x},\n}\n")
    assert check(path, "--accept", "2xx", tmp_path=tmp_path) == 2
    assert check(path, "--format", "yaml", tmp_path=tmp_path) == 2


def test_ignore_file_and_dump(tmp_path, server, capsys):
    path = tmp_path / "refs.bib"
    path.write_text(entry("a", server.url("/status/404")), encoding="utf-8")
    ignore = tmp_path / "ignore"
    ignore.write_text("# dead on purpose\n/status/\n")
    assert check(path, "--ignore-file", ignore, tmp_path=tmp_path) == 0
    assert check(path, "--dump", tmp_path=tmp_path) == 0
    assert f"{path}:1 key a (url)" in capsys.readouterr().out


def test_no_progress_bar_in_ci(bib, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CI", "true")
    check(bib, tmp_path=tmp_path)
    assert "Checking links" not in capsys.readouterr().err
