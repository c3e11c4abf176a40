"""The MCP Apps views, as a person sees them: each view loaded by a small host page in headless
Chromium (Debian's, driven by Playwright) through the official MCP Apps host library (AppBridge,
bundled in tests/ui/host), handed a real tool result from the server on sandbox data; tool calls
the view makes go back through the host to the server."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client
from mcp.types import CallToolResult

from convo_mcp.app import App
from convo_mcp.config import Settings
from convo_mcp.sandbox import dataset
from convo_mcp.server import build_server
from convo_mcp.ui import DIGEST_VIEW, MEETING_VIEW
from convo_mcp.ui.views import MAX_BYTES

pytestmark = [pytest.mark.anyio, pytest.mark.slow]
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCREENSHOTS = ROOT / "docs" / "images"
HOST_PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: %(bg)s; } iframe { border: 0; width: 760px; height: 400px; display: block; }
</style></head><body><iframe id="view" title="view" sandbox="allow-scripts"></iframe>
<script>%(bridge)s</script>
<script>
window.hostCalls = [];
async function openView(html, toolInput, result, theme) {
  const iframe = document.getElementById("view");
  const bridge = new McpHost.AppBridge(null, { name: "test-host", version: "1.0.0" }, { serverTools: {} },
    { hostContext: { theme, displayMode: "inline", platform: "web" } });
  bridge.oncalltool = async (params) => {
    window.hostCalls.push(params);
    return JSON.parse(await window.pyCallTool(params.name, JSON.stringify(params.arguments || {})));
  };
  bridge.onsizechange = ({ height }) => { if (height) iframe.style.height = height + "px"; };
  const ready = new Promise((resolve) => { bridge.oninitialized = resolve; });
  await bridge.connect(new McpHost.PostMessageTransport(iframe.contentWindow, iframe.contentWindow));
  iframe.srcdoc = html;
  await ready;
  await bridge.sendToolInput({ arguments: toolInput });
  await bridge.sendToolResult(result);
  window.bridge = bridge;
}
</script></body></html>"""


@pytest.fixture
def app(tmp_path: Path) -> App:
    return App.demo(Settings(cache_dir=tmp_path, index_background=False))


@pytest.fixture
async def client(app: App) -> AsyncIterator[Client]:
    async with Client(build_server(app)) as c:
        yield c


def wire(result: CallToolResult) -> dict[str, Any]:
    return result.model_dump(by_alias=True, exclude_none=True, mode="json")


async def view_html(client: Client, uri: str) -> str:
    read = await client.read_resource(uri)
    content = read.contents[0]
    assert content.mime_type == "text/html;profile=mcp-app"
    return str(content.text)  # type: ignore[union-attr]


async def open_view(browser: Any, client: Client, uri: str, tool: str, args: dict[str, Any],
                    theme: str = "light") -> tuple[Any, Any, dict[str, Any]]:
    result = wire(await client.call_tool(tool, args))
    html = await view_html(client, uri)
    page = await browser.new_page(viewport={"width": 760, "height": 2400}, color_scheme=theme)

    async def call_tool(name: str, arguments: str) -> str:
        return json.dumps(wire(await client.call_tool(name, json.loads(arguments))))

    await page.expose_function("pyCallTool", call_tool)
    bridge = (HERE / "host" / "app-bridge.js").read_text()
    await page.set_content(HOST_PAGE % {"bridge": bridge, "bg": "#16181d" if theme == "dark" else "#ffffff"})
    await page.evaluate("([html, input, result, theme]) => openView(html, input, result, theme)",
                        [html, args, result, theme])
    frame = page.frame_locator("#view")
    await frame.locator("body[data-rendered]").wait_for(timeout=10_000)
    return page, frame, result


