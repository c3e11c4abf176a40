"""Which later reports are about which promise, and what they make of it (English only for now).

:func:`follow_reports` holds each report (:mod:`.reports`) against the promises made **before it in
time**, in other meetings, by what it names:

- a status needs the task's object said (its rarer words weigh more: "Northgate" in four promises
  says less than "proposal" in one; what the task is done to, its head, more than the rest), and the
  owner speaking of their own work or named, or, said by anyone else, most of the task said;
- a restatement in the future tense, a statement that something exists, a question, a topic
  mention, another person's update and a line sharing one common word settle nothing;
- a report that names the task too weakly, is hedged or partial, or that two promises of one owner
  could both claim, leaves the promise open with ``possible`` set to its quote: the model can judge
  it, and it never counts as done.

A done promise stays done; a slipped one can still be reported done later; work reported under way
after its due date has slipped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import groupby

from convo_mcp.insights.instructions import blanket
from convo_mcp.insights.promise import Evidence, Line, Promise
from convo_mcp.insights.reports import Report, reports
from convo_mcp.insights.speech import meet, objects, stem

TOP = 3  # a task's weight: of its three rarest words (a long task is not harder to report on)
FOCUS = 0.33  # a report naming one word of a task must be about little else ("our API was slow, each retry …")
OWN_DONE = 0.5  # share of a task's weight a report by (or naming) its owner must say to settle it
OTHERS_DONE = 0.75  # and said by anyone else, not naming the owner
MAYBE = 0.25  # enough for its owner's slip to count
POSSIBLE = 0.4  # and to show a line as a possible update (its own words naming the task)


def follow(promises: Sequence[Promise], later: Iterable[Line], people: Sequence[str] = ()) -> list[Promise]:
    """Each promise with what the ``later`` lines say of it (see :func:`follow_reports`)."""
    by_meeting: dict[str, list[Line]] = {}
    for line in later:
        by_meeting.setdefault(line.conversation_id, []).append(line)
    said = [r for lines in by_meeting.values() for r in reports(lines, people)]
    return follow_reports(promises, said)


@dataclass(frozen=True)
class Link:
    """How strongly a report names a promise's task."""

    share: float  # of the task's weight its words say (what the task is done to counts a quarter more)
    hits: int  # the task's words it says as things
    head: bool  # it says what the task is done to
    who: bool  # said by the owner of their own work, or naming the owner
    around: bool  # it also says words said around the promise, or the task's verb
    focus: float = 1.0  # of the report's own words, the share that are the task's
    bare: float = 0.0  # the share without the head's extra quarter
    fits: bool = True  # the report's verb is the task's ("renewed" for "renew"), or says only that it is done
    did: bool = False  # said by the owner of their own work, or naming the owner as who did it
    another: bool = False  # it says what the task is done to as another one ("a login bug"), or a part ("the beta")
    said: bool = True  # its own words name the task (not only the line it answers)


