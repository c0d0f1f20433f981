"""Stage 6: an annotated bibliography grouped by theme, through Jinja2 templates.

This is the only module that builds a Jinja2 Environment. Templates are looked up in
``--template-dir`` first, then in the shipped ``templates/`` (installed as
``bibkit.templates``); a shipped template is also reachable as ``default:NAME`` so a
user's template can ``{% extends "default:annotated.html.j2" %}`` and change one block.

Every format escapes by default: HTML through Jinja's autoescape, LaTeX and Markdown
through a ``finalize`` hook that escapes every ``{{ value }}`` unless it is marked
``|raw``. ``StrictUndefined`` turns a misspelt variable into an error, not a blank.

Formats: html (one self-contained page: CSS and JS inlined, no external request),
md (Pandoc Markdown), tex (a biblatex document, ``style=reading``, one
``\\printbibliography[keyword=...]`` per theme; the .bib is embedded with
``filecontents``), txt (wrapped at 78 columns).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import jinja2
from anyascii import anyascii

from .annotate import compose_annotation, split_annotation
from .errors import ConfigError, TemplateError
from .model import Library, Problem, Reference
from .styles import Entry, format_entry, sort_key
from .themes import OTHER_THEME, ThemeMap, primary_theme, slugify

FORMATS = ("html", "md", "tex", "txt")
SUFFIXES = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".tex": "tex", ".txt": "txt"}
TEXT_WIDTH = 78

# --------------------------------------------------------------------------- output files


def format_for(path: str | Path, fmt: str | None = None) -> str:
    """The output format: ``fmt`` if given, else from the file suffix."""
    if fmt:
        if fmt not in FORMATS:
            raise ConfigError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
        return fmt
    try:
        return SUFFIXES[Path(path).suffix.lower()]
    except KeyError:
        raise ConfigError(f"cannot tell the format from {Path(path).name!r}; pass --format", path=str(path)) from None


# --------------------------------------------------------------------------- escaping


class Raw(str):
    """A string already in the output language: the LaTeX/Markdown finalize leaves it alone."""


def latex_escape(value: object) -> str:
    """Plain text -> LaTeX: & % $ # _ { } ~ ^ \\ escaped, every space run one space."""
    from .latex import escape

    return escape(str(value))


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~^$@&])")
_MD_LIST_START = re.compile(r"^(\s*)(\d+)([.)])(?=\s|$)|^(\s*)([-+*])(?=\s)")


def md_escape(value: object) -> str:
    """Plain text -> Pandoc Markdown that reads back as the same text.

    Escaped: emphasis, links, raw HTML/TeX, math ($), citations (@), super/subscripts
    (^ ~), entities (&), and a leading '1.' or '-' that would start a list.
    """
    text = re.sub(r"\s+", " ", str(value))
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LIST_START.sub(
        lambda m: (
            f"{m.group(1) or ''}{m.group(2)}\\{m.group(3)}" if m.group(2) else f"{m.group(4) or ''}\\{m.group(5)}"
        ),
        text,
    )


def md_url(url: str) -> str:
    """An autolink; characters that would end it early are percent-encoded."""
    return "<" + re.sub(r"[\s<>]", lambda m: f"%{ord(m.group()):02X}", url) + ">"


