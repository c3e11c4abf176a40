"""Commitments evaluation set, half A: ten weeks of meetings at Larkspur Logistics, a freight-software startup, and its customers. Written by hand; see the fields below."""

from __future__ import annotations

# Cast: Nadia Okafor (engineering lead), Tomasz Wrobel and Priya Raman (engineers), Grace Lindqvist (product),
# Hannah Cho (customer success), Marcus Bell (sales), Omar Haddad (finance and ops), Elliot Vance (CEO);
# customer contacts Rosa Delgado (Brightwater Foods), Dale Keller (Keller & Sons Freight), Ines Ferreira (Tidewell Cold Chain).
# Other names that come up: Northgate Distribution (prospect), Corvane (EDI partner), Harlow Talent (recruiters).

PEOPLE = ["Nadia Okafor", "Tomasz Wrobel", "Priya Raman", "Grace Lindqvist", "Hannah Cho", "Marcus Bell", "Omar Haddad", "Elliot Vance", "Rosa Delgado", "Dale Keller", "Ines Ferreira"]

# Each meeting: id, title, start (ISO 8601 UTC), lines as (speaker, seconds from the start, text).
# A line's index is its position in "lines" (0-based).
MEETINGS: list[dict] = [
    {"id": "a01", "title": "Engineering weekly sync", "start": "2026-09-07T09:30:00Z", "lines": [
        ("Nadia Okafor", 0, "Okay, morning, everyone. Let's get going. Is Grace joining, does anyone know?"),  # 0
        ("Priya Raman", 8, "She said two minutes, she's on the Northgate call."),  # 1
        ("Nadia Okafor", 15, "Fine, we'll start without her. Um, so. First week of September, which means the certs thing. The carrier portal certificates expire on the eighteenth."),  # 2
        ("Tomasz Wrobel", 26, "Again? Didn't we literally just do those?"),  # 3
        ("Nadia Okafor", 32, "That was June. The portal ones are ninety-day certs, it's only the marketing site that's on the annual one."),  # 4
        ("Tomasz Wrobel", 128, "Why are they ninety-day certs?"),  # 5
        ("Nadia Okafor", 134, "Because someone set it up that way in 2023 and then left the company."),  # 6
        ("Nadia Okafor", 143, "Priya, can you renew the TLS certificates on the portal before they lapse?"),  # 7
        ("Priya Raman", 150, "Yeah, I'll get it done this week. And I want to script it this time, honestly, so we stop doing it by hand every three months."),  # 8
        ("Nadia Okafor", 164, "Please. Yes. Okay, that's one. Tomasz, the Keller thing."),  # 9
        ("Tomasz Wrobel", 172, "Right, so. Keller's rate files. They changed their export — the headers now have trailing spaces and a byte-order mark, and our parser just, it chokes. It reads the first column as, like, garbage-O-r-i-g-i-n."),  # 10
        ("Priya Raman", 190, "Classic."),  # 11
        ("Tomasz Wrobel", 194, "So I'm going to fix the header parsing for their files, it's small, by Wednesday."),  # 12
        ("Nadia Okafor", 201, "Wednesday's fine. Does Hannah know? Dale's going to email her, he always emails her."),  # 13
        ("Tomasz Wrobel", 210, "Probably not yet."),  # 14
        ("Nadia Okafor", 213, "Okay, I'll mention it to Hannah — actually, no, you do it, you know the details and I'll get them wrong."),  # 15
        ("Tomasz Wrobel", 224, "Yeah, fine. I'll post it in the customer channel."),  # 16
        ("Grace Lindqvist", 231, "Hey — sorry, sorry. Northgate ran over."),  # 17
        ("Nadia Okafor", 237, "No worries. We're on Keller, Tomasz is fixing the parser."),  # 18
        ("Grace Lindqvist", 244, "Oh good. Is that the, um, the BOM thing?"),  # 19
        ("Tomasz Wrobel", 252, "It's the BOM thing."),  # 20
        ("Grace Lindqvist", 258, "Love that for us."),  # 21
        ("Tomasz Wrobel", 263, "Oh, and the Brightwater sandbox logins went out this morning, I sent them to their IT guy. Frank something. Frank Ostrowski?"),  # 22
        ("Grace Lindqvist", 319, "Great, so they can actually poke around before Wednesday's call."),  # 23
        ("Nadia Okafor", 327, "Okay. On-call. So the rotation's been a bit of a mess since the swaps in August, and I keep getting DMs asking who's on."),  # 24
        ("Priya Raman", 341, "It's in PagerDuty."),  # 25
        ("Nadia Okafor", 346, "It is in PagerDuty, but nobody opens PagerDuty until it's screaming at them. So I'll write up the new on-call rotation doc, with the escalation path and who covers public holidays."),  # 26
        ("Tomasz Wrobel", 361, "Can it say who to call when PagerDuty itself is down?"),  # 27
        ("Nadia Okafor", 370, "Ha. Sure. \"Pray.\""),  # 28
        ("Grace Lindqvist", 374, "So, dock scheduling. Elliot pinged me about it twice over the weekend."),  # 29
        ("Nadia Okafor", 381, "Of course he did."),  # 30
        ("Grace Lindqvist", 387, "I know. So — the PRD. Leave it with me, I'll have a first draft by the fifteenth, so it's ready for sprint planning."),  # 31
        ("Tomasz Wrobel", 400, "Is it still just Brightwater asking?"),  # 32
        ("Grace Lindqvist", 406, "Brightwater and Tidewell. And Northgate brought it up just now, actually, unprompted."),  # 33
        ("Priya Raman", 413, "We should probably revisit how the booking slots work at some point, the current model doesn't really handle warehouses with more than one dock."),  # 34
        ("Grace Lindqvist", 426, "Yeah, that's — yeah. Put a pin in that."),  # 35
        ("Nadia Okafor", 434, "Then the Postgres upgrade. Fourteen goes end-of-life next year and I'd really rather not do it in a panic."),  # 36
        ("Tomasz Wrobel", 445, "Not it."),  # 37
        ("Priya Raman", 449, "Um, I can take the Postgres upgrade, if nobody else wants it. I'd want it done before the end of the month, though, before Tidewell ramps up."),  # 38
        ("Nadia Okafor", 486, "End of the month works. Thank you."),  # 39
        ("Tomasz Wrobel", 492, "Should we bump the staging database size while we're at it? It's been sitting at like ninety percent disk."),  # 40
        ("Nadia Okafor", 567, "Hmm. Maybe. Let's see what the upgrade needs first."),  # 41
        ("Nadia Okafor", 574, "Let me share my screen, I want to show you the error budget thing."),  # 42
        ("Priya Raman", 583, "Yep, we can see it."),  # 43
        ("Nadia Okafor", 587, "So this is the last thirty days. Importer's fine, API's fine, the portal is... not great. Two blips last Tuesday."),  # 44
        ("Tomasz Wrobel", 598, "That was the deploy."),  # 45
        ("Nadia Okafor", 602, "Right, that was the deploy. Okay."),  # 46
        ("Priya Raman", 606, "I'm out Friday afternoon, by the way. Dentist."),  # 47
        ("Nadia Okafor", 611, "Noted. Enjoy."),  # 48
        ("Priya Raman", 615, "Nobody enjoys the dentist."),  # 49
        ("Grace Lindqvist", 620, "Also, reminder, Tomasz always does the release notes on Thursdays, so if you shipped something, tell him, last week's were very thin."),  # 50
        ("Tomasz Wrobel", 721, "They were two lines. One of them was \"misc fixes\"."),  # 51
        ("Nadia Okafor", 728, "Okay. Anything else? No? Cool. Thanks, all."),  # 52
    ]},
    {"id": "a02", "title": "Go-to-market weekly", "start": "2026-09-07T16:30:00Z", "lines": [
        ("Elliot Vance", 0, "Okay, let's do this, I've got a hard stop at five-thirty."),  # 0
        ("Marcus Bell", 6, "Same. I've got a — I have a thing."),  # 1
        ("Elliot Vance", 13, "You always have a thing. Marcus, pipeline."),  # 2
        ("Marcus Bell", 18, "So. Northgate's the big one. Grace and I were on with them this morning, it went really well, they want a proposal. They're talking three hundred trucks, maybe more if the Midwest region comes on."),  # 3
        ("Elliot Vance", 35, "Three hundred. Okay. Okay!"),  # 4
        ("Grace Lindqvist", 40, "Their ops VP was very into the tender automation. Like, leaning-into-the-camera into it."),  # 5
        ("Marcus Bell", 48, "So we'll get the proposal out this week — I'll do it, by Friday."),  # 6
        ("Elliot Vance", 56, "Do you need Omar on the pricing?"),  # 7
        ("Omar Haddad", 63, "The discount floor is what it is, Marcus. You know the number."),  # 8
        ("Marcus Bell", 70, "I know the number. I bet you lunch they ask for another ten percent anyway."),  # 9
        ("Omar Haddad", 78, "No bet. They absolutely will."),  # 10
        ("Grace Lindqvist", 84, "They also asked about SOC 2. Their security person, Andrea, wants the full report, not the summary."),  # 11
        ("Marcus Bell", 142, "Yeah, so, if they sign the NDA I'll send the SOC 2 report over Wednesday. They said it's with their legal now."),  # 12
        ("Elliot Vance", 153, "Good. Hannah, customers."),  # 13
        ("Hannah Cho", 157, "So, Brightwater kicks off Wednesday, the onboarding call's at three. Rosa's the main contact, she's — she's great. Very organized. Slightly terrifying."),  # 14
        ("Grace Lindqvist", 169, "Very organized."),  # 15
        ("Hannah Cho", 173, "She asked for her own sandbox login, she doesn't want to go through their IT guy for everything, which, fair. So I'll send Rosa her own login."),  # 16
        ("Elliot Vance", 286, "Is Tomasz on the call Wednesday?"),  # 17
        ("Hannah Cho", 292, "Tomasz and Grace, yeah."),  # 18
        ("Hannah Cho", 297, "And then Tidewell — they're happy, usage is up like thirty percent since July. Um, I can draft a Tidewell case study, honestly, I've got all the notes from last quarter's QBR."),  # 19
        ("Elliot Vance", 314, "Yes. Do that. That's exactly what Marcus needs for Northgate."),  # 20
        ("Marcus Bell", 322, "It really is."),  # 21
        ("Elliot Vance", 327, "Okay, money. Omar."),  # 22
        ("Omar Haddad", 329, "So, a few things. The Q4 forecast is still built on the old churn numbers, and after Redline left—"),  # 23
        ("Elliot Vance", 341, "Omar's going to redo the Q4 forecast with the new churn numbers before we do board prep."),  # 24
        ("Omar Haddad", 350, "Yep. That's — yes. I was literally about to say that."),  # 25
        ("Elliot Vance", 358, "Sorry. Go on."),  # 26
        ("Omar Haddad", 363, "And August invoicing is a bit of a mess. There are fifteen, sixteen invoices where the load counts don't match the platform."),  # 27
        ("Elliot Vance", 375, "Omar, can we get the August invoices reconciled before close?"),  # 28
        ("Omar Haddad", 383, "Yeah, I'm on it. End of next week, latest."),  # 29
        ("Marcus Bell", 390, "Is that the Keller stuff again?"),  # 30
        ("Omar Haddad", 396, "Some of it's Keller. Some of it's just us."),  # 31
        ("Hannah Cho", 402, "Should someone follow up with Corvane about their invoices too? They double-billed us in July."),  # 32
        ("Omar Haddad", 521, "Hm. It was like four hundred bucks."),  # 33
        ("Elliot Vance", 528, "Let's take that offline."),  # 34
        ("Grace Lindqvist", 532, "Quick product thing. The pricing page still says \"per load\" for the Growth tier. Marcus flagged it."),  # 35
        ("Marcus Bell", 541, "Northgate literally asked me about it this morning."),  # 36
        ("Grace Lindqvist", 549, "Yeah. It's been wrong since the repricing. It's embarrassing."),  # 37
        ("Elliot Vance", 557, "If we had a real marketing budget I'd just pay an agency to redo the whole site."),  # 38
        ("Marcus Bell", 565, "Can we have a real marketing budget?"),  # 39
        ("Elliot Vance", 572, "No."),  # 40
        ("Omar Haddad", 576, "No."),  # 41
        ("Marcus Bell", 580, "Worth asking."),  # 42
        ("Grace Lindqvist", 585, "Oh, and Elliot — the team offsite. People keep asking me about dates."),  # 43
        ("Elliot Vance", 593, "I'll think about it. Probably November, but I'll think about it."),  # 44
        ("Hannah Cho", 599, "November's good for CS, October's renewals hell."),  # 45
        ("Elliot Vance", 603, "Noted. Okay, anything else? No? Marcus, go to your thing."),  # 46
        ("Marcus Bell", 609, "Bye!"),  # 47
        ("Elliot Vance", 613, "Thanks, everyone, I'll let you go."),  # 48
    ]},
    {"id": "a03", "title": "Brightwater Foods onboarding call", "start": "2026-09-09T15:00:00Z", "lines": [
        ("Hannah Cho", 0, "Hi Rosa! Can you hear us okay?"),  # 0
        ("Rosa Delgado", 4, "Yes, hi, I can hear you. Sorry, I'm in the warehouse office, there's a forklift going past every thirty seconds."),  # 1
        ("Hannah Cho", 121, "Honestly that's the most on-brand background noise possible."),  # 2
        ("Rosa Delgado", 128, "Right?"),  # 3
        ("Hannah Cho", 172, "So I've got Grace, our product manager, and Tomasz from engineering. The plan for today is just get you set up, walk through the tender flow, and figure out the carrier side."),  # 4
        ("Rosa Delgado", 240, "Perfect. And thank you for the login, by the way, I got the one you sent Monday night, it's already saved me two emails to Frank."),  # 5
        ("Hannah Cho", 253, "Oh, good."),  # 6
        ("Grace Lindqvist", 255, "Let me pull up the tender screen so we're all looking at the same thing."),  # 7
        ("Grace Lindqvist", 264, "Okay. Can you see that? The load board?"),  # 8
        ("Rosa Delgado", 269, "I see it. It's very blue."),  # 9
        ("Grace Lindqvist", 276, "It is very blue. So this is where your dispatchers create a load, and then it goes out to carriers in whatever order you've set up."),  # 10
        ("Rosa Delgado", 289, "And that order — is that per lane, or per customer?"),  # 11
        ("Tomasz Wrobel", 296, "Per lane, right now. You set a routing guide per lane and it falls back to a default guide."),  # 12
        ("Rosa Delgado", 306, "Okay. We have about forty carriers and maybe twelve of them are the ones we actually use."),  # 13
        ("Tomasz Wrobel", 318, "So for the import we'd need that list, with SCACs if you have them, and the dispatch contacts."),  # 14
        ("Rosa Delgado", 418, "I'll send you our carrier list — it's in a spreadsheet somewhere on our shared drive — by Friday."),  # 15
        ("Tomasz Wrobel", 429, "Great."),  # 16
        ("Rosa Delgado", 432, "Fair warning, it's a mess."),  # 17
        ("Tomasz Wrobel", 438, "They're all a mess. We had one customer whose list had a tab called \"DO NOT USE, USE THIS ONE\"."),  # 18
        ("Rosa Delgado", 451, "Ours probably has two of those."),  # 19
        ("Hannah Cho", 458, "The other big thing is training. How many dispatchers?"),  # 20
        ("Rosa Delgado", 466, "Twelve, across two shifts."),  # 21
        ("Hannah Cho", 472, "Okay. I'll set up a training session for your dispatchers — let's say next Tuesday, for the morning shift, and we'll record it for the night people."),  # 22
        ("Rosa Delgado", 487, "Tuesday works. Tuesdays are quiet for us."),  # 23
        ("Rosa Delgado", 494, "And then the EDI question. We get 204s from two of our big customers and right now somebody basically retypes them into our system."),  # 24
        ("Grace Lindqvist", 594, "Oof."),  # 25
        ("Rosa Delgado", 598, "Yeah. Oof."),  # 26
        ("Tomasz Wrobel", 602, "So we do EDI through a partner, Corvane. I don't know off the top of my head if your 204s map straight in or need a translation layer. Let me check with Corvane and get back to you on the mapping."),  # 27
        ("Rosa Delgado", 623, "That would be amazing. If I can kill the retyping my team will build you a statue."),  # 28
        ("Grace Lindqvist", 634, "Long term, ideally, your carriers would accept tenders through the API instead of email."),  # 29
        ("Rosa Delgado", 716, "Oh, sure, and I'll just get all forty carriers onto API tendering by Friday while I'm at it."),  # 30
        ("Grace Lindqvist", 728, "Ha. Fair. Not a Friday thing."),  # 31
        ("Rosa Delgado", 734, "Can I ask about the roadmap? Our IT team's going to ask about single sign-on, they ask about it for everything."),  # 32
        ("Grace Lindqvist", 746, "So SSO's on the roadmap for Q4. It's — it's a real thing, it's not a \"someday\"."),  # 33
        ("Rosa Delgado", 754, "Could you send me the roadmap? The public version, I mean."),  # 34
        ("Grace Lindqvist", 760, "Sure. I'll send you the public roadmap, it's a one-pager."),  # 35
        ("Rosa Delgado", 766, "And is there a security document? Frank will ask, he always asks."),  # 36
        ("Hannah Cho", 773, "We have a SOC 2 Type II report from March, it's under NDA, but it's thorough."),  # 37
        ("Rosa Delgado", 784, "I think we signed an NDA with you for the pilot."),  # 38
        ("Hannah Cho", 792, "Then it's easy."),  # 39
        ("Tomasz Wrobel", 797, "One more thing on the carrier list — if any carriers share a SCAC, flag them."),  # 40
        ("Rosa Delgado", 808, "That happens?"),  # 41
        ("Tomasz Wrobel", 813, "More than you'd think. Mergers, mostly."),  # 42
        ("Rosa Delgado", 817, "God. Okay."),  # 43
        ("Hannah Cho", 821, "I think that's everything for today. Rosa, thank you, this was great."),  # 44
        ("Rosa Delgado", 830, "Thank you. And sorry about the forklifts."),  # 45
        ("Hannah Cho", 836, "Honestly, it adds atmosphere. Talk soon!"),  # 46
    ]},
    {"id": "a04", "title": "Nadia / Priya 1:1", "start": "2026-09-11T10:00:00Z", "lines": [
        ("Nadia Okafor", 0, "Hey! How's your week been?"),  # 0
        ("Priya Raman", 5, "Fine! Busy. Good busy, mostly."),  # 1
        ("Nadia Okafor", 9, "Good. Um, quick stuff first. Certs?"),  # 2
        ("Priya Raman", 14, "Done. The portal certs are renewed, all three domains, and I scripted it, so next time it's one command."),  # 3
        ("Nadia Okafor", 23, "Amazing. Thank you."),  # 4
        ("Priya Raman", 28, "I did the on-call swap with Tomasz last week too, so I'm on the week of the twenty-first now instead."),  # 5
        ("Nadia Okafor", 40, "Okay, good to know."),  # 6
        ("Nadia Okafor", 43, "And I still owe you feedback on the alert thresholds. I'll review your alert proposal properly, I've just been putting it off."),  # 7
        ("Priya Raman", 100, "No rush, really."),  # 8
        ("Nadia Okafor", 105, "No, there's a rush, the importer alerts are garbage."),  # 9
        ("Priya Raman", 113, "They are garbage."),  # 10
        ("Nadia Okafor", 117, "Okay. Bigger stuff. How are you feeling about the, um, the staff track conversation?"),  # 11
        ("Priya Raman", 125, "Honestly? I don't know. I like the platform work. I just don't want to be doing certs forever."),  # 12
        ("Nadia Okafor", 136, "Yeah. That's fair. I'll talk to Elliot about the staff engineer track for you before the review cycle — I think there's a real case there."),  # 13
        ("Priya Raman", 151, "Thanks. I'll think about it too, like, whether I actually want it."),  # 14
        ("Nadia Okafor", 158, "Totally. No pressure either way."),  # 15
        ("Priya Raman", 164, "Oh, one thing — the database failover. We've never actually written down how to do it. It lives in my head and, like, half of Tomasz's."),  # 16
        ("Nadia Okafor", 177, "That's terrifying."),  # 17
        ("Priya Raman", 179, "It's terrifying. So I'll write the DB failover runbook. It's overdue, honestly."),  # 18
        ("Nadia Okafor", 187, "Yes please."),  # 19
        ("Priya Raman", 190, "And I'm taking the twenty-fifth off, by the way. Long weekend."),  # 20
        ("Nadia Okafor", 199, "Sure, just put it in the calendar."),  # 21
        ("Nadia Okafor", 204, "Anything you need from me?"),  # 22
        ("Priya Raman", 208, "Um... if I had a second platform person I'd automate the whole staging rebuild, but I know that's not happening."),  # 23
        ("Nadia Okafor", 221, "Not this quarter. Maybe with the SRE hire."),  # 24
        ("Priya Raman", 225, "Right, the SRE hire. Is that actually happening?"),  # 25
        ("Nadia Okafor", 230, "There's a hiring sync next week. Elliot's — he's keen."),  # 26
        ("Priya Raman", 236, "Okay."),  # 27
        ("Nadia Okafor", 241, "How's the Postgres thing looking?"),  # 28
        ("Priya Raman", 247, "I started on the upgrade notes. There's the extension thing, pg_partman, we'd have to bump that first."),  # 29
        ("Nadia Okafor", 257, "Mm."),  # 30
        ("Priya Raman", 261, "Should I loop Tomasz in on the partman bit, or just do it myself?"),  # 31
        ("Nadia Okafor", 271, "Just do it, he's got enough going on."),  # 32
        ("Priya Raman", 277, "Yeah, fair."),  # 33
        ("Nadia Okafor", 279, "Okay. Anything else? Not work stuff, I mean. How's the new flat?"),  # 34
        ("Priya Raman", 288, "Oh, it's lovely. The radiators make a noise like someone's trapped inside them, but it's lovely."),  # 35
        ("Nadia Okafor", 298, "Ha. Okay. Go enjoy your Friday."),  # 36
        ("Priya Raman", 302, "You too. Bye!"),  # 37
    ]},
    {"id": "a05", "title": "Engineering weekly sync", "start": "2026-09-14T09:30:00Z", "lines": [
        ("Nadia Okafor", 0, "Morning. Everyone's here, Grace is here, it's a miracle."),  # 0
        ("Grace Lindqvist", 7, "I'm even early. Write it down."),  # 1
        ("Nadia Okafor", 13, "Okay, round the table. Tomasz."),  # 2
        ("Tomasz Wrobel", 16, "Keller header fix — merged that Wednesday night, it went out in Thursday's release. Dale's Friday file went through clean."),  # 3
        ("Nadia Okafor", 27, "Nice."),  # 4
        ("Tomasz Wrobel", 30, "Brightwater, though. Still no carrier list from Rosa, so the carrier import's on hold."),  # 5
        ("Grace Lindqvist", 38, "She did say it was a mess."),  # 6
        ("Tomasz Wrobel", 43, "She did warn us, yeah."),  # 7
        ("Nadia Okafor", 46, "Okay. Priya?"),  # 8
        ("Priya Raman", 51, "Postgres prep is going, I'm on the partman bit. And I got the alert thresholds back."),  # 9
        ("Nadia Okafor", 62, "Yeah, I went through Priya's alert thresholds yesterday, left comments, mostly on the importer ones."),  # 10
        ("Priya Raman", 71, "Mostly nice comments."),  # 11
        ("Nadia Okafor", 75, "Mostly."),  # 12
        ("Grace Lindqvist", 78, "Can I jump in with a product thing? The public roadmap page still says Q3 for SSO, which, um —"),  # 13
        ("Nadia Okafor", 90, "Which is a lie."),  # 14
        ("Grace Lindqvist", 95, "Which is now a lie, yes."),  # 15
        ("Tomasz Wrobel", 99, "Oh, great, I'll just build SSO this weekend then."),  # 16
        ("Grace Lindqvist", 104, "Would you?"),  # 17
        ("Tomasz Wrobel", 107, "No."),  # 18
        ("Nadia Okafor", 109, "Okay. Flaky tests. The integration suite failed eleven times last week, and I think nine of those were the same three tests."),  # 19
        ("Tomasz Wrobel", 119, "Yeah. The tender-expiry ones. They depend on wall-clock time, which, I know."),  # 20
        ("Nadia Okafor", 128, "Can we at least get them out of the way?"),  # 21
        ("Tomasz Wrobel", 135, "I'll quarantine the flaky integration tests, and then fix them properly once the sprint starts."),  # 22
        ("Nadia Okafor", 144, "Great."),  # 23
        ("Nadia Okafor", 147, "Then Tidewell. They're planning to roughly double volume in October, it's their peak. Priya, could you load test the tender API at Tidewell's peak volume before they ramp?"),  # 24
        ("Priya Raman", 222, "Yeah. Give me till the twenty-fifth, I need to build a load generator first."),  # 25
        ("Nadia Okafor", 229, "The twenty-fifth is fine."),  # 26
        ("Grace Lindqvist", 232, "Should I tell Hannah, so she can let Tidewell know we're testing for them?"),  # 27
        ("Nadia Okafor", 319, "Let's see the numbers first. Don't want to promise them anything."),  # 28
        ("Grace Lindqvist", 327, "Fair."),  # 29
        ("Grace Lindqvist", 329, "Oh, and the dock PRD will be in the drive tonight, by the way."),  # 30
        ("Tomasz Wrobel", 337, "Okay, then I'll read through it tomorrow morning, before planning."),  # 31
        ("Nadia Okafor", 344, "Let me pull up the board real quick."),  # 32
        ("Nadia Okafor", 351, "Okay... yeah. We've got a lot sitting in \"in progress\" that's been in progress since August."),  # 33
        ("Priya Raman", 360, "Some of that's dead."),  # 34
        ("Nadia Okafor", 364, "Then let's kill it at planning."),  # 35
        ("Tomasz Wrobel", 368, "The webhook retry ticket's definitely dead. I think the customer who wanted it churned."),  # 36
        ("Grace Lindqvist", 405, "Redline. Yeah."),  # 37
        ("Tomasz Wrobel", 407, "RIP Redline."),  # 38
        ("Nadia Okafor", 410, "Okay. Anything else?"),  # 39
        ("Tomasz Wrobel", 415, "Just — someone should probably tell Hannah the Keller fix is out, in case Dale asks her."),  # 40
        ("Nadia Okafor", 425, "Didn't you post it in the channel?"),  # 41
        ("Tomasz Wrobel", 431, "I posted that it was broken. Not that it's fixed."),  # 42
        ("Nadia Okafor", 439, "Okay. Well. Thanks, everyone."),  # 43
    ]},
    {"id": "a06", "title": "Sprint 19 planning", "start": "2026-09-15T14:00:00Z", "lines": [
        ("Nadia Okafor", 0, "Okay, sprint nineteen. This one's three weeks, ending October sixth, because of the offsite that isn't happening and, you know, everything."),  # 0
        ("Grace Lindqvist", 10, "The offsite that isn't happening."),  # 1
        ("Nadia Okafor", 15, "Let's not. Grace, you want to start with the dock stuff?"),  # 2
        ("Grace Lindqvist", 24, "Yep. So, the PRD's in the shared drive now, under Product, \"Dock scheduling v1\"."),  # 3
        ("Tomasz Wrobel", 102, "I read it this morning. It's good. The slot model is a bit —"),  # 4
        ("Grace Lindqvist", 110, "A bit what?"),  # 5
        ("Tomasz Wrobel", 115, "Optimistic."),  # 6
        ("Grace Lindqvist", 118, "Rude. Accurate, but rude."),  # 7
        ("Nadia Okafor", 122, "So who's taking the booking endpoints?"),  # 8
        ("Tomasz Wrobel", 128, "I'll take the dock scheduling API. The booking endpoints."),  # 9
        ("Priya Raman", 133, "And I'll pair with you on the booking endpoints — actually, no, wait, I can't, I've got the load test and Postgres. Never mind."),  # 10
        ("Tomasz Wrobel", 247, "It's fine. I'll live."),  # 11
        ("Nadia Okafor", 251, "If we had another backend person I'd say do both in parallel, but we don't."),  # 12
        ("Grace Lindqvist", 260, "I'll get you the mockups by Thursday, Tomasz, so you're not guessing at the UI."),  # 13
        ("Tomasz Wrobel", 289, "Thank you. Please make the cancel button obvious this time."),  # 14
        ("Grace Lindqvist", 297, "It was obvious!"),  # 15
        ("Tomasz Wrobel", 302, "It was grey on grey."),  # 16
        ("Nadia Okafor", 306, "Priya, what's on yours?"),  # 17
        ("Priya Raman", 311, "Postgres upgrade, that's the big one, and the load test for Tidewell. And I'm going to do the ETA model retraining too, the September data's in."),  # 18
        ("Nadia Okafor", 324, "Is that too much?"),  # 19
        ("Priya Raman", 328, "The retraining's mostly compute. It runs overnight, I just babysit it."),  # 20
        ("Nadia Okafor", 335, "Okay. Tomasz, the flaky tests, did they get quarantined?"),  # 21
        ("Tomasz Wrobel", 343, "No, didn't get to it yesterday, the CI config fought me. They're still blocking merges."),  # 22
        ("Nadia Okafor", 350, "Ugh. Okay."),  # 23
        ("Grace Lindqvist", 355, "We should really have a design review for anything over five points."),  # 24
        ("Nadia Okafor", 363, "Mm. Maybe. Let's see how this sprint goes."),  # 25
        ("Nadia Okafor", 369, "Let me drag the Postgres ticket in... there."),  # 26
        ("Tomasz Wrobel", 375, "So the Postgres upgrade's officially on the board for this sprint, then."),  # 27
        ("Priya Raman", 382, "It is. Don't look at me like that."),  # 28
        ("Tomasz Wrobel", 387, "I'm not looking at you like anything."),  # 29
        ("Nadia Okafor", 391, "Okay, capacity. I've got us at about eighty percent, which with the on-call load is realistic."),  # 30
        ("Grace Lindqvist", 402, "Is the importer ticket still eight points? That's basically the whole sprint."),  # 31
        ("Nadia Okafor", 410, "It's the whole sprint if nothing else happens. Which, historically."),  # 32
        ("Priya Raman", 419, "Historically, something happens."),  # 33
        ("Nadia Okafor", 424, "Okay. That's the sprint. I'll send the sprint goals to Elliot, he's been asking."),  # 34
        ("Grace Lindqvist", 434, "He's been asking me too."),  # 35
        ("Nadia Okafor", 438, "Of course he has."),  # 36
        ("Tomasz Wrobel", 444, "Can we do the next planning on a day that isn't a Tuesday? Tuesdays I've got the Corvane sync right after."),  # 37
        ("Nadia Okafor", 454, "Ha. Take it up with the calendar gods. Okay, good sprint, everyone."),  # 38
    ]},
    {"id": "a07", "title": "Hiring sync", "start": "2026-09-17T11:00:00Z", "lines": [
        ("Elliot Vance", 0, "Okay. Hiring. Where are we?"),  # 0
        ("Omar Haddad", 4, "Two open reqs, approved: senior backend and SRE. I posted the backend role on LinkedIn and Wellfound last week, we've had forty-ish applicants."),  # 1
        ("Nadia Okafor", 73, "Forty-ish, and maybe four I'd actually talk to."),  # 2
        ("Elliot Vance", 79, "Four's not nothing."),  # 3
        ("Nadia Okafor", 85, "No. The SRE one's worse, though. The job description is — honestly, it reads like it was written in 2015. It says \"rockstar\"."),  # 4
        ("Grace Lindqvist", 98, "It does say rockstar."),  # 5
        ("Elliot Vance", 104, "I wrote that."),  # 6
        ("Nadia Okafor", 108, "I know."),  # 7
        ("Nadia Okafor", 111, "I'll rewrite the SRE job description. Before someone actually reads it."),  # 8
        ("Elliot Vance", 117, "Fine. Kill the rockstar."),  # 9
        ("Omar Haddad", 120, "Then the agency. Harlow Talent sent their contract, they want twenty-two percent."),  # 10
        ("Elliot Vance", 126, "Twenty-two?"),  # 11
        ("Omar Haddad", 129, "Twenty-two. Let me call Harlow and get their fee down, I think there's room."),  # 12
        ("Elliot Vance", 138, "Honestly, if we had the budget I'd hire two more SREs tomorrow and skip the agency completely."),  # 13
        ("Omar Haddad", 147, "We don't."),  # 14
        ("Elliot Vance", 151, "We don't. Okay. Interview loop."),  # 15
        ("Nadia Okafor", 156, "Current loop is: recruiter screen, tech screen, system design, and then a culture one with you."),  # 16
        ("Grace Lindqvist", 167, "There's nothing on product sense in there at all. I can run the product-sense interview in the loop, for backend and SRE both."),  # 17
        ("Nadia Okafor", 181, "For SRE?"),  # 18
        ("Grace Lindqvist", 184, "Even for SRE! They're the ones talking to customers at two a.m. during incidents."),  # 19
        ("Nadia Okafor", 191, "...Fair."),  # 20
        ("Elliot Vance", 196, "Nadia, can you put together interview scorecards, so we're all grading the same way?"),  # 21
        ("Grace Lindqvist", 203, "Please. In the last loop I had no idea what \"strong hire\" meant to anyone."),  # 22
        ("Nadia Okafor", 212, "Yeah, I'll do the scorecards — by next Thursday."),  # 23
        ("Elliot Vance", 220, "And the second backend headcount. If the Q4 forecast holds, I'll approve the second backend req. Omar, that's your forecast."),  # 24
        ("Omar Haddad", 231, "No pressure."),  # 25
        ("Elliot Vance", 235, "A little pressure."),  # 26
        ("Omar Haddad", 241, "I bet the first SRE candidate we get asks about on-call before they ask about salary."),  # 27
        ("Nadia Okafor", 276, "I mean, they should."),  # 28
        ("Elliot Vance", 282, "Should we be offering an on-call stipend? Do we even do that?"),  # 29
        ("Omar Haddad", 290, "Not formally. Tomasz got a couple of one-off bonuses last year."),  # 30
        ("Elliot Vance", 297, "Hm. Let's take that offline."),  # 31
        ("Elliot Vance", 301, "Also, I'm at the Chicago freight expo on the twenty-ninth, so that week's bad for final rounds."),  # 32
        ("Grace Lindqvist", 311, "Noted. I'm around all month."),  # 33
        ("Nadia Okafor", 314, "What about the take-home? Are we keeping it?"),  # 34
        ("Grace Lindqvist", 318, "It's four hours. Nobody good has four hours."),  # 35
        ("Nadia Okafor", 322, "It says two hours on the tin."),  # 36
        ("Grace Lindqvist", 328, "It says two hours. It's four."),  # 37
        ("Elliot Vance", 332, "Okay, let's not redesign the whole process today. Thanks, all."),  # 38
    ]},
    {"id": "a08", "title": "Engineering standup", "start": "2026-09-21T09:15:00Z", "lines": [
        ("Nadia Okafor", 0, "Morning. Quick one, I've got the investor call at ten."),  # 0
        ("Tomasz Wrobel", 5, "Morning."),  # 1
        ("Priya Raman", 10, "Morning — sorry, my camera's being weird, it keeps freezing on my worst face."),  # 2
        ("Nadia Okafor", 61, "We don't need to see you, it's fine. Tomasz, go."),  # 3
        ("Tomasz Wrobel", 69, "Booking endpoints, started. And I heard back from Corvane on Friday — Brightwater's 204s map straight in, no translation layer needed. I emailed Rosa."),  # 4
        ("Grace Lindqvist", 82, "Oh, she'll be thrilled."),  # 5
        ("Tomasz Wrobel", 86, "Statue incoming."),  # 6
        ("Tomasz Wrobel", 89, "I'm building the API straight off the PRD for now."),  # 7
        ("Grace Lindqvist", 95, "Yeah — sorry, the mockups are slipping, that's on me, Northgate ate my whole week."),  # 8
        ("Tomasz Wrobel", 214, "It's fine, the PRD's pretty clear."),  # 9
        ("Nadia Okafor", 219, "Okay. Priya?"),  # 10
        ("Priya Raman", 224, "Load generator's about half built. Postgres, still on the extension. And the failover runbook — haven't gotten to it, honestly."),  # 11
        ("Nadia Okafor", 236, "Same boat. The on-call doc's slipped again, sorry, that's two weeks now."),  # 12
        ("Priya Raman", 243, "It's fine, at least the schedule's in PagerDuty."),  # 13
        ("Nadia Okafor", 249, "And the SRE job description — haven't touched it. Elliot's going to have words."),  # 14
        ("Grace Lindqvist", 339, "He's going to say \"rockstar\" at you until you do it."),  # 15
        ("Nadia Okafor", 348, "That's honestly the worst threat."),  # 16
        ("Priya Raman", 351, "Oh, and I'm going to move the status page to the new provider tomorrow. The old one's contract ends this month."),  # 17
        ("Nadia Okafor", 364, "Do we need to tell customers?"),  # 18
        ("Priya Raman", 369, "Same URL. Nobody should notice anything."),  # 19
        ("Grace Lindqvist", 374, "Famous last words."),  # 20
        ("Tomasz Wrobel", 379, "I bet you a coffee somebody notices."),  # 21
        ("Priya Raman", 385, "You're on."),  # 22
        ("Grace Lindqvist", 389, "Quick one from me: Northgate demo is Thursday, and their security questionnaire landed, it's a hundred and forty questions."),  # 23
        ("Tomasz Wrobel", 467, "A hundred and forty."),  # 24
        ("Grace Lindqvist", 473, "Some of them are, like, \"do you have a firewall\". So not all hard."),  # 25
        ("Grace Lindqvist", 544, "And Marcus wants someone technical on the demo. Thursday at four."),  # 26
        ("Tomasz Wrobel", 550, "Not me, I'm at the Corvane thing Thursday."),  # 27
        ("Nadia Okafor", 554, "Is it the dock stuff they want to see?"),  # 28
        ("Grace Lindqvist", 561, "Mostly tendering. And they'll ask about SSO, they always ask about SSO."),  # 29
        ("Priya Raman", 569, "Everyone asks about SSO."),  # 30
        ("Grace Lindqvist", 574, "It's the new \"do you have a mobile app\"."),  # 31
        ("Tomasz Wrobel", 581, "Can someone look at the staging alerts? They've been firing all weekend."),  # 32
        ("Nadia Okafor", 589, "Okay — I'll stop you there, we're at time."),  # 33
        ("Tomasz Wrobel", 594, "Sorry. Just — they're firing."),  # 34
        ("Nadia Okafor", 601, "Post it in the channel. Bye, everyone."),  # 35
    ]},
    {"id": "a09", "title": "Incident review: rate importer outage", "start": "2026-09-23T08:45:00Z", "lines": [
        ("Nadia Okafor", 0, "Okay, let's start. Blameless, as always. We'll walk the timeline, then contributing factors, then actions. Tomasz, you were closest to it."),  # 0
        ("Tomasz Wrobel", 11, "Yeah. So. Monday, about six-forty in the evening UTC, Keller uploads their new quarterly rate file. It's about four hundred thousand rows. Normally it's like thirty thousand."),  # 1
        ("Hannah Cho", 25, "Four hundred thousand?"),  # 2
        ("Tomasz Wrobel", 28, "They included every lane they've ever quoted, going back to 2021. Including, like, lanes to Puerto Rico."),  # 3
        ("Tomasz Wrobel", 89, "The importer loads the whole thing into memory, the worker gets OOM-killed, the job retries, gets killed again, and it just loops."),  # 4
        ("Nadia Okafor", 100, "And meanwhile?"),  # 5
        ("Tomasz Wrobel", 104, "Meanwhile the rate cache doesn't refresh, so everyone's pricing off Friday's rates. For about six hours."),  # 6
        ("Priya Raman", 203, "I got paged at nine-ish for the worker restarts. I restarted the worker twice on Monday night before I figured out it was the file and not the box."),  # 7
        ("Nadia Okafor", 301, "Which is totally reasonable at nine at night."),  # 8
        ("Priya Raman", 308, "It felt less reasonable at the time."),  # 9
        ("Hannah Cho", 312, "And the customer side — Tidewell tendered three loads in that window at the old rates. Their AP caught it yesterday."),  # 10
        ("Grace Lindqvist", 323, "Should we have paged someone earlier? Like, is six hours just what it is?"),  # 11
        ("Nadia Okafor", 330, "That's exactly what I want to get into. Contributing factors. One, no row limit. Two, no alert on the queue backing up, only on restarts. Three, the retry loop."),  # 12
        ("Tomasz Wrobel", 346, "And four, we never tested with a big file. Ever. Our biggest fixture is like two thousand rows."),  # 13
        ("Tomasz Wrobel", 358, "Oh — and I emailed Keller's IT guy last night so they know it was their file that did it. Not blaming, just so they know."),  # 14
        ("Hannah Cho", 372, "Good. Dale will appreciate that, actually, he hates being surprised."),  # 15
        ("Nadia Okafor", 380, "Okay, actions. Tomasz."),  # 16
        ("Tomasz Wrobel", 384, "I'll add chunked parsing and a hard row limit to the importer. This sprint."),  # 17
        ("Nadia Okafor", 499, "Does that bump the dock API?"),  # 18
        ("Tomasz Wrobel", 503, "A bit. We'll see at retro."),  # 19
        ("Priya Raman", 509, "And I'll set up an alert on importer queue depth, so next time we'd catch it in ten minutes, not two hours."),  # 20
        ("Nadia Okafor", 519, "Love it."),  # 21
        ("Tomasz Wrobel", 521, "Sure, and I'll just tell Keller to send smaller files from now on, problem solved."),  # 22
        ("Hannah Cho", 531, "Please don't."),  # 23
        ("Tomasz Wrobel", 535, "I'm not going to."),  # 24
        ("Tomasz Wrobel", 538, "We should really put row limits on every importer, not just rates. The stops importer has the same problem."),  # 25
        ("Nadia Okafor", 550, "Yeah. Ticket it, we'll see. Okay. I'll write up the postmortem and send it round by Friday."),  # 26
        ("Nadia Okafor", 561, "We'll handle customer comms — Hannah's got it, right?"),  # 27
        ("Hannah Cho", 567, "Yep, I'll email Tidewell and Keller with the incident summary."),  # 28
        ("Hannah Cho", 572, "Do we give Tidewell a credit, though? Three of their loads went out on stale rates."),  # 29
        ("Nadia Okafor", 581, "That's Omar's call, not ours."),  # 30
        ("Hannah Cho", 585, "Then I'll ask Omar about a service credit for Tidewell."),  # 31
        ("Grace Lindqvist", 591, "Can I ask a dumb question? Why does the importer retry forever?"),  # 32
        ("Tomasz Wrobel", 599, "It's not dumb. Because in 2022 someone decided retries were free."),  # 33
        ("Grace Lindqvist", 605, "Were they?"),  # 34
        ("Tomasz Wrobel", 608, "They were not."),  # 35
        ("Priya Raman", 611, "Also, the status page. The move obviously didn't happen yesterday. We were a little busy."),  # 36
        ("Tomasz Wrobel", 619, "Told you someone would notice."),  # 37
        ("Priya Raman", 625, "Nobody noticed, because it didn't move!"),  # 38
        ("Nadia Okafor", 630, "Okay, okay. Anything else for the timeline?"),  # 39
        ("Hannah Cho", 635, "Just — for the summary, when did it recover? I want to give them an exact time."),  # 40
        ("Tomasz Wrobel", 645, "Twelve-fifty a.m. Tuesday, UTC. I'll put it in the — actually it's already in the incident channel, just scroll up."),  # 41
        ("Hannah Cho", 746, "Found it. Thanks."),  # 42
        ("Nadia Okafor", 752, "Okay, so yeah, like I said, postmortem by Friday, and I'll tag all of you for comments."),  # 43
        ("Nadia Okafor", 761, "Thanks, everyone. Good response, honestly, given it was a Monday night."),  # 44
    ]},
    {"id": "a10", "title": "GTM pipeline review", "start": "2026-09-23T17:30:00Z", "lines": [
        ("Elliot Vance", 0, "Okay. Pipeline. Before we start, Hannah, the incident, where are we?"),  # 0
        ("Hannah Cho", 6, "So I sent the incident note to Tidewell and Keller this afternoon. Both replied, both fine-ish. Dale was actually kind of apologetic."),  # 1
        ("Hannah Cho", 20, "And Priya got the importer queue alert in at lunch, so we'd see that kind of thing in minutes now."),  # 2
        ("Omar Haddad", 31, "And Hannah asked me about a Tidewell credit — we're doing ten percent off October."),  # 3
        ("Elliot Vance", 39, "Ten's fine. Okay. Marcus."),  # 4
        ("Marcus Bell", 44, "Northgate. So. The proposal — that one's slipping, sorry. I'm waiting on final volumes from their ops team, and there's no point sending a number that's wrong."),  # 5
        ("Elliot Vance", 58, "When do they say?"),  # 6
        ("Marcus Bell", 61, "\"Next week.\" Which could mean anything."),  # 7
        ("Marcus Bell", 65, "I bet you a coffee they come back in November asking for a pilot instead of a contract."),  # 8
        ("Elliot Vance", 95, "I'm not taking that bet."),  # 9
        ("Marcus Bell", 100, "And SOC 2 — like I said, I'll send them the SOC 2 report as soon as the NDA's back."),  # 10
        ("Elliot Vance", 113, "Okay. Keller?"),  # 11
        ("Marcus Bell", 116, "Keller renewal's up in November. I'll email Dale the renewal quote on Friday. Omar, I need your numbers for it."),  # 12
        ("Omar Haddad", 128, "You'll have them Thursday."),  # 13
        ("Marcus Bell", 133, "Thursday, great."),  # 14
        ("Elliot Vance", 135, "Hannah, what else?"),  # 15
        ("Hannah Cho", 138, "Brightwater — training's done, by the way, all twelve dispatchers, and the night shift watched the recording. They're tendering live loads as of Monday."),  # 16
        ("Elliot Vance", 149, "That's fast."),  # 17
        ("Hannah Cho", 153, "Rosa doesn't mess around."),  # 18
        ("Hannah Cho", 157, "And I'll still do the Tidewell case study, it's on my list, I just need a quiet afternoon."),  # 19
        ("Elliot Vance", 219, "Good. Ines would make a great quote."),  # 20
        ("Hannah Cho", 225, "She really would."),  # 21
        ("Grace Lindqvist", 227, "Product. The pricing page still shows the old per-load tier. Northgate asked again. I'll get that fixed tomorrow."),  # 22
        ("Marcus Bell", 236, "Thank you. Oh my god. Thank you."),  # 23
        ("Elliot Vance", 241, "Okay. Omar, where's the new forecast at?"),  # 24
        ("Omar Haddad", 245, "Define \"at\"."),  # 25
        ("Elliot Vance", 248, "Okay, okay."),  # 26
        ("Omar Haddad", 250, "We have a credit policy, technically. It's in the MSA. Ten percent's inside it."),  # 27
        ("Elliot Vance", 259, "Good. And Tidewell more broadly — their COO said something at the conference about wanting the whole southeast network on us."),  # 28
        ("Marcus Bell", 269, "That'd be huge."),  # 29
        ("Elliot Vance", 274, "I'm going to call Tidewell's COO myself about the expansion, by October 2nd. Before their planning cycle closes."),  # 30
        ("Hannah Cho", 286, "Can I be on that call?"),  # 31
        ("Elliot Vance", 290, "Sure, yeah."),  # 32
        ("Marcus Bell", 295, "Oh, yeah, and I'll just close Northgate by myself tonight over a beer."),  # 33
        ("Elliot Vance", 304, "Please do."),  # 34
        ("Omar Haddad", 307, "Marcus always sandbags his forecast anyway, so I add fifteen percent to whatever he says."),  # 35
        ("Marcus Bell", 315, "That's slander."),  # 36
        ("Omar Haddad", 318, "It's math."),  # 37
        ("Elliot Vance", 321, "Okay. That's good. Thanks, everyone, I'll let you go."),  # 38
    ]},
    {"id": "a11", "title": "Engineering weekly sync", "start": "2026-09-28T09:30:00Z", "lines": [
        ("Nadia Okafor", 0, "Morning. Okay. Post-incident week. Tomasz."),  # 0
        ("Tomasz Wrobel", 5, "Chunked parsing is live. Shipped Friday. The big Keller file now goes through in about forty seconds, and there's a hard row limit at five hundred thousand."),  # 1
        ("Nadia Okafor", 18, "Amazing."),  # 2
        ("Nadia Okafor", 20, "And the postmortem's in Confluence, I sent it round Friday afternoon. Thanks for the comments, all of you."),  # 3
        ("Priya Raman", 31, "It was a good doc."),  # 4
        ("Nadia Okafor", 38, "Priya."),  # 5
        ("Priya Raman", 43, "Um. So, Postgres — I'm pushing it to next sprint. The replica lag thing is worse than I thought on fourteen, and I don't want to do it during Tidewell's ramp."),  # 6
        ("Nadia Okafor", 57, "That's the right call."),  # 7
        ("Priya Raman", 60, "And the load test's blocked. Staging's been wobbly since the incident, I can't get clean numbers out of it."),  # 8
        ("Nadia Okafor", 117, "Okay. Let's talk about staging after."),  # 9
        ("Tomasz Wrobel", 123, "Also Keller reported duplicate loads on Friday. Like, the same tender created twice."),  # 10
        ("Nadia Okafor", 133, "Is that us or them?"),  # 11
        ("Tomasz Wrobel", 136, "No idea yet. Tomorrow I'll dig into the duplicate-load thing, first thing."),  # 12
        ("Grace Lindqvist", 143, "Is anyone watching the Brightwater import errors? There were a bunch in the log this morning."),  # 13
        ("Tomasz Wrobel", 153, "Those are the SCAC duplicates Rosa warned us about, I think."),  # 14
        ("Grace Lindqvist", 160, "Ah."),  # 15
        ("Nadia Okafor", 162, "Okay, then — costs. Priya, could you look at why the AWS bill jumped in August? Omar flagged it, it's up like eighteen percent."),  # 16
        ("Priya Raman", 175, "Sure. Leave it with me."),  # 17
        ("Grace Lindqvist", 179, "I renewed our Figma licences, by the way, before we lost the team plan. That was a fun surprise invoice."),  # 18
        ("Nadia Okafor", 189, "Thank you. Okay. The other thing — um, SOC 2 renewal. The auditors come in November, and last year we did the dependency audit in a panic the week before, so this year I'll do the dependency audit by October sixteenth, which honestly means I should start now, but anyway, the other thing with the renewal is the access reviews, which is everyone."),  # 19
        ("Tomasz Wrobel", 219, "Everyone?"),  # 20
        ("Nadia Okafor", 222, "Everyone. There's a form."),  # 21
        ("Tomasz Wrobel", 227, "I love a form."),  # 22
        ("Tomasz Wrobel", 231, "I'm going to grab a coffee, two seconds, keep going."),  # 23
        ("Nadia Okafor", 238, "Let me share my screen for the access review thing."),  # 24
        ("Nadia Okafor", 247, "So it's this list. For each system, you confirm who has access and whether they should. The on-call schedule's in PagerDuty at least, so that one's easy."),  # 25
        ("Priya Raman", 364, "Can we automate this?"),  # 26
        ("Nadia Okafor", 369, "Eventually. Not this year."),  # 27
        ("Grace Lindqvist", 373, "What about doing quarterly product reviews with eng? Like a proper demo day?"),  # 28
        ("Nadia Okafor", 383, "I'll think about it."),  # 29
        ("Grace Lindqvist", 386, "That's a no."),  # 30
        ("Nadia Okafor", 391, "It's a \"I'll think about it\"."),  # 31
        ("Tomasz Wrobel", 395, "I'm back. What did I miss?"),  # 32
        ("Priya Raman", 400, "A form."),  # 33
        ("Tomasz Wrobel", 403, "Oh, also, Nadia, the scorecard template from Lattice looks decent, if you want a starting point."),  # 34
        ("Nadia Okafor", 411, "Oh, nice, send me the link."),  # 35
        ("Tomasz Wrobel", 417, "It's in the hiring channel."),  # 36
        ("Nadia Okafor", 421, "Okay, that's it. Thanks, everyone."),  # 37
    ]},
    {"id": "a12", "title": "Keller & Sons check-in", "start": "2026-10-01T16:00:00Z", "lines": [
        ("Marcus Bell", 0, "Dale! Good to see you."),  # 0
        ("Dale Keller", 5, "Marcus. Hannah. And — Tomasz, right? Good, I wanted an engineer on this."),  # 1
        ("Tomasz Wrobel", 12, "That's me."),  # 2
        ("Dale Keller", 15, "Got your quote on Friday, Marcus. We're chewing on it."),  # 3
        ("Marcus Bell", 20, "Chew away."),  # 4
        ("Dale Keller", 24, "But first the outage. I appreciated the heads-up, honestly. And yeah, we sent you a monster file, we know."),  # 5
        ("Hannah Cho", 35, "It happens."),  # 6
        ("Dale Keller", 39, "And the duplicate loads. That's been driving my dispatchers nuts."),  # 7
        ("Tomasz Wrobel", 48, "So, good news. We found it. Your system was retrying when our API was slow, and each retry created a new load. The fix went out yesterday — we dedupe on your load ID now."),  # 8
        ("Dale Keller", 117, "So it's fixed?"),  # 9
        ("Tomasz Wrobel", 121, "It's fixed. If you see another duplicate, I want to know."),  # 10
        ("Dale Keller", 128, "Okay. Good. After all this, I'll get our IT guy to rotate the API keys — it's been like two years, which, I know."),  # 11
        ("Tomasz Wrobel", 141, "Two years is honestly not the worst I've seen."),  # 12
        ("Dale Keller", 149, "Should I be sending the rate files smaller, or...?"),  # 13
        ("Tomasz Wrobel", 156, "No, send them however big. That's our problem now."),  # 14
        ("Dale Keller", 164, "Well, that's a first."),  # 15
        ("Dale Keller", 167, "Sure, and I'll just tell my drivers to stop being late while I'm at it, problem solved."),  # 16
        ("Hannah Cho", 176, "Ha. If only."),  # 17
        ("Marcus Bell", 182, "So on the renewal. The quote's for one year, but if you're open to three years, there's room."),  # 18
        ("Dale Keller", 191, "My board's talking about three. They like the pricing certainty."),  # 19
        ("Marcus Bell", 199, "Okay, then — if your board approves the three-year term, I'll knock another five percent off."),  # 20
        ("Dale Keller", 208, "Oh, they'll like hearing that."),  # 21
        ("Marcus Bell", 213, "That's the idea."),  # 22
        ("Marcus Bell", 216, "We have a three-year contract template, it's pretty standard, nothing scary in it."),  # 23
        ("Hannah Cho", 225, "Dale, how's the team finding the new rate screen?"),  # 24
        ("Dale Keller", 231, "Good. The new dispatcher finished her training Monday and she picked it up faster than the old guys."),  # 25
        ("Hannah Cho", 294, "Love that."),  # 26
        ("Dale Keller", 297, "Oh and we paid the September invoice Tuesday, by the way, in case your finance person asks."),  # 27
        ("Hannah Cho", 305, "Omar will be thrilled."),  # 28
        ("Dale Keller", 308, "The new rate format you guys mentioned — when does that land?"),  # 29
        ("Tomasz Wrobel", 314, "Soon. I'm going to send you a sample file in the new format Monday, so your IT can test against it."),  # 30
        ("Dale Keller", 327, "Perfect."),  # 31
        ("Marcus Bell", 330, "One other thing, Dale, and feel free to say no. Would you be up for a reference call with Northgate Distribution?"),  # 32
        ("Dale Keller", 363, "Yeah, happy to. They're good people, actually, I know their ops guy."),  # 33
        ("Marcus Bell", 371, "Amazing. Thank you."),  # 34
        ("Hannah Cho", 377, "Is there anything else on your side? Anything annoying?"),  # 35
        ("Dale Keller", 384, "The invoice PDFs have our old address on them."),  # 36
        ("Hannah Cho", 391, "Ugh, sorry. Let's take that offline."),  # 37
        ("Dale Keller", 396, "Sure. Okay, I've got a yard meeting. Good talk, all."),  # 38
        ("Marcus Bell", 401, "Thanks, Dale!"),  # 39
    ]},
    {"id": "a13", "title": "Elliot / Omar 1:1", "start": "2026-10-05T10:00:00Z", "lines": [
        ("Elliot Vance", 0, "Morning. Coffee?"),  # 0
        ("Omar Haddad", 2, "Third one. Don't judge me."),  # 1
        ("Elliot Vance", 6, "No judgement. It's board month. Okay, what've you got?"),  # 2
        ("Omar Haddad", 11, "Good news first. August and September invoices are reconciled, both, finally. It was mostly Keller load counts, plus two of ours that were just wrong."),  # 3
        ("Elliot Vance", 25, "Great. Did we owe them or did they owe us?"),  # 4
        ("Omar Haddad", 30, "Net, they owed us about eleven hundred. They paid. Dale's very prompt, I'll give him that."),  # 5
        ("Elliot Vance", 40, "Okay. Hiring costs."),  # 6
        ("Omar Haddad", 44, "Harlow sent three more SRE CVs on Friday. Two look decent."),  # 7
        ("Elliot Vance", 51, "And did the fee thing go anywhere?"),  # 8
        ("Omar Haddad", 56, "It's mostly sorted, I think. I just need to read their redline properly."),  # 9
        ("Elliot Vance", 66, "Okay. Board. I want the deck in better shape than last quarter."),  # 10
        ("Omar Haddad", 75, "Last quarter's deck was fine."),  # 11
        ("Elliot Vance", 79, "Last quarter's deck had a typo in the revenue number."),  # 12
        ("Omar Haddad", 85, "That was one slide."),  # 13
        ("Elliot Vance", 90, "It was the revenue slide, Omar."),  # 14
        ("Omar Haddad", 94, "Fair. Okay. I'll have the finance slides ready by Friday, so you've got the weekend to tear them apart."),  # 15
        ("Elliot Vance", 104, "And the forecast? The spreadsheet has, what, nine tabs now?"),  # 16
        ("Omar Haddad", 112, "Eleven. Two are scratch."),  # 17
        ("Elliot Vance", 117, "Of course they are."),  # 18
        ("Omar Haddad", 122, "Also, while we're on money — the AWS commit renews on the thirty-first, and last year we just let it roll, which cost us, so I'm going to renegotiate it before then, and honestly Priya's cost stuff would help there if she gets to it, but either way, they always act like the discount is a favour."),  # 19
        ("Elliot Vance", 148, "Use the Azure credits thing. They hate that."),  # 20
        ("Omar Haddad", 156, "I was planning to."),  # 21
        ("Elliot Vance", 160, "If we'd raised at the higher valuation I'd honestly be a lot less twitchy about burn right now."),  # 22
        ("Omar Haddad", 169, "We didn't, though."),  # 23
        ("Elliot Vance", 174, "We didn't."),  # 24
        ("Omar Haddad", 178, "Should we tell the board about the Northgate delay now, or wait and see if it closes?"),  # 25
        ("Elliot Vance", 188, "Tell them. They hate surprises more than they hate bad news."),  # 26
        ("Elliot Vance", 195, "Offsite. People keep asking Grace, and Grace keeps asking me."),  # 27
        ("Omar Haddad", 202, "What's the budget?"),  # 28
        ("Elliot Vance", 208, "Small. Two days, local. Let me book the venue, I know someone at the Marriott downtown, they owe me a favour."),  # 29
        ("Omar Haddad", 315, "They owe you a favour?"),  # 30
        ("Elliot Vance", 318, "Long story."),  # 31
        ("Omar Haddad", 323, "I'm out the week of November sixteenth, by the way. My sister's wedding. So not that week."),  # 32
        ("Elliot Vance", 332, "Noted. Congratulations to her."),  # 33
        ("Elliot Vance", 335, "Oh, payroll. Omar, can you switch us to the new payroll provider by end of quarter? The current one lost two people's tax forms."),  # 34
        ("Omar Haddad", 348, "Consider it done."),  # 35
        ("Elliot Vance", 352, "Really?"),  # 36
        ("Omar Haddad", 356, "Well. Consider it in motion. But it'll be done by end of quarter."),  # 37
        ("Elliot Vance", 365, "Ha. Okay."),  # 38
        ("Omar Haddad", 370, "Can I complain about one thing? Marcus always sends his commission sheet the day before payroll closes. Every month."),  # 39
        ("Elliot Vance", 380, "I'll talk to him."),  # 40
        ("Omar Haddad", 386, "You said that in July."),  # 41
        ("Elliot Vance", 392, "I'll keep that in mind."),  # 42
        ("Omar Haddad", 397, "That's worse."),  # 43
        ("Elliot Vance", 402, "Anything else?"),  # 44
        ("Elliot Vance", 406, "Oh, Nadia wants to talk about levels at some point, I think? She said something in passing."),  # 45
        ("Omar Haddad", 417, "Levels, like comp bands?"),  # 46
        ("Elliot Vance", 422, "I don't know. Something about a staff track. Anyway. Good. Thanks, Omar."),  # 47
    ]},
    {"id": "a14", "title": "Sprint 19 retro", "start": "2026-10-06T14:00:00Z", "lines": [
        ("Nadia Okafor", 0, "Okay, retro. Let me pull up the board."),  # 0
        ("Nadia Okafor", 7, "Three columns, as usual. Went well, didn't, try next time. Five minutes of sticky notes, go."),  # 1
        ("Tomasz Wrobel", 18, "Do we have to do the sticky notes, or can we just talk?"),  # 2
        ("Nadia Okafor", 26, "Sticky notes. It's the law."),  # 3
        ("Nadia Okafor", 320, "Okay, let's read them. Went well. \"Incident response.\" A few of those."),  # 4
        ("Priya Raman", 327, "Yeah, honestly, the incident went fine, for an incident."),  # 5
        ("Nadia Okafor", 333, "\"ETA retrain\" — Priya, that's yours?"),  # 6
        ("Priya Raman", 339, "Yeah, the ETA retrain shipped Thursday. Mean error's down from twenty-two minutes to about fourteen."),  # 7
        ("Grace Lindqvist", 349, "That's massive. Tidewell's going to love that."),  # 8
        ("Nadia Okafor", 355, "Okay. Didn't go well. Tomasz."),  # 9
        ("Tomasz Wrobel", 359, "The dock API didn't make it. It's carried over. The booking endpoints are basically there, the cancellation flow isn't."),  # 10
        ("Nadia Okafor", 369, "Because of the incident?"),  # 11
        ("Tomasz Wrobel", 374, "Because of the incident, and the duplicate-load thing, and, honestly, because I underestimated it."),  # 12
        ("Tomasz Wrobel", 383, "If the importer hadn't blown up I'd have had it done last week."),  # 13
        ("Priya Raman", 390, "Also the load-test generator is in the repo now, at least, even if I never got clean numbers out of it."),  # 14
        ("Grace Lindqvist", 401, "I did the Northgate demo twice because their VP joined forty minutes late."),  # 15
        ("Nadia Okafor", 410, "Oof."),  # 16
        ("Grace Lindqvist", 414, "And then he asked about SSO. Which, of course."),  # 17
        ("Priya Raman", 420, "We should probably stop taking ad-hoc customer asks mid-sprint. That's most of the \"didn't go well\" column."),  # 18
        ("Tomasz Wrobel", 429, "Great, so I'll just stop sleeping, that frees up eight hours a night."),  # 19
        ("Nadia Okafor", 436, "Ha. No. Okay, try next time."),  # 20
        ("Grace Lindqvist", 441, "Should we go back to two-week sprints? Three weeks felt long."),  # 21
        ("Nadia Okafor", 450, "Let's keep it for one more and then decide."),  # 22
        ("Tomasz Wrobel", 458, "Can we limit how much each of us has in progress? I had five things open at one point."),  # 23
        ("Nadia Okafor", 470, "Yeah. I'll set a WIP limit on the board — three per person, and we see how it feels."),  # 24
        ("Priya Raman", 479, "Three's good."),  # 25
        ("Tomasz Wrobel", 484, "Three's great. Three's a dream."),  # 26
        ("Tomasz Wrobel", 490, "Also, and this is a bit selfish, I'm going to pair with Priya on the importer on-call stuff, so I'm not the only person who knows how it works, because after last month, yeah, I'd quite like to go on holiday at some point without my phone."),  # 27
        ("Priya Raman", 511, "Happy to."),  # 28
        ("Nadia Okafor", 513, "Love that. Grace usually sends the retro notes, right?"),  # 29
        ("Grace Lindqvist", 521, "Yeah, I'll send them."),  # 30
        ("Nadia Okafor", 525, "Okay, anything else? ... No? Good retro. Thanks, all."),  # 31
    ]},
    {"id": "a15", "title": "Sprint 20 planning", "start": "2026-10-07T09:00:00Z", "lines": [
        ("Nadia Okafor", 0, "Morning. Sprint twenty. Ends October twenty-seventh, three weeks again, like we said."),  # 0
        ("Tomasz Wrobel", 6, "I see the WIP limits on the board now. Very scary. Little red numbers."),  # 1
        ("Nadia Okafor", 16, "They're supposed to be scary."),  # 2
        ("Grace Lindqvist", 22, "Quick win before we start — the pricing page fix went live last week, finally. Growth says \"per shipment\" now."),  # 3
        ("Tomasz Wrobel", 32, "Marcus sent me a gif about it. A very long gif."),  # 4
        ("Grace Lindqvist", 40, "He sent me three."),  # 5
        ("Nadia Okafor", 44, "Okay. Carryover first. Tomasz."),  # 6
        ("Tomasz Wrobel", 49, "Dock API, obviously. And I still owe Keller that sample rate file — that one's pushed, the new format isn't merged yet so there's nothing real to send."),  # 7
        ("Nadia Okafor", 65, "Okay."),  # 8
        ("Tomasz Wrobel", 68, "I'll finish the dock booking endpoints this sprint, cancellation flow included. For real this time."),  # 9
        ("Priya Raman", 168, "\"For real this time.\""),  # 10
        ("Tomasz Wrobel", 173, "I said what I said."),  # 11
        ("Grace Lindqvist", 178, "Then SSO. Brightwater's IT asked again, and Northgate's VP asked in the demo, so it's two customers now. Someone needs to spike the SAML library choice."),  # 12
        ("Tomasz Wrobel", 192, "I'll take the SSO spike — oh, wait, no. Priya did SAML at her last job, she should do it, honestly."),  # 13
        ("Grace Lindqvist", 204, "Priya, can you?"),  # 14
        ("Priya Raman", 208, "Yep. I'll have a recommendation Friday."),  # 15
        ("Grace Lindqvist", 214, "Thank you."),  # 16
        ("Nadia Okafor", 217, "Then staging. It's been a mess since the incident, and that's blocking the load test."),  # 17
        ("Priya Raman", 227, "Should I put the Postgres upgrade back on the board, or is that just cruel at this point?"),  # 18
        ("Nadia Okafor", 237, "Leave it off until staging's sorted. I can rebuild staging, it's mostly Terraform, I just need a quiet afternoon."),  # 19
        ("Priya Raman", 248, "You're sure? It's a bit cursed."),  # 20
        ("Nadia Okafor", 252, "I wrote half the curse. I'll be fine."),  # 21
        ("Tomasz Wrobel", 258, "Oh, the retro board's still up, by the way, I was rereading it this morning. The sticky notes are very passive-aggressive in hindsight."),  # 22
        ("Grace Lindqvist", 270, "Mine weren't."),  # 23
        ("Tomasz Wrobel", 274, "Yours said \"great teamwork!!\" with two exclamation marks."),  # 24
        ("Priya Raman", 281, "And for the SOC 2 stuff, Nadia — the dependency scanner flagged forty-something packages last time we ran it. Just so you know what you're walking into."),  # 25
        ("Nadia Okafor", 389, "Forty-something. Great."),  # 26
        ("Nadia Okafor", 393, "Let me drag these over to the sprint column... okay."),  # 27
        ("Nadia Okafor", 400, "So that's dock API, SSO spike, staging, and whatever the Tidewell ramp throws at us."),  # 28
        ("Grace Lindqvist", 408, "Capacity-wise we're fine?"),  # 29
        ("Nadia Okafor", 410, "We're fine if nothing explodes."),  # 30
        ("Priya Raman", 415, "Something will explode."),  # 31
        ("Nadia Okafor", 419, "Something will explode. Okay. Go."),  # 32
    ]},
    {"id": "a16", "title": "Engineering weekly sync", "start": "2026-10-12T09:30:00Z", "lines": [
        ("Nadia Okafor", 0, "Morning. It's board week, so I'm going to be a bit distracted, sorry in advance."),  # 0
        ("Priya Raman", 10, "You're always a bit distracted."),  # 1
        ("Nadia Okafor", 15, "More than usual, then. Priya, go."),  # 2
        ("Priya Raman", 21, "SAML — I wrote up the comparison, it's in the SSO doc. Short version, I'd go with the boring library, the fancy one hasn't had a release in a year."),  # 3
        ("Grace Lindqvist", 35, "Boring is good. Boring is my favourite."),  # 4
        ("Priya Raman", 39, "And staging's back. Nadia rebuilt it Thursday, and it's actually faster now, somehow."),  # 5
        ("Nadia Okafor", 46, "It's faster because I deleted things."),  # 6
        ("Tomasz Wrobel", 51, "The best kind of faster."),  # 7
        ("Nadia Okafor", 55, "And I updated the hiring slide in the board deck on Friday, with the pipeline numbers, so that's out of my hair."),  # 8
        ("Nadia Okafor", 69, "But I still need to do the engineering highlights. I'll send Elliot the engineering highlights for the board deck by noon."),  # 9
        ("Grace Lindqvist", 79, "Put the ETA numbers in. Fourteen minutes is a great slide."),  # 10
        ("Nadia Okafor", 86, "It's going first."),  # 11
        ("Tomasz Wrobel", 91, "Dock API update: booking endpoints are merged, cancellation's in review."),  # 12
        ("Nadia Okafor", 97, "Good."),  # 13
        ("Priya Raman", 100, "Oh, and I'm going to run a game day on the importer, a proper failover drill, on the twenty-eighth. I want to know the runbook-in-my-head actually works."),  # 14
        ("Tomasz Wrobel", 113, "Can I break things?"),  # 15
        ("Priya Raman", 117, "You're the one breaking things. That's the whole point."),  # 16
        ("Tomasz Wrobel", 123, "Finally, recognition."),  # 17
        ("Grace Lindqvist", 125, "Tomasz, can you help Marcus with the technical sections of Northgate's security questionnaire? He's drowning."),  # 18
        ("Tomasz Wrobel", 133, "Ugh. The hundred and forty questions. Fine. I'll do the technical sections by Wednesday."),  # 19
        ("Grace Lindqvist", 217, "Thank you. Marcus owes you one."),  # 20
        ("Tomasz Wrobel", 221, "Oh, he owes me."),  # 21
        ("Tomasz Wrobel", 225, "Also, nice touch on the postmortem template, Nadia. It has a customer-impact section now, I noticed."),  # 22
        ("Nadia Okafor", 236, "That was Hannah's idea, actually."),  # 23
        ("Priya Raman", 239, "I rotated the Corvane credentials Friday, by the way. Their side forced it."),  # 24
        ("Grace Lindqvist", 249, "Is that why the EDI feed hiccuped?"),  # 25
        ("Priya Raman", 255, "For like four minutes, yeah."),  # 26
        ("Priya Raman", 260, "I'm out Thursday afternoon, flu jab and then probably a nap."),  # 27
        ("Nadia Okafor", 267, "Sure."),  # 28
        ("Tomasz Wrobel", 270, "Oh, sure, and I'll just cover the on-call and the questionnaire and the dock API at the same time."),  # 29
        ("Priya Raman", 282, "It's two hours, Tomasz."),  # 30
        ("Tomasz Wrobel", 286, "I'm being dramatic. It's fine."),  # 31
        ("Grace Lindqvist", 291, "We should probably do a proper demo of the dock stuff for CS before it goes out, so Hannah's not surprised."),  # 32
        ("Nadia Okafor", 301, "Mm. Yeah. Let's take that offline, I've got the deck at ten."),  # 33
        ("Nadia Okafor", 311, "Okay. Thanks, everyone."),  # 34
    ]},
    {"id": "a17", "title": "Board prep", "start": "2026-10-12T17:00:00Z", "lines": [
        ("Elliot Vance", 0, "Okay. Board's Friday. Let's go slide by slide, and let's be fast, I want to be home before nine."),  # 0
        ("Omar Haddad", 10, "Optimistic."),  # 1
        ("Elliot Vance", 13, "Thanks for the eng highlights, Nadia, they're in, slide six. The ETA thing is great."),  # 2
        ("Nadia Okafor", 52, "Thanks."),  # 3
        ("Elliot Vance", 57, "Omar's forecast is in the deck too, slide nine, and it's — honest. It's an honest slide."),  # 4
        ("Omar Haddad", 68, "It's an honest forecast."),  # 5
        ("Elliot Vance", 72, "And the finance slides?"),  # 6
        ("Omar Haddad", 77, "Done, I sent them Friday. You should have them in your inbox, under \"board v3 FINAL final\"."),  # 7
        ("Grace Lindqvist", 86, "\"Final final\" is never final."),  # 8
        ("Omar Haddad", 92, "It's a naming convention, Grace."),  # 9
        ("Elliot Vance", 96, "Okay. Headcount slide. It still says one backend req, and we're asking them for two."),  # 10
        ("Nadia Okafor", 106, "The hiring slide's right, that's the pipeline. It's the headcount plan that's stale."),  # 11
        ("Elliot Vance", 113, "We'll get the headcount slide fixed — Omar's got it."),  # 12
        ("Omar Haddad", 122, "Mm-hm. I'll update it tonight, with the second backend req."),  # 13
        ("Elliot Vance", 130, "Then the narrative. Reading it back, the opening is too defensive. It reads like we're apologizing for the incident."),  # 14
        ("Grace Lindqvist", 139, "It kind of does."),  # 15
        ("Elliot Vance", 145, "I'll rewrite the opening narrative myself. Less sorry, more numbers."),  # 16
        ("Marcus Bell", 153, "Are we showing the incident at all? Should we?"),  # 17
        ("Elliot Vance", 160, "One line. Risk slide."),  # 18
        ("Elliot Vance", 164, "And on the risk slide — we have a SOC 2 Type II from March, that goes on there too, it's a good counterweight."),  # 19
        ("Marcus Bell", 178, "Northgate asked about that again, actually."),  # 20
        ("Elliot Vance", 185, "Northgate. Okay, pipeline slide. If we'd closed Northgate I'd lead with it."),  # 21
        ("Marcus Bell", 193, "I sent the Northgate follow-up this morning, for what it's worth. They're still \"aligning internally\"."),  # 22
        ("Elliot Vance", 202, "That's not a close, Marcus."),  # 23
        ("Marcus Bell", 207, "It's the opposite of a close."),  # 24
        ("Elliot Vance", 213, "Tidewell. So, I still haven't called Tidewell's COO. That's on me — it slipped, and their planning cycle's closed now."),  # 25
        ("Omar Haddad", 223, "Hm."),  # 26
        ("Elliot Vance", 227, "I know. I know."),  # 27
        ("Elliot Vance", 231, "Marcus, can you pull the churn reasons for the last four quarters? The board's going to ask why Redline left."),  # 28
        ("Marcus Bell", 241, "I can do that. Oct 14, so you've got it before the pre-read."),  # 29
        ("Omar Haddad", 250, "Honestly, the action-item bot's going to flag the churn thing as overdue by Thursday anyway. Just mark everything done and we'll sort it out after the board."),  # 30
        ("Elliot Vance", 262, "Please don't do that."),  # 31
        ("Omar Haddad", 267, "I'm joking. Mostly."),  # 32
        ("Marcus Bell", 272, "I bet you the first question is about burn. Not churn, burn."),  # 33
        ("Elliot Vance", 281, "It's always burn."),  # 34
        ("Grace Lindqvist", 286, "What about the product slide? Should I—"),  # 35
        ("Elliot Vance", 293, "Product slide's fine, Grace. It's the best slide."),  # 36
        ("Grace Lindqvist", 299, "Oh. Okay then."),  # 37
        ("Nadia Okafor", 304, "Wow. Okay. I'll keep that in mind."),  # 38
        ("Grace Lindqvist", 311, "You should."),  # 39
        ("Elliot Vance", 314, "Okay. Timing. We'll get the deck out to the board Wednesday — I'll do it, so nobody else has to fight the PDF export."),  # 40
        ("Omar Haddad", 426, "It's always the PDF export."),  # 41
        ("Elliot Vance", 432, "Every single time. Okay. Good. Go home, everyone."),  # 42
    ]},
    {"id": "a18", "title": "Hiring sync", "start": "2026-10-15T10:00:00Z", "lines": [
        ("Elliot Vance", 0, "Morning. Quick one, I've got board prep with Omar right after."),  # 0
        ("Omar Haddad", 9, "The deck went to the board yesterday, by the way. Elliot sent it at, like, midnight."),  # 1
        ("Elliot Vance", 19, "Eleven fifty-two. Not midnight."),  # 2
        ("Omar Haddad", 22, "Basically midnight."),  # 3
        ("Elliot Vance", 25, "Okay, hiring. SRE first. Jun."),  # 4
        ("Nadia Okafor", 29, "Jun's great. Everyone who interviewed her was a strong yes. She asked about on-call in the first five minutes."),  # 5
        ("Omar Haddad", 40, "Told you."),  # 6
        ("Nadia Okafor", 43, "You did, yeah."),  # 7
        ("Elliot Vance", 49, "Okay. Let's make an offer."),  # 8
        ("Omar Haddad", 54, "I'll draft Jun's offer. Same band as we discussed, top of it."),  # 9
        ("Nadia Okafor", 62, "And I'll do her reference checks tomorrow morning, she sent three names."),  # 10
        ("Elliot Vance", 69, "Great. Backend."),  # 11
        ("Grace Lindqvist", 74, "The backend loop is stuck because the take-home's still four hours long. Two candidates dropped out at that step last month."),  # 12
        ("Elliot Vance", 84, "Is that the four-hours-on-the-tin-says-two thing?"),  # 13
        ("Grace Lindqvist", 87, "Yes. I'll rewrite the take-home before we reopen the backend loop. It'll be ninety minutes, tops."),  # 14
        ("Nadia Okafor", 97, "Can we keep the SQL part? It's the only bit that actually tells us anything."),  # 15
        ("Grace Lindqvist", 106, "Sure."),  # 16
        ("Elliot Vance", 110, "Scorecards, Nadia?"),  # 17
        ("Nadia Okafor", 112, "Scorecards — not yet, I know, I know. They slipped behind the board stuff."),  # 18
        ("Elliot Vance", 181, "We're hiring people without them."),  # 19
        ("Nadia Okafor", 185, "We're hiring people without them, yes. It's not great."),  # 20
        ("Grace Lindqvist", 193, "The product-sense question bank is in Notion, by the way, if anyone wants to look at it."),  # 21
        ("Omar Haddad", 203, "Is it long?"),  # 22
        ("Grace Lindqvist", 209, "Eleven questions. I wrote them at my last job."),  # 23
        ("Elliot Vance", 216, "Offsite, while we're all here —"),  # 24
        ("Grace Lindqvist", 222, "Are we doing the offsite somewhere with actual heating this year?"),  # 25
        ("Elliot Vance", 230, "Ha. Ask me next week."),  # 26
        ("Omar Haddad", 235, "Can someone send me the interview schedule for next week? I've got no idea who's coming in."),  # 27
        ("Elliot Vance", 244, "I'm going to be in Dallas Tuesday and Wednesday, so schedule my interviews Thursday."),  # 28
        ("Nadia Okafor", 280, "Noted."),  # 29
        ("Omar Haddad", 283, "If we'd had Jun in September, the importer thing would've been an hour, not six."),  # 30
        ("Nadia Okafor", 386, "That's not fair to Priya."),  # 31
        ("Omar Haddad", 390, "No, you're right, sorry. That's not what I meant."),  # 32
        ("Nadia Okafor", 397, "We should probably think about a proper onboarding plan for SREs, it's different from backend."),  # 33
        ("Elliot Vance", 405, "Agreed. Okay, I have to run. Thanks, everyone."),  # 34
    ]},
    {"id": "a19", "title": "Engineering standup", "start": "2026-10-19T09:15:00Z", "lines": [
        ("Nadia Okafor", 0, "Morning. How was everyone's weekend? Actually, don't answer, standup. Tomasz."),  # 0
        ("Tomasz Wrobel", 6, "Northgate questionnaire — haven't started it. Marcus says their security team still hasn't sent us the portal login, so there's nowhere to put the answers."),  # 1
        ("Nadia Okafor", 18, "Classic."),  # 2
        ("Tomasz Wrobel", 20, "And the take-home repo had a broken test, so I fixed that while I was in there. It's been broken since June, which tells you how many people finished it."),  # 3
        ("Grace Lindqvist", 36, "Oh no."),  # 4
        ("Tomasz Wrobel", 39, "Oh yes."),  # 5
        ("Nadia Okafor", 44, "Me: dependency audit is blocked. The scanner licence lapsed and procurement's sitting on the renewal."),  # 6
        ("Priya Raman", 53, "Still?"),  # 7
        ("Nadia Okafor", 58, "Still. I've pinged them three times."),  # 8
        ("Nadia Okafor", 65, "Jun's references were great, I did them Friday morning. All three said she's the person they call when things are on fire."),  # 9
        ("Priya Raman", 113, "Good sign."),  # 10
        ("Nadia Okafor", 118, "Priya."),  # 11
        ("Priya Raman", 120, "Tidewell's moving to the new tenant. I'll migrate Tidewell by Thursday, I've done the dry run."),  # 12
        ("Nadia Okafor", 131, "Any risk?"),  # 13
        ("Priya Raman", 135, "Some. The rate cache warms up slowly. I'll do it overnight."),  # 14
        ("Grace Lindqvist", 143, "Does Ines know it's happening?"),  # 15
        ("Priya Raman", 148, "Hannah told her last week. She said, quote, \"as long as I don't notice\"."),  # 16
        ("Tomasz Wrobel", 157, "The bar is not noticing."),  # 17
        ("Nadia Okafor", 161, "The bar is always not noticing."),  # 18
        ("Grace Lindqvist", 166, "Brightwater's IT asked about SSO again. So I'll write the SSO requirements doc for Brightwater this week, so they stop asking me in every call."),  # 19
        ("Tomasz Wrobel", 180, "Frank again?"),  # 20
        ("Grace Lindqvist", 185, "Frank again. He sent me a PDF of their identity-provider settings. Unprompted."),  # 21
        ("Nadia Okafor", 192, "Honestly, that's helpful."),  # 22
        ("Grace Lindqvist", 197, "It's very helpful. It's also forty pages."),  # 23
        ("Tomasz Wrobel", 203, "Oh, I'm going to clean up the old feature flags at some point too. There's like sixty of them, half of them are from 2023."),  # 24
        ("Nadia Okafor", 233, "Yes. Please."),  # 25
        ("Priya Raman", 236, "Half of them are mine."),  # 26
        ("Tomasz Wrobel", 241, "I know."),  # 27
        ("Grace Lindqvist", 244, "Should we be writing the dock release notes now, or wait till it's actually out?"),  # 28
        ("Nadia Okafor", 293, "Wait. We've been burned before."),  # 29
        ("Tomasz Wrobel", 297, "Let me just share my screen for two seconds, there's a weird graph."),  # 30
        ("Tomasz Wrobel", 306, "This. Tender API latency, every day at exactly four p.m."),  # 31
        ("Priya Raman", 312, "That's Tidewell's batch."),  # 32
        ("Tomasz Wrobel", 315, "Oh. Okay. Mystery solved. Never mind."),  # 33
        ("Nadia Okafor", 319, "Great standup. Bye."),  # 34
    ]},
    {"id": "a20", "title": "Tidewell Cold Chain QBR", "start": "2026-10-21T15:00:00Z", "lines": [
        ("Hannah Cho", 0, "Hi Ines! Thanks for making the time, I know October's your busy month."),  # 0
        ("Ines Ferreira", 8, "It's always busy. But it's good busy. Hi Marcus, hi Grace."),  # 1
        ("Marcus Bell", 16, "Hey Ines."),  # 2
        ("Grace Lindqvist", 18, "Hi!"),  # 3
        ("Hannah Cho", 23, "So, quick housekeeping first: your migration to the new environment finished yesterday. Priya did it overnight, and nobody should have noticed anything."),  # 4
        ("Ines Ferreira", 34, "I didn't notice anything, so, congratulations."),  # 5
        ("Hannah Cho", 38, "That's the goal. Okay. Let me share the deck."),  # 6
        ("Hannah Cho", 68, "So this is the quarter. Tendered loads up thirty-four percent, acceptance rate up from seventy-one to seventy-nine."),  # 7
        ("Ines Ferreira", 145, "That's the new routing guides."),  # 8
        ("Grace Lindqvist", 151, "And the ETA predictions got a lot better at the start of the month. We retrained the model, mean error's down to about fourteen minutes."),  # 9
        ("Ines Ferreira", 164, "My dispatchers did notice that. They said the ETAs finally stopped lying."),  # 10
        ("Marcus Bell", 170, "Can I quote you on that?"),  # 11
        ("Ines Ferreira", 175, "No. Maybe. Ask me after the renewal."),  # 12
        ("Hannah Cho", 180, "Ha. Okay. And then the September incident — I know we covered it, but is there anything still outstanding on your side?"),  # 13
        ("Ines Ferreira", 192, "Should we be worried about another one, honestly? My CFO asked."),  # 14
        ("Hannah Cho", 201, "Fair question. We've added limits on the importer and an alert on the queue, so it would be caught in minutes now."),  # 15
        ("Ines Ferreira", 252, "Okay. That's what he wanted to hear."),  # 16
        ("Grace Lindqvist", 256, "We also have a dashboard for importer health, if your IT ever wants to watch it."),  # 17
        ("Ines Ferreira", 290, "Oh, sure, I'll just have my IT team stare at a dashboard all day. They'll love that."),  # 18
        ("Grace Lindqvist", 365, "Fair. Fair."),  # 19
        ("Ines Ferreira", 370, "One ask, though. Can someone send us a weekly on-time report? Right now my analyst builds it by hand every Monday."),  # 20
        ("Hannah Cho", 383, "Yeah, I'll set that up, it's a scheduled export. You'll have the first one next Monday."),  # 21
        ("Ines Ferreira", 391, "Oh, amazing."),  # 22
        ("Ines Ferreira", 393, "And the ETA beta you mentioned last time — the one that predicts delays before pickup?"),  # 23
        ("Grace Lindqvist", 401, "So that's in testing. I'll get you on the ETA beta by November 15th."),  # 24
        ("Ines Ferreira", 453, "Good. And I'll get you feedback from my dispatch leads on the new screens by end of next week. They have opinions."),  # 25
        ("Hannah Cho", 466, "We love opinions."),  # 26
        ("Ines Ferreira", 469, "You say that now."),  # 27
        ("Hannah Cho", 473, "We'd love to do a case study with you at some point, by the way, if you're open to it. The numbers are really good."),  # 28
        ("Ines Ferreira", 486, "Maybe. Legal's very slow with that sort of thing."),  # 29
        ("Marcus Bell", 492, "And on the renewal — it's up in December, and I know your team's been looking at the expansion, the southeast network."),  # 30
        ("Ines Ferreira", 570, "We're looking at it. Not decided."),  # 31
        ("Marcus Bell", 575, "I'll keep that in mind, then, no pushing."),  # 32
        ("Ines Ferreira", 580, "Thank you."),  # 33
        ("Ines Ferreira", 585, "The feedback we've had from our drivers on the carrier app has been good, for what it's worth."),  # 34
        ("Hannah Cho", 597, "That's lovely to hear."),  # 35
        ("Hannah Cho", 602, "Okay, I think that's everything. I'll send you the deck and the usage numbers."),  # 36
        ("Ines Ferreira", 609, "Perfect. Thank you all."),  # 37
        ("Marcus Bell", 614, "Thanks, Ines!"),  # 38
    ]},
    {"id": "a21", "title": "Engineering weekly sync", "start": "2026-10-26T09:30:00Z", "lines": [
        ("Nadia Okafor", 0, "Morning, all. Last week of the sprint. Tomasz, good news first, please."),  # 0
        ("Tomasz Wrobel", 7, "Good news: dock booking endpoints are merged, behind a flag, cancellation flow and all."),  # 1
        ("Grace Lindqvist", 119, "Yes!"),  # 2
        ("Tomasz Wrobel", 121, "Also, I killed forty-one flags. The other nineteen are load-bearing, apparently."),  # 3
        ("Priya Raman", 130, "Some of mine survived?"),  # 4
        ("Tomasz Wrobel", 135, "Two of yours survived. Barely."),  # 5
        ("Nadia Okafor", 141, "Priya?"),  # 6
        ("Priya Raman", 145, "Game day's pushed to November, sorry. The Tidewell migration and then the batch-latency thing ate the week."),  # 7
        ("Nadia Okafor", 259, "That's fine. It's better done right."),  # 8
        ("Priya Raman", 263, "Tomasz and I paired on the migration clean-up Friday, actually, which was fun."),  # 9
        ("Tomasz Wrobel", 272, "It was fun. Weirdly."),  # 10
        ("Grace Lindqvist", 276, "Brightwater's IT asked about SSO again on Friday, by the way. Frank. Again."),  # 11
        ("Nadia Okafor", 286, "Frank's persistent."),  # 12
        ("Grace Lindqvist", 290, "Frank is a lot."),  # 13
        ("Grace Lindqvist", 295, "And about the ETA beta — I told Tidewell I'll get them on it by the fifteenth, so that stands."),  # 14
        ("Priya Raman", 307, "So, on that. If the accuracy holds above ninety percent on the test set, I'll enable the ETA beta for Tidewell on November tenth."),  # 15
        ("Grace Lindqvist", 319, "And if it doesn't?"),  # 16
        ("Priya Raman", 322, "Then we talk."),  # 17
        ("Grace Lindqvist", 327, "Fair."),  # 18
        ("Tomasz Wrobel", 330, "Event bus. We keep going back and forth in Slack, so I'll write the ADR for it, end of day, and we can argue in comments like adults."),  # 19
        ("Nadia Okafor", 420, "Like adults."),  # 20
        ("Tomasz Wrobel", 425, "Like adults in comments."),  # 21
        ("Nadia Okafor", 428, "Okay. On-call. People have been asking about compensation. I'll take the on-call comp question to Omar."),  # 22
        ("Priya Raman", 540, "Thank you."),  # 23
        ("Tomasz Wrobel", 544, "Can we get it backdated to September?"),  # 24
        ("Nadia Okafor", 551, "Don't push it."),  # 25
        ("Grace Lindqvist", 554, "Should we do a launch announcement for the dock stuff, or soft launch?"),  # 26
        ("Nadia Okafor", 563, "Soft. Let's see it work with Brightwater first."),  # 27
        ("Tomasz Wrobel", 569, "I bet you Frank files a bug within an hour of us turning it on."),  # 28
        ("Grace Lindqvist", 578, "I'm not betting against Frank."),  # 29
        ("Priya Raman", 584, "We should really have a changelog customers can actually read, not just release notes."),  # 30
        ("Grace Lindqvist", 630, "Yeah. Someday."),  # 31
        ("Nadia Okafor", 633, "Let me pull up the sprint board so we can see what's actually left."),  # 32
        ("Nadia Okafor", 671, "Okay. So, mostly green. Staging's stable, dock's in, SSO doc is — Grace?"),  # 33
        ("Grace Lindqvist", 679, "Late, honestly. It's about half written, sorry — this week ate me."),  # 34
        ("Nadia Okafor", 687, "Okay. Thanks, all."),  # 35
    ]},
    {"id": "a22", "title": "Grace / Hannah 1:1", "start": "2026-10-29T08:30:00Z", "lines": [
        ("Grace Lindqvist", 0, "Morning! You're up early."),  # 0
        ("Hannah Cho", 6, "Renewal season. I've been up since six."),  # 1
        ("Grace Lindqvist", 13, "Oof. Okay, let's keep it light then. How's Tidewell?"),  # 2
        ("Hannah Cho", 19, "Good. I sent Ines the QBR deck that night, like I said I would, and she forwarded it to her COO."),  # 3
        ("Grace Lindqvist", 30, "Oh, nice."),  # 4
        ("Hannah Cho", 35, "The weekly on-time export for Tidewell — not yet, though. The scheduler broke when they moved tenants, and the first two Mondays just... didn't send."),  # 5
        ("Grace Lindqvist", 49, "Ugh. Is that a Priya thing?"),  # 6
        ("Hannah Cho", 54, "It's a Tomasz thing, I think. It's in the queue."),  # 7
        ("Hannah Cho", 61, "Oh, and I sent Ines the renewal paperwork this morning, the DPA part, so Legal can start on it."),  # 8
        ("Grace Lindqvist", 72, "Good."),  # 9
        ("Hannah Cho", 76, "Um, and then for November — I'm going to run the NPS survey the first week of November. We skipped it in Q3 and I regret it."),  # 10
        ("Grace Lindqvist", 89, "Do you want product questions in it?"),  # 11
        ("Hannah Cho", 95, "Two. Max."),  # 12
        ("Grace Lindqvist", 98, "Two. Okay."),  # 13
        ("Grace Lindqvist", 103, "Can I sit in on some churn calls? I'll sit in on two of your churn calls next week, if there are any."),  # 14
        ("Hannah Cho", 117, "There are always some. I'll add you to the invites."),  # 15
        ("Grace Lindqvist", 124, "Thanks."),  # 16
        ("Hannah Cho", 127, "Marcus always overpromises in demos, and then we get the ticket three months later. It's a pattern."),  # 17
        ("Grace Lindqvist", 182, "He promised Northgate \"real-time everything\"."),  # 18
        ("Hannah Cho", 188, "What does that even mean?"),  # 19
        ("Grace Lindqvist", 194, "Nobody knows."),  # 20
        ("Hannah Cho", 196, "I'm taking Friday off, by the way. Long weekend, finally."),  # 21
        ("Grace Lindqvist", 203, "Good. You need it."),  # 22
        ("Grace Lindqvist", 207, "How's the case study, out of interest?"),  # 23
        ("Hannah Cho", 213, "The case study is... kind of in motion?"),  # 24
        ("Grace Lindqvist", 221, "Ha. Okay."),  # 25
        ("Hannah Cho", 226, "I did the Brightwater check-in last week, they're happy, Rosa's team is at like ninety percent adoption."),  # 26
        ("Grace Lindqvist", 337, "Rosa's a machine."),  # 27
        ("Hannah Cho", 342, "Should I be telling Brightwater about the dock scheduling beta, or is that too early?"),  # 28
        ("Grace Lindqvist", 352, "Too early. Wait for the soft launch."),  # 29
        ("Hannah Cho", 356, "Got it."),  # 30
        ("Grace Lindqvist", 360, "Okay, I'll let you go. Get some coffee."),  # 31
    ]},
    {"id": "a23", "title": "Go-to-market weekly", "start": "2026-10-29T16:30:00Z", "lines": [
        ("Elliot Vance", 0, "Okay. GTM. Marcus, go."),  # 0
        ("Marcus Bell", 6, "So, Northgate. The SOC 2 stuff is still blocked on their legal — the NDA's been sitting there six weeks now, so I haven't sent the report."),  # 1
        ("Elliot Vance", 61, "Six weeks."),  # 2
        ("Marcus Bell", 65, "Six weeks. But Dale did the reference call with them on Tuesday. Glowing, apparently. Their ops guy called me after."),  # 3
        ("Elliot Vance", 76, "Good old Dale."),  # 4
        ("Marcus Bell", 80, "Keller's three-year term is with their board now, Dale says. Mid-November."),  # 5
        ("Marcus Bell", 87, "Keller's IT did their security stuff too, I think? Dale mentioned something about it."),  # 6
        ("Elliot Vance", 97, "Okay. Churn reasons — did that ever happen?"),  # 7
        ("Marcus Bell", 105, "No. I never got to the churn pull before the board, we went without it. Sorry."),  # 8
        ("Omar Haddad", 116, "Churn's down this quarter anyway, for what it's worth."),  # 9
        ("Elliot Vance", 122, "It's worth a lot. Tidewell renewal?"),  # 10
        ("Marcus Bell", 127, "I'll send Tidewell the renewal order form on Monday. Ines said their legal wants it before month end."),  # 11
        ("Hannah Cho", 136, "They've already got the DPA, I sent that this morning."),  # 12
        ("Marcus Bell", 145, "Oh, great. Then it's just the order form."),  # 13
        ("Grace Lindqvist", 150, "Did Ines ever send the dispatcher feedback, Hannah?"),  # 14
        ("Hannah Cho", 157, "It's not due till tomorrow."),  # 15
        ("Grace Lindqvist", 161, "Ah."),  # 16
        ("Elliot Vance", 163, "Omar, anything?"),  # 17
        ("Omar Haddad", 166, "AWS is being AWS. And if the commitment bot nags me about the AWS thing one more time I'm turning it off."),  # 18
        ("Elliot Vance", 177, "Please don't turn off the bot."),  # 19
        ("Omar Haddad", 183, "I'm not actually going to turn off the bot."),  # 20
        ("Elliot Vance", 189, "Okay. The Dallas expo. If Northgate's CFO is in town for it, I'll take him to dinner. Marcus, find out if he's coming."),  # 21
        ("Marcus Bell", 200, "I can ask their ops guy. Hm — actually, no, I'll leave that, they're weird about the CFO. Hannah knows their EA better."),  # 22
        ("Hannah Cho", 213, "I'll ask their EA, she's lovely."),  # 23
        ("Grace Lindqvist", 217, "Then pricing. We keep talking about moving to per-shipment for everyone. I'll put together the pricing proposal before the offsite, so we have something real to argue about."),  # 24
        ("Omar Haddad", 232, "I'd like to see that before it goes to Elliot."),  # 25
        ("Grace Lindqvist", 238, "Of course, I'll send it to you first."),  # 26
        ("Marcus Bell", 245, "Should we be grandfathering existing customers?"),  # 27
        ("Grace Lindqvist", 252, "That's, like, half the proposal."),  # 28
        ("Elliot Vance", 256, "If we'd moved to per-shipment a year ago I reckon we'd be ten percent up."),  # 29
        ("Omar Haddad", 265, "You don't know that."),  # 30
        ("Elliot Vance", 268, "I don't know that. It's a feeling."),  # 31
        ("Hannah Cho", 273, "Honestly, we should probably survey customers about it before we decide anything."),  # 32
        ("Elliot Vance", 280, "Let's take that offline. Okay, good. Thanks, everyone."),  # 33
    ]},
    {"id": "a24", "title": "Leadership sync", "start": "2026-11-09T10:00:00Z", "lines": [
        ("Elliot Vance", 0, "Okay, morning. Post-board, pre-offsite. Let's do updates fast and then the Q1 stuff."),  # 0
        ("Omar Haddad", 7, "I'll go first, it's bad news. AWS — we missed the window. It auto-renewed at the old rate on the thirty-first. My fault, I had it in the calendar for the wrong week."),  # 1
        ("Elliot Vance", 25, "How bad?"),  # 2
        ("Omar Haddad", 28, "About forty thousand a year over what we could've got. There might be something mid-term, but don't hold your breath."),  # 3
        ("Elliot Vance", 75, "Okay. Lesson learned. Offsite: booked — we're at the Marriott downtown, the nineteenth and twentieth. Heating included."),  # 4
        ("Grace Lindqvist", 83, "Ha!"),  # 5
        ("Omar Haddad", 88, "And Jun's offer went out the day we talked, and she signed last Monday. Starts November thirtieth."),  # 6
        ("Nadia Okafor", 97, "Yes!"),  # 7
        ("Marcus Bell", 99, "Tidewell's order form went out Monday, they're reviewing. Ines says early December."),  # 8
        ("Elliot Vance", 108, "Great."),  # 9
        ("Hannah Cho", 111, "I can walk Jun through the customer escalation process her first week, so she's not ambushed in her first incident."),  # 10
        ("Nadia Okafor", 124, "That would be amazing."),  # 11
        ("Hannah Cho", 128, "Also, the ETA beta is the thing Tidewell asks about on every single call now."),  # 12
        ("Nadia Okafor", 235, "The accuracy numbers Priya showed me last week looked good."),  # 13
        ("Elliot Vance", 242, "Payroll — that's, uh, somewhere in motion, I assume?"),  # 14
        ("Omar Haddad", 250, "Somewhere."),  # 15
        ("Nadia Okafor", 254, "Q1. I'll send the Q1 roadmap draft to everyone by Friday, and then we fight about it at the offsite."),  # 16
        ("Grace Lindqvist", 266, "Like I said, I'll bring the pricing proposal to the offsite too."),  # 17
        ("Omar Haddad", 274, "I'd still like to see it first."),  # 18
        ("Grace Lindqvist", 279, "You will, I haven't forgotten."),  # 19
        ("Nadia Okafor", 285, "Oh, and for anyone who wants to write one, the ADR template is in the eng wiki now."),  # 20
        ("Omar Haddad", 296, "The benefits survey closed Friday, by the way. Sixty percent response."),  # 21
        ("Hannah Cho", 305, "That's higher than our NPS ever gets."),  # 22
        ("Elliot Vance", 310, "Okay. Anything else before the Q1 list? Hiring?"),  # 23
        ("Nadia Okafor", 314, "Nothing new. Jun's the big one."),  # 24
        ("Elliot Vance", 319, "Good. We should probably think about a second CS hire in Q1, Hannah's underwater."),  # 25
        ("Hannah Cho", 415, "I'm fine."),  # 26
        ("Elliot Vance", 417, "You're underwater."),  # 27
        ("Hannah Cho", 422, "I'm a bit underwater."),  # 28
        ("Marcus Bell", 428, "I bet you a dinner the board asks for a CS hire before we do."),  # 29
        ("Elliot Vance", 437, "Let me share my screen, here's the Q1 list as I have it."),  # 30
        ("Elliot Vance", 444, "Dock scheduling GA, SSO, the pricing move, and Northgate, assuming Northgate ever happens."),  # 31
        ("Marcus Bell", 453, "It'll happen."),  # 32
        ("Elliot Vance", 455, "Okay. So — roadmap Friday, from Nadia. Good."),  # 33
        ("Nadia Okafor", 461, "Yep. Roadmap Friday, from me."),  # 34
        ("Elliot Vance", 468, "Great. Thanks, everyone."),  # 35
    ]},
]

