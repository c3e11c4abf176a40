"""The commitments ledger: a part of the service, kept with the search index, never rebuilt from every
transcript.

**Kept per meeting.** When a meeting's transcript (or its AI summary) is indexed, what the rules find
in it (the promises said, with their owner, task, due date as said and content words; and every line
that reports something done or slipped) is derived from its lines, in a worker thread, and stored
beside them with the rules' version (:class:`CommitmentsDeriver`, run by the index's background
catch-up). A new process reads what is stored; a new transcript re-derives only its own meeting; a
new version of the rules re-derives every meeting in the background.

**Put together per call.** :class:`Ledger` reads every meeting's facts (one read), turns them into
promises on the account's days and follows each through the reports said after it
(:func:`~.followup.follow_reports`), in a worker thread; the book is kept until the index changes or
the zone does. Nothing here sends a request or spends an AI generation.
"""

from __future__ import annotations

import asyncio
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import anyio.to_thread

from convo_mcp.insights.commitments import find_promises, merge_action_items
from convo_mcp.insights.dues import resolve_due
from convo_mcp.insights.followup import follow_reports
from convo_mcp.insights.logic import owner_matches
from convo_mcp.insights.promise import Line, Promise, keywords, restated, same_task
from convo_mcp.insights.reports import Report, reports
from convo_mcp.memory import sizeof
from convo_mcp.search.document import offset

if TYPE_CHECKING:
    from convo_mcp.insights.report import Item
    from convo_mcp.search.document import Line as IndexedLine
    from convo_mcp.search.filler import Indexer
    from convo_mcp.search.results import Meeting
    from convo_mcp.zone import Zone

KIND = "commitments"
RULES = "commitments/3"  # the rules' version: bump it when what they find changes, and every meeting is read again
SYNC_DERIVE = 50  # meetings a call derives itself before answering (the rest: the background, the answer says so)


# --- one meeting's facts ------------------------------------------------------------------------------


def meeting_facts(meeting: Meeting, lines: list[IndexedLine], speakers: dict[int, str],
                  summary: dict[str, Any] | None) -> dict[str, Any]:
    """What the rules find in one meeting: its promises (with the summary's action items none of them
    says) and its sentences that report something done, slipped or maybe, without the account's days."""
    day = datetime.fromtimestamp(meeting.start, UTC).date() if meeting.start is not None else date.min
    said = [Line(meeting.id, day, ln.row, speakers.get(ln.speaker, "?"), ln.text, at,
                 _moment(meeting.start, at, ln.row))
            for ln in lines if ln.segment_index is not None for at in (offset(ln, lines),)]
    people = list(dict.fromkeys(speakers.values()))
    found = find_promises(said, people)
    items = ((summary or {}).get("keypoints") or {}).get("actionItems") or []
    if items:
        found = merge_action_items(found, [(str(a.get("item") or ""), a.get("owner")) for a in items], said, people)
    return {
        "p": [[p.owner, p.text, _where(p.line), p.to, p.due, sorted(p.keywords), p.source, p.conditional, p.asked,
               [_where(x) for x in p.also], p.context, p.head, sorted(p.topic)] for p in found],
        "r": [[_where(r.line), r.sentence, r.kind, sorted(r.words), sorted(r.asked), sorted(r.names), r.pronoun,
               r.talk, r.receipt, r.waiting, sorted(r.topic), r.question, r.third, r.verb]
              for r in reports(said, people)],
    }


def _moment(start: float | None, at: float | None, row: int) -> float | None:
    """A line's unix time: the meeting's start and its offset (its order when the offset is unknown)."""
    if start is None:
        return None
    return start + (at if at is not None else row / 1000)


def _where(line: Line) -> list[Any]:
    return [line.segment_index, line.speaker, line.text, line.at, line.when]


class CommitmentsDeriver:
    """What the index derives of each meeting for the ledger (:class:`~convo_mcp.search.index.Deriver`)."""

    kind = KIND
    version = RULES

    def derive(self, meeting: Meeting, lines: list[IndexedLine], speakers: dict[int, str],
               summary: dict[str, Any] | None) -> bytes:
        facts = meeting_facts(meeting, lines, speakers, summary)
        return zlib.compress(json.dumps(facts, separators=(",", ":"), ensure_ascii=False).encode(), 6)


# --- the account's book ----------------------------------------------------------------------------------


@dataclass
class Book:
    """An account's promises and their status, and what they were read from."""

    key: tuple[int, str]  # the index's generation and the zone it was put together in
    promises: list[Promise] = field(default_factory=list)
    titles: dict[str, str | None] = field(default_factory=dict)
    starts: dict[str, float | None] = field(default_factory=dict)  # the meetings read, by id
    unread: dict[str, float | None] = field(default_factory=dict)  # indexed, not read yet (being derived)

    def owners(self) -> list[str]:
        return sorted({p.owner for p in self.promises})

    def select(self, first: date | None = None, last: date | None = None, who: str | None = None,
               status: str | None = None) -> list[Promise]:
        """Promises made on ``first`` or after and before ``last``, by ``who`` (as a person names
        someone), of ``status``; the newest first."""
        chosen = [p for p in self.promises
                  if (first is None or p.line.day >= first) and (last is None or p.line.day < last)
                  and (who is None or owner_matches(who, p.owner)) and (status is None or p.status == status)]
        chosen.sort(key=lambda p: (p.line.day, p.line.segment_index), reverse=True)
        return chosen


