"""Search by meaning: a line's vector from a small embedding model that ships inside a wheel.

**The model** is WordLlama's 256-dimension token table (``wordllama`` on PyPI: 16 MB of float16
weights and a tokenizer file in the wheel): a line's vector is the mean of its tokens' rows. Both
files are read straight from the installed package, without importing ``wordllama`` (its loader looks
for the tokenizer elsewhere and then downloads it): nothing is ever fetched, and numpy is the only
engine. Loaded on first use (a first write or a first search by meaning), never at start.

**What makes plain mean vectors work for search** (measured by ``bench/meaning.py``):

- Calibration (:class:`Calibration`): every vector has the corpus mean and its top principal
  directions removed, so what all meeting talk shares stops dominating the cosine. It is fitted on
  the account's own lines, kept in the index, and refitted (every vector rebuilt) while the account
  grows from a few meetings to a sample big enough to be stable.
- Hubness: ordinary lines ("can you give us a quick update on …") sit close to everything. Each
  line's mean similarity to its nearest neighbours in a reference sample is kept beside its vector
  and taken off its score, so a line is found for being close to the query, not to everything.
- Storage: 4 bits per dimension (one scale per vector: the cosine ignores it), 128 bytes a line on
  disk. In memory only one sign bit per dimension (32 bytes a line) to pick candidates, which are
  then scored exactly from their stored rows: 10,000 meetings of 200 lines fit in about 80 MB.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from convo_mcp.errors import ModelUnavailableError

DIMS = 256
BYTES = DIMS // 2  # stored: 4 bits a dimension
WEIGHTS = "weights/l2_supercat_256.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
DIRECTIONS = 2  # principal directions removed (after the mean)
REFERENCE = 1000  # lines in the hubness reference sample
NEIGHBOURS = 10  # nearest reference lines averaged into a line's hubness
HUBNESS = 0.6  # how much of its hubness a line's score loses
CALIBRATION_ENOUGH = 20_000  # lines: a calibration fitted on this many is kept for good
REFIT_GROWTH = 8  # refit (and rebuild every vector) when the lines grew this many times since
CANDIDATES = 2_000  # lines scored exactly after the sign-bit pass (at least; more in a big index)
MEANING_FLOOR = 0.05  # a line scoring less is not close to the query at all (bench/meaning.py --tune)
# When no word of the query is said anywhere, only lines this close are offered: unrelated queries
# ("volcano eruption lava") reach it for 1 in 10 of bench/meaning.py's, paraphrases for about half.
CLOSE_ENOUGH = 0.15

Floats = npt.NDArray[np.float32]


class ModelUnavailable(ModelUnavailableError):
    """The embedding model's files are not installed (search falls back to words alone)."""


def _package_dir() -> Path:
    """The installed ``wordllama`` folder, found without importing the package."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable("the wordllama package is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


class Embedder:
    """The model, loaded once per process on first use; ``embed`` is safe from any thread."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._lock = threading.Lock()
        self._table: npt.NDArray[np.float16] | None = None
        self._tokenizer: Any = None
        self._fingerprint: str | None = None

    def _load(self) -> None:
        with self._lock:
            if self._table is not None:
                return
            folder = self._folder or _package_dir()
            weights, tokenizer = folder / WEIGHTS, folder / TOKENIZER
            if not weights.is_file() or not tokenizer.is_file():
                raise ModelUnavailable(f"model files missing under {folder}")
            from safetensors.numpy import load_file
            from tokenizers import Tokenizer

            digest = hashlib.sha256()
            for part in (weights, tokenizer):
                digest.update(part.read_bytes())
            table = next(iter(load_file(str(weights)).values()))
            if table.ndim != 2 or table.shape[1] != DIMS:
                raise ModelUnavailable(f"unexpected weights shape {table.shape}")
            self._tokenizer = Tokenizer.from_file(str(tokenizer))
            self._fingerprint = f"wordllama-l2_supercat_256:{digest.hexdigest()[:16]}"
            self._table = table.astype(np.float16)

    @property
    def fingerprint(self) -> str:
        """Names the model's exact files: vectors made by another model are rebuilt."""
        self._load()
        assert self._fingerprint is not None
        return self._fingerprint

    def embed(self, texts: Sequence[str]) -> Floats:
        """Unit vectors, one row per text (the mean of its tokens' rows)."""
        self._load()
        assert self._table is not None
        if not texts:
            return np.zeros((0, DIMS), np.float32)
        out = np.empty((len(texts), DIMS), np.float32)
        for lo in range(0, len(texts), 2048):
            chunk = list(texts[lo:lo + 2048])
            ids = [e.ids or [0] for e in self._tokenizer.encode_batch(chunk, add_special_tokens=False)]
            lengths = np.fromiter((len(i) for i in ids), np.int64, len(ids))
            flat = np.fromiter((t for i in ids for t in i), np.int64, int(lengths.sum()))
            np.clip(flat, 0, self._table.shape[0] - 1, out=flat)
            starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
            sums = np.add.reduceat(self._table[flat].astype(np.float32), starts, axis=0)
            out[lo:lo + len(chunk)] = sums
        return _unit(out)


_SHARED: list[Embedder] = []


def shared_embedder() -> Embedder:
    """The process's one model (every account's index uses the same 16 MB table); not loaded yet."""
    if not _SHARED:
        _SHARED.append(Embedder())
    return _SHARED[0]


