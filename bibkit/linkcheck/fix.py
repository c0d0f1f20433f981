"""``--fix``: rewrite the ``url`` field of .bib entries whose link moved permanently.

A minimal textual edit of that one field value at the entry's location: the rest of the file
(comments, field order, spacing, other entries) is left byte for byte as it was, which
re-serialising through a BibTeX library would not do. The file is replaced atomically.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..io.atomic import write_atomic
from .collect import make_request
from .model import LinkResult, LinkStatus, Origin

_FIELD_RE = re.compile(r"(?:^|[,\s])url\s*=\s*", re.IGNORECASE | re.MULTILINE)
_ESCAPABLE = "%_&#"


@dataclass(frozen=True)
class Fix:
    """One url field rewritten (or skipped, with the reason)."""

    file: str
    key: str
    line: int
    old_url: str
    new_url: str
    applied: bool
    reason: str = ""


def planned_fixes(results: Iterable[LinkResult]) -> dict[str, list[tuple[Origin, LinkResult]]]:
    """Permanent redirects cited from a .bib ``url`` field, grouped by file."""
    out: dict[str, list[tuple[Origin, LinkResult]]] = {}
    for result in results:
        if result.status is not LinkStatus.REDIRECTED or not result.new_url:
            continue
        for origin in result.origins:
            if origin.field == "url" and origin.key and origin.file.lower().endswith(".bib"):
                out.setdefault(origin.file, []).append((origin, result))
    return out


def fix_bib_files(results: Iterable[LinkResult]) -> list[Fix]:
    """Apply every planned url update, one atomic write per file."""
    fixes: list[Fix] = []
    for file, items in planned_fixes(results).items():
        fixes.extend(fix_bib_file(Path(file), items))
    return fixes


def fix_bib_file(path: Path, items: list[tuple[Origin, LinkResult]]) -> list[Fix]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:  # keep CRLF files CRLF
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read for --fix: {exc}", path=str(path)) from exc
    edits: list[tuple[int, int, str]] = []
    fixes = []
    for origin, result in items:
        span, why = _url_value_span(text, origin.key, origin.line, result.url)
        applied = span is not None
        if span is not None:
            edits.append((span[0], span[1], _escape_like(result.new_url, text[span[0] : span[1]])))
        fixes.append(Fix(str(path), origin.key, origin.line, result.url, result.new_url, applied, why))
    for start, end, value in sorted(edits, reverse=True):
        text = text[:start] + value + text[end:]
    if edits:
        write_atomic(path, text)
    return fixes


def _url_value_span(text: str, key: str, line: int, old_url: str) -> tuple[tuple[int, int] | None, str]:
    """Where the entry ``key``'s url value sits (inside its braces or quotes), checked to hold old_url."""
    entry = re.compile(r"@\s*\w+\s*([{(])\s*" + re.escape(key) + r"\s*,")
    line_start = sum(len(row) for row in text.splitlines(keepends=True)[: max(line - 1, 0)])
    match = entry.search(text, line_start) or entry.search(text)
    if not match:
        return None, f"entry {key} not found"
    end = _entry_end(text, match.start(1))
    field = _FIELD_RE.search(text, match.end(), end)
    if not field:
        return None, f"entry {key} has no url field"
    start = field.end()
    opener = text[start : start + 1]
    if opener == "{":
        close = _matching_brace(text, start)
    elif opener == '"':
        close = text.find('"', start + 1)
    else:
        return None, f"entry {key}: url value is not braced or quoted"
    if close < 0 or close > end:
        return None, f"entry {key}: url value is not closed"
    value = text[start + 1 : close]
    found = make_request(value, Origin(file=""))
    if found is None or found.url != old_url:
        return None, f"entry {key}: url field no longer holds {old_url}"
    return (start + 1, close), ""


def _matching_brace(text: str, start: int) -> int:
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char == "{" and text[index - 1] != "\\":
            depth += 1
        elif char == "}" and text[index - 1] != "\\":
            depth -= 1
            if depth == 0:
                return index
    return -1


def _entry_end(text: str, start: int) -> int:
    if text[start] == "(":
        close = text.find(")\n", start)
        return close if close >= 0 else len(text)
    close = _matching_brace(text, start)
    return close if close >= 0 else len(text)


def _escape_like(url: str, old_value: str) -> str:
    """Write the new URL in the old value's style: TeX-escaped if the old one was."""
    if any(f"\\{c}" in old_value for c in _ESCAPABLE):
        for char in _ESCAPABLE:
            url = url.replace(char, f"\\{char}")
    return url
