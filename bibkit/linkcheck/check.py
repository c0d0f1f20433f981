"""Stage 4b: LinkRequest -> LinkResult, the only module that touches the network.

Design, in the order a link meets it:
- a dispatcher hands a link to the worker pool only when its host has a free slot, so one slow
  host holds at most ``per_host`` workers and never stalls the others; every single request
  also takes a per-host semaphore (redirects can change host), so no host ever sees more than
  ``per_host`` requests at once;
- HEAD first; GET (streamed, at most ``max_body`` bytes read) when HEAD is refused or errors;
- redirects are followed by hand, so each hop's address is checked by the Guard, loops are
  caught, and a permanent redirect can be told from a temporary one;
- 5xx, resets and timeouts are retried with backoff; 429 and 503 honour ``Retry-After`` and
  slow the host down for the rest of the run;
- a soft 404 (a 200 saying "not found", a deep link sent to the home page) is SUSPECT; a bot
  wall (Cloudflare challenge, LinkedIn 999) is BLOCKED; a DOI is asked of the resolver's handle
  API, never of the publisher;
- when no host at all could be reached (DNS or routing failed everywhere) the run says so
  (``CheckRun.no_network``) instead of calling every link broken.
"""

from __future__ import annotations

import email.utils
import errno
import json
import queue
import re
import secrets
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from urllib.parse import quote, urlencode, urljoin, urlsplit, urlunsplit

import requests
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import MaxRetryError, NewConnectionError, ProtocolError

from .. import __version__
from ..errors import ConfigError
from .cache import LinkCache
from .guard import AddressRefused, Guard, HostNotFound, Resolver, guarded_adapter
from .model import LinkRequest, LinkResult, LinkStatus

