"""Wiring: what a service is made of, from settings, a transport, a clock and shared state.

:func:`build_service` is a pure composition function (no lifecycle, no globals): the Convo client,
the cache layers (memory, then Redis with replicas or the account's SQLite file), single-flight
coordination, the account's search index and the webhook secrets, put together into one
:class:`~convo_mcp.service.ConvoService`. :class:`~convo_mcp.app.App` calls it once and runs what
it returns; tests and benches may call it directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from convo_mcp.config import Settings
from convo_mcp.log import get_logger
from convo_mcp.types import Clock, Sleep

if TYPE_CHECKING:
    import httpx

    from convo_mcp.cache import FlightCoordinator
    from convo_mcp.convo.ratelimit import RateGovernor
    from convo_mcp.replicas import SharedState
    from convo_mcp.search.backend import IndexBackend
    from convo_mcp.search.filler import Indexer
    from convo_mcp.service import ConvoService, QuotaFactory
    from convo_mcp.store import SQLiteStore, Store
    from convo_mcp.webhooks.secrets import WebhookSecrets

log = get_logger("convo_mcp.wiring")
BackendFactory = Callable[[Settings], "IndexBackend"]  # the account's settings → its search backend


def build_service(
    settings: Settings, *, transport: httpx.AsyncBaseTransport | None = None, clock: Clock = time.time,
    sleep: Sleep | None = None, shared: SharedState | None = None, extra_layers: list[Store] | None = None,
    secrets: WebhookSecrets | None = None, demo: bool = False, backend: BackendFactory | None = None,
) -> ConvoService:
    """The service of the account ``settings`` names (NotConfiguredError without a key); ``backend``
    makes its search index (default: the account's SQLite FTS5 file)."""
    from convo_mcp.cache import Cache
    from convo_mcp.convo.client import ConvoClient
    from convo_mcp.service import ConvoService
    from convo_mcp.store import MemoryStore

    governor: RateGovernor | None = shared.governor(clock=clock) if shared is not None else None
    quota: QuotaFactory | None = None
    layers: list[Store] = [MemoryStore(settings.memory_cache_entries, clock=clock)]
    coordinator: FlightCoordinator | None = None
    db = settings.database() if settings.persistent_cache else None
    if db is not None:  # the durable cache in the shared database (Redis, if any, keeps counters and flights)
        from convo_mcp.pg_store import PostgresStore

        layers.append(PostgresStore(db, settings.data_id(), clock=clock))
        coordinator = shared.flights if shared is not None else None
    elif shared is not None:
        layers.append(shared.store)
        coordinator = shared.flights
    elif settings.persistent_cache and (disk := disk_layer(settings, clock)) is not None:
        from convo_mcp.convo.pooled import SharedRateGovernor
        from convo_mcp.file_budget import SQLiteBudget
        from convo_mcp.file_quota import FileQuotaTracker
        from convo_mcp.leases import SQLiteFlights

        layers.append(disk)
        # Processes sharing the file load each item once between them, and spend one budget.
        coordinator = SQLiteFlights(disk, max_wait=settings.ai_timeout + settings.connect_timeout + 5)
        budget = SQLiteBudget(disk, clock=clock)
        quota = partial(FileQuotaTracker, store=disk)
        governor = SharedRateGovernor(budget, budget, max_wait=settings.retry_after_cap,
                                      lease=settings.ai_timeout + settings.connect_timeout + 30, clock=clock)
    client = ConvoClient(settings, transport=transport, governor=governor, clock=clock, sleep=sleep)
    cache = Cache([*layers, *(extra_layers or [])], clock=clock, coordinator=coordinator)
    if shared is not None:
        cache.on_invalidate = shared.events.invalidation
    index = build_index(settings, clock, backend)
    service = ConvoService(client, cache, settings, clock=clock, secrets=secrets,
                           quota=shared.quota if shared is not None else quota, index=index, demo=demo)
    if index is not None:
        from convo_mcp.search.service import Search

        service.search = Search(service, index)
    return service


def build_index(settings: Settings, clock: Clock = time.time, backend: BackendFactory | None = None) -> Indexer | None:
    """The account's full-text index (rows in the shared database when one is configured, else a
    file beside the cache), or None when turned off or unusable."""
    if not settings.search_index:
        return None
    from convo_mcp.search.filler import Indexer
    from convo_mcp.search.index import SQLiteIndex
    from convo_mcp.search.meaning import shared_embedder

    try:
        if backend is not None:
            return Indexer(backend(settings))
        meaning = shared_embedder() if settings.search_vectors else None
        if (db := settings.database()) is not None:  # one index for every replica, rows keyed by the account
            from convo_mcp.search.postgres import PostgresIndex

            return Indexer(PostgresIndex(db, settings.data_id(), clock=clock, meaning=meaning))
        return Indexer(SQLiteIndex(settings.account().index_file(settings.cache_dir), clock=clock, meaning=meaning))
    except Exception as exc:  # search degrades to "not indexed"; every other tool works
        log.warning("search.index_unavailable", error=type(exc).__name__)
        return None


def disk_layer(settings: Settings, clock: Clock = time.time) -> SQLiteStore | None:
    """The account's persistent cache file, or None when it cannot be opened (logged; the server
    carries on with memory only)."""
    from convo_mcp.store import SQLiteStore

    path = settings.account().cache_file(settings.cache_dir)
    try:
        return SQLiteStore.open(path, clock=clock)
    except Exception as exc:  # a cache problem must never stop the server
        log.warning("cache.persistent_unavailable", error=type(exc).__name__)
        return None
