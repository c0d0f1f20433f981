"""``bibkit dedupe LIBRARY``: list merged groups and near misses; optionally write the merged library.

Exit codes: 0 done; 1 with ``--strict`` when near misses remain undecided; 3 unreadable input
or decisions file.
"""

from __future__ import annotations

from pathlib import Path

import click

from .api import dedupe_library

DECISIONS_FILE = "duplicates.txt"


def _read_library(path: Path):
    """(Library, broken .bib blocks kept verbatim) from a .bib or CSL-JSON file."""
    if path.suffix.lower() != ".bib":
        from .api import read_library

        return read_library(path), ()
    from .io.bibtex import parse_bibtex_blocks
    from .io.sources import read_library_text

    library, broken = parse_bibtex_blocks(read_library_text(path), source=str(path))
    return library, tuple(broken)


def _write_library(path: Path, library, broken, fmt: str) -> None:
    from .io.atomic import write_atomic

    if fmt == "json":
        from .io.csljson import dumps_csl, library_to_csl

        write_atomic(path, dumps_csl(library_to_csl(library)))
    else:
        from .update import bib_text

        write_atomic(path, bib_text(library, broken))


@click.command("dedupe")
@click.argument("library", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--decisions",
    "decisions_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"Your 'same A B' / 'different A B' decisions [default: {DECISIONS_FILE} beside LIBRARY].",
)
@click.option("--strict", is_flag=True, help="Exit 1 when near misses remain undecided.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="Write the merged library here (.bib or .json by suffix; '-' for stdout as LIBRARY's format).",
)
def dedupe_command(library: Path, decisions_path: Path | None, strict: bool, output: Path | None) -> int:
    """Find references to the same work in LIBRARY (.bib or CSL-JSON) and merge them.

    Prints one line per merged group and per near miss (a pair close enough to look at but
    kept apart), with the reason. Record your verdict in the decisions file and later runs
    honour it.

    Example:

        bibkit dedupe references/library.bib --strict -o references/library.bib
    """
    lib, broken = _read_library(library)
    for problem in lib.problems:
        click.echo(str(problem), err=True)
    decisions_path = decisions_path or library.parent / DECISIONS_FILE
    result, report = dedupe_library(lib, decisions_path)
    for line in report.lines():
        click.echo(line)
    click.echo(report.summary(), err=True)
    if report.near_misses:
        click.echo(f"Decide near misses with lines like 'different KEY1 KEY2' or 'same KEY1 KEY2' in "
                   f"{decisions_path}.", err=True)
    if output:
        suffix = (library if str(output) == "-" else output).suffix.lower()
        _write_library(output, result, broken, "json" if suffix == ".json" else "bib")
    return 1 if strict and report.undecided else 0
