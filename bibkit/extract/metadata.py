"""A commentary's own metadata (title, authors, date, publisher, URL) from whatever the format
offers: header lines and bylines in text, YAML front matter in Markdown, meta tags and JSON-LD in HTML."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import dates
from ..model import Name, PartialDate
from .draft import _MARKER_RE, _attr, _Meta, _squash

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_AUTHOR_LABEL = re.compile(
    r"(?:authors?|autor(?:zy|ka|en|es)?|auteurs?|autore|autori|verfasser(?:in)?|written by|posted by|"
    r"by|von|par|por|di|door)\s*[:：\-–—]?\s+(?P<names>.+)",
    re.I,
)
_DATE_LABEL = re.compile(
    r"(?:published(?: on)?|publication date|posted(?: on)?|date|dated|opublikowano|data publikacji|data|"
    r"publié(?: le)?|date de publication|veröffentlicht(?: am)?|datum|erschienen(?: am)?|fecha|"
    r"pubblicato(?: il)?|updated(?: on)?|last updated)\s*[:：\-–—]?\s*(?P<date>.+)",
    re.I,
)
_GENRE_PREFIX = re.compile(
    r"(?P<pub>(?:[A-Z][A-Z0-9&.'’\-]+\s+){1,4}?)(?P<genre>COMMENTARY|ANALYSIS|BRIEF|POLICY BRIEF|REPORT|"
    r"POLICY PAPER|PAPER|OPINION|INSIGHTS?|UPDATE|BULLETIN|PERSPECTIVES?|SPOTLIGHT|EXPERT COMMENT|"
    r"COMMENT|EXPLAINER)\b\s*[:：\-–—|]?\s*(?P<rest>.*)"
)
_TITLE_SITE = re.compile(r"(?P<title>.+?)\s+(?:[–—|·•»]|-|::)\s+(?P<site>[^–—|·•»]{2,60})")
_BOILERPLATE = re.compile(
    r"(?:share|rate|print|e-?mail|save|like|follow|subscribe|tweet|comment|download|read more|related|"
    r"advertisement|photo|image|foto|autor foto|picture|credit|skip to|menu|search|home|log ?in|sign ?up|"
    r"poll|for (?:business|researchers|students))\b.{0,60}|\(?(?:no|\d+) votes?\)?|[\W\d]*",
    re.I,
)
_NAME_WORD = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿā-ſ'’\-]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?|(?:[A-Z]\.){1,3}|[A-Z]\.?[A-Z]\.|"
    r"van|von|der|den|de|da|di|du|la|le|ten|ter|bin|al|el|dos|del|Mc[A-Z][a-z]+)"
)
_PARTICLES = frozenset("van von der den de da di du la le ten ter bin al el dos del".split())
_HONORIFICS = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|sir|amb|ambassador|gen)\.?\s+", re.I)
_ORG_WORDS = re.compile(
    r"(?i)\b(?:institute|ministry|center|centre|agency|university|council|office|"
    r"staff|editorial|team|news|press|foundation|department|association|commission|"
    r"bureau|society|group|board|desk)\b"
)
_WEBSITE = re.compile(r"on the ([A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,3}) (?:web ?site|portal)\b")
_CONTRIBUTOR = re.compile(
    r"\b(?:author|columnist|contributor|correspondent)\s+"
    r"((?:[A-Z][\w'’\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’\-]+|[A-Z]\.)){1,3})"
)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _merge_meta(first: _Meta, second: _Meta) -> _Meta:
    """``first``, with its empty fields filled from ``second``."""
    return _Meta(
        title=first.title or second.title,
        authors=first.authors or second.authors,
        date=first.date or second.date,
        publisher=first.publisher or second.publisher,
        url=first.url or second.url,
    )


def _text_meta(header_lines: list[str], all_lines: list[str]) -> _Meta:
    """Title, authors, date and publisher from the top of a plain-text commentary."""
    header, first_paragraph = _header(header_lines)
    meta = _Meta()
    meta.authors = _labelled_authors(header) or _labelled_authors(
        [s for s in (line.strip() for line in all_lines[-40:]) if s]
    )
    if not meta.authors:
        meta.authors = _name_line_authors(header)
    if not meta.authors and first_paragraph:
        m = _CONTRIBUTOR.search(first_paragraph[:400])
        meta.authors = [_name(m.group(1))] if m else []
    meta.date = _header_date(header)
    meta.title, meta.publisher = _header_title(header, meta.authors)
    if not meta.publisher:
        m = _WEBSITE.search("\n".join(all_lines[:400]))
        meta.publisher = m.group(1) if m else ""
    return meta


def _header(lines: list[str]) -> tuple[list[str], str]:
    """Non-blank lines above the first real paragraph (at most 40), and that paragraph."""
    header = []
    for line in lines[:120]:
        s = line.strip()
        if not s:
            continue
        if len(s) > 200 and (s[-1] in '.!?"”…' or len(s) > 400):
            return header, s
        header.append(s)
        if len(header) >= 40:
            break
    return header, ""


def _labelled_authors(lines: list[str]) -> list[Name]:
    for line in lines:
        if len(line) > 120:
            continue
        m = _AUTHOR_LABEL.fullmatch(line)
        if m is None:
            continue
        if line[:2] in ("by", "di", "pa", "po", "vo", "do") and line[:1].islower():
            continue  # "by the way ..." - a lower-case "by" is prose
        names = _split_names(m.group("names"))
        if names:
            return names
    return []


def _split_names(text: str) -> list[Name]:
    """'A B and C D', 'A B, C D & E F' -> names; [] when any part is not a person's name."""
    text = re.split(r"\s*[|•·]\s*|\s+[-–—]\s+|\s*\(", text)[0].strip(" ,.;:")
    parts = re.split(r"\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|;\s*|\s+i\s+|\s+und\s+|\s+et\s+|\s+y\s+|,\s*)", text)
    parts = [p for p in parts if p]
    if len(parts) == 2 and "," in text and len(parts[1].split()) <= 2 and len(parts[0].split()) == 1:
        parts = [f"{parts[1]} {parts[0]}"]  # "Family, Given"
    if not parts or len(parts) > 8 or not all(_is_name(p) for p in parts):
        return []
    return [_name(p) for p in parts]


