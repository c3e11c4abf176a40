"""A damaged index file is set aside and rebuilt, never served, while search answers from what goes
back in (titles at once, transcripts from the cache at no request) and says so; a full disk is a
full disk: indexing stops, nothing is set aside, and ``convo-mcp index`` exits non-zero."""

from __future__ import annotations

import io
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from kit import World, call_ok, connected, sandbox_world, text

from convo_mcp.errors import DiskFullError
from convo_mcp.search.command import run_index
from convo_mcp.search.document import Document
from convo_mcp.search.index import Index
from convo_mcp.search.query import parse_query
from convo_mcp.state.sqlite.index import SQLiteStorage

pytestmark = pytest.mark.anyio
KEY = "convo_damage_professional"
TRANSCRIPT = "/conversations/{id}/transcript"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with sandbox_world(tmp_path, KEY) as w:
        yield w


def index_file(world: World) -> Path:
    found = sorted(world.cache.glob("search-*.sqlite3"))
    assert len(found) == 1, found
    return found[0]


def damage(path: Path, *, pages: list[int]) -> None:
    """8 KB of random bytes over each of these pages (4 KB each), as a bad disk or a copy cut short
    would leave them."""
    rng = random.Random(7)
    with path.open("r+b") as f:
        for page in pages:
            f.seek(page * 4096)
            f.write(bytes(rng.getrandbits(8) for _ in range(8192)))


def meetings_pages(path: Path) -> list[int]:
    """The pages of the meetings table (what every open reads first)."""
    db = sqlite3.connect(path)
    try:
        return [r[0] - 1 for r in db.execute(
            "SELECT pageno FROM dbstat WHERE name IN ('meetings', 'sqlite_autoindex_meetings_1') ORDER BY pageno")]
    except sqlite3.OperationalError:  # no dbstat: the first pages after the schema hold it
        return [2, 4]
    finally:
        db.close()


async def fill_everything(world: World) -> int:
    async with connected(world.app(persistent_cache=True)) as client:
        await call_ok(client, "search_meetings", query="pricing", deep=True)
    return world.requests()


