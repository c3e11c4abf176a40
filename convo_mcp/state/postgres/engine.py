"""A team's engine: one PostgreSQL database holds every account's cache, search index (lines,
vectors and what is derived from them), leases and OAuth mode's sign-ins, for every replica at once;
rows are keyed by the account and kept apart by row-level security (:mod:`.database`). With Redis too,
Redis keeps what changes on every request: the hourly budget, the AI count, single-flight leases and
the relay of notifications and invalidations (:mod:`convo_mcp.state.redis.engine`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from convo_mcp.state.base import AccountState, open_index

if TYPE_CHECKING:
    from convo_mcp.config import Settings
    from convo_mcp.state.base import AuthStore, Leases, Relay
    from convo_mcp.state.postgres.database import Database
    from convo_mcp.state.postgres.store import PostgresPresence
    from convo_mcp.state.redis.engine import RedisEngine
    from convo_mcp.types import Clock


class PostgresEngine:
    turns = True

    def __init__(self, url: str, *, pool: int = 10, wait: float = 30.0, redis: RedisEngine | None = None) -> None:
        self.url, self.pool, self.wait, self.redis = url, pool, wait, redis
        self.name = "postgres+redis" if redis is not None else "postgres"

    @property
    def db(self) -> Database:
        """The process's pool for the URL (opened and migrated at first use)."""
        from convo_mcp.state.postgres.database import database

        return database(self.url, max_size=self.pool, wait=self.wait)

    def open(self) -> None:
        """Reach the database now (``serve`` does before it listens): a fault is raised here, typed."""
        _ = self.db

    def relay(self, settings: Settings) -> Relay | None:
        return self.redis.relay(settings) if self.redis is not None else None

    def account(self, settings: Settings, *, clock: Clock, relay: Relay | None = None) -> AccountState:
        from convo_mcp.state.postgres.index import PostgresStorage
        from convo_mcp.state.postgres.store import PostgresLeases, PostgresStore
        from convo_mcp.state.redis.shared import SharedState

        db, owner = self.db, settings.data_id()
        rows = PostgresStore(db, owner, clock=clock)
        state = AccountState(cache=rows if settings.persistent_cache else None, leases=PostgresLeases(rows),
                             index=open_index(settings, lambda: PostgresStorage(db, owner, clock=clock)))
        if isinstance(relay, SharedState):  # counters, flights and events in Redis
            state.flights, state.governor, state.quota = relay.flights, relay.governor(clock=clock), relay.quota
            state.relay = relay
        return state

    def auth_store(self, settings: Settings, *, clock: Clock) -> AuthStore:
        from convo_mcp.state.postgres.auth import PostgresAuthStore

        return PostgresAuthStore(self.db, clock=clock)

    def presence(self, account_id: str, replica: str, *, clock: Clock) -> PostgresPresence:
        """Where the processes serving one account say they are there (see :mod:`convo_mcp.presence`)."""
        from convo_mcp.state.postgres.store import PostgresPresence, PostgresStore

        return PostgresPresence(PostgresStore(self.db, account_id, clock=clock), replica)

    def leases(self, account_id: str, *, clock: Clock) -> Leases | None:
        from convo_mcp.state.postgres.store import PostgresLeases, PostgresStore

        return PostgresLeases(PostgresStore(self.db, account_id, clock=clock))
