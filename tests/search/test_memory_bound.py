"""One bound for what a replica holds in memory across accounts (``CONVO_MCP_MEMORY_MB``): each
account's vectors, calibration, commitments book and memory cache count, by their measured sizes, in
its share; past the bound the least recently used account lets go of all of it, and its next search
reads back what it needs and answers the same. Against a real PostgreSQL server (as a team's replica
runs), services built by the server's own wiring."""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np
import pytest

from convo_mcp import memory as memory_module
from convo_mcp.config import Settings
from convo_mcp.memory import MemoryBudget, sizeof
from convo_mcp.search.document import Document
from convo_mcp.search.query import parse_query
from convo_mcp.search.storage import Filters
from convo_mcp.state.base import Entry
from convo_mcp.state.memory import MemoryStore, _bytes
from convo_mcp.zone import UTC_ZONE

PLANTED = "The espresso machine on the third floor leaked all over the kitchen again."
TALK = ["Okay Dana, can you give us a quick update on the billing revamp?", "Let's circle back on the budget Friday.",
        "I'll send the revised pricing sheet to Acme by Thursday.", "Sorry, you were on mute.",
        "I'll add the roadmap to the agenda for Tuesday.", "We're a bit behind on the data platform because of hiring.",
        "Who owns the renewal going forward, Lee or Sam?",
        "The numbers for project Atlas look similar to last quarter."]


def meetings(account: int) -> list[Document]:
    out = []
    for n in range(12):
        segs = [{"speaker": ["Dana", "Lee", "Sam"][i % 3], "text": TALK[(i + n + account) % len(TALK)],
                 "timestamp": f"2026-03-{1 + n:02d}T10:{i // 60:02d}:{i % 60:02d}Z"} for i in range(40)]
        if n == 7:
            segs[20] = {**segs[20], "text": PLANTED}
        cid = f"sess_a{account}m{n:03d}"
        out.append(Document(cid, "t", f"Weekly sync {n}", 1_772_000_000 + n * 86_400, 40.0,
                            {"id": cid, "segments": segs}))
    return out


@pytest.fixture
def budget(monkeypatch: pytest.MonkeyPatch) -> MemoryBudget:
    """A budget of the test's own (the process's one is shared with every other test)."""
    from convo_mcp import wiring
    from convo_mcp.search import index, vectors

    fresh = MemoryBudget()
    for module in (memory_module, wiring, index, vectors):
        monkeypatch.setattr(module, "BUDGET", fresh)
    return fresh


async def services(url: str, count: int) -> list[Any]:
    """``count`` accounts' services as a replica builds them, each filled, embedded and derived."""
    from convo_mcp.state.postgres.engine import PostgresEngine
    from convo_mcp.wiring import assemble

    engine, out = PostgresEngine(url), []
    for n in range(count):
        settings = Settings(database_url=url, api_key=f"convo_test_memory_{n}", data_owner=f"memory-{n}",
                            search_second_stage=False, index_background=False)
        service = assemble(settings, engine.account(settings, clock=time.time))
        await service.index._run(service.index.index.add, meetings(n))
        while await service.index.embed(5_000) or await service.index.derive(100):
            pass
        out.append(service)
    return out


async def use(service: Any) -> tuple[str, list[tuple[str, str]], Any]:
    """What a person's calls read: a search by meaning, the commitments book, a cached item."""
    page, _ = await service.index.search(parse_query("coffee maker broke and flooded"), Filters())
    book = await service.ledger.book(UTC_ZONE)
    cached = await service.cache.get("transcript:probe")
    return page.meetings[0].meeting.id, sorted((p.owner, p.text) for p in book.promises), cached


def held_by(service: Any) -> int:
    """What the service's holders hold now, measured here from the structures themselves."""
    index = service.index.index
    return (index.vectors.held() + (sizeof(index.meaning._held) if index.meaning._held is not None else 0)
            + (sizeof(service.ledger._book) if service.ledger._book is not None else 0)
            + service.cache.layers[0].nbytes)


