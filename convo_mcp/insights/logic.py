"""Pure logic of the insights tools: names, topics, snippets, days and request budgets (the
results they return are shaped in :mod:`convo_mcp.insights.report`).

Nothing here talks to Convo; the tools in :mod:`convo_mcp.tools.insights` feed it what the
service returned and render what it decides.

- Owner matching is tolerant of case, initials and first-name-only names ("dana" and "Dana W."
  match "Dana Whitfield"), never of prefixes ("Dana" does not match "Danielle").
- Topic matching: the whole phrase, or every significant word, starting at a word start.
- Fan-outs are planned before any request: cached answers are free, the rest are taken most
  recent first (after any preferred ones) while the hourly budget lasts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import Literal, TypeVar

T = TypeVar("T")
RANK = {"high": 0, "medium": 1, "low": 2}

STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "did", "do", "for", "from", "has", "have", "how", "i", "in",
    "is", "it", "me", "my", "of", "on", "or", "our", "the", "to", "us", "was", "we", "what", "when", "where",
    "which", "who", "with", "about", "call", "meeting", "meetings",
})
UNOWNED = frozenset({"", "unassigned", "none", "nobody", "tbd", "unknown", "n/a"})
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?|\d+")


# --- names ----------------------------------------------------------------------------------


def name_tokens(name: str | None) -> list[str]:
    """``"Dana W."`` → ``["dana", "w"]``: casefolded words, initials without their dot."""
    return [t.rstrip(".").casefold() for t in _TOKEN.findall(name or "") if t.rstrip(".")]


def is_unowned(owner: str | None) -> bool:
    return (owner or "").strip().casefold() in UNOWNED


def _compatible(a: str, b: str) -> bool:
    """Equal words, or an initial and a word starting with it."""
    if a == b:
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def owner_matches(query: str, owner: str | None) -> bool:
    """Does ``owner`` name the person the user asked about?

    One word matches a first or last name exactly ("dana", "whitfield"). Several words must agree
    on the first and the last name, where either side may use an initial ("Dana W.", "D. Whitfield")
    or give only a first name; at least one full word must agree. Unowned items match nothing
    except a query for "unassigned" (or "none").
    """
    q = name_tokens(query)
    if not q:
        return False
    if is_unowned(owner):
        return " ".join(q) in UNOWNED
    o = name_tokens(owner)
    if not o:
        return False
    if len(q) == 1:
        return len(q[0]) > 1 and q[0] in (o[0], o[-1])
    if not _compatible(q[0], o[0]):
        return False
    if len(o) == 1:  # owner recorded by first name only: "Dana" is "Dana Whitfield"
        return len(o[0]) > 1 and q[0] == o[0]
    if not _compatible(q[-1], o[-1]):
        return False
    return q[0] == o[0] or q[-1] == o[-1]


# --- topics ---------------------------------------------------------------------------------


def terms(query: str) -> list[str]:
    """The significant words of a query, casefolded (all words when every one is a stopword)."""
    words = [w.casefold() for w in re.findall(r"\w+", query)]
    kept = [w for w in words if w not in STOPWORDS]
    return kept or words


def _phrase_re(query: str) -> re.Pattern[str] | None:
    words = query.split()
    if not words:
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def _term_re(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(term)}", re.IGNORECASE)


MatchKind = Literal["phrase", "words"]


def match_kind(text: str | None, query: str) -> MatchKind | None:
    """``"phrase"`` when the whole query occurs, ``"words"`` when every significant word starts a
    word of ``text`` (case-insensitive), else None."""
    if not text:
        return None
    phrase = _phrase_re(query)
    if phrase is not None and phrase.search(text):
        return "phrase"
    found = terms(query)
    if found and all(_term_re(t).search(text) for t in found):
        return "words"
    return None


def mentions(text: str | None, query: str) -> bool:
    return match_kind(text, query) is not None


# --- snippets -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Snippet:
    text: str
    kind: MatchKind
    hits: int  # occurrences of the phrase (or of the earliest word) in the text


def _hits(text: str, query: str) -> tuple[MatchKind, list[tuple[int, int]], tuple[int, int]] | None:
    """The kind of match, the occurrences of the phrase (or of the earliest word) and the span to
    quote: the first phrase, or from the earliest to the last of every word's first occurrence."""
    phrase = _phrase_re(query)
    if phrase is not None:
        spans = [m.span() for m in phrase.finditer(text)]
        if spans:
            return "phrase", spans, spans[0]
    found = terms(query)
    spans_by_term = [[m.span() for m in _term_re(t).finditer(text)] for t in found]
    if not found or not all(spans_by_term):
        return None
    earliest = min(spans_by_term, key=lambda spans: spans[0])
    end = max(spans[0][1] for spans in spans_by_term)
    return "words", earliest, (earliest[0][0], end)


