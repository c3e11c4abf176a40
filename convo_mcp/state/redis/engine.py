"""Replicas on one key without a database: Redis holds the cache layer, single-flight leases and
results, the request budget, the AI count, webhook marks and the relay of notifications and
invalidations; OAuth mode's sign-ins too. Each replica keeps its own search index file (filled on the
way, by webhooks and by ``convo-mcp index``: without a database no background indexer runs, since
each would take a share of one budget)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from convo_mcp.state.base import AccountState, open_index

if TYPE_CHECKING:
    from convo_mcp.config import Settings
    from convo_mcp.state.base import AuthStore, Leases, Relay
    from convo_mcp.state.redis.shared import SharedState
    from convo_mcp.state.sqlite.engine import SQLiteEngine
    from convo_mcp.types import Clock


class RedisEngine:
    name = "redis"
    turns = False  # no background indexer: each replica would take a share of one budget

    def __init__(self, url: str, files: SQLiteEngine) -> None:
        self.url, self.files = url, files

    def relay(self, settings: Settings) -> SharedState | None:
        from convo_mcp.state.redis.shared import open_shared

        return open_shared(settings) if settings.has_key else None

    def account(self, settings: Settings, *, clock: Clock, relay: Relay | None = None) -> AccountState:
        from convo_mcp.state.redis.shared import SharedState

        if not isinstance(relay, SharedState):  # no link for this account: what one process keeps
            return self.files.account(settings, clock=clock)
        return AccountState(
            cache=relay.store, flights=relay.flights, governor=relay.governor(clock=clock), quota=relay.quota,
            index=open_index(settings, lambda: self.files.index(settings, clock=clock)),
            relay=relay)

    def auth_store(self, settings: Settings, *, clock: Clock) -> AuthStore:
        from convo_mcp.state.redis.auth import RedisAuthStore

        return RedisAuthStore(self.url)

    def leases(self, account_id: str, *, clock: Clock) -> Leases | None:
        return None  # walkers run only on a database
