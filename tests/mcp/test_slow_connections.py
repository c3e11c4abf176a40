"""Connections that never finish their headers, or go idle, are closed; no address holds more than
its share; and meanwhile health checks and tool calls from others are answered. Served by uvicorn
exactly as ``convo-mcp serve --transport http`` configures it."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from fakes import free_port, serving

from convo_mcp.app import App
from convo_mcp.config import Settings
from convo_mcp.descriptors import budget
from convo_mcp.http_app import build_http_app, uvicorn_config
from convo_mcp.server import build_server

pytestmark = pytest.mark.slow
TOKEN = "test-token-for-slow-connections"
PARTIAL = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "  # headers that never end


@contextmanager
def guarded_server(tmp_path: Path, **settings: object) -> Iterator[tuple[str, object]]:
    s = Settings(cache_dir=tmp_path, index_background=False, http_token=TOKEN, **settings)  # type: ignore[arg-type]
    app = App.demo(s)
    port = free_port()
    asgi = build_http_app(app, build_server(app), host="127.0.0.1", port=port, token=TOKEN)
    config = uvicorn_config(asgi, s, host="127.0.0.1", port=port, budget=budget(4096), lifespan="on")
    with serving(asgi, port, config) as root:
        yield root, config.connection_guard  # type: ignore[attr-defined]


def open_slow(port: int, source: str, payload: bytes = PARTIAL) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((source, 0))
    sock.connect(("127.0.0.1", port))
    if payload:
        sock.sendall(payload)
    sock.settimeout(0.05)
    return sock


def closed(sock: socket.socket) -> bool:
    try:
        return sock.recv(1024) == b""
    except TimeoutError:
        return False
    except ConnectionError:
        return True


def test_unfinished_headers_are_dropped_and_others_still_answered(tmp_path: Path) -> None:
    with guarded_server(tmp_path, http_header_timeout=1.5, http_connections_per_client=4) as (root, guard):
        port = int(root.rsplit(":", 1)[1])
        slow = [open_slow(port, f"127.0.{a // 200}.{10 + a % 200}") for a in range(300)]  # 300 addresses
        slow += [open_slow(port, "127.0.5.5", payload=b"") for _ in range(4)]  # opened, nothing sent
        opened = time.monotonic()
        over = [open_slow(port, "127.0.5.5") for _ in range(3)]  # past this address's share of 4
        with httpx.Client(base_url=root, timeout=5) as http:
            health = http.get("/healthz")
            mcp = http.post("/mcp", headers={"Authorization": f"Bearer {TOKEN}",
                                             "Accept": "application/json, text/event-stream"},
                            json={"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
                                "protocolVersion": "2025-11-25", "capabilities": {},
                                "clientInfo": {"name": "t", "version": "1"}}})
        answered = time.monotonic() - opened
        assert health.status_code == 200 and mcp.status_code == 200
        assert answered < 1.5  # answered while every slow connection was still open
        time.sleep(0.2)
        assert all(closed(s) for s in over)  # refused at once
        assert not any(closed(s) for s in slow[:10])  # the others are still within their deadline
        deadline = time.monotonic() + 5
        while not all(closed(s) for s in slow) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert all(closed(s) for s in slow)
        assert time.monotonic() - opened < 4.0
        assert guard.timed_out >= 304 and guard.refused >= 3
        assert guard.total <= 1 and not any(k.startswith("127.0.5.") for k in guard.open)
        for s in slow + over:
            s.close()


def test_a_kept_alive_connection_gets_the_same_deadline_for_its_next_request(tmp_path: Path) -> None:
    with guarded_server(tmp_path, http_header_timeout=1.0, http_idle_timeout=30) as (root, guard):
        port = int(root.rsplit(":", 1)[1])
        sock = open_slow(port, "127.0.0.1", payload=b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        sock.settimeout(2)
        assert b"200 OK" in sock.recv(4096)
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHo")  # the next request starts, then stalls
        sock.settimeout(0.05)
        started = time.monotonic()
        while not closed(sock) and time.monotonic() - started < 5:
            time.sleep(0.05)
        assert 0.8 < time.monotonic() - started < 2.5  # by the header deadline, not the 30 s idle one
        sock.close()
        assert guard.timed_out == 1


def test_a_slow_body_is_not_cut_by_the_header_deadline(tmp_path: Path) -> None:
    """Headers done in time, body slow: the body deadline (10 s) applies, not the header one."""
    with guarded_server(tmp_path, http_header_timeout=0.5, http_body_timeout=3) as (root, _guard):
        port = int(root.rsplit(":", 1)[1])
        sock = open_slow(port, "127.0.0.1", payload=(
            f"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {TOKEN}\r\n"
            "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
            "Content-Length: 200\r\n\r\n{").encode())
        time.sleep(1.2)  # past the header deadline, within the body one
        assert not closed(sock)
        sock.settimeout(5)
        answer = sock.recv(4096)  # the body deadline answers 408
        assert b"408" in answer.split(b"\r\n", 1)[0]
        sock.close()
