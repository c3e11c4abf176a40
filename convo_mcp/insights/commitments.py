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
from convo_mcp.insights.promise import Line, Promise, head_of, same_task, same_words, without_due
from convo_mcp.insights.speech import content, objects, person, sentences, shared, spoken

# --- the forms of a commitment --------------------------------------------------------------------------

_ADV = (r"(?:(?:also|still|then|just|definitely|personally|totally|happily|gladly|certainly|first|quickly|"
        r"actually|now|myself|absolutely|go ahead and|make sure (?:to|that|I)|be sure to|try (?:to|and))\s+)*")
_SELF = re.compile(r"\bI(?:'ll| will| shall|'m going to| am going to|'m gonna| am gonna| can(?!'t| not| never))\s+"
                   + _ADV + r"(?P<rest>[^.!?;]+)", re.IGNORECASE)
_LET_ME = re.compile(r"\blet me\s+(?:just\s+|quickly\s+|go ahead and\s+)?(?P<rest>[^.!?;]+)", re.IGNORECASE)
_YOU_HAVE = re.compile(r"\byou'll (?P<verb>have|get) (?P<rest>[^.!?;]+)", re.IGNORECASE)
_WE = re.compile(r"\bwe(?:'ll| will|'re going to| are going to|'re gonna)\s+" + _ADV + r"(?P<rest>[^.!?;—–]+)",
                 re.IGNORECASE)
_THIRD = re.compile(r"\b(?P<name>[A-Z][a-z]+)(?:'s going to| is going to|'ll| will| is gonna|'s gonna| can)\s+"
                    + _ADV + r"(?P<rest>[^.!?;]+)")
_HAS_IT = re.compile(r"\b(?P<name>[A-Z][a-z]+)(?:'s got| has got| has| is on| 's on|'s on)\s+(?:it|this|that)\b")
_TAKEN = re.compile(r"\b(?:I(?:'ll| will| shall) be there|I can make it|leave (?:it|that|this) (?:with|to) me|I'm on it|I'm on (?:that|this)|on it|consider it "
                    r"done|I've got (?:it|this|that)|I got (?:it|this|that)|will do|can do|happy to|glad to|count me "
                    r"in|no problem|you got it|sure thing|I can do that)\b", re.IGNORECASE)
_YES = re.compile(r"^(?:-?hm+\W*|mm-?hm\W*)?(?:yes|yeah|yep|yup|aye|righto|right you are|roger|gotcha|no worries|no bother|"
                  r"sure|of course|absolutely|definitely|ok|okay|fine|"
                  r"alright|all right|will do|can do|on it|no problem|happy to|glad to|for sure|you bet|sounds good|"
                  r"deal|done|ugh|consider it|leave it with me|i'm on it|i can|i will|i'll|give me)\b", re.IGNORECASE)
_NO = re.compile(r"^(?:no\b(?!\s+problem)|nope|not (?:me|this|right|sure)|i can't|i cannot|can't|i don't think|"
                 r"i won't|sorry,? (?:i|no|can't)|i'd rather not|i'm not sure i can|i'd love to,? but)", re.IGNORECASE)
_ASK = re.compile(r"\bwould you be (?:up for|able to|willing to|ok(?:ay)? to|happy to)\s+(?P<task3>[^?]+)|"
                  r"\b(?:can|could|would|will) you(?: please| maybe| possibly| also)?\s+(?P<task>[^?]+)|"
                  r"\b(?:can|could) (?:someone|somebody|anyone|anybody|we get|i get)\s+(?P<task2>[^?]+)|"
                  r"\b(?:can|could|shall) we (?:have|get)\s+(?P<task7>[^?]+)|"
                  r"\bdo you mind\s+(?P<task4>[^?]+)|\bany chance you could\s+(?P<task5>[^?]+)|"
                  r"\bwho (?:can|could|wants to|will)\s+(?P<task6>[^?]+)", re.IGNORECASE)

