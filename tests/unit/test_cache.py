"""The layered cache: fresh/stale, promotion, single-flight, stale-on-error, failure tolerance."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import anyio
import pytest
from structlog.testing import capture_logs

from convo_mcp.cache import Cache, Cached
from convo_mcp.state.base import Entry
from convo_mcp.state.memory import MemoryStore
from convo_mcp.state.sqlite.store import SQLiteStore


class FakeClock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class UpstreamDown(Exception):
    pass


class Loader:
    """Counts calls; optionally blocks until released, raises, or returns a sequence of values."""

    def __init__(self, *values: Any, error: BaseException | None = None, gate: anyio.Event | None = None) -> None:
        self.values = list(values) or [{"n": 1}]
        self.error = error
        self.gate = gate
        self.calls = 0

    async def __call__(self) -> Any:
        self.calls += 1
        if self.gate is not None:
            await self.gate.wait()
        if self.error is not None:
            raise self.error
        return self.values[min(self.calls, len(self.values)) - 1]


class BrokenStore:
    """A layer that fails every operation, like a full disk or an unreachable Redis."""

    async def get(self, key: str) -> Entry | None:
        raise OSError("disk I/O error")

    async def set(self, key: str, entry: Entry) -> None:
        raise OSError("disk I/O error")

    async def delete(self, *keys: str) -> None:
        raise OSError("disk I/O error")

    async def delete_prefix(self, prefix: str) -> None:
        raise OSError("disk I/O error")

    async def add_if_absent(self, key: str, ttl: float) -> bool:
        raise OSError("disk I/O error")

    async def aclose(self) -> None:
        raise OSError("disk I/O error")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def cache(clock: FakeClock) -> Cache:
    return Cache([MemoryStore(clock=clock)], clock=clock)


async def gather(*calls: Any) -> list[Any]:
    return list(await asyncio.gather(*calls))


# -- get / put ----------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_ttl_fresh_then_stale(cache: Cache, clock: FakeClock) -> None:
    await cache.put("meetings", [{"id": 1}], ttl=60)
    hit = await cache.get("meetings")
    assert hit == Cached(value=[{"id": 1}], stored_at=clock.now, fresh=True, source="memory")
    clock.now += 59
    assert (await cache.get("meetings")).fresh  # type: ignore[union-attr]
    clock.now += 2
    stale = await cache.get("meetings")
    assert stale is not None
    assert not stale.fresh
    assert stale.age(clock.now) == 61
    assert cache.stats.hits_memory == 2
    assert cache.stats.misses == 1  # a stale copy does not count as a hit


@pytest.mark.anyio
async def test_immutable_entries_never_go_stale(cache: Cache, clock: FakeClock) -> None:
    await cache.put("transcript:9", {"text": "hi"}, ttl=None)
    clock.now += 10 * 365 * 86400
    hit = await cache.get("transcript:9")
    assert hit is not None
    assert hit.fresh
    assert hit.value == {"text": "hi"}


@pytest.mark.anyio
async def test_values_must_be_json(cache: Cache) -> None:
    with pytest.raises(TypeError):
        await cache.put("k", {"when": object()}, ttl=None)
    with pytest.raises(ValueError, match="Out of range"):
        await cache.put("k", float("nan"), ttl=None)
    assert await cache.get("k") is None


@pytest.mark.anyio
async def test_invalidate_and_invalidate_prefix(cache: Cache) -> None:
    for key in ("meetings:p1", "meetings:p2", "meeting:5", "profile"):
        await cache.put(key, key, ttl=60)
    await cache.invalidate("profile", "absent")
    await cache.invalidate_prefix("meetings:")
    assert [k for k in ("meetings:p1", "meetings:p2", "meeting:5", "profile") if await cache.get(k)] == ["meeting:5"]


@pytest.mark.anyio
async def test_hit_in_lower_layer_is_promoted(tmp_path: Path, clock: FakeClock) -> None:
    disk = SQLiteStore.open(tmp_path / "c.db", clock=clock)
    await Cache([disk], clock=clock).put("transcript:1", {"t": 1}, ttl=None)  # e.g. a previous run
    memory = MemoryStore(clock=clock)
    cache = Cache([memory, disk], clock=clock)
    first = await cache.get("transcript:1")
    assert first is not None
    assert (first.source, first.value) == ("disk", {"t": 1})
    assert await memory.get("transcript:1") is not None
    second = await cache.get("transcript:1")
    assert second is not None
    assert second.source == "memory"
    assert (cache.stats.hits_disk, cache.stats.hits_memory) == (1, 1)
    await cache.aclose()


@pytest.mark.anyio
async def test_fresher_copy_in_lower_layer_beats_stale_memory(tmp_path: Path, clock: FakeClock) -> None:
    """Another process refreshed the shared file; this one's memory copy is stale."""
    disk = SQLiteStore.open(tmp_path / "c.db", clock=clock)
    memory = MemoryStore(clock=clock)
    cache = Cache([memory, disk], clock=clock)
    await cache.put("meetings", ["old"], ttl=60)
    clock.now += 120
    await Cache([disk], clock=clock).put("meetings", ["new"], ttl=60)
    hit = await cache.get("meetings")
    assert hit is not None
    assert (hit.value, hit.fresh, hit.source) == (["new"], True, "disk")
    again = await cache.get("meetings")
    assert again is not None
    assert (again.value, again.source) == (["new"], "memory")
    await cache.aclose()


