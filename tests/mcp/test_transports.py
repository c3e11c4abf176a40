"""The server over its real transports: stdio in a subprocess (the README's demo command) and
Streamable HTTP served by uvicorn, with DNS-rebinding protection, the bearer gate and webhooks."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import httpx
import httpx2
import pytest
import uvicorn
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp.server.subscriptions import ResourceUpdated
from mcp.shared.exceptions import MCPError
from mcp.types import ServerNotification

from convo_mcp.app import App
from convo_mcp.config import Settings
from convo_mcp.http_app import HTTPConfigError, build_http_app, security_for
from convo_mcp.sandbox import dataset, sign
from convo_mcp.server import build_server
from convo_mcp.webhooks.events import make_receiver

pytestmark = pytest.mark.anyio
PUBLIC = "0.0.0.0"  # noqa: S104 - a public bind address, only ever refused here
ROOT = Path(__file__).resolve().parents[2]
TOKEN = "t0ken-for-tests"
WEBHOOK_SECRET = "whsec_transport_tests_0123456789"
INIT = {
    "jsonrpc": "2.0", "id": 1, "method": "initialize",
    "params": {"protocolVersion": "2025-11-25", "capabilities": {},
               "clientInfo": {"name": "raw-test", "version": "1"}},
}
MCP_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
KEYPOINTS_NOT_READY = sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS)


# --- stdio ---------------------------------------------------------------------------------------


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A clean environment: no Convo key, caches under the test's temporary folder."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "CONVO_MCP_CACHE_DIR": str(tmp_path / "cache" / "convo-mcp"),
        "PYTHONUNBUFFERED": "1",
        "PYTHONWARNINGS": "ignore",
    }
    return {**env, **extra}


@pytest.mark.slow
async def test_stdio_demo_command_serves_tools(tmp_path: Path, mode: str) -> None:
    params = StdioServerParameters(command=sys.executable, args=["-m", "convo_mcp", "--demo"],
                                   env=child_env(tmp_path), cwd=str(ROOT))
    with anyio.fail_after(60):
        async with Client(params, mode=mode) as client:
            assert client.protocol_version == ("2025-11-25" if mode == "legacy" else "2026-07-28")
            assert client.server_info.name == "convo-mcp"
            tools = (await client.list_tools()).tools
            listed = await client.call_tool("list_conversations", {"limit": 5})
            long = await client.call_tool("get_transcript", {"conversation_id": dataset.LONG_MEETING_ID})
    assert len(tools) >= 17
    assert not listed.is_error
    assert listed.structured_content["total"] == len(dataset.DEMO_IDS)
    assert all(c["id"] in dataset.DEMO_IDS for c in listed.structured_content["conversations"])
    assert not long.is_error
    assert long.structured_content["total_segments"] == 1500
    assert long.content[0].text.splitlines()[1].startswith("[00:00:00] ")


class RawStdio:
    """Line-delimited JSON-RPC with a server subprocess; everything on stdout is kept."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self.lines: list[str] = []

    def send(self, message: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(message) + "\n")
        self.proc.stdin.flush()

    def response(self, request_id: int) -> dict[str, Any]:
        assert self.proc.stdout is not None
        while True:
            line = self.proc.stdout.readline()
            assert line, f"server closed stdout before answering request {request_id}"
            self.lines.append(line)
            message = json.loads(line)
            if message.get("id") == request_id:
                return dict(message)


