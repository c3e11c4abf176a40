"""What every tool shares: honest annotations by kind, result and error rendering.

A tool is a plain async function that returns ``(structured model, concise text)``; ``register``
turns it into an MCP tool whose output schema is the model and whose refusals and failures come
back as ``isError`` results carrying the error code, a one-line reason and what to do next.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal, get_type_hints

from mcp.server import MCPServer
from mcp.types import CallToolResult, TextContent, ToolAnnotations
from pydantic import BaseModel, ConfigDict

from convo_mcp.errors import ConvoError
from convo_mcp.log import get_logger

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


@dataclass(frozen=True)
class ToolDef:
    name: str
    title: str
    toolset: str
    kind: Kind
    fn: Callable[..., Awaitable[Any]]
    description: str

    @property
    def writes(self) -> bool:
        return self.kind != "read"


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


def result(model: BaseModel, text: str) -> CallToolResult:
    return CallToolResult(
        content=[TextContent(type="text", text=text)],
        structured_content=model.model_dump(mode="json", exclude_none=True),
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


def register(server: MCPServer, tool: ToolDef) -> None:
    """Add one tool: output schema from the model the function returns, errors as isError."""
    fn = tool.fn
    hints = get_type_hints(fn, include_extras=True)
    ret = hints["return"]  # tuple[Model, str]
    model: type[BaseModel] = ret.__args__[0]

    @functools.wraps(fn)
    async def wrapper(*args: Any, **kwargs: Any) -> CallToolResult:
        try:
            structured, text = await fn(*args, **kwargs)
        except ConvoError as exc:
            log.info("tool.refused", tool=tool.name, code=exc.code)
            return error_result(exc)
        return result(structured, text)

    signature = inspect.signature(fn)
    params = [p.replace(annotation=hints.get(p.name, p.annotation)) for p in signature.parameters.values()]
    wrapper.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=params, return_annotation=Annotated[CallToolResult, model]
    )
    wrapper.__annotations__ = {**hints, "return": Annotated[CallToolResult, model]}
    del wrapper.__wrapped__
    server.add_tool(
        wrapper, name=tool.name, title=tool.title, description=tool.description, annotations=ANNOTATIONS[tool.kind]
    )
    added = server._tool_manager.get_tool(tool.name)
    assert added is not None
    added.parameters = compact_schema(added.parameters)
    if added.fn_metadata.output_schema is not None:
        added.fn_metadata.output_schema = compact_schema(added.fn_metadata.output_schema, output=True)
