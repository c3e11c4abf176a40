"""Commitments said in meetings (English only for now): who promised what, by when, as they said it.

Pure logic over one meeting's lines, no requests and no AI. :func:`find_promises` reads each sentence
for a commitment, in the ways people make them:

- said of oneself: "I'll send the revised SOW by Friday", "I'm going to fix the parser", "I can take
  the Postgres upgrade" (an offer), "let me book the venue" (an errand, not "let me share my screen"),
  "you'll have them Thursday";
- asked and accepted across lines: "Nadia, can you renew the certificates?" / "Sure, I'll get it done
  this week" (Nadia's, due this week), "Would you be up for a reference call?" / "Yeah, happy to";
- handed to someone who takes it: "Omar's going to redo the forecast" / "Yep" (Omar's); "we'll get the
  deck out — I'll do it" (the speaker's);
- conditional ("if they sign the NDA I'll send the report": kept, marked).

And what is not one: questions, hedges ("maybe I'll…"), hypotheticals ("if we had budget I'd…"),
manners of speaking and things done there and then ("I'll be honest", "let me pull up the board"),
sarcasm ("oh sure, and I'll just rewrite the whole app tonight"), bets, a promise taken back in the
same breath ("I'll mention it — actually, no, you do it"), an ask nobody takes, and filler with no
object ("I'll check with the team and confirm"). A task said with a pronoun ("I'll talk to him")
carries the words of what it answers, which is how later lines are matched to it (:mod:`.followup`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from convo_mcp.insights.dues import due_in, resolve_due
from convo_mcp.insights.forms import (
    AFTER_CONDITION,
    ASK,
    BET,
    CONDITION,
    DETERMINERS,
    ERRAND,
    HAS_IT,
    HEDGE_BEFORE,
    HERE,
    LET_ME,
    MOCK_OPEN,
    NEVER,
    NO,
    PURPOSE,
    SARCASM,
    SELF,
    TAG,
    TAKEN,
    TAKEN_BACK,
    THIRD,
    TO,
    WE,
    YES,
    YOU_HAVE,
)
from convo_mcp.insights.promise import Line, Promise, head_of, same_task, same_words, without_due
from convo_mcp.insights.speech import content, objects, person, sentences, shared, spoken


def _clean(task: str) -> str:
    task = re.sub(r"^(?:make sure (?:to |that )?|go ahead and |try to |be sure to |be able to )", "", task.strip(),
                  flags=re.IGNORECASE)
    task = re.sub(r"[\s,—–-]+(?:ok|okay|alright|right|then|too|honestly|though)?\s*$", "", task, flags=re.IGNORECASE)
    return " ".join(task.split())[:160]


def _clause(rest: str) -> str:
    """A task to the end of its clause: not the reason, the condition or the aside after it."""
    cut = re.split(r"\s+(?:—|–|-)\s+|,?\s+(?=(?:as soon as|once|the minute|the moment|the second|so that|unless|"
                   r"hand on heart|without fail|i promise|i swear|scout's honour|properly this time|for real|"
                   r"this time)\b)|\s+so (?=(?:she|he|they|we|you|i|it)\s+(?:can|could|has|have|will|'ll|is|are)\b)|"
                   r",\s+(?=\w+ing\b)|,\s+and (?=(?:we|i|you|they)\b)|,\s+(?=(?:so|because|but|which|since|and then|"
                   r"and honestly|if|though|although|"
                   r"unless|just|like|honestly|then|too|i|i've|i'm|i'd|we|we're|you|you'll|he|she|they|it|it's|"
                   r"that|that's|there|there's|this|one|nobody|everyone|plus)\b)|,\s+(?=(?:the|our|my|their)\s+"
                   r"(?:[\w-]+\s+){0,2}[\w-]+(?:'s|\s+(?:is|are|was|were|has|have))\b)", rest, maxsplit=1,
                   flags=re.IGNORECASE)
    return cut[0]


@dataclass
class _Found:
    owner: str
    task: str
    line: int  # index into the meeting's lines
    sentence: str
    conditional: bool = False
    asked: int | None = None
    also: list[int] = field(default_factory=list)
    context: str | None = None
    due_from: list[str] = field(default_factory=list)  # other text the due date may be said in
    asked_task: str | None = None  # what was asked for, when it was


def _task_of(rest: str, *, errand_only: bool = False) -> str | None:
    """The task a commitment's words name, or None when they name none."""
    task = _clean(_clause(rest))
    if not task or NEVER.match(task):
        return None
    if errand_only and (not ERRAND.match(task) or HERE.match(task)):
        return None
    if re.search(r"\b(?:right now|real quick|for a (?:sec|second)|on (?:my|the) screen)\b", task, re.IGNORECASE) \
            and HERE.match(task):
        return None
    return task


