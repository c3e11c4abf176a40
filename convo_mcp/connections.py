"""Connections that never finish their headers, or sit idle, are dropped before they can hold the
server, and no address holds more than its share.

uvicorn bounds a connection once a request is under way (its body is bounded by
:class:`~convo_mcp.http_app.SlowClientGuard`) and between requests with no bytes (``timeout_keep_alive``),
but not a connection that sends part of a request line or headers and then waits: a thousand of them
used to fill ``limit_concurrency`` and every request, ``/healthz`` included, got 503. So:

- **header deadline**: from a connection's opening, and from the end of each response, the next
  request's headers must be complete within ``CONVO_MCP_HTTP_HEADER_TIMEOUT`` seconds, however
  slowly the bytes come; else the connection is closed.
- **per address**: one client address may hold ``CONVO_MCP_HTTP_CONNECTIONS_PER_CLIENT`` open
  connections, unfinished ones included; more are closed at once. Trusted reverse proxies
  (``CONVO_MCP_TRUSTED_PROXIES``) carry everyone's connections and are not capped.
- **in all**: at most ``max_connections`` (derived from the descriptors this process may open,
  see :mod:`convo_mcp.descriptors`); past it new connections are closed at once instead of a file
  descriptor running out. Idle and unfinished connections are what this closes first, by the
  deadlines above, so requests that are being served keep going.

uvicorn's own ``limit_concurrency`` (which counted every open connection, unfinished ones too) is
not used.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from convo_mcp.log import get_logger
from convo_mcp.peers import Network, within

log = get_logger("convo_mcp.http")


@dataclass
class ConnectionGuard:
    header_timeout: float = 10.0
    per_client: int = 50
    max_connections: int = 4096
    trusted: tuple[Network, ...] = ()
    open: dict[str, int] = field(default_factory=dict)
    total: int = 0
    refused: int = 0  # connections closed at once (per-address cap or the total)
    timed_out: int = 0  # connections closed for headers not finished in time

    def admit(self, address: str) -> bool:
        if self.total >= self.max_connections:
            self.refused += 1
            return False
        held = self.open.get(address, 0)
        if held >= self.per_client and not within(address, self.trusted):
            self.refused += 1
            return False
        self.open[address] = held + 1
        self.total += 1
        return True

    def release(self, address: str) -> None:
        self.total -= 1
        left = self.open.get(address, 1) - 1
        if left > 0:
            self.open[address] = left
        else:
            self.open.pop(address, None)

    def protocol(self) -> type[H11Protocol]:
        """The uvicorn HTTP protocol class bound to this guard (``uvicorn.Config(http=…)``)."""
        guard = self

        class Guarded(GuardedH11Protocol):
            pass

        Guarded.guard = guard
        return Guarded


class GuardedH11Protocol(H11Protocol):
    guard: ConnectionGuard

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._admitted: str | None = None
        self._header_timer: asyncio.TimerHandle | None = None
        address = self.client[0] if self.client else "unknown"
        if not self.guard.admit(address):
            transport.abort()  # nothing to say to a connection over its share; free the descriptor now
            return
        self._admitted = address
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        if getattr(self, "_admitted", None) is not None:
            self.guard.release(self._admitted)  # type: ignore[arg-type]
            self._admitted = None
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if not self._waiting_for_headers():
            self._disarm()  # a request is under way: its body and answer are bounded elsewhere

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self._waiting_for_headers():
            self._arm()  # the next request's headers get the same deadline

    def _waiting_for_headers(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.guard.header_timeout, self._headers_too_slow)

    def _disarm(self) -> None:
        timer: Any = getattr(self, "_header_timer", None)
        if timer is not None:
            timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self._waiting_for_headers() and not self.transport.is_closing():
            self.guard.timed_out += 1
            self.transport.close()
