"""Filling the index without hurting the hour.

- :class:`Indexer` is the index's async face (over :class:`~.index.Index`): what any tool fetches
  (transcripts, keypoints, list pages) is handed to it on the way, at no extra request, and written
  in batches from a worker thread (one transaction for what arrives together); searches write what
  is pending first. Every call into the index runs in a worker thread, never on the event loop; a
  search is one such call.
- :class:`BackgroundIndexer` walks the meetings not indexed yet, newest first, spending at most
  ``share`` of what the hour has left (its own requests of the last hour count against it), never
  the last ``reserve`` of the hourly limit; it pauses while a person's call is running, on any 429 and
  when the budget is spent, and resumes where the index says it stopped (across restarts too).
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import anyio.to_thread

from convo_mcp.errors import (
    AccountForgottenError,
    ConvoError,
    DiskFullError,
    RateBudgetExhaustedError,
    RateLimitError,
)
from convo_mcp.log import get_logger
from convo_mcp.search.activity import Activity, Walked
from convo_mcp.search.document import Document, Said
from convo_mcp.search.query import Query
from convo_mcp.search.results import Meeting, Page
from convo_mcp.search.storage import CoverageFigures, Filters, Health
from convo_mcp.types import Clock, Sleep

if TYPE_CHECKING:
    from convo_mcp.convo.models import Conversation, Keypoints, Transcript
    from convo_mcp.search.index import Index
    from convo_mcp.state.base import Lease

log = get_logger("convo_mcp.search")
T = TypeVar("T")
HOUR = 3600.0


EMBED_BATCH = 4_000  # lines given vectors per step of the catch-up (a second or so of CPU)
EMBED_BEFORE_SEARCH = 8_000  # at most this many lines are embedded before a search answers
EMBED_QUIET = 1.0  # seconds without a write before the background catch-up starts a batch
DERIVE_BATCH = 100  # meetings derived per step of the catch-up


class Indexer:
    def __init__(self, index: Index) -> None:
        self.index = index
        self._pending: list[Document] = []
        self._writing: list[Document] = []
        self._flushing: asyncio.Task[None] | None = None
        self._embedding: asyncio.Task[None] | None = None
        self._write = asyncio.Lock()
        self._written = 0.0  # when the last batch was written (monotonic)
        self.listings: dict[float, float] = {}  # a listing's start (unix seconds) → when it was read (monotonic)
        self.write_failed: Exception | None = None  # why the last batch was not written (None: it was)

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        return await anyio.to_thread.run_sync(partial(fn, *args))

    # --- on the way -----------------------------------------------------------------------------

    async def listed(self, conversations: Sequence[Conversation]) -> None:
        rows = [(c.id, c.title, c.start_time.timestamp() if c.start_time else None, c.duration)
                for c in conversations]
        async with self._write:
            with contextlib.suppress(DiskFullError, AccountForgottenError):  # a list answered is not spoiled
                await self._run(self.index.note_meetings, rows)

    def health(self) -> Health:
        return self.index.health()

    def wants_transcript(self, conversation_id: str) -> bool:
        return not self.index.has_transcript(conversation_id) and not self._pending_for(conversation_id, "t")

    def wants_keypoints(self, conversation_id: str) -> bool:
        return not self.index.has_keypoints(conversation_id) and not self._pending_for(conversation_id, "k")

    def _pending_for(self, conversation_id: str, kind: str) -> bool:
        return any(d.conversation_id == conversation_id and d.kind == kind
                   for d in (*self._pending, *self._writing))

    async def transcript(self, transcript: Transcript, meta: Conversation | None) -> None:
        self._queue(Document.of_transcript(transcript, meta))

    async def keypoints(self, keypoints: Keypoints, meta: Conversation | None) -> None:
        self._queue(Document.of_keypoints(keypoints, meta))

    def _queue(self, doc: Document) -> None:
        self._pending.append(doc)
        if self._flushing is None or self._flushing.done():
            self._flushing = asyncio.get_running_loop().create_task(self._flush_soon())

    async def _flush_soon(self) -> None:
        await asyncio.sleep(0.05)  # let the rest of a fan-out arrive: one transaction for all
        await self.flush()

    async def flush(self) -> None:
        async with self._write:
            docs, self._pending = self._pending, []
            self._writing = docs  # still wanted by no one while the write runs in its thread
            if docs:
                try:
                    await self._run(self.index.add, docs)
                    self.write_failed = None
                except DiskFullError as exc:  # logged by the storage; the cache keeps them for when there is room
                    self.write_failed = exc
                    return
                except Exception as exc:  # the index is a help, never a reason for a call to fail
                    self.write_failed = exc
                    log.warning("search.index_write_failed", error=type(exc).__name__, documents=len(docs))
                finally:
                    self._writing = []
        if docs:
            self._written = time.monotonic()
            self._catch_up()

    @property
    def generation(self) -> int:
        """Moves whenever the meetings, their lines or what is derived from them change (here or, as
        read, in another process): what is built from the index is built again."""
        return self.index.generation

    # --- in the background, from what the index holds (no request): derived facts, then vectors -------

    def _catch_up(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        if self._embedding is None or self._embedding.done():
            self._embedding = loop.create_task(self._embed_all())

    def warm(self) -> None:
        """Derive (and embed) what the index lacks, in the background: a new version of the rules
        that derive, or lines another process indexed."""
        self._catch_up()

    async def _embed_all(self) -> None:
        """Derive, then embed, what is pending once writes pause: while a bulk fill goes on, vectors
        (and the calibration fitted with the first of them) wait for the whole of it, so what a search
        finds by meaning does not depend on how the fill happened to be timed."""
        while True:
            await self._quiet()
            if not await self.derive(DERIVE_BATCH) and not await self.embed(EMBED_BATCH):
                return
            await asyncio.sleep(0)  # a search or a write may take the lock between steps

    async def derive(self, max_meetings: int) -> int:
        """Derive what is missing for up to ``max_meetings`` meetings; how many were derived."""
        if not self.index.derivers:
            return 0
        async with self._write:
            try:
                return await self._run(self.index.derive_pending, max_meetings)
            except DiskFullError:
                return 0
            except Exception as exc:  # derived facts are a help: the index keeps working without them
                log.warning("search.derive_failed", error=type(exc).__name__)
                return 0

    async def derived(self, kind: str) -> dict[str, tuple[str, bytes]]:
        """Meeting id → (version, data) of everything derived of ``kind``; never a request."""
        return await self._run(self.index.derived, kind)

    async def _quiet(self) -> None:
        """Return once no write has happened for ``EMBED_QUIET`` seconds (each write moves the end)."""
        wait = self._written + EMBED_QUIET - time.monotonic()
        while wait > 0:
            await asyncio.sleep(wait)
            wait = self._written + EMBED_QUIET - time.monotonic()

    async def embed(self, max_lines: int) -> int:
        """Give vectors to up to about ``max_lines`` lines that have none yet; the lines embedded."""
        async with self._write:
            try:
                return await self._run(self.index.embed_pending, max_lines)
            except Exception as exc:  # meaning is a help: words keep working without it
                log.warning("search.embedding_failed", error=type(exc).__name__)
                return 0

    async def aclose(self) -> None:
        """Write what is pending (nothing fetched is lost at shutdown), then close the file."""
        if self._flushing is not None:
            await self._flushing
        await self.flush()
        if self._embedding is not None:
            self._embedding.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._embedding
        await self._run(self.index.close)

    async def forget(self, conversation_id: str) -> None:
        await self.flush()
        async with self._write:
            await self._run(self.index.remove, conversation_id)

    async def search(self, query: Query, filters: Filters, **kw: Any) -> tuple[Page, CoverageFigures]:
        """The page of meetings and the coverage of the range, in one worker-thread call (after writing
        what waits to be written, and embedding what was just indexed when meaning is on)."""
        if self._pending or self._writing:
            await self.flush()
        meaning = self.index.meaning
        if query.any_word and meaning is not None and meaning.unembedded and not self._write.locked():
            # what was just indexed is found by meaning too (never waiting on the background's batch)
            done = 0
            while done < EMBED_BEFORE_SEARCH and (step := await self.embed(EMBED_BATCH)):
                done += step
            if done >= EMBED_BEFORE_SEARCH:
                self._catch_up()  # a big backlog goes on after
        return await self._run(partial(self.index.find, query, filters, **kw))

    async def coverage(self, filters: Filters) -> CoverageFigures:
        return await self._run(self.index.coverage, filters)

    async def said(self, conversation_id: str) -> list[Said] | None:
        """A meeting's transcript lines with their speakers and times, when indexed (no request)."""
        if self._pending or self._writing:
            await self.flush()
        return await self._run(self.index.said, conversation_id)

    async def speakers(self, conversation_id: str) -> dict[int, str]:
        return await self._run(self.index.speakers, conversation_id)

    async def meetings(self) -> list[Meeting]:
        """Every meeting known, as any process sharing the store wrote them."""
        return await self._run(self.index.meetings)

    async def keypoints_json(self, ids: Iterable[str]) -> dict[str, Any]:
        await self.flush()
        return await self._run(self.index.keypoints_json, list(ids))

    async def missing(self, *, since: float | None = None) -> list[Meeting]:
        """Known meetings whose transcript is not indexed (nor waiting to be), newest first."""
        out = [m for m in await self.meetings()
               if self.wants_transcript(m.id) and (since is None or (m.start or 0) >= since)]
        return sorted(out, key=lambda m: m.start or 0, reverse=True)


