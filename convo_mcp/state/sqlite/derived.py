"""What is derived from a meeting's lines (a meeting's promises), kept beside them in an SQLite
index: ``derived`` (one blob per meeting and kind, with the version of the rules that derived it)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager


class DerivedRows:
    def __init__(self, conn: Callable[[], sqlite3.Connection],
                 transaction: Callable[[], AbstractContextManager[None]]) -> None:
        self._conn, self._transaction = conn, transaction

    def underived(self, kind: str, version: str, limit: int) -> list[int]:
        return [r[0] for r in self._conn().execute(
            "SELECT n FROM meetings m WHERE transcript AND NOT EXISTS (SELECT 1 FROM derived d WHERE d.n = m.n AND "
            "d.kind = ? AND d.version = ?) ORDER BY start DESC LIMIT ?", (kind, version, limit))]

    def put_derived(self, kind: str, rows: Sequence[tuple[int, str, bytes]]) -> None:
        with self._transaction():
            self._conn().executemany("INSERT OR REPLACE INTO derived VALUES (?, ?, ?, ?)",
                                     [(n, kind, version, data) for n, version, data in rows])

    def derived(self, kind: str) -> list[tuple[int, str, bytes]]:
        return [(n, v, bytes(d)) for n, v, d in
                self._conn().execute("SELECT n, version, data FROM derived WHERE kind = ?", (kind,))]
