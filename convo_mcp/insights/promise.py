"""What a promise is, and when two tasks are one (English only for now).

A :class:`Promise` is who promised what (the task as said, its words, what it is done to: its
:func:`head_of`), where and when it was said (a :class:`Line`, with its moment: "after" between
meetings is a matter of time, not of day), by when (as said, and the date that follows), and what
became of it (:mod:`.followup`). The same task said again by its owner, in a later meeting or the same
one, is one promise said in several places (:func:`restated`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from convo_mcp.insights.dues import due_in
from convo_mcp.insights.speech import GENERIC_STEMS, STOP, content, meet, objects, shared, stem

Status = Literal["open", "done", "slipped"]


@dataclass(frozen=True)
class Line:
    conversation_id: str
    day: date  # the meeting's local day
    segment_index: int
    speaker: str
    text: str
    at: float | None = None  # seconds from the meeting's start
    when: float | None = None  # unix seconds: what "after" means between meetings

    def moment(self) -> tuple[float, str, int]:
        """Its place in time: its moment when known, else its day (before the day's timed lines)."""
        if self.when is not None:
            return (self.when, self.conversation_id, self.segment_index)
        return (self.day.toordinal() * 86400.0 - 86400, self.conversation_id, self.segment_index)


@dataclass(frozen=True)
class Evidence:
    conversation_id: str
    segment_index: int
    text: str
    day: date
    speaker: str = ""
    when: float | None = None
    at: float | None = None  # seconds from the meeting's start


@dataclass(frozen=True)
class Promise:
    owner: str
    text: str  # what was promised, short
    line: Line
    to: str | None = None
    due: str | None = None  # as said
    due_date: date | None = None
    status: Status = "open"
    evidence: Evidence | None = None  # the line a done or slipped status rests on
    possible: Evidence | None = None  # a later line that may be about it (too weak to settle it)
    keywords: frozenset[str] = field(default_factory=frozenset)
    source: Literal["transcript", "keypoints"] = "transcript"
    conditional: bool = False
    asked: int | None = None  # the segment that asked for it (same meeting)
    also: tuple[Line, ...] = ()  # where it was said again
    context: str | None = None  # what a task said with a pronoun answers ("I'll talk to him")
    head: str | None = None  # the stem of what the task is done to ("send Northgate the proposal": "proposal")
    topic: frozenset[str] = field(default_factory=frozenset)  # words said around it (the aside, what was asked)

    @property
    def unsure(self) -> bool:
        return self.possible is not None and self.status == "open"


def without_due(task: str) -> str:
    """The task's words without the due date said in them."""
    task = re.sub(r"\b(?:at some point|some ?time|one of these days|soon(?:ish)?|asap|first thing|straight away|right "
                  r"away|(?:early|mid|late)-?\s?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|the start "
                  r"of \w+)\b",
                  " ", task, flags=re.IGNORECASE)
    due = due_in(task)
    if due:
        task = re.sub(r"\b(?:by|before|until|till|on|for|due)?\s*" + re.escape(due), " ", task, flags=re.IGNORECASE)
    return " ".join(task.split())


_PARTICLES = frozenset(["up", "out", "off", "over", "back", "together", "down", "in", "through", "around", "forward",
                        "along"])
_PREPS = frozenset(["for", "to", "with", "on", "in", "at", "about", "from", "by", "before", "after", "so", "into",
                    "onto", "than", "via", "because", "once", "when", "if", "while", "until", "till", "within", "of",
                    "during", "across", "without", "except", "per", "against", "between", "among", "under", "behind"])
_PRONOUN_OBJECT = frozenset(["it", "them", "that", "this", "those", "these", "him", "her", "one"])


def head_of(task: str) -> str | None:
    """What a task is done to, as a stem: the last word of its object before any preposition ("send
    Northgate the proposal" → "proposal", "pull the churn reasons for the last quarters" → "reason")."""
    causative = re.match(r"^(?:get|have|ask|make|let)\s+(?:\w+\s+){1,3}?to\s+(?P<rest>.+)$", task.strip(),
                         re.IGNORECASE)
    if causative:  # "get the lads to take the bath out": what is done is after "to"
        task = causative.group("rest")
    said = re.findall(r"[A-Za-z0-9][A-Za-z0-9'&-]*|,", without_due(task))
    last = None
    after = [w.casefold() for w in said[1:] if w.casefold() not in _PARTICLES]
    if after and after[0] in _PRONOUN_OBJECT:
        return None  # "book it straight away": what it is was said before
    for n, w in enumerate(said[1:], start=1):
        if w[0].isupper() and w not in ("I", "PRD", "API", "SOC") and not w.isupper():
            continue  # a name: who it is for, not what it is
        w = w.casefold()
        if (w in _PREPS or w in ("and", "or", "plus", ",")) and n > 1 and last is not None:
            break
        if w == ",":
            continue
        if w in _PARTICLES and last is None:
            continue
        if w.endswith("ly") and len(w) > 4:
            continue
        if w not in STOP and len(w) > 1 and not w.isdigit() and stem(w) not in GENERIC_STEMS:
            last = stem(w)
    return last


_AGAIN = re.compile(r"\b(?:like i said|as i said|as promised|again|as discussed|that stands|i'll still|"
                    r"(?:i )?still (?:owe|do|plan|going|mean))\b", re.IGNORECASE)


def same_words(a: frozenset[str], b: frozenset[str], said: str,
               heads: tuple[str | None, str | None] = (None, None)) -> bool:
    """Whether two tasks' object words are one task: most words shared, and what each is done to the
    same when both say it (said again, "like I said, …", needs fewer)."""
    if not a or not b:
        return False
    if heads[0] and heads[1] and not meet(heads[0], heads[1]):
        return False
    common = len(shared(a, b))
    least = min(len(a), len(b))
    if _AGAIN.search(said):
        return common >= 1 and common / least >= 0.5
    return (common >= 2 and common / least >= 0.6) or (a == b)


RESTATED_DAYS = 120  # a task said again by its owner within this long is the same promise


def restated(promises: Sequence[Promise]) -> list[Promise]:
    """The promises with each one said again by its owner in a later meeting folded into the first
    (``also``): one promise, every place it was said; a due date said only the second time is kept."""
    out: list[Promise] = []
    mine: dict[tuple[str, str], list[int]] = {}  # (owner, a word's start) → the promises saying it, in order

    def keys(p: Promise) -> set[str]:
        return {w[:3] for w in objects(p.keywords)} | ({p.head[:3]} if p.head else set())

    for p in sorted(promises, key=lambda p: p.line.moment()):
        words = objects(p.keywords)
        answered = objects(p.keywords) if p.context is not None else frozenset()
        near = sorted({k for key in keys(p) for k in mine.get((p.owner, key), ())}, reverse=True)
        twin = next((k for k in near
                     if out[k].line.conversation_id != p.line.conversation_id and p.source == out[k].source
                     and p.line.moment()[0] - out[k].line.moment()[0] <= RESTATED_DAYS * 86400
                     and (same_words(objects(out[k].keywords), words, p.line.text, (out[k].head, p.head))
                          or _answers(out[k], answered))), None)
        if twin is None:
            for key in keys(p):
                mine.setdefault((p.owner, key), []).append(len(out))
            out.append(p)
            continue
        first = out[twin]
        out[twin] = replace(first, also=(*first.also, p.line, *p.also), due=first.due or p.due,
                            due_date=first.due_date or p.due_date, conditional=first.conditional and p.conditional)
    return out


def _answers(first: Promise, said: frozenset[str]) -> bool:
    """Whether a promise made with a pronoun ("I'll do it today") answers what is said of ``first``
    (the line it answers names what ``first`` is done to, or two of its words)."""
    if not said:
        return False
    common = shared(objects(first.keywords), said)
    return (first.head is not None and any(meet(first.head, w) for w in said)) or len(common) >= 2


def same_task(words: frozenset[str], promise: Promise) -> bool:
    """Whether a task said in ``words`` (its :func:`~.speech.content`) is ``promise``'s."""
    return same_words(objects(words), objects(promise.keywords), "")


def keywords(text: str) -> frozenset[str]:
    """The words a task is matched by (:func:`~.speech.content`)."""
    return content(text)

