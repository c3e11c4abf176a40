"""Which tools a server offers: the toolsets (``--toolsets``), ``--read-only`` (only tools that change
nothing), and registering the chosen ones on a server.

Toolsets live one module each in :mod:`convo_mcp.tools` (``conversations``, ``ai``, ``account`` with the
calendar tools, ``webhooks``, ``search``, ``insights/``), and in :mod:`convo_mcp.ui.tools` for ``views``.
The toolset modules (and the service, models and output schemas they bring) are imported when the
tools are registered, on the first ``tools/list`` or ``tools/call``, not when the server starts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mcp.server import MCPServer

    from convo_mcp.app import App
    from convo_mcp.source import ServiceSource
    from convo_mcp.tools._define import ToolDef

TOOLSETS = ("conversations", "ai", "search", "insights", "calendar", "account", "webhooks", "views")


def check_toolsets(toolsets: Iterable[str] | None) -> set[str]:
    wanted = set(toolsets) if toolsets is not None else set(TOOLSETS)
    unknown = wanted - set(TOOLSETS)
    if unknown:
        raise ValueError(f"unknown toolset(s): {', '.join(sorted(unknown))}; choose from {', '.join(TOOLSETS)}")
    return wanted


def all_tools() -> list[ToolDef]:
    from convo_mcp.tools import account, ai, conversations, quotes, search, webhooks
    from convo_mcp.tools.insights.briefing import prepare_briefing
    from convo_mcp.tools.insights.commitments import track_commitments
    from convo_mcp.tools.insights.digest import find_action_items, meeting_digest
    from convo_mcp.tools.insights.summarize import summarize_missing
    from convo_mcp.ui import tools as views

    insights = [prepare_briefing, meeting_digest, find_action_items, summarize_missing, track_commitments]
    return [*conversations.TOOLS, *ai.TOOLS, *account.TOOLS, *webhooks.TOOLS, *search.TOOLS, *quotes.TOOLS,
            *insights, *views.TOOLS]


def select(defs: Iterable[ToolDef], *, read_only: bool = False, toolsets: Iterable[str] | None = None) -> list[ToolDef]:
    wanted = check_toolsets(toolsets)
    return [d for d in defs if d.toolset in wanted and not (read_only and d.writes)]


def register_tools(
    server: MCPServer, app: App, source: ServiceSource, *, read_only: bool = False,
    toolsets: Iterable[str] | None = None,
) -> list[ToolDef]:
    from convo_mcp.tools._register import register

    chosen = select(all_tools(), read_only=read_only, toolsets=toolsets)
    for tool in chosen:
        register(server, tool, app, source)
    return chosen


__all__ = ["TOOLSETS", "all_tools", "check_toolsets", "register_tools", "select"]