def _is_name(text: str) -> bool:
    words = _HONORIFICS.sub("", text).split()
    if not 1 <= len(words) <= 5 or not words[-1][:1].isupper():
        return False
    return all(_NAME_WORD.fullmatch(word) for word in words) and not _BOILERPLATE.fullmatch(text)


def _name(text: str) -> Name:
    """'Piotr Malachiński' -> Name('Malachiński', 'Piotr'); 'Miller, J. Berkshire' too;
    organisations become a literal."""
    text = _squash(_HONORIFICS.sub("", text.strip(" ,.;")))
    if _ORG_WORDS.search(text):
        return Name(literal=text)
    if "," in text:
        family, _, given = text.partition(",")
        return Name(family=family.strip(), given=given.strip())
    words = text.split()
    if len(words) == 1:
        return Name(family=words[0])
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return Name(family=" ".join(words[start:]), given=" ".join(words[:start]))


def _name_line_authors(header: list[str]) -> list[Name]:
    """A line holding only a person's name, followed by a line saying who they are (a byline
    without label: "Alexander Panov" / "Professor at ..."). Without the second line a short
    Title Case heading would pass for a name."""
    for i, line in enumerate(header[:12]):
        if (
            len(line) < 50
            and len(line.split()) >= 2
            and _is_name(line)
            and not _looks_titled(line)
            and i + 1 < len(header)
            and _ROLE_WORDS.search(header[i + 1][:200])
        ):
            return [_name(line)]
    return []


_ROLE_WORDS = re.compile(
    r"(?i)\b(?:professor|fellow|director|researcher|research|analyst|member|senior|editor|ambassador|"
    r"chair|lecturer|correspondent|journalist|student|head of|expert|scholar|associate|adviser|advisor|"
    r"author of|minister|officer|president|founder|specialist)\b"
)


def _looks_titled(line: str) -> bool:
    """Heading-like lines ("Conclusions", "Salvaging Diplomatic Ties") are not names: a name line
    of 2-4 words has no common title words."""
    return bool(
        re.search(
            r"(?i)\b(?:the|of|and|in|on|for|to|with|after|policy|relations|war|"
            r"crisis|conclusions?|introduction|summary|analysis|comment)\b",
            line,
        )
    )