class Follower:
    """Promises and the reports said after them, held against each other (:func:`follow_reports`)."""

    def __init__(self, promises: Sequence[Promise], said: Sequence[Report]) -> None:
        self.promises = list(promises)
        df: dict[str, int] = {}
        for words in [*(p.keywords for p in self.promises), *(r.words for r in said)]:
            for w in objects(words):
                df[w] = df.get(w, 0) + 1
        self._df, self._total = df, max(1, len(self.promises) + len(said))
        self.tasks = [objects(p.keywords) for p in self.promises]
        self._verbs = [p.keywords - self.tasks[n] for n, p in enumerate(self.promises)]
        self._around = [objects(p.topic) for p in self.promises]
        self._weights = [sum(sorted((self.weight(w) for w in t), reverse=True)[:TOP]) or 1.0 for t in self.tasks]
        self._firsts = [p.owner.split()[0] for p in self.promises]
        self._names = {stem(p.owner.split()[0].casefold()) for p in self.promises}

    def weight(self, w: str) -> float:
        """A word's rarity among what the account's promises and reports say."""
        return math.log(1 + self._total / self._df.get(w, 1))

    def link(self, i: int, r: Report) -> Link | None:
        """How ``r`` names promise ``i``'s task; None when it does not (or cannot be about it)."""
        p = self.promises[i]
        if p.line.conversation_id == r.line.conversation_id or not r.line.moment() > p.line.moment():
            return None
        if r.talk is not None and not re.match(re.escape(stem(r.talk)), p.text.casefold()):
            return None  # "Brightwater's IT asked about SSO" completes no task but asking
        task = self.tasks[i] - {stem(self._firsts[i].casefold())}  # the owner's name is not the task
        named = re.search(rf"\b{re.escape(self._firsts[i])}\b", r.sentence) is not None
        doer = _names_owner(r, self._firsts[i])
        own = r.line.speaker == p.owner and not r.third and not (r.names - {self._firsts[i]} and _names_doer(r))
        mine = objects(r.words)
        said = _surface({w for w in _hits(task, mine) if _as_thing(r.sentence, w)})
        answered = _surface(_hits(task, objects(r.asked) | objects(r.topic)) - said) if r.pronoun and (own or named) \
            else set()
        if answered and not r.question and (len(answered) < 2 or r.kind == "done"):
            answered = set()  # "I read it" after a line naming some of it: a done needs the question it answers
        primary = said | answered
        speaker = stem(r.line.speaker.split()[0].casefold())
        if r.receipt and r.line.speaker != p.owner and speaker in task:
            primary.add(speaker)  # the person it was for, speaking of it
        if not primary:
            return None
        around = (_hits(task, objects(r.topic)) | _hits(self._around[i], mine) | _hits(self._verbs[i], r.words))
        share = sum(self.weight(w) for w in primary) / self._weights[i]
        verb = _verb(p.text)
        if verb and (own or named) and any(meet(verb, w) for w in r.words):  # "I did chase them on WeChat"
            primary.add(verb)
            share += 0.25
        head = p.head is not None and any(meet(p.head, w) for w in primary)
        things = {w for w in mine if w.casefold() not in self._names}  # not the people it names
        focus = len(_hits(things, task)) / max(1, len(things))
        fits = r.verb is None or r.verb == "" or verb is None or _same_verb(verb, r.verb)
        if not said and r.verb and not (verb and _same_verb(verb, r.verb)):
            fits = False  # only what it answers names the task: a past verb must be the task's own
        another = (not own and p.head is not None and _another(r.sentence, p.head)) or _part(r.sentence, p)
        return Link(min(1.0, share + (0.25 if head else 0.0)), len(primary), head, own or named,
                    bool(around - primary), focus, share, fits, own or doer or (named and r.verb == ""), another,
                    bool(said))

    def candidates(self, r: Report, made: dict[tuple[str, str], list[int]]) -> list[tuple[Link, int]]:
        """The open promises ``r`` can be about, strongest first: of those indexed in ``made`` (by owner and
        word, and by the word each is done to), the speaker's and those of the people the line names
        sharing a word with it, and anyone's whose head it says."""
        near: set[int] = set()
        keys = {w[:3] for w in objects(r.words) | (objects(r.asked) if r.pronoun else frozenset()) | objects(r.topic)}
        people = {r.line.speaker.split()[0], *r.names}
        for k in keys:
            for who in people:
                near.update(made.get((who, k), ()))
        for w in objects(r.words):
            near.update(made.get(("", w[:3]), ()))
        found = [(link, i) for i in near if self.promises[i].status != "done" and (link := self.link(i, r))]
        found.sort(key=lambda x: (x[0].share, x[0].hits, x[0].head, x[0].who, x[0].around), reverse=True)
        return found

    def settle(self, i: int, r: Report, link: Link, contested: bool) -> None:
        """What ``r`` does to promise ``i``: done, slipped, a possible update, or nothing."""
        p = self.promises[i]
        evidence = Evidence(r.line.conversation_id, r.line.segment_index, r.line.text, r.line.day, r.line.speaker,
                            r.line.when, r.line.at)
        # one word said: what the task is done to, carrying half its weight on its own, in a line about little else
        single = (link.head or len(self.tasks[i]) == 1) and link.focus >= FOCUS and link.bare >= OWN_DONE
        headed = link.head or p.head is None or link.hits >= 3  # what it is done to said, when the task names it
        own = link.did and link.share >= OWN_DONE and ((link.hits >= 2 and headed) or single)
        others = not link.who and link.share >= OTHERS_DONE and link.hits >= 2 and link.head and link.focus >= 0.5
        if r.kind == "done" and not contested and link.fits and not link.another and (own or others):
            self.promises[i] = replace(p, status="done", evidence=evidence, possible=None)
        elif self._late(p, r) and not contested and (
                (link.who and link.share >= MAYBE) or (link.share >= OTHERS_DONE and link.hits >= 2)):
            self.promises[i] = replace(p, status="slipped", evidence=evidence, possible=None)
        elif p.status == "open" and p.possible is None and link.share >= POSSIBLE and link.said \
                and (link.head or link.hits >= 2) and (link.who or link.share >= OWN_DONE):
            self.promises[i] = replace(p, possible=evidence)

    @staticmethod
    def _several(r: Report, found: Sequence[tuple[Link, int]]) -> bool:
        """Whether ``r`` says many things settled at once ("everything's done: the contract, the venue")
        naming two promises or more: it settles none of them, and shows none as a possible update."""
        named = {i for link, i in found if link.said and (link.head or link.hits >= 2)}
        return len(named) >= 2 and blanket(r.sentence)

    @staticmethod
    def _late(p: Promise, r: Report) -> bool:
        """Whether ``r`` says ``p`` slipped: late, blocked, dropped; under way, or someone else still
        waiting on the owner, once its due date has passed."""
        past_due = p.due_date is not None and r.line.day > p.due_date
        if r.kind == "slipped":
            return not (r.waiting and r.line.speaker != p.owner) or past_due
        return r.kind == "progress" and past_due

    def run(self, said: Sequence[Report]) -> list[Promise]:
        made = sorted(range(len(self.promises)), key=lambda i: self.promises[i].line.moment())
        by_key: dict[tuple[str, str], list[int]] = {}
        taken = 0
        ordered = sorted(said, key=lambda r: r.line.moment())
        for _, group in groupby(ordered, key=lambda r: (r.line.conversation_id, r.line.segment_index)):
            line = list(group)
            while taken < len(made) and self.promises[made[taken]].line.moment() < line[0].line.moment():
                i = made[taken]
                for w in self.tasks[i]:
                    by_key.setdefault((self._firsts[i], w[:3]), []).append(i)
                if (head := self.promises[i].head) is not None:
                    by_key.setdefault(("", head[:3]), []).append(i)
                taken += 1
            picked: dict[int, list[tuple[Report, Link, bool]]] = {}
            for r in line:
                found = self.candidates(r, by_key)
                if not found or self._several(r, found):
                    continue
                (link, i), rest = found[0], found[1:]
                contested = bool(rest) and rest[0][0].who == link.who and rest[0][0].share >= link.share * 0.8 \
                    and self.promises[rest[0][1]].owner == self.promises[i].owner
                picked.setdefault(i, []).append((r, link, contested))
            for i, said_of in picked.items():
                kinds = {r.kind for r, _, _ in said_of}
                for r, link, contested in said_of:
                    # one line saying a task is done and also not done, or still under way: not done
                    if r.kind == "done" and kinds & {"slipped", "progress"}:
                        continue
                    self.settle(i, r, link, contested)
        return self.promises