def _pronoun(task: str) -> bool:
    """A task whose object is a pronoun ("do it", "talk to him", "book it with the council", "forward it to
    you when it lands"): what it is was said before."""
    said = re.findall(r"[a-z0-9'-]+", task.casefold())[1:]
    while said and said[0] in ("up", "out", "off", "over", "back", "through", "on", "in", "to", "about", "with", "at",
                               "into", "round", "around"):
        said = said[1:]  # "talk to him", "follow up on it"
    return bool(said) and said[0] in ("it", "them", "that", "this", "those", "him", "her", "one") and (
        len(said) == 1 or said[1] not in DETERMINERS)




def _commitment(text: str, before: str, line: str = "") -> tuple[str, str, bool] | None:
    """(how, task, conditional) of the first commitment in a sentence said by its speaker (``line``: the
    whole line, for a mocking "oh, sure" that opens it)."""
    if BET.search(text) or SARCASM.search(text):
        return None
    if MOCK_OPEN.search(line) and re.search(r"\bI(?:'ll| will) just\b", text, re.IGNORECASE):
        return None  # "Oh, of course. Portugal. I'll just put it on the company card."
    for how, pattern in (("self", SELF), ("let", LET_ME), ("you", YOU_HAVE)):
        for m in pattern.finditer(text):
            ahead = text[: m.start()]
            if HEDGE_BEFORE.search(ahead) or PURPOSE.search(ahead):
                continue
            if how == "self" and re.match(r"I can\s", m.group(0), re.IGNORECASE) and re.match(
                    r"(?:see|hear|tell|imagine|understand|believe|already|only|barely|probably|try)\b",
                    m.group("rest"), re.IGNORECASE):
                continue
            task = _task_of(m.group("rest"), errand_only=how == "let")
            if task is None:
                continue
            if how == "you":
                task = f"get you {task}"  # "you'll have them Thursday": the speaker gets them to you
            conditional = bool(CONDITION.search(ahead)) or bool(AFTER_CONDITION.search(m.group("rest")))
            if TAKEN_BACK.search(text[m.end() - len(m.group("rest")):] + " " + before):
                return None
            return how, task, conditional
    return None


def find_promises(lines: Sequence[Line], people: Sequence[str] = ()) -> list[Promise]:
    """The commitments said in one meeting's lines, in order of where they were made."""
    names = list(dict.fromkeys([*people, *(ln.speaker for ln in lines)]))
    present = {ln.speaker for ln in lines}
    said = [spoken(ln.text) for ln in lines]
    found: list[_Found] = []
    pending: list[_Open] = []  # asked of someone, or handed to them, and not taken up yet
    for i, line in enumerate(lines):
        text = said[i]
        if not text:
            continue
        rest_of_line = " ".join(said[i + 1:i + 2]) if i + 1 < len(lines) and lines[i + 1].speaker == line.speaker \
            else ""
        taken = _taken(i, line, text, lines, said, pending, found)
        for s in sentences(text):
            if s.question and not (TAG.search(s.text) and SELF.search(s.text)):
                pending += _asks(i, line, s.text, text, names, present)
                continue
            if taken:
                continue  # the line took what was asked: its own words are that promise
            got = _commitment(s.text, rest_of_line if re.match(r"^\W*(?:actually|wait|no,|never ?mind|scratch)",
                                                               rest_of_line, re.IGNORECASE) else "", text)
            after = text[s.start + len(s.text):]
            if got is not None and TAKEN_BACK.search(after):
                continue
            if got is not None:
                _, task, conditional = got
                context = None
                if _pronoun(task):
                    context = _context(i, lines, said, s.text, text)
                    if context is None:
                        continue
                elif not objects(content(without_due(task))):
                    # "have a first draft by the fifteenth" answers what was said before it; "I'll check with
                    # the team and confirm", with no date and nothing it is done to, is a manner of speaking
                    context = _context(i, lines, said, s.text, text) if due_in(s.text) or TAKEN.search(text) \
                        else None
                    if context is None:
                        continue
                found.append(_Found(line.speaker, task, i, s.text, conditional, context=context))
                continue
            pending += _handed(i, line, s.text, names, present)
    return [_promise(f, lines, said, names) for f in _merged(found)]


@dataclass(frozen=True)
class _Open:
    """Something asked of someone (or handed to them) that a line just after may take up."""

    line: int
    who: str | None  # whom it was asked of (None: whoever answers)
    task: str
    said: str  # the sentence that asked
    handed: bool = False  # said to be theirs ("Omar's going to redo the forecast"), not asked


