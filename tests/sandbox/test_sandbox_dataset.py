"""Invariants of the deterministic demo dataset."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from convo_mcp.sandbox import cast, dataset
from convo_mcp.sandbox.models import Conversation

NOW = datetime(2026, 3, 18, 15, 0, tzinfo=UTC)


def _demo() -> list[Conversation]:
    return dataset.demo_conversations(NOW)


def test_at_least_forty_meetings_within_the_last_thirty_days() -> None:
    convs = _demo()
    assert len(convs) >= 40
    assert all(NOW - timedelta(days=30) <= c.start < c.end <= NOW for c in convs)


def test_recurring_companies_appear_in_at_least_three_titled_meetings() -> None:
    titles = [c.title for c in _demo()]
    for name in cast.COMPANY_NAMES:
        named = [t for t in titles if t.startswith(f"{name} — ")]
        assert len(named) >= 3, name
    external = [c for c in _demo() if c.facts.company is not None]
    assert all(c.title.startswith(c.facts.company or "?") for c in external)


def test_recurring_people_across_meetings() -> None:
    speakers = Counter(name for c in _demo() for name in c.facts.participants)
    assert speakers[cast.USER.name] == len(_demo())  # Dana records every meeting
    for person in (cast.LEE, cast.PRIYA, cast.MARCUS, cast.SOFIA):
        assert speakers[person.name] >= 5, person.name
    for company in cast.COMPANIES.values():
        assert speakers[company.champion.name] >= 3


def test_segment_counts_durations_and_timestamps_are_consistent() -> None:
    for conv in _demo():
        assert conv.segment_count == len(conv.segments)
        assert conv.duration_minutes == round((conv.end - conv.start).total_seconds() / 60)
        gaps = [(b.at - a.at).total_seconds() for a, b in zip(conv.segments, conv.segments[1:], strict=False)]
        assert all(5 <= g <= 20 for g in gaps), conv.title
        assert conv.start <= conv.segments[0].at
        assert conv.segments[-1].at < conv.end


def test_short_typical_and_long_meetings() -> None:
    counts = {c.id: c.segment_count for c in _demo()}
    short = [cid for cid, n in counts.items() if n < 10]
    assert len(short) >= 3
    assert set(short) == set(dataset.SHORT_MEETING_IDS)
    typical = [n for n in counts.values() if 40 <= n <= 300]
    assert len(typical) >= 30
    long = next(c for c in _demo() if c.id == dataset.LONG_MEETING_ID)
    assert long.title == dataset.LONG_MEETING_TITLE
    assert 1400 <= long.segment_count <= 1600
    assert 110 <= long.duration_minutes <= 140


def test_same_now_same_data_and_ids_do_not_depend_on_now() -> None:
    first, again = _demo(), dataset.demo_conversations(NOW + timedelta(minutes=5))
    assert [(c.id, c.title, c.start, [s.text for s in c.segments]) for c in first] == [
        (c.id, c.title, c.start, [s.text for s in c.segments]) for c in again
    ]
    later = dataset.demo_conversations(NOW + timedelta(days=3))
    assert [c.id for c in later] == [c.id for c in first] == list(dataset.DEMO_IDS)
    assert later[0].start - first[0].start == timedelta(days=3)
    assert len(set(dataset.DEMO_IDS)) == len(dataset.DEMO_IDS)


def test_pregenerated_keypoints_and_feedback_proportions() -> None:
    convs = _demo()
    with_keypoints = [c for c in convs if c.keypoints is not None]
    with_feedback = [c for c in convs if c.feedback is not None]
    assert {c.id for c in with_keypoints} == dataset.KEYPOINTS_READY_IDS
    assert {c.id for c in with_feedback} == dataset.FEEDBACK_READY_IDS
    assert 0.4 <= len(with_keypoints) / len(convs) <= 0.6
    assert 0.25 <= len(with_feedback) / len(convs) <= 0.4
    assert all(c.segment_count >= 10 for c in with_feedback)
    assert any("topPriority" not in c.feedback.payload for c in with_feedback if c.feedback)
    assert any("topPriority" in c.feedback.payload for c in with_feedback if c.feedback)


def test_facts_are_grounded_in_the_transcript() -> None:
    for conv in _demo():
        names = set(conv.facts.participants)
        assert {s.speaker for s in conv.segments} <= names
        assert all(a.owner in names for a in conv.facts.action_items)
        decisions_said = [s for s in conv.segments if s.tag == "decision"]
        actions_said = [s for s in conv.segments if s.tag == "action"]
        assert len(decisions_said) == len(conv.facts.decisions)
        assert [s.speaker for s in actions_said] == [a.owner for a in conv.facts.action_items]


def test_known_meeting_facts() -> None:
    acme_pricing = next(c for c in _demo() if c.title == "Acme Corp — pricing review")
    assert "Go with the annual plan at a 12% discount" in acme_pricing.facts.decisions
    owners = {a.item: a.owner for a in acme_pricing.facts.action_items}
    assert owners["Send the revised order form"] == "Dana Whitfield"
    assert owners["Get budget sign-off from finance"] == "Jordan Blake"
    said = " ".join(s.text for s in acme_pricing.segments)
    assert "we'll go with the annual plan at 12% discount" in said
    assert "I'll send the revised order form by Friday." in said


def test_calendar_has_upcoming_events_with_recurring_attendees() -> None:
    convs = _demo()
    events = dataset.demo_calendar(NOW, convs)
    upcoming = [e for e in events if e.start > NOW]
    assert 6 <= len(upcoming) <= 10
    assert all(e.start < NOW + timedelta(days=14) for e in upcoming)
    external_emails = {p.email for c in cast.COMPANIES.values() for p in (c.champion, c.technical)}
    with_customers = [e for e in upcoming if {a.email for a in e.attendees} & external_emails]
    assert len(with_customers) >= 3
    linked = {c.linked_event_id for c in convs if c.linked_event_id}
    assert len(linked) >= 10
    assert linked <= {e.id for e in events}


def test_generated_conversations_for_pagination() -> None:
    convs = dataset.generated_conversations(150, NOW)
    assert len(convs) == 150
    assert len({c.id for c in convs}) == 150
    assert all(c.segment_count == 12 and c.end <= NOW for c in convs)


def test_small_talk_is_not_repeated_while_fresh_lines_remain() -> None:
    from convo_mcp.sandbox import DEMO_KEYS, SandboxState
    from convo_mcp.sandbox.transcript import FILLERS

    state = SandboxState.demo()
    for conv in state.account(DEMO_KEYS["professional"]).visible:
        scripted = {s.text for s in conv.segments if s.tag}
        small = Counter(s.text for s in conv.segments if s.text not in scripted and not s.tag)
        if sum(small.values()) <= len(FILLERS) // 2:  # short meetings: every small-talk line differs
            assert max(small.values(), default=1) == 1, (conv.title, small.most_common(2))
    assert not any(c.title == "Daily standup" for c in state.account(DEMO_KEYS["professional"]).visible)


def test_people_meet_on_weekdays_whatever_day_the_demo_runs() -> None:
    for shift in range(7):
        now = NOW + timedelta(days=shift)
        convs = dataset.demo_conversations(now)
        assert {c.start.weekday() for c in convs} <= {0, 1, 2, 3, 4}, now.strftime("%A")
        assert all(now - timedelta(days=30) <= c.start < c.end <= now for c in convs)  # a 30-day window holds all
        upcoming = [e for e in dataset.demo_calendar(now, convs) if e.start > now]
        assert len(upcoming) == 8 and {e.start.weekday() for e in upcoming} <= {0, 1, 2, 3, 4}
        syncs = sorted(e.start for e in upcoming if e.summary == "Weekly team sync")
        assert syncs[1] - syncs[0] == timedelta(days=7)  # still weekly
