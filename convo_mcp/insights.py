"""Pure logic of the insights tools: names, topics, snippets, days, request budgets, and the
results they return (models, assembly, concise text).

Nothing here talks to Convo; the tools in :mod:`convo_mcp.tools.insights` feed it what the
service returned and render what it decides.

- Owner matching is tolerant of case, initials and first-name-only names ("dana" and "Dana W."
  match "Dana Whitfield"), never of prefixes ("Dana" does not match "Danielle").
- Topic matching: the whole phrase, or every significant word, starting at a word start.
- Fan-outs are planned before any request: cached answers are free, the rest are taken most
  recent first (after any preferred ones) while the hourly budget lasts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError, WithJsonSchema

from convo_mcp.models import ActionItem, Conversation, Keypoints

T = TypeVar("T")
RANK = {"high": 0, "medium": 1, "low": 2}

STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "did", "do", "for", "from", "has", "have", "how", "i", "in",
    "is", "it", "me", "my", "of", "on", "or", "our", "the", "to", "us", "was", "we", "what", "when", "where",
    "which", "who", "with", "about", "call", "meeting", "meetings",
})
UNOWNED = frozenset({"", "unassigned", "none", "nobody", "tbd", "unknown", "n/a"})
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?|\d+")


# --- names ----------------------------------------------------------------------------------


def name_tokens(name: str | None) -> list[str]:
    """``"Dana W."`` → ``["dana", "w"]``: casefolded words, initials without their dot."""
    return [t.rstrip(".").casefold() for t in _TOKEN.findall(name or "") if t.rstrip(".")]


def is_unowned(owner: str | None) -> bool:
    return (owner or "").strip().casefold() in UNOWNED


def _compatible(a: str, b: str) -> bool:
    """Equal words, or an initial and a word starting with it."""
    if a == b:
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def owner_matches(query: str, owner: str | None) -> bool:
    """Does ``owner`` name the person the user asked about?

    One word matches a first or last name exactly ("dana", "whitfield"). Several words must agree
    on the first and the last name, where either side may use an initial ("Dana W.", "D. Whitfield")
    or give only a first name; at least one full word must agree. Unowned items match nothing
    except a query for "unassigned" (or "none").
    """
    q = name_tokens(query)
    if not q:
        return False
    if is_unowned(owner):
        return " ".join(q) in UNOWNED
    o = name_tokens(owner)
    if not o:
        return False
    if len(q) == 1:
        return len(q[0]) > 1 and q[0] in (o[0], o[-1])
    if not _compatible(q[0], o[0]):
        return False
    if len(o) == 1:  # owner recorded by first name only: "Dana" is "Dana Whitfield"
        return len(o[0]) > 1 and q[0] == o[0]
    if not _compatible(q[-1], o[-1]):
        return False
    return q[0] == o[0] or q[-1] == o[-1]


# --- topics ---------------------------------------------------------------------------------


def terms(query: str) -> list[str]:
    """The significant words of a query, casefolded (all words when every one is a stopword)."""
    words = [w.casefold() for w in re.findall(r"\w+", query)]
    kept = [w for w in words if w not in STOPWORDS]
    return kept or words


def _phrase_re(query: str) -> re.Pattern[str] | None:
    words = query.split()
    if not words:
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def _term_re(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(term)}", re.IGNORECASE)


MatchKind = Literal["phrase", "words"]


def match_kind(text: str | None, query: str) -> MatchKind | None:
    """``"phrase"`` when the whole query occurs, ``"words"`` when every significant word starts a
    word of ``text`` (case-insensitive), else None."""
    if not text:
        return None
    phrase = _phrase_re(query)
    if phrase is not None and phrase.search(text):
        return "phrase"
    found = terms(query)
    if found and all(_term_re(t).search(text) for t in found):
        return "words"
    return None


def mentions(text: str | None, query: str) -> bool:
    return match_kind(text, query) is not None


# --- snippets -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Snippet:
    text: str
    kind: MatchKind
    hits: int  # occurrences of the phrase (or of the earliest word) in the text


def _hits(text: str, query: str) -> tuple[MatchKind, list[tuple[int, int]], tuple[int, int]] | None:
    """The kind of match, the occurrences of the phrase (or of the earliest word) and the span to
    quote: the first phrase, or from the earliest to the last of every word's first occurrence."""
    phrase = _phrase_re(query)
    if phrase is not None:
        spans = [m.span() for m in phrase.finditer(text)]
        if spans:
            return "phrase", spans, spans[0]
    found = terms(query)
    spans_by_term = [[m.span() for m in _term_re(t).finditer(text)] for t in found]
    if not found or not all(spans_by_term):
        return None
    earliest = min(spans_by_term, key=lambda spans: spans[0])
    end = max(spans[0][1] for spans in spans_by_term)
    return "words", earliest, (earliest[0][0], end)


