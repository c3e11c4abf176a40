"""What a person types into a search, understood: the words and groups every engine matches its own way
(FTS5 in :mod:`convo_mcp.state.sqlite.fts`, ``tsquery`` in :mod:`convo_mcp.state.postgres.words`).

Two ways to ask:

- **Plain words or a whole question** ("what did we decide about pricing with Acme"): the question
  and filler words are dropped (:data:`STOPWORDS`) and a meeting matches on *any* of the content
  words left (``acme``, ``pricing``): first the meetings where one line says them all, ranked as an
  all-words query always was, then those that say some of them (BM25 over the meeting, the title
  counting extra). So a question works as well as its key words, exact words lose nothing, and a
  word the person misremembered does not empty the result.
- **Explicit syntax**, for those who use it: ``"a phrase"``, ``pric*`` (prefix), ``budget OR pricing``
  (either), ``-word`` or ``-"a phrase"`` (must not appear), ``a AND b``. As soon as any of it is used,
  every term must match, as written (stop words included).

Every engine re-quotes each term, so syntax typed by accident (``NEAR(``, ``:``, unbalanced quotes,
``AND``/``NOT`` in lower case) is searched as text and can never break or widen the query. A query
with no searchable word is refused with a clear error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from convo_mcp.errors import InvalidArgumentError

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_TERMS = 24

# Words that say how a question is asked, not what it is about: dropped from plain queries (a query
# made only of them keeps them all). English, the language of the demo and of most Convo accounts.
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are aren as at be because been before being
    below between both but by can cannot could couldn did didn do does doesn doing don down during each
    else ever few for from further get got had hadn has hasn have haven having he her here hers herself
    him himself his how i if in into is isn it its itself just let me more most much my myself no nor
    not now of off on once only or other ought our ours ourselves out over own same shall she should
    shouldn so some such than that the their theirs them themselves then there these they this those
    through to too under until up us very was wasn we were weren what whatever when where whether which
    while who whom whose why will with won would wouldn you your yours yourself yourselves anyone
    anything everyone everything someone something thing things stuff lot lots kind sort way ways tell
    told say said says saying talk talked talking talks discuss discussed discussing discussion mention
    mentioned mentions speak spoke spoken ask asked asking know knew think thought remember recall find
    show give gave let us please could would maybe really actually basically just like yeah okay ok
    meeting meetings call calls conversation conversations recording recordings today yesterday last
    recent recently ago week weeks month months again someone somebody guys folks team
    """.split()  # noqa: SIM905
)


def stem_prefix(word: str) -> str:
    """The start of ``word`` that its other forms share, as a rough English stem ("pricing" →
    "pric"): how a snippet or a title is checked for a word the index matched by its stem."""
    return word if len(word) <= 4 else word[: max(4, len(word) - 3)]


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # one word, or the words of a phrase
    prefix: bool = False



@dataclass
class Query:
    """Groups of alternatives that must all match (or, for a plain query, any of which may), and
    terms that must not."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    plain: bool = False  # words or a question, no syntax: any content word matches, ranked by how many
    dropped: tuple[str, ...] = ()  # filler words left out of a plain query
    asked: str = ""  # as asked (what a model reading whole sentences is given)

    @property
    def any_word(self) -> bool:
        """Whether a meeting may match on any one group (a plain query of several words)."""
        return self.plain and len(self.groups) > 1

    def words(self) -> list[str]:
        """The words to look for when marking a snippet (excluded ones left out)."""
        return [w for group in self.groups for t in group for w in t.words]

    def terms(self) -> list[Term]:
        """Each term to look for on its own (a plain query's content words)."""
        return [t for group in self.groups for t in group]

    def fewer_words(self) -> str | None:
        """A shorter query to suggest when nothing matches: the two rarest-looking (longest) words."""
        words = self.words()
        if len(words) <= 2:
            return None
        return " ".join(sorted(words, key=len, reverse=True)[:2])

    def text(self) -> str:
        """The query as it was understood, for the result."""
        def show(t: Term) -> str:
            return (f'"{" ".join(t.words)}"' if len(t.words) > 1 else t.words[0]) + ("*" if t.prefix else "")

        out = [" OR ".join(show(t) for t in g) for g in self.groups]
        out += [f"-{show(t)}" for t in self.excluded]
        return " ".join(out)


def _term(raw: str, *, phrase: bool) -> Term | None:
    prefix = not phrase and raw.endswith("*") and len(raw.rstrip("*")) >= 2
    words = tuple(w.casefold() for w in _WORD.findall(raw))
    if not words:
        return None
    if prefix and len(words) > 1:  # "pre-sales*": the phrase, its last word as a prefix
        return Term(words, prefix=True)
    return Term(words, prefix=prefix)


def _explicit(text: str) -> bool:
    """Whether ``text`` uses search syntax: quotes, OR/AND, -word or word*."""
    return any(tok in ("OR", "AND") or tok.startswith(('"', '-"')) or tok.endswith("*")
               or (tok.startswith("-") and len(tok) > 1) for tok in text.split())


def _plain(text: str) -> Query | None:
    """Plain words or a question: one group per distinct content word (filler dropped)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return None
    kept = list(dict.fromkeys(w for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())))
    if not kept:  # only filler: search for all of it, as typed
        kept = list(dict.fromkeys(words))
    if len(kept) > MAX_TERMS:
        raise InvalidArgumentError(f"The query has more than {MAX_TERMS} terms.", hint="Search for fewer words.")
    dropped = tuple(dict.fromkeys(w for w in words if w not in kept))
    return Query([[Term((w,))] for w in kept], plain=True, dropped=dropped)


def parse_query(text: str) -> Query:
    """Parse ``text``; raises :class:`InvalidArgumentError` when nothing searchable is left."""
    if not _explicit(text) and (plain := _plain(text)) is not None:
        plain.asked = " ".join(text.split())[:500]
        return plain
    query = Query()
    pending_or = False
    for match in _TOKEN.finditer(text):
        negated, quoted, bare = match.group(1) == "-", match.group(2), match.group(3)
        if bare is not None:
            if bare == "OR":
                pending_or = bool(query.groups)
                continue
            if bare == "AND":  # what a space already means
                continue
            negated = bare.startswith("-") and len(bare) > 1
            bare = bare[1:] if negated else bare
        term = _term(quoted if quoted is not None else bare or "", phrase=quoted is not None)
        if term is None:
            continue
        if negated:
            query.excluded.append(term)
        elif pending_or:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        pending_or = False
        if len(query.groups) + len(query.excluded) > MAX_TERMS:
            raise InvalidArgumentError(f"The query has more than {MAX_TERMS} terms.", hint="Search for fewer words.")
    if not query.groups:
        raise InvalidArgumentError(
            "The query has no word to search for (only punctuation, search syntax or excluded words).",
            hint='Give at least one word, e.g. pricing, "list price" or pric*.',
        )
    return query
