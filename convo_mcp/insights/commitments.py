"""Commitments said in meetings (English only for now).

Pure logic over transcript lines, no requests and no AI: :func:`find_promises` reads the lines of
one meeting for a speaker committing to something ("I'll send the revised SOW to Initech by Friday",
"leave it with me", "let me book the venue") or a task said to a named person ("Priya, can you draft
the FAQ?"); :func:`merge_action_items` adds the action items of the meeting's AI summary that no
promise already says. What later meetings say of them: :mod:`.followup`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

Status = Literal["open", "done", "slipped"]


@dataclass(frozen=True)
class Line:
    conversation_id: str
    day: date  # the meeting's local day
    segment_index: int
    speaker: str
    text: str
    at: float | None = None  # seconds from the meeting's start


@dataclass(frozen=True)
class Evidence:
    conversation_id: str
    segment_index: int
    text: str
    day: date


@dataclass(frozen=True)
class Promise:
    owner: str
    text: str  # what was promised, short
    line: Line
    to: str | None = None
    due: str | None = None  # as said
    due_date: date | None = None
    status: Status = "open"
    unsure: bool = False
    evidence: Evidence | None = None
    keywords: frozenset[str] = field(default_factory=frozenset)
    source: Literal["transcript", "keypoints"] = "transcript"


# --- finding promises ------------------------------------------------------------------------------

_SELF = (r"(?P<verb>i'll|i will|i'm going to|i am going to|i'm gonna|i can take|i'll take|i can own|i'll own|"
         r"i'll make sure(?: to| that)?|i will make sure(?: to| that)?|i promise to|i commit to|i'll get|"
         r"i'll go ahead and|let me|i can do|i'll be sure to|i'll try to|i'll handle|i'll look into|"
         r"i'll follow up(?: on| with)?|i'll circle back(?: on| with)?|i'll own)")
_WHEN = (r"(?:tomorrow|today|tonight|later(?: today| on)?|this (?:afternoon|evening|week)|next week|"
         r"first thing(?: tomorrow| in the morning| monday)?|after (?:this|the call|lunch)|afterwards|"
         r"on (?:monday|tuesday|wednesday|thursday|friday))")
_SELF_RE = re.compile(r"(?:^|[.,;!?]\s*|\b(?:so|ok|okay|sure|yes|yeah|right|fine|and|then|alright)\s*,?\s*|"
                      r"^" + _WHEN + r"\s*,?\s*)"
                      + _SELF + r"\s+(?P<task>[^.!?;]+)", re.IGNORECASE)
_LEAVE_IT = re.compile(r"\b(?:leave (?:it|that|this) (?:with|to) me|i'm on it|consider it done|that's on me|"
                       r"i've got (?:it|this|that)|i got (?:it|this))\b", re.IGNORECASE)
# not commitments: manners of speaking, things done now in the meeting, hedges
_NOT_TASK = re.compile(
    r"^(?:never|not|always|probably not|be (?:honest|frank|brief|quick|clear|fair|straight)|say|admit|tell you|"
    r"just say|think|see|ask|"
    r"be the first|share my screen|share (?:my )?screen|pull (?:it|that) up|start(?: with| by)?|recap|"
    r"explain|add (?:to|that)|jump in|stop (?:you|sharing)|play devil|put it (?:this|another) way|"
    r"try to explain|go back to|double.?click|take (?:a|that) (?:step|look at the slide)|be quick|"
    r"hand (?:it )?over|turn it over|pass it|move on|keep (?:it|this) short|let you go|"
    r"repeat|read (?:it|that) out|mute|unmute|drop off|hop off|answer that|respond to that|say more|"
    r"pull up|note (?:that|this|it) down|write (?:that|this|it) down|go through|walk (?:you|us|through)|"
    r"show (?:you|everyone)|take a note|make a note|check my notes|scroll|open the|find the slide)\b",
    re.IGNORECASE)
# "let me …" is mostly something done there and then; it is a promise when it is an errand or has a date
_LET_ME_ERRAND = re.compile(
    r"^(?:book|send|draft|write up|write|schedule|set up|get|follow up|check with|look into|ping|call|email|"
    r"reach out|put together|update|review|prepare|find out|chase|order|reserve|file|submit|fix|sort out|"
    r"organi[sz]e|arrange|loop in|talk to|sync with|run|migrate|rework|finali[sz]e|confirm|renew)\b",
    re.IGNORECASE)
_ASK = re.compile(r"^(?P<name>[A-Z][a-z]+),\s*(?:can|could|would|will) you(?: please)?\s+(?P<task>[^?.!]+)",
                  re.IGNORECASE)
_ASK_AFTER = re.compile(r"^(?:can|could|would) you(?: please)?\s+(?P<task>[^?.!,]+?),\s*(?P<name>[A-Z][a-z]+)\s*\?",
                        re.IGNORECASE)
_THIRD = re.compile(r"\b(?P<name>[A-Z][a-z]+)(?:'s going to| is going to| will| to own| owns| takes| will own)"
                    r"\s+(?P<task>[^.!?;]+)")
_HEDGE = re.compile(r"\b(?:maybe|might|perhaps|probably not|if (?:i|we) have time|someday|at some point)\b",
                    re.IGNORECASE)
_DUE = re.compile(
    r"\b(?:by|before|until|no later than|on)\s+(?P<due>(?:the )?end of (?:the )?(?:day|week|month|quarter)|"
    r"(?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight|"
    r"eod|eow|cob|(?:the )?\d{1,2}(?:st|nd|rd|th)|next week|next month|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2})|"
    r"\b(?P<due2>tomorrow|today|tonight|this afternoon|this week|next week|end of (?:the )?(?:day|week|month))\b",
    re.IGNORECASE)
_TO = re.compile(r"\b(?:to|with|for)\s+(?P<to>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_STOP_WORDS = """a an the to of for and or but on in at by with from that this these those it its it's
i i'll me my we our you your they them he she his her be is are was were will would can could should
going get got have has had do does did make sure go take send just also then so up out about over
into onto some any all more most other than too very really quick quickly today tomorrow week month
friday monday tuesday wednesday thursday saturday sunday end day next this eod eow before after
again back new draft one two thing things stuff everyone team someone somebody who what when where
how why can need needs anyone yeah yep okay ok um uh"""
STOP = frozenset(_STOP_WORDS.split())
_FILLER = re.compile(r"\b(?:uh|um|er|erm|you know)\b,?\s*", re.IGNORECASE)


def _stem(word: str) -> str:
    """A crude stem: "booked", "booking" and "book" meet; the first five letters of what is left."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:5]