def follow_reports(promises: Sequence[Promise], said: Iterable[Report]) -> list[Promise]:
    """Each promise with what later reports say of it: the strongest report naming its task, in a later
    meeting, after it in time; weak, hedged, partial or contested ones as ``possible``."""
    reports_ = list(said)
    return Follower(promises, reports_).run(reports_)


_FAMILIES = [frozenset(f.split()) for f in (
    "send email mail forward share post circulat deliver ship submit upload pass", "writ draft prepar compil produc "
    "creat build mak put pull", "fix patch resolv repair sort solv", "book reserv schedul arrang organis organiz set",
    "review check read proofread look go", "set configur install creat build enabl", "call ring phon speak talk "
    "chat", "ask check talk speak", "updat revis refresh edit chang amend", "order buy purchas get procur", "finish "
    "complet wrap do", "pay settl", "sign approv", "migrat mov switch", "test trial", "renew extend")]


_PARTS = ("beta", "pilot", "prototype", "mock-up", "mockup", "draft", "outline", "sample", "sketch", "first cut",
          "first pass", "proposal", "estimate")


@lru_cache(maxsize=4096)
def _tokens(sentence: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A sentence's words, each with its stem and its parts' stems (read once per sentence)."""
    return tuple((t, (stem(t), *(stem(part) for part in t.split("-") if "-" in t)))
                 for t in re.findall(r"[a-z0-9][a-z0-9'&-]*", sentence.casefold()))


@lru_cache(maxsize=4096)
def _stages(sentence: str) -> tuple[str, ...]:
    """The stages of work a sentence names ("beta", "draft")."""
    said = sentence.casefold()
    return tuple(w for w in _PARTS if re.search(rf"\b{re.escape(w)}s?\b", said))


def _part(sentence: str, p: Promise) -> bool:
    """Whether a report says a stage of the work the task does not name ("we shipped the beta" of "ship
    the release", "the draft went out" of "send the final contract")."""
    stages = _stages(sentence)
    if not stages:
        return False
    task = f"{p.text} {p.context or ''}".casefold()
    return any(w not in task for w in stages)


def _another(sentence: str, head: str) -> bool:
    """Whether someone else's report says the task's thing as a thing of its own ("I fixed a login bug")."""
    tokens = _tokens(sentence)
    for n, (_, stems) in enumerate(tokens):
        if meet(stems[0], head) and any(x in ("a", "an", "another", "some", "one")
                                        for x, _ in tokens[max(0, n - 3):n]):
            return True
    return False


def _same_verb(task: str, said: str) -> bool:
    """Whether a report's verb does what the task's does ("emailed" a "send", "drafted" a "write")."""
    if meet(task, said):
        return True
    return any(any(meet(task, v) for v in f) and any(meet(said, v) for v in f) for f in _FAMILIES)


def _names_owner(r: Report, first: str) -> bool:
    """Whether the sentence names the owner as who did it ("Priya rebuilt it", "Elliot's deck went out"),
    or thanks them for it ("thanks for the highlights, Nadia") — not as who it went to ("I sent Marcus
    the files")."""
    name = re.escape(first)
    if not re.search(rf"\b{name}\b", r.sentence):
        return False
    if r.receipt or re.search(r"\b(?:you|your)\b", r.sentence, re.IGNORECASE):
        return True
    return re.search(rf"\b{name}(?:'s(?: \w+){{0,3}})?\s+(?:\w+ly\s+)?(?:\w+ed|did|done|sent|got|went|wrote|made|"
                     rf"ran|took|put|built|found|had|has|is|was|finished|came|rebuilt|paid|'s)\b",
                     r.sentence) is not None


_WEAK_VERBS = frozenset(["do", "get", "make", "have", "take", "put", "set", "go", "give", "keep", "let", "see",
                         "look", "try", "work", "be"])


def _verb(task: str) -> str | None:
    """The stem of what a task does ("chase them on WeChat": "chase"), when it says something."""
    first = task.split(maxsplit=1)[0].casefold() if task.strip() else ""
    verb = stem(first)
    return verb if first.isalpha() and verb not in _WEAK_VERBS and len(verb) >= 3 else None


def _as_thing(sentence: str, word: str) -> bool:
    """Whether ``sentence`` says ``word`` (a stem) as a thing, not as what someone did or had done to them
    ("forty-one flags", "the PRD's in": yes; "I got paged": no)."""
    tokens = _tokens(sentence)
    for n, (_, stems) in enumerate(tokens):
        if any(meet(x, word) for x in stems):
            before = tokens[n - 1][0] if n else ""
            if before not in _DOER:
                return True
    return False


_DOER = frozenset(["i", "we", "you", "he", "she", "they", "it", "got", "get", "gets", "was", "were", "been", "being",
                   "is", "are", "be", "will", "i'll", "we'll", "i've", "we've", "had", "has", "have", "just"])


def _surface(hits: set[str]) -> set[str]:
    """Hits counted once per word said: "take-hom" and its part "hom" are one."""
    return {w for w in hits if not any(w != o and "-" in o and w in o.split("-") for o in hits)}


def _hits(task: Iterable[str], said: Iterable[str]) -> set[str]:
    """The words of ``task`` that ``said`` says."""
    words = list(said)
    return {w for w in task if any(meet(w, x) for x in words)}


def _names_doer(r: Report) -> bool:
    """Whether the sentence names someone as having done it ("Priya rebuilt it", "Elliot sent it")."""
    return bool(re.search(r"\b(?:" + "|".join(map(re.escape, r.names)) + r")(?:'s)?\s+(?:\w+ed|did|sent|got|went|"
                          r"wrote|made|ran|took|put|built|found|set|had|has|is|was)\b",
                          r.sentence)) if r.names else False