PERMANENT = (301, 308)
REDIRECTS = (301, 302, 303, 307, 308)
HEAD_REFUSED = (405, 403, 501)
_TITLE_RE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_H1_RE = re.compile(rb"<h1[^>]*>(.*?)</h1>", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]+>")
_NOT_FOUND_RE = re.compile(
    r"\b(?:404|not found|page (?:does not|doesn't|no longer) exists?|no longer (?:exists|available)|"
    r"(?:could not|couldn't|cannot|can't) be found|page unavailable|nothing (?:was )?found)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CheckOptions:
    """How hard and how politely to check. Defaults suit CI; tests shrink the times."""

    workers: int = 32
    per_host: int = 4
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    body_timeout: float = 5.0  # total time spent reading one body, so a drip-feeding server cannot hold us
    deadline: float = 600.0  # whole run; links not done by then are could-not-check
    retries: int = 2  # extra attempts after a 5xx, 429 or reset
    timeout_retries: int = 1  # extra attempts after a timeout (each costs read_timeout)
    backoff: float = 0.5  # first retry delay; doubles each time
    retry_after_cap: float = 30.0
    max_redirects: int = 10
    max_body: int = 64 * 1024
    accept: tuple[tuple[int, int], ...] = ((200, 299),)
    excludes: tuple[str, ...] = ()
    allow_private: bool = False
    soft_404: str = "probe"  # "probe": sniff pages of hosts that answer 200 for a random path; "always"; "off"
    doi_api: str = "https://doi.org/api/handles/"
    suggest_archive: bool = False
    wayback_api: str = "https://archive.org/wayback/available"
    user_agent: str = f"bibkit/{__version__} (link checker; +https://github.com/bibkit)"

    def accepts(self, code: int) -> bool:
        return any(low <= code <= high for low, high in self.accept)


@dataclass(frozen=True)
class CheckRun:
    """All verdicts of one run (in request order) and what the run itself saw."""

    results: tuple[LinkResult, ...]
    no_network: bool = False
    requests_sent: int = 0
    elapsed: float = 0.0


def parse_accept(text: str) -> tuple[tuple[int, int], ...]:
    """'200..299,403' -> ((200, 299), (403, 403)); ConfigError on anything else."""
    out = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        match = re.fullmatch(r"(\d{3})(?:\s*\.\.=?\s*(\d{3}))?", part)
        if not match:
            raise ConfigError(f"--accept: '{part}' is not a status code or range like 200..299")
        low = int(match.group(1))
        out.append((low, int(match.group(2) or low)))
    if not out:
        raise ConfigError("--accept: give at least one status code")
    return tuple(out)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date; None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


@dataclass
class _Reply:
    """One HTTP exchange: a status with headers and the first bytes of body, or an error kind."""

    url: str
    code: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    error: str = ""  # dns | refused-address | unreachable | connect-timeout | conn-refused | reset | timeout ...
    detail: str = ""
    reason: str = ""

    @property
    def html(self) -> bool:
        return "html" in self.headers.get("content-type", "").lower()


class _Host:
    """Per-host politeness: a slot semaphore, a not-before time after 429, and a spacing interval."""

    def __init__(self, limit: int):
        self.slots = threading.BoundedSemaphore(limit)
        self.lock = threading.Lock()
        self.not_before = 0.0
        self.interval = 0.0
        self.last_start = 0.0
        self.head_refused = False
        self.probe_lock = threading.Lock()
        self.probe: tuple[bool, str] | None = None  # (answers 200 for nonsense paths, that page's title)

    def wait_turn(self, deadline: float) -> None:
        """Sleep until this host may be sent the next request (after Retry-After, with spacing)."""
        with self.lock:
            now = time.monotonic()
            start = max(now, self.not_before, self.last_start + self.interval)
            self.last_start = start
        if start > now:
            time.sleep(max(0.0, min(start, deadline) - now))

    def relax(self) -> None:
        """An answer that was not a 429: halve the spacing, so a slow-down does not last the run."""
        if self.interval:
            with self.lock:
                self.interval = self.interval / 2 if self.interval > 0.02 else 0.0

    def throttle(self, seconds: float) -> None:
        """A 429: nothing before ``seconds`` from now, and space later requests out."""
        with self.lock:
            self.not_before = max(self.not_before, time.monotonic() + seconds)
            self.interval = min(max(self.interval * 2, 0.2), 2.0)


def host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{parts.port or ''}"


class Checker:
    """Checks links with a shared, guarded connection pool. One Checker serves one run at a time.

    ``session`` replaces the per-thread sessions (it must then be safe to share); ``resolver``
    replaces DNS (tests map names to 127.0.0.1 with ``guard.stub_resolver``).
    """

    def __init__(
        self,
        options: CheckOptions | None = None,
        *,
        session: requests.Session | None = None,
        resolver: Resolver | None = None,
    ):
        self.options = options or CheckOptions()
        if self.options.soft_404 not in ("probe", "always", "off"):
            raise ConfigError(f"soft_404 must be probe, always or off, not {self.options.soft_404!r}")
        try:
            self._excludes = [re.compile(p) for p in self.options.excludes]
        except re.error as exc:
            raise ConfigError(f"--exclude: bad regular expression: {exc}") from exc
        self.guard = Guard(resolver, self.options.allow_private)
        self._adapter = guarded_adapter(self.guard, self.options.workers + 4)
        self._session = session
        self._local = threading.local()
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()
        self._sent = 0
        self._reached = False
        self._deadline = float("inf")

    # -- the run -----------------------------------------------------------------------------

    def run(
        self,
        requests_: Sequence[LinkRequest],
        *,
        cache: LinkCache | None = None,
        offline: bool = False,
        progress: Callable[[LinkResult], None] | None = None,
    ) -> CheckRun:
        """Check every request (cache first); results come back in the order of ``requests_``."""
        started = time.monotonic()
        self._deadline = started + self.options.deadline
        self._sent, self._reached = 0, False
        results: list[LinkResult | None] = [None] * len(requests_)
        pending: dict[str, deque[tuple[int, LinkRequest]]] = {}
        for index, request in enumerate(requests_):
            early = self.precheck(request)
            if early is None and cache is not None:
                early = cache.get(request, any_age=offline)
            if early is None and offline:
                early = _result(request, LinkStatus.COULD_NOT_CHECK, reason="offline and not in the cache")
            if early is not None:
                results[index] = early
                if progress:
                    progress(early)
                continue
            pending.setdefault(host_key(self._target(request)), deque()).append((index, request))
        fetched = [i for items in pending.values() for i, _ in items]
        if pending:
            self._dispatch(pending, results, progress)
        no_network = self._no_network([results[i] for i in fetched])  # type: ignore[misc]
        if no_network:
            for i in fetched:
                results[i] = _offline(results[i])  # type: ignore[arg-type]
        final = [r for r in results if r is not None]
        if cache is not None:
            cache.put_many(final)
        return CheckRun(tuple(final), no_network, self._sent, time.monotonic() - started)

    def _dispatch(
        self,
        pending: dict[str, deque[tuple[int, LinkRequest]]],
        results: list[LinkResult | None],
        progress: Callable[[LinkResult], None] | None,
    ) -> None:
        """Hand links to workers only while their host has a free slot; collect as they finish."""
        done: queue.Queue[tuple[int, str, LinkRequest, Future[LinkResult]]] = queue.Queue()
        active: Counter[str] = Counter()
        inflight = 0
        with ThreadPoolExecutor(self.options.workers, thread_name_prefix="bibkit-link") as pool:
            while pending or inflight:
                if time.monotonic() >= self._deadline:
                    for items in pending.values():
                        for index, request in items:
                            results[index] = _result(request, LinkStatus.COULD_NOT_CHECK, reason="run deadline reached")
                    pending.clear()
                for host in list(pending):
                    items = pending[host]
                    while items and active[host] < self.options.per_host and inflight < self.options.workers:
                        index, request = items.popleft()
                        future = pool.submit(self.check, request)
                        future.add_done_callback(lambda f, i=index, h=host, r=request: done.put((i, h, r, f)))
                        active[host] += 1
                        inflight += 1
                    if not items:
                        del pending[host]
                if not inflight:
                    continue
                index, host, request, future = done.get()
                active[host] -= 1
                inflight -= 1
                try:
                    results[index] = future.result()
                except Exception as exc:  # a bug must not lose the other verdicts
                    results[index] = _result(request, LinkStatus.COULD_NOT_CHECK, reason=f"internal error: {exc!r}")
                if progress:
                    progress(results[index])  # type: ignore[arg-type]
        self._adapter.close()

    def _no_network(self, fetched: Sequence[LinkResult]) -> bool:
        """True when links were sent for, none got any answer, and all failed at DNS or routing."""
        return bool(fetched) and not self._reached and all(r.reason.startswith(_UNREACHABLE) for r in fetched)

    # -- one link -------------------------------------------------------------------------------

    def precheck(self, request: LinkRequest) -> LinkResult | None:
        """The verdict reachable without the network: unsupported scheme, or excluded."""
        scheme = urlsplit(request.url).scheme.lower()
        if request.kind == "url" and scheme not in ("http", "https"):
            return _result(request, LinkStatus.UNSUPPORTED, reason=f"{scheme or 'no'} scheme is not checked")
        for pattern in self._excludes:
            if pattern.search(request.url) or (request.doi and pattern.search(request.doi)):
                return _result(request, LinkStatus.EXCLUDED, reason=f"matches exclude pattern {pattern.pattern!r}")
        return None

    def check(self, request: LinkRequest) -> LinkResult:
        """Check one link (network); never raises for anything the remote side does."""
        started = time.monotonic()
        self._local.sent = 0
        result = self._check_doi(request) if request.kind == "doi" else self._check_url(request)
        if self.options.suggest_archive and result.status in (LinkStatus.BROKEN, LinkStatus.SUSPECT):
            archive = self.archive_snapshot(request.url, request.accessed)
            if archive:
                result = replace(result, archive=archive, hint=result.hint or "an archived copy exists")
        return replace(result, origins=request.origins, attempts=self._local.sent, elapsed=time.monotonic() - started)

    def _target(self, request: LinkRequest) -> str:
        return self._doi_api_url(request.doi) if request.kind == "doi" else request.url

    def _doi_api_url(self, doi: str) -> str:
        return self.options.doi_api.rstrip("/") + "/" + quote(doi, safe="/:;()._-<>")

    def _check_doi(self, request: LinkRequest) -> LinkResult:
        """A DOI is registered (handle API 200) or not (404); the publisher's page is never fetched."""
        reply = self._fetch(self._doi_api_url(request.doi), method="GET")
        if reply.error:
            return self._error_result(request, reply)
        if reply.code == 200:
            return _result(request, LinkStatus.OK, reply.code, "DOI registered")
        if reply.code == 404:
            return _result(request, LinkStatus.BROKEN, 404, "DOI not registered", hint="check the DOI for typos")
        if reply.code == 429:
            return _result(request, LinkStatus.COULD_NOT_CHECK, 429, "DOI resolver rate limit")
        return _result(request, LinkStatus.COULD_NOT_CHECK, reply.code, f"DOI resolver answered {reply.code}")

    def _check_url(self, request: LinkRequest) -> LinkResult:
        chain: list[tuple[str, int]] = []
        url = request.url
        for _ in range(self.options.max_redirects + 1):
            reply = self._fetch(url)
            if reply.error:
                return self._error_result(request, reply, chain)
            location = reply.headers.get("location", "")
            if reply.code in REDIRECTS and location:
                chain.append((url, reply.code))
                url = urlunsplit(urlsplit(urljoin(url, location.strip()))._replace(fragment=""))
                if url in (u for u, _ in chain):
                    return _result(request, LinkStatus.BROKEN, reply.code, f"redirect loop via {url}")
                if urlsplit(url).scheme not in ("http", "https"):
                    return _result(request, LinkStatus.BROKEN, reply.code, f"redirects to unsupported {url}")
                continue
            return self._verdict(request, url, reply, chain)
        return _result(request, LinkStatus.BROKEN, chain[-1][1], f"more than {self.options.max_redirects} redirects")

    def _verdict(self, request: LinkRequest, url: str, reply: _Reply, chain: list[tuple[str, int]]) -> LinkResult:
        """Classify the final answer of a redirect chain."""
        code = reply.code
        if not self.options.accepts(code):
            wall = bot_wall(reply)
            if wall:
                return _result(request, LinkStatus.BLOCKED, code, f"bot wall ({code})", hint=wall)
            if code == 429:
                return _result(request, LinkStatus.COULD_NOT_CHECK, code, "rate limited (429) after retries")
            via = f" after redirect to {url}" if chain else ""
            return _result(request, LinkStatus.BROKEN, code, f"{reply.reason or 'HTTP error'}{via}")
        if chain and is_home(request.url, url):
            return _result(
                request,
                LinkStatus.SUSPECT,
                chain[0][1],
                f"redirected to the site's home page {url}",
                hint="soft 404: the page was probably removed",
            )
        soft = self._soft_404(url, reply)
        if soft:
            return _result(request, LinkStatus.SUSPECT, code, soft, hint="soft 404: the page says it was not found")
        permanent = 0
        while permanent < len(chain) and chain[permanent][1] in PERMANENT:
            permanent += 1
        if permanent:
            new_url = chain[permanent][0] if permanent < len(chain) else url
            codes = ", ".join(str(c) for _, c in chain[:permanent])
            return _result(
                request, LinkStatus.REDIRECTED, chain[0][1], f"permanent redirect ({codes})", new_url=new_url
            )
        reason = f"temporary redirect ({chain[0][1]}) to {url}" if chain else (reply.reason or "OK")
        return _result(request, LinkStatus.OK, code, reason)

    def _error_result(self, request: LinkRequest, reply: _Reply, chain: Sequence[tuple[str, int]] = ()) -> LinkResult:
        kind, detail = reply.error, reply.detail
        if kind == "refused-address":
            return _result(request, LinkStatus.EXCLUDED, reason=detail, hint="private addresses need --allow-private")
        if kind == "timeout":
            return _result(request, LinkStatus.TIMEOUT, reason=f"no answer within {self.options.read_timeout:g} s")
        if kind == "connect-timeout":
            return _result(request, LinkStatus.TIMEOUT, reason="unreachable: connect timed out")
        if kind == "deadline":
            return _result(request, LinkStatus.COULD_NOT_CHECK, reason="run deadline reached")
        if kind in ("dns", "unreachable"):
            return _result(request, LinkStatus.BROKEN, reason=f"unreachable: {detail}")
        return _result(request, LinkStatus.BROKEN, reason=detail or kind)

    # -- soft 404 ---------------------------------------------------------------------------------

    def _soft_404(self, url: str, reply: _Reply) -> str:
        """Why a 200 page looks like a 'not found' page, or ''. May GET the page (bounded)."""
        mode = self.options.soft_404
        if mode == "off" or not reply.html:
            return ""
        host = self._host(url)
        body = reply.body
        if not body:
            if mode == "probe" and not self._host_answers_nonsense(url, host):
                return ""
            page = self._fetch(url, method="GET", want_body=True)
            if page.error or not self.options.accepts(page.code):
                return ""
            body = page.body
        title = page_title(body)
        if _NOT_FOUND_RE.search(title) or _NOT_FOUND_RE.search(page_heading(body)):
            return f"page says '{title or page_heading(body)}'"
        probe = host.probe
        if probe and probe[0] and probe[1] and title == probe[1]:
            return f"same page ('{title}') as a made-up address on this site"
        return ""

    def _host_answers_nonsense(self, url: str, host: _Host) -> bool:
        """Once per host: does a made-up path get a 200? Only then are its pages worth a sniff."""
        with host.probe_lock:
            if host.probe is None:
                parts = urlsplit(url)
                probe_url = urlunsplit((parts.scheme, parts.netloc, f"/{secrets.token_hex(8)}-bibkit-probe", "", ""))
                reply = self._fetch(probe_url, method="GET", want_body=True)
                soft = not reply.error and self.options.accepts(reply.code)
                host.probe = (soft, page_title(reply.body) if soft else "")
        return host.probe[0]

    # -- archive ----------------------------------------------------------------------------------

    def archive_snapshot(self, url: str, accessed: str = "") -> str:
        """The Wayback snapshot closest to the access date (else the latest), or ''."""
        query = {"url": url}
        if accessed:
            query["timestamp"] = accessed.replace("-", "")
        reply = self._fetch(f"{self.options.wayback_api}?{urlencode(query)}", method="GET", want_body=True)
        if reply.error or reply.code != 200:
            return ""
        try:
            closest = json.loads(reply.body)["archived_snapshots"]["closest"]
        except (ValueError, KeyError, TypeError):
            return ""
        return closest.get("url", "") if closest.get("available", True) else ""

    # -- HTTP -------------------------------------------------------------------------------------

    def _host(self, url: str) -> _Host:
        key = host_key(url)
        with self._lock:
            host = self._hosts.get(key)
            if host is None:
                host = self._hosts[key] = _Host(self.options.per_host)
        return host

    def _fetch(self, url: str, method: str = "", want_body: bool | None = None) -> _Reply:
        """One hop with retries: HEAD (unless told or known refused) falling back to GET."""
        options = self.options
        host = self._host(url)
        method = method or ("GET" if host.head_refused else "HEAD")
        attempt = timeouts = 0
        while True:
            if time.monotonic() >= self._deadline:
                return _Reply(url, error="deadline")
            reply = self._send(method, url, want_body)
            if reply.code and reply.code != 429:
                host.relax()
            if method == "HEAD" and (reply.code in HEAD_REFUSED or reply.error in ("reset", "connect")):
                if reply.code in (405, 501):
                    host.head_refused = True
                method = "GET"
                continue
            if reply.error == "timeout" and timeouts < options.timeout_retries:
                timeouts += 1
                continue
            retryable = reply.error in ("reset", "connect") or reply.code == 429 or reply.code >= 500
            if not retryable or attempt >= options.retries or bot_wall(reply):
                return reply
            delay = options.backoff * 2**attempt
            wait = parse_retry_after(reply.headers.get("retry-after")) if reply.code in (429, 503) else None
            if reply.code == 429:
                host.throttle(min(wait if wait is not None else delay, options.retry_after_cap))
            elif wait is not None:
                delay = min(wait, options.retry_after_cap)
            if reply.code != 429:
                time.sleep(max(0.0, min(delay, self._deadline - time.monotonic())))
            attempt += 1

    def _send(self, method: str, url: str, want_body: bool | None) -> _Reply:
        """Exactly one HTTP request, under the host's slot; errors become ``_Reply.error``."""
        parts = urlsplit(url)
        try:
            self.guard.resolve(parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80))
        except HostNotFound:
            return _Reply(url, error="dns", detail=f"host not found ({parts.hostname})")
        except AddressRefused as exc:
            return _Reply(url, error="refused-address", detail=str(exc).split(": ", 1)[-1])
        except ValueError as exc:
            return _Reply(url, error="invalid", detail=f"invalid URL ({exc})")
        host = self._host(url)
        with host.slots:
            host.wait_turn(self._deadline)
            remaining = max(0.1, self._deadline - time.monotonic())
            timeout = (
                min(self.options.connect_timeout, remaining),
                min(self.options.read_timeout, remaining),
            )
            with self._lock:
                self._sent += 1
            self._local.sent = getattr(self._local, "sent", 0) + 1
            try:
                response = self._session_for_thread().request(
                    method, url, allow_redirects=False, stream=True, timeout=timeout
                )
            except requests.RequestException as exc:
                reply = _Reply(url, **_classify(exc))
                self._reached = self._reached or reply.error in ("conn-refused", "reset", "timeout")
                return reply
            try:
                return self._reply(url, method, response, want_body)
            finally:
                self._reached = True

    def _reply(self, url: str, method: str, response: requests.Response, want_body: bool | None) -> _Reply:
        headers = {k.lower(): v for k, v in response.headers.items()}
        reply = _Reply(url, response.status_code, headers, reason=response.reason or "")
        if method == "GET" and (want_body or (want_body is None and reply.html)):
            limit = self.options.max_body
        else:  # drain a short body so the connection can be reused; never read a long one
            length = headers.get("content-length", "")
            limit = int(length) if length.isdigit() and int(length) <= self.options.max_body else -1
        reply.body, at_end = self._read(response, limit)
        if at_end:
            response.raw.release_conn()  # fully read: the connection goes back to the pool for reuse
        else:
            response.close()  # unread body left: drop the connection rather than read it all
        return reply

    def _read(self, response: requests.Response, limit: int) -> tuple[bytes, bool]:
        """Up to ``limit`` bytes within ``body_timeout``; (bytes, whether the body ended)."""
        if response.request.method == "HEAD" or response.status_code in (204, 304):
            return b"", True
        if limit < 0:
            return b"", False
        chunks: list[bytes] = []
        total = 0
        stop = time.monotonic() + self.options.body_timeout
        while total <= limit and time.monotonic() < stop:
            try:
                chunk = response.raw.read1(min(16384, limit + 1 - total), decode_content=True)
            except (Urllib3Error, OSError, ValueError):
                break
            if not chunk:
                return b"".join(chunks), True
            chunks.append(chunk)
            total += len(chunk)
        return b"".join(chunks)[:limit], False

    def _session_for_thread(self) -> requests.Session:
        if self._session is not None:
            return self._session
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.trust_env = False  # no proxies or .netrc from the environment: go where the guard says
            session.mount("http://", self._adapter)
            session.mount("https://", self._adapter)
            session.headers.update({"User-Agent": self.options.user_agent, "Accept": "text/html,*/*;q=0.8"})
            self._local.session = session
        return session