@pytest.mark.slow
def test_stdio_stdout_carries_only_protocol_and_the_banner_goes_to_stderr(tmp_path: Path) -> None:
    errlog = tmp_path / "stderr.txt"
    with errlog.open("w") as err:  # a file, so a chatty stderr can never block the server
        proc = subprocess.Popen([sys.executable, "-m", "convo_mcp", "--demo"], cwd=ROOT, env=child_env(tmp_path),
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, text=True)
    watchdog = threading.Timer(60, proc.kill)
    watchdog.start()
    raw = RawStdio(proc)
    try:
        raw.send(INIT)
        init = raw.response(1)
        raw.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        raw.send({"jsonrpc": "2.0", "id": 2, "method": "tools/call",
                  "params": {"name": "list_conversations", "arguments": {"limit": 3}}})
        listed = raw.response(2)
        raw.send({"jsonrpc": "2.0", "id": 3, "method": "resources/read",
                  "params": {"uri": f"convo://conversations/{dataset.LONG_MEETING_ID}/transcript"}})
        transcript = raw.response(3)
        rest, _ = proc.communicate(timeout=30)  # closes stdin: end of input, the server exits
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    raw.lines += rest.splitlines(keepends=True)
    stderr = errlog.read_text()
    for line in raw.lines:  # nothing but JSON-RPC on stdout
        message = json.loads(line)
        assert message["jsonrpc"] == "2.0"
        assert "method" in message or "id" in message
    assert init["result"]["serverInfo"]["name"] == "convo-mcp"
    assert init["result"]["capabilities"]["resources"] == {"listChanged": True, "subscribe": True}
    assert listed["result"]["isError"] is False
    assert len(listed["result"]["structuredContent"]["conversations"]) == 3
    assert transcript["result"]["contents"][0]["text"].startswith("[00:00:00] ")
    assert "DEMO MODE" in stderr
    assert proc.returncode == 0


@pytest.mark.slow
def test_without_a_key_the_server_refuses_to_start(tmp_path: Path) -> None:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "convo_mcp"], cwd=ROOT, env=child_env(tmp_path),
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode != 0
    assert "CONVO_API_KEY" in done.stderr
    assert "--demo" in done.stderr
    assert done.stdout == ""
    assert time.monotonic() - started < 15


@pytest.mark.slow
def test_cli_refuses_a_public_bind_without_a_token(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "convo_mcp", "--transport", "http", "--host", PUBLIC, "--demo"],
                          cwd=ROOT, env=child_env(tmp_path), stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=30, check=False)
    assert done.returncode == 2
    assert "CONVO_MCP_HTTP_TOKEN" in done.stderr
    assert "Streamable HTTP on" not in done.stderr  # it never started listening


# --- HTTP security settings ---------------------------------------------------------------------


def test_security_for_loopback_allows_only_local_names() -> None:
    s = security_for("127.0.0.1", 8123, token=None, allowed_hosts=[])
    assert s.enable_dns_rebinding_protection is True
    assert set(s.allowed_hosts) == {"127.0.0.1:8123", "localhost:8123", "[::1]:8123"}
    assert "http://localhost:8123" in s.allowed_origins
    assert not any("evil" in o for o in s.allowed_origins)


def test_security_for_a_public_bind_needs_a_token_and_allowed_hosts() -> None:
    with pytest.raises(HTTPConfigError, match="CONVO_MCP_HTTP_TOKEN"):
        security_for(PUBLIC, 8000, token=None, allowed_hosts=[])
    with pytest.raises(HTTPConfigError, match="CONVO_MCP_HTTP_TOKEN"):
        security_for(PUBLIC, 8000, token=None, allowed_hosts=["mcp.example.com"])
    with pytest.raises(HTTPConfigError, match="--allowed-host"):
        security_for(PUBLIC, 8000, token="s3cret", allowed_hosts=[])
    s = security_for(PUBLIC, 8000, token="s3cret", allowed_hosts=["mcp.example.com"])
    assert s.enable_dns_rebinding_protection is True
    assert s.allowed_hosts == ["mcp.example.com"]
    assert set(s.allowed_origins) == {"https://mcp.example.com", "http://mcp.example.com"}


# --- Streamable HTTP served by uvicorn --------------------------------------------------------


