"""One account's link to Redis: what the account's replicas share there.

:func:`open_shared` opens the link and its parts for one account: the cache layer, single-flight
leases and results, the request budget, the AI count, webhook de-duplication marks, and the pub/sub
relay that replays other replicas' notifications and cache invalidations here
(:class:`SharedState` is the account's :class:`~convo_mcp.state.base.Relay`). The Redis modules are
imported only here, lazily, so a server without ``CONVO_MCP_REDIS_URL`` never needs the ``redis``
package.

Every key of one Convo account lives under ``convo-mcp:{account}:`` where ``account`` is
:attr:`~convo_mcp.account.Account.id` (a digest of the base URL and key); the key itself never reaches
Redis. Redis is an accelerator, never a point of failure for what one process can do alone: every
operation goes through :class:`~.connection.RedisLink`, which fails fast while Redis is down, and
each part then falls back to what one process does on its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from convo_mcp.account import Account
from convo_mcp.config import Settings
from convo_mcp.errors import ConfigError

if TYPE_CHECKING:
    from convo_mcp.convo.models import Profile
    from convo_mcp.convo.pooled import SharedRateGovernor
    from convo_mcp.state.base import Listener, LocalCopies, Store
    from convo_mcp.state.flights import LeasedFlights
    from convo_mcp.state.redis.connection import RedisLink
    from convo_mcp.state.redis.leases import RedisLeases
    from convo_mcp.state.redis.quota import SharedQuotaTracker
    from convo_mcp.state.redis.relay import RedisEvents
    from convo_mcp.state.redis.store import RedisStore

NAMESPACE_ROOT = "convo-mcp"
LEASE_MARGIN = 30.0  # a budget reservation outlives the slowest request by this much


class SharedConfigError(ConfigError):
    """``CONVO_MCP_REDIS_URL`` is set but cannot be used (the redis package is missing)."""


def account_namespace(account: Account) -> str:
    """The account's Redis key prefix, named by :attr:`Account.id` (never the key)."""
    return f"{NAMESPACE_ROOT}:{account.id}:"


@dataclass
class SharedState:
    settings: Settings
    link: RedisLink
    namespace: str
    store: RedisStore
    leases: RedisLeases
    flights: LeasedFlights
    events: RedisEvents
    origin: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    _listener: asyncio.Task[None] | None = None

    @property
    def status(self) -> str:
        """"redis" while reachable, "degraded" while each replica works on its own."""
        return self.link.status

    @property
    def dedup(self) -> Store:
        return self.store

    async def check(self) -> str:
        """Readiness: ping Redis (at most once per retry interval while it is down)."""
        if self.link.usable:
            await self.link.ping()
        return self.status

    async def notification(self, kind: str, uri: str | None) -> None:
        await self.events.notification(kind, uri)

    async def invalidation(self, kind: str, items: Sequence[str]) -> None:
        await self.events.invalidation(kind, items)

    def governor(self, *, clock: Callable[[], float] = time.time) -> SharedRateGovernor:
        from convo_mcp.convo.pooled import SharedRateGovernor
        from convo_mcp.state.redis.budget import RedisBudget

        s = self.settings
        lease = s.ai_timeout + s.connect_timeout + LEASE_MARGIN
        return SharedRateGovernor(RedisBudget(self.link, self.namespace), self.link, max_wait=s.retry_after_cap,
                                  lease=lease, clock=clock)

    def quota(self, load_profile: Callable[[], Awaitable[Profile]], *,
              clock: Callable[[], float] = time.time) -> SharedQuotaTracker:
        from convo_mcp.state.redis.quota import SharedQuotaTracker

        return SharedQuotaTracker(load_profile, self.link, self.namespace, clock=clock)

    def start(self, listener: Listener, copies: Callable[[], LocalCopies | None]) -> None:
        """Start replaying other replicas' notifications and invalidations here (idempotent):
        ``listener`` tells this process's subscribers, ``copies()`` is this process's cache (None
        before its service is built)."""

        async def replay(message: dict[str, Any]) -> None:
            kind = message.get("k")
            if kind == "updated" and isinstance(message.get("u"), str):
                await listener.resource_updated(message["u"], local_only=True)
            elif kind == "list_changed":
                await listener.resources_list_changed(local_only=True)
            elif kind == "invalidate" and (local := copies()) is not None:
                items = [i for i in message.get("i") or [] if isinstance(i, str)]
                await local.invalidate_local("keys" if message.get("m") == "keys" else "prefix", items)

        async def resync() -> None:
            """Invalidations sent while Redis was unreachable were lost: drop the private copies."""
            if (local := copies()) is not None:
                await local.invalidate_local("prefix", [""])

        if self._listener is None or self._listener.done():
            self._listener = asyncio.get_running_loop().create_task(
                self.events.listen(replay, resync=resync), name="convo-mcp:shared-events"
            )

    async def stop(self) -> None:
        task, self._listener = self._listener, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.link.aclose()


def open_shared(settings: Settings, *, origin: str | None = None) -> SharedState | None:
    """Shared state for ``settings``, or None when no Redis URL is configured."""
    if settings.redis_url is None or not settings.redis_url.get_secret_value().strip():
        return None
    try:
        from convo_mcp.state.flights import LeasedFlights
        from convo_mcp.state.redis.connection import RedisLink
        from convo_mcp.state.redis.leases import RedisLeases, RedisResults
        from convo_mcp.state.redis.relay import RedisEvents
        from convo_mcp.state.redis.store import RedisStore
    except ImportError as exc:
        raise SharedConfigError(
            "CONVO_MCP_REDIS_URL is set but the redis package is missing: pip install 'convo-mcp[redis]'."
        ) from exc
    account = settings.account()
    url = settings.redis_url.get_secret_value().strip()
    link = RedisLink.from_url(url, timeout=settings.redis_timeout, retry_every=settings.redis_retry_interval)
    namespace = account_namespace(account)
    replica = origin or uuid.uuid4().hex[:12]
    leases = RedisLeases(link, namespace)
    # A holder's lease outlives its slowest call: waiters only load themselves once it surely failed.
    flights = LeasedFlights(leases, RedisResults(link, namespace),
                            max_wait=settings.ai_timeout + settings.connect_timeout + 5.0)
    return SharedState(
        settings=settings,
        link=link,
        namespace=namespace,
        store=RedisStore(link, namespace, stale_retention=settings.redis_stale_retention),
        leases=leases,
        flights=flights,
        events=RedisEvents(link, namespace, replica, retry_every=settings.redis_retry_interval),
        origin=replica,
    )
