"""The search index in PostgreSQL: every account's lines in one database, shared by every replica.

Same layout as the SQLite file (see :mod:`.index`), as tables whose rows carry the account's id
(``search_meetings``, ``search_speakers``, ``search_content`` with each document's packed lines,
``search_lines`` with a ``tsvector`` per line under a GIN index on ``(account, said)``), so the rowid
of a line (``meeting << 26 | speaker << 20 | line``) means the same in both, and everything above the
storage (:class:`~.core.IndexCore`: ranking, fusion, coverage, vectors) is shared. Words are matched
with the ``english`` text search configuration (Snowball stemming, as FTS5's porter) and lines are
ranked with ``ts_rank_cd``.

Vectors are stored quantized beside their lines (``search_vectors``) and scored in this process:
an account's vectors are loaded at its first search by meaning and dropped with the account (the
server closes accounts it has not served for a while). pgvector would score them in the database;
it is not packaged for the machines this is tested on, so there is no untested path for it: it
would be one more :class:`~.core.IndexCore` storage hook (``_vectors_of`` picking the candidates).

Every write bumps the account's counter in ``search_accounts``; a replica that finds it moved since
it last read reads the meetings again, so what any replica indexed is searchable from all at once by
its words (its meaning vectors, once this replica's are more than ``VECTORS_KEPT`` seconds old).
A full database raises :class:`~convo_mcp.errors.DiskFullError`; a pool with no free connection makes the caller
wait, then fails, and never writes anywhere else.
"""

from __future__ import annotations

import json
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from convo_mcp.errors import DiskFullError
from convo_mcp.search.backend import Listed
from convo_mcp.search.core import TITLE_KIND, IndexCore, Work
from convo_mcp.search.document import TITLE_ROW, Document, keypoint_lines, pack, transcript_lines, unpack
from convo_mcp.search.query import Query, Term
from convo_mcp.search.ranking import MEETING_SHIFT, SPEAKER_MASK, SPEAKER_SHIFT, Speakers
from convo_mcp.search.results import Meeting

if TYPE_CHECKING:
    import psycopg

    from convo_mcp.search.meaning import Embedder
    from convo_mcp.state.postgres.database import Database

# Vectors held when another replica writes are kept this long before being read again: a replica
# indexing a backlog writes every few seconds, and each re-read is every line's vector of the account.
VECTORS_KEPT = 60.0
TSQUERY_NAMED = "to_tsquery('english', %(q)s)"  # 'english': the configuration of every line and query


def _lexeme(word: str) -> str:
    return "'" + word.replace("'", "''").replace("\\", "") + "'"


def tsquery_of(term: Term) -> str:
    """A term as ``to_tsquery`` text: a word, a phrase (``a <-> b``), a prefix (``pric:*``)."""
    words = [_lexeme(w) for w in term.words]
    if term.prefix:
        words[-1] += ":*"
    text = " <-> ".join(words)
    return f"({text})" if len(words) > 1 else text


def compile_query(query: Query, *, strict: bool) -> str:
    if query.any_word and not strict:
        return " | ".join(tsquery_of(t) for t in query.terms())
    parts = []
    for group in query.groups:
        inner = " | ".join(tsquery_of(t) for t in group)
        parts.append(f"({inner})" if len(group) > 1 else inner)
    expr = " & ".join(parts)
    if query.excluded:
        expr = f"({expr}) & !({' | '.join(tsquery_of(t) for t in query.excluded)})"
    return expr


