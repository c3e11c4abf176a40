"""What the insights tools return: result models, their assembly, and concise text for the model.

The deciding happens in :mod:`convo_mcp.insights.logic`; this module only shapes and renders results.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, WithJsonSchema

from convo_mcp.convo.models import ActionItem, Conversation, Keypoints
from convo_mcp.dates import Instant
from convo_mcp.insights.logic import (
    RANK,
    mentions,
    owner_matches,
)
from convo_mcp.zone import UTC_ZONE, Zone

# --- result models --------------------------------------------------------------------------


class Result(BaseModel):
    model_config = ConfigDict(extra="forbid")


# Dates go out as ISO strings; the schema leaves out "format", which costs tokens in every chat.
IsoDate = Annotated[date, WithJsonSchema({"type": "string"})]
Reason = Literal["no_summary", "budget", "error", "deadline"]


SHOWN_IDS = 5  # ids per reason in structured results; the text names more


class Coverage(Result):
    """What a fan-out read, and what not and why: counts, plus the first few ids of each reason
    (most recent first). The full lists travel beside the model as a ``LeftOut`` for the text."""

    covered: int
    uncovered: dict[Reason, int] = {}
    uncovered_ids: dict[Reason, list[str]] = {}
    requests_planned: int
    requests_made: int
    budget_resets_at: Instant | None = None
    background_requests: int = 0  # what background indexing sent this past hour, from the same budget


LeftOut = dict[Reason, list[str]]  # every meeting not read, by reason, most recent first


def coverage_fields(covered: int, left_out: LeftOut, planned: int, made: int,
                    resets_at: datetime | None, background: int = 0) -> dict[str, object]:
    """The Coverage fields of a result model, from what a fan-out read and left out."""
    return {"background_requests": background, "covered": covered,
            "uncovered": {why: len(ids) for why, ids in left_out.items()},
            "uncovered_ids": {why: ids[:SHOWN_IDS] for why, ids in left_out.items()},
            "requests_planned": planned, "requests_made": made,
            "budget_resets_at": resets_at if "budget" in left_out else None}


class Item(BaseModel):
    item: str
    owner: str | None = None
    priority: str | None = None
    conversation_id: str | None = None
    title: str | None = None
    day: IsoDate | None = None
    meetings: int | None = None  # how many meetings listed the same item, when more than one
    status: Literal["open", "done", "slipped"] | None = None  # what later meetings said of it (the ledger)
    source: Literal["keypoints", "transcript"] = "keypoints"  # transcript: a promise said, no AI summary has it


class DigestMeeting(BaseModel):
    id: str
    title: str | None = None
    time: str | None = None  # HH:MM and the zone's abbreviation, on its local day
    minutes: int | None = None
    not_read: Reason | None = None  # why its summary is not here; left out when it is
    decisions: list[str] | None = None  # left out when there are none
    action_items: list[Item] | None = None


class Day(BaseModel):
    day: IsoDate | None = None
    minutes: int
    meetings: list[DigestMeeting]


class DigestOutput(Coverage):
    time_zone: str = "UTC"  # the account's: days are its local days, meeting times its local times
    since: Instant
    until: Instant | None = None
    meetings: int
    total_minutes: int
    days: list[Day]
    promises: dict[str, dict[str, int]] = {}  # owner → open/slipped/done, of promises made in the period


class ActionItemsOutput(Coverage):
    owner: str | None = None
    since: Instant
    items: list[Item]


class BriefingMeeting(BaseModel):
    id: str
    title: str | None = None
    start: Instant | None = None
    why: list[str]


class Decision(BaseModel):
    text: str
    conversation_id: str
    day: IsoDate | None = None


class Event(BaseModel):
    summary: str | None = None
    start: Instant | None = None
    attendees: list[str] = []


class BriefingOutput(Coverage):
    subject: str
    since: Instant
    meetings: list[BriefingMeeting]
    decisions: list[Decision] = []
    action_items: list[Item] = []
    participants: list[str] = []
    topics: dict[str, IsoDate | None] = {}  # section heading → the last day it came up, most recent first
    next_event: Event | None = None
    unchecked: int = 0  # other meetings not checked for mentions: no summary yet, or over budget
    open_promises: list[str] = []  # promises to, from or about the subject still open (track_commitments)


class Summarized(BaseModel):
    id: str
    status: Literal["generated", "existing", "not_generated", "failed"]
    detail: str | None = None


class SummarizeOutput(Result):
    results: list[Summarized]
    credits_spent: int
    ai_generations_left: int | None = None  # None: unlimited or unknown


# --- assembling results ---------------------------------------------------------------------


def meeting_day(conv: Conversation, zone: Zone = UTC_ZONE) -> date | None:
    return meeting_day_of(conv.start_time, zone)


def meeting_day_of(start: datetime | None, zone: Zone = UTC_ZONE) -> date | None:
    """The meeting's local day in the account's zone."""
    return zone.day(start) if start else None


def newest_first(convs: Iterable[Conversation]) -> list[Conversation]:
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(convs, key=lambda c: c.start_time or oldest, reverse=True)


def to_item(a: ActionItem, conv: Conversation | None = None, zone: Zone = UTC_ZONE) -> Item:
    return Item(item=a.item, owner=a.owner, priority=a.priority, conversation_id=conv.id if conv else None,
                title=conv.title if conv else None, day=meeting_day(conv, zone) if conv else None)


def dedupe(items: list[Item]) -> list[Item]:
    """One entry per (owner, item), from its most recent meeting; high priority first."""
    seen: dict[tuple[str, str], Item] = {}
    counts: Counter[tuple[str, str]] = Counter()
    for it in sorted(items, key=lambda i: i.day or date.min, reverse=True):
        key = ((it.owner or "").casefold(), " ".join(it.item.casefold().split()))
        counts[key] += 1
        seen.setdefault(key, it)
    out = [it.model_copy(update={"meetings": counts[k] if counts[k] > 1 else None}) for k, it in seen.items()]
    return sorted(out, key=lambda i: (RANK.get((i.priority or "").casefold(), 3), -(i.day or date.min).toordinal()))


class Briefing:
    """Accumulates what past meetings say about one person, company or topic, newest first.

    A meeting is *about* the subject when its title mentions it or the person attended: all its
    decisions, action items and headings count. Otherwise only the decisions, items and notes that
    mention the subject (or items the person owns) do."""

    def __init__(self, subject: str, zone: Zone = UTC_ZONE) -> None:
        self.q = subject
        self.zone = zone
        self.meetings: list[BriefingMeeting] = []
        self.decisions: list[Decision] = []
        self.items: list[Item] = []
        self.people: Counter[str] = Counter()
        self.topics: dict[str, tuple[str, date | None]] = {}  # casefolded heading → (heading, last day)
        self._decided: set[str] = set()

    def add(self, conv: Conversation, kp: Keypoints | None, *, titled: bool) -> None:
        q, why = self.q, ["named in the title"] if titled else []
        if kp is None:
            if titled:
                self.meetings.append(BriefingMeeting(id=conv.id, title=conv.title, start=conv.start_time, why=why))
            return
        body = kp.keypoints
        attended = [p for p in body.participants if owner_matches(q, p)]
        about = titled or bool(attended)
        why += [f"attended: {p}" for p in attended]
        owned = [a for a in body.action_items if owner_matches(q, a.owner)]
        why += sorted({f"owns action item: {a.owner}" for a in owned})
        decisions = body.decisions if about else [d for d in body.decisions if mentions(d, q)]
        said = [a for a in body.action_items if mentions(a.item, q)]
        items = body.action_items if about else [a for a in body.action_items if a in owned or a in said]
        noted = [s for s in body.sections if mentions(s.heading, q) or any(mentions(p, q) for p in s.points)]
        if not about:
            why += (["a decision names it"] if decisions else []) + (["an action item names it"] if said else [])
            why += [f"notes: {s.heading or 'Notes'}" for s in noted]
        if not why:
            return
        self.meetings.append(BriefingMeeting(id=conv.id, title=conv.title, start=conv.start_time, why=why))
        for d in decisions:
            if d.casefold() not in self._decided:
                self._decided.add(d.casefold())
                self.decisions.append(Decision(text=d, conversation_id=conv.id, day=meeting_day(conv, self.zone)))
        # the meeting's title and day are in ``meetings`` already: an item names only its id
        self.items.extend(to_item(a, conv).model_copy(update={"title": None, "day": None}) for a in items)
        if about:
            self.people.update(body.participants)
        for s in body.sections if about else noted:
            heading = s.heading or "Notes"
            self.topics.setdefault(heading.casefold(), (heading, meeting_day(conv, self.zone)))


    def last_discussed(self, shown: int = 15) -> dict[str, date | None]:
        """Topics (note headings) by the last day they came up: in a note under that heading, or
        in a later decision that names it (a decision on pricing counts for "Pricing"). Newest first."""
        out: list[tuple[str, date | None]] = []
        for heading, day in self.topics.values():
            later = [d.day for d in self.decisions if d.day and mentions(d.text, heading)]
            out.append((heading, max([day, *later]) if day and later else (day or (max(later) if later else None))))
        return dict(sorted(out, key=lambda t: t[1] or date.min, reverse=True)[:shown])


# --- text for the model ---------------------------------------------------------------------


def item_line(it: Item, *, meeting: bool = True) -> str:
    tags = ", ".join(x for x in (it.owner or "unassigned", it.priority) if x)
    where = f" — {it.title} ({it.day}, {it.conversation_id})" if meeting and it.conversation_id else ""
    more = f" [in {it.meetings} meetings]" if it.meetings else ""
    status = f" — {it.status}" if it.status else ""
    said = " [said in the meeting; not in its AI summary]" if it.source == "transcript" else ""
    return f"- {it.item} ({tags}){where}{more}{status}{said}"


def _minutes(total: float) -> str:
    h, m = divmod(round(total), 60)
    return f"{h} h {m} min" if h else f"{m} min"


def _ids(ids: list[str], shown: int = 12) -> str:
    more = f" and {len(ids) - shown} more" if len(ids) > shown else ""
    return ", ".join(ids[:shown]) + more


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def not_read(left_out: LeftOut) -> int:
    """Meetings a fan-out did not read at all (those read without a summary are not counted)."""
    return sum(len(left_out.get(k, [])) for k in ("budget", "error", "deadline"))


def partial_line(cov: Coverage, left_out: LeftOut, zone: Zone = UTC_ZONE) -> str | None:
    """The first line of a partial answer: how much was read and why the rest was not, so that a
    model relaying the answer's first line does not relay a total as complete. None when whole."""
    if not (unread := not_read(left_out)):
        return None
    total = cov.covered + len(left_out.get("no_summary", [])) + unread
    why: list[str] = []
    if budget := left_out.get("budget"):
        when = f"until {zone.clock(cov.budget_resets_at)}" if cov.budget_resets_at else "for now"
        why.append(f"{len(budget)} not read {when} to keep the hourly request budget")
    if failed := left_out.get("error"):
        why.append(f"{len(failed)} failed")
    if late := left_out.get("deadline"):
        why.append(f"{len(late)} not read before the call's time ran out")
    return f"Partial answer: read {total - unread} of {total} meetings so far; {', '.join(why)}."


