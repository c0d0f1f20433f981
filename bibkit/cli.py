"""The ``bibkit`` command: argument plumbing and exit codes only.

Exit codes (also in the README): 0 ok; 1 findings (with ``--strict``, or broken links);
2 usage; 3 bad input; 4 could not check (no network).
"""

from __future__ import annotations

import sys

import click

from . import __version__
from .errors import BibkitError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INPUT, EXIT_UNCHECKED = 0, 1, 2, 3, 4


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bibkit")
def cli() -> None:
    """Turn the footnotes of commentaries into a checked, annotated bibliography."""


def main(argv: list[str] | None = None) -> int:
    """Console entry point: a BibkitError becomes one 'Error: ...' line, never a traceback.

    A command returns its exit code (an int) instead of calling sys.exit, so tests and
    other programs can call ``main([...])`` and read the code.
    """
    try:
        result = cli.main(args=argv, prog_name="bibkit", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except BibkitError as exc:
        click.echo(f"Error: {exc}", err=True)
        return exc.exit_code
    except BrokenPipeError:
        return EXIT_OK
    return result if isinstance(result, int) else EXIT_OK


@cli.command("parse")
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--format", "fmt", type=click.Choice(["csl-json", "bibtex"]), default="csl-json",
              help="CSL-JSON items (one per line) or BibTeX entries.")
@click.option("--no-tagger", is_flag=True, help="Rules only; do not use the sequence tagger.")
def parse_command(source, fmt: str, no_tagger: bool) -> int:
    """Parse free-text references, one per line (FILE or - for stdin), in order.

    Example: echo 'Taisuke Abiru, "Japan-Russia Relations," Carnegie, March 3, 2021.' | bibkit parse
    """
    import json

    from .api import parse_lines, with_keys
    from .model import Library

    problems: list = []
    refs = parse_lines(source, use_tagger=not no_tagger, problems=problems, source=source.name)
    for problem in problems:
        click.echo(f"warning: {problem}", err=True)
    if fmt == "bibtex":
        from .io.bibtex import library_to_bibtex

        click.echo(library_to_bibtex(with_keys(Library(references=tuple(refs)), {})), nl=False)
        return EXIT_OK
    from .io.csljson import reference_to_csl

    for ref in with_keys(Library(references=tuple(refs)), {}).references:
        click.echo(json.dumps(reference_to_csl(ref), ensure_ascii=False))
    return EXIT_OK


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="Output file (.bib or .json), or - for stdout.")
@click.option("--format", "fmt", type=click.Choice(["bibtex", "csl-json"]), default=None,
              help="Output format (default: from the output file's suffix; CSL-JSON on stdout).")
@click.option("--strict", is_flag=True, help="Exit 1 when any note was uncertain or unresolved.")
@click.option("--no-tagger", is_flag=True, help="Rules only; do not use the sequence tagger.")
@click.option("--themes", "themes_path", type=click.Path(dir_okay=False), default=None,
              help="Theme map (TOML): write each work's themes into its keywords.")
@click.option("--decisions", "decisions_path", type=click.Path(dir_okay=False), default=None,
              help="Duplicate decisions file ('same KEY1 KEY2' / 'different KEY1 KEY2').")
@click.option("--prune", is_flag=True, help="When updating a .bib, delete works no commentary cites any more.")
@click.option("--facts-only", is_flag=True,
              help="Leave out citing sentences and the text of asides (a library to publish without the prose).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Processes reading and parsing files (0: one per CPU; 1: none). Same result either way.")
def extract_command(paths: tuple[str, ...], output: str, fmt: str | None, strict: bool, no_tagger: bool,
                    decisions_path: str | None, prune: bool, themes_path: str | None, facts_only: bool,
                    jobs: int) -> int:
    """Extract the footnotes of commentaries (files or folders) into a bibliography.

    Run again with the same .bib as output and it is updated in place: new works are added,
    keys never change, and every field you edited by hand keeps your value.

    Example: bibkit extract ../shared/corpus -o library.bib
    """
    from pathlib import Path

    from .api import dedupe_library, extract_library, output_format, write_library

    fmt = output_format(output, fmt)
    library = extract_library(paths, use_tagger=not no_tagger, merge_duplicates=False, jobs=jobs)
    library, duplicates = dedupe_library(library, decisions_path)
    if themes_path:  # before --facts-only: the citing sentences are the best evidence of a theme
        from .themes import assign_themes, load_theme_map

        library = assign_themes(library, load_theme_map(themes_path))
    if facts_only:
        from .api import facts_only as without_prose

        library = without_prose(library)
    if fmt == "bibtex" and output != "-":  # a .bib file: updated in place, its state recorded for re-runs
        from .update import update_bib

        library, update = update_bib(Path(output), library, prune=prune)
        for line in update.lines():
            click.echo(line, err=True)
    else:
        write_library(library, output, fmt)
        for line in duplicates.lines():
            click.echo(line, err=True)
    click.echo(f"{summary_line(library)}, {len(duplicates.merges)} merged, "
               f"{len(duplicates.near_misses)} near misses", err=True)
    for problem in library.problems:
        click.echo(f"{problem.severity}: {problem}", err=True)
    if any(p.severity == "error" for p in library.problems):
        return EXIT_INPUT
    if strict and (library.problems or duplicates.near_misses):
        return EXIT_FINDINGS
    return EXIT_OK


def summary_line(library) -> str:
    """'5 commentaries, 23 notes, 22 references, 0 unresolved, 1 discursive, 0 uncertain'."""
    notes = sum(len(c.notes) for c in library.commentaries)
    unresolved = sum(1 for p in library.problems if "Ibid." in p.message or "short form" in p.message)
    uncertain = sum(1 for p in library.problems if p.note and p.severity == "warning") - unresolved
    return (
        f"{len(library.commentaries)} commentaries, {notes} notes, {len(library.references)} references, "
        f"{unresolved} unresolved, {len(library.discursive)} discursive, {max(uncertain, 0)} uncertain"
    )


# Commands register themselves below, one module each.
from .render_command import build_command, render_command  # noqa: E402

cli.add_command(render_command)
cli.add_command(build_command)

from .linkcheck.command import check_command  # noqa: E402

cli.add_command(check_command)

from .dedupe_command import dedupe_command  # noqa: E402

cli.add_command(dedupe_command)

from .cite_command import cite_command, pandoc_filter_command  # noqa: E402

cli.add_command(cite_command)
cli.add_command(pandoc_filter_command)

from .tidy_command import tidy_command  # noqa: E402

cli.add_command(tidy_command)

if __name__ == "__main__":
    sys.exit(main())