# Every promise. "at": (meeting id, line index) of the line where the owner takes it on (for an ask
# accepted later: the accepting line; put the asking line in "asked_at"). "also": other places the SAME
# promise is said again. "due": the due date as said (None if none), "due_date": "YYYY-MM-DD" when it can
# be worked out from the meeting's date (None when not: "before the launch"), "conditional": True for
# "if X then I'll Y". "status": "done" | "slipped" | "open". "report": (meeting id, line index) of the line
# that reports it done or slipped (None for open). "report_by_other": True when someone other than the
# owner says it. "possible": places that may be about it but are too vague (optional).
# A later restatement in "also" is usually listed in TRAPS as well, with kind "restatement": it repeats
# the promise and is not a report on it.
PROMISES: list[dict] = [
    {"id": "a-p01", "at": ("a01", 8), "asked_at": ("a01", 7), "also": [], "owner": "Priya Raman",
     "task": "renew the TLS certificates on the carrier portal", "due": "this week", "due_date": "2026-09-11", "conditional": False,
     "status": "done", "report": ("a04", 3), "report_by_other": False, "possible": []},
    {"id": "a-p02", "at": ("a01", 12), "asked_at": None, "also": [], "owner": "Tomasz Wrobel",
     "task": "fix the header parsing for Keller's rate files", "due": "by Wednesday", "due_date": "2026-09-09", "conditional": False,
     "status": "done", "report": ("a05", 3), "report_by_other": False, "possible": []},
    {"id": "a-p03", "at": ("a01", 16), "asked_at": None, "also": [], "owner": "Tomasz Wrobel",
     "task": "post the Keller parsing issue in the customer channel", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a05", 42), "report_by_other": False, "possible": []},
    {"id": "a-p04", "at": ("a01", 26), "asked_at": None, "also": [], "owner": "Nadia Okafor",
     "task": "write up the new on-call rotation doc", "due": None, "due_date": None, "conditional": False,
     "status": "slipped", "report": ("a08", 12), "report_by_other": False, "possible": []},
    {"id": "a-p05", "at": ("a01", 31), "asked_at": None, "also": [("a05", 30)], "owner": "Grace Lindqvist",
     "task": "draft the dock scheduling PRD", "due": "by the fifteenth", "due_date": "2026-09-15", "conditional": False,
     "status": "done", "report": ("a06", 3), "report_by_other": False, "possible": []},
    {"id": "a-p06", "at": ("a01", 38), "asked_at": None, "also": [], "owner": "Priya Raman",
     "task": "do the Postgres upgrade", "due": "before the end of the month", "due_date": "2026-09-30", "conditional": False,
     "status": "slipped", "report": ("a11", 6), "report_by_other": False, "possible": []},
    {"id": "a-p07", "at": ("a02", 6), "asked_at": None, "also": [], "owner": "Marcus Bell",
     "task": "send Northgate the proposal", "due": "by Friday", "due_date": "2026-09-11", "conditional": False,
     "status": "slipped", "report": ("a10", 5), "report_by_other": False, "possible": []},
    {"id": "a-p08", "at": ("a02", 12), "asked_at": None, "also": [("a10", 10)], "owner": "Marcus Bell",
     "task": "send Northgate the SOC 2 report", "due": "Wednesday", "due_date": "2026-09-09", "conditional": True,
     "status": "slipped", "report": ("a23", 1), "report_by_other": False, "possible": []},
    {"id": "a-p09", "at": ("a02", 16), "asked_at": None, "also": [], "owner": "Hannah Cho",
     "task": "send Rosa her own sandbox login", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a03", 5), "report_by_other": True, "possible": []},
    {"id": "a-p10", "at": ("a02", 19), "asked_at": None, "also": [("a10", 19)], "owner": "Hannah Cho",
     "task": "draft a Tidewell case study", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": [("a22", 24)]},
    {"id": "a-p11", "at": ("a02", 24), "asked_at": None, "also": [("a02", 25)], "owner": "Omar Haddad",
     "task": "redo the Q4 forecast with the new churn numbers", "due": "before we do board prep", "due_date": None, "conditional": False,
     "status": "done", "report": ("a17", 4), "report_by_other": True, "possible": []},
    {"id": "a-p12", "at": ("a02", 29), "asked_at": ("a02", 28), "also": [], "owner": "Omar Haddad",
     "task": "reconcile the August invoices", "due": "end of next week", "due_date": "2026-09-18", "conditional": False,
     "status": "done", "report": ("a13", 3), "report_by_other": False, "possible": []},
    {"id": "a-p13", "at": ("a03", 15), "asked_at": None, "also": [], "owner": "Rosa Delgado",
     "task": "send Larkspur Brightwater's carrier list", "due": "by Friday", "due_date": "2026-09-11", "conditional": False,
     "status": "slipped", "report": ("a05", 5), "report_by_other": True, "possible": []},
    {"id": "a-p14", "at": ("a03", 22), "asked_at": None, "also": [], "owner": "Hannah Cho",
     "task": "set up a training session for Brightwater's dispatchers", "due": "next Tuesday", "due_date": "2026-09-15", "conditional": False,
     "status": "done", "report": ("a10", 16), "report_by_other": False, "possible": []},
    {"id": "a-p15", "at": ("a03", 27), "asked_at": None, "also": [], "owner": "Tomasz Wrobel",
     "task": "check with Corvane and get back to Rosa on the 204 mapping", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a08", 4), "report_by_other": False, "possible": []},
    {"id": "a-p16", "at": ("a03", 35), "asked_at": ("a03", 34), "also": [], "owner": "Grace Lindqvist",
     "task": "send Rosa the public roadmap", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p17", "at": ("a04", 7), "asked_at": None, "also": [], "owner": "Nadia Okafor",
     "task": "review Priya's alert-threshold proposal", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a05", 10), "report_by_other": False, "possible": []},
    {"id": "a-p18", "at": ("a04", 13), "asked_at": None, "also": [], "owner": "Nadia Okafor",
     "task": "talk to Elliot about the staff engineer track for Priya", "due": "before the review cycle", "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": [("a13", 45)]},
    {"id": "a-p19", "at": ("a04", 18), "asked_at": None, "also": [], "owner": "Priya Raman",
     "task": "write the DB failover runbook", "due": None, "due_date": None, "conditional": False,
     "status": "slipped", "report": ("a08", 11), "report_by_other": False, "possible": []},
    {"id": "a-p20", "at": ("a05", 22), "asked_at": None, "also": [], "owner": "Tomasz Wrobel",
     "task": "quarantine the flaky integration tests", "due": None, "due_date": None, "conditional": False,
     "status": "slipped", "report": ("a06", 22), "report_by_other": False, "possible": []},
    {"id": "a-p21", "at": ("a05", 25), "asked_at": ("a05", 24), "also": [], "owner": "Priya Raman",
     "task": "load test the tender API at Tidewell's peak volume", "due": "the twenty-fifth", "due_date": "2026-09-25", "conditional": False,
     "status": "slipped", "report": ("a11", 8), "report_by_other": False, "possible": []},
    {"id": "a-p22", "at": ("a05", 31), "asked_at": None, "also": [], "owner": "Tomasz Wrobel",
     "task": "read through the dock scheduling PRD", "due": "tomorrow morning", "due_date": "2026-09-15", "conditional": False,
     "status": "done", "report": ("a06", 4), "report_by_other": False, "possible": []},
    {"id": "a-p23", "at": ("a06", 9), "asked_at": None, "also": [], "owner": "Tomasz Wrobel",
     "task": "build the dock scheduling booking endpoints", "due": None, "due_date": None, "conditional": False,
     "status": "slipped", "report": ("a14", 10), "report_by_other": False, "possible": []},
    {"id": "a-p24", "at": ("a06", 13), "asked_at": None, "also": [], "owner": "Grace Lindqvist",
     "task": "get Tomasz the dock scheduling mockups", "due": "by Thursday", "due_date": "2026-09-17", "conditional": False,
     "status": "slipped", "report": ("a08", 8), "report_by_other": False, "possible": []},
    {"id": "a-p25", "at": ("a06", 18), "asked_at": None, "also": [], "owner": "Priya Raman",
     "task": "retrain the ETA model", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a14", 7), "report_by_other": False, "possible": []},
    {"id": "a-p26", "at": ("a06", 34), "asked_at": None, "also": [], "owner": "Nadia Okafor",
     "task": "send the sprint goals to Elliot", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p27", "at": ("a07", 8), "asked_at": None, "also": [], "owner": "Nadia Okafor",
     "task": "rewrite the SRE job description", "due": None, "due_date": None, "conditional": False,
     "status": "slipped", "report": ("a08", 14), "report_by_other": False, "possible": []},
    {"id": "a-p28", "at": ("a07", 12), "asked_at": None, "also": [], "owner": "Omar Haddad",
     "task": "call Harlow Talent and get their fee down", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": [("a13", 9)]},
    {"id": "a-p29", "at": ("a07", 17), "asked_at": None, "also": [], "owner": "Grace Lindqvist",
     "task": "run the product-sense interview in the hiring loop", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p30", "at": ("a07", 23), "asked_at": ("a07", 21), "also": [], "owner": "Nadia Okafor",
     "task": "put together the interview scorecards", "due": "by next Thursday", "due_date": "2026-09-24", "conditional": False,
     "status": "slipped", "report": ("a18", 18), "report_by_other": False, "possible": []},
    {"id": "a-p31", "at": ("a07", 24), "asked_at": None, "also": [], "owner": "Elliot Vance",
     "task": "approve the second backend req", "due": None, "due_date": None, "conditional": True,
     "status": "open", "report": None, "report_by_other": False, "possible": [("a17", 10)]},
    {"id": "a-p32", "at": ("a08", 17), "asked_at": None, "also": [], "owner": "Priya Raman",
     "task": "move the status page to the new provider", "due": "tomorrow", "due_date": "2026-09-22", "conditional": False,
     "status": "slipped", "report": ("a09", 36), "report_by_other": False, "possible": []},
    {"id": "a-p33", "at": ("a09", 17), "asked_at": None, "also": [], "owner": "Tomasz Wrobel",
     "task": "add chunked parsing and a hard row limit to the importer", "due": "this sprint", "due_date": "2026-10-06", "conditional": False,
     "status": "done", "report": ("a11", 1), "report_by_other": False, "possible": []},
    {"id": "a-p34", "at": ("a09", 20), "asked_at": None, "also": [], "owner": "Priya Raman",
     "task": "set up an alert on importer queue depth", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a10", 2), "report_by_other": True, "possible": []},
    {"id": "a-p35", "at": ("a09", 26), "asked_at": None, "also": [("a09", 43)], "owner": "Nadia Okafor",
     "task": "write up the importer postmortem and send it round", "due": "by Friday", "due_date": "2026-09-25", "conditional": False,
     "status": "done", "report": ("a11", 3), "report_by_other": False, "possible": []},
    {"id": "a-p36", "at": ("a09", 28), "asked_at": ("a09", 27), "also": [], "owner": "Hannah Cho",
     "task": "email Tidewell and Keller the incident summary", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a10", 1), "report_by_other": False, "possible": []},
    {"id": "a-p37", "at": ("a09", 31), "asked_at": None, "also": [], "owner": "Hannah Cho",
     "task": "ask Omar about a service credit for Tidewell", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a10", 3), "report_by_other": True, "possible": []},
    {"id": "a-p38", "at": ("a10", 12), "asked_at": None, "also": [], "owner": "Marcus Bell",
     "task": "email Dale the renewal quote", "due": "on Friday", "due_date": "2026-09-25", "conditional": False,
     "status": "done", "report": ("a12", 3), "report_by_other": True, "possible": []},
    {"id": "a-p39", "at": ("a10", 13), "asked_at": None, "also": [], "owner": "Omar Haddad",
     "task": "get Marcus the numbers for the Keller quote", "due": "Thursday", "due_date": "2026-09-24", "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p40", "at": ("a10", 22), "asked_at": None, "also": [], "owner": "Grace Lindqvist",
     "task": "fix the old per-load tier on the pricing page", "due": "tomorrow", "due_date": "2026-09-24", "conditional": False,
     "status": "done", "report": ("a15", 3), "report_by_other": False, "possible": []},
    {"id": "a-p41", "at": ("a10", 30), "asked_at": None, "also": [], "owner": "Elliot Vance",
     "task": "call Tidewell's COO about the expansion", "due": "by October 2nd", "due_date": "2026-10-02", "conditional": False,
     "status": "slipped", "report": ("a17", 25), "report_by_other": False, "possible": []},
    {"id": "a-p42", "at": ("a11", 12), "asked_at": None, "also": [], "owner": "Tomasz Wrobel",
     "task": "dig into Keller's duplicate-load bug", "due": "tomorrow", "due_date": "2026-09-29", "conditional": False,
     "status": "done", "report": ("a12", 8), "report_by_other": False, "possible": []},
    {"id": "a-p43", "at": ("a11", 17), "asked_at": ("a11", 16), "also": [], "owner": "Priya Raman",
     "task": "find out why the AWS bill jumped in August", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p44", "at": ("a11", 19), "asked_at": None, "also": [], "owner": "Nadia Okafor",
     "task": "do the dependency audit for the SOC 2 renewal", "due": "by October sixteenth", "due_date": "2026-10-16", "conditional": False,
     "status": "slipped", "report": ("a19", 6), "report_by_other": False, "possible": []},
    {"id": "a-p45", "at": ("a12", 11), "asked_at": None, "also": [], "owner": "Dale Keller",
     "task": "get Keller's IT to rotate the API keys", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": [("a23", 6)]},
    {"id": "a-p46", "at": ("a12", 20), "asked_at": None, "also": [], "owner": "Marcus Bell",
     "task": "take another five percent off Keller's renewal", "due": None, "due_date": None, "conditional": True,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p47", "at": ("a12", 30), "asked_at": None, "also": [], "owner": "Tomasz Wrobel",
     "task": "send Dale a sample rate file in the new format", "due": "Monday", "due_date": "2026-10-05", "conditional": False,
     "status": "slipped", "report": ("a15", 7), "report_by_other": False, "possible": []},
    {"id": "a-p48", "at": ("a12", 33), "asked_at": ("a12", 32), "also": [], "owner": "Dale Keller",
     "task": "do a reference call with Northgate", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a23", 3), "report_by_other": True, "possible": []},
    {"id": "a-p49", "at": ("a13", 15), "asked_at": None, "also": [], "owner": "Omar Haddad",
     "task": "have the finance slides for the board deck ready", "due": "by Friday", "due_date": "2026-10-09", "conditional": False,
     "status": "done", "report": ("a17", 7), "report_by_other": False, "possible": []},
    {"id": "a-p50", "at": ("a13", 19), "asked_at": None, "also": [], "owner": "Omar Haddad",
     "task": "renegotiate the AWS commit", "due": "before it renews on the thirty-first", "due_date": "2026-10-31", "conditional": False,
     "status": "slipped", "report": ("a24", 1), "report_by_other": False, "possible": []},
    {"id": "a-p51", "at": ("a13", 29), "asked_at": None, "also": [], "owner": "Elliot Vance",
     "task": "book the offsite venue", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a24", 4), "report_by_other": False, "possible": []},
    {"id": "a-p52", "at": ("a13", 35), "asked_at": ("a13", 34), "also": [("a13", 37)], "owner": "Omar Haddad",
     "task": "switch the company to the new payroll provider", "due": "by end of quarter", "due_date": "2026-12-31", "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": [("a24", 14)]},
    {"id": "a-p53", "at": ("a13", 40), "asked_at": None, "also": [], "owner": "Elliot Vance",
     "task": "talk to Marcus about his late commission sheets", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p54", "at": ("a14", 24), "asked_at": None, "also": [], "owner": "Nadia Okafor",
     "task": "set a WIP limit of three per person on the board", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a15", 1), "report_by_other": True, "possible": []},
    {"id": "a-p55", "at": ("a14", 27), "asked_at": None, "also": [], "owner": "Tomasz Wrobel",
     "task": "pair with Priya on the importer on-call knowledge", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p56", "at": ("a14", 30), "asked_at": None, "also": [], "owner": "Grace Lindqvist",
     "task": "send the retro notes", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p57", "at": ("a15", 9), "asked_at": None, "also": [], "owner": "Tomasz Wrobel",
     "task": "finish the dock booking endpoints, cancellation flow included", "due": "this sprint", "due_date": "2026-10-27", "conditional": False,
     "status": "done", "report": ("a21", 1), "report_by_other": False, "possible": []},
    {"id": "a-p58", "at": ("a15", 15), "asked_at": ("a15", 14), "also": [], "owner": "Priya Raman",
     "task": "recommend a SAML library for SSO", "due": "Friday", "due_date": "2026-10-09", "conditional": False,
     "status": "done", "report": ("a16", 3), "report_by_other": False, "possible": []},
    {"id": "a-p59", "at": ("a15", 19), "asked_at": None, "also": [], "owner": "Nadia Okafor",
     "task": "rebuild staging", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a16", 5), "report_by_other": True, "possible": []},
    {"id": "a-p60", "at": ("a16", 9), "asked_at": None, "also": [], "owner": "Nadia Okafor",
     "task": "send Elliot the engineering highlights for the board deck", "due": "by noon", "due_date": "2026-10-12", "conditional": False,
     "status": "done", "report": ("a17", 2), "report_by_other": True, "possible": []},
    {"id": "a-p61", "at": ("a16", 14), "asked_at": None, "also": [], "owner": "Priya Raman",
     "task": "run a failover game day on the importer", "due": "on the twenty-eighth", "due_date": "2026-10-28", "conditional": False,
     "status": "slipped", "report": ("a21", 7), "report_by_other": False, "possible": []},
    {"id": "a-p62", "at": ("a16", 19), "asked_at": ("a16", 18), "also": [], "owner": "Tomasz Wrobel",
     "task": "do the technical sections of Northgate's security questionnaire", "due": "by Wednesday", "due_date": "2026-10-14", "conditional": False,
     "status": "slipped", "report": ("a19", 1), "report_by_other": False, "possible": []},
    {"id": "a-p63", "at": ("a17", 12), "asked_at": None, "also": [("a17", 13)], "owner": "Omar Haddad",
     "task": "update the headcount slide with the second backend req", "due": "tonight", "due_date": "2026-10-12", "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p64", "at": ("a17", 16), "asked_at": None, "also": [], "owner": "Elliot Vance",
     "task": "rewrite the opening narrative of the board deck", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p65", "at": ("a17", 29), "asked_at": ("a17", 28), "also": [], "owner": "Marcus Bell",
     "task": "pull the churn reasons for the last four quarters", "due": "Oct 14", "due_date": "2026-10-14", "conditional": False,
     "status": "slipped", "report": ("a23", 8), "report_by_other": False, "possible": []},
    {"id": "a-p66", "at": ("a17", 40), "asked_at": None, "also": [], "owner": "Elliot Vance",
     "task": "send the deck to the board", "due": "Wednesday", "due_date": "2026-10-14", "conditional": False,
     "status": "done", "report": ("a18", 1), "report_by_other": True, "possible": []},
    {"id": "a-p67", "at": ("a18", 9), "asked_at": None, "also": [], "owner": "Omar Haddad",
     "task": "draft Jun's offer", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a24", 6), "report_by_other": False, "possible": []},
    {"id": "a-p68", "at": ("a18", 10), "asked_at": None, "also": [], "owner": "Nadia Okafor",
     "task": "do Jun's reference checks", "due": "tomorrow morning", "due_date": "2026-10-16", "conditional": False,
     "status": "done", "report": ("a19", 9), "report_by_other": False, "possible": []},
    {"id": "a-p69", "at": ("a18", 14), "asked_at": None, "also": [], "owner": "Grace Lindqvist",
     "task": "rewrite the backend take-home exercise", "due": "before we reopen the backend loop", "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p70", "at": ("a19", 12), "asked_at": None, "also": [("a19", 14)], "owner": "Priya Raman",
     "task": "migrate Tidewell to the new tenant", "due": "by Thursday", "due_date": "2026-10-22", "conditional": False,
     "status": "done", "report": ("a20", 4), "report_by_other": True, "possible": []},
    {"id": "a-p71", "at": ("a19", 19), "asked_at": None, "also": [], "owner": "Grace Lindqvist",
     "task": "write the SSO requirements doc for Brightwater", "due": "this week", "due_date": "2026-10-23", "conditional": False,
     "status": "slipped", "report": ("a21", 34), "report_by_other": False, "possible": []},
    {"id": "a-p72", "at": ("a19", 24), "asked_at": None, "also": [], "owner": "Tomasz Wrobel",
     "task": "clean up the old feature flags", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a21", 3), "report_by_other": False, "possible": []},
    {"id": "a-p73", "at": ("a20", 21), "asked_at": ("a20", 20), "also": [], "owner": "Hannah Cho",
     "task": "set up a weekly on-time report export for Tidewell", "due": "next Monday", "due_date": "2026-10-26", "conditional": False,
     "status": "slipped", "report": ("a22", 5), "report_by_other": False, "possible": []},
    {"id": "a-p74", "at": ("a20", 24), "asked_at": None, "also": [("a21", 14)], "owner": "Grace Lindqvist",
     "task": "get Tidewell on the ETA beta", "due": "by November 15th", "due_date": "2026-11-15", "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p75", "at": ("a20", 25), "asked_at": None, "also": [], "owner": "Ines Ferreira",
     "task": "get feedback from her dispatch leads on the new screens", "due": "by end of next week", "due_date": "2026-10-30", "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p76", "at": ("a20", 36), "asked_at": None, "also": [], "owner": "Hannah Cho",
     "task": "send Ines the QBR deck and usage numbers", "due": None, "due_date": None, "conditional": False,
     "status": "done", "report": ("a22", 3), "report_by_other": False, "possible": []},
    {"id": "a-p77", "at": ("a21", 15), "asked_at": None, "also": [], "owner": "Priya Raman",
     "task": "enable the ETA beta for Tidewell", "due": "on November tenth", "due_date": "2026-11-10", "conditional": True,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p78", "at": ("a21", 19), "asked_at": None, "also": [], "owner": "Tomasz Wrobel",
     "task": "write the ADR for the event bus", "due": "end of day", "due_date": "2026-10-26", "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p79", "at": ("a21", 22), "asked_at": None, "also": [], "owner": "Nadia Okafor",
     "task": "take the on-call compensation question to Omar", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p80", "at": ("a22", 10), "asked_at": None, "also": [], "owner": "Hannah Cho",
     "task": "run the NPS survey", "due": "the first week of November", "due_date": "2026-11-06", "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p81", "at": ("a22", 14), "asked_at": None, "also": [], "owner": "Grace Lindqvist",
     "task": "sit in on two of Hannah's churn calls", "due": "next week", "due_date": "2026-11-06", "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p82", "at": ("a22", 15), "asked_at": None, "also": [], "owner": "Hannah Cho",
     "task": "add Grace to the churn call invites", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p83", "at": ("a23", 11), "asked_at": None, "also": [], "owner": "Marcus Bell",
     "task": "send Tidewell the renewal order form", "due": "on Monday", "due_date": "2026-11-02", "conditional": False,
     "status": "done", "report": ("a24", 8), "report_by_other": False, "possible": []},
    {"id": "a-p84", "at": ("a23", 21), "asked_at": None, "also": [], "owner": "Elliot Vance",
     "task": "take Northgate's CFO to dinner", "due": None, "due_date": None, "conditional": True,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p85", "at": ("a23", 23), "asked_at": None, "also": [], "owner": "Hannah Cho",
     "task": "ask Northgate's EA whether their CFO is coming to the Dallas expo", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p86", "at": ("a23", 24), "asked_at": None, "also": [("a24", 17)], "owner": "Grace Lindqvist",
     "task": "put together the pricing proposal", "due": "before the offsite", "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p87", "at": ("a23", 26), "asked_at": None, "also": [("a24", 19)], "owner": "Grace Lindqvist",
     "task": "send Omar the pricing proposal before it goes to Elliot", "due": None, "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p88", "at": ("a24", 10), "asked_at": None, "also": [], "owner": "Hannah Cho",
     "task": "walk Jun through the customer escalation process", "due": "her first week", "due_date": None, "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
    {"id": "a-p89", "at": ("a24", 16), "asked_at": None, "also": [("a24", 33), ("a24", 34)], "owner": "Nadia Okafor",
     "task": "send the Q1 roadmap draft to everyone", "due": "by Friday", "due_date": "2026-11-13", "conditional": False,
     "status": "open", "report": None, "report_by_other": False, "possible": []},
]

# Lines that are not promises: (meeting id, line index) and kind, and a few words why.
DISTRACTORS: list[dict] = [
    {"at": ("a01", 15), "kind": "withdrawn", "note": "Nadia takes it back in the same breath and hands it to Tomasz"},
    {"at": ("a01", 34), "kind": "should", "note": "nobody takes it on"},
    {"at": ("a01", 40), "kind": "question", "note": "asks, nobody takes it"},
    {"at": ("a01", 42), "kind": "meeting_action", "note": "done right there in the meeting"},
    {"at": ("a01", 47), "kind": "plan", "note": "personal absence, not a task"},
    {"at": ("a01", 50), "kind": "describing", "note": "a routine, not a new task"},
    {"at": ("a02", 9), "kind": "bet", "note": "a wager"},
    {"at": ("a02", 32), "kind": "question", "note": "asks, nobody takes it"},
    {"at": ("a02", 34), "kind": "filler", "note": "stock phrase"},
    {"at": ("a02", 38), "kind": "hypothetical", "note": "if we had budget"},
    {"at": ("a02", 44), "kind": "polite", "note": "no task taken"},
    {"at": ("a02", 48), "kind": "filler", "note": "stock sign-off"},
    {"at": ("a03", 7), "kind": "meeting_action", "note": "done in the meeting"},
    {"at": ("a03", 30), "kind": "sarcasm", "note": "not meant"},
    {"at": ("a03", 37), "kind": "existence", "note": "says the report exists"},
    {"at": ("a04", 5), "kind": "past", "note": "reports other work"},
    {"at": ("a04", 14), "kind": "polite", "note": "no task taken"},
    {"at": ("a04", 20), "kind": "plan", "note": "personal absence"},
    {"at": ("a04", 23), "kind": "hypothetical", "note": "if I had"},
    {"at": ("a04", 31), "kind": "question", "note": "asks"},
    {"at": ("a05", 16), "kind": "sarcasm", "note": "not meant"},
    {"at": ("a05", 27), "kind": "question", "note": "asks, nobody takes it"},
    {"at": ("a05", 32), "kind": "meeting_action", "note": "done in the meeting"},
    {"at": ("a05", 40), "kind": "should", "note": "nobody takes it"},
    {"at": ("a06", 10), "kind": "withdrawn", "note": "taken back in the same line"},
    {"at": ("a06", 12), "kind": "hypothetical", "note": "if we had"},
    {"at": ("a06", 24), "kind": "should", "note": "nobody takes it"},
    {"at": ("a06", 26), "kind": "meeting_action", "note": "done in the meeting"},
    {"at": ("a07", 1), "kind": "past", "note": "reports other work"},
    {"at": ("a07", 13), "kind": "hypothetical", "note": "if we had budget"},
    {"at": ("a07", 27), "kind": "bet", "note": "a wager"},
    {"at": ("a07", 29), "kind": "question", "note": "asks"},
    {"at": ("a07", 31), "kind": "filler", "note": "stock phrase"},
    {"at": ("a07", 32), "kind": "plan", "note": "personal schedule"},
    {"at": ("a08", 21), "kind": "bet", "note": "a wager"},
    {"at": ("a08", 32), "kind": "question", "note": "asks, nobody takes it"},
    {"at": ("a08", 33), "kind": "meeting_action", "note": "managing the meeting"},
    {"at": ("a09", 7), "kind": "past", "note": "reports other work"},
    {"at": ("a09", 11), "kind": "question", "note": "asks"},
    {"at": ("a09", 22), "kind": "sarcasm", "note": "not meant"},
    {"at": ("a09", 25), "kind": "should", "note": "nobody takes it"},
    {"at": ("a09", 41), "kind": "withdrawn", "note": "starts to take it on, then points to where it already is"},
    {"at": ("a10", 8), "kind": "bet", "note": "a wager"},
    {"at": ("a10", 27), "kind": "existence", "note": "says a policy exists"},
    {"at": ("a10", 33), "kind": "sarcasm", "note": "not meant"},
    {"at": ("a10", 35), "kind": "describing", "note": "a habit"},
    {"at": ("a10", 38), "kind": "filler", "note": "stock sign-off"},
    {"at": ("a11", 13), "kind": "question", "note": "asks, nobody takes it"},
    {"at": ("a11", 23), "kind": "plan", "note": "personal errand, not a task"},
    {"at": ("a11", 24), "kind": "meeting_action", "note": "done in the meeting"},
    {"at": ("a11", 29), "kind": "polite", "note": "no task taken"},
    {"at": ("a12", 13), "kind": "question", "note": "asks"},
    {"at": ("a12", 16), "kind": "sarcasm", "note": "not meant"},
    {"at": ("a12", 23), "kind": "existence", "note": "says a template exists"},
    {"at": ("a12", 27), "kind": "past", "note": "reports other work"},
    {"at": ("a12", 37), "kind": "filler", "note": "stock phrase"},
    {"at": ("a13", 22), "kind": "hypothetical", "note": "counterfactual"},
    {"at": ("a13", 25), "kind": "question", "note": "asks"},
    {"at": ("a13", 32), "kind": "plan", "note": "personal absence"},
    {"at": ("a13", 39), "kind": "describing", "note": "a habit"},
    {"at": ("a13", 42), "kind": "polite", "note": "no task taken"},
    {"at": ("a14", 0), "kind": "meeting_action", "note": "done in the meeting"},
    {"at": ("a14", 13), "kind": "hypothetical", "note": "counterfactual"},
    {"at": ("a14", 15), "kind": "past", "note": "reports other work"},
    {"at": ("a14", 18), "kind": "should", "note": "nobody takes it"},
    {"at": ("a14", 19), "kind": "sarcasm", "note": "not meant"},
    {"at": ("a14", 21), "kind": "question", "note": "asks"},
    {"at": ("a14", 29), "kind": "describing", "note": "a habit"},
    {"at": ("a15", 13), "kind": "withdrawn", "note": "taken back and passed to Priya"},
    {"at": ("a15", 18), "kind": "question", "note": "asks"},
    {"at": ("a15", 27), "kind": "meeting_action", "note": "done in the meeting"},
    {"at": ("a16", 24), "kind": "past", "note": "reports other work"},
    {"at": ("a16", 27), "kind": "plan", "note": "personal absence"},
    {"at": ("a16", 29), "kind": "sarcasm", "note": "not meant"},
    {"at": ("a16", 32), "kind": "should", "note": "nobody takes it"},
    {"at": ("a16", 33), "kind": "filler", "note": "stock phrase"},
    {"at": ("a17", 17), "kind": "question", "note": "asks"},
    {"at": ("a17", 21), "kind": "hypothetical", "note": "counterfactual"},
    {"at": ("a17", 33), "kind": "bet", "note": "a wager"},
    {"at": ("a17", 35), "kind": "question", "note": "half-asked, cut off"},
    {"at": ("a17", 38), "kind": "polite", "note": "no task taken"},
    {"at": ("a18", 27), "kind": "question", "note": "asks, nobody takes it"},
    {"at": ("a18", 28), "kind": "plan", "note": "personal schedule"},
    {"at": ("a18", 30), "kind": "hypothetical", "note": "counterfactual"},
    {"at": ("a18", 33), "kind": "should", "note": "nobody takes it"},
    {"at": ("a19", 28), "kind": "question", "note": "asks"},
    {"at": ("a19", 30), "kind": "meeting_action", "note": "done in the meeting"},
    {"at": ("a20", 6), "kind": "meeting_action", "note": "done in the meeting"},
    {"at": ("a20", 14), "kind": "question", "note": "asks"},
    {"at": ("a20", 17), "kind": "existence", "note": "says a dashboard exists"},
    {"at": ("a20", 18), "kind": "sarcasm", "note": "not meant"},
    {"at": ("a20", 32), "kind": "polite", "note": "no task taken"},
    {"at": ("a21", 26), "kind": "question", "note": "asks"},
    {"at": ("a21", 28), "kind": "bet", "note": "a wager"},
    {"at": ("a21", 30), "kind": "should", "note": "nobody takes it"},
    {"at": ("a21", 32), "kind": "meeting_action", "note": "done in the meeting"},
    {"at": ("a22", 17), "kind": "describing", "note": "a habit"},
    {"at": ("a22", 21), "kind": "plan", "note": "personal absence"},
    {"at": ("a22", 26), "kind": "past", "note": "reports other work"},
    {"at": ("a22", 28), "kind": "question", "note": "asks"},
    {"at": ("a22", 31), "kind": "filler", "note": "stock sign-off"},
    {"at": ("a23", 22), "kind": "withdrawn", "note": "taken back in the same line"},
    {"at": ("a23", 27), "kind": "question", "note": "asks"},
    {"at": ("a23", 29), "kind": "hypothetical", "note": "counterfactual"},
    {"at": ("a23", 32), "kind": "should", "note": "nobody takes it"},
    {"at": ("a23", 33), "kind": "filler", "note": "stock phrase"},
    {"at": ("a24", 25), "kind": "should", "note": "nobody takes it"},
    {"at": ("a24", 29), "kind": "bet", "note": "a wager"},
    {"at": ("a24", 30), "kind": "meeting_action", "note": "done in the meeting"},
]

# Later lines that are NOT reports on a promise though they may look like one.
# "earlier_same_day" traps sit in a meeting that starts earlier on the same day as the promise.
TRAPS: list[dict] = [
    {"at": ("a01", 22), "promise": "a-p09", "kind": "earlier_same_day"},
    {"at": ("a05", 13), "promise": "a-p16", "kind": "topic"},
    {"at": ("a05", 30), "promise": "a-p05", "kind": "restatement"},
    {"at": ("a05", 41), "promise": "a-p03", "kind": "question"},
    {"at": ("a06", 21), "promise": "a-p20", "kind": "question"},
    {"at": ("a06", 27), "promise": "a-p06", "kind": "topic"},
    {"at": ("a08", 13), "promise": "a-p04", "kind": "existence"},
    {"at": ("a09", 14), "promise": "a-p38", "kind": "earlier_same_day"},
    {"at": ("a10", 10), "promise": "a-p08", "kind": "restatement"},
    {"at": ("a10", 19), "promise": "a-p10", "kind": "restatement"},
    {"at": ("a10", 24), "promise": "a-p11", "kind": "question"},
    {"at": ("a11", 18), "promise": "a-p01", "kind": "other_update"},
    {"at": ("a11", 25), "promise": "a-p04", "kind": "existence"},
    {"at": ("a11", 34), "promise": "a-p30", "kind": "topic"},
    {"at": ("a12", 25), "promise": "a-p14", "kind": "one_word"},
    {"at": ("a13", 7), "promise": "a-p28", "kind": "topic"},
    {"at": ("a13", 8), "promise": "a-p28", "kind": "question"},
    {"at": ("a13", 16), "promise": "a-p11", "kind": "topic"},
    {"at": ("a14", 14), "promise": "a-p21", "kind": "topic"},
    {"at": ("a15", 22), "promise": "a-p56", "kind": "topic"},
    {"at": ("a15", 25), "promise": "a-p44", "kind": "topic"},
    {"at": ("a16", 8), "promise": "a-p63", "kind": "earlier_same_day"},
    {"at": ("a16", 12), "promise": "a-p57", "kind": "topic"},
    {"at": ("a16", 22), "promise": "a-p35", "kind": "existence"},
    {"at": ("a17", 19), "promise": "a-p08", "kind": "existence"},
    {"at": ("a17", 22), "promise": "a-p07", "kind": "other_update"},
    {"at": ("a17", 30), "promise": "a-p65", "kind": "hostile"},
    {"at": ("a18", 21), "promise": "a-p29", "kind": "existence"},
    {"at": ("a18", 25), "promise": "a-p51", "kind": "question"},
    {"at": ("a19", 3), "promise": "a-p69", "kind": "other_update"},
    {"at": ("a20", 28), "promise": "a-p10", "kind": "topic"},
    {"at": ("a20", 34), "promise": "a-p75", "kind": "one_word"},
    {"at": ("a21", 9), "promise": "a-p55", "kind": "other_update"},
    {"at": ("a21", 11), "promise": "a-p71", "kind": "topic"},
    {"at": ("a21", 14), "promise": "a-p74", "kind": "restatement"},
    {"at": ("a22", 8), "promise": "a-p83", "kind": "earlier_same_day"},
    {"at": ("a23", 5), "promise": "a-p46", "kind": "topic"},
    {"at": ("a23", 7), "promise": "a-p65", "kind": "question"},
    {"at": ("a23", 9), "promise": "a-p65", "kind": "topic"},
    {"at": ("a23", 12), "promise": "a-p83", "kind": "other_update"},
    {"at": ("a23", 14), "promise": "a-p75", "kind": "question"},
    {"at": ("a23", 18), "promise": "a-p50", "kind": "hostile"},
    {"at": ("a24", 12), "promise": "a-p77", "kind": "topic"},
    {"at": ("a24", 13), "promise": "a-p77", "kind": "topic"},
    {"at": ("a24", 17), "promise": "a-p86", "kind": "restatement"},
    {"at": ("a24", 20), "promise": "a-p78", "kind": "existence"},
    {"at": ("a24", 21), "promise": "a-p80", "kind": "one_word"},
]


DISTRACTOR_KINDS = {"question", "hypothetical", "should", "past", "sarcasm", "bet", "withdrawn", "existence",
                    "describing", "plan", "meeting_action", "filler", "polite"}
TRAP_KINDS = {"restatement", "existence", "topic", "question", "other_update", "one_word", "earlier_same_day",
              "hostile"}


if __name__ == "__main__":  # checks every reference (bench/sets/_format.py)
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _format import check

    check(sys.modules[__name__])
