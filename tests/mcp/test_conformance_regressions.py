"""Protocol behaviour the official MCP conformance suite checks on any server, pinned here.

`logging-set-level`: 2025-era clients (the conformance suite, and clients that send it right after
connecting) call ``logging/setLevel`` and expect ``{}``; the server advertises ``logging``. The
2026-07-28 revision has no such method (log levels ride each request's ``_meta``).
"""

from __future__ import annotations

import contextlib
import json
import warnings
from collections.abc import AsyncIterator, Iterator
from typing import Any, get_args

import httpx
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError
from mcp.types import EmptyResult, LoggingLevel, SetLevelRequest, SetLevelRequestParams
from mcp_types import INVALID_PARAMS, METHOD_NOT_FOUND
from starlette.applications import Starlette

from convo_mcp.app import App
from convo_mcp.http_app import build_http_app
from convo_mcp.server import build_server

pytestmark = pytest.mark.anyio
LEVELS: tuple[LoggingLevel, ...] = get_args(LoggingLevel)


@contextlib.contextmanager
def no_deprecation_warnings() -> Iterator[None]:
    with warnings.catch_warnings():  # set_logging_level is deprecated for 2026-era use
        warnings.simplefilter("ignore")
        yield


async def test_legacy_client_sets_every_log_level(app: App) -> None:
    async with Client(build_server(app), mode="legacy") as client:
        assert client.server_capabilities.logging is not None
        with no_deprecation_warnings():
            results = [await client.set_logging_level(level) for level in LEVELS]
        listed = await client.call_tool("list_conversations", {"limit": 2})  # the session still works
    assert len(LEVELS) == 8
    assert all(isinstance(r, EmptyResult) for r in results)
    assert not listed.is_error


async def test_an_unknown_log_level_is_invalid_params(app: App) -> None:
    bogus = SetLevelRequest(params=SetLevelRequestParams.model_construct(level="loud"))  # type: ignore[arg-type]
    async with Client(build_server(app), mode="legacy") as client:
        with pytest.raises(MCPError) as caught:
            await client.session.send_request(bogus, EmptyResult)
    assert caught.value.error.code == INVALID_PARAMS


async def test_set_level_is_not_a_2026_method(app: App) -> None:
    async with Client(build_server(app), mode="auto") as client:
        assert client.protocol_version == "2026-07-28"
        with no_deprecation_warnings(), pytest.raises(MCPError) as caught:
            await client.set_logging_level("info")
    assert caught.value.error.code == METHOD_NOT_FOUND


@contextlib.asynccontextmanager
async def raw_http(app: App) -> AsyncIterator[httpx.AsyncClient]:
    """The Streamable HTTP app in process, its lifespan running, spoken to as raw JSON-RPC."""
    asgi = build_http_app(app, build_server(app), host="127.0.0.1", port=8000)
    assert isinstance(asgi, Starlette)
    async with asgi.router.lifespan_context(asgi), httpx.AsyncClient(
        transport=httpx.ASGITransport(app=asgi), base_url="http://127.0.0.1:8000", timeout=10
    ) as raw:
        yield raw


def rpc_result(response: httpx.Response) -> dict[str, Any]:
    """The JSON-RPC message of a POST answer, sent as JSON or as one SSE event."""
    assert response.status_code == 200, response.text
    if response.headers["content-type"].startswith("application/json"):
        return dict(response.json())
    data = [line[5:].strip() for line in response.text.splitlines() if line.startswith("data:")]
    return dict(json.loads(next(d for d in data if d)))


async def test_set_level_over_streamable_http_as_the_conformance_suite_sends_it(app: App) -> None:
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"protocolVersion": "2025-11-25", "capabilities": {},
                       "clientInfo": {"name": "conformance-like", "version": "1"}}}
    async with raw_http(app) as raw:
        started = await raw.post("/mcp", json=init, headers=headers)
        session = {**headers, "Mcp-Session-Id": started.headers["mcp-session-id"],
                   "Mcp-Protocol-Version": "2025-11-25"}
        await raw.post("/mcp", json={"jsonrpc": "2.0", "method": "notifications/initialized"}, headers=session)
        set_level = await raw.post("/mcp", headers=session, json={
            "jsonrpc": "2.0", "id": 2, "method": "logging/setLevel", "params": {"level": "info"}})
    assert rpc_result(started)["result"]["capabilities"]["logging"] == {}
    assert rpc_result(set_level) == {"jsonrpc": "2.0", "id": 2, "result": {}}
