"""The evaluation set for search by meaning: sentences said once in a meeting, each with a query in
other words (no content word shared, checked by :func:`shares_no_word`), as a person who half
remembers the moment would type it; plus the meeting talk they are hidden in.

Written for this bench, across the subjects meetings cover (sales, engineering, hiring, money, legal,
facilities, travel, customers, product, people), in the registers people use (plain statements,
promises, complaints, asides), with queries from two to six words. Tuning uses the even-numbered
pairs, the figures reported are the odd-numbered ones (``bench/meaning.py``).
"""

from __future__ import annotations

import random
import re

# (what was said, what the person searches for later: no content word in common)
PAIRS: list[tuple[str, str]] = [
    ("The espresso machine on the third floor leaked all over the kitchen again.", "broken coffee maker"),
    ("I'll mail the revised statement of work to Initech before Friday.", "send updated contract"),
    ("Churn went up eleven percent in the northeast region this quarter.", "customers leaving east coast"),
    ("Our landlord wants to raise the rent when the lease renews in March.", "office cost increase"),
    ("Two engineers resigned last month and we still haven't backfilled them.", "developers quit replacement hiring"),
    ("The database fell over at two in the morning and paged the whole on-call rotation.",
     "nighttime outage alert"),
    ("Legal flagged the indemnity clause as unacceptable in its current form.", "lawyers object liability terms"),
    ("We burned through most of the advertising money by mid-October.", "marketing spend exhausted"),
    ("My flight to Denver got cancelled so I'll join remotely.", "airline trip problem"),
    ("The new hire starts Monday and doesn't have a laptop yet.", "onboarding equipment missing"),
    ("Acme's procurement team keeps asking for a bigger discount.", "customer wants lower price"),
    ("The mobile app crashes whenever someone uploads a photo from the gallery.", "handset software fault pictures"),
    ("Payroll ran two days late because the bank holiday wasn't in the calendar.", "salaries delayed"),
    ("We should rent a bigger venue because three hundred people registered for the summit.",
     "conference space too small"),
    ("Our biggest client threatened to walk away unless support gets faster.", "key account may cancel"),
    ("The security audit found passwords stored in plain text in the legacy service.",
     "credentials unencrypted vulnerability"),
    ("I'm going on parental leave from the first of February for three months.", "baby time off"),
    ("The printer jammed during the board pack run and we reprinted everything at the copy shop.",
     "paper stuck device"),
    ("Shipping from the Rotterdam warehouse is stuck because of the port strike.", "delivery delay dock workers"),
    ("The quarterly numbers beat the forecast by a comfortable margin.", "results above expectations"),
    ("Marketing wants a refreshed logo and new colours before the rebrand launch.", "visual identity redesign"),
    ("Our cloud bill doubled after the analytics team left their clusters running over the weekend.",
     "hosting costs spike servers idle"),
    ("Please stop scheduling calls over lunch, people need a break.", "meetings during midday meal"),
    ("The intern built a neat dashboard that tracks every open support ticket.",
     "student made chart helpdesk requests"),
    ("We lost the Globex deal to a cheaper competitor.", "rival won opportunity"),
    ("The translation of the help center into Spanish is half done.", "localization documentation progress"),
    ("Half the team caught the flu after the offsite.", "colleagues sick illness"),
    ("We need a sign-off from finance before ordering the new monitors.", "approval buy screens"),
    ("The vendor's API has been timing out for every third request since Tuesday.",
     "supplier interface slow failures"),
    ("Customer satisfaction scores dropped after we removed phone support.", "clients unhappy helpline gone"),
    ("The kids' daycare closes early on Fridays so I log off at three.", "childcare leave afternoon"),
    ("Our patent application got rejected and we have to appeal within sixty days.",
     "intellectual property refused"),
    ("The warehouse robots keep bumping into the shelving on aisle four.", "automated machines collide racks"),
    ("Revenue from the European market overtook North America for the first time.",
     "sales abroad larger than domestic"),
    ("We're moving the all-hands to Thursday because the CEO is travelling.", "company gathering rescheduled"),
    ("The pilot with the hospital ends in June and they want a written evaluation.",
     "healthcare trial report"),
    ("Somebody left the fridge door open and all the milk went sour.", "spoiled dairy refrigerator"),
    ("I think the onboarding flow has too many steps and people abandon it.", "signup funnel drop off"),
    ("The board asked for a plan to reach profitability within eighteen months.",
     "directors demand break even"),
    ("Our search results page takes eight seconds to load on mobile.", "slow site phone"),
    ("The cleaning crew hasn't come in for a week and the bins are overflowing.", "janitors missing trash"),
    ("We renewed the insurance policy but the premium went up by a third.", "coverage more expensive"),
    ("Three candidates dropped out after the take-home assignment.", "applicants withdrew assessment exercise"),
    ("The heating in the east wing is broken and everyone is wearing coats.", "cold building radiator"),
    ("Let's give the support staff a bonus for handling the holiday surge.", "reward helpdesk busy season"),
    ("The tax authority sent a letter about last year's VAT return.", "government revenue notice"),
    ("Our podcast episode with the founder got twenty thousand downloads.", "audio show popular"),
    ("I'd like to hire a contractor to migrate the old invoices into the new system.",
     "freelancer move billing records"),
    ("The elevator has been out of service since the storm.", "lift broken weather"),
    ("We're piloting a four-day work week with the design group.", "shorter schedule trial"),
    ("The firmware update bricked about two hundred thermostats in the field.",
     "software release damaged devices"),
    ("Please don't share the roadmap slides outside the company yet.", "confidential plans leak"),
    ("The caterer forgot the vegetarian meals at the client dinner.", "food order mistake restaurant"),
    ("Our German subsidiary needs a local managing director by law.", "Berlin entity executive requirement"),
    ("The stock price fell after the earnings call.", "shares dropped investors"),
    ("Can someone book a room with a whiteboard for the architecture review?", "reserve space drawing design"),
    ("We found out the competitor copied our pricing page word for word.", "rival plagiarized website"),
    ("Uptime last month was ninety-nine point nine five percent.", "availability reliability figure"),
    ("The school district wants a discount for all forty campuses.", "education customer bulk deal"),
    ("My manager approved the budget for the conference in Lisbon.", "boss okayed Portugal event funds"),
    ("There's a leak in the roof above the server room.", "water damage datacenter ceiling"),
    ("The chatbot keeps recommending products we discontinued years ago.",
     "assistant suggests retired items"),
    ("We've been asked to cut headcount by ten percent before the merger.", "layoffs acquisition"),
    ("I'm worried the demo environment will fall over in front of the investors.",
     "presentation crash fundraising"),
    ("Parking permits for the new lot will be handed out on a first come basis.", "car spaces allocation"),
    ("The recruiter found a great candidate for the staff engineer role.", "hiring senior developer prospect"),
    ("Accounts receivable is chasing six invoices that are more than ninety days overdue.",
     "late payments collections"),
    ("We're switching our email provider at the end of the quarter.", "mail vendor migration"),
    ("The training videos are outdated and still show the old interface.", "tutorials obsolete screenshots"),
    ("Our NPS survey had only a four percent response rate.", "feedback questionnaire low participation"),
    ("The partnership with the bank fell through at the last minute.", "financial alliance collapsed"),
    ("Can we get a standing desk for Priya, her back has been hurting?", "ergonomic furniture pain"),
    ("The data warehouse refresh job failed silently for three nights.", "analytics pipeline broken unnoticed"),
    ("Our booth at the trade show got a lot of foot traffic.", "exhibition stand visitors"),
    ("We decided to sunset the desktop app and focus on the browser version.",
     "retire installed program web"),
    ("The accessibility audit says our forms don't work with screen readers.", "blind users inputs"),
    ("Somebody's dog got into the office and chewed through a charging cable.", "pet damaged cord"),
    ("I'm taking over the Northwind account while Sam is out.", "covering client handover absence"),
    ("The court date for the trademark dispute has been moved to April.", "lawsuit brand hearing postponed"),
    ("We overbooked the hotel block and now have twelve unused rooms.", "accommodation reservations wasted"),
    ("The sales kickoff agenda is too packed, let's drop one keynote.", "annual event schedule crowded"),
    ("Our free trial converts at about three percent to paid.", "evaluation accounts becoming customers"),
    ("The new coffee beans taste burnt, can we switch roasters?", "bitter drink supplier"),
    ("The release train slipped a week because QA found blocking bugs.", "launch delayed testing defects"),
    ("I'd like everyone to complete the harassment prevention course by the end of the month.",
     "mandatory workplace conduct training"),
    ("The solar panels on the roof now cover a third of our electricity.", "renewable energy building"),
    ("We got a cease and desist letter from a company with a similar name.", "legal threat naming conflict"),
    ("The interview panel couldn't agree on the designer candidate.", "hiring committee disagreement"),
    ("The shipping labels printed with the wrong return address.", "parcel stickers error"),
    ("Our translation vendor charges per word and the bill is enormous.", "localization agency expensive"),
    ("The Wi-Fi in the Chicago office drops every afternoon.", "wireless internet unstable"),
    ("A journalist from the Financial Times wants to interview the founder.",
     "press request newspaper reporter"),
    ("We have to renew the SSL certificate before it expires on the ninth.", "https credential lapse"),
    ("The quarterly town hall will be recorded for people in other time zones.",
     "company meeting video overseas staff"),
    ("The loading dock door is stuck open and it's freezing in the warehouse.", "storage facility cold gate"),
    ("We had to refund forty customers after the double charge incident.", "billing error money back"),
    ("I'll draft the job description for the product marketing manager tonight.",
     "write role posting evening"),
    ("Our open source library just passed ten thousand stars.", "github project popularity"),
    ("The mentoring program pairs every junior with a senior colleague.", "coaching newcomers experienced staff"),
    ("Let's move the budget spreadsheet to the shared drive so finance can edit it.",
     "collaborate file accounting access"),
    ("The keynote speaker cancelled two days before the event.", "presenter pulled out"),
    ("We should measure how long it takes support to answer the first message.",
     "helpdesk response time metric"),
    ("The beta testers love the dark mode but hate the new navigation.", "early users feedback theme menu"),
    ("Our office plants all died over the summer break.", "greenery dead holiday"),
    ("The auditors need read access to the general ledger by Wednesday.", "accountants review books permission"),
    ("The van broke down on the highway with all the trade show gear inside.",
     "vehicle failure road equipment"),
    ("Our headcount plan assumes we hire twelve people in the spring.", "recruiting forecast"),
    ("The customer portal shows other people's invoices if you change the number in the URL.",
     "data exposure billing site flaw"),
    ("I want the weekly status email to be half as long.", "shorter update report"),
    ("The lawyers say we can't use the customer's logo without written permission.",
     "brand usage consent attorney"),
    ("The fire alarm test is scheduled for Tuesday at ten.", "evacuation drill"),
    ("Our main supplier in Shenzhen raised prices by fifteen percent.", "China manufacturer costs higher"),
    ("We're launching a referral program that gives both sides a month free.",
     "invite friends reward scheme"),
    ("The video calls keep freezing whenever more than ten people join.", "conferencing lag large group"),
    ("My visa renewal is still pending so I can't travel to the US office.",
     "immigration paperwork trip blocked"),
]

