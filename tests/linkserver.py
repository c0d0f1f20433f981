"""A real threaded HTTP server on 127.0.0.1 with one path per link-checking behaviour.

Used by tests/test_linkcheck*.py and benchmarks/linkcheck_bench.py. It counts what a polite
checker must not exceed: requests per path and the most requests in progress at once per Host
header (so a test can map ``a.test`` and ``b.test`` to 127.0.0.1 and see each host's load).

Paths (any method unless said):
  /ok/...                 200 small HTML page
  /status/<code>          that status (404, 410, 500, 403 ...)
  /flaky/<name>           503 the first time for each <name>, then 200
  /ratelimit/<name>       429 with ``Retry-After: 1`` the first time, then 200
  /ratelimit-date/<name>  429 with ``Retry-After: <HTTP date 2 s ahead>`` the first time, then 200
  /head405/..., /head403/...   HEAD refused with that code, GET 200
  /r/<code>/<rest>        <code> redirect to /<rest>   (/r/301/r/308/ok/x is a 301 -> 308 chain)
  /loop/a, /loop/b        302 to each other
  /gone                   301 to / (a removed page sent to the home page)
  /to-metadata            302 to the cloud metadata address (must be refused)
  /                       200 home page
  /drip                   HEAD 405; GET 200 whose body comes one byte every 50 ms
  /reset                  connection reset without an answer
  /hang                   no answer until the server stops (or ``hang_seconds``)
  /soft404                200 HTML whose title says "Page not found"
  /huge                   HEAD 405; GET 200 HTML claiming 1 GiB, written until the client goes
  /cf                     403 with ``cf-mitigated: challenge`` (Cloudflare bot wall)
  /linkedin               999 (LinkedIn)
  /api/handles/<doi>      DOI handle API: 200 for DOIs in ``registered_dois``, else 404
  /wayback/available      Wayback availability API stand-in (closest snapshot to ``timestamp``)
Host ``soft.test`` (map it to 127.0.0.1): every path answers 200 "Page not found", except /real.
"""

from __future__ import annotations

import email.utils
import json
import socket
import struct
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from urllib.parse import parse_qs, unquote, urlsplit

PAGE = "<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>"
REGISTERED_DOIS = frozenset({"10.1038/nature14539", "10.1145/3292500.3330701"})

#: (path, expected verdict, what it exercises, host or "" for 127.0.0.1) for every failure mode;
#: the benchmark adds 1,000 /ok/ pages. ``soft.test`` must be mapped to 127.0.0.1 by the resolver.
CASES: tuple[tuple[str, str, str, str], ...] = (
    ("/status/404", "broken", "404", ""),
    ("/status/410", "broken", "410", ""),
    ("/status/500", "broken", "500 after retries", ""),
    ("/flaky/bench", "ok", "503 then 200", ""),
    ("/ratelimit/bench", "ok", "429 Retry-After seconds", ""),
    ("/ratelimit-date/bench", "ok", "429 Retry-After HTTP date", ""),
    ("/head405/page", "ok", "HEAD 405, GET 200", ""),
    ("/head403/page", "ok", "HEAD 403, GET 200", ""),
    ("/r/301/r/308/ok/moved", "redirected", "301 -> 308 chain", ""),
    ("/r/302/ok/temp", "ok", "302 temporary", ""),
    ("/loop/a", "broken", "redirect loop", ""),
    ("/gone", "suspect", "redirect to home", ""),
    ("/drip", "ok", "slow drip body", ""),
    ("/reset", "broken", "connection reset", ""),
    ("/hang", "timeout", "hang", ""),
    ("/gone-article", "suspect", "soft 404 page text", "soft.test"),
    ("/huge", "ok", "huge body", ""),
    ("/cf", "blocked", "Cloudflare challenge", ""),
    ("/linkedin", "blocked", "LinkedIn 999", ""),
)


class LinkServer:
    """Start with ``with LinkServer() as server:``; ``server.url('/ok/1')`` gives a URL to check."""

    def __init__(self, latency: float = 0.0, hang_seconds: float = 30.0, drip_interval: float = 0.05):
        self.latency = latency
        self.hang_seconds = hang_seconds
        self.drip_interval = drip_interval
        self.registered_dois = set(REGISTERED_DOIS)
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self.reset_counters()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = True
        self._httpd.request_queue_size = 256
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05})

    def reset_counters(self) -> None:
        with self._lock:
            self.requests = 0
            self.hits: Counter[str] = Counter()
            self.methods: Counter[str] = Counter()
            self.active: Counter[str] = Counter()
            self.max_active: Counter[str] = Counter()
            self.seen: Counter[str] = Counter()  # per flaky/ratelimit name
            self.huge_bytes = 0

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def start(self) -> LinkServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)

    def __enter__(self) -> LinkServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def enter(self, host: str, method: str, path: str) -> None:
        with self._lock:
            self.requests += 1
            self.hits[path] += 1
            self.methods[method] += 1
            self.active[host] += 1
            self.max_active[host] = max(self.max_active[host], self.active[host])

    def leave(self, host: str) -> None:
        with self._lock:
            self.active[host] -= 1

    def first_time(self, name: str) -> bool:
        with self._lock:
            self.seen[name] += 1
            return self.seen[name] == 1