_UNREACHABLE = "unreachable:"


def _classify(exc: requests.RequestException) -> dict[str, str]:
    """An exception from requests as an error kind and a short detail."""
    if isinstance(exc, requests.ConnectTimeout):
        return {"error": "connect-timeout", "detail": "connect timed out"}
    if isinstance(exc, requests.Timeout):
        return {"error": "timeout", "detail": "read timed out"}
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema)):
        return {"error": "invalid", "detail": f"invalid URL ({exc})"}
    cause: object = exc.args[0] if exc.args else exc
    if isinstance(cause, MaxRetryError):
        cause = cause.reason
    if isinstance(cause, HostNotFound):
        return {"error": "dns", "detail": "host not found"}
    if isinstance(cause, AddressRefused):
        return {"error": "refused-address", "detail": str(cause).split(": ", 1)[-1]}
    if isinstance(cause, NewConnectionError):
        text = str(cause)
        if f"[Errno {errno.ECONNREFUSED}]" in text:
            return {"error": "conn-refused", "detail": "connection refused"}
        if any(f"[Errno {n}]" in text for n in (errno.ENETUNREACH, errno.EHOSTUNREACH)):
            return {"error": "unreachable", "detail": "no route to host"}
        return {"error": "connect", "detail": "could not connect"}
    if isinstance(cause, ProtocolError) or isinstance(exc, requests.ConnectionError):
        return {"error": "reset", "detail": "connection reset by the server"}
    return {"error": "other", "detail": type(exc).__name__}


