"""The tools/list surface: names, honest annotations, a committed snapshot, read-only and toolsets."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from convo_mcp.app import App
from convo_mcp.server import build_server
from convo_mcp.toolsets import TOOLSETS

pytestmark = pytest.mark.anyio
SNAPSHOT = Path(__file__).parent / "tools_snapshot.json"

READ_ONLY = {
    "list_conversations", "get_transcript", "get_keypoints", "get_feedback", "get_account",
    "list_calendar_events", "list_webhooks", "prepare_briefing", "meeting_digest", "find_action_items",
    "search_meetings", "search", "fetch", "show_meeting", "show_digest", "track_commitments", "verify_quotes",
}
SPENDS_CREDITS = {"generate_keypoints", "generate_feedback", "ask_conversation", "draft_follow_up_email"}
DESTRUCTIVE = {"delete_conversation", "delete_webhook"}
# The 17 API operations, each with its tool.
OPERATIONS = {
    "list_conversations", "get_transcript", "get_keypoints", "generate_keypoints", "get_feedback",
    "generate_feedback", "ask_conversation", "draft_follow_up_email", "share_conversation", "rename_conversation",
    "delete_conversation", "list_calendar_events", "get_account", "list_webhooks", "create_webhook",
    "delete_webhook", "test_webhook",
}


async def wire_tools(connect: Any, app: App, **kwargs: Any) -> list[dict[str, Any]]:
    async with connect(build_server(app, **kwargs)) as client:
        tools = (await client.list_tools()).tools
    return [t.model_dump(by_alias=True, exclude_none=True, mode="json") for t in tools]


async def test_every_operation_is_a_tool_with_a_safe_name(connect: Any, app: App) -> None:
    tools = await wire_tools(connect, app)
    names = {t["name"] for t in tools}
    assert names >= OPERATIONS
    for t in tools:
        assert re.fullmatch(r"[a-z][a-z0-9_]{0,63}", t["name"]), t["name"]
        assert t["description"] and len(t["description"]) <= 240, t["name"]
        assert t["title"]
        # fetch's text is its JSON document (the shape ChatGPT reads): sent once, so no second copy
        assert ("outputSchema" in t) is (t["name"] != "fetch"), f"{t['name']}: output schema"


async def test_annotations_are_honest(connect: Any, app: App) -> None:
    for t in await wire_tools(connect, app):
        name, a = t["name"], t["annotations"]
        assert set(a) >= {"readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"}, name
        assert a["openWorldHint"] is True, name
        assert a["readOnlyHint"] is (name in READ_ONLY), name
        if name in SPENDS_CREDITS:
            assert a["readOnlyHint"] is False and a["idempotentHint"] is False, name
        assert a["destructiveHint"] is (name in DESTRUCTIVE), name
    by_name = {t["name"]: t["annotations"] for t in await wire_tools(connect, app)}
    assert by_name["share_conversation"]["readOnlyHint"] is False  # publishes a link
    assert by_name["rename_conversation"]["idempotentHint"] is True


async def test_tools_list_matches_the_committed_snapshot(connect: Any, app: App) -> None:
    tools = await wire_tools(connect, app)
    current = [
        {k: t[k] for k in ("name", "title", "description", "inputSchema", "outputSchema", "annotations") if k in t}
        for t in tools
    ]
    text = json.dumps(current, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    if os.environ.get("UPDATE_SNAPSHOT"):
        SNAPSHOT.write_text(text, encoding="utf-8")
    assert SNAPSHOT.exists(), "run with UPDATE_SNAPSHOT=1 to create tests/mcp/tools_snapshot.json"
    assert text == SNAPSHOT.read_text(encoding="utf-8"), (
        "tools/list changed: review the diff, then run UPDATE_SNAPSHOT=1 pytest tests/mcp/test_surface.py"
    )


async def test_read_only_hides_every_tool_that_writes_or_spends(connect: Any, app: App) -> None:
    tools = await wire_tools(connect, app, read_only=True)
    names = {t["name"] for t in tools}
    assert names
    assert all(t["annotations"]["readOnlyHint"] for t in tools)
    assert not names & (SPENDS_CREDITS | DESTRUCTIVE | {"share_conversation", "rename_conversation"})


async def test_toolsets_pick_groups(connect: Any, app: App) -> None:
    names = {t["name"] for t in await wire_tools(connect, app, toolsets=["conversations"])}
    assert "list_conversations" in names
    assert "get_keypoints" not in names
    assert "create_webhook" not in names
    with pytest.raises(ValueError, match="unknown toolset"):
        build_server(app, toolsets=["nope"])
    assert set(TOOLSETS) >= {"conversations", "ai", "webhooks"}


async def test_tools_list_size_is_bounded(connect: Any, app: App) -> None:
    """The list is paid for in every conversation. What a model API sees of a tool is its name,
    description and input schema; output schemas go to the client. Characters of JSON."""
    tools = await wire_tools(connect, app)
    model_facing = sum(len(t["name"]) + len(t["description"]) + len(json.dumps(t["inputSchema"])) for t in tools)
    assert model_facing < 10_000, model_facing
    # output schemas describe every list's items and every record's fields (what clients validate against):
    # bounded on their own, and the rest of the list as tightly as before they grew
    outputs = sum(len(json.dumps(t.get("outputSchema", {}))) for t in tools)
    assert outputs < 23_000, outputs
    assert len(json.dumps(tools)) - outputs < 16_000
    assert len(json.dumps(tools)) < 36_000
