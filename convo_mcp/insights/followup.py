"""What later meetings say of promises: done, slipped, or nothing (English only for now).

:func:`report` reads one line for a task reported done or slipping; :func:`follow_reports` links the
reports said after a promise to it. A later line is linked to a promise only when it shares enough of
the promise's content words; a weak link leaves the promise open and marked unsure, because a false
"done" is the worst answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from convo_mcp.insights.commitments import LINK, SURE, Evidence, Line, Promise, Status, keywords, spoken

Report = tuple[Line, Status, frozenset[str]]  # a later line, what it reports, its content words

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
    said = spoken(text)
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


OTHERS = 0.75  # a line by someone else, not naming the owner, must say this share of the task


_NAME = re.compile(r"[^\W\d_]+")


def follow(promises: Sequence[Promise], later: Iterable[Line]) -> list[Promise]:
    """Each promise with what the ``later`` lines say of it (see :func:`follow_reports`)."""
    said = [(line, status, keywords(line.text)) for line in later if (status := report(line.text)) is not None]
    return follow_reports(promises, said)


def follow_reports(promises: Sequence[Promise], reports: Iterable[Report]) -> list[Promise]:
    """Each promise with what later reports say of it: the first done or slipped report that names
    enough of the task, said by the owner, by someone naming the owner, or by anyone saying most of
    the task. A report that names too little of it, or that two promises could both claim, leaves
    the promise open and unsure. Each report is held only against the promises sharing a word with it."""
    result = list(promises)
    by_word: dict[str, list[int]] = {}  # the promises made so far (up to the report's day), by word
    made = sorted(range(len(result)), key=lambda i: result[i].line.day)
    sizes = [max(1, len(p.keywords)) for p in result]
    firsts = [p.owner.split()[0] for p in result]  # a line naming this names the owner ("Priya archived…")
    taken = 0
    ordered = sorted(reports, key=lambda r: (r[0].day, r[0].conversation_id, r[0].segment_index))
    for line, status, said in ordered:
        while taken < len(made) and result[made[taken]].line.day <= line.day:  # promises said by then
            for word in result[made[taken]].keywords:
                by_word.setdefault(word, []).append(made[taken])
            taken += 1
        common: dict[int, int] = {}
        for word in said:
            for i in by_word.get(word, ()):
                common[i] = common.get(i, 0) + 1
        scored = []
        named: frozenset[str] | None = None  # the words of the line, read when a name is looked for
        for i, shared in common.items():
            p = result[i]
            if p.status != "open" or line.conversation_id == p.line.conversation_id:
                continue  # settled, or said in the same meeting: not a report on it
            share = shared / sizes[i]
            if share < OTHERS and p.owner != line.speaker:
                named = named if named is not None else frozenset(_NAME.findall(line.text))
                if firsts[i] not in named:  # nor does the line name the owner
                    continue
            scored.append((share, shared, p.owner == line.speaker, i))
        if not scored:
            continue
        scored.sort(reverse=True)
        share, shared, _, i = scored[0]
        tied = len(scored) > 1 and scored[1][0] == share and scored[1][1] == shared
        evidence = Evidence(line.conversation_id, line.segment_index, line.text, line.day)
        if share >= LINK and shared >= min(SURE, len(result[i].keywords)) and not tied:
            result[i] = replace(result[i], status=status, unsure=False, evidence=evidence)
        elif not result[i].unsure:
            result[i] = replace(result[i], unsure=True, evidence=evidence)
    return result
