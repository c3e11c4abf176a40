"""The MCP tools, grouped in toolsets; ``--read-only`` keeps only tools that change nothing."""

from __future__ import annotations

from collections.abc import Iterable

from mcp.server import MCPServer

from convo_mcp.app import App
from convo_mcp.tools import account, ai, conversations, webhooks
from convo_mcp.tools._base import ToolDef, register

TOOLSETS = ("conversations", "ai", "insights", "calendar", "account", "webhooks")


def all_tools(app: App) -> list[ToolDef]:
    defs = [*conversations.tools(app), *ai.tools(app), *account.tools(app), *webhooks.tools(app)]
    try:
        from convo_mcp.tools import insights  # type: ignore[attr-defined,unused-ignore]
    except ImportError:  # pragma: no cover - the insights toolset is optional at build time
        return defs
    return [*defs, *insights.tools(app)]


def select(defs: Iterable[ToolDef], *, read_only: bool = False, toolsets: Iterable[str] | None = None) -> list[ToolDef]:
    wanted = set(toolsets) if toolsets is not None else set(TOOLSETS)
    unknown = wanted - set(TOOLSETS)
    if unknown:
        raise ValueError(f"unknown toolset(s): {', '.join(sorted(unknown))}; choose from {', '.join(TOOLSETS)}")
    return [d for d in defs if d.toolset in wanted and not (read_only and d.writes)]


def register_tools(
    server: MCPServer, app: App, *, read_only: bool = False, toolsets: Iterable[str] | None = None
) -> list[ToolDef]:
    chosen = select(all_tools(app), read_only=read_only, toolsets=toolsets)
    for tool in chosen:
        register(server, tool)
    return chosen


__all__ = ["TOOLSETS", "ToolDef", "all_tools", "register_tools", "select"]
