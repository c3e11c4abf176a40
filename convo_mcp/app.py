"""App: what one server process shares across tools, resources and transports.

It owns the Convo client (real, or the built-in sandbox in demo mode), the two-layer cache, the
service the tools call and the notifier. It opens on first use and closes when the last
transport session that uses it ends, so several in-memory or HTTP sessions can share it.

With ``CONVO_MCP_REDIS_URL`` set (and a real key), replicas share state through
:class:`~convo_mcp.replicas.SharedState`: the cache layers are memory + Redis (no SQLite file), the
request budget, AI quota and single-flight locks live in Redis, and notifications and cache
invalidations are relayed to the other replicas.
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
from convo_mcp.replicas import SharedState, open_shared
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
        self.shared: SharedState | None = None
        if sandbox is None and settings.api_key is not None:
            self.shared = open_shared(settings)
        if self.shared is not None:
            self.notifier.fanout = self.shared.events.notification

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
        if self.shared is not None:
            return self._build_shared_service(self.shared)
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

    def _build_shared_service(self, shared: SharedState) -> ConvoService:
        client = ConvoClient(self.settings, transport=self._transport, governor=shared.governor())
        layers: list[Store] = [MemoryStore(self.settings.memory_cache_entries), shared.store, *self._extra_layers]
        cache = Cache(layers, coordinator=shared.flights)
        cache.on_invalidate = shared.events.invalidation
        service = ConvoService(client, cache, self.settings)
        service.quota = shared.quota(service._profile_for_quota)
        return service

    async def _replay(self, message: dict[str, Any]) -> None:
        """Another replica's notification or invalidation, applied here only."""
        kind = message.get("k")
        if kind == "updated" and isinstance(message.get("u"), str):
            await self.notifier.resource_updated(message["u"], local_only=True)
        elif kind == "list_changed":
            await self.notifier.resources_list_changed(local_only=True)
        elif kind == "invalidate" and self._service is not None:
            items = [i for i in message.get("i") or [] if isinstance(i, str)]
            await self._service.cache.invalidate_local("keys" if message.get("m") == "keys" else "prefix", items)

    async def _resync(self) -> None:
        """Invalidations sent while Redis was unreachable were lost: drop this process's private copies."""
        if self._service is not None:
            await self._service.cache.invalidate_local("prefix", [""])

    @asynccontextmanager
    async def running(self) -> AsyncIterator[App]:
        """Reference-counted: the last user to leave closes the client and the cache."""
        async with self._lock:
            self._users += 1
            if self.shared is not None:
                _ = self.service  # the relay needs the cache
                self.shared.start(self._replay, self._resync)
        try:
            yield self
        finally:
            async with self._lock:
                self._users -= 1
                if self._users == 0 and self._service is not None:
                    service, self._service = self._service, None
                    await service.aclose()
                if self._users == 0 and self.shared is not None:
                    await self.shared.stop()
