"""Shared state for replicas, in Redis: cache entries, the hourly request budget, the monthly AI
quota, single-flight locks, webhook de-duplication marks and notifications.

Every key of one Convo account lives under ``convo-mcp:{account}:`` where ``account`` is the first
16 hex digits of SHA-256(base URL, API key) (see :func:`convo_mcp.shared.account_namespace`); the key
itself never reaches Redis.

Redis is an accelerator, never a point of failure. Every operation goes through :class:`RedisLink`,
which uses short socket timeouts; the first failure logs one warning and marks the link down, and
for ``retry_every`` seconds afterwards operations fail at once without touching the network. Each
component then falls back to what a single process does on its own: the memory cache, the local
:class:`~convo_mcp.ratelimit.RateGovernor`, the local AI-quota count, in-process single-flight and
per-process webhook marks. The first operation that succeeds again logs the recovery.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from convo_mcp.log import get_logger
from convo_mcp.models import Profile
from convo_mcp.quota import QuotaTracker
from convo_mcp.ratelimit import BudgetState, Clock, RateGovernor, RateHeaders, Sleep, merge_headers, spendable
from convo_mcp.store import Entry, MemoryStore

T = TypeVar("T")
log = get_logger("convo_mcp.shared")

_FAILURES: tuple[type[BaseException], ...] = (RedisError, OSError, TimeoutError)


class SharedUnavailable(Exception):
    """Redis cannot be used right now; the caller falls back to per-process behaviour."""


def describe_url(url: str) -> str:
    """``redis://host:port/db`` without user name or password, for logs and health answers."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or "localhost"
        port = f":{parts.port}" if parts.port else ""
        path = parts.path if parts.path not in ("", "/") else ""
    except ValueError:
        return "redis (unparseable URL)"
    return f"{parts.scheme or 'redis'}://{host}{port}{path}"


# -- the connection and its health ----------------------------------------------------------------


class RedisLink:
    """One Redis client plus the up/down bookkeeping shared by every component.

    ``run`` executes one operation. While the link is down, operations raise
    :class:`SharedUnavailable` immediately, except one attempt every ``retry_every`` seconds.
    """

    def __init__(
        self,
        client: Redis,
        *,
        where: str = "redis",
        timeout: float = 1.0,
        retry_every: float = 3.0,
        clock: Clock = time.monotonic,
    ) -> None:
        self.client = client
        self.where = where
        self.timeout = timeout
        self.retry_every = retry_every
        self._clock = clock
        self.healthy = True
        self.down_since: float | None = None
        self._next_try = 0.0
        self.failures = 0
        self.on_recover: list[Callable[[], Awaitable[None]]] = []

    @classmethod
    def from_url(cls, url: str, *, timeout: float = 1.0, retry_every: float = 3.0) -> RedisLink:
        client = Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 0),  # no silent retries: fail fast, fall back, try again later
            decode_responses=False,
            health_check_interval=0,
        )
        return cls(client, where=describe_url(url), timeout=timeout, retry_every=retry_every)

    @property
    def usable(self) -> bool:
        """True when an operation would be attempted (up, or down with a retry due)."""
        return self.healthy or self._clock() >= self._next_try

    @property
    def status(self) -> str:
        return "redis" if self.healthy else "degraded"

    async def run(self, op: Callable[[Redis], Awaitable[T]]) -> T:
        if not self.usable:
            raise SharedUnavailable(self.where)
        try:
            async with asyncio.timeout(self.timeout * 3):
                result = await op(self.client)
        except _FAILURES as exc:
            self.fail(exc)
            raise SharedUnavailable(self.where) from exc
        if not self.healthy:
            await self._recovered()
        return result

    def fail(self, exc: BaseException) -> None:
        """Mark the link down; the first failure of an outage logs the one warning."""
        self.failures += 1
        self._next_try = self._clock() + self.retry_every
        if self.healthy:
            self.healthy = False
            self.down_since = self._clock()
            log.warning(
                "shared_state.unavailable",
                redis=self.where,
                error=type(exc).__name__,
                fallback="per-process cache, budget, quota and locks",
                retry_every_s=self.retry_every,
            )

    async def _recovered(self) -> None:
        down_for = self._clock() - (self.down_since or self._clock())
        self.healthy = True
        self.down_since = None
        log.info("shared_state.recovered", redis=self.where, down_for_s=round(down_for, 1))
        for callback in list(self.on_recover):
            with contextlib.suppress(Exception):
                await callback()

    async def ping(self) -> bool:
        """Reachable now? (One attempt when due; never raises.)"""
        try:
            await self.run(lambda r: r.ping())
        except SharedUnavailable:
            return False
        return True

    async def aclose(self) -> None:
        with contextlib.suppress(*_FAILURES):
            await self.client.aclose()


