"""The facade: verb_object functions that compose bibkit's stages.

    extract_library(paths)      commentaries on disk -> Library (extract, parse, merge, keys)
    parse_lines(lines)          free-text references, one per line -> References
    write_library(library, path, fmt)

Each stage underneath (bibkit.extract, bibkit.parse, bibkit.io.*) can be called on its own;
this module only joins them in the default order, like bibtexparser's entrypoint.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from pathlib import Path

from .errors import ConfigError, InputError
from .model import Commentary, Library, Problem, Reference
from .parse import ParsedCommentary, Tagger, assemble_library, parse_commentary
from .reference import parse_reference

FORMATS = {".bib": "bibtex", ".json": "csl-json", ".csljson": "csl-json"}


def default_tagger() -> Tagger | None:
    """The shipped sequence tagger, or None when its model is missing or BIBKIT_NO_TAGGER is set."""
    if os.environ.get("BIBKIT_NO_TAGGER"):
        return None
    from . import crf

    return crf.segment if crf.model_available() else None


def extract_library(
    paths: Iterable[str | Path],
    *,
    tagger: Tagger | None = None,
    use_tagger: bool = True,
    pinned_keys: dict[str, str] | None = None,
    merge_duplicates: bool = True,
    jobs: int = 1,
) -> Library:
    """Find, read and parse every commentary under ``paths``; one unreadable file never stops the rest.

    The same work cited in several commentaries becomes one reference (``dedupe_library``)
    unless ``merge_duplicates`` is False. ``jobs`` > 1 reads and parses files in that many
    processes (0: one per CPU); the result is the same as with one.
    """
    from .io.sources import find_commentaries

    files, problems = find_commentaries(paths)
    if tagger is None and use_tagger:
        tagger = default_tagger()
    commentaries, parsed = [], []
    with _no_cycle_collection():
        for commentary, part, found in _read_and_parse_all(files, tagger, jobs):
            problems.extend(found)
            if commentary is not None:
                commentaries.append(commentary)
                parsed.append(part)
        library = with_keys(assemble_library(commentaries, parsed, problems), pinned_keys or {})
        return dedupe_library(library)[0] if merge_duplicates else library


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Keep the cycle collector off while a library is built; it is back on (if it was) after.

    Building a library allocates millions of small values and makes no reference cycles (a
    full collection after 10,000 generated commentaries, or after the corpus and the held-out
    sets, finds nothing to free), yet the collector kept walking the growing library: 8% of
    the run at the default thresholds, still 3-8% at mypy's raised ones (mypy/build.py).

    Turned back on, the collector would walk all of it again at once (every object is still
    in the youngest generation): 3% of the run after 2,000 commentaries, and a full collection
    later costs 2% more. So what exists then is frozen first (``gc.freeze``, made for values
    that live on): collections after skip it, and a cycle among it is freed only at exit.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.freeze()
            gc.enable()


_POOL_MIN_FILES = 16  # below this, starting processes costs more than it saves


def _read_and_parse_all(files: list[Path], tagger: Tagger | None, jobs: int) -> Iterable[tuple]:
    """``_read_and_parse`` over ``files`` in order, in a process pool when asked and worth it."""
    work = partial(_read_and_parse, tagger=tagger)
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(files) < _POOL_MIN_FILES or not _picklable(tagger):
        return _read_then_parse(files, tagger)
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and sys.platform == "linux" else None
    with multiprocessing.get_context(method).Pool(min(jobs, len(files))) as pool:
        return pool.map(work, files, chunksize=max(1, len(files) // (jobs * 16)))


_BATCH = 64


def _read_then_parse(files: list[Path], tagger: Tagger | None) -> Iterator[tuple]:
    """``_read_and_parse`` over ``files``, reading a batch of files before parsing them.

    Switching between the readers' code and the parser's for every file costs about 8% of
    the run (processor caches); batches of 64 files keep most of that and little memory.
    """
    for start in range(0, len(files), _BATCH):
        read = [_read(path) for path in files[start : start + _BATCH]]
        for commentary, found in read:
            part = parse_commentary(commentary, tagger=tagger) if commentary is not None else None
            yield commentary, part, found


def _read_and_parse(path: Path, tagger: Tagger | None) -> tuple[Commentary | None, ParsedCommentary | None, list]:
    """(commentary, its parse, problems) of one file; an unreadable file is a problem, not an exception."""
    commentary, found = _read(path)
    return commentary, parse_commentary(commentary, tagger=tagger) if commentary is not None else None, found


def _read(path: Path) -> tuple[Commentary | None, list[Problem]]:
    """(commentary, problems) of one file; an unreadable file is a problem, not an exception."""
    from .extract import extract_file

    try:
        commentary, found = extract_file(path)
    except InputError as exc:
        return None, [Problem(str(path), exc.message, exc.line, severity="error")]
    return commentary, list(found)


def _picklable(tagger: Tagger | None) -> bool:
    """A tagger other processes can be handed (a module-level function is; a lambda is not)."""
    try:
        pickle.dumps(tagger)
    except (pickle.PicklingError, AttributeError, TypeError):
        return False
    return True


def dedupe_library(library: Library, decisions_path: str | Path | None = None):
    """One entry per work, honouring the user's same/different decisions; returns (Library, DedupeReport)."""
    from .decisions import read_decisions
    from .dedupe import dedupe

    return dedupe(library, read_decisions(decisions_path) if decisions_path else None)


