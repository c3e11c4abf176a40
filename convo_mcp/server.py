"""build_server: the MCP surface (tools, resources, prompts, completions) over one App."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any

from mcp.server import MCPServer
from mcp.types import Completion, CompletionArgument, CompletionContext, PromptReference, ResourceTemplateReference

from convo_mcp import __version__
from convo_mcp.app import App
from convo_mcp.prompts import complete_prompt_argument, load_prompts, register_prompts
from convo_mcp.resources import TEMPLATES, complete_conversation_id, register_resources
from convo_mcp.tools import register_tools

INSTRUCTIONS = (
    "Convo meeting recordings. Start cheap: list_conversations, get_keypoints (free), and for questions "
    "across meetings search_meetings, meeting_digest, find_action_items, prepare_briefing (they reuse cached "
    "summaries). Tools marked as spending use the user's monthly AI generations; results say what was spent."
)


def build_server(app: App, *, read_only: bool = False, toolsets: Iterable[str] | None = None) -> MCPServer:
    @asynccontextmanager
    async def lifespan(_server: MCPServer) -> AsyncIterator[App]:
        async with app.running():
            yield app

    server: MCPServer = MCPServer(
        "convo-mcp",
        title="Convo",
        version=__version__,
        instructions=INSTRUCTIONS,
        website_url="https://www.itsconvo.com",
        lifespan=lifespan,
        subscriptions=app.notifier.bus,
        log_level="WARNING",
    )
    app.notifier.install(server)
    register_tools(server, app, read_only=read_only, toolsets=toolsets)
    register_resources(server, app)
    specs = load_prompts()
    register_prompts(server, specs)

    async def complete(
        ref: PromptReference | ResourceTemplateReference, argument: CompletionArgument,
        context: CompletionContext | None,
    ) -> Completion | None:
        if isinstance(ref, ResourceTemplateReference) and ref.uri in TEMPLATES and argument.name == "id":
            values = await complete_conversation_id(app, argument.value)
        elif isinstance(ref, PromptReference):
            values = complete_prompt_argument(specs, ref.name, argument.name, argument.value)
            if not values and argument.name == "conversation_id":
                values = await complete_conversation_id(app, argument.value)
        else:
            return None
        return Completion(values=values[:100], total=len(values), has_more=len(values) > 100)

    server.completion()(complete)  # type: ignore[no-untyped-call]

    return server


def tool_names(server: MCPServer) -> list[str]:
    manager: Any = server._tool_manager
    return [t.name for t in manager.list_tools()]