def _asks(i: int, line: Line, sentence: str, text: str, names: Sequence[str], present: set[str]) -> list[_Open]:
    """What a question asks someone to do, and of whom (None: whoever answers)."""
    m = ASK.search(sentence)
    if m is not None:
        task = _clean(_clause(next(g for g in m.groups() if g is not None)))
        task = re.sub(r",\s*[A-Z][a-z]+\s*$", "", task)
        if NEVER.match(task) or HERE.match(task):
            return []  # "can you say more about that?", "could you share your screen?": asked of now
        return [_Open(i, _addressee(text, line.speaker, names, present), task, sentence)]
    if (has := HAS_IT.search(sentence)) and (who := person(has.group("name"), names)) in present:
        we = WE.search(text)
        if we is not None:
            return [_Open(i, who, _clean(_clause(we.group("rest"))), sentence)]
    return []


def _addressee(text: str, speaker: str, names: Sequence[str], present: set[str]) -> str | None:
    for m in re.finditer(r"(?:^|[.,!?—–]\s*)([A-Z][a-z]+)\s*[,?]|,\s*([A-Z][a-z]+)\s*[?.!]", text):
        who = person(m.group(1) or m.group(2), names)
        if who is not None and who != speaker and who in present:
            return who
    return None


def _handed(i: int, line: Line, sentence: str, names: Sequence[str], present: set[str]) -> list[_Open]:
    """A task said to be someone's ("Omar's going to redo the forecast", "— Omar's got it")."""
    for m in THIRD.finditer(sentence):
        who = person(m.group("name"), names)
        task = _task_of(m.group("rest"))
        if who and who != line.speaker and who in present and task and not _pronoun(task):
            return [_Open(i, who, task, sentence, handed=True)]
    if (has := HAS_IT.search(sentence)) and (who := person(has.group("name"), names)) and who in present \
            and who != line.speaker and (we := WE.search(sentence)) is not None:
        return [_Open(i, who, _clean(_clause(we.group("rest"))), sentence, handed=True)]
    return []


def _taken(i: int, line: Line, text: str, lines: Sequence[Line], said: Sequence[str], pending: list[_Open],
           found: list[_Found]) -> bool:
    """Whether this line takes on what was asked of (or handed to) its speaker in the last three lines;
    the promise is then made here, with the ask's words (or where it was handed over, said again here)."""
    for entry in list(pending):
        if i - entry.line > 3:
            pending.remove(entry)
            continue
        if entry.line == i or lines[entry.line].speaker == line.speaker or entry.who not in (None, line.speaker):
            continue
        pending.remove(entry)
        if NO.match(text) or TAKEN_BACK.match(text):
            return False
        own = _commitment(text, "")
        if not (YES.match(text) or TAKEN.search(text) or own is not None):
            return False
        if entry.handed:
            found.append(_Found(line.speaker, entry.task, entry.line, lines[entry.line].text, also=[i],
                                due_from=[text]))
            return True
        if own is not None and not _pronoun(own[1]) and not shared(content(own[1]), content(entry.task)):
            return False  # took on something else
        before = _context(entry.line, lines, said, entry.said, said[entry.line]) if _pronoun(entry.task) else None
        mine = own[1] if own is not None and not _pronoun(own[1]) else entry.task
        found.append(_Found(line.speaker, mine, i, text, own[2] if own else False, asked=entry.line,
                            context=before or (None if mine == entry.task else entry.task),
                            due_from=[lines[entry.line].text], asked_task=entry.task))
        return True
    return False


def _context(i: int, lines: Sequence[Line], said: Sequence[str], sentence: str, text: str) -> str | None:
    """What a task said with a pronoun is about: the clause before it in the line ("we'll get the deck
    out — I'll do it"), else the line before it by someone else; None when neither names anything."""
    head = text[: text.find(sentence)] + sentence
    we = WE.search(head)
    if we is not None and objects(content(we.group("rest"))):
        return _clean(_clause(we.group("rest")))
    before = re.split(r"\bI(?:'ll| will| can|'m going to)\b", head, maxsplit=1, flags=re.IGNORECASE)[0]
    if len(objects(content(before))) >= 2 and len(before) > 6:
        return _clean(before.strip(" ,—–-"))[-200:]
    for j in (i - 1, i - 2, i - 3):  # what it answers: a question just before, naming something
        if j >= 0 and lines[j].speaker != lines[i].speaker and said[j].rstrip().endswith("?") \
                and objects(content(said[j])):
            return said[j][-200:]
    for least in (2, 1):  # a line naming two things before one naming one
        if len(objects(content(before))) >= least and len(before) > 6:
            return _clean(before.strip(" ,—–-"))[-200:]
        for j in (i - 1, i - 2, i - 3):  # what "it" stands for was said last, by whoever brought it up
            if j >= 0 and lines[j].speaker != lines[i].speaker and len(objects(content(said[j]))) >= least:
                last = [x.text for x in sentences(said[j]) if len(objects(content(x.text))) >= least]
                return (last[-1] if last else said[j])[:200]
    return None


