"""build_server: the MCP surface (tools, resources, prompts, completions) over one App."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from mcp.server import MCPServer
from mcp.server.context import ServerRequestContext
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError, UnexpectedResourceError, UnexpectedToolError
from mcp.shared.exceptions import MCPError
from mcp.types import (
    Completion,
    CompletionArgument,
    CompletionContext,
    EmptyResult,
    GetPromptResult,
    InputRequiredResult,
    PromptReference,
    ResourceTemplateReference,
    SetLevelRequestParams,
)
from mcp.types import Tool as MCPTool
from mcp_types import INTERNAL_ERROR, INVALID_PARAMS
from pydantic import ValidationError

from convo_mcp import __version__
from convo_mcp._sdk import has_prompt, has_tool, lowlevel
from convo_mcp._sdk import tool_names as sdk_tool_names
from convo_mcp.app import App
from convo_mcp.arguments import argument_error
from convo_mcp.errors import ConvoError, UnexpectedError
from convo_mcp.faults import fault_in
from convo_mcp.log import get_logger
from convo_mcp.prompts import complete_prompt_argument, load_prompts, register_prompts
from convo_mcp.resources import complete_conversation_id, complete_owner, register_resources
from convo_mcp.toolsets import check_toolsets, register_tools
from convo_mcp.uris import COMMITMENTS, TEMPLATES, TRANSCRIPT_AT

if TYPE_CHECKING:
    from convo_mcp.source import ServiceSource

log = get_logger("convo_mcp.server")
INSTRUCTIONS = (
    "Convo meeting recordings. Start cheap: list_conversations, get_keypoints (free), and for questions "
    "across meetings search_meetings, meeting_digest, find_action_items, prepare_briefing (they reuse cached "
    "summaries). Tools marked as spending use the user's monthly AI generations; results say what was spent. "
    "Before quoting a meeting to the user, check the quotes with verify_quotes (no cost) and drop or correct "
    "any that is not verified; cite lines as [HH:MM:SS] Speaker with the meeting's id."
)


def typed_error(exc: BaseException) -> ConvoError | None:
    """The typed error behind ``exc``: a fault of this server's own parts (however it was raised),
    else a Convo error that got past its tool or resource."""
    return fault_in(exc) or (exc if isinstance(exc, ConvoError) else None)


class ConvoServer(MCPServer):
    """MCPServer whose tools/call and prompts/get answer an unknown tool or prompt name with -32602 in
    every protocol era, and whose tools are registered on first use: building 20-odd argument and output
    models takes ~0.1 s, which ``initialize`` need not wait for."""

    _pending_tools: Callable[[], object] | None = None

    def defer_tools(self, register: Callable[[], object]) -> None:
        self._pending_tools = register

    def ensure_tools(self) -> None:
        pending, self._pending_tools = self._pending_tools, None
        if pending is not None:
            pending()

    async def list_tools(self) -> list[MCPTool]:
        self.ensure_tools()
        return await super().list_tools()

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None = None
    ) -> Any:
        self.ensure_tools()
        if not has_tool(self, name):  # a protocol error (-32602), as the MCP specification names it
            raise MCPError(INVALID_PARAMS, f"Unknown tool: {name[:100]}. tools/list names the tools this server has.")
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            from convo_mcp.tools._register import error_result  # loaded with the tools, not at start
            if isinstance(exc.__cause__, ValidationError):  # the schema refused the arguments
                return error_result(argument_error(exc.__cause__))
            if isinstance(exc, UnexpectedToolError):
                if exc.__cause__ is not None and (typed := typed_error(exc.__cause__)) is not None:
                    log.warning("tool.fault", tool=name, code=typed.code, error=type(exc.__cause__).__name__)
                    return error_result(typed)  # e.g. the database, met while the call was being set up
                log.error("tool.unexpected", tool=name, error=type(exc.__cause__).__name__)
                return error_result(UnexpectedError())
            raise

    async def read_resource(self, uri: Any, context: Context[Any, Any] | None = None) -> Any:
        """A resource that cannot be read because of a fault (this server's database, Redis, Convo)
        answers a JSON-RPC error whose data is the typed error: code, reason, what to do next."""
        try:
            return await super().read_resource(uri, context)
        except UnexpectedResourceError as exc:
            if exc.__cause__ is None or (typed := typed_error(exc.__cause__)) is None:
                raise
            log.warning("resource.fault", code=typed.code, error=type(exc.__cause__).__name__)
            message = f"{typed.code}: {typed.message}" + (f" Next: {typed.hint}" if typed.hint else "")
            raise MCPError(INTERNAL_ERROR, message, {"error": typed.to_dict()}) from None

    async def get_prompt(
        self, name: str, arguments: dict[str, Any] | None = None, context: Context[Any, Any] | None = None
    ) -> GetPromptResult | InputRequiredResult:
        # The SDK reports an unknown name as a plain error (code 0, or a hidden -32603 on 2026-era clients).
        if not has_prompt(self, name):
            raise MCPError(INVALID_PARAMS, f"Unknown prompt: {name}")
        return await super().get_prompt(name, arguments, context)


async def accept_log_level(_ctx: ServerRequestContext[Any], _params: SetLevelRequestParams) -> EmptyResult:
    """``logging/setLevel`` from 2025-era clients, some of which send it right after connecting.

    The SDK has already checked the level against the RFC 5424 names (anything else is -32602). We
    send clients no ``notifications/message`` at all, so every level is honoured as it stands; our
    own diagnostics go to stderr at the operator's ``--log-level``, which a client does not change.
    """
    return EmptyResult()


COMPLETION_VALUES = 20  # suggestions per completion answer (the protocol allows up to 100)


def build_server(app: App, *, source: ServiceSource | None = None, read_only: bool = False,
                 toolsets: Iterable[str] | None = None) -> MCPServer:
    """The MCP server over ``app``; each call's service comes from ``source`` (``app`` itself for one
    account, ``oauth.accounts`` in OAuth mode, where subscriptions and events stay within an account)."""
    src: ServiceSource = source if source is not None else app

    @asynccontextmanager
    async def lifespan(_server: MCPServer) -> AsyncIterator[App]:
        async with app.running():
            yield app

    from convo_mcp.ui import views

    server = ConvoServer(
        "convo-mcp",
        title="Convo",
        version=__version__,
        instructions=INSTRUCTIONS,
        website_url="https://www.itsconvo.com",
        lifespan=lifespan,
        subscriptions=app.notifier.bus,
        log_level="WARNING",
        extensions=[views.apps()],  # MCP Apps: the ui:// views of show_meeting and show_digest
    )
    app.notifier.install(server, scope=src.current_account)
    # MCPServer registers no logging/setLevel; with this handler the SDK also advertises `logging`.
    lowlevel(server).add_request_handler("logging/setLevel", SetLevelRequestParams, accept_log_level)
    wanted = check_toolsets(toolsets)  # a bad --toolsets fails now, not at the first tools/list
    server.defer_tools(lambda: register_tools(server, app, src, read_only=read_only, toolsets=wanted))
    register_resources(server, app, src)
    specs = load_prompts()
    register_prompts(server, specs)

    async def complete(
        ref: PromptReference | ResourceTemplateReference, argument: CompletionArgument,
        context: CompletionContext | None,
    ) -> Completion | None:
        if isinstance(ref, ResourceTemplateReference) and ref.uri in (*TEMPLATES, TRANSCRIPT_AT) \
                and argument.name == "id":
            values = await complete_conversation_id(src, argument.value, limit=None)
        elif isinstance(ref, ResourceTemplateReference) and ref.uri == COMMITMENTS and argument.name == "owner":
            values = await complete_owner(src, argument.value)
        elif isinstance(ref, PromptReference):
            values = complete_prompt_argument(specs, ref.name, argument.name, argument.value)
            if not values and argument.name == "conversation_id":
                values = await complete_conversation_id(src, argument.value, limit=None)
        else:
            return None
        # total and has_more describe every match, not only the ones shown.
        shown = values[:COMPLETION_VALUES]
        return Completion(values=shown, total=len(values), has_more=len(values) > len(shown))

    server.completion()(complete)  # type: ignore[no-untyped-call]

    return server


def tool_names(server: MCPServer) -> list[str]:
    if isinstance(server, ConvoServer):
        server.ensure_tools()
    return sdk_tool_names(server)
