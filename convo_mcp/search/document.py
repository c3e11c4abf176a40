"""What the index stores of a transcript or a keypoints summary: numbered lines of text.

A transcript gives one line per segment (its index, speaker and time from the meeting start); a
keypoints summary one line per point, decision and action item, each labelled, so "where did we
decide on pricing" finds the decision as well as the words said.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from convo_mcp.search.rows import KEYPOINT_BASE, TITLE_ROW

if TYPE_CHECKING:
    from convo_mcp.convo.models import Conversation, Keypoints, Transcript



class Line(NamedTuple):  # a tuple: cheap to make, stored as a JSON array
    row: int  # segment index, or KEYPOINT_BASE + item number
    speaker: int  # the speaker's number in this meeting; 0: none
    stamp: str | None  # the segment's time as Convo sent it (segments only; read when shown)
    text: str
    label: str | None = None  # keypoint items: "decision", "action item (Dana)", a section heading

    @property
    def segment_index(self) -> int | None:
        return self.row if self.row < TITLE_ROW else None


@dataclass(frozen=True)
class Document:
    conversation_id: str
    kind: Literal["t", "k"]
    title: str | None
    start: float | None  # unix seconds
    minutes: float | None
    payload: dict[str, Any]  # Convo's wire JSON of the transcript or keypoints

    @classmethod
    def of_transcript(cls, transcript: Transcript, meta: Conversation | None = None) -> Document:
        start = meta.start_time if meta and meta.start_time else next(
            (s.timestamp for s in transcript.segments if s.timestamp), None)
        return cls(transcript.id, "t", meta.title if meta else None, start.timestamp() if start else None,
                   meta.duration if meta else None,
                   transcript.model_dump(mode="json", by_alias=True, exclude_none=True))

    @classmethod
    def of_keypoints(cls, keypoints: Keypoints, meta: Conversation | None = None) -> Document:
        title = (meta.title if meta else None) or keypoints.title
        start = meta.start_time.timestamp() if meta and meta.start_time else None
        return cls(keypoints.id, "k", title, start, meta.duration if meta else None,
                   keypoints.model_dump(mode="json", by_alias=True, exclude_none=True))

    def speaker_names(self) -> list[str]:
        if self.kind != "t":
            return []
        seen: dict[str, None] = {}
        for seg in self.payload.get("segments", []):
            if seg.get("speaker"):
                seen.setdefault(str(seg["speaker"]), None)
        return list(seen)


def transcript_lines(doc: Document, speakers: dict[str, int]) -> list[Line]:
    out = []
    for i, seg in enumerate(doc.payload.get("segments", [])):
        text = str(seg.get("text") or "").strip()
        if text:
            out.append(Line(i, speakers.get(str(seg.get("speaker") or ""), 0), seg.get("timestamp"), text))
    return out


def title_line(title: str) -> Line:
    return Line(TITLE_ROW, 0, None, title, "title")


def keypoint_lines(doc: Document, _speakers: dict[str, int]) -> list[Line]:
    return [Line(KEYPOINT_BASE + i, 0, None, text, label) for i, (label, text) in enumerate(_items(doc.payload))]


def _items(payload: dict[str, Any]) -> Iterator[tuple[str, str]]:
    body = payload.get("keypoints") or {}
    for section in body.get("sections") or []:
        heading = str(section.get("heading") or "summary")
        for point in section.get("points") or []:
            if str(point).strip():
                yield heading, str(point).strip()
    for decision in body.get("decisions") or []:
        if str(decision).strip():
            yield "decision", str(decision).strip()
    for item in body.get("actionItems") or []:
        text = str(item.get("item") or "").strip()
        if text:
            owner = item.get("owner")
            yield (f"action item ({owner})" if owner else "action item"), text


def offset(line: Line, lines: Iterable[Line]) -> float | None:
    """Seconds from the meeting's first timed segment to ``line``."""
    return offset_from(line, next((ln.stamp for ln in lines if ln.stamp), None))


def offset_from(line: Line, origin: str | None) -> float | None:
    """Seconds from ``origin`` (the stamp of the meeting's first timed segment) to ``line``."""
    at, first = _seconds(line.stamp), _seconds(origin)
    return round(at - first, 1) if at is not None and first is not None else None


_EPOCH_DAYS = date(1970, 1, 1).toordinal()


def clock(value: Any) -> float | None:
    """Unix seconds of a segment's time as Convo sends it (None when it has none)."""
    return _seconds(value)


def _seconds(value: Any) -> float | None:
    """Unix seconds of an ISO 8601 time; Convo's ``…T09:00:05Z`` form is read without datetime."""
    if not value:
        return None
    text = str(value)
    if len(text) >= 20 and text[10] == "T" and text[-1] == "Z" and text[13] == ":" and text[16] == ":":
        try:
            days = _day_number(text[:10])
            return days * 86400 + int(text[11:13]) * 3600 + int(text[14:16]) * 60 + float(text[17:-1])
        except ValueError:
            pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


_DAYS: dict[str, int] = {}


def _day_number(day: str) -> int:
    if day not in _DAYS:
        if len(_DAYS) > 4096:
            _DAYS.clear()
        _DAYS[day] = date.fromisoformat(day).toordinal() - _EPOCH_DAYS
    return _DAYS[day]


def pack(lines: Sequence[Line]) -> bytes:
    return zlib.compress(json.dumps(lines, ensure_ascii=False).encode(), 1)


def unpack(blob: bytes) -> list[Line]:
    return [Line(*fields) for fields in json.loads(zlib.decompress(blob))]


def picked(blob: bytes, rows: Iterable[int]) -> tuple[dict[int, Line], str | None]:
    """Only the lines ``rows`` of a packed document (the others are never made into lines), and the
    stamp of its first timed line (what a line's time is counted from)."""
    wanted = set(rows)
    raw = json.loads(zlib.decompress(blob))
    origin = next((fields[2] for fields in raw if fields[2]), None)
    return {fields[0]: Line(*fields) for fields in raw if fields[0] in wanted}, origin


Quote = tuple[str, float | None, str | None]  # a line's text, its seconds from the meeting's start, its label
# A transcript line as said: segment index, speaker's name, seconds from the first timed line, text, unix seconds.
Said = tuple[int, str | None, float | None, str, float | None]


def quotes_of(blob: bytes, rows: Iterable[int]) -> dict[int, Quote]:
    """The lines ``rows`` of a packed document as quotes (what a search shows of a line)."""
    found, origin = picked(blob, rows)
    return {row: (ln.text, offset_from(ln, origin) if ln.stamp else None, ln.label) for row, ln in found.items()}
