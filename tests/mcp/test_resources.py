"""convo:// resources, argument completion and resource change notifications, through the real SDK
client in both protocol eras."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Callable
from typing import Any

import anyio
import pytest
from mcp import Client
from mcp.server.subscriptions import ResourcesListChanged, ResourceUpdated
from mcp.types import PromptReference, ResourceTemplateReference, ServerNotification

from convo_mcp.app import App
from convo_mcp.sandbox import DEMO_KEYS, SandboxState, dataset
from convo_mcp.server import build_server
from convo_mcp.webhooks.events import apply_event
from convo_mcp.webhooks.receiver import WebhookEvent

pytestmark = pytest.mark.anyio

KEYPOINTS_READY = sorted(dataset.KEYPOINTS_READY_IDS)
FEEDBACK_READY = sorted(dataset.FEEDBACK_READY_IDS)
NOT_READY = sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS - dataset.FEEDBACK_READY_IDS)
TEMPLATES = {
    "convo://conversations/{id}",
    "convo://conversations/{id}/transcript",
    "convo://conversations/{id}/transcript/{segment_index}",
    "convo://conversations/{id}/keypoints",
    "convo://conversations/{id}/feedback",
}
LINE = re.compile(r"^\[\d{2}:\d{2}:\d{2}\] [^:]+: .+$")
WAIT = 5.0


async def read(client: Any, uri: str) -> str:
    result = await client.read_resource(uri)
    assert len(result.contents) == 1
    assert str(result.contents[0].uri) == uri
    return str(result.contents[0].text)


def titles(state: SandboxState) -> dict[str, str]:
    account = state.account(DEMO_KEYS["professional"])
    return {c.id: c.title for c in account.conversations.values()}


class Inbox:
    """Collects server notifications delivered to the client's message handler."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str | None]] = []
        self._changed = anyio.Event()

    async def __call__(self, message: Any) -> None:
        if isinstance(message, ServerNotification):
            params = getattr(message, "params", None)
            uri = getattr(params, "uri", None)
            self.seen.append((message.method, str(uri) if uri is not None else None))
            self._changed.set()
            self._changed = anyio.Event()

    async def wait_for(self, item: tuple[str, str | None]) -> None:
        with anyio.fail_after(WAIT):
            while item not in self.seen:
                await self._changed.wait()

    def count(self, item: tuple[str, str | None]) -> int:
        return self.seen.count(item)


# --- listing ---------------------------------------------------------------------------------------


async def test_static_resources_and_templates_are_listed(connect: Any, app: App) -> None:
    async with connect(app) as client:
        resources = (await client.list_resources()).resources
        templates = (await client.list_resource_templates()).resource_templates
    by_uri = {str(r.uri): r for r in resources}
    # the data, and the two MCP Apps views (their own tests are in tests/ui)
    assert set(by_uri) == {"convo://conversations", "convo://account", "ui://convo/meeting.html",
                           "ui://convo/digest.html"}
    assert by_uri["convo://account"].mime_type == "application/json"
    assert {t.uri_template for t in templates} == TEMPLATES | {"convo://commitments/{owner}"}
    assert all(t.name and t.description for t in templates)


async def test_legacy_initialize_advertises_subscribe_and_list_changed(
    make_app: Callable[..., App], mode: str, connect: Any
) -> None:
    async with connect(make_app()) as client:
        caps = client.server_capabilities
        version = client.protocol_version
    assert caps.resources is not None
    assert caps.resources.subscribe is True
    assert caps.resources.list_changed is True
    assert caps.completions is not None
    assert version == ("2025-11-25" if mode == "legacy" else "2026-07-28")


# --- reading ------------------------------------------------------------------------------------------


async def test_transcript_is_timestamped_speaker_lines(connect: Any, app: App) -> None:
    uri = f"convo://conversations/{dataset.LONG_MEETING_ID}/transcript"
    async with connect(app) as client:
        body = await read(client, uri)
    lines = body.splitlines()
    assert len(lines) > 100  # the long offsite meeting
    assert lines[0].startswith("[00:00:00] ")
    bad = [line for line in lines if not LINE.match(line)]
    assert not bad, bad[:3]
    assert "Welcome to the quarterly planning offsite" in lines[0]


