"""Where lines close to a query in meaning are found: :class:`VectorIndex`, and the one this server
runs, :class:`SignIndex`.

A vector index is given the calibrated vectors of lines (``add``), forgets lines (``remove``) and
answers ``nearest(query, k, scope)``. :class:`SignIndex` keeps the vectors in the engine's storage
(4 bits a dimension, beside the lines) and in memory only one sign bit a dimension (32 bytes a line)
to pick candidates, which it then scores exactly from their stored rows. Another index (pgvector
scoring in the database, a second model's vectors) is one more class with these three methods.

Vectors held in memory are read in chunks, each reduced to its sign bits before the next is read, and
what is held counts in the account's share of the process's memory bound (:mod:`convo_mcp.memory`):
past it, the least recently used account lets its sign bits go and reads them again when next needed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import numpy as np
import numpy.typing as npt

from convo_mcp.memory import BUDGET
from convo_mcp.search.meaning import CANDIDATES, DIMS, HUBNESS, encode, from_blobs, quantize, scores
from convo_mcp.search.rows import MEETING_SHIFT, SPEAKER_SHIFT, speaker_keys

if TYPE_CHECKING:
    from convo_mcp.memory import Share
    from convo_mcp.search.storage import Storage, Work

Floats = npt.NDArray[np.float32]
# Vectors held when another process writes are kept this long before being read again: a replica
# indexing a backlog writes every few seconds, and each re-read is every line's vector of the account.
VECTORS_KEPT = 60.0


@dataclass(frozen=True)
class Scope:
    """Which lines ``nearest`` may return: of these meetings (numbers; None: all) and, where a speaker
    filter is set, of these speakers in them."""

    meetings: frozenset[int] | None = None
    speakers: dict[int, set[int]] | None = None


class VectorIndex(Protocol):
    def add(self, work: Sequence[Work], vectors: Floats, hub: Floats) -> int:
        """Keep the vectors of ``work``'s lines (rows of ``vectors`` and ``hub`` in its order), skipping
        items replaced meanwhile; how many lines were kept."""

    def remove(self, rowids: Sequence[int]) -> None:
        """Forget these lines (their stored rows went with them)."""

    def nearest(self, query: Floats, k: int, scope: Scope) -> list[tuple[int, float]]:
        """(rowid, score) of the lines in ``scope`` closest to the calibrated unit ``query``, best first:
        the ``k`` closest at least (an index may return more that it scored anyway)."""

    def reset(self, *, soft: bool = False) -> None:
        """Let go of what is held in memory (read again when next needed); ``soft``: only if it was
        read more than ``VECTORS_KEPT`` seconds ago (another process wrote)."""

    def held(self) -> int:
        """Bytes held in memory now."""


BLOCK = 65_536  # lines estimated at a time when picking candidates


def _signs(q8: npt.NDArray[np.int8]) -> npt.NDArray[np.uint64]:
    return np.packbits(q8 > 0, axis=1).view(np.uint64)


def _stored_signs(stored: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint64]:
    """:func:`_signs` of rows as stored (two values a byte, each value + 8 in a nibble), not decoded."""
    positive = np.empty((len(stored), DIMS), bool)
    positive[:, 0::2] = stored >= 9 << 4
    positive[:, 1::2] = (stored & 15) >= 9
    return np.packbits(positive, axis=1).view(np.uint64)


class VectorSet:
    """Every line's sign bits and hubness in memory, to pick the candidates worth scoring exactly.
    Lines are appended as they are embedded and dropped by rowid; the arrays are compacted when a
    quarter is dropped."""

    def __init__(self) -> None:
        self.rowids = np.zeros(0, np.int64)
        self.signs = np.zeros((0, DIMS // 64), np.uint64)
        self.hub = np.zeros(0, np.float16)
        self.alive = np.zeros(0, bool)

    @classmethod
    def read(cls, count: int,
             chunks: Iterable[tuple[npt.NDArray[np.int64], npt.NDArray[np.uint8], Floats]]) -> VectorSet:
        """From ``count`` stored rows read in chunks, each reduced to sign bits as it is read, into arrays
        made once at their size (never all decoded, never two copies)."""
        out = cls()
        out.rowids = np.empty(count, np.int64)
        out.signs = np.empty((count, DIMS // 64), np.uint64)
        out.hub = np.empty(count, np.float16)
        at = 0
        for ids, stored, h in chunks:
            n = min(len(ids), count - at)  # rows written since the count: read with the next search
            out.rowids[at:at + n], out.signs[at:at + n], out.hub[at:at + n] = ids[:n], _stored_signs(stored[:n]), h[:n]
            at += n
        if at < count:  # rows removed since the count
            out.rowids, out.signs, out.hub = out.rowids[:at].copy(), out.signs[:at].copy(), out.hub[:at].copy()
        out.alive = np.ones(at, bool)
        return out

    def __len__(self) -> int:
        return int(self.alive.sum())

    @property
    def nbytes(self) -> int:
        return int(self.rowids.nbytes + self.signs.nbytes + self.hub.nbytes + self.alive.nbytes)

    def add(self, rowids: npt.NDArray[np.int64], q8: npt.NDArray[np.int8], hub: Floats) -> None:
        self.rowids = np.concatenate([self.rowids, rowids])
        self.signs = np.concatenate([self.signs, _signs(q8)])
        self.hub = np.concatenate([self.hub, hub.astype(np.float16)])
        self.alive = np.concatenate([self.alive, np.ones(len(rowids), bool)])

    def drop(self, rowids: Sequence[int]) -> None:
        if len(rowids) and len(self.rowids):
            self.alive &= ~np.isin(self.rowids, np.asarray(rowids, np.int64))
            if (~self.alive).sum() * 4 > len(self.alive):
                keep = self.alive
                self.rowids, self.signs, self.hub = self.rowids[keep], self.signs[keep], self.hub[keep]
                self.alive = np.ones(len(self.rowids), bool)

    def candidates(self, query: Floats, allowed: Callable[[npt.NDArray[np.int64]], npt.NDArray[np.bool_]] | None,
                   count: int = CANDIDATES) -> npt.NDArray[np.int64]:
        """The rowids most likely to score best: estimated from sign bits (the angle a Hamming distance
        stands for, less the line's hubness), among the lines ``allowed`` admits."""
        mask = self.alive if allowed is None else self.alive & allowed(self.rowids)
        where = np.flatnonzero(mask)
        if len(where) <= count:
            return self.rowids[where]
        q = _signs(quantize(query[None, :]))[0]
        estimate = np.empty(len(where), np.float32)
        for start in range(0, len(where), BLOCK):  # a block at a time: no copy of every line's bits
            part = where[start:start + BLOCK]
            differ = np.bitwise_count(self.signs[part] ^ q).sum(axis=1, dtype=np.int32)
            estimate[start:start + len(part)] = (np.cos(np.pi * differ / DIMS).astype(np.float32)
                                                 - HUBNESS * self.hub[part].astype(np.float32))
        best = np.argpartition(-estimate, count)[:count]
        return self.rowids[where[best]]


class SignIndex:
    """:class:`VectorIndex` over an engine's stored vector rows, with sign bits in memory."""

    def __init__(self, storage: Storage, share: Share | None = None) -> None:
        self.storage = storage
        self.share = share if share is not None else BUDGET.share()  # the account's part of the memory bound
        self._set: VectorSet | None = None  # read at the first search by meaning
        self._read_at = 0.0  # when it was read (monotonic)

    def _vectors(self) -> VectorSet:
        vectors = self._set
        if vectors is None:
            vectors = self._set = self.storage.run(lambda s: VectorSet.read(s.vector_count(), s.vector_chunks()))
            self._read_at = time.monotonic()
        self.share.hold("vectors", self, vectors.nbytes)
        return vectors

    def release(self) -> None:
        """The memory bound wants the room: read again at the next search (one in progress keeps its copy)."""
        self._set = None

    def add(self, work: Sequence[Work], vectors: Floats, hub: Floats) -> int:
        q = quantize(vectors)
        written: list[int] = self.storage.run(lambda s: s.write_vectors(work, encode(q), hub))
        starts, at = [], 0
        for item in work:
            starts.append(at)
            at += len(item.lines)
        if (held := self._set) is not None and written:
            parts = [slice(starts[i], starts[i] + len(work[i].lines)) for i in written]
            rowids = [r for i in written for r, _ in work[i].lines]
            held.add(np.asarray(rowids, np.int64), np.concatenate([q[p] for p in parts]),
                     np.concatenate([hub[p] for p in parts]))
            self.share.hold("vectors", self, held.nbytes)
        return sum(len(work[i].lines) for i in written)

    def remove(self, rowids: Sequence[int]) -> None:
        if (held := self._set) is not None and rowids:
            held.drop(rowids)

    def nearest(self, query: Floats, k: int, scope: Scope) -> list[tuple[int, float]]:
        vectors = self._vectors()
        if not len(vectors):
            return []
        allowed = None
        if scope.meetings is not None or scope.speakers is not None:
            keys = None if scope.meetings is None else np.fromiter(scope.meetings, np.int64, len(scope.meetings))
            keep = None if scope.speakers is None else np.array(speaker_keys(scope.speakers), np.int64)

            def allowed(rowids: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
                mask = np.ones(len(rowids), bool) if keys is None else np.isin(rowids >> MEETING_SHIFT, keys)
                return mask if keep is None else mask & np.isin(rowids >> SPEAKER_SHIFT, keep)

        picked = vectors.candidates(query, allowed, max(k, len(vectors) // 500))
        rows = self.storage.run(lambda s: s.vectors_of([int(r) for r in picked.tolist()]))
        if not rows:
            return []
        hub = np.fromiter((r[2] for r in rows), np.float32, len(rows))
        found = scores(query, from_blobs([r[1] for r in rows]), hub)
        ranked = sorted(zip((r[0] for r in rows), found.tolist(), strict=True), key=lambda pair: -pair[1])
        return [(int(row), float(score)) for row, score in ranked]

    def reset(self, *, soft: bool = False) -> None:
        if soft and self._set is not None and time.monotonic() - self._read_at <= VECTORS_KEPT:
            return
        self._set = None
        self.share.drop(self)

    def held(self) -> int:
        return self._set.nbytes if self._set is not None else 0
