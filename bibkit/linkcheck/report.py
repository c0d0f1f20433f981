"""Stage 4c: results -> text for people and CI (text, json, junit, markdown, github).

Each renderer is a pure function of the run, returning a string; the command decides where it
goes. Problems are grouped by the file that cites them and carry file, line, key or note, so an
editor or a CI annotation can jump to the citation.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable

from .check import CheckRun
from .model import LinkResult, LinkStatus, Origin

FORMATS = ("text", "json", "junit", "markdown", "github")
NO_NETWORK_MESSAGE = "no network: no host could be reached (DNS or routing failed for every link); nothing was checked"


def counts(results: Iterable[LinkResult]) -> dict[str, int]:
    """Results per status, every status listed (zeros included) in the enum's order."""
    found = Counter(r.status for r in results)
    return {status.value: found.get(status, 0) for status in LinkStatus}


def reportable(result: LinkResult) -> bool:
    """Shown in the problem list: anything that is neither ok nor excluded on purpose."""
    if result.status is LinkStatus.EXCLUDED:
        return bool(result.hint)  # refused for safety: say so; excluded by the user: silent
    return result.status is not LinkStatus.OK


def by_file(results: Iterable[LinkResult]) -> dict[str, list[tuple[Origin, LinkResult]]]:
    """(origin, result) pairs of reportable results grouped by citing file, sorted by line."""
    groups: dict[str, list[tuple[Origin, LinkResult]]] = {}
    for result in results:
        if not reportable(result):
            continue
        for origin in result.origins or (Origin(file="(no file)"),):
            groups.setdefault(origin.file, []).append((origin, result))
    return {f: sorted(items, key=lambda item: item[0].line) for f, items in sorted(groups.items())}


def _line(origin: Origin, result: LinkResult) -> str:
    where = f"{origin.line}:" if origin.line else ""
    label = f" [{origin.label()}]" if origin.label() else ""
    text = f"  {where:>6} {result.status.value:<18} {result.url} — {result.describe()}{label}"
    if result.hint:
        text += f"\n{'':>8} hint: {result.hint}"
    if result.archive:
        text += f"\n{'':>8} archived copy: {result.archive}"
    return text


def render_text(run: CheckRun, *, strict: bool = False) -> str:
    """Summary table, then the problems grouped by file (what a terminal user reads)."""
    lines = []
    if run.no_network:
        lines.append(f"Error: {NO_NETWORK_MESSAGE}")
    table = counts(run.results)
    width = max(len(k) for k in table)
    lines.append(f"{len(run.results)} links, {run.requests_sent} requests, {run.elapsed:.1f} s")
    lines += [f"  {status:<{width}} {n:>6}" for status, n in table.items() if n]
    for file, items in by_file(run.results).items():
        lines.append("")
        lines.append(file)
        lines += [_line(origin, result) for origin, result in items]
    failing = sum(r.is_problem(strict) for r in run.results)
    lines.append("")
    lines.append(
        f"{failing} link(s) fail the check" + (" (--strict)" if strict else "") if failing else "No broken links."
    )
    return "\n".join(lines) + "\n"


def _origin_dict(origin: Origin) -> dict[str, object]:
    return {
        "file": origin.file,
        "line": origin.line,
        "key": origin.key,
        "note": origin.note,
        "field": origin.field,
    }


def result_dict(result: LinkResult) -> dict[str, object]:
    return {
        "url": result.url,
        "kind": result.kind,
        "doi": result.doi or None,
        "status": result.status.value,
        "code": result.code,
        "reason": result.reason,
        "new_url": result.new_url or None,
        "hint": result.hint or None,
        "archive": result.archive or None,
        "cached": result.cached,
        "requests": result.attempts,
        "elapsed": round(result.elapsed, 3),
        "origins": [_origin_dict(o) for o in result.origins],
    }