def snippet(text: str, query: str, width: int = 200) -> Snippet | None:
    """A quote of at most ``width`` characters (plus ellipses) around the first match, cut at
    word boundaries; None when ``text`` does not match."""
    text = " ".join(text.split())
    found = _hits(text, query)
    if found is None:
        return None
    kind, spans, (start, end) = found
    if len(text) <= width:
        return Snippet(text, kind, len(spans))
    if end - start > width:  # the words are further apart than a quote: centre on the first
        start, end = spans[0]
    lo = max(0, start - max(0, width - (end - start)) // 2)
    hi = min(len(text), lo + max(width, end - start))
    lo = max(0, min(lo, hi - width))
    if lo > 0:
        cut = text.find(" ", lo, start)
        lo = cut + 1 if cut != -1 else lo
    if hi < len(text):
        cut = text.rfind(" ", end, hi)
        hi = cut if cut != -1 else hi
    quote = ("…" if lo > 0 else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")
    return Snippet(quote, kind, len(spans))


# --- days -----------------------------------------------------------------------------------


def as_utc(value: date | datetime, *, end_of_day: bool = False) -> datetime:
    """A date or datetime as an aware UTC datetime; naive ones are taken as UTC. A bare date is
    its midnight, or the next midnight with ``end_of_day`` (an inclusive "until" day)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    moment = datetime.combine(value, time(), tzinfo=UTC)
    return moment + timedelta(days=1) if end_of_day else moment


_WHEN: TypeAdapter[date | datetime] = TypeAdapter(date | datetime)


def parse_when(value: str, *, end_of_day: bool = False) -> datetime:
    """``"2026-03-10"`` or an ISO date-time → aware UTC; ValueError when it is neither."""
    try:
        return as_utc(_WHEN.validate_python(value.strip()), end_of_day=end_of_day)
    except ValidationError:
        raise ValueError(value) from None


def day_floor(moment: datetime, days_back: int = 0) -> datetime:
    """Midnight UTC ``days_back`` days before ``moment``: a stable ``since`` (and cache key)."""
    start = moment.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return start - timedelta(days=days_back)


def group_by_day(
    items: Iterable[T], key: Callable[[T], datetime | None], tz: tzinfo = UTC
) -> list[tuple[date | None, list[T]]]:
    """Items grouped by their calendar day in ``tz``, days and items in time order; undated last."""
    pool = list(items)
    dated = sorted(((k, i) for i in pool if (k := key(i)) is not None), key=lambda p: p[0])
    undated = [i for i in pool if key(i) is None]
    out: list[tuple[date | None, list[T]]] = []
    for moment, item in dated:
        day = moment.astimezone(tz).date()
        if out and out[-1][0] == day:
            out[-1][1].append(item)
        else:
            out.append((day, [item]))
    return out + ([(None, undated)] if undated else [])


# --- budget ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    id: str
    start: datetime | None
    cached: bool  # a fresh cached answer exists: reading it costs no request


@dataclass
class Plan:
    fetch: list[str] = field(default_factory=list)  # to read, in order (cached ones included)
    skipped: list[str] = field(default_factory=list)  # not read: over budget
    requests: int = 0  # upstream requests the plan will make


def recent_first(candidates: Sequence[Candidate], preferred: Collection[str] = ()) -> list[Candidate]:
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(candidates, key=lambda c: (c.id not in preferred, -(c.start or oldest).timestamp()))


def plan_fetches(
    candidates: Sequence[Candidate], budget: int, *, preferred: Collection[str] = (), extra_cap: int | None = None
) -> Plan:
    """Which answers to read: every cached one (free), then uncached ones — ``preferred`` first,
    each group most recent first — while ``budget`` requests last. With ``extra_cap``, only the
    ``extra_cap`` most recent candidates that are not preferred may cost a request: a fixed
    window, so asking the same again costs nothing."""
    plan = Plan()
    extras = 0
    for cand in recent_first(candidates, preferred):
        is_extra = bool(preferred) and cand.id not in preferred
        in_window = not is_extra or extra_cap is None or extras < extra_cap
        extras += is_extra
        if cand.cached:
            plan.fetch.append(cand.id)
        elif plan.requests < budget and in_window:
            plan.fetch.append(cand.id)
            plan.requests += 1
        else:
            plan.skipped.append(cand.id)
    return plan


# --- result models --------------------------------------------------------------------------


class Result(BaseModel):
    model_config = ConfigDict(extra="forbid")


# Dates go out as ISO strings; the schema leaves out "format", which costs tokens in every chat.
IsoDateTime = Annotated[datetime, WithJsonSchema({"type": "string"})]
IsoDate = Annotated[date, WithJsonSchema({"type": "string"})]
Reason = Literal["no_summary", "budget", "error"]


class Coverage(Result):
    covered: list[str]
    uncovered: dict[Reason, list[str]] = {}
    requests_planned: int
    requests_made: int
    budget_resets_at: IsoDateTime | None = None


class Item(BaseModel):
    item: str
    owner: str | None = None
    priority: str | None = None
    conversation_id: str | None = None
    title: str | None = None
    day: IsoDate | None = None
    meetings: int | None = None  # how many meetings listed the same item, when more than one


class DigestMeeting(BaseModel):
    id: str
    title: str | None = None
    start: IsoDateTime | None = None
    minutes: float | None = None
    summary: bool
    decisions: list[str] = []
    action_items: list[Item] = []


class Day(BaseModel):
    day: IsoDate | None
    minutes: float
    meetings: list[DigestMeeting]


class DigestOutput(Coverage):
    since: IsoDateTime
    until: IsoDateTime | None = None
    meetings: int
    total_minutes: float
    days: list[Day]


class ActionItemsOutput(Coverage):
    owner: str | None = None
    since: IsoDateTime
    items: list[Item]


class BriefingMeeting(BaseModel):
    id: str
    title: str | None = None
    start: IsoDateTime | None = None
    why: list[str]


class Decision(BaseModel):
    text: str
    conversation_id: str
    day: IsoDate | None = None


class Event(BaseModel):
    summary: str | None = None
    start: IsoDateTime | None = None
    attendees: list[str] = []


class BriefingOutput(Coverage):
    subject: str
    since: IsoDateTime
    meetings: list[BriefingMeeting]
    decisions: list[Decision] = []
    action_items: list[Item] = []
    participants: list[str] = []
    topics: dict[str, IsoDate | None] = {}  # section heading → the last day it came up, most recent first
    next_event: Event | None = None
    unchecked: int = 0  # other meetings not checked for mentions: no summary yet, or over budget


class Hit(BaseModel):
    conversation_id: str
    title: str | None = None
    day: IsoDate | None = None
    i: int  # segment index: get_transcript offset
    t: str
    speaker: str
    quote: str
    exact: bool


class SearchOutput(Coverage):
    query: str
    total_hits: int
    hits: list[Hit]


class Summarized(BaseModel):
    id: str
    status: Literal["generated", "existing", "not_generated", "failed"]
    detail: str | None = None


class SummarizeOutput(Result):
    results: list[Summarized]
    credits_spent: int
    ai_generations_left: int | None = None  # None: unlimited or unknown


# --- assembling results ---------------------------------------------------------------------


def meeting_day(conv: Conversation) -> date | None:
    return conv.start_time.astimezone(UTC).date() if conv.start_time else None


def newest_first(convs: Iterable[Conversation]) -> list[Conversation]:
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(convs, key=lambda c: c.start_time or oldest, reverse=True)


def to_item(a: ActionItem, conv: Conversation | None = None) -> Item:
    return Item(item=a.item, owner=a.owner, priority=a.priority, conversation_id=conv.id if conv else None,
                title=conv.title if conv else None, day=meeting_day(conv) if conv else None)


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

    def __init__(self, subject: str) -> None:
        self.q = subject
        self.meetings: list[BriefingMeeting] = []
        self.decisions: list[Decision] = []
        self.items: list[Item] = []
        self.people: Counter[str] = Counter()
        self.topics: dict[str, tuple[str, date | None]] = {}  # casefolded heading → (heading, last day)
        self._decided: set[str] = set()

    def add(self, conv: Conversation, kp: Keypoints | None, *, titled: bool) -> None:
        q, why = self.q, ["title"] if titled else []
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
            why += (["decision"] if decisions else []) + (["action item"] if said else [])
            why += [f"notes: {s.heading or 'Notes'}" for s in noted]
        if not why:
            return
        self.meetings.append(BriefingMeeting(id=conv.id, title=conv.title, start=conv.start_time, why=why))
        for d in decisions:
            if d.casefold() not in self._decided:
                self._decided.add(d.casefold())
                self.decisions.append(Decision(text=d, conversation_id=conv.id, day=meeting_day(conv)))
        self.items.extend(to_item(a, conv) for a in items)
        if about:
            self.people.update(body.participants)
        for s in body.sections if about else noted:
            heading = s.heading or "Notes"
            self.topics.setdefault(heading.casefold(), (heading, meeting_day(conv)))


# --- text for the model ---------------------------------------------------------------------


def item_line(it: Item, *, meeting: bool = True) -> str:
    tags = ", ".join(x for x in (it.owner or "unassigned", it.priority) if x)
    where = f" — {it.title} ({it.day}, {it.conversation_id})" if meeting and it.conversation_id else ""
    more = f" [in {it.meetings} meetings]" if it.meetings else ""
    return f"- {it.item} ({tags}){where}{more}"


def _minutes(total: float) -> str:
    h, m = divmod(round(total), 60)
    return f"{h} h {m} min" if h else f"{m} min"


def _ids(ids: list[str], shown: int = 12) -> str:
    more = f" and {len(ids) - shown} more" if len(ids) > shown else ""
    return ", ".join(ids[:shown]) + more


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def coverage_lines(cov: Coverage, quota: str = "", left: int | None = None) -> list[str]:
    lines: list[str] = []
    missing, budget, failed = (cov.uncovered.get(k, []) for k in ("no_summary", "budget", "error"))
    reset = f"resets at {cov.budget_resets_at:%H:%M} UTC" if cov.budget_resets_at else "try again later"
    if missing:
        n = min(len(missing), 10, left if left is not None else 10)
        cost = f"{n} AI generations; {quota}" if left is not None else "1 AI generation each"
        lines.append(f"No summary yet ({len(missing)}): {_ids(missing)}. summarize_missing can generate "
                     f"{n} of them ({cost}).")
    if budget:
        lines.append(f"Partial: {len(budget)} older meetings not read, to keep the hourly request budget "
                     f"({reset}): {_ids(budget)}.")
    if failed:
        lines.append(f"Failed: {', '.join(failed)}.")
    lines.append(f"Read {_n(len(cov.covered), 'meeting')}; {_n(cov.requests_made, 'request')} made.")
    return lines


def digest_text(d: DigestOutput, quota: str, left: int | None) -> str:
    until = f"{d.until:%Y-%m-%d %H:%M}" if d.until else "now"
    decisions = sum(len(m.decisions) for day in d.days for m in day.meetings)
    items = sum(len(m.action_items) for day in d.days for m in day.meetings)
    lines = [f"{_n(d.meetings, 'meeting')} {d.since:%Y-%m-%d %H:%M} – {until} UTC, {_minutes(d.total_minutes)}; "
             f"{_n(decisions, 'decision')}, {_n(items, 'action item')}."]
    status = {cid: why for why, ids in d.uncovered.items() for cid in ids}
    for day in d.days:
        lines.append(f"## {day.day:%a %Y-%m-%d} · {_n(len(day.meetings), 'meeting')}, {_minutes(day.minutes)}"
                     if day.day else "## undated")
        for m in day.meetings:
            note = {"no_summary": " — no summary yet", "budget": " — not read (budget)",
                    "error": " — not read (error)"}.get(status.get(m.id, ""), "")
            at = f"{m.start:%H:%M}" if m.start else "?"
            line = f"- {at} {m.title or '(untitled)'} ({_minutes(m.minutes or 0)}, {m.id}){note}"
            if m.decisions:
                line += ". Decided: " + "; ".join(m.decisions)
            if m.action_items:
                line += ". Actions: " + "; ".join(
                    f"{a.item} ({', '.join(x for x in (a.owner, a.priority) if x)})" for a in m.action_items)
            lines.append(line)
    return "\n".join([*lines, *coverage_lines(d, quota, left)])


def briefing_text(b: BriefingOutput, quota: str, left: int | None) -> str:
    lines = [f"Briefing on {b.subject}: {len(b.meetings)} meetings since {b.since:%Y-%m-%d}."]
    lines += [f"- {m.start:%Y-%m-%d} {m.title} ({m.id}): {', '.join(m.why)}" if m.start else
              f"- {m.title} ({m.id}): {', '.join(m.why)}" for m in b.meetings]
    if b.decisions:
        lines.append("Decisions:")
        lines += [f"- {d.text} ({d.day}, {d.conversation_id})" for d in b.decisions]
    if b.action_items:
        lines.append("Open action items (Convo does not track completion):")
        lines += [item_line(i) for i in b.action_items]
    if b.participants:
        lines.append("People: " + ", ".join(b.participants))
    if b.topics:
        lines.append("Last discussed: " + "; ".join(f"{heading} {day}" for heading, day in b.topics.items()))
    if b.next_event:
        e = b.next_event
        lines.append(f"Next: {e.summary}, {e.start:%Y-%m-%d %H:%M} UTC, with {', '.join(e.attendees)}")
    if b.unchecked:
        lines.append(f"{_n(b.unchecked, 'other meeting')} not checked for mentions (no summary yet, or left out "
                     "to save requests).")
    return "\n".join([*lines, *coverage_lines(b, quota, left)])


def search_text(r: SearchOutput) -> str:
    shown = f" ({len(r.hits)} shown, exact phrase first)" if r.hits else ""
    lines = [f'{r.total_hits} matches for "{r.query}"{shown}:']
    lines += [f'[{h.t}] {h.speaker}: "{h.quote}" — {h.title} ({h.day}, {h.conversation_id}, segment {h.i})'
              for h in r.hits]
    return "\n".join([*lines, *coverage_lines(r)])


def summarize_text(r: SummarizeOutput, quota: str) -> str:
    lines = [f"{x.id}: {x.status.replace('_', ' ')}" + (f" ({x.detail})" if x.detail else "") for x in r.results]
    spent = f"Spent {r.credits_spent} AI generation{'s' if r.credits_spent != 1 else ''}."
    return "\n".join([*lines, f"{spent} {quota}"])
