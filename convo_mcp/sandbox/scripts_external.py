"""Scripts of customer-facing meetings (titles always name the company)."""

from __future__ import annotations

from convo_mcp.sandbox.scriptkit import C, D, DateNote, Kind, L, Topic

DISCOVERY = Kind(
    key="discovery",
    titles=("{company} — discovery call", "{company} — intro call"),
    roles=("user", "ae", "c1", "c2"),
    opening=(
        L("ae", "Thanks for making time today, {c1_first}. Dana is joining us as well."),
        L("c1", "Happy to. We've been looking at meeting tools for a while."),
    ),
    topics=(
        Topic(
            "Current workflow",
            ("{company} captures meeting notes by hand across scattered documents",
             "IT has no visibility into where recordings are stored"),
            (
                L("ae", "How does your team capture meeting notes today?"),
                L("c1", "Mostly by hand. Notes end up in a dozen documents and nobody can find the decisions."),
                L("c2", "And from the IT side we have no idea where recordings are stored, which worries me."),
                L("user", "That's the most common pain we hear: decisions get lost between meetings."),
            ),
        ),
        Topic(
            "Requirements",
            ("Needs searchable transcripts and action items with owners",
             "SSO and a clear data-retention policy are mandatory",
             "About {seats} users in the first phase"),
            (
                L("c1", "We need searchable transcripts and action items with clear owners."),
                L("c2", "SSO is a must, and we need to know the data retention policy."),
                L("ae", "Both are covered in the Professional plan. Retention is configurable per workspace."),
                L("c1", "Roughly {seats} people would use it in the first phase."),
            ),
            decisions=(
                D("c1", "Let's set up a technical deep-dive with {c2_first} next week.",
                  "Schedule a technical deep-dive with {c2} next week"),
            ),
        ),
        Topic(
            "Next steps",
            ("Case studies from the {industry} industry will be shared",
             "Technical deep-dive planned for {deepdive}"),
            (L("user", "Let's agree on next steps before we drop off."),),
            commitments=(
                C("ae", "I'll send over two customer case studies from the {industry} space by Thursday.",
                  "Send two {industry} case studies to {c1}", "medium"),
                C("c1", "I'll share our current meeting-notes workflow document with you.",
                  "Share the current meeting-notes workflow document", "low"),
            ),
            dates=(DateNote("deepdive", 7, "Technical deep-dive with {company}"),),
        ),
    ),
    closing=(L("user", "Great conversation. Talk soon, everyone."), L("c1", "Thanks, talk soon.")),
)

PRICING = Kind(
    key="pricing",
    titles=("{company} — pricing review", "{company} — pricing follow-up"),
    roles=("user", "ae", "c1", "c2"),
    opening=(L("user", "Thanks for joining, {c1_first}. Today is all about pricing and terms."),),
    topics=(
        Topic(
            "Pricing",
            ("{seats} seats at a list price of ${price} per seat per month",
             "{company} asked for flexibility in exchange for an annual commitment"),
            (
                L("ae", "Based on {seats} seats, list price is ${price} per seat per month."),
                L("c1", "That's above what we budgeted. Is there flexibility on an annual commitment?"),
                L("user", "There is. Annual billing is where we can move on price."),
                L("c2", "Procurement will also want net-60 payment terms."),
            ),
            decisions=(
                D("c1", "Okay, we'll go with the annual plan at {discount}% discount.",
                  "Go with the annual plan at a {discount}% discount"),
            ),
        ),
        Topic(
            "Contract terms",
            ("Contract starts on {contract_start}", "Net-60 payment terms accepted"),
            (
                L("c2", "Can we start the contract on {contract_start}?"),
                L("ae", "Yes, and net-60 works for us."),
            ),
            decisions=(D("user", "Then we agree on net-60 payment terms.", "Accept net-60 payment terms"),),
            commitments=(
                C("user", "I'll send the revised order form by Friday.", "Send the revised order form", "high"),
                C("c1", "I'll get budget sign-off from our finance team this week.",
                  "Get budget sign-off from finance", "high"),
            ),
            dates=(DateNote("contract_start", 14, "Contract start for {company}"),),
        ),
    ),
    closing=(L("user", "Thanks both, this was productive."),),
)

RENEWAL = Kind(
    key="renewal",
    titles=("{company} — renewal call", "{company} — renewal follow-up"),
    roles=("user", "ae", "csm", "c1"),
    opening=(L("csm", "Hi {c1_first}, thanks for joining. Lee and Dana are here too."),),
    topics=(
        Topic(
            "Usage review",
            ("Adoption at {adoption}% of licensed seats", "Sales team usage lags behind operations"),
            (
                L("csm", "Adoption is at {adoption}% of licensed seats, up from last quarter."),
                L("c1", "The operations team uses it daily; sales uses it less."),
                L("csm", "We can run a refresher session for the sales team."),
            ),
        ),
        Topic(
            "Renewal terms",
            ("Current pricing held for a twelve-month renewal", "{extra} extra seats for the regional office"),
            (
                L("ae", "Your renewal is coming up on {renewal_date}. We'd like to lock in current pricing."),
                L("c1", "We want to add {extra} seats for the new regional office."),
                L("user", "We can hold current pricing if you renew for twelve months."),
            ),
            decisions=(
                D("c1", "Let's renew for twelve months and add the {extra} seats.",
                  "Renew for 12 months and add {extra} seats"),
            ),
            commitments=(
                C("ae", "I'll send the renewal quote by Wednesday.", "Send the renewal quote", "high"),
                C("c1", "I'll confirm the final seat count with the department heads.",
                  "Confirm the seat count with department heads", "medium"),
                C("csm", "I'll schedule a refresher training for the sales team.",
                  "Schedule a refresher training for the sales team", "low"),
            ),
            dates=(DateNote("renewal_date", 30, "{company} renewal date"),),
        ),
    ),
    closing=(L("c1", "Sounds good. Thanks everyone."),),
)

