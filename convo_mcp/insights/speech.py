"""How people say things in meetings, as the commitments rules read them (English only for now).

Transcribed speech is not written prose: fillers ("um", "you know"), restarts ("I'll put it in the —
actually it's already there"), several sentences to a line, topics named before what is said of them
("Postgres — I'm pushing it to next sprint"). These helpers cut a line into sentences, read its
words as the rules compare them (a light stem, and two stems meeting when one begins the other:
"certs" and "certificates", "eng" and "engineering"), and find the people it names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

_FILLER = re.compile(r"\b(?:uh|um|umm|er|erm|hmm|mm|you know|i mean)\b,?\s*", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?…]+(?:[.!?…]+|$)")


def spoken(text: str) -> str:
    """A line without its fillers and the commas they leave ("going to, clean up")."""
    text = _FILLER.sub("", text.replace("’", "'").replace("‘", "'"))
    text = re.sub(r"\b(to|will|I'll|I'm),\s+", r"\1 ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Sentence:
    text: str
    question: bool
    start: int  # where it starts in the line (as :func:`spoken` gives it)


def sentences(line: str) -> list[Sentence]:
    """A line's sentences in order, each marked when it asks (ends with "?")."""
    out = []
    for m in _SENTENCE.finditer(line):
        text = m.group(0).strip()
        if text.strip(".!?… "):
            out.append(Sentence(text, text.rstrip().endswith("?"), m.start()))
    return out


# Words that carry no task: grammar, people in general, time, and talk about talk.
_STOP = """a an the to of for and or but nor on in at by with from into onto over about above after before that this
these
those it its it's them they their there here then than so as if be is are was were been being am do does did done
doing have has had having will would can could should shall may might must i i'll i'm i've i'd me my mine myself we
we'll we're we've our us you you'll you're your yours he she his her him who whom what when where why how which all
any some each every both either neither no not only also too very really just quite rather pretty still yet already
again ever never now soon later today tomorrow tonight yesterday week weeks month months day days year quarter
monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night end next last first one two
three thing things stuff everyone everybody someone somebody anyone anybody nobody team guys folks okay ok yeah yep
yes sure right well like actually honestly basically literally maybe probably definitely kind sort bit lot lots much
many more most other another own same such way time let's let get got go going gonna make made take took put give
gave keep kept want wanted need needed think thought know knew say said tell told see saw look looked come came back
out up down off thanks thank please sorry good great fine cool new old quick quickly whole via per etc minute
minutes hour hours through across around into onto upon within without didn't don't doesn't haven't hasn't hadn't
can't won't wouldn't couldn't shouldn't isn't aren't wasn't weren't point sometime anyway anyhow instead something
anything everything nothing stuff oh ah hey hi wow ugh hm huh ooh yay oops nah uh-huh mm-hm ha haha lol zero ten
eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
eighty ninety hundred thousand four five six seven eight nine half dozen couple few several that's there's here's
what's who's let's i'll you'll he'll she'll they'll it'll they're they've we'd you'd he's she's ones"""
STOP = frozenset(_STOP.split())
# Verbs that say only that something gets done, not what: a task is told apart by what it is done to.
_GENERIC = """do get make take send sent set run check follow circle touch handle work sort finish start try
help deal own pick grab bring write draft update review prepare fix call email ping reach loop sync talk ask
confirm share post move add put have give find figure read schedule book chase leave discuss mention show say
tell ask talk speak hear bring"""
GENERIC = frozenset(_GENERIC.split())
_WORD = re.compile(r"[a-z0-9][a-z0-9&'-]*[a-z0-9]|[a-z0-9]")
_SHORT = {"eng": "engineering", "certs": "certificates", "cert": "certificate", "docs": "documentation",
          "db": "database", "env": "environment", "reqs": "requirements", "req": "requisition", "comms":
          "communications", "exec": "executive", "prod": "production", "perf": "performance", "infra":
          "infrastructure", "mgmt": "management", "ops": "operations", "admin": "administration", "app": "application",
          "approx": "approximate", "info": "information", "spec": "specification", "specs": "specifications",
          "qbr": "quarterly business review", "po": "purchase order", "sow": "statement of work"}


