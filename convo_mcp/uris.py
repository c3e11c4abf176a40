"""The ``convo://`` resources' addresses, and which of them a change makes read differently: what the
resources serve, the App's own notifications and the webhook events all speak of these."""

from __future__ import annotations

RECENT = "convo://conversations"
ACCOUNT = "convo://account"
CONVERSATION = "convo://conversations/{id}"
TRANSCRIPT = "convo://conversations/{id}/transcript"
TRANSCRIPT_AT = "convo://conversations/{id}/transcript/{segment_index}"  # a cited line, with the lines around it
KEYPOINTS = "convo://conversations/{id}/keypoints"
FEEDBACK = "convo://conversations/{id}/feedback"
TEMPLATES = (CONVERSATION, TRANSCRIPT, KEYPOINTS, FEEDBACK)
COMMITMENTS = "convo://commitments/{owner}"  # owner URL-encoded: "Lee%20Park"


def uris_for(conversation_id: str) -> list[str]:
    return [t.format(id=conversation_id) for t in TEMPLATES]


def changed_uris(what: str, conversation_id: str) -> tuple[list[str], bool]:
    """The resources a change reads differently afterwards, and whether the list of resources
    changed too (a meeting gone)."""
    if what == "deleted":
        return [*uris_for(conversation_id), RECENT], True
    if what == "conversation":  # renamed or shared
        return [CONVERSATION.format(id=conversation_id), RECENT], False
    if what == "keypoints":  # generated: a generation spent, the summary there
        return [KEYPOINTS.format(id=conversation_id), CONVERSATION.format(id=conversation_id), ACCOUNT], False
    if what == "feedback":
        return [FEEDBACK.format(id=conversation_id), ACCOUNT], False
    return [ACCOUNT], False
