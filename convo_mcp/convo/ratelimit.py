"""The hourly request budget: what the headers say, when to send, how long to wait.

Decisions are pure functions of a :class:`BudgetState` and the current time, so tests call them
with a fixed clock. :class:`RateGovernor` holds the state for one process and applies them.

Convo counts requests per user over a rolling hour and reports ``X-RateLimit-Limit``,
``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (unix seconds: when the oldest request in the
window leaves it). The governor treats every request in flight as already spent, and while it has
not yet seen the headers (or after the reset instant, when it cannot know how many slots freed) it
lets one request go at a time as a probe. As the only client of its key it therefore never sends
a request that would be answered 429.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from convo_mcp.errors import RateBudgetExhaustedError
from convo_mcp.types import Clock, Sleep

MAX_RETRY_AFTER = 45 * 86_400.0  # the monthly AI quota can be days away; anything longer is nonsense


@dataclass(frozen=True)
class RateHeaders:
    limit: int
    remaining: int
    reset_at: float  # unix seconds


def parse_rate_headers(headers: Mapping[str, str]) -> RateHeaders | None:
    """Read ``X-RateLimit-*``; None when any of the three is missing or not a number."""
    try:
        return RateHeaders(
            limit=int(headers["x-ratelimit-limit"]),
            remaining=int(headers["x-ratelimit-remaining"]),
            reset_at=float(headers["x-ratelimit-reset"]),
        )
    except (KeyError, ValueError):
        return None


def parse_retry_after(value: str | None, now: float) -> float | None:
    """``Retry-After`` as seconds from now: delta-seconds or an HTTP date; None if unusable."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = when.timestamp() - now
    if seconds != seconds or seconds < 0:  # NaN or in the past
        return 0.0
    return min(seconds, MAX_RETRY_AFTER)


def backoff_delay(attempt: int, *, base: float = 0.5, cap: float = 8.0, jitter: float = 0.25,
                  rand: Callable[[], float] = random.random) -> float:
    """Capped exponential backoff with jitter: attempt 0 → ~0.5 s, 1 → ~1 s, 2 → ~2 s …"""
    delay: float = min(base * (2**attempt), cap)
    return delay * (1.0 - jitter * rand())


@dataclass
class BudgetState:
    limit: int | None = None
    remaining: int | None = None
    reset_at: float | None = None
    in_flight: int = 0
    blocked_until: float | None = None  # a 429's Retry-After: no request before it, whatever headers say

    @property
    def known(self) -> bool:
        return self.remaining is not None


@dataclass(frozen=True)
class Decision:
    """``go``; or wait ``wait`` seconds (then decide again); ``None`` wait means: until a
    request in flight finishes."""

    go: bool
    wait: float | None = None


def decide(state: BudgetState, now: float) -> Decision:
    """May one more request be sent now?"""
    if state.blocked_until is not None and now < state.blocked_until:
        return Decision(go=False, wait=state.blocked_until - now)
    if not state.known:
        return Decision(go=state.in_flight == 0)
    assert state.remaining is not None
    if state.remaining - state.in_flight > 0:
        return Decision(go=True)
    if state.in_flight > 0:
        # Counting what is in flight as spent is safe but can count a request twice (Convo may
        # already have counted it in the last headers). Its answer tells: wait for it rather
        # than refusing, so the budget is neither overspent nor wasted.
        return Decision(go=False)
    if state.reset_at is not None and now < state.reset_at:
        return Decision(go=False, wait=state.reset_at - now)
    # Past the reset instant: some slots freed, how many is unknown. Probe one at a time.
    return Decision(go=state.in_flight == 0)


def merge_headers(state: BudgetState, seen: RateHeaders) -> None:
    """Fold one response's headers into the state, tolerating out-of-order arrival."""
    if state.reset_at is None or state.remaining is None or seen.reset_at > state.reset_at:
        state.remaining = seen.remaining
        state.reset_at = seen.reset_at
    else:
        state.remaining = min(state.remaining, seen.remaining)
    state.limit = seen.limit


def note_response(state: BudgetState, seen: RateHeaders | None, *, sent: bool = True) -> None:
    """A request finished: its slot is no longer in flight; learn from its headers, or (sent but no
    headers) count it as spent."""
    state.in_flight = max(0, state.in_flight - 1)
    if seen is not None:
        merge_headers(state, seen)
    elif sent and state.remaining is not None:
        state.remaining = max(0, state.remaining - 1)


def note_limited(state: BudgetState, now: float, retry_after: float | None) -> None:
    """A 429 arrived: nothing is left until ``retry_after`` seconds from ``now`` (60 s if unsaid)."""
    until = now + (retry_after if retry_after is not None else 60.0)
    state.remaining = 0
    state.reset_at = until
    # Later answers to requests already in flight carry fresh headers and would reopen the budget;
    # the block stands on its own until Retry-After has passed.
    state.blocked_until = max(state.blocked_until or 0.0, until)


def spendable(state: BudgetState, reserve: float) -> int | None:
    """Requests a fan-out may plan on now, keeping ``reserve`` of the hourly limit back."""
    if state.remaining is None or state.limit is None:
        return None
    keep = int(state.limit * reserve + 0.999)
    return max(0, state.remaining - state.in_flight - keep)


@dataclass
class RateGovernor:
    """Applies :func:`decide` for one process; waits up to ``max_wait`` seconds, else refuses."""

    max_wait: float = 20.0
    clock: Clock = time.time
    sleep: Sleep | None = None
    state: BudgetState = field(default_factory=BudgetState)
    _changed: asyncio.Condition | None = None

    def _cond(self) -> asyncio.Condition:
        if self._changed is None:
            self._changed = asyncio.Condition()
        return self._changed

    async def acquire(self) -> None:
        cond = self._cond()
        async with cond:
            while True:
                decision = decide(self.state, self.clock())
                if decision.go:
                    self.state.in_flight += 1
                    return
                if decision.wait is None:
                    await cond.wait()
                    continue
                if decision.wait > self.max_wait:
                    raise self.refusal(decision.wait)
                if self.sleep is not None:
                    cond.release()
                    try:
                        await self.sleep(decision.wait)
                    finally:
                        await cond.acquire()
                else:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(cond.wait(), timeout=decision.wait)

    async def release(self, seen: RateHeaders | None, *, sent: bool = True) -> None:
        cond = self._cond()
        async with cond:
            note_response(self.state, seen, sent=sent)
            cond.notify_all()

    async def note_rate_limited(self, retry_after: float | None) -> None:
        """A 429 arrived: nothing is left until ``retry_after`` from now."""
        cond = self._cond()
        async with cond:
            note_limited(self.state, self.clock(), retry_after)
            cond.notify_all()

    def refusal(self, wait: float) -> RateBudgetExhaustedError:
        reset = self.clock() + wait
        return RateBudgetExhaustedError(
            retry_after=wait, reset_at=datetime.fromtimestamp(reset, tz=UTC)
        )

    def spendable(self, reserve: float) -> int | None:
        return spendable(self.state, reserve)

    @property
    def reset_at(self) -> datetime | None:
        if self.state.reset_at is None:
            return None
        return datetime.fromtimestamp(self.state.reset_at, tz=UTC)
