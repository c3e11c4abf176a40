"""The Redis components against a real redis-server: store, budget scripts (checked against the
pure rules), shared quota, locks, relays, and failing soft when Redis is gone."""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import SecretStr
from structlog.testing import capture_logs

from convo_mcp.account import Account
from convo_mcp.app import App
from convo_mcp.cache import Cache
from convo_mcp.config import Settings
from convo_mcp.convo.models import Profile
from convo_mcp.convo.pooled import SharedRateGovernor
from convo_mcp.convo.ratelimit import BudgetState, RateHeaders, decide, note_limited, note_response
from convo_mcp.errors import ConvoError, RateBudgetExhaustedError
from convo_mcp.sandbox import SandboxState, create_app, dataset
from convo_mcp.state.base import Entry
from convo_mcp.state.flights import LeasedFlights
from convo_mcp.state.memory import MemoryStore
from convo_mcp.state.redis.budget import RedisBudget
from convo_mcp.state.redis.connection import RedisLink, SharedUnavailable, describe_url
from convo_mcp.state.redis.leases import RedisLeases, RedisResults
from convo_mcp.state.redis.quota import SharedQuotaTracker
from convo_mcp.state.redis.shared import account_namespace
from convo_mcp.state.redis.store import RedisStore
from convo_mcp.webhooks.events import apply_event
from convo_mcp.webhooks.receiver import WebhookEvent

pytestmark = pytest.mark.anyio
NOW = 1_800_000_000.0


@pytest.fixture
async def link(redis_server: Any) -> AsyncIterator[RedisLink]:
    shared = RedisLink.from_url(redis_server.url, timeout=5.0)  # generous: a busy CI box must not degrade it
    yield shared
    await shared.aclose()


@pytest.fixture
def ns() -> str:
    return f"convo-mcp:test-{uuid.uuid4().hex[:8]}:"


# --- store -----------------------------------------------------------------------------------------


async def test_store_round_trips_entries_with_native_ttls(link: RedisLink, ns: str) -> None:
    store = RedisStore(link, ns, stale_retention=100.0)
    now = time.time()
    await store.set("transcript:a", Entry(b'{"x":1}', now, None))
    await store.set("list:1", Entry(b"[1]", now - 20, now - 10))  # stale, still kept for a while
    await store.set("list:gone", Entry(b"[]", now - 500, now - 400))  # past retention: not stored
    assert await store.get("transcript:a") == Entry(b'{"x":1}', now, None)
    stale = await store.get("list:1")
    assert stale is not None and not stale.fresh(now) and stale.value == b"[1]"
    assert await store.get("list:gone") is None
    assert await store.get("missing") is None
    assert await link.client.pttl(f"{ns}kv:transcript:a") == -1  # immutable: no expiry
    ttl_ms = await link.client.pttl(f"{ns}kv:list:1")
    assert 85_000 < ttl_ms <= 90_000  # expires_at + stale_retention


async def test_store_delete_and_delete_prefix_are_literal(link: RedisLink, ns: str) -> None:
    store = RedisStore(link, ns)
    entry = Entry(b"1", time.time(), None)
    for key in ("list:a", "list:b", "lisx:c", "q:[x]*:1", "q:[x]*:2", "q:x:3", "keep"):
        await store.set(key, entry)
    await store.delete_prefix("list:")
    await store.delete_prefix("q:[x]*:")  # glob characters are matched literally
    await store.delete("keep", "never-there")
    remaining = sorted([k.decode().removeprefix(f"{ns}kv:") async for k in link.client.scan_iter(match=f"{ns}kv:*")])
    assert remaining == ["lisx:c", "q:x:3"]


async def test_store_marks_are_set_nx_with_expiry(link: RedisLink, ns: str) -> None:
    store = RedisStore(link, ns)
    other_replica = RedisStore(link, ns)
    assert await store.add_if_absent("webhook:abc", 0.3)
    assert not await other_replica.add_if_absent("webhook:abc", 0.3)
    await asyncio.sleep(0.4)
    assert await other_replica.add_if_absent("webhook:abc", 0.3)


def test_the_namespace_names_the_account_without_the_key() -> None:
    ns = account_namespace(Account.of("https://www.itsconvo.com/api/v1/", "convo_live_secret"))
    assert ns.startswith("convo-mcp:") and ns.endswith(":") and len(ns.split(":")[1]) == 16
    assert "convo_live_secret" not in ns
    assert ns == account_namespace(Account.of("https://www.itsconvo.com/api/v1", "convo_live_secret"))
    assert ns != account_namespace(Account.of("https://www.itsconvo.com/api/v1", "convo_other"))
    assert describe_url("redis://user:pw@cache.internal:6380/2") == "redis://cache.internal:6380/2"


