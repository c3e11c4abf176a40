"""OAuth state in Redis: any replica serves any person, a code or refresh token is spent once
even when replicas race, and a revocation on one replica holds on all."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.fernet import Fernet
from oauthkit import Manual, Person, oauth_world_on, rpc_result

from convo_mcp.sandbox import SandboxState
from convo_mcp.state.base import AuthStore
from convo_mcp.state.redis.auth import RedisAuthStore
from convo_mcp.state.sqlite.auth import SQLiteAuthStore

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


@pytest.fixture(params=["sqlite", "redis", "postgres"])
async def store(request: pytest.FixtureRequest, tmp_path: Path, redis_server: Any) -> AuthStore:
    if request.param == "sqlite":
        return SQLiteAuthStore(tmp_path / "auth.sqlite3")
    if request.param == "postgres":
        from pgserver import empty

        from convo_mcp.state.postgres.auth import PostgresAuthStore
        from convo_mcp.state.postgres.database import database

        return PostgresAuthStore(database(empty(request.getfixturevalue("postgres"))))
    return RedisAuthStore(redis_server.url, prefix=f"test-{tmp_path.name}:")


async def test_store_takes_once_expires_and_groups(store: AuthStore) -> None:
    await store.put("code", "c1", {"grant": "g"}, 60)
    takes = await asyncio.gather(*(store.take("code", "c1") for _ in range(10)))
    assert [t for t in takes if t] == [{"grant": "g"}]  # exactly one caller spends a code
    await store.put("access", "short", {"x": 1}, 0.2)
    assert await store.get("access", "short") == {"x": 1}
    await asyncio.sleep(0.4)
    assert await store.get("access", "short") is None
    await store.join("grant:g", "access:a", 60)
    await store.join("grant:g", "refresh:r", 60)
    assert sorted(await store.members("grant:g")) == ["access:a", "refresh:r"]
    await store.leave("grant:g", "access:a")
    assert await store.members("grant:g") == ["refresh:r"]
    await store.leave("grant:g")
    assert await store.members("grant:g") == []
    await store.aclose()


@pytest.mark.parametrize("where", ["redis", "postgres"])
async def test_any_replica_serves_any_person(tmp_path: Path, redis_server: Any, where: str,
                                             request: pytest.FixtureRequest) -> None:
    state, secret = SandboxState(), Fernet.generate_key().decode()
    if where == "postgres":  # the grants in the database, durable; nothing in Redis
        from pgserver import empty

        shared = {"database_url": empty(request.getfixturevalue("postgres")), "secret_key": secret}
    else:
        shared = {"redis_url": redis_server.url, "secret_key": secret}
    with oauth_world_on(tmp_path / "a", state=state, **shared) as a, \
            oauth_world_on(tmp_path / "b", state=state, public_url=a.root, **shared) as b:
        ana = Person(a, a.keys["ana"])
        async with ana.client() as client:  # signs in on replica a
            await client.call_tool("get_account", {})
        assert ana.storage.tokens is not None and ana.storage.client is not None
        access = ana.storage.tokens.access_token
        async with httpx.AsyncClient(base_url=b.root, timeout=30) as http_b, \
                httpx.AsyncClient(base_url=a.root, timeout=30) as http_a:
            on_b = Manual(b, http_b)
            served = rpc_result(await on_b.call(access, "list_conversations", {"limit": 2}))
            client = ana.storage.client.model_dump(mode="json")
            revoked = await on_b.revoke(client, access)
            after_on_a = await Manual(a, http_a).call(access)
    assert len(served["structuredContent"]["conversations"]) == 2
    assert revoked.status_code == 200 and after_on_a.status_code == 401
    # the sign-in state lived in Redis, not in either replica's folder
    assert not (tmp_path / "a" / "data" / "auth.sqlite3").exists()


async def test_store_counts_atomically_and_expires_counters(store: AuthStore) -> None:
    counts = await asyncio.gather(*(store.count("tries:x", 60) for _ in range(20)))
    assert sorted(counts) == list(range(1, 21))  # twenty counters at once: each saw its own value
    assert await store.count("tries:x", 60, by=-1) == 19
    assert await store.count("tries:x", 60, by=0) == 19
    assert await store.count("short", 0.2) == 1
    await asyncio.sleep(0.4)
    assert await store.count("short", 0.2) == 1  # started again after its window
    await store.aclose()


async def test_store_queues_keep_the_newest(store: AuthStore) -> None:
    evicted: list[str] = []
    for i in range(15):
        evicted += await store.admit("pending:1.2.3.4", f"m{i:02d}", 10, 60)
    assert evicted == [f"m{i:02d}" for i in range(5)]  # the oldest made room, in order
    assert await store.admit("pending:5.6.7.8", "other", 10, 60) == []  # queues are apart
    assert await store.admit("short", "a", 1, 0.2) == []
    await asyncio.sleep(0.4)
    assert await store.admit("short", "b", 1, 0.2) == []  # "a" had expired: nothing to evict
    await store.aclose()


async def test_key_guesses_are_counted_across_replicas(tmp_path: Path, redis_server: Any) -> None:
    state, secret = SandboxState(), Fernet.generate_key().decode()
    shared = {"redis_url": redis_server.url, "secret_key": secret}
    with oauth_world_on(tmp_path / "a", state=state, **shared) as a, \
            oauth_world_on(tmp_path / "b", state=state, public_url=a.root, **shared) as b:
        before = state.stats.requests("/user/profile")
        statuses = []
        async with httpx.AsyncClient(base_url=a.root, timeout=30) as http_a, \
                httpx.AsyncClient(base_url=b.root, timeout=30) as http_b:
            on_a, on_b = Manual(a, http_a), Manual(b, http_b)
            client = await on_a.client()
            for round_ in range(6):  # alternate replicas, a new link every four guesses
                request = await on_a.request_id(client, "x" * 43)
                for i in range(4):
                    replica = on_a if i % 2 else on_b
                    statuses.append((await replica.sign_in(request, f"convo_guess_{round_}_{i}")).status_code)
        assert state.stats.requests("/user/profile") - before == 20
        assert statuses.count(429) == 4


async def test_a_new_key_of_the_same_person_keeps_their_index_and_another_person_sees_none(
        tmp_path: Path, request: pytest.FixtureRequest) -> None:
    from pgserver import empty

    from convo_mcp.account import Account, owner_id
    from convo_mcp.state.postgres.database import database

    state, secret = SandboxState(), Fernet.generate_key().decode()
    url = empty(request.getfixturevalue("postgres"))
    with oauth_world_on(tmp_path / "a", state=state, database_url=url, secret_key=secret) as world:
        old_key = world.keys["ana"]
        new_key = state.add_key(old_key, "convo_ana_made_a_new_key_0042")
        async with Person(world, old_key).client() as client:
            first = await client.call_tool("search_meetings", {"query": "pricing", "deep": True})
        reads = state.stats.requests(route="/conversations/{id}/transcript")
        async with Person(world, new_key).client() as client:  # the same person, signed in with a new key
            again = await client.call_tool("search_meetings", {"query": "pricing"})
        async with Person(world, world.keys["ben"]).client() as client:  # someone else
            other = await client.call_tool("search_meetings", {"query": "pricing"})
    assert first.structured_content["meetings"]
    assert again.structured_content["meetings"] == first.structured_content["meetings"]
    assert state.stats.requests(route="/conversations/{id}/transcript") == reads  # nothing read again
    anas = {m["id"] for m in first.structured_content["meetings"]}
    assert not anas & {m["id"] for m in other.structured_content.get("meetings", [])}  # none of Ana's
    owner = owner_id(world.app.settings.base_url, state.accounts[old_key].email)
    db = database(url)
    with db.scoped(owner) as conn:  # the rows are the person's, not either key's
        assert conn.execute("SELECT count(*) FROM search_lines WHERE account = %s", (owner,)).fetchone()[0] > 1000
        assert conn.execute("SELECT count(*) FROM search_meetings").fetchone()[0] >= 40
    for key in (old_key, new_key):
        account = Account.of(world.app.settings.base_url, key).id
        with db.scoped(account) as conn:
            assert conn.execute("SELECT count(*) FROM search_lines WHERE account = %s", (account,)).fetchone() == (0,)
            assert conn.execute("SELECT count(*) FROM search_meetings").fetchone() == (0,)


async def test_accounts_signed_in_but_open_nowhere_are_opened_for_their_background_walk(
        tmp_path: Path, request: pytest.FixtureRequest) -> None:
    from pgserver import empty

    from convo_mcp.account import Account, owner_id
    from convo_mcp.auth.walkers import GrantWalkers
    from convo_mcp.state.base import INDEXER_LEASE
    from convo_mcp.state.postgres.database import database
    from convo_mcp.state.postgres.store import PostgresLeases, PostgresStore

    state = SandboxState()
    url = empty(request.getfixturevalue("postgres"))
    with oauth_world_on(tmp_path / "a", state=state, database_url=url) as world:
        oauth = world.oauth
        assert oauth.walkers is not None and not oauth.walkers.walk  # background indexing off: nothing to walk for
        async with Person(world, world.keys["ana"]).client() as client:
            await client.call_tool("get_account", {})
        ana = Account.of(world.app.settings.base_url, world.keys["ana"]).id
        await oauth.accounts.close(ana)  # signed in, open on no replica
        db = database(url)
        assert oauth.provider is not None
        walkers = GrantWalkers(oauth.provider, oauth.store, oauth.accounts, world.app.engine, clock=world.app.clock)
        owner = owner_id(world.app.settings.base_url, state.accounts[world.keys["ana"]].email)
        elsewhere = PostgresLeases(PostgresStore(db, owner))
        token = await elsewhere.take(INDEXER_LEASE, 60)  # another replica walks Ana's account
        assert await walkers.tick() == [] and not oauth.accounts.is_open(ana)
        assert token is not None
        await elsewhere.release(INDEXER_LEASE, token)  # it stopped
        assert await walkers.tick() == [ana] and oauth.accounts.is_open(ana)
        assert oauth.accounts._open[ana].app.settings.data_owner == owner  # its rows: the person's
        assert await walkers.tick() == []  # open here now: not opened twice