# what is no task: talk about talk, states, things done there and then, politeness
_NEVER = re.compile(
    r"^(?:be\b(?!\s+(?:sure|able)\s+to)|think|keep (?:that|it|this|you) (?:in mind|posted)|bear (?:that|it) in mind|"
    r"let (?:you|you all|you lot|you guys|everyone|y'all) (?:\w+ )?(?:go|get|know)|leave (?:you|it there|that there|"
    r"(?:that|it|this) (?:between|with you|to you|up to))|hold you to|give (?:it|them|him|her) (?:another|a few|a "
    r"couple|till|until)|[^,]{0,30}\bon (?:the |my |your )?screen\b|see (?:you|what|if|how)|talk to you (?:later|soon)|"
    r"catch you|stop (?:you|there|sharing|here)|grab (?:a |some )?(?:coffee|tea|water|lunch|food|drink|bite)|"
    r"take (?:a (?:break|breath|step back|second|minute|look at (?:the|this) slide)|five)|need to|want to|have to|"
    r"hope|guess|say|tell you|admit|put it|play devil|jump in|hand (?:it )?over|turn it over|pass (?:it|that)|move "
    r"on|keep (?:it|this) (?:short|brief)|mute|unmute|drop off|hop off|head (?:out|off)|step (?:away|out)|answer "
    r"(?:that|this)|respond to that|say more|double.?click|ask (?:you|a question)|go first|start (?:with|by|us|off)|"
    r"recap|repeat|(?:jump|hop|drop|head|log|run) (?:off|out)|sign (?:off|out)(?:\s*$| now| here| for)|pretend|allow (?:it|that)|"
    r"know\b|need\b|cry|scream|die|faint|lose (?:it|my mind)|take (?:that|it) as|(?:go|run|walk) (?:through|over) "
    r"[^,]{0,40}\bfirst\b|go over (?:the )?(?:headlines|numbers|agenda)|wrap (?:up|it up|things up|us up) (?:here|now|there)|"
    r"take (?:that|it|this) (?:on board|into account)|get (?:right )?on (?:that|it) (?:right away )?(?:then)?$|never|not\b|probably|maybe|"
    r"admit|bet|eat my|remember|miss|regret|love|hate|be honest|agree|disagree|believe|assume|imagine|wait|"
    r"stay|sit (?:tight|back)|leave it at that|shut up|hold (?:on|off)|live with|survive|try not)\b",
    re.IGNORECASE)
# done there and then: on the screen, in the room ("let me share my screen", "let me pull up the board")
_HERE = re.compile(
    r"^(?:share|pull|show|drag|scroll|open|bring up|click|type|read|walk|(?:go|run) (?:through|back|over)|look|find|check "
    r"(?:my|the) notes|put (?:it|this|that) on|zoom|switch|flip|jump|explain|summari[sz]e|clarify|rephrase|"
    r"finish (?:my|this) (?:thought|point|sentence)|add (?:to|one thing|something)|interrupt|just)\b", re.IGNORECASE)
_ERRAND = re.compile(
    r"^(?:book|send|draft|write|schedule|set up|get|follow up|check (?:with|on|in with)|look into|ping|call|email|"
    r"reach out|put together|update|review|prepare|find out|chase|order|reserve|file|submit|fix|sort out|organi[sz]e|"
    r"arrange|loop in|talk to|speak to|sync with|run|migrate|rework|finali[sz]e|confirm|renew|ask(?! you)|figure "
    r"out|dig into|get back to|circle back|take care of|handle|contact|text|message|invite|buy|pay|cancel)\b",
    re.IGNORECASE)
_HEDGE_BEFORE = re.compile(r"(?:\b(?:maybe|perhaps|probably|possibly|i think|i guess|hopefully|might)\s*,?\s*"
                           r"(?:so\s+)?|\bi'd\s+)$", re.IGNORECASE)
_SARCASM = re.compile(
    r"^(?:oh,?\s+)?(?:sure|great|yeah|right|perfect|wonderful|fantastic|brilliant|awesome|totally|absolutely)\s*,?"
    r"\s*(?:and|so|then)?\s*,?\s*I(?:'ll| will)\s+just\b|\bwhile I'm at it\b|\bproblem solved\b|\bin my spare time\b|"
    r"\bwhat could (?:possibly )?go wrong\b|\b(?:yeah|oh),? right\b|\bno pressure\b|\bwhen pigs fly\b|\bin my dreams\b|"
    r"^(?:oh,?\s+)?(?:sure|absolutely|of course|yes|yeah|great|totally|right)\s*,\s*and I(?:'ll| will)\b|"
    r"\bwhile (?:i'm|we're|you're) at it\b|\bat this rate\b|"
    r"\bget right on (?:that|it)\b|\b(?:the (?:whole|entire)|every single|everything|all of it|single-handedly|"
    r"by myself)\b.{0,60}\b(?:tonight|overnight|this weekend|by tomorrow|by (?:monday|tuesday|wednesday|thursday|"
    r"friday)|in an hour|no problem|easy|while i'm at it)\b", re.IGNORECASE)