# Unicode characters pdflatex sets with fontenc T1 + TS1 and the kernel's utf8 tables (measured
# by compiling every declared character, TeX Live 2022); anything else stops pdflatex.
_PDFLATEX_RANGES = (
    (0x0020, 0x007E), (0x00A0, 0x0125), (0x0128, 0x0137), (0x0139, 0x013E), (0x0141, 0x0148),
    (0x014A, 0x0165), (0x0168, 0x017E), (0x0192, 0x0192), (0x01C4, 0x01D4), (0x01E2, 0x01E3),
    (0x01E6, 0x01EB), (0x01F0, 0x01F0), (0x01F4, 0x01F5), (0x0218, 0x021B), (0x0232, 0x0233),
    (0x0237, 0x0237), (0x02C6, 0x02C7), (0x02D8, 0x02D9), (0x02DB, 0x02DD), (0x0E3F, 0x0E3F),
    (0x1E02, 0x1E03), (0x1E0D, 0x1E0D), (0x1E1E, 0x1E21), (0x1E25, 0x1E25), (0x1E30, 0x1E31),
    (0x1E37, 0x1E37), (0x1E43, 0x1E43), (0x1E45, 0x1E45), (0x1E47, 0x1E47), (0x1E5B, 0x1E5B),
    (0x1E63, 0x1E63), (0x1E6D, 0x1E6D), (0x1E8E, 0x1E91), (0x1E9E, 0x1E9E), (0x1EF2, 0x1EF3),
    (0x200C, 0x200C), (0x2010, 0x2016), (0x2018, 0x201A), (0x201C, 0x201E), (0x2020, 0x2022),
    (0x2026, 0x2026), (0x2030, 0x2031), (0x2039, 0x203B), (0x203D, 0x203D), (0x2044, 0x2044),
    (0x204E, 0x204E), (0x2052, 0x2052), (0x20A1, 0x20A1), (0x20A4, 0x20A4), (0x20A6, 0x20A6),
    (0x20A9, 0x20A9), (0x20AB, 0x20AC), (0x20B1, 0x20B1), (0x2103, 0x2103), (0x2116, 0x2117),
    (0x211E, 0x211E), (0x2120, 0x2120), (0x2122, 0x2122), (0x2126, 0x2127), (0x212E, 0x212E),
    (0x2190, 0x2193), (0x2329, 0x232A), (0x2422, 0x2423), (0x25E6, 0x25E6), (0x25EF, 0x25EF),
    (0x266A, 0x266A), (0x27E8, 0x27E9), (0x3008, 0x3009), (0xFB00, 0xFB06),
)  # fmt: skip


def pdflatex_can_set(char: str) -> bool:
    code = ord(char)
    return char in "\n\t" or any(lo <= code <= hi for lo, hi in _PDFLATEX_RANGES)


def make_pdflatex_safe(text: str, document: str = "") -> tuple[str, list[Problem]]:
    """Replace what pdflatex cannot set by its transliteration (``ễ`` -> ``e``), and report it."""
    bad = sorted(c for c in set(text) if not pdflatex_can_set(c))
    if not bad:
        return text, []
    table = {ord(c): (anyascii(c) or "?") for c in bad}
    listed = ", ".join(f"{c} (U+{ord(c):04X})" for c in bad[:12]) + (" ..." if len(bad) > 12 else "")
    problem = Problem(document, f"pdflatex cannot set {len(bad)} character(s), transliterated: {listed}")
    return text.translate(table), [problem]


# --------------------------------------------------------------------------- environment


def shipped_templates() -> Path:
    """The shipped templates: ``bibkit.templates`` when installed, else the repo's ``templates/``."""
    try:
        from importlib.resources import files

        path = Path(str(files("bibkit.templates")))
        if (path / "annotated.html.j2").is_file():
            return path
    except (ImportError, TypeError):
        pass
    return Path(__file__).resolve().parents[1] / "templates"


def _autoescape(name: str | None) -> bool:
    return bool(name) and name.removeprefix("default:").endswith((".html.j2", ".html", ".htm"))


def _finalizer(fmt: str) -> Callable[[object], object]:
    escape = {"tex": latex_escape, "md": md_escape}.get(fmt)

    def finalize(value: object) -> object:
        if escape is None or isinstance(value, Raw):
            return value
        return escape(value)

    return finalize


def wrap(text: str, width: int = TEXT_WIDTH, indent: str = "", subsequent: str | None = None) -> str:
    """Wrap to ``width`` columns with a hanging indent; URLs are never broken."""
    return textwrap.fill(
        " ".join(str(text).split()),
        width=width,
        initial_indent=indent,
        subsequent_indent=indent if subsequent is None else subsequent,
        break_long_words=False,
        break_on_hyphens=False,
    )


