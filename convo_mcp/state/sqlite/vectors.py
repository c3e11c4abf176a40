"""Vectors in an SQLite index: ``vec`` (each line's quantized vector and hubness, by rowid),
``vec_done`` (which documents and titles have theirs) and the calibration in ``blobs``."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from convo_mcp.search.document import unpack
from convo_mcp.search.rows import rowid, title
from convo_mcp.search.storage import Work

TITLE_KIND = "n"  # the "kind" of a meeting's title among what has vectors (transcripts "t", summaries "k")
CHUNK = 16_384  # rows read at a time when loading every vector (each reduced to sign bits as read)


class VectorRows:
    def __init__(self, conn: Callable[[], sqlite3.Connection],
                 transaction: Callable[[], AbstractContextManager[None]]) -> None:
        self._conn, self._transaction = conn, transaction

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn()

    def blob(self, key: str) -> bytes | None:
        row = self.conn.execute("SELECT value FROM blobs WHERE key = ?", (key,)).fetchone()
        return bytes(row[0]) if row else None

    def replace_calibration(self, data: bytes) -> None:
        with self._transaction():
            self.conn.execute("DELETE FROM vec")
            self.conn.execute("DELETE FROM vec_done")
            self.conn.execute("INSERT OR REPLACE INTO blobs VALUES ('calibration', ?)", (data,))

    def pending_count(self) -> int:
        docs = self.conn.execute("SELECT count(*) FROM content c WHERE NOT EXISTS "
                                 "(SELECT 1 FROM vec_done d WHERE d.n = c.n AND d.kind = c.kind)").fetchone()[0]
        titles = self.conn.execute("SELECT count(*) FROM meetings m WHERE title IS NOT NULL AND NOT EXISTS "
                                   "(SELECT 1 FROM vec_done d WHERE d.n = m.n AND d.kind = ?)",
                                   (TITLE_KIND,)).fetchone()[0]
        return int(docs) + int(titles)

    def line_count(self) -> int:
        row = self.conn.execute("SELECT coalesce(sum(segments), 0), count(title) FROM meetings").fetchone()
        return int(row[0]) + int(row[1])

    def sample_texts(self, count: int) -> list[str]:
        keys = self.conn.execute("SELECT n, kind FROM content").fetchall()
        random.Random(len(keys)).shuffle(keys)
        out = [r[0] for r in self.conn.execute("SELECT title FROM meetings WHERE title IS NOT NULL LIMIT ?",
                                                (count // 10,))]
        for n, kind in keys:
            if len(out) >= count:
                break
            blob = self.conn.execute("SELECT lines FROM content WHERE n = ? AND kind = ?", (n, kind)).fetchone()
            out += [ln.text for ln in unpack(blob[0])] if blob else []
        return out[:count]

    def vector_work(self, max_lines: int) -> list[Work]:
        work: list[Work] = []
        size = 0
        for n, kind, blob in self.conn.execute(
                "SELECT c.n, c.kind, c.lines FROM content c JOIN meetings m ON m.n = c.n WHERE NOT EXISTS "
                "(SELECT 1 FROM vec_done d WHERE d.n = c.n AND d.kind = c.kind) ORDER BY m.start DESC"):
            lines = [(rowid(n, ln.speaker, ln.row), ln.text) for ln in unpack(blob)]
            work.append(Work(n, kind, blob, lines))
            size += len(lines)
            if size >= max_lines:
                return work
        for n, text in self.conn.execute(
                "SELECT n, title FROM meetings m WHERE title IS NOT NULL AND NOT EXISTS "
                "(SELECT 1 FROM vec_done d WHERE d.n = m.n AND d.kind = ?) LIMIT ?", (TITLE_KIND, max_lines - size)):
            work.append(Work(n, TITLE_KIND, text.encode(), [(title(n), text)]))
        return work

    def write_vectors(self, work: Sequence[Work], stored: Any, hub: Any) -> list[int]:
        written, at = [], 0
        with self._transaction():
            for i, item in enumerate(work):
                here = slice(at, at + len(item.lines))
                at += len(item.lines)
                if item.kind == TITLE_KIND:
                    row = self.conn.execute("SELECT title FROM meetings WHERE n = ?", (item.n,)).fetchone()
                    current = row[0].encode() if row and row[0] else None
                else:
                    row = self.conn.execute("SELECT lines FROM content WHERE n = ? AND kind = ?",
                                            (item.n, item.kind)).fetchone()
                    current = row[0] if row else None
                if current != item.source:
                    continue  # replaced or removed meanwhile: embedded again with what replaced it
                ids = [r for r, _ in item.lines]
                self.conn.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?, ?)",
                                      zip(ids, (v.tobytes() for v in stored[here]), hub[here].tolist(), strict=True))
                self.conn.execute("INSERT OR REPLACE INTO vec_done VALUES (?, ?)", (item.n, item.kind))
                written.append(i)
        return written

    def vector_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM vec").fetchone()[0])

    def vector_chunks(self) -> Iterator[tuple[Any, Any, Any]]:
        import numpy as np

        from convo_mcp.search.meaning import stored_rows

        cursor = self.conn.execute("SELECT rowid, v, hub FROM vec")
        while batch := cursor.fetchmany(CHUNK):
            yield (np.fromiter((r[0] for r in batch), np.int64, len(batch)), stored_rows([r[1] for r in batch]),
                   np.fromiter((r[2] for r in batch), np.float32, len(batch)))

    def vectors_of(self, rowids: list[int]) -> list[tuple[int, bytes, float]]:
        return self.conn.execute("SELECT rowid, v, hub FROM vec WHERE rowid IN (SELECT value FROM json_each(?))",
                                 (json.dumps(rowids),)).fetchall()

    def drop(self, n: int, kind: str, rowids: list[int]) -> None:
        """A document's (or title's) vectors go with its lines."""
        self.conn.executemany("DELETE FROM vec WHERE rowid = ?", [(r,) for r in rowids])
        self.conn.execute("DELETE FROM vec_done WHERE n = ? AND kind = ?", (n, kind))
