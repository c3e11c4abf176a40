"""One PostgreSQL database behind several replicas and several accounts, on a real server the tests
start (tests/pgserver.py) and the sandbox over real HTTP: index on one replica, search on another;
accounts apart in every table; a replica killed mid-write; migrations once; a short pool waits."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from kit import World, call, connected, error, sandbox_world, text
from pgserver import PostgresServer, empty, fresh_database

from convo_mcp.account import Account
from convo_mcp.search.document import unpack
from convo_mcp.search.index import Index
from convo_mcp.search.query import parse_query
from convo_mcp.state.postgres.database import LEVEL, SCOPED, TABLES, Database, DatabaseBusy, database
from convo_mcp.state.postgres.index import PostgresStorage

pytestmark = pytest.mark.anyio
KEY = "convo_pg_professional"
OTHER = "convo_pg_other_account"
ROOT = Path(__file__).resolve().parents[2]
TRANSCRIPT_ROUTE = "/conversations/{id}/transcript"


@pytest.fixture
def world(tmp_path: Path, postgres: PostgresServer) -> Iterator[World]:
    with sandbox_world(tmp_path, KEY) as w:
        w.state.add_account("professional", OTHER, conversations="demo")
        w.settings["database_url"] = empty(postgres)
        w.settings["persistent_cache"] = True  # the cache too lives in the database
        yield w


def plant(world: World, key: str, sentence: str) -> str:
    conv = sorted(world.state.account(key).visible, key=lambda c: c.start)[-1]
    conv.segments[4] = replace(conv.segments[4], text=sentence)
    return conv.id


async def test_a_transcript_indexed_on_one_replica_is_found_on_another_that_sends_nothing(
        world: World, tmp_path: Path) -> None:
    cid = plant(world, KEY, "The narwhal procurement memo goes out on Thursday")
    first = world.app(cache_dir=tmp_path / "replica-1")
    async with connected(first) as client:
        indexed = await call(client, "search_meetings", query="narwhal memo", deep=True)
    before = world.requests()
    second = world.app(cache_dir=tmp_path / "replica-2")
    async with connected(second) as client:
        found = await call(client, "search_meetings", query="narwhal memo")
        page = await call(client, "get_transcript", conversation_id=cid, limit=10)  # the cache is shared too
    assert world.requests() == before  # the second replica spent nothing and indexed nothing
    assert found.structured_content["meetings"][0]["id"] == cid
    assert found.structured_content["meetings"] == indexed.structured_content["meetings"]
    assert "narwhal" in text(page)
    assert not list((tmp_path / "replica-2").glob("*.sqlite3"))  # nothing on its own disk


async def test_two_accounts_never_see_each_others_lines_meetings_or_cache(world: World,
                                                                         postgres: PostgresServer) -> None:
    mine = plant(world, KEY, "Our walrus budget is final")
    theirs = plant(world, OTHER, "The platypus merger stays secret")
    world.state.account(OTHER).conversations[theirs].title = "Platypus board call"
    for key in (KEY, OTHER):
        async with connected(world.app(key)) as client:
            await call(client, "search_meetings", query="anything", deep=True)
    async with connected(world.app(KEY)) as client:
        leak = await call(client, "search_meetings", query="platypus merger")
        own = await call(client, "search_meetings", query="walrus budget")
        title = await call(client, "search_meetings", query="platypus")  # B's title and line
    assert leak.structured_content["meetings"] == [] and title.structured_content["meetings"] == []
    assert own.structured_content["meetings"][0]["id"] == mine
    a, b = (Account.of(world.base_url, k).id for k in (KEY, OTHER))
    db = database(world.settings["database_url"])
    for table in SCOPED:
        with db.scoped(a) as conn:  # row-level security: a transaction for A sees none of B's rows
            seen = {r[0] for r in conn.execute(f"SELECT DISTINCT account FROM {table}").fetchall()}  # noqa: S608
        assert seen <= {a}, table
        with db.connection() as conn:  # and one that declared no account sees nothing at all
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table  # noqa: S608
    with psycopg.connect(postgres.admin_url) as admin:  # both are there, each under its own id
        rows = dict(admin.execute("SELECT account, count(*) FROM search_lines GROUP BY 1").fetchall())
    assert set(rows) == {a, b} and all(n > 1000 for n in rows.values())
    with db.scoped(a) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO cache_kv VALUES (%s, 'x', 'x', 0, NULL)", (b,))  # nor write as B


KILLED = """
import sys, time
from convo_mcp.log import configure_logging
configure_logging("warning")  # logs to stderr; stdout says how many meetings are committed
from convo_mcp.state.postgres.database import Database
from convo_mcp.search.document import Document
from convo_mcp.search.index import Index
from convo_mcp.state.postgres.index import PostgresStorage
index = Index.on(PostgresStorage(Database(sys.argv[1]), "account-killed"))
n = 0
while True:
    docs = []
    for _ in range(20):
        n += 1
        segs = [{"speaker": f"S{i % 4}", "text": f"line {i} of meeting {n} about budgets and walruses"}
                for i in range(300)]
        docs.append(Document(f"k{n}", "t", f"Meeting {n}", time.time() - n, 30.0, {"id": f"k{n}", "segments": segs}))
    index.add(docs)
    print(n, flush=True)