_BET = re.compile(r"\bI(?:'ll| will)? bet\b|\bbet you\b|\bwanna bet\b|\bi'll eat my\b|\bmark my words\b|\bput money "
                  r"on\b|\bmy money's on\b|\b(?:ten|five|twenty) (?:bucks|dollars|quid|euros) says\b", re.IGNORECASE)
_TAKEN_BACK = re.compile(
    r"\b(?:actually,? no|no,? wait|wait,? no|oh,? wait|never ?mind|(?:scratch|scrap|strike|ignore|cancel) that|on "
    r"second thought|forget (?:it|that|"
    r"i said)|i can't,|actually,? (?:it's|that's|they're) already|i'll leave (?:it|that)|you do it|you take it|"
    r"(?:she|he|they) should do it|let (?:her|him|them) do it|no,? no)\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|once|as soon as|assuming|provided|unless|when)\b", re.IGNORECASE)
_AFTER_CONDITION = re.compile(r"\b(?:as soon as|once|provided|assuming)\b", re.IGNORECASE)
_PRONOUN_TASK = re.compile(r"^(?:(?:do|take|handle|own|grab|get|sort|send|chase|fix|set up|look at|update|"
                           r"talk to|follow up on|deal with)\s+)?(?:it|that|this|them|those|him|her|one)(?:\s*$|[,.;]|"
                           r"\s+(?:over|out|up|back|off|to|by|on|in|for|done|sorted|fixed|through|first|then|again|"
                           r"tomorrow|today|tonight|later|now|this|next|before|after|asap)\b)", re.IGNORECASE)
_TO = re.compile(r"\b(?:to|with|for)\s+(?P<to>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)|"
                 r"^(?:email|send|call|ping|tell|ask|text|message)\s+(?P<to2>[A-Z][A-Za-z]+)")


def _clean(task: str) -> str:
    task = re.sub(r"^(?:make sure (?:to |that )?|go ahead and |try to |be sure to |be able to )", "", task.strip(),
                  flags=re.IGNORECASE)
    task = re.sub(r"[\s,—–-]+(?:ok|okay|alright|right|then|too|honestly|though)?\s*$", "", task, flags=re.IGNORECASE)
    return " ".join(task.split())[:160]


def _clause(rest: str) -> str:
    """A task to the end of its clause: not the reason, the condition or the aside after it."""
    cut = re.split(r"\s+(?:—|–|-)\s+|,?\s+(?=(?:as soon as|once|the minute|the moment|the second|so that|unless|"
                   r"hand on heart|without fail|i promise|i swear|scout's honour|properly this time|for real|"
                   r"this time)\b)|,\s+(?=\w+ing\b)|,\s+and (?=(?:we|i|you|they)\b)|,\s+(?=(?:so|because|but|which|since|and then|and honestly|if|though|although|"
                   r"unless|just|like|honestly|then|too|i|i've|i'm|i'd|we|we're|you|you'll|he|she|they|it|it's|"
                   r"that|that's|there|there's|this|one|nobody|everyone|plus)\b)|,\s+(?=(?:the|our|my|their)\s+"
                   r"(?:[\w-]+\s+){0,2}[\w-]+(?:'s|\s+(?:is|are|was|were|has|have))\b)", rest, maxsplit=1, flags=re.IGNORECASE)
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
    if not task or _NEVER.match(task):
        return None
    if errand_only and (not _ERRAND.match(task) or _HERE.match(task)):
        return None
    if re.search(r"\b(?:right now|real quick|for a (?:sec|second)|on (?:my|the) screen)\b", task, re.IGNORECASE) \
            and _HERE.match(task):
        return None
    return task


def _pronoun(task: str) -> bool:
    """A task whose object is a pronoun ("do it", "talk to him", "book it with the council", "forward it to
    you when it lands") or names nothing ("have a first draft"): what it is was said before."""
    own = objects(content(without_due(task)))
    if not own:
        return True
    said = re.findall(r"[a-z0-9'-]+", task.casefold())[1:]
    while said and said[0] in ("up", "out", "off", "over", "back", "through", "on", "in", "to", "about", "with", "at",
                               "into", "round", "around"):
        said = said[1:]  # "talk to him", "follow up on it"
    return bool(said) and said[0] in ("it", "them", "that", "this", "those", "him", "her", "one") and (
        len(said) == 1 or said[1] not in _DETERMINERS)


