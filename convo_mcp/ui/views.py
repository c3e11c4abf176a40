"""The ``ui://`` resources: each view one self-contained HTML document (its CSS and script inline,
nothing fetched), assembled from ``static/`` when the server starts, and the MCP Apps extension
that serves them and advertises the capability."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from mcp.server.apps import Apps

from convo_mcp.ui import DIGEST_VIEW, MEETING_VIEW

MAX_BYTES = 150_000  # a view's whole document


@cache
def page(name: str) -> str:
    static = files("convo_mcp.ui") / "static"
    html = (static / name).read_text(encoding="utf-8")
    html = html.replace("/*COMMON_CSS*/", (static / "common.css").read_text(encoding="utf-8"))
    html = html.replace("/*BRIDGE_JS*/", (static / "bridge.js").read_text(encoding="utf-8"))
    html = html.replace("/*VIEW_JS*/", (static / "view.js").read_text(encoding="utf-8"))
    assert len(html.encode()) <= MAX_BYTES, f"{name} is {len(html.encode())} bytes"
    return html


def apps() -> Apps:
    extension = Apps()
    extension.add_html_resource(MEETING_VIEW, page("meeting.html"), name="meeting-view", title="Meeting",
                                description="A meeting's speakers, timeline, summary and the moments a question "
                                            "comes up (for show_meeting)", prefers_border=True)
    extension.add_html_resource(DIGEST_VIEW, page("digest.html"), name="digest-view", title="Meetings in a period",
                                description="Meetings per day, hours, and open action items by owner "
                                            "(for show_digest)", prefers_border=True)
    return extension