def in_read(cov: Coverage, left_out: LeftOut) -> str:
    """`` in the 12 of 71 meetings read so far`` for a partial answer's count; empty when whole."""
    if not (unread := not_read(left_out)):
        return ""
    total = cov.covered + len(left_out.get("no_summary", [])) + unread
    return f" in the {total - unread} of {total} meetings read so far"


def coverage_lines(cov: Coverage, left_out: LeftOut, quota: str = "", left: int | None = None,
                   zone: Zone = UTC_ZONE) -> list[str]:
    lines: list[str] = []
    missing, budget, failed = (left_out.get(k, []) for k in ("no_summary", "budget", "error"))
    reset = f"resets at {zone.clock(cov.budget_resets_at)}" if cov.budget_resets_at else "try again later"
    if missing:
        n = min(len(missing), 10, left if left is not None else 10)
        cost = f"{n} AI generations; {quota}" if left is not None else "1 AI generation each"
        lines.append(f"No summary yet ({len(missing)}): {_ids(missing)}. summarize_missing can generate "
                     f"{n} of them ({cost}).")
    if budget:
        lines.append(f"Not read to keep the hourly request budget ({reset}), older meetings first: "
                     f"{_ids(budget)}. Ask again after the reset for them.")
    if failed:
        lines.append(f"Failed: {', '.join(failed)}.")
    if late := left_out.get("deadline", []):
        lines.append(f"Not read before the call's time ran out (Convo is slow); try again for them: {_ids(late)}.")
    background = f" (background indexing used {cov.background_requests} this hour)" if cov.background_requests else ""
    lines.append(f"Read {_n(cov.covered, 'meeting')}; {_n(cov.requests_made, 'request')} made{background}.")
    return lines


