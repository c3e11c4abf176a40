"""Scripts of internal meetings: syncs, 1:1s, hiring, roadmap, pricing committee, short calls."""

from __future__ import annotations

from convo_mcp.sandbox.scriptkit import C, D, DateNote, Kind, L, Topic

PIPELINE = Topic(
    "Pipeline",
    ("{company_a} renewal on track; {company_b} still in pricing", "{company_b} procurement is slow"),
    (
        L("ae", "The {company_a} renewal is on track; {company_b} is still in pricing."),
        L("user", "What's the risk on {company_b}?"),
        L("ae", "Their procurement is slow, but the champion is strong."),
    ),
    decisions=(
        D("user", "Let's move the {company_b} close date to the end of the month.",
          "Move the {company_b} close date to the end of the month"),
    ),
    commitments=(
        C("ae", "I'll update the pipeline forecast in the CRM today.", "Update the pipeline forecast in the CRM",
          "medium"),
    ),
)

ROADMAP_UPDATE = Topic(
    "Roadmap",
    ("Webhooks beta ships on {beta_date}", "Signing work is done"),
    (
        L("pm", "The webhooks beta ships on {beta_date}."),
        L("eng", "We're on track, the signing work is done."),
    ),
    commitments=(
        C("eng", "I'll write up the webhook rollout plan by Thursday.", "Write up the webhook rollout plan",
          "medium"),
    ),
    dates=(DateNote("beta_date", 14, "Webhooks beta release"),),
)

WEEKLY_SYNC = Kind(
    key="weekly_sync",
    titles=("Weekly team sync",),
    roles=("user", "ae", "pm", "eng", "csm"),
    opening=(L("user", "Morning everyone, let's start with pipeline."),),
    topics=(
        PIPELINE,
        Topic(
            "Hiring",
            ("Senior account executive role: final interviews this week",),
            (
                L("user", "Where are we on the senior account executive role?"),
                L("csm", "Ben says two candidates are in final interviews this week."),
            ),
        ),
        ROADMAP_UPDATE,
    ),
    closing=(L("user", "Thanks all, same time next week."),),
)

ONE_ON_ONE = Kind(
    key="one_on_one",
    titles=("1:1 Dana / {peer_first}",),
    roles=("user", "peer"),
    opening=(L("user", "How's your week going, {peer_first}?"),),
    topics=(
        Topic(
            "Goals",
            ("{peer} wants to own a larger account", "{company} proposed as a good fit"),
            (
                L("peer", "This quarter I want to own a larger account."),
                L("user", "I think you're ready. {company} would be a good fit."),
            ),
            decisions=(D("user", "You'll lead the {company} account from now on.",
                         "{peer} will lead the {company} account"),),
        ),
        Topic(
            "Blockers",
            ("Getting time with the product team is the main blocker",),
            (L("peer", "The main blocker is getting time with the product team."),),
            commitments=(
                C("user", "I'll set up a standing slot with the product team for you.",
                  "Set up a standing product-team slot for {peer}", "medium"),
            ),
        ),
        Topic(
            "Career growth",
            ("{peer} wants to attend a leadership course next quarter",),
            (
                L("peer", "I'd like to do a leadership course."),
                L("user", "Let's budget for it next quarter."),
            ),
            commitments=(
                C("peer", "I'll draft the account plan for {company} by next Monday.",
                  "Draft the account plan for {company}", "high"),
            ),
        ),
    ),
    closing=(L("user", "Great chat, see you next week."),),
)

HIRING = Kind(
    key="hiring",
    titles=("Hiring sync — Senior Account Executive", "Interview debrief — backend engineer candidate"),
    roles=("user", "talent", "eng"),
    opening=(L("talent", "Let's go through the hiring pipeline."),),
    topics=(
        Topic(
            "Candidate pipeline",
            ("Three candidates in the final round", "{candidate} has the strongest background"),
            (
                L("talent", "We have three candidates in the final round."),
                L("user", "Who stands out?"),
                L("talent", "{candidate} has the strongest enterprise background."),
            ),
        ),
        Topic(
            "Interview feedback",
            ("Strong case study from {candidate}", "Concern about ramp time; references positive"),
            (
                L("eng", "{candidate_first} did well on the case study, very clear structure."),
                L("user", "My only concern is ramp time."),
                L("talent", "References were very positive."),
            ),
        ),
        Topic(
            "Offer",
            ("Offer to {candidate}", "Target start date {start_date}"),
            (L("user", "I've heard enough."),),
            decisions=(D("user", "Let's extend an offer to {candidate}.", "Extend an offer to {candidate}"),),
            commitments=(
                C("talent", "I'll prepare the offer letter for {candidate_first} by tomorrow.",
                  "Prepare the offer letter for {candidate}", "high"),
                C("user", "I'll call {candidate_first} to share the news personally.",
                  "Call {candidate} to share the offer", "medium"),
            ),
            dates=(DateNote("start_date", 28, "Target start date for {candidate}"),),
        ),
    ),
    closing=(L("talent", "Thanks, I'll keep everyone posted."),),
)