def _result(
    request: LinkRequest, status: LinkStatus, code: int | None = None, reason: str = "", **more: str
) -> LinkResult:
    return LinkResult(
        url=request.url,
        status=status,
        code=code or None,
        reason=reason,
        origins=request.origins,
        kind=request.kind,
        doi=request.doi,
        **more,
    )


def _offline(result: LinkResult) -> LinkResult:
    return replace(result, status=LinkStatus.COULD_NOT_CHECK, reason=f"no network ({result.reason})")


def bot_wall(reply: _Reply) -> str:
    """A hint when the answer is a bot wall rather than a verdict on the page, else ''."""
    headers = reply.headers
    if reply.code == 999:
        return "LinkedIn answers 999 to automated requests: check it in a browser or --exclude it"
    if headers.get("cf-mitigated", "").lower() == "challenge":
        return "Cloudflare bot challenge: check it in a browser or --exclude the site"
    if headers.get("x-amzn-waf-action", "").lower() in ("challenge", "captcha"):
        return "AWS WAF challenge: check it in a browser"
    if reply.code in (403, 503) and "cloudflare" in headers.get("server", "").lower():
        if b"challenge-platform" in reply.body or b"Just a moment" in reply.body:
            return "Cloudflare bot challenge: check it in a browser or --exclude the site"
    if reply.code == 403 and ("x-datadome" in headers or "ddos-guard" in headers.get("server", "").lower()):
        return "bot protection (DataDome / DDoS-Guard): check it in a browser"
    return ""