def digest_text(d: DigestOutput, left_out: LeftOut, quota: str, left: int | None, zone: Zone = UTC_ZONE) -> str:
    until = zone.at(d.until) if d.until else "now"
    decisions = sum(len(m.decisions or ()) for day in d.days for m in day.meetings)
    items = sum(len(m.action_items or ()) for day in d.days for m in day.meetings)
    lines = [*filter(None, [partial_line(d, left_out, zone)]),
             f"{_n(d.meetings, 'meeting')} {zone.at(d.since)} – {until}{in_read(d, left_out)}, "
             f"{_minutes(d.total_minutes)}; {_n(decisions, 'decision')}, {_n(items, 'action item')}."
             + ("" if zone.is_utc else f" Times are {zone.name}.")]
    for day in d.days:
        lines.append(f"## {day.day:%a %Y-%m-%d} · {_n(len(day.meetings), 'meeting')}, {_minutes(day.minutes)}"
                     if day.day else "## undated")
        for m in day.meetings:
            note = {"no_summary": " — no summary yet", "budget": " — not read (budget)",
                    "error": " — not read (error)", "deadline": " — not read (time ran out)"}.get(m.not_read or "", "")
            at = m.time or "?"
            line = f"- {at} {m.title or '(untitled)'} ({_minutes(m.minutes or 0)}, {m.id}){note}"
            if m.decisions:
                line += ". Decided: " + "; ".join(m.decisions)
            if m.action_items:
                line += ". Actions: " + "; ".join(
                    f"{a.item} ({', '.join(x for x in (a.owner, a.priority) if x)})" for a in m.action_items)
            lines.append(line)
    if d.promises:
        board = "; ".join(f"{owner} " + ", ".join(f"{n} {s}" for s, n in counts.items() if n)
                          for owner, counts in d.promises.items())
        lines.append(f"Promises made in the period (from the transcripts; track_commitments lists them): {board}")
    return "\n".join([*lines, *coverage_lines(d, left_out, quota, left, zone)])