def assemble(derived: dict[str, tuple[str, bytes]], meetings: dict[str, Meeting], zone: Zone,
             key: tuple[int, str], version: str = RULES) -> Book:
    """The book from every meeting's facts derived by the rules of ``version``, on the account's days
    (facts of other rules are being derived again: their meetings count as not read yet): the same task
    said again folded into one promise, then each followed through what was said after it."""
    book = Book(key)
    promises: list[Promise] = []
    said: list[Report] = []
    for cid, (kept, data) in derived.items():
        m = meetings.get(cid)
        if m is None or kept != version:
            continue
        day = zone.day(datetime.fromtimestamp(m.start, UTC)) if m.start is not None else date.min
        book.titles[cid], book.starts[cid] = m.title, m.start
        facts = json.loads(zlib.decompress(data))

        def line(where: list[Any], cid: str = cid, day: date = day) -> Line:
            seg, speaker, text, at, when = where
            return Line(cid, day, seg, speaker, text, at, when)

        for owner, task, where, to, due, words, source, conditional, asked, also, context, head, topic in facts["p"]:
            at = line(where)
            promises.append(Promise(owner=owner, text=task, line=at, to=to, due=due,
                                    due_date=resolve_due(due, day) if due else None, keywords=frozenset(words),
                                    source=source, conditional=conditional, asked=asked,
                                    also=tuple(line(x) for x in also), context=context, head=head,
                                    topic=frozenset(topic)))
        for where, sentence, kind, words, asked, names, pronoun, talk, receipt, waiting, topic, question, third, verb \
                in facts["r"]:
            said.append(Report(line(where), sentence, kind, frozenset(words), frozenset(asked), frozenset(names),
                               pronoun, talk, receipt, waiting, frozenset(topic), question, third, verb))
    book.unread = {m.id: m.start for m in meetings.values() if m.transcript and m.id not in book.starts}
    book.promises = follow_reports(restated(promises), said)
    return book


def _digests(book: Book) -> dict[str, int]:
    """Owner → a digest of their promises and statuses in ``book``."""
    said: dict[str, set[tuple[str, int, str, bool]]] = {}
    for p in book.promises:
        said.setdefault(p.owner, set()).add((p.line.conversation_id, p.line.segment_index, p.status, p.unsure))
    return {owner: hash(frozenset(entries)) for owner, entries in said.items()}


class Ledger:
    """The account's promises as the index holds them: the service's part (``svc.ledger``)."""

    def __init__(self, indexer: Indexer) -> None:
        self.indexer = indexer
        self.share = indexer.index.share  # the book counts in the account's part of the memory bound
        self._book: Book | None = None
        self._seen: dict[str, int] = {}  # owner → a digest of their promises' statuses in the last book
        self._lock = asyncio.Lock()

    def release(self) -> None:
        """The memory bound wants the room: the book is put together again (from the derived facts)
        when next asked for."""
        self._book = None

    async def book(self, zone: Zone) -> Book:
        """The book as the index now holds it: put together again only when the index changed (or
        the zone did), in a worker thread; what a few meetings lack is derived first."""
        await self.indexer.flush()  # what was just fetched counts
        async with self._lock:
            if (held := self._book) is not None and held.key == (self.indexer.generation, zone.name):
                self.share.used()
                return held
            await self.indexer.derive(SYNC_DERIVE)
            derived = await self.indexer.derived(KIND)
            meetings = dict(self.indexer.index.known.by_id)
            key = (self.indexer.generation, zone.name)
            book = await anyio.to_thread.run_sync(assemble, derived, meetings, zone, key,
                                                  CommitmentsDeriver.version)
            if book.unread:
                self.indexer.warm()  # the rest is derived in the background
            self._book, self._seen = book, _digests(book)
            self.share.hold("commitments", self, await anyio.to_thread.run_sync(sizeof, book))
            return book

    async def changed_owners(self, zone: Zone) -> list[str]:
        """Put the book together again if the index changed; the owners whose promises or statuses differ
        from the last book's (compared by digest, so a book let go for memory still compares)."""
        before = self._seen
        await self.book(zone)
        return sorted(o for o in before.keys() | self._seen.keys() if before.get(o) != self._seen.get(o))

    async def with_promises(self, zone: Zone, items: Sequence[Item], lo: datetime, hi: datetime | None,
                            who: str | None) -> list[Item]:
        """Action items with what the ledger knows more: each item's status as later meetings said it,
        and the promises said in meetings of the period that no AI summary lists (no request)."""
        from convo_mcp.insights.report import Item

        book = await self.book(zone)
        first, last = zone.day(lo), zone.day(hi) if hi else None
        mine = [p for p in book.promises if p.line.day >= first and (last is None or p.line.day < last)
                and (who is None or owner_matches(who, p.owner))]
        claimed: set[int] = set()
        out = []
        for it in items:
            words = keywords(it.item)
            match = next((i for i, p in enumerate(mine)
                          if p.line.conversation_id == it.conversation_id and same_task(words, p)), None)
            if match is not None:
                claimed.add(match)
                out.append(it.model_copy(update={"status": mine[match].status}))
            else:
                out.append(it)
        out += [Item(item=p.text, owner=p.owner, conversation_id=p.line.conversation_id,
                     title=book.titles.get(p.line.conversation_id), day=p.line.day, status=p.status,
                     source="transcript")
                for i, p in enumerate(mine) if i not in claimed and p.source == "transcript"]
        return out
