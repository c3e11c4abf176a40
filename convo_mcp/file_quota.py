"""The monthly AI-generation count shared by the processes of one user through the cache file.

A second chat's server, or the server after a restart, learned the quota from a cached profile
read before the first one spent: it said "10/10 left" while Convo had 9. Here the count lives in the
account's cache file beside the budget, with the rule the Redis counter follows: a profile can lower
the shared count but never raise it (a cached profile is older than our own spending) unless it
describes another month or limit; a reservation takes one atomically, in one write transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Awaitable, Callable
from datetime import datetime

from convo_mcp.convo import guards
from convo_mcp.convo.models import Profile
from convo_mcp.errors import SharedUnavailable
from convo_mcp.log import get_logger
from convo_mcp.quota import PooledQuotaTracker, QuotaState
from convo_mcp.store import SQLiteStore

log = get_logger("convo_mcp.file_quota")


def _month(state: QuotaState) -> str:
    return state.resets_at.isoformat() if state.resets_at else ""


class FileQuotaTracker(PooledQuotaTracker):
    """The quota as :class:`~convo_mcp.quota.QuotaTracker` keeps it, with the count shared through
    the cache file; falls back to the local count when the file cannot be written."""

    def __init__(self, load_profile: Callable[[], Awaitable[Profile]], store: SQLiteStore,
                 *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(load_profile, clock=clock)
        self._store = store

    async def _transact(self, fn: Callable[[sqlite3.Connection], int | None]) -> int | None:
        try:
            return await self._store.transact(fn)
        except (sqlite3.Error, OSError) as exc:
            log.warning("quota.file_unavailable", error=type(exc).__name__)
            raise SharedUnavailable("the cache file") from exc

    def _adopt(self, remaining: int | None) -> None:
        if remaining is not None and self.state.limit is not None:
            self.state.remaining = remaining

    def learn(self, profile: Profile) -> None:
        super().learn(profile)
        limit, remaining, month = self.state.limit, self.state.remaining, _month(self.state)
        if limit is None or remaining is None:
            return  # unlimited: nothing to count

        def step(c: sqlite3.Connection) -> int | None:
            row = c.execute("SELECT lim, remaining, resets_at FROM quota WHERE id = 1").fetchone()
            if row is None or row[0] != limit or row[2] != month or remaining < row[1]:
                c.execute("INSERT OR REPLACE INTO quota (id, lim, remaining, resets_at) VALUES (1, ?, ?, ?)",
                          (limit, remaining, month))
                return remaining
            return int(row[1])

        async def push() -> None:
            self._adopt(await self._transact(step))

        self._later(push)

    async def settle(self) -> None:
        """Wait for this process's updates, then take the count every process has spent down to."""
        await self._settled()
        state = self.state
        if not state.known or state.limit is None:
            return
        limit, month = state.limit, _month(state)

        def read(c: sqlite3.Connection) -> int | None:
            row = c.execute("SELECT lim, remaining, resets_at FROM quota WHERE id = 1").fetchone()
            return int(row[1]) if row is not None and row[0] == limit and row[2] == month else None

        with contextlib.suppress(sqlite3.Error, OSError):  # a read, not a write: no lock taken for it
            self._adopt(await self._store.read(read))

    async def current(self) -> QuotaState:
        await self.settle()
        state = await super().current()
        await self.settle()
        return state

    async def reserve(self) -> bool:
        """Take the generation in the file: two processes never both send the POST for the last one."""
        state = await self.check()
        if state.remaining is None:
            return False
        limit, month = state.limit, _month(state)

        def take(c: sqlite3.Connection) -> int | None:
            row = c.execute("SELECT lim, remaining, resets_at FROM quota WHERE id = 1").fetchone()
            if row is None or row[0] != limit or row[2] != month:
                return None
            if row[1] <= 0:
                return -1
            c.execute("UPDATE quota SET remaining = ? WHERE id = 1", (row[1] - 1,))
            return int(row[1]) - 1

        try:
            left = await self._transact(take)
        except SharedUnavailable:
            left = None
        if left is None:
            return await super().reserve()
        if left < 0:
            self.state.remaining = 0
            guards.check_ai_quota(0, state.resets_at)
        self.state.remaining = left
        return True

    def refund(self, credits: int = 1) -> None:
        super().refund(credits)

        def step(c: sqlite3.Connection) -> int | None:
            c.execute("UPDATE quota SET remaining = MIN(lim, remaining + ?) WHERE id = 1", (credits,))
            row = c.execute("SELECT remaining FROM quota WHERE id = 1").fetchone()
            return int(row[0]) if row else None

        async def push() -> None:
            self._adopt(await self._transact(step))

        self._later(push)

    def exhausted(self, resets_at: datetime | None = None) -> None:
        super().exhausted(resets_at)

        def step(c: sqlite3.Connection) -> int | None:
            c.execute("UPDATE quota SET remaining = 0 WHERE id = 1")
            return None

        async def push() -> None:
            await self._transact(step)

        self._later(push)
