"""Cache keys: the one place that spells them.

Every cached item is named ``kind:…``. Items of one conversation share its id, so deleting or
changing a conversation drops exactly what it makes stale. Nothing outside this module builds a
key string.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Literal

Content = Literal["transcript", "keypoints", "feedback"]

PROFILE = "profile"
WEBHOOKS = "webhooks"
LISTS = "list:"  # prefix of every conversation-list page


def transcript(conversation_id: str) -> str:
    return f"transcript:{conversation_id}"


def keypoints(conversation_id: str) -> str:
    return f"keypoints:{conversation_id}"


def feedback(conversation_id: str) -> str:
    return f"feedback:{conversation_id}"


def content(kind: Content, conversation_id: str) -> str:
    return f"{kind}:{conversation_id}"


def meta(conversation_id: str) -> str:
    """What a list page said of one conversation (title, start, segment count)."""
    return f"meta:{conversation_id}"


def share(conversation_id: str) -> str:
    return f"share:{conversation_id}"


def normalise_query(query: str) -> str:
    """Questions that differ only in spacing, case or trailing punctuation share one answer."""
    return re.sub(r"\s+", " ", query).strip().strip("?!. ").casefold()


def query(conversation_id: str, question: str) -> str:
    return f"query:{conversation_id}:{normalise_query(question)}"


def email(conversation_id: str, tone: str, recipient: str) -> str:
    return f"email:{conversation_id}:{tone}:{recipient.casefold()}"


def list_page(limit: int, offset: int, search: str | None, since: datetime | None) -> str:
    return f"{LISTS}{limit}:{offset}:{search or ''}:{since.isoformat() if since else ''}"


def calendar(max_results: int, time_min: datetime | None, time_max: datetime | None) -> str:
    bounds = [t.isoformat() if t else "" for t in (time_min, time_max)]
    return f"calendar:{max_results}:{bounds[0]}:{bounds[1]}"


def pending(key: str) -> str:
    """An AI POST for ``key`` that timed out: it may still complete upstream."""
    return f"pending:{key}"


def generation(key: str) -> str:
    """The single-flight name of the POST that fills ``key``."""
    return f"generate:{key}"


def of_conversation(conversation_id: str) -> tuple[list[str], list[str]]:
    """Everything cached about one conversation: exact keys, and prefixes (questions, drafts)."""
    exact = [transcript(conversation_id), keypoints(conversation_id), feedback(conversation_id),
             meta(conversation_id), share(conversation_id)]
    return exact, [f"query:{conversation_id}:", f"email:{conversation_id}:"]
