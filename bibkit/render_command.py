"""The ``bibkit render`` and ``bibkit build`` commands (argument plumbing only).

``render`` turns a library file (CSL-JSON carries everything; a .bib carries annotations
and keywords only) into an annotated bibliography. ``build`` is the main job: extract,
dedupe, check links (unless --offline), themes, annotate, then every format plus the
.bib and .json into one folder.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import click

from .annotate import annotate_library
from .api import read_library
from .errors import InputError
from .io.atomic import write_atomic
from .model import Library, Problem
from .render import FORMATS, format_for, render
from .styles import STYLES
from .themes import ThemeMap, assign_themes, derive_theme_map, load_theme_map, write_theme_map

DEFAULT_REFERENCES = Path("references")


def resolve_themes(
    library: Library, themes_path: str | Path | None, derived_out: Path | None
) -> tuple[Library, ThemeMap]:
    """Assign themes from ``themes_path``; without one, keep keywords already there or derive a map
    (written to ``derived_out`` so the user can edit it)."""
    if themes_path:
        theme_map = load_theme_map(themes_path)
        return assign_themes(library, theme_map), theme_map
    if any(ref.keywords for ref in library.references):
        return library, ThemeMap()  # a .bib that already has its themes: headings from the keywords
    theme_map = derive_theme_map(library)
    if derived_out is not None and theme_map.themes:
        write_theme_map(theme_map, derived_out)
    return assign_themes(library, theme_map), theme_map


def _report(problems: Iterable[Problem]) -> None:
    for problem in problems:
        click.echo(f"warning: {problem}", err=True)


_render_options: list[Callable[[Callable[..., object]], Callable[..., object]]] = [
    click.option(
        "--style",
        type=click.Choice(sorted(STYLES)),
        default="chicago",
        show_default=True,
        help="Citation style of the entries (the LaTeX output uses biblatex's reading style).",
    ),
    click.option(
        "--template-dir",
        type=click.Path(file_okay=False, path_type=Path),
        help="Your templates; they override the shipped ones and can extend 'default:NAME'.",
    ),
    click.option(
        "--themes",
        "themes_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Theme map (TOML). Without it, themes are derived and written beside the output.",
    ),
]


def render_options(func: Callable[..., object]) -> Callable[..., object]:
    for option in reversed(_render_options):
        func = option(func)
    return func


@click.command("render")
@click.argument("library", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Output file ('-' for stdout); the suffix picks the format unless --format is given.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="html, md, tex or txt.")
@render_options
def render_command(
    library: Path,
    output: Path,
    fmt: str | None,
    style: str,
    template_dir: Path | None,
    themes_path: Path | None,
) -> int:
    """Render LIBRARY (CSL-JSON or .bib) as an annotated bibliography grouped by theme.

    Example: bibkit render references/library.json -o reading.html --themes references/themes.toml
    """
    fmt = format_for(output, fmt) if str(output) != "-" else (fmt or "txt")
    lib = read_library(library)
    derived = None if str(output) == "-" else output.with_name(output.stem + ".themes.toml")
    lib, theme_map = resolve_themes(lib, themes_path, derived)
    if derived is not None and not themes_path and theme_map.themes:
        click.echo(f"themes derived from the library: edit {derived} and pass it with --themes", err=True)
    result = render(lib, fmt, style=style, template_dir=template_dir, theme_map=theme_map)  # composes annotations
    _report((*lib.problems, *result.problems))
    write_atomic(output, result.text)
    if str(output) != "-":
        click.echo(f"wrote {output} ({len(lib.references)} works, {fmt})", err=True)
    return 0


# --------------------------------------------------------------------------- build


@dataclass(frozen=True)
class Step:
    name: str
    seconds: float
    detail: str = ""


def _check_links(library: Library) -> tuple[dict[str, str], str]:
    """Link statuses by key and URL, and a one-line account (saying so when nothing could be reached)."""
    from .linkcheck.collect import collect_library
    from .linkcheck.command import check_with_progress

    requests_ = collect_library(library)
    run = check_with_progress(requests_)
    if run.no_network:
        return {}, f"{len(requests_)} links not checked: no network"
    statuses: dict[str, str] = {}
    for result in run.results:
        statuses[result.url] = result.status.value
        for origin in result.origins:
            if origin.key:
                statuses[origin.key] = result.status.value
    broken = sum(1 for r in run.results if r.status.value == "broken")
    return statuses, f"{len(run.results)} links, {broken} broken"


def _extract(paths: Sequence[Path]) -> Library:
    from .api import extract_library

    return extract_library(paths, merge_duplicates=False)


def _dedupe(library: Library) -> tuple[Library, str]:
    from .api import dedupe_library

    merged, report = dedupe_library(library)
    return merged, report.summary()


def _own_library() -> tuple[Library, Path | None]:
    """The project's own library in references/ (run from the repository root)."""
    for name in ("library.json", "library.bib"):
        path = DEFAULT_REFERENCES / name
        if path.is_file():
            themes = DEFAULT_REFERENCES / "themes.toml"
            return read_library(path), themes if themes.is_file() else None
    raise InputError(
        "no library here: run 'bibkit build' from the bibkit repository root "
        "(references/library.json), or pass commentary files or folders",
        path=str(DEFAULT_REFERENCES),
    )


