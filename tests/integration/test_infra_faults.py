"""The database failing under a running server, on a real PostgreSQL the tests start and stop: every
fault reaches people as a typed answer (a code, one line of reason, what to do next), HTTP answers
503 with Retry-After (the bearer token's check reads the database), the command line says a wrong
password or an unreachable host as such, and the server carries on once the database is back,
without a restart."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from fakes import port_for_child
from kit import World, call, connected, error, sandbox_world, text
from oauthkit import Manual, oauth_world_on, rpc_result
from pgserver import PASSWORD, PostgresServer, empty, fresh_database, halt, restart

from convo_mcp.state.postgres import database as databases

pytestmark = pytest.mark.anyio
KEY = "convo_faults_professional"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def world(tmp_path: Path, postgres: PostgresServer) -> Iterator[World]:
    with sandbox_world(tmp_path, KEY) as w:
        w.settings["database_url"] = empty(postgres)
        w.settings["persistent_cache"] = True
        yield w


@pytest.fixture
def restarts(postgres: PostgresServer) -> Iterator[PostgresServer]:
    """The session's server, which this test may halt: it runs again afterwards, and no pool of this
    process keeps a connection from before (the next test starts on fresh ones)."""
    try:
        yield postgres
    finally:
        if postgres.proc is None or postgres.proc.poll() is not None:
            restart(postgres)
        with databases._guard:
            for db in databases._open.values():
                db.close()
            databases._open.clear()


async def _until_ok(client: Any, name: str, **args: Any) -> tuple[Any, list[dict[str, Any]]]:
    """Call until the call succeeds (the server finding the database again by itself); the answer,
    and every typed refusal on the way."""
    refusals = []
    for _ in range(100):
        result = await call(client, name, **args)
        if not result.is_error:
            return result, refusals
        refusals.append(error(result))
        await asyncio.sleep(0.1)
    raise AssertionError(f"never recovered: {refusals[-3:]}")


async def test_the_database_killed_mid_search_gives_typed_answers_then_recovers_without_restart(
        world: World, restarts: PostgresServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(databases, "PROBE_EVERY", 0.0)  # each call checks again (not one a second)
    async with connected(world.app()) as client:
        await call(client, "search_meetings", query="pricing", deep=True)  # indexed, connections pooled
        halt(restarts)  # every connection cut: the next search meets one that is gone
        lost = await call(client, "search_meetings", query="pricing")
        down = await call(client, "search_meetings", query="pricing")
        status = await call(client, "get_account")  # Convo itself still answers
        restart(restarts)
        back, on_the_way = await _until_ok(client, "search_meetings", query="pricing")
    for refused in (error(lost), error(down)):
        assert refused["code"] == "storage_unavailable", refused
        assert "database at 127.0.0.1" in refused["message"] and "cannot be used now" in refused["message"]
        assert "PostgreSQL is running" in refused["hint"]
        assert refused["retry_after_seconds"] > 0
    # never the catch-all (libpq's own "closed the connection unexpectedly" may be quoted as the reason)
    assert "unexpected_error" not in text(lost) + text(down) and "should not have" not in text(lost) + text(down)
    assert "the connection was lost" in error(lost)["message"]
    assert "connection refused" in error(down)["message"]  # said as it is: nothing listens
    assert PASSWORD not in text(lost) + text(down)
    assert all(r["code"] == "storage_unavailable" for r in on_the_way)
    assert not status.is_error and back.structured_content["meetings"]


async def test_a_resource_read_while_the_database_is_down_is_a_typed_error(world: World,
                                                                          restarts: PostgresServer) -> None:
    from mcp.shared.exceptions import MCPError

    async with connected(world.app()) as client:
        await call(client, "search_meetings", query="pricing", deep=True)
        await client.read_resource("convo://commitments/Dana")  # read from the index, in the database
        halt(restarts)
        with pytest.raises(MCPError) as info:
            await client.read_resource("convo://commitments/Dana")
    refused = info.value.error
    assert refused.message.startswith("storage_unavailable: The database at 127.0.0.1"), refused.message
    assert refused.data["error"]["code"] == "storage_unavailable" and refused.data["error"]["hint"]
    assert "Error reading resource" not in refused.message


async def test_the_bearer_token_check_answers_503_with_retry_after_when_the_database_is_down(
        tmp_path: Path, postgres: PostgresServer, restarts: PostgresServer) -> None:
    with oauth_world_on(tmp_path, database_url=empty(postgres)) as world:
        async with httpx.AsyncClient(base_url=world.root, timeout=30) as http:
            manual = Manual(world, http)
            grant = await manual.grant(world.keys["ana"])
            assert rpc_result(await manual.call(grant.access)).get("isError") is not True
            halt(restarts)
            answers = [await manual.call(grant.access) for _ in range(3)]
            token = await manual.refresh(grant.client, grant.refresh)  # the token endpoint reads it too
            restart(restarts)
            for _ in range(100):
                again = await manual.call(grant.access)
                if again.status_code == 200:
                    break
                assert again.status_code == 503
                await asyncio.sleep(0.1)
    for answer in (*answers, token):
        assert answer.status_code == 503, answer.text
        assert int(answer.headers["retry-after"]) >= 1
        body = answer.json()
        assert body["error"] == "storage_unavailable" and body["hint"] and "database" in body["message"]
        assert PASSWORD not in answer.text
    assert again.status_code == 200 and rpc_result(again).get("isError") is not True  # no restart needed


async def test_a_busy_pool_answers_the_token_check_503_and_passes(tmp_path: Path, postgres: PostgresServer) -> None:
    url = fresh_database(postgres, "busy_token_pool")
    released = threading.Event()
    with oauth_world_on(tmp_path, database_url=url, database_pool=1, database_wait=0.3) as world:
        async with httpx.AsyncClient(base_url=world.root, timeout=30) as http:
            manual = Manual(world, http)
            grant = await manual.grant(world.keys["ana"])
            holder = threading.Thread(target=_hold, args=(databases.database(url), released))
            holder.start()
            await asyncio.sleep(0.2)
            try:
                busy = await manual.call(grant.access)
            finally:
                released.set()
                holder.join()
            after = await manual.call(grant.access)
    assert busy.status_code == 503 and int(busy.headers["retry-after"]) >= 1
    assert busy.json()["error"] == "storage_busy" and "stayed busy" in busy.json()["message"]
    assert after.status_code == 200


def _hold(db: databases.Database, until: threading.Event) -> None:
    with db.connection():
        until.wait(10)


@pytest.fixture
def passwords(postgres: PostgresServer) -> Iterator[PostgresServer]:
    """The server asks the test role for its password over TCP (the cluster trusts everyone otherwise)."""
    hba = postgres.directory / "data" / "pg_hba.conf"
    before = hba.read_text()
    hba.write_text("host all convo 127.0.0.1/32 scram-sha-256\n" + before)
    _reload(postgres)
    try:
        yield postgres
    finally:
        hba.write_text(before)
        _reload(postgres)


def _reload(server: PostgresServer) -> None:
    with psycopg.connect(server.admin_url, autocommit=True) as conn:
        conn.execute("SELECT pg_reload_conf()")


def _run(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONVO_API_KEY": "convo_faults_cli_professional", "CONVO_MCP_DATABASE_URL": url,
           "CONVO_BASE_URL": f"http://127.0.0.1:{port_for_child()}/api/v1", "CONVO_MCP_LOG_LEVEL": "error"}
    return subprocess.run([sys.executable, "-m", "convo_mcp", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, stdin=subprocess.DEVNULL, timeout=120)


@pytest.mark.slow
@pytest.mark.parametrize("command", [["index"], ["serve"], ["serve", "--transport", "http", "--port", "0"]])
def test_a_wrong_password_is_said_plainly_by_serve_and_index(passwords: PostgresServer, command: list[str]) -> None:
    empty(passwords)  # the right password works: the schema is there
    wrong = passwords.url.replace(PASSWORD, "not-the-password-4b1d")
    out = _run(*command, url=wrong)
    assert out.returncode == 1, out.stderr
    assert 'password authentication failed for user "convo"' in out.stderr
    assert "CONVO_MCP_DATABASE_URL" in out.stderr  # what to do next
    assert "Traceback" not in out.stderr and "PoolTimeout" not in out.stderr
    assert "not-the-password-4b1d" not in out.stderr + out.stdout


@pytest.mark.slow
def test_an_unreachable_database_is_said_as_such(postgres: PostgresServer) -> None:
    nowhere = f"postgresql://convo:{PASSWORD}@127.0.0.1:{port_for_child()}/convo"
    out = _run("index", url=nowhere)
    assert out.returncode == 1 and "connection refused" in out.stderr and "Traceback" not in out.stderr
    assert PASSWORD not in out.stderr
