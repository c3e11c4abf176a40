"""The whole OAuth flow, as Claude or ChatGPT runs it (the SDK's own OAuth client), against a
running server with several Convo accounts behind it; and what stays apart between people."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from typing import Any

import anyio
import httpx
import pytest
from mcp.types import ServerNotification
from oauthkit import CALLBACK, OAuthWorld, Person

from convo_mcp.auth.clients import fetch_client_metadata, metadata_url

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


async def test_sign_in_with_a_convo_key_then_call_tools(oauth_world: OAuthWorld) -> None:
    ana = Person(oauth_world, oauth_world.keys["ana"])
    with anyio.fail_after(60):
        async with ana.client() as client:
            listed = await client.call_tool("list_conversations", {"limit": 5})
            account = await client.call_tool("get_account", {})
    assert not listed.is_error and len(listed.structured_content["conversations"]) == 5
    assert account.structured_content["plan"] == "professional"
    # the sign-in page named the app and what it may do; the redirect carried no key
    assert "Connect Test host to Convo" in ana.pages[0] and "AI generations" in ana.pages[0]
    assert "you go back to <strong>127.0.0.1</strong>" in ana.pages[0]  # where the code goes, not a name
    assert all(oauth_world.keys["ana"] not in p for p in ana.pages)
    tokens = ana.storage.tokens
    assert tokens is not None and tokens.expires_in == 3600 and tokens.refresh_token and tokens.scope == "convo"
    # one profile request checked the key at sign-in; the rest were the calls' own
    assert oauth_world.state.stats.requests(route="/user/profile", key=oauth_world.keys["ana"]) >= 1


async def test_unauthenticated_requests_learn_where_to_sign_in(oauth_world: OAuthWorld) -> None:
    async with httpx.AsyncClient(base_url=oauth_world.root) as http:
        r = await http.post("/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
                            headers={"Accept": "application/json, text/event-stream"})
        prm_url = r.headers["www-authenticate"].split('resource_metadata="')[1].split('"')[0]
        prm = (await http.get(prm_url)).json()
        at_root = (await http.get("/.well-known/oauth-protected-resource")).json()  # where some clients look
        asm = (await http.get("/.well-known/oauth-authorization-server")).json()
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer ")
    assert prm["resource"] == oauth_world.mcp and prm["authorization_servers"] == [oauth_world.root]
    assert prm["scopes_supported"] == ["convo"] and at_root == prm
    assert asm["issuer"] == oauth_world.root
    assert asm["code_challenge_methods_supported"] == ["S256"]  # PKCE, and only S256
    assert asm["registration_endpoint"].endswith("/register") and asm["revocation_endpoint"].endswith("/revoke")
    assert set(asm["grant_types_supported"]) >= {"authorization_code", "refresh_token"}
    assert asm["client_id_metadata_document_supported"] is True  # or a client names itself by a URL


async def test_two_people_on_one_server_see_only_their_own(oauth_world: OAuthWorld) -> None:
    world, state = oauth_world, oauth_world.state
    ana_key, ben_key = world.keys["ana"], world.keys["ben"]
    ana_ids = {c.id for c in state.account(ana_key).visible}
    ben_ids = {c.id for c in state.account(ben_key).visible}
    secret_id = sorted(ana_ids)[0]
    with anyio.fail_after(90):
        async with Person(world, ana_key).client() as ana, Person(world, ben_key).client() as ben:
            ana_list = await ana.call_tool("list_conversations", {"limit": 100})
            ben_list = await ben.call_tool("list_conversations", {"limit": 100})
            seen = await ana.call_tool("get_transcript", {"conversation_id": secret_id})
            ben_gets_before = state.stats.requests(route="/conversations/{id}/transcript", key=ben_key)
            stolen = await ben.call_tool("get_transcript", {"conversation_id": secret_id})
            ben_gets_after = state.stats.requests(route="/conversations/{id}/transcript", key=ben_key)
            ana_account = await ana.call_tool("get_account", {})
            ben_account = await ben.call_tool("get_account", {})
            ana_made = state.stats.requests(key=ana_key)
            for _ in range(5):  # ben's load
                await ben.call_tool("list_conversations", {"search": "nothing-here", "limit": 5})
            ana_again = await ana.call_tool("get_account", {})
    assert {c["id"] for c in ana_list.structured_content["conversations"]} == ana_ids
    assert {c["id"] for c in ben_list.structured_content["conversations"]} == ben_ids
    assert not seen.is_error
    # ana's cached transcript is not ben's: his request went to Convo with his key, and was refused
    assert stolen.is_error and ben_gets_after == ben_gets_before + 1
    assert secret_id not in str(stolen.structured_content) or "not_found" in str(stolen.structured_content)
    # each sees their own plan, AI quota and hourly budget
    assert ana_account.structured_content["plan"] == "professional"
    assert ben_account.structured_content["plan"] == "starter"
    assert ben_account.structured_content["requests_limit_per_hour"] == 40
    assert ana_account.structured_content["requests_limit_per_hour"] != 40
    # ben's calls spent none of ana's budget
    assert state.stats.requests(key=ana_key) - ana_made <= 1
    assert (ana_again.structured_content["requests_left_this_hour"]
            >= ana_account.structured_content["requests_left_this_hour"] - 1)
    # each account's data lives in its own folder, named by a hash, never the key
    folders = sorted(p.name for p in (world.log_path / "data" / "accounts").iterdir())
    assert len(folders) == 2 and not any("convo_" in f for f in folders)


async def test_ai_quota_and_notifications_stay_with_their_account(oauth_world: OAuthWorld) -> None:
    world, state = oauth_world, oauth_world.state
    ana_key, ben_key = world.keys["ana"], world.keys["ben"]
    events: dict[str, list[str]] = {"ana": [], "ben": []}

    def collect(who: str) -> Any:
        async def on_message(message: Any) -> None:
            if isinstance(message, ServerNotification):
                events[who].append(message.method)
        return on_message

    target = state.account(ana_key).visible[-1].id
    long_id = next(c.id for c in state.account(ana_key).visible if c.keypoints is None and len(c.segments) > 50)
    with anyio.fail_after(90):
        async with Person(world, ana_key).client(mode="legacy", message_handler=collect("ana")) as ana, \
                Person(world, ben_key).client(mode="legacy", message_handler=collect("ben")) as ben:
            await ben.call_tool("get_account", {})  # ben's connection is known to the server
            gen = await ana.call_tool("generate_keypoints", {"conversation_id": long_id})
            deleted = await ana.call_tool("delete_conversation", {"conversation_id": target, "confirm": True})
            await ana.call_tool("get_account", {})
            await ben.call_tool("get_account", {})
            await anyio.sleep(0.2)
    assert not gen.is_error and not deleted.is_error
    assert state.stats.credits_spent(key=ana_key) == 1 and state.stats.credits_spent(key=ben_key) == 0
    assert "notifications/resources/list_changed" in events["ana"]
    assert "notifications/resources/list_changed" not in events["ben"]


CIMD_URL = "https://host.example/oauth/client.json"


def client_document(client_id: str = CIMD_URL) -> bytes:
    return json.dumps({"client_id": client_id, "client_name": "Example host", "redirect_uris": [CALLBACK],
                       "grant_types": ["authorization_code", "refresh_token"], "response_types": ["code"],
                       "token_endpoint_auth_method": "none"}).encode()


async def test_a_client_named_by_its_metadata_document_needs_no_registration(oauth_world: OAuthWorld) -> None:
    fetched: list[str] = []

    async def the_hosts_website(url: str) -> bytes:  # stands in for https://host.example
        fetched.append(url)
        return client_document()

    oauth_world.oauth.provider.fetch_metadata = the_hosts_website
    ana = Person(oauth_world, oauth_world.keys["ana"], metadata_url=CIMD_URL)
    with anyio.fail_after(60):
        async with ana.client() as client:
            account = await client.call_tool("get_account", {})
    assert account.structured_content["plan"] == "professional"
    assert ana.storage.client is not None and ana.storage.client.client_id == CIMD_URL
    assert "Connect Example host to Convo" in ana.pages[0]
    assert fetched == [CIMD_URL]  # fetched once, then trusted for an hour
    assert await oauth_world.oauth.store.get("client", CIMD_URL) is None  # nothing was registered


async def test_a_metadata_document_that_names_another_client_is_refused(oauth_world: OAuthWorld) -> None:
    async def impostor(url: str) -> bytes:
        return client_document("https://someone-else.example/client.json")

    oauth_world.oauth.provider.fetch_metadata = impostor
    assert await oauth_world.oauth.provider.get_client(CIMD_URL) is None
    async with httpx.AsyncClient(base_url=oauth_world.root) as http:
        r = await http.get("/authorize", params={"response_type": "code", "client_id": CIMD_URL,
                                                 "redirect_uri": CALLBACK, "code_challenge": "x" * 43,
                                                 "code_challenge_method": "S256", "state": "s"})
    assert r.status_code == 400 and "client" in r.text.lower()


async def test_client_metadata_is_never_fetched_from_inside_the_network() -> None:
    for url in ("https://127.0.0.1/client.json", "https://localhost/client.json", "https://10.1.2.3/client.json"):
        with pytest.raises(PermissionError):
            await fetch_client_metadata(url)
    assert metadata_url(CIMD_URL) and not metadata_url("https://host.example/")
    assert not metadata_url("http://host.example/client.json")
    assert metadata_url("http://127.0.0.1:9/client.json", local=True) and not metadata_url("my-client-id")


async def _serve_raw(handler: Any) -> tuple[asyncio.AbstractServer, int]:
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


async def test_client_metadata_is_fetched_from_the_address_that_was_checked() -> None:
    seen: list[bytes] = []
    doc = client_document("http://client.invalid/app.json")

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        seen.append(await reader.readuntil(b"\r\n\r\n"))
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n"
                     b"connection: close\r\n\r\n%s" % (len(doc), doc))
        await writer.drain()
        writer.close()

    server, port = await _serve_raw(handler)
    asked: list[str] = []

    async def resolve(host: str, p: int) -> list[str]:  # answers once; a second lookup would fail
        asked.append(host)
        return ["127.0.0.1"] if len(asked) == 1 else []

    try:
        body = await fetch_client_metadata(f"http://client.invalid:{port}/app.json", resolve=resolve,
                                           allow_private=True)
    finally:
        server.close()
    assert body == doc and asked == ["client.invalid"]  # resolved once, by us
    assert f"host: client.invalid:{port}".encode() in seen[0].lower()  # the name kept for the server


async def test_a_trickling_metadata_server_gets_one_deadline() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 4000\r\n\r\n")
        with contextlib.suppress(ConnectionError):
            for _ in range(100):  # one byte every 0.3 s: each read is quick, the whole never ends
                writer.write(b" ")
                await writer.drain()
                await asyncio.sleep(0.3)

    server, port = await _serve_raw(handler)

    async def resolve(host: str, p: int) -> list[str]:
        return ["127.0.0.1"]

    started = time.monotonic()
    try:
        with pytest.raises(TimeoutError):
            await fetch_client_metadata(f"http://slow.invalid:{port}/app.json", resolve=resolve,
                                        allow_private=True, deadline=1.5)
    finally:
        server.close()
    assert time.monotonic() - started < 3.0


async def test_a_name_with_any_inside_address_is_refused_before_connecting() -> None:
    async def resolve(host: str, p: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.5"]  # one public answer and one inside

    with pytest.raises(PermissionError):
        await fetch_client_metadata("https://mixed.example/app.json", resolve=resolve)
