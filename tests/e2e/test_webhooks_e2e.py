"""Webhooks end to end, all over real HTTP on 127.0.0.1: the sandbox delivers signed events to the
running server, a subscribed MCP client hears about it, the next read is fresh and the one after it
comes from the cache; forged, replayed, truncated and oversized deliveries change nothing."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from fakes import free_port, serving
from mcp import Client
from mcp.types import ServerNotification
from pydantic import SecretStr

from convo_mcp.app import App
from convo_mcp.config import Settings
from convo_mcp.http_app import build_http_app
from convo_mcp.sandbox import DEMO_KEYS, SandboxState, dataset, running_sandbox
from convo_mcp.server import build_server
from convo_mcp.webhooks.events import make_receiver
from convo_mcp.webhooks.receiver import sign

pytestmark = [pytest.mark.anyio, pytest.mark.slow]
KEY = DEMO_KEYS["professional"]
CID = sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS - dataset.SHORT_MEETING_IDS)[0]
URI = f"convo://conversations/{CID}/keypoints"
KEYPOINTS_GET = "/conversations/{id}/keypoints"


@dataclass
class World:
    state: SandboxState
    sandbox_root: str
    server_root: str
    app: App
    webhook_id: str
    secret: str


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    state = SandboxState.demo(allow_insecure_webhook_urls=True)
    with running_sandbox(state) as base_url:
        port = free_port()
        app = App(Settings(api_key=SecretStr(KEY), base_url=base_url, cache_dir=tmp_path, persistent_cache=False))
        receiver = make_receiver(app)
        asgi = build_http_app(app, build_server(app), port=port, receiver=receiver)
        with serving(asgi, port) as root:
            made = httpx.post(f"{base_url}/webhooks", headers={"Authorization": f"Bearer {KEY}"},
                              json={"url": f"{root}/webhooks/convo", "events": ["conversation.keypoints.ready"]})
            data = made.json()["data"]
            app.webhook_secrets.add(data["id"], data["secret"], data["url"])  # as create_webhook keeps it
            yield World(state, base_url.removesuffix("/api/v1"), root, app, data["id"], data["secret"])


@asynccontextmanager
async def subscribed(world: World, mode: str, heard: list[str]) -> AsyncIterator[Client]:
    async def on_message(message: Any) -> None:
        if isinstance(message, ServerNotification) and message.method == "notifications/resources/updated":
            heard.append(str(message.params.uri))

    async with Client(f"{world.server_root}/mcp", mode=mode, message_handler=on_message) as client:  # type: ignore[arg-type]
        if mode == "legacy":
            await client.subscribe_resource(URI)
            yield client
        else:
            async with client.listen(resource_subscriptions=[URI]):
                yield client


async def wait_for(heard: list[str], count: int, timeout: float = 10) -> None:
    with anyio.fail_after(timeout):
        while len(heard) < count:
            await anyio.sleep(0.02)


def keypoint_gets(world: World) -> int:
    return world.state.stats.requests(route=KEYPOINTS_GET, method="GET")


@pytest.mark.parametrize("mode", ["legacy", "auto"])
async def test_event_reaches_subscriber_and_next_read_is_fresh_then_cached(world: World, mode: str) -> None:
    heard: list[str] = []
    async with subscribed(world, mode, heard) as client:
        before = await client.call_tool("get_keypoints", {"conversation_id": CID})
        assert before.structured_content["available"] is False
        gets = keypoint_gets(world)
        sim = httpx.post(f"{world.sandbox_root}/_sandbox/simulate",
                         json={"key": KEY, "event": "conversation.keypoints.ready", "conversationId": CID})
        assert sim.status_code == 200 and sim.json()["data"]["deliveries"] == 1
        await wait_for(heard, 1)
        assert heard[0] == URI
        fresh = await client.call_tool("get_keypoints", {"conversation_id": CID})
        assert fresh.structured_content["available"] is True
        assert keypoint_gets(world) == gets + 1  # the event made the "not yet" stale: one fresh read
        cached = await client.call_tool("get_keypoints", {"conversation_id": CID})
        assert cached.structured_content["source"] == "cache"
        assert keypoint_gets(world) == gets + 1
    delivered = [d for d in world.state.deliveries if d.event == "conversation.keypoints.ready"]
    assert delivered and all(d.status == 200 for d in delivered)


async def test_forged_replayed_truncated_and_oversized_deliveries_change_nothing(world: World) -> None:
    heard: list[str] = []
    url = f"{world.server_root}/webhooks/convo"
    async with subscribed(world, "auto", heard) as client:
        await client.call_tool("get_keypoints", {"conversation_id": CID})  # cache "not generated yet"
        httpx.post(f"{world.sandbox_root}/_sandbox/simulate",
                   json={"key": KEY, "event": "conversation.keypoints.ready", "conversationId": CID})
        await wait_for(heard, 1)
        await client.call_tool("get_keypoints", {"conversation_id": CID})  # fresh copy cached
        real = next(d for d in world.state.deliveries if d.event == "conversation.keypoints.ready")
        body = real.body if isinstance(real.body, bytes) else str(real.body).encode()
        headers = {"Content-Type": "application/json", "X-Convo-Event": real.event}
        gets = keypoint_gets(world)
        forged_body = json.dumps({"event": "conversation.deleted", "data": {"conversationId": CID},
                                  "timestamp": json.loads(body)["timestamp"]}).encode()
        attempts = {
            "forged": (forged_body, sign(forged_body, "whsec_not_the_secret"), 401),
            "unsigned": (body, "", 401),
            "truncated": (body[:-7], real.signature, 401),
            "oversized": (b"{" + b" " * 300_000 + b"}", sign(b"x", world.secret), 413),
            "replayed": (body, real.signature, 200),
        }
        async with httpx.AsyncClient() as http:
            for name, (payload, signature, status) in attempts.items():
                r = await http.post(url, content=payload, headers={**headers, "X-Convo-Signature": signature})
                assert r.status_code == status, name
                if name == "replayed":
                    assert r.json().get("duplicate") is True
        await anyio.sleep(0.3)
        assert heard == [URI]  # nothing more was announced
        again = await client.call_tool("get_keypoints", {"conversation_id": CID})
        assert again.structured_content["source"] == "cache" and keypoint_gets(world) == gets
        listed = await client.call_tool("list_conversations", {"search": "", "limit": 100})
        assert CID in [c["id"] for c in listed.structured_content["conversations"]]  # the forged delete did nothing
    assert world.secret not in json.dumps([str(h) for h in heard])