@pytest.mark.anyio
async def test_the_least_recently_used_account_lets_go_and_answers_the_same_after(
        postgres: Any, budget: MemoryBudget) -> None:
    from pgserver import empty

    accounts = await services(empty(postgres), 3)
    first = []
    for n, service in enumerate(accounts):
        await service.cache.put("transcript:probe", {"id": f"probe-{n}", "segments": ["x" * 2000]}, None)
        first.append(await use(service))
    assert all(top == f"sess_a{n}m007" for n, (top, _, _) in enumerate(first))
    assert all(promises for _, promises, _ in first)  # each account's book has promises to lose
    for service in accounts:  # every kind counted, each as measured from what is held
        share = service.index.index.share
        assert {kind for kind, _, _ in share.parts.values()} == {"vectors", "calibration", "commitments", "cache"}
        assert share.size() == held_by(service) > 0
        memory = service.cache.layers[0]
        assert memory.nbytes == sum(_bytes(k, e) for k, e in memory._entries.items())
    assert budget.held() == sum(held_by(s) for s in accounts)

    one = max(s.index.index.share.size() for s in accounts)
    budget.limit = int(one * 1.5)  # room for one account's holdings, not two
    for service in accounts:
        await use(service)
    a, b, c = accounts
    for gone in (a, b):  # let go, least recently used first: nothing held, nothing counted
        assert gone.index.index.share.size() == 0
        assert gone.index.index.vectors.held() == 0 and gone.index.index.meaning._held is None
        assert gone.ledger._book is None and len(gone.cache.layers[0]) == 0
    assert c.index.index.share.size() == held_by(c) > 0
    assert budget.held() == held_by(c) <= budget.limit

    released = budget.released
    again = await use(a)  # read back from the database: the same answers
    assert again[0] == first[0][0] and again[1] == first[0][1]
    assert again[2] is not None and again[2].value == {"id": "probe-0", "segments": ["x" * 2000]}
    assert again[2].source == "disk"  # the memory layer had let it go; the database kept it
    assert c.index.index.share.size() == 0 and c.ledger._book is None  # now c was the least recently used
    assert budget.held() == held_by(a) <= budget.limit
    assert budget.released == released + 1  # c alone had to let go
    for service in accounts:
        await service.aclose()
    assert budget.held() == 0


@pytest.mark.anyio
async def test_an_account_larger_than_the_bound_keeps_what_it_uses(postgres: Any, budget: MemoryBudget) -> None:
    from pgserver import empty

    (service,) = await services(empty(postgres), 1)
    budget.limit = 1  # smaller than anything: the account in use is never made to let go of it
    top, promises, _ = await use(service)
    assert top == "sess_a0m007" and promises
    assert service.index.index.vectors.held() > 0 and service.ledger._book is not None
    assert budget.held() == held_by(service)
    await service.aclose()


@pytest.mark.anyio
async def test_commitment_changes_are_not_announced_for_a_book_let_go(postgres: Any, budget: MemoryBudget) -> None:
    from pgserver import empty

    (service,) = await services(empty(postgres), 1)
    owners = await service.ledger.changed_owners(UTC_ZONE)
    assert owners  # the first book: every owner is new
    service.index.index.share.release()  # as the bound does for the least recently used account
    assert service.ledger._book is None
    assert await service.ledger.changed_owners(UTC_ZONE) == []  # read again, nothing changed: nothing said
    await service.aclose()


@pytest.mark.anyio
async def test_the_memory_cache_counts_what_it_holds_through_every_change() -> None:
    budget = MemoryBudget(limit=10**9)
    share = budget.share("a")
    store = MemoryStore(max_entries=3, share=share)

    def counted() -> int:
        return sum(_bytes(k, e) for k, e in store._entries.items())

    for n in range(5):  # two evicted by count
        await store.set(f"k{n}", Entry(b"v" * (100 * n + 1), 0.0, None))
        assert store.nbytes == counted() == share.size()
    await store.set("k4", Entry(b"w", 0.0, None))  # replaced
    await store.delete("k3")
    await store.delete_prefix("k")
    assert store.nbytes == counted() == 0

    def release_meanwhile() -> None:
        for _ in range(200):
            store.release()

    budget.limit = 2 * (_bytes("k1", Entry(b"z" * 50, 0.0, None)) * 2 + 10)  # half of it: room for two entries
    for n in range(3):
        await store.set(f"k{n}", Entry(b"z" * 50, 0.0, None))
    assert list(store._entries) == ["k1", "k2"] and store.nbytes == counted() == share.size()
    budget.limit = 10**9

    thread = threading.Thread(target=release_meanwhile)
    thread.start()
    for n in range(200):  # let go from another thread while entries are set: the count stays true
        await store.set(f"k{n % 7}", Entry(b"z" * 50, 0.0, None))
    thread.join()
    await store.set("last", Entry(b"z", 0.0, None))
    assert store.nbytes == counted()
    await store.aclose()
    assert share.size() == 0


def test_sizes_are_measured_from_what_is_held() -> None:
    data = np.zeros(10_000, np.float32)
    assert 40_000 <= sizeof(data) < 40_200
    assert 40_000 <= sizeof(data[::2]) < 40_400  # a view holds its base's data
    held = {"a": data, "b": data, "names": ["Dana Whitfield"] * 1000}  # shared objects counted once
    assert 40_000 + 8_000 <= sizeof(held) < 40_000 + 8_000 + 2_000
