"""What the authorization server refuses, step by step with plain HTTP: bad codes, tokens, PKCE,
redirects and keys; and where secrets never show up."""

from __future__ import annotations

import io
import re
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from oauthkit import CALLBACK, Manual, OAuthWorld, pkce, rpc_result

from convo_mcp.auth.keys import digest
from convo_mcp.log import configure_logging

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


@pytest.fixture
async def manual(oauth_world: OAuthWorld) -> AsyncIterator[Manual]:
    async with httpx.AsyncClient(base_url=oauth_world.root, timeout=30) as http:
        yield Manual(oauth_world, http)


async def test_a_grant_calls_tools_and_a_refresh_rotates_both_tokens(manual: Manual, oauth_world: OAuthWorld) -> None:
    grant = await manual.grant(oauth_world.keys["ana"])
    first = rpc_result(await manual.call(grant.access))
    refreshed = await manual.refresh(grant.client, grant.refresh)
    new = refreshed.json()
    assert first["structuredContent"]["plan"] == "professional"
    assert refreshed.status_code == 200
    assert new["access_token"] != grant.access and new["refresh_token"] != grant.refresh
    assert (await manual.call(grant.access)).status_code == 401  # the old pair ended with the new one
    assert rpc_result(await manual.call(new["access_token"]))["structuredContent"]["plan"] == "professional"


async def test_a_refresh_token_used_twice_revokes_the_whole_grant(manual: Manual, oauth_world: OAuthWorld) -> None:
    grant = await manual.grant(oauth_world.keys["ana"])
    good = (await manual.refresh(grant.client, grant.refresh)).json()
    stolen = await manual.refresh(grant.client, grant.refresh)  # the old one again: someone copied it
    assert stolen.status_code == 400 and stolen.json()["error"] == "invalid_grant"
    assert (await manual.call(good["access_token"])).status_code == 401
    assert (await manual.refresh(grant.client, good["refresh_token"])).json()["error"] == "invalid_grant"


async def test_a_code_works_once_and_a_replay_revokes_what_it_bought(manual: Manual, oauth_world: OAuthWorld) -> None:
    client = await manual.client()
    code, verifier = await manual.code(client, oauth_world.keys["ana"])
    first = await manual.token(client, code, verifier)
    again = await manual.token(client, code, verifier)
    assert first.status_code == 200
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
    assert (await manual.call(first.json()["access_token"])).status_code == 401


async def test_pkce_is_required_and_checked(manual: Manual, oauth_world: OAuthWorld) -> None:
    client = await manual.client()
    code, _ = await manual.code(client, oauth_world.keys["ana"])
    wrong_verifier, _ = pkce()
    refused = await manual.token(client, code, wrong_verifier)
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_grant"
    plain = await manual.authorize(client, "x" * 43, code_challenge_method="plain")
    assert plain.status_code in (302, 400) and "invalid_request" in (plain.headers.get("location", "") + plain.text)


async def test_expired_revoked_and_wrong_audience_tokens_get_401(manual: Manual, oauth_world: OAuthWorld) -> None:
    store = oauth_world.oauth.store
    expired, revoked, elsewhere = [await manual.grant(oauth_world.keys["ana"]) for _ in range(3)]
    record = await store.get("access", digest(expired.access))
    assert record is not None
    await store.put("access", digest(expired.access), {**record, "expires_at": 1}, 60)
    revoked_grant = (await store.get("access", digest(revoked.access)) or {})["grant"]
    assert await store.get("grant", revoked_grant) is not None
    assert (await manual.revoke(revoked.client, revoked.access)).status_code == 200
    record = await store.get("access", digest(elsewhere.access))
    assert record is not None
    await store.put("access", digest(elsewhere.access), {**record, "resource": "https://other.example/mcp"}, 60)
    for grant in (expired, revoked, elsewhere):
        r = await manual.call(grant.access)
        assert r.status_code == 401 and "resource_metadata=" in r.headers["www-authenticate"]
    # revoking forgot the key: the grant and its sealed key are gone, and its refresh token too
    assert await store.get("grant", revoked_grant) is None
    assert (await manual.refresh(revoked.client, revoked.refresh)).json()["error"] == "invalid_grant"
    assert (await manual.call(f"{expired.access}x")).status_code == 401