SECURITY = Kind(
    key="security",
    titles=("{company} — security review", "{company} — security questionnaire walkthrough"),
    roles=("user", "eng", "c1", "c2"),
    opening=(L("user", "Marcus from our engineering team will take the security questions today."),),
    topics=(
        Topic(
            "Compliance",
            ("SOC 2 Type II report and annual penetration test available", "{compliance_point}"),
            (
                L("c2", "Before we go further we need your SOC 2 report."),
                L("eng", "We have a SOC 2 Type II report, renewed this year, plus an annual penetration test."),
                L("c2", "{compliance_ask}"),
                L("eng", "Data is hosted in the EU or the US, customer's choice, encrypted at rest with AES-256."),
            ),
        ),
        Topic(
            "SSO and provisioning",
            ("{company} uses Okta; SAML SSO and SCIM are supported",),
            (
                L("c2", "We use Okta. Do you support SAML and SCIM?"),
                L("eng", "Yes to both. SCIM provisioning is available on Enterprise."),
            ),
            decisions=(
                D("c1", "Let's enable SAML SSO for the pilot group first.", "Enable SAML SSO for the pilot group"),
            ),
        ),
        Topic(
            "Data retention",
            ("Retention is configurable from thirty days to indefinitely", "{company} wants a 90-day default"),
            (
                L("c2", "How long are recordings kept?"),
                L("eng", "Retention is configurable, from thirty days to indefinitely."),
            ),
            decisions=(D("c2", "We'll set a ninety-day retention policy.", "Set a 90-day retention policy"),),
            commitments=(
                C("eng", "I'll send the SOC 2 Type II report and the pen-test summary today.",
                  "Send the SOC 2 Type II report and pen-test summary", "high"),
                C("c2", "I'll complete your vendor security questionnaire by {review_deadline}.",
                  "Complete the vendor security questionnaire", "medium"),
            ),
            dates=(DateNote("review_deadline", 10, "Security review deadline for {company}"),),
        ),
    ),
    closing=(L("c1", "Thanks, this answers most of our questions."),),
)

ONBOARDING = Kind(
    key="onboarding",
    titles=("{company} — onboarding kickoff", "{company} — pilot kickoff"),
    roles=("user", "csm", "c1", "c2"),
    opening=(L("csm", "Welcome aboard, {company}! Let's walk through the onboarding plan."),),
    topics=(
        Topic(
            "Rollout plan",
            ("Rollout in two waves", "The {team} team goes first"),
            (
                L("csm", "We suggest rolling out in two waves."),
                L("c1", "The {team} team is the most eager, they should go first."),
            ),
            decisions=(D("c1", "We'll roll out to the {team} team first.", "Roll out to the {team} team first"),),
        ),
        Topic(
            "Admin training",
            ("Admins need a one-hour training session", "{c2} is the main admin"),
            (
                L("csm", "Admins need a one-hour training session."),
                L("c2", "I'll be the main admin on our side."),
            ),
            commitments=(
                C("csm", "I'll schedule the admin training for {c2_first} next week.",
                  "Schedule admin training for {c2}", "medium"),
            ),
        ),
        Topic(
            "Integrations",
            ("{integration} integration needed on day one", "Go-live on {golive}"),
            (
                L("c2", "We need the {integration} integration working on day one."),
                L("csm", "That's a standard connector; setup takes about ten minutes."),
                L("user", "Let's target go-live on {golive}."),
            ),
            commitments=(
                C("c2", "I'll provision the user accounts through SCIM before go-live.",
                  "Provision user accounts via SCIM", "high"),
            ),
            dates=(DateNote("golive", 21, "Go-live for {company}"),),
        ),
    ),
    closing=(L("c1", "Exciting. Thanks, team."),),
)

CHECKIN = Kind(
    key="checkin",
    titles=("{company} — monthly check-in", "{company} — adoption check-in"),
    roles=("user", "csm", "pm", "c1"),
    opening=(L("csm", "Hi {c1_first}, good to see you. Priya from product joined today."),),
    topics=(
        Topic(
            "Adoption",
            ("Weekly active users up {growth}% since last month",),
            (
                L("csm", "Weekly active users are up {growth}% since last month."),
                L("c1", "People love the automatic action items."),
            ),
        ),
        Topic(
            "Support tickets",
            ("Two calendar-sync tickets, both resolved (expired Google token)",),
            (
                L("c1", "We had two tickets about calendar sync this month."),
                L("csm", "Both were resolved; the root cause was an expired Google token."),
            ),
        ),
        Topic(
            "Feature requests",
            ("A deeper {integration} integration is the top request",),
            (
                L("c1", "Our biggest ask is a deeper {integration} integration."),
                L("pm", "It's on our roadmap for next quarter."),
            ),
            decisions=(
                D("pm", "We'll prioritise the {integration} integration request for next quarter's review.",
                  "Prioritise the {integration} integration request for next quarter's review"),
            ),
            commitments=(
                C("pm", "I'll share the integration roadmap with {c1_first} by end of week.",
                  "Share the integration roadmap with {c1}", "medium"),
                C("csm", "I'll send a summary of the resolved tickets.",
                  "Send a summary of the resolved support tickets", "low"),
            ),
        ),
    ),
    closing=(L("c1", "Thanks, see you next month."),),
)

EXTERNAL_KINDS: dict[str, Kind] = {
    k.key: k for k in (DISCOVERY, PRICING, RENEWAL, SECURITY, ONBOARDING, CHECKIN)
}
