"""Generate the summaries the insight tools found missing, within a cap of AI generations."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from convo_mcp.errors import ConvoError
from convo_mcp.insights.report import Summarized, SummarizeOutput, summarize_text
from convo_mcp.service import ConvoService
from convo_mcp.tools._define import tool
from convo_mcp.types import Progress


@tool("summarize_missing", "Summarize meetings", toolset="insights", kind="ai",
      description="Missing summaries: 1 AI generation each, at most max_credits.")
async def summarize_missing(
    svc: ConvoService,
    progress: Progress,
    conversation_ids: Annotated[list[str], Field(min_length=1, max_length=10)],
    max_credits: Annotated[int, Field(ge=1, le=10)],
) -> tuple[SummarizeOutput, str]:
    ids = list(dict.fromkeys(conversation_ids))
    await svc.check_ai_quota()  # refuses up front when nothing is left this month
    results: list[Summarized] = []
    spent = 0
    for n, cid in enumerate(ids, 1):
        left = svc.ai_generations_left()
        try:
            if await svc.keypoints(cid) is not None:
                results.append(Summarized(id=cid, status="existing"))
            elif spent >= max_credits or left == 0:
                why = "max_credits reached" if spent >= max_credits else "no AI generations left"
                results.append(Summarized(id=cid, status="not_generated", detail=why))
            elif (room := svc.spendable_requests()) is not None and room < 1:
                results.append(Summarized(id=cid, status="not_generated", detail="hourly request budget"))
            else:
                out = await svc.generate_keypoints(cid)
                spent += out.credits_spent
                results.append(Summarized(id=cid, status="generated" if out.credits_spent else "existing"))
        except ConvoError as exc:
            results.append(Summarized(id=cid, status="failed", detail=exc.code))
        await progress.step(f"{n} of {len(ids)}", total=len(ids))
    model = SummarizeOutput(results=results, credits_spent=spent, ai_generations_left=svc.ai_generations_left())
    return model, summarize_text(model, svc.quota_note())