async def test_a_deleted_client_gets_401_invalid_client(manual: Manual, oauth_world: OAuthWorld) -> None:
    grant = await manual.grant(oauth_world.keys["ana"])
    await oauth_world.oauth.provider.delete_client(grant.client["client_id"])
    r = await manual.refresh(grant.client, grant.refresh)
    assert r.status_code == 401 and r.json()["error"] == "invalid_client"  # so the app registers again


async def test_only_this_server_can_be_asked_for(manual: Manual) -> None:
    client = await manual.client()
    _, challenge = pkce()
    r = await manual.authorize(client, challenge, resource="https://other.example/mcp")
    assert r.status_code == 302
    query = parse_qs(urlparse(r.headers["location"]).query)
    assert r.headers["location"].startswith(CALLBACK) and query["error"] == ["invalid_target"]


@pytest.mark.parametrize(("redirect", "ok"), [
    ("https://claude.ai/api/mcp/auth_callback", True),
    ("https://claude.com/api/mcp/auth_callback", True),
    ("https://chatgpt.com/connector_platform_oauth_redirect", True),
    ("http://127.0.0.1:6274/oauth/callback", True),  # a desktop app or the Inspector
    ("cursor://anysphere.cursor-retrieval/oauth/callback", True),
    ("http://evil.example/callback", False),  # codes never travel in the clear to another machine
    ("javascript:alert(1)", False),
])
async def test_callback_urls(manual: Manual, redirect: str, ok: bool) -> None:
    r = await manual.register(redirect)
    assert (r.status_code == 201) is ok, r.text
    if not ok:
        assert r.json()["error"] == "invalid_redirect_uri"


async def test_sign_in_page_says_what_is_wrong_and_never_echoes_the_key(manual: Manual,
                                                                       oauth_world: OAuthWorld) -> None:
    state = oauth_world.state
    client = await manual.client()
    _, challenge = pkce()
    request = await manual.request_id(client, challenge)
    before = state.stats.requests()
    malformed = await manual.sign_in(request, "not a key")
    assert state.stats.requests() == before  # refused before any request to Convo
    wrong = await manual.sign_in(request, "convo_nobody_has_this_key")
    free = await manual.sign_in(request, oauth_world.keys["fay"])
    for page, words in ((malformed, "does not look like a Convo API key"), (wrong, "did not accept this key"),
                        (free, "Free plan")):
        assert page.status_code == 400 and words in page.text
        assert 'role="alert"' in page.text and 'value=""' not in page.text
    assert "convo_nobody_has_this_key" not in wrong.text and oauth_world.keys["fay"] not in free.text
    # the same link still works with a good key, once
    good = await manual.sign_in(request, oauth_world.keys["ana"])
    assert good.status_code == 303 and oauth_world.keys["ana"] not in good.headers["location"]
    assert "expired" in (await manual.sign_in(request, oauth_world.keys["ana"])).text


async def test_sign_in_when_convo_cannot_be_reached(manual: Manual, oauth_world: OAuthWorld) -> None:
    client = await manual.client()
    _, challenge = pkce()
    request = await manual.request_id(client, challenge)
    oauth_world.state.faults.inject("reset", 5, route="/user/profile")
    page = await manual.sign_in(request, oauth_world.keys["ana"])
    assert page.status_code == 400 and "Could not reach Convo" in page.text


async def test_secrets_never_reach_logs_pages_or_the_store(manual: Manual, oauth_world: OAuthWorld) -> None:
    key = oauth_world.keys["ana"]
    buffer = io.StringIO()
    configure_logging("debug", json=True, stream=buffer)
    try:
        grant = await manual.grant(key)
        rpc_result(await manual.call(grant.access, "list_conversations", {"limit": 3}))
        await manual.revoke(grant.client, grant.refresh)
    finally:
        configure_logging("info")
    logs = buffer.getvalue()
    assert "auth.signed_in" in logs and "auth.grant_revoked" in logs  # the log is there, and says what happened
    for secret in (key, grant.access, grant.refresh, oauth_world.secret):
        assert secret not in logs
    db = sqlite3.connect(Path(oauth_world.log_path) / "data" / "auth.sqlite3")
    dump = "\n".join(str(row) for row in db.execute("SELECT * FROM records UNION ALL SELECT grp, member, expires, '' "
                                                    "FROM groups"))
    assert key not in dump and grant.access not in dump and grant.refresh not in dump
    assert re.search(r"[0-9a-f]{64}", dump)  # digests only