# Meeting talk the planted sentences are hidden in: templates over shared slots, so words such as
# "customer", "contract", "office" or "support" are said in many meetings, as in real accounts.
NAMES = ["Dana", "Jordan", "Lee", "Sam", "Priya", "Marco", "Aisha", "Tom", "Ines", "Kenji", "Ruth", "Omar"]
CLIENTS = ["Acme", "Initech", "Globex", "Umbrella", "Northwind", "Hooli", "Stark", "Wayne", "Soylent", "Vandelay"]
PROJECTS = ["the billing revamp", "the data platform", "project Atlas", "the onboarding redesign",
            "the partner portal", "the search rewrite", "the Q3 campaign", "the mobile release",
            "the pricing page", "the support tooling", "the analytics migration", "the SOC 2 work"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "next week", "tomorrow", "end of month"]
STAGES = ["discovery", "proposal", "negotiation", "legal review", "closed won", "on hold"]
TOPICS = ["the budget", "hiring", "the roadmap", "the renewal", "the timeline", "the demo", "the contract",
          "the launch", "the retro", "the customer feedback", "the metrics", "the handoff", "the backlog",
          "the forecast", "the migration", "the pilot", "the escalation", "the pricing", "the support queue",
          "the release notes", "the office move", "the vendor list", "the hiring plan", "the security review"]
