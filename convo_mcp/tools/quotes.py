"""``verify_quotes``: each quote checked against the transcript of the meeting it is said to be from:
said or not, by whom, when, in these words (:mod:`convo_mcp.insights.quotes`). No AI generation; no
request for a meeting the index holds, at most one transcript read for one it does not (within the
hourly budget), after which it is indexed."""

from __future__ import annotations

import re
from collections import OrderedDict
from datetime import datetime
from typing import Annotated, Literal

import anyio.to_thread
from pydantic import BaseModel, Field

from convo_mcp.errors import ConvoError, InvalidArgumentError, NotFoundError
from convo_mcp.insights.quotes import Check, Claim, Meeting, Said, said_lines
from convo_mcp.render import hms, parse_offset
from convo_mcp.search.query import parse_query
from convo_mcp.search.storage import Filters
from convo_mcp.service import ConvoService
from convo_mcp.tools._args import ConversationId
from convo_mcp.tools._define import Output, tool

KEPT = 16  # meetings kept in normal form between calls (~0.3 MB each; made again when the index changes)
_kept: OrderedDict[tuple[int, str, int], Meeting] = OrderedDict()
Verdict = Literal["verified", "misattributed", "wrong_time", "altered", "not_found", "unchecked"]


class QuoteIn(BaseModel):
    conversation_id: ConversationId
    text: Annotated[str, Field(min_length=1, max_length=2000)]
    speaker: Annotated[str | None, Field(max_length=100)] = None
    time: Annotated[str | None, Field(max_length=40, description="HH:MM:SS or ISO")] = None
    segment_index: Annotated[int | None, Field(ge=0)] = None


class Citation(BaseModel):
    conversation_id: str
    segment_index: int
    time: str | None = Field(None, description="HH:MM:SS from the meeting's start")
    speaker: str | None = None


class Difference(BaseModel):
    kind: Literal["negation", "number", "date", "name", "word", "speakers"]
    said: str = Field(description="The words said (empty: the quote adds words)")
    quoted: str = Field(description="The words quoted (empty: the quote leaves words out)")


class QuoteCheck(BaseModel):
    verdict: Verdict
    conversation_id: str
    quote: str
    said: str | None = Field(None, description="The line(s) actually said, closest first")
    speaker: str | None = None
    time: str | None = None
    segment_index: int | None = None
    citation: Citation | None = None
    differences: list[Difference] = Field(default_factory=list, description="What differs (altered)")
    found_in: Citation | None = Field(None, description="Not found here, but said in this meeting of yours")
    note: str | None = None


class VerifyOutput(Output):
    results: list[QuoteCheck]
    verified: int
    flagged: int
    unchecked: int
    requests_made: int = 0
    ai_generations: int = 0


@tool("verify_quotes", "Verify quotes", toolset="search", kind="read", described=("results",),
      description="Check quotes against transcripts: said, by whom, when, in these words? Check each quote "
                  "before showing it. No AI; 0 requests when indexed.")
async def verify_quotes(
    svc: ConvoService,
    quotes: Annotated[list[QuoteIn], Field(min_length=1, max_length=50)],
) -> tuple[VerifyOutput, str]:
    made = svc.requests_made()
    claims = [_claim(n, q) for n, q in enumerate(quotes)]
    meetings: dict[str, Meeting | str] = {}
    for cid in dict.fromkeys(q.conversation_id for q in quotes):
        meetings[cid] = await _meeting(svc, cid)
    # the words of every quote compared in a worker thread: fifty quotes are tens of milliseconds of matching
    checks = await anyio.to_thread.run_sync(lambda: [
        m.check(c) if isinstance(m := meetings[q.conversation_id], Meeting) else None
        for q, c in zip(quotes, claims, strict=True)])
    results = [await _result(svc, q, c, meetings[q.conversation_id], check)
               for q, c, check in zip(quotes, claims, checks, strict=True)]
    ok = sum(r.verdict == "verified" for r in results)
    unchecked = sum(r.verdict == "unchecked" for r in results)
    model = VerifyOutput(results=results, verified=ok, flagged=len(results) - ok - unchecked, unchecked=unchecked,
                         requests_made=svc.requests_made() - made)
    return model, verify_text(model)