@click.command("build")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--outdir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("bibliography"),
    show_default=True,
    help="Folder for the bibliography in every format, the .bib and the .json.",
)
@click.option("--offline", is_flag=True, help="Do not check links.")
@click.option(
    "--format",
    "formats",
    type=click.Choice(FORMATS),
    multiple=True,
    help="Formats to render (repeatable; default: all).",
)
@render_options
def build_command(
    paths: tuple[Path, ...],
    outdir: Path,
    offline: bool,
    formats: tuple[str, ...],
    style: str,
    template_dir: Path | None,
    themes_path: Path | None,
) -> int:
    """The main job: commentaries in PATHS -> annotated bibliography in OUTDIR.

    Extract, dedupe, check links (unless --offline), themes, annotate, then write
    bibliography.{html,md,tex,txt}, library.bib and library.json. With no PATH, renders
    the project's own library in references/.

    Example: bibkit build ../shared/corpus -o out --offline
    """
    steps: list[Step] = []

    def timed(name: str, func: Callable[[], object]) -> object:
        start = time.perf_counter()
        value = func()
        steps.append(Step(name, time.perf_counter() - start))
        return value

    if paths:
        library = timed("extract", lambda: _extract(paths))
        library, note = timed("dedupe", lambda: _dedupe(library))
        steps[-1] = replace(steps[-1], detail=note)
        here = DEFAULT_REFERENCES / "themes.toml"
        default_themes = here if here.is_file() else None
    else:
        library, default_themes = timed("read references/", _own_library)
    outdir.mkdir(parents=True, exist_ok=True)
    links: Mapping[str, str] = {}
    if not offline:
        links, note = timed("check links", lambda: _check_links(library))
        steps[-1] = replace(steps[-1], detail=note)
    library, theme_map = timed(
        "themes", lambda: resolve_themes(library, themes_path or default_themes, outdir / "themes.toml")
    )
    library = timed("annotate", lambda: annotate_library(library))
    from .api import write_library

    timed(
        "write .bib/.json",
        lambda: (
            write_library(library, str(outdir / "library.bib")),
            write_library(library, str(outdir / "library.json")),
        ),
    )
    problems = list(library.problems)
    for fmt in formats or FORMATS:
        result = timed(
            f"render {fmt}",
            lambda fmt=fmt: render(
                library, fmt, style=style, template_dir=template_dir, link_results=links, theme_map=theme_map
            ),
        )
        write_atomic(outdir / f"bibliography.{fmt}", result.text)
        problems.extend(result.problems)
    _summary(library, theme_map, steps, problems, outdir)
    return 0


def _summary(
    library: Library, theme_map: ThemeMap, steps: Sequence[Step], problems: Sequence[Problem], outdir: Path
) -> None:
    from collections import Counter

    from .themes import primary_theme

    ids = theme_map.ids
    counts = Counter(primary_theme(r, ids) if ids else (r.keywords or ("other",))[0] for r in library.references)
    from .themes import OTHER_THEME

    names = {t.id: t.name for t in (*theme_map.themes, OTHER_THEME)}
    for problem in problems[:20]:
        click.echo(f"warning: {problem}", err=True)
    if len(problems) > 20:
        click.echo(f"... and {len(problems) - 20} more warnings", err=True)
    click.echo(
        f"{len(library.references)} works from {len(library.commentaries)} commentaries, {len(problems)} warnings",
        err=True,
    )
    for theme_id, n in counts.most_common():
        click.echo(f"  {names.get(theme_id, theme_id)}: {n}", err=True)
    click.echo(
        "  " + ", ".join(f"{s.name} {s.seconds:.2f}s" + (f" ({s.detail})" if s.detail else "") for s in steps),
        err=True,
    )
    click.echo(f"wrote {outdir}/bibliography.* and {outdir}/library.bib, library.json", err=True)


__all__ = ["build_command", "render_command", "resolve_themes"]
