"""``convo://`` resources. Reading a resource never spends an AI generation: keypoints and
feedback resources show what already exists and say so when nothing does."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from mcp.server import MCPServer

from convo_mcp.app import App
from convo_mcp.errors import ConvoError, InvalidArgumentError, NotFoundError
from convo_mcp.render import conversation_line, feedback_text, keypoints_text, transcript_text, turns
from convo_mcp.uris import ACCOUNT, COMMITMENTS, CONVERSATION, FEEDBACK, KEYPOINTS, RECENT, TRANSCRIPT, TRANSCRIPT_AT

if TYPE_CHECKING:
    from convo_mcp.convo.models import Conversation
    from convo_mcp.source import ServiceSource


def _refusal(exc: ConvoError) -> str:
    return f"[{exc.code}] {exc.message} {exc.hint}".strip()


async def find_conversation(source: ServiceSource, conversation_id: str) -> Conversation | None:
    service = source.current_service()
    known = await service.known_conversation(conversation_id)
    if known is not None:
        return known
    everything, _ = await service.all_conversations()
    return next((c for c in everything if c.id == conversation_id), None)


def register_resources(server: MCPServer, app: App, source: ServiceSource) -> None:
    @server.resource(RECENT, name="recent-conversations", title="Recent conversations", mime_type="text/plain",
                     description="The 50 most recent meetings, one line each.")
    async def recent() -> str:
        service = source.current_service()
        page = (await service.list_conversations(limit=50)).value
        zone = await service.zone()
        return "\n".join(conversation_line(c, zone) for c in page.conversations) or "No conversations."

    @server.resource(ACCOUNT, name="account", title="Convo account", mime_type="application/json",
                     description="Plan and remaining API requests and AI generations.")
    async def account() -> str:
        service = source.current_service()
        p = (await service.profile()).value
        budget = service.budget()
        return json.dumps({
            "plan": p.subscription.tier,
            "ai_generations": p.api_usage.ai_generations.model_dump(mode="json", exclude_none=True),
            "requests": {"remaining": budget.remaining, "limit": budget.limit},
            "demo": app.is_demo,
        })

    @server.resource(CONVERSATION, name="conversation", title="Conversation", mime_type="application/json",
                     description="One meeting's metadata.")
    async def conversation(id: str) -> str:
        try:
            found = await find_conversation(source, id)
        except ConvoError as exc:
            return json.dumps({"error": exc.to_dict()})
        if found is None:
            return json.dumps({"error": NotFoundError().to_dict()})
        return found.model_dump_json(by_alias=True, exclude_none=True)

    @server.resource(TRANSCRIPT, name="transcript", title="Transcript", mime_type="text/plain",
                     description="The whole transcript as '[HH:MM:SS] Speaker: text'.")
    async def transcript(id: str) -> str:
        try:
            segs = (await source.current_service().transcript(id)).value.segments
        except ConvoError as exc:
            return _refusal(exc)
        origin = next((s.timestamp for s in segs if s.timestamp), None)
        return transcript_text(turns(list(enumerate(segs)), origin))

    @server.resource(TRANSCRIPT_AT, name="transcript_at", title="A cited line", mime_type="text/plain",
                     description="One transcript line (a citation's segment_index) marked ▶, with ten lines "
                                 "either side.")
    async def transcript_at(id: str, segment_index: str) -> str:
        if not segment_index.isdigit():
            return _refusal(InvalidArgumentError(
                f"segment_index {segment_index[:20]!r} is not a whole number.",
                hint="Use the segment_index a citation gives, e.g. .../transcript/42."))
        try:
            segs = (await source.current_service().transcript(id)).value.segments
        except ConvoError as exc:
            return _refusal(exc)
        at = int(segment_index)
        if at >= len(segs):
            return _refusal(InvalidArgumentError(f"{id} has {len(segs)} segments: no segment {at}.",
                                                 hint=f"Use a segment_index from 0 to {len(segs) - 1}."))
        origin = next((s.timestamp for s in segs if s.timestamp), None)
        lo, hi = max(0, at - 10), min(len(segs), at + 11)
        return "\n".join(("▶ " if t.index == at else "  ") + transcript_text([t])
                         for t in (turns([(i, segs[i])], origin)[0] for i in range(lo, hi)))

    @server.resource(KEYPOINTS, name="keypoints", title="Keypoints", mime_type="text/markdown",
                     description="Existing keypoints only; never generates.")
    async def keypoints(id: str) -> str:
        try:
            out = await source.current_service().keypoints(id)
        except ConvoError as exc:
            return _refusal(exc)
        return keypoints_text(out.value) if out else "No keypoints generated yet (see the generate_keypoints tool)."

    @server.resource(COMMITMENTS, name="commitments", title="Promises by one person", mime_type="text/plain",
                     description="What one person promised in meetings and whether it was done (track_commitments).")
    async def commitments(owner: str) -> str:
        from datetime import timedelta

        from convo_mcp.insights.ledger_view import FOOT, WINDOW_DAYS, head_lines, promise_line, view
        from convo_mcp.search.storage import Filters

        service = source.current_service()
        if service.ledger is None:
            return _refusal(InvalidArgumentError("The local search index is turned off on this server, and promises "
                                                 "are read from it."))
        who = unquote(owner).strip()
        zone = await service.zone(read=False)
        book = await service.ledger.book(zone)
        now = service.now()
        lo = datetime.combine(zone.day(now - timedelta(days=WINDOW_DAYS)), datetime.min.time(), zone.tz)
        known = (await service.index.coverage(Filters.of(lo, None))).known if service.index is not None else 0
        v = view(book, zone.day(lo), None, lo, None, known, who)
        lines = [*head_lines(v, who), *(promise_line(p, book.titles, zone.day(now)) for p in v.chosen[:200])]
        if len(v.chosen) > 200:
            lines.append(f"And {len(v.chosen) - 200} older ones (track_commitments pages through them).")
        lines.append(f"The last {WINDOW_DAYS} days, as track_commitments shows by default; read from {v.read} of "
                     f"{v.known} meetings in range, no request, no AI generation. {FOOT}")
        return "\n".join(lines)

    @server.resource(FEEDBACK, name="feedback", title="Coaching feedback", mime_type="text/markdown",
                     description="Existing feedback only; never generates.")
    async def feedback(id: str) -> str:
        try:
            out = await source.current_service().feedback(id)
        except ConvoError as exc:
            return _refusal(exc)
        return feedback_text(out.value) if out else "No feedback generated yet (see the generate_feedback tool)."


async def complete_owner(source: ServiceSource, prefix: str) -> list[str]:
    """People who made promises, whose name starts with (or has a word starting with) what was typed."""
    service = source.current_service()
    if service.ledger is None:
        return []
    book = await service.ledger.book(await service.zone(read=False))
    needle = unquote(prefix).casefold()
    return [quote(o) for o in book.owners() if any(w.startswith(needle) for w in [o.casefold(), *o.casefold().split()])]


async def complete_conversation_id(source: ServiceSource, prefix: str, limit: int | None = 20) -> list[str]:
    """Ids whose id starts with, or whose title contains, what was typed (recent 100 meetings);
    at most `limit` of them (all with ``None``)."""
    page = (await source.current_service().list_conversations(limit=100)).value
    needle = prefix.casefold()
    hits = [c.id for c in page.conversations
            if c.id.casefold().startswith(needle) or needle in (c.title or "").casefold()]
    return hits[:limit]
