"""Pre-flight guards: pure checks that refuse before any request, tested at their edges."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from convo_mcp import errors
from convo_mcp.convo import guards


@pytest.mark.parametrize(
    ("text", "units"),
    [("a" * 500, 500), ("é" * 10, 10), ("😀", 2), ("😀" * 300, 600), ("中文", 2), ("", 0)],
)
def test_utf16_len_counts_like_javascript(text: str, units: int) -> None:
    assert guards.utf16_len(text) == units


def test_query_limit_edges() -> None:
    assert guards.check_query("a" * 500)
    assert guards.check_query("😀" * 250)  # exactly 500 UTF-16 units
    for bad in ("a" * 501, "😀" * 251, "😀" * 300):
        with pytest.raises(errors.QueryTooLongError) as info:
            guards.check_query(bad)
        assert "500" in info.value.message
    for empty in ("", "   \n"):
        with pytest.raises(errors.QueryTooLongError, match="empty"):
            guards.check_query(empty)


@pytest.mark.parametrize("good", ["sess_8f2a", "wh_123", "a", "3f1c9a2e-1b2c-4d5e-8f90-123456789abc"])
def test_well_formed_ids_pass(good: str) -> None:
    assert guards.check_id(good) == good


@pytest.mark.parametrize("bad", ["../user/profile", "a/b", "a\\b", "..", ".", "", "x" * 129, "a b", "a%2f", "a?b", "é"])
def test_path_changing_ids_are_refused(bad: str) -> None:
    with pytest.raises(errors.InvalidIdError):
        guards.check_id(bad)


def test_ai_quota_refuses_at_zero_with_reset_date() -> None:
    guards.check_ai_quota(1, None)
    guards.check_ai_quota(None, None)  # unlimited
    resets = datetime(2026, 12, 1, tzinfo=UTC)
    with pytest.raises(errors.AIQuotaExhaustedError) as info:
        guards.check_ai_quota(0, resets)
    assert "2026-12-01" in info.value.message
    assert info.value.to_dict()["resets_at"].startswith("2026-12-01")
    assert "get_keypoints" in info.value.hint


def test_feedback_needs_ten_segments() -> None:
    guards.check_feedback_segments(10)
    guards.check_feedback_segments(None)  # unknown: let Convo decide
    with pytest.raises(errors.TranscriptTooShortError, match="has 9"):
        guards.check_feedback_segments(9)


def test_plans() -> None:
    guards.check_api_plan("starter")
    with pytest.raises(errors.PlanRequiredError):
        guards.check_api_plan("free")
    guards.check_webhook_plan("professional")
    guards.check_webhook_plan(None)
    with pytest.raises(errors.PlanRequiredError, match="starter"):
        guards.check_webhook_plan("starter")


def test_webhook_url_and_events() -> None:
    assert guards.check_webhook_url(" https://hooks.example.com/convo ") == "https://hooks.example.com/convo"
    for bad in ("http://hooks.example.com", "ftp://x", "https://", "hooks.example.com"):
        with pytest.raises(errors.InvalidArgumentError):
            guards.check_webhook_url(bad)
    assert guards.check_webhook_events(["transcript.ready", "transcript.ready"]) == ["transcript.ready"]
    with pytest.raises(errors.InvalidArgumentError):
        guards.check_webhook_events([])
    with pytest.raises(errors.InvalidArgumentError, match="nope"):
        guards.check_webhook_events(["nope"])
