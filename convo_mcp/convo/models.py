"""Pydantic models of the Convo API wire format.

Convo adds response fields without a version bump, so every model tolerates unknown keys
(``extra="allow"``) and nearly every field is optional. Field names are snake_case in Python
and camelCase on the wire.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

Tone = Literal["professional", "casual", "concise"]
Tier = Literal["free", "starter", "professional", "enterprise"]

WebhookEventName = Literal[
    "conversation.created", "conversation.updated", "conversation.keypoints.ready",
    "conversation.summary.ready", "conversation.action_items.ready", "conversation.feedback.ready",
    "conversation.shared", "conversation.deleted", "transcript.ready", "transcript.failed", "webhook.test",
]
WEBHOOK_EVENTS: tuple[str, ...] = get_args(WebhookEventName)  # the one list: tools, guards and receiver use it

PAGE_MAX = 100  # most conversations one list page returns

# Every character a text rendering could take as the end of a line (CR, LF, VT, FF, NEL, the
# Unicode line and paragraph separators, the C0 separators str.splitlines honours) and the other
# control characters: a line said in a meeting must never start a line of its own when rendered,
# where it could pose as another speaker, a timestamp or a heading.
_BREAKS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]+")


def one_line(text: str) -> str:
    """``text`` with line breaks and control characters turned into single spaces (tabs kept)."""
    return _BREAKS.sub(" ", text) if _BREAKS.search(text) else text


OneLine = Annotated[str, AfterValidator(one_line)]  # a field every rendering shows on one line


class WireModel(BaseModel):
    # defer_build: validators are built on first use, not at import, so the server starts sooner.
    model_config = ConfigDict(
        extra="allow", alias_generator=to_camel, populate_by_name=True, frozen=False, defer_build=True
    )


# --- conversations -------------------------------------------------------------------------


class Conversation(WireModel):
    id: str
    title: OneLine | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    duration: float | None = None  # minutes
    segment_count: int | None = None
    linked_calendar_event_id: str | None = None


class Pagination(WireModel):
    total: int | None = None
    limit: int | None = None
    offset: int | None = None


class ConversationPage(WireModel):
    conversations: list[Conversation] = Field(default_factory=list)
    pagination: Pagination = Field(default_factory=Pagination)

    def is_last(self, next_offset: int, page_size: int) -> bool:
        """Whether paging should stop after this page (``next_offset``: where the next would start)."""
        total = self.pagination.total
        if not self.conversations:
            return True
        if total is not None:
            return next_offset >= total
        return len(self.conversations) < page_size


class Segment(WireModel):
    text: OneLine = ""
    speaker: OneLine | None = None
    timestamp: datetime | None = None


class Transcript(WireModel):
    id: str
    segments: list[Segment] = Field(default_factory=list)


# --- keypoints -----------------------------------------------------------------------------


class KeypointSection(WireModel):
    heading: OneLine | None = None
    points: list[OneLine] = Field(default_factory=list)


class ActionItem(WireModel):
    item: OneLine = ""
    owner: OneLine | None = None
    confidence: float | None = None
    priority: str | None = None


class ImportantDate(WireModel):
    date: OneLine | None = None
    context: OneLine | None = None


class KeypointsBody(WireModel):
    title: OneLine | None = None
    sections: list[KeypointSection] = Field(default_factory=list)
    decisions: list[OneLine] = Field(default_factory=list)
    action_items: list[ActionItem] = Field(default_factory=list)
    participants: list[OneLine] = Field(default_factory=list)
    important_dates: list[ImportantDate] = Field(default_factory=list)


class Keypoints(WireModel):
    id: str
    title: OneLine | None = None
    keypoints: KeypointsBody = Field(default_factory=KeypointsBody)
    created_at: datetime | None = None
    cached: bool | None = None


# --- feedback ------------------------------------------------------------------------------


class TopPriority(WireModel):
    focus: str | None = None
    quote: str | None = None
    reason: str | None = None
    alternative: str | None = None


class FeedbackNote(WireModel):
    category: str | None = None
    description: str | None = None
    suggestion: str | None = None
    timestamp: str | None = None
    quote: str | None = None


class FeedbackBody(WireModel):
    overall_score: float | None = None
    top_priority: TopPriority | None = None
    strengths: list[FeedbackNote] = Field(default_factory=list)
    growth_areas: list[FeedbackNote] = Field(default_factory=list)
    category_scores: dict[str, float] = Field(default_factory=dict)
    talk_listen_ratio: float | None = None
    action_plan: list[str] = Field(default_factory=list)


class Feedback(WireModel):
    id: str
    overall_score: float | None = None
    user_speaker_name: str | None = None
    created_at: datetime | None = None
    cached: bool | None = None
    feedback: FeedbackBody = Field(default_factory=FeedbackBody)


# --- AI answers ----------------------------------------------------------------------------


class QueryMetadata(WireModel):
    segments_analyzed: int | None = None
    conversation_duration: float | None = None


class QueryAnswer(WireModel):
    id: str
    query: str | None = None
    response: str = ""
    metadata: QueryMetadata = Field(default_factory=QueryMetadata)
    suggested_queries: list[str] = Field(default_factory=list)


class EmailDraft(WireModel):
    id: str
    subject: str = ""
    body: str = ""
    key_points: list[str] = Field(default_factory=list)
    action_items: list[str] = Field(default_factory=list)
    generated_at: datetime | None = None


# --- writes (shapes ASSUMED by the reference: tolerant on purpose) -------------------------


class ShareResult(WireModel):
    id: str
    share_url: str | None = None


class RenameResult(WireModel):
    id: str
    title: str | None = None


class DeleteResult(WireModel):
    id: str
    deleted: bool = True


# --- calendar ------------------------------------------------------------------------------


class EventTime(WireModel):
    date_time: datetime | None = None
    date: str | None = None
    time_zone: str | None = None


class Attendee(WireModel):
    email: str | None = None
    display_name: str | None = None
    response_status: str | None = None


class CalendarEvent(WireModel):
    id: str
    summary: str | None = None
    start: EventTime = Field(default_factory=EventTime)
    end: EventTime = Field(default_factory=EventTime)
    attendees: list[Attendee] = Field(default_factory=list)


# --- user ----------------------------------------------------------------------------------


class UserInfo(WireModel):
    name: str | None = None
    email: str | None = None
    timezone: str | None = None
    language: str | None = None
    profile_picture_url: str | None = None
    created_at: datetime | None = None


class Subscription(WireModel):
    tier: str | None = None
    status: str | None = None
    current_period_end: datetime | None = None


class AIGenerations(WireModel):
    used: int | None = None
    limit: int | None = None  # None: unlimited (Enterprise)
    remaining: int | None = None  # None: unlimited (Enterprise)
    resets_at: datetime | None = None


class APIUsage(WireModel):
    ai_generations: AIGenerations = Field(default_factory=AIGenerations)


class Profile(WireModel):
    profile: UserInfo = Field(default_factory=UserInfo)
    subscription: Subscription = Field(default_factory=Subscription)
    api_usage: APIUsage = Field(default_factory=APIUsage)


# --- webhooks ------------------------------------------------------------------------------


class Webhook(WireModel):
    id: str
    url: str | None = None
    events: list[str] = Field(default_factory=list)
    created_at: datetime | None = None


class CreatedWebhook(Webhook):
    """The one response that carries the signing secret. Never log or render it."""

    secret: str | None = Field(default=None, repr=False)


class WebhookTestResult(WireModel):
    webhook_id: str | None = None
    status_code: int | None = None
    success: bool | None = None
