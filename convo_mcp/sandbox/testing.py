"""Running the sandbox over real HTTP: blocking (CLI) or in a background thread (tests)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

from starlette.types import ASGIApp

from convo_mcp.sandbox.app import create_app
from convo_mcp.sandbox.state import SandboxState

STARTUP_TIMEOUT = 10.0


def run_sandbox_server(host: str = "127.0.0.1", port: int = 8765, state: SandboxState | None = None) -> None:
    """Serve the sandbox until interrupted (``convo-mcp sandbox --port P``)."""
    import uvicorn  # a test/dev dependency: imported only when a server is actually run

    uvicorn.run(create_app(state), host=host, port=port, log_level="info", http="h11", ws="none",
                lifespan="off")


@contextlib.contextmanager
def running_asgi_app(app: ASGIApp, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve any ASGI app on a free port in a background thread; yields ``http://host:port``."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, http="h11", ws="none", lifespan="off",
                            timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                              name=f"asgi-server-{port}")
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.01)
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_TIMEOUT)
        sock.close()


@contextlib.contextmanager
def running_sandbox(state: SandboxState | None = None, host: str = "127.0.0.1") -> Iterator[str]:
    """Run the sandbox in a background thread; yields its API base URL
    ``http://127.0.0.1:PORT/api/v1``. The ``state`` object stays inspectable from the caller."""
    with running_asgi_app(create_app(state if state is not None else SandboxState.demo()), host) as root:
        yield root + "/api/v1"
