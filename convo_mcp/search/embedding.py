"""The vectors' life cycle for one account: the calibration (fitted on the account's own lines, kept in
its storage, refitted while the account grows), giving vectors to the lines that lack them (newest
meetings first), and a query's vector. The model runs outside every lock, so searches go on meanwhile.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from convo_mcp.log import get_logger

if TYPE_CHECKING:
    from convo_mcp.memory import Share
    from convo_mcp.search.meaning import Calibration, Embedder, Floats
    from convo_mcp.search.storage import Storage, Work
    from convo_mcp.search.vectors import VectorIndex

log = get_logger("convo_mcp.search")


class Embedding:
    def __init__(self, model: Embedder, storage: Storage, vectors: VectorIndex, share: Share | None = None) -> None:
        from convo_mcp.memory import BUDGET

        self.model, self.storage, self.vectors = model, storage, vectors
        self.share = share if share is not None else BUDGET.share()  # the account's part of the memory bound
        self._lock = threading.RLock()
        self._held: tuple[Calibration | None] | None = None  # the calibration as read (None: not read)
        self.unembedded = True  # whether some lines may lack vectors (asked of storage when True)

    def forget(self) -> None:
        """What was held is stale (rebuilt, or another process refitted): read it again when needed."""
        with self._lock:
            self._held, self.unembedded = None, True
        self.share.drop(self)

    def release(self) -> None:
        """The memory bound wants the room: the calibration is read again when next needed."""
        self._held = None

    def calibration(self) -> Calibration | None:
        """The account's calibration as searching needs it (held without its reference sample)."""
        from convo_mcp.memory import sizeof

        with self._lock:
            held = self._held
            if held is None:
                whole = self._whole()
                held = self._held = (whole.slim() if whole else None,)
        self.share.hold("calibration", self, sizeof(held))
        return held[0]

    def _whole(self) -> Calibration | None:
        """The calibration with its reference sample, read from storage (embedding measures hubness)."""
        from convo_mcp.search.meaning import Calibration

        data = self.storage.run(lambda s: s.blob("calibration"))
        try:
            return Calibration.from_bytes(data) if data else None
        except (ValueError, KeyError, OSError):
            return None  # unreadable: fitted again

    def query(self, words: list[str]) -> Floats | None:
        """The calibrated vector of a query's words; None while nothing has vectors of this model."""
        cal = self.calibration()
        if cal is None or cal.model != self.model.fingerprint:
            return None
        vector: Floats = cal.apply(self.model.embed([" ".join(words)]))[0]
        return vector

    def pending(self) -> int:
        """Documents and titles indexed without vectors."""
        return self.storage.run(lambda s: s.pending_count())

    def embed_pending(self, max_lines: int = 20_000) -> int:
        """Give vectors to about ``max_lines`` lines indexed without them (the newest meetings first;
        every line again when the model changed or the calibration is refitted). Returns the lines
        embedded."""
        if not self.unembedded:
            return 0
        model = self.model.fingerprint
        cal = self.calibration()
        total: int = self.storage.run(lambda s: s.line_count())
        refit = cal is None or cal.wants_refit(model, total)
        whole = self._refit(model, total) if refit else self._whole()  # hubness needs the whole of it
        if whole is None:
            self.unembedded = False  # no line to fit on: nothing to do until the next write
            return 0
        work: list[Work] = self.storage.run(lambda s: s.vector_work(max_lines))
        texts = [text for item in work for _, text in item.lines]
        if not texts:
            self.unembedded = False  # until the next write
            return 0
        x = whole.apply(self.model.embed(texts))
        if not whole.same(self.calibration()):
            return 0  # refitted meanwhile: these vectors belong to the old calibration
        return self.vectors.add(work, x, whole.hubness(x))

    def _refit(self, model: str, total: int) -> Calibration | None:
        """Fit the calibration on a sample of the account's lines and start every vector over."""
        from convo_mcp.search.meaning import CALIBRATION_ENOUGH, Calibration

        sample: list[str] = self.storage.run(lambda s: s.sample_texts(CALIBRATION_ENOUGH))
        if not sample:
            return None
        cal = Calibration.fit(model, self.model.embed(sample), max(total, len(sample)))
        self.storage.run(lambda s: s.replace_calibration(cal.to_bytes()))
        with self._lock:
            self._held = (cal.slim(),)
        self.vectors.reset()
        log.info("search.vectors_calibrated", lines=cal.lines, model=model)
        return cal