def _claim(n: int, q: QuoteIn) -> Claim:
    seconds = at = None
    if q.time and q.time.strip():
        t = q.time.strip()
        if len(t) >= 10 and t[4] == "-":
            try:
                stamp = datetime.fromisoformat(t.replace("Z", "+00:00"))
            except ValueError:
                stamp = None
            if stamp is None or stamp.tzinfo is None:
                raise InvalidArgumentError(f"quotes[{n}].time {t[:40]!r} is not an ISO date-time with its zone.",
                                           hint="Give HH:MM:SS from the meeting's start, or e.g. 2026-11-20T14:03:10Z.")
            at = stamp.timestamp()
        else:
            try:
                seconds = parse_offset(t)
            except (ValueError, InvalidArgumentError):
                raise InvalidArgumentError(
                    f"quotes[{n}].time {t[:40]!r} is not a time.",
                    hint="Give HH:MM:SS from the meeting's start (or an ISO date-time).") from None
    return Claim(q.text, q.speaker.strip() if q.speaker and q.speaker.strip() else None, seconds, at, q.segment_index)


async def _meeting(svc: ConvoService, cid: str) -> Meeting | str:
    """The meeting's lines in normal form, or why they could not be read (a note for its quotes)."""
    indexer = svc.index
    key = (id(indexer), cid, indexer.generation if indexer is not None else 0)
    if key in _kept:
        _kept.move_to_end(key)
        return _kept[key]
    rows = await indexer.said(cid) if indexer is not None else None
    if rows is None:
        peek = await svc.peek_transcript(cid)
        if peek is None and svc.spendable_requests() == 0:
            resets = svc.budget_resets_at()
            return ("not checked: its transcript is not indexed and the hourly request budget is spent"
                    + (f" (it resets at {resets:%H:%M} UTC)" if resets else "") + "; ask again after that")
        try:
            transcript = peek.value if peek is not None else (await svc.transcript(cid)).value
            if transcript is None:
                return "not checked: this meeting has no transcript yet"
        except NotFoundError:
            return "missing"
        except ConvoError as exc:
            return f"not checked: its transcript could not be read ({exc.message})"
        rows = [(i, s.speaker, None, s.text, s.timestamp.timestamp() if s.timestamp else None)
                for i, s in enumerate(transcript.segments) if s.text.strip()]
        first = next((r[4] for r in rows if r[4] is not None), None)
        rows = [(i, who, at - first if at is not None and first is not None else None, text, at)
                for i, who, _, text, at in rows]
        key = (id(indexer), cid, indexer.generation if indexer is not None else 0)
    said = rows
    meeting = await anyio.to_thread.run_sync(lambda: Meeting.of(said_lines(said)))  # every line in normal form
    _kept[key] = meeting
    while len(_kept) > KEPT:
        _kept.popitem(last=False)
    return meeting


def _cite(cid: str, line: Said) -> Citation:
    return Citation(conversation_id=cid, segment_index=line.segment_index,
                    time=hms(line.start) if line.start is not None else None, speaker=line.speaker)