ROADMAP = Kind(
    key="roadmap",
    titles=("Roadmap review — next quarter priorities", "Roadmap review — API and integrations"),
    roles=("user", "pm", "eng", "csm"),
    opening=(L("pm", "Let's review next quarter's priorities."),),
    topics=(
        Topic(
            "Calendar integration",
            ("Outlook calendar support requested by several customers",),
            (
                L("csm", "Several customers asked for Outlook calendar support."),
                L("eng", "That's about three weeks of work."),
            ),
        ),
        Topic(
            "Mobile app",
            ("Mobile offline mode needs at least six weeks",),
            (L("eng", "Mobile offline mode is at least six weeks."),),
        ),
        Topic(
            "Public API",
            ("Customers ask for webhooks and a richer API", "Webhooks beta launches {launch_date}"),
            (L("pm", "Customers keep asking for webhooks and a richer API."),),
            decisions=(D("pm", "We'll ship the webhooks beta before the mobile app.",
                         "Ship the webhooks beta before the mobile app"),),
            commitments=(
                C("pm", "I'll write the PRD for webhook retries.", "Write the PRD for webhook retries", "high"),
                C("eng", "I'll estimate the mobile offline mode by next sprint planning.",
                  "Estimate the mobile offline mode", "medium"),
            ),
            dates=(DateNote("launch_date", 21, "Webhooks beta launch"),),
        ),
    ),
    closing=(L("user", "Good session, thanks."),),
)

PRICING_COMMITTEE = Kind(
    key="pricing_committee",
    titles=("Pricing committee — discount approvals",),
    roles=("user", "ae", "csm"),
    opening=(L("user", "Two discount requests on the agenda today."),),
    topics=(
        Topic(
            "Discount requests",
            ("{company} asks for {discount}% on an annual plan", "Above 15% needs CFO approval"),
            (
                L("ae", "{company} is asking for {discount}% on an annual plan."),
                L("user", "Anything above fifteen percent needs CFO approval."),
            ),
            decisions=(D("user", "We'll cap discounts at 15% without CFO approval.",
                         "Cap discounts at 15% without CFO approval"),),
        ),
        Topic(
            "Packaging",
            ("Customers confuse Professional and Enterprise features",),
            (L("csm", "Customers confuse Professional and Enterprise features."),),
            commitments=(
                C("csm", "I'll draft a one-page plan comparison.", "Draft a one-page plan comparison", "low"),
                C("ae", "I'll send the approved {company} quote today.", "Send the approved {company} quote",
                  "high"),
            ),
        ),
    ),
    closing=(L("user", "Thanks, decisions logged."),),
)

STANDUP = Kind(
    key="standup",
    titles=("Weekly standup",),
    roles=("user", "ae", "eng"),
    opening=(L("user", "Quick round, please."),),
    topics=(
        Topic(
            "Updates",
            ("{company} quote goes out today", "Webhook signing nearly finished"),
            (L("eng", "Finishing webhook signing, no blockers."),),
            commitments=(C("ae", "I'll send the {company} quote right after this call.",
                           "Send the {company} quote", "high"),),
        ),
    ),
    closing=(L("user", "Thanks, that's it."),),
)

QUICK_SYNC = Kind(
    key="quick",
    titles=("Quick sync with Priya",),
    roles=("user", "pm"),
    opening=(L("pm", "Do you have five minutes on the pricing page copy?"),),
    topics=(
        Topic(
            "Pricing page",
            ("Proposal to rename Professional to Team", "Professional name kept for now"),
            (L("user", "Sure."), L("pm", "I'd rename Professional to Team.")),
            decisions=(D("user", "Let's keep the Professional name for now.", "Keep the Professional plan name"),),
            commitments=(C("pm", "I'll update the copy and send it over.", "Update the pricing page copy", "low"),),
        ),
    ),
    closing=(L("user", "Thanks."),),
)

INTERNAL_KINDS: dict[str, Kind] = {
    k.key: k for k in (WEEKLY_SYNC, ONE_ON_ONE, HIRING, ROADMAP, PRICING_COMMITTEE, STANDUP, QUICK_SYNC)
}