# --- the budget scripts mirror the pure rules -------------------------------------------------------


async def test_budget_scripts_match_the_pure_rules_step_for_step(link: RedisLink, ns: str) -> None:
    rng = random.Random(7)
    budget = RedisBudget(link, ns)
    model = BudgetState()
    held: list[str] = []
    now = NOW
    for step in range(400):
        now += rng.choice([0.0, 0.5, 1.0, 30.0])
        op = rng.random()
        if op < 0.5:
            token = f"t{step}"
            go, wait, state = await budget.acquire(now, token, now + 10_000)
            expected = decide(model, now)
            assert (go, wait) == (expected.go, expected.wait), step
            if go:
                model.in_flight += 1
                held.append(token)
        elif op < 0.9 and held:
            token = held.pop(rng.randrange(len(held)))
            seen = None
            if rng.random() < 0.7:
                seen = RateHeaders(12, rng.randrange(0, 13), NOW + rng.choice([100.0, 200.0, 3600.5]) + step)
            sent = rng.random() < 0.8
            state = await budget.release(token, seen, sent=sent)
            note_response(model, seen, sent=sent)
        elif op >= 0.9:
            retry = rng.choice([None, 5.0, 40.5])
            reset_at = now + (retry if retry is not None else 60.0)
            await budget.limited(reset_at)
            note_limited(model, now, retry)
            continue
        else:
            continue
        assert (state.limit, state.remaining, state.reset_at, state.in_flight) == (
            model.limit, model.remaining, model.reset_at, model.in_flight), step


async def test_a_crashed_replicas_reservation_lapses(link: RedisLink, ns: str) -> None:
    budget = RedisBudget(link, ns)
    go, _, _ = await budget.acquire(NOW, "crashed", NOW + 5)  # the probe, never released
    assert go
    go, wait, state = await budget.acquire(NOW + 1, "other", NOW + 100)
    assert (go, wait, state.in_flight) == (False, None, 1)  # waits for the probe …
    go, _, state = await budget.acquire(NOW + 6, "other", NOW + 100)
    assert go and state.in_flight == 1  # … until its lease lapses


async def test_governors_on_two_replicas_never_oversend(link: RedisLink, ns: str) -> None:
    """A fake upstream with 10 requests an hour; 30 callers over two replicas."""
    limit, served = 10, 0
    budget = RedisBudget(link, ns)
    replicas = [SharedRateGovernor(budget, link, max_wait=20.0) for _ in range(2)]
    outcomes: list[str] = []

    async def call(governor: SharedRateGovernor) -> None:
        nonlocal served
        try:
            await governor.acquire()
        except RateBudgetExhaustedError:
            outcomes.append("refused")
            return
        served += 1
        await asyncio.sleep(random.uniform(0.001, 0.02))
        assert served <= limit, "would have been answered 429"
        await governor.release(RateHeaders(limit, limit - served, time.time() + 3600))
        outcomes.append("sent")

    await asyncio.gather(*(call(replicas[i % 2]) for i in range(30)))
    assert outcomes.count("sent") == limit
    assert outcomes.count("refused") == 20
    assert replicas[0].spendable(0.0) == 0 and replicas[1].spendable(0.0) == 0


# --- quota -----------------------------------------------------------------------------------------


def profile(remaining: int, limit: int = 10) -> Profile:
    return Profile.model_validate({
        "subscription": {"tier": "starter"},
        "apiUsage": {"aiGenerations": {"used": limit - remaining, "limit": limit, "remaining": remaining,
                                       "resetsAt": "2027-01-01T00:00:00Z"}},
    })


async def test_replicas_decrement_one_quota_and_old_profiles_never_raise_it(link: RedisLink, ns: str) -> None:
    async def load() -> Profile:
        return profile(5)

    one, two = SharedQuotaTracker(load, link, ns), SharedQuotaTracker(load, link, ns)
    assert (await one.current()).remaining == 5
    assert (await two.current()).remaining == 5
    await one.reserve()
    await two.reserve()
    await two.reserve()
    await asyncio.sleep(0.05)  # let any follow-up writes to Redis land
    assert (await one.current()).remaining == 2
    assert (await two.current()).remaining == 2
    two.learn(profile(5))  # a cached profile from before the spending
    await asyncio.sleep(0.05)
    assert (await one.current()).remaining == 2
    one.learn(profile(1))  # Convo knows of spending elsewhere
    await asyncio.sleep(0.05)
    assert (await two.current()).remaining == 1
    two.exhausted()
    await asyncio.sleep(0.05)
    assert (await one.current()).remaining == 0