# a commitment ending in a polite check is still one: "I'll instruct her this week, if that's alright?"
_TAG = re.compile(r"(?:,\s*|\s+)(?:if that's (?:ok|okay|alright|all right|fine)(?: with (?:everyone|you|you all))?|shall I|"
                  r"yeah|right|ok|okay|or so|does that work|is that ok(?:ay)?|sound good|all right)\s*\?$", re.IGNORECASE)
# "… a fee breakdown so I can set up the budget": a purpose, not an offer
_PURPOSE = re.compile(r"[a-z]\s+(?:so|so that|and then)\s*$|\b(?:before|until|till|whenever|unless|because|where|"
                      r"which|than|how|what)\s*$", re.IGNORECASE)
_MOCK_OPEN = re.compile(r"^(?:oh,?\s+)(?:sure|of course|absolutely|yes|yeah|great|right|totally)\b", re.IGNORECASE)
_DETERMINERS = frozenset(["the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "some", "any", "all",
                          "both", "every", "each", "these", "those", "this", "that", "two", "three", "four", "five"])


def _commitment(text: str, before: str, line: str = "") -> tuple[str, str, bool] | None:
    """(how, task, conditional) of the first commitment in a sentence said by its speaker (``line``: the
    whole line, for a mocking "oh, sure" that opens it)."""
    if _BET.search(text) or _SARCASM.search(text):
        return None
    if _MOCK_OPEN.search(line) and re.search(r"\bI(?:'ll| will) just\b", text, re.IGNORECASE):
        return None  # "Oh, of course. Portugal. I'll just put it on the company card."
    for how, pattern in (("self", _SELF), ("let", _LET_ME), ("you", _YOU_HAVE)):
        for m in pattern.finditer(text):
            ahead = text[: m.start()]
            if _HEDGE_BEFORE.search(ahead) or _PURPOSE.search(ahead):
                continue
            if how == "self" and re.match(r"I can\s", m.group(0), re.IGNORECASE) and re.match(
                    r"(?:see|hear|tell|imagine|understand|believe|already|only|barely|probably|try)\b",
                    m.group("rest"), re.IGNORECASE):
                continue
            task = _task_of(m.group("rest"), errand_only=how == "let")
            if task is None:
                continue
            if how == "you":
                task = f"get you {task}" if m.group("verb").casefold() == "have" else f"get you {task}"
            conditional = bool(_CONDITION.search(ahead)) or bool(_AFTER_CONDITION.search(m.group("rest")))
            if _TAKEN_BACK.search(text[m.end() - len(m.group("rest")):] + " " + before):
                return None
            return how, task, conditional
    return None


def find_promises(lines: Sequence[Line], people: Sequence[str] = ()) -> list[Promise]:
    """The commitments said in one meeting's lines, in order of where they were made."""
    names = list(dict.fromkeys([*people, *(ln.speaker for ln in lines)]))
    present = {ln.speaker for ln in lines}
    said = [spoken(ln.text) for ln in lines]
    found: list[_Found] = []
    asks: list[tuple[int, str | None, str, str]] = []  # (line, addressee, task, the ask's text)
    handed: list[tuple[int, str, str]] = []  # (line, owner, task): handed to someone who has not taken it yet
    for i, line in enumerate(lines):
        text = said[i]
        if not text:
            continue
        rest_of_line = " ".join(said[i + 1:i + 2]) if i + 1 < len(lines) and lines[i + 1].speaker == line.speaker \
            else ""
        taken = _taken(i, line, text, lines, said, asks, handed, found)
        for s in sentences(text):
            if s.question and not (_TAG.search(s.text) and _SELF.search(s.text)):
                asks += _asks(i, line, s.text, text, names, present)
                continue
            if taken:
                continue  # the line took what was asked: its own words are that promise
            got = _commitment(s.text, rest_of_line if re.match(r"^\W*(?:actually|wait|no,|never ?mind|scratch)",
                                                               rest_of_line, re.IGNORECASE) else "", text)
            after = text[s.start + len(s.text):]
            if got is not None and _TAKEN_BACK.search(after):
                continue
            if got is not None:
                how, task, conditional = got
                context = None
                if _pronoun(task):
                    context = _context(i, lines, said, s.text, text)
                    if context is None:
                        continue
                elif not objects(content(without_due(task))):
                    # "have a first draft by the fifteenth" answers what was said before it; "I'll check with
                    # the team and confirm", with no date and nothing it is done to, is a manner of speaking
                    context = _context(i, lines, said, s.text, text) if due_in(s.text) or _TAKEN.search(text) \
                        else None
                    if context is None:
                        continue
                found.append(_Found(line.speaker, task, i, s.text, conditional, context=context))
                continue
            handed += _handed(i, line, s.text, names, present)
    return [_promise(f, lines, said, names) for f in _merged(found)]


