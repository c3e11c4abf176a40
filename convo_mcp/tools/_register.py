"""Registering a tool on the server: what it needs supplied per call, its deadline, and its result
or error rendered for the client (text for the model, structured content, ``isError`` with the error
code, a one-line reason and what to do next)."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, get_type_hints

import anyio
from mcp.server import MCPServer
from mcp.server.mcpserver import Context
from mcp.types import CallToolResult, TextContent
from pydantic import BaseModel

from convo_mcp._sdk import registered_tool
from convo_mcp.deadline import deadline
from convo_mcp.errors import ConvoError, DeadlineError
from convo_mcp.log import get_logger
from convo_mcp.notify import Notifier
from convo_mcp.service import ConvoService
from convo_mcp.source import ServiceSource
from convo_mcp.tools._define import ANNOTATIONS, ToolDef
from convo_mcp.tools._schema import compact_schema, lean_input, shallow
from convo_mcp.types import Progress

if TYPE_CHECKING:
    from convo_mcp.app import App

log = get_logger("convo_mcp.tools")


class CallProgress:
    """Best-effort, strictly increasing progress notifications for one tool call."""

    def __init__(self, ctx: Context | None = None) -> None:
        self.ctx, self.done = ctx, 0
        self.total: int | None = None
        self._lock = asyncio.Lock()

    async def step(self, message: str, *, total: int | None = None, advance: int = 1) -> None:
        async with self._lock:
            self.done += advance
            self.total = total if total is not None else self.total
            if self.ctx is not None:
                with contextlib.suppress(Exception):
                    await self.ctx.report_progress(self.done, self.total, message)


# What a tool may ask for by type, and how each call gets it.
_SUPPLIERS: dict[Any, Callable[[App, ServiceSource, Context], Any]] = {
    ConvoService: lambda _app, source, _ctx: source.current_service(),
    Notifier: lambda app, _source, _ctx: app.notifier,
    Progress: lambda _app, _source, ctx: CallProgress(ctx),
}


def error_text(exc: ConvoError) -> str:
    parts = [f"{exc.code}: {exc.message}"]
    if exc.hint:
        parts.append(f"Next: {exc.hint}")
    if exc.retry_after is not None:
        parts.append(f"retry_after_seconds={round(exc.retry_after)}")
    if exc.reset_at is not None:
        parts.append(f"resets_at={exc.reset_at:%Y-%m-%dT%H:%M:%SZ}")
    return " ".join(parts)


def error_result(exc: ConvoError) -> CallToolResult:
    return CallToolResult(
        content=[TextContent(type="text", text=error_text(exc))],
        structured_content={"error": exc.to_dict()},
        is_error=True,
    )


def result(model: BaseModel, text: str, meta: dict[str, Any] | None = None, *,
           structured: bool = True) -> CallToolResult:
    """The text for the model, the model's fields as structured content (unless the text is that
    JSON already, ``structured=False``), and ``meta`` (what only a view needs, such as a meeting's
    timeline) as the result's ``_meta``."""
    return CallToolResult(
        content=[TextContent(type="text", text=text)],
        structured_content=model.model_dump(mode="json", exclude_none=True) if structured else None,
        meta=meta,
    )


def register(server: MCPServer, tool: ToolDef, app: App, source: ServiceSource) -> None:
    """Add one tool: inputs from the function's own parameters, what it needs supplied per call,
    output schema from the model it returns, errors as isError."""
    fn = tool.fn
    hints = get_type_hints(fn, include_extras=True)
    model: type[BaseModel] = hints["return"].__args__[0]  # tuple[Model, str]
    supplied = {name: _SUPPLIERS[hint] for name, hint in hints.items() if hint in _SUPPLIERS}

    async def wrapper(*, ctx: Context, **kwargs: Any) -> CallToolResult:
        for name, supply in supplied.items():
            kwargs[name] = supply(app, source, ctx)
        limit = app.settings.ai_deadline if tool.kind == "ai" else app.settings.tool_deadline
        try:
            with deadline(limit), app.activity.call(), anyio.move_on_after(limit) as scope:
                structured, text, *extra = await fn(**kwargs)  # a view's tool adds its _meta
            if scope.cancelled_caught:
                log.warning("tool.deadline", tool=tool.name, seconds=limit)
                return error_result(DeadlineError(f"The call ran out of time after {limit:.0f} s: Convo is slow or "
                                                  "not answering."))
        except ConvoError as exc:
            log.info("tool.refused", tool=tool.name, code=exc.code)
            return error_result(exc)
        return result(structured, text, extra[0] if extra else None, structured=not tool.text_only)

    inputs = [p.replace(annotation=hints.get(p.name, p.annotation), kind=inspect.Parameter.KEYWORD_ONLY)
              for p in inspect.signature(fn).parameters.values() if p.name not in supplied]
    returns = CallToolResult if tool.text_only else Annotated[CallToolResult, model]
    wrapper.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [*inputs, inspect.Parameter("ctx", inspect.Parameter.KEYWORD_ONLY, annotation=Context)],
        return_annotation=returns,
    )
    wrapper.__annotations__ = {**{p.name: p.annotation for p in inputs}, "ctx": Context, "return": returns}
    wrapper.__name__ = wrapper.__qualname__ = tool.name
    wrapper.__doc__ = fn.__doc__
    server.add_tool(
        wrapper, name=tool.name, title=tool.title, description=tool.description, annotations=ANNOTATIONS[tool.kind],
        meta={"ui": {"resourceUri": tool.ui}} if tool.ui else None,
    )
    added = registered_tool(server, tool.name)
    added.parameters = lean_input(compact_schema(added.parameters))
    if added.fn_metadata.output_schema is not None:
        added.fn_metadata.output_schema = shallow(compact_schema(added.fn_metadata.output_schema, output=True),
                                                  tool.described)
