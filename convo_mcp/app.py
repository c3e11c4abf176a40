"""App: the lifecycle of what one server process shares across tools, resources and transports.

It opens the service on first use (built by :func:`~convo_mcp.wiring.build_service`: the Convo
client, real or the built-in sandbox in demo mode, the two-layer cache, the index) and closes it
when the last transport session that uses it ends, so several in-memory or HTTP sessions can share
it. It is the single-account :class:`~convo_mcp.source.ServiceSource`; in OAuth mode the server is
handed the signed-in accounts instead (:class:`~convo_mcp.auth.accounts.AccountApps`, one App each).

Where what outlives a call is kept is the engine's (:mod:`convo_mcp.state`), chosen once from the
settings: files in the data directory, a team's PostgreSQL database, Redis. With Redis, the App opens
the account's relay at once: notifications and cache invalidations reach the other replicas.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import structlog

from convo_mcp.config import Settings
from convo_mcp.log import configure_logging, get_logger
from convo_mcp.notify import Notifier
from convo_mcp.search.activity import Activity
from convo_mcp.search.background import BackgroundSchedule
from convo_mcp.types import Clock, Sleep
from convo_mcp.uris import changed_uris

if TYPE_CHECKING:
    import httpx

    from convo_mcp.convo.client import ConvoClient
    from convo_mcp.presence import Presence
    from convo_mcp.sandbox import SandboxState
    from convo_mcp.service import Change, ConvoService
    from convo_mcp.state.base import Engine, Relay, Store
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
        engine: Engine | None = None,
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
        self.activity = Activity()  # a person's tool calls, which the background indexer gives way to

        self._users = 0
        self._lock = asyncio.Lock()
        if engine is None:
            from convo_mcp.state.engines import open_engine

            engine = open_engine(settings)
        self.engine: Engine = engine  # where what outlives a call is kept: chosen once, shared by every account
        # A sandbox in this process is this process's alone: nothing to relay to other replicas.
        self.relay: Relay | None = engine.relay(settings) if settings.has_key and sandbox is None else None
        if self.relay is not None:
            self.notifier.fanout = self.relay.notification
        self.presence: Presence | None = None  # this process's mark among the account's replicas (a database)
        self.announces = True  # False: a one-off check (doctor), not a replica
        self.background = BackgroundSchedule(
            settings, lambda: self.service, self.activity, clock=clock, sleep=sleep,
            leases=lambda: self.engine.leases(settings.data_id(), clock=clock), turns=engine.turns)

    # --- made for a sandbox, or for another key ------------------------------------------------

    @classmethod
    def demo(cls, settings: Settings | None = None, *, tier: str = DEMO_TIER) -> App:
        """An app on the built-in sandbox with its demo data: no key, no network, and files alone
        whatever the settings say (the demo never touches a team's database or Redis)."""
        from convo_mcp.sandbox import DEMO_KEYS, SandboxState
        from convo_mcp.state.sqlite.engine import SQLiteEngine

        return cls.on_sandbox(SandboxState.demo(), DEMO_KEYS[tier], settings, engine=SQLiteEngine(),
                              persistent_cache=False)

    @classmethod
    def on_sandbox(
        cls, state: SandboxState, key: str | None, settings: Settings | None = None, *,
        clock: Clock = time.time, sleep: Sleep | None = None, engine: Engine | None = None, **overrides: Any,
    ) -> App:
        """An app talking in-process to a sandbox (demo mode, tests, benchmarks); ``overrides``
        are settings. Without a key, for OAuth mode: each person signs in with one of the sandbox's."""
        import httpx

        from convo_mcp.sandbox import create_app

        updated = (settings or Settings()).for_key(key, base_url=DEMO_BASE_URL, **overrides)
        transport = httpx.ASGITransport(app=create_app(state))
        return cls(updated, transport=transport, sandbox=state, clock=clock, sleep=sleep, engine=engine)

    def for_key(self, key: str, *, transport: httpx.AsyncBaseTransport | None = None, **overrides: Any) -> App:
        """An App like this one (same Convo host or sandbox, clock and settings but ``overrides``)
        for another person's key: OAuth mode's per-account Apps. ``transport``: the connections to
        Convo to use when this App has none of its own (the accounts' shared pool)."""
        child = App(self.settings.for_key(key, **overrides), transport=self._transport or transport,
                    sandbox=self.sandbox, clock=self.clock, sleep=self.sleep, engine=self.engine)
        child.notifier = self.notifier  # the server's: it knows whose subscribers a change is for
        return child

    def client_for(self, key: str, **overrides: Any) -> ConvoClient:
        """A bare Convo client for another key (no cache, no shared state): checking a key at sign-in."""
        from convo_mcp.convo.client import ConvoClient

        return ConvoClient(self.settings.for_key(key, **overrides), transport=self._transport, clock=self.clock,
                           sleep=self.sleep)

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

    # --- the service, as a ServiceSource of one account -----------------------------------------

    @property
    def service(self) -> ConvoService:
        """This account's service, built on first use (NotConfiguredError without a key)."""
        if self._service is None:
            from convo_mcp.wiring import build_service

            self._service = build_service(
                self.settings, transport=self._transport, clock=self.clock, sleep=self.sleep, engine=self.engine,
                relay=self.relay, extra_layers=self._extra_layers, secrets=self.webhook_secrets, demo=self.is_demo,
                announce=self._announce)
        return self._service

    async def _announce(self, what: Change, conversation_id: str) -> None:
        """The service changed something itself (a rename, a generation): its subscribers hear it."""
        uris, listed = changed_uris(what, conversation_id)
        for uri in uris:
            await self.notifier.resource_updated(uri)
        if listed:
            await self.notifier.resources_list_changed()

    def current_service(self) -> ConvoService:
        return self.service

    def current_account(self) -> str | None:
        return None

    # --- lifecycle -------------------------------------------------------------------------------

    @asynccontextmanager
    async def running(self) -> AsyncIterator[App]:
        """Reference-counted: the last user to leave closes the client and the cache."""
        async with self._lock:
            self._users += 1
            if self.relay is not None:
                _ = self.service  # the relay needs the cache
                self.relay.start(self.notifier, lambda: self._service.cache if self._service else None)
            self.background.start(shared=self.relay is not None)
            if self.presence is None and self.sandbox is None and self.announces:
                await self._be_present()
        try:
            yield self
        finally:
            async with self._lock:
                self._users -= 1
                if self._users == 0:
                    await self._close()

    async def _be_present(self) -> None:
        from convo_mcp.errors import LocalFault
        from convo_mcp.presence import Presence, marks_for

        try:
            marks = marks_for(self.engine, self.settings, clock=self.clock)
        except LocalFault:  # the database cannot be opened now: the calls that need it will say so
            return
        if marks is not None:
            self.presence = Presence(marks, signed_in=not self.settings.has_key)
            await self.presence.start()

    async def _close(self) -> None:
        if self.presence is not None:
            presence, self.presence = self.presence, None
            await presence.stop()
        await self.background.stop()
        if self._service is not None:
            service, self._service = self._service, None
            await service.aclose()
        if self.relay is not None:
            await self.relay.stop()
