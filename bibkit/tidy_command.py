"""``bibkit tidy FILE.bib...``: rewrite a .bib the way bibkit writes one (the pre-commit hook).

Canonical form is ``io.bibtex.library_to_bibtex`` of what ``io.bibtex`` reads: biblatex fields in
bibkit's order, two-space indent, braces. What that form has no place for is kept verbatim: comments,
``@string`` and ``@preamble`` blocks go first, and a block bibkit cannot read is kept at the end
under a comment (it never disappears). The file is written atomically, and only when it changes.

Exit codes: 0 already tidy; 1 rewritten (``--check``: would be rewritten) or unreadable blocks
found; 3 a file that cannot be read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import click

from .model import Citation, Library

EXIT_OK, EXIT_CHANGED = 0, 1
BROKEN_MARK = "% bibkit: could not read the block below; kept as it was. Fix it by hand."
# Marks bibkit writes above kept blocks (this one and ``bibkit extract``'s): dropped on reading.
_MARKS = re.compile(r"^%\s*bibkit: could not read the block below\b")
_BRACED_WORD = re.compile(r"(?<![\\\w])\{([A-Z][^\s{}\\$]*)\}")
_VERBATIM_BLOCK = re.compile(r"^\s*@\s*(string|preamble|comment)\s*[{(]", re.IGNORECASE)


def _depth_change(line: str) -> int:
    return line.count("{") - line.count("}")


def verbatim_blocks(text: str) -> list[str]:
    """Comments and ``@string``/``@preamble``/``@comment`` blocks outside entries, in file order."""
    kept: list[str] = []
    lines = text.splitlines()
    depth = 0
    n = 0
    while n < len(lines):
        line = lines[n]
        stripped = line.strip()
        if depth == 0 and stripped.startswith("%"):
            if not _MARKS.match(stripped):
                kept.append(line.rstrip())
        elif depth == 0 and _VERBATIM_BLOCK.match(line):
            block, level = [line.rstrip()], _depth_change(line) + line.count("(") - line.count(")")
            while level > 0 and n + 1 < len(lines):
                n += 1
                block.append(lines[n].rstrip())
                level += _depth_change(lines[n]) + lines[n].count("(") - lines[n].count(")")
            kept.append("\n".join(block))
        else:
            depth = max(0, depth + _depth_change(line))
        n += 1
    return kept


def keep_braced_words(library: Library, text: str) -> Library:
    """Teach the writer the words the file braces (``{Kishida}``) so their braces survive a rewrite.

    The writer braces proper nouns it knows or learns from citing sentences; a .bib has none, so
    the braced words are handed over as one such sentence (citations are not written to a .bib).
    """
    braced = sorted(set(_BRACED_WORD.findall(text)))
    if not braced or not library.references:
        return library
    hint = Citation(document="", note="", context="x " + " x ".join(braced))
    first = library.references[0]
    first = replace(first, citations=(*first.citations, hint))
    return replace(library, references=(first, *library.references[1:]))


def tidy_text(text: str, source: str = "") -> tuple[str, list[tuple[int, str]], list[str]]:
    """(canonical text, unreadable blocks as (line, raw), problem lines) for one .bib text."""
    from .io.bibtex import library_to_bibtex, parse_bibtex_blocks

    parsed, broken = parse_bibtex_blocks(text, source=source)
    library = keep_braced_words(parsed, text)
    head = "\n".join(verbatim_blocks(text))
    body = library_to_bibtex(library)
    parts = [part for part in (head, body.rstrip("\n")) if part]
    for _, raw in broken:
        parts.append(BROKEN_MARK + "\n" + _without_marks(raw).strip("\n"))
    out = "\n\n".join(parts) + "\n" if parts else ""
    problems = [str(p) for p in library.problems]
    return out, broken, problems


def _without_marks(raw: str) -> str:
    return "\n".join(line for line in raw.splitlines() if not _MARKS.match(line.strip()))


@click.command("tidy")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if a file would change.")
def tidy_command(files: tuple[Path, ...], check: bool) -> int:
    """Rewrite .bib files canonically (fields, order, braces), keeping anything unreadable verbatim.

    Exit 1 when a file was (or, with --check, would be) changed or holds blocks bibkit cannot read.

    Example: bibkit tidy references/library.bib
    """
    from .io.atomic import write_atomic
    from .io.sources import read_library_text

    code = EXIT_OK
    for path in files:
        text = read_library_text(path)
        tidy, broken, problems = tidy_text(text, source=str(path))
        for problem in problems:
            click.echo(f"error: {problem}", err=True)
        if broken:
            code = EXIT_CHANGED
        if tidy != text:
            code = EXIT_CHANGED
            if check:
                click.echo(f"{path}: not tidy (run bibkit tidy {path})", err=True)
            else:
                write_atomic(path, tidy)
                click.echo(f"{path}: rewritten", err=True)
    return code
