"""The checker against a real HTTP server on 127.0.0.1: one test per behaviour of issue 3."""

from __future__ import annotations

import time
import uuid

import pytest
from linkserver import CASES, LinkServer

from bibkit.linkcheck.cache import LinkCache
from bibkit.linkcheck.check import CheckOptions, check_links, parse_accept, parse_retry_after
from bibkit.linkcheck.collect import make_request
from bibkit.linkcheck.guard import refusal, stub_resolver
from bibkit.linkcheck.model import LinkStatus, Origin

FAST = CheckOptions(
    allow_private=True,
    connect_timeout=0.5,
    read_timeout=0.5,
    body_timeout=0.5,
    backoff=0.02,
    retry_after_cap=3.0,
    deadline=30.0,
)
RESOLVER = stub_resolver({"soft.test": "127.0.0.1", "a.test": "127.0.0.1", "b.test": "127.0.0.1"})


@pytest.fixture(scope="module")
def server():
    with LinkServer(hang_seconds=3.0) as running:
        yield running


def req(url: str, line: int = 1, **origin: str):
    return make_request(url, Origin(file="refs.bib", line=line, key=origin.get("key", f"k{line}"), field="url"))


def run(urls, options: CheckOptions = FAST, **kw):
    return check_links([req(u, i) for i, u in enumerate(urls, 1)], options, resolver=RESOLVER, **kw)


def one(url: str, options: CheckOptions = FAST, **kw):
    return run([url], options, **kw).results[0]


def fresh(server: LinkServer, path: str) -> str:
    """A URL whose per-name server state (flaky, rate limit) has not been used yet."""
    return server.url(f"{path}/{uuid.uuid4().hex[:8]}")


@pytest.fixture(scope="module")
def all_cases(server):
    urls = [server.url(path, host or "127.0.0.1") for path, _, _, host in CASES]
    return run(urls)


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[2] for c in CASES])
def test_every_failure_mode_gets_its_verdict(all_cases, index):
    assert all_cases.results[index].status.value == CASES[index][1], all_cases.results[index]


def test_results_carry_provenance_and_code(server):
    result = one(server.url("/status/410"))
    assert (result.status, result.code, result.reason) == (LinkStatus.BROKEN, 410, "Gone")
    assert result.origins == (Origin(file="refs.bib", line=1, key="k1", field="url"),)
    assert result.attempts == 1


def test_500_is_retried_then_broken(server):
    result = one(server.url("/status/500"))
    assert result.status is LinkStatus.BROKEN and result.code == 500 and result.attempts == 3


def test_503_then_ok_is_ok_after_one_retry(server):
    url = fresh(server, "/flaky")
    result = one(url)
    assert result.status is LinkStatus.OK and server.hits[url.split(str(server.port))[1]] == 2


@pytest.mark.parametrize("path,least", [("/ratelimit", 0.9), ("/ratelimit-date", 0.9)], ids=["seconds", "date"])
def test_429_honours_retry_after(server, path, least):
    started = time.monotonic()
    result = one(fresh(server, path))
    assert result.status is LinkStatus.OK
    assert time.monotonic() - started >= least


def test_parse_retry_after():
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 10) == pytest.approx(10.0)
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_429_after_retries_is_inconclusive(server):
    options = CheckOptions(**{**FAST.__dict__, "retries": 0})
    result = one(fresh(server, "/ratelimit"), options)
    assert result.status is LinkStatus.COULD_NOT_CHECK and result.code == 429


@pytest.mark.parametrize("path", ["/head405/x", "/head403/x"])
def test_head_refused_falls_back_to_get(server, path):
    before = dict(server.methods)
    result = one(server.url(path))
    assert result.status is LinkStatus.OK and result.attempts == 2
    assert server.methods["GET"] - before.get("GET", 0) >= 1


def test_permanent_chain_suggests_new_url(server):
    result = one(server.url("/r/301/r/308/ok/moved"))
    assert result.status is LinkStatus.REDIRECTED and result.code == 301
    assert result.new_url == server.url("/ok/moved")


def test_permanent_then_temporary_suggests_the_permanent_target(server):
    result = one(server.url("/r/301/r/302/ok/there"))
    assert result.status is LinkStatus.REDIRECTED
    assert result.new_url == server.url("/r/302/ok/there")


def test_temporary_redirect_is_ok(server):
    result = one(server.url("/r/302/ok/temp"))
    assert result.status is LinkStatus.OK and "temporary" in result.reason and not result.new_url


