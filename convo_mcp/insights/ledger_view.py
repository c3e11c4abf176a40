"""What a person reads of the commitments ledger, the same in every place that shows it: the window
(``track_commitments`` by default and the ``convo://commitments/{owner}`` resource: the last
:data:`WINDOW_DAYS` days), a partial ledger said first ("Read the transcripts of 10 of 241 meetings in
range; …"), the counts, and each promise with the quote its status rests on (:func:`promise_line`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from convo_mcp.insights.ledger import Book
    from convo_mcp.insights.promise import Evidence, Promise

WINDOW_DAYS = 90  # promises made in the last 90 days, unless asked otherwise


@dataclass(frozen=True)
class View:
    """The promises of a window, and how much of the window the ledger has read."""

    chosen: list[Promise]
    first: date
    last: date | None  # exclusive
    read: int  # meetings in range whose transcripts the ledger read
    known: int  # meetings known in range (listed or indexed)
    being_read: int  # indexed in range, their promises being read now (new rules, or just indexed)


def view(book: Book, first: date, last: date | None, lo: datetime, hi: datetime | None, known: int,
         who: str | None = None, status: str | None = None) -> View:
    """The book's promises made from ``first`` (before ``last``), by ``who``, of ``status``; ``lo``/``hi``
    the same window as moments, ``known`` the meetings the account has in it."""
    def inside(start: float | None) -> bool:
        return start is not None and lo.timestamp() <= start and (hi is None or start < hi.timestamp())

    read = sum(1 for start in book.starts.values() if inside(start))
    being_read = sum(1 for start in book.unread.values() if inside(start))
    return View(book.select(first, last, who, status), first, last, read, max(known, read + being_read), being_read)


def head_lines(v: View, who: str | None = None, status: str | None = None) -> list[str]:
    """The first lines: the partial ledger said first (when it is), then what was found."""
    lines = []
    if v.read < v.known:
        why = []
        if v.being_read:
            why.append(f"{v.being_read} indexed, their promises being read now")
        if rest := v.known - v.read - v.being_read:
            why.append(f"{rest} not fetched yet (search_meetings with deep=true reads them)")
        lines.append(f"Read the transcripts of {v.read} of {v.known} meetings in range; {'; '.join(why)}. "
                     "The promises below are from those read.")
    span = f"since {v.first}" + (f" until {v.last}" if v.last else "")
    if v.chosen:
        counts = {s: sum(1 for p in v.chosen if p.status == s) for s in ("open", "slipped", "done")}
        lines.append(f"{len(v.chosen)} promises" + (f" by {who}" if who else "") + (f", {status}" if status else "")
                     + f" {span}: " + ", ".join(f"{n} {s}" for s, n in counts.items() if n)
                     + (f" ({sum(1 for p in v.chosen if p.unsure)} open with a possible update to judge)"
                        if any(p.unsure for p in v.chosen) else ""))
    else:
        lines.append("No promises" + (f" by {who}" if who else "") + (f", {status}" if status else "")
                     + f" found {span}.")
    return lines


FOOT = ("Status comes from later meetings: done or slipped only when a later line says so of that task "
        "(quoted); a possible update is a line that may be about it, shown for you to judge, never counted.")


def promise_line(p: Promise, titles: dict[str, str | None], today: date | None = None) -> str:
    """One promise as a person reads it: who promised what, when and where, and what became of it, with
    the quote a status rests on (or a possible update, shown as such and never counted)."""
    from convo_mcp.render import hms

    def place(cid: str, day: date) -> str:
        return f"{titles.get(cid) or cid}, {day}"

    to = f" {p.to}" if p.to else ""
    due = f" (due {p.due_date:%a %d %b})" if p.due_date else f" (due {p.due})" if p.due else ""
    if overdue(p, today):
        due += " — overdue"
    at = f" {hms(p.line.at)}" if p.line.at is not None else ""
    text = (f"- {p.owner} promised{to}: {p.text}{due}{' (if a condition holds)' if p.conditional else ''} "
            f"({place(p.line.conversation_id, p.line.day)}{at})")
    if p.also:
        text += f"; said again {len(p.also)}× (last {p.also[-1].day})"
    if p.status != "open" and p.evidence is not None:
        ev = p.evidence
        text += (f" — {p.status}: {cited(ev)} said '{ev.text[:140]}' "
                 f"({place(ev.conversation_id, ev.day)}, segment {ev.segment_index})")
    else:
        text += " — open"
        if p.possible is not None:
            ev = p.possible
            text += (f"; possible update, not counted: {cited(ev)} said '{ev.text[:120]}' "
                     f"({place(ev.conversation_id, ev.day)}, segment {ev.segment_index})")
    return text


def cited(ev: Evidence) -> str:
    """Who said a line, after its time: '[HH:MM:SS] Speaker', as every quote is cited."""
    from convo_mcp.render import hms

    return (f"[{hms(ev.at)}] " if ev.at is not None else "") + (ev.speaker or "someone")


def overdue(p: Promise, today: date | None) -> bool:
    """Open past its due date."""
    return p.status == "open" and today is not None and p.due_date is not None and p.due_date < today