@pytest.mark.anyio
async def test_no_layers_means_no_caching(clock: FakeClock) -> None:
    cache = Cache([], clock=clock)
    loader = Loader({"a": 1}, {"a": 2})
    await cache.put("k", 1, ttl=None)
    assert await cache.get("k") is None
    assert (await cache.fetch("k", loader, ttl=None)).value == {"a": 1}
    assert (await cache.fetch("k", loader, ttl=None)).value == {"a": 2}
    assert loader.calls == 2


@pytest.mark.anyio
async def test_undecodable_entry_is_a_miss(clock: FakeClock) -> None:
    memory = MemoryStore(clock=clock)
    await memory.set("k", Entry(b"\xff not json", clock.now, None))
    cache = Cache([memory], clock=clock)
    assert await cache.get("k") is None
    assert (await cache.fetch("k", Loader(5), ttl=None)).value == 5


# -- fetch ----------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_fetch_is_cache_first(cache: Cache, clock: FakeClock) -> None:
    loader = Loader({"v": 1}, {"v": 2})
    first = await cache.fetch("profile", loader, ttl=300)
    assert (first.value, first.source, first.fresh, first.stored_at) == ({"v": 1}, "upstream", True, clock.now)
    second = await cache.fetch("profile", loader, ttl=300)
    assert (second.value, second.source) == ({"v": 1}, "memory")
    assert loader.calls == 1
    clock.now += 301
    third = await cache.fetch("profile", loader, ttl=300)
    assert (third.value, third.source) == ({"v": 2}, "upstream")
    assert loader.calls == 2


@pytest.mark.anyio
async def test_fetch_returns_json_shaped_value(cache: Cache) -> None:
    upstream = await cache.fetch("k", Loader({"ids": (1, 2)}), ttl=None)
    cached = await cache.fetch("k", Loader(), ttl=None)
    assert upstream.value == cached.value == {"ids": [1, 2]}


@pytest.mark.anyio
async def test_concurrent_identical_fetches_share_one_load(cache: Cache) -> None:
    gate = anyio.Event()
    loader = Loader({"keypoints": ["a"]}, gate=gate)

    async def release_soon() -> None:
        await asyncio.sleep(0.01)
        gate.set()

    results = await gather(*(cache.fetch("kp:1", loader, ttl=None) for _ in range(20)), release_soon())
    assert loader.calls == 1
    assert all(r.value == {"keypoints": ["a"]} and r.source == "upstream" for r in results[:20])
    assert cache.stats.loads == 1
    assert cache.stats.coalesced == 19


@pytest.mark.anyio
async def test_concurrent_fetches_over_sqlite_share_one_load(tmp_path: Path, clock: FakeClock) -> None:
    cache = Cache([MemoryStore(clock=clock), SQLiteStore.open(tmp_path / "c.db", clock=clock)], clock=clock)
    loader = Loader({"x": 1})  # completes instantly: later callers must find it stored, not reload
    results = await gather(*(cache.fetch("t:1", loader, ttl=None) for _ in range(20)))
    assert loader.calls == 1
    assert {r.value["x"] for r in results} == {1}
    await cache.aclose()


