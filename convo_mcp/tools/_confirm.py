"""Confirmation before destructive or publishing calls.

When the client supports elicitation, the user is asked (through the client) with a message that
says exactly what will happen. Clients without elicitation get a plain result asking the model to
obtain the user's agreement and call again with ``confirm: true``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

from mcp.server.mcpserver import AcceptedElicitation, Context, Elicit, ElicitationResult, Resolve
from pydantic import BaseModel, Field


class Confirmation(BaseModel):
    confirm: bool = Field(description="Yes, go ahead")


def _decide(message: str, confirm: bool, ctx: Context) -> Confirmation | Elicit[Confirmation]:
    if confirm:
        return Confirmation(confirm=True)
    caps = ctx.client_capabilities
    if caps is not None and caps.elicitation is not None:
        return Elicit(message, Confirmation)
    return Confirmation(confirm=False)


def _by_conversation(message: str) -> Callable[..., Any]:
    def ask_conversation(conversation_id: str, confirm: bool, ctx: Context) -> Confirmation | Elicit[Confirmation]:
        return _decide(message.format(id=conversation_id), confirm, ctx)

    return ask_conversation


def _by_webhook(message: str) -> Callable[..., Any]:
    def ask_webhook(webhook_id: str, confirm: bool, ctx: Context) -> Confirmation | Elicit[Confirmation]:
        return _decide(message.format(id=webhook_id), confirm, ctx)

    return ask_webhook


if TYPE_CHECKING:
    ShareAnswer = Any
    DeleteAnswer = Any
    DeleteWebhookAnswer = Any
else:
    ShareAnswer = Annotated[
        ElicitationResult[Confirmation],
        Resolve(_by_conversation("Publish a public link to conversation {id}? Anyone with the link can read it.")),
    ]
    DeleteAnswer = Annotated[
        ElicitationResult[Confirmation],
        Resolve(_by_conversation("Delete conversation {id}? It disappears from Convo (support can recover it).")),
    ]
    DeleteWebhookAnswer = Annotated[
        ElicitationResult[Confirmation],
        Resolve(_by_webhook("Delete webhook {id}? Convo stops sending its events.")),
    ]


def confirmed(answer: object, confirm: bool) -> bool:
    if confirm:
        return True
    return isinstance(answer, AcceptedElicitation) and bool(getattr(answer.data, "confirm", False))


def needs_confirmation(effect: str) -> str:
    return (
        f"Not done: this {effect}. Ask the user; if they agree, call again with confirm=true."
    )
