"""Which hosts bibkit may connect to, and connections that go only where the check said.

A pull request in CI can put any URL in a .bib file, so the checker must not become a way to
probe the runner's network: only http(s) is fetched, link-local and cloud-metadata addresses are
always refused, and private/loopback ranges only with ``allow_private``. The host is resolved
once per run by ``Guard.resolve`` (a stub resolver can be passed in, which is how the tests map
test host names to 127.0.0.1 without DNS), the addresses are checked, and the connection is made
to a checked address (so DNS rebinding between check and connect cannot redirect it).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable, Mapping

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NameResolutionError, NewConnectionError
from urllib3.util.connection import create_connection

Resolver = Callable[[str, int], list[str]]

_ALWAYS_REFUSED = (
    ipaddress.ip_network("169.254.0.0/16"),  # link-local, AWS/GCP/Azure metadata at 169.254.169.254
    ipaddress.ip_network("fe80::/10"),
    ipaddress.ip_network("fd00:ec2::254/128"),  # AWS metadata over IPv6
    ipaddress.ip_network("0.0.0.0/8"),
)


class HostNotFound(NameResolutionError):
    """DNS gave no address for the host."""


class AddressRefused(NewConnectionError):
    """The host resolves to an address bibkit will not connect to."""


def system_resolver(host: str, port: int) -> list[str]:
    """All addresses of ``host`` from the system resolver (getaddrinfo), IPv4 and IPv6."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def stub_resolver(table: Mapping[str, str | list[str]]) -> Resolver:
    """A resolver answering from ``table`` only; any other name fails like NXDOMAIN (tests)."""

    def resolve(host: str, port: int) -> list[str]:
        found = table.get(host.lower())
        if found is None:
            raise socket.gaierror(socket.EAI_NONAME, f"{host}: not in stub resolver")
        return [found] if isinstance(found, str) else list(found)

    return resolve


def refusal(address: str, allow_private: bool) -> str:
    """Why bibkit will not connect to ``address``, or '' when it may."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if any(ip in net for net in _ALWAYS_REFUSED):
        return f"refused address {ip} (link-local / cloud metadata)"
    if allow_private:
        return ""
    if ip.is_loopback or ip.is_private or ip.is_reserved or ip.is_multicast or ip.is_unspecified:
        return f"refused private address {ip} (use --allow-private)"
    return ""


class Guard:
    """Resolves each host once per run and keeps only addresses the policy allows."""

    def __init__(self, resolver: Resolver | None = None, allow_private: bool = False):
        self._resolver = resolver or system_resolver
        self.allow_private = allow_private
        self._cache: dict[tuple[str, int], list[str] | tuple[type, str]] = {}
        self._lock = threading.Lock()

    def resolve(self, host: str, port: int) -> list[str]:
        """Allowed addresses for host:port; raises HostNotFound or AddressRefused (cached per run)."""
        key = (host.lower().strip("[]"), port)
        with self._lock:
            found = self._cache.get(key)
        if found is None:
            found = self._lookup(*key)
            with self._lock:
                self._cache[key] = found
        if isinstance(found, tuple):
            error, message = found
            raise error(host, None, message) if error is HostNotFound else error(None, message)
        return found

    def _lookup(self, host: str, port: int) -> list[str] | tuple[type, str]:
        try:
            addresses = [str(ipaddress.ip_address(host))]  # a literal address needs no DNS
        except ValueError:
            try:
                addresses = self._resolver(host, port)
            except (OSError, UnicodeError) as exc:
                return (HostNotFound, f"host not found ({exc})")
        if not addresses:
            return (HostNotFound, "host not found (no address)")
        allowed = [a for a in addresses if not refusal(a, self.allow_private)]
        if not allowed:
            return (AddressRefused, refusal(addresses[0], self.allow_private))
        return allowed


class _GuardedConnectionMixin:
    """Connects to the guard's checked address instead of resolving the host again."""

    guard: Guard

    def _new_conn(self) -> socket.socket:
        try:
            addresses = self.guard.resolve(self.host, self.port)  # type: ignore[attr-defined]
        except (HostNotFound, AddressRefused) as exc:
            exc.conn = self  # type: ignore[attr-defined]
            raise
        last: OSError | None = None
        for address in addresses:
            try:
                return create_connection(
                    (address, self.port),  # type: ignore[attr-defined]
                    self.timeout,  # type: ignore[attr-defined]
                    source_address=self.source_address,  # type: ignore[attr-defined]
                    socket_options=self.socket_options,  # type: ignore[attr-defined]
                )
            except OSError as exc:
                last = exc
        return self._new_conn_failed(last)

    def _new_conn_failed(self, error: OSError | None) -> socket.socket:
        from urllib3.exceptions import ConnectTimeoutError

        if isinstance(error, socket.timeout):
            raise ConnectTimeoutError(self, f"Connection to {self.host} timed out")  # type: ignore[attr-defined]
        raise NewConnectionError(self, f"Failed to establish a new connection: {error}")


def guarded_adapter(guard: Guard, pool_size: int) -> HTTPAdapter:
    """A requests adapter whose connections go through ``guard`` and whose pool fits the workers."""
    http_conn = type("GuardedHTTPConnection", (_GuardedConnectionMixin, HTTPConnection), {"guard": guard})
    https_conn = type("GuardedHTTPSConnection", (_GuardedConnectionMixin, HTTPSConnection), {"guard": guard})
    pools = {
        "http": type("GuardedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http_conn}),
        "https": type("GuardedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https_conn}),
    }
    adapter = HTTPAdapter(pool_connections=64, pool_maxsize=pool_size, max_retries=0)
    adapter.poolmanager.pool_classes_by_scheme = pools
    return adapter