# -- cache entries and webhook marks --------------------------------------------------------------


def _glob_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "*?[]\\" else ch for ch in text)


class RedisStore:
    """:class:`~convo_mcp.store.Store` in Redis, shared by every replica of one account.

    An entry is a hash ``{v: value, s: stored_at, e: expires_at}`` under ``{ns}kv:{key}``; Redis
    forgets it ``stale_retention`` seconds after it goes stale (immutable entries never expire, so
    run Redis with an eviction policy such as ``allkeys-lru``). Marks are ``SET NX PX`` keys under
    ``{ns}mark:{key}``. While Redis is unreachable the store fails soft: reads miss, writes are
    skipped, invalidations are remembered and replayed on recovery, and marks are kept per process.
    """

    shared = True  # Cache.invalidate_local skips layers that other processes see anyway
    MAX_MISSED = 1000

    def __init__(self, link: RedisLink, namespace: str, *, stale_retention: float = 86_400.0,
                 clock: Clock = time.time) -> None:
        self._link = link
        self._ns = namespace
        self.stale_retention = stale_retention
        self._clock = clock
        self._local_marks = MemoryStore(4096, clock=clock)
        self._missed: list[tuple[str, tuple[str, ...]]] = []
        self._missed_overflow = False
        link.on_recover.append(self._replay)

    def _kv(self, key: str) -> str:
        return f"{self._ns}kv:{key}"

    def _mark(self, key: str) -> str:
        return f"{self._ns}mark:{key}"

    async def get(self, key: str) -> Entry | None:
        try:
            value, stored, expires = await self._link.run(lambda r: r.hmget(self._kv(key), ["v", "s", "e"]))
        except SharedUnavailable:
            return None
        if value is None or stored is None:
            return None
        return Entry(value=_bytes(value), stored_at=float(stored), expires_at=float(expires) if expires else None)

    async def set(self, key: str, entry: Entry) -> None:
        fields: dict[str, bytes | str] = {"v": entry.value, "s": repr(entry.stored_at)}
        forget_at: float | None = None
        if entry.expires_at is not None:
            fields["e"] = repr(entry.expires_at)
            forget_at = entry.expires_at + self.stale_retention
            if forget_at <= self._clock():
                return

        async def write(r: Redis) -> Any:
            async with r.pipeline(transaction=True) as pipe:
                pipe.delete(self._kv(key))
                pipe.hset(self._kv(key), mapping=fields)  # type: ignore[arg-type]
                if forget_at is not None:
                    pipe.pexpireat(self._kv(key), int(forget_at * 1000))
                return await pipe.execute()

        with contextlib.suppress(SharedUnavailable):
            await self._link.run(write)

    async def delete(self, *keys: str) -> None:
        if not keys:
            return
        names = [name for key in keys for name in (self._kv(key), self._mark(key))]
        try:
            await self._link.run(lambda r: r.unlink(*names))
        except SharedUnavailable:
            self._remember("keys", keys)

    async def delete_prefix(self, prefix: str) -> None:
        pattern = self._kv(_glob_escape(prefix)) + "*"

        async def sweep(r: Redis) -> None:
            batch: list[bytes] = []
            async for name in r.scan_iter(match=pattern, count=500):
                batch.append(name)
                if len(batch) >= 500:
                    await r.unlink(*batch)
                    batch.clear()
            if batch:
                await r.unlink(*batch)

        try:
            await self._link.run(sweep)
        except SharedUnavailable:
            self._remember("prefix", (prefix,))

    async def add_if_absent(self, key: str, ttl: float) -> bool:
        try:
            ms = max(1, int(ttl * 1000))
            return bool(await self._link.run(lambda r: r.set(self._mark(key), b"1", nx=True, px=ms)))
        except SharedUnavailable:
            return await self._local_marks.add_if_absent(key, ttl)

    async def aclose(self) -> None:
        """Nothing to release: the link belongs to :class:`~convo_mcp.shared.SharedState`."""

    # invalidations that could not reach Redis are applied once it is back
    def _remember(self, kind: str, items: tuple[str, ...]) -> None:
        if len(self._missed) >= self.MAX_MISSED:
            self._missed_overflow = True
            return
        self._missed.append((kind, items))

    async def _replay(self) -> None:
        missed, self._missed = self._missed, []
        overflow, self._missed_overflow = self._missed_overflow, False
        if overflow:
            await self.delete_prefix("")
            return
        for kind, items in missed:
            if kind == "keys":
                await self.delete(*items)
            else:
                for prefix in items:
                    await self.delete_prefix(prefix)


