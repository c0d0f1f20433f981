"""The HTML reader: linked footnotes (``#fn1``, Word ``#_ftn1``, epub/ARIA noterefs) through lxml.

A page without linked notes is rendered to plain text and handed to the text reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..model import Problem
from .draft import _WS, _attr, _Draft, _is_number, _keep_url, _label_key, _marker, _squash, _with_urls, is_finding_aid
from .metadata import _byline_meta, _html_meta, _merge_meta
from .text import _SUP_TO_DIGIT, _SUPERSCRIPTS, _read_text

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_BLOCK_TAGS = frozenset(
    """
p div li ol ul h1 h2 h3 h4 h5 h6 blockquote section article main aside header footer nav table tr td th
thead tbody dl dt dd figure figcaption pre address body html details summary hr form fieldset
""".split()
)
_DROP_TAGS = frozenset(
    "script style noscript template form nav footer header iframe svg button select "
    "textarea input canvas object embed audio video map menu dialog".split()
)
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary"})
_ITALIC_TAGS = frozenset({"i", "em", "cite"})
_NOTEISH_ID = re.compile(r"(?i)^_?(?:fn|ftn|footnote|foot|note|endnote|edn|en|n)[-_:.]?\d+\w*$")
_NOTEISH_HREF = re.compile(r"(?i)^#_?(?:fn|ftn|footnote|foot|note|endnote|edn|en)[-_:.]?\d+")
_REF_TEXT = re.compile(r"[\[(]?\s*(\w{1,4}|[*†‡§])\s*[\])]?")
_BACKLINK_TEXT = re.compile("[\\s\u21a9\u2191\u2934\u2b06\ufe0e\ufe0f^\\[\\]\\d]*|(?i:back|return|top)")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _epub_type(el: HtmlElement) -> str:
    return (el.get("epub:type") or el.get("{http://www.idpf.org/2007/ops}type") or "").lower()


def _read_html(text: str, problems: list[Problem], document: str) -> _Draft:
    root = _parse_html(text)
    if root is None:
        problems.append(Problem(document, "could not be parsed as HTML; read as plain text"))
        return _read_text(text)
    alive = list(root.iter())  # keeps lxml's element proxies (and so their id()) stable
    order = {id(el): n for n, el in enumerate(alive)}
    meta = _html_meta(root)
    refs, missing = _html_refs(root, order)
    if not refs:
        draft = _read_text(_html_to_text(root))
        draft.notes = [(label, note, 0) for label, note, _ in draft.notes]
        draft.meta = _merge_meta(meta, draft.meta)
        _mark_missing(draft, missing)
        return draft
    containers: dict[int, object] = {}
    labels: dict[int, str] = {}
    for ref, target in refs:
        container = _note_container(target)
        key = id(container)
        if key not in containers:
            containers[key] = container
            labels[key] = _unique_label(_ref_label(ref, len(labels) + 1), labels.values())
    ref_labels = {id(ref): labels[id(_note_container(target))] for ref, target in refs}
    keep = {id(el) for c in containers.values() for el in c.iterancestors()} | set(containers)
    italics = _italic_classes(root)  # before the junk goes: style sheets go with it
    _drop_junk(root, keep)
    notes = []
    for key, container in containers.items():
        label = labels[key]
        notes.append((label, _html_note_text(container, label, italics), container.sourceline or 0))
    by_label = _label_key([label for label, _, _ in notes])  # built once: per note it cost O(n²)
    notes.sort(key=lambda n: by_label(n[0]))
    note_ids = set(containers)
    body = _html_body(root, ref_labels, note_ids, {id(el) for el in missing})
    draft = _Draft(
        body=body,
        notes=notes,
        meta=_merge_meta(meta, _byline_meta(body)),
        numbered=all(_is_number(label) for label, _, _ in notes),
    )
    return draft


def _parse_html(text: str) -> HtmlElement | None:
    import lxml.html
    from lxml import etree

    text = _CONTROL.sub("", _XML_DECL.sub("", text))
    if not text.strip():
        return None
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None
    return root if root is not None and len(root) else None


def _html_refs(root: HtmlElement, order: dict[int, int]) -> tuple[list, list]:
    """(note reference link, its target) pairs in document order, and links that look like
    note references but whose target does not exist."""
    by_id = {}
    for el in root.xpath("//*[@id or @name]"):  # in document order, like iter(), without visiting the rest
        for attr in ("id", "name"):
            value = el.get(attr)
            if value and value not in by_id:
                by_id[value] = el
    refs, missing = [], []
    for a in root.iter("a"):
        href = _attr(a, "href")
        if not href.startswith("#") or len(href) < 2:
            continue
        target = by_id.get(href[1:])
        if target is not None and order[id(target)] <= order[id(a)]:
            continue  # a link back up the page (a note's way back to its marker), or to itself, is no reference
        if not _looks_like_ref(a, href) or any(el.tag in _DROP_TAGS for el in a.iterancestors()):
            continue
        if target is None:
            missing.append(a)
        elif not _inside(a, target):
            refs.append((a, target))
    return refs, missing


def _looks_like_ref(a: HtmlElement, href: str) -> bool:
    kind = _epub_type(a)
    if "noteref" in kind or _attr(a, "role") == "doc-noteref":
        return True
    css = _attr(a, "class").lower()
    if any(word in css for word in ("footnote-ref", "noteref", "fnref", "footnote-link", "footnote_ref")):
        return True
    text = _squash(a.text_content())
    if not _REF_TEXT.fullmatch(text or "x"):
        return False
    parent = a.getparent()
    in_sup = (
        a.find("sup") is not None
        or (parent is not None and parent.tag == "sup")
        or (parent is not None and parent.getparent() is not None and parent.getparent().tag == "sup")
    )
    return in_sup or bool(_NOTEISH_HREF.match(href))


def _inside(el: HtmlElement, ancestor: HtmlElement) -> bool:
    return any(parent is ancestor for parent in el.iterancestors())


def _note_container(target: HtmlElement) -> HtmlElement:
    """The element holding a note's whole text: the li/aside/dd or note-like element around the
    link target (Word puts the target inside the note's paragraph, in a div#ftn1)."""
    block = target
    while block is not None and block.tag not in _BLOCK_TAGS:
        block = block.getparent()
    if block is None:
        return target
    current = block
    while current is not None:
        if current.tag in ("li", "aside", "dd") or _noteish(current):
            return current
        if current.tag in ("body", "html", "ol", "ul", "section", "article", "main"):
            break
        current = current.getparent()
    return block


def _noteish(el: HtmlElement) -> bool:
    if _NOTEISH_ID.match(_attr(el, "id")):
        return True
    if _attr(el, "role") in ("doc-footnote", "doc-endnote"):
        return True
    kind = _epub_type(el)
    return any(word in kind for word in ("footnote", "endnote", "rearnote"))


def _ref_label(a: HtmlElement, ordinal: int) -> str:
    m = _REF_TEXT.fullmatch(_squash(a.text_content()))
    return m.group(1).translate(_SUP_TO_DIGIT) if m else str(ordinal)


def _unique_label(label: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    base, n = label, 1
    while label in taken:
        n += 1
        label = f"{base}.{n}"
    return label


def _drop_junk(root: HtmlElement, keep: set[int]) -> None:
    """Remove navigation, headers, footers, scripts, forms and asides, unless they hold notes."""
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            doomed.append(el)
            continue
        if id(el) in keep:
            continue
        role = _attr(el, "role")
        if el.tag == "form" and len(el.text_content()) > 2000:
            continue  # a page-wide form (ASP.NET wraps everything in one) is not a widget
        if el.tag in _DROP_TAGS or role in _DROP_ROLES or el.tag == "aside" or el.get("hidden") is not None:
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


_ITALIC_RULE = re.compile(r"\.([\w-]+)\s*\{[^}]*font-style:\s*italic", re.IGNORECASE)


def _italic_classes(root: HtmlElement) -> frozenset[str]:
    """Classes a style sheet sets in italics: Google Docs and Word exports mark titles only so ('.c8{font-style:
    italic}')."""
    sheets = "".join(style.text or "" for style in root.iter("style"))
    return frozenset(_ITALIC_RULE.findall(sheets)) if "italic" in sheets else frozenset()


def _styled_italic(el: HtmlElement, italics: frozenset[str]) -> bool:
    if "italic" in _attr(el, "style"):
        return True
    return bool(italics) and any(css in italics for css in _attr(el, "class").split())


def _html_note_text(container: HtmlElement, label: str, italics: frozenset[str] = frozenset()) -> str:
    out: list[str] = []
    urls: list[str] = []
    _render_note_el(container, out, urls, label, italics, top=True)
    text = _squash("".join(out))
    for printed in (f"[{label}]", f"({label})", f"{label}.", f"{label})"):  # the label printed in the note
        if text.startswith(printed):
            text = text[len(printed) :].lstrip()
            break
    return _with_urls(text, urls)


def _render_note_el(
    el: HtmlElement, out: list[str], urls: list[str], label: str, italics: frozenset[str], top: bool = False
) -> None:
    """Append the text of ``el`` (without its tail) to ``out``: italics as *x*, back-links and a
    leading label left out, external link URLs collected."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in ("script", "style"):
        return
    if tag == "a" and (_is_backlink(el) or is_finding_aid(el.text_content())):
        return  # the way back to the marker; a 'Google Scholar' link
    if tag in ("span", "sup") and _BACKLINK_CLASS.search(_attr(el, "class")):
        return  # Wikipedia's '<span class="mw-cite-backlink">^ a b</span>': the way back to each marker
    if (
        tag in ("sup", "a", "span")
        and not "".join(out).strip()
        and _squash(el.text_content()).strip("[]().") == label
        and not top
    ):
        return
    if tag == "br" or (tag in _BLOCK_TAGS and not top):
        out.append(" ")
    italic = (tag in _ITALIC_TAGS and not (tag == "cite" and _wraps_a_citation(el))) or (
        tag == "span" and _styled_italic(el, italics)
    )
    if italic:
        out.append("*")
    if el.text and tag:
        out.append(el.text)
    for child in el:
        _render_note_el(child, out, urls, label, italics)
        if child.tail:
            out.append(child.tail)
    if italic:
        out.append("*")
    if tag == "a":
        _keep_url(_attr(el, "href"), el.text_content(), urls)
    if tag in _BLOCK_TAGS and not top:
        out.append(" ")


_BACKLINK_CLASS = re.compile(r"back-?link|backref", re.IGNORECASE)


def _wraps_a_citation(cite: HtmlElement) -> bool:
    """Wikipedia's <cite class="citation"> holds a whole reference, titles in <i> inside it:
    a <cite> is a title only when it holds no italics of its own."""
    return "citation" in _attr(cite, "class").lower() or any(
        child.tag in ("i", "em") for child in cite.iter() if child is not cite
    )


def _is_backlink(a: HtmlElement) -> bool:
    href = _attr(a, "href")
    if not href.startswith("#"):
        return False
    css = _attr(a, "class").lower()
    if "back" in css or "reverse" in css or _attr(a, "role") == "doc-backlink":
        return True
    return bool(_BACKLINK_TEXT.fullmatch(_squash(a.text_content())))


def _html_body(root: HtmlElement, ref_labels: dict[int, str], note_ids: set[int], missing: set[int]) -> str:
    """Visible body text, blocks split by blank lines, note references as sentinels."""
    body = root.find("body")
    out: list[str] = []
    _render_body_el(body if body is not None else root, out, ref_labels, note_ids, missing)
    paragraphs = _BLANK_LINE.split("".join(out))
    return "\n\n".join(_squash(p) for p in paragraphs if p.strip())


_BLANK_LINE = re.compile(r"\n[ \t\n]*\n")  # a line with nothing on it ends a paragraph


def _render_body_el(el: HtmlElement, out: list[str], refs: dict[int, str], notes: set[int], missing: set[int]) -> None:
    if id(el) in notes or not isinstance(el.tag, str):
        return
    if id(el) in refs or id(el) in missing:
        label = refs.get(id(el)) or _ref_label(el, 0)
        out.append(_marker(label, el.sourceline or 0))
        return
    tag = el.tag
    if tag == "sup" and any(id(a) in refs or id(a) in missing for a in el.iter("a")):
        for a in el.iter("a"):
            if id(a) in refs or id(a) in missing:
                _render_body_el(a, out, refs, notes, missing)
        return
    block = tag in _BLOCK_TAGS
    if block:
        out.append("\n\n")
    elif tag == "br":
        out.append("\n")
    if el.text:
        out.append(el.text)
    for child in el:
        _render_body_el(child, out, refs, notes, missing)
        if child.tail:
            out.append(child.tail)
    if block:
        out.append("\n\n")


def _html_to_text(root: HtmlElement) -> str:
    """A page without linked notes as plain text: ``<sup>1</sup>`` as a superscript digit and
    ordered-list items numbered, so the plain-text reader can find endnotes."""
    _drop_junk(root, set())
    out: list[str] = []
    _render_plain(root.find("body") if root.find("body") is not None else root, out)
    text = "".join(out)
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text).strip()


def _render_plain(el: HtmlElement, out: list[str], number: int = 0) -> None:
    if not isinstance(el.tag, str):
        return
    tag = el.tag
    if tag == "sup" and _squash(el.text_content()).isdigit() and len(el) == 0:
        out.append(_squash(el.text_content()).translate(str.maketrans("0123456789", _SUPERSCRIPTS)))
        return
    if tag in _BLOCK_TAGS:
        out.append("\n\n")
    if tag == "li" and number:
        out.append(f"{number}. ")
    elif tag == "br":
        out.append("\n")
    if el.text:
        out.append(el.text if tag in ("pre",) else _WS.sub(" ", el.text))
    counter = int(el.get("start", "1")) if tag == "ol" and (el.get("start") or "1").isdigit() else 0
    for child in el:
        is_item = counter and isinstance(child.tag, str) and child.tag == "li"
        _render_plain(child, out, counter if is_item else 0)
        if is_item:
            counter += 1
        if child.tail:
            out.append(_WS.sub(" ", child.tail))
    if tag in _BLOCK_TAGS:
        out.append("\n\n")


def _mark_missing(draft: _Draft, missing: list) -> None:
    for a in missing:
        label = _ref_label(a, 0)
        if label not in {n[0] for n in draft.notes}:
            draft.problems.append(Problem("", f"marker [{label}] has no note", a.sourceline or 0, label))