async def test_a_damaged_index_is_set_aside_and_refilled_from_the_cache(world: World,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("convo_mcp.search.service.RECOVER_MEETINGS", 30)  # so the first search sees it half done
    await fill_everything(world)
    path = index_file(world)
    known = len(world.state.account(KEY).visible)
    damage(path, pages=[*meetings_pages(path)[:2], 40, 120])
    before = world.requests()
    async with connected(world.app(persistent_cache=True)) as client:
        first = await call_ok(client, "search_meetings", query="discount approval")
        again = await call_ok(client, "search_meetings", query="discount approval")
        chatgpt = await call_ok(client, "search", query="discount")
    assert world.requests() == before  # rebuilt from the cache alone: no request to Convo
    aside = list(path.parent.glob(f"{path.name}.unusable-*"))
    assert aside, "the damaged file was not set aside"
    cov = first.structured_content["coverage"]
    assert first.structured_content["meetings"], text(first)
    assert "found damaged" in text(first) and "being rebuilt" in text(first)
    assert cov.get("index_rebuilding") is True
    assert cov["searched"] == 30 and cov["known"] == known
    # everything the cache held is back in with the second search, which says nothing of damage
    assert again.structured_content["coverage"]["searched"] == known
    assert "index_rebuilding" not in again.structured_content["coverage"] and "damaged" not in text(again)
    assert chatgpt.structured_content["results"]
    assert "turned off" not in text(first)


async def test_the_rebuild_is_remembered_across_a_restart_until_done(world: World, tmp_path: Path) -> None:
    await fill_everything(world)
    path = index_file(world)
    damage(path, pages=meetings_pages(path)[:2])
    index = Index.on(SQLiteStorage(path))  # opened by `convo-mcp index --status` first: set aside, nothing refilled
    assert index.health().rebuilding_since is not None
    assert not [m for m in index.meetings() if m.transcript]  # nothing of the damaged file is served
    index.close()
    reopened = Index.on(SQLiteStorage(path))
    assert reopened.health().rebuilding_since is not None  # still being rebuilt after a restart
    reopened.close()
    out, err = io.StringIO(), io.StringIO()
    code = await run_index(world.app(persistent_cache=True), since=None, max_requests=None, status=False,
                           out=out, err=err)
    assert code == 0
    final = Index.on(SQLiteStorage(path))
    assert final.health().rebuilding_since is None
    assert len([m for m in final.meetings() if m.transcript]) == len(world.state.account(KEY).visible)
    final.close()


def test_damage_found_by_a_later_read_is_set_aside_and_the_meeting_list_kept(tmp_path: Path) -> None:
    path = tmp_path / "search.sqlite3"
    index = Index.on(SQLiteStorage(path))
    index.note_meetings([(f"m{i}", f"Weekly sync {i}", 1_700_000_000.0 + i, 30.0) for i in range(30)])
    said = [{"text": f"We talked about the weekly roadmap item number {n} at length", "speaker": "Dana"}
            for n in range(3000)]
    index.add([Document("m1", "t", "Weekly sync 1", 1_700_000_001.0, 30.0, {"id": "m1", "segments": said})])
    index.close()
    db = sqlite3.connect(path)
    fts = [r[0] - 1 for r in db.execute("SELECT pageno FROM dbstat WHERE name = 'said_data' ORDER BY pageno")]
    db.close()
    damage(path, pages=fts[len(fts) // 2::2])  # inside the words index only
    index = Index.on(SQLiteStorage(path))  # opens: the meetings table is whole
    assert index.health().rebuilding_since is None
    page = index.search(parse_query("roadmap"))  # meets the damage: set aside, answered from the new file
    assert list(tmp_path.glob("search.sqlite3.unusable-*"))
    assert index.health().rebuilding_since is not None
    assert page.total_meetings == 0  # nothing from the damaged file is served
    assert len(index.meetings()) == 30 and not index.has_transcript("m1")  # the list carried over
    assert index.search(parse_query("sync")).total_meetings == 30  # titles searchable at once
    index.close()


def test_a_full_disk_is_not_damage(tmp_path: Path) -> None:
    path = tmp_path / "search.sqlite3"
    index = Index.on(SQLiteStorage(path))
    used = index.storage._conn.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
    index.storage._conn.execute(f"PRAGMA max_page_count = {used + 2}")  # type: ignore[attr-defined]
    big = [(f"m{i}", "x " * 2000 + f"meeting {i}", 1_700_000_000.0 + i, 30.0) for i in range(200)]
    with pytest.raises(DiskFullError):
        index.note_meetings(big)
    assert index.health().full
    assert not list(tmp_path.glob("*.unusable-*"))  # nothing set aside
    index.storage._conn.execute("PRAGMA max_page_count = 1000000")  # type: ignore[attr-defined]  # room again
    index.note_meetings(big[:3])
    assert not index.health().full and len(index.meetings()) == 3
    index.close()


async def test_index_command_stops_on_a_full_disk_and_exits_non_zero(world: World) -> None:
    app = world.app(persistent_cache=True)
    async with app.running():
        indexer = app.service.index
        assert indexer is not None
        storage = indexer.index.storage
        assert isinstance(storage, SQLiteStorage)
        # room for the meeting list, not for the transcripts
        await app.service.all_conversations()
        await indexer.flush()
        used = storage._conn.execute("PRAGMA page_count").fetchone()[0]
        storage._conn.execute(f"PRAGMA max_page_count = {used + 3}")
        out, err = io.StringIO(), io.StringIO()
        code = await run_index(app, since=None, max_requests=None, status=False, out=out, err=err)
        spent = world.requests(TRANSCRIPT)
    assert code == 1
    assert "disk holding the search index is full" in err.getvalue() and "nothing was lost" in err.getvalue()
    assert "(disk full)" in out.getvalue()
    known = len(world.state.account(KEY).visible)
    assert spent < known  # it stopped reading once nothing more could be kept
    assert not list(world.cache.glob("*.unusable-*"))


def test_damage_found_when_opening_keeps_the_meeting_list_it_can_read(tmp_path: Path) -> None:
    path = tmp_path / "search.sqlite3"
    index = Index.on(SQLiteStorage(path))
    index.note_meetings([(f"m{i}", f"Planning review {i}", 1_700_000_000.0 + i, 30.0) for i in range(12)])
    index.close()
    db = sqlite3.connect(path)
    fts = [r[0] - 1 for r in db.execute("SELECT pageno FROM dbstat WHERE name LIKE 'said_%' ORDER BY pageno")]
    db.close()
    damage(path, pages=fts[:1])  # the words index's own structure: found as the file opens
    index = Index.on(SQLiteStorage(path))
    assert list(tmp_path.glob("search.sqlite3.unusable-*"))
    assert index.health().rebuilding_since is not None
    assert len(index.meetings()) == 12
    assert index.search(parse_query("planning")).total_meetings == 12
    index.close()
