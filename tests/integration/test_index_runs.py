"""`convo-mcp index` and replicas writing one account's index in PostgreSQL at the same time, on a
real server the tests start (tests/pgserver.py) and the sandbox over real HTTP: writes of the same
meeting take turns (no UniqueViolation, no meeting lost), and a run says what it covered, exiting
non-zero when the database dies under it, with nothing half-written."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from kit import World, sandbox_world
from pgserver import PostgresServer, empty, halt, restart, start_postgres

from convo_mcp.account import Account
from convo_mcp.search.document import Document, unpack
from convo_mcp.search.index import Index
from convo_mcp.search.query import parse_query
from convo_mcp.state.postgres.database import Database, database
from convo_mcp.state.postgres.index import PostgresStorage

KEY = "convo_index_runs_professional"
ROOT = Path(__file__).resolve().parents[2]
TRANSCRIPT = "/conversations/{id}/transcript"
pytestmark = pytest.mark.slow


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with sandbox_world(tmp_path, KEY) as w:
        yield w


def _env(world: World, url: str, cache: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "CONVO_API_KEY": KEY, "CONVO_BASE_URL": world.base_url,
            "CONVO_MCP_DATABASE_URL": url, "CONVO_MCP_CACHE_DIR": str(cache), "CONVO_MCP_DATABASE_WAIT": "2",
            "CONVO_MCP_SEARCH_VECTORS": "false", "CONVO_MCP_SEARCH_SECOND_STAGE": "false",
            "CONVO_MCP_LOG_LEVEL": "warning"}


def _index(world: World, url: str, cache: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "convo_mcp", "index"], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(world, url, cache))


def _whole(db: Database, account: str) -> dict[str, int]:
    """Each meeting's id → its transcript's segments, after checking every indexed meeting is whole:
    its content row, one line per segment plus its title, and no line of a meeting not there."""
    with db.scoped(account) as conn:
        meetings = conn.execute("SELECT n, id, segments, transcript FROM search_meetings WHERE account = %s",
                                (account,)).fetchall()
        lines = dict(conn.execute("SELECT n, count(*) FROM search_lines WHERE account = %s GROUP BY n",
                                  (account,)).fetchall())
        content = {n: len(unpack(bytes(b))) for n, b in conn.execute(
            "SELECT n, lines FROM search_content WHERE account = %s AND kind = 't'", (account,)).fetchall()}
    assert set(lines) <= {n for n, *_ in meetings}
    out = {}
    for n, cid, segments, transcript in meetings:
        if transcript:
            assert content[n] == segments and lines[n] == segments + 1, cid  # + its title
            out[cid] = segments
        else:
            assert n not in content and lines.get(n, 0) <= 1, cid
    return out


def _docs(round_: int, ids: list[str]) -> list[Document]:
    return [Document(cid, "t", f"Review {cid}", 1_700_000_000.0 + i, 30.0, {"id": cid, "segments": [
        {"speaker": f"S{j % 3}", "text": f"round {round_} line {j} of {cid} about the otter budget"}
        for j in range(40 + round_)]}) for i, cid in enumerate(ids)]


def test_two_writers_of_one_account_take_turns_and_lose_nothing(postgres: PostgresServer) -> None:
    url = empty(postgres)
    ids = [f"m{i}" for i in range(30)]
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def replica(seed: int) -> None:
        index = Index.on(PostgresStorage(Database(url, max_size=2), "acct-race"))
        order = random.Random(seed)
        try:
            start.wait()
            for round_ in range(3):  # the same meetings, read again: each write replaces the last
                mine = ids[:]
                order.shuffle(mine)
                index.note_meetings([(cid, f"Review {cid}", 1_700_000_000.0, 30.0) for cid in mine])
                for at in range(0, len(mine), 10):
                    index.add(_docs(round_, mine[at:at + 10]))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=replica, args=(seed,)) for seed in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert _whole(database(url), "acct-race") == dict.fromkeys(ids, 42)  # the last round, whole, once
    found = Index.on(PostgresStorage(database(url), "acct-race")).search(parse_query("otter budget"))
    assert found.total_meetings == len(ids)


def test_two_index_runs_on_one_account_at_once_cover_everything(world: World, postgres: PostgresServer,
                                                                tmp_path: Path) -> None:
    url = empty(postgres)
    meetings = {c.id for c in world.state.account(KEY).visible}
    world.state.faults.inject("delay", count=2 * len(meetings), route=TRANSCRIPT, delay=0.1)
    runs = [_index(world, url, tmp_path / f"replica-{i}") for i in range(2)]
    outs = [run.communicate(timeout=180) for run in runs]
    for run, (out, err) in zip(runs, outs, strict=True):
        assert run.returncode == 0, err
        assert "UniqueViolation" not in err and "index_write_failed" not in err and "Traceback" not in err
        last = out.strip().splitlines()[-1]  # each covered all it set out to (what the other had not done yet)
        assert (found := re.match(r"This run covered (\d+) of the (\d+) meetings it set out to index; \d+ requests",
                                  last)) and found[1] == found[2] and int(found[1]) > 0, out
    account = Account.of(world.base_url, KEY).id
    assert set(_whole(database(url), account)) == meetings


@pytest.fixture
def own_postgres(tmp_path: Path) -> Iterator[PostgresServer]:
    server = start_postgres(tmp_path / "own-postgres")  # stopped mid-run: not the session's server
    try:
        yield server
    finally:
        server.stop()


def test_the_database_stopping_mid_run_exits_non_zero_and_says_what_is_missing(
        world: World, own_postgres: PostgresServer, tmp_path: Path) -> None:
    url = empty(own_postgres)
    database(url).close()  # this process's pool would outlive the server's restart with dead connections
    meetings = len(world.state.account(KEY).visible)
    world.state.faults.inject("delay", count=meetings, route=TRANSCRIPT, delay=0.25)
    run = _index(world, url, tmp_path / "indexer")
    assert run.stderr is not None
    progress = ""
    while not re.match(r"indexed (1\d|2\d)/", progress := run.stderr.readline()):  # a line each tenth of the way
        assert progress, "the run ended before a fifth of it was done"
    halt(own_postgres)
    out, rest = run.communicate(timeout=180)
    err = progress + rest
    assert run.returncode == 1, out + err
    last = out.strip().splitlines()[-1]
    assert last.startswith("This run covered ") and f"of the {meetings} meetings it set out to index" in last
    covered = int(last.split()[3])
    assert 0 < covered < meetings and f"{meetings - covered} missing" in last
    assert "not read once the run stopped: storage unavailable" in last  # it stopped spending requests
    assert "Indexing stopped" in err and "Traceback" not in err and "convo-test-pw" not in out + err
    restart(own_postgres)
    db = Database(url, max_size=1, migrate=False)
    try:
        indexed = _whole(db, Account.of(world.base_url, KEY).id)  # whole meetings only
    finally:
        db.close()
    assert len(indexed) >= covered  # a commit whose answer the run never got may be in too