def _make_handler(server: LinkServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, so connection reuse is exercised

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet tests
            pass

        def do_HEAD(self) -> None:
            self._handle("HEAD")

        def do_GET(self) -> None:
            self._handle("GET")

        def _handle(self, method: str) -> None:
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()
            path = urlsplit(self.path).path
            server.enter(host, method, path)
            try:
                if server.latency:
                    time.sleep(server.latency)
                if host == "soft.test":
                    self._soft_host(method, path)
                else:
                    self._route(method, path)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True
            finally:
                server.leave(host)

        # -- answers ---------------------------------------------------------------------------

        def _send(self, code: int, body: str = "", headers: dict[str, str] | None = None, method: str = "GET"):
            data = body.encode()
            self.send_response(code)
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if method != "HEAD" and data:
                self.wfile.write(data)

        def _page(self, method: str, title: str, code: int = 200, **headers: str) -> None:
            body = PAGE.format(title=title, text="A short test page written for bibkit.")
            self._send(code, body, {"Content-Type": "text/html; charset=utf-8", **headers}, method)

        def _redirect(self, method: str, code: int, location: str) -> None:
            self._send(code, "", {"Location": location}, method)

        def _soft_host(self, method: str, path: str) -> None:
            if path == "/real":
                self._page(method, "An article that exists")
            else:
                self._page(method, "Page not found")

        def _route(self, method: str, path: str) -> None:  # noqa: C901 - one branch per behaviour
            parts = path.strip("/").split("/")
            head = parts[0]
            if path == "/":
                self._page(method, "Home")
            elif head == "ok":
                self._page(method, "Fine page")
            elif head == "status" and len(parts) > 1 and parts[1].isdigit():
                self._page(method, f"Status {parts[1]}", int(parts[1]))
            elif head == "flaky":
                if server.first_time(path):
                    self._page(method, "Service Unavailable", 503)
                else:
                    self._page(method, "Recovered")
            elif head in ("ratelimit", "ratelimit-date"):
                if server.first_time(path):
                    wait = "1" if head == "ratelimit" else email.utils.formatdate(time.time() + 2, usegmt=True)
                    self._page(method, "Too Many Requests", 429, **{"Retry-After": wait})
                else:
                    self._page(method, "Allowed again")
            elif head in ("head405", "head403"):
                if method == "HEAD":
                    self._send(int(head[4:]), "", {}, method)
                else:
                    self._page(method, "GET works")
            elif head == "r" and len(parts) > 2:
                self._redirect(method, int(parts[1]), "/" + "/".join(parts[2:]))
            elif head == "loop":
                self._redirect(method, 302, "/loop/b" if path == "/loop/a" else "/loop/a")
            elif head == "to-metadata":
                self._redirect(method, 302, "http://169.254.169.254/latest/meta-data/")
            elif head == "gone":
                self._redirect(method, 301, "/")
            elif head == "drip":
                self._drip(method)
            elif head == "reset":
                self._reset()
            elif head == "hang":
                server.stopping.wait(server.hang_seconds)
                self.close_connection = True
            elif head == "soft404":
                self._page(method, "Page not found")
            elif head == "huge":
                self._huge(method)
            elif head == "cf":
                headers = {"cf-mitigated": "challenge", "Server": "cloudflare"}
                self._page(method, "Just a moment...", 403, **headers)
            elif head == "linkedin":
                self._send(999, "", {}, method)
            elif head == "api" and parts[1:2] == ["handles"]:
                self._doi(method, unquote("/".join(parts[2:])))
            elif head == "wayback":
                self._wayback(method)
            else:
                self._page(method, "Not Found", 404)

        def _drip(self, method: str) -> None:
            if method == "HEAD":
                self._send(405, "", {}, method)
                return
            body = PAGE.format(title="Slow page", text="x" * 20000).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for byte in body:
                if server.stopping.is_set():
                    break
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(server.drip_interval)
            self.close_connection = True

        def _reset(self) -> None:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.wfile = BytesIO()  # the handler's final flush must not touch the closed socket
            self.close_connection = True

        def _huge(self, method: str) -> None:
            if method == "HEAD":
                self._send(405, "", {}, method)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(1 << 30))
            self.end_headers()
            chunk = b"<p>" + b"x" * 65533
            sent = 0
            while sent < (1 << 30) and not server.stopping.is_set():
                self.wfile.write(chunk)
                sent += len(chunk)
                with server._lock:
                    server.huge_bytes += len(chunk)
            self.close_connection = True

        def _doi(self, method: str, doi: str) -> None:
            known = doi.lower() in server.registered_dois
            code, body = (200, {"responseCode": 1, "handle": doi}) if known else (404, {"responseCode": 100})
            self._send(code, json.dumps(body), {"Content-Type": "application/json"}, method)

        def _wayback(self, method: str) -> None:
            query = parse_qs(urlsplit(self.path).query)
            url = query.get("url", [""])[0]
            stamp = (query.get("timestamp", [""])[0] + "000000")[:14] if query.get("timestamp") else "20200101000000"
            snapshot = {
                "available": True,
                "url": f"http://web.archive.org/web/{stamp}/{url}",
                "timestamp": stamp,
            }
            body = {
                "url": url,
                "archived_snapshots": {"closest": snapshot} if "nosnapshot" not in url else {},
            }
            self._send(200, json.dumps(body), {"Content-Type": "application/json"}, method)

    return Handler
