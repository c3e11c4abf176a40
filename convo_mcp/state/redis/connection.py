"""The connection to Redis and its health: fail fast, warn once, retry later.

Every operation goes through :class:`RedisLink`, which uses short socket timeouts; the first
failure logs one warning and marks the link down, and for ``retry_every`` seconds afterwards
operations fail at once with :class:`SharedUnavailable` without touching the network. The first
operation that succeeds again logs the recovery and runs the ``on_recover`` callbacks.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import MaxConnectionsError, RedisError

from convo_mcp.errors import SharedUnavailable as SharedUnavailable
from convo_mcp.log import get_logger
from convo_mcp.types import Clock

T = TypeVar("T")
log = get_logger("convo_mcp.state")

FAILURES: tuple[type[BaseException], ...] = (RedisError, OSError, TimeoutError)


def describe_url(url: str) -> str:
    """``redis://host:port/db`` without user name or password, for logs and health answers."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or "localhost"
        port = f":{parts.port}" if parts.port else ""
        path = parts.path if parts.path not in ("", "/") else ""
    except ValueError:
        return "redis (unparseable URL)"
    return f"{parts.scheme or 'redis'}://{host}{port}{path}"


def as_bytes(raw: bytes | str) -> bytes:
    """A reply as bytes (the client is opened with ``decode_responses=False``)."""
    return raw.encode() if isinstance(raw, str) else bytes(raw)


def as_number(raw: Any) -> float | None:
    """A numeric reply as a float; None for a missing or empty field."""
    if raw is None or raw in (b"", ""):
        return None
    return float(raw.decode() if isinstance(raw, bytes) else raw)


def _pool_exhausted(exc: BaseException) -> bool:
    return isinstance(exc, MaxConnectionsError) or (
        isinstance(exc, RedisConnectionError) and "no connection available" in str(exc).lower())


class RedisLink:
    """One Redis client plus the up/down bookkeeping shared by every component.

    ``run`` executes one operation. While the link is down, operations raise
    :class:`SharedUnavailable` immediately, except one attempt every ``retry_every`` seconds.
    """

    def __init__(
        self,
        client: Redis,
        *,
        where: str = "redis",
        timeout: float = 1.0,
        retry_every: float = 3.0,
        clock: Clock = time.monotonic,
    ) -> None:
        self.client = client
        self.where = where
        self.timeout = timeout
        self.retry_every = retry_every
        self._clock = clock
        self.healthy = True
        self.down_since: float | None = None
        self._next_try = 0.0
        self.failures = 0
        self.busy = 0  # times every pooled connection was taken and a call had to wait again
        self.on_recover: list[Callable[[], Awaitable[None]]] = []

    POOL = 64  # connections per process; a call waits for a free one rather than failing

    @classmethod
    def from_url(cls, url: str, *, timeout: float = 1.0, retry_every: float = 3.0) -> RedisLink:
        # A blocking pool: under load a call waits (up to 2 x timeout) for a connection. Running out
        # of connections is load, not an outage, and never sends the replica to its local fallback.
        pool = BlockingConnectionPool.from_url(
            url,
            max_connections=cls.POOL,
            timeout=timeout * 2,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 0),  # no silent retries: fail fast, fall back, try again later
            decode_responses=False,
            health_check_interval=0,
        )
        return cls(Redis(connection_pool=pool), where=describe_url(url), timeout=timeout, retry_every=retry_every)

    @property
    def usable(self) -> bool:
        """True when an operation would be attempted (up, or down with a retry due)."""
        return self.healthy or self._clock() >= self._next_try

    @property
    def status(self) -> str:
        return "redis" if self.healthy else "degraded"

    async def run(self, op: Callable[[Redis], Awaitable[T]]) -> T:
        if not self.usable:
            raise SharedUnavailable(self.where)
        for attempt in (1, 2):
            try:
                async with asyncio.timeout(self.timeout * 3):
                    result = await op(self.client)
                break
            except FAILURES as exc:
                if _pool_exhausted(exc) and attempt == 1:
                    self.busy += 1  # load, not an outage: wait for a connection once more
                    continue
                if _pool_exhausted(exc):
                    raise SharedUnavailable(self.where) from exc  # this call only; the link stays up
                self.fail(exc)
                raise SharedUnavailable(self.where) from exc
        if not self.healthy:
            await self._recovered()
        return result

    def fail(self, exc: BaseException) -> None:
        """Mark the link down; the first failure of an outage logs the one warning."""
        self.failures += 1
        self._next_try = self._clock() + self.retry_every
        if self.healthy:
            self.healthy = False
            self.down_since = self._clock()
            log.warning(
                "shared_state.unavailable",
                redis=self.where,
                error=type(exc).__name__,
                fallback="per-process cache, budget, quota and locks",
                retry_every_s=self.retry_every,
            )

    async def _recovered(self) -> None:
        down_for = self._clock() - (self.down_since or self._clock())
        self.healthy = True
        self.down_since = None
        log.info("shared_state.recovered", redis=self.where, down_for_s=round(down_for, 1))
        for callback in list(self.on_recover):
            with contextlib.suppress(Exception):
                await callback()

    async def ping(self) -> bool:
        """Reachable now? (One attempt when due; never raises.)"""
        try:
            await self.run(lambda r: r.ping())
        except SharedUnavailable:
            return False
        return True

    async def aclose(self) -> None:
        with contextlib.suppress(*FAILURES):
            await self.client.aclose()
