"""Search that finds what was said, in every meeting, without a request.

:mod:`.index` is the search over what a :mod:`.storage` keeps (an engine's: a SQLite FTS5 file per
Convo account beside the response cache, or the team's PostgreSQL), :mod:`.vectors` the meaning's,
:mod:`.query` turns what a person types into a safe FTS5 expression, :mod:`.document` what a
transcript or a summary becomes in the index, and :mod:`.filler` what fills it: every transcript and
summary any tool fetches, webhooks announcing new ones, and a background walker within a share of the
hourly budget.
"""
