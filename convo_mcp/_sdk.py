"""Every reach into the MCP SDK's private attributes, in one place, each with its reason.

The SDK (``mcp`` 2.x) has no public hook for these; an upgrade checks this file and its tests
(``tests/mcp``) first. Everything else in the package uses the SDK's public API only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mcp.server import MCPServer
    from mcp.server.connection import Connection
    from mcp.server.lowlevel import Server
    from mcp.server.mcpserver.tools import Tool


def lowlevel(server: MCPServer) -> Server[Any]:
    """The low-level server: ``MCPServer`` registers no handler for ``resources/subscribe`` (2025-era
    clients), ``logging/setLevel``, nor initialization options with ``listChanged``, and its public
    ``streamable_http_app`` takes no event store per session."""
    low: Server[Any] = server._lowlevel_server
    return low


def registered_tool(server: MCPServer, name: str) -> Tool:
    """A tool as registered: its published input and output schemas are compacted after the SDK
    generated them (``add_tool`` takes no schema of our own)."""
    found = server._tool_manager.get_tool(name)
    assert found is not None, name
    return found


def tool_names(server: MCPServer) -> list[str]:
    """Names of the registered tools, synchronously (``list_tools`` is async and builds the wire form)."""
    manager: Any = server._tool_manager
    return [t.name for t in manager.list_tools()]


def has_tool(server: MCPServer, name: str) -> bool:
    """Whether a tool is registered: the SDK answers an unknown name with an ``isError`` tool result,
    where the MCP specification names a protocol error (-32602)."""
    return server._tool_manager.get_tool(name) is not None


def has_prompt(server: MCPServer, name: str) -> bool:
    """Whether a prompt is registered: the SDK reports an unknown name as a plain error, not -32602."""
    return server._prompt_manager.get_prompt(name) is not None


def connection_of(ctx: Any) -> Connection:
    """The connection a request arrived on: 2025-era subscriptions belong to a connection and end
    with it, and the request context exposes only the session."""
    conn: Connection = ctx.session._connection
    return conn


def event_store_per_session(manager: Any, store_for: Callable[[str | None], Any]) -> None:
    """Give every session the session manager admits an event store of its own: the SDK hands one
    store to every session, and its admission is the one place a session's id and transport meet."""
    admit = manager._admit_session

    def admitted(requestor: Any) -> Any:
        transport = admit(requestor)
        if transport is not None:
            transport._event_store = store_for(transport.mcp_session_id)
        return transport

    manager._admit_session = admitted