async def test_views_are_listed_self_contained_and_bound_to_their_tools(client: Client) -> None:
    resources = {str(r.uri): r for r in (await client.list_resources()).resources}
    tools = {t.name: t for t in (await client.list_tools()).tools}
    for uri, tool in ((MEETING_VIEW, "show_meeting"), (DIGEST_VIEW, "show_digest")):
        assert resources[uri].mime_type == "text/html;profile=mcp-app"
        assert tools[tool].meta == {"ui": {"resourceUri": uri}}
        html = await view_html(client, uri)
        assert len(html.encode()) <= MAX_BYTES
        for outside in ("src=\"http", "href=\"http", "@import", "url(http", "<link "):
            assert outside not in html  # nothing fetched: the host's CSP would block it
    assert "io.modelcontextprotocol/ui" in (client.server_capabilities.extensions or {})


async def test_without_apps_the_tools_still_answer_in_text_and_structure(client: Client, app: App) -> None:
    meeting = await client.call_tool("show_meeting",
                                     {"conversation_id": dataset.LONG_MEETING_ID, "question": "pricing"})
    digest = await client.call_tool("show_digest", {"since": "2026-01-01"})
    text = meeting.content[0].text  # type: ignore[union-attr]
    s = meeting.structured_content or {}
    assert not meeting.is_error and "Talk time:" in text and "'pricing' comes up" in text
    assert s["speakers"] and abs(sum(sp["share"] for sp in s["speakers"]) - 100) < 0.5
    assert s["marks"] and all("pricing" in m["text"].lower() for m in s["marks"])
    assert len(s["marks"]) == 12 < s["mentions"] == len(meeting.meta["io.convo/timeline"]["marks"])  # type: ignore[index]
    assert meeting.meta and meeting.meta["io.convo/timeline"]["runs"]  # for the view, beside the text
    assert not digest.is_error and "hours in meetings" in digest.content[0].text  # type: ignore[union-attr]
    # honest costs: no AI generation, and the requests each made are in its text
    assert app.sandbox is not None and app.sandbox.stats.credits_spent() == 0
    # transcript + summary + the profile, read once for the account's zone (the start time's clock)
    assert f"{s['requests_made']} requests made" in text and s["requests_made"] == 3
    again = await client.call_tool("show_meeting", {"conversation_id": dataset.LONG_MEETING_ID})
    assert (again.structured_content or {})["requests_made"] == 0  # the second look is free


async def test_meeting_view_shows_speakers_timeline_and_reads_a_moment(client: Client, browser: Any) -> None:
    args = {"conversation_id": dataset.LONG_MEETING_ID, "question": "pricing"}
    page, frame, result = await open_view(browser, client, MEETING_VIEW, "show_meeting", args)
    data, timeline = result["structuredContent"], result["_meta"]["io.convo/timeline"]
    view = page.frames[1]
    assert await frame.locator("h1").inner_text() == data["title"]
    talk = await frame.locator("#talk").text_content() or ""
    for speaker in data["speakers"]:
        assert f"{speaker['share']:g}%" in await frame.locator("#talk").inner_html()
        assert speaker["name"] in talk
    assert await frame.locator("#timeline rect").count() == len(timeline["runs"])
    assert await frame.locator("#timeline").get_attribute("data-length") == str(data["length"])
    assert data["length"] > 3600 and data["segments"] == 1500
    assert await frame.locator("#timeline path.mark").count() == data["mentions"] == len(timeline["marks"])
    render_ms = await view.evaluate("window.__renderMs")
    print(f"meeting view: rendered {data['segments']} segments ({len(timeline['runs'])} runs) in {render_ms:.1f} ms")
    if os.environ.get("UPDATE_SCREENSHOTS"):
        await frame.locator("main").screenshot(path=str(SCREENSHOTS / "meeting-light.png"))
    # a person clicks the first mention: the view asks the host, which asks the server, for those lines
    first = data["marks"][0]
    await frame.locator("#marks button").first.click()
    await frame.locator("#lines p strong").first.wait_for(timeout=10_000)
    lines = await frame.locator("#lines").inner_text()
    calls = await page.evaluate("window.hostCalls")
    assert calls and calls[-1]["name"] == "get_transcript"
    assert calls[-1]["arguments"]["conversation_id"] == dataset.LONG_MEETING_ID
    assert first["text"][:40] in lines and first["speaker"] in lines
    assert "What was said around " + first["time"] in await frame.locator("#moment-h").inner_text()
    # and with the keyboard alone: focus the timeline, move, Enter
    timeline = frame.get_by_role("slider", name="Moment in the meeting")
    await timeline.focus()
    for _ in range(4):
        await page.keyboard.press("ArrowRight")
    await page.keyboard.press("Enter")
    with anyio.fail_after(10):
        while len(await page.evaluate("window.hostCalls")) < 2:
            await anyio.sleep(0.05)
    at = first["at"] + 4 * 30 - 10  # the cursor was at the mention; 4 steps of 30 s; lines from 10 s before
    assert (await page.evaluate("window.hostCalls"))[-1]["arguments"]["start"] == \
        f"{at // 3600:02d}:{at % 3600 // 60:02d}:{at % 60:02d}"
    assert await timeline.get_attribute("aria-valuenow") == str(at + 10)  # screen readers hear where it is
    await page.close()


