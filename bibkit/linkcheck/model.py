"""Link-check values: what to fetch (LinkRequest), where it was cited (Origin), what came back (LinkResult).

Frozen and free of I/O like ``bibkit.model``, so the collector, the checker, the cache and the
reporters can hand them around without copying. A result keeps the origins of its request, so
every verdict can be traced to the file, entry key or note, and line that cited the link.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class LinkStatus(str, Enum):
    """The closed set of verdicts. Only BROKEN fails a run by default (see ``is_problem``)."""

    OK = "ok"
    REDIRECTED = "redirected"  # permanent redirect: the link works, but the citation should be updated
    BROKEN = "broken"  # confirmed dead: 4xx/5xx after retries, DNS failure, redirect loop
    BLOCKED = "blocked"  # a bot wall answered (Cloudflare challenge, LinkedIn 999): inconclusive
    TIMEOUT = "timeout"
    SUSPECT = "suspect"  # soft 404: a 200 that says "not found", or a redirect to the home page
    EXCLUDED = "excluded"  # --exclude, ignore file, or an address bibkit refuses to probe
    UNSUPPORTED = "unsupported-scheme"  # ftp:, mailto:, file: ... never fetched
    COULD_NOT_CHECK = "could-not-check"  # no network, offline without cache, deadline, 429 after retries

    def __str__(self) -> str:
        return self.value


#: Statuses that fail the run only with ``--strict`` (inconclusive, not confirmed broken).
STRICT_PROBLEMS = frozenset({LinkStatus.BLOCKED, LinkStatus.SUSPECT, LinkStatus.TIMEOUT, LinkStatus.COULD_NOT_CHECK})


@dataclass(frozen=True)
class Origin:
    """One place a link is cited: ``refs.bib:12 key=smith2020 field=url`` or ``essay.md:40 note 7``."""

    file: str
    line: int = 0
    key: str = ""  # citation key (library) or empty
    note: str = ""  # note label (commentary) or empty
    field: str = ""  # "url", "doi", "note", "howpublished", "body" ...

    def where(self) -> str:
        """'file:line' as editors and CI annotations expect it."""
        return self.file + (f":{self.line}" if self.line else "")

    def label(self) -> str:
        """A short human label: 'key smith2020 (url)' or 'note 7'."""
        parts = []
        if self.key:
            parts.append(f"key {self.key}")
        if self.note:
            parts.append(f"note {self.note}")
        if self.field:
            parts.append(f"({self.field})")
        return " ".join(parts)


@dataclass(frozen=True)
class LinkRequest:
    """One link to check, once however often it is cited.

    ``kind`` is "url" or "doi"; a DOI request keeps the bare DOI in ``doi`` and is checked through the
    resolver's handle API, never by fetching the publisher's page. ``accessed`` is the earliest
    access date (ISO) the citations give, used to pick the nearest archived snapshot.
    """

    url: str
    kind: str = "url"
    doi: str = ""
    origins: tuple[Origin, ...] = ()
    accessed: str = ""

    @property
    def cache_key(self) -> str:
        return f"doi:{self.doi.lower()}" if self.kind == "doi" else self.url


@dataclass(frozen=True)
class LinkResult:
    """The verdict on one link, with the HTTP code and reason behind it and where it was cited."""

    url: str
    status: LinkStatus
    code: int | None = None
    reason: str = ""
    new_url: str = ""  # permanent redirect target: the suggested update
    hint: str = ""  # what the user can do (bot wall, soft 404 ...)
    archive: str = ""  # Wayback snapshot for a dead link (--suggest-archive)
    origins: tuple[Origin, ...] = ()
    kind: str = "url"
    doi: str = ""
    cached: bool = False
    attempts: int = 0  # HTTP requests sent for this link (0 when cached or not fetched)
    elapsed: float = 0.0

    def is_problem(self, strict: bool = False) -> bool:
        """Whether this result should fail CI: broken always, the inconclusive ones with --strict."""
        return self.status is LinkStatus.BROKEN or (strict and self.status in STRICT_PROBLEMS)

    def describe(self) -> str:
        """'404 Not Found', 'redirected (301) to https://...', the one-line reason shown to users."""
        text = self.reason or str(self.status)
        if self.code and str(self.code) not in text:
            text = f"{self.code} {text}"
        if self.new_url:
            text += f" -> {self.new_url}"
        return text
