"""App: what one server process shares across tools, resources and transports.

It owns the Convo client (real, or the built-in sandbox in demo mode), the two-layer cache, the
service the tools call and the notifier. It opens on first use and closes when the last
transport session that uses it ends, so several in-memory or HTTP sessions can share it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import httpx
import structlog
from pydantic import SecretStr

from convo_mcp.cache import Cache
from convo_mcp.client import ConvoClient
from convo_mcp.config import Settings
from convo_mcp.log import configure_logging, get_logger
from convo_mcp.notify import Notifier
from convo_mcp.service import ConvoService
from convo_mcp.store import MemoryStore, SQLiteStore, Store, cache_path

if TYPE_CHECKING:
    from convo_mcp.sandbox import SandboxState

log = get_logger("convo_mcp.app")
DEMO_BASE_URL = "http://sandbox.convo-mcp.invalid/api/v1"
DEMO_TIER = "professional"


class App:
    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sandbox: SandboxState | None = None,
        extra_layers: list[Store] | None = None,
    ) -> None:
        if not structlog.is_configured():  # embedded use: never let logs reach stdout
            configure_logging(settings.log_level)
        self.settings = settings
        self.sandbox = sandbox
        self.notifier = Notifier()
        self._transport = transport
        self._extra_layers = extra_layers or []
        self._service: ConvoService | None = None
        self._users = 0
        self._lock = asyncio.Lock()
        self.webhook_secrets: Any = None  # set by the server when webhooks are wired

    @classmethod
    def demo(cls, settings: Settings | None = None, *, tier: str = DEMO_TIER) -> App:
        """An app on the built-in sandbox with its demo data: no key, no network."""
        from convo_mcp.sandbox import DEMO_KEYS, SandboxState

        return cls.on_sandbox(SandboxState.demo(), DEMO_KEYS[tier], settings, persistent_cache=False)

    @classmethod
    def on_sandbox(
        cls, state: SandboxState, key: str, settings: Settings | None = None, **overrides: Any
    ) -> App:
        """An app talking in-process to a sandbox (demo mode, tests, benchmarks)."""
        from convo_mcp.sandbox import create_app

        base = settings or Settings()
        updated = base.model_copy(update={"api_key": SecretStr(key), "base_url": DEMO_BASE_URL, **overrides})
        return cls(updated, transport=httpx.ASGITransport(app=create_app(state)), sandbox=state)

    @property
    def is_demo(self) -> bool:
        return self.sandbox is not None

    @property
    def service(self) -> ConvoService:
        if self._service is None:
            self._service = self._build_service()
        return self._service

    def _build_service(self) -> ConvoService:
        client = ConvoClient(self.settings, transport=self._transport)
        layers: list[Store] = [MemoryStore(self.settings.memory_cache_entries), *self._extra_layers]
        if self.settings.persistent_cache:
            assert self.settings.api_key is not None
            path = cache_path(self.settings.cache_dir, self.settings.base_url, self.settings.api_key.get_secret_value())
            try:
                layers.append(SQLiteStore.open(path))
            except Exception as exc:  # a cache problem must never stop the server
                log.warning("cache.persistent_unavailable", error=type(exc).__name__)
        return ConvoService(client, Cache(layers), self.settings)

    @asynccontextmanager
    async def running(self) -> AsyncIterator[App]:
        """Reference-counted: the last user to leave closes the client and the cache."""
        async with self._lock:
            self._users += 1
        try:
            yield self
        finally:
            async with self._lock:
                self._users -= 1
                if self._users == 0 and self._service is not None:
                    service, self._service = self._service, None
                    await service.aclose()
