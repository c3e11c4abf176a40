"""Script of the long meeting: a two-hour quarterly planning offsite (~1,500 segments)."""

from __future__ import annotations

from convo_mcp.sandbox.scriptkit import C, D, DateNote, Kind, L, Topic
from convo_mcp.sandbox.scripts_internal import PIPELINE

OFFSITE = Kind(
    key="offsite",
    titles=("Quarterly planning offsite",),
    roles=("user", "ae", "pm", "eng", "csm", "talent"),
    opening=(
        L("user", "Welcome to the quarterly planning offsite. We have a packed agenda."),
        L("user", "Revenue targets first, then pipeline, hiring, roadmap, onboarding, security and budget."),
    ),
    topics=(
        Topic(
            "Revenue targets",
            ("Last quarter closed at 108% of target", "New target: 2.4 million in new ARR"),
            (
                L("user", "Last quarter we closed at 108% of target."),
                L("ae", "Most of the upside came from expansions, Acme Corp in particular."),
                L("user", "For next quarter I'm proposing 2.4 million in new ARR."),
            ),
            decisions=(D("user", "We'll commit to 2.4 million in new ARR next quarter.",
                         "Commit to 2.4 million in new ARR next quarter"),),
        ),
        PIPELINE,
        Topic(
            "Hiring plan",
            ("Two account executives and one backend engineer", "Referral bonus doubled"),
            (
                L("talent", "We need two more account executives and one backend engineer."),
                L("eng", "The backend hire is critical for the API work."),
                L("talent", "Referrals have been our best source of candidates."),
            ),
            decisions=(D("user", "Let's double the referral bonus this quarter.",
                         "Double the referral bonus this quarter"),),
            commitments=(C("talent", "I'll open the three requisitions by Monday.",
                           "Open the three requisitions", "high"),),
        ),
        Topic(
            "Product roadmap",
            ("Webhooks and the public API are the top priority", "Mobile offline mode moves to next quarter"),
            (
                L("pm", "Webhooks and the public API are the top priority."),
                L("eng", "Mobile offline mode has to move to next quarter."),
            ),
            decisions=(D("pm", "We'll ship the public API before mobile offline mode.",
                         "Ship the public API before mobile offline mode"),),
            commitments=(C("pm", "I'll publish the updated roadmap to the whole company.",
                           "Publish the updated roadmap", "medium"),),
            dates=(DateNote("api_ga", 45, "Public API general availability"),),
        ),
        Topic(
            "Customer onboarding",
            ("Time to first value is eleven days; goal is five", "Templates for Initech-style rollouts"),
            (
                L("csm", "Time to first value is eleven days today. I want it under five."),
                L("csm", "The Initech rollout showed that templates help a lot."),
            ),
            commitments=(C("csm", "I'll build onboarding templates for the three most common rollouts.",
                           "Build onboarding templates for common rollouts", "medium"),),
        ),
        Topic(
            "Security and compliance",
            ("Healthcare deals such as Umbrella Health need HIPAA readiness", "SOC 2 renewal due"),
            (
                L("eng", "Healthcare deals like Umbrella Health need HIPAA readiness."),
                L("eng", "Our SOC 2 renewal audit is due soon."),
            ),
            decisions=(D("user", "We'll pursue HIPAA readiness this quarter.", "Pursue HIPAA readiness this quarter"),),
            commitments=(C("eng", "I'll get quotes from two HIPAA auditors.", "Get quotes from two HIPAA auditors",
                           "high"),),
            dates=(DateNote("soc2_audit", 60, "SOC 2 renewal audit"),),
        ),
        Topic(
            "Pricing and packaging",
            ("Discounts above 15% need CFO approval", "Globex and Umbrella Health deals are price-sensitive"),
            (
                L("ae", "Globex and Umbrella Health are both price-sensitive."),
                L("user", "We keep the fifteen percent cap without CFO approval."),
            ),
        ),
        Topic(
            "Budget",
            ("Marketing budget up 10%", "Travel budget flat"),
            (
                L("user", "Marketing gets a ten percent increase; travel stays flat."),
                L("ae", "Can we fund two customer events from that?"),
            ),
            decisions=(D("user", "We'll fund two customer events from the marketing increase.",
                         "Fund two customer events from the marketing budget increase"),),
            commitments=(C("user", "I'll send the final budget to finance by Friday.",
                           "Send the final budget to finance", "high"),),
        ),
    ),
    closing=(L("user", "Thank you all. Great energy today."),),
)
