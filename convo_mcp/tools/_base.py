"""What every tool shares: honest annotations by kind, result and error rendering.

A tool is a module-level async function that returns ``(structured model, concise text)``, made a
:class:`ToolDef` by the :func:`tool` decorator right above it. It names what it needs by type:
a :class:`~convo_mcp.service.ConvoService` parameter receives the service, a :class:`Progress` one
the progress reporter, a :class:`~convo_mcp.notify.Notifier` one the notifier; every other
parameter is the tool's input schema. ``register`` turns it into an MCP tool whose output schema is
the model and whose refusals and failures come back as ``isError`` results carrying the error code,
a one-line reason and what to do next. Tests call a tool directly with a service of their own.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import math
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_type_hints

import anyio
from mcp.server import MCPServer
from mcp.server.mcpserver import Context
from mcp.types import CallToolResult, TextContent, ToolAnnotations
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict

from convo_mcp.dates import ISO_MOMENT, check_moment
from convo_mcp.errors import ConvoError, DeadlineError
from convo_mcp.log import get_logger
from convo_mcp.notify import Notifier
from convo_mcp.service import ConvoService

if TYPE_CHECKING:
    from convo_mcp.app import App

log = get_logger("convo_mcp.tools")

Kind = Literal["read", "ai", "write", "create", "publish", "destructive"]

# What each kind of tool does to the world. Everything talks to Convo, an outside service.
ANNOTATIONS: dict[Kind, ToolAnnotations] = {
    "read": ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=True),
    # Spends an AI generation (a monthly, paid-for quota) and stores the result in Convo.
    "ai": ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=False, open_world_hint=True),
    "write": ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=True, open_world_hint=True),
    "create": ToolAnnotations(
        read_only_hint=False, destructive_hint=False, idempotent_hint=False, open_world_hint=True
    ),
    # Publishes a link anyone can open: not read-only, not undoable from here.
    "publish": ToolAnnotations(
        read_only_hint=False, destructive_hint=False, idempotent_hint=True, open_world_hint=True
    ),
    "destructive": ToolAnnotations(
        read_only_hint=False, destructive_hint=True, idempotent_hint=True, open_world_hint=True
    ),
}


class Output(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _iso_only(value: Any) -> Any:
    """Date-time arguments are ISO 8601 text: a number (read by pydantic as unix time) is refused."""
    if isinstance(value, bool | int | float) or (isinstance(value, str) and not ISO_MOMENT.fullmatch(value.strip())):
        raise ValueError("must be an ISO 8601 date or date-time, like 2026-03-10 or 2026-03-10T14:00:00Z")
    return value


def _in_range(value: datetime | None) -> datetime | None:
    return None if value is None else check_moment(value)


# A date-time argument: ISO 8601 only, between 2015 and a year from now (checked before any request).
Moment = Annotated[datetime, BeforeValidator(_iso_only), AfterValidator(_in_range)]


class Progress:
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


ToolFn = Callable[..., Awaitable[tuple[Any, ...]]]  # (model, text) or (model, text, _meta)
_DEADLINE: ContextVar[float | None] = ContextVar("convo_mcp_tool_deadline", default=None)


def deadline_left() -> float:
    """Seconds left before the running tool call's deadline (infinite outside a tool call)."""
    end = _DEADLINE.get()
    return math.inf if end is None else max(0.0, end - time.monotonic())


@dataclass(frozen=True)
class ToolDef:
    name: str
    title: str
    toolset: str
    kind: Kind
    fn: ToolFn
    description: str
    ui: str | None = None  # the ui:// view an MCP Apps host shows the result in

    @property
    def writes(self) -> bool:
        return self.kind != "read"

    async def __call__(self, *args: Any, **kwargs: Any) -> tuple[Any, ...]:
        return await self.fn(*args, **kwargs)


def tool(name: str, title: str, *, toolset: str, kind: Kind, description: str,
         ui: str | None = None) -> Callable[[ToolFn], ToolDef]:
    """Define a tool beside its function: ``@tool("get_account", "Account and usage", ...)``.
    ``ui``: the ``ui://`` resource MCP Apps hosts render its result in (``_meta.ui.resourceUri``)."""

    def define(fn: ToolFn) -> ToolDef:
        return ToolDef(name, title, toolset, kind, fn, description, ui)

    return define


