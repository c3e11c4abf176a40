"""What the processes of one user share through the account's cache file besides the cache: the
hourly request budget and the monthly AI-generation count.

**The budget.** Two chats open two servers on the same key; without a shared budget each one's
governor knew only its own requests, so together they overshot the window (each believed the last
slot was its own). Here every decision is :func:`~convo_mcp.convo.ratelimit.decide` taken inside one
write transaction, over the figures every process has seen and the requests every process has in
flight: the same rule as one process, now for all of them. In-flight reservations lapse (a process
killed mid-request gives its slot back), and a budget untouched for two hours is unknown again, as
Convo's window has long rolled over by then.

**The AI count.** A second chat's server, or the server after a restart, learned the quota from a
cached profile read before the first one spent: it said "10/10 left" while Convo had 9. Here the count
lives beside the budget, with the rule the Redis counter follows: a profile can lower the shared count
but never raise it (a cached profile is older than our own spending) unless it describes another month
or limit; a reservation takes one atomically, in one write transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TypeVar

from convo_mcp.convo import guards
from convo_mcp.convo.models import Profile
from convo_mcp.convo.ratelimit import BudgetState, RateHeaders, decide, note_limited, note_response
from convo_mcp.errors import SharedUnavailable
from convo_mcp.log import get_logger
from convo_mcp.quota import PooledQuotaTracker, QuotaState
from convo_mcp.state.sqlite.store import SQLiteStore
from convo_mcp.types import Clock

log = get_logger("convo_mcp.state")
R = TypeVar("R")
FORGET_AFTER = 2 * 3600.0
RETRY_AFTER = 5.0  # after the file failed, each process decides alone this long before trying it again


class SQLiteBudget:
    """The account's budget in its cache file: the operations a
    :class:`~convo_mcp.convo.pooled.SharedRateGovernor` needs, each one transaction."""

    def __init__(self, store: SQLiteStore, *, clock: Clock = time.time) -> None:
        self._store = store
        self._clock = clock
        self._down_until = 0.0

    @property
    def usable(self) -> bool:
        return time.monotonic() >= self._down_until

    @property
    def healthy(self) -> bool:
        return self.usable

    async def _transact(self, fn: Callable[[sqlite3.Connection], R]) -> R:
        try:
            return await self._store.transact(fn)
        except (sqlite3.Error, OSError) as exc:
            self._down_until = time.monotonic() + RETRY_AFTER
            log.warning("budget.file_unavailable", error=type(exc).__name__)
            raise SharedUnavailable("the cache file") from exc

    async def acquire(self, now: float, token: str, lease_until: float) -> tuple[bool, float | None, BudgetState]:
        def step(c: sqlite3.Connection) -> tuple[bool, float | None, BudgetState]:
            state = _load(c, now)
            decision = decide(state, now)
            if decision.go:
                c.execute("INSERT OR REPLACE INTO budget_flights (token, lapses) VALUES (?, ?)", (token, lease_until))
                state.in_flight += 1
            return decision.go, decision.wait, state

        return await self._transact(step)

    async def release(self, token: str, seen: RateHeaders | None, *, sent: bool) -> BudgetState:
        def step(c: sqlite3.Connection) -> BudgetState:
            now = self._clock()
            state = _load(c, now)
            c.execute("DELETE FROM budget_flights WHERE token = ?", (token,))
            note_response(state, seen, sent=sent)  # our slot was counted (or had lapsed: only learn)
            _save(c, state, now)
            return state

        return await self._transact(step)

    async def limited(self, reset_at: float) -> None:
        def step(c: sqlite3.Connection) -> None:
            now = self._clock()
            state = _load(c, now)
            note_limited(state, now, max(0.0, reset_at - now))
            _save(c, state, now)

        await self._transact(step)


def _load(c: sqlite3.Connection, now: float) -> BudgetState:
    c.execute("DELETE FROM budget_flights WHERE lapses <= ?", (now,))
    in_flight = int(c.execute("SELECT count(*) FROM budget_flights").fetchone()[0])
    row = c.execute("SELECT rate_limit, remaining, reset_at, blocked_until, touched FROM budget "
                    "WHERE id = 1").fetchone()
    if row is None or row[4] + FORGET_AFTER <= now:
        return BudgetState(in_flight=in_flight)
    return BudgetState(limit=row[0], remaining=row[1], reset_at=row[2], blocked_until=row[3], in_flight=in_flight)


def _save(c: sqlite3.Connection, state: BudgetState, now: float) -> None:
    c.execute("INSERT OR REPLACE INTO budget (id, rate_limit, remaining, reset_at, blocked_until, touched) "
              "VALUES (1, ?, ?, ?, ?, ?)", (state.limit, state.remaining, state.reset_at, state.blocked_until, now))


# --- the monthly AI-generation count ---------------------------------------------------------


def _month(state: QuotaState) -> str:
    return state.resets_at.isoformat() if state.resets_at else ""


class FileQuotaTracker(PooledQuotaTracker):
    """The quota as :class:`~convo_mcp.quota.QuotaTracker` keeps it, with the count shared through
    the cache file; a generation is taken in the file or refused (the file locked or damaged)."""

    def __init__(self, load_profile: Callable[[], Awaitable[Profile]], store: SQLiteStore,
                 *, clock: Callable[[], float] = time.time, shared_wait: float | None = None) -> None:
        super().__init__(load_profile, clock=clock)
        self._store = store
        if shared_wait is not None:
            self.shared_wait = shared_wait

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
        """Take the generation in the file: two processes never both send the POST for the last one.
        The file locked or damaged: tried again briefly, then refused (never counted here alone)."""
        state = await self.check()
        if state.remaining is None:
            return False
        limit, month, known = state.limit, _month(state), state.remaining

        def take(c: sqlite3.Connection) -> int | None:
            row = c.execute("SELECT lim, remaining, resets_at FROM quota WHERE id = 1").fetchone()
            counted = row is not None and row[0] == limit and row[2] == month
            have = int(row[1]) if counted else known
            if not counted:  # not counted in the file yet (or another month's count): from this profile
                c.execute("INSERT OR REPLACE INTO quota (id, lim, remaining, resets_at) VALUES (1, ?, ?, ?)",
                          (limit, have, month))
            if have <= 0:
                return -1
            c.execute("UPDATE quota SET remaining = ? WHERE id = 1", (have - 1,))
            return have - 1

        left = await self._shared(lambda: self._transact(take))
        assert left is not None
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
