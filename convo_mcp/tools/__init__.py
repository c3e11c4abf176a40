"""The MCP tools, one module per toolset; ``--read-only`` keeps only tools that change nothing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from mcp.server import MCPServer

from convo_mcp.tools import account, ai, conversations, insights, webhooks
from convo_mcp.tools._base import ToolDef, register

if TYPE_CHECKING:
    from convo_mcp.app import App

TOOLSETS = ("conversations", "ai", "insights", "calendar", "account", "webhooks")
ALL_TOOLS: list[ToolDef] = [*conversations.TOOLS, *ai.TOOLS, *account.TOOLS, *webhooks.TOOLS, *insights.TOOLS]


def select(defs: Iterable[ToolDef], *, read_only: bool = False, toolsets: Iterable[str] | None = None) -> list[ToolDef]:
    wanted = set(toolsets) if toolsets is not None else set(TOOLSETS)
    unknown = wanted - set(TOOLSETS)
    if unknown:
        raise ValueError(f"unknown toolset(s): {', '.join(sorted(unknown))}; choose from {', '.join(TOOLSETS)}")
    return [d for d in defs if d.toolset in wanted and not (read_only and d.writes)]


def register_tools(
    server: MCPServer, app: App, *, read_only: bool = False, toolsets: Iterable[str] | None = None
) -> list[ToolDef]:
    chosen = select(ALL_TOOLS, read_only=read_only, toolsets=toolsets)
    for tool in chosen:
        register(server, tool, app)
    return chosen


__all__ = ["ALL_TOOLS", "TOOLSETS", "ToolDef", "register_tools", "select"]