# What a tool may ask for by type, and how each call gets it.
_SUPPLIERS: dict[Any, Callable[[App, Context], Any]] = {
    ConvoService: lambda app, _ctx: app.service,
    Notifier: lambda app, _ctx: app.notifier,
    Progress: lambda _app, ctx: Progress(ctx),
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


def result(model: BaseModel, text: str, meta: dict[str, Any] | None = None) -> CallToolResult:
    """The text for the model, the model's fields as structured content, and ``meta`` (what only a
    view needs, such as a meeting's timeline) as the result's ``_meta``."""
    return CallToolResult(
        content=[TextContent(type="text", text=text)],
        structured_content=model.model_dump(mode="json", exclude_none=True),
        meta=meta,
    )


_SCHEMA_MAPS = ("properties", "$defs", "definitions", "patternProperties")


def _noise(key: str, value: Any) -> bool:
    return (
        (key == "title" and isinstance(value, str))
        or (key == "default" and value in (None, [], {}))
        or (key == "additionalProperties" and value is False)
    )


def _non_null(schema: Any) -> Any | None:
    """``X`` when ``schema`` is ``anyOf [X, null]``, else None."""
    options = schema.get("anyOf") if isinstance(schema, dict) else None
    if not (isinstance(options, list) and len(options) == 2 and {"type": "null"} in options):
        return None
    other = next(o for o in options if o != {"type": "null"})
    rest = {k: v for k, v in schema.items() if k != "anyOf"}
    return {**other, **rest}


def compact_schema(node: Any, *, output: bool = False) -> Any:
    """Drop what costs tokens and tells the model nothing: pydantic's generated titles, null
    defaults, and the ``null`` arm of optional properties. An optional argument is simply left
    out; results never carry nulls (they are dumped without them), so a nullable result field is
    published as optional. Single types everywhere keep the schema portable to clients that reject
    type arrays. The published schema only: pydantic still validates everything."""
    if isinstance(node, list):
        return [compact_schema(n, output=output) for n in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: compact_schema(sub, output=output) for name, sub in value.items()}
        elif not _noise(key, value):
            out[key] = compact_schema(value, output=output)
    properties = out.get("properties")
    if isinstance(properties, dict):
        required = list(out.get("required", []))
        for name, prop in properties.items():
            folded = _non_null(prop)
            if folded is None or (name in required and not output):
                continue  # a required nullable argument keeps its explicit null
            properties[name] = folded
            if name in required:
                required.remove(name)
        if required:
            out["required"] = required
        else:
            out.pop("required", None)
    return out


def _needed(key: str, value: Any) -> bool:
    """Whether a keyword of a published input property tells a model something it needs."""
    if key in ("maxLength", "minLength", "minItems", "maxItems", "format"):
        return False  # enforced by the server, which says the limit when it refuses
    if key == "default" and value in (0, False):
        return False  # the name says it: an offset starts at 0, a switch is off
    if key == "minimum" and value in (0, 1):
        return False
    return not (key == "maximum" and isinstance(value, int) and value >= 1_000)


def lean_input(schema: dict[str, Any]) -> dict[str, Any]:
    """What a model needs of an input schema: types, enums, useful bounds, the few descriptions.
    Every limit left out here is still enforced, with an error that names it; arguments marked
    deprecated are still accepted but no longer advertised."""
    props = {name: {k: v for k, v in prop.items() if _needed(k, v)}
             for name, prop in schema.get("properties", {}).items() if not prop.get("deprecated")}
    return {**schema, "properties": props}


def _resolve(node: Any, defs: dict[str, Any]) -> Any:
    ref = node.get("$ref", "") if isinstance(node, dict) else ""
    return defs.get(ref.rsplit("/", 1)[-1], node) if ref.startswith("#/$defs/") else node


def _kind(node: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """One level of a schema: its type."""
    node = _resolve(node, defs)
    if not isinstance(node, dict):
        return {}
    if "anyOf" in node:
        return {"anyOf": [_kind(n, defs) for n in node["anyOf"]]}
    kind = node.get("type", "object" if "properties" in node else None)
    out: dict[str, Any] = {"type": kind} if kind else {}
    return out


def shallow(schema: dict[str, Any]) -> dict[str, Any]:
    """The published output schema: every top-level field with its type (nested records and lists
    as plain objects and arrays). True of every result (the server builds each from its full model)
    and a fraction of the tokens in every conversation that lists the tools."""
    defs = schema.get("$defs", {})
    props = {name: _kind(prop, defs) for name, prop in schema.get("properties", {}).items()}
    return {"type": "object", "properties": props}


def register(server: MCPServer, tool: ToolDef, app: App) -> None:
    """Add one tool: inputs from the function's own parameters, what it needs supplied per call,
    output schema from the model it returns, errors as isError."""
    fn = tool.fn
    hints = get_type_hints(fn, include_extras=True)
    model: type[BaseModel] = hints["return"].__args__[0]  # tuple[Model, str]
    supplied = {name: _SUPPLIERS[hint] for name, hint in hints.items() if hint in _SUPPLIERS}

    async def wrapper(*, ctx: Context, **kwargs: Any) -> CallToolResult:
        for name, supply in supplied.items():
            kwargs[name] = supply(app, ctx)
        limit = app.settings.ai_deadline if tool.kind == "ai" else app.settings.tool_deadline
        token = _DEADLINE.set(time.monotonic() + limit)
        try:
            with app.activity.call(), anyio.move_on_after(limit) as scope:
                structured, text, *extra = await fn(**kwargs)  # a view's tool adds its _meta
            if scope.cancelled_caught:
                log.warning("tool.deadline", tool=tool.name, seconds=limit)
                return error_result(DeadlineError(f"The call ran out of time after {limit:.0f} s: Convo is slow or "
                                                  "not answering."))
        except ConvoError as exc:
            log.info("tool.refused", tool=tool.name, code=exc.code)
            return error_result(exc)
        finally:
            _DEADLINE.reset(token)
        return result(structured, text, extra[0] if extra else None)

    inputs = [p.replace(annotation=hints.get(p.name, p.annotation), kind=inspect.Parameter.KEYWORD_ONLY)
              for p in inspect.signature(fn).parameters.values() if p.name not in supplied]
    returns = Annotated[CallToolResult, model]
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
    added = server._tool_manager.get_tool(tool.name)
    assert added is not None
    added.parameters = lean_input(compact_schema(added.parameters))
    if added.fn_metadata.output_schema is not None:
        added.fn_metadata.output_schema = shallow(compact_schema(added.fn_metadata.output_schema, output=True))