def _header_date(header: list[str]) -> PartialDate | None:
    """A labelled date line ("Published: ..."), else a line that is only a date."""
    tried = 0
    for labelled in (True, False):
        for line in header:
            if len(line) > 60 or not _YEAR.search(line):
                continue
            m = _DATE_LABEL.fullmatch(line)
            if labelled and m is None:
                continue
            value = m.group("date") if m else line
            if not labelled and len(value) > 40:
                continue
            date = parse_date(value)
            tried += 1
            if date is not None:
                return date
            if tried >= 4:
                return None
    return None


def _header_title(header: list[str], authors: list[Name]) -> tuple[str, str]:
    """The title (first plausible header line above any byline) and a publisher it names."""
    publisher = ""
    for line in header:
        if _AUTHOR_LABEL.fullmatch(line) and _split_names(_AUTHOR_LABEL.fullmatch(line).group("names")):
            break
        if any(line == author.display() for author in authors):
            break  # a byline: the title, if any, came before it
        if _BOILERPLATE.fullmatch(line) or _DATE_LABEL.fullmatch(line):
            continue
        if _YEAR.search(line) and len(line) < 40 and parse_date(line) is not None:
            continue
        m = _GENRE_PREFIX.fullmatch(line)
        if m is not None:
            publisher = publisher or _publisher_name(m.group("pub"))
            line = m.group("rest")
        title = _strip_author(line, authors)
        if not title or len(title) > 200 or len(title.split()) > 30 or title.endswith((".", ",")):
            continue
        title, site = _split_site(title)
        return title, publisher or site
    return "", publisher


def _publisher_name(words: str) -> str:
    """'PULASKI ' -> 'Pulaski'; short acronyms (CSIS) stay upper case."""
    return " ".join(w if len(w) <= 4 else w.capitalize() for w in words.split())


def _strip_author(title: str, authors: list[Name]) -> str:
    """A header line without the author's name tacked on ('Title (Name)', 'Title Name')."""
    title = title.strip()
    m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", title)
    if m and (_is_name(m.group(2)) or any(a.display() == m.group(2).strip() for a in authors)):
        title = m.group(1)
    for author in authors:
        shown = author.display()
        if shown and title.endswith(" " + shown):
            title = title[: -len(shown)].rstrip(" ,–—-|")
    return title.strip()


def _split_site(title: str, known: str = "") -> tuple[str, str]:
    """'Title – The Diplomat' -> ('Title', 'The Diplomat') when the tail is the ``known`` site
    name or reads like one (a few capitalised words, shorter than the title)."""
    m = _TITLE_SITE.fullmatch(title)
    if m is None:
        return title, ""
    site = m.group("site").strip()
    if known and site.casefold() == known.casefold():
        return m.group("title").strip(), site
    words = site.split()
    if (
        len(words) > 6
        or len(site) >= len(m.group("title"))
        or not all(
            w[:1].isupper() or w.lower() in ("of", "the", "and", "for", "on", "in", "&") or "." in w for w in words
        )
    ):
        return title, ""
    return m.group("title").strip(), site


def _byline_meta(body: str) -> _Meta:
    """Authors and date from 'By ...' and 'Published ...' lines at the top of a rendered body."""
    paragraphs = [p for p in body.split("\n\n")[:25] if len(p) < 120]
    meta = _Meta()
    meta.authors = _labelled_authors([_MARKER_RE.sub("", p) for p in paragraphs])
    meta.date = _header_date(paragraphs)
    return meta


def _markdown_meta(front: str, headings: list[tuple[str, str]], body: list[str]) -> _Meta:
    """Metadata from YAML front matter, else the first level-1 heading and bylines."""
    meta = _Meta()
    data = _front_matter(front) if front else {}
    meta.title = _first(data.get("title"))
    authors = data.get("author") or data.get("authors") or []
    for author in authors if isinstance(authors, list) else [authors]:
        if isinstance(author, dict):
            author = author.get("name") or author.get("literal") or ""
        meta.authors.extend(_split_names(author) or ([_name(author)] if author else []))
    raw_date = _first(data.get("date") or data.get("published"))
    meta.date = parse_date(raw_date) if raw_date else None
    meta.publisher = _first(
        data.get("publisher")
        or data.get("site")
        or data.get("website")
        or data.get("container-title")
        or data.get("journal")
    )
    meta.url = _first(data.get("url") or data.get("link") or data.get("source"))
    if not meta.title:
        meta.title = next((text for tag, text in headings if tag == "h1"), "")
        meta.title, site = _split_site(meta.title) if meta.title else ("", "")
        meta.publisher = meta.publisher or site
    return _merge_meta(meta, _byline_meta("\n\n".join(body[:25])))