def is_home(original: str, final: str) -> bool:
    """A deep link that ended on the site's root page: the classic soft 404."""
    before, after = urlsplit(original), urlsplit(final)
    deep = before.path.strip("/") != "" or bool(before.query)
    home = after.path.strip("/").lower() in ("", "index.html", "index.php", "home") and not after.query
    return deep and home and _site(before.hostname) == _site(after.hostname)


def _site(hostname: str | None) -> str:
    host = (hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def _text(fragment: bytes) -> str:
    text = _TAG_RE.sub(" ", fragment.decode("utf-8", "replace"))
    return " ".join(text.split())[:200]


def page_title(body: bytes) -> str:
    match = _TITLE_RE.search(body)
    return _text(match.group(1)) if match else ""


def page_heading(body: bytes) -> str:
    match = _H1_RE.search(body)
    return _text(match.group(1)) if match else ""


def check_links(
    requests_: Sequence[LinkRequest],
    options: CheckOptions | None = None,
    *,
    cache: LinkCache | None = None,
    offline: bool = False,
    resolver: Resolver | None = None,
    session: requests.Session | None = None,
    progress: Callable[[LinkResult], None] | None = None,
) -> CheckRun:
    """Check links and return every verdict: the one-call API the CLI and the benchmark use."""
    checker = Checker(options, session=session, resolver=resolver)
    return checker.run(requests_, cache=cache, offline=offline, progress=progress)