# --- locks -----------------------------------------------------------------------------------------


def flights_on(link: RedisLink, ns: str) -> LeasedFlights:
    return LeasedFlights(RedisLeases(link, ns), RedisResults(link, ns))


async def test_one_replica_loads_while_the_others_wait_for_its_result(link: RedisLink, ns: str) -> None:
    replicas = [flights_on(link, ns) for _ in range(3)]
    calls = 0

    async def work() -> str:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.2)
        await replicas[0].put_result("call:x", b"done")
        return "done"

    async def done() -> str | None:
        data = await replicas[0].get_result("call:x")
        return None if data is None else data.decode()

    results = await asyncio.gather(*(replicas[i % 3].run("call:x", work, done) for i in range(12)))
    assert results == ["done"] * 12
    assert calls == 1
    assert await link.client.exists(f"{ns}lease:flight:call:x") == 0  # released


async def test_a_dead_holders_lock_lapses_and_a_waiter_loads(link: RedisLink, ns: str) -> None:
    await link.client.set(f"{ns}lease:flight:call:y", b"someone-who-crashed", px=300)
    flights = flights_on(link, ns)

    async def nothing() -> None:
        return None

    async def work() -> str:
        return "loaded"

    started = time.monotonic()
    assert await flights.run("call:y", work, nothing) == "loaded"
    assert 0.2 < time.monotonic() - started < 2


async def test_two_caches_share_one_load(link: RedisLink, ns: str) -> None:
    caches = [Cache([MemoryStore(), RedisStore(link, ns)], coordinator=flights_on(link, ns)) for _ in range(2)]
    loads = 0

    async def loader() -> dict[str, int]:
        nonlocal loads
        loads += 1
        await asyncio.sleep(0.1)
        return {"n": 1}

    got = await asyncio.gather(*(caches[i % 2].fetch("transcript:z", loader, ttl=None) for i in range(10)))
    assert loads == 1
    assert {g.value["n"] for g in got} == {1}


# --- relays ----------------------------------------------------------------------------------------


def shared_app(state: SandboxState, key: str, redis_url: str) -> App:
    import httpx

    settings = Settings(api_key=SecretStr(key), base_url="http://sandbox.invalid/api/v1",
                        redis_url=SecretStr(redis_url), persistent_cache=False)
    return App(settings, transport=httpx.ASGITransport(app=create_app(state)))


async def test_a_webhook_invalidation_on_one_replica_drops_the_others_memory_copy(redis_server: Any) -> None:
    state = SandboxState()
    key = state.add_account("professional", f"convo_relay_{uuid.uuid4().hex[:6]}", conversations="demo")
    cid = dataset.DEMO_IDS[3]
    a, b = shared_app(state, key, redis_server.url), shared_app(state, key, redis_server.url)
    async with a.running(), b.running():
        assert a.relay is not None and b.relay is not None
        await asyncio.wait_for(a.relay.events.subscribed.wait(), 5)
        await asyncio.wait_for(b.relay.events.subscribed.wait(), 5)
        await a.service.transcript(cid)
        assert (await b.service.transcript(cid)).source == "cache"
        memory_b = b.service.cache.layers[0]
        assert await memory_b.get(f"transcript:{cid}") is not None
        event = WebhookEvent(event="transcript.ready", data={"conversationId": cid}, timestamp=datetime.now(UTC),
                             delivery_id="d1", conversation_id=cid)
        await apply_event(a, event)
        updated = ("updated", f"convo://conversations/{cid}/transcript")
        for _ in range(100):
            if await memory_b.get(f"transcript:{cid}") is None and updated in b.notifier.sent:
                break
            await asyncio.sleep(0.02)
        assert await memory_b.get(f"transcript:{cid}") is None
        assert b.notifier.sent.count(updated) == 1  # replayed on b
        assert a.notifier.sent.count(updated) == 1  # once on a, never echoed back


# --- failing soft ----------------------------------------------------------------------------------


