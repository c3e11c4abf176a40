"""Resource subscriptions and change notifications, for both protocol eras.

- 2026-07-28 clients subscribe with ``subscriptions/listen``; the SDK serves them from the
  :class:`InMemorySubscriptionBus` we hand to ``MCPServer``, and we publish events to that bus.
- 2025-11-25 clients send ``resources/subscribe``. The SDK has no public hook for it, so we register
  handlers on the low-level server and keep the subscribing connections ourselves (keyed by the
  connection object, which outlives each request; it is dropped when the client disconnects).

``Notifier.resource_updated`` and ``Notifier.resources_list_changed`` work from inside a tool call
and from outside any request (a webhook delivery), which is the point.

With several people on one server (OAuth mode) every subscription belongs to the account that made
it (``scope``, read from the request), and an event reaches only the subscribers of the account whose
call or data produced it: one person never learns that another's meeting changed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from mcp.server import MCPServer, NotificationOptions
from mcp.server.connection import Connection
from mcp.server.context import ServerRequestContext
from mcp.server.subscriptions import InMemorySubscriptionBus, ResourcesListChanged, ResourceUpdated, ServerEvent
from mcp.types import EmptyResult, SubscribeRequestParams, UnsubscribeRequestParams
from mcp_types.version import MODERN_PROTOCOL_VERSIONS

from convo_mcp._sdk import connection_of, lowlevel
from convo_mcp.log import get_logger

log = get_logger("convo_mcp.notify")
Publisher = Callable[[str, str | None], Awaitable[None]]
Scope = Callable[[], str | None]  # the account of the request being served (None: the only one)


def _single() -> str | None:
    return None


class ScopedBus(InMemorySubscriptionBus):
    """The SDK's bus for ``subscriptions/listen``, where a listener hears only its own account."""

    def __init__(self, scope: Scope) -> None:
        super().__init__()
        self.scope = scope

    def subscribe(self, listener: Callable[[ServerEvent], None]) -> Callable[[], None]:
        mine = self.scope()  # the listen request's account

        def scoped(event: ServerEvent) -> None:
            if self.scope() == mine:  # the publisher's account
                listener(event)

        return super().subscribe(scoped)


class Notifier:
    def __init__(self, scope: Scope = _single) -> None:
        self.scope = scope  # whose request is served: set by install() from the server's source
        self.bus = ScopedBus(lambda: self.scope())
        self._subscribers: dict[tuple[str | None, str], set[Connection]] = {}
        self._legacy: dict[Connection, str | None] = {}
        self.sent: list[tuple[str, str | None]] = []  # (kind, uri) history, for doctor and tests
        self.fanout: Publisher | None = None  # set by a shared store to reach other replicas

    # --- wiring ----------------------------------------------------------------------------

    def install(self, server: MCPServer, scope: Scope | None = None) -> None:
        """Serve subscriptions on ``server``; ``scope`` names the account of the request being served
        (OAuth mode: subscriptions and their events stay within an account)."""
        if scope is not None:
            self.scope = scope
        low = lowlevel(server)
        low.add_request_handler("resources/subscribe", SubscribeRequestParams, self._subscribe)
        low.add_request_handler("resources/unsubscribe", UnsubscribeRequestParams, self._unsubscribe)
        server.middleware.append(self._track)
        # MCPServer advertises listChanged: false to 2025-era clients unless told otherwise.
        original = low.create_initialization_options

        def with_list_changed(options: NotificationOptions | None = None, *args: Any, **kwargs: Any) -> Any:
            options = options or NotificationOptions(resources_changed=True, prompts_changed=False,
                                                     tools_changed=False)
            return original(options, *args, **kwargs)

        low.create_initialization_options = with_list_changed  # type: ignore[method-assign,assignment]

    def _remember(self, conn: Connection) -> None:
        if conn not in self._legacy:
            self._legacy[conn] = self.scope()
            conn.exit_stack.callback(self._forget, conn)

    def _forget(self, conn: Connection) -> None:
        self._legacy.pop(conn, None)
        for subs in self._subscribers.values():
            subs.discard(conn)

    async def _track(self, ctx: Any, call_next: Callable[[Any], Awaitable[Any]]) -> Any:
        if ctx.protocol_version not in MODERN_PROTOCOL_VERSIONS:
            self._remember(connection_of(ctx))
        return await call_next(ctx)

    async def _subscribe(self, ctx: ServerRequestContext[Any], params: SubscribeRequestParams) -> EmptyResult:
        conn = connection_of(ctx)
        self._remember(conn)
        self._subscribers.setdefault((self.scope(), str(params.uri)), set()).add(conn)
        return EmptyResult()

    async def _unsubscribe(self, ctx: ServerRequestContext[Any], params: UnsubscribeRequestParams) -> EmptyResult:
        self._subscribers.get((self.scope(), str(params.uri)), set()).discard(connection_of(ctx))
        return EmptyResult()

    # --- sending -----------------------------------------------------------------------------

    def subscriber_count(self, uri: str) -> int:
        return sum(len(conns) for (_, u), conns in self._subscribers.items() if u == uri)

    async def resource_updated(self, uri: str, *, local_only: bool = False) -> None:
        self.sent.append(("updated", uri))
        await self.bus.publish(ResourceUpdated(uri=uri))
        for conn in list(self._subscribers.get((self.scope(), uri), ())):
            await conn.send_resource_updated(uri)
        if self.fanout is not None and not local_only:
            await self.fanout("updated", uri)

    async def resources_list_changed(self, *, local_only: bool = False) -> None:
        self.sent.append(("list_changed", None))
        await self.bus.publish(ResourcesListChanged())
        scope = self.scope()
        for conn in [c for c, s in self._legacy.items() if s == scope]:
            await conn.send_resource_list_changed()
        if self.fanout is not None and not local_only:
            await self.fanout("list_changed", None)