@lru_cache(maxsize=16)
def environment(fmt: str, template_dir: str | None = None) -> jinja2.Environment:
    """The Environment for one output format (cached: building it parses no template)."""
    shipped = jinja2.FileSystemLoader(str(shipped_templates()))
    loaders: list[jinja2.BaseLoader] = []
    if template_dir:
        if not Path(template_dir).is_dir():
            raise TemplateError("template directory not found", path=template_dir)
        loaders.append(jinja2.FileSystemLoader(template_dir))
    loaders += [jinja2.PrefixLoader({"default": shipped}, delimiter=":"), shipped]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        finalize=_finalizer(fmt),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        tex=lambda v: Raw(latex_escape(v)),
        md=lambda v: Raw(md_escape(v)),
        raw=Raw,
        md_url=lambda v: Raw(md_url(str(v))),
        wrap=wrap,
        slug=slugify,
    )
    return env


# --------------------------------------------------------------------------- view model


@dataclass(frozen=True)
class EntryView:
    """What a template needs to show one work."""

    key: str
    pieces: Entry  # the formatted entry: (text, kind) with kind "", "i" or "url"
    text: str  # the same, as plain text
    annotation: str  # the user's own annotation
    cited_in: tuple[str, ...]  # one "Cited in ..." line per citation
    see_also: tuple[tuple[str, str], ...]  # (theme id, theme name) of secondary themes
    url: str
    status: str  # link status ("ok", "broken", ...) or ""
    search: str  # lower-case text the search box matches against


@dataclass(frozen=True)
class ThemeView:
    id: str
    name: str
    description: str
    entries: tuple[EntryView, ...] = field(default=())

    @property
    def count(self) -> int:
        return len(self.entries)


def _keyed(refs: Sequence[Reference]) -> tuple[Reference, ...]:
    """References with unique keys, so anchors and .bib agree."""
    from .keys import assign_keys

    return tuple(assign_keys(refs))


def _status(ref: Reference, link_results: Mapping[str, str] | None) -> str:
    if not link_results:
        return ""
    return str(link_results.get(ref.key) or (link_results.get(ref.url) if ref.url else "") or "")


def _themes_in_order(theme_map: ThemeMap, refs: Sequence[Reference]) -> list[tuple[str, str, str]]:
    """(id, name, description) of the map's themes, then keywords used as themes the map lacks."""
    known = {t.id: (t.id, t.name, t.description) for t in theme_map.themes}
    order = list(known.values())
    if not theme_map.themes:
        for ref in refs:
            for k in ref.keywords[:1]:
                if k not in known and k != OTHER_THEME.id:
                    known[k] = (k, k.replace("-", " ").capitalize(), "")
                    order.append(known[k])
    order.append((OTHER_THEME.id, OTHER_THEME.name, OTHER_THEME.description))
    return order


def build_view(
    library: Library,
    *,
    style: str = "chicago",
    theme_map: ThemeMap | None = None,
    link_results: Mapping[str, str] | None = None,
) -> tuple[tuple[Reference, ...], list[ThemeView]]:
    """The keyed references and the themes (in map order, empty ones left out) with their entries."""
    theme_map = theme_map or ThemeMap()
    commentaries = {c.document: c for c in library.commentaries}
    refs = tuple(replace(r, annotation=compose_annotation(r, commentaries)) for r in _keyed(library.references))
    order = _themes_in_order(theme_map, refs)
    names = {tid: name for tid, name, _ in order}
    groups: dict[str, list[tuple[tuple[str, ...], EntryView]]] = {tid: [] for tid, _, _ in order}
    for ref in refs:
        primary = primary_theme(ref, names)
        user, generated = split_annotation(ref.annotation)
        pieces = format_entry(ref, style)
        text = "".join(t for t, _ in pieces)
        see_also = tuple((k, names[k]) for k in dict.fromkeys(ref.keywords) if k in names and k != primary)
        view = EntryView(
            ref.key,
            pieces,
            text,
            user,
            generated,
            see_also,
            ref.url,
            _status(ref, link_results),
            " ".join([text, user, *generated]).lower(),
        )
        groups[primary].append((sort_key(ref), view))
    themes = [
        ThemeView(tid, name, desc, tuple(v for _, v in sorted(groups[tid], key=lambda kv: kv[0])))
        for tid, name, desc in order
        if groups[tid]
    ]
    return refs, themes