def _unit(x: Floats) -> Floats:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    out: Floats = (x / np.maximum(norms, 1e-9)).astype(np.float32)
    return out


@dataclass(frozen=True)
class Calibration:
    """Fitted on an account's lines: the mean and top directions removed from every vector, and the
    reference sample that measures each line's hubness."""

    model: str
    lines: int  # how many lines it was fitted on
    mean: Floats
    directions: Floats  # (DIRECTIONS, DIMS)
    reference: Floats  # (≤ REFERENCE, DIMS), calibrated unit vectors

    @classmethod
    def fit(cls, model: str, raw: Floats, lines: int, seed: int = 0) -> Calibration:
        rng = np.random.default_rng(seed)
        mean = raw.mean(axis=0).astype(np.float32)
        centred = raw - mean
        directions = np.zeros((0, DIMS), np.float32)
        if len(raw) > DIRECTIONS * 4:
            directions = np.linalg.svd(centred, full_matrices=False)[2][:DIRECTIONS].astype(np.float32)
        blank = cls(model, lines, mean, directions, np.zeros((0, DIMS), np.float32))
        pick = rng.choice(len(raw), min(REFERENCE, len(raw)), replace=False)
        return cls(model, lines, mean, directions, blank.apply(raw[pick]))

    def apply(self, raw: Floats) -> Floats:
        """Calibrated unit vectors."""
        x = raw - self.mean
        if len(self.directions):
            x = x - (x @ self.directions.T) @ self.directions
        return _unit(x)

    def hubness(self, x: Floats) -> Floats:
        """Each vector's mean similarity to its nearest reference lines (what it is close to anyway)."""
        if len(self.reference) <= NEIGHBOURS or not len(x):
            return np.zeros(len(x), np.float32)
        out = np.empty(len(x), np.float32)
        for lo in range(0, len(x), 4096):
            sims = x[lo:lo + 4096] @ self.reference.T
            top = np.partition(sims, -NEIGHBOURS - 1, axis=1)[:, -NEIGHBOURS - 1:]
            # the nearest one is the line itself when it is in the sample: leave the top one out
            out[lo:lo + 4096] = (top.sum(axis=1) - top.max(axis=1)) / NEIGHBOURS
        return out

    def slim(self) -> Calibration:
        """The same calibration without its reference sample (a megabyte an account): what searching
        needs; embedding reads the whole of it again."""
        return Calibration(self.model, self.lines, self.mean, self.directions, np.zeros((0, DIMS), np.float32))

    def same(self, other: Calibration | None) -> bool:
        """The same fit (whole or slim)."""
        return other is not None and (self.model, self.lines) == (other.model, other.lines) and bool(
            np.array_equal(self.mean, other.mean) and np.array_equal(self.directions, other.directions))

    def wants_refit(self, model: str, lines: int) -> bool:
        return model != self.model or (self.lines < CALIBRATION_ENOUGH and lines >= REFIT_GROWTH * max(1, self.lines))

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        np.savez(buf, mean=self.mean, directions=self.directions, reference=self.reference.astype(np.float16),
                 meta=np.array([self.model, str(self.lines)]))
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, blob: bytes) -> Calibration:
        with np.load(io.BytesIO(blob), allow_pickle=False) as f:
            model, lines = (str(v) for v in f["meta"])
            return cls(model, int(lines), f["mean"].astype(np.float32), f["directions"].astype(np.float32),
                       f["reference"].astype(np.float32))


def quantize(x: Floats) -> npt.NDArray[np.int8]:
    """-7…7 per dimension, scaled per vector (cosines do not see the scale): half the size of 8 bits
    for two points of recall (bench/meaning.py, other words, 1,000 meetings: 51% against 53% @5)."""
    scale = 7.0 / np.maximum(np.abs(x).max(axis=1, keepdims=True), 1e-9)
    out: npt.NDArray[np.int8] = np.clip(np.rint(x * scale), -7, 7).astype(np.int8)
    return out


def encode(q: npt.NDArray[np.int8]) -> npt.NDArray[np.uint8]:
    """Two dimensions a byte (``BYTES`` a line), as stored."""
    nibbles = (q + 8).astype(np.uint8)
    out: npt.NDArray[np.uint8] = ((nibbles[:, 0::2] << 4) | nibbles[:, 1::2]).astype(np.uint8)
    return out


def decode(stored: npt.NDArray[np.uint8]) -> npt.NDArray[np.int8]:
    out = np.empty((len(stored), DIMS), np.int8)
    out[:, 0::2] = (stored >> 4).astype(np.int8) - 8
    out[:, 1::2] = (stored & 15).astype(np.int8) - 8
    return out


def stored_rows(blobs: Sequence[bytes]) -> npt.NDArray[np.uint8]:
    """Stored rows (``BYTES`` each) as one array, still packed."""
    return np.frombuffer(b"".join(blobs), np.uint8).reshape(-1, BYTES)


def from_blobs(blobs: Sequence[bytes]) -> npt.NDArray[np.int8]:
    """Stored rows (``BYTES`` each) back to their values."""
    return decode(stored_rows(blobs))


def scores(query: Floats, q8: npt.NDArray[np.int8], hub: Floats) -> Floats:
    """Exact scores of stored rows (decoded) against a calibrated unit query: cosine less hubness."""
    rows = q8.astype(np.float32)
    cos = (rows @ query) / np.maximum(np.linalg.norm(rows, axis=1), 1e-9)
    out: Floats = (cos - HUBNESS * hub).astype(np.float32)
    return out
