"""What later lines say of work: done, slipped, under way, or only maybe (English only for now).

:func:`reports` reads a meeting's lines sentence by sentence: done ("the pricing page fix is live",
"invoices are reconciled", "sent it over last night", "thanks for the deck"), slipped ("that one's
slipping", "not yet, the importer broke", "pushed to next sprint", "on hold", "we parked that"),
under way ("it's about half written": slipped once the due date has passed), or only maybe ("it's
mostly sorted, I think", "kind of in motion?"). What is planned ("I'll send it", "it'll be live
next week"), hoped, asked or conditional is no report; a verb of talk ("asked", "emailed") reports
only that talk. Each report keeps what it answers (the line before it, when "it" stands for that)
and the rest of its line, which is how :mod:`.followup` tells which promise it is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from convo_mcp.insights.instructions import instructs
from convo_mcp.insights.promise import Line
from convo_mcp.insights.speech import content, objects, sentences, spoken, stem

Kind = Literal["done", "slipped", "maybe", "progress"]


@dataclass(frozen=True)
class Report:
    """A sentence of a later line that says something of some work."""

    line: Line
    sentence: str
    kind: Kind
    words: frozenset[str]  # the sentence's content stems
    asked: frozenset[str]  # what it answers: the line just before, by someone else (a question, or what "it" is)
    names: frozenset[str]  # the first names its line says
    pronoun: bool  # it names its work only as "it", "that", "them"
    talk: str | None = None  # done said only by a verb of talk ("asked"): it completes only that talk
    receipt: bool = False  # said by who received it ("thanks for the deck", "got your quote")
    waiting: bool = False  # its slip is "waiting on …": the owner blocked, or someone waiting on the owner
    topic: frozenset[str] = frozenset()  # the rest of its line ("Northgate. So. The proposal — it's slipping")
    question: bool = False  # what it answers was a question
    third: bool = False  # done by someone it calls "they", "he", "she": not the speaker's own work
    verb: str | None = None  # the stem of the verb a done report rests on ("" when a form says it: "is live")


# --- reading a sentence ---------------------------------------------------------------------------------

_SLIP = re.compile(
    r"\b(?:slip|slips|slipping|slipped|slid|delay|delays|delayed|(?:is|are|'s|'re|'m|am|was|were|running|fall(?:ing|"
    r"en)?|"
    r"fell|get(?:ting)?|got|bit|little|week|weeks|days|way) behind|behind (?:schedule|on)|blocked|blocker|blocking|s"
    r"tuck|stalled|on "
    r"hold|parked|on ice|paused|back burner|deprioriti[sz]ed?|descoped|dropped (?:it|that|this|them)|we dropped|"
    r"not going to happen|won't happen|waiting (?:on|for)|still (?:chasing|pending|waiting|on my list|open|in "
    r"progress|no\b|not\b|haven't|hasn't)|(?:need|needs|needed) (?:another|more|a few more|an extra|a couple "
    r"(?:more|of)|(?:one|two|three|a) (?:more|extra)) (?:week|weeks|day|days|time)|taking (?:longer|more time)|"
    r"push(?:ed|ing)? (?:it|this|that|them)?\s*(?:to|back|out)(?! (?:on|against|at)\b)|pushed(?! (?:on|for|back on"
    r")\b)|bumped|carried over|carrying (?:it )?over|"
    r"(?:asked|had|need|needed) to (?:move|reschedule|postpone)|(?:keeps|kept) (?:getting |being )?(?:moved|pushed|"
    r"delayed|bumped)|moved (?:it )?to next|to next (?:week|sprint|month|quarter)|won't make|not going to make|"
    r"didn't make|(?:haven't|have not|hasn't|has not|didn't|did not|never) (?:had a chance|gotten (?:to|round|"
    r"around)|got (?:to|round|around)|started|been able|touched|done|finished|sent|called|looked|booked|"
    r"scheduled|managed|heard|moved|made|written|fixed|shipped|merged|happened|reached|emailed)|didn't get (?:to|"
    r"round to|around to)|never got|postpon\w*|resched\w*|hasn't happened|didn't happen|not (?:done|ready|"
    r"finished|started|there) yet|not yet|(?:nothing|not) (?:booked|sent|done|signed|scheduled) yet|fell through "
    r"the cracks|dropped the ball|running late|(?:^|\b(?:is|are|was|were|'s|'re|'m|am|be|been|bit|little|too|very|so"
    r"|already|a "
    r"(?:week|day|few days)) )late\b|missed (?:the|it|that|our|my)|ran out of time|"
    r"wasn't able|weren't able|couldn't|can't get|still (?:owe|need to)|(?:haven't|hasn't|didn't|did not|have not) "
    r"(?:had|have) (?:time|a chance|the bandwidth|a minute)|(?:going to|will|'ll|gonna) take (?:another|more|longer|"
    r"a few "
    r"more|a couple (?:of )?more|an extra)|(?:put|putting|puts|on) (?:it |this |that |them )?(?:on )?(?:pause|ice|the "
    r"back burner)|paused|no (?:progress|movement)|(?:hasn't|didn't|haven't) (?:moved|budged|progressed)|moved (?:it |"
    r"this |that )?(?:to|into) (?:next|q[1-4]|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|the new year)|(?:sitting|still) on (?:my|the) (?:to-do |todo )?(?:list|plate)|fell off (?:my"
    r"|the) "
    r"(?:plate|radar|list)|slipped (?:through|my mind)|park(?:ed|ing) (?:it|that|this|them)|outstanding|shelv\w*|"
    r"scrap(?:ped|ping)?|dead in the water|kick(?:ed|ing)? (?:it |that )?(?:down the road|the can)|forg[oe]t(?:ten)? "
    r"(?:about )?(?:it|that|this|the)|overdue|not (?:done|finished|started|ready)\b(?! by)|(?:next|later) \w+ now\b|"
    r"now (?:it's|it'll be|looking like) (?:next|later)|got (?:pulled|dragged|sucked|diverted) (?:onto|into|off|away)|"
    r"pulled off|(?:i|we) (?:totally |completely |honestly |just )?forgot\b|went (?:completely )?out of my head|"
    r"(?:going to|gonna|will|'ll) (?:be|take|need) another \w+|s[ai]tt?(?:ing)? on it|"
    r"(?:ran|run|running) out of (?:time|road|runway)|still (?:\w+ )?missing|(?:is|are|'s|'re) (?:still )?missing)(?"
    r"!\w)",
    re.IGNORECASE)
_PAST_IRREGULAR = frozenset(["sent", "got", "did", "done", "wrote", "written", "ran", "made", "took", "taken", "gave",
                             "given", "went", "put", "set", "built", "found", "paid", "spoke", "told", "met", "led",
                             "bought", "brought", "held", "kept", "read", "sold", "spent", "won", "shut", "hung",
                             "knew", "lent", "rang", "saw", "taught", "threw", "drew", "chose", "drove", "fed",
                             "began", "sorted", "killed", "landed", "heard", "rebuilt", "rewrote", "rewritten",
                             "redid", "redone", "resent", "reran", "came", "fixed"])
# "-ed" words that do not report a task done: wishes, plans, talk about it, worry, feelings
_NOT_DONE_ED = re.compile(
    r"^(?:need|want|start|tri|plann|hop|wonder|mention|decid|suppos|expect|worri|concern|interest|suggest|propos|"
    r"recommend|consider|agre|feel|not|happen|swapp|surviv|sound|seem|look|notic|watch|lik|lov|enjoy|pleas|surpris|e"
    r"xcit|bor|tir|push|delay|stuck|block|"
    r"stall|postpon|cancel|mov|slid|continu|scrapp|shelv|park|pau|forgot|schedul(?=ed for)|remind|warn|flagg|complai"
    r"n|confus|annoy|impress|"
    r"relieved|scared|terrifi|worr|us)ed\b", re.IGNORECASE)
_AHEAD = re.compile(r"(?:(?:will|'ll|going to|gonna|can|could|should|would|might|must|need to|needs to|want to|have "
                    r"to|has to|plan to|hope to|if|once|when|until|before|after|by the time|hopefully|to (?:have|get"
                    r"|be))"
                    r"\s+(?:\S+\s+){0,3}\S*|\b(?:to|let me|let's)\s+(?:\w+ly\s+)?)$", re.IGNORECASE)
_DONE_FORM = re.compile(
    r"\b(?:is|are|was|were|it's|that's|they're|'s|'re|has been|have been|got|get|gets|went)\s+(?:all |now |finally |"
    r"already |just |fully |officially |properly |actually )?(?:done|finished|complete|completed|sorted|live|out|"
    r"merged|shipped|booked|signed|sent|fixed|renewed|reconciled|approved|set up|in place|up and running|back up|"
    r"back|deployed|released|published|submitted|filed|paid|resolved|closed|wrapped up|squared away|taken care of|"
    r"handled|locked in|confirmed|installed|migrated|enabled|through|up to date)\b|"
    r"\b(?:went|came) (?:out|live|through|over|in|back)\b|\b(?:check(?:ed)?|cross(?:ed)?|tick(?:ed)?) (?:that|it) of"
    r"f\b|"
    r"^(?:\w+\s*[:—–-]\s*)?(?:all )?(?:done|sorted|shipped|sent|booked|merged|finished|handled|fixed|signed|live)\b|"
    r"\b(?:thanks|thank you) for (?:the|your|sending|doing|getting)\b|\bgot (?:your|the \w+ you)\b|"
    r"\b(?:in|into) (?:your|their|his|her|my|our) inbox\b",
    re.IGNORECASE)
_PLACE_NOW = re.compile(r"\b(?:is|are|'s|'re)\s+(?:now\s+)?(?:in|on|up on)\s+(?:the\s+)?[\w -]{2,30}?\b(?:now|"
                        r"already)\b|\b(?:i see|there's|you'll see)\b.{0,60}\bnow\b", re.IGNORECASE)
_PARTIAL = re.compile(
    r"\b(?:in review|in progress|in motion|underway|under way|(?:about |only |at least )?half (?:done|written|built|"
    r"finished|way|of it)|about half|mostly (?:done|finished|there|sorted|working|built|written)|(?:almost|nearly) "
    r"(?:done|there|finished|ready|complete)|basically there|partly|partially|first draft|still working on|working on "
    r"it|(?:isn't|aren't|is not|are not|not) (?:quite )?(?:done|finished|ready|there|merged|live|in)|except (?:for )?"
    r"the|apart from|but not|not all|(?:most|part|some|half|a few|one|two) of (?:it|them|the)\b|the first (?:batch|h"
    r"alf|"
    r"part|few|round|pass|draft|cut|chunk|phase|wave)|(?:the rest|the remainder|the remaining|the final|the full|"
    r"part two|phase two|the others?|the other \w+)\b.{0,40}\b(?:next|later|this week|tomorrow|to follow|still|"
    r"after)|\bto follow\b)\b", re.IGNORECASE)
_UNDER_WAY = re.compile(r"\b(?:(?:i'm|we're|he's|she's|they're|am|is|are) still (?!waiting\b)\w+ing\b|(?:done|finished|"
                        r"written|built|drafted|got through) (?:about |only |maybe |roughly |like )?(?:half|a third|a "
                        r"quarter|some|most|part) (?:of it)?|(?:is|are|'s|'re) (?:still )?(?:in progress|"
                        r"under ?way|in review|in motion|half (?:done|written|built))|(?:about|roughly|only) half "
                        r"(?:done|written|built|way)|making progress|partway)\b", re.IGNORECASE)
# a completion said not to have happened: "I haven't got it live", "it hasn't gone out", "other two haven't come"
_NEGATED_DONE = re.compile(
    r"(?:n't|\bnot|\bnever|\bnot yet)\s+(?:(?:even|actually|really|quite|got|managed to|been able to)\s+)?(?:\w+\s+)?"
    r"(?:got|gotten|come|came|gone|went|arrived|landed|sent|done|finished|signed|booked|live|out|in|back|shipped|"
    r"merged|started|happened|heard|replied|answered|moved|sorted|fixed|approved|received|delivered|installed|"
    r"scheduled|written|drafted|called|paid|released|published|submitted|uploaded|ready|confirmed|on)\b|"
    r"\b(?:didn't|did not|haven't|hasn't|have not|has not|never|still haven't|still hasn't)\s+(?:\w+ly\s+)?"
    r"(?!know|knew|realise|realize|mean|meant|want|think|expect|see|seen|hear|notice|say|mind|care|like|love|need|"
    r"have|had|been|get it|understand|agree|disagree|forget|remember|feel|look like|seem)[a-z]+|"
    r"\bstill (?:doesn't|don't|isn't|aren't|wasn't|weren't|didn't|won't|can't|no)\b|^(?:it|that|they|he|she) "
    r"(?:didn't|hasn't|haven't|wasn't|isn't)\W*$|\bnot (?:done|finished|ready|started|there|sorted|sent)\b(?! by)",
    re.IGNORECASE)
_WAITING = re.compile(r"\b(?:waiting (?:on|for)|still no\b|not (?:back|in) yet)", re.IGNORECASE)
_OWN_WAIT = re.compile(r"\b(?:i'm|i am|we're|we are|i've been|we've been|i was|we were) (?:still )?waiting\b",
                       re.IGNORECASE)
# a time still to come right after a completion form: "done next week", "back on Monday"
_LATER = re.compile(r"\W{0,3}\s*(?:officially\s+)?(?:next|tomorrow|later|soon|(?:on )?(?:monday|tuesday|wednesday|th"
                    r"ursday|"
                    r"friday|saturday|sunday)|by (?:monday|tuesday|wednesday|thursday|friday|the end|end|then)|in (?:a|"
                    r"two|three|a couple of|a few) (?:day|days|week|weeks)|this (?:afternoon|evening)|from)\b",
                    re.IGNORECASE)
_SORRY = re.compile(r"\b(?:sorry|apologies|my bad|i know,? i know|my fault|that's on me)\b", re.IGNORECASE)
_WOULD = re.compile(r"\b(?:i'd|we'd|you'd|they'd|would|wouldn't)\b", re.IGNORECASE)
_HEDGE = re.compile(r"\b(?:i think|i assume|i guess|i believe|probably|kind of|sort of|maybe|might have|should be|"
                    r"not sure|no idea|don't know|i'm told|apparently|supposedly|"
                    r"supposedly|i hope|hopefully|somewhere|i'm told|i heard|as far as i know|presumably|or somethin"
                    r"g)\b",
                    re.IGNORECASE)
_NOT_REPORT = re.compile(r"\b(?:robot|bot|assistant|note-?taker|transcript)\b.{0,40}\b(?:record|note|log|mark|write "
                         r"down|put down)|\b(?:please )?(?:record|note down|log|write down|put down|mark down) "
                         r"(?:that|it|for the record)\b|"
                         r"\b(?:mark|call|consider|treat|count)\s+(?:\w+\s+){0,2}(?:done|finished|complete)\b|"
                         r"\b(?:tell|mark|say|put|log|record|set|flag|tick|update)\s+(?:the (?:system|bot|tool|tracker|"
                         r"board)|it|them|everything|all)\b.{0,60}\b(?:done|finished|complete)|^(?:just )?(?:tell|mark|"
                         r"say|put|log|tick)\b|"
                         r"\bnot that\b|\bif (?:it's|it is|that's)\b", re.IGNORECASE)
# past verbs that say only that it got done, whatever it was
_UNIVERSAL = frozenset(["did", "done", "finished", "completed", "sorted", "handled", "wrapped", "got", "dealt", "man"
                                                                                                                "aged",
                        "delivered", "sent", "shipped", "went"])
_FUTURE = re.compile(r"\b(?:will|'ll|going to|gonna|shall|let me|let's)\b", re.IGNORECASE)
# said, not done: a report of talk completes only a task that is that talk ("ask Omar about a credit")
_SPEECH = frozenset(["asked", "told", "said", "mentioned", "talked", "spoke", "called", "emailed", "pinged",
                     "messaged", "texted", "discussed", "met"])
_RECEIPT = re.compile(r"\b(?:your|the) \w+(?: \w+)? (?:came|arrived|landed|turned up|came through)\b|"
                      r"\b(?:thanks|thank you) for\b|\b(?:thanks|thank you|cheers),? [A-Z][a-z]+\b|"
                      r"^(?:(?:i|we) )?(?:got|received|have) (?:the|your|those|these)\b|\bgot (?:your|the \w+ you)\b"
                      r"|\breceived\b|\b(?:i|we) see (?:the|"
                      r"your)\b|\bin (?:my|our) inbox\b", re.IGNORECASE)
_PRONOUNS = re.compile(r"\b(?:it|that|this|them|those|they|one)\b", re.IGNORECASE)


def kind_of(sentence: str) -> Kind | None:
    """What a sentence says of some work: ``"slipped"`` (late, blocked, not yet), ``"done"`` (a completion
    form not governed by a plan, a wish or a question), ``"progress"`` (under way), ``"maybe"`` (hedged or
    asked), or None."""
    found = read(sentence)
    return found.kind if found else None


@dataclass(frozen=True)
class Reading:
    """What one sentence says of some work, and what a done rests on."""

    kind: Kind
    talk: str | None = None  # done said only by a verb of talk ("asked"): it completes only that talk
    verb: str | None = None  # the stem of the past verb a done rests on; "" when a form says it ("is live")
    third: bool = False  # done by someone it calls "they", "he", "she"


def read(sentence: str) -> Reading | None:
    """:func:`kind_of`, with what a done report rests on."""
    said = spoken(sentence)
    asked = said.rstrip().endswith("?")
    if _WOULD.search(said):
        return None  # "I'd push back on that", "it would have been done if …": what might be, not what is
    if _SLIP.search(said) or _NEGATED_DONE.search(said):
        return Reading("maybe" if asked else "slipped")
    done = _done(said)
    if done is None:
        if (asked or _HEDGE.search(said)) and re.search(r"\b(?:in motion|sorted|done|finished|happen\w*|moving|"
                                                        r"under ?way|progress|there)\b", said, re.I):
            return Reading("maybe")
        under = _UNDER_WAY.search(said)
        if not asked and under is not None and not _FUTURE.search(said[: under.start()]):
            return Reading(_late_or_under_way(said))
        return None
    if asked or _HEDGE.search(said):
        return Reading("maybe")
    if _PARTIAL.search(said):
        return Reading(_late_or_under_way(said))
    return replace(done, kind="done")


def _late_or_under_way(said: str) -> Kind:
    """Under way: slipped when said with an apology ("still finishing it, sorry"), else slipped only once
    the due date has passed (:mod:`.followup`), a possible update before."""
    return "slipped" if _SORRY.search(said) else "progress"


def _done(said: str) -> Reading | None:
    """What says the sentence reports something done (a completion form, a past verb, or only a verb of
    talk), or None when nothing does."""
    if _NOT_REPORT.search(said):
        return None
    future = _FUTURE.search(said)
    horizon = future.start() if future else len(said)  # what follows "I'll …" is planned, not done
    for m in _DONE_FORM.finditer(said[:horizon]):
        if not _AHEAD.search(said[: m.start()]) and not re.search(r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+)?$",
                                                                     said[: m.start()], re.IGNORECASE) \
                and not _LATER.match(said[m.end():]):
            return Reading("done", verb="")
    place = _PLACE_NOW.search(said[:horizon])
    if place is not None and not _AHEAD.search(said[: place.start()]):
        return Reading("done", verb="")
    talk = None
    for m in re.finditer(r"\b[a-z]{2,}ed\b|\b(?:" + "|".join(_PAST_IRREGULAR) + r")\b", said[:horizon], re.IGNORECASE):
        word = m.group(0).casefold()
        before = said[: m.start()]
        if word.endswith("ed") and word not in _PAST_IRREGULAR and (
                _NOT_DONE_ED.match(word) or word in ("red", "bed", "need", "feed", "seed", "speed", "shed")):
            continue
        perfect = re.search(r"(?:'s|'ve)\s+$", before) and re.match(
            r"\s+(?:it|them|the|a|an|that|this|those|his|her|our|their|up|out|off)\b", said[m.end():], re.IGNORECASE)
        if not perfect and re.search(r"(?:\b(?:the|a|an|our|their|my|your|his|her|its|this|that|these|those|is|are|was|"
                                     r"were|be|been|being|get|got|gets|very|so|too|more|most|less|fully|well)|'s|'re"
                                     r")\s+$",
                                     before, re.IGNORECASE):
            continue  # "the revised SOW", "is booked" (read above), "very excited"
        if _AHEAD.search(before) or re.search(r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+)?$", before, re.IGNORECASE):
            continue
        if word in ("set", "put", "read", "hit", "cut") and not re.search(
                r"(?:\bI|\b[Ww]e|\b[Hh]e|\b[Ss]he|\b[Tt]hey|\b[A-Z][a-z]+)\s+(?:\w+ly\s+)?$", before):
            continue  # "the test set": a thing, unless someone did it
        if re.search(r"\b(?:if|unless|whether)\b[^,;:—–]*$", before, re.IGNORECASE):
            continue  # "if the accuracy holds on the test set, …": a condition
        if word == "did" and re.match(r"did\s+(?:\w+\s+)?(?:say|mention|think|tell|ask|want|mean|not|n't)\b",
                                      said[m.start():], re.IGNORECASE):
            continue
        if word == "got" and re.search(r"(?:'ve|have|has|'s)\s+(?:\w+\s+)?$|\bgot (?:to|a lot|it\b)",
                                       said[m.start() - 6:m.end() + 6]):
            continue  # "I've got the load test": having, not doing
        if word in _SPEECH:
            talk = talk or word
            continue
        if (word in ("saw", "seen", "thought", "felt", "meant", "knew", "landed") and not re.match(
                rf"{word}\s+(?:it|them|the|that)\b", said[m.start():], re.IGNORECASE) and word != "landed") \
                or (word == "landed" and re.search(r"\b(?:i|we|you)\s+$", before, re.IGNORECASE)):
            continue  # "what we saw with another customer", "where I landed too": not work done
        third = bool(re.search(r"\b(?:they|he|she)\s+(?:\w+ly\s+)?$", before, re.IGNORECASE))
        return Reading("done", verb="" if word in _UNIVERSAL else stem(word), third=third)
    return Reading("done", talk=talk) if talk else None


def reports(lines: Sequence[Line], people: Sequence[str] = ()) -> list[Report]:
    """The sentences of one meeting's lines that say something of some work, with what they answer; a
    line that speaks to a machine or of the ledger as a whole (:func:`.instructs`) reports nothing and
    answers nothing: meeting text never sets the status of a task it does not report on."""
    out: list[Report] = []
    said = [spoken(ln.text) for ln in lines]
    void = [instructs(s) for s in said]
    for i, line in enumerate(lines):
        if void[i]:
            continue
        parts = sentences(said[i])
        found = [(s, k) for s in parts if (k := read(s.text)) is not None]
        if not found:
            continue
        before = next((j for j in (i - 1, i - 2) if j >= 0 and lines[j].speaker != line.speaker), None)
        asked = said[before] if before is not None and not void[before] else ""
        question = asked.rstrip().endswith("?")
        if before is not None and not question and before != i - 1:
            asked = ""  # "it" is what was just said, not two lines back
        names = frozenset(w.removesuffix("'s") for w in re.findall(r"\b[A-Z][a-z]+(?:'s)?\b", said[i])
                          if w.removesuffix("'s") not in _NOT_NAMES)
        whole = content(said[i])
        for s, r in found:
            words = content(s.text)
            out.append(Report(line, s.text, r.kind, words, content(asked), names,
                              pronoun=not objects(words) or bool(_PRONOUNS.search(s.text)), talk=r.talk,
                              receipt=bool(_RECEIPT.search(s.text)),
                              waiting=r.kind == "slipped" and bool(_WAITING.search(s.text))
                              and not _OWN_WAIT.search(s.text), topic=whole - words, question=question,
                              third=r.third, verb=r.verb))
    return out


_NOT_NAMES = frozenset(["So", "And", "But", "Or", "Then", "Also", "Okay", "Ok", "Yeah", "Yes", "Yep", "No", "Oh",
                        "Well", "Right", "Sure", "Good", "Great", "Thanks", "Thank", "The", "This", "That", "These",
                        "Those", "It", "It's", "I'm", "I've", "I'll", "We", "You", "They", "He", "She", "Is", "Are",
                        "Was", "Were", "Did", "Does", "Do", "Can", "Could", "Would", "Will", "Should", "Just",
                        "Actually", "Honestly", "Quick", "Anyway", "Hey", "Hi", "Um", "Uh", "Hm", "Monday", "Tuesday",
                        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
                        "April", "May", "June", "July", "August", "September", "October", "November", "December",
                        "Not", "Nope", "Fine"])
