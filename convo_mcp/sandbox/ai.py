"""Deterministic stand-in for Convo's AI: keypoints, coaching feedback, Q&A and follow-up emails.

Everything is derived from a meeting's script facts and transcript, so the same meeting always
yields the same decisions, owners and scores.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from convo_mcp.sandbox.models import Conversation, Segment

CATEGORIES = ("clarity", "listening", "timeManagement", "collaboration", "decisionMaking")
CATEGORY_NAMES = {
    "clarity": "clarity", "listening": "active listening", "timeManagement": "time management",
    "collaboration": "collaboration", "decisionMaking": "decision making",
}
GROWTH = {
    "clarity": ("Some explanations ran long before reaching the point.",
                "Lead with the conclusion, then give the supporting detail."),
    "listening": ("You sometimes moved on before others finished their thought.",
                  "Pause and paraphrase what you heard before responding."),
    "timeManagement": ("Several agenda items ran over their time.",
                       "Time-box each topic and park side discussions."),
    "collaboration": ("Quieter participants had few openings to contribute.",
                      "Invite input by name from people who have not spoken."),
    "decisionMaking": ("Some discussions ended without an explicit decision.",
                       "Close each topic by stating the decision and its owner."),
}
STOPWORDS = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "could", "did", "do", "does", "for",
    "from", "had", "has", "have", "how", "i", "if", "in", "is", "it", "its", "me", "my", "no", "not",
    "of", "on", "or", "our", "so", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "to", "us", "was", "we", "were", "what", "when", "where", "which", "who", "whom",
    "why", "will", "with", "would", "you", "your", "about", "any", "all", "also", "been", "into", "just",
    "more", "most", "should", "some", "such", "tell", "said", "say", "says", "meeting", "conversation",
    "call",
))
DECISION_WORDS = frozenset({"decide", "decided", "decision", "decisions", "agree", "agreed", "conclude"})
ACTION_WORDS = frozenset({"action", "actions", "next", "steps", "todo", "todos", "owner", "owners",
                          "follow", "task", "tasks", "commitment", "commitments", "responsible"})
DATE_WORDS = frozenset({"date", "dates", "deadline", "deadlines", "when", "timeline"})


def _seed(*parts: object) -> bytes:
    return hashlib.sha256(":".join(str(p) for p in parts).encode()).digest()


def clock(segment: Segment) -> str:
    return f"{segment.at:%H:%M}"


def keypoints(conv: Conversation) -> dict[str, Any]:
    facts = conv.facts
    return {
        "title": conv.title,
        "sections": [{"heading": s.heading, "points": list(s.points)} for s in facts.sections],
        "decisions": list(facts.decisions),
        "actionItems": [
            {"item": a.item, "owner": a.owner, "confidence": a.confidence, "priority": a.priority}
            for a in facts.action_items
        ],
        "participants": list(facts.participants),
        "importantDates": [{"date": d.date, "context": d.context} for d in facts.important_dates],
    }


def _user_lines(conv: Conversation) -> list[Segment]:
    mine = [s for s in conv.segments if s.speaker == conv.user_speaker]
    return mine or conv.segments[:1]


def feedback(conv: Conversation, *, include_top_priority: bool = True) -> dict[str, Any]:
    """The ``feedback`` object; scores are stable per conversation id."""
    seed = _seed("feedback", conv.id)
    scores = {c: 55 + seed[i] % 41 for i, c in enumerate(CATEGORIES)}
    overall = round(sum(scores.values()) / len(scores))
    mine = _user_lines(conv)
    scripted = [s for s in mine if s.tag] or mine
    small_talk = [s for s in mine if not s.tag] or mine
    weakest = sorted(CATEGORIES, key=lambda c: (scores[c], c))[:2]
    strongest = sorted(CATEGORIES, key=lambda c: (-scores[c], c))[:2]
    strengths = [
        {"category": cat, "description": f"Strong {CATEGORY_NAMES[cat]}: you kept the discussion concrete.",
         "timestamp": clock(seg), "quote": seg.text}
        for cat, seg in zip(strongest, [scripted[0], scripted[-1]], strict=True)
    ]
    growth = [
        {"category": cat, "description": GROWTH[cat][0], "suggestion": GROWTH[cat][1],
         "timestamp": clock(small_talk[(i * 7) % len(small_talk)])}
        for i, cat in enumerate(weakest)
    ]
    result: dict[str, Any] = {
        "overallScore": overall,
        "strengths": strengths,
        "growthAreas": growth,
        "categoryScores": scores,
        "talkListenRatio": round(len([s for s in conv.segments if s.speaker == conv.user_speaker])
                                 / max(1, len(conv.segments)), 2),
        "actionPlan": [GROWTH[cat][1] for cat in weakest]
        + ["Send a written recap with owners and dates within 24 hours."],
    }
    if include_top_priority:
        focus = weakest[0]
        quote = small_talk[len(small_talk) // 2]
        result["topPriority"] = {
            "focus": CATEGORY_NAMES[focus].capitalize(),
            "quote": quote.text,
            "reason": GROWTH[focus][0],
            "alternative": GROWTH[focus][1],
        }
    return result


def words(text: str) -> set[str]:
    out = set()
    for word in re.findall(r"[a-z0-9$%]+", text.lower().replace("'s", "")):
        if word in STOPWORDS or len(word) < 3:
            continue
        out.add(word[:-1] if len(word) > 4 and word.endswith("s") else word)
    return out


PROMISE_WORDS = frozenset({"promise", "promised", "commit", "committed", "agree", "agreed", "owe", "offer",
                           "offered", "will", "going", "follow", "send", "take"})
_COMMITMENT = re.compile(r"\b(i'll|i will|i can|i'm going to|let me|we'll|we will|i'll take|on me)\b", re.I)


def _relevant(conv: Conversation, query: str, limit: int = 3) -> list[Segment]:
    """The lines that best answer ``query``: shared words, the speaker it names (by first name),
    and, for a question about promises, lines that commit to something."""
    query_words = words(query)
    raw = set(re.findall(r"[a-z]+", query.lower()))
    named = {s.speaker for s in conv.segments if s.speaker.split()[0].lower() in raw}
    promise = bool(raw & PROMISE_WORDS)
    scored = []
    for index, seg in enumerate(conv.segments):
        score = float(len(query_words & words(seg.text)))
        if named and seg.speaker in named:
            score += 1.0 + (1.5 if promise and _COMMITMENT.search(seg.text) else 0.0)
        elif promise and not named and _COMMITMENT.search(seg.text):
            score += 1.0
        if score > (1.0 if named else 0.0):
            scored.append((score + (0.5 if seg.tag else 0.0), -index, seg))
    scored.sort(reverse=True, key=lambda t: (t[0], t[1]))
    return sorted((s for _, _, s in scored[:limit]), key=lambda s: s.at)


def answer(conv: Conversation, query: str) -> str:
    raw = set(re.findall(r"[a-z]+", query.lower()))
    facts = conv.facts
    parts: list[str] = []
    if raw & DECISION_WORDS:
        decided = "; ".join(facts.decisions) or "no explicit decisions were recorded"
        parts.append(f"Decisions: {decided}.")
    if raw & ACTION_WORDS or "who" in raw:
        items = "; ".join(f"{a.item} (owner: {a.owner}, {a.priority} priority)" for a in facts.action_items)
        parts.append(f"Action items: {items or 'none were recorded'}.")
    if raw & DATE_WORDS:
        dates = "; ".join(f"{d.date}: {d.context}" for d in facts.important_dates)
        parts.append(f"Important dates: {dates or 'none were mentioned'}.")
    quotes = _relevant(conv, query)
    if quotes:
        lines = "\n".join(f'- [{clock(s)}] {s.speaker}: "{s.text}"' for s in quotes)
        parts.append(f"Relevant moments:\n{lines}")
    if not parts:
        topics = ", ".join(s.heading.lower() for s in facts.sections)
        return (f'I could not find anything about that in "{conv.title}". '
                f"The conversation covered: {topics}.")
    return f'Based on the transcript of "{conv.title}":\n' + "\n".join(parts)


def suggested_queries(conv: Conversation) -> list[str]:
    headings = [s.heading.lower() for s in conv.facts.sections] or ["the main topic"]
    return [
        f"What did we decide about {headings[0]}?",
        "What are the action items and who owns them?",
        f"What was said about {headings[-1]}?",
    ]


EMAIL_STYLE = {
    "professional": ("Follow-up: {title}", "Dear {name},", "Dear all,",
                     'Thank you for your time in our meeting "{title}". Here is a summary of what we discussed.',
                     "Please let me know if I have missed anything.\n\nBest regards,\n{sender}"),
    "casual": ("Quick recap — {title}", "Hi {name}!", "Hi everyone!",
               'Thanks for the chat about "{title}" — here is a quick recap.',
               "Shout if I missed something!\n\nCheers,\n{sender_first}"),
    "concise": ("Recap: {title}", "{name} —", "Hi all —", 'Recap of "{title}":', "{sender_first}"),
}
EMAIL_TONES = tuple(EMAIL_STYLE)


def email(conv: Conversation, *, recipient: str | None, tone: str) -> dict[str, Any]:
    facts = conv.facts
    key_points = list(dict.fromkeys(list(facts.decisions) + [s.points[0] for s in facts.sections if s.points]))[:5]
    actions = [f"{a.item} — {a.owner}" for a in facts.action_items]
    subject, greet, greet_all, intro, outro = EMAIL_STYLE[tone]
    sender = conv.user_speaker
    fields = {"title": conv.title, "name": recipient or "", "sender": sender, "sender_first": sender.split()[0]}
    bullets = "\n".join(f"- {p}" for p in key_points) or "- (no key points recorded)"
    todo = "\n".join(f"- {a}" for a in actions) or "- No action items were recorded."
    if tone == "concise":
        middle = f"{bullets}\nNext steps:\n{todo}"
    else:
        middle = f"Key points:\n{bullets}\n\nNext steps:\n{todo}"
    body = "\n\n".join([
        (greet if recipient else greet_all).format_map(fields),
        intro.format_map(fields),
        middle,
        outro.format_map(fields),
    ])
    return {"subject": subject.format_map(fields), "body": body, "keyPoints": key_points, "actionItems": actions}
