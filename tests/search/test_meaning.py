"""Search by meaning: the model from the installed wheel (nothing fetched), vectors beside the words
in the account's index (kept across restarts, rebuilt for another model), and through the tools
against the sandbox over real HTTP."""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from kit import World, call_ok, connected, sandbox_world, text

from convo_mcp.sandbox import dataset
from convo_mcp.search.document import Document
from convo_mcp.search.index import Index
from convo_mcp.search.meaning import Embedder, decode, encode, quantize, shared_embedder
from convo_mcp.search.query import parse_query
from convo_mcp.state.sqlite.index import SQLiteStorage

KEY = "convo_search_meaning_key"
ESPRESSO = "The espresso machine on the third floor leaked all over the kitchen again."
VENUE = "We should rent a bigger venue because three hundred people registered for the summit."


class Counting(Embedder):
    """The real model, counting the lines it embeds; ``tag`` changes its fingerprint (another model)."""

    def __init__(self, tag: str = "") -> None:
        super().__init__()
        self.tag, self.lines = tag, 0

    @property
    def fingerprint(self) -> str:
        return super().fingerprint + self.tag

    def embed(self, texts: Sequence[str]) -> Any:
        self.lines += len(texts)
        return super().embed(texts)


TALK = ["Okay Dana, can you give us a quick update on the billing revamp?", "Let's circle back on the budget Friday.",
        "The Acme deal is in legal review and I expect to hear back by Monday.", "Sorry, you were on mute.",
        "I'll add the roadmap to the agenda for Tuesday.", "We're a bit behind on the data platform because of hiring.",
        "Who owns the renewal going forward, Lee or Sam?",
        "The numbers for project Atlas look similar to last quarter."]


def meeting(n: int, planted: str | None = None) -> Document:
    segs = [{"speaker": ["Dana", "Lee", "Sam"][i % 3], "text": TALK[(i + n) % len(TALK)] + f" ({n}-{i})",
             "timestamp": f"2026-11-{1 + n % 28:02d}T10:{i // 60:02d}:{i % 60:02d}Z"} for i in range(60)]
    if planted:
        segs[30] = {**segs[30], "text": planted}
    cid = f"sess_m{n:03d}"
    return Document(cid, "t", f"Weekly sync {n}", 1_790_000_000 + n * 86_400, 60.0, {"id": cid, "segments": segs})


def corpus() -> list[Document]:
    return [meeting(n, ESPRESSO if n == 7 else VENUE if n == 23 else None) for n in range(40)]


Open = Callable[..., Any]  # open_index(meaning=None) → the test's index (the same store each time)


@pytest.fixture(params=["sqlite", "postgres"])
def open_index(request: pytest.FixtureRequest, tmp_path: Path) -> Open:
    """The test's index, on the SQLite file or in PostgreSQL (a real server): vectors alike in both."""
    if request.param == "sqlite":
        return lambda meaning=None: Index.on(SQLiteStorage(tmp_path / "i.sqlite3"), meaning)
    from pgserver import empty

    from convo_mcp.state.postgres.database import database
    from convo_mcp.state.postgres.index import PostgresStorage

    db = database(empty(request.getfixturevalue("postgres")))
    return lambda meaning=None: Index.on(PostgresStorage(db, "account-meaning"), meaning)


def vector_count(index: Any) -> int:
    if isinstance(index.storage, SQLiteStorage):
        return int(index.storage.run(lambda s: s.conn.execute("SELECT count(*) FROM vec").fetchone()[0]))
    return int(index.storage.run(lambda s: s._one("SELECT count(*) FROM search_vectors WHERE account = %s"))[0])


def filled(open_index: Open, model: Embedder) -> Any:
    index = open_index(model)
    index.add(corpus())
    while index.embed_pending(5_000):
        pass
    return index


def top(index: Any, query: str, n: int = 3) -> list[str]:
    return [m.meeting.id for m in index.search(parse_query(query), limit=n).meetings]


