"""Resumable SSE over Streamable HTTP: a client that lost a stream reconnects with Last-Event-ID
and gets what it missed; another session's event id replays nothing."""

from __future__ import annotations

import json
from typing import Any

import anyio
import httpx
import pytest
from fakes import free_port, serving
from mcp.types import JSONRPCResponse

from convo_mcp.app import App
from convo_mcp.config import Settings
from convo_mcp.http_app import build_http_app
from convo_mcp.resume import SessionEvents
from convo_mcp.server import build_server

pytestmark = [pytest.mark.anyio, pytest.mark.slow]
HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json",
           "MCP-Protocol-Version": "2025-11-25"}


def sse_events(text: str) -> list[dict[str, str]]:
    events, current = [], {}
    for line in [*text.splitlines(), ""]:
        if not line:
            if current:
                events.append(current)
            current = {}
            continue
        name, _, value = line.partition(":")
        current[name] = (current.get(name, "") + value.strip()) if name == "data" else value.strip()
    return events


async def open_session(http: httpx.AsyncClient) -> dict[str, str]:
    init = await http.post("/mcp", headers=HEADERS, json={
        "jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}})
    session = {**HEADERS, "mcp-session-id": init.headers["mcp-session-id"]}
    await http.post("/mcp", headers=session, json={"jsonrpc": "2.0", "method": "notifications/initialized"})
    return session


async def replayed(http: httpx.AsyncClient, session: dict[str, str], last_event_id: str) -> list[dict[str, str]]:
    headers = {**session, "Last-Event-ID": last_event_id, "Accept": "text/event-stream"}
    got = ""
    with anyio.move_on_after(2):
        async with http.stream("GET", "/mcp", headers=headers) as r:
            async for chunk in r.aiter_text():
                got += chunk
                if "\"result\"" in got:
                    break
    return [e for e in sse_events(got) if e.get("data")]


async def test_a_dropped_stream_is_resumed_from_the_last_event_id() -> None:
    app = App.demo(Settings())
    events = SessionEvents()
    port = free_port()
    asgi = build_http_app(app, build_server(app), host="127.0.0.1", port=port, events=events)
    with serving(asgi, port) as root:
        async with httpx.AsyncClient(base_url=root, timeout=30) as http:
            mine, other = await open_session(http), await open_session(http)
            call = await http.post("/mcp", headers=mine, json={
                "jsonrpc": "2.0", "id": 7, "method": "tools/call",
                "params": {"name": "list_conversations", "arguments": {"limit": 3}}})
            sent = sse_events(call.text)
            priming = sent[0]
            answer = next(e for e in sent if e.get("data"))
            # the stream was cut right after the priming event: the client reconnects with its id
            again = await replayed(http, mine, priming["id"])
            elsewhere = await replayed(http, other, priming["id"])
    assert priming["data"] == "" and int(priming["retry"]) > 0  # priming event: an id and a retry delay
    assert again and json.loads(again[0]["data"]) == json.loads(answer["data"])
    response: Any = JSONRPCResponse.model_validate(json.loads(again[0]["data"]))
    assert response.id == 7 and len(response.result["structuredContent"]["conversations"]) == 3
    assert elsewhere == []  # another session cannot replay this one's stream
    assert events.events() >= 2
