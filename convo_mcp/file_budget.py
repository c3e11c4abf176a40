"""The hourly request budget shared by the processes of one user through the cache file.

Two chats open two servers on the same key; without Redis each one's governor knew only its own
requests, so together they overshot the window (each believed the last slot was its own). Here the
budget lives in the account's cache file and every decision is :func:`~convo_mcp.convo.ratelimit.decide`
taken inside one write transaction, over the figures every process has seen and the requests every
process has in flight: the same rule as one process, now for all of them. In-flight reservations
lapse (a process killed mid-request gives its slot back), and a budget untouched for two hours is
unknown again, as Convo's window has long rolled over by then.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from convo_mcp.convo.ratelimit import BudgetState, RateHeaders, decide, note_limited, note_response
from convo_mcp.errors import SharedUnavailable
from convo_mcp.log import get_logger
from convo_mcp.store import SQLiteStore
from convo_mcp.types import Clock

log = get_logger("convo_mcp.file_budget")
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

