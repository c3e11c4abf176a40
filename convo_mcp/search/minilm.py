"""The second-stage model: ``all-MiniLM-L6-v2`` (Apache-2.0; 6 BERT layers, 384 dimensions) as a plain
numpy forward pass — no torch. It knows what the first stage's static word table does not ("extra pay"
and "a stipend", "mostly rejected" and "giving us a third of it"), at some 250 times its cost a line,
so it re-scores the few candidate lines a plain query has, never the whole index.

**Its files** (``model.safetensors``, ``tokenizer.json``, ``config.json``) are read from the folder
``CONVO_MCP_MODEL_DIR`` names, else from the server's cache folder (``models/all-MiniLM-L6-v2``), where
``convo-mcp model fetch`` puts them (:mod:`convo_mcp.search.model_files`). The weights are checked
against their published sha256 before use; a wrong or missing file means the static model serves alone,
and the answer says so. Loaded at the first search that needs it, never at start.

Every array is float32 and contiguous: one float64 operand drops a matmul off BLAS (a hundred times
slower).
"""

from __future__ import annotations

import json
import math
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from convo_mcp.errors import ModelUnavailableError
from convo_mcp.search.model_files import HUB, NAME, ModelFilesMissing, fetch, verified

Floats = npt.NDArray[np.float32]
DIMS = 384
MAX_TOKENS = 64  # a meeting line and the one after it; longer is cut
BATCH = 32  # lines a forward pass takes at once
KEPT = 20_000  # line vectors kept in memory (1.5 KB each), most recently used first


class SecondStageUnavailable(ModelUnavailableError):
    """The second-stage model's files are missing or wrong (search uses the first stage alone)."""


def _layer_norm(x: Floats, weight: Floats, bias: Floats, eps: float = 1e-12) -> Floats:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    out: Floats = ((x - mean) / np.sqrt(var + np.float32(eps))) * weight + bias
    return out


_SQRT2 = np.float32(math.sqrt(2.0))


def _erf_gelu(x: Floats) -> Floats:
    """GELU with the exact error function (as BERT uses), without scipy: Abramowitz–Stegun 7.1.26."""
    z = np.abs(x) / _SQRT2
    t = np.float32(1.0) / (np.float32(1.0) + np.float32(0.3275911) * z)
    poly = t * (np.float32(0.254829592) + t * (np.float32(-0.284496736) + t * (np.float32(1.421413741)
                + t * (np.float32(-1.453152027) + t * np.float32(1.061405429)))))
    erf = np.float32(1.0) - poly * np.exp(-z * z)
    erf = np.where(x >= 0, erf, -erf)
    out: Floats = (np.float32(0.5) * x * (np.float32(1.0) + erf)).astype(np.float32)
    return out


