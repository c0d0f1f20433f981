"""``bibkit check PATH...``: argument plumbing around collect -> check -> report, and exit codes.

Exit codes: 0 no problems; 1 broken links (blocked, suspect, timeout, could-not-check too with
``--strict``); 2 usage; 3 bad input; 4 could not check at all (no network).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click

from ..io.atomic import write_atomic
from . import cache as cache_mod
from .check import CheckOptions, check_links, parse_accept
from .collect import collect_paths
from .fix import fix_bib_files
from .model import LinkResult
from .report import FORMATS, NO_NETWORK_MESSAGE, render, render_markdown

EXIT_OK, EXIT_BROKEN, EXIT_NO_NETWORK = 0, 1, 4
IGNORE_FILE = ".bibkitignore"


def parse_duration(text: str) -> float:
    """'90', '30m', '12h', '7d' -> seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text or "")
    if not match:
        raise click.BadParameter(f"'{text}' is not a duration like 3600, 30m, 12h or 7d")
    return float(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]


def read_ignore_file(path: Path) -> list[str]:
    """Regexes, one a line; blank lines and '#' comments skipped (lychee's .lycheeignore format)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise click.BadParameter(f"cannot read {path}: {exc.strerror}") from exc
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _show_progress() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


@click.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Report format; github prints workflow annotations and writes the job summary.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file (atomically) instead of stdout.",
)
@click.option("--strict", is_flag=True, help="Also fail on blocked, suspect, timeout and could-not-check links.")
@click.option("--workers", type=click.IntRange(1, 256), default=32, show_default=True, help="Requests in flight.")
@click.option(
    "--host-concurrency",
    type=click.IntRange(1, 64),
    default=4,
    show_default=True,
    help="Most requests in flight to one host.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0.1),
    default=10.0,
    show_default=True,
    help="Seconds to wait for an answer (connect waits at most 5 s).",
)
@click.option(
    "--deadline",
    type=click.FloatRange(1),
    default=600.0,
    show_default=True,
    help="Seconds for the whole run; links not done by then are could-not-check.",
)
@click.option(
    "--retries",
    type=click.IntRange(0, 10),
    default=2,
    show_default=True,
    help="Retries after a 5xx, 429 or reset (timeouts are retried once).",
)
@click.option("--exclude", multiple=True, metavar="REGEX", help="Skip links matching REGEX (repeatable).")
@click.option(
    "--accept",
    default="200..299",
    show_default=True,
    metavar="CODES",
    help="Status codes that count as ok, e.g. 200..299,403.",
)
@click.option(
    "--ignore-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"File of exclude regexes, one a line [default: ./{IGNORE_FILE} if present].",
)
@click.option(
    "--cache",
    "cache_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=cache_mod.DEFAULT_PATH,
    show_default=True,
    help="SQLite cache of verdicts.",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@click.option("--max-age", metavar="DURATION", help="Recheck cached verdicts older than this (e.g. 12h, 2d).")
@click.option("--offline", is_flag=True, help="No network: report from the cache (any age) only.")
@click.option("--fix", is_flag=True, help="Rewrite .bib url fields of permanently redirected links.")
@click.option("--suggest-archive", is_flag=True, help="Look up a Wayback Machine copy of dead links.")
@click.option(
    "--wayback-url",
    default=CheckOptions.wayback_api,
    show_default=True,
    help="Wayback availability API endpoint.",
)
@click.option(
    "--doi-api",
    default=CheckOptions.doi_api,
    show_default=True,
    help="DOI handle API base; a DOI is checked there, never at the publisher.",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Allow private and loopback addresses (link-local/metadata stay refused).",
)
@click.option(
    "--soft-404",
    type=click.Choice(["probe", "always", "off"]),
    default="probe",
    show_default=True,
    help="Soft-404 sniffing: probe (sites answering 200 for a made-up path), always, or off.",
)
@click.option("--dump", is_flag=True, help="List the links and where they are cited; check nothing.")
def check_command(
    paths: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    strict: bool,
    workers: int,
    host_concurrency: int,
    timeout: float,
    deadline: float,
    retries: int,
    exclude: tuple[str, ...],
    accept: str,
    ignore_file: Path | None,
    cache_path: Path,
    no_cache: bool,
    max_age: str | None,
    offline: bool,
    fix: bool,
    suggest_archive: bool,
    wayback_url: str,
    doi_api: str,
    allow_private: bool,
    soft_404: str,
    dump: bool,
) -> int:
    """Check every URL and DOI cited in .bib, CSL-JSON and commentary files.

    Example: bibkit check refs.bib essays/*.md --format github --strict
    """
    excludes = list(exclude)
    if ignore_file is None and Path(IGNORE_FILE).is_file():
        ignore_file = Path(IGNORE_FILE)
    if ignore_file is not None:
        excludes += read_ignore_file(ignore_file)
    try:
        accepted = parse_accept(accept)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--accept") from exc
    age = parse_duration(max_age) if max_age else None
    requests_, problems = collect_paths(paths)
    for problem in problems:
        click.echo(f"warning: {problem}", err=True)
    if dump:
        for request in requests_:
            where = "; ".join(f"{o.where()} {o.label()}".strip() for o in request.origins)
            click.echo(f"{request.url}\t{where}")
        return EXIT_OK
    options = CheckOptions(
        workers=workers,
        per_host=host_concurrency,
        read_timeout=timeout,
        connect_timeout=min(5.0, timeout),
        deadline=deadline,
        retries=retries,
        accept=accepted,
        excludes=tuple(excludes),
        allow_private=allow_private,
        soft_404=soft_404,
        doi_api=doi_api,
        suggest_archive=suggest_archive,
        wayback_api=wayback_url,
    )
    cache = None if no_cache else cache_mod.LinkCache(cache_path, max_age=age)
    try:
        run = check_with_progress(requests_, options, cache, offline)
    finally:
        if cache is not None:
            cache.close()
    _write(render(run, fmt, strict=strict), output)
    if fmt == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as summary:
            summary.write(render_markdown(run, strict=strict))
    if fix:
        for done in fix_bib_files(run.results):
            verb = "updated" if done.applied else "not updated"
            extra = f" ({done.reason})" if done.reason else ""
            click.echo(f"{done.file}:{done.line}: {verb} url of {done.key} -> {done.new_url}{extra}", err=True)
    if run.no_network:
        click.echo(f"Error: {NO_NETWORK_MESSAGE}", err=True)
        return EXIT_NO_NETWORK
    return EXIT_BROKEN if any(r.is_problem(strict) for r in run.results) else EXIT_OK


def check_with_progress(requests_, options: CheckOptions | None = None, cache=None, offline: bool = False):
    """check_links with a progress bar on an interactive terminal (never in CI or a pipe)."""
    if not _show_progress() or not requests_:
        return check_links(requests_, options, cache=cache, offline=offline)
    with click.progressbar(length=len(requests_), label="Checking links", file=sys.stderr) as bar:

        def advance(_: LinkResult) -> None:
            bar.update(1)

        return check_links(requests_, options, cache=cache, offline=offline, progress=advance)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)
