"""stdio serving with ``--webhook-port``: a signed delivery to the side listener reaches a client
subscribed over stdio; a forged one is refused."""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from fakes import port_for_child
from mcp import Client, StdioServerParameters
from mcp.types import ServerNotification

from convo_mcp.sandbox import dataset
from convo_mcp.webhooks.receiver import sign

pytestmark = [pytest.mark.anyio, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
SECRET = "whsec_stdio_listener_tests_0123"
CID = sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS)[0]
URI = f"convo://conversations/{CID}/keypoints"




def delivery() -> bytes:
    payload = {"event": "conversation.keypoints.ready", "data": {"conversationId": CID, "title": "x"},
               "timestamp": datetime.now(UTC).isoformat()}
    return json.dumps(payload).encode()


async def post(url: str, body: bytes, signature: str) -> int:
    headers = {"X-Convo-Signature": signature, "X-Convo-Event": "conversation.keypoints.ready",
               "Content-Type": "application/json"}
    async with httpx.AsyncClient() as http:
        for _ in range(100):  # the listener starts beside the stdio server
            try:
                return (await http.post(url, content=body, headers=headers)).status_code
            except httpx.ConnectError:
                await anyio.sleep(0.1)
    raise AssertionError("the webhook listener never came up")


async def test_webhook_port_listener_notifies_a_stdio_subscriber(tmp_path: Path) -> None:
    port = port_for_child()
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "PYTHONPATH": str(ROOT),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "CONVO_WEBHOOK_SECRET": SECRET,
           "CONVO_MCP_LOG_LEVEL": "warning"}
    params = StdioServerParameters(command=sys.executable, args=["-m", "convo_mcp", "--demo", "--webhook-port",
                                                                str(port)], env=env, cwd=str(ROOT))
    heard: list[str] = []

    async def on_message(message: Any) -> None:
        if isinstance(message, ServerNotification) and message.method == "notifications/resources/updated":
            heard.append(str(message.params.uri))

    url = f"http://127.0.0.1:{port}/webhooks/convo"
    async with Client(params, mode="legacy", message_handler=on_message) as client:  # type: ignore[arg-type]
        await client.subscribe_resource(URI)
        forged = delivery()
        assert await post(url, forged, sign(forged, "whsec_wrong_secret_000")) == 401
        body = delivery()
        assert await post(url, body, sign(body, SECRET)) == 200
        with anyio.fail_after(10):
            while not heard:
                await anyio.sleep(0.05)
        assert await post(url, body, sign(body, SECRET)) == 200  # a replay: acknowledged, not applied
        await anyio.sleep(0.3)
    assert heard == [URI]
