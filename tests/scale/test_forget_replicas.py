"""`convo-mcp forget-account` on a team's server: two replicas share one PostgreSQL (started by the
tests) and both serve a signed-in person whose account their background indexers walk. Forgetting
it deletes the rows, the sign-in grants with their sealed keys and the tokens, and leaves a
tombstone both replicas honour within seconds — the account closed on each (indexer stopped,
memory let go), its token refused, nothing written back — until the person signs in again."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from cryptography.fernet import Fernet
from oauthkit import Manual, Person, oauth_world_on, rpc_result

from convo_mcp.account import Account, owner_id
from convo_mcp.sandbox import SandboxState
from convo_mcp.state.postgres.database import AUTH_TABLES, TABLES, database

pytestmark = [pytest.mark.anyio, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


def rows(url: str, account: str) -> int:
    db = database(url)
    with db.scoped(account) as conn:
        return sum(conn.execute(f"SELECT count(*) FROM {t} WHERE account = %s",  # noqa: S608 (fixed names)
                                (account,)).fetchone()[0] for t in TABLES)


def sign_ins(url: str, account: str) -> int:
    """Grants and codes kept for ``account`` (its sealed key is in each), and the tombstone."""
    with database(url).connection() as conn:
        return int(conn.execute("SELECT count(*) FROM auth_records WHERE kind IN ('grant', 'code') AND "
                                "(value::jsonb ->> 'owner' = %s OR value::jsonb ->> 'account' = %s)",
                                (account, account)).fetchone()[0])


async def until(check: object, seconds: float = 20.0) -> None:
    """Wait for ``check()`` to hold (replicas look every 2 s); fail after ``seconds``."""
    for _ in range(int(seconds / 0.1)):
        if check():  # type: ignore[operator]
            return
        await asyncio.sleep(0.1)
    raise AssertionError("the replicas did not honour the tombstone")


async def test_forget_account_with_two_replicas_running_forgets_for_real(
        tmp_path: Path, request: pytest.FixtureRequest) -> None:
    from pgserver import empty

    url = empty(request.getfixturevalue("postgres"))
    state, secret = SandboxState(), Fernet.generate_key().decode()
    shared = {"database_url": url, "secret_key": secret, "index_background": True}
    with oauth_world_on(tmp_path / "a", state=state, **shared) as a, \
            oauth_world_on(tmp_path / "b", state=state, public_url=a.root, **shared) as b:
        ana = Person(a, a.keys["ana"])
        async with ana.client() as client:  # signs in on replica a, which indexes her meetings
            await client.call_tool("search_meetings", {"query": "pricing", "deep": True})
        assert ana.storage.tokens is not None
        access = ana.storage.tokens.access_token
        subject = Account.of(a.app.settings.base_url, a.keys["ana"]).id
        owner = owner_id(a.app.settings.base_url, state.accounts[a.keys["ana"]].email)
        async with httpx.AsyncClient(base_url=b.root, timeout=30) as http_b:
            served = rpc_result(await Manual(b, http_b).call(access, "list_conversations", {"limit": 2}))
        assert served["structuredContent"]["conversations"]
        assert a.oauth.accounts.is_open(subject) and b.oauth.accounts.is_open(subject)  # open on both
        assert rows(url, owner) > 1000 and sign_ins(url, owner) == 1

        gone = await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "convo_mcp", "forget-account", "--id",
                                                        owner], capture_output=True, text=True, cwd=ROOT,
                                       env={**os.environ, "CONVO_MCP_DATABASE_URL": url})
        assert gone.returncode == 0, gone.stderr
        assert f"Account {owner}:" in gone.stdout and "1 grants ended with their sealed Convo keys" in gone.stdout
        assert "convo-test-pw" not in gone.stdout + gone.stderr
        await until(lambda: not a.oauth.accounts.is_open(subject) and not b.oauth.accounts.is_open(subject))

        assert rows(url, owner) == 0 and sign_ins(url, owner) == 0  # the data, the grant and its sealed key
        for world in (a, b):
            assert world.oauth.walkers is not None
            assert await world.oauth.walkers.tick() == []  # never opened again for its background walk
            async with httpx.AsyncClient(base_url=world.root, timeout=30) as http:
                refused = await Manual(world, http).call(access)
            assert refused.status_code == 401  # its token, on either replica
        assert rows(url, owner) == 0 and not any(w.oauth.accounts.is_open(subject) for w in (a, b))
        with database(url).connection() as conn:
            kept = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in AUTH_TABLES}  # noqa: S608
        assert kept["auth_records"] > 0  # other records (clients, the tombstone) stay

        again = Person(a, a.keys["ana"])  # she signs in again: kept and indexed again
        async with again.client() as client:
            found = await client.call_tool("search_meetings", {"query": "pricing", "deep": True})
        assert not found.is_error and rows(url, owner) > 1000 and sign_ins(url, owner) == 1
