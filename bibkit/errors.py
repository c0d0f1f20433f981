"""bibkit's exceptions: one root, each also the builtin it behaves like.

    BibkitError
    ├── InputError(ValueError)      a file bibkit cannot read as asked (missing, binary, empty)
    ├── ConfigError(ValueError)     a bad option, theme map or decisions file
    └── TemplateError(LookupError)  a template that is missing or fails to render

Problems inside otherwise readable input (a note that will not parse, a broken
BibTeX block) are not exceptions: they are ``model.Problem`` values collected on
the ``Library`` so one bad note never stops the rest.
"""

from __future__ import annotations


class BibkitError(Exception):
    """Root of every error bibkit raises on purpose."""

    exit_code = 3

    def __init__(self, message: str, *, path: str = "", line: int = 0):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path + (f":{self.line}" if self.line else "")
        return f"{where}: {self.message}" if where else self.message


class InputError(BibkitError, ValueError):
    """An input file that cannot be read as a commentary or library."""


class ConfigError(BibkitError, ValueError):
    """An option, theme map or decisions file that is not valid."""


class TemplateError(BibkitError, LookupError):
    """A template that cannot be found or rendered."""
