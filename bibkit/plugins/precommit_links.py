"""The pre-commit link hook: ``bibkit check`` on the staged files, never failing for want of a network.

    python -m bibkit.plugins.precommit_links [bibkit check options] FILE...

A commit must not depend on the network: verdicts come from the link cache when fresh
(``.bibkit-cache/links.sqlite`` in the repository), links are fetched only when the cache has
none, "could not check" never fails (``bibkit check`` without ``--strict``), and when no host at
all can be reached (``bibkit check`` exit 4) the hook says so and passes. A confirmed broken
link still fails the commit.
"""

from __future__ import annotations

import sys

EXIT_NO_NETWORK = 4
DEFAULTS = ["--timeout", "5", "--deadline", "60"]


def main(argv: list[str] | None = None) -> int:
    from ..cli import main as bibkit

    args = list(sys.argv[1:] if argv is None else argv)
    code = bibkit(["check", *DEFAULTS, *args])
    if code == EXIT_NO_NETWORK:
        print("bibkit check: no network; links not checked (the commit is not blocked)", file=sys.stderr)
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
