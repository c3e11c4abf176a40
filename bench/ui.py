"""The MCP Apps views: each view's size, and how long the meeting view takes to draw a 2-hour,
1,500-segment meeting once the tool result arrives, in headless Chromium through the official host
library (the browser tests' host page). Needs Debian's chromium and the test extra (Playwright).

    .venv/bin/python bench/ui.py [--runs 7]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import tempfile
from pathlib import Path

from mcp import Client
from playwright.async_api import async_playwright

from convo_mcp.app import App
from convo_mcp.config import Settings
from convo_mcp.sandbox import dataset
from convo_mcp.server import build_server
from convo_mcp.ui import DIGEST_VIEW, MEETING_VIEW
from convo_mcp.ui.views import page

ROOT = Path(__file__).resolve().parents[1]
HOST = """<!doctype html><html><body><iframe id="v" sandbox="allow-scripts" style="width:760px;height:900px"></iframe>
<script>%s</script><script>
async function openView(html, result) {
  const iframe = document.getElementById("v");
  const bridge = new McpHost.AppBridge(null, {name: "bench", version: "1.0.0"}, {serverTools: {}},
                                       {hostContext: {theme: "light"}});
  const ready = new Promise((r) => { bridge.oninitialized = r; });
  await bridge.connect(new McpHost.PostMessageTransport(iframe.contentWindow, iframe.contentWindow));
  iframe.srcdoc = html;
  await ready;
  await bridge.sendToolResult(result);
}
</script></body></html>"""


async def main(runs: int) -> None:
    for name, uri in (("meeting.html", MEETING_VIEW), ("digest.html", DIGEST_VIEW)):
        print(f"{uri}: {len(page(name).encode()) / 1024:.1f} KB")
    with tempfile.TemporaryDirectory() as tmp:
        app = App.demo(Settings(cache_dir=Path(tmp), index_background=False, log_level="error"))
        async with Client(build_server(app)) as client:
            result = await client.call_tool("show_meeting", {"conversation_id": dataset.LONG_MEETING_ID,
                                                             "question": "pricing"})
    wire = result.model_dump(by_alias=True, exclude_none=True, mode="json")
    data = wire["structuredContent"]
    bridge = (ROOT / "tests" / "ui" / "host" / "app-bridge.js").read_text()
    times = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=shutil.which("chromium"), headless=True,
                                          args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        for _ in range(runs):
            tab = await browser.new_page()
            await tab.set_content(HOST % bridge)
            await tab.evaluate("([html, result]) => openView(html, result)", [page("meeting.html"), wire])
            await tab.frame_locator("#v").locator("body[data-rendered]").wait_for()
            times.append(await tab.frames[1].evaluate("window.__renderMs"))
            await tab.close()
        await browser.close()
    runs_drawn = len(wire["_meta"]["io.convo/timeline"]["runs"])
    print(f"meeting view, {data['segments']} segments ({runs_drawn} speaker runs, {data['length'] // 60} min): "
          f"rendered in median {statistics.median(times):.1f} ms, max {max(times):.1f} ms over {runs} loads "
          f"(target ≤ 200 ms)")
    print(f"tool result for it: {len(json.dumps(wire)) / 1024:.1f} KB (timeline in _meta: "
          f"{len(json.dumps(wire['_meta'])) / 1024:.1f} KB)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    asyncio.run(main(parser.parse_args().runs))
