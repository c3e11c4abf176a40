"""Webhook tools (Professional and Enterprise plans). Secrets are kept, never shown."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from convo_mcp.convo.models import WebhookEventName
from convo_mcp.dates import Instant
from convo_mcp.service import ConvoService
from convo_mcp.tools._confirm import DeleteWebhookAnswer, confirmed, needs_confirmation
from convo_mcp.tools._define import Output, tool

Event = WebhookEventName
WebhookId = Annotated[str, Field(max_length=128)]


class WebhookOut(BaseModel):
    id: str
    url: str | None = None
    events: list[str] = []
    created_at: Instant | None = None


class WebhookList(Output):
    webhooks: list[WebhookOut]
    source: str


class CreatedOutput(Output):
    webhook: WebhookOut
    secret_stored: bool = Field(description="the signing secret was kept by this server (never shown)")
    message: str


class DeletedOutput(Output):
    webhook_id: str
    deleted: bool
    message: str


class TestOutput(Output):
    webhook_id: str
    success: bool | None = None
    status_code: int | None = None


@tool("list_webhooks", "List webhooks", toolset="webhooks", kind="read",
      description="Registered webhooks (Professional/Enterprise).")
async def list_webhooks(svc: ConvoService) -> tuple[WebhookList, str]:
    out = await svc.webhooks.list()
    hooks = [WebhookOut(id=w.id, url=w.url, events=w.events, created_at=w.created_at) for w in out.value]
    lines = [f"{w.id} → {w.url} [{', '.join(w.events)}]" for w in hooks] or ["No webhooks."]
    return WebhookList(webhooks=hooks, source=out.source), "\n".join(lines)


@tool("create_webhook", "Create a webhook", toolset="webhooks", kind="create",
      description="Register an https URL for Convo events (the secret is kept here).")
async def create_webhook(
    svc: ConvoService,
    url: Annotated[str, Field(max_length=2000)],
    events: Annotated[list[Event], Field(min_length=1, max_length=11)],
) -> tuple[CreatedOutput, str]:
    created, stored = await svc.webhooks.create(url, list(events))
    hook = WebhookOut(id=created.id, url=created.url, events=created.events, created_at=created.created_at)
    msg = (f"Created {created.id} → {created.url}. "
           + ("Its signing secret is stored by this server; deliveries to its webhook receiver are verified."
              if stored else "Convo returned no signing secret for it."))
    return CreatedOutput(webhook=hook, secret_stored=stored, message=msg), msg


@tool("delete_webhook", "Delete a webhook", toolset="webhooks", kind="destructive",
      description="Delete a webhook. Asks to confirm.")
async def delete_webhook(
    svc: ConvoService,
    webhook_id: WebhookId,
    confirm: Annotated[bool, Field(description="true once the user agreed to delete")] = False,
    answer: DeleteWebhookAnswer = None,
) -> tuple[DeletedOutput, str]:
    if not confirmed(answer, confirm):
        msg = needs_confirmation("stops Convo sending this webhook's events")
        return DeletedOutput(webhook_id=webhook_id, deleted=False, message=msg), msg
    await svc.webhooks.delete(webhook_id)
    msg = f"Deleted webhook {webhook_id}."
    return DeletedOutput(webhook_id=webhook_id, deleted=True, message=msg), msg


@tool("test_webhook", "Test a webhook", toolset="webhooks", kind="create",
      description="Send a signed test event to a webhook.")
async def test_webhook(svc: ConvoService, webhook_id: WebhookId) -> tuple[TestOutput, str]:
    r = (await svc.webhooks.test(webhook_id)).value
    msg = f"Test event to {webhook_id}: " + (
        f"endpoint answered {r.status_code}" if r.status_code else "endpoint did not answer"
    ) + (" (ok)" if r.success else " (failed)")
    return TestOutput(webhook_id=webhook_id, success=r.success, status_code=r.status_code), msg


TOOLS = [list_webhooks, create_webhook, delete_webhook, test_webhook]
