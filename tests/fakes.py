"""Test doubles shared by the suites (importable: tests/ is on sys.path through its conftest)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn


class FakeTime:
    """Real time plus every wait it skipped: retry back-off and Retry-After return at once, and the
    clock moves on as if they had been waited out. ``sleeps`` lists what was asked for."""

    def __init__(self) -> None:
        self.skipped = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return time.time() + self.skipped

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.skipped += max(0.0, seconds)
        await asyncio.sleep(0)


_HELD: dict[int, socket.socket] = {}  # ports handed out by free_port, still bound until served


@contextmanager
def serving(app: Any, port: int, config: uvicorn.Config | None = None) -> Iterator[str]:
    """Serve ``app`` with uvicorn on 127.0.0.1:``port`` in a thread; yields its root URL. A port from
    :func:`free_port` is served on the very socket that reserved it, so no other process can take it
    between choosing the port and listening. ``config``: uvicorn's configuration as the server
    builds it (``http_app.uvicorn_config``), instead of uvicorn's defaults."""
    sock = _HELD.pop(port, None) or _bind(port)
    config = config or uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=False,
                                      lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()


def _bind(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    return sock


def free_port() -> int:
    """A loopback port for :func:`serving` in this process, held bound until it is served."""
    sock = _bind(0)
    port = int(sock.getsockname()[1])
    _HELD[port] = sock
    return port


def port_for_child() -> int:
    """A loopback port for another process to bind (it is free now; the child binds it itself)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