def _first(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value or "").strip()


def _front_matter(text: str) -> dict[str, object]:
    """The part of YAML front matter bibkit reads: ``key: value``, ``key: [a, b]``, and lists of
    ``- value`` or ``- name: value`` under a key. Anything else is skipped."""
    data: dict[str, object] = {}
    key = ""
    for raw in text.split("\n"):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        item = re.match(r"\s*-\s+(?:(\w[\w-]*):\s+)?(.*)", raw)
        if raw[:1] in " \t-" and item and key:
            value = _yaml_scalar(item.group(2))
            entry = {item.group(1): value} if item.group(1) else value
            current = data.get(key)
            data[key] = [*current, entry] if isinstance(current, list) else [entry]
            continue
        nested = re.match(r"\s+(\w[\w-]*):\s*(.*)", raw)
        if nested and key and isinstance(data.get(key), list) and data[key] and isinstance(data[key][-1], dict):
            data[key][-1][nested.group(1)] = _yaml_scalar(nested.group(2))
            continue
        m = re.match(r"([\w-]+)\s*:\s*(.*)", raw)
        if m is None:
            continue
        key = m.group(1).lower()
        value = m.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            data[key] = [_yaml_scalar(v) for v in value[1:-1].split(",") if v.strip()]
        elif value and value not in ("|", ">"):
            data[key] = _yaml_scalar(value)
    return data


def _yaml_scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return re.sub(r"\s+#.*$", "", value)


def _html_meta(root: HtmlElement) -> _Meta:
    """Metadata from meta tags (citation_*, og:*, dc.*), JSON-LD, <title>, <h1> and bylines."""
    tags: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        key = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
        value = _squash(el.get("content") or "")
        if key and value:
            tags.setdefault(key, []).append(value)
    ld = _json_ld(root)
    meta = _Meta()
    meta.title = _pick(tags, "citation_title", "dc.title", "dcterms.title") or _squash(ld.get("headline", ""))
    site_name = _pick(tags, "og:site_name", "application-name")
    og_title, og_site = _split_site(_pick(tags, "og:title", "twitter:title"), site_name)
    page_title = root.find(".//title")
    page_title, title_site = _split_site(
        _squash(page_title.text_content()) if page_title is not None else "", site_name
    )
    h1 = root.find(".//h1")
    meta.title = meta.title or og_title or (_squash(h1.text_content()) if h1 is not None else "") or page_title
    authors = tags.get("citation_author") or tags.get("dc.creator") or tags.get("dcterms.creator") or []
    meta.authors = [_name(a) for a in authors] or ld.get("authors", []) or _split_names(_pick(tags, "author"))
    if not meta.authors:
        meta.authors = _author_elements(root)
    raw_date = (
        _pick(tags, "citation_publication_date", "citation_date", "citation_online_date")
        or ld.get("date", "")
        or _pick(
            tags,
            "article:published_time",
            "dc.date",
            "dcterms.date",
            "dc.date.issued",
            "date",
            "pubdate",
            "publish-date",
        )
    )
    meta.date = parse_date(raw_date) if raw_date else None
    meta.publisher = (
        _pick(tags, "citation_publisher", "citation_journal_title")
        or ld.get("publisher", "")
        or _pick(tags, "og:site_name", "dc.publisher", "dcterms.publisher")
        or og_site
        or title_site
    )
    canonical = root.find(".//link[@rel='canonical']")
    meta.url = (
        _pick(tags, "citation_public_url", "citation_abstract_html_url", "og:url")
        or ld.get("url", "")
        or (_attr(canonical, "href") if canonical is not None else "")
    )
    return meta


def _pick(tags: dict[str, list[str]], *keys: str) -> str:
    for key in keys:
        if tags.get(key):
            return tags[key][0]
    return ""