def test_the_model_loads_from_the_installed_wheel_with_the_network_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> None:
        tried.append(args)
        raise OSError("network unreachable in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    sys.modules.pop("wordllama", None)
    model = Embedder()
    vectors = model.embed(["the espresso machine leaked", "broken coffee maker", "quarterly revenue forecast"])
    assert vectors.shape == (3, 256) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]  # it means something: coffee is near espresso
    assert model.fingerprint.startswith("wordllama-l2_supercat_256:")
    assert tried == [] and "wordllama" not in sys.modules  # its files were read, its loader never ran


def test_stored_vectors_round_trip_at_four_bits() -> None:
    x = Embedder().embed(["budget review", "the espresso machine leaked"])
    q = quantize(x)
    assert encode(q).shape == (2, 128) and np.array_equal(decode(encode(q)), q) and np.abs(q).max() == 7
    restored = q.astype(np.float32) / np.linalg.norm(q, axis=1, keepdims=True)
    assert np.all(np.sum(restored * x, axis=1) > 0.97)  # four bits keep the direction


def test_other_words_find_the_line_and_exact_words_keep_their_place(open_index: Open) -> None:
    index = filled(open_index, shared_embedder())
    assert top(index, "broken coffee maker")[0] == "sess_m007"
    assert top(index, "conference space too small")[0] == "sess_m023"
    page = index.search(parse_query("broken coffee maker"), limit=1)
    best = page.meetings[0].best[0]
    assert best.meaning and best.line.text == ESPRESSO and best.line.segment_index == 30
    # exact words: the meeting saying them comes first, as without vectors
    assert top(index, "espresso kitchen")[0] == "sess_m007"
    words_only = open_index()
    assert top(words_only, "espresso kitchen")[0] == "sess_m007" and top(words_only, "broken coffee maker") == []
    # explicit syntax stays exact: no meaning added
    assert top(index, '"coffee maker"') == []
    words_only.close()
    index.close()


def test_filters_apply_to_meaning_too(open_index: Open) -> None:
    index = filled(open_index, shared_embedder())
    from convo_mcp.search.storage import Filters

    elsewhere = Filters(meetings=frozenset({"sess_m001", "sess_m002"}))
    assert all(m.meeting.id in elsewhere.meetings for m in index.search(parse_query("broken coffee maker"),
                                                                         elsewhere).meetings)
    assert "sess_m007" not in [m.meeting.id for m in index.search(parse_query("broken coffee maker"),
                                                                   Filters(speaker="Sam")).meetings]
    index.close()


def test_vectors_survive_a_restart_and_are_rebuilt_for_another_model(open_index: Open) -> None:
    first = Counting()
    filled(open_index, first).close()
    assert first.lines >= 40 * 60  # every line once (and the calibration sample)

    again = Counting()
    reopened = open_index(again)
    assert reopened.vectors_pending() == 0 and reopened.embed_pending(5_000) == 0
    assert top(reopened, "broken coffee maker")[0] == "sess_m007"
    assert again.lines == 1  # only the query: nothing was embedded again
    reopened.close()

    other = Counting(tag="-v2")
    rebuilt = open_index(other)
    embedded = 0
    while step := rebuilt.embed_pending(5_000):
        embedded += step
    assert embedded == 40 * 60 + 40  # every line and every title, under the new model
    assert top(rebuilt, "broken coffee maker")[0] == "sess_m007"
    rebuilt.close()


def test_a_replaced_transcript_leaves_no_stale_vectors(open_index: Open) -> None:
    index = filled(open_index, shared_embedder())
    assert top(index, "broken coffee maker")[0] == "sess_m007"
    index.add([meeting(7)])  # the same meeting, without the espresso line
    while index.embed_pending(5_000):
        pass
    assert vector_count(index) == 40 * 60 + 40
    found = index.search(parse_query("broken coffee maker"), limit=5).meetings
    assert all(h.line.text != ESPRESSO for m in found for h in m.best)
    index.remove("sess_m023")
    assert "sess_m023" not in top(index, "conference space too small", 10)
    index.close()


# --- through the tools, against the sandbox ------------------------------------------------------


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with sandbox_world(tmp_path, KEY) as world:
        yield world


