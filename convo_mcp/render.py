"""Concise text renderings for the model: a few tokens per fact, no pretty-printed JSON.

Transcripts render as ``[00:12:03] Dana: …`` with times relative to the meeting start and
consecutive segments of one speaker joined into one turn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from convo_mcp.outcome import Outcome
from convo_mcp.zone import UTC_ZONE, Zone

if TYPE_CHECKING:
    from convo_mcp.convo.models import Conversation, Feedback, Keypoints, Segment


def origin(segments: Sequence[Segment]) -> datetime | None:
    """The meeting's time zero: its first timestamped segment (every [HH:MM:SS] counts from it)."""
    return next((s.timestamp for s in segments if s.timestamp), None)


def offsets(segments: Sequence[Segment]) -> list[float | None]:
    """Each segment's seconds from :func:`origin` (None when it has no timestamp)."""
    zero = origin(segments)
    return [(s.timestamp - zero).total_seconds() if s.timestamp and zero else None for s in segments]


def hms(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def parse_offset(value: str) -> float:
    """``"1:02:03"``, ``"12:30"`` or ``"45"`` (minutes) → seconds from the meeting start."""
    parts = value.strip().split(":")
    if not all(p.strip().replace(".", "", 1).isdigit() for p in parts) or len(parts) > 3:
        raise ValueError(value)
    nums = [float(p) for p in parts]
    if len(nums) == 1:
        return nums[0] * 60
    if len(nums) == 2:
        return nums[0] * 60 + nums[1]
    return nums[0] * 3600 + nums[1] * 60 + nums[2]


def provenance(outcome: Outcome[Any]) -> str:
    """A short note on cost and freshness; empty when the answer is fresh from Convo."""
    if outcome.source == "cache":
        return f"(cached {_age(outcome.age_s)} ago; no request spent)"
    if outcome.source == "stale":
        return f"(Convo unavailable: showing a copy from {_age(outcome.age_s)} ago)"
    return ""


def _age(seconds: float) -> str:
    if seconds < 90:
        return f"{int(seconds)}s"
    if seconds < 5400:
        return f"{round(seconds / 60)} min"
    if seconds < 172_800:
        return f"{round(seconds / 3600)} h"
    return f"{round(seconds / 86400)} d"


def conversation_line(c: Conversation, zone: Zone = UTC_ZONE) -> str:
    """``sess_… · 2026-12-01 12:45 CET · 45 min · 120 seg · title``: its start in the account's zone."""
    minutes = f"{round(c.duration)} min" if c.duration is not None else "? min"
    segs = f"{c.segment_count} seg" if c.segment_count is not None else "? seg"
    return f"{c.id} · {zone.at(c.start_time)} · {minutes} · {segs} · {c.title or '(untitled)'}"


@dataclass(frozen=True)
class Turn:
    index: int
    offset_s: float
    speaker: str
    text: str


def turns(segments: Sequence[tuple[int, Segment]], start: datetime | None) -> list[Turn]:
    """Join adjacent segments (consecutive indexes) of one speaker; times relative to ``start``."""
    out: list[Turn] = []
    previous = -2
    for index, seg in segments:
        speaker = seg.speaker or "Unknown"
        offset = (seg.timestamp - start).total_seconds() if seg.timestamp and start else 0.0
        if out and out[-1].speaker == speaker and index == previous + 1:
            last = out[-1]
            out[-1] = Turn(last.index, last.offset_s, speaker, f"{last.text} {seg.text.strip()}")
        else:
            out.append(Turn(index, offset, speaker, seg.text.strip()))
        previous = index
    return out


def transcript_text(items: Iterable[Turn]) -> str:
    return "\n".join(f"[{hms(t.offset_s)}] {t.speaker}: {t.text}" for t in items)


def keypoints_text(kp: Keypoints) -> str:
    body = kp.keypoints
    lines = [f"# {kp.title or body.title or '(untitled)'} ({kp.id})"]  # each summary names its meeting
    for section in body.sections:
        lines.append(f"## {section.heading or 'Notes'}")
        lines.extend(f"- {p}" for p in section.points)
    if body.decisions:
        lines.append("## Decisions")
        lines.extend(f"- {d}" for d in body.decisions)
    if body.action_items:
        lines.append("## Action items")
        for a in body.action_items:
            tags = ", ".join(x for x in (a.owner, a.priority) if x)
            lines.append(f"- {a.item}" + (f" ({tags})" if tags else ""))
    if body.important_dates:
        lines.append("## Dates")
        lines.extend(f"- {d.date}: {d.context}" for d in body.important_dates)
    if body.participants:
        lines.append("Participants: " + ", ".join(body.participants))
    return "\n".join(lines)


def feedback_text(fb: Feedback) -> str:
    body = fb.feedback
    score = fb.overall_score if fb.overall_score is not None else body.overall_score
    lines = [f"Overall score: {score:g}/100" if score is not None else "Overall score: ?"]
    if fb.user_speaker_name:
        lines[0] += f" (speaker: {fb.user_speaker_name})"
    if body.category_scores:
        lines.append("Scores: " + ", ".join(f"{k} {v:g}" for k, v in body.category_scores.items()))
    if body.talk_listen_ratio is not None:
        lines.append(f"Talk/listen ratio: {body.talk_listen_ratio:.2f}")
    if body.top_priority and body.top_priority.focus:
        tp = body.top_priority
        lines.append(f"Top priority: {tp.focus}" + (f" — {tp.reason}" if tp.reason else "")
                     + (f' (you said: "{tp.quote}")' if tp.quote else ""))
        if tp.alternative:
            lines.append(f"  Instead: {tp.alternative}")
    for title, notes in (("Strengths", body.strengths), ("Growth areas", body.growth_areas)):
        if notes:
            lines.append(f"{title}:")
            for n in notes:
                extra = f" → {n.suggestion}" if n.suggestion else ""
                at = f" [{n.timestamp}]" if n.timestamp else ""
                said = f' "{n.quote}"' if n.quote else ""
                lines.append(f"- {n.category or ''}{at}{said}: {n.description or ''}{extra}")
    if body.action_plan:
        lines.append("Action plan:")
        lines.extend(f"- {a}" for a in body.action_plan)
    return "\n".join(lines)
