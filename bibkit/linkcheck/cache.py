"""Stage 4 cache: verdicts kept on disk between runs so CI reruns send few requests.

SQLite, one row per URL (or DOI). A cached verdict is reused while younger than its status's
TTL: working links are rechecked after a week, failures after a day, inconclusive ones after an
hour; timeouts and could-not-check results are never stored. ``max_age`` overrides every TTL.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

from ..errors import ConfigError
from .model import LinkRequest, LinkResult, LinkStatus

DAY = 86400.0
#: Seconds a verdict stays fresh, per status. Absent = never cached.
TTL = {
    LinkStatus.OK: 7 * DAY,
    LinkStatus.REDIRECTED: 7 * DAY,
    LinkStatus.BROKEN: 1 * DAY,
    LinkStatus.SUSPECT: 1 * DAY,
    LinkStatus.BLOCKED: 3600.0,
}
DEFAULT_PATH = Path(".bibkit-cache") / "links.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS links (
    key TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    code INTEGER,
    reason TEXT NOT NULL DEFAULT '',
    new_url TEXT NOT NULL DEFAULT '',
    hint TEXT NOT NULL DEFAULT '',
    archive TEXT NOT NULL DEFAULT '',
    checked_at REAL NOT NULL
)
"""


class LinkCache:
    """Verdicts by URL/DOI with a per-status TTL. Used from one thread (the checker's dispatcher)."""

    def __init__(self, path: str | Path = DEFAULT_PATH, *, max_age: float | None = None):
        self.path = Path(path)
        self.max_age = max_age
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path))
            self._db.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(f"cannot open link cache: {exc}", path=str(self.path)) from exc

    def get(self, request: LinkRequest, *, any_age: bool = False, now: float | None = None) -> LinkResult | None:
        """The stored verdict for ``request`` if still fresh (or of any age, for --offline)."""
        row = self._db.execute(
            "SELECT status, code, reason, new_url, hint, archive, checked_at FROM links WHERE key = ?",
            (request.cache_key,),
        ).fetchone()
        if row is None:
            return None
        status = LinkStatus(row[0])
        age = (now or time.time()) - row[6]
        limit = self.max_age if self.max_age is not None else TTL.get(status, 0.0)
        if not any_age and age > limit:
            return None
        return LinkResult(
            url=request.url,
            status=status,
            code=row[1],
            reason=row[2],
            new_url=row[3],
            hint=row[4],
            archive=row[5],
            origins=request.origins,
            kind=request.kind,
            doi=request.doi,
            cached=True,
        )

    def put_many(self, results: Iterable[LinkResult], now: float | None = None) -> int:
        """Store fresh verdicts (not cached ones, not the never-cached statuses); returns rows written."""
        stamp = now or time.time()
        rows = [
            (_key(r), r.status.value, r.code, r.reason, r.new_url, r.hint, r.archive, stamp)
            for r in results
            if not r.cached and r.status in TTL
        ]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return len(rows)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> LinkCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _key(result: LinkResult) -> str:
    return LinkRequest(url=result.url, kind=result.kind, doi=result.doi).cache_key
