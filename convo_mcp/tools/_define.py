"""What a tool is: a module-level async function with its definition beside it, and honest
annotations by kind.

A tool returns ``(structured model, concise text)`` (a view's tool adds the result's ``_meta``), and
is made a :class:`ToolDef` by the :func:`tool` decorator right above it. It names what it needs by
type (:class:`~convo_mcp.service.ConvoService`, :class:`~convo_mcp.types.Progress`,
:class:`~convo_mcp.notify.Notifier`); every other parameter is its input schema. Tests call a tool
directly with a service of their own. :mod:`._register` turns it into an MCP tool.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

from mcp.types import ToolAnnotations
from pydantic import BaseModel, ConfigDict

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


ToolFn = Callable[..., Awaitable[tuple[Any, ...]]]  # (model, text) or (model, text, _meta)


@dataclass(frozen=True)
class ToolDef:
    name: str
    title: str
    toolset: str
    kind: Kind
    fn: ToolFn
    description: str
    ui: str | None = None  # the ui:// view an MCP Apps host shows the result in
    text_only: bool = False  # the text is the model's JSON and the only copy sent (no structured content)
    described: tuple[str, ...] = ()  # output fields published with their whole shape and fields' descriptions

    @property
    def writes(self) -> bool:
        return self.kind != "read"

    async def __call__(self, *args: Any, **kwargs: Any) -> tuple[Any, ...]:
        return await self.fn(*args, **kwargs)


def tool(name: str, title: str, *, toolset: str, kind: Kind, description: str,
         ui: str | None = None, text_only: bool = False,
         described: tuple[str, ...] = ()) -> Callable[[ToolFn], ToolDef]:
    """Define a tool beside its function: ``@tool("get_account", "Account and usage", ...)``.
    ``ui``: the ``ui://`` resource MCP Apps hosts render its result in (``_meta.ui.resourceUri``).
    ``text_only``: for a result whose text already is its JSON and is large (a whole transcript):
    sent once, as text, with no output schema, instead of twice. ``described``: output fields whose
    items a model acts on field by field, published whole (other nested fields: their type only)."""

    def define(fn: ToolFn) -> ToolDef:
        return ToolDef(name, title, toolset, kind, fn, description, ui, text_only, described)

    return define
