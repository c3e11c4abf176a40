"""Fixtures for the sandbox tests: a fake clock, a demo state and raw httpx clients on the app."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import httpx
import pytest

from convo_mcp.sandbox import DEMO_KEYS, SandboxState, create_app

NOW = datetime(2026, 3, 18, 15, 0, tzinfo=UTC)
BASE_URL = "http://sandbox/api/v1"


class FakeClock:
    """A clock tests move by hand (unix seconds)."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW.timestamp())


@pytest.fixture
def state(clock: FakeClock) -> SandboxState:
    return SandboxState.demo(clock=clock, allow_insecure_webhook_urls=True)


MakeClient = Callable[..., httpx.AsyncClient]


@pytest.fixture
def make_client(state: SandboxState) -> MakeClient:
    """``make_client(key)`` → an AsyncClient on the in-process app (key None: no Authorization)."""

    def make(key: str | None = DEMO_KEYS["professional"], *, on: SandboxState | None = None,
             auth: str | None = None) -> httpx.AsyncClient:
        headers = {"Authorization": auth if auth is not None else f"Bearer {key}"} if (key or auth) else {}
        app = create_app(on if on is not None else state)
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL, headers=headers)

    return make
