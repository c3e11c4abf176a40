"""OAuth mode served for real: uvicorn on 127.0.0.1 with the sandbox (several accounts) behind it,
driven by the SDK's own OAuth client, plain HTTP and a headless browser."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
import httpx2
from cryptography.fernet import Fernet
from fakes import free_port, serving
from mcp import Client
from mcp.client.auth import OAuthClientProvider
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.auth import AuthorizationCodeResult, OAuthClientInformationFull, OAuthClientMetadata, OAuthToken

from convo_mcp.app import App
from convo_mcp.auth.setup import OAuthSetup, build_oauth
from convo_mcp.config import Settings
from convo_mcp.http_app import build_http_app
from convo_mcp.sandbox import SandboxState
from convo_mcp.server import build_server

CALLBACK = "http://127.0.0.1:33418/callback"  # never listened on: the test reads the redirect itself
PEOPLE: dict[str, tuple[str, str, dict[str, Any]]] = {  # sandbox accounts: tier, key, data and limits
    "ana": ("professional", "convo_ana_professional_key", {"conversations": "demo"}),
    "ben": ("starter", "convo_ben_starter_key", {"rate_limit": 40, "conversations": 6}),
    "fay": ("free", "convo_fay_free_key", {}),
}
KEYS = {name: key for name, (_, key, _) in PEOPLE.items()}


@dataclass
class OAuthWorld:
    state: SandboxState
    app: App
    oauth: OAuthSetup
    root: str
    keys: dict[str, str]  # name → Convo key
    secret: str
    log_path: Path

    @property
    def mcp(self) -> str:
        return f"{self.root}/mcp"


@contextmanager
def oauth_world_on(tmp_path: Path, secret_key: str | None = None, state: SandboxState | None = None,
                   public_url: str | None = None, port: int | None = None,
                   **overrides: Any) -> Iterator[OAuthWorld]:
    state, keys = state or SandboxState(), dict(KEYS)
    for tier, key, extra in PEOPLE.values():
        if key not in state.accounts:
            state.add_account(tier=tier, key=key, **extra)
    secret_key = secret_key or Fernet.generate_key().decode()
    port = port or free_port()  # the same port again: a restart of the same server
    settings = Settings(**{"cache_dir": tmp_path / "data", "secret_key": secret_key, "index_background": False,
                           "log_level": "debug", **overrides})
    app = App.on_sandbox(state, None, settings)
    oauth = build_oauth(app, public_url or f"http://127.0.0.1:{port}")
    asgi = build_http_app(app, build_server(app, source=oauth.accounts), host="127.0.0.1", port=port, oauth=oauth)
    with serving(asgi, port) as root:
        yield OAuthWorld(state, app, oauth, root, keys, secret_key, tmp_path)


class MemoryTokens:
    def __init__(self) -> None:
        self.tokens: OAuthToken | None = None
        self.client: OAuthClientInformationFull | None = None

    async def get_tokens(self) -> OAuthToken | None:
        return self.tokens

    async def set_tokens(self, tokens: OAuthToken) -> None:
        self.tokens = tokens

    async def get_client_info(self) -> OAuthClientInformationFull | None:
        return self.client

    async def set_client_info(self, client_info: OAuthClientInformationFull) -> None:
        self.client = client_info


@dataclass
class Person:
    """Someone adding the server in their app: the SDK's OAuth client, and a browser that fills
    the sign-in page (plain HTTP here; the real browser test is separate)."""

    world: OAuthWorld
    key: str
    storage: MemoryTokens = field(default_factory=MemoryTokens)
    metadata_url: str | None = None  # name the client by its metadata document instead of registering
    pages: list[str] = field(default_factory=list)
    _code: asyncio.Future[AuthorizationCodeResult] | None = None

    def provider(self) -> OAuthClientProvider:
        async def redirect(url: str) -> None:
            loop = asyncio.get_running_loop()
            self._code = loop.create_future()
            async with httpx.AsyncClient() as browser:
                page = await browser.get(url, follow_redirects=True)
                self.pages.append(page.text)
                request = re.search(r'name="request" value="([^"]+)"', page.text)
                assert request, page.text
                form = re.search(r'name="form" value="([^"]*)"', page.text)
                assert form, page.text
                done = await browser.post(str(page.url), data={"request": request.group(1), "key": self.key,
                                                               "form": form.group(1)})
                self.pages.append(done.text)
            if done.status_code != 303:
                self._code.set_exception(AssertionError(f"sign-in refused: {done.status_code}"))
                return
            query = parse_qs(urlparse(done.headers["location"]).query)
            self._code.set_result(AuthorizationCodeResult(code=query["code"][0], state=query.get("state", [None])[0],
                                                          iss=query.get("iss", [None])[0]))

        async def callback() -> AuthorizationCodeResult:
            assert self._code is not None
            return await self._code

        metadata = OAuthClientMetadata(client_name="Test host", redirect_uris=[CALLBACK],  # type: ignore[list-item]
                                       grant_types=["authorization_code", "refresh_token"],
                                       response_types=["code"])
        return OAuthClientProvider(self.world.mcp, metadata, self.storage, redirect, callback,
                                   client_metadata_url=self.metadata_url)

    def client(self, **kwargs: Any) -> Client:
        http = httpx2.AsyncClient(auth=self.provider(), timeout=30)
        return Client(streamable_http_client(self.world.mcp, http_client=http), **kwargs)


def pkce() -> tuple[str, str]:
    verifier = base64.urlsafe_b64encode(os.urandom(40)).decode().rstrip("=")
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    return verifier, challenge


@dataclass
class Grant:
    client: dict[str, Any]
    access: str
    refresh: str


class Manual:
    """Each OAuth step by hand with plain HTTP, to send what a good client would not."""

    def __init__(self, world: OAuthWorld, http: httpx.AsyncClient) -> None:
        self.world, self.http = world, http

    async def register(self, redirect: str = CALLBACK, name: str = "Manual host") -> httpx.Response:
        return await self.http.post("/register", json={
            "client_name": name, "redirect_uris": [redirect], "grant_types": ["authorization_code", "refresh_token"],
            "response_types": ["code"], "token_endpoint_auth_method": "client_secret_post"})

    async def client(self, name: str = "Manual host") -> dict[str, Any]:
        r = await self.register(name=name)
        assert r.status_code == 201, r.text
        return dict(r.json())

    async def authorize(self, client: dict[str, Any], challenge: str, **extra: str) -> httpx.Response:
        params = {"response_type": "code", "client_id": client["client_id"], "redirect_uri": CALLBACK,
                  "code_challenge": challenge, "code_challenge_method": "S256", "state": "st4te",
                  "resource": self.world.mcp, **extra}
        return await self.http.get("/authorize", params=params)

    async def request_id(self, client: dict[str, Any], challenge: str) -> str:
        r = await self.authorize(client, challenge)
        assert r.status_code == 302, r.text
        return parse_qs(urlparse(r.headers["location"]).query)["request"][0]

    async def sign_in(self, request: str, key: str) -> httpx.Response:
        """As a browser does: open the link (its cookie binds the form), then send the form."""
        return await self.http.post("/signin", data={"request": request, "key": key,
                                                     "form": await self.form_token(request)})

    async def form_token(self, request: str) -> str:
        page = await self.http.get("/signin", params={"request": request})
        found = re.search(r'name="form" value="([^"]*)"', page.text)
        return found.group(1) if found else ""

    async def code(self, client: dict[str, Any], key: str) -> tuple[str, str]:
        verifier, challenge = pkce()
        r = await self.sign_in(await self.request_id(client, challenge), key)
        assert r.status_code == 303, r.text
        return parse_qs(urlparse(r.headers["location"]).query)["code"][0], verifier

    async def token(self, client: dict[str, Any], code: str, verifier: str) -> httpx.Response:
        return await self.http.post("/token", data={
            "grant_type": "authorization_code", "code": code, "redirect_uri": CALLBACK, "code_verifier": verifier,
            "client_id": client["client_id"], "client_secret": client["client_secret"], "resource": self.world.mcp})

    async def refresh(self, client: dict[str, Any], refresh: str) -> httpx.Response:
        return await self.http.post("/token", data={
            "grant_type": "refresh_token", "refresh_token": refresh, "client_id": client["client_id"],
            "client_secret": client["client_secret"], "resource": self.world.mcp})

    async def revoke(self, client: dict[str, Any], token: str) -> httpx.Response:
        return await self.http.post("/revoke", data={"token": token, "client_id": client["client_id"],
                                                     "client_secret": client["client_secret"]})

    async def grant(self, key: str) -> Grant:
        client = await self.client()
        code, verifier = await self.code(client, key)
        r = await self.token(client, code, verifier)
        assert r.status_code == 200, r.text
        return Grant(client, r.json()["access_token"], r.json()["refresh_token"])

    async def call(self, access: str, tool: str = "get_account",
                   arguments: dict[str, Any] | None = None) -> httpx.Response:
        """One tools/call in a fresh session, answered as JSON-RPC (SSE unwrapped)."""
        headers = {"Authorization": f"Bearer {access}", "Accept": "application/json, text/event-stream",
                   "MCP-Protocol-Version": "2025-11-25"}
        init = await self.http.post("/mcp", headers=headers, json={
            "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
                "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}})
        if init.status_code != 200:
            return init
        session = {"mcp-session-id": init.headers["mcp-session-id"]}
        await self.http.post("/mcp", headers={**headers, **session},
                             json={"jsonrpc": "2.0", "method": "notifications/initialized"})
        return await self.http.post("/mcp", headers={**headers, **session}, json={
            "jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": tool, "arguments": arguments or {}}})


def rpc_result(response: httpx.Response) -> dict[str, Any]:
    """The JSON-RPC result of an SSE or JSON answer."""
    if response.headers.get("content-type", "").startswith("text/event-stream"):
        datas = [line[5:].strip() for line in response.text.splitlines() if line.startswith("data:")]
        messages = [json.loads(d) for d in datas if d]
        message = next(m for m in messages if "result" in m or "error" in m)
    else:
        message = response.json()
    assert "result" in message, message
    return dict(message["result"])
