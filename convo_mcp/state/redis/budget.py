"""The hourly request budget shared by every replica: Lua scripts and the governor that uses them."""

from __future__ import annotations

from typing import Any

from convo_mcp.convo.pooled import PooledBudget, Reachable, SharedRateGovernor
from convo_mcp.convo.ratelimit import BudgetState, RateHeaders
from convo_mcp.state.redis.connection import RedisLink, as_number

# Mirrors ratelimit.decide for a budget shared by every replica: KEYS[1] the budget hash
# (limit, remaining, reset_at), KEYS[2] the in-flight reservations (a sorted set scored by the
# instant each lease lapses, so a crashed replica's slots come back).
# ARGV: now, token, lease end, key ttl ms. Returns {go, wait ('' = until a request finishes),
# limit, remaining, reset_at, in_flight}.
_ACQUIRE = """
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local inflight = redis.call('ZCARD', KEYS[2])
local b = redis.call('HMGET', KEYS[1], 'limit', 'remaining', 'reset_at', 'blocked_until')
local remaining = tonumber(b[2])
local reset_at = tonumber(b[3])
local blocked = tonumber(b[4])
local go = 0
local wait = ''
if blocked ~= nil and now < blocked then
  wait = tostring(blocked - now)
elseif remaining == nil then
  if inflight == 0 then go = 1 end
elseif remaining - inflight > 0 then
  go = 1
elseif inflight > 0 then
  wait = ''
elseif reset_at ~= nil and now < reset_at then
  wait = tostring(reset_at - now)
elseif inflight == 0 then
  go = 1
end
if go == 1 then
  redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
  redis.call('PEXPIRE', KEYS[2], ARGV[4])
  inflight = inflight + 1
end
return {go, wait, b[1] or '', b[2] or '', b[3] or '', inflight}
"""

# Mirrors ratelimit.note_response. ARGV: token, has headers ('1'/'0'), limit, remaining, reset_at,
# sent ('1'/'0'), key ttl ms. Returns {limit, remaining, reset_at, in_flight}.
_RELEASE = """
redis.call('ZREM', KEYS[2], ARGV[1])
local b = redis.call('HMGET', KEYS[1], 'remaining', 'reset_at')
local remaining = tonumber(b[1])
local reset_at = tonumber(b[2])
if ARGV[2] == '1' then
  local seen_remaining = tonumber(ARGV[4])
  local seen_reset = tonumber(ARGV[5])
  if reset_at == nil or remaining == nil or seen_reset > reset_at then
    redis.call('HSET', KEYS[1], 'remaining', ARGV[4], 'reset_at', ARGV[5])
  elseif seen_remaining < remaining then
    redis.call('HSET', KEYS[1], 'remaining', ARGV[4])
  end
  redis.call('HSET', KEYS[1], 'limit', ARGV[3])
elseif ARGV[6] == '1' and remaining ~= nil then
  redis.call('HSET', KEYS[1], 'remaining', math.max(0, remaining - 1))
end
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[7]) end
local a = redis.call('HMGET', KEYS[1], 'limit', 'remaining', 'reset_at')
return {a[1] or '', a[2] or '', a[3] or '', redis.call('ZCARD', KEYS[2])}
"""

# Mirrors ratelimit.note_limited (the block outlives later headers). ARGV: reset_at, key ttl ms.
_LIMITED = """
local blocked = tonumber(redis.call('HGET', KEYS[1], 'blocked_until') or '0') or 0
redis.call('HSET', KEYS[1], 'remaining', 0, 'reset_at', ARGV[1],
           'blocked_until', tostring(math.max(blocked, tonumber(ARGV[1]))))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
"""


def _snapshot(limit: Any, remaining: Any, reset_at: Any, in_flight: Any) -> BudgetState:
    lim, rem = as_number(limit), as_number(remaining)
    return BudgetState(
        limit=None if lim is None else int(lim),
        remaining=None if rem is None else int(rem),
        reset_at=as_number(reset_at),
        in_flight=int(in_flight),
    )


class RedisBudget:
    """The account's hourly budget in Redis, changed only by atomic Lua scripts."""

    KEY_TTL = 2 * 3600.0  # a budget nobody touched for two hours is unknown again (probe first)

    def __init__(self, link: RedisLink, namespace: str) -> None:
        self._link = link
        self.keys = [f"{namespace}budget", f"{namespace}budget:in-flight"]
        self._acquire = link.client.register_script(_ACQUIRE)
        self._release = link.client.register_script(_RELEASE)
        self._limited = link.client.register_script(_LIMITED)

    async def acquire(self, now: float, token: str, lease_until: float) -> tuple[bool, float | None, BudgetState]:
        """Reserve one slot if :func:`~convo_mcp.convo.ratelimit.decide` says go: (go, wait, state)."""
        ttl = str(int(self.KEY_TTL * 1000))
        go, wait, limit, remaining, reset_at, in_flight = await self._link.run(
            lambda r: self._acquire(keys=self.keys, args=[repr(now), token, repr(lease_until), ttl], client=r)
        )
        return bool(int(go)), as_number(wait), _snapshot(limit, remaining, reset_at, in_flight)

    async def release(self, token: str, seen: RateHeaders | None, *, sent: bool) -> BudgetState:
        head = ["1", str(seen.limit), str(seen.remaining), repr(seen.reset_at)] if seen else ["0", "", "", ""]
        args = [token, *head, "1" if sent else "0", str(int(self.KEY_TTL * 1000))]
        limit, remaining, reset_at, in_flight = await self._link.run(
            lambda r: self._release(keys=self.keys, args=args, client=r)
        )
        return _snapshot(limit, remaining, reset_at, in_flight)

    async def limited(self, reset_at: float) -> None:
        await self._link.run(
            lambda r: self._limited(keys=self.keys, args=[repr(reset_at), str(int(self.KEY_TTL * 1000))], client=r)
        )


__all__ = ["PooledBudget", "Reachable", "RedisBudget", "SharedRateGovernor"]
