"""A request budget several processes share, and the governor that spends it.

:class:`SharedRateGovernor` takes :func:`~convo_mcp.convo.ratelimit.decide`'s decision atomically
in a shared place, a :class:`PooledBudget`: Redis for replicas
(:class:`~convo_mcp.state.redis.budget.RedisBudget`) or the account's cache file for one user's
processes (:class:`~convo_mcp.state.sqlite.counters.SQLiteBudget`). When the shared place cannot be used it
falls back to the per-process governor. Nothing here imports Redis.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import secrets
import time
from typing import Protocol

from convo_mcp.convo.ratelimit import BudgetState, RateGovernor, RateHeaders, merge_headers, spendable
from convo_mcp.errors import SharedUnavailable
from convo_mcp.types import Clock, Sleep


class PooledBudget(Protocol):
    """A budget several processes share: :class:`RedisBudget` (replicas) or
    :class:`~convo_mcp.state.sqlite.counters.SQLiteBudget` (one user's processes, through the cache file).
    Each operation is atomic and raises ``SharedUnavailable`` when the shared place cannot be used."""

    async def acquire(self, now: float, token: str,
                      lease_until: float) -> tuple[bool, float | None, BudgetState]: ...

    async def release(self, token: str, seen: RateHeaders | None, *, sent: bool) -> BudgetState: ...

    async def limited(self, reset_at: float) -> None: ...


class Reachable(Protocol):
    @property
    def usable(self) -> bool:
        """An operation would be attempted now."""

    @property
    def healthy(self) -> bool:
        """The last operation worked."""


class SharedRateGovernor(RateGovernor):
    """A :class:`RateGovernor` whose budget is the one all replicas share in Redis.

    The decision is the same as one process's (:func:`~convo_mcp.convo.ratelimit.decide`), taken
    atomically in Redis over the account's remaining requests and every replica's reservations.
    A reservation lapses after ``lease`` seconds (longer than any request can take), so a replica
    that dies mid-request does not hold its slot forever. Waiting replicas poll with backoff. When
    Redis is unreachable the inherited per-process governor takes over, starting from the last
    shared figures seen.
    """

    def __init__(self, budget: PooledBudget, link: Reachable, *, max_wait: float = 20.0, lease: float = 180.0,
                 clock: Clock = time.time, sleep: Sleep | None = None) -> None:
        super().__init__(max_wait=max_wait, clock=clock, sleep=sleep)
        self._budget = budget
        self._link = link
        self.lease = lease
        self.shared_state = BudgetState()
        self._held: list[str | None] = []  # reservation tokens; None = taken from the local governor

    def _mirror(self, state: BudgetState) -> None:
        self.shared_state = state
        if state.remaining is not None:  # the local fallback starts from the best knowledge
            self.state.limit, self.state.remaining, self.state.reset_at = state.limit, state.remaining, state.reset_at

    async def _pause(self, seconds: float) -> None:
        await (self.sleep or asyncio.sleep)(seconds)

    async def acquire(self) -> None:
        poll = 0.02
        while True:
            if not self._link.usable:
                await super().acquire()
                self._held.append(None)
                return
            now = self.clock()
            blocked = self.state.blocked_until
            if blocked is not None and now < blocked:  # a 429 seen here: stop before the shared place knows
                if blocked - now > self.max_wait:
                    raise self.refusal(blocked - now)
                await self._pause(min(blocked - now, 1.0))
                continue
            token = secrets.token_hex(8)
            try:
                go, wait, state = await self._budget.acquire(now, token, now + self.lease)
            except SharedUnavailable:
                continue  # the link is down now: the local governor decides
            self._mirror(state)
            if go:
                self._held.append(token)
                return
            if wait is not None:
                if wait > self.max_wait:
                    raise self.refusal(wait)
                pause = min(wait, 1.0)
            else:  # until a request in flight (on any replica) finishes
                pause, poll = poll, min(poll * 1.5, 0.25)
            await self._pause(pause * (1.0 + 0.25 * random.random()))

    async def release(self, seen: RateHeaders | None, *, sent: bool = True) -> None:
        token = self._held.pop() if self._held else None
        if token is None:
            await super().release(seen, sent=sent)
            return
        try:
            self._mirror(await self._budget.release(token, seen, sent=sent))
        except SharedUnavailable:  # the reservation lapses by itself; keep what we learned
            if seen is not None:
                merge_headers(self.state, seen)
            elif sent and self.state.remaining is not None:
                self.state.remaining = max(0, self.state.remaining - 1)

    async def note_rate_limited(self, retry_after: float | None) -> None:
        await super().note_rate_limited(retry_after)
        assert self.state.reset_at is not None
        with contextlib.suppress(SharedUnavailable):
            await self._budget.limited(self.state.reset_at)
        self.shared_state.remaining, self.shared_state.reset_at = 0, self.state.reset_at

    def spendable(self, reserve: float) -> int | None:
        if self._link.healthy and self.shared_state.remaining is not None:
            return spendable(self.shared_state, reserve)
        return super().spendable(reserve)