@pytest.mark.anyio
async def test_caller_that_missed_just_before_a_load_finished_does_not_reload(clock: FakeClock) -> None:
    """B read the cache before A's load stored its result, then asks after A's flight ended."""
    b_may_continue = anyio.Event()
    slow_reader: list[asyncio.Task[Any] | None] = [None]

    class SlowForB(MemoryStore):
        async def get(self, key: str) -> Entry | None:
            found = await super().get(key)
            if asyncio.current_task() is slow_reader[0]:
                slow_reader[0] = None
                await b_may_continue.wait()
            return found

    cache = Cache([SlowForB(clock=clock)], clock=clock)
    loader = Loader({"v": 1})
    b = asyncio.create_task(cache.fetch("k", loader, ttl=None))
    slow_reader[0] = b
    await asyncio.sleep(0)  # B has read the cache (a miss) and is held up
    assert (await cache.fetch("k", loader, ttl=None)).source == "upstream"  # A loads and stores
    b_may_continue.set()
    assert (await b).value == {"v": 1}
    assert loader.calls == 1


@pytest.mark.anyio
async def test_failed_load_reaches_every_waiter_and_stores_nothing(cache: Cache) -> None:
    gate = anyio.Event()
    loader = Loader(error=UpstreamDown("503"), gate=gate)

    async def release_soon() -> None:
        await asyncio.sleep(0.01)
        gate.set()

    results = await asyncio.gather(
        *(cache.fetch("m:1", loader, ttl=60) for _ in range(5)), release_soon(), return_exceptions=True
    )
    assert all(isinstance(r, UpstreamDown) for r in results[:5])
    assert loader.calls == 1
    assert await cache.get("m:1") is None
    retry = Loader({"ok": True})
    assert (await cache.fetch("m:1", retry, ttl=60)).value == {"ok": True}
    assert retry.calls == 1


@pytest.mark.anyio
async def test_stale_copy_served_on_configured_errors(cache: Cache, clock: FakeClock) -> None:
    await cache.put("meetings", ["m1"], ttl=60)
    stored_at = clock.now
    clock.now += 300
    served = await cache.fetch("meetings", Loader(error=UpstreamDown()), ttl=60, serve_stale_on=(UpstreamDown,))
    assert (served.value, served.fresh, served.source, served.stored_at) == (["m1"], False, "memory", stored_at)
    assert served.age(clock.now) == 300
    assert cache.stats.stale_served == 1
    with pytest.raises(KeyError):  # not a configured error: raised, not masked
        await cache.fetch("meetings", Loader(error=KeyError("bug")), ttl=60, serve_stale_on=(UpstreamDown,))
    with pytest.raises(UpstreamDown):  # configured, but nothing to fall back on
        await cache.fetch("other", Loader(error=UpstreamDown()), ttl=60, serve_stale_on=(UpstreamDown,))


@pytest.mark.anyio
async def test_refresh_bypasses_fresh_copy_and_stores_result(cache: Cache) -> None:
    await cache.put("calendar", ["old"], ttl=600)
    loader = Loader(["new"])
    result = await cache.fetch("calendar", loader, ttl=600, refresh=True)
    assert (result.value, result.source) == (["new"], "upstream")
    assert loader.calls == 1
    assert (await cache.get("calendar")).value == ["new"]  # type: ignore[union-attr]
    fallback = await cache.fetch(
        "calendar", Loader(error=UpstreamDown()), ttl=600, refresh=True, serve_stale_on=(UpstreamDown,)
    )
    assert (fallback.value, fallback.source) == (["new"], "memory")


@pytest.mark.anyio
async def test_cancelled_waiter_does_not_cancel_shared_load(cache: Cache) -> None:
    gate = anyio.Event()
    loader = Loader({"answer": 42}, gate=gate)
    leader = asyncio.create_task(cache.fetch("q", loader, ttl=None))
    follower = asyncio.create_task(cache.fetch("q", loader, ttl=None))
    await asyncio.sleep(0.01)
    leader.cancel()  # the caller that started the load goes away
    with pytest.raises(asyncio.CancelledError):
        await leader
    gate.set()
    result = await follower
    assert result.value == {"answer": 42}
    assert loader.calls == 1
    assert (await cache.get("q")).source == "memory"  # type: ignore[union-attr]