async def test_a_dead_redis_fails_fast_warns_once_and_falls_back(
    redis_factory: Callable[..., Any], ns: str,
) -> None:
    server = redis_factory(password="pw-never-logged")
    link = RedisLink.from_url(server.url, timeout=0.5, retry_every=0.3)
    store = RedisStore(link, ns)
    await store.set("k", Entry(b"1", time.time(), None))
    server.kill()
    with capture_logs() as logs:
        started = time.monotonic()
        assert await store.get("k") is None  # a miss, not an error
        await store.set("k2", Entry(b"2", time.time(), None))
        assert await store.add_if_absent("webhook:x", 10)  # per-process marks meanwhile
        assert not await store.add_if_absent("webhook:x", 10)
        await store.delete_prefix("list:")  # remembered for later
        with pytest.raises(SharedUnavailable):
            await link.run(lambda r: r.ping())
        assert time.monotonic() - started < 1.5
    warnings = [e for e in logs if e["log_level"] == "warning"]
    assert [e["event"] for e in warnings] == ["shared_state.unavailable"]
    assert "pw-never-logged" not in repr(logs)
    assert link.status == "degraded"

    # back on the same port: the next attempt (after retry_every) recovers and replays invalidations
    revived = redis_factory(port=server.port)
    await revived_client_set(revived.url, f"{ns}kv:list:old")
    await asyncio.sleep(0.35)
    with capture_logs() as logs:
        assert await link.ping()
    assert link.status == "redis"
    assert [e["event"] for e in logs] == ["shared_state.recovered"]
    assert await link.client.exists(f"{ns}kv:list:old") == 0  # the missed delete_prefix was applied
    await link.aclose()


async def revived_client_set(url: str, key: str) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(url)
    await client.hset(key, mapping={"v": b"[]", "s": "1"})
    await client.aclose()


# --- holding under concurrency with Redis ---------------------------------------------------------


async def test_two_replicas_never_send_more_ai_posts_than_generations_left(redis_server: Any) -> None:
    state = SandboxState()
    key = state.add_account("professional", f"convo_quota_{uuid.uuid4().hex[:6]}", conversations="demo", ai_limit=3)
    a, b = shared_app(state, key, redis_server.url), shared_app(state, key, redis_server.url)
    async with a.running(), b.running():
        await a.service.profile()
        await b.service.profile()

        async def ask(app: App, n: int) -> str:
            try:
                await app.service.ask(dataset.DEMO_IDS[0], f"Question number {n}?")
            except ConvoError as exc:
                return exc.code
            return "answered"

        outcomes = await asyncio.gather(*(ask((a, b)[n % 2], n) for n in range(10)))
    assert state.stats.requests(route="/conversations/{id}/query", key=key) == 3
    assert outcomes.count("answered") == 3 and outcomes.count("ai_limit_exceeded") == 7
    assert state.stats.credits_spent(key) == 3


async def test_fifty_concurrent_fan_outs_over_two_replicas_never_fall_back(redis_server: Any) -> None:
    state = SandboxState()
    key = state.add_account("enterprise", f"convo_pool_{uuid.uuid4().hex[:6]}", conversations="demo")
    a, b = shared_app(state, key, redis_server.url), shared_app(state, key, redis_server.url)
    with capture_logs() as logs:
        async with a.running(), b.running():
            from convo_mcp.insights.fanout import gather, listing
            from convo_mcp.tools._register import CallProgress

            async def fan_out(app: App) -> int:
                convs, _ = await listing(app.service, CallProgress(), datetime(2026, 1, 1, tzinfo=UTC))
                got = await gather(app.service, convs, "keypoints", CallProgress())
                return len(got.values) + len(got.missing)

            read = await asyncio.gather(*(fan_out((a, b)[n % 2]) for n in range(50)))
            links = [app.relay.link for app in (a, b) if app.relay is not None]
    assert min(read) > 0
    assert not [e for e in logs if e["event"] == "shared_state.unavailable"]
    assert all(link.healthy and link.failures == 0 for link in links)


async def test_a_retry_after_seen_by_one_replica_holds_every_replica(link: RedisLink, ns: str) -> None:
    budget = RedisBudget(link, ns)
    one, two = (SharedRateGovernor(budget, link, max_wait=5.0) for _ in range(2))
    await one.acquire()
    await one.release(RateHeaders(100, 90, time.time() + 3600))  # the budget is known: 90 left
    await one.acquire()  # request A
    await one.acquire()  # request B
    await one.release(None)
    await one.note_rate_limited(30.0)  # A came back 429 with Retry-After: 30
    await one.release(RateHeaders(100, 88, time.time() + 3600))  # B answers later: "88 left"
    with pytest.raises(RateBudgetExhaustedError) as refused:
        await two.acquire()  # the other replica waits out the Retry-After all the same
    assert refused.value.retry_after is not None and 25 < refused.value.retry_after <= 30