async def test_keypoints_resource_shows_existing_or_says_none(connect: Any, app: App, state: SandboxState) -> None:
    ready, missing = KEYPOINTS_READY[0], sorted(set(dataset.DEMO_IDS) - dataset.KEYPOINTS_READY_IDS)[0]
    async with connect(app) as client:
        body = await read(client, f"convo://conversations/{ready}/keypoints")
        none = await read(client, f"convo://conversations/{missing}/keypoints")
    assert body.startswith(f"# {titles(state)[ready]}")
    assert "## Decisions" in body
    assert "## Action items" in body
    decisions = body.split("## Decisions", 1)[1].split("\n## ", 1)[0]
    assert any(line.startswith("- ") for line in decisions.splitlines())
    assert none.startswith("No keypoints generated yet")
    assert "generate_keypoints" in none
    assert state.stats.credits_spent() == 0


async def test_feedback_resource_shows_existing_or_says_none(connect: Any, app: App, state: SandboxState) -> None:
    ready, missing = FEEDBACK_READY[0], sorted(set(dataset.DEMO_IDS) - dataset.FEEDBACK_READY_IDS)[0]
    async with connect(app) as client:
        body = await read(client, f"convo://conversations/{ready}/feedback")
        none = await read(client, f"convo://conversations/{missing}/feedback")
    assert re.search(r"^Overall score: \d+/100", body)
    assert "clarity" in body
    assert "listening" in body
    assert none.startswith("No feedback generated yet")
    assert "generate_feedback" in none
    assert state.stats.credits_spent() == 0


async def test_conversation_resource_is_metadata_json(connect: Any, app: App, state: SandboxState) -> None:
    cid = KEYPOINTS_READY[0]
    async with connect(app) as client:
        meta = json.loads(await read(client, f"convo://conversations/{cid}"))
        unknown = json.loads(await read(client, "convo://conversations/sess_doesnotexist"))
    assert meta["id"] == cid
    assert meta["title"] == titles(state)[cid]
    assert meta["segmentCount"] > 0
    assert meta["startTime"].endswith("Z")
    assert unknown["error"]["code"] == "not_found"


async def test_recent_and_account_resources(connect: Any, app: App, state: SandboxState) -> None:
    async with connect(app) as client:
        recent = (await read(client, "convo://conversations")).splitlines()
        account = json.loads(await read(client, "convo://account"))
    assert len(recent) == min(50, len(dataset.DEMO_IDS))
    assert all(line.split(" · ", 1)[0] in dataset.DEMO_IDS for line in recent)
    assert account["plan"] == "professional"
    assert account["demo"] is True
    assert account["ai_generations"]["remaining"] == account["ai_generations"]["limit"] == 100
    assert 0 < account["requests"]["remaining"] <= account["requests"]["limit"]


async def test_reading_every_resource_spends_no_credits(connect: Any, app: App, state: SandboxState) -> None:
    ids = [KEYPOINTS_READY[0], FEEDBACK_READY[-1], NOT_READY[0], NOT_READY[-1], dataset.LONG_MEETING_ID,
           sorted(dataset.SHORT_MEETING_IDS)[0]]
    async with connect(app) as client:
        uris = [str(r.uri) for r in (await client.list_resources()).resources]
        uris += [template.format(id=cid, segment_index=0) for cid in ids for template in sorted(TEMPLATES)]
        bodies = [await read(client, uri) for uri in uris]
    assert all(body.strip() for body in bodies)
    refusals = [body for body in bodies if re.match(r"^\[[a-z_]+\] ", body) or body.startswith('{"error"')]
    assert not refusals, refusals[:2]
    assert state.stats.credits_spent() == 0
    assert state.stats.requests(method="POST") == 0
    assert state.stats.requests(method="DELETE") == 0


async def test_reading_a_transcript_twice_costs_one_request(connect: Any, app: App, state: SandboxState) -> None:
    uri = f"convo://conversations/{NOT_READY[0]}/transcript"
    async with connect(app, cache=None) as client:  # no client-side cache: both reads reach the server
        first = await read(client, uri)
        second = await read(client, uri)
    assert first == second
    assert state.stats.requests(route="/conversations/{id}/transcript") == 1


# --- completion -------------------------------------------------------------------------------------


@pytest.mark.parametrize("template", sorted(TEMPLATES))
async def test_id_completion_matches_title_words(connect: Any, app: App, state: SandboxState, template: str) -> None:
    acme = sorted(cid for cid, title in titles(state).items() if "acme" in title.lower())
    assert len(acme) >= 3
    async with connect(app) as client:
        done = (await client.complete(ResourceTemplateReference(type="ref/resource", uri=template),
                                      {"name": "id", "value": "Acme"})).completion
        by_prefix = (await client.complete(ResourceTemplateReference(type="ref/resource", uri=template),
                                           {"name": "id", "value": acme[0][:9]})).completion
    assert sorted(done.values) == acme
    assert done.total == len(acme)
    assert not done.has_more
    assert acme[0] in by_prefix.values
    assert all(v.startswith(acme[0][:9]) or "acme" in titles(state)[v].lower() for v in by_prefix.values)