def plant(world: World, conversation_id: str, index: int, sentence: str) -> None:
    conv = world.state.account(KEY).conversations[conversation_id]
    conv.segments[index] = replace(conv.segments[index], text=sentence)


@pytest.mark.anyio
async def test_a_paraphrase_finds_the_planted_sentence_through_the_tools(world: World) -> None:
    target = dataset.LONG_MEETING_ID
    plant(world, target, 250, ESPRESSO)
    async with connected(world.app()) as client:
        await call_ok(client, "search_meetings", query="budget", deep=True)
        spent = world.requests()
        found = await call_ok(client, "search_meetings", query="broken coffee maker")
        connector = await call_ok(client, "search", query="broken coffee maker")
        nonsense = await call_ok(client, "search_meetings", query="xylophone quartz marmalade zeppelin")
        assert world.requests() == spent  # meaning costs no request once indexed
    first = found.structured_content["meetings"][0]
    assert first["id"] == target and first["by_meaning"] is True, text(found)
    # found by meaning alone, with no second-stage model here to confirm it: offered as maybe related, not "≈"
    assert first["snippets"][0] == {"segment_index": 250, "time": first["snippets"][0]["time"],
                                    "speaker": first["snippets"][0]["speaker"], "text": ESPRESSO, "related": True}
    assert text(found).startswith("No meeting says broken coffee maker; closest in meaning")
    assert "(may be related) " in text(found) and "≈ " not in text(found)
    assert json.loads(connector.content[0].text)["results"][0]["id"] == target  # ChatGPT's search too
    assert nonsense.structured_content["meetings"] == []  # nothing close: nothing offered


@pytest.mark.anyio
async def test_vectors_off_is_words_only_and_loads_no_model(world: World) -> None:
    target = dataset.LONG_MEETING_ID
    plant(world, target, 250, ESPRESSO)
    app = world.app(search_vectors=False)
    async with connected(app) as client:
        await call_ok(client, "search_meetings", query="budget", deep=True)
        found = await call_ok(client, "search_meetings", query="broken coffee maker")
        exact = await call_ok(client, "search_meetings", query="espresso machine")
    assert target not in [m["id"] for m in found.structured_content["meetings"]]
    assert exact.structured_content["meetings"][0]["id"] == target
    assert app.service.index is not None and app.service.index.index.meaning is None  # type: ignore[attr-defined]


@pytest.mark.anyio
async def test_fetch_sends_the_transcript_once(world: World) -> None:
    async with connected(world.app()) as client:
        got = await call_ok(client, "fetch", id=dataset.LONG_MEETING_ID)
        tools = {t.name: t for t in (await client.list_tools()).tools}
    assert got.structured_content is None and len(got.content) == 1
    doc = json.loads(got.content[0].text)
    assert set(doc) == {"id", "title", "text", "url", "metadata"}
    assert tools["fetch"].output_schema is None


def test_held_vectors_are_bounded_across_accounts_and_read_again_when_needed(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from convo_mcp.memory import BUDGET

    a = filled(lambda meaning=None: Index.on(SQLiteStorage(tmp_path / "a.sqlite3"), meaning), shared_embedder())
    b = filled(lambda meaning=None: Index.on(SQLiteStorage(tmp_path / "b.sqlite3"), meaning), shared_embedder())
    assert top(a, "broken coffee maker")[0] == "sess_m007"
    one = a.share.size()
    assert one >= a.vectors.held() > 0
    monkeypatch.setattr(BUDGET, "limit", int(one * 1.5))  # room for one account's holdings, not two
    assert top(b, "broken coffee maker")[0] == "sess_m007"
    assert a.vectors.held() == 0 and b.vectors.held() > 0  # the one searched longest ago let its go
    assert a.share.size() == 0 and BUDGET.held() <= BUDGET.limit
    assert top(a, "broken coffee maker")[0] == "sess_m007"  # read again when searched, same answer
    assert b.vectors.held() == 0
    a.close()
    b.close()
    assert a.share.size() == b.share.size() == 0