class PostgresIndex(IndexCore):
    """One account's index in a shared PostgreSQL database."""

    def __init__(self, db: Database, account: str, *, clock: Any = time.time, meaning: Embedder | None = None) -> None:
        super().__init__(clock=clock, meaning=meaning)
        self.db = db
        self.account = account
        self._conn: psycopg.Connection[tuple[Any, ...]] | None = None  # the transaction of the call in hand
        self._version = -1
        self._matcher = _TSVector(self)
        self._guarded(self._load)

    # --- one scoped transaction per call -------------------------------------------------------

    def _guarded(self, fn: Any, *args: Any) -> Any:
        with self._lock:
            if self._conn is not None:  # already inside this call's transaction
                return fn(*args)
            try:
                with self.db.scoped(self.account) as conn:
                    self._conn = conn
                    try:
                        out = fn(*args)
                    finally:
                        self._conn = None
            except Exception as exc:
                self._version = -1  # a write may have been undone: the meetings are read again
                self._forget_vectors()
                if isinstance(exc, DiskFullError):
                    self._full = True
                raise
            self._full = False
            return out

    @property
    def _c(self) -> psycopg.Connection[tuple[Any, ...]]:
        assert self._conn is not None, "storage used outside _guarded"
        return self._conn

    def _q(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return self._c.execute(sql, (self.account, *args)).fetchall()

    def _one(self, sql: str, *args: Any) -> tuple[Any, ...] | None:
        return self._c.execute(sql, (self.account, *args)).fetchone()

    def _load(self) -> None:
        if self._vectors is None or time.monotonic() - self._vectors_at > VECTORS_KEPT:
            self._forget_vectors()
        self._unembedded = True  # what another replica wrote may lack vectors
        row = self._one("SELECT version FROM search_accounts WHERE account = %s")
        self._version = int(row[0]) if row else 0
        rows = self._q("SELECT n, id, title, start, minutes, transcript, keypoints IS NOT NULL FROM search_meetings "
                       "WHERE account = %s")
        self._set_meetings(Meeting(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6])) for r in rows)

    def _fresh(self) -> None:
        row = self._one("SELECT version FROM search_accounts WHERE account = %s")
        if (int(row[0]) if row else 0) != self._version:
            self._load()  # another replica (or process) wrote

    def _wrote(self) -> None:
        """Count a write: other replicas read the meetings again; this one is current if nobody else wrote."""
        row = self._one("INSERT INTO search_accounts (account, version) VALUES (%s, 1) ON CONFLICT (account) "
                        "DO UPDATE SET version = search_accounts.version + 1 RETURNING version")
        version = int(row[0]) if row else 0
        if version == self._version + 1:
            self._version = version

    # --- what is known --------------------------------------------------------------------------

    def describe(self) -> str:
        return f"PostgreSQL {self.db.where} (account {self.account})"

    def size_bytes(self) -> int:
        def size() -> int:
            row = self._one("SELECT coalesce(sum(octet_length(lines)), 0) FROM search_content WHERE account = %s")
            vec = self._one("SELECT coalesce(sum(octet_length(v)), 0) FROM search_vectors WHERE account = %s")
            return int(row[0] if row else 0) + int(vec[0] if vec else 0)

        out: int = self._guarded(size)
        return out

    def speakers(self, conversation_id: str) -> dict[int, str]:
        m = self._meetings.get(conversation_id)
        if m is None:
            return {}
        rows = self._guarded(lambda: self._q("SELECT no, name FROM search_speakers WHERE account = %s AND n = %s", m.n))
        return {int(no): str(name) for no, name in rows}

    def close(self) -> None:
        with self._lock:
            self._forget_vectors()
            self._set_meetings(())

    # --- writing --------------------------------------------------------------------------------

    def note_meetings(self, listed: Iterable[Listed]) -> None:
        rows = list(listed)
        if rows:
            self._guarded(self._note, rows)

    def _note(self, rows: list[Listed]) -> None:
        now = self._clock()
        self._upsert([(cid, title, start, minutes, now) for cid, title, start, minutes in rows])
        self._wrote()

    def _upsert(self, rows: Sequence[tuple[str, str | None, float | None, float | None, float | None]]
                ) -> dict[str, Meeting]:
        """Note meetings (id, title, start, minutes, listed) in one statement, their titles searchable
        from the moment they are known; the meetings as they now are."""
        latest: dict[str, list[Any]] = {}
        for given in rows:  # one row per meeting: what the later rows say, else what the earlier ones did
            seen = latest.setdefault(given[0], list(given))
            seen[1:] = [b if b is not None else a for a, b in zip(seen[1:], given[1:], strict=True)]
        cols = list(zip(*latest.values(), strict=True))
        found = self._q(
            "INSERT INTO search_meetings AS m (account, id, title, start, minutes, listed) "
            "SELECT %s, i, t, s, mi, l FROM unnest(%s::text[], %s::text[], %s::float8[], %s::float8[], %s::float8[]) "
            "AS x (i, t, s, mi, l) "
            "ON CONFLICT (account, id) DO UPDATE SET title = coalesce(excluded.title, m.title), "
            "start = coalesce(excluded.start, m.start), minutes = coalesce(excluded.minutes, m.minutes), "
            "listed = coalesce(excluded.listed, m.listed) "
            "RETURNING id, n, title, start, minutes, transcript, keypoints IS NOT NULL", *map(list, cols))
        out: dict[str, Meeting] = {}
        titles: list[tuple[int, int, str]] = []
        for cid, n, title, start, minutes, transcript, keypoints in found:
            old = self._meetings.get(cid)
            m = out[cid] = Meeting(n, cid, title, start, minutes, bool(transcript), bool(keypoints))
            if old is None or old.title != m.title:
                row = m.n << MEETING_SHIFT | TITLE_ROW
                if old is not None and old.title:
                    self._drop_lines(m.n, TITLE_KIND, [row])
                if m.title:
                    titles.append((row, m.n, m.title))
            self._keep(m)
        self._insert_lines(titles)
        self._unembedded = True
        return out

    def _insert_lines(self, rows: Sequence[tuple[int, int, str]]) -> None:
        """(rowid, meeting n, text): copied in (COPY, the fastest way in), made tsvectors in the server."""
        if not rows:
            return
        self._c.execute("CREATE TEMP TABLE IF NOT EXISTS incoming (r bigint, n bigint, t text) ON COMMIT DELETE ROWS")
        with self._c.cursor() as cur, cur.copy("COPY incoming (r, n, t) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        self._c.execute("INSERT INTO search_lines SELECT %s, r, n, to_tsvector('english', t) FROM incoming",
                        (self.account,))
        self._c.execute("TRUNCATE incoming")

    def add(self, documents: Sequence[Document]) -> None:
        if documents:
            self._guarded(self._add, documents)

    def _add(self, documents: Sequence[Document]) -> None:
        self._fresh()  # what other replicas indexed meanwhile is replaced, not doubled
        latest = list({(d.conversation_id, d.kind): d for d in documents}.values())  # per meeting and kind: the last
        had = {d.conversation_id: self._meetings.get(d.conversation_id) for d in latest}
        meetings = self._upsert([(d.conversation_id, d.title, d.start, d.minutes, None) for d in latest])
        ns = sorted({m.n for m in meetings.values()})
        speakers: dict[int, dict[str, int]] = {}
        for n, no, name in self._q("SELECT n, no, name FROM search_speakers WHERE account = %s AND n = ANY(%s)", ns):
            speakers.setdefault(int(n), {})[str(name)] = int(no)
        replaced = [(meetings[d.conversation_id].n, d.kind) for d in latest if (h := had[d.conversation_id])
                    is not None and (h.transcript if d.kind == "t" else h.keypoints)]
        for n, kind in replaced:  # what these documents replace (a re-read transcript, a new summary)
            if (old := self._lines.content(n, kind)) is not None:
                base = n << MEETING_SHIFT
                self._drop_lines(n, kind, [base | ln.speaker << SPEAKER_SHIFT | ln.row for ln in unpack(old)])
        lines_in: list[tuple[int, int, str]] = []
        new_speakers: list[tuple[int, int, str]] = []
        content: list[tuple[int, str, bytes]] = []
        transcripts: list[tuple[int, int]] = []
        summaries: list[tuple[int, bytes]] = []
        for doc in latest:
            m = meetings[doc.conversation_id]
            known = speakers.setdefault(m.n, {})
            for name in doc.speaker_names():
                if name not in known and len(known) < SPEAKER_MASK:
                    known[name] = len(known) + 1  # 0 is "no speaker" (keypoint items, unknown)
                    new_speakers.append((m.n, known[name], name))
            lines = (transcript_lines if doc.kind == "t" else keypoint_lines)(doc, known)
            base = m.n << MEETING_SHIFT
            lines_in += [(base | ln.speaker << SPEAKER_SHIFT | ln.row, m.n, ln.text) for ln in lines]
            content.append((m.n, doc.kind, pack(lines)))
            if doc.kind == "t":
                transcripts.append((m.n, len(doc.payload.get("segments", []))))
            else:
                summaries.append((m.n, zlib.compress(json.dumps(doc.payload).encode(), 6)))
            self._keep(Meeting(m.n, m.id, m.title, m.start, m.minutes, m.transcript or doc.kind == "t",
                               m.keypoints or doc.kind == "k"))
            meetings[doc.conversation_id] = self._meetings[doc.conversation_id]
        if new_speakers:
            self._c.execute("INSERT INTO search_speakers SELECT %s, n, no, name FROM unnest(%s::bigint[], "
                            "%s::int[], %s::text[]) AS x (n, no, name)",
                            (self.account, *map(list, zip(*new_speakers, strict=True))))
        self._c.execute("INSERT INTO search_content SELECT %s, n, k, l FROM unnest(%s::bigint[], %s::text[], "
                        "%s::bytea[]) AS x (n, k, l) ON CONFLICT (account, n, kind) DO UPDATE SET "
                        "lines = excluded.lines", (self.account, *map(list, zip(*content, strict=True))))
        if transcripts:
            self._c.execute("UPDATE search_meetings m SET transcript = true, segments = x.s FROM unnest(%s::bigint[], "
                            "%s::int[]) AS x (n, s) WHERE m.account = %s AND m.n = x.n",
                            (*map(list, zip(*transcripts, strict=True)), self.account))
        if summaries:
            self._c.execute("UPDATE search_meetings m SET keypoints = x.k FROM unnest(%s::bigint[], %s::bytea[]) "
                            "AS x (n, k) WHERE m.account = %s AND m.n = x.n",
                            (*map(list, zip(*summaries, strict=True)), self.account))
        self._insert_lines(lines_in)
        self._wrote()

    def _drop_lines(self, n: int, kind: str, rowids: list[int]) -> None:
        """Remove a document's (or title's) lines, their vectors, and its content row."""
        self._c.execute("DELETE FROM search_lines WHERE account = %s AND n = %s AND rowid = ANY(%s)",
                        (self.account, n, rowids))
        self._c.execute("DELETE FROM search_vectors WHERE account = %s AND rowid = ANY(%s)", (self.account, rowids))
        self._c.execute("DELETE FROM search_vec_done WHERE account = %s AND n = %s AND kind = %s",
                        (self.account, n, kind))
        if kind != TITLE_KIND:
            self._c.execute("DELETE FROM search_content WHERE account = %s AND n = %s AND kind = %s",
                            (self.account, n, kind))
        if self._vectors is not None:
            self._vectors.drop(rowids)

    def _remove(self, m: Meeting) -> None:
        lo, hi = m.n << MEETING_SHIFT, ((m.n + 1) << MEETING_SHIFT) - 1
        for table in ("search_lines", "search_vectors"):
            self._c.execute(f"DELETE FROM {table} WHERE account = %s AND rowid BETWEEN %s AND %s",  # noqa: S608
                            (self.account, lo, hi))
        for table in ("search_vec_done", "search_content", "search_speakers", "search_meetings"):
            self._c.execute(f"DELETE FROM {table} WHERE account = %s AND n = %s", (self.account, m.n))  # noqa: S608
        if self._vectors is not None:
            self._vectors = None
        self._drop(m.id)
        self._wrote()

    # --- what the shared part asks of storage (see .core) -------------------------------------------

    @property
    def _lines(self) -> _TSVector:
        return self._matcher

    def _compile(self, query: Query, *, strict: bool) -> str:
        return compile_query(query, strict=strict)

    def _compile_term(self, term: Term) -> str:
        return tsquery_of(term)

    def _speaker_rows(self) -> list[tuple[int, int, str]]:
        return [(int(n), int(no), str(name)) for n, no, name in
                self._q("SELECT n, no, name FROM search_speakers WHERE account = %s")]

    def _blob(self, key: str) -> bytes | None:
        row = self._guarded(lambda: self._one("SELECT value FROM search_blobs WHERE account = %s AND key = %s", key))
        return bytes(row[0]) if row else None

    def _replace_calibration(self, data: bytes) -> None:
        self._c.execute("DELETE FROM search_vectors WHERE account = %s", (self.account,))
        self._c.execute("DELETE FROM search_vec_done WHERE account = %s", (self.account,))
        self._c.execute("INSERT INTO search_blobs VALUES (%s, 'calibration', %s) ON CONFLICT (account, key) "
                        "DO UPDATE SET value = excluded.value", (self.account, data))
        self._wrote()

    def _pending_count(self) -> int:
        docs = self._one("SELECT count(*) FROM search_content c WHERE account = %s AND NOT EXISTS (SELECT 1 FROM "
                         "search_vec_done d WHERE d.account = c.account AND d.n = c.n AND d.kind = c.kind)")
        titles = self._one("SELECT count(*) FROM search_meetings m WHERE account = %s AND title IS NOT NULL AND "
                           "NOT EXISTS (SELECT 1 FROM search_vec_done d WHERE d.account = m.account AND d.n = m.n "
                           "AND d.kind = %s)", TITLE_KIND)
        return int(docs[0] if docs else 0) + int(titles[0] if titles else 0)

    def _line_count(self) -> int:
        row = self._one("SELECT coalesce(sum(segments), 0), count(title) FROM search_meetings WHERE account = %s")
        return int(row[0]) + int(row[1]) if row else 0

    def _sample_texts(self, count: int) -> list[str]:
        import random

        keys = self._q("SELECT n, kind FROM search_content WHERE account = %s ORDER BY n, kind")
        random.Random(len(keys)).shuffle(keys)
        out = [str(r[0]) for r in self._q("SELECT title FROM search_meetings WHERE account = %s AND title IS NOT NULL "
                                          "ORDER BY n LIMIT %s", count // 10)]
        for n, kind in keys:
            if len(out) >= count:
                break
            blob = self._lines.content(n, kind)
            out += [ln.text for ln in unpack(blob)] if blob else []
        return out[:count]

    def _vector_work(self, max_lines: int) -> list[Work]:
        work: list[Work] = []
        size = 0
        with self._c.cursor(name="vector_work") as cur:  # streamed: the newest first, as far as needed
            cur.execute("SELECT c.n, c.kind, c.lines FROM search_content c JOIN search_meetings m ON m.account = "
                        "c.account AND m.n = c.n WHERE c.account = %s AND NOT EXISTS (SELECT 1 FROM search_vec_done "
                        "d WHERE d.account = c.account AND d.n = c.n AND d.kind = c.kind) "
                        "ORDER BY m.start DESC NULLS LAST", (self.account,))
            for n, kind, blob in cur:
                base = n << MEETING_SHIFT
                lines = [(base | ln.speaker << SPEAKER_SHIFT | ln.row, ln.text) for ln in unpack(blob)]
                work.append(Work(n, kind, bytes(blob), lines))
                size += len(lines)
                if size >= max_lines:
                    return work
        for n, title in self._q("SELECT n, title FROM search_meetings m WHERE account = %s AND title IS NOT NULL AND "
                                "NOT EXISTS (SELECT 1 FROM search_vec_done d WHERE d.account = m.account AND "
                                "d.n = m.n AND d.kind = %s) LIMIT %s", TITLE_KIND, max_lines - size):
            work.append(Work(n, TITLE_KIND, title.encode(), [(n << MEETING_SHIFT | TITLE_ROW, title)]))
        return work

    def _write_vectors(self, work: list[Work], stored: Any, hub: Any) -> list[int]:
        def write() -> list[int]:
            ns = [item.n for item in work]  # what each item was read from, as it is now: one query
            titles = {int(n): str(t).encode() for n, t in self._q(
                "SELECT n, title FROM search_meetings WHERE account = %s AND n = ANY(%s) AND title IS NOT NULL", ns)}
            content = {(int(n), str(k)): bytes(b) for n, k, b in self._q(
                "SELECT n, kind, lines FROM search_content WHERE account = %s AND n = ANY(%s)", ns)}
            written, at, rows, done = [], 0, [], []
            for i, item in enumerate(work):
                here = slice(at, at + len(item.lines))
                at += len(item.lines)
                current = titles.get(item.n) if item.kind == TITLE_KIND else content.get((item.n, item.kind))
                if current != item.source:
                    continue  # replaced or removed meanwhile: embedded again with what replaced it
                rows += [(r, v.tobytes(), h) for (r, _), v, h in zip(item.lines, stored[here], hub[here].tolist(),
                                                                      strict=True)]
                done.append((item.n, item.kind))
                written.append(i)
            if rows:  # one statement each: arrays in
                self._c.execute("INSERT INTO search_vectors SELECT %s, r, v, h FROM unnest(%s::bigint[], "
                                "%s::bytea[], %s::real[]) AS x (r, v, h) ON CONFLICT (account, rowid) DO UPDATE SET "
                                "v = excluded.v, hub = excluded.hub",
                                (self.account, [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]))
                self._c.execute("INSERT INTO search_vec_done SELECT %s, n, k FROM unnest(%s::bigint[], %s::text[]) "
                                "AS x (n, k) ON CONFLICT DO NOTHING",
                                (self.account, [d[0] for d in done], [d[1] for d in done]))
            return written

        out: list[int] = self._guarded(write)
        return out

    def _vector_chunks(self) -> Iterator[tuple[Any, Any, Any]]:
        import numpy as np

        from convo_mcp.search.meaning import from_blobs

        chunks = []
        with self._c.cursor(name="vectors") as cur:
            cur.execute("SELECT rowid, v, hub FROM search_vectors WHERE account = %s", (self.account,))
            while batch := cur.fetchmany(65_536):
                chunks.append((np.fromiter((r[0] for r in batch), np.int64, len(batch)),
                               from_blobs([bytes(r[1]) for r in batch]),
                               np.fromiter((r[2] for r in batch), np.float32, len(batch))))
        return iter(chunks)

    def _keypoint_blobs(self, ids: list[str]) -> list[tuple[str, bytes]]:
        return [(str(i), bytes(k)) for i, k in self._q(
            "SELECT id, keypoints FROM search_meetings WHERE account = %s AND keypoints IS NOT NULL AND id = ANY(%s)",
            ids)]

    def _vectors_of(self, rowids: list[int]) -> list[tuple[int, bytes, float]]:
        return [(int(r), bytes(v), float(h)) for r, v, h in
                self._q("SELECT rowid, v, hub FROM search_vectors WHERE account = %s AND rowid = ANY(%s)", rowids)]


class _TSVector:
    """An account's lines as ranking asks about them: ``@@`` over the GIN index, ``ts_rank_cd``
    (negated: lower is better, as BM25 in FTS5)."""

    def __init__(self, index: PostgresIndex) -> None:
        self.index = index

    def _run(self, sql: str, expr: str | None = None, speakers: Speakers = None, **more: Any) -> list[tuple[Any, ...]]:
        """``sql`` with ``%(a)s`` the account, ``%(q)s`` the expression, ``{who}`` the speaker filter."""
        params: dict[str, Any] = {"a": self.index.account, "q": expr, **more}
        who = ""
        if speakers is not None:
            params["keep"] = [n << (MEETING_SHIFT - SPEAKER_SHIFT) | s for n, ss in speakers.items() for s in ss]
            who = " AND (rowid >> 20) = ANY(%(keep)s)"
        return self.index._c.execute(sql.replace("{who}", who).replace("{q}", TSQUERY_NAMED), params).fetchall()

    def counts(self, expr: str, speakers: Speakers) -> dict[int, int]:
        rows = self._run("SELECT n, count(*) FROM search_lines WHERE account = %(a)s AND said @@ {q}{who} GROUP BY n",
                         expr, speakers)
        return {int(n): int(c) for n, c in rows}

    def best(self, expr: str, speakers: Speakers) -> list[tuple[int, float, int]]:
        rows = self._run("SELECT n, -max(ts_rank_cd(said, {q})), count(*) FROM search_lines "
                         "WHERE account = %(a)s AND said @@ {q}{who} GROUP BY n", expr, speakers)
        return [(int(n), float(s), int(c)) for n, s, c in rows]

    def rowids(self, expr: str, speakers: Speakers, cap: int) -> list[int] | None:
        rows = self._run("SELECT rowid FROM search_lines WHERE account = %(a)s AND said @@ {q}{who} LIMIT %(cap)s",
                         expr, speakers, cap=cap + 1)
        return None if len(rows) > cap else [int(r[0]) for r in rows]

    def in_meeting(self, expr: str, n: int) -> list[tuple[int, float]]:
        rows = self._run("SELECT rowid, -ts_rank_cd(said, {q}) AS s FROM search_lines WHERE account = %(a)s "
                         "AND n = %(n)s AND said @@ {q} ORDER BY s, rowid", expr, n=n)
        return [(int(r), float(s)) for r, s in rows]

    def sizes(self, ns: Iterable[int] | None) -> tuple[dict[int, float], float]:
        if ns is None:
            rows = self._run("SELECT n, coalesce(segments, 1) FROM search_meetings WHERE account = %(a)s")
        else:
            rows = self._run("SELECT n, coalesce(segments, 1) FROM search_meetings WHERE account = %(a)s "
                             "AND n = ANY(%(ns)s)", ns=list(ns))
        mean = self._run("SELECT avg(greatest(1, coalesce(segments, 1))) FROM search_meetings WHERE account = %(a)s")
        return {int(n): float(max(1, seg)) for n, seg in rows}, float(mean[0][0] or 1.0)

    def content(self, n: int, kind: str) -> bytes | None:
        rows = self._run("SELECT lines FROM search_content WHERE account = %(a)s AND n = %(n)s AND kind = %(k)s",
                         n=n, k=kind)
        return bytes(rows[0][0]) if rows else None