async def test_id_completion_reports_every_match_beyond_those_shown(connect: Any, app: App) -> None:
    ref = ResourceTemplateReference(type="ref/resource", uri="convo://conversations/{id}/transcript")
    async with connect(app) as client:
        everything = (await client.complete(ref, {"name": "id", "value": ""})).completion
        sess = (await client.complete(ref, {"name": "id", "value": "SESS_"})).completion
    assert len(everything.values) == 20
    assert everything.total == len(dataset.DEMO_IDS)
    assert everything.has_more is True
    assert set(everything.values) <= set(dataset.DEMO_IDS)
    assert len(set(everything.values)) == 20
    assert sess.total == len(dataset.DEMO_IDS)  # case-insensitive id prefix


async def test_id_completion_of_an_unknown_template_is_empty(connect: Any, app: App) -> None:
    async with connect(app) as client:
        done = (await client.complete(ResourceTemplateReference(type="ref/resource", uri="convo://nope/{id}"),
                                      {"name": "id", "value": "acme"})).completion
    assert done.values == []


async def test_prompt_argument_completion_uses_choices(connect: Any, app: App) -> None:
    async with connect(app) as client:
        priority = (await client.complete(PromptReference(type="ref/prompt", name="action-item-sweep"),
                                          {"name": "priority", "value": "h"})).completion
        tone = (await client.complete(PromptReference(type="ref/prompt", name="follow-up-blitz"),
                                      {"name": "tone", "value": "C"})).completion
        free_text = (await client.complete(PromptReference(type="ref/prompt", name="decision-log"),
                                           {"name": "topic", "value": "a"})).completion
        conversation = (await client.complete(PromptReference(type="ref/prompt", name="coaching-review"),
                                              {"name": "conversation_id", "value": "acme"})).completion
    assert priority.values == ["high"]
    assert tone.values == ["casual", "concise"]
    assert free_text.values == []
    assert conversation.values
    assert all(v in dataset.DEMO_IDS for v in conversation.values)


# --- subscriptions -------------------------------------------------------------------------------


async def test_legacy_subscribe_gets_updates_from_outside_requests_and_webhooks(app: App) -> None:
    inbox = Inbox()
    cid = NOT_READY[0]
    uri = f"convo://conversations/{cid}/keypoints"
    other = f"convo://conversations/{NOT_READY[1]}/keypoints"
    updated = ("notifications/resources/updated", uri)
    async with app.running(), Client(build_server(app), mode="legacy", message_handler=inbox) as client:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            await client.subscribe_resource(uri)
        assert app.notifier.subscriber_count(uri) == 1
        await app.notifier.resource_updated(uri)  # not inside any request
        await inbox.wait_for(updated)
        await app.notifier.resource_updated(other)  # not subscribed: not delivered
        event = WebhookEvent(event="conversation.keypoints.ready", data={"conversationId": cid},
                             timestamp=None, delivery_id="d1", conversation_id=cid)
        assert await apply_event(app, event) == [uri]
        with anyio.fail_after(WAIT):
            while inbox.count(updated) < 2:
                await anyio.sleep(0.01)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            await client.unsubscribe_resource(uri)
        assert app.notifier.subscriber_count(uri) == 0
        await app.notifier.resource_updated(uri)
        await client.list_resources()  # a round trip: anything sent before it has arrived
        await anyio.sleep(0.05)
    assert inbox.count(updated) == 2
    assert ("notifications/resources/updated", other) not in inbox.seen
    assert app.notifier.subscriber_count(uri) == 0


async def test_legacy_subscriptions_end_with_the_connection(app: App) -> None:
    uri = f"convo://conversations/{NOT_READY[0]}/transcript"
    async with Client(build_server(app), mode="legacy") as client:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            await client.subscribe_resource(uri)
        assert app.notifier.subscriber_count(uri) == 1
    assert app.notifier.subscriber_count(uri) == 0


