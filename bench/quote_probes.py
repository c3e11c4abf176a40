"""Quote probes made from meetings: true quotes (as people re-type them) and misquotes of the kinds
real ones are, each with the verdict ``verify_quotes`` should give. Made with a seeded random choice, so
the same meetings give the same probes.

A probe: ``{"meeting", "text", "speaker", "time", "kind", "expect"}`` (time: ``HH:MM:SS`` from the
meeting's start, or None), as the hand-written halves (bench/sets/quotes_*.py) are.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from typing import Any

TRUE_KINDS = ("exact", "part", "repunctuated", "fillers", "contraction", "span", "time_rounded")
EXPECT = {"speaker_swapped": "misattributed", "time_moved": "wrong_time", "negation": "altered", "number": "altered",
          "name": "altered", "date": "altered", "content_word": "altered", "merged": "altered",
          "other_meeting": "not_found", "fabricated": "not_found"}

_AUX = re.compile(r"\b(is|are|was|were|will|can|should|would|could|do|does|did|have|has|had)\b", re.IGNORECASE)
_NEG = re.compile(r"\b(is|are|was|were|will|can|should|would|could|do|does|did|have|has|had)( not|n't)\b|"
                  r"\b(won't|can't|don't|didn't|isn't|wasn't|aren't|haven't|hasn't)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\b(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|"
                     r"forty|fifty|sixty|hundred|thousand)\b", re.IGNORECASE)
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "January", "February", "March", "April", "June",
         "July", "August", "September", "October", "November", "December", "tomorrow", "today", "next week"]
_DATE = re.compile(r"\b(" + "|".join(_DAYS) + r")\b")
_SWAP_NUMBER = {"two": "three", "three": "four", "four": "five", "five": "six", "six": "eight", "seven": "nine",
                "eight": "ten", "nine": "eleven", "ten": "twelve", "twelve": "fifteen", "fifteen": "twenty",
                "twenty": "thirty", "thirty": "forty", "forty": "fifty", "fifty": "sixty", "sixty": "seventy",
                "hundred": "thousand", "thousand": "hundred"}
_FILLERS = ("um, ", "uh, ", "you know, ", "like, ")
_CONTRACT = [("I will", "I'll"), ("I'll", "I will"), ("do not", "don't"), ("don't", "do not"), ("it is", "it's"),
             ("it's", "it is"), ("we are", "we're"), ("we're", "we are"), ("can't", "cannot"), ("won't", "will not"),
             ("that's", "that is"), ("I'm", "I am"), ("we'll", "we will"), ("didn't", "did not")]
_FILLER_WORDS = re.compile(r"\b(um|uh|you know),?\s*", re.IGNORECASE)
_STOPS = frozenset(["the", "a", "an", "to", "of", "and", "or", "but", "in", "on", "at", "for", "with", "is", "are",
                    "was", "were", "be", "it", "this", "that", "we", "i", "you", "they", "he", "she", "so", "just",
                    "really", "okay", "yeah", "well"])


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def hms(seconds: float) -> str:
    s = max(0, int(seconds))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _spans(lines: list[tuple[str, float, str]]) -> list[tuple[float, float]]:
    return [(t, lines[i + 1][1] if i + 1 < len(lines) else t + 60) for i, (_, t, _) in enumerate(lines)]


def probes(meetings: list[dict[str, Any]], seed: int, per_meeting: int = 12) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    every = [(m["id"], ln[2]) for m in meetings for ln in m["lines"] if len(ln[2].split()) >= 7]
    for m in meetings:
        lines = m["lines"]
        spans = _spans(lines)
        people = sorted({ln[0] for ln in lines})
        said = Counter(_plain(ln[2]) for ln in lines)
        usable = [i for i, ln in enumerate(lines) if len(ln[2].split()) >= 7 and said[_plain(ln[2])] == 1]
        if len(usable) < 3 or len(people) < 2:
            continue
        made: list[dict[str, Any]] = []
        for _ in range(per_meeting * 4):
            if len(made) >= per_meeting:
                break
            i = rng.choice(usable)
            who, at, _ = lines[i]
            kind = rng.choice([*TRUE_KINDS, *EXPECT, *EXPECT])  # two misquotes for every true quote
            speaker = who if rng.random() < 0.8 else who.split()[0]
            time = hms(at + rng.uniform(0, max(0.0, spans[i][1] - at - 1))) if rng.random() < 0.5 else None
            p = _make(kind, rng, lines, i, spans, people, every, m["id"], speaker, time)
            if p is not None:
                made.append({"meeting": m["id"], "kind": kind, "expect": EXPECT.get(kind, "verified"), **p})
        out += made
    return out


def _make(kind: str, rng: random.Random, lines: list[tuple[str, float, str]], i: int,
          spans: list[tuple[float, float]], people: list[str], every: list[tuple[str, str]], mid: str,
          speaker: str, time: str | None) -> dict[str, Any] | None:
    who, at, text = lines[i]
    same = {"speaker": speaker, "time": time}
    if kind == "exact":
        return {"text": text, **same}
    if kind == "part":
        ws = text.split()
        if len(ws) < 9:
            return None
        a = rng.randrange(0, len(ws) - 6)
        return {"text": " ".join(ws[a:a + rng.randint(6, len(ws) - a)]).strip(",;"), **same}
    if kind == "repunctuated":
        t = re.sub(r"[,;:!?]", "", text).lower()
        return {"text": t.replace(". ", ", ") if rng.random() < 0.5 else t.rstrip(".") + "!", **same}
    if kind == "fillers":
        if _FILLER_WORDS.search(text):
            return {"text": _FILLER_WORDS.sub("", text), **same}
        ws = text.split()
        k = rng.randrange(1, len(ws))
        return {"text": " ".join([*ws[:k], rng.choice(_FILLERS).strip(), *ws[k:]]), **same}
    if kind == "contraction":
        for a, b in rng.sample(_CONTRACT, len(_CONTRACT)):
            if re.search(rf"\b{re.escape(a)}\b", text):
                return {"text": re.sub(rf"\b{re.escape(a)}\b", b, text, count=1), **same}
        return None
    if kind == "span":
        if i + 1 >= len(lines) or lines[i + 1][0] != who:
            return None
        return {"text": text + " " + " ".join(lines[i + 1][2].split()[:6]), **same}
    if kind == "time_rounded":
        return {"text": text, "speaker": speaker, "time": hms(round(at / 10) * 10)}
    if kind == "speaker_swapped":
        return {"text": text, "speaker": rng.choice([p for p in people if p != who]), "time": time}
    if kind == "time_moved":
        far = [j for j, (a, b) in enumerate(spans) if a > spans[i][1] + 90 or b < at - 90]
        if not far:
            return None
        j = rng.choice(far)
        return {"text": text, "speaker": speaker, "time": hms(spans[j][0])}
    if kind == "negation":
        if m := _NEG.search(text):
            neg = m.group(0)
            pos = {"won't": "will", "can't": "can", "don't": "do", "didn't": "did", "isn't": "is", "wasn't": "was",
                   "aren't": "are", "haven't": "have", "hasn't": "has"}.get(neg.lower(), m.group(1) or "")
            return {"text": text[:m.start()] + pos + text[m.end():], **same}
        if m := _AUX.search(text):
            return {"text": text[:m.end()] + " not" + text[m.end():], **same}
        return None
    if kind == "number":
        if m := _NUMBER.search(text):
            w = m.group(0)
            new = str(int(float(w)) + rng.randint(1, 9)) if w[0].isdigit() else _SWAP_NUMBER.get(w.lower(), "seven")
            return {"text": text[:m.start()] + new + text[m.end():], **same}
        return None
    if kind == "name":
        names = [w for w in re.findall(r"(?<=\s)[A-Z][a-z]+", text) if w not in _DAYS]
        if not names:
            return None
        old = rng.choice(names)
        others = [p.split()[0] for p in people if p.split()[0] != old] + ["Acme", "Globex", "Initech"]
        return {"text": re.sub(rf"\b{old}\b", rng.choice(others), text, count=1), **same}
    if kind == "date":
        if m := _DATE.search(text):
            new = rng.choice([d for d in _DAYS if d != m.group(0)])
            return {"text": text[:m.start()] + new + text[m.end():], **same}
        return None
    if kind == "content_word":
        ws = text.split()
        slots = [k for k, w in enumerate(ws) if len(w.strip(".,!?")) > 4 and w.lower().strip(".,!?") not in _STOPS
                 and 0 < k < len(ws) - 1]  # a word dropped at either end leaves a true part of the line
        if not slots:
            return None
        k = rng.choice(slots)
        pool = [w for _, t in rng.sample(every, 20) for w in t.split() if len(w.strip(".,!?")) > 4]
        new = rng.choice([w.strip(".,!?").lower() for w in pool if w.lower() not in text.lower()] or ["budget"])
        ws[k] = new if rng.random() < 0.8 else ""
        return {"text": " ".join(w for w in ws if w), **same}
    if kind == "merged":
        if i + 1 >= len(lines) or lines[i + 1][0] == who or len(lines[i + 1][2].split()) < 5:
            return None
        a, b = text.split(), lines[i + 1][2].split()
        return {"text": " ".join(a[-max(4, len(a) // 2):] + b[:max(4, len(b) // 2)]), **same}
    if kind == "other_meeting":
        here = {_plain(ln[2]) for ln in lines}
        other = [t for m2, t in every if m2 != mid and _plain(t) not in here]
        return {"text": rng.choice(other), "speaker": speaker, "time": None}
    if kind == "fabricated":
        here = {_plain(ln[2]) for ln in lines}
        a, b = rng.sample([t for m2, t in every if m2 != mid and _plain(t) not in here], 2)
        wa, wb = a.split(), b.split()
        return {"text": " ".join(wa[:len(wa) // 2] + wb[len(wb) // 2:]), "speaker": speaker, "time": None}
    return None
