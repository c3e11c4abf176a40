"""The authorization server against a hostile caller: key guessing, registration and sign-in
floods, public clients, foreign resources, RFC 6750 challenges, and server-key rotation."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from cryptography.fernet import Fernet
from fakes import free_port
from oauthkit import CALLBACK, Manual, OAuthWorld, oauth_world_on, pkce, rpc_result

from convo_mcp.log import configure_logging
from convo_mcp.sandbox import SandboxState

pytestmark = [pytest.mark.anyio, pytest.mark.slow]
PROFILE = "/user/profile"


@pytest.fixture
async def manual(oauth_world: OAuthWorld) -> AsyncIterator[Manual]:
    async with httpx.AsyncClient(base_url=oauth_world.root, timeout=30) as http:
        yield Manual(oauth_world, http)


def from_address(world: OAuthWorld, address: str) -> httpx.AsyncClient:
    """A client whose connections come from another loopback address (another person's network)."""
    return httpx.AsyncClient(base_url=world.root, timeout=30,
                             transport=httpx.AsyncHTTPTransport(local_address=address))


def pending_rows(world: OAuthWorld) -> int:
    db = sqlite3.connect(world.log_path / "data" / "auth.sqlite3")
    try:
        return int(db.execute("SELECT count(*) FROM records WHERE kind = 'pending'").fetchone()[0])
    finally:
        db.close()


async def test_a_sign_in_link_is_used_up_after_five_wrong_keys(manual: Manual, oauth_world: OAuthWorld) -> None:
    state = oauth_world.state
    client = await manual.client()
    request = await manual.request_id(client, pkce()[1])
    before = state.stats.requests(PROFILE)
    pages = [await manual.sign_in(request, f"convo_wrong_guess_{i:03d}") for i in range(8)]
    assert state.stats.requests(PROFILE) - before == 5  # the sixth guess on never reaches Convo
    assert [p.status_code for p in pages[:4]] == [400] * 4 and "did not accept this key" in pages[0].text
    assert "used up" in pages[4].text and 'name="key"' not in pages[4].text  # no form to try again on
    assert all(p.status_code == 400 and "expired" in p.text for p in pages[5:])
    late = await manual.sign_in(request, oauth_world.keys["ana"])  # the right key, too late for this link
    assert late.status_code == 400 and state.stats.requests(PROFILE) - before == 5
    fresh = await manual.sign_in(await manual.request_id(client, pkce()[1]), oauth_world.keys["ana"])
    assert fresh.status_code == 303  # a new link from the app works at once


async def test_key_checks_are_limited_per_address_and_hour(oauth_world: OAuthWorld) -> None:
    state = oauth_world.state
    async with from_address(oauth_world, "127.0.0.7") as http, from_address(oauth_world, "127.0.0.8") as other:
        guesser, neighbour = Manual(oauth_world, http), Manual(oauth_world, other)
        client = await guesser.client()
        before = state.stats.requests(PROFILE)
        answers = []
        for link in range(7):  # a new link every 4 guesses: the per-link limit never stops them
            request = await guesser.request_id(client, pkce()[1])
            answers += [await guesser.sign_in(request, f"convo_guess_{link}_{i}") for i in range(4)]
        assert state.stats.requests(PROFILE) - before == 20
        refused = [a for a in answers if a.status_code == 429]
        assert len(refused) == 8
        assert "Try again in" in refused[0].text and 1 <= int(refused[0].headers["retry-after"]) <= 3600
        assert 'name="key"' in refused[0].text  # the link itself is still open
        # another address is not affected, and a right key there is not counted against it
        ok = await neighbour.sign_in(await neighbour.request_id(await neighbour.client(), pkce()[1]),
                                     oauth_world.keys["ana"])
        assert ok.status_code == 303


async def test_registration_is_bounded_in_size_and_rate(manual: Manual, oauth_world: OAuthWorld) -> None:
    base = {"redirect_uris": [CALLBACK], "grant_types": ["authorization_code", "refresh_token"],
            "response_types": ["code"], "token_endpoint_auth_method": "none"}
    huge = await manual.http.post("/register", json={**base, "client_name": "x" * 1_000_000})
    assert huge.status_code == 413
    long_name = await manual.http.post("/register", json={**base, "client_name": "n" * 201})
    assert long_name.status_code == 400 and long_name.json()["error"] == "invalid_client_metadata"
    many = await manual.http.post("/register", json={
        **base, "redirect_uris": [f"https://app.example/cb/{i}" for i in range(5000)]})
    assert many.status_code in (400, 413)
    eleven = await manual.http.post("/register", json={
        **base, "redirect_uris": [f"https://app.example/cb/{i}" for i in range(11)]})
    assert eleven.status_code == 400 and "at most 10" in eleven.text
    long_uri = await manual.http.post("/register", json={**base, "client_uri": "https://a.example/" + "p" * 3000})
    assert long_uri.status_code == 400
    db_path = oauth_world.log_path / "data" / "auth.sqlite3"
    size_before = db_path.stat().st_size
    codes = [(await manual.http.post("/register", json={**base, "client_name": f"flood {i}"})).status_code
             for i in range(40)]
    # the three refusals above that reached the provider counted too (20 an hour in all)
    assert codes.count(201) == 17 and codes.count(429) == 23
    assert db_path.stat().st_size - size_before < 256 * 1024
    refused = await manual.http.post("/register", json={**base, "client_name": "one more"})
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0


async def test_unused_clients_expire_and_used_ones_stay(tmp_path: Path) -> None:
    from mcp.shared.auth import OAuthClientInformationFull

    from convo_mcp.auth.keys import KeyBox
    from convo_mcp.auth.provider import ConvoOAuthProvider
    from convo_mcp.auth.signin import KeyCheck
    from convo_mcp.state.sqlite.auth import SQLiteAuthStore

    now = [1_000_000.0]
    store = SQLiteAuthStore(tmp_path / "auth.sqlite3", clock=lambda: now[0])

    async def check(key: str) -> KeyCheck:
        return KeyCheck("acct", "professional")

    provider = ConvoOAuthProvider(store, KeyBox(Fernet.generate_key().decode()), public_url="http://127.0.0.1:1",
                                  resource_url="http://127.0.0.1:1/mcp", check_key=check, clock=lambda: now[0])
    for cid in ("unused", "used"):
        await provider.register_client(OAuthClientInformationFull(client_id=cid, redirect_uris=[CALLBACK]))  # type: ignore[list-item]
    await provider._keep_client("used")  # what a token exchange does
    now[0] += 2 * 86_400
    assert await provider.get_client("unused") is None
    assert await provider.get_client("used") is not None
    await store.aclose()


async def test_open_sign_ins_are_capped_per_address_oldest_first(manual: Manual, oauth_world: OAuthWorld) -> None:
    client = await manual.client()
    links = [await manual.request_id(client, pkce()[1]) for _ in range(30)]
    assert pending_rows(oauth_world) == 10
    oldest = await manual.http.get("/signin", params={"request": links[0]})
    newest = await manual.http.get("/signin", params={"request": links[-1]})
    assert oldest.status_code == 400 and "expired" in oldest.text
    assert newest.status_code == 200 and 'name="key"' in newest.text
    # another address's sign-in is not pushed out by this one's flood
    async with from_address(oauth_world, "127.0.0.9") as http:
        theirs = await Manual(oauth_world, http).request_id(client, pkce()[1])
    for _ in range(12):
        await manual.request_id(client, pkce()[1])
    assert (await manual.http.get("/signin", params={"request": theirs})).status_code == 200


async def test_starting_sign_ins_is_rate_limited_per_address(manual: Manual) -> None:
    client = await manual.client()
    _, challenge = pkce()
    codes = [(await manual.authorize(client, challenge)).status_code for _ in range(65)]
    assert codes.count(302) == 60 and codes[-1] == 429


async def test_public_clients_revoke_with_their_client_id(manual: Manual, oauth_world: OAuthWorld) -> None:
    meta = (await manual.http.get("/.well-known/oauth-authorization-server")).json()
    assert "none" in meta["token_endpoint_auth_methods_supported"]
    assert "none" in meta["revocation_endpoint_auth_methods_supported"]
    reg = await manual.http.post("/register", json={
        "client_name": "Public app", "redirect_uris": [CALLBACK], "token_endpoint_auth_method": "none",
        "grant_types": ["authorization_code", "refresh_token"], "response_types": ["code"]})
    assert reg.status_code == 201 and "client_secret" not in reg.json()
    client = reg.json()
    verifier, challenge = pkce()
    signed = await manual.sign_in(await manual.request_id(client, challenge), oauth_world.keys["ana"])
    code = parse_qs(urlparse(signed.headers["location"]).query)["code"][0]
    tokens = await manual.http.post("/token", data={
        "grant_type": "authorization_code", "code": code, "redirect_uri": CALLBACK, "code_verifier": verifier,
        "client_id": client["client_id"], "resource": oauth_world.mcp})
    assert tokens.status_code == 200, tokens.text
    access = tokens.json()["access_token"]
    assert (await manual.call(access)).status_code == 200
    revoked = await manual.http.post("/revoke", data={"token": access, "client_id": client["client_id"]})
    assert revoked.status_code == 200
    assert (await manual.call(access)).status_code == 401
    refreshed = await manual.http.post("/token", data={
        "grant_type": "refresh_token", "refresh_token": tokens.json()["refresh_token"],
        "client_id": client["client_id"]})
    assert refreshed.status_code == 400  # the whole grant ended
    missing = await manual.http.post("/revoke", data={"client_id": client["client_id"]})
    assert missing.status_code == 400 and missing.json()["error"] == "invalid_request"


async def test_a_token_for_another_resource_is_refused(manual: Manual, oauth_world: OAuthWorld) -> None:
    client = await manual.client()
    code, verifier = await manual.code(client, oauth_world.keys["ana"])
    r = await manual.http.post("/token", data={
        "grant_type": "authorization_code", "code": code, "redirect_uri": CALLBACK, "code_verifier": verifier,
        "client_id": client["client_id"], "client_secret": client["client_secret"],
        "resource": "https://elsewhere.example/mcp"})
    assert r.status_code == 400 and r.json()["error"] == "invalid_target"
    ok = await manual.token(client, code, verifier)  # the code was not spent by the refusal
    assert ok.status_code == 200


async def test_the_401_challenge_follows_rfc_6750(manual: Manual) -> None:
    anonymous = await manual.http.post("/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "ping"})
    challenge = anonymous.headers["www-authenticate"]
    assert anonymous.status_code == 401 and challenge.startswith("Bearer ")
    assert "error=" not in challenge and 'scope="convo"' in challenge and "resource_metadata=" in challenge
    bad = await manual.call("not-a-real-token")
    assert bad.status_code == 401
    assert 'error="invalid_token"' in bad.headers["www-authenticate"]
    assert 'scope="convo"' in bad.headers["www-authenticate"]


async def test_server_key_rotation_keeps_people_signed_in(tmp_path: Path) -> None:
    k1, k2 = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    state, port = SandboxState(), free_port()
    with oauth_world_on(tmp_path, secret_key=k1, state=state, port=port) as world:
        async with httpx.AsyncClient(base_url=world.root, timeout=30) as http:
            grant = await Manual(world, http).grant(world.keys["ana"])
    with oauth_world_on(tmp_path, secret_key=f"{k2},{k1}", state=state, port=port) as world:  # step 1: new key first
        async with httpx.AsyncClient(base_url=world.root, timeout=30) as http:
            refreshed = await Manual(world, http).refresh(grant.client, grant.refresh)
            assert refreshed.status_code == 200
            tokens = refreshed.json()
    with oauth_world_on(tmp_path, secret_key=k2, state=state, port=port) as world:  # step 2: the old key retired
        async with httpx.AsyncClient(base_url=world.root, timeout=30) as http:
            manual = Manual(world, http)
            called = await manual.call(tokens["access_token"], "list_conversations", {"limit": 2})
            assert called.status_code == 200 and rpc_result(called)["structuredContent"]["conversations"]
            again = await manual.refresh(grant.client, tokens["refresh_token"])
            assert again.status_code == 200


async def test_a_grant_no_server_key_opens_ends_with_a_log_line(tmp_path: Path) -> None:
    state, port = SandboxState(), free_port()
    with oauth_world_on(tmp_path, state=state, port=port) as world:
        async with httpx.AsyncClient(base_url=world.root, timeout=30) as http:
            first = await Manual(world, http).grant(world.keys["ana"])
            second = await Manual(world, http).grant(world.keys["ben"])
    buffer = io.StringIO()
    configure_logging("info", json=True, stream=buffer)
    try:
        with oauth_world_on(tmp_path, secret_key=Fernet.generate_key().decode(), state=state, port=port) as world:
            async with httpx.AsyncClient(base_url=world.root, timeout=30) as http:
                manual = Manual(world, http)
                assert (await manual.call(first.access)).status_code == 401
                refused = await manual.refresh(first.client, first.refresh)  # the grant ended with the 401
                assert refused.status_code == 400 and refused.json()["error"] == "invalid_grant"
                refused = await manual.refresh(second.client, second.refresh)  # refreshed before any call
                assert refused.status_code == 400 and "sign in again" in refused.json()["error_description"]
                assert (await manual.call(second.access)).status_code == 401
    finally:
        configure_logging("info")
    lines = [json.loads(x) for x in buffer.getvalue().splitlines() if x.startswith("{")]
    unreadable = [x for x in lines if x["event"] == "auth.grant_unreadable"]
    assert len(unreadable) == 2 and "CONVO_MCP_SECRET_KEY" in unreadable[0]["hint"]


async def test_a_sign_in_form_is_accepted_only_from_the_browser_that_opened_it(manual: Manual,
                                                                               oauth_world: OAuthWorld) -> None:
    state, key = oauth_world.state, oauth_world.keys["ana"]
    request = await manual.request_id(await manual.client(), pkce()[1])
    token = await manual.form_token(request)  # this browser opened the page: it holds the cookie
    before = state.stats.requests(PROFILE)
    async with httpx.AsyncClient(base_url=oauth_world.root, timeout=30) as elsewhere:  # no cookie
        blind = await elsewhere.post("/signin", data={"request": request, "key": key, "form": token})
        forged = await elsewhere.post("/signin", data={"request": request, "key": key})
    cross = await manual.http.post("/signin", data={"request": request, "key": key, "form": token},
                                   headers={"Origin": "https://attacker.example"})
    wrong = await manual.http.post("/signin", data={"request": request, "key": key, "form": "not-the-token"})
    for refused in (blind, forged, cross, wrong):
        assert refused.status_code == 403 and "not sent from its own page" in refused.text
        assert key not in refused.text
    assert state.stats.requests(PROFILE) == before  # no key was checked for any of them
    cookie = (await manual.http.get("/signin", params={"request": request})).headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/signin" in cookie
    own = await manual.http.post("/signin", data={"request": request, "key": key,
                                                  "form": manual.http.cookies["convo_signin"]},
                                 headers={"Origin": oauth_world.root})
    assert own.status_code == 303  # the link still works from its own page
