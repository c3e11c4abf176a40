"""Words as a quote is compared with what was said: the same normal form for both sides.

Case, punctuation, filler words ("um", "uh", "you know", "like," between commas), stutters ("I, I
think") and contractions ("won't" → "will not") are made alike; numbers are made digits ("sixty-four",
"64" and "64%" ↔ "64 percent" compare equal). Every other difference is kept: it is what a checker
must see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": " ", "—": " ", "-": " "})
_FILLER_WORDS = frozenset(["um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "hmm", "hm", "mm", "mhm"])
_FILLER_PAIRS = (("you", "know"), ("i", "mean"))
_IRREGULAR = {"won't": "will not", "can't": "can not", "cannot": "can not", "shan't": "shall not",
              "ain't": "is not", "let's": "let us", "gonna": "going to", "wanna": "want to", "gotta": "got to",
              "y'all": "you all", "'em": "them", "o'clock": "oclock"}
_IS = frozenset(["it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "everything", "nothing",
                 "something", "someone", "everyone", "nobody", "this"])
_SUFFIXES = (("n't", " not"), ("'ll", " will"), ("'re", " are"), ("'ve", " have"), ("'m", " am"), ("'d", " would"))
_UNITS = {w: n for n, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                      "seventeen", "eighteen", "nineteen"])}
_TENS = {w: 10 * n for n, w in enumerate(["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                          "eighty", "ninety"]) if n > 1}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_TOKEN = re.compile(r"\$?\d[\d,]*(?:\.\d+)?%?[a-z]*|[a-z]+(?:'[a-z]+)*|'(?:em)\b")

# Words whose change never changes what a line claims: articles and talk about talk.
MINOR = frozenset(["a", "an", "the", "just", "really", "actually", "basically", "literally", "so", "well", "okay",
                   "ok", "oh", "yeah", "like", "right"])
NEGATION = frozenset(["not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "without"])
DATES = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                   "february", "march", "april", "june", "july", "august", "september", "october", "november",
                   "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                   "today", "tomorrow", "yesterday", "tonight", "week", "weeks", "weekend", "month", "months", "year",
                   "quarter", "morning", "afternoon", "evening", "noon", "midnight", "eod", "eow", "q1", "q2", "q3",
                   "q4", "h1", "h2"])


@dataclass(frozen=True)
class Words:
    """A text in normal form: its tokens, and which of them were written with a capital inside a
    sentence (a name, as far as the words show)."""
    tokens: tuple[str, ...]
    named: frozenset[str]

    @property
    def joined(self) -> str:
        return " " + " ".join(self.tokens) + " "


def words(text: str) -> Words:
    """``text`` in normal form (see the module's docstring)."""
    raw = text.translate(_APOSTROPHES)
    named = _capitalised(raw)
    low = _filler_like(raw.lower())
    tokens: list[str] = []
    for m in _TOKEN.finditer(low):
        tokens += _expand(m.group(0))
    tokens = _numbers([t for t in tokens if t not in _FILLER_WORDS])
    return Words(tuple(_unstutter(_no_pairs(tokens))), frozenset(named))


def _capitalised(text: str) -> set[str]:
    out: set[str] = set()
    for sentence in re.split(r"[.!?…:;]\s+|\n", text):
        for n, w in enumerate(re.findall(r"[A-Za-z][A-Za-z']*", sentence)):
            if n and w[0].isupper() and w.lower() not in ("i", "i'm", "i'll", "i've", "i'd"):
                out.add(w.lower().removesuffix("'s"))
    return out


def _filler_like(text: str) -> str:
    """"like" set off by commas or dashes is a filler ("it was, like, three weeks")."""
    return re.sub(r"(^|[,(]\s*)like\s*,", r"\1", text)


def _expand(token: str) -> list[str]:
    if token in _IRREGULAR:
        return _IRREGULAR[token].split()
    if token[0].isdigit() or token[0] == "$":
        return _number_token(token)
    for suffix, full in _SUFFIXES:
        if token.endswith(suffix) and len(token) > len(suffix):
            return (token[:-len(suffix)] + full).split()
    if token.endswith("'s"):
        stem = token[:-2]
        return [stem, "is"] if stem in _IS else [stem]
    if token.endswith("s'"):
        return [token[:-1]]
    return [token.replace("'", "")]


def _number_token(token: str) -> list[str]:
    out = token.lstrip("$").replace(",", "")
    tail: list[str] = []
    if out.endswith("%"):
        out, tail = out[:-1], ["percent"]
    m = re.match(r"(\d+(?:\.\d+)?)([a-z]*)$", out)
    if m is None:
        return [out, *tail]
    digits, unit = m.groups()
    if unit == "k":
        return [_plain(float(digits) * 1000), *tail]
    if unit in ("st", "nd", "rd", "th"):
        return [digits + "th", *tail]
    return [digits, *([unit] if unit else []), *tail]


def _plain(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _numbers(tokens: list[str]) -> list[str]:
    """Runs of number words as digits: "three hundred and twelve" → "312"."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] in _UNITS or tokens[i] in _TENS:
            total, current, j = 0, 0, i
            while j < len(tokens):
                t = tokens[j]
                if t in _UNITS:
                    current += _UNITS[t]
                elif t in _TENS:
                    current += _TENS[t]
                elif t in _SCALES and (current or total):
                    if _SCALES[t] == 100:
                        current = max(current, 1) * 100
                    else:
                        total, current = total + max(current, 1) * _SCALES[t], 0
                elif t == "and" and j + 1 < len(tokens) and (tokens[j + 1] in _UNITS or tokens[j + 1] in _TENS) \
                        and current >= 100:
                    pass
                else:
                    break
                j += 1
            out.append(str(total + current))
            i = j
        else:
            out.append(tokens[i])
            i += 1
    return out


def _no_pairs(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for t in tokens:
        if out and (out[-1], t) in _FILLER_PAIRS:
            out.pop()
            continue
        out.append(t)
    return out


def _unstutter(tokens: list[str]) -> list[str]:
    """A word or a run of up to three said twice in a row counts once ("that's, that's it")."""
    out: list[str] = []
    for t in tokens:
        out.append(t)
        for n in (1, 2, 3):
            if len(out) >= 2 * n and out[-n:] == out[-2 * n:-n]:
                del out[-n:]
                break
    return out


def kind_of(token: str, named: frozenset[str]) -> str:
    """What a differing word is: negation, number, date, name, or a content word."""
    if token in NEGATION:
        return "negation"
    if token[0].isdigit():
        return "date" if token.endswith("th") else "number"
    if token in DATES:
        return "date"
    if token in named:
        return "name"
    return "word"
