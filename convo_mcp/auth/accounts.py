"""Many people on one server: one :class:`~convo_mcp.app.App` per signed-in Convo account.

Each account's App is the same App a single-person server runs, built from the server's settings
with that person's key and a data directory of its own (``<cache dir>/accounts/<account>``). So
everything the server keeps is the account's own by construction: response cache, search index,
hourly request budget, AI-quota count, single-flight locks, webhook secrets, and with Redis the
shared state under the account's namespace. Nothing cached for one person can be served to another,
and one person's load never spends another's budget.

The account of a call comes from its access token (the SDK puts it in a context variable for the
request, and carries it into the tool call); the App is opened on the person's first request, when
the token is checked, and closed when their last grant ends or after ``idle`` seconds unused. At
most ``limit`` are open at once (:mod:`convo_mcp.descriptors` derives it from the open-files limit):
the least recently used close to make room, and open again from their files when next used.

Calls to Convo from every account go through one shared connection pool (each request carries its
own key), so an open account holds its files and no sockets of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mcp.server.auth.middleware.auth_context import get_access_token

from convo_mcp.errors import NotConfiguredError
from convo_mcp.log import get_logger

if TYPE_CHECKING:
    from convo_mcp.app import App
    from convo_mcp.service import ConvoService

log = get_logger("convo_mcp.accounts")


class SharedPool:
    """One pool of connections to Convo for every account's client: closing a client leaves it
    open; :meth:`close` ends it with the server."""

    def __init__(self, size: int) -> None:
        import httpx

        self._transport = httpx.AsyncHTTPTransport(
            limits=httpx.Limits(max_connections=size, max_keepalive_connections=size // 2))

    def for_client(self) -> Any:
        import httpx

        pool = self._transport

        class Borrowed(httpx.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                return await pool.handle_async_request(request)

            async def aclose(self) -> None:  # the pool outlives the client
                return None

        return Borrowed()

    async def close(self) -> None:
        await self._transport.aclose()


@dataclass
class _Open:
    app: App
    stack: AsyncExitStack
    data: str  # the id its rows go by (the person's, or the key's)
    used: float = field(default_factory=time.monotonic)


class AccountApps:
    def __init__(self, parent: App, *, idle: float = 3600.0, limit: int = 500) -> None:
        from convo_mcp.descriptors import CONVO_POOL

        self.parent = parent
        self.idle, self.limit = idle, limit
        self._open: dict[str, _Open] = {}
        self._lock = asyncio.Lock()
        self.pool = SharedPool(CONVO_POOL)

    def current_id(self) -> str | None:
        """The account of the request being served, or None outside an authenticated request."""
        token = get_access_token()
        return token.subject if token is not None else None

    def current_account(self) -> str | None:  # ServiceSource
        return self.current_id()

    def current_service(self) -> ConvoService:  # ServiceSource
        return self.current().service

    def current(self) -> App:
        account = self.current_id()
        entry = self._open.get(account) if account is not None else None
        if entry is None:
            raise NotConfiguredError("This call is not signed in to a Convo account.",
                                     hint="Reconnect the server in your app to sign in again.")
        entry.used = time.monotonic()
        return entry.app

    def __len__(self) -> int:
        return len(self._open)

    def is_open(self, account: str) -> bool:
        return account in self._open

    def data_ids(self) -> dict[str, str]:
        """Each open account → the id its rows go by."""
        return {account: entry.data for account, entry in self._open.items()}

    async def open(self, account: str, key: str, *, owner: str | None = None) -> App:
        """The account's App, built and started on first use (``owner``: the person the key belongs
        to, whose id names their data in a shared database)."""
        if (entry := self._open.get(account)) is not None:
            entry.used = time.monotonic()
            return entry.app
        async with self._lock:
            if (entry := self._open.get(account)) is not None:
                return entry.app
            await self._evict()
            app = self._build(account, key, owner)
            stack = AsyncExitStack()
            await stack.enter_async_context(app.running())
            self._open[account] = _Open(app, stack, owner or account)
            log.info("accounts.opened", account=account, open=len(self._open))
            return app

    def _build(self, account: str, key: str, owner: str | None = None) -> App:
        from convo_mcp.search.model_files import model_dir

        settings = self.parent.settings  # the search model's files are the server's, not each account's
        return self.parent.for_key(key, transport=self.pool.for_client(),
                                   cache_dir=settings.cache_dir / "accounts" / account, data_owner=owner,
                                   model_dir=model_dir(settings.cache_dir, settings.model_dir))

    async def close(self, account: str) -> None:
        """Close an account's App (its last grant ended): its key leaves memory."""
        entry = self._open.pop(account, None)
        if entry is not None:
            await entry.stack.aclose()
            log.info("accounts.closed", account=account, open=len(self._open))

    async def _evict(self) -> None:
        now = time.monotonic()
        idle = [a for a, e in self._open.items() if now - e.used > self.idle]
        while len(self._open) - len(idle) >= self.limit:  # the least recently used make room
            oldest = min((a for a in self._open if a not in idle), key=lambda a: self._open[a].used)
            idle.append(oldest)
        for account in idle:
            entry = self._open.pop(account)
            with contextlib.suppress(Exception):
                await entry.stack.aclose()

    async def aclose(self) -> None:
        for account in list(self._open):
            await self.close(account)
        await self.pool.close()
