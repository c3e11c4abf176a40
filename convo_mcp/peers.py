"""Who is asking: the client address of an HTTP request, which every per-address limit counts.

The address is the TCP peer, unless that peer is a reverse proxy named in
``CONVO_MCP_TRUSTED_PROXIES`` (addresses or networks): then it is the rightmost address of
``X-Forwarded-For`` that is not itself a trusted proxy (each proxy appends the address it saw, so
everything left of that can be written by the client and is ignored). A forwarded header from
anyone else is ignored: no client can pick the address it is counted under.

:class:`ClientAddress` puts the answer in the request's ``scope["client"]`` (what every later layer
reads) and in a context variable (:func:`current_address`) for code that has no request at hand,
such as the OAuth provider.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from contextvars import ContextVar

from starlette.types import ASGIApp, Receive, Scope, Send

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
_address: ContextVar[str] = ContextVar("convo_mcp_client_address", default="unknown")


def current_address() -> str:
    """The client address of the HTTP request being served ("unknown" outside one)."""
    return _address.get()


def parse_networks(values: Iterable[str]) -> tuple[Network, ...]:
    """``10.0.0.5``, ``10.0.0.0/8``, ``::1``… as networks; raises ValueError naming a bad entry."""
    out = []
    for value in values:
        value = value.strip()
        if not value:
            continue
        try:
            out.append(ipaddress.ip_network(value, strict=False))
        except ValueError:
            raise ValueError(f"not an IP address or network: {value!r}") from None
    return tuple(out)


def within(address: str, networks: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def client_address(peer: str, forwarded_for: list[str], trusted: tuple[Network, ...]) -> str:
    """The address a request is counted under (see the module's docstring)."""
    if not trusted or not within(peer, trusted):
        return peer
    hops = [h.strip() for value in forwarded_for for h in value.split(",") if h.strip()]
    for hop in reversed(hops):
        if not within(hop, trusted):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return peer  # a garbled hop: count the proxy itself rather than a made-up name
    return peer


class ClientAddress:
    """Resolves each HTTP request's client address once, for every layer after it."""

    def __init__(self, app: ASGIApp, trusted: tuple[Network, ...] = ()) -> None:
        self.app, self.trusted = app, trusted

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        peer, port = scope.get("client") or ("unknown", 0)
        forwarded = [v.decode("latin-1") for k, v in scope["headers"] if k == b"x-forwarded-for"]
        address = client_address(peer, forwarded, self.trusted) if forwarded else peer
        if address != peer:
            scope = {**scope, "client": (address, port)}
        token = _address.set(address)
        try:
            await self.app(scope, receive, send)
        finally:
            _address.reset(token)