class MiniLM:
    """The model, loaded once from ``folder`` on first use; :meth:`encode` is safe from any thread."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Lock()
        self._weights: dict[str, Floats] | None = None
        self._tokenizer: Any = None
        self._heads = 12
        self._kept: OrderedDict[str, Floats] = OrderedDict()

    def _load(self) -> None:
        if self._weights is not None:
            return
        with self._lock:
            if self._weights is not None:
                return
            files = verified(self.folder)
            try:
                from safetensors.numpy import load_file
                from tokenizers import Tokenizer

                config = json.loads(files["config.json"].read_text(encoding="utf-8"))
                weights = {k: np.ascontiguousarray(v, dtype=np.float32)
                           for k, v in load_file(str(files["model.safetensors"])).items() if v.dtype != np.int64}
                tokenizer = Tokenizer.from_file(str(files["tokenizer.json"]))
            except (OSError, ValueError, KeyError) as exc:
                raise SecondStageUnavailable(f"the second-stage model's files could not be read: {exc}") from exc
            tokenizer.enable_truncation(max_length=MAX_TOKENS)
            tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 (a token, not a secret)
            self._heads = int(config.get("num_attention_heads", 12))
            # projections as (in, out) once, so each layer is x @ W
            for name in list(weights):
                if name.endswith(".weight") and weights[name].ndim == 2 and "embeddings" not in name:
                    weights[name] = np.ascontiguousarray(weights[name].T)
            self._tokenizer, self._weights = tokenizer, weights

    @property
    def fingerprint(self) -> str:
        return "all-MiniLM-L6-v2:53aa51172d142c89"

    def encode(self, texts: Sequence[str]) -> Floats:
        """Unit vectors of ``texts`` (rows in order); those met recently are not computed again."""
        self._load()
        out = np.empty((len(texts), DIMS), np.float32)
        todo = []
        with self._lock:
            for n, text in enumerate(texts):
                hit = self._kept.get(text)
                if hit is None:
                    todo.append(n)
                else:
                    self._kept.move_to_end(text)
                    out[n] = hit
        for start in range(0, len(todo), BATCH):
            part = todo[start:start + BATCH]
            vectors = self._forward([texts[n] for n in part])
            with self._lock:
                for n, v in zip(part, vectors, strict=True):
                    out[n] = v
                    self._kept[texts[n]] = v
                while len(self._kept) > KEPT:
                    self._kept.popitem(last=False)
        return out

    def _forward(self, texts: Sequence[str]) -> Floats:
        assert self._weights is not None
        w = self._weights
        encoded = self._tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encoded], np.int64)
        mask = np.array([e.attention_mask for e in encoded], np.float32)
        batch, length = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length][None]
             + w["embeddings.token_type_embeddings.weight"][0][None, None])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        heads, size = self._heads, DIMS // self._heads
        bias = ((np.float32(1.0) - mask) * np.float32(-1e4))[:, None, None, :]  # padding never attended to
        scale = np.float32(1.0 / math.sqrt(size))
        for layer in range(6):
            p = f"encoder.layer.{layer}."
            flat = x.reshape(batch * length, DIMS)

            def project(name: str, inputs: Floats = flat, p: str = p) -> Floats:
                y: Floats = inputs @ w[p + name + ".weight"] + w[p + name + ".bias"]
                return y

            def split(y: Floats) -> Floats:
                out: Floats = y.reshape(batch, length, heads, size).transpose(0, 2, 1, 3)
                return out

            q, k, v = (split(project(f"attention.self.{n}")) for n in ("query", "key", "value"))
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            scores -= scores.max(axis=-1, keepdims=True)
            attention = np.exp(scores)
            attention /= attention.sum(axis=-1, keepdims=True)
            context = (attention @ v).transpose(0, 2, 1, 3).reshape(batch * length, DIMS)
            attended = project("attention.output.dense", np.ascontiguousarray(context))
            x = _layer_norm(attended.reshape(batch, length, DIMS) + x, w[p + "attention.output.LayerNorm.weight"],
                            w[p + "attention.output.LayerNorm.bias"])
            hidden = _erf_gelu(project("intermediate.dense", x.reshape(batch * length, DIMS)))
            out = project("output.dense", hidden)
            x = _layer_norm(out.reshape(batch, length, DIMS) + x, w[p + "output.LayerNorm.weight"],
                            w[p + "output.LayerNorm.bias"])
        pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), np.float32(1.0))
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), np.float32(1e-9))
        unit: Floats = np.ascontiguousarray((pooled / norms).astype(np.float32))
        return unit


class LazyModel:
    """The second-stage model as the server holds it: nothing is read at start; the first search that
    wants it loads it (the files checked then); missing files mean the first stage serves alone — or,
    where the user allowed it, they are downloaded in the background meanwhile (said once in the log)."""

    fingerprint = "all-MiniLM-L6-v2"

    def __init__(self, folder: Path, *, download: bool = False) -> None:
        import threading

        self.folder, self.download = folder, download
        self._model: object | None = None
        self._failed: str | None = None
        self._fetching: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def missing(self) -> str | None:
        """Why the model is not serving (None when it is, or may)."""
        return self._failed

    def encode(self, texts: Sequence[str]) -> Any:
        model = self._ready()
        return model.encode(texts)

    def _ready(self) -> Any:
        with self._lock:
            if self._model is not None:
                return self._model
            if self._fetching is not None and self._fetching.is_alive():
                raise ModelFilesMissing("the second-stage model is being downloaded")
            try:
                verified(self.folder)
            except ModelFilesMissing as exc:
                self._failed = exc.message
                if self.download and self._fetching is None:
                    self._start_fetch()
                raise
            self._model, self._failed = MiniLM(self.folder), None
            return self._model

    def _start_fetch(self) -> None:
        import threading

        import structlog

        structlog.get_logger("convo_mcp.model").info("model.downloading", model=NAME, to=str(self.folder),
                                                    source=os.environ.get("CONVO_MCP_MODEL_URL") or HUB)

        def run() -> None:
            try:
                fetch(self.folder)
            except ModelUnavailableError as exc:
                structlog.get_logger("convo_mcp.model").warning("model.download_failed", reason=exc.message)

        self._fetching = threading.Thread(target=run, name="convo-mcp-model-fetch", daemon=True)
        self._fetching.start()