TEMPLATES = [
    "Okay {name}, can you give us a quick update on {project}?",
    "So {project} is mostly on track, we have a couple of open questions on {topic}.",
    "The {client} deal is in {stage} and I expect to hear back by {day}.",
    "Let's circle back on {topic} {day}.",
    "I talked to {name} about {topic} and we agreed to revisit it.",
    "Can we park {topic} for now and come back to it?",
    "{client} asked whether {project} will be ready before their renewal.",
    "I think we need more data before we decide on {topic}.",
    "{name} is out {day}, so {name2} will cover the standup.",
    "We're at about {pct} percent of the target for {project}.",
    "Yeah, that makes sense to me.",
    "Sorry, you were on mute for a second there.",
    "Right, so moving on to {topic}.",
    "Any questions before we move on?",
    "I'll follow up with {client} on {topic} after this.",
    "The numbers for {project} look similar to last quarter.",
    "{name}, do you have the latest on {topic}?",
    "We had a good session with {client} about {topic} on {day}.",
    "Let me share my screen so everyone can see {project}.",
    "I don't have strong feelings about {topic}, whatever works for {name}.",
    "Honestly the main risk for {project} is {topic}.",
    "Let's make sure {client} gets the updated deck about {topic}.",
    "We could split {project} into two phases to reduce risk.",
    "Great, thanks everyone, that's all for {topic}.",
    "I'm still waiting on {name2} for the numbers on {topic}.",
    "{client} renewed for another year, which is good news for {project}.",
    "Who owns {topic} going forward, {name} or {name2}?",
    "The support queue had about {count} tickets from {client} this week.",
    "I can put together a short summary of {topic} for {day}.",
    "Let's keep {project} scoped to what {client} actually needs.",
    "I'm not sure {topic} is the right priority this sprint.",
    "Does anyone object to moving {topic} to {day}?",
    "The office is pretty quiet on {day}s, most people work from home.",
    "We should write down the decision on {topic} somewhere.",
    "That's a fair point, {name}.",
    "Can everyone hear me okay?",
    "{name2} mentioned {client} is hiring a new head of operations.",
    "I'll add {topic} to the agenda for {day}.",
    "Let's timebox {topic} to ten minutes.",
    "We're a bit behind on {project} because of {topic}.",
]