# -- the hourly request budget --------------------------------------------------------------------

# Mirrors ratelimit.decide for a budget shared by every replica: KEYS[1] the budget hash
# (limit, remaining, reset_at), KEYS[2] the in-flight reservations (a sorted set scored by the
# instant each lease lapses, so a crashed replica's slots come back).
# ARGV: now, token, lease end, key ttl ms. Returns {go, wait ('' = until a request finishes),
# limit, remaining, reset_at, in_flight}.
_ACQUIRE = """
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local inflight = redis.call('ZCARD', KEYS[2])
local b = redis.call('HMGET', KEYS[1], 'limit', 'remaining', 'reset_at')
local remaining = tonumber(b[2])
local reset_at = tonumber(b[3])
local go = 0
local wait = ''
if remaining == nil then
  if inflight == 0 then go = 1 end
elseif remaining - inflight > 0 then
  go = 1
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

# Mirrors ratelimit.note_limited. ARGV: reset_at, key ttl ms.
_LIMITED = """
redis.call('HSET', KEYS[1], 'remaining', 0, 'reset_at', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
"""


def _bytes(raw: bytes | str) -> bytes:
    return raw.encode() if isinstance(raw, str) else bytes(raw)


def _num(raw: Any) -> float | None:
    if raw is None or raw in (b"", ""):
        return None
    return float(raw.decode() if isinstance(raw, bytes) else raw)


def _snapshot(limit: Any, remaining: Any, reset_at: Any, in_flight: Any) -> BudgetState:
    lim, rem = _num(limit), _num(remaining)
    return BudgetState(
        limit=None if lim is None else int(lim),
        remaining=None if rem is None else int(rem),
        reset_at=_num(reset_at),
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
        """Reserve one slot if :func:`~convo_mcp.ratelimit.decide` says go: (go, wait, state)."""
        ttl = str(int(self.KEY_TTL * 1000))
        go, wait, limit, remaining, reset_at, in_flight = await self._link.run(
            lambda r: self._acquire(keys=self.keys, args=[repr(now), token, repr(lease_until), ttl], client=r)
        )
        return bool(int(go)), _num(wait), _snapshot(limit, remaining, reset_at, in_flight)

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


class SharedRateGovernor(RateGovernor):
    """A :class:`RateGovernor` whose budget is the one all replicas share in Redis.

    The decision is the same as one process's (:func:`~convo_mcp.ratelimit.decide`), taken
    atomically in Redis over the account's remaining requests and every replica's reservations.
    A reservation lapses after ``lease`` seconds (longer than any request can take), so a replica
    that dies mid-request does not hold its slot forever. Waiting replicas poll with backoff. When
    Redis is unreachable the inherited per-process governor takes over, starting from the last
    shared figures seen.
    """

    def __init__(self, budget: RedisBudget, link: RedisLink, *, max_wait: float = 20.0, lease: float = 180.0,
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


# -- the monthly AI quota -------------------------------------------------------------------------

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

# ARGV: credits. Returns the new count, or '' when unlimited or unknown.
_QUOTA_SPEND = """
local r = tonumber(redis.call('HGET', KEYS[1], 'remaining'))
if r == nil then return '' end
r = math.max(0, r - tonumber(ARGV[1]))
redis.call('HSET', KEYS[1], 'remaining', r)
return tostring(r)
"""

# ARGV: resets_at ('' = keep). Convo said the quota is used up.
_QUOTA_EXHAUSTED = """
if redis.call('HGET', KEYS[1], 'limit') ~= '' then redis.call('HSET', KEYS[1], 'remaining', 0) end
if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], 'resets_at', ARGV[1]) end
return 1
"""


class SharedQuotaTracker(QuotaTracker):
    """The monthly AI-generation count shared by all replicas: spending decrements it atomically in
    Redis, so two replicas never both spend the last generation believing it is theirs. Learned
    from the profile as before; falls back to the local count when Redis is unreachable."""

    KEY_TTL = 40 * 86_400.0

    def __init__(self, load_profile: Callable[[], Awaitable[Profile]], link: RedisLink, namespace: str,
                 *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(load_profile, clock=clock)
        self._link = link
        self._key = f"{namespace}quota"
        self._learn_script = link.client.register_script(_QUOTA_LEARN)
        self._spend_script = link.client.register_script(_QUOTA_SPEND)
        self._exhausted_script = link.client.register_script(_QUOTA_EXHAUSTED)
        self._pending: set[asyncio.Task[None]] = set()

    def _later(self, work: Callable[[], Awaitable[None]]) -> None:
        """Run a Redis update from a synchronous method; :meth:`current` waits for them."""
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

    def _adopt(self, raw: Any) -> None:
        value = _num(raw)
        if value is not None and self.state.limit is not None:
            self.state.remaining = int(value)

    def learn(self, profile: Profile) -> None:
        super().learn(profile)
        s = self.state
        args = [s.tier or "", "" if s.limit is None else str(s.limit), "" if s.remaining is None else str(s.remaining),
                s.resets_at.isoformat() if s.resets_at else "", str(int(self.KEY_TTL * 1000))]

        async def push() -> None:
            self._adopt(await self._link.run(lambda r: self._learn_script(keys=[self._key], args=args, client=r)))

        self._later(push)

    def spent(self, credits: int = 1) -> None:
        super().spent(credits)

        async def push() -> None:
            self._adopt(await self._link.run(
                lambda r: self._spend_script(keys=[self._key], args=[str(credits)], client=r)))

        self._later(push)

    def exhausted(self, resets_at: datetime | None = None) -> None:
        super().exhausted(resets_at)
        when = resets_at.isoformat() if resets_at else ""

        async def push() -> None:
            await self._link.run(lambda r: self._exhausted_script(keys=[self._key], args=[when], client=r))

        self._later(push)

    async def current(self) -> Any:
        if self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)
        state = await super().current()
        if state.known and state.limit is not None and self._link.usable:
            try:
                limit, remaining, resets_at = await self._link.run(
                    lambda r: r.hmget(self._key, ["limit", "remaining", "resets_at"]))
            except SharedUnavailable:
                return state
            same_month = _bytes(resets_at or b"").decode() == (state.resets_at.isoformat() if state.resets_at else "")
            if limit is not None and _num(limit) == state.limit and same_month:
                self._adopt(remaining)
        return state


# -- single-flight across replicas ----------------------------------------------------------------

_UNLOCK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
_EXTEND = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""


class RedisFlights:
    """:class:`~convo_mcp.cache.FlightCoordinator` with Redis locks (``SET NX PX`` + token).

    The holder keeps its lock alive while it works (a crashed holder's lock lapses after
    ``lock_ttl`` seconds), leaves the result behind for ``result_ttl`` seconds and releases the
    lock with a compare-and-delete. Waiters poll for the result and the lock with backoff; after
    ``max_wait`` seconds, or when Redis is unreachable, they do the work themselves.
    """

    def __init__(self, link: RedisLink, namespace: str, *, lock_ttl: float = 15.0, max_wait: float = 150.0,
                 result_ttl: float = 30.0, sleep: Sleep | None = None) -> None:
        self._link = link
        self._ns = namespace
        self.lock_ttl = lock_ttl
        self.max_wait = max_wait
        self.result_ttl = result_ttl
        self._sleep = sleep or asyncio.sleep
        self._unlock = link.client.register_script(_UNLOCK)
        self._extend = link.client.register_script(_EXTEND)
        self.waited = 0  # callers that got their answer from another replica's work

    async def run(self, name: str, work: Callable[[], Awaitable[T]], done: Callable[[], Awaitable[T | None]]) -> T:
        lock = f"{self._ns}lock:{name}"
        token = secrets.token_hex(16).encode()
        started = time.monotonic()
        poll = 0.02
        while True:
            try:
                got = await self._link.run(lambda r: r.set(lock, token, nx=True, px=int(self.lock_ttl * 1000)))
            except SharedUnavailable:
                return await work()
            if got:
                break
            found = await done()
            if found is not None:
                self.waited += 1
                return found
            if time.monotonic() - started > self.max_wait:
                log.warning("shared_lock.wait_exceeded", waited_s=round(self.max_wait), action="loading itself")
                return await work()
            await self._sleep(poll * (1.0 + 0.25 * random.random()))
            poll = min(poll * 1.5, 0.25)
        try:
            found = await done()  # finished between our last look and taking the lock
            if found is not None:
                self.waited += 1
                return found
            async with self._kept_alive(lock, token):
                return await work()
        finally:
            with contextlib.suppress(SharedUnavailable):
                await self._link.run(lambda r: self._unlock(keys=[lock], args=[token], client=r))

    @contextlib.asynccontextmanager
    async def _kept_alive(self, lock: str, token: bytes) -> AsyncIterator[None]:
        async def renew() -> None:
            while True:
                await asyncio.sleep(self.lock_ttl / 3)
                with contextlib.suppress(SharedUnavailable):
                    await self._link.run(
                        lambda r: self._extend(keys=[lock], args=[token, int(self.lock_ttl * 1000)], client=r))

        task = asyncio.get_running_loop().create_task(renew())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def put_result(self, name: str, data: bytes) -> None:
        key = f"{self._ns}result:{name}"
        with contextlib.suppress(SharedUnavailable):
            await self._link.run(lambda r: r.set(key, data, px=int(self.result_ttl * 1000)))

    async def get_result(self, name: str) -> bytes | None:
        key = f"{self._ns}result:{name}"
        try:
            data = await self._link.run(lambda r: r.get(key))
        except SharedUnavailable:
            return None
        return None if data is None else _bytes(data)


# -- notifications and invalidations between replicas ---------------------------------------------

Handler = Callable[[dict[str, Any]], Awaitable[None]]


class RedisEvents:
    """Pub/sub on ``{ns}events``: every message carries its origin replica, and a replica replays
    only the others' messages. Messages: ``{"k": "updated", "u": uri}``, ``{"k": "list_changed"}``,
    ``{"k": "invalidate", "m": "keys"|"prefix", "i": [...]}``."""

    def __init__(self, link: RedisLink, namespace: str, origin: str, *, retry_every: float = 3.0) -> None:
        self._link = link
        self.channel = f"{namespace}events"
        self.origin = origin
        self.retry_every = retry_every
        self.received = 0
        self.subscribed = asyncio.Event()

    async def publish(self, message: dict[str, Any]) -> None:
        data = json.dumps({**message, "o": self.origin}, separators=(",", ":"))
        with contextlib.suppress(SharedUnavailable):
            await self._link.run(lambda r: r.publish(self.channel, data))

    async def notification(self, kind: str, uri: str | None) -> None:
        """The notifier's fan-out: (kind, uri) to every other replica."""
        await self.publish({"k": kind, "u": uri})

    async def invalidation(self, kind: str, items: Sequence[str]) -> None:
        """The cache's invalidation hook: other replicas drop their private copies."""
        await self.publish({"k": "invalidate", "m": kind, "i": list(items)})

    async def listen(self, handler: Handler, *, resync: Callable[[], Awaitable[None]]) -> None:
        """Replay other replicas' messages until cancelled, resubscribing after outages.

        After an outage ``resync`` runs (messages sent meanwhile are lost: drop private copies).
        """
        lost = False
        while True:
            pubsub = self._link.client.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(self.channel)
                if lost:
                    lost = False
                    await resync()
                self.subscribed.set()
                while True:
                    message = await pubsub.get_message(timeout=1.0)
                    if message is not None:
                        await self._dispatch(message.get("data"), handler)
            except _FAILURES as exc:
                self.subscribed.clear()
                lost = True
                self._link.fail(exc)
            finally:
                with contextlib.suppress(*_FAILURES, asyncio.CancelledError):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]
            await asyncio.sleep(self.retry_every)

    async def _dispatch(self, data: Any, handler: Handler) -> None:
        try:
            message = json.loads(data)
        except (TypeError, ValueError):
            return
        if not isinstance(message, dict) or message.get("o") == self.origin:
            return
        self.received += 1
        try:
            await handler(message)
        except Exception as exc:
            log.warning("shared_event.failed", kind=message.get("k"), error=type(exc).__name__)
