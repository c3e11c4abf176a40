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
import contextlib
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import structlog
from pydantic import SecretStr

from convo_mcp.config import Settings
from convo_mcp.log import configure_logging, get_logger
from convo_mcp.notify import Notifier
from convo_mcp.search.activity import Activity
from convo_mcp.types import Clock, Sleep

if TYPE_CHECKING:
    import httpx

    from convo_mcp.auth.accounts import AccountApps
    from convo_mcp.cache import FlightCoordinator
    from convo_mcp.convo.client import ConvoClient
    from convo_mcp.replicas import SharedState
    from convo_mcp.sandbox import SandboxState
    from convo_mcp.search.filler import Indexer
    from convo_mcp.service import ConvoService
    from convo_mcp.store import SQLiteStore, Store
    from convo_mcp.webhooks.secrets import WebhookSecrets

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
        clock: Clock = time.time,
        sleep: Sleep | None = None,
    ) -> None:
        if not structlog.is_configured():  # embedded use: never let logs reach stdout
            configure_logging(settings.log_level)
        self.settings = settings
        self.sandbox = sandbox
        self.notifier: Notifier = Notifier()
        self._transport = transport
        self._extra_layers = extra_layers or []
        self.clock, self.sleep = clock, sleep
        self._service: ConvoService | None = None
        self._secrets: WebhookSecrets | None = None
        self._background: asyncio.Task[None] | None = None
        self.activity = Activity()  # a person's tool calls, which the background indexer gives way to
        self._users = 0
        self._lock = asyncio.Lock()
        self.shared: SharedState | None = None
        self.accounts: AccountApps | None = None  # OAuth mode: one App per signed-in account
        if sandbox is None and settings.api_key is not None and settings.redis_url:
            from convo_mcp.replicas import open_shared

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
        cls, state: SandboxState, key: str | None, settings: Settings | None = None, *,
        clock: Clock = time.time, sleep: Sleep | None = None, **overrides: Any,
    ) -> App:
        """An app talking in-process to a sandbox (demo mode, tests, benchmarks); ``overrides``
        are settings. Without a key, for OAuth mode: each person signs in with one of the sandbox's."""
        from convo_mcp.sandbox import create_app

        base = settings or Settings()
        updated = base.model_copy(update={"api_key": SecretStr(key) if key else None, "base_url": DEMO_BASE_URL,
                                          **overrides})
        import httpx

        transport = httpx.ASGITransport(app=create_app(state))
        return cls(updated, transport=transport, sandbox=state, clock=clock, sleep=sleep)

    def for_key(self, key: str, **overrides: Any) -> App:
        """An App like this one (same Convo host or sandbox, clock and settings but ``overrides``)
        for another person's key: OAuth mode's per-account Apps."""
        settings = self.settings.model_copy(update={"api_key": SecretStr(key), **overrides})
        return App(settings, transport=self._transport, sandbox=self.sandbox, clock=self.clock, sleep=self.sleep)

    def client_for(self, key: str, **overrides: Any) -> ConvoClient:
        """A bare Convo client for another key (no cache, no shared state): checking a key at sign-in."""
        from convo_mcp.convo.client import ConvoClient

        settings = self.settings.model_copy(update={"api_key": SecretStr(key), **overrides})
        return ConvoClient(settings, transport=self._transport, clock=self.clock, sleep=self.sleep)

    @property
    def is_demo(self) -> bool:
        return self.sandbox is not None

    @property
    def webhook_secrets(self) -> WebhookSecrets:
        """Secrets from the environment plus those kept by create_webhook (a 0600 file in the cache
        directory): one set for the service and any receiver, started now or later."""
        if self._secrets is None:
            from convo_mcp.webhooks.secrets import WebhookSecrets

            self._secrets = WebhookSecrets.from_settings(self.settings)
        return self._secrets

    @property
    def service(self) -> ConvoService:
        """The service the current call uses: this App's own, or in OAuth mode the signed-in
        account's (each account's App has its own cache, index, budget and quota)."""
        if self.accounts is not None:
            return self.accounts.current().service
        if self._service is None:
            self._service = self._build_service()
        return self._service

    def _build_service(self) -> ConvoService:
        from convo_mcp.cache import Cache
        from convo_mcp.convo.client import ConvoClient
        from convo_mcp.service import ConvoService
        from convo_mcp.store import MemoryStore

        shared = self.shared
        clock, sleep = self.clock, self.sleep
        governor = shared.governor(clock=clock) if shared is not None else None
        client = ConvoClient(self.settings, transport=self._transport, governor=governor, clock=clock, sleep=sleep)
        layers: list[Store] = [MemoryStore(self.settings.memory_cache_entries, clock=clock)]
        coordinator: FlightCoordinator | None = None
        if shared is not None:
            layers.append(shared.store)
            coordinator = shared.flights
        elif self.settings.persistent_cache and (disk := self._disk_layer()) is not None:
            from convo_mcp.leases import SQLiteFlights

            layers.append(disk)
            # Processes sharing the file load each item once between them.
            coordinator = SQLiteFlights(disk, max_wait=self.settings.ai_timeout + self.settings.connect_timeout + 5)
        cache = Cache([*layers, *self._extra_layers], clock=clock, coordinator=coordinator)
        if shared is not None:
            cache.on_invalidate = shared.events.invalidation
        return ConvoService(client, cache, self.settings, clock=clock, secrets=self.webhook_secrets,
                            quota=shared.quota if shared is not None else None, index=self._build_index(),
                            demo=self.is_demo)

    def _build_index(self) -> Indexer | None:
        """The account's full-text index (a file beside the cache: with replicas, each replica's own,
        filled from the shared cache at no request), or None when turned off or unusable."""
        if not self.settings.search_index:
            return None
        from convo_mcp.search import index_path
        from convo_mcp.search.filler import Indexer
        from convo_mcp.search.index import SearchIndex

        assert self.settings.api_key is not None
        path = index_path(self.settings.cache_dir, self.settings.base_url, self.settings.api_key.get_secret_value())
        try:
            return Indexer(SearchIndex(path, clock=self.clock))
        except Exception as exc:  # search degrades to "not indexed"; every other tool works
            log.warning("search.index_unavailable", error=type(exc).__name__)
            return None

    BACKGROUND_START = 5.0  # seconds after start: the server answers its first requests first

    def _start_background(self) -> None:
        """The background indexer, in the single-process mode only: replicas would each take their
        share of one shared budget, so with Redis they index on the way (from the shared cache, at
        no request), on webhooks and with ``deep=true``, and ``convo-mcp index`` fills the rest.
        It starts a few seconds after the server, so starting stays as fast as without it."""
        if (not self.settings.index_background or not self.settings.search_index or self._background is not None
                or self.shared is not None or self.accounts is not None):
            return
        self._background = asyncio.get_running_loop().create_task(self._walk())

    async def _walk(self) -> None:
        await (self.sleep or asyncio.sleep)(self.BACKGROUND_START)
        service = self.service
        if service.index is None:
            return
        from convo_mcp.search.filler import BackgroundIndexer

        await BackgroundIndexer(service, service.index, self.activity, share=self.settings.index_share,
                                reserve=self.settings.budget_reserve, clock=self.clock,
                                sleep=self.sleep or asyncio.sleep).run()

    def _disk_layer(self) -> SQLiteStore | None:
        from convo_mcp.store import SQLiteStore, cache_path

        assert self.settings.api_key is not None
        path = cache_path(self.settings.cache_dir, self.settings.base_url, self.settings.api_key.get_secret_value())
        try:
            return SQLiteStore.open(path, clock=self.clock)
        except Exception as exc:  # a cache problem must never stop the server
            log.warning("cache.persistent_unavailable", error=type(exc).__name__)
            return None

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
            self._start_background()
        try:
            yield self
        finally:
            async with self._lock:
                self._users -= 1
                if self._users == 0 and self._background is not None:
                    self._background.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await self._background
                    self._background = None
                if self._users == 0 and self.accounts is not None:
                    await self.accounts.aclose()
                if self._users == 0 and self._service is not None:
                    service, self._service = self._service, None
                    await service.aclose()
                if self._users == 0 and self.shared is not None:
                    await self.shared.stop()