def test_redirect_loop_is_detected(server):
    result = one(server.url("/loop/a"))
    assert result.status is LinkStatus.BROKEN and "loop" in result.reason and result.attempts == 2


def test_too_many_redirects(server):
    url = server.url("/r/302" * 4 + "/ok/deep")
    options = CheckOptions(**{**FAST.__dict__, "max_redirects": 2})
    assert one(url, options).status is LinkStatus.BROKEN


def test_slow_drip_body_is_not_waited_for(server):
    result = one(server.url("/drip"))
    assert result.status is LinkStatus.OK
    assert result.elapsed < FAST.body_timeout + 1.0


def test_connection_reset_is_retried_then_broken(server):
    result = one(server.url("/reset"))
    assert result.status is LinkStatus.BROKEN and "reset" in result.reason
    assert result.attempts == 4  # a HEAD that errors, then GET with two retries


def test_hang_times_out_once_retried(server):
    result = one(server.url("/hang"))
    assert result.status is LinkStatus.TIMEOUT and result.attempts == 2
    assert result.elapsed < 2 * FAST.read_timeout + 1.0


def test_soft_404_by_page_text_on_a_site_that_answers_200_for_anything(server):
    results = run([server.url("/real", "soft.test"), server.url("/removed-report", "soft.test")]).results
    assert [r.status for r in results] == [LinkStatus.OK, LinkStatus.SUSPECT]
    assert "Page not found" in results[1].reason and results[1].hint


def test_soft_404_redirect_to_home(server):
    result = one(server.url("/gone"))
    assert result.status is LinkStatus.SUSPECT and "home page" in result.reason


def test_soft_404_always_sniffs_even_honest_sites(server):
    options = CheckOptions(**{**FAST.__dict__, "soft_404": "always"})
    assert one(server.url("/soft404"), options).status is LinkStatus.SUSPECT
    assert one(server.url("/soft404"), CheckOptions(**{**FAST.__dict__, "soft_404": "off"})).status is LinkStatus.OK


def test_honest_site_pages_are_not_fetched_twice(server):
    """On a host that 404s a made-up path, an HTML 200 costs one HEAD (plus one probe per host)."""
    fresh_server = LinkServer()
    with fresh_server:
        result = run([fresh_server.url(f"/ok/{i}") for i in range(5)])
        assert {r.status for r in result.results} == {LinkStatus.OK}
        assert fresh_server.methods["HEAD"] == 5 and fresh_server.methods["GET"] == 1  # the probe


def test_huge_body_is_never_read_fully(server):
    before = server.huge_bytes
    result = one(server.url("/huge"))
    assert result.status is LinkStatus.OK and result.elapsed < 2.0
    assert server.huge_bytes - before < 32 * 1024 * 1024  # socket buffers, not the gigabyte


@pytest.mark.parametrize("path,code", [("/cf", 403), ("/linkedin", 999)])
def test_bot_walls_are_blocked_not_broken(server, path, code):
    result = one(server.url(path))
    assert result.status is LinkStatus.BLOCKED and result.code == code and result.hint
    assert not result.is_problem() and result.is_problem(strict=True)


def test_per_host_limit_is_never_exceeded():
    with LinkServer(latency=0.03) as busy:
        urls = [busy.url(f"/ok/{i}", host) for host in ("a.test", "b.test") for i in range(24)]
        options = CheckOptions(**{**FAST.__dict__, "per_host": 3, "workers": 16})
        result = run(urls, options)
        assert {r.status for r in result.results} == {LinkStatus.OK}
        assert busy.max_active["a.test"] == 3 and busy.max_active["b.test"] == 3


def test_each_url_is_fetched_once_however_often_cited(server):
    server.reset_counters()
    url = server.url("/ok/cited-twice")
    requests_ = [req(url, 1, key="a"), req(url, 9, key="b")]
    from bibkit.linkcheck.collect import merge

    merged = merge(requests_)
    result = check_links(merged, FAST, resolver=RESOLVER).results
    assert len(result) == 1 and len(result[0].origins) == 2
    assert server.hits["/ok/cited-twice"] == 1


def test_cache_hit_sends_no_request(server, tmp_path):
    urls = [server.url("/ok/cached"), server.url("/status/404"), server.url("/hang")]
    with LinkCache(tmp_path / "links.sqlite") as cache:
        first = run(urls, cache=cache)
        server.reset_counters()
        second = run(urls, cache=cache)
    assert [r.status for r in second.results] == [r.status for r in first.results]
    assert [r.cached for r in second.results] == [True, True, False]  # timeouts are never cached
    assert server.hits["/ok/cached"] == 0 and server.hits["/status/404"] == 0