def _around(i: int, lines: Sequence[Line], said: Sequence[str]) -> frozenset[str]:
    """The words of the lines just before a promise: what its meeting was talking about then."""
    return frozenset().union(*(content(said[j]) for j in range(max(0, i - 3), i)))


def _merged(found: list[_Found]) -> list[_Found]:
    """One promise for the same task said twice by its owner in a meeting (the first keeps the second)."""
    out: list[_Found] = []
    for f in sorted(found, key=lambda f: f.line):
        words = objects(content(f.task + " " + (f.context or "")))
        twin = next((o for o in out if o.owner == f.owner and o.line != f.line and same_words(
            objects(content(o.task + " " + (o.context or ""))), words, f.sentence,
            (head_of(o.task), head_of(f.task)))), None)
        if twin is not None:
            twin.also.append(f.line)
            twin.due_from.append(f.sentence)
        elif not any(o.owner == f.owner and (o.line == f.line or f.line in o.also) for o in out):
            out.append(f)
    return out


def _promise(f: _Found, lines: Sequence[Line], said: Sequence[str], names: Sequence[str]) -> Promise:
    line = lines[f.line]
    verb = re.search(r"\b(?:I(?:'ll| will| shall|'m going to| am going to|'m gonna| can)|let me|you'll)\b", f.sentence,
                     re.IGNORECASE)
    after = f.sentence[verb.start():] if verb else f.sentence  # "if you sign it today, I'll send it tomorrow"
    due = due_in(after) or due_in(f.sentence) or next((d for t in f.due_from if (d := due_in(t))), None)
    to = TO.search(f.task)
    recipient = (to.group("to") or to.group("to2")) if to else None
    if recipient and (recipient.casefold() in ("monday", "tuesday", "wednesday", "thursday", "friday")
                      or recipient.casefold().startswith(("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                                          "oct", "nov", "dec"))):
        recipient = None
    own = content(without_due(f.task))
    around = content(said[f.line]) | content(said[f.asked] if f.asked is not None else "")
    if f.asked_task and not _pronoun(f.asked_task):
        own |= content(without_due(f.asked_task))  # what was asked for is what was promised
    if f.context or _pronoun(f.task):
        around |= _around(f.line, lines, said)
    if f.context:
        own |= content(without_due(f.context)) if not objects(own) or _pronoun(f.task) else frozenset()
        around |= content(f.context)
    phrase = next((t for t in (f.task, f.asked_task) if t and not _pronoun(t)), None)  # a task said as one
    return Promise(owner=f.owner, text=f.task, line=line, to=recipient, due=due,
                   due_date=resolve_due(due, line.day) if due else None, keywords=own, conditional=f.conditional,
                   asked=lines[f.asked].segment_index if f.asked is not None else None,
                   also=tuple(lines[j] for j in f.also), context=f.context,
                   head=head_of(phrase) if phrase else None, topic=frozenset(around - own))


def merge_action_items(found: Sequence[Promise], items: Iterable[tuple[str, str | None]],
                       lines: Sequence[Line], people: Sequence[str] = ()) -> list[Promise]:
    """The promises read in a meeting's lines, with the action items of its AI summary (``(item,
    owner)``) that none of them already says. An added item is placed at the line that says most of it
    (the first line when none does), its owner matched to the meeting's people by first name."""
    out = list(found)
    names = list(dict.fromkeys([*people, *(ln.speaker for ln in lines)]))
    for text, said_owner in items:
        words = content(text)
        if not objects(words) or not lines:
            continue
        owner = (person(said_owner.split()[0], names) or said_owner.strip()) if said_owner else None
        if any(same_task(words, p) and (owner is None or p.owner == owner) for p in out):
            continue
        best = max(lines, key=lambda ln: (len(shared(words, content(ln.text))), -ln.segment_index))
        due = due_in(text)
        out.append(Promise(owner=owner or "unassigned", text=_clean(text), line=best, due=due,
                           due_date=resolve_due(due, best.day) if due else None, keywords=words, source="keypoints"))
    return out




__all__ = ["find_promises", "merge_action_items", "resolve_due"]