def briefing_text(b: BriefingOutput, left_out: LeftOut, quota: str, left: int | None,
                  zone: Zone = UTC_ZONE) -> str:
    lines = [*filter(None, [partial_line(b, left_out, zone)]),
             f"Briefing on {b.subject}: {len(b.meetings)} meetings since {zone.local(b.since):%Y-%m-%d}."]
    lines += [f"- {zone.local(m.start):%Y-%m-%d} {m.title} ({m.id}) — {'; '.join(m.why)}" if m.start else
              f"- {m.title} ({m.id}) — {'; '.join(m.why)}" for m in b.meetings]
    if b.decisions:
        lines.append("Decisions:")
        lines += [f"- {d.text} ({d.day}, {d.conversation_id})" for d in b.decisions]
    if b.action_items:
        lines.append("Open action items (Convo does not track completion):")
        where = {m.id: m for m in b.meetings}
        lines += [item_line(i.model_copy(update={"title": where[i.conversation_id].title,
                                                 "day": meeting_day_of(where[i.conversation_id].start, zone)}))
                  if i.conversation_id in where else item_line(i) for i in b.action_items]
    if b.open_promises:
        lines.append("Open promises (from the transcripts; track_commitments follows them):")
        lines += [f"- {p}" for p in b.open_promises]
    if b.participants:
        lines.append("People: " + ", ".join(b.participants))
    if b.topics:
        lines.append("Last discussed: " + "; ".join(f"{heading} {day}" for heading, day in b.topics.items()))
    if b.next_event:
        e = b.next_event
        lines.append(f"Next: {e.summary}, {zone.at(e.start, utc=True, day='%a %Y-%m-%d')}, with "
                     f"{', '.join(e.attendees)}")
    if b.unchecked:
        lines.append(f"{_n(b.unchecked, 'other meeting')} not checked for mentions (no summary yet, or left out "
                     "to save requests).")
    return "\n".join([*lines, *coverage_lines(b, left_out, quota, left, zone)])


def summarize_text(r: SummarizeOutput, quota: str) -> str:
    lines = [f"{x.id}: {x.status.replace('_', ' ')}" + (f" ({x.detail})" if x.detail else "") for x in r.results]
    spent = f"Spent {r.credits_spent} AI generation{'s' if r.credits_spent != 1 else ''}."
    return "\n".join([*lines, f"{spent} {quota}"])