def render_json(run: CheckRun, *, strict: bool = False) -> str:
    """Every result with its provenance, plus the summary (machine-readable, stable keys)."""
    data = {
        "summary": counts(run.results),
        "no_network": run.no_network,
        "requests_sent": run.requests_sent,
        "elapsed": round(run.elapsed, 3),
        "failed": sum(r.is_problem(strict) for r in run.results),
        "results": [result_dict(r) for r in run.results],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_junit(run: CheckRun, *, strict: bool = False) -> str:
    """JUnit XML: one test case per link; failures for problems, skipped for inconclusive ones."""
    suite = ET.Element("testsuite", name="bibkit check", tests=str(len(run.results)))
    failures = skipped = 0
    for result in run.results:
        origin = result.origins[0] if result.origins else Origin(file="")
        case = ET.SubElement(suite, "testcase", classname=origin.file or "links", name=result.url)
        case.set("file", origin.file)
        if origin.line:
            case.set("line", str(origin.line))
        message = f"{result.status.value}: {result.describe()}"
        detail = "\n".join(f"{o.where()} {o.label()}".strip() for o in result.origins)
        if result.is_problem(strict):
            failures += 1
            ET.SubElement(case, "failure", message=message, type=result.status.value).text = detail
        elif result.status not in (LinkStatus.OK, LinkStatus.REDIRECTED):
            skipped += 1
            ET.SubElement(case, "skipped", message=message)
        elif result.status is LinkStatus.REDIRECTED:
            ET.SubElement(case, "system-out").text = message
    suite.set("failures", str(failures))
    suite.set("skipped", str(skipped))
    suite.set("errors", "0")
    suite.set("time", f"{run.elapsed:.3f}")
    ET.indent(suite)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(run: CheckRun, *, strict: bool = False) -> str:
    """A Markdown report (also the GitHub job summary): counts table, then problems per file."""
    lines = ["## Link check", ""]
    if run.no_network:
        lines += [f"> **{NO_NETWORK_MESSAGE}**", ""]
    lines += ["| Status | Links |", "| --- | ---: |"]
    lines += [f"| {status} | {n} |" for status, n in counts(run.results).items() if n]
    for file, items in by_file(run.results).items():
        lines += ["", f"### `{file}`", "", "| Line | Status | Link | Details |", "| ---: | --- | --- | --- |"]
        for origin, result in items:
            details = result.describe()
            if origin.label():
                details += f" ({origin.label()})"
            if result.hint:
                details += f"; hint: {result.hint}"
            if result.archive:
                details += f"; archived: {result.archive}"
            lines.append(f"| {origin.line or ''} | {result.status.value} | {_md(result.url)} | {_md(details)} |")
    failing = sum(r.is_problem(strict) for r in run.results)
    lines += ["", f"**{failing} link(s) fail the check.**" if failing else "**No broken links.**"]
    return "\n".join(lines) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(run: CheckRun, *, strict: bool = False) -> str:
    """GitHub workflow commands: one annotation per problem on its file and line.

    Failing links are ``::error``, the rest ``::warning`` (redirects: ``::notice``). The Markdown job
    summary is ``render_markdown``; the command appends it to ``$GITHUB_STEP_SUMMARY``.
    """
    lines = []
    if run.no_network:
        lines.append(f"::error title=bibkit check::{_escape_data(NO_NETWORK_MESSAGE)}")
    for file, items in by_file(run.results).items():
        for origin, result in items:
            if result.is_problem(strict):
                level = "error"
            elif result.status is LinkStatus.REDIRECTED:
                level = "notice"
            else:
                level = "warning"
            props = [f"file={_escape_property(file)}"]
            if origin.line:
                props.append(f"line={origin.line}")
            props.append(f"title={_escape_property(f'{result.status.value} link')}")
            message = f"{result.url}: {result.describe()}"
            if result.hint:
                message += f" (hint: {result.hint})"
            if result.archive:
                message += f" (archived copy: {result.archive})"
            lines.append(f"::{level} {','.join(props)}::{_escape_data(message)}")
    table = ", ".join(f"{n} {status}" for status, n in counts(run.results).items() if n)
    lines.append(f"bibkit check: {len(run.results)} links ({table})")
    return "\n".join(lines) + "\n"


RENDERERS = {
    "text": render_text,
    "json": render_json,
    "junit": render_junit,
    "markdown": render_markdown,
    "github": render_github,
}


def render(run: CheckRun, fmt: str = "text", *, strict: bool = False) -> str:
    """The report in ``fmt`` (one of FORMATS)."""
    return RENDERERS[fmt](run, strict=strict)
