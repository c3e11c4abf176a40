"""Replicas: the state several server processes share through Redis.

Without ``CONVO_MCP_REDIS_URL`` nothing here is used and each process keeps its memory cache and
SQLite file as before. With it, :class:`SharedState` hands the App a Redis cache layer, a shared
request budget, a shared AI-quota counter, single-flight locks, webhook de-duplication marks, and a
pub/sub link that replays other replicas' notifications and cache invalidations locally.

Every key of one Convo account lives under ``convo-mcp:{account}:`` where ``account`` is the first
16 hex digits of SHA-256(base URL, API key) (see :func:`account_namespace`); the key itself never
reaches Redis.

Redis is an accelerator, never a point of failure. Every operation goes through
:class:`~convo_mcp.replicas.connection.RedisLink`, which uses short socket timeouts; the first
failure logs one warning and marks the link down, and for ``retry_every`` seconds afterwards
operations fail at once without touching the network. Each component then falls back to what a
single process does on its own: the memory cache, the local
:class:`~convo_mcp.convo.ratelimit.RateGovernor`, the local AI-quota count, in-process single-flight and
per-process webhook marks. The first operation that succeeds again logs the recovery.

One module per job (only :mod:`.state` is imported here; the others import ``redis`` and are
loaded when a Redis URL is configured):

- :mod:`.state`: :class:`SharedState` and :func:`open_shared`, the wiring the App uses
- :mod:`.connection`: :class:`~.connection.RedisLink` (fail fast, one warning, retry) and
  :class:`~.connection.SharedUnavailable`
- :mod:`.store`: :class:`~.store.RedisStore`, cache entries and webhook marks
- :mod:`.budget`: :class:`~.budget.RedisBudget` (Lua) and :class:`~.budget.SharedRateGovernor`
- :mod:`.quota`: :class:`~.quota.SharedQuotaTracker`, the monthly AI-generation count
- :mod:`.flights`: :class:`~.flights.RedisFlights`, single-flight locks across replicas
- :mod:`.relay`: :class:`~.relay.RedisEvents`, notifications and invalidations over pub/sub
"""

from convo_mcp.replicas.state import (
    LEASE_MARGIN,
    NAMESPACE_ROOT,
    SharedConfigError,
    SharedState,
    account_namespace,
    open_shared,
)

__all__ = [
    "LEASE_MARGIN",
    "NAMESPACE_ROOT",
    "SharedConfigError",
    "SharedState",
    "account_namespace",
    "open_shared",
]
