"""Checking a quote against a meeting's transcript: was it said, by whom, when, and in these words.

Pure logic over the meeting's lines (no request, no generation). A quote is compared in normal form
(:mod:`convo_mcp.insights.wording`); it may be part of a line, or run over two adjacent lines of one
speaker. Verdicts, first that holds:

- ``verified``: the words were said, by the speaker and at the time given (when given);
- ``misattributed``: said, by someone else; ``wrong_time``: said, at another moment;
- ``altered``: a line says most of it, but a word that carries meaning differs (a negation, a number,
  a name, a date, a content word), or it joins the words of two speakers;
- ``not_found``: nothing close.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Literal

from convo_mcp.insights.logic import owner_matches
from convo_mcp.insights.speech import STOP
from convo_mcp.insights.wording import MINOR, Words, kind_of, words

Verdict = Literal["verified", "misattributed", "wrong_time", "altered", "not_found"]
SLACK = 30.0  # seconds a given time may fall outside the line's span (a time rounded to the minute)
LAST_SPAN = 60.0  # how long the last line of a meeting is taken to run
CLOSE = 0.6  # share of the quote's content words a line must say to be the line it alters
CANDIDATES = 6  # lines compared word by word, those sharing most content words with the quote


@dataclass(frozen=True)
class Said:
    """One transcript line as the checker reads it."""
    segment_index: int
    speaker: str | None
    start: float | None  # seconds from the meeting's start
    end: float | None  # when the next line starts
    text: str
    at: float | None = None  # unix seconds, when the transcript gives clock times


@dataclass(frozen=True)
class Claim:
    text: str
    speaker: str | None = None
    seconds: float | None = None  # from the meeting's start
    at: float | None = None  # unix seconds (a date-time was given)
    segment_index: int | None = None


@dataclass(frozen=True)
class Difference:
    kind: str  # negation, number, date, name, word, speakers
    said: str
    quoted: str


@dataclass
class Check:
    verdict: Verdict
    lines: tuple[Said, ...] = ()  # the line(s) that said it, or come closest
    differences: list[Difference] = field(default_factory=list)
    exact: bool = True  # the words agree in normal form (else only minor words differ)


@dataclass
class Meeting:
    """A meeting's lines in normal form, made once and checked against many quotes."""
    lines: list[Said]
    forms: list[Words]
    speakers: list[str]

    @classmethod
    def of(cls, lines: Sequence[Said]) -> Meeting:
        said = list(lines)
        names = sorted({ln.speaker for ln in said if ln.speaker})
        return cls(said, [words(ln.text) for ln in said], names)

    def check(self, claim: Claim) -> Check:
        q = words(claim.text)
        if not q.tokens:
            return Check("not_found")
        found = self._exact(q)
        if found:
            return _placed(claim, found, self)
        return self._close(claim, q)

    # --- the words said as quoted ---------------------------------------------------------------

    def _exact(self, q: Words) -> list[tuple[Said, ...]]:
        """Every line, or two adjacent lines, that say the quote's words in order."""
        needle = q.joined
        out: list[tuple[Said, ...]] = [(ln,) for ln, f in zip(self.lines, self.forms, strict=True)
                                       if needle in f.joined]
        if out:
            return out
        for i in range(len(self.lines) - 1):
            both = " " + " ".join(self.forms[i].tokens + self.forms[i + 1].tokens) + " "
            if needle in both:
                out.append((self.lines[i], self.lines[i + 1]))
        return out

    # --- words that differ ---------------------------------------------------------------------

    def _close(self, claim: Claim, q: Words) -> Check:
        content = [t for t in q.tokens if t not in MINOR and not _function(t)]
        wanted = set(content) or set(q.tokens)
        scored = sorted(((len(wanted & set(f.tokens)), i) for i, f in enumerate(self.forms)), reverse=True)
        best: tuple[float, int, int, list[Difference]] | None = None
        names = _named(self.speakers, q)
        for shared, i in scored[:CANDIDATES]:
            if not shared:
                break
            for lo, hi in ((i, i + 1), (i - 1, i + 1), (i, i + 2)):
                if lo < 0 or hi > len(self.lines):
                    continue
                tokens = tuple(t for f in self.forms[lo:hi] for t in f.tokens)
                cover, diffs = _compare(q.tokens, tokens, wanted, names | _named_in(self.forms[lo:hi]))
                if best is None or cover > best[0] + 1e-9:
                    best = (cover, lo, hi, diffs)
        if best is None or best[0] < CLOSE:
            return Check("not_found")
        cover, lo, hi, diffs = best
        span = tuple(self.lines[lo:hi])
        joined = {ln.speaker for ln in span}
        if len(joined) > 1 and _uses_both(q.tokens, self.forms[lo], self.forms[hi - 1]):
            who = [ln.speaker or "?" for ln in span]
            diffs = [Difference("speakers", " / ".join(who), claim.speaker or "one person"), *diffs]
            return Check("altered", span, diffs, exact=False)
        if len(span) > 1 and len(joined) > 1:  # keep the line that says most of it
            span = (max(span, key=lambda ln: len(wanted & set(words(ln.text).tokens))),)
        if not diffs:  # only minor words differ: said, as near as people quote
            return _placed(claim, [span], self, exact=False)
        return Check("altered", span, diffs, exact=False)


