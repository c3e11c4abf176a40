"""How much of the model's context one transcript page costs, against the raw API JSON.

Prints characters and estimated tokens (characters / 4, a common estimate for English text and
JSON; no tokenizer is bundled) for the first get_transcript page of the ~2-hour sandbox meeting,
the raw JSON of the same segments, and the raw JSON of the whole transcript; plus the size of
tools/list. Run: .venv/bin/python bench/transcript_tokens.py
"""

from __future__ import annotations

import asyncio
import json

from mcp import Client

from convo_mcp.app import App
from convo_mcp.sandbox import DEMO_KEYS, SandboxState, dataset
from convo_mcp.server import build_server


def tokens(chars: int) -> int:
    return round(chars / 4)


async def main() -> None:
    state = SandboxState.demo()
    app = App.on_sandbox(state, DEMO_KEYS["professional"], persistent_cache=False, log_level="warning")
    async with app.running():
        raw = (await app.service.transcript(dataset.LONG_MEETING_ID)).value
        raw_json = raw.model_dump_json(by_alias=True, exclude_none=True)
        async with Client(build_server(app), mode="legacy") as client:
            page = await client.call_tool("get_transcript", {"conversation_id": dataset.LONG_MEETING_ID})
            tools = (await client.list_tools()).tools
    text = page.content[0].text
    structured = json.dumps(page.structured_content, ensure_ascii=False)
    n = page.structured_content["returned"]
    same_segments = json.dumps(
        {"data": {"id": raw.id, "segments": [s.model_dump(mode="json", by_alias=True) for s in raw.segments[:n]]}},
        ensure_ascii=False,
    )
    tools_json = json.dumps([t.model_dump(by_alias=True, exclude_none=True, mode="json") for t in tools])
    rows = [
        ("first page, text content", len(text)),
        ("first page, structuredContent", len(structured)),
        (f"raw API JSON of the same {n} segments", len(same_segments)),
        (f"raw API JSON of all {len(raw.segments)} segments", len(raw_json)),
        (f"tools/list ({len(tools)} tools)", len(tools_json)),
    ]
    print(f"{'what':48} {'chars':>9} {'≈tokens':>9}")
    for label, chars in rows:
        print(f"{label:48} {chars:>9,} {tokens(chars):>9,}")
    nxt = page.structured_content.get("next_offset")
    print(f"segments on the first page: {n} of {len(raw.segments)}; next_offset={nxt}")
    print(f"text vs raw JSON of the same segments: {len(text) / len(same_segments):.0%}")


if __name__ == "__main__":
    asyncio.run(main())