def _fill(rng: random.Random, template: str) -> str:
    a, b = rng.sample(NAMES, 2)
    return template.format(name=a, name2=b, client=rng.choice(CLIENTS), project=rng.choice(PROJECTS),
                           day=rng.choice(DAYS), stage=rng.choice(STAGES), topic=rng.choice(TOPICS),
                           pct=rng.randint(20, 95), count=rng.randint(3, 60))


def talk(rng: random.Random) -> str:
    """One line of ordinary meeting talk."""
    return _fill(rng, rng.choice(TEMPLATES))


# How people turn a remembered phrase into a question (the words inside stay exact).
QUESTIONS = (
    "what did we decide about {a} and {b}?",
    "can you find where {a} came up with {b}",
    "when did someone mention {a} {b}",
    "who talked about the {a} {b} thing",
    "remind me what was said on {b} and {a}",
    "which meeting discussed {a} with {b}?",
    "find the call where we talked about {b} {a}",
    "was there anything about {a} and {b} recently?",
)

_CONTENT = re.compile(r"[a-z0-9]+")


def content_words(text: str) -> list[str]:
    from convo_mcp.search.query import STOPWORDS

    return [w for w in _CONTENT.findall(text.lower()) if w not in STOPWORDS and len(w) > 2]


def _stem(word: str) -> str:
    return word if len(word) <= 4 else word[: max(4, len(word) - 3)]


def shares_no_word(sentence: str, query: str) -> bool:
    """No content word of ``query`` matches one of ``sentence`` by its stem (as the index would)."""
    said = {_stem(w) for w in content_words(sentence)}
    return not any(_stem(w) in said or any(s.startswith(_stem(w)) or _stem(w).startswith(s) for s in said)
                   for w in content_words(query))


def exact_words(sentence: str, background: dict[str, int]) -> tuple[str, str]:
    """The two content words of ``sentence`` said least in the meeting talk: what a person who
    remembers the words would type."""
    words = sorted(set(content_words(sentence)), key=lambda w: (background.get(w, 0), w))
    return words[0], words[1]
