"""Vectors in PostgreSQL: ``search_vectors`` (each line's quantized vector and hubness, by account
and rowid), ``search_vec_done`` (which documents and titles have theirs) and the calibration in
``search_blobs``. Scored in the replica (:mod:`convo_mcp.search.vectors`); pgvector, which would score
them in the database, is not packaged for the machines this is tested on, and would be another
:class:`~convo_mcp.search.vectors.VectorIndex`."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from convo_mcp.search.document import unpack
from convo_mcp.search.rows import rowid, title
from convo_mcp.search.storage import Work

if TYPE_CHECKING:
    import psycopg

TITLE_KIND = "n"
CHUNK = 16_384


class VectorRows:
    def __init__(self, conn: psycopg.Connection[tuple[Any, ...]], account: str, wrote: Callable[[], None]) -> None:
        self.conn, self.account, self._wrote = conn, account, wrote

    def _q(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, (self.account, *args)).fetchall()

    def _one(self, sql: str, *args: Any) -> tuple[Any, ...] | None:
        return self.conn.execute(sql, (self.account, *args)).fetchone()

    def blob(self, key: str) -> bytes | None:
        row = self._one("SELECT value FROM search_blobs WHERE account = %s AND key = %s", key)
        return bytes(row[0]) if row else None

    def replace_calibration(self, data: bytes) -> None:
        self.conn.execute("DELETE FROM search_vectors WHERE account = %s", (self.account,))
        self.conn.execute("DELETE FROM search_vec_done WHERE account = %s", (self.account,))
        self.conn.execute("INSERT INTO search_blobs VALUES (%s, 'calibration', %s) ON CONFLICT (account, key) "
                          "DO UPDATE SET value = excluded.value", (self.account, data))
        self._wrote()

    def pending_count(self) -> int:
        docs = self._one("SELECT count(*) FROM search_content c WHERE account = %s AND NOT EXISTS (SELECT 1 FROM "
                         "search_vec_done d WHERE d.account = c.account AND d.n = c.n AND d.kind = c.kind)")
        titles = self._one("SELECT count(*) FROM search_meetings m WHERE account = %s AND title IS NOT NULL AND "
                           "NOT EXISTS (SELECT 1 FROM search_vec_done d WHERE d.account = m.account AND d.n = m.n "
                           "AND d.kind = %s)", TITLE_KIND)
        return int(docs[0] if docs else 0) + int(titles[0] if titles else 0)

    def line_count(self) -> int:
        row = self._one("SELECT coalesce(sum(segments), 0), count(title) FROM search_meetings WHERE account = %s")
        return int(row[0]) + int(row[1]) if row else 0

    def sample_texts(self, count: int) -> list[str]:
        keys = self._q("SELECT n, kind FROM search_content WHERE account = %s ORDER BY n, kind")
        random.Random(len(keys)).shuffle(keys)
        out = [str(r[0]) for r in self._q("SELECT title FROM search_meetings WHERE account = %s AND title IS NOT NULL "
                                          "ORDER BY n LIMIT %s", count // 10)]
        for n, kind in keys:
            if len(out) >= count:
                break
            row = self._one("SELECT lines FROM search_content WHERE account = %s AND n = %s AND kind = %s", n, kind)
            out += [ln.text for ln in unpack(bytes(row[0]))] if row else []
        return out[:count]

    def vector_work(self, max_lines: int) -> list[Work]:
        work: list[Work] = []
        size = 0
        with self.conn.cursor(name="vector_work") as cur:  # streamed: the newest first, as far as needed
            cur.execute("SELECT c.n, c.kind, c.lines FROM search_content c JOIN search_meetings m ON m.account = "
                        "c.account AND m.n = c.n WHERE c.account = %s AND NOT EXISTS (SELECT 1 FROM search_vec_done "
                        "d WHERE d.account = c.account AND d.n = c.n AND d.kind = c.kind) "
                        "ORDER BY m.start DESC NULLS LAST", (self.account,))
            for n, kind, blob in cur:
                lines = [(rowid(n, ln.speaker, ln.row), ln.text) for ln in unpack(blob)]
                work.append(Work(n, kind, bytes(blob), lines))
                size += len(lines)
                if size >= max_lines:
                    return work
        for n, text in self._q("SELECT n, title FROM search_meetings m WHERE account = %s AND title IS NOT NULL AND "
                               "NOT EXISTS (SELECT 1 FROM search_vec_done d WHERE d.account = m.account AND "
                               "d.n = m.n AND d.kind = %s) LIMIT %s", TITLE_KIND, max_lines - size):
            work.append(Work(n, TITLE_KIND, text.encode(), [(title(n), text)]))
        return work

    def write_vectors(self, work: Sequence[Work], stored: Any, hub: Any) -> list[int]:
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
            self.conn.execute("INSERT INTO search_vectors SELECT %s, r, v, h FROM unnest(%s::bigint[], %s::bytea[], "
                              "%s::real[]) AS x (r, v, h) ON CONFLICT (account, rowid) DO UPDATE SET "
                              "v = excluded.v, hub = excluded.hub",
                              (self.account, [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]))
            self.conn.execute("INSERT INTO search_vec_done SELECT %s, n, k FROM unnest(%s::bigint[], %s::text[]) "
                              "AS x (n, k) ON CONFLICT DO NOTHING",
                              (self.account, [d[0] for d in done], [d[1] for d in done]))
        return written

    def vector_count(self) -> int:
        return int(self._q("SELECT count(*) FROM search_vectors WHERE account = %s")[0][0])

    def vector_chunks(self) -> Iterator[tuple[Any, Any, Any]]:
        """Streamed from a server-side cursor, one chunk at a time (the caller reduces each before the
        next is read): the whole account's vectors are never decoded at once."""
        import numpy as np

        from convo_mcp.search.meaning import stored_rows

        with self.conn.cursor(name="vectors") as cur:
            cur.execute("SELECT rowid, v, hub FROM search_vectors WHERE account = %s", (self.account,))
            while batch := cur.fetchmany(CHUNK):
                yield (np.fromiter((r[0] for r in batch), np.int64, len(batch)),
                       stored_rows([bytes(r[1]) for r in batch]),
                       np.fromiter((r[2] for r in batch), np.float32, len(batch)))

    def vectors_of(self, rowids: list[int]) -> list[tuple[int, bytes, float]]:
        return [(int(r), bytes(v), float(h)) for r, v, h in
                self._q("SELECT rowid, v, hub FROM search_vectors WHERE account = %s AND rowid = ANY(%s)", rowids)]
