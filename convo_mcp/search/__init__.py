"""Search that finds what was said, in every meeting, without a request.

:mod:`.index` is the SQLite FTS5 file (one per Convo account, beside the response cache),
:mod:`.query` turns what a person types into a safe FTS5 expression, :mod:`.document` what a
transcript or a summary becomes in the index, and :mod:`.filler` what fills it: every transcript and
summary any tool fetches, webhooks announcing new ones, and a background walker within a share of the
hourly budget.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def index_path(cache_dir: Path, base_url: str, api_key: str) -> Path:
    """The index file of one account on one API host (named like the cache file; no key on disk)."""
    digest = hashlib.sha256(f"{base_url.rstrip('/')}\n{api_key}".encode()).hexdigest()[:16]
    return cache_dir / f"search-{digest}.sqlite3"