def _function(token: str) -> bool:
    return token in STOP and token not in _MEANINGFUL


# Function words that still change what a sentence claims when they change.
_MEANINGFUL = frozenset(["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "all",
                         "every", "any", "some", "each", "most", "many", "few", "more", "less", "before", "after",
                         "until", "by", "will", "would", "can", "could", "should", "shall", "may", "might", "must"])


def _named(speakers: Sequence[str], q: Words) -> frozenset[str]:
    parts = {p.lower() for s in speakers for p in s.replace(".", " ").split() if len(p) > 1}
    return frozenset(parts | q.named)


def _named_in(forms: Sequence[Words]) -> frozenset[str]:
    return frozenset(n for f in forms for n in f.named)


def _compare(q: tuple[str, ...], said: tuple[str, ...], wanted: set[str],
             named: frozenset[str]) -> tuple[float, list[Difference]]:
    """How much of the quote's content the window of ``said`` it aligns with says, and the
    meaning-bearing differences within that window (differences in minor words only are none)."""
    sm = SequenceMatcher(None, q, said, autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    if not blocks:
        return 0.0, []
    matched = {q[b.a + k] for b in blocks for k in range(b.size)}
    cover = len(wanted & matched) / len(wanted)
    q_lo, q_hi = blocks[0].a, blocks[-1].a + blocks[-1].size
    window = said[blocks[0].b:blocks[-1].b + blocks[-1].size]
    # the quote's words before and after the part that lines up are words the line does not say
    ops = [(q[q_lo + i1:q_lo + i2], window[j1:j2]) for tag, i1, i2, j1, j2
           in SequenceMatcher(None, q[q_lo:q_hi], window, autojunk=False).get_opcodes() if tag != "equal"]
    diffs: list[Difference] = []
    for quoted, told in [(q[:q_lo], ()), (q[q_hi:], ()), *ops]:
        meaningful = [t for t in (*quoted, *told) if t not in MINOR]
        if not meaningful:
            continue
        kinds = {kind_of(t, named) for t in meaningful}
        kind = next(k for k in ("negation", "number", "date", "name", "word") if k in kinds)
        diffs.append(Difference(kind, " ".join(told), " ".join(quoted)))
    return cover, diffs


def _uses_both(q: tuple[str, ...], first: Words, second: Words) -> bool:
    """Does the quote take words of both lines (the end of one and the start of the next)?"""
    sa, sb = set(first.tokens), set(second.tokens)
    content = [t for t in q if t not in MINOR and not _function(t)]
    return sum(t in sa and t not in sb for t in content) >= 2 and sum(t in sb and t not in sa for t in content) >= 2


def _placed(claim: Claim, found: Sequence[tuple[Said, ...]], meeting: Meeting, *, exact: bool = True) -> Check:
    """The words were said: by whom and when, against what the quote says."""
    def by(span: tuple[Said, ...]) -> bool | None:
        if not claim.speaker:
            return True
        names = {ln.speaker for ln in span if ln.speaker}
        if not names:
            return None  # the transcript does not say who
        return all(owner_matches(claim.speaker, n) for n in names)

    def when(span: tuple[Said, ...]) -> bool:
        if claim.segment_index is not None:
            return any(ln.segment_index == claim.segment_index for ln in span)
        if claim.seconds is not None:
            return _within(claim.seconds, span[0].start, _end(span[-1], meeting))
        if claim.at is not None and span[0].at is not None:
            first = span[0].at - (span[0].start or 0.0)
            return _within(claim.at - first, span[0].start, _end(span[-1], meeting))
        return True

    spans = [s for s in found if len(s) == 1 or s[0].speaker == s[-1].speaker] or list(found)
    if all(len(s) == 2 and s[0].speaker != s[1].speaker for s in spans):  # words of two speakers joined
        s = spans[0]
        return Check("altered", s, [Difference("speakers", " / ".join(ln.speaker or "?" for ln in s),
                                               claim.speaker or "one person")], exact=exact)
    right_speaker = [s for s in spans if by(s) is not False]
    if not right_speaker:
        return Check("misattributed", spans[0], exact=exact)
    timed = [s for s in right_speaker if when(s)]
    if timed:
        return Check("verified", timed[0], exact=exact)
    return Check("wrong_time", right_speaker[0], exact=exact)


def _end(line: Said, meeting: Meeting) -> float | None:
    if line.end is not None:
        return line.end
    return None if line.start is None else line.start + LAST_SPAN


def _within(t: float, start: float | None, end: float | None) -> bool:
    if start is None:
        return True  # the transcript has no times: nothing to check against
    return start - SLACK <= t <= (end if end is not None else start + LAST_SPAN) + SLACK


def said_lines(rows: Sequence[tuple[int, str | None, float | None, str, float | None]]) -> list[Said]:
    """Lines as the checker reads them from (segment_index, speaker, seconds, text, clock seconds),
    each running until the next timed line starts."""
    out: list[Said] = []
    for n, (seg, speaker, start, text, at) in enumerate(rows):
        end = next((r[2] for r in rows[n + 1:] if r[2] is not None and start is not None and r[2] > start), None)
        out.append(Said(seg, speaker, start, end, text, at))
    return out