@contextlib.contextmanager
def serving(asgi: Any, sock: socket.socket) -> Iterator[None]:
    """Serve `asgi` (with its lifespan) on an already bound socket in a background thread."""
    config = uvicorn.Config(asgi, log_level="warning", access_log=False, http="h11", ws="none", lifespan="on",
                            timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            assert thread.is_alive(), "the HTTP server did not start"
            assert time.monotonic() < deadline, "the HTTP server did not start in time"
            time.sleep(0.01)
        yield
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


class Served:
    def __init__(self, app: App, port: int) -> None:
        self.app = app
        self.port = port
        self.root = f"http://127.0.0.1:{port}"
        self.mcp = f"{self.root}/mcp"


@contextlib.contextmanager
def served_demo(token: str | None = None) -> Iterator[Served]:
    app = App.demo(Settings(webhook_secrets=[WEBHOOK_SECRET]))
    sock = free_socket()
    port = sock.getsockname()[1]
    asgi = build_http_app(app, build_server(app), host="127.0.0.1", port=port, token=token,
                          receiver=make_receiver(app))
    with serving(asgi, sock):
        yield Served(app, port)


@pytest.fixture
def http_server() -> Iterator[Served]:
    with served_demo() as served:
        yield served


@pytest.fixture
def gated_server() -> Iterator[Served]:
    with served_demo(token=TOKEN) as served:
        yield served


def delivery(event: str, conversation_id: str) -> tuple[bytes, dict[str, str]]:
    body = json.dumps({"event": event, "data": {"conversationId": conversation_id},
                       "timestamp": datetime.now(UTC).isoformat()}).encode()
    return body, {"Content-Type": "application/json", "X-Convo-Event": event,
                  "X-Convo-Signature": sign(WEBHOOK_SECRET, body)}


@pytest.mark.slow
async def test_http_client_lists_and_calls_tools(http_server: Served, mode: str) -> None:
    with anyio.fail_after(30):
        async with Client(http_server.mcp, mode=mode) as client:
            assert client.protocol_version == ("2025-11-25" if mode == "legacy" else "2026-07-28")
            tools = (await client.list_tools()).tools
            listed = await client.call_tool("list_conversations", {"search": "acme", "limit": 50})
            keypoints = await client.read_resource(f"convo://conversations/{sorted(dataset.KEYPOINTS_READY_IDS)[0]}"
                                                   "/keypoints")
    assert len(tools) >= 17
    assert not listed.is_error
    titles = [c["title"] for c in listed.structured_content["conversations"]]
    assert len(titles) >= 3
    assert all("acme" in t.lower() for t in titles)
    assert "## Decisions" in keypoints.contents[0].text


@pytest.mark.slow
async def test_http_webhook_reaches_subscribed_clients(http_server: Served, mode: str) -> None:
    cid = KEYPOINTS_NOT_READY[0]
    uri = f"convo://conversations/{cid}/keypoints"
    body, headers = delivery("conversation.keypoints.ready", cid)
    seen: list[tuple[str, str | None]] = []
    arrived = anyio.Event()

    async def on_message(message: Any) -> None:
        if isinstance(message, ServerNotification) and message.method == "notifications/resources/updated":
            seen.append((message.method, str(message.params.uri)))
            arrived.set()

    with anyio.fail_after(30):
        async with Client(http_server.mcp, mode=mode, message_handler=on_message) as client, \
                httpx.AsyncClient(base_url=http_server.root) as raw:
            if mode == "legacy":
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    await client.subscribe_resource(uri)
                posted = await raw.post("/webhooks/convo", content=body, headers=headers)
                await arrived.wait()
                events: list[Any] = []
            else:
                async with client.listen(resource_subscriptions=[uri]) as sub:
                    posted = await raw.post("/webhooks/convo", content=body, headers=headers)
                    events = [await sub.__anext__()]
    assert posted.status_code == 200
    if mode == "legacy":
        assert seen == [("notifications/resources/updated", uri)]
    else:
        assert events == [ResourceUpdated(uri=uri)]
    assert ("updated", uri) in http_server.app.notifier.sent


@pytest.mark.slow
async def test_http_webhook_with_a_bad_signature_is_refused(http_server: Served) -> None:
    body, headers = delivery("conversation.keypoints.ready", KEYPOINTS_NOT_READY[0])
    headers["X-Convo-Signature"] = "0" * 64
    async with httpx.AsyncClient(base_url=http_server.root) as raw:
        r = await raw.post("/webhooks/convo", content=body, headers=headers)
    assert r.status_code == 401
    assert http_server.app.notifier.sent == []


@pytest.mark.slow
async def test_http_dns_rebinding_protection_and_health(http_server: Served) -> None:
    init = json.dumps(INIT)
    async with httpx.AsyncClient(base_url=http_server.root, timeout=10) as raw:
        evil_origin = await raw.post("/mcp", content=init,
                                     headers={**MCP_HEADERS, "Origin": "http://evil.example"})
        evil_host = await raw.post("/mcp", content=init, headers={**MCP_HEADERS, "Host": "evil.example"})
        good = await raw.post("/mcp", content=init,
                              headers={**MCP_HEADERS, "Origin": f"http://localhost:{http_server.port}"})
        health = await raw.get("/healthz")
        ready = await raw.get("/readyz")
    assert evil_origin.status_code == 403
    assert evil_host.status_code == 421
    assert good.status_code == 200
    assert good.headers.get("mcp-session-id")
    assert health.status_code == 200
    assert health.json() == {"ok": True}
    assert ready.status_code == 200
    assert ready.json()["ready"] is True
    assert ready.json()["demo"] is True


async def test_readyz_is_503_before_the_lifespan_has_run() -> None:
    app = App.demo()
    asgi = build_http_app(app, build_server(app), host="127.0.0.1", port=8000)
    transport = httpx.ASGITransport(app=asgi)  # runs no lifespan
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as raw:
        ready = await raw.get("/readyz")
        health = await raw.get("/healthz")
    assert ready.status_code == 503
    assert ready.json()["ready"] is False
    assert health.status_code == 200


@pytest.mark.slow
async def test_bearer_token_gates_mcp_but_not_health(gated_server: Served, mode: str) -> None:
    init = json.dumps(INIT)
    async with httpx.AsyncClient(base_url=gated_server.root, timeout=10) as raw:
        missing = await raw.post("/mcp", content=init, headers=MCP_HEADERS)
        wrong = await raw.post("/mcp", content=init, headers={**MCP_HEADERS, "Authorization": "Bearer nope"})
        basic = await raw.post("/mcp", content=init, headers={**MCP_HEADERS, "Authorization": f"Basic {TOKEN}"})
        right = await raw.post("/mcp", content=init, headers={**MCP_HEADERS, "Authorization": f"Bearer {TOKEN}"})
        health = await raw.get("/healthz")
        ready = await raw.get("/readyz")
    for refused in (missing, wrong, basic):
        assert refused.status_code == 401
        assert refused.headers["WWW-Authenticate"].startswith("Bearer")
        assert "CONVO_MCP_HTTP_TOKEN" in refused.json()["message"]
    assert right.status_code == 200
    assert health.status_code == 200
    assert ready.status_code == 200

    http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}, timeout=httpx2.Timeout(30, read=60))
    with anyio.fail_after(30):
        async with http, Client(streamable_http_client(gated_server.mcp, http_client=http), mode=mode) as client:
            tools = (await client.list_tools()).tools
            account = await client.call_tool("get_account", {})
    assert len(tools) >= 17
    assert account.structured_content["plan"] == "professional"


@pytest.mark.slow
async def test_sdk_client_without_the_token_is_refused(gated_server: Served) -> None:
    with anyio.fail_after(30), pytest.raises(BaseExceptionGroup) as caught:
        async with Client(gated_server.mcp, mode="legacy") as client:
            await client.list_tools()
    assert caught.group_contains(MCPError, depth=None)