def with_keys(library: Library, pinned: dict[str, str]) -> Library:
    """Stable citation keys for every reference (kept when already set)."""
    from .keys import assign_keys

    return replace(library, references=tuple(assign_keys(library.references, pinned)))


def facts_only(library: Library) -> Library:
    """The library without the commentaries' prose: no citing sentences, no aside texts.

    For a library published apart from the commentaries it was built from (bibkit's own
    references/): where each work is cited (document, note, locator) stays, the author's
    sentences do not.
    """
    refs = tuple(
        replace(ref, citations=tuple(replace(c, context="") for c in ref.citations)) for ref in library.references
    )
    asides = tuple(replace(note, text="", contexts=()) for note in library.discursive)
    commentaries = tuple(
        replace(c, notes=tuple(replace(n, contexts=()) for n in c.notes)) for c in library.commentaries
    )
    return replace(library, references=refs, discursive=asides, commentaries=commentaries)


def read_library(path: str | Path) -> Library:
    """A library from CSL-JSON (.json) or BibTeX (.bib), by suffix."""
    path = Path(path)
    if not path.is_file():
        raise InputError("library file not found", path=str(path))
    if path.suffix.lower() == ".bib":
        from .io.bibtex import read_bibtex

        return read_bibtex(path)
    if path.suffix.lower() in {".json", ".csljson"}:
        from .io.csljson import read_csl

        return read_csl(path)
    raise InputError("a library is a .json (CSL-JSON) or .bib file", path=str(path))


def parse_lines(
    lines: Iterable[str], *, tagger: Tagger | None = None, use_tagger: bool = True,
    problems: list[Problem] | None = None, source: str = "-",
) -> list[Reference]:
    """One Reference per non-blank line, in order (the ``bibkit parse`` interface).

    A line the parser fails on still gives its item (the text kept as ``raw``, nothing read), so the
    output stays line for line; the failure goes to ``problems``."""
    if tagger is None and use_tagger:
        tagger = default_tagger()
    refs = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            refs.append(parse_reference(line, tagger=tagger))
        except Exception as exc:  # one bad line never stops the rest
            refs.append(Reference(type="document", raw=" ".join(line.split()), confidence=0.0))
            if problems is not None:
                problems.append(Problem(source, f"could not parse: {exc!r}", number))
    return refs


def output_format(path: str, fmt: str | None) -> str:
    """'bibtex' or 'csl-json', from ``--format`` or the output file's suffix."""
    if fmt:
        return fmt
    if path == "-":
        return "csl-json"
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ConfigError(f"cannot tell the format from '{suffix or path}'; use --format bibtex or csl-json")
    return FORMATS[suffix]


def format_library(library: Library, fmt: str) -> str:
    """The library as BibTeX (biblatex) or CSL-JSON text."""
    if fmt == "bibtex":
        from .io.bibtex import library_to_bibtex

        return library_to_bibtex(library)
    from .io.csljson import dumps_csl, library_to_csl

    return dumps_csl(library_to_csl(library))


def write_library(library: Library, path: str, fmt: str | None = None) -> str:
    """Write the library atomically to ``path`` ('-' for stdout); returns the format used."""
    from .io.atomic import write_atomic

    fmt = output_format(path, fmt)
    write_atomic(path, format_library(library, fmt))
    return fmt