PACE_SLICES = 10  # the hour in tenths: the walker spends at most a tenth of its share in any one


class BackgroundIndexer:
    def __init__(
        self, service: Walked, indexer: Indexer, activity: Activity, *, share: float = 0.5,
        reserve: float = 0.10, clock: Clock = time.time, sleep: Sleep = asyncio.sleep, batch: int = 5,
        idle: float = 60.0, quiet: float = 2.0, relist_every: float = HOUR, lease: Lease | None = None,
    ) -> None:
        self.service, self.indexer, self.activity = service, indexer, activity
        self.share, self.reserve = share, reserve
        self._clock, self._sleep = clock, sleep
        self.batch, self.idle, self.quiet, self.relist_every = batch, idle, quiet, relist_every
        # when each of its requests went out (the last hour): the service's, so results can say it
        self.spent: deque[float] = service.background_spent
        self.listed_at: float | None = None
        self.fetched = 0
        self.failed: dict[str, str] = {}  # id → error code
        self.lease = lease  # with replicas on one database: walk only while holding the account's lease

    def allowance(self) -> int:
        """Requests it may send now: at most ``share`` of what the hour had left before it took its
        own, never the last ``reserve`` of the hourly limit, and spread over the hour: in any tenth
        of it, no more than a tenth of its share (it used to spend half the hour in 30 seconds). 1
        when the budget is not known yet."""
        now = self._clock()
        while self.spent and self.spent[0] < now - HOUR:
            self.spent.popleft()
        budget = self.service.budget()
        if budget.remaining is None or budget.limit is None:
            return 1 if not self.spent else 0
        own = len(self.spent)
        mine = math.floor(self.share * (budget.remaining + own))
        by_share = mine - own
        by_reserve = budget.remaining - math.ceil(self.reserve * budget.limit)
        recent = sum(1 for t in self.spent if t > now - HOUR / PACE_SLICES)
        by_pace = max(1, math.ceil(mine / PACE_SLICES)) - recent
        return max(0, min(by_share, by_reserve, by_pace))

    async def run(self) -> None:
        try:
            while True:
                try:
                    waited = await self.step()
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    log.warning("search.background_error", error=type(exc).__name__)
                    waited = False
                await self._sleep(0 if waited else self.idle)
        finally:
            if self.lease is not None:  # another replica may walk at once
                with contextlib.suppress(Exception):
                    await asyncio.shield(self.lease.release())

    async def step(self) -> bool:
        """One round; True when it did something (or waited on purpose) and may go on at once."""
        if self.activity.quiet_for() < self.quiet:
            await self._sleep(self.quiet)
            return True
        if self.indexer.health().full:  # nothing fetched could be kept: wait for room
            return False
        if self.lease is not None and not await self.lease.hold():
            return False  # another replica walks this account now
        allowed = self.allowance()
        if allowed <= 0:
            return False
        try:
            if self.listed_at is None or self._clock() - self.listed_at > self.relist_every:
                await self._counted(self.service.all_conversations())
                self.listed_at = self._clock()
                return True
            todo = [m for m in await self.indexer.missing() if m.id not in self.failed][:min(allowed, self.batch)]
            if not todo:
                return False
            for meeting in todo:
                if self.activity.quiet_for() < self.quiet:
                    return True
                try:
                    await self._counted(self.service.transcript(meeting.id))
                    self.fetched += 1
                except (RateLimitError, RateBudgetExhaustedError):
                    raise
                except ConvoError as exc:  # gone or unreadable: not tried again by this walker
                    self.failed[meeting.id] = exc.code
            await self.indexer.flush()
        except (RateLimitError, RateBudgetExhaustedError) as exc:
            wait = exc.retry_after if exc.retry_after is not None else self.idle
            log.info("search.background_paused", reason=exc.code, seconds=round(wait))
            await self._sleep(max(wait, 1.0))
            return True
        except ConvoError as exc:
            log.info("search.background_skipped", code=exc.code)
            return False
        return True

    async def _counted(self, call: Any) -> Any:
        before = self.service.requests_made()
        try:
            return await call
        finally:
            made = self.service.requests_made() - before
            self.spent.extend([self._clock()] * made)
