"""pytest plugin (entry point ``pytest11: bibkit``): every link a bibliography cites becomes a test item.

    pytest --bibkit-links references/ -m bibkit_links --junitxml=links.xml

Each URL or DOI in the given ``.bib`` / CSL-JSON files (directories are searched) is one item
named after its citation key (``references/library.bib::abiru2021japan``), so a CI system shows a
broken link as a failed test, with JUnit XML, ``-k`` and ``-x`` for free. The links are checked
once, together, by ``bibkit.linkcheck`` (concurrent, polite, cached) when the first item runs.

Verdicts: broken -> failed; ok and redirected -> passed (the new URL is a JUnit property and is
listed at the end); blocked, suspect, timeout, could-not-check (offline, no network), excluded ->
skipped with the reason, failed under ``--bibkit-strict``.

The plugin is loaded in every pytest session of the environment, so this module imports
nothing of bibkit until ``--bibkit-links`` is given, and does nothing without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SUFFIXES = (".bib", ".json", ".csljson")
MARKER = "bibkit_links"
_BATCH = pytest.StashKey["_Batch"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("bibkit", "bibkit: the links a bibliography cites, as test items")
    group.addoption("--bibkit-links", nargs="+", action="extend", default=[], metavar="PATH",
                    help="Check every link in these .bib / CSL-JSON files (directories are searched).")
    group.addoption("--bibkit-strict", action="store_true",
                    help="Fail (not skip) blocked, suspect, timed-out and could-not-check links.")
    group.addoption("--bibkit-offline", action="store_true", help="No network: verdicts from the cache only.")
    group.addoption("--bibkit-cache", metavar="PATH", default=None,
                    help="Link cache (default: .bibkit-cache/links.sqlite under the rootdir).")
    group.addoption("--bibkit-no-cache", action="store_true", help="Neither read nor write the link cache.")
    group.addoption("--bibkit-allow-private", action="store_true",
                    help="Allow private and loopback addresses (a local test server).")
    group.addoption("--bibkit-timeout", type=float, default=10.0, metavar="SECONDS",
                    help="Seconds to wait for each answer (default 10).")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{MARKER}: a link cited in a bibliography (added by --bibkit-links)")
    paths = config.getoption("bibkit_links", default=[])
    if paths:
        # pytest collects the paths itself (so -k, --deselect, JUnit and collection errors all work)
        config.args.extend(p for p in paths if p not in config.args)
        config.stash[_BATCH] = _Batch(config)


def _bibkit_paths(config: pytest.Config) -> list[Path]:
    return [Path(p).resolve() for p in config.getoption("bibkit_links", default=[])]


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if _BATCH not in parent.config.stash or file_path.suffix.lower() not in SUFFIXES:
        return None
    if _wanted(file_path.resolve(), _bibkit_paths(parent.config)):
        return BibliographyFile.from_parent(parent, path=file_path)
    return None


def _wanted(path: Path, given: list[Path]) -> bool:
    """A file named on the command line always; one found in a named directory when it is not hidden
    and, for .json, looks like CSL-JSON (a list), so bibkit's own state files and other JSON are left alone."""
    if path in given:
        return True
    folders = [p for p in given if p in path.parents]
    if not folders or any(part.startswith(".") for part in path.relative_to(folders[0]).parts):
        return False
    if path.suffix.lower() == ".bib":
        return True
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as handle:
            head = handle.read(4096).lstrip()
    except OSError:
        return False
    return head.startswith("[") or head.startswith("{") and '"items"' in head


def pytest_report_header(config: pytest.Config) -> str | None:
    paths = config.getoption("bibkit_links", default=[])
    return f"bibkit links: {', '.join(paths)}" if paths else None


def pytest_terminal_summary(terminalreporter, exitstatus, config: pytest.Config) -> None:
    batch = config.stash.get(_BATCH, None)
    if batch is None or not batch.redirects:
        return
    terminalreporter.section("bibkit: permanently redirected links (update the citation)")
    for where, url, new_url in batch.redirects:
        terminalreporter.line(f"{where}: {url} -> {new_url}")


class LinkFailure(Exception):
    """A link that fails the check; shown as one line, not a traceback."""


