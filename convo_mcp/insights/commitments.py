"""Commitments said in meetings, and what later meetings say of them (English only for now).

Pure logic over transcript lines, no requests and no AI: :func:`find_promises` reads the lines of
one meeting for a speaker committing to something ("I'll send the revised SOW to Initech by Friday",
"leave it with me", "let me book the venue") or a task said to a named person ("Priya, can you draft
the FAQ?"); :func:`follow` reads the owner's later lines for the same task reported done or slipping.
A later line is linked to a promise only when it shares enough of the promise's content words; a
weak link leaves the promise open and marked unsure, because a false "done" is the worst answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
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
        text = _spoken(line.text)
        if not text:
            continue
        found = _promise_in(line, text, names, lines[i - 1] if i else None)
        if found is not None:
            out.append(found)
    return out


def _spoken(text: str) -> str:
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


# --- following them --------------------------------------------------------------------------------

# Past forms that report a thing done ("sent", "got", "ran"), besides the regular "-ed" ones.
_IRREGULAR = """sent got did done wrote written ran made took taken gave given went put set built found paid spoke
told met led bought brought held kept read sold spent won shut hung knew lent rang saw taught threw drew chose
drove fed begun began sorted"""
# "-ed" words that do not report a task done: wishes, plans, talk about it, worry, and what slips say
_NOT_DONE_ED = """need want start tri plann hop wonder mention decid ask suppos expect worri concern interest
suggest propos recommend discuss consider talked-about agre feel seem looked-forward pleas surpris excit
bor tir push delay stuck block stall postpon cancel mov slid continu"""
_PAST = (r"(?:" + "|".join(_IRREGULAR.split()) + r"|[a-z]{2,}ed)")
_FUTURE = re.compile(r"(?:will|'ll|going to|gonna|to|can|could|should|would|might|must|need to|want to|"
                     r"have to|has to|plan to|hope to|let me|let's)\s+(?:\w+\s+)?$", re.IGNORECASE)
_DONE_PHRASE = re.compile(
    r"\b(?:is|are|was|were|it's|that's|they're|'s|'re|has been|have been|got)\s+(?:all |now |finally |already |"
    r"just |fully )?(?:done|finished|complete|sorted|live|out|in|up|ready|locked|set|sent|booked|signed|merged|"
    r"shipped|taken care of|squared away|wrapped up|on (?:the wiki|the drive|confluence|notion)|"
    r"in (?:your|their|his|her|the) inbox)\b|"
    r"\b(?:went|came) (?:out|back|through|over|to)\b|\b(?:check(?:ed)?|cross(?:ed)?|tick(?:ed)?) (?:that|it) off\b|"
    r"\b(?:sent|done|booked|signed|merged|shipped|finished|out|handled|sorted)\s*(?:[.,;!]|$)|"
    r"\b(?:has|have) (?:the|their|our|it|them)\b[^.,;]*\bnow\b",
    re.IGNORECASE)
_SLIP = re.compile(
    r"\b(?:slip|slips|slipping|slipped|slid|delay|delays|delayed|behind|blocked|blocker|stuck|stalled|on hold|"
    r"parked|on the back burner|waiting (?:on|for)|still (?:chasing|working|pending|waiting|on my list|open|"
    r"in progress)|(?:need|needs|needed) (?:another|more|a few more|an extra|a couple (?:more|of)|"
    r"(?:one|two|three|a) (?:more|extra)) (?:week|weeks|day|days|time)|taking (?:longer|more time)|"
    r"push(?:ed|ing)? (?:it|this|that|them)?\s*(?:to|back|out)|pushed|(?:asked|had|need|needed) to (?:move|"
    r"reschedule|postpone)|(?:keeps|kept) (?:getting |being )?(?:moved|pushed|delayed|bumped)|moved (?:it|to)\b|"
    r"won't make|not going to make|didn't make|(?:haven't|have not|hasn't) (?:had a chance|gotten to|got to|"
    r"started|been able|touched|done|finished|sent|looked)|didn't get (?:to|round to|around to)|postpone|"
    r"postponed|hasn't happened|not done yet|(?:nothing|not) (?:booked|sent|done|signed|scheduled) yet|so far|"
    r"fell through the cracks|dropped the ball|running late|late on|have to wait|has to wait|wait (?:till|until))\b",
    re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:haven't|have not|didn't|did not|not yet|hasn't|isn't|wasn't|weren't|never|no one|"
                      r"nobody)\b", re.IGNORECASE)
_NOT_DONE_ED_RE = re.compile(r"^(?:" + "|".join(w.replace("-", " ") for w in _NOT_DONE_ED.split()) + r")",
                             re.IGNORECASE)


def report(text: str) -> Status | None:
    """What a later line says of a task: ``"slipped"`` (late, blocked, not yet), ``"done"`` (a past
    form that is not a wish or a plan, "is booked", "went out", "in your inbox"), else None. A
    question reports nothing."""
    said = _spoken(text)
    if said.rstrip().endswith("?"):
        return None
    if _SLIP.search(said):
        return "slipped"
    if _NEGATED.search(said):
        return None
    if _DONE_PHRASE.search(said):
        return "done"
    for match in re.finditer(r"\b" + _PAST + r"\b", said, re.IGNORECASE):
        word = match.group(0).casefold()
        if word.endswith("ed") and word not in _IRREGULAR.split():
            rest = said[match.start():].casefold()
            if _NOT_DONE_ED_RE.match(rest) or word in ("red", "bed", "need", "feed", "seed", "speed", "shed"):
                continue
        if re.search(r"\b(?:the|a|an|our|their|my|your|his|her|its|this|that|these|those)\s+$",
                     said[: match.start()], re.IGNORECASE):
            continue  # "the revised SOW": a word describing a thing
        if _FUTURE.search(said[: match.start()]):
            continue  # "I'll get it", "going to send": a plan, not a report
        return "done"
    return None


LINK = 0.5  # share of the promise's content words a later line must say to be linked to it
SURE = 2  # and at least this many of them
OTHERS = 0.75  # a line by someone else, not naming the owner, must say this share of the task


def _overlap(promise: Promise, said: frozenset[str]) -> tuple[int, float]:
    common = len(promise.keywords & said)
    return common, common / max(1, len(promise.keywords))


def _names(line: Line, owner: str) -> bool:
    """The line names the owner (by first or full name) — "Priya archived the old jobs"."""
    first = owner.split()[0]
    return re.search(rf"\b{re.escape(first)}\b", line.text) is not None


def follow(promises: Sequence[Promise], later: Iterable[Line]) -> list[Promise]:
    """Each promise with what later lines say of it: the first done or slipped report that names
    enough of the task, said by the owner, by someone naming the owner, or by anyone saying most of
    the task. A report that names too little of it, or that two promises could both claim, leaves
    the promise open and unsure."""
    result = list(promises)
    ordered = sorted(later, key=lambda ln: (ln.day, ln.conversation_id, ln.segment_index))
    for line in ordered:
        status = report(line.text)
        if status is None:
            continue
        said = keywords(line.text)
        scored = []
        for i, p in enumerate(result):
            if p.status != "open" or line.day < p.line.day or line.conversation_id == p.line.conversation_id:
                continue  # settled, earlier, or said in the same meeting: not a report on it
            common, share = _overlap(p, said)
            if not common:
                continue
            if p.owner != line.speaker and not _names(line, p.owner) and share < OTHERS:
                continue
            scored.append((share, common, p.owner == line.speaker, i))
        if not scored:
            continue
        scored.sort(reverse=True)
        share, common, _, i = scored[0]
        tied = len(scored) > 1 and scored[1][0] == share and scored[1][1] == common
        evidence = Evidence(line.conversation_id, line.segment_index, line.text, line.day)
        if share >= LINK and common >= min(SURE, len(result[i].keywords)) and not tied:
            result[i] = replace(result[i], status=status, unsure=False, evidence=evidence)
        elif not result[i].unsure:
            result[i] = replace(result[i], unsure=True, evidence=evidence)
    return result


@dataclass
class Ledger:
    """An account's promises and their status, and what it was built from (``version``: the
    index's writes and the zone), with each meeting's title and start for the answers."""

    version: tuple[int, str]
    promises: list[Promise] = field(default_factory=list)
    titles: dict[str, str | None] = field(default_factory=dict)
    starts: dict[str, float | None] = field(default_factory=dict)