async def test_meeting_view_opens_at_a_cited_line_and_highlights_it(client: Client, browser: Any) -> None:
    """A citation (conversation_id, segment_index) from search or verify_quotes opens the view at that
    line: the cursor at its moment, the lines around it shown, that one highlighted, with no tool call."""
    cid = dataset.LONG_MEETING_ID
    transcript = (await client.call_tool("get_transcript", {"conversation_id": cid, "offset": 700, "limit": 1}))
    cited = transcript.structured_content["transcript"]
    page, frame, result = await open_view(browser, client, MEETING_VIEW, "show_meeting",
                                          {"conversation_id": cid, "segment_index": 700})
    opened = result["structuredContent"]["opened_at"]
    assert opened["segment_index"] == 700 and [ln["segment_index"] for ln in opened["lines"]] == list(range(697, 704))
    mark = frame.locator("#lines p.cited")
    assert await mark.count() == 1 and await mark.get_attribute("data-segment") == "700"
    assert await mark.get_attribute("aria-current") == "true"
    said = next(ln for ln in opened["lines"] if ln["segment_index"] == 700)
    shown = await mark.inner_text()
    assert said["text"] in shown and said["speaker"] in shown and said["time"] in shown and said["text"] in cited
    assert await frame.locator("#lines p").count() == 7  # three lines either side, as said
    assert await frame.locator("#moment-h").inner_text() == f"Segment 700 at {said['time']}"
    assert await frame.locator("#timeline").get_attribute("aria-valuenow") == str(opened["at"])
    background = await mark.evaluate("e => getComputedStyle(e).backgroundColor")
    plain = await frame.locator("#lines p:not(.cited)").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background != plain  # it stands out
    assert await page.evaluate("window.hostCalls") == []  # the lines came with the result
    text = "\n".join(c["text"] for c in result["content"] if c["type"] == "text")
    assert f"Opened at segment 700: [{said['time']}] {said['speaker']}: {said['text']}" in text
    refused = await client.call_tool("show_meeting", {"conversation_id": cid, "segment_index": 99_999})
    assert refused.is_error and "no segment 99999" in refused.content[0].text  # type: ignore[union-attr]
    await page.close()


async def test_meeting_view_follows_the_hosts_dark_theme(client: Client, browser: Any) -> None:
    args = {"conversation_id": sorted(dataset.KEYPOINTS_READY_IDS)[0]}
    page, frame, _ = await open_view(browser, client, MEETING_VIEW, "show_meeting", args, theme="dark")
    background = await frame.locator("body").evaluate("b => getComputedStyle(b).backgroundColor")
    assert background == "rgb(22, 24, 29)"
    assert await frame.locator("#keypoints h3", has_text="Action items").count() == 1
    if os.environ.get("UPDATE_SCREENSHOTS"):
        await frame.locator("main").screenshot(path=str(SCREENSHOTS / "meeting-dark.png"))
    await page.close()


