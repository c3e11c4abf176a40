"""Due dates as people say them: "by Friday", "Thursday", "by the fifteenth", "Oct 14", "end of next week",
"tomorrow morning", "the first week of November", "this sprint", "before the launch".

:func:`due_in` finds what was said; :func:`resolve_due` turns it into a date counted from the meeting's
local day, or None when no date follows from the words alone ("this sprint", "before the launch"
are kept as said).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_UNITS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
          "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
          "nineteenth")
_ORDINALS: dict[str, int] = {w: n for n, w in enumerate(_UNITS) if w}
_ORDINALS["twentieth"], _ORDINALS["thirtieth"] = 20, 30
for _n, _w in enumerate(_UNITS[1:10], start=1):
    _ORDINALS[f"twenty-{_w}"] = _ORDINALS[f"twenty {_w}"] = 20 + _n
_ORDINALS["thirty-first"] = _ORDINALS["thirty first"] = 31

_ORD = r"(?:\d{1,2}(?:st|nd|rd|th)?|" + "|".join(sorted(map(re.escape, _ORDINALS), key=len, reverse=True)) + ")"
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night|lunchtime|eod))?"
_WHEN = (
    r"(?:end\s+of\s+day\s+tomorrow|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:day|week|month|quarter|year|"
    r"sprint)|(?:the\s+)?end\s+of\s+" + _MON + r"|month[- ]end|quarter[- ]end|year[- ]end|eod|eow|cob|eom|eoq|"
    r"(?:early|mid|late)[- ]" + _MON + r"|in\s+" + _MON + r"|(?:in\s+)?q[1-4]|"
    r"(?:the\s+)?(?:first|second|third|last)\s+week\s+of\s+" + _MON + r"|"
    r"(?:next|this)\s+(?:week|month|quarter|sprint)|"
    r"(?:(?:next|this|on)\s+)?" + _DAY + _PART + r"|"
    r"tomorrow" + _PART + r"|tonight|today|(?:this|next|the)\s+weekend|this\s+(?:morning|afternoon|evening)|noon|lun"
                          r"ch(?:time)?|"
    + _MON + r"\s+" + _ORD + r"|" + _ORD + r"\s+(?:of\s+)?" + _MON + r"|(?:the\s+)?" + _ORD + r"(?=\s*(?:[,.;:!?)\u2"
                                                                                              r"014\u2013-]|$)|\s+(?"
                                                                                              r":so|and|but|or|at|la"
                                                                                              r"test|"
    r"because|if|which|then|when|before|after|for|in|to|with|works|is|that|this|we|i|you)\b))"
)
_DUE = re.compile(
    r"\b(?P<lead>by|before|until|till|til|no\s+later\s+than|on|for|in\s+time\s+for|due)\s+(?P<when>" + _WHEN + r")\b"
    r"|\b(?P<bare>" + _WHEN.replace("(?:the\\s+)?" + _ORD, "the\\s+" + _ORD) + r")\b"
    r"|\b(?P<event>before\s+(?:(?:the\s+|we\s+|our\s+|their\s+|it\s+)[a-z][a-z' -]{2,40}?|(?:close|launch|"
    r"go-live|kickoff|planning|standup|year-end|month-end|quarter-end|christmas|the holidays|thanksgiving|"
    r"(?:the\s+)?board(?:\s+meeting)?|renewal|the offsite|offsite)))(?=[,.;!?]|\s+(?:so|and|but|because|which)\b|$)"
    r"|\b(?P<within>(?:with)?in\s+(?:a|one|two|three|four|a\s+couple\s+of|a\s+few)\s+(?:days|day|weeks|week))\b",
    re.IGNORECASE)


def due_in(text: str) -> str | None:
    """The due date said in ``text``, as said ("by Friday" → "Friday"; "before the launch" kept whole)."""
    best: str | None = None
    for m in _DUE.finditer(text):
        said = m.group("when") or m.group("bare") or m.group("event") or m.group("within")
        if not said:
            continue
        said = " ".join(said.split())
        if m.group("event") and (inner := _DUE.search(said[7:])) and (inner.group("when") or inner.group("bare")):
            said = inner.group("when") or inner.group("bare")  # "before it renews on the thirty-first"
        if resolve_due(said, date(2026, 1, 5)) is not None or m.group("event") or re.search(r"sprint", said, re.I):
            return said  # the first one that names a day wins over vaguer ones
        best = best or said
    return best


def _ordinal(word: str) -> int | None:
    word = word.casefold().strip()
    if found := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", word):
        n = int(found.group(1))
        return n if 1 <= n <= 31 else None
    return _ORDINALS.get(word)


def _month(word: str) -> int | None:
    word = word.casefold().rstrip(".")
    return next((i + 1 for i, m in enumerate(_MONTHS) if len(word) >= 3 and m.startswith(word[:3])), None)


def _friday(day: date) -> date:
    return day + timedelta(days=(4 - day.weekday()) % 7)


def _month_end(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _on_or_after(day: date, month: int, n: int) -> date | None:
    for year in (day.year, day.year + 1):
        try:
            candidate = date(year, month, n)
        except ValueError:
            return None
        if candidate >= day - timedelta(days=31):
            return candidate
    return None


def resolve_due(said: str, day: date) -> date | None:
    """A due date as said, as a date counted from the meeting's local ``day``; None when vague."""
    s = " ".join(said.casefold().replace(",", " ").split())
    s = re.sub(r"^(?:by|before|until|till|on|over|the)\s+", "", s)
    if s in ("this morning", "this afternoon", "this evening", "tonight"):
        return day
    if s in ("end of day tomorrow", "tomorrow eod"):
        return day + timedelta(days=1)
    if s in ("month end", "month-end"):
        return _month_end(day)
    if s in ("quarter end", "quarter-end"):
        return _month_end(date(day.year, (day.month - 1) // 3 * 3 + 3, 1))
    if found := re.fullmatch(r"(?:the )?end of ([a-z]+\.?)", s):
        month = _month(found.group(1))
        if month is not None and (first := _on_or_after(day, month, 1)) is not None:
            return _month_end(first)
    if found := re.fullmatch(r"mid[- ]([a-z]+\.?)", s):
        month = _month(found.group(1))
        if month is not None:
            return _on_or_after(day, month, 15)
    s = re.sub(r"\s+(?:morning|afternoon|evening|night|lunchtime|eod)$", "", s)
    if s in ("today", "tonight", "eod", "cob", "end of day", "end of the day", "this afternoon", "this morning",
             "this evening", "noon", "lunch", "lunchtime"):
        return day
    if s == "tomorrow":
        return day + timedelta(days=1)
    if s in ("weekend", "this weekend"):
        return day + timedelta(days=(6 - day.weekday()) % 7)
    if s == "next weekend":
        return day + timedelta(days=(6 - day.weekday()) % 7 + 7)
    if s in ("eow", "end of week", "end of the week", "end of this week", "this week"):
        return _friday(day)
    if s in ("next week", "end of next week", "end of the next week"):
        return _friday(day - timedelta(days=day.weekday()) + timedelta(days=7))
    if s in ("end of month", "end of the month", "end of this month", "eom", "this month"):
        return _month_end(day)
    if s in ("next month", "end of next month"):
        return _month_end(_month_end(day) + timedelta(days=1))
    if s in ("end of quarter", "end of the quarter", "end of this quarter", "eoq", "this quarter"):
        return _month_end(date(day.year, (day.month - 1) // 3 * 3 + 3, 1))
    if s in ("end of year", "end of the year", "end of this year"):
        return date(day.year, 12, 31)
    if found := re.fullmatch(r"(?:with)?in (a|one|two|three|four|a couple of|a few) (days?|weeks?)", s):
        n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "a couple of": 2, "a few": 3}[found.group(1)]
        return day + timedelta(days=n * (7 if found.group(2).startswith("week") else 1))
    if found := re.fullmatch(r"(first|second|third|last) week of (\S+)", s):
        month = _month(found.group(2))
        if month is None:
            return None
        first = _on_or_after(day, month, 1)
        if first is None:
            return None
        if found.group(1) == "last":
            end = _month_end(first)
            return end - timedelta(days=(end.weekday() - 4) % 7)
        monday = first + timedelta(days=(7 - first.weekday()) % 7 if first.weekday() >= 5 else -first.weekday())
        return monday + timedelta(days=4 + 7 * ("first", "second", "third").index(found.group(1)))
    name = s.removeprefix("next ").removeprefix("this ")
    if name in WEEKDAYS:
        target = WEEKDAYS.index(name)
        if s.startswith("next "):  # in next week's days
            return day - timedelta(days=day.weekday()) + timedelta(days=7 + target)
        return day + timedelta(days=(target - day.weekday()) % 7 or 7)
    if (nth := _ordinal(s)) is not None:
        for month_start in (day.replace(day=1), _month_end(day) + timedelta(days=1)):
            try:
                candidate = month_start.replace(day=nth)
            except ValueError:
                continue
            if candidate >= day:
                return candidate
        return None
    if found := re.fullmatch(r"([a-z]+\.?) (.+)", s):
        month, nth1 = _month(found.group(1)), _ordinal(found.group(2))
        if month is not None and nth1 is not None:
            return _on_or_after(day, month, nth1)
    if found := re.fullmatch(r"(.+?) (?:of )?([a-z]+\.?)", s):
        nth2, month = _ordinal(found.group(1)), _month(found.group(2))
        if month is not None and nth2 is not None:
            return _on_or_after(day, month, nth2)
    return None
