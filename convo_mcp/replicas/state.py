"""State shared by replicas: what the App wires in when ``CONVO_MCP_REDIS_URL`` is set.

:func:`open_shared` opens the Redis link and its components for one account; :class:`SharedState`
hands the App a Redis cache layer, a shared request budget, a shared AI-quota counter,
single-flight locks, webhook de-duplication marks, and a pub/sub link that replays other replicas'
notifications and cache invalidations locally. The Redis modules are imported only here, lazily,
so a server without ``CONVO_MCP_REDIS_URL`` never needs the ``redis`` package.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from convo_mcp.account import Account
from convo_mcp.config import Settings
from convo_mcp.errors import ConfigError

if TYPE_CHECKING:
    from convo_mcp.cache import Cache
    from convo_mcp.convo.models import Profile
    from convo_mcp.notify import Notifier
    from convo_mcp.replicas.budget import SharedRateGovernor
    from convo_mcp.replicas.connection import RedisLink
    from convo_mcp.replicas.flights import RedisFlights
    from convo_mcp.replicas.quota import SharedQuotaTracker
    from convo_mcp.replicas.relay import RedisEvents
    from convo_mcp.replicas.store import RedisStore

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
    flights: RedisFlights
    events: RedisEvents
    origin: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    _listener: asyncio.Task[None] | None = None

    @property
    def status(self) -> str:
        """"redis" while reachable, "degraded" while each replica works on its own."""
        return self.link.status

    async def check(self) -> str:
        """Readiness: ping Redis (at most once per retry interval while it is down)."""
        if self.link.usable:
            await self.link.ping()
        return self.status

    def governor(self, *, clock: Callable[[], float] = time.time) -> SharedRateGovernor:
        from convo_mcp.replicas.budget import RedisBudget, SharedRateGovernor

        s = self.settings
        lease = s.ai_timeout + s.connect_timeout + LEASE_MARGIN
        return SharedRateGovernor(RedisBudget(self.link, self.namespace), self.link, max_wait=s.retry_after_cap,
                                  lease=lease, clock=clock)

    def quota(self, load_profile: Callable[[], Awaitable[Profile]], *,
              clock: Callable[[], float] = time.time) -> SharedQuotaTracker:
        from convo_mcp.replicas.quota import SharedQuotaTracker

        return SharedQuotaTracker(load_profile, self.link, self.namespace, clock=clock)

    def start(self, notifier: Notifier, cache: Callable[[], Cache | None]) -> None:
        """Start replaying other replicas' notifications and invalidations here (idempotent):
        ``notifier`` tells this process's subscribers, ``cache()`` is this process's cache (None
        before its service is built)."""

        async def replay(message: dict[str, Any]) -> None:
            kind = message.get("k")
            if kind == "updated" and isinstance(message.get("u"), str):
                await notifier.resource_updated(message["u"], local_only=True)
            elif kind == "list_changed":
                await notifier.resources_list_changed(local_only=True)
            elif kind == "invalidate" and (local := cache()) is not None:
                items = [i for i in message.get("i") or [] if isinstance(i, str)]
                await local.invalidate_local("keys" if message.get("m") == "keys" else "prefix", items)

        async def resync() -> None:
            """Invalidations sent while Redis was unreachable were lost: drop the private copies."""
            if (local := cache()) is not None:
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
        from convo_mcp.replicas.connection import RedisLink
        from convo_mcp.replicas.flights import RedisFlights
        from convo_mcp.replicas.relay import RedisEvents
        from convo_mcp.replicas.store import RedisStore
    except ImportError as exc:
        raise SharedConfigError(
            "CONVO_MCP_REDIS_URL is set but the redis package is missing: pip install 'convo-mcp[redis]'."
        ) from exc
    account = settings.account()
    url = settings.redis_url.get_secret_value().strip()
    link = RedisLink.from_url(url, timeout=settings.redis_timeout, retry_every=settings.redis_retry_interval)
    namespace = account_namespace(account)
    replica = origin or uuid.uuid4().hex[:12]
    # A holder's lock outlives its slowest call: waiters only load themselves once it surely failed.
    flights = RedisFlights(link, namespace, max_wait=settings.ai_timeout + settings.connect_timeout + 5.0)
    return SharedState(
        settings=settings,
        link=link,
        namespace=namespace,
        store=RedisStore(link, namespace, stale_retention=settings.redis_stale_retention),
        flights=flights,
        events=RedisEvents(link, namespace, replica, retry_every=settings.redis_retry_interval),
        origin=replica,
    )
