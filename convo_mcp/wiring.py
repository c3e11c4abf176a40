"""Wiring: what a service is made of, from settings, a transport, a clock and an engine.

:func:`build_service` is a pure composition function (no lifecycle, no globals): the Convo client
(with the engine's shared request budget, if any), the cache layers (memory, then the engine's durable
layer), single-flight coordination, the account's search index and the webhook secrets, put together
into one :class:`~convo_mcp.service.ConvoService`, built complete. Which engine holds what is the
engine's business (:mod:`convo_mcp.state`); :class:`~convo_mcp.app.App` chooses it once and calls this
once per account; tests and benches may call it directly.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from convo_mcp.config import Settings
from convo_mcp.log import get_logger
from convo_mcp.memory import BUDGET
from convo_mcp.types import Clock, Sleep

if TYPE_CHECKING:
    import httpx

    from convo_mcp.search.index import Index
    from convo_mcp.search.minilm import LazyModel
    from convo_mcp.search.storage import Storage
    from convo_mcp.service import Announce, ConvoService
    from convo_mcp.state.base import AccountState, Engine, Relay, Store
    from convo_mcp.webhooks.secrets import WebhookSecrets

log = get_logger("convo_mcp.wiring")


def build_service(
    settings: Settings, *, transport: httpx.AsyncBaseTransport | None = None, clock: Clock = time.time,
    sleep: Sleep | None = None, engine: Engine | None = None, relay: Relay | None = None,
    extra_layers: list[Store] | None = None, secrets: WebhookSecrets | None = None, demo: bool = False,
    announce: Announce | None = None,
) -> ConvoService:
    """The service of the account ``settings`` names (NotConfiguredError without a key), on ``engine``
    (default: the one the settings choose)."""
    from convo_mcp.state.engines import open_engine

    engine = engine if engine is not None else open_engine(settings)
    state = engine.account(settings, clock=clock, relay=relay)
    return assemble(settings, state, transport=transport, clock=clock, sleep=sleep, extra_layers=extra_layers,
                    secrets=secrets, demo=demo, announce=announce)


def assemble(
    settings: Settings, state: AccountState, *, transport: httpx.AsyncBaseTransport | None = None,
    clock: Clock = time.time, sleep: Sleep | None = None, extra_layers: list[Store] | None = None,
    secrets: WebhookSecrets | None = None, demo: bool = False, announce: Announce | None = None,
) -> ConvoService:
    """A service from what an engine keeps for the account."""
    from convo_mcp.cache import Cache
    from convo_mcp.convo.client import ConvoClient
    from convo_mcp.search.filler import Indexer
    from convo_mcp.service import ConvoService
    from convo_mcp.state.memory import MemoryStore

    BUDGET.configure(settings.memory_mb)  # one bound for the process: every account's settings say the same
    client = ConvoClient(settings, transport=transport, governor=state.governor, clock=clock, sleep=sleep)
    index = None
    if state.index is not None:
        try:
            index = Indexer(search_index(settings, state.index, clock))
        except Exception as exc:  # search degrades to "not indexed"; every other tool works
            log.warning("search.index_unavailable", error=type(exc).__name__)
    # With a durable layer below it, the memory cache counts in the account's part of the memory bound
    # (let go, its entries are read from that layer); alone, it is bounded by its number of entries.
    share = (index.index.share if index is not None else BUDGET.share()) if state.cache is not None else None
    layers: list[Store] = [MemoryStore(settings.memory_cache_entries, clock=clock, share=share)]
    if state.cache is not None:
        layers.append(state.cache)
    cache = Cache([*layers, *(extra_layers or [])], clock=clock, coordinator=state.flights,
                  on_invalidate=state.relay.invalidation if state.relay is not None else None)
    return ConvoService(client, cache, settings, clock=clock, secrets=secrets, quota=state.quota, index=index,
                        demo=demo, announce=announce)


def search_index(settings: Settings, storage: Storage, clock: Clock = time.time) -> Index:
    """The account's search index over an engine's storage: with meaning (the shared model, a vector
    index over the same storage) unless ``CONVO_MCP_SEARCH_VECTORS=false``, and the commitments
    ledger's facts kept beside each meeting's lines."""
    from convo_mcp.insights.ledger import CommitmentsDeriver
    from convo_mcp.search.index import Index
    from convo_mcp.search.meaning import shared_embedder

    return Index.on(storage, shared_embedder() if settings.search_vectors else None,
                    derivers=[CommitmentsDeriver()], clock=clock, second=second_stage(settings))


def second_stage(settings: Settings) -> LazyModel | None:
    """The stronger model for re-reading a plain query's best meetings: one per folder in a process, read
    at its first use, never at start (its files may be absent: the first stage then serves alone)."""
    if not settings.search_second_stage:
        return None
    from convo_mcp.search.minilm import LazyModel
    from convo_mcp.search.model_files import model_dir

    folder = model_dir(settings.cache_dir, settings.model_dir)
    with _MODELS_LOCK:
        model = _MODELS.get(folder)
        if model is None:
            model = _MODELS[folder] = LazyModel(folder, download=settings.model_download)
    return model


_MODELS: dict[Path, LazyModel] = {}
_MODELS_LOCK = threading.Lock()
