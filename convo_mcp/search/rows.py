"""Where a line is, in one integer: every engine numbers the lines it keeps this way, so ranking, the
vectors and the facts derived from lines read the same in all of them.

    rowid = meeting << 26 | speaker << 20 | line

``meeting`` is the meeting's number in its index (``Meeting.n``), ``speaker`` its speaker's number in
that meeting (0: none, as for summary items), ``line`` the transcript segment's index, or from
``KEYPOINT_BASE`` on a summary item, or ``TITLE_ROW`` for the meeting's title. So a meeting's lines are
one range of rowids (fast deletes) and a speaker filter is a set of ``rowid >> 20`` values.
"""

from __future__ import annotations

MEETING_SHIFT = 26
SPEAKER_SHIFT = 20
LINE_MASK = (1 << SPEAKER_SHIFT) - 1
SPEAKER_MASK = (1 << (MEETING_SHIFT - SPEAKER_SHIFT)) - 1  # at most this many speakers in a meeting
KEYPOINT_BASE = 1 << 19  # summary items are numbered from here (transcript segments below)
TITLE_ROW = KEYPOINT_BASE - 1  # the meeting's title, indexed as soon as a list shows it

# The same layout in SQL (SQLite and PostgreSQL both shift a 64-bit integer this way).
MEETING_OF = f"rowid >> {MEETING_SHIFT}"
SPEAKER_OF = f"rowid >> {SPEAKER_SHIFT}"

Speakers = dict[int, set[int]] | None  # meeting n → the speaker numbers a filter keeps (None: everyone)


def rowid(meeting: int, speaker: int, line: int) -> int:
    return meeting << MEETING_SHIFT | speaker << SPEAKER_SHIFT | line


def title(meeting: int) -> int:
    return meeting << MEETING_SHIFT | TITLE_ROW


def meeting_of(row: int) -> int:
    return row >> MEETING_SHIFT


def speaker_of(row: int) -> int:
    return (row >> SPEAKER_SHIFT) & SPEAKER_MASK


def line_of(row: int) -> int:
    return row & LINE_MASK


def said_in_lines(found: dict[int, list[tuple[int, float]]]) -> set[int]:
    """The meetings of ``found`` (meeting n → its matching rows) where a line matches, not only the title."""
    return {n for n, rows in found.items() if any(line_of(r) != TITLE_ROW for r, _ in rows)}


def span(meeting: int) -> tuple[int, int]:
    """The first and last rowid a meeting's lines can have."""
    return meeting << MEETING_SHIFT, ((meeting + 1) << MEETING_SHIFT) - 1


def speaker_keys(speakers: dict[int, set[int]]) -> list[int]:
    """A speaker filter as the ``rowid >> SPEAKER_SHIFT`` values it keeps."""
    return [n << (MEETING_SHIFT - SPEAKER_SHIFT) | s for n, kept in speakers.items() for s in kept]


def kind_of(row: int) -> str:
    """Which document a line belongs to: "t" transcript, "k" summary, "n" the title."""
    line = row & LINE_MASK
    return "n" if line == TITLE_ROW else "k" if line >= KEYPOINT_BASE else "t"
