"""Conversation tools: list, transcript (paged to fit the context), share, rename, delete."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, Field

from convo_mcp.convo.models import Conversation, Segment
from convo_mcp.dates import Instant
from convo_mcp.errors import InvalidArgumentError
from convo_mcp.outcome import Outcome
from convo_mcp.render import conversation_line, origin, parse_offset, provenance, transcript_text, turns
from convo_mcp.service import ConvoService
from convo_mcp.tools._args import ConversationId, DateArg, Until, period
from convo_mcp.tools._confirm import DeleteAnswer, ShareAnswer, confirmed, needs_confirmation
from convo_mcp.tools._define import Output, tool


class ConversationItem(BaseModel):
    id: str
    title: str | None = None
    start: Instant | None = None
    minutes: int | None = None  # whole minutes, as everywhere
    segments: int | None = None


class ConversationList(Output):
    conversations: list[ConversationItem]
    total: int | None = None
    offset: int
    next_offset: int | None = None
    source: str
    age_seconds: float = 0


class TranscriptPage(Output):
    conversation_id: str
    total_segments: int
    offset: int
    next_offset: int | None = Field(None, description="pass as offset to read on; omitted at the end")
    returned: int
    first_segment: int | None = None
    last_segment: int | None = None
    speakers: list[str]
    transcript: str = Field(description="'[HH:MM:SS] Speaker: text' lines, times from the meeting start")
    source: str


class ShareOutput(Output):
    conversation_id: str
    shared: bool
    share_url: str | None = None
    message: str


class RenameOutput(Output):
    conversation_id: str
    title: str | None = None


class DeleteOutput(Output):
    conversation_id: str
    deleted: bool
    message: str


# Words that say when, not what: not looked for in titles.
_WHEN_WORDS = frozenset({"today", "yesterday", "tomorrow", "last", "this", "next", "week", "month", "meeting",
                         "meetings", "call", "calls", "the", "a", "an", "of", "with", "and", "on", "in"})


def title_matches(search: str, conversations: list[Conversation]) -> list[Conversation]:
    """Meetings whose titles hold the search's words (most words first), when Convo's own title
    search found nothing: "weekly standup yesterday" finds "Weekly standup"."""
    words = [w for w in re.findall(r"[^\W_]+", search.casefold()) if w not in _WHEN_WORDS and len(w) > 1]
    scored = [(sum(w in (c.title or "").casefold() for w in words), c) for c in conversations]
    best = max((n for n, _ in scored), default=0)
    return [c for n, c in scored if n and n == best and n * 2 >= len(words)]


async def _listing(svc: ConvoService, search: str | None, since: datetime | None, until: datetime | None,
                   limit: int, offset: int) -> tuple[list[Conversation], int | None, Outcome[Any] | None]:
    """One page of meetings: Convo's page as it is, or, with ``until`` or a title search that found
    nothing, a page of every listed meeting (100 a request, cached) filtered here."""
    if until is None:
        out = await svc.list_conversations(limit=limit, offset=offset, search=search, since=since)
        if out.value.conversations or not search or offset:
            return out.value.conversations, out.value.pagination.total, out
        kept = title_matches(search, (await svc.all_conversations(since=since))[0])
    else:
        kept, _ = await svc.all_conversations(search=search, since=since)
        if search and not kept:
            kept = title_matches(search, (await svc.all_conversations(since=since))[0])
        kept = [c for c in kept if c.start_time is None or c.start_time < until]
    return kept[offset:offset + limit], len(kept), None


@tool("list_conversations", "List conversations", toolset="conversations", kind="read",
      description="Recent meetings, newest first.")
async def list_conversations(
    svc: ConvoService,
    search: Annotated[str | None, Field(description="Title words", max_length=200)] = None,
    since: DateArg = None,
    until: Until = None,
    limit: Annotated[int, Field(ge=1, le=100)] = 20,
    offset: Annotated[int, Field(ge=0, le=100_000)] = 0,
) -> tuple[ConversationList, str]:
    zone, lo, hi = await period(svc, since, until)
    start = lo if since and since.strip() else None  # without since: every meeting up to until
    convs, total, out = await _listing(svc, search, start, hi, limit, offset)
    end = offset + len(convs)
    next_offset = end if total is not None and end < total else None
    items = [ConversationItem(id=c.id, title=c.title, start=c.start_time, segments=c.segment_count,
                              minutes=round(c.duration) if c.duration is not None else None) for c in convs]
    lines = [conversation_line(c, zone) for c in convs]
    if lines:
        lines.append(f"{offset + 1}–{end} of {total if total is not None else '?'}"
                     + (f"; more with offset={next_offset}" if next_offset is not None else ""))
    else:
        lines.append("No conversations match" + (f" past offset {offset} ({total} in all)." if offset else "."))
    if out is not None and (note := provenance(out)):
        lines.append(note)
    model = ConversationList(conversations=items, total=total, offset=offset, next_offset=next_offset,
                             source=out.source if out else "listed", age_seconds=round(out.age_s) if out else 0)
    return model, "\n".join(lines)


def pick_segments(
    segs: list[Segment], offset: int, *, limit: int | None, speaker: str | None,
    lo: float | None, hi: float | None, max_chars: int,
) -> tuple[list[int], int | None]:
    """Indexes of the segments one transcript page shows, and where the next page starts."""
    zero = origin(segs)
    who = speaker.casefold() if speaker else None
    picked: list[int] = []
    used, i, stop = 0, offset, len(segs)
    while i < stop:
        seg = segs[i]
        rel = (seg.timestamp - zero).total_seconds() if seg.timestamp and zero else 0.0
        if hi is not None and rel > hi:
            return picked, None
        if (lo is None or rel >= lo) and (who is None or who in (seg.speaker or "").casefold()):
            cost = len(seg.text) + len(seg.speaker or "") + 14
            if picked and (used + cost > max_chars or (limit is not None and len(picked) >= limit)):
                break
            picked.append(i)
            used += cost
        i += 1
    return picked, i if i < stop else None


@tool("get_transcript", "Read a transcript", toolset="conversations", kind="read",
      description="Transcript lines '[HH:MM:SS] Speaker: text', paged; by speaker or time.")
async def get_transcript(
    svc: ConvoService,
    conversation_id: ConversationId,
    offset: Annotated[int, Field(ge=0, le=1_000_000)] = 0,
    limit: Annotated[int | None, Field(ge=1, le=5000)] = None,
    speaker: Annotated[str | None, Field(max_length=100)]
    = None,
    start: Annotated[str | None, Field(description="HH:MM:SS")]
    = None,
    end: str | None = None,
    max_chars: Annotated[int, Field(ge=1000, le=200_000)] = 25_000,
) -> tuple[TranscriptPage, str]:
    try:
        lo = parse_offset(start) if start else None
        hi = parse_offset(end) if end else None
    except ValueError:
        raise InvalidArgumentError("start/end must look like 01:02:03, 12:30 or 45 (minutes).") from None
    out = await svc.transcript(conversation_id)
    segs = out.value.segments
    picked, next_offset = pick_segments(segs, offset, limit=limit, speaker=speaker, lo=lo, hi=hi, max_chars=max_chars)
    joined = turns([(p, segs[p]) for p in picked], origin(segs))  # consecutive segments of one speaker: one line
    rendered = transcript_text(joined)
    first, last = (picked[0], picked[-1]) if picked else (None, None)
    head = f"Transcript {conversation_id}: segments {first}–{last} of {len(segs)}, as {len(joined)} speaker turns" \
        if picked else \
        f"Transcript {conversation_id}: no segments match from offset {offset} ({len(segs)} in all)"
    tail = f"More: offset={next_offset}" if next_offset is not None else "End of transcript."
    text = "\n".join(x for x in (head, rendered, tail, provenance(out)) if x)
    model = TranscriptPage(conversation_id=conversation_id, total_segments=len(segs), offset=offset,
                           next_offset=next_offset, returned=len(picked), first_segment=first,
                           last_segment=last, speakers=sorted({s.speaker for s in segs if s.speaker}),
                           transcript=rendered, source=out.source)
    return model, text


@tool("share_conversation", "Share a conversation", toolset="conversations", kind="publish",
      description="Create a public share link. Asks to confirm.")
async def share_conversation(
    svc: ConvoService,
    conversation_id: ConversationId,
    confirm: Annotated[bool, Field(description="true once the user agreed to publish a public link")] = False,
    answer: ShareAnswer = None,
) -> tuple[ShareOutput, str]:
    if not confirmed(answer, confirm):
        msg = needs_confirmation("creates a public link that anyone with it can open")
        return ShareOutput(conversation_id=conversation_id, shared=False, message=msg), msg
    out = await svc.edits.share(conversation_id)
    msg = f"Public link: {out.value.share_url}"
    return ShareOutput(conversation_id=conversation_id, shared=True, share_url=out.value.share_url, message=msg), msg


@tool("rename_conversation", "Rename a conversation", toolset="conversations", kind="write",
      description="Change a conversation's title.")
async def rename_conversation(
    svc: ConvoService,
    conversation_id: ConversationId,
    title: Annotated[str, Field(min_length=1, max_length=200)],
) -> tuple[RenameOutput, str]:
    out = await svc.edits.rename(conversation_id, title)
    return RenameOutput(conversation_id=conversation_id, title=out.value.title), f"Renamed to: {out.value.title}"


@tool("delete_conversation", "Delete a conversation", toolset="conversations", kind="destructive",
      description="Delete a conversation (soft delete). Asks to confirm.")
async def delete_conversation(
    svc: ConvoService,
    conversation_id: ConversationId,
    confirm: Annotated[bool, Field(description="true once the user agreed to delete")] = False,
    answer: DeleteAnswer = None,
) -> tuple[DeleteOutput, str]:
    if not confirmed(answer, confirm):
        msg = needs_confirmation("deletes this conversation (Convo support can recover it)")
        return DeleteOutput(conversation_id=conversation_id, deleted=False, message=msg), msg
    await svc.edits.delete(conversation_id)  # the service notifies subscribers of what it removed
    msg = f"Deleted {conversation_id} (soft delete: Convo support can recover it)."
    return DeleteOutput(conversation_id=conversation_id, deleted=True, message=msg), msg


TOOLS = [list_conversations, get_transcript, share_conversation, rename_conversation, delete_conversation]