"""


def test_a_replica_killed_mid_write_leaves_nothing_half_written(postgres: PostgresServer) -> None:
    url = empty(postgres)
    proc = subprocess.Popen([sys.executable, "-c", KILLED, url], stdout=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout is not None
    committed = 0
    while committed < 60:  # a few batches in, then killed in the middle of the next
        committed = int(proc.stdout.readline())
    time.sleep(0.15)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    index = Index.on(PostgresStorage(database(url), "account-killed"))
    meetings = index.meetings()
    assert len(meetings) >= committed and len(meetings) % 20 == 0  # whole batches only
    db = database(url)
    with db.scoped("account-killed") as conn:
        per_meeting = dict(conn.execute("SELECT n, count(*) FROM search_lines WHERE account = %s GROUP BY n",
                                        ("account-killed",)).fetchall())
        content = dict(conn.execute("SELECT n, lines FROM search_content WHERE account = %s",
                                    ("account-killed",)).fetchall())
    for m in meetings:  # every meeting served has all its lines, its title and its content, or is not there
        assert m.transcript and per_meeting[m.n] == 301 and len(unpack(content[m.n])) == 300
    assert set(per_meeting) == {m.n for m in meetings}
    assert index.search(parse_query("walruses")).total_meetings == len(meetings)


def test_migrations_run_once_when_replicas_start_together(postgres: PostgresServer) -> None:
    url = fresh_database(postgres, "convo_race")
    applied: list[list[int]] = []
    errors: list[BaseException] = []
    start = threading.Barrier(6)

    def replica() -> None:
        try:
            start.wait()
            db = Database(url, max_size=1, migrate=False)
            applied.append(db.migrate())
            db.close()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=replica) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    assert sorted(map(tuple, applied)) == [(), (), (), (), (), tuple(range(1, LEVEL + 1))]
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*), max(version) FROM convo_schema").fetchone() == (LEVEL, LEVEL)
    out = subprocess.run([sys.executable, "-m", "convo_mcp", "migrate"], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "CONVO_MCP_DATABASE_URL": url})
    assert out.returncode == 0 and f"schema level {LEVEL} → {LEVEL}" in out.stdout and "nothing to apply" in out.stdout
    assert "convo-test-pw" not in out.stdout + out.stderr  # the URL's password never shows


def test_a_short_pool_makes_callers_wait_then_fail_never_elsewhere(postgres: PostgresServer) -> None:
    url = empty(postgres)
    db = Database(url, max_size=1, wait=5.0)
    released = threading.Event()

    def hold(seconds: float) -> None:
        with db.connection():
            released.wait(seconds)

    holder = threading.Thread(target=hold, args=(0.5,))
    holder.start()
    time.sleep(0.1)
    started = time.monotonic()
    with db.scoped("a") as conn:  # waits for the one connection, then works
        conn.execute("SELECT 1")
    assert time.monotonic() - started >= 0.3
    holder.join()
    short = Database(url, max_size=1, wait=0.3)
    holder = threading.Thread(target=lambda: _hold(short, released))
    holder.start()
    time.sleep(0.1)
    with pytest.raises(DatabaseBusy) as info, short.scoped("a"):
        pass
    released.set()
    holder.join()
    assert "stayed busy for 0.3 s" in str(info.value) and "convo-test-pw" not in str(info.value)
    db.close()
    short.close()


def _hold(db: Database, until: threading.Event) -> None:
    with db.connection():
        until.wait(10)


async def test_a_busy_pool_reaches_the_model_as_a_typed_error_and_passes(world: World,
                                                                        postgres: PostgresServer) -> None:
    url = fresh_database(postgres, "busy_pool")
    world.settings.update(database_url=url, database_pool=1, database_wait=0.3)
    released = threading.Event()
    async with connected(world.app()) as client:
        first = await call(client, "search_meetings", query="pricing")  # the service and its index, opened
        holder = threading.Thread(target=lambda: _hold(database(url), released))  # the pool's one connection
        holder.start()
        await asyncio.sleep(0.2)
        try:
            busy = await call(client, "search_meetings", query="pricing")
        finally:
            released.set()
            holder.join()
        after = await call(client, "search_meetings", query="pricing")
    assert not first.is_error and not after.is_error  # it passes: no restart
    refused = error(busy)
    assert refused["code"] == "storage_busy" and "Try again" in refused["hint"]
    assert "stayed busy" in refused["message"] and "convo-test-pw" not in text(busy)


async def test_forget_account_removes_its_rows_and_no_one_elses(world: World) -> None:
    for key in (KEY, OTHER):
        async with connected(world.app(key)) as client:
            await call(client, "search_meetings", query="anything", deep=True)
    a, b = (Account.of(world.base_url, k).id for k in (KEY, OTHER))
    env = {**os.environ, "CONVO_MCP_DATABASE_URL": world.settings["database_url"], "CONVO_BASE_URL": world.base_url}
    status = subprocess.run([sys.executable, "-m", "convo_mcp", "index", "--status"], capture_output=True, text=True,
                            cwd=ROOT, env={**env, "CONVO_API_KEY": KEY})
    assert f"Account id: {a}" in status.stdout and "PostgreSQL" in status.stdout
    gone = subprocess.run([sys.executable, "-m", "convo_mcp", "forget-account", "--id", a], capture_output=True,
                          text=True, cwd=ROOT, env=env)
    assert gone.returncode == 0 and f"Account {a}:" in gone.stdout and "search_lines" in gone.stdout
    assert "convo-test-pw" not in gone.stdout + gone.stderr
    db = database(world.settings["database_url"])
    for account, expected_empty in ((a, True), (b, False)):
        with db.scoped(account) as conn:
            counts = [conn.execute(f"SELECT count(*) FROM {t} WHERE account = %s",  # noqa: S608
                                   (account,)).fetchone()[0] for t in TABLES]
        assert (sum(counts) == 0) is expected_empty
    async with connected(world.app(KEY)) as client:
        after = await call(client, "search_meetings", query="budget")
    assert "no meeting" in text(after).lower() or after.structured_content["meetings"] == []


def test_doctor_checks_the_database_and_its_level(postgres: PostgresServer) -> None:
    from convo_mcp.config import Settings
    from convo_mcp.doctor import Report, check_database

    good, bad = Report(), Report()
    check_database(Settings(database_url=empty(postgres)), good)
    check_database(Settings(database_url=f"postgresql://convo:convo-test-pw-nope@127.0.0.1:{_closed_port()}/convo",
                            database_wait=1), bad)
    assert good.ok and f"schema level {LEVEL} (current)" in good.lines[0]
    assert not bad.ok and "cannot connect" in bad.lines[0] and "convo-test-pw" not in bad.lines[0]


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])



async def test_background_walkers_take_turns_per_account_and_the_next_resumes(world: World, tmp_path: Path) -> None:
    from convo_mcp.search.activity import Activity
    from convo_mcp.search.filler import BackgroundIndexer
    from convo_mcp.state.base import INDEXER_LEASE, Lease
    from convo_mcp.state.postgres.store import PostgresLeases, PostgresStore

    db = database(world.settings["database_url"])
    account = Account.of(world.base_url, KEY).id
    one, two = world.app(cache_dir=tmp_path / "one"), world.app(cache_dir=tmp_path / "two")
    async with one.running(), two.running():
        walkers = [BackgroundIndexer(app.service, app.service.index, Activity(), quiet=0.0, share=0.9, batch=4,
                                     lease=Lease(PostgresLeases(PostgresStore(db, account)), INDEXER_LEASE, ttl=1.0))
                   for app in (one, two)]
        first, second = walkers
        assert await first.step()  # holds the account's lease: lists its meetings
        assert await first.step()  # and reads four transcripts
        before = world.requests()
        assert not await second.step()  # the other replica waits: the lease is held
        assert world.requests() == before
        await asyncio.sleep(1.2)  # the first replica stops renewing (it died): the lease lapses
        while await second.step():
            pass
    transcripts = world.state.stats.requests(route=TRANSCRIPT_ROUTE)
    meetings = len(world.state.account(KEY).visible)
    assert first.fetched == 4 and second.fetched == meetings - 4  # resumed where the first stopped
    assert transcripts == meetings  # each transcript read once, by one replica or the other
    index = Index.on(PostgresStorage(db, account))
    assert sum(1 for m in index.meetings() if m.transcript) == meetings


def test_replicas_walk_in_the_background_only_with_a_database_to_hold_their_lease() -> None:
    from convo_mcp.config import Settings
    from convo_mcp.search.activity import Activity
    from convo_mcp.search.background import BackgroundSchedule
    from convo_mcp.state.engines import open_engine

    def wanted(**extra: object) -> bool:
        settings = Settings(api_key="convo_walker_0123456789", index_background=True,
                            redis_url="redis://redis.invalid:6379/0", **extra)
        engine = open_engine(settings)  # the engine the settings choose says whether replicas take turns
        return BackgroundSchedule(settings, lambda: None, Activity(), clock=time.time,  # type: ignore[arg-type, return-value]
                                  turns=engine.turns).wanted(shared=True)

    assert not wanted()  # Redis alone: replicas would each spend a share of one budget
    assert wanted(database_url="postgresql://convo@db.invalid/convo")  # a lease in the database decides who walks


async def test_quotes_are_verified_from_the_shared_index_and_only_against_ones_own_meetings(
        world: World, tmp_path: Path) -> None:
    mine = plant(world, KEY, "The narwhal procurement memo goes out on Thursday, not before.")
    theirs = plant(world, OTHER, "The walrus budget was cut by forty percent last night.")
    async with connected(world.app(cache_dir=tmp_path / "replica-1")) as client:
        await call(client, "search_meetings", query="anything", deep=True)
    async with connected(world.app(OTHER, cache_dir=tmp_path / "replica-3")) as client:
        await call(client, "search_meetings", query="anything", deep=True)
    before = world.requests()
    async with connected(world.app(cache_dir=tmp_path / "replica-2")) as client:
        r = await call(client, "verify_quotes", quotes=[
            {"conversation_id": mine, "text": "the narwhal procurement memo goes out on Thursday"},
            {"conversation_id": mine, "text": "The narwhal procurement memo goes out on Friday"},
            {"conversation_id": theirs, "text": "The walrus budget was cut by forty percent last night."}])
    assert world.requests() == before  # the second replica read every line from the database
    got = r.structured_content["results"]
    assert [c["verdict"] for c in got] == ["verified", "altered", "not_found"]
    assert got[0]["segment_index"] == 4 and got[1]["differences"][0]["kind"] == "date"
    assert "found_in" not in got[2] and "said" not in got[2]  # the other account's line: no trace of it


def test_lines_indexed_before_the_split_by_account_are_kept_and_quoted(postgres: PostgresServer) -> None:
    """A database at level 3 (one GIN over every account's lines, no text beside them) migrated to the
    split one: its lines come along, are found and quoted (from the packed documents), and lines
    written after carry their text."""
    import convo_mcp.state.postgres.database as schema

    url = fresh_database(postgres, "convo_split_lines")
    level3 = [m for m in schema.MIGRATIONS if m[0] <= 3]
    old = Database(url, migrate=False)
    with old.connection() as conn:  # the schema as it was, and a line written as it was then
        for _version, _what, sql in level3:
            conn.execute(sql.encode())
        conn.execute("CREATE TABLE convo_schema (version integer PRIMARY KEY, description text NOT NULL, "
                     "applied_at timestamptz NOT NULL DEFAULT now())")
        for v, what, _ in level3:
            conn.execute("INSERT INTO convo_schema (version, description) VALUES (%s, %s)", (v, what))
        conn.execute("INSERT INTO search_lines VALUES ('another', 7, 1, to_tsvector('english', 'kept words'))")
    old.close()
    db = Database(url, migrate=False)
    assert db.migrate() == [v for v, _, _ in schema.MIGRATIONS if v > 3]
    index = Index.on(PostgresStorage(db, KEY))
    from convo_mcp.search.document import Document

    def doc(cid: str, text: str) -> Document:
        return Document(cid, "t", f"Meeting {cid}", 1.7e9, 30.0, {"segments": [
            {"text": "Hello everyone.", "speaker": "Dana", "timestamp": "2026-11-20T14:00:00Z"},
            {"text": text, "speaker": "Lee", "timestamp": "2026-11-20T14:00:42Z"}]})

    index.add([doc("sess_before", "The narwhal memo goes out Thursday.")])
    with db.connection() as conn:  # as a line indexed before migration 4 is: no text beside its words
        conn.execute("UPDATE search_lines SET t = NULL, at = NULL, label = NULL WHERE account = %s", (KEY,))
    index.add([doc("sess_after", "The walrus memo goes out Friday.")])
    page = index.search(parse_query("memo goes out"))
    quotes = {mh.meeting.id: (mh.best[0].line.text, mh.best[0].at) for mh in page.meetings}
    assert quotes == {"sess_before": ("The narwhal memo goes out Thursday.", 42.0),
                      "sess_after": ("The walrus memo goes out Friday.", 42.0)}
    with db.connection() as conn:
        parts = conn.execute("SELECT count(*) FROM pg_inherits WHERE inhparent = 'search_lines'::regclass").fetchone()
        kept = conn.execute("SELECT count(*) FROM search_lines WHERE account = %s AND t IS NOT NULL", (KEY,)).fetchone()
        copied = conn.execute("SELECT n FROM search_lines WHERE account = 'another' AND said @@ "
                              "to_tsquery('english', 'kept & word')").fetchall()
    assert parts == (schema.LINE_PARTS,) and kept is not None and kept[0] >= 2  # the new meeting's lines and title
    assert copied == [(1,)]  # a line written before the split came along, its words whole
    db.close()
