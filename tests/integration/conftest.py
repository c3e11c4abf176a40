"""Fixtures for ConvoClient against the sandbox, in-process (ASGI) and over real HTTP (uvicorn).

``make_client`` is parametrized over both transports. It is a factory ``make_client(key, **settings)``
returning a :class:`ConvoClient`, and it also carries the :class:`SandboxState` the client talks to
(``make_client.state``) and ``make_client.account(tier, **options)`` to create a fresh account on it.

The real-HTTP server is started once per session on a shared state; tests stay independent because
each creates its own accounts (keys) and the pending faults are cleared after every test.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from fakes import FakeTime
from pydantic import SecretStr
from starlette.types import ASGIApp

from convo_mcp.config import Settings
from convo_mcp.convo.client import ConvoClient
from convo_mcp.sandbox import SandboxState, create_app, running_asgi_app, running_sandbox

INPROCESS_BASE_URL = "http://sandbox.test/api/v1"
TRANSPORTS = ("inprocess", "http")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def sandbox_state() -> SandboxState:
    """A fresh demo world for one in-process test."""
    return SandboxState.demo()


@pytest.fixture(scope="session")
def http_sandbox() -> Iterator[tuple[SandboxState, str]]:
    """One real sandbox server for the whole session: ``(state, base_url)``."""
    state = SandboxState.demo()
    with running_sandbox(state) as base_url:
        yield state, base_url


def client_settings(key: str, base_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"api_key": SecretStr(key), "base_url": base_url, "persistent_cache": False}
    values.update(overrides)
    return Settings(**values)


class ClientFactory:
    """``factory(key, **settings_overrides) -> ConvoClient`` on one sandbox, over one transport."""

    def __init__(self, transport: str, state: SandboxState, base_url: str, app: ASGIApp | None = None,
                 time: FakeTime | None = None) -> None:
        self.transport = transport
        self.state = state
        self.base_url = base_url
        self._app = app
        self.time = time or FakeTime()  # back-off and Retry-After waits take no real time

    def __call__(self, key: str, **overrides: Any) -> ConvoClient:
        settings = client_settings(key, self.base_url, **overrides)
        transport = httpx.ASGITransport(app=self._app) if self._app is not None else None
        return ConvoClient(settings, transport=transport, clock=self.time.clock, sleep=self.time.sleep)

    def account(self, tier: str = "starter", **options: Any) -> str:
        """A new account with its own key (``conversations="demo"`` unless told otherwise)."""
        options.setdefault("conversations", "demo")
        key = f"convo_it_{tier}_{secrets.token_hex(6)}"
        return self.state.add_account(tier, key, **options)

    @contextlib.contextmanager
    def serving(self, wrap: Callable[[ASGIApp], ASGIApp]) -> Iterator[ClientFactory]:
        """A factory on ``wrap(create_app(state))`` over the same transport and state."""
        app = wrap(create_app(self.state))
        if self.transport == "inprocess":
            yield ClientFactory(self.transport, self.state, INPROCESS_BASE_URL, app, self.time)
            return
        with running_asgi_app(app) as root:
            yield ClientFactory(self.transport, self.state, root + "/api/v1", time=self.time)


@pytest.fixture(params=TRANSPORTS)
def make_client(request: pytest.FixtureRequest, sandbox_state: SandboxState) -> Iterator[ClientFactory]:
    """Parametrized over ``inprocess`` (httpx.ASGITransport) and ``http`` (uvicorn on 127.0.0.1).

    A test that is inherently one transport narrows it with
    ``@pytest.mark.parametrize("make_client", ["http"], indirect=True)``."""
    if request.param == "inprocess":
        factory = ClientFactory("inprocess", sandbox_state, INPROCESS_BASE_URL, create_app(sandbox_state))
    else:
        state, base_url = request.getfixturevalue("http_sandbox")
        factory = ClientFactory("http", state, base_url)
    try:
        yield factory
    finally:
        factory.state.faults.clear()