def keywords(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z][a-z0-9'-]+", text.casefold())
    return frozenset(_stem(w) for w in words if w not in STOP and len(w) > 2)


def resolve_due(said: str, day: date) -> date | None:
    """A due date as said, as a date, counted from the meeting's local day; None when vague."""
    s = " ".join(said.casefold().split()).removeprefix("the ")
    if s in ("today", "tonight", "eod", "cob", "end of day", "end of the day", "this afternoon"):
        return day
    if s == "tomorrow":
        return day + timedelta(days=1)
    if s in ("eow", "end of week", "end of the week", "this week"):
        return day + timedelta(days=(4 - day.weekday()) % 7)
    if s == "next week":
        return day + timedelta(days=7 - day.weekday() + 4)
    if s in ("end of month", "end of the month"):
        first = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
        return first - timedelta(days=1)
    name = s.removeprefix("next ").removeprefix("this ")
    if name in _WEEKDAYS:
        ahead = (_WEEKDAYS.index(name) - day.weekday()) % 7 or 7
        return day + timedelta(days=ahead + (7 if s.startswith("next ") and ahead < 7 - day.weekday() else 0))
    if found := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", s):
        n = int(found.group(1))
        try:
            candidate = day.replace(day=n)
        except ValueError:
            return None
        return candidate if candidate >= day else (candidate.replace(day=1) + timedelta(days=32)).replace(day=n)
    if found := re.fullmatch(r"([a-z]+) (\d{1,2})", s):
        month = next((i + 1 for i, m in enumerate(_MONTHS) if found.group(1).startswith(m)), None)
        if month is None:
            return None
        try:
            candidate = date(day.year, month, int(found.group(2)))
        except ValueError:
            return None
        return candidate if candidate >= day - timedelta(days=31) else candidate.replace(year=day.year + 1)
    return None


def _clean(task: str) -> str:
    task = re.sub(r"^(?:make sure (?:to |that )?|go ahead and |try to |be sure to )", "", task.strip(),
                  flags=re.IGNORECASE)
    task = re.sub(r"\s+(?:ok|okay|alright|right)$", "", task, flags=re.IGNORECASE)
    return " ".join(task.split())[:160]


def _person(name: str, people: Sequence[str]) -> str | None:
    """The full name a first name stands for, when exactly one person in the meeting has it."""
    first = name.casefold()
    hits = [p for p in people if p.casefold() == first or p.casefold().split()[0] == first]
    return hits[0] if len(hits) == 1 else None


def _due(text: str, day: date) -> tuple[str | None, date | None]:
    found = _DUE.search(text)
    if found is None:
        return None, None
    said = found.group("due") or found.group("due2")
    return said, resolve_due(said, day)


def find_promises(lines: Sequence[Line], people: Sequence[str] = ()) -> list[Promise]:
    """The commitments said in one meeting's lines, in order (owner: the speaker, or the person a
    task was said to when their name matches one person in the meeting)."""
    names = list(dict.fromkeys([*people, *(ln.speaker for ln in lines)]))
    out: list[Promise] = []
    for i, line in enumerate(lines):
        text = spoken(line.text)
        if not text:
            continue
        found = _promise_in(line, text, names, lines[i - 1] if i else None)
        if found is not None:
            out.append(found)
    return out


def spoken(text: str) -> str:
    """A line without its fillers ("uh", "um") and the commas they leave ("going to, clean up")."""
    text = _FILLER.sub("", text)
    text = re.sub(r"\b(to|will|I'll),\s+", r"\1 ", text)
    return " ".join(text.split())


def _promise_in(line: Line, text: str, names: Sequence[str], before: Line | None) -> Promise | None:
    owner, task = None, None
    for match in _SELF_RE.finditer(text):
        candidate = _clean(match.group("task"))
        clause_end = match.end()
        asks = clause_end < len(text) and text[clause_end:clause_end + 1] == "?"
        if _NOT_TASK.match(candidate) or asks or _HEDGE.search(candidate) or len(keywords(candidate)) == 0:
            continue
        if match.group("verb").casefold() == "let me" and not (_LET_ME_ERRAND.match(candidate)
                                                                or _DUE.search(candidate)):
            continue
        owner, task = line.speaker, candidate
        break
    if task is None and _LEAVE_IT.search(text) and before is not None and before.speaker != line.speaker:
        asked = _ASK.match(before.text) or _ASK_AFTER.match(before.text)
        subject = _clean(asked.group("task")) if asked else _clean(re.split(r"[?.!]", before.text)[0])
        if keywords(subject):
            owner, task = line.speaker, subject
    if task is None:
        asked = _ASK.match(text) or _ASK_AFTER.match(text)
        if (asked and (who := _person(asked.group("name"), names)) and who != line.speaker
                and not _NOT_TASK.match(_clean(asked.group("task")))):
            owner, task = who, _clean(asked.group("task"))
    if task is None:
        for match in _THIRD.finditer(text):
            who = _person(match.group("name"), names)
            candidate = _clean(match.group("task"))
            if who and who != line.speaker and keywords(candidate) and not _HEDGE.search(candidate):
                owner, task = who, candidate
                break
    if owner is None or task is None:
        return None
    said, when = _due(text, line.day)
    to = _TO.search(task)
    recipient = to.group("to") if to and to.group("to").split()[0].casefold() not in _WEEKDAYS else None
    return Promise(owner=owner, text=task, line=line, to=recipient, due=said, due_date=when,
                   keywords=keywords(task))


LINK = 0.5  # share of the promise's content words a later line (or an action item) must say to be it
SURE = 2  # and at least this many of them


def same_task(words: frozenset[str], promise: Promise) -> bool:
    """Whether a task said in ``words`` (its :func:`keywords`) is ``promise``: half the words of the
    shorter of the two are shared, and two of them at least when both say two or more (one word in
    common — "check" in "check with the team" and "the security audit checklist" — is not a task)."""
    common = len(words & promise.keywords)
    shorter = min(len(words), max(1, len(promise.keywords)))
    return bool(words) and common / shorter >= LINK and common >= min(SURE, len(words), len(promise.keywords))


def merge_action_items(found: Sequence[Promise], items: Iterable[tuple[str, str | None]],
                       lines: Sequence[Line], people: Sequence[str] = ()) -> list[Promise]:
    """The promises read in a meeting's lines, with the action items of its AI summary (``(item,
    owner)``) that none of them already says: an item is the same promise when it shares half of
    its content words with one of the same owner (or either has no owner). An added item is placed
    at the line that says most of it (the first line when none does), its owner matched to the
    meeting's people by first name."""
    out = list(found)
    names = list(dict.fromkeys([*people, *(ln.speaker for ln in lines)]))
    for text, said_owner in items:
        words = keywords(text)
        if not words or not lines:
            continue
        owner = (_person(said_owner.split()[0], names) or said_owner.strip()) if said_owner else None
        if any(same_task(words, p) and (owner is None or p.owner == owner) for p in out):
            continue
        best = max(lines, key=lambda ln: (len(words & keywords(ln.text)), -ln.segment_index))
        said, when = _due(text, best.day)
        out.append(Promise(owner=owner or "unassigned", text=_clean(text), line=best, due=said, due_date=when,
                           keywords=words, source="keypoints"))
    return out
