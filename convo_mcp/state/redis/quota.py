"""The monthly AI-generation quota shared by every replica: one counter, spent atomically."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from convo_mcp.convo import guards
from convo_mcp.convo.models import Profile
from convo_mcp.quota import PooledQuotaTracker
from convo_mcp.state.redis.connection import RedisLink, SharedUnavailable, as_bytes, as_number

# ARGV: tier, limit ('' = unlimited), remaining ('' = unlimited), resets_at, ttl ms. A profile can
# lower the shared count, never raise it (a cached profile is older than our own spending), unless
# it describes another month or plan.
_QUOTA_LEARN = """
local cur = redis.call('HMGET', KEYS[1], 'limit', 'remaining', 'resets_at')
if not cur[2] or cur[2] == '' or ARGV[3] == '' or cur[1] ~= ARGV[2] or cur[3] ~= ARGV[4] then
  redis.call('HSET', KEYS[1], 'tier', ARGV[1], 'limit', ARGV[2], 'remaining', ARGV[3], 'resets_at', ARGV[4])
elseif tonumber(ARGV[3]) < tonumber(cur[2]) then
  redis.call('HSET', KEYS[1], 'tier', ARGV[1], 'remaining', ARGV[3])
end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return redis.call('HGET', KEYS[1], 'remaining')
"""

# Take one generation if any is left: the new count, '-1' when none is left. ARGV as _QUOTA_LEARN:
# the count is started from this replica's profile when Redis has none for this month and limit.
_QUOTA_TAKE = """
local cur = redis.call('HMGET', KEYS[1], 'limit', 'remaining', 'resets_at')
if not cur[2] or cur[2] == '' or cur[1] ~= ARGV[2] or cur[3] ~= ARGV[4] then
  redis.call('HSET', KEYS[1], 'tier', ARGV[1], 'limit', ARGV[2], 'remaining', ARGV[3], 'resets_at', ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
end
local r = tonumber(redis.call('HGET', KEYS[1], 'remaining'))
if r <= 0 then return '-1' end
redis.call('HSET', KEYS[1], 'remaining', r - 1)
return tostring(r - 1)
"""

# Give back ARGV[1] reserved generations, never above the limit.
_QUOTA_REFUND = """
local r = tonumber(redis.call('HGET', KEYS[1], 'remaining'))
local l = tonumber(redis.call('HGET', KEYS[1], 'limit'))
if r == nil or l == nil then return '' end
r = math.min(l, r + tonumber(ARGV[1]))
redis.call('HSET', KEYS[1], 'remaining', r)
return tostring(r)
"""

# ARGV: resets_at ('' = keep). Convo said the quota is used up.
_QUOTA_EXHAUSTED = """
if redis.call('HGET', KEYS[1], 'limit') ~= '' then redis.call('HSET', KEYS[1], 'remaining', 0) end
if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], 'resets_at', ARGV[1]) end
return 1
"""


class SharedQuotaTracker(PooledQuotaTracker):
    """The monthly AI-generation count shared by all replicas: a reservation takes one atomically in
    Redis, so two replicas never both spend the last generation believing it is theirs. Learned
    from the profile as before; while Redis is unreachable a generation waits briefly, then is
    refused (:class:`~convo_mcp.errors.SharedCountUnavailable`), never counted by one replica alone."""

    KEY_TTL = 40 * 86_400.0

    def __init__(self, load_profile: Callable[[], Awaitable[Profile]], link: RedisLink, namespace: str,
                 *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(load_profile, clock=clock)
        self._link = link
        self._key = f"{namespace}quota"
        self._learn_script = link.client.register_script(_QUOTA_LEARN)
        self._exhausted_script = link.client.register_script(_QUOTA_EXHAUSTED)
        self._take_script = link.client.register_script(_QUOTA_TAKE)
        self._refund_script = link.client.register_script(_QUOTA_REFUND)

    def _adopt(self, raw: Any) -> None:
        value = as_number(raw)
        if value is not None and self.state.limit is not None:
            self.state.remaining = int(value)

    def _args(self) -> list[str]:
        s = self.state
        return [s.tier or "", "" if s.limit is None else str(s.limit), "" if s.remaining is None else str(s.remaining),
                s.resets_at.isoformat() if s.resets_at else "", str(int(self.KEY_TTL * 1000))]

    def learn(self, profile: Profile) -> None:
        super().learn(profile)
        args = self._args()

        async def push() -> None:
            self._adopt(await self._link.run(lambda r: self._learn_script(keys=[self._key], args=args, client=r)))

        self._later(push)

    async def reserve(self) -> bool:
        """Take the generation in Redis, atomically across replicas: two replicas never both send
        the POST for the last one. Redis unreachable: tried again briefly, then refused."""
        state = await self.check()
        if state.remaining is None:
            return False
        args = self._args()
        left = as_bytes(await self._shared(lambda: self._link.run(
            lambda r: self._take_script(keys=[self._key], args=args, client=r)))).decode()
        if int(left) < 0:
            self.state.remaining = 0
            guards.check_ai_quota(0, state.resets_at)
        self.state.remaining = int(left)
        return True

    def refund(self, credits: int = 1) -> None:
        super().refund(credits)

        async def push() -> None:
            self._adopt(await self._link.run(
                lambda r: self._refund_script(keys=[self._key], args=[str(credits)], client=r)))

        self._later(push)

    def exhausted(self, resets_at: datetime | None = None) -> None:
        super().exhausted(resets_at)
        when = resets_at.isoformat() if resets_at else ""

        async def push() -> None:
            await self._link.run(lambda r: self._exhausted_script(keys=[self._key], args=[when], client=r))

        self._later(push)

    async def current(self) -> Any:
        await self._settled()
        state = await super().current()
        await self.settle()
        return state

    async def settle(self) -> None:
        """Wait for this replica's updates, then take the count every replica has spent down to."""
        await self._settled()
        state = self.state
        if state.known and state.limit is not None and self._link.usable:
            try:
                limit, remaining, resets_at = await self._link.run(
                    lambda r: r.hmget(self._key, ["limit", "remaining", "resets_at"]))
            except SharedUnavailable:
                return
            same_month = as_bytes(resets_at or b"").decode() == (state.resets_at.isoformat() if state.resets_at else "")
            if limit is not None and as_number(limit) == state.limit and same_month:
                self._adopt(remaining)