class BibliographyFile(pytest.File):
    """A .bib or CSL-JSON file: one item per (citation key, link)."""

    def collect(self):
        from bibkit.errors import BibkitError
        from bibkit.linkcheck.collect import collect_paths

        try:
            requests, problems = collect_paths([self.path])
        except BibkitError as exc:
            raise self.CollectError(str(exc)) from exc
        for problem in problems:
            self.warn(pytest.PytestWarning(f"bibkit: {problem}"))
        for name, request, origin in _named(requests):
            yield LinkItem.from_parent(self, name=name, request=request, origin=origin)


def _named(requests) -> list[tuple[str, object, object]]:
    """(item name, request, origin): the citation key, with the field or URL added only when needed to be unique."""
    rows = [
        (origin.key or (f"note-{origin.note}" if origin.note else f"line-{origin.line}"), request, origin)
        for request in requests
        for origin in request.origins
    ]
    counts: dict[str, int] = {}
    for base, _, _ in rows:
        counts[base] = counts.get(base, 0) + 1
    named = [(f"{base}[{origin.field}]" if counts[base] > 1 else base, req, origin) for base, req, origin in rows]
    seen: dict[str, int] = {}
    for name, _, _ in named:
        seen[name] = seen.get(name, 0) + 1
    return [(f"{name}[{req.url}]" if seen[name] > 1 else name, req, origin) for name, req, origin in named]


class LinkItem(pytest.Item):
    """One cited link; its verdict comes from the batch check of every selected link."""

    def __init__(self, *, request, origin, **kwargs) -> None:
        super().__init__(**kwargs)
        self.request = request
        self.origin = origin
        self.add_marker(MARKER)

    def runtest(self) -> None:
        from bibkit.linkcheck.model import LinkStatus

        result = self.config.stash[_BATCH].result(self)
        self.user_properties.append(("url", self.request.url))
        self.user_properties.append(("status", result.status.value))
        strict = self.config.getoption("bibkit_strict")
        if result.is_problem(strict):
            raise LinkFailure(f"{self.request.url}: {result.describe()}" + (f" (hint: {result.hint})"
                                                                             if result.hint else ""))
        if result.status is LinkStatus.REDIRECTED:
            self.user_properties.append(("redirected_to", result.new_url))
        elif result.status is not LinkStatus.OK:
            pytest.skip(f"{result.status.value}: {self.request.url}: {result.describe()}")

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, LinkFailure):
            return f"{self.origin.where()} {self.origin.label()}: {excinfo.value}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, (self.origin.line - 1 if self.origin.line else None), f"{self.name}: {self.request.url}"


class _Batch:
    """Checks every selected link at once (concurrently, each URL once) when the first item runs."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.results: dict[str, object] | None = None
        self.redirects: list[tuple[str, str, str]] = []

    def result(self, item: LinkItem):
        if self.results is None:
            self.results = self._check([i for i in item.session.items if isinstance(i, LinkItem)])
        return self.results[item.request.cache_key]

    def _check(self, items: list[LinkItem]) -> dict[str, object]:
        from bibkit.linkcheck.check import CheckOptions, check_links
        from bibkit.linkcheck.collect import merge
        from bibkit.linkcheck.model import LinkStatus

        requests = merge(item.request for item in items)
        timeout = self.config.getoption("bibkit_timeout")
        options = CheckOptions(read_timeout=timeout, connect_timeout=min(5.0, timeout), excludes=self._excludes(),
                               allow_private=self.config.getoption("bibkit_allow_private"))
        cache = self._cache()
        try:
            run = check_links(requests, options, cache=cache, offline=self.config.getoption("bibkit_offline"))
        finally:
            if cache is not None:
                cache.close()
        for result in run.results:
            if result.status is LinkStatus.REDIRECTED:
                self.redirects += [(o.where(), result.url, result.new_url) for o in result.origins]
        return {request.cache_key: result for request, result in zip(requests, run.results, strict=True)}

    def _cache(self):
        if self.config.getoption("bibkit_no_cache"):
            return None
        from bibkit.linkcheck.cache import DEFAULT_PATH, LinkCache

        path = self.config.getoption("bibkit_cache") or self.config.rootpath / DEFAULT_PATH
        return LinkCache(path)

    def _excludes(self) -> tuple[str, ...]:
        """The project's ``.bibkitignore`` (the same file ``bibkit check`` reads), if there is one."""
        from bibkit.linkcheck.command import IGNORE_FILE, read_ignore_file

        ignore = self.config.rootpath / IGNORE_FILE
        return tuple(read_ignore_file(ignore)) if ignore.is_file() else ()
