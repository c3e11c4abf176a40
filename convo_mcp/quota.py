"""The monthly AI-generation quota, as this process knows it.

Known from ``/user/profile`` (fetched lazily, at most once per ``profile_ttl``), decremented
locally on every spend, refreshed after ``resetsAt``. Enterprise reports ``None``: unlimited.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from convo_mcp.convo import guards
from convo_mcp.convo.models import Profile
from convo_mcp.errors import SharedCountUnavailable, SharedUnavailable
from convo_mcp.log import get_logger

log = get_logger("convo_mcp.quota")
T = TypeVar("T")
SHARED_WAIT = 4.0  # seconds a generation waits for the shared count before it is refused


@dataclass
class QuotaState:
    tier: str | None = None
    limit: int | None = None
    remaining: int | None = None  # None: unlimited (or not known yet, see ``known``)
    resets_at: datetime | None = None
    known: bool = False

    @property
    def unlimited(self) -> bool:
        return self.known and self.limit is None


class QuotaTracker:
    def __init__(self, load_profile: Callable[[], Awaitable[Profile]], *, clock: Callable[[], float] = time.time):
        self._load = load_profile
        self._clock = clock
        self.state = QuotaState()

    def learn(self, profile: Profile) -> None:
        usage = profile.api_usage.ai_generations
        self.state = QuotaState(
            tier=profile.subscription.tier,
            limit=usage.limit,
            remaining=usage.remaining,
            resets_at=usage.resets_at,
            known=True,
        )

    def _expired(self) -> bool:
        resets = self.state.resets_at
        return resets is not None and self._clock() >= resets.timestamp()

    async def settle(self) -> None:
        """Take what other processes have spent into this count (one process alone: nothing to do)."""

    async def current(self) -> QuotaState:
        if not self.state.known or self._expired():
            self.learn(await self._load())
        return self.state

    async def check(self) -> QuotaState:
        """Refuse (zero requests to the AI endpoint) when nothing is left this month."""
        state = await self.current()
        guards.check_ai_quota(state.remaining, state.resets_at)
        guards.check_api_plan(state.tier)
        return state

    async def reserve(self) -> bool:
        """Take one generation *before* its POST is sent, so concurrent calls beyond what is left are
        refused with no request. True when one was taken (False: unlimited, nothing to count)."""
        state = await self.check()
        if state.remaining is None:
            return False
        if state.remaining <= 0:  # taken meanwhile by a concurrent call
            guards.check_ai_quota(0, state.resets_at)
        state.remaining -= 1  # no await between the check and this: atomic within the process
        return True

    def refund(self, credits: int = 1) -> None:
        """Give back a reserved generation the call did not spend (refused, failed, or cached)."""
        if self.state.remaining is not None and self.state.limit is not None:
            self.state.remaining = min(self.state.limit, self.state.remaining + credits)

    def exhausted(self, resets_at: datetime | None = None) -> None:
        """Convo said ``ai_limit_exceeded``: trust it over the local count."""
        if self.state.limit is not None or not self.state.known:
            self.state.remaining = 0
            self.state.known = True
        if resets_at is not None:
            self.state.resets_at = resets_at

    def summary(self) -> str:
        s = self.state
        if not s.known:
            return "AI generations left this month: not checked yet (get_account shows them)"
        if s.remaining is None:
            return "AI generations: unlimited"
        when = f" (resets {s.resets_at.astimezone(UTC):%Y-%m-%d})" if s.resets_at else ""
        return f"AI generations left this month: {s.remaining}/{s.limit}{when}"


class PooledQuotaTracker(QuotaTracker):
    """A quota whose count is also kept where other processes see it (Redis, the cache file): the
    updates synchronous methods make are sent later, quietly when the shared place is unreachable,
    and :meth:`_settled` waits for them before the shared count is read.

    A generation is taken in the shared place or not at all (fail closed): when it cannot be read or
    written (the file locked or damaged, Redis down), :meth:`_shared` tries again for ``shared_wait``
    seconds, then refuses with :class:`~convo_mcp.errors.SharedCountUnavailable` — never counting in
    this process alone, which would let two processes spend one credit twice."""

    def __init__(self, load_profile: Callable[[], Awaitable[Profile]], *, clock: Callable[[], float] = time.time,
                 shared_wait: float = SHARED_WAIT):
        super().__init__(load_profile, clock=clock)
        self._pending: set[asyncio.Task[None]] = set()
        self.shared_wait = shared_wait

    async def _shared(self, attempt: Callable[[], Awaitable[T]]) -> T:
        """``attempt`` on the shared count, again every quarter second while it is unreachable, for up
        to ``shared_wait`` seconds; then the generation is refused."""
        deadline = time.monotonic() + self.shared_wait
        while True:
            try:
                return await attempt()
            except SharedUnavailable as exc:
                if time.monotonic() >= deadline:
                    log.warning("quota.refused_unshared", where=str(exc)[:120],
                                hint="the shared AI-generation count cannot be used; no generation is sent")
                    raise SharedCountUnavailable() from None
            await asyncio.sleep(0.25)

    def _later(self, work: Callable[[], Awaitable[None]]) -> None:
        try:
            task = asyncio.get_running_loop().create_task(self._quietly(work))
        except RuntimeError:
            return
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    @staticmethod
    async def _quietly(work: Callable[[], Awaitable[None]]) -> None:
        with contextlib.suppress(SharedUnavailable):
            await work()

    async def _settled(self) -> None:
        if self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)


class UnsharedQuotaTracker(QuotaTracker):
    """The count should be shared through the account's cache file, but the file could not be opened
    (damaged, not writable): other processes may be spending the same credits, so no generation is
    sent rather than counted by this process alone. Reading what exists goes on as usual."""

    async def reserve(self) -> bool:
        state = await self.check()
        if state.remaining is None:
            return False  # unlimited: nothing to count
        raise SharedCountUnavailable(
            "The AI-generation count this server shares through its cache file cannot be used (the file "
            "could not be opened); nothing was sent.",
            hint="Whoever runs the server: check the data directory (`convo-mcp doctor`) and restart it; with "
                 "one server only, CONVO_MCP_PERSISTENT_CACHE=false counts in this process alone.")