def test_max_age_and_offline(server, tmp_path):
    url = server.url("/ok/aged")
    with LinkCache(tmp_path / "links.sqlite") as cache:
        run([url], cache=cache)
    with LinkCache(tmp_path / "links.sqlite", max_age=0) as stale:
        assert not run([url], cache=stale).results[0].cached
    with LinkCache(tmp_path / "links.sqlite", max_age=0) as stale:
        server.reset_counters()
        offline = run([url, server.url("/ok/never-seen")], cache=stale, offline=True).results
        assert server.requests == 0
    assert offline[0].cached and offline[0].status is LinkStatus.OK
    assert offline[1].status is LinkStatus.COULD_NOT_CHECK


def test_no_network_is_said_once_not_as_broken_links():
    urls = ["http://site-one.invalid/a", "https://site-two.invalid/b", "http://site-one.invalid/c"]
    result = check_links([req(u) for u in urls], FAST, resolver=stub_resolver({}))
    assert result.no_network
    assert {r.status for r in result.results} == {LinkStatus.COULD_NOT_CHECK}


def test_one_dead_host_among_live_ones_is_broken(server):
    result = run([server.url("/ok/alive"), "http://gone-domain.invalid/page"])
    assert not result.no_network
    assert [r.status for r in result.results] == [LinkStatus.OK, LinkStatus.BROKEN]


def test_metadata_and_link_local_always_refused(server):
    resolver = stub_resolver({"metadata.test": "169.254.169.254"})
    result = check_links([req("http://metadata.test/latest/")], FAST, resolver=resolver).results[0]
    assert result.status is LinkStatus.EXCLUDED and "169.254.169.254" in result.reason
    redirected = one(server.url("/to-metadata"))
    assert redirected.status is LinkStatus.EXCLUDED and "metadata" in redirected.reason
    assert refusal("fd00:ec2::254", allow_private=True)


def test_private_addresses_need_opt_in(server):
    options = CheckOptions(**{**FAST.__dict__, "allow_private": False})
    server.reset_counters()
    result = one(server.url("/ok/private"), options)
    assert result.status is LinkStatus.EXCLUDED and "--allow-private" in result.reason
    assert server.requests == 0
    assert refusal("10.1.2.3", allow_private=False) and not refusal("93.184.215.14", allow_private=False)


def test_doi_checked_through_handle_api(server):
    options = CheckOptions(**{**FAST.__dict__, "doi_api": server.url("/api/handles/")})
    server.reset_counters()
    result = check_links(
        [req("doi:10.1038/nature14539"), req("https://doi.org/10.9999/not-a-real-doi")], options, resolver=RESOLVER
    )
    assert [r.status for r in result.results] == [LinkStatus.OK, LinkStatus.BROKEN]
    assert result.results[1].reason == "DOI not registered"
    assert server.methods["HEAD"] == 0 and server.requests == 2


def test_suggest_archive_nearest_to_access_date(server):
    options = CheckOptions(
        **{**FAST.__dict__, "suggest_archive": True, "wayback_api": server.url("/wayback/available")}
    )
    request = make_request(server.url("/status/404"), Origin(file="refs.bib"), accessed="2021-03-04")
    result = check_links([request], options, resolver=RESOLVER).results[0]
    assert result.status is LinkStatus.BROKEN
    assert result.archive.startswith("http://web.archive.org/web/20210304")


def test_exclude_unsupported_and_accept(server):
    options = CheckOptions(**{**FAST.__dict__, "excludes": (r"/private/",), "accept": parse_accept("200..299,403")})
    result = run([server.url("/private/x"), "ftp://ftp.example.org/file", server.url("/status/403")], options)
    assert [r.status for r in result.results] == [LinkStatus.EXCLUDED, LinkStatus.UNSUPPORTED, LinkStatus.OK]
    assert [r.attempts for r in result.results] == [0, 0, 2]  # HEAD 403, then GET 403 accepted


def test_deadline_bounds_the_run(server):
    options = CheckOptions(**{**FAST.__dict__, "deadline": 0.3, "read_timeout": 5.0, "per_host": 1})
    started = time.monotonic()
    result = run([server.url("/hang"), server.url("/ok/late")], options)
    assert time.monotonic() - started < 2.0
    assert {r.status for r in result.results} <= {LinkStatus.TIMEOUT, LinkStatus.COULD_NOT_CHECK}
