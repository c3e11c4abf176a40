"""The search index on its own: query syntax, stemming, ranking, filters, replacement, deletion,
two processes on one store, and files it must not trust. What every backend must do runs against
the SQLite file and against PostgreSQL (a real server)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from convo_mcp.errors import InvalidArgumentError
from convo_mcp.search.document import Document
from convo_mcp.search.index import Index
from convo_mcp.search.query import parse_query
from convo_mcp.search.storage import Filters
from convo_mcp.state.sqlite.fts import query_expr
from convo_mcp.state.sqlite.index import SQLiteStorage

NOW = time.time()


def transcript(cid: str, lines: list[tuple[str, str]], *, days_ago: float = 1, title: str | None = None) -> Document:
    start = NOW - days_ago * 86400
    segments = [{"speaker": who, "text": said,
                 "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start + 30 * i))}
                for i, (who, said) in enumerate(lines)]
    return Document(cid, "t", title or f"Meeting {cid}", start, 30.0, {"id": cid, "segments": segments})


def keypoints(cid: str, decisions: list[str], items: list[tuple[str, str]]) -> Document:
    body = {"decisions": decisions, "actionItems": [{"item": i, "owner": o} for i, o in items]}
    return Document(cid, "k", None, None, None, {"id": cid, "keypoints": body})


def ids(page: Any) -> list[str]:
    return [m.meeting.id for m in page.meetings]


Make = Callable[[str], Any]  # a name → a new index of that name (the same name: the same store)


@pytest.fixture(params=["sqlite", "postgres"])
def make(request: pytest.FixtureRequest, tmp_path: Path) -> Make:
    if request.param == "sqlite":
        return lambda name: Index.on(SQLiteStorage(tmp_path / f"{name}.sqlite3"))
    from pgserver import empty

    from convo_mcp.state.postgres.database import database
    from convo_mcp.state.postgres.index import PostgresStorage

    db = database(empty(request.getfixturevalue("postgres")))
    return lambda name: Index.on(PostgresStorage(db, f"account-{name}"))


@pytest.fixture
def index(make: Make) -> Index:
    idx = make("search")
    idx.add([
        transcript("s1", [("Dana", "We should revisit pricing for Acme next quarter."),
                          ("Lee", "The list price is too high."), ("Dana", "Agreed, lower it.")], days_ago=2),
        transcript("s2", [("Jordan", "Roadmap review: the launch slips a week."),
                          ("Jordan", "Budget is fine.")], days_ago=40),
        transcript("s3", [("Lee", "Prices for Globex."), ("Sam", "Budget approved.")], days_ago=200),
        keypoints("s2", ["Move the launch to May"], [("Send the budget sheet", "Jordan")]),
    ])
    return idx


@pytest.mark.parametrize(("typed", "fts"), [
    ("pricing", '"pricing"'),
    ('"list price" budget', '"list price" AND "budget"'),
    ("pric* OR budget -acme", '(("pric"* OR "budget")) NOT ("acme")'),
    ("NEAR(", '"near"'),
    ("a AND b", '"a" AND "b"'),
    ('-"do not" go', '("go") NOT ("do not")'),
])
def test_queries_become_safe_fts_expressions(typed: str, fts: str) -> None:
    assert query_expr(parse_query(typed)) == fts


@pytest.mark.parametrize("typed", ['"', "*", "---", "-pricing", "()", ":"])
def test_queries_with_nothing_to_find_are_refused(typed: str) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        parse_query(typed)
    assert "word" in info.value.message and info.value.hint


def test_stemming_matches_other_forms_and_ranks_recent_first(index: Index) -> None:
    page = index.search(parse_query("price"))
    assert ids(page) == ["s1", "s3"]  # "pricing", "price", "prices"; alike lines: the recent meeting first
    assert page.total_hits == 3


def test_phrase_prefix_or_and_exclusion(index: Index) -> None:
    assert ids(index.search(parse_query('"list price"'))) == ["s1"]
    assert ids(index.search(parse_query('"price list"'))) == []
    assert set(ids(index.search(parse_query("glob*")))) == {"s3"}
    assert set(ids(index.search(parse_query("acme OR globex")))) == {"s1", "s3"}
    assert ids(index.search(parse_query("pricing -globex"))) == ["s1"]


def test_keypoints_are_searched_and_labelled(index: Index) -> None:
    page = index.search(parse_query("launch"))
    assert ids(page) == ["s2"]
    labels = {h.line.label for h in page.meetings[0].best}
    assert "decision" in labels or None in labels
    sheet = index.search(parse_query("sheet")).meetings[0].best[0].line
    assert (sheet.label, sheet.segment_index) == ("action item (Jordan)", None)


def test_speaker_and_date_filters(index: Index) -> None:
    assert set(ids(index.search(parse_query("price"), Filters(speaker="Lee")))) == {"s1", "s3"}
    hits = index.search(parse_query("price"), Filters(speaker="dana"))  # names as a person says them
    assert ids(hits) == ["s1"] and all(h.line.text.startswith("We should") for h in hits.meetings[0].best)
    assert ids(index.search(parse_query("budget"), Filters(since=NOW - 100 * 86400))) == ["s2"]
    assert ids(index.search(parse_query("budget"), Filters(until=NOW - 100 * 86400))) == ["s3"]
    assert ids(index.search(parse_query("budget"), Filters(meetings=frozenset({"s3"})))) == ["s3"]


def test_coverage_figures_follow_every_change(index: Index) -> None:
    everything = index.coverage(Filters())
    assert (everything.known, everything.indexed, everything.missing) == (3, 3, 0)
    index.note_meetings([("n1", "Later", NOW - 5 * 86400, 30.0), ("n2", "Old", NOW - 400 * 86400, 30.0)])
    cov = index.coverage(Filters())
    assert (cov.known, cov.missing, cov.oldest_missing, cov.newest_missing) == (
        5, 2, NOW - 400 * 86400, NOW - 5 * 86400)
    recent = index.coverage(Filters(since=NOW - 30 * 86400))
    assert (recent.known - recent.indexed, recent.oldest_missing) == (1, NOW - 5 * 86400)
    index.add([transcript("n1", [("Ana", "Now indexed.")])])
    assert index.coverage(Filters(since=NOW - 30 * 86400)).missing == 0
    index.remove("n2")
    assert index.coverage(Filters()).known == 4
    assert index.coverage(Filters(meetings=frozenset({"n1", "nope"}))).known == 1


def test_paging(index: Index) -> None:
    both = ids(index.search(parse_query("budget")))
    assert ids(index.search(parse_query("budget"), limit=1)) == both[:1]
    assert ids(index.search(parse_query("budget"), limit=1, offset=1)) == both[1:2]


def test_a_new_transcript_replaces_the_old_and_removal_forgets(index: Index) -> None:
    index.add([transcript("s1", [("Dana", "Only the weather today.")])])
    assert ids(index.search(parse_query("pricing"))) == ["s3"]
    assert ids(index.search(parse_query("weather"))) == ["s1"]
    index.remove("s1")
    assert ids(index.search(parse_query("weather"))) == []
    assert index.meeting("s1") is None


def test_two_processes_on_one_store_see_each_others_writes(make: Make) -> None:
    a, b = make("shared"), make("shared")
    a.add([transcript("x1", [("Ana", "Quarterly walrus review.")])])
    assert ids(b.search(parse_query("walrus"))) == ["x1"]


def test_garbage_and_foreign_files_are_set_aside_and_rebuilt(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00garbage" * 1000)
    assert Index.on(SQLiteStorage(junk)).meetings() == []
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE meetings (id TEXT)")
    rebuilt = Index.on(SQLiteStorage(foreign))
    rebuilt.add([transcript("f1", [("Ana", "Fresh start.")])])
    assert ids(rebuilt.search(parse_query("fresh"))) == ["f1"]
    assert len(list(tmp_path.glob("*.unusable-*"))) == 2


def test_the_file_stays_private(tmp_path: Path) -> None:
    path = tmp_path / "private" / "search.sqlite3"
    Index.on(SQLiteStorage(path))
    assert path.stat().st_mode & 0o077 == 0


def test_the_same_meeting_twice_in_one_batch_keeps_the_last(make: Make) -> None:
    idx = make("twice")
    idx.add([transcript("t1", [("Ana", "First draft.")]), transcript("t1", [("Ana", "Second draft.")])])
    idx.add([transcript("t1", [("Ana", "Third draft.")])])  # replaces what the batch left
    assert ids(idx.search(parse_query("second"))) == []
    assert ids(idx.search(parse_query("third"))) == ["t1"]
    assert idx.search(parse_query("draft")).total_hits == 1


def test_a_plain_query_ranks_a_line_with_every_word_first_then_the_rarest_words(make: Make) -> None:
    idx = make("plain")
    idx.add([
        transcript("together", [("Ana", "Filler talk."), ("Ana", "The walrus budget is settled.")], days_ago=30),
        transcript("repeats", [("Bo", f"Budget update number {i}.") for i in range(12)], days_ago=1),
        transcript("apart", [("Cy", "The walrus moved."), ("Cy", "Other things."), ("Cy", "Budget later.")],
                   days_ago=20),
        *[transcript(f"common{i}", [("Di", "Budget review again.")], days_ago=2) for i in range(5)],
    ])
    page = idx.search(parse_query("what about the walrus budget?"))
    assert ids(page)[:2] == ["together", "apart"]  # one line says both; then both words, said apart
    assert page.total_meetings == 8  # every meeting saying either word matches
    one_line = idx.search(parse_query("walrus budget"), limit=1)
    assert ids(one_line) == ["together"] and one_line.total_meetings == 8
