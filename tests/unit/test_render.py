"""Concise renderings: transcript turns, relative times, time arguments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from convo_mcp.convo.models import Segment
from convo_mcp.render import hms, parse_offset, transcript_text, turns

T0 = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)


def seg(seconds: int, speaker: str, text: str) -> Segment:
    return Segment(text=text, speaker=speaker, timestamp=T0 + timedelta(seconds=seconds))


def test_adjacent_segments_of_one_speaker_become_one_turn() -> None:
    segs = [(0, seg(7, "Dana", "Hi.")), (1, seg(12, "Dana", "Shall we?")), (2, seg(20, "Lee", "Sure."))]
    assert transcript_text(turns(segs, T0)) == "[00:00:07] Dana: Hi. Shall we?\n[00:00:20] Lee: Sure."


def test_filtered_segments_are_not_glued_across_gaps() -> None:
    segs = [(3, seg(30, "Dana", "One.")), (9, seg(90, "Dana", "Two."))]
    assert transcript_text(turns(segs, T0)) == "[00:00:30] Dana: One.\n[00:01:30] Dana: Two."


def test_hours_render_past_one_hour() -> None:
    assert hms(3723) == "01:02:03"
    assert hms(-5) == "00:00:00"


@pytest.mark.parametrize(("value", "seconds"), [("1:02:03", 3723), ("12:30", 750), ("45", 2700), ("1.5", 90)])
def test_parse_offset(value: str, seconds: float) -> None:
    assert parse_offset(value) == seconds


@pytest.mark.parametrize("bad", ["noon", "1:2:3:4", "", "-5", "a:b"])
def test_parse_offset_refuses_junk(bad: str) -> None:
    with pytest.raises(ValueError, match=r".*"):
        parse_offset(bad)