async def _result(svc: ConvoService, q: QuoteIn, claim: Claim, meeting: Meeting | str,
                  check: Check | None) -> QuoteCheck:
    base = {"conversation_id": q.conversation_id, "quote": q.text}
    if meeting == "missing":  # the same words whether it never existed or is another account's
        return QuoteCheck(verdict="not_found", note="No meeting with this id in your account.", **base)
    if isinstance(meeting, str) or check is None:
        return QuoteCheck(verdict="unchecked", note=str(meeting), **base)
    if not check.lines:
        return QuoteCheck(verdict="not_found", found_in=await _elsewhere(svc, q), **base)
    first = check.lines[0]
    cite = _cite(q.conversation_id, first)
    note = _note(check, claim)
    return QuoteCheck(verdict=check.verdict, said=" ".join(ln.text for ln in check.lines), speaker=first.speaker,
                      time=cite.time, segment_index=first.segment_index, citation=cite,
                      differences=[Difference(kind=d.kind, said=d.said, quoted=d.quoted)
                                   for d in check.differences], note=note, **base)


def _note(check: Check, claim: Claim) -> str | None:
    if check.verdict == "verified" and not check.exact:
        return "Said in nearly these words (only minor words such as 'just' or 'the' differ)."
    if check.verdict == "verified" and claim.speaker and not any(ln.speaker for ln in check.lines):
        return "The transcript does not say who spoke this line: the speaker was not checked."
    return None


async def _elsewhere(svc: ConvoService, q: QuoteIn) -> Citation | None:
    """Where else in the account's indexed meetings these words were said (a phrase of them looked up)."""
    if svc.search is None:
        return None
    runs = [r.split() for r in re.split(r"[^\w\s]+|\b\w*\d\w*\b", q.text)]  # words between punctuation
    run = max(runs, key=len, default=[])
    if len(run) < 3:
        return None
    phrase = " ".join(run[:8])
    try:
        page, _ = await svc.search.find(parse_query(f'"{phrase}"'), Filters(), limit=3, per_meeting=0)
    except ConvoError:
        return None
    for mh in page.meetings:
        if mh.meeting.id == q.conversation_id:
            continue
        other = await _meeting(svc, mh.meeting.id)
        if isinstance(other, Meeting):
            found = await anyio.to_thread.run_sync(other.check, Claim(q.text))
            if found.verdict == "verified" and found.lines:
                return _cite(mh.meeting.id, found.lines[0])
    return None


def verify_text(r: VerifyOutput) -> str:
    head = f"{r.verified} of {len(r.results)} quotes verified"
    if r.flagged:
        head += f"; {r.flagged} flagged (do not show them as said)"
    if r.unchecked:
        head += f"; {r.unchecked} not checked"
    lines = [head + "."]
    for n, c in enumerate(r.results, 1):
        mark = "✓" if c.verdict == "verified" else "?" if c.verdict == "unchecked" else "✗"
        where = (f"[{c.time}] " if c.time else "") + (c.speaker or "?") + (
            f", segment {c.segment_index}" if c.segment_index is not None else "")
        line = f"{n}. {mark} {c.verdict} — \"{_short(c.quote)}\""
        if c.verdict == "verified":
            line += f" — {where} ({c.conversation_id})"
        elif c.verdict == "misattributed":
            line += f" — said by {c.speaker or 'someone else'}: {where}"
        elif c.verdict == "wrong_time":
            line += f" — said at {where}"
        elif c.verdict == "altered":
            diffs = "; ".join(f"{d.kind}: said {d.said or '(nothing)'!r}, quoted {d.quoted or '(nothing)'!r}"
                              for d in c.differences)
            line += f" — {diffs}. Said: \"{_short(c.said or '')}\" {where}"
        elif c.verdict == "not_found":
            line += f" — nothing close in {c.conversation_id}"
            if c.found_in is not None:
                line += (f"; said in {c.found_in.conversation_id} at [{c.found_in.time or '?'}] "
                         f"{c.found_in.speaker or '?'}, segment {c.found_in.segment_index}")
        if c.note:
            line += f" {c.note}"
        lines.append(line)
    lines.append(f"Checked against the transcripts: {r.requests_made} requests, no AI generation."
                 + (" (Meetings not indexed were read once and are indexed now.)" if r.requests_made else ""))
    return "\n".join(lines)


def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


TOOLS = [verify_quotes]
