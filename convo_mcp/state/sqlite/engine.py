"""The default engine: files in the data directory, one set per account (``convo-{id}.sqlite3`` for the
cache, ``search-{id}.sqlite3`` for the search index) and ``auth.sqlite3`` for OAuth mode's sign-ins.

The processes of one user (two chats, each with its own server) share the account's files: the
cache, single-flight leases and their results, the hourly budget and the AI count, each decided in
one SQLite write transaction.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from convo_mcp.log import get_logger
from convo_mcp.state.base import AccountState, open_index

if TYPE_CHECKING:
    from convo_mcp.config import Settings
    from convo_mcp.search.storage import Storage
    from convo_mcp.state.base import AuthStore, Leases, Relay
    from convo_mcp.state.sqlite.store import SQLiteStore
    from convo_mcp.types import Clock

log = get_logger("convo_mcp.state")


class SQLiteEngine:
    name = "sqlite"
    turns = False  # the processes of one user on one machine; each walks (one budget between them)

    def relay(self, settings: Settings) -> Relay | None:
        return None

    def account(self, settings: Settings, *, clock: Clock, relay: Relay | None = None) -> AccountState:
        state = AccountState(index=open_index(settings, lambda: self.index(settings, clock=clock)))
        cache = self.cache_file(settings, clock=clock) if settings.persistent_cache else None
        if cache is None:
            if settings.persistent_cache:  # the count other processes share is out of reach: fail closed
                from convo_mcp.quota import UnsharedQuotaTracker

                state.quota = UnsharedQuotaTracker
            return state
        from convo_mcp.convo.pooled import SharedRateGovernor
        from convo_mcp.state.flights import LeasedFlights
        from convo_mcp.state.sqlite.counters import FileQuotaTracker, SQLiteBudget
        from convo_mcp.state.sqlite.store import SQLiteLeases, StoreResults

        # Processes sharing the file load each item once between them, and spend one budget.
        leases = SQLiteLeases(cache, clock=clock)
        budget = SQLiteBudget(cache, clock=clock)
        state.cache, state.leases = cache, leases
        state.flights = LeasedFlights(leases, StoreResults(cache, clock=clock),
                                      max_wait=settings.ai_timeout + settings.connect_timeout + 5)
        state.governor = SharedRateGovernor(budget, budget, max_wait=settings.retry_after_cap,
                                            lease=settings.ai_timeout + settings.connect_timeout + 30, clock=clock)
        state.quota = partial(FileQuotaTracker, store=cache)
        return state

    def cache_file(self, settings: Settings, *, clock: Clock) -> SQLiteStore | None:
        """The account's cache file, or None when it cannot be opened (logged; the server carries on
        with memory only)."""
        from convo_mcp.state.sqlite.store import SQLiteStore

        try:
            return SQLiteStore.open(settings.account().cache_file(settings.cache_dir), clock=clock)
        except Exception as exc:  # a cache problem must never stop the server
            log.warning("cache.persistent_unavailable", error=type(exc).__name__)
            return None

    def index(self, settings: Settings, *, clock: Clock) -> Storage:
        from convo_mcp.state.sqlite.index import SQLiteStorage

        return SQLiteStorage(settings.account().index_file(settings.cache_dir), clock=clock)

    def auth_store(self, settings: Settings, *, clock: Clock) -> AuthStore:
        from convo_mcp.state.sqlite.auth import SQLiteAuthStore

        return SQLiteAuthStore(settings.cache_dir / "auth.sqlite3", clock=clock)

    def leases(self, account_id: str, *, clock: Clock) -> Leases | None:
        return None  # walkers run only on a database