@pytest.mark.anyio
async def test_load_completes_and_is_stored_when_every_waiter_leaves(cache: Cache) -> None:
    gate = anyio.Event()
    loader = Loader({"done": True}, gate=gate)
    with anyio.move_on_after(0.01):
        await cache.fetch("slow", loader, ttl=None)
    gate.set()
    for _ in range(10):
        await asyncio.sleep(0)
    assert (await cache.get("slow")).value == {"done": True}  # type: ignore[union-attr]
    assert loader.calls == 1


@pytest.mark.anyio
async def test_single_flight_for_uncached_calls(cache: Cache) -> None:
    calls = 0
    gate = anyio.Event()

    async def ask() -> str:
        nonlocal calls
        calls += 1
        await gate.wait()
        return f"answer {calls}"

    async def release_soon() -> None:
        await asyncio.sleep(0.01)
        gate.set()

    results = await gather(*(cache.single_flight("ask:q", ask) for _ in range(5)), release_soon())
    assert results[:5] == ["answer 1"] * 5
    assert await cache.single_flight("ask:q", ask) == "answer 2"  # not cached: a later call runs again
    assert calls == 2
    assert await cache.get("ask:q") is None


# -- failure tolerance ----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_broken_layer_never_fails_a_request(clock: FakeClock) -> None:
    memory = MemoryStore(clock=clock)
    cache = Cache([memory, BrokenStore()], clock=clock)
    with capture_logs() as logs:
        await cache.put("k", {"note": "payload-7f3a"}, ttl=60)
        assert (await cache.get("k")).value == {"note": "payload-7f3a"}  # type: ignore[union-attr]
        await cache.invalidate("k")
        await cache.invalidate_prefix("k")
        loader = Loader({"v": 1})
        assert (await cache.fetch("f", loader, ttl=60)).value == {"v": 1}
        assert (await cache.fetch("f", loader, ttl=60)).source == "memory"
        await cache.aclose()
    assert loader.calls == 1
    warnings = [e for e in logs if e["log_level"] == "warning"]
    assert len(warnings) == 1  # warned once, not on every call
    assert warnings[0]["layer"] == "BrokenStore"
    assert "payload-7f3a" not in str(logs)  # values are never logged
    assert cache.stats.layer_errors >= 5


@pytest.mark.anyio
async def test_only_layer_broken_still_loads(clock: FakeClock) -> None:
    cache = Cache([BrokenStore()], clock=clock)
    loader = Loader({"v": 1})
    result = await cache.fetch("k", loader, ttl=None, serve_stale_on=(UpstreamDown,))
    assert (result.value, result.source) == ({"v": 1}, "upstream")
    failing = await asyncio.gather(
        cache.fetch("k2", Loader(error=UpstreamDown()), ttl=None, serve_stale_on=(UpstreamDown,)),
        return_exceptions=True,
    )
    assert isinstance(failing[0], UpstreamDown)


@pytest.mark.anyio
async def test_layer_recovery_rearms_warning(clock: FakeClock) -> None:
    class Flaky(MemoryStore):
        broken = True

        async def get(self, key: str) -> Entry | None:
            if self.broken:
                raise OSError("flaky")
            return await super().get(key)

    flaky = Flaky(clock=clock)
    cache = Cache([flaky], clock=clock)
    with capture_logs() as logs:
        await cache.get("a")
        await cache.get("a")
        flaky.broken = False
        await cache.get("a")
        flaky.broken = True
        await cache.get("a")
    assert [e["event"] for e in logs] == ["cache_layer_failed", "cache_layer_recovered", "cache_layer_failed"]


@pytest.mark.anyio
async def test_aclose_cancels_loads_and_closes_layers(tmp_path: Path, clock: FakeClock) -> None:
    disk = SQLiteStore.open(tmp_path / "c.db", clock=clock)
    cache = Cache([MemoryStore(clock=clock), disk], clock=clock)
    waiter = asyncio.create_task(cache.fetch("k", Loader(gate=anyio.Event()), ttl=None))
    await asyncio.sleep(0.01)
    await cache.aclose()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    assert disk._conn is None