_PAST = {"sent": "send", "wrote": "write", "written": "write", "ran": "run", "made": "make", "took": "take",
         "taken": "take", "built": "build", "did": "do", "done": "do", "got": "get", "gave": "give", "given": "give",
         "found": "find", "paid": "pay", "spoke": "speak", "told": "tell", "met": "meet", "led": "lead",
         "bought": "buy", "brought": "bring", "held": "hold", "kept": "keep", "sold": "sell", "spent": "spend",
         "won": "win", "shut": "shut", "chose": "choose", "drove": "drive", "began": "begin", "begun": "begin",
         "drew": "draw", "threw": "throw", "knew": "know", "saw": "see", "went": "go", "set": "set", "put": "put",
         "read": "read",
         "came": "come", "hung": "hang", "taught": "teach", "fed": "feed", "heard": "hear", "rebuilt": "rebuild",
         "rewrote": "rewrite", "rewritten": "rewrite", "redid": "redo", "redone": "redo", "resent": "resend",
         "reran": "rerun", "remade": "remake", "left": "leave", "understood": "understand"}
_NOT_ADVERB = frozenset(["family", "supply", "reply", "apply", "july", "italy", "rally", "only", "early", "daily",
                         "weekly", "monthly", "quarterly", "assembly", "anomaly", "ally", "jelly", "belly", "bully",
                         "holy"])


def stem(word: str) -> str:
    """A light stem: the possessive, a plural and a tense go ("invoices", "reconciled" → "invoic",
    "reconcil", "sent" → "send"); words of four letters or fewer stay whole."""
    word = word.removesuffix("'s").removesuffix("s'").strip("'-")
    if word in _PAST:
        return _PAST[word]
    for suffix in ("ies", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= (4 if suffix in ("ing", "ies") else 3) \
                and not word.endswith(("ss", "us", "is")):
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    return word.removesuffix("e") if len(word) > 4 else word


def words(text: str) -> list[str]:
    """The lowercase words of ``text`` (abbreviations kept as they are)."""
    return _WORD.findall(text.casefold().replace("’", "'"))


def content(text: str) -> frozenset[str]:
    """The stems of what ``text`` is about: not grammar, not time, not talk about talk."""
    out: set[str] = set()
    for w in words(text):
        if w in STOP or len(w) < 2 or w.isdigit() or (w.endswith("ly") and len(w) > 5 and w not in _NOT_ADVERB):
            continue
        if w in _SHORT:  # "certs": "cert" and "certificate", said either way
            out.update(stem(x) for x in _SHORT[w].split() if x not in STOP)
        if (st := stem(w)) not in STOP:
            out.add(st)
        if "-" in w:  # "duplicate-load": "duplicate" and "load" too
            out.update(stem(part) for part in w.split("-") if len(part) > 2 and part not in STOP)
    return frozenset(out)


def objects(stems: Iterable[str]) -> frozenset[str]:
    """Of a task's stems, those naming what it is done to (not the generic verbs)."""
    return frozenset(s for s in stems if s not in GENERIC_STEMS)


GENERIC_STEMS = frozenset(stem(w) for w in GENERIC)


@lru_cache(maxsize=1 << 16)
def meet(a: str, b: str) -> bool:
    """Two stems are the same word: equal, or one begins the other and has four letters at least."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long.startswith(short) and (len(short) >= 4 or (len(short) == 3 and len(long) == 4))


def shared(a: Iterable[str], b: Iterable[str]) -> set[str]:
    """The stems of ``a`` that meet one of ``b``."""
    bs = list(b)
    return {x for x in a if any(meet(x, y) for y in bs)}


_NAME = re.compile(r"\b[A-Z][a-z]+(?:'s)?\b")


def first_names(text: str, people: Sequence[str]) -> set[str]:
    """The first names of ``people`` that ``text`` says (as a word, possessive or not)."""
    said = {m.group(0).removesuffix("'s") for m in _NAME.finditer(text)}
    return {p.split()[0] for p in people if p.split()[0] in said}


def person(name: str, people: Sequence[str]) -> str | None:
    """The full name a first name stands for, when exactly one of ``people`` has it."""
    first = name.casefold().removesuffix("'s")
    hits = [p for p in people if p.casefold() == first or p.casefold().split()[0] == first]
    return hits[0] if len(hits) == 1 else None
