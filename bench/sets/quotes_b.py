"""Quote-verification evaluation set, half B. Written by hand.

Probes for `verify_quotes` against the meetings of search_b.py (the sleep lab and
its spin-out, ids sb01-sb29) and commitments_b.py (the clinic network ops team,
ids b01-b23). Each probe is a quote as a person or an assistant might attribute
it to a meeting: the meeting id, the quoted text, the speaker as a person would
name them (or None), the time from the meeting's start as "HH:MM:SS" (or None),
the kind of quote, and the verdict the checker should give.

True quotes (expect "verified"): exact, repunctuated, fillers, contraction, span,
time_rounded. Perturbed quotes: speaker_swapped (misattributed), time_moved
(wrong_time), negation / number / name / date / content_word / merged (altered),
other_meeting / fabricated (not_found).
"""

PROBES: list[dict] = [
    # ---------------------------------------------------------------- sb01 Lab meeting
    {"meeting": "sb01", "text": "It works, it's just ugly.",
     "speaker": "Oliver Pembridge", "time": "00:01:40", "kind": "exact", "expect": "verified"},
    {"meeting": "sb01", "text": "Went live Friday. Closes the twenty-eighth.",
     "speaker": "Oliver", "time": "00:01:30", "kind": "time_moved", "expect": "wrong_time"},
    {"meeting": "sb01", "text": "So, two things. The Halden renewal, we've got the call, deadline is mid-September, Gwendolyn's sending a planning invite.",
     "speaker": "Tobias Lindqvist", "time": "00:03:25", "kind": "fillers", "expect": "verified"},
    {"meeting": "sb01", "text": "Accuracy is not good, F1 is zero point eight one on held-out nights.",
     "speaker": "Dmitri", "time": None, "kind": "negation", "expect": "altered"},

    # ---------------------------------------------------------------- sb02 Halden renewal planning
    {"meeting": "sb02", "text": "Conflict of interest. I am a director. Looks bad.",
     "speaker": "Miriam", "time": None, "kind": "contraction", "expect": "verified"},
    {"meeting": "sb02", "text": "The Foundation has capped renewals at one point five million over five years.",
     "speaker": "Gwendolyn Hale", "time": None, "kind": "number", "expect": "altered"},
    {"meeting": "sb02", "text": "Until then, the position is funded from the current award, which ends in June. So it's a, what, ten-month contract, basically, unless we get it.",
     "speaker": "Gwendolyn Hale", "time": None, "kind": "merged", "expect": "altered"},

    # ---------------------------------------------------------------- sb03 1:1 Miriam / Dmitri
    {"meeting": "sb03", "text": "My stipend: it is the standard one and the rent in the city has gone up a lot. My landlord raised by fifteen percent.",
     "speaker": "Dmitri", "time": None, "kind": "repunctuated", "expect": "verified"},
    {"meeting": "sb03", "text": "Visa. My visa, it finishes in March.",
     "speaker": "Dmitri Sokolov", "time": None, "kind": "date", "expect": "altered"},
    {"meeting": "sb03", "text": "Send me the template. I'll sign it Friday.",
     "speaker": "Miriam Okafor", "time": "00:01:00", "kind": "time_moved", "expect": "wrong_time"},
    {"meeting": "sb03", "text": "Oliver says I should submit to the Journal of Neuroscience Methods, but I was thinking, maybe, Sleep?",
     "speaker": "Dmitri", "time": None, "kind": "name", "expect": "altered"},

    # ---------------------------------------------------------------- sb04 Brainwave repair call
    {"meeting": "sb04", "text": "Loaner's free for the duration of the repair, you just pay the courier both ways.",
     "speaker": "Hannah Whitlock", "time": "00:02:05", "kind": "exact", "expect": "verified"},
    {"meeting": "sb04", "text": "She listens to nobody, mate.",
     "speaker": "Tobias", "time": None, "kind": "speaker_swapped", "expect": "misattributed"},
    {"meeting": "sb04", "text": "I will email the quote and the RMA number in the next hour.",
     "speaker": "Hannah", "time": "00:04:18", "kind": "contraction", "expect": "verified"},
    {"meeting": "sb04", "text": "I'll have to run it past Miriam, our admin. She's the one who signs things.",
     "speaker": "Oliver Pembridge", "time": None, "kind": "name", "expect": "altered"},

    # ---------------------------------------------------------------- sb05 Nocturne Health weekly
    {"meeting": "sb05", "text": "Tobias, can you, um, write that up? In an email, not now.",
     "speaker": "Marcus Bell", "time": "00:03:58", "kind": "fillers", "expect": "verified"},
    {"meeting": "sb05", "text": "Someone on my team spun up six GPU instances for a training run and the shutdown script didn't fire.",
     "speaker": "Marcus", "time": None, "kind": "number", "expect": "altered"},
    {"meeting": "sb05", "text": "I've also set up a billing alert now. If either account goes over five hundred a day, it texts me, you, and Oliver.",
     "speaker": "Marcus Bell", "time": "00:01:40", "kind": "content_word", "expect": "altered"},
    {"meeting": "sb05", "text": "Eighteen months at that burn. That gets us through CE marking, hopefully.",
     "speaker": "Marcus Bell", "time": None, "kind": "other_meeting", "expect": "not_found"},

    # ---------------------------------------------------------------- sb06 Ethics amendment prep
    {"meeting": "sb06", "text": "Consent, data, and risk. Always those three.",
     "speaker": "Priya Raman", "time": None, "kind": "exact", "expect": "verified"},
    {"meeting": "sb06", "text": "The next meeting of the University Research Ethics Committee is the twenty-fourth of September, and the submission deadline for that meeting is the seventeenth of September.",
     "speaker": "Gwendolyn", "time": None, "kind": "date", "expect": "altered"},
    {"meeting": "sb06", "text": "It's AWS, London region. I checked.",
     "speaker": "Priya", "time": None, "kind": "speaker_swapped", "expect": "misattributed"},
    {"meeting": "sb06", "text": "The committee will also want to see the headband's electrical safety certificate.",
     "speaker": "Gwendolyn Hale", "time": None, "kind": "fabricated", "expect": "not_found"},

    # ---------------------------------------------------------------- sb07 Monthly budget review
    {"meeting": "sb07", "text": "Consumables is me, sorry. It's the electrode gel and the disposable cups; prices went up about a third since the new supplier contract kicked in.",
     "speaker": "Oliver", "time": "00:00:45", "kind": "repunctuated", "expect": "verified"},
    {"meeting": "sb07", "text": "I would advise against using the discretionary line for recurring costs, as it is guaranteed beyond June.",
     "speaker": "Gwendolyn Hale", "time": None, "kind": "negation", "expect": "altered"},
    {"meeting": "sb07", "text": "I'm running the exhibitor stand for Nocturne, sort of. Marcus asked. Then Nocturne pays for you.",
     "speaker": "Oliver Pembridge", "time": None, "kind": "merged", "expect": "altered"},
    {"meeting": "sb07", "text": "Seven and a half thousand for a new minus eighty.",
     "speaker": "Oliver", "time": None, "kind": "other_meeting", "expect": "not_found"},

    # ---------------------------------------------------------------- sb08 1:1 Miriam / Priya
    {"meeting": "sb08", "text": "It's a finished thesis. Finished beats strong.",
     "speaker": "Miriam Okafor", "time": "00:01:25", "kind": "exact", "expect": "verified"},
    {"meeting": "sb08", "text": "Submit by the eighteenth of November. Hard deadline.",
     "speaker": "Miriam", "time": None, "kind": "date", "expect": "altered"},
    {"meeting": "sb08", "text": "Serious, if the round closes. Do not count on it before spring.",
     "speaker": "Miriam", "time": None, "kind": "contraction", "expect": "verified"},

    # ---------------------------------------------------------------- sb09 Lab meeting
    {"meeting": "sb09", "text": "The alarm went off at about two in the morning, the minus eighty had, um, drifted up to minus sixty-two.",
     "speaker": None, "time": None, "kind": "fillers", "expect": "verified"},
    {"meeting": "sb09", "text": "Ad closes Friday. We're at twenty-one applications.",
     "speaker": "Oliver Pembridge", "time": None, "kind": "number", "expect": "altered"},
    {"meeting": "sb09", "text": "Amp's back. Arrived Friday. Fitted it, ran a test recording on myself over the weekend.",
     "speaker": "Oliver", "time": None, "kind": "other_meeting", "expect": "not_found"},

    # ---------------------------------------------------------------- sb10 AWS account review call
    {"meeting": "sb10", "text": "We checkpoint anyway. Mostly. Dmitri checkpoints.",
     "speaker": "Marcus Bell", "time": None, "kind": "speaker_swapped", "expect": "misattributed"},
    {"meeting": "sb10", "text": "Eight hundred a day, hard stop, both accounts.",
     "speaker": "Marcus", "time": "00:04:00", "kind": "time_rounded", "expect": "verified"},
    {"meeting": "sb10", "text": "If you tag every instance by project, the bill splits itself by account.",
     "speaker": "Raj Mehta", "time": None, "kind": "fabricated", "expect": "not_found"},
    {"meeting": "sb10", "text": "If Nocturne's going to take investment, your investors will want clean separation. Separate payer accounts, shared ownership.",
     "speaker": "Raj", "time": None, "kind": "content_word", "expect": "altered"},

    # ---------------------------------------------------------------- sb11 St Bride's partnership call
    {"meeting": "sb11", "text": "Ha. No. Get the bus. Everybody gets a ticket. Anything else? I've got a patient at three.",
     "speaker": "Elena Castillo", "time": "00:05:05", "kind": "span", "expect": "verified"},
    {"meeting": "sb11", "text": "Memory clinic, I'd have to ask Dr Hughes, it's her service.",
     "speaker": "Elena", "time": None, "kind": "name", "expect": "altered"},
    {"meeting": "sb11", "text": "Insomnia only then. Keep it simple.",
     "speaker": "Miriam Okafor", "time": "00:01:20", "kind": "time_moved", "expect": "wrong_time"},

    # ---------------------------------------------------------------- sb12 Postdoc interviews debrief
    {"meeting": "sb12", "text": "Karimi. Ferrer. Ashworth.",
     "speaker": "Tobias", "time": "00:01:40", "kind": "repunctuated", "expect": "verified"},
    {"meeting": "sb12", "text": "The university cannot sponsor a skilled worker visa for this role, as it meets the salary threshold at grade seven.",
     "speaker": "Gwendolyn Hale", "time": None, "kind": "negation", "expect": "altered"},
    {"meeting": "sb12", "text": "The contract's till June, right? Unless Halden comes through. Did anyone tell her that? Not in so many words.",
     "speaker": "Priya Raman", "time": None, "kind": "merged", "expect": "altered"},
    {"meeting": "sb12", "text": "She'd want a start date in January, once her fellowship money runs out.",
     "speaker": "Tobias Lindqvist", "time": None, "kind": "fabricated", "expect": "not_found"},

    # ---------------------------------------------------------------- sb13 Seville conference planning
    {"meeting": "sb13", "text": "Thirty-one, forecast. Bring a hat.",
     "speaker": "Oliver Pembridge", "time": "00:01:40", "kind": "exact", "expect": "verified"},
    {"meeting": "sb13", "text": "Twenty-seventh out, third of October back, from Manchester, direct.",
     "speaker": "Oliver", "time": None, "kind": "date", "expect": "altered"},
    {"meeting": "sb13", "text": "I can put him in poster tube.",
     "speaker": "Oliver Pembridge", "time": None, "kind": "speaker_swapped", "expect": "misattributed"},

    # ---------------------------------------------------------------- sb14 1:1 Miriam / Tobias
    {"meeting": "sb14", "text": "I will be annoyed when you leave. Not now.",
     "speaker": "Miriam", "time": "00:01:58", "kind": "contraction", "expect": "verified"},
    {"meeting": "sb14", "text": "He will. He likes control.",
     "speaker": "Miriam Okafor", "time": None, "kind": "negation", "expect": "altered"},
    {"meeting": "sb14", "text": "Get the oil off your hands before you touch the keyboard.",
     "speaker": "Miriam", "time": "00:00:20", "kind": "time_moved", "expect": "wrong_time"},
    {"meeting": "sb14", "text": "Honestly? I've been here, you know, six years. Student, then postdoc.",
     "speaker": "Tobias Lindqvist", "time": None, "kind": "fillers", "expect": "verified"},

    # ---------------------------------------------------------------- sb15 Lab meeting
    {"meeting": "sb15", "text": "It's lab tape. It's got \"lab\" written on it. That makes it science.",
     "speaker": None, "time": None, "kind": "exact", "expect": "verified"},
    {"meeting": "sb15", "text": "Oh, no, Hamid's so good with patients. The anxious ones love him.",
     "speaker": "Priya", "time": None, "kind": "content_word", "expect": "altered"},
    {"meeting": "sb15", "text": "New gasket's on order. Eight to ten days.",
     "speaker": "Oliver", "time": "00:01:00", "kind": "time_rounded", "expect": "verified"},

    # ---------------------------------------------------------------- sb16 Potential data incident
    {"meeting": "sb16", "text": "Under GDPR, we have forty-eight hours from becoming aware to report to the ICO.",
     "speaker": "Colin Ferris", "time": None, "kind": "number", "expect": "altered"},
    {"meeting": "sb16", "text": "So the folder has been accessible via link for approximately fifteen months.",
     "speaker": "Colin", "time": None, "kind": "speaker_swapped", "expect": "misattributed"},
    {"meeting": "sb16", "text": "I will get IT to pull the access log. That usually takes a day or two.",
     "speaker": "Colin Ferris", "time": None, "kind": "contraction", "expect": "verified"},
    {"meeting": "sb16", "text": "I'd also like a list of everyone who's had edit rights on that folder since it was created.",
     "speaker": "Colin", "time": None, "kind": "fabricated", "expect": "not_found"},

    # ---------------------------------------------------------------- sb17 Halden final review
    {"meeting": "sb17", "text": "Drop the new amp? That's what, forty-eight thousand?",
     "speaker": "Tobias Lindqvist", "time": "00:00:45", "kind": "repunctuated", "expect": "verified"},
    {"meeting": "sb17", "text": "The Faculty has requested that we reduce the total by approximately eighty thousand pounds. They consider the computing line insufficiently justified.",
     "speaker": "Gwendolyn", "time": None, "kind": "content_word", "expect": "altered"},
    {"meeting": "sb17", "text": "You are not submitting it, Dr Lindqvist. I am.",
     "speaker": "Gwendolyn Hale", "time": "00:02:00", "kind": "time_moved", "expect": "wrong_time"},
    {"meeting": "sb17", "text": "I shall write to the Trust this week.",
     "speaker": "Gwendolyn Hale", "time": None, "kind": "other_meeting", "expect": "not_found"},

    # ---------------------------------------------------------------- sb18 Incident review
    {"meeting": "sb18", "text": "On that basis, I've assessed the risk to individuals as low, and we are not reporting to the ICO.",
     "speaker": "Colin Ferris", "time": "00:01:30", "kind": "time_rounded", "expect": "verified"},
    {"meeting": "sb18", "text": "It's a hard no, but it would need a data processing agreement and a separate review.",
     "speaker": "Colin", "time": None, "kind": "negation", "expect": "altered"},
    {"meeting": "sb18", "text": "For now I'd use Qualtrics, the university already licenses it.",
     "speaker": "Colin Ferris", "time": None, "kind": "name", "expect": "altered"},
    {"meeting": "sb18", "text": "Oh, that's, um, honestly, that's a huge relief. I told Jess on Tuesday night and she actually cried a bit.",
     "speaker": "Tobias", "time": None, "kind": "fillers", "expect": "verified"},

    # ---------------------------------------------------------------- sb19 Nocturne board prep
    {"meeting": "sb19", "text": "Hopefully is doing a lot of work in that sentence, I know.",
     "speaker": "Marcus Bell", "time": "00:04:25", "kind": "exact", "expect": "verified"},
    {"meeting": "sb19", "text": "First patient's booked for the twenty-first. So, technically, it'll have started by the board meeting.",
     "speaker": "Marcus", "time": None, "kind": "date", "expect": "altered"},
    {"meeting": "sb19", "text": "Um. Tobias helped with some of the signal processing. Early on, on university time.",
     "speaker": "Marcus Bell", "time": None, "kind": "merged", "expect": "altered"},
    {"meeting": "sb19", "text": "Thistle want the clinical data room ready before they'll send a term sheet.",
     "speaker": "Marcus", "time": None, "kind": "fabricated", "expect": "not_found"},

    # ---------------------------------------------------------------- sb20 Ethics review prep
    {"meeting": "sb20", "text": "The application specifies a ten-pound voucher per week of home recording.",
     "speaker": "Gwendolyn Hale", "time": None, "kind": "number", "expect": "altered"},
    {"meeting": "sb20", "text": "A one-page summary, with a researcher's note that it's not diagnostic.",
     "speaker": "Elena Castillo", "time": "00:02:20", "kind": "content_word", "expect": "altered"},
    {"meeting": "sb20", "text": "The meeting is in the Senate Room, at two o'clock.",
     "speaker": "Gwendolyn", "time": "00:05:40", "kind": "time_rounded", "expect": "verified"},
    {"meeting": "sb20", "text": "Honestly, my patients don't read four pages. Two pages max.",
     "speaker": "Elena", "time": None, "kind": "other_meeting", "expect": "not_found"},

    # ---------------------------------------------------------------- sb21 Lab meeting
    {"meeting": "sb21", "text": "Gasket's on, holding at minus eighty. Rock solid. Tape's off; science is over.",
     "speaker": "Oliver Pembridge", "time": None, "kind": "repunctuated", "expect": "verified"},
    {"meeting": "sb21", "text": "That's a very good defence, honestly.",
     "speaker": "Tobias", "time": None, "kind": "speaker_swapped", "expect": "misattributed"},
    {"meeting": "sb21", "text": "Factor fifty. Buy it here, it's twice the price over there.",
     "speaker": "Oliver", "time": "00:01:30", "kind": "time_moved", "expect": "wrong_time"},
    {"meeting": "sb21", "text": "I will do it now. Right now. Look, I am opening it.",
     "speaker": "Tobias Lindqvist", "time": None, "kind": "contraction", "expect": "verified"},

    # ---------------------------------------------------------------- sb22 Seville practice talks
    {"meeting": "sb22", "text": "and nobody agrees how to find them. So that's the summary.",
     "speaker": "Priya Raman", "time": None, "kind": "span", "expect": "verified"},
    {"meeting": "sb22", "text": "So, sleep spindles are, um, bursts of sigma activity, eleven to sixteen hertz",
     "speaker": "Priya", "time": "00:07:00", "kind": "time_rounded", "expect": "verified"},
    {"meeting": "sb22", "text": "Spindles help consolidate learning during sleep.",
     "speaker": "Miriam", "time": None, "kind": "content_word", "expect": "altered"},
    {"meeting": "sb22", "text": "Didn't want you to change the talk. Keep the opening. He won't like it.",
     "speaker": "Miriam Okafor", "time": None, "kind": "negation", "expect": "altered"},

    # ---------------------------------------------------------------- sb23 Seville evening call
    {"meeting": "sb23", "text": "So, Dmitri's poster was packed on Tuesday. There was a crowd.",
     "speaker": "Priya", "time": "00:02:45", "kind": "fillers", "expect": "verified"},
    {"meeting": "sb23", "text": "Please retain all receipts, including for the taxi from the airport, and submit claims within thirty days of return. Claims after ninety days will not be processed.",
     "speaker": "Gwendolyn Hale", "time": None, "kind": "number", "expect": "altered"},
    {"meeting": "sb23", "text": "And one person is from the Karolinska in Munich, she asks if we can share the code, for a collaboration.",
     "speaker": "Dmitri", "time": None, "kind": "name", "expect": "altered"},
    {"meeting": "sb23", "text": "She's terrifying and I love her.",
     "speaker": "Priya Raman", "time": None, "kind": "speaker_swapped", "expect": "misattributed"},

    # ---------------------------------------------------------------- sb24 Lab meeting
    {"meeting": "sb24", "text": "Fine. Do it. Oliver.",
     "speaker": "Miriam Okafor", "time": "00:02:35", "kind": "span", "expect": "verified"},
    {"meeting": "sb24", "text": "From Hughes, \"adequate\" is basically a standing ovation.",
     "speaker": "Tobias Lindqvist", "time": None, "kind": "exact", "expect": "verified"},
    {"meeting": "sb24", "text": "Marcus and I were going to do it, but he's swamped with the round, so I'm going to do it Friday.",
     "speaker": "Oliver", "time": None, "kind": "date", "expect": "altered"},
    {"meeting": "sb24", "text": "I've set up her accounts, desk, everything. She'll sit next to Dmitri. Oh good. I can ask her about neonates.",
     "speaker": "Tobias", "time": None, "kind": "merged", "expect": "altered"},

    # ---------------------------------------------------------------- sb25 Monthly budget review
    {"meeting": "sb25", "text": "And it will drop more. Once the org split is done on Thursday, all the Nocturne stuff bills to them directly, no recharges.",
     "speaker": "Oliver Pembridge", "time": None, "kind": "contraction", "expect": "verified"},
    {"meeting": "sb25", "text": "Dr Ferrer's salary costs have been entered into the forecast.",
     "speaker": "Gwendolyn", "time": None, "kind": "name", "expect": "altered"},
    {"meeting": "sb25", "text": "It is not possible the contract has been activated without a confirmation being sent.",
     "speaker": "Gwendolyn Hale", "time": "00:03:20", "kind": "negation", "expect": "altered"},
    {"meeting": "sb25", "text": "Two thousand two hundred all in before VAT.",
     "speaker": "Gwendolyn Hale", "time": None, "kind": "other_meeting", "expect": "not_found"},

    # ---------------------------------------------------------------- sb26 1:1 Miriam / Dmitri
    {"meeting": "sb26", "text": "The construction is finished. Now is quiet, but now I am used to waking up at six, so I still come early.",
     "speaker": None, "time": "00:02:55", "kind": "repunctuated", "expect": "verified"},
    {"meeting": "sb26", "text": "The new visa, it came. Until 2028. Thank you for the letter.",
     "speaker": "Dmitri Sokolov", "time": None, "kind": "date", "expect": "altered"},
    {"meeting": "sb26", "text": "Dr Schreiber says their older participants have fewer spindles, so the detector must be more sensitive.",
     "speaker": "Dmitri", "time": None, "kind": "fabricated", "expect": "not_found"},

    # ---------------------------------------------------------------- sb27 Nocturne Health weekly
    {"meeting": "sb27", "text": "She said, quote, \"six patients is an anecdote, not a result.\"",
     "speaker": "Marcus Bell", "time": "00:02:10", "kind": "exact", "expect": "verified"},
    {"meeting": "sb27", "text": "Meridian started last week. They want all our risk management files by end of November, and honestly ours are a mess.",
     "speaker": "Marcus", "time": None, "kind": "content_word", "expect": "altered"},
    {"meeting": "sb27", "text": "Inter-rater between human scorers is only about eighty-two, eighty-three.",
     "speaker": "Tobias", "time": "00:01:30", "kind": "time_rounded", "expect": "verified"},

    # ---------------------------------------------------------------- sb28 Brightwater outcome
    {"meeting": "sb28", "text": "She's already found a bug in our preprocessing. A real one. The, um, the re-referencing was happening after the filtering for the 2024 data, and it should be before.",
     "speaker": "Tobias Lindqvist", "time": "00:04:05", "kind": "span", "expect": "verified"},
    {"meeting": "sb28", "text": "Not a new one. But Lucía Ferrer, the candidate, the one from Barcelona.",
     "speaker": "Oliver", "time": None, "kind": "merged", "expect": "altered"},
    {"meeting": "sb28", "text": "The system's four years old, fully serviced, they'd let it go for eleven thousand, delivery included.",
     "speaker": "Oliver Pembridge", "time": None, "kind": "other_meeting", "expect": "not_found"},

    # ---------------------------------------------------------------- sb29 Lab meeting
    {"meeting": "sb29", "text": "The F1 is almost the same, zero point seven seven became zero point seven nine.",
     "speaker": "Dmitri", "time": None, "kind": "number", "expect": "altered"},
    {"meeting": "sb29", "text": "Also, Hughes emailed me directly. He wants to meet for coffee at the British Sleep Society meeting in November.",
     "speaker": "Priya Raman", "time": None, "kind": "name", "expect": "altered"},
    {"meeting": "sb29", "text": "Wednesday night. Forty minutes of my life.",
     "speaker": "Miriam", "time": "00:01:00", "kind": "time_moved", "expect": "wrong_time"},
    {"meeting": "sb29", "text": "It's been a lovely first week. Slightly overwhelming, but, um, lovely.",
     "speaker": "Nadia Karimi", "time": "00:00:12", "kind": "fillers", "expect": "verified"},
    {"meeting": "sb29", "text": "The new building's sleep lab has four beds, so we can finally run two studies at once.",
     "speaker": "Miriam Okafor", "time": None, "kind": "fabricated", "expect": "not_found"},

    # ================================================================ commitments_b meetings
    # ---------------------------------------------------------------- b01 Ops weekly
    {"meeting": "b01", "text": "Yeah, so Riverside's down two RNs from the first of October. One's maternity leave, which we knew, and the other handed in her notice on Friday.",
     "speaker": "Janelle Brooks", "time": None, "kind": "fillers", "expect": "verified"},
    {"meeting": "b01", "text": "If it helps, the lease says they have to respond to urgent repairs within forty-eight hours.",
     "speaker": "Marcus", "time": None, "kind": "speaker_swapped", "expect": "misattributed"},

    # ---------------------------------------------------------------- b02 IT standup
    {"meeting": "b02", "text": "Riverside, two workstations were off, in the lab. So tonight I will patch those two remotely, after eight, when the lab is closed.",
     "speaker": "Tomasz Nowicki", "time": "00:00:35", "kind": "span", "expect": "verified"},
    {"meeting": "b02", "text": "Honestly, if we had another analyst I'd rebuild the whole dashboard layer from scratch. Half of it still points at the old server.",
     "speaker": "Priya", "time": None, "kind": "content_word", "expect": "altered"},
    {"meeting": "b02", "text": "Yes. All of them are from 2018. Same age as my car.",
     "speaker": "Tomasz", "time": None, "kind": "other_meeting", "expect": "not_found"},

    # ---------------------------------------------------------------- b03 1:1 Marcus / Rosa
    {"meeting": "b03", "text": "Okay, that's on me. I'll get you an answer on the MA hours by Tuesday.",
     "speaker": "Marcus Osei", "time": "00:18:25", "kind": "repunctuated", "expect": "verified"},
    {"meeting": "b03", "text": "Oh — and I'm at my sister's wedding on the third, so I'm out Thursday the second.",
     "speaker": "Rosa", "time": None, "kind": "date", "expect": "altered"},
    {"meeting": "b03", "text": "Lorraine does it one way and the new girl, Sheila, does it the opposite way",
     "speaker": "Rosa Mendez", "time": None, "kind": "name", "expect": "altered"},

    # ---------------------------------------------------------------- b04 Ops weekly
    {"meeting": "b04", "text": "Okay, let me pull up last week's action list... hang on. Declan, overtime uplift — where are we?",
     "speaker": "Marcus Osei", "time": None, "kind": "span", "expect": "verified"},
    {"meeting": "b04", "text": "And Rosa, before I forget — the extra MA hours. Fifteen a week through December, approved.",
     "speaker": "Marcus", "time": "00:03:20", "kind": "time_rounded", "expect": "verified"},

    # ---------------------------------------------------------------- b05 Medivance v12 kickoff
    {"meeting": "b05", "text": "Okay. So we will stand up the test environment on our side — me and Luis — by ninth of October.",
     "speaker": "Tomasz", "time": None, "kind": "contraction", "expect": "verified"},
    {"meeting": "b05", "text": "I shall confirm the weekend with our steering committee on the fifth of October and revert to you thereafter.",
     "speaker": "Helen Whitcombe", "time": None, "kind": "date", "expect": "altered"},
    {"meeting": "b05", "text": "Honestly, I'm a hundred percent sure whether the Keystone feed format changes.",
     "speaker": "Brent Kessler", "time": None, "kind": "negation", "expect": "altered"},
    {"meeting": "b05", "text": "We usually recommend a full dress rehearsal of the cutover two weekends before go-live.",
     "speaker": "Brent", "time": None, "kind": "fabricated", "expect": "not_found"},

    # ---------------------------------------------------------------- b06 Q4 budget review
    {"meeting": "b06", "text": "Oh yes, I'll just conjure eighty-two grand out of the petty cash tin, shall I.",
     "speaker": "Declan Fairbairn", "time": "00:02:30", "kind": "exact", "expect": "verified"},
    {"meeting": "b06", "text": "And I am in London the week of the nineteenth — my dad's eightieth — so if anyone needs me that week it will be on UK hours.",
     "speaker": "Declan", "time": None, "kind": "contraction", "expect": "verified"},
    {"meeting": "b06", "text": "No, we've a signed contract with Keystone through March, so the rates are locked till then.",
     "speaker": "Declan Fairbairn", "time": None, "kind": "name", "expect": "altered"},
    {"meeting": "b06", "text": "Four sites open on Saturday mornings is, I suspect, more than demand justifies. The Riverside Saturday numbers are dire.",
     "speaker": "Helen", "time": None, "kind": "merged", "expect": "altered"},

    # ---------------------------------------------------------------- b07 Ops weekly
    {"meeting": "b07", "text": "They were sent. Whether they went up is a philosophical question.",
     "speaker": "Kevin Tran", "time": None, "kind": "exact", "expect": "verified"},
    {"meeting": "b07", "text": "We did the session last Monday before opening, um, everybody came, even Lorraine",
     "speaker": "Rosa", "time": "00:04:00", "kind": "fillers", "expect": "verified"},
    {"meeting": "b07", "text": "The equipment list, though — I'm not behind on that. I've got half of it.",
     "speaker": "Rosa Mendez", "time": None, "kind": "negation", "expect": "altered"},
    {"meeting": "b07", "text": "I love you. Professionally.",
     "speaker": "Rosa", "time": "00:03:00", "kind": "time_moved", "expect": "wrong_time"},

    # ---------------------------------------------------------------- b08 IT standup
    {"meeting": "b08", "text": "The timeout, I think, is their side. Brent would say is our side; is always the other side.",
     "speaker": "Tomasz Nowicki", "time": None, "kind": "repunctuated", "expect": "verified"},
    {"meeting": "b08", "text": "If the printers were people I'd have reported them to HR by now.",
     "speaker": "Kevin Tran", "time": None, "kind": "speaker_swapped", "expect": "misattributed"},

    # ---------------------------------------------------------------- b09 Eastgate outage call
    {"meeting": "b09", "text": "I said I won't say who. Oh sure, and tomorrow I'll just go back to carving appointments into stone tablets, it's basically the same thing.",
     "speaker": "Rosa Mendez", "time": None, "kind": "span", "expect": "verified"},
    {"meeting": "b09", "text": "So I will swap the Eastgate switch tonight, after the clinic closes, maybe nine o'clock.",
     "speaker": "Tomasz", "time": "00:04:00", "kind": "time_rounded", "expect": "verified"},
    {"meeting": "b09", "text": "We saw forty-eight patients on paper, and none of it's in the chart.",
     "speaker": "Rosa", "time": None, "kind": "number", "expect": "altered"},
    {"meeting": "b09", "text": "Single point of failure. One switch, one line.",
     "speaker": "Tomasz Nowicki", "time": None, "kind": "other_meeting", "expect": "not_found"},

    # ---------------------------------------------------------------- b10 Eastgate outage retro
    {"meeting": "b10", "text": "Paper downtime kicked in fast, like ten minutes.",
     "speaker": "Priya Raman", "time": None, "kind": "repunctuated", "expect": "verified"},
    {"meeting": "b10", "text": "The spare switch in the cupboard. Luis put it there last year and I made fun of him.",
     "speaker": "Kevin", "time": None, "kind": "speaker_swapped", "expect": "misattributed"},
    {"meeting": "b10", "text": "I should like the chair to see the timeline before the board meets.",
     "speaker": "Helen Whitcombe", "time": None, "kind": "fabricated", "expect": "not_found"},

    # ---------------------------------------------------------------- b11 Ops weekly
    {"meeting": "b11", "text": "It is from 2019, it's got the old fax number, it tells you to call a guy who retired. I will rewrite it for all the front desks by end of next week.",
     "speaker": "Rosa", "time": None, "kind": "contraction", "expect": "verified"},
    {"meeting": "b11", "text": "And who's updating the on-call rota for go-live weekend? I'll do it.",
     "speaker": "Marcus Osei", "time": None, "kind": "merged", "expect": "altered"},

    # ---------------------------------------------------------------- b12 Staffing and hiring, with CareBridge
    {"meeting": "b12", "text": "I'd need my director on that, but I think there's room. And if you gave us a six-month commitment across all four sites, I could probably knock off another two percent",
     "speaker": "Laura Pinto", "time": "00:08:20", "kind": "span", "expect": "verified"},
    {"meeting": "b12", "text": "If CareBridge will do fifty-two on a twenty-six-week extension, I'll sign it off.",
     "speaker": "Declan", "time": None, "kind": "number", "expect": "altered"},
    {"meeting": "b12", "text": "We've lost three nurses this year and I could tell you why.",
     "speaker": "Declan Fairbairn", "time": None, "kind": "negation", "expect": "altered"},
    {"meeting": "b12", "text": "She asked the best questions, too.",
     "speaker": "Rosa", "time": None, "kind": "other_meeting", "expect": "not_found"},
    {"meeting": "b12", "text": "I've got a couple of MA candidates who'd be, you know, a really good fit, actually",
     "speaker": "Laura", "time": None, "kind": "fillers", "expect": "verified"},

    # ---------------------------------------------------------------- b13 Ops weekly
    {"meeting": "b13", "text": "I'm not sending out a plan with \"date TBC\" on every line, and we won't have a confirmed go-live until Thursday's steering.",
     "speaker": "Kevin Tran", "time": "00:15:00", "kind": "time_rounded", "expect": "verified"},
    {"meeting": "b13", "text": "Make sure they put the rent review cap in writing this time.",
     "speaker": "Declan", "time": "00:05:00", "kind": "time_moved", "expect": "wrong_time"},

    # ---------------------------------------------------------------- b14 Audit prep
    {"meeting": "b14", "text": "Acceptable use: 2024. The others, I think 2022. Luis did the last review with the old consultant.",
     "speaker": "Tomasz", "time": None, "kind": "repunctuated", "expect": "verified"},
    {"meeting": "b14", "text": "One row per request: due date, status, link to the evidence.",
     "speaker": "Kevin", "time": None, "kind": "content_word", "expect": "altered"},
    {"meeting": "b14", "text": "That one's bigger than four weeks, though. For now, which policies could we reasonably refresh before fieldwork?",
     "speaker": "Marcus Osei", "time": None, "kind": "merged", "expect": "altered"},

    # ---------------------------------------------------------------- b15 Steering committee
    {"meeting": "b15", "text": "The CareBridge extension's still pending their rate decision. I'll bring a revised agency forecast to the November committee, once we know the rate.",
     "speaker": "Declan Fairbairn", "time": "00:13:50", "kind": "span", "expect": "verified"},
    {"meeting": "b15", "text": "I still think it moves.",
     "speaker": "Kevin", "time": None, "kind": "speaker_swapped", "expect": "misattributed"},
    {"meeting": "b15", "text": "I should like a written summary of the rollback arrangements circulated before the next committee.",
     "speaker": "Helen Whitcombe", "time": None, "kind": "fabricated", "expect": "not_found"},
    {"meeting": "b15", "text": "It will move, Tomasz.",
     "speaker": "Helen", "time": None, "kind": "negation", "expect": "altered"},

    # ---------------------------------------------------------------- b16 IT standup
    {"meeting": "b16", "text": "Their business team wants a site survey at Eastgate first, and they cannot come till November.",
     "speaker": "Kevin Tran", "time": "00:01:30", "kind": "contraction", "expect": "verified"},
    {"meeting": "b16", "text": "And the laptops — the PO from Declan is still not raised, he waits for a second signature. The quote runs out Monday.",
     "speaker": "Tomasz", "time": None, "kind": "date", "expect": "altered"},
    {"meeting": "b16", "text": "Three vendors left, and one of them is the shredding company, which — do they touch PHI? Technically, yes. Shredding is literally touching PHI.",
     "speaker": "Priya", "time": None, "kind": "merged", "expect": "altered"},

    # ---------------------------------------------------------------- b17 Ops weekly
    {"meeting": "b17", "text": "I may have been slightly rude to a vice president. And I've signed the CareBridge extension — they came down to fifty-four on twenty-six weeks.",
     "speaker": "Declan", "time": None, "kind": "span", "expect": "verified"},
    {"meeting": "b17", "text": "Is not Kevin's fault. Is Luis's.",
     "speaker": "Tomasz Nowicki", "time": None, "kind": "name", "expect": "altered"},
    {"meeting": "b17", "text": "I bet you one beer this date moves.",
     "speaker": "Tomasz", "time": None, "kind": "other_meeting", "expect": "not_found"},

    # ---------------------------------------------------------------- b18 1:1 Tomasz / Priya
    {"meeting": "b18", "text": "Yes, is in the calendar. Good. You need it. If I was you, I would take the whole week.",
     "speaker": "Tomasz", "time": "00:18:00", "kind": "span", "expect": "verified"},
    {"meeting": "b18", "text": "Yeah, the Postgres performance one. It's like five hundred dollars.",
     "speaker": "Priya Raman", "time": None, "kind": "number", "expect": "altered"},
    {"meeting": "b18", "text": "Appointments are the tricky bit, because of merged patients.",
     "speaker": "Priya", "time": None, "kind": "content_word", "expect": "altered"},
    {"meeting": "b18", "text": "Yeah, I'll just personally answer all four hundred tickets on the Tuesday morning.",
     "speaker": "Priya Raman", "time": "00:05:00", "kind": "time_moved", "expect": "wrong_time"},

    # ---------------------------------------------------------------- b19 Ops weekly
    {"meeting": "b19", "text": "Could someone remind the clinics the payroll cut-off moves to the twentieth in November, because of Thanksgiving?",
     "speaker": "Declan Fairbairn", "time": "00:17:00", "kind": "time_rounded", "expect": "verified"},
    {"meeting": "b19", "text": "And the downtime drills — I'm being honest, we're doing them before go-live. There's no slack.",
     "speaker": "Marcus", "time": None, "kind": "negation", "expect": "altered"},

    # ---------------------------------------------------------------- b20 Go-live readiness
    {"meeting": "b20", "text": "Just a heads-up, guys, uh, the new scheduling engine takes a day or two for front desks to get used to.",
     "speaker": "Brent Kessler", "time": None, "kind": "fillers", "expect": "verified"},
    {"meeting": "b20", "text": "Can we have someone from IT at Eastgate on Monday morning, just for the first hour?",
     "speaker": "Rosa", "time": None, "kind": "fabricated", "expect": "not_found"},

    # ---------------------------------------------------------------- b21 Audit kickoff with Calder & Finch
    {"meeting": "b21", "text": "Is possible, yes. With the new version it's easier, actually. I will set it up by November 20th.",
     "speaker": "Tomasz", "time": None, "kind": "date", "expect": "altered"},
    {"meeting": "b21", "text": "So, formalities first: we have the signed engagement letter, and the scope is the HIPAA privacy rule plus your internal controls over patient record access.",
     "speaker": "Owen Hartley", "time": None, "kind": "content_word", "expect": "altered"},
    {"meeting": "b21", "text": "I'll get IT to pull the access log. That usually takes a day or two.",
     "speaker": "Owen", "time": None, "kind": "other_meeting", "expect": "not_found"},

    # ---------------------------------------------------------------- b22 Ops weekly
    {"meeting": "b22", "text": "Also, honestly, can we just mark every action from October as complete and start a clean list? Half of them are done anyway.",
     "speaker": None, "time": None, "kind": "repunctuated", "expect": "verified"},
    {"meeting": "b22", "text": "Go/no-go on Friday was a go at four-twelve, cutover started at seven sharp",
     "speaker": "Kevin", "time": "00:02:00", "kind": "time_rounded", "expect": "verified"},
    {"meeting": "b22", "text": "And Laura's two people were great — Jay and Marisol, at Central from six.",
     "speaker": "Kevin Tran", "time": None, "kind": "name", "expect": "altered"},
    {"meeting": "b22", "text": "We ought to do a proper lessons-learned on the go-live once the dust settles.",
     "speaker": "Helen Whitcombe", "time": "00:01:00", "kind": "time_moved", "expect": "wrong_time"},

    # ---------------------------------------------------------------- b23 Ops weekly
    {"meeting": "b23", "text": "A lot of them were the same thing, described angrily.",
     "speaker": "Kevin", "time": None, "kind": "exact", "expect": "verified"},
    {"meeting": "b23", "text": "Forty-three items from the four front desks, de-duplicated down to seventeen, and it went to Brent on Friday.",
     "speaker": "Kevin Tran", "time": None, "kind": "number", "expect": "altered"},
    {"meeting": "b23", "text": "We really ought to write down who owns what with the printers. It's chaos. A printer RACI.",
     "speaker": "Marcus", "time": None, "kind": "merged", "expect": "altered"},
    {"meeting": "b23", "text": "Owen wants the leaver list re-run with the three new starters taken out.",
     "speaker": "Janelle Brooks", "time": None, "kind": "fabricated", "expect": "not_found"},
]