# --------------------------------------------------------------------------- rendering


@dataclass(frozen=True)
class Rendered:
    """A rendered bibliography and what went wrong while rendering it."""

    text: str
    problems: tuple[Problem, ...] = ()


def _tex_context(refs: tuple[Reference, ...], themes: Sequence[ThemeView]) -> dict[str, object]:
    """The .bib embedded in the document: keywords start with the theme the entry is listed
    under (so ``keyword=`` finds it even when it was grouped by default), and "see also"
    is written as an ``addendum`` so the reading style prints it."""
    from .io.bibtex import library_to_bibtex
    from .latex import escape

    placed = {e.key: (t.id, e.see_also) for t in themes for e in t.entries}
    out = []
    for ref in refs:
        primary, see_also = placed[ref.key]
        keywords = (primary, *(k for k in ref.keywords if k != primary))
        extra = ref.extra
        if see_also:
            extra = (*extra, ("addendum", escape("See also: " + ", ".join(name for _, name in see_also))))
        out.append(replace(ref, keywords=keywords, extra=extra))
    return {"bib": Raw(library_to_bibtex(Library(references=tuple(out))))}


def render(
    library: Library,
    fmt: str,
    *,
    style: str = "chicago",
    template_dir: Path | str | None = None,
    link_results: Mapping[str, str] | None = None,
    theme_map: ThemeMap | None = None,
    title: str = "Annotated bibliography",
) -> Rendered:
    """Render ``library`` as ``fmt`` (html, md, tex, txt) and report problems found on the way."""
    fmt = format_for("", fmt)
    refs, themes = build_view(library, style=style, theme_map=theme_map, link_results=link_results)
    context: dict[str, object] = {
        "title": title,
        "style": style,
        "themes": themes,
        "total": len(refs),
        "link_results": bool(link_results),
    }
    if fmt == "tex":
        context.update(_tex_context(refs, themes))
    env = environment(fmt, str(template_dir) if template_dir else None)
    name = f"annotated.{fmt}.j2"
    try:
        text = env.get_template(name).render(context)
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"template not found: {exc.name}", path=str(template_dir or "")) from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"template error: {exc.message}", path=exc.filename or name, line=exc.lineno) from None
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"template uses an undefined value: {exc.message}", path=name) from None
    problems: list[Problem] = []
    if fmt == "tex":
        text, problems = make_pdflatex_safe(text, name)
    return Rendered(text, tuple(problems))


def render_library(
    library: Library,
    fmt: str,
    *,
    style: str = "chicago",
    template_dir: Path | None = None,
    link_results: Mapping[str, str] | None = None,
    theme_map: ThemeMap | None = None,
) -> str:
    """The annotated bibliography of ``library`` as html, md, tex or txt text.

    ``link_results`` maps a reference key (or its URL) to a link status such as "ok" or
    "broken"; ``theme_map`` names the themes in ``Reference.keywords`` (without it the
    keywords themselves are the headings).
    """
    return render(
        library, fmt, style=style, template_dir=template_dir, link_results=link_results, theme_map=theme_map
    ).text


__all__ = [
    "FORMATS",
    "Raw",
    "Rendered",
    "format_for",
    "latex_escape",
    "md_escape",
    "render",
    "render_library",
    "wrap",
]