def _json_ld(root: HtmlElement) -> dict:
    """The first JSON-LD Article-like object: headline, authors, date, publisher, url."""
    for script in root.iter("script"):
        if "ld+json" not in _attr(script, "type").lower():
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in _ld_objects(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(str(k).endswith(("Article", "BlogPosting", "Report", "Posting")) for k in kinds):
                continue
            return _ld_fields(obj)
    return {}


def _ld_objects(data: object) -> list[dict]:
    if isinstance(data, list):
        return [obj for item in data for obj in _ld_objects(item)]
    if isinstance(data, dict):
        return [data, *_ld_objects(data.get("@graph", []))]
    return []


def _ld_fields(obj: dict) -> dict:
    authors = obj.get("author") or []
    names = []
    for author in authors if isinstance(authors, list) else [authors]:
        name = author.get("name", "") if isinstance(author, dict) else str(author)
        if name:
            kind = author.get("@type", "") if isinstance(author, dict) else ""
            names.append(Name(literal=name) if kind == "Organization" else _name(name))
    publisher = obj.get("publisher") or ""
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else ""
    if isinstance(publisher, dict):
        publisher = publisher.get("name", "")
    page = obj.get("mainEntityOfPage")
    url = obj.get("url") or (page.get("@id") if isinstance(page, dict) else page) or ""
    return {
        "headline": str(obj.get("headline") or obj.get("name") or ""),
        "authors": names,
        "date": str(obj.get("datePublished") or obj.get("dateCreated") or ""),
        "publisher": str(publisher),
        "url": str(url),
    }


def _author_elements(root: HtmlElement) -> list[Name]:
    """Names in elements marked as the author (rel/itemprop/class author or byline)."""
    for el in root.xpath("//*[@class or @rel or @itemprop]"):  # in document order, without visiting the rest
        if not (el.get("class") or el.get("rel") or el.get("itemprop")):
            continue
        marks = " ".join((_attr(el, "rel"), _attr(el, "itemprop"), _attr(el, "class"))).lower()
        if not re.search(r"\b(?:author|byline)\b", marks):
            continue
        text = _squash(el.text_content())
        if len(text) > 120:
            continue
        m = _AUTHOR_LABEL.fullmatch(text)
        names = _split_names(m.group("names") if m else text)
        if names:
            return names
    return []


_ISO_DATE = re.compile(r"(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?(?:[T ][\d:.+\-Z]*)?")


def parse_date(text: str) -> PartialDate | None:
    """A publication date as precise as written: '7 April 2022', 'March 2021', '2021-03-03',
    and non-English month names ('7 kwietnia, 2022') through dateparser."""
    text = _squash(text).strip(" .,;:()")
    if not text or len(text) > 60:
        return None
    return _fast_date(text) or _slow_date(text)


def _fast_date(text: str) -> PartialDate | None:
    """ISO dates from meta tags ('2022-04-07T09:00:00Z'), else the note date forms in bibkit.dates."""
    m = _ISO_DATE.fullmatch(text)
    if m:
        return _date(int(m.group(1)), int(m.group(3)), int(m.group(4)) if m.group(4) else None)
    if dates.is_only_date(text):  # the forms notes use too: '7 April 2022', 'March 2021', '2021'
        found = dates.parse_date(text)
        return _date(found.year, found.month, found.day) if found else None
    return None


def _date(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    import datetime

    if not 1000 <= year <= 2999 or month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            datetime.date(year, month or 1, day)
        except ValueError:
            return None
    return PartialDate(year, month, day if month else None)


@lru_cache(maxsize=512)
def _slow_date(text: str) -> PartialDate | None:
    """dateparser, for month names in other languages; only for short strings with a year and a
    word, since it is slow (and slowest on strings that are not dates at all)."""
    if not _YEAR.search(text) or not re.search(r"[^\W\d_]{3,}", text) or len(text.split()) > 5:
        return None
    from dateparser.date import DateDataParser

    try:
        data = DateDataParser(settings={"PREFER_DAY_OF_MONTH": "first"}).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd strings
        return None
    if data is None or data.date_obj is None:
        return None
    value = data.date_obj
    if data.period == "year":
        return _date(value.year)
    if data.period == "month":
        return _date(value.year, value.month)
    return _date(value.year, value.month, value.day)
