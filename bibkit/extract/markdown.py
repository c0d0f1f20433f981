"""The Markdown reader: Pandoc footnotes (``[^x]`` and inline ``^[...]``) through markdown-it-py."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .draft import _MARKER_RE, _Draft, _is_number, _keep_url, _label_key, _marker, _squash, _with_urls
from .metadata import _markdown_meta

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def _markdown_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin)


_MD_UNDEFINED_REF = re.compile(r"\[\^([^\]\s]+)\]")


def _read_markdown(text: str) -> _Draft:
    env: dict = {}
    tokens = _markdown_parser().parse(text, env)
    labels = _markdown_labels(tokens, env)
    body: list[str] = []
    notes: dict[str, tuple[str, int]] = {}
    ref_lines: dict[str, int] = {}
    front = ""
    headings: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type == "front_matter":
            front = token.content
        elif token.type == "footnote_open":
            i = _markdown_note(tokens, i, labels, notes, ref_lines)
        elif token.type == "inline" and token.children is not None:
            line = token.map[0] + 1 if token.map else 0
            rendered = _render_md_inline(token.children, labels, line, ref_lines)
            body.append(rendered)
            if tokens[i - 1].type == "heading_open":
                headings.append((tokens[i - 1].tag, _squash(_MARKER_RE.sub("", rendered))))
        i += 1
    order = sorted(notes, key=_label_key(list(labels.values())))
    note_list = [(label, notes[label][0], notes[label][1]) for label in order]
    meta = _markdown_meta(front, headings, body)
    numbered = all(_is_number(label) for label in notes)
    return _Draft(body="\n\n".join(body), notes=note_list, meta=meta, numbered=numbered)


def _markdown_labels(tokens: list, env: dict) -> dict[int, str]:
    """Footnote id -> label: the source label for ``[^x]``, the printed number for ``^[...]``
    (made unique if a source label already uses it)."""
    found = env.get("footnotes", {}).get("list", {})
    explicit = {data["label"] for data in found.values() if data.get("label")}
    order: list[int] = []
    for token in tokens:
        for child in token.children or ():
            if child.type == "footnote_ref" and child.meta["id"] not in order:
                order.append(child.meta["id"])
    order += [fid for fid in found if fid not in order]
    labels = {}
    for number, fid in enumerate(order, 1):
        label = found.get(fid, {}).get("label")
        if not label:
            label = str(number)
            while label in explicit:
                label += "i"
            explicit.add(label)
        labels[fid] = label
    return labels


def _markdown_note(
    tokens: list, i: int, labels: dict[int, str], notes: dict[str, tuple[str, int]], ref_lines: dict[str, int]
) -> int:
    """Collect the note opened at ``tokens[i]``; returns the index of its ``footnote_close``."""
    label = labels.get(tokens[i].meta.get("id"), str(tokens[i].meta.get("label") or ""))
    parts: list[str] = []
    line = 0
    i += 1
    while i < len(tokens) and tokens[i].type != "footnote_close":
        token = tokens[i]
        if token.map and not line:
            line = token.map[0] + 1
        if token.type == "inline" and token.children is not None:
            parts.append(_render_md_note(token.children))
        elif token.type in ("code_block", "fence"):
            parts.append(token.content)
        i += 1
    notes[label] = (" ".join(parts), line or ref_lines.get(label, 0))
    return i


def _render_md_inline(children: list, labels: dict[int, str], line: int, ref_lines: dict[str, int]) -> str:
    """Body text of an inline token, each footnote reference as a marker sentinel."""
    out = []
    for child in children:
        kind = child.type
        if kind == "text":
            content = child.content
            if "[^" in content:
                content = _MD_UNDEFINED_REF.sub(lambda m: _marker(m.group(1), line), content)
            out.append(content)
        elif kind == "footnote_ref":
            label = labels.get(child.meta["id"], str(child.meta.get("label", "")))
            ref_lines.setdefault(label, line)
            out.append(_marker(label, line))
        elif kind in ("softbreak", "hardbreak"):
            out.append(" ")
        elif kind == "code_inline":
            out.append(child.content)
        elif kind == "image":
            out.append(child.content)
    return "".join(out)


def _render_md_note(children: list) -> str:
    """A note's text: italics kept as ``*x*``, link URLs appended when the text does not show them."""
    out: list[str] = []
    urls: list[str] = []
    link_start: list[tuple[int, str]] = []
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            out.append(child.content)
        elif kind in ("em_open", "em_close"):
            out.append("*")
        elif kind in ("softbreak", "hardbreak"):
            out.append(" ")
        elif kind == "html_inline" and re.fullmatch(r"</?(?:i|em|cite)\s*>", child.content, re.I):
            out.append("*")
        elif kind == "link_open":
            link_start.append((len(out), str(child.attrs.get("href", ""))))
        elif kind == "link_close" and link_start:
            at, href = link_start.pop()
            _keep_url(href, "".join(out[at:]), urls)
        elif kind == "image":
            out.append(child.content)
    return _with_urls("".join(out), urls)
