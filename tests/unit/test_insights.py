"""Pure logic of the insight tools: names, topics, snippets, days and request budgets."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from convo_mcp.convo.models import Conversation, Keypoints
from convo_mcp.dates import as_utc, day_floor
from convo_mcp.insights.logic import (
    Candidate,
    group_by_day,
    match_kind,
    owner_matches,
    plan_fetches,
    snippet,
    terms,
)
from convo_mcp.insights.report import (
    Briefing,
    Item,
    dedupe,
)

T0 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


# --- owners ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "owner"),
    [
        ("dana", "Dana Whitfield"),
        ("DANA", "Dana Whitfield"),
        ("Dana Whitfield", "dana whitfield"),
        ("Dana W.", "Dana Whitfield"),
        ("Dana W", "Dana Whitfield"),
        ("D. Whitfield", "Dana Whitfield"),
        ("whitfield", "Dana Whitfield"),
        ("Dana Whitfield", "Dana"),  # owner recorded by first name only
        ("dana", "Dana"),
        ("Dana Whitfield", "Dana W."),
        ("José", "José Álvarez"),
        ("Zoë", "ZOË Ng"),
        ("Mary-Jane", "Mary-Jane Watson"),
        ("O'Brien", "Pat O'Brien"),
        ("unassigned", None),
        ("unassigned", ""),
    ],
)
def test_owner_matches(query: str, owner: str | None) -> None:
    assert owner_matches(query, owner)


@pytest.mark.parametrize(
    ("query", "owner"),
    [
        ("Dana", "Danielle Whitfield"),  # a prefix is not a name
        ("Dan", "Dana Whitfield"),
        ("Dana", "Jordan Blake"),
        ("Dana Whitfield", "Dana Scully"),
        ("Dana Whitfield", "Danielle"),
        ("D. W.", "Dana Whitfield"),  # initials alone are too weak
        ("d", "Dana Whitfield"),
        ("dana", None),  # unowned items match no person
        ("dana", ""),
        ("dana", "Unassigned"),
        ("", "Dana Whitfield"),
        ("   ", "Dana Whitfield"),
        ("Dana Whitfield", "Dana-Lee Park"),
    ],
)
def test_owner_does_not_match(query: str, owner: str | None) -> None:
    assert not owner_matches(query, owner)


# --- topics ---------------------------------------------------------------------------------


def test_match_kind_phrase_then_words() -> None:
    title = "Acme Corp — pricing review"
    assert match_kind(title, "acme corp") == "phrase"
    assert match_kind(title, "ACME") == "phrase"
    assert match_kind(title, "pricing acme") == "words"
    assert match_kind(title, "the pricing of acme") == "words"  # stopwords ignored
    assert match_kind(title, "globex pricing") is None
    assert match_kind(title, "corp pricing review x") is None
    assert match_kind("Umbrella Health", "health") == "phrase"
    assert match_kind("Daily standup", "stand") == "phrase"  # the phrase starts a word
    assert match_kind("We said so", "ai") is None  # …not in the middle of one
    assert match_kind("Daily standup notes", "up daily") is None  # words must start a word
    assert match_kind(None, "acme") is None
    assert terms("What did we decide about pricing?") == ["decide", "pricing"]
    assert terms("the") == ["the"]


# --- snippets -------------------------------------------------------------------------------


def test_snippet_short_text_is_quoted_whole() -> None:
    s = snippet("Based on 150 seats, list price is $24 per seat per month.", "list price is $24")
    assert s is not None and s.kind == "phrase" and s.hits == 1
    assert s.text == "Based on 150 seats, list price is $24 per seat per month."
    assert snippet("nothing here", "list price") is None


def test_snippet_window_cuts_at_word_boundaries() -> None:
    words = [f"w{i:03d}" for i in range(200)]
    text = " ".join([*words[:100], "the NEEDLE phrase", *words[100:]])
    s = snippet(text, "needle phrase", width=80)
    assert s is not None
    assert "NEEDLE phrase" in s.text
    assert s.text.startswith("…") and s.text.endswith("…")
    body = s.text.strip("…")
    assert len(body) <= 80
    for part in body.split():
        assert part in text.split()  # no word cut in half


def test_snippet_at_the_edges_has_one_ellipsis() -> None:
    text = "needle " + "x" * 10 + " " + " ".join(["filler"] * 60)
    start = snippet(text, "needle", width=50)
    assert start is not None and start.text.startswith("needle") and start.text.endswith("…")
    end = snippet(" ".join(["filler"] * 60) + " last needle", "needle", width=50)
    assert end is not None and end.text.startswith("…") and end.text.endswith("last needle")


def test_snippet_counts_multiple_hits_and_centres_on_the_first() -> None:
    text = ("alpha " * 50) + "pricing one " + ("beta " * 50) + "pricing two " + ("gamma " * 50)
    s = snippet(text, "pricing", width=60)
    assert s is not None and s.hits == 2
    assert "pricing one" in s.text and "pricing two" not in s.text


def test_snippet_all_words_when_no_phrase() -> None:
    s = snippet("We agreed the discount is 12% for Acme this year.", "acme discount")
    assert s is not None and s.kind == "words"
    far = "discount " + "filler " * 100 + "for Acme"
    wide = snippet(far, "acme discount", width=60)
    assert wide is not None and wide.text.startswith("discount") and len(wide.text) <= 61
    near = snippet("x " * 100 + "discount for Acme " + "y " * 100, "acme discount", width=60)
    assert near is not None and "discount for Acme" in near.text


def test_snippet_unicode() -> None:
    text = "Straße und Café: wir haben über die Preisgestaltung gesprochen — 🎉 großartig"
    s = snippet(text, "preisgestaltung")
    assert s is not None and "Preisgestaltung" in s.text
    emoji = snippet("🎉 " * 150 + "naïve café plan " + "🎉 " * 150, "CAFÉ PLAN", width=40)
    assert emoji is not None and "café plan" in emoji.text and len(emoji.text.strip("…")) <= 40
    assert snippet("ZÜRICH office", "zürich") is not None
    assert snippet("line one\nline   two", "one line") is not None  # whitespace normalised


# --- days -----------------------------------------------------------------------------------


def test_group_by_day_uses_utc_days_across_time_zones() -> None:
    ny = timezone(timedelta(hours=-5))
    tokyo = timezone(timedelta(hours=9))
    items = [
        ("late NY", datetime(2026, 3, 9, 22, 30, tzinfo=ny)),  # 2026-03-10 03:30 UTC
        ("early Tokyo", datetime(2026, 3, 10, 8, 0, tzinfo=tokyo)),  # 2026-03-09 23:00 UTC
        ("noon UTC", datetime(2026, 3, 10, 12, 0, tzinfo=UTC)),
        ("undated", None),
    ]
    groups = group_by_day(items, lambda i: i[1])
    assert [(d, [n for n, _ in g]) for d, g in groups] == [
        (date(2026, 3, 9), ["early Tokyo"]),
        (date(2026, 3, 10), ["late NY", "noon UTC"]),
        (None, ["undated"]),
    ]
    local = group_by_day(items[:3], lambda i: i[1], tz=ny)
    assert [d for d, _ in local] == [date(2026, 3, 9), date(2026, 3, 10)]


def test_as_utc_and_day_floor() -> None:
    assert as_utc(date(2026, 3, 10)) == datetime(2026, 3, 10, tzinfo=UTC)
    assert as_utc(date(2026, 3, 10), end_of_day=True) == datetime(2026, 3, 11, tzinfo=UTC)
    assert as_utc(datetime(2026, 3, 10, 9)) == datetime(2026, 3, 10, 9, tzinfo=UTC)  # naive is UTC
    assert as_utc(datetime(2026, 3, 10, 9, tzinfo=timezone(timedelta(hours=2)))).hour == 7
    assert day_floor(T0, 30) == datetime(2026, 2, 8, tzinfo=UTC)
    assert day_floor(T0 + timedelta(hours=5), 30) == day_floor(T0, 30)  # stable through the day


# --- budget ---------------------------------------------------------------------------------


def cands(n: int, cached: set[int] = frozenset()) -> list[Candidate]:  # type: ignore[assignment]
    return [Candidate(f"c{i}", T0 - timedelta(hours=i), i in cached) for i in range(n)]


def test_plan_takes_the_most_recent_first() -> None:
    plan = plan_fetches(list(reversed(cands(10))), budget=4)
    assert plan.fetch == ["c0", "c1", "c2", "c3"] and plan.requests == 4
    assert plan.skipped == ["c4", "c5", "c6", "c7", "c8", "c9"]


def test_plan_cached_ones_are_free() -> None:
    plan = plan_fetches(cands(10, cached={0, 1, 5, 9}), budget=3)
    assert plan.requests == 3
    assert set(plan.fetch) == {"c0", "c1", "c5", "c9", "c2", "c3", "c4"}
    assert plan.skipped == ["c6", "c7", "c8"]


def test_plan_with_zero_budget_reads_only_the_cache() -> None:
    plan = plan_fetches(cands(5, cached={3}), budget=0)
    assert plan.fetch == ["c3"] and plan.requests == 0 and len(plan.skipped) == 4


def test_plan_preferred_first_and_extra_cap() -> None:
    pool = cands(10)
    plan = plan_fetches(pool, budget=6, preferred={"c8", "c9"}, extra_cap=2)
    assert plan.fetch == ["c8", "c9", "c0", "c1"] and plan.requests == 4
    window = plan_fetches(cands(10, cached={0, 5}), budget=6, preferred={"c8", "c9"}, extra_cap=2)
    assert window.fetch == ["c8", "c9", "c0", "c1", "c5"] and window.requests == 3  # c5: outside, but free
    assert window.skipped == ["c2", "c3", "c4", "c6", "c7"]
    again = plan_fetches(cands(10, cached={0, 1, 5, 8, 9}), budget=6, preferred={"c8", "c9"}, extra_cap=2)
    assert again.requests == 0  # the same window again: nothing new to read
    undated = [Candidate("u", None, False), *cands(2)]
    assert plan_fetches(undated, budget=2).fetch == ["c0", "c1"]


def test_plan_respects_the_reserve_through_spendable() -> None:
    from convo_mcp.convo.ratelimit import BudgetState, spendable

    budget = spendable(BudgetState(limit=100, remaining=30, reset_at=0.0, in_flight=2), 0.10)
    assert budget == 18  # 30 left, 2 in flight, 10 kept back
    plan = plan_fetches(cands(45), budget=budget or 0)
    assert plan.requests == 18 and len(plan.skipped) == 27


# --- assembling -----------------------------------------------------------------------------


def test_dedupe_keeps_the_latest_and_counts() -> None:
    items = [
        Item(item="Send the quote", owner="Lee Park", priority="high", conversation_id="a", day=date(2026, 3, 1)),
        Item(item="send the  quote", owner="lee park", priority="high", conversation_id="b", day=date(2026, 3, 5)),
        Item(item="Write notes", owner=None, priority="low", conversation_id="c", day=date(2026, 3, 2)),
        Item(item="Plan", owner="Dana", priority="medium", conversation_id="d", day=date(2026, 3, 3)),
    ]
    out = dedupe(items)
    assert [(i.conversation_id, i.meetings) for i in out] == [("b", 2), ("d", None), ("c", None)]


def kp(cid: str, **body: object) -> Keypoints:
    return Keypoints.model_validate({"id": cid, "keypoints": body})


def test_briefing_about_vs_mention() -> None:
    b = Briefing("Acme")
    acme = Conversation(id="a", title="Acme Corp — pricing review", start_time=T0)
    sync = Conversation(id="s", title="Weekly sync", start_time=T0 - timedelta(days=1))
    other = Conversation(id="o", title="Hiring", start_time=T0 - timedelta(days=2))
    b.add(acme, kp("a", decisions=["12% discount"], participants=["Jordan Blake"],
                   actionItems=[{"item": "Sign-off", "owner": "Jordan Blake"}],
                   sections=[{"heading": "Pricing", "points": ["x"]}]), titled=True)
    b.add(sync, kp("s", decisions=["Hire two", "Send Acme the quote"],
                   actionItems=[{"item": "Forecast", "owner": "Lee"}, {"item": "Call Acme", "owner": "Lee"}],
                   sections=[{"heading": "Pipeline", "points": ["Acme renewal on track"]}]), titled=False)
    b.add(other, kp("o", decisions=["Offer"]), titled=False)
    assert [m.id for m in b.meetings] == ["a", "s"]
    assert [d.text for d in b.decisions] == ["12% discount", "Send Acme the quote"]
    assert [i.item for i in b.items] == ["Sign-off", "Call Acme"]
    assert b.meetings[1].why == ["a decision names it", "an action item names it", "notes: Pipeline"]
    assert b.topics == {"pricing": ("Pricing", T0.date()), "pipeline": ("Pipeline", (T0 - timedelta(days=1)).date())}
    person = Briefing("jordan")
    person.add(acme, kp("a", participants=["Jordan Blake"], decisions=["d"]), titled=False)
    assert person.meetings[0].why == ["attended: Jordan Blake"] and person.decisions[0].text == "d"


def test_a_topic_was_last_discussed_when_a_later_decision_names_it() -> None:
    b = Briefing("Acme")
    older = Conversation(id="r", title="Acme — pricing review", start_time=T0 - timedelta(days=12))
    newer = Conversation(id="c", title="Acme — contract call", start_time=T0)
    b.add(newer, kp("c", decisions=["Pricing for Acme held at list minus 12%"],
                    sections=[{"heading": "Contract", "points": ["redlines back"]}]), titled=True)
    b.add(older, kp("r", sections=[{"heading": "Pricing", "points": ["discount asked"]}]), titled=True)
    assert b.last_discussed() == {"Pricing": T0.date(), "Contract": T0.date()}
    quiet = Briefing("Acme")
    quiet.add(older, kp("r", sections=[{"heading": "Pricing", "points": ["discount asked"]}]), titled=True)
    assert quiet.last_discussed() == {"Pricing": (T0 - timedelta(days=12)).date()}


def test_days_people_say_are_local_days_and_weeks_start_on_monday() -> None:
    from zoneinfo import ZoneInfo

    from convo_mcp.dates import parse_when

    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 12, 3, 23, 30, tzinfo=UTC)  # Friday 00:30 in Berlin, still Thursday in UTC
    local = lambda text, end=False: parse_when(text, end_of_day=end, now=now, tz=berlin).astimezone(berlin)  # noqa: E731
    assert local("today") == datetime(2026, 12, 4, tzinfo=berlin)
    assert local("today", True) == datetime(2026, 12, 5, tzinfo=berlin)
    assert local("yesterday") == datetime(2026, 12, 3, tzinfo=berlin)
    assert local("this week") == datetime(2026, 11, 30, tzinfo=berlin)  # Monday
    assert (local("last week"), local("last week", True)) == (datetime(2026, 11, 23, tzinfo=berlin),
                                                             datetime(2026, 11, 30, tzinfo=berlin))
    assert (local("last month"), local("Last  Month", True)) == (datetime(2026, 11, 1, tzinfo=berlin),
                                                                datetime(2026, 12, 1, tzinfo=berlin))
    assert local("this month", True) == datetime(2027, 1, 1, tzinfo=berlin)
    assert local("-7d") == local("7d") == local("7 days ago") == datetime(2026, 11, 27, tzinfo=berlin)
    assert local("2026-12-01") == datetime(2026, 12, 1, tzinfo=berlin)  # a bare date is a local day
    assert parse_when("2026-12-01T10:00:00Z", now=now, tz=berlin) == datetime(2026, 12, 1, 10, tzinfo=UTC)
    for bad in ("-1", "next week", "7", "1700000000", "2014-12-31", "-99999d"):
        with pytest.raises(ValueError, match=re.escape(bad)):
            parse_when(bad, now=now, tz=berlin)