async def test_digest_view_groups_action_items_and_filters_by_owner(client: Client, browser: Any) -> None:
    args = {"since": "2026-01-01"}
    for theme in ("light", "dark"):
        page, frame, result = await open_view(browser, client, DIGEST_VIEW, "show_digest", args, theme=theme)
        data = result["structuredContent"]
        owner, count = next(iter(data["owners"].items()))
        assert await frame.locator("#days rect").count() == len(data["days"])
        assert await frame.locator("section.owner").count() == len(data["owners"])
        await frame.get_by_label("Owner").select_option(owner)
        shown = frame.locator("#items li")
        assert await shown.count() == count
        mine = [i["item"] for i in data["items"] if i["owner"] == owner]
        texts = await shown.all_inner_texts()
        assert all(any(t.startswith(item) for t in texts) for item in mine)
        assert await frame.locator("section.owner h3").inner_text() == f"{owner} ({count})"
        if os.environ.get("UPDATE_SCREENSHOTS"):
            await frame.get_by_label("Owner").select_option("")
            await frame.locator("main").screenshot(path=str(SCREENSHOTS / f"digest-{theme}.png"))
        await page.close()


async def test_views_read_the_accounts_clock_and_say_what_their_figures_are(client: Client, browser: Any) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    args = {"conversation_id": sorted(dataset.KEYPOINTS_READY_IDS)[0]}
    page, frame, result = await open_view(browser, client, MEETING_VIEW, "show_meeting", args)
    data = result["structuredContent"]
    assert data["time_zone"] == "America/New_York"  # the demo profile's zone, not the browser's (UTC here)
    start = datetime.fromisoformat(data["start"].replace("Z", "+00:00")).astimezone(ZoneInfo("America/New_York"))
    meta = await frame.locator("#meta").inner_text()
    assert f"{start:%H:%M}" in meta and start.tzname() in meta, meta
    text = result["content"][0]["text"]
    assert f"{start:%Y-%m-%d %H:%M} {start.tzname()}" in text  # the model reads the same clock
    await page.close()

    page, frame, result = await open_view(browser, client, DIGEST_VIEW, "show_digest",
                                          {"since": "2026-01-01", "owner": "Dana"})
    data = result["structuredContent"]
    assert await frame.locator("#zone").inner_text() == "Days in America/New_York"
    # each bar's figure is the time its height shows; the meeting count is written beneath it
    figures = await frame.locator("#days text.bar-figure").evaluate_all("ts => ts.map(t => t.textContent)")
    span = [f"{m // 60}h{m % 60:02d}" if m >= 60 and m % 60 else f"{m // 60}h" if m >= 60 else f"{m}m"
            for m in (d["minutes"] for d in data["days"])]
    assert figures == span
    heights = [float(h or 0) for h in await frame.locator("#days rect").evaluate_all(
        "rs => rs.map(r => r.getAttribute('height'))")]
    by_minutes = sorted(range(len(heights)), key=lambda i: data["days"][i]["minutes"])
    assert [heights[i] for i in by_minutes] == sorted(heights)
    # opened on one owner: the list says everyone's count for "Everyone", and is set on the owner
    select = frame.get_by_label("Owner")
    dana = next(o for o in data["owners"] if o.startswith("Dana"))
    assert data["owner"] == dana and await select.input_value() == dana
    everyone = await frame.locator("#owner option").first.inner_text()
    assert everyone == f"Everyone ({sum(data['owners'].values())})" and sum(data["owners"].values()) > \
        data["owners"][dana]
    assert await frame.locator("#items li").count() == data["owners"][dana]
    await page.close()


async def test_digest_view_shows_the_promise_board_by_owner(client: Client, browser: Any) -> None:
    await client.call_tool("search_meetings", {"query": "anything", "deep": True})  # index the demo transcripts
    page, frame, result = await open_view(browser, client, DIGEST_VIEW, "show_digest", {"since": "2026-01-01"})
    board = result["structuredContent"]["promises"]
    assert board, "the demo meetings say promises"
    rows = await frame.locator("#board tbody tr").evaluate_all(
        "rs => rs.map(r => [...r.children].map(c => c.textContent))")
    assert rows == [[o, str(n["open"]), str(n["slipped"]), str(n["done"])] for o, n in board.items()]
    assert "Promises said in the period" in result["content"][0]["text"]
    first = next(iter(board))
    assert f"{first} {board[first]['open']} open" in result["content"][0]["text"]
    await page.close()