async def test_2026_listen_receives_updates_and_list_changed(app: App) -> None:
    cid = NOT_READY[0]
    uri = f"convo://conversations/{cid}/keypoints"
    events: list[Any] = []
    async with app.running(), Client(build_server(app), mode="auto") as client:
        assert client.protocol_version == "2026-07-28"
        async with client.listen(resource_subscriptions=[uri], resources_list_changed=True) as sub:

            async def consume() -> None:
                async for ev in sub:
                    events.append(ev)

            async with anyio.create_task_group() as tg:
                tg.start_soon(consume)
                await app.notifier.resource_updated(f"convo://conversations/{NOT_READY[1]}/keypoints")  # filtered
                await app.notifier.resource_updated(uri)
                event = WebhookEvent(event="conversation.keypoints.ready", data={}, timestamp=None,
                                     delivery_id="d2", conversation_id=cid)
                await apply_event(app, event)
                deleted = await client.call_tool("delete_conversation", {"conversation_id": cid, "confirm": True})
                assert deleted.structured_content["deleted"] is True
                with anyio.fail_after(WAIT):
                    while not any(isinstance(e, ResourcesListChanged) for e in events) or len(events) < 3:
                        await anyio.sleep(0.01)
                tg.cancel_scope.cancel()
    assert events[:2] == [ResourceUpdated(uri=uri), ResourceUpdated(uri=uri)]
    assert ResourcesListChanged() in events
    assert all(not isinstance(e, ResourceUpdated) or e.uri == uri for e in events)


async def test_delete_conversation_announces_list_changed(connect: Any, app: App, state: SandboxState) -> None:
    inbox = Inbox()
    cid = NOT_READY[-1]
    async with connect(app, message_handler=inbox) as client:
        refused = await client.call_tool("delete_conversation", {"conversation_id": cid})
        assert refused.structured_content["deleted"] is False
        assert ("notifications/resources/list_changed", None) not in inbox.seen
        if client.protocol_version == "2026-07-28":
            async with client.listen(resources_list_changed=True) as sub:
                r = await client.call_tool("delete_conversation", {"conversation_id": cid, "confirm": True})
                with anyio.fail_after(WAIT):
                    first = await sub.__anext__()
            assert first == ResourcesListChanged()
        else:
            r = await client.call_tool("delete_conversation", {"conversation_id": cid, "confirm": True})
            await inbox.wait_for(("notifications/resources/list_changed", None))
        assert r.structured_content["deleted"] is True
        after = await client.call_tool("list_conversations", {"limit": 100})
    assert cid not in {c["id"] for c in after.structured_content["conversations"]}
    assert ("list_changed", None) in app.notifier.sent
    assert state.stats.requests(route="/conversations/{id}", method="DELETE") == 1


@pytest.mark.parametrize("mode", ["legacy", "auto"])
async def test_the_servers_own_writes_notify_subscribers_without_webhooks(app: App, mode: str) -> None:
    cid, other = NOT_READY[0], NOT_READY[1]
    meeting, keypoints = f"convo://conversations/{cid}", f"convo://conversations/{cid}/keypoints"
    heard: list[str] = []
    inbox = Inbox()
    async with app.running(), Client(build_server(app), mode=mode, message_handler=inbox) as client:
        if mode == "legacy":
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for uri in (meeting, keypoints):
                    await client.subscribe_resource(uri)
            assert not (await client.call_tool("rename_conversation", {"conversation_id": cid, "title": "Q1"})).is_error
            assert not (await client.call_tool("rename_conversation", {"conversation_id": other,"title": "Q"})).is_error
            assert not (await client.call_tool("generate_keypoints", {"conversation_id": cid})).is_error
            await inbox.wait_for(("notifications/resources/updated", keypoints))
            await client.list_resources()
            heard = [uri for kind, uri in inbox.seen if kind == "notifications/resources/updated"]
        else:
            async with client.listen(resource_subscriptions=[meeting, keypoints]) as sub:
                async def consume() -> None:
                    async for ev in sub:
                        if isinstance(ev, ResourceUpdated):
                            heard.append(ev.uri)

                async with anyio.create_task_group() as tg:
                    tg.start_soon(consume)
                    await client.call_tool("rename_conversation", {"conversation_id": cid, "title": "Q1"})
                    await client.call_tool("rename_conversation", {"conversation_id": other, "title": "x"})
                    await client.call_tool("generate_keypoints", {"conversation_id": cid})
                    with anyio.fail_after(WAIT):
                        while keypoints not in heard:
                            await anyio.sleep(0.01)
                    tg.cancel_scope.cancel()
    assert heard.count(meeting) == 2  # renamed, then its summary made
    assert heard.count(keypoints) == 1
    assert not any(other in uri for uri in heard)  # not subscribed: not told