def _asks(i: int, line: Line, sentence: str, text: str, names: Sequence[str],
          present: set[str]) -> list[tuple[int, str | None, str, str]]:
    """What a question asks someone to do, and of whom (None: whoever answers)."""
    m = _ASK.search(sentence)
    if m is not None:
        task = _clean(_clause(next(g for g in m.groups() if g is not None)))
        task = re.sub(r",\s*[A-Z][a-z]+\s*$", "", task)
        return [(i, _addressee(text, line.speaker, names, present), task, sentence)]
    if (has := _HAS_IT.search(sentence)) and (who := person(has.group("name"), names)) in present:
        we = _WE.search(text)
        if we is not None:
            return [(i, who, _clean(_clause(we.group("rest"))), sentence)]
    return []


def _addressee(text: str, speaker: str, names: Sequence[str], present: set[str]) -> str | None:
    for m in re.finditer(r"(?:^|[.,!?—–]\s*)([A-Z][a-z]+)\s*[,?]|,\s*([A-Z][a-z]+)\s*[?.!]", text):
        who = person(m.group(1) or m.group(2), names)
        if who is not None and who != speaker and who in present:
            return who
    return None


def _handed(i: int, line: Line, sentence: str, names: Sequence[str], present: set[str]) -> list[tuple[int, str, str]]:
    """A task said to be someone's ("Omar's going to redo the forecast", "— Omar's got it")."""
    for m in _THIRD.finditer(sentence):
        who = person(m.group("name"), names)
        task = _task_of(m.group("rest"))
        if who and who != line.speaker and who in present and task and not _pronoun(task):
            return [(i, who, task)]
    if (has := _HAS_IT.search(sentence)) and (who := person(has.group("name"), names)) and who in present \
            and who != line.speaker and (we := _WE.search(sentence)) is not None:
        return [(i, who, _clean(_clause(we.group("rest"))))]
    return []


def _taken(i: int, line: Line, text: str, lines: Sequence[Line], said: Sequence[str],
           asks: list[tuple[int, str | None, str, str]], handed: list[tuple[int, str, str]], found: list[_Found]) -> bool:
    """Whether this line takes on what was asked of (or handed to) its speaker in the last three lines;
    the promise is then made here, with the ask's words."""
    for bucket in (asks, handed):
        for entry in list(bucket):
            at = entry[0]
            if i - at > 3:
                bucket.remove(entry)
                continue
            who = entry[1]
            if at == i or lines[at].speaker == line.speaker or (who is not None and who != line.speaker):
                continue
            bucket.remove(entry)
            if _NO.match(text) or _TAKEN_BACK.match(text):
                return False
            own = _commitment(text, "")
            if not (_YES.match(text) or _TAKEN.search(text) or own is not None):
                return False
            task = entry[2]
            if own is not None and not _pronoun(own[1]) and not shared(content(own[1]), content(task)) \
                    and bucket is asks:
                return False  # took on something else
            if bucket is handed:  # made where it was handed over, said again where it was taken
                found.append(_Found(line.speaker, task, at, lines[at].text, also=[i], due_from=[text]))
                return True
            before = _context(at, lines, said, entry[3], said[at]) if _pronoun(task) else None  # "can you do that?"
            mine = own[1] if own is not None and not _pronoun(own[1]) else task
            found.append(_Found(line.speaker, mine, i, text, own[2] if own else False, asked=at,
                                context=before or (None if mine == task else task), due_from=[lines[at].text],
                                asked_task=task))
            return True
    return False


def _context(i: int, lines: Sequence[Line], said: Sequence[str], sentence: str, text: str) -> str | None:
    """What a task said with a pronoun is about: the clause before it in the line ("we'll get the deck
    out — I'll do it"), else the line before it by someone else; None when neither names anything."""
    head = text[: text.find(sentence)] + sentence
    we = _WE.search(head)
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
    due = due_in(f.sentence) or due_in(f.task) or next((d for t in f.due_from if (d := due_in(t))), None)
    to = _TO.search(f.task)
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