def snippet(text: str, query: str, width: int = 200) -> Snippet | None:
    """A quote of at most ``width`` characters (plus ellipses) around the first match, cut at
    word boundaries; None when ``text`` does not match."""
    text = " ".join(text.split())
    found = _hits(text, query)
    if found is None:
        return None
    kind, spans, (start, end) = found
    if len(text) <= width:
        return Snippet(text, kind, len(spans))
    if end - start > width:  # the words are further apart than a quote: centre on the first
        start, end = spans[0]
    lo = max(0, start - max(0, width - (end - start)) // 2)
    hi = min(len(text), lo + max(width, end - start))
    lo = max(0, min(lo, hi - width))
    if lo > 0:
        cut = text.find(" ", lo, start)
        lo = cut + 1 if cut != -1 else lo
    if hi < len(text):
        cut = text.rfind(" ", end, hi)
        hi = cut if cut != -1 else hi
    quote = ("…" if lo > 0 else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")
    return Snippet(quote, kind, len(spans))


# --- days -----------------------------------------------------------------------------------



def group_by_day(
    items: Iterable[T], key: Callable[[T], datetime | None], tz: tzinfo = UTC
) -> list[tuple[date | None, list[T]]]:
    """Items grouped by their calendar day in ``tz``, days and items in time order; undated last."""
    pool = list(items)
    dated = sorted(((k, i) for i in pool if (k := key(i)) is not None), key=lambda p: p[0])
    undated = [i for i in pool if key(i) is None]
    out: list[tuple[date | None, list[T]]] = []
    for moment, item in dated:
        day = moment.astimezone(tz).date()
        if out and out[-1][0] == day:
            out[-1][1].append(item)
        else:
            out.append((day, [item]))
    return out + ([(None, undated)] if undated else [])


# --- budget ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    id: str
    start: datetime | None
    cached: bool  # a fresh cached answer exists: reading it costs no request


@dataclass
class Plan:
    fetch: list[str] = field(default_factory=list)  # to read, in order (cached ones included)
    skipped: list[str] = field(default_factory=list)  # not read: over budget
    requests: int = 0  # upstream requests the plan will make


def recent_first(candidates: Sequence[Candidate], preferred: Collection[str] = ()) -> list[Candidate]:
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(candidates, key=lambda c: (c.id not in preferred, -(c.start or oldest).timestamp()))


def plan_fetches(
    candidates: Sequence[Candidate], budget: int, *, preferred: Collection[str] = (), extra_cap: int | None = None
) -> Plan:
    """Which answers to read: every cached one (free), then uncached ones — ``preferred`` first,
    each group most recent first — while ``budget`` requests last. With ``extra_cap``, only the
    ``extra_cap`` most recent candidates that are not preferred may cost a request: a fixed
    window, so asking the same again costs nothing."""
    plan = Plan()
    extras = 0
    for cand in recent_first(candidates, preferred):
        is_extra = bool(preferred) and cand.id not in preferred
        in_window = not is_extra or extra_cap is None or extras < extra_cap
        extras += is_extra
        if cand.cached:
            plan.fetch.append(cand.id)
        elif plan.requests < budget and in_window:
            plan.fetch.append(cand.id)
            plan.requests += 1
        else:
            plan.skipped.append(cand.id)
    return plan
