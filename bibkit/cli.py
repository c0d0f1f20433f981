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


# Commands register themselves below, one module each.

if __name__ == "__main__":
    sys.exit(main())
