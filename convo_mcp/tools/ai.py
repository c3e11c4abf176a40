"""AI tools: keypoints, coaching feedback, questions, follow-up emails.

``get_*`` read what already exists and never spend. ``generate_*``, ``ask_conversation`` and
``draft_follow_up_email`` may spend one AI generation — only when no cached answer exists — and
every result says what it spent and how many generations are left this month.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field, PlainSerializer

from convo_mcp.convo.models import Feedback, FeedbackNote, Keypoints, Tone
from convo_mcp.outcome import Outcome
from convo_mcp.render import feedback_text, keypoints_text, provenance
from convo_mcp.service import ConvoService
from convo_mcp.tools._args import ConversationId
from convo_mcp.tools._define import Output, tool


class ActionItemOut(BaseModel):
    item: str
    owner: str | None = None
    priority: str | None = None


class Section(BaseModel):
    heading: str | None = None
    points: list[str]


class KeypointsOutput(Output):
    conversation_id: str
    available: bool
    title: str | None = None
    sections: list[Section] = []
    decisions: list[str] = []
    action_items: list[ActionItemOut] = []
    participants: list[str] = []
    important_dates: list[dict[str, str | None]] = []
    source: str | None = None
    credits_spent: int = 0
    ai_generations_left: int | None = Field(None, description="null: unlimited or unknown")


def _score(value: float) -> float | int:
    return int(value) if value.is_integer() else value


Score = Annotated[float, PlainSerializer(_score, when_used="json")]  # 74, not 74.0


class Priority(Output):
    focus: str | None = None
    quote: str | None = None
    reason: str | None = None
    alternative: str | None = None


class Note(Output):
    category: str | None = None
    description: str | None = None
    suggestion: str | None = None
    timestamp: str | None = None
    quote: str | None = None


class FeedbackOutput(Output):
    conversation_id: str
    available: bool
    overall_score: Score | None = None
    speaker: str | None = None
    category_scores: dict[str, Score] = {}
    talk_listen_ratio: float | None = None
    top_priority: Priority | None = None
    strengths: list[Note] = []
    growth_areas: list[Note] = []
    action_plan: list[str] = []
    source: str | None = None
    credits_spent: int = 0
    ai_generations_left: int | None = None


class AnswerOutput(Output):
    conversation_id: str
    question: str
    answer: str
    suggested_questions: list[str] = []
    segments_analyzed: int | None = None
    source: str
    credits_spent: int
    ai_generations_left: int | None = None


class EmailOutput(Output):
    conversation_id: str
    subject: str
    body: str
    key_points: list[str] = []
    action_items: list[str] = []
    source: str
    credits_spent: int
    ai_generations_left: int | None = None


def _dump(items: list[FeedbackNote]) -> list[Note]:
    return [Note.model_validate(i.model_dump(include=set(Note.model_fields))) for i in items]


def cost_line(svc: ConvoService, outcome: Outcome[Any]) -> str:
    spent = "Spent 1 AI generation." if outcome.credits_spent else provenance(outcome) or "No AI generation spent."
    return f"{spent} {svc.quota_note()}"


def keypoints_result(svc: ConvoService, cid: str, out: Outcome[Keypoints] | None) -> tuple[KeypointsOutput, str]:
    left = svc.ai_generations_left()
    if out is None:
        msg = f"No keypoints yet for {cid}. generate_keypoints creates them (1 AI generation; {svc.quota_note()})."
        return KeypointsOutput(conversation_id=cid, available=False, ai_generations_left=left), msg
    kp = out.value.keypoints
    model = KeypointsOutput(
        conversation_id=cid, available=True, title=out.value.title or kp.title,
        sections=[Section(heading=s.heading, points=s.points) for s in kp.sections],
        decisions=kp.decisions,
        action_items=[ActionItemOut(item=a.item, owner=a.owner, priority=a.priority) for a in kp.action_items],
        participants=kp.participants,
        important_dates=[{"date": d.date, "context": d.context} for d in kp.important_dates],
        source=out.source, credits_spent=out.credits_spent,
        ai_generations_left=left,
    )
    return model, f"{keypoints_text(out.value)}\n{cost_line(svc, out)}"


def feedback_result(svc: ConvoService, cid: str, out: Outcome[Feedback] | None) -> tuple[FeedbackOutput, str]:
    left = svc.ai_generations_left()
    if out is None:
        msg = (f"No feedback yet for {cid}. generate_feedback creates it (1 AI generation; needs ≥10 "
               f"segments; {svc.quota_note()}).")
        return FeedbackOutput(conversation_id=cid, available=False, ai_generations_left=left), msg
    fb = out.value
    body = fb.feedback
    model = FeedbackOutput(
        conversation_id=cid, available=True,
        overall_score=fb.overall_score if fb.overall_score is not None else body.overall_score,
        speaker=fb.user_speaker_name, category_scores=body.category_scores,
        talk_listen_ratio=body.talk_listen_ratio,
        top_priority=Priority.model_validate(body.top_priority.model_dump(include=set(Priority.model_fields)))
        if body.top_priority else None,
        strengths=_dump(body.strengths), growth_areas=_dump(body.growth_areas), action_plan=body.action_plan,
        source=out.source, credits_spent=out.credits_spent, ai_generations_left=left,
    )
    return model, f"{feedback_text(fb)}\n{cost_line(svc, out)}"


@tool("get_keypoints", "Get meeting summary", toolset="ai", kind="read",
      description="A meeting's summary if it exists: decisions, action items. Free.")
async def get_keypoints(svc: ConvoService, conversation_id: ConversationId) -> tuple[KeypointsOutput, str]:
    return keypoints_result(svc, conversation_id, await svc.keypoints(conversation_id))


@tool("generate_keypoints", "Generate meeting summary", toolset="ai", kind="ai",
      description="Create a meeting's summary: 1 AI generation unless one exists.")
async def generate_keypoints(
    svc: ConvoService,
    conversation_id: ConversationId,
    regenerate: Annotated[bool, Field(description="Replace existing ones (spends)")] = False,
) -> tuple[KeypointsOutput, str]:
    out = await svc.generate_keypoints(conversation_id, regenerate=regenerate)
    return keypoints_result(svc, conversation_id, out)


@tool("get_feedback", "Get coaching feedback", toolset="ai", kind="read",
      description="A meeting's coaching feedback if it exists: scores, strengths. Free.")
async def get_feedback(svc: ConvoService, conversation_id: ConversationId) -> tuple[FeedbackOutput, str]:
    return feedback_result(svc, conversation_id, await svc.feedback(conversation_id))


@tool("generate_feedback", "Generate coaching feedback", toolset="ai", kind="ai",
      description="Create a meeting's coaching feedback (≥10 segments): 1 AI generation.")
async def generate_feedback(
    svc: ConvoService,
    conversation_id: ConversationId,
    regenerate: Annotated[bool, Field(description="Replace existing ones (spends)")] = False,
) -> tuple[FeedbackOutput, str]:
    out = await svc.generate_feedback(conversation_id, regenerate=regenerate)
    return feedback_result(svc, conversation_id, out)


@tool("ask_conversation", "Ask about a meeting", toolset="ai", kind="ai",
      description="Answer a question about one meeting: 1 AI generation (repeats cached).")
async def ask_conversation(
    svc: ConvoService,
    conversation_id: ConversationId,
    question: Annotated[str, Field(min_length=1, max_length=500, description="≤500 UTF-16 units")],
) -> tuple[AnswerOutput, str]:
    out = await svc.ask(conversation_id, question)
    a = out.value
    model = AnswerOutput(
        conversation_id=conversation_id, question=question, answer=a.response,
        suggested_questions=a.suggested_queries, segments_analyzed=a.metadata.segments_analyzed,
        source=out.source, credits_spent=out.credits_spent, ai_generations_left=svc.ai_generations_left(),
    )
    more = ("\nFollow-ups: " + " | ".join(a.suggested_queries)) if a.suggested_queries else ""
    return model, f"{a.response}{more}\n{cost_line(svc, out)}"


@tool("draft_follow_up_email", "Draft a follow-up email", toolset="ai", kind="ai",
      description="A follow-up email for a meeting. 1 AI generation (cached per tone).")
async def draft_follow_up_email(
    svc: ConvoService,
    conversation_id: ConversationId,
    recipient_name: Annotated[str | None, Field(max_length=100)] = None,
    tone: Tone = "professional",
) -> tuple[EmailOutput, str]:
    out = await svc.draft_email(conversation_id, recipient_name=recipient_name, tone=tone)
    e = out.value
    model = EmailOutput(
        conversation_id=conversation_id, subject=e.subject, body=e.body, key_points=e.key_points,
        action_items=e.action_items, source=out.source, credits_spent=out.credits_spent,
        ai_generations_left=svc.ai_generations_left(),
    )
    return model, f"Subject: {e.subject}\n\n{e.body}\n\n{cost_line(svc, out)}"


TOOLS = [get_keypoints, generate_keypoints, get_feedback, generate_feedback, ask_conversation, draft_follow_up_email]
