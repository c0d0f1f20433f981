"""``bibkit cite`` and ``bibkit pandoc-filter``: the Pandoc side of bibkit (argument plumbing only)."""

from __future__ import annotations

import os
from pathlib import Path

import click

EXIT_OK, EXIT_FINDINGS = 0, 1


def filter_path() -> Path:
    """The shipped Lua filter (``bibkit/plugins/reading_list.lua``, package data)."""
    from importlib.resources import files

    return Path(str(files("bibkit.plugins").joinpath("reading_list.lua")))


@click.command("pandoc-filter")
def pandoc_filter_command() -> int:
    """Print the path of the reading-list Lua filter shipped with bibkit.

    Example: pandoc essay.md --citeproc --bibliography library.bib --lua-filter "$(bibkit pandoc-filter)" -o essay.html
    """
    click.echo(str(filter_path()))
    return EXIT_OK


@click.command("cite")
@click.argument("document", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The rewritten Markdown document.")
@click.option("--library", "library_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the extracted library (.bib or .json) [default: OUTPUT with .bib].")
@click.option("--strict", is_flag=True, help="Exit 1 when a note was uncertain or could not be tied to a work.")
def cite_command(document: Path, output: Path, library_path: Path | None, strict: bool) -> int:
    """Rewrite a Markdown commentary's footnotes ([^n]) as Pandoc citations ([@key, p. 45]).

    Notes that only cite become citations; a note's discursive text stays in its footnote;
    asides are left as written. The library is written beside the output and named in its
    front matter, so `pandoc OUT.md --citeproc` works at once.

    Example: bibkit cite essay.md -o essay.cited.md && pandoc essay.cited.md --citeproc -o essay.html
    """
    from .api import output_format, write_library
    from .cite import cite_document, document_library
    from .io.atomic import write_atomic

    library_path = library_path or output.with_suffix(".bib")
    library = document_library(document)
    for folder in {output.parent, library_path.parent}:
        folder.mkdir(parents=True, exist_ok=True)
    if output_format(str(library_path), None) == "bibtex":
        from .update import update_bib

        # an existing .bib is updated in place: its keys and the user's edits win, so cite against it
        library, _ = update_bib(library_path, library)
    else:
        write_library(library, str(library_path))
    relative = os.path.relpath(library_path.resolve(), output.resolve().parent)
    result = cite_document(document, library, bibliography=Path(relative).as_posix())
    write_atomic(output, result.text)
    kept = sum(1 for plan in result.plans if plan.keep)
    notes = sum(len(c.notes) for c in result.library.commentaries)
    click.echo(f"{document}: {result.rewritten} of {notes} notes now cite {len(result.library.references)} works "
               f"({kept} keep their discursive text); library {library_path}", err=True)
    for problem in result.problems:
        click.echo(f"{problem.severity}: {problem}", err=True)
    return EXIT_FINDINGS if strict and result.problems else EXIT_OK
