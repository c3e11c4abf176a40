"""Per-account rolling-hour request window and monthly AI-generation quota."""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime

from convo_mcp.sandbox.models import Tier

WINDOW_SECONDS = 3600.0

RATE_LIMITS: dict[Tier, int] = {
    "starter": 100,
    "professional": 500,
    "enterprise": 2000,
    # ASSUMED: the Free plan is refused (403) on every endpoint; its calls still count against a
    # nominal window so its answers carry the same X-RateLimit-* headers as everyone else's.
    "free": 100,
}
AI_LIMITS: dict[Tier, int | None] = {"free": 0, "starter": 10, "professional": 100, "enterprise": None}


@dataclass(frozen=True)
class RateDecision:
    allowed: bool
    limit: int
    remaining: int
    reset: int  # unix seconds when the oldest request leaves the window
    retry_after: int  # seconds until a slot frees (0 when allowed)

    def headers(self) -> dict[str, str]:
        out = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset),
        }
        if not self.allowed:
            out["Retry-After"] = str(self.retry_after)
        return out


@dataclass
class RateWindow:
    """Timestamps of the requests admitted in the last hour."""

    limit: int
    hits: deque[float] = field(default_factory=deque)

    def _expire(self, now: float) -> None:
        while self.hits and self.hits[0] <= now - WINDOW_SECONDS:
            self.hits.popleft()

    def _decision(self, now: float, allowed: bool) -> RateDecision:
        oldest = self.hits[0] if self.hits else now
        frees_at = oldest + WINDOW_SECONDS
        retry = 0 if allowed else max(1, math.ceil(frees_at - now))
        return RateDecision(allowed, self.limit, max(0, self.limit - len(self.hits)), math.ceil(frees_at), retry)

    def admit(self, now: float) -> RateDecision:
        """Take a slot if one is free; a refused request does not take a slot."""
        self._expire(now)
        if len(self.hits) >= self.limit:
            return self._decision(now, allowed=False)
        self.hits.append(now)
        return self._decision(now, allowed=True)

    def peek(self, now: float) -> RateDecision:
        self._expire(now)
        return self._decision(now, allowed=len(self.hits) < self.limit)


def first_of_next_month(moment: datetime) -> datetime:
    moment = moment.astimezone(UTC)
    year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
    return datetime(year, month, 1, tzinfo=UTC)


@dataclass
class AiQuota:
    """Monthly AI generations; ``limit`` None means unlimited. Resets on the 1st (UTC)."""

    limit: int | None
    resets_at: datetime
    used: int = 0

    def roll(self, now: datetime) -> None:
        if now >= self.resets_at:
            self.used = 0
            self.resets_at = first_of_next_month(now)

    def remaining(self, now: datetime) -> int | None:
        self.roll(now)
        return None if self.limit is None else max(0, self.limit - self.used)

    def retry_after(self, now: datetime) -> int:
        return max(1, math.ceil((self.resets_at - now).total_seconds()))
