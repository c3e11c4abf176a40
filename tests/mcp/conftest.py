"""MCP-level fixtures: a sandbox, an App on it, the server, and a real SDK client (both eras)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest
from mcp import Client
from mcp.server import MCPServer

from convo_mcp.app import App
from convo_mcp.sandbox import DEMO_KEYS, SandboxState
from convo_mcp.server import build_server

MODES = ["legacy", "auto"]


@pytest.fixture
def state() -> SandboxState:
    return SandboxState.demo()


@pytest.fixture
def pro_key() -> str:
    return DEMO_KEYS["professional"]


@pytest.fixture
def make_app(state: SandboxState, pro_key: str, fake_time: Any) -> Callable[..., App]:
    """Apps on the sandbox whose waits (retry back-off, Retry-After) take no real time."""

    def make(key: str | None = None, **overrides: Any) -> App:
        overrides.setdefault("persistent_cache", False)
        return App.on_sandbox(state, key or pro_key, clock=fake_time.clock, sleep=fake_time.sleep, **overrides)

    return make


@pytest.fixture
def app(make_app: Callable[..., App]) -> App:
    return make_app()


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def connect(mode: str) -> Callable[..., Any]:
    @asynccontextmanager
    async def connect_(target: App | MCPServer, **kwargs: Any) -> AsyncIterator[Client]:
        server = build_server(target) if isinstance(target, App) else target
        async with Client(server, mode=mode, **kwargs) as client:  # type: ignore[arg-type]
            yield client

    return connect_
