"""Insight tools: briefings, digests and action items across many meetings (search: tools.search).

Each lists every matching meeting, peeks at the cache, plans its requests against the hourly
budget before fanning out (most recent first; cached answers are free) and reads at most four at
a time, reporting progress (:mod:`.fanout`). When the budget runs short the result is partial and
says which meetings were left out and why. The four read tools never spend an AI generation:
meetings without a summary are named, and ``summarize_missing`` (kind "ai") generates them within
a cap. Deciding lives in :mod:`.logic`, shaping and rendering results in :mod:`.report`.
"""
