"""What a person types into a search, as a safe SQLite FTS5 expression.

Accepted: words (all must appear), ``"a phrase"``, ``pric*`` (prefix), ``budget OR pricing``
(either), ``-word`` or ``-"a phrase"`` (must not appear). Everything is re-quoted, so FTS5 syntax
typed by accident (``NEAR(``, ``*``, ``:``, unbalanced quotes, ``AND``/``NOT`` in lower case) is
searched as text and can never break or widen the query. A query with no searchable word is refused
with a clear error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from convo_mcp.errors import InvalidArgumentError

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_TERMS = 24


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # one word, or the words of a phrase
    prefix: bool = False

    def fts(self) -> str:
        quoted = '"' + " ".join(self.words) + '"'
        return quoted + "*" if self.prefix else quoted


@dataclass
class Query:
    """Groups of alternatives that must all match, and terms that must not."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    def fts(self) -> str:
        parts = []
        for group in self.groups:
            inner = " OR ".join(t.fts() for t in group)
            parts.append(f"({inner})" if len(group) > 1 else inner)
        expr = " AND ".join(parts)
        if self.excluded:
            expr = f"({expr}) NOT ({' OR '.join(t.fts() for t in self.excluded)})"
        return expr

    def words(self) -> list[str]:
        """The words to look for when marking a snippet (excluded ones left out)."""
        return [w for group in self.groups for t in group for w in t.words]

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


def parse_query(text: str) -> Query:
    """Parse ``text``; raises :class:`InvalidArgumentError` when nothing searchable is left."""
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
