"""Hand-made commitments evaluation set D: Ferncliff Studio, a 25-person architecture and interior
design practice, over about ten weeks from 2026-05-04.

Recurring meetings: the Monday studio meeting, client meetings for the Wrenfield House boutique hotel
(owner Gerald Hartigan) and the Ashgrove Primary extension (school board contact Nkechi Adeyemi), the
Wrenfield contractor coordination call (site manager Barry Doyle, structural engineer Fiona Marsh), and
a finance and admin check-in. Tomasz speaks English as a second language; Owen hedges everything.

Places are (meeting id, line index). Run this file to check every reference.
"""

from __future__ import annotations

PEOPLE: list[str] = [
    "Helen Ashby",
    "Dev Raman",
    "Tomasz Wierzbicki",
    "Priya Nair",
    "Owen Fairley",
    "Rosa Lindqvist",
    "Callum Reid",
    "Maya Brennan",
    "Gerald Hartigan",
    "Nkechi Adeyemi",
    "Barry Doyle",
    "Fiona Marsh",
]

MEETINGS: list[dict] = [
    {
        "id": "d01",
        "title": "Ferncliff studio weekly",
        "start": "2026-05-04T09:30:00Z",
        "lines": [
            ("Helen Ashby", 6, "Good morning, everyone. Let's make a start — a few of you have site visits later, so I'd like us done by half ten."),  # 0
            ("Dev Raman", 19, "Morning. Sorry, I've got half a croissant in my mouth. Carry on, carry on."),  # 1
            ("Rosa Lindqvist", 31, "Before we start — the coffee machine's been descaled, so no more complaints about the taste, please. Callum."),  # 2
            ("Callum Reid", 43, "That was one time! One time."),  # 3
            ("Helen Ashby", 56, "Right. Wrenfield first. Dev, where are we?"),  # 4
            ("Dev Raman", 81, "So, Wrenfield. Strip-out's going well, Barry's lot have got most of the second floor back to brick, and honestly it's a lovely building under all that seventies nonsense. The big thing this week is the lounge opening. We're still waiting on Fiona for a beam size."),  # 5
            ("Tomasz Wierzbicki", 93, "Yes, without the beam the section is not complete. I have everything else, only the beam is missing."),  # 6
            ("Dev Raman", 109, "Yeah. So if Fiona comes back with the size before Thursday, I'll drop it into the lounge section so we've got something to show on the contractor call."),  # 7
            ("Helen Ashby", 115, "Good. And the client meeting tomorrow?"),  # 8
            ("Priya Nair", 135, "That's mostly me. Gerald wants to see bathroom finishes. I've pulled about a dozen tiles out of the sample library, I just need to mount them."),  # 9
            ("Helen Ashby", 149, "Will it be ready in time?"),  # 10
            ("Priya Nair", 164, "Yes — I'll have the tile board finished for tomorrow afternoon. I'm doing it straight after this."),  # 11
            ("Dev Raman", 178, "Speaking of the sample library, someone should really have a go at clearing it out. There are carpet samples in there older than Callum."),  # 12
            ("Priya Nair", 187, "Don't look at me. Not this week."),  # 13
            ("Helen Ashby", 200, "Owen — the windows."),  # 14
            ("Owen Fairley", 226, "Ah, yes. So the, um, the sash windows at Wrenfield. The conservation officer, I think, would want a heritage statement before we put in for listed building consent. Probably. I mean, she usually does."),  # 15
            ("Helen Ashby", 236, "And who's drafting that?"),  # 16
            ("Owen Fairley", 254, "I suppose that would be me, really. I'll, er — I'll draft it. By the end of next week, I'd say? That feels realistic. Hopefully."),  # 17
            ("Helen Ashby", 263, "End of next week is fine. Thank you, Owen."),  # 18
            ("Dev Raman", 278, "I'd kill for a deadline like that. Oh, sure, and I'll just knock up the whole fire strategy over lunch while I'm at it."),  # 19
            ("Rosa Lindqvist", 288, "Nobody asked you to, Dev."),  # 20
            ("Helen Ashby", 295, "Ashgrove. Maya."),  # 21
            ("Maya Brennan", 306, "Two things. First, the fee letter went to the school on Friday, so that's with Nkechi now."),  # 22
            ("Maya Brennan", 323, "Second, the project meeting on the eleventh. I'll get the agenda to Nkechi by Wednesday so she can share it with her board."),  # 23
            ("Helen Ashby", 341, "And resourcing. We agreed Callum moves onto Ashgrove three days a week from today. Callum, could you update the resourcing sheet so Rosa's numbers are right?"),  # 24
            ("Callum Reid", 350, "Yep, on it. This morning."),  # 25
            ("Rosa Lindqvist", 362, "Thank you. It's been wrong since March and it's making my forecasts look like fiction."),  # 26
            ("Maya Brennan", 377, "If we picked up the library refit as well we'd need another person, realistically. Not just Callum."),  # 27
            ("Helen Ashby", 389, "Let's cross that bridge when we come to it. Anything else?"),  # 28
            ("Tomasz Wierzbicki", 404, "One small thing. The plotter is making the lines again, the grey lines, on the A1."),  # 29
            ("Rosa Lindqvist", 416, "I know, I've reported it. The engineer's coming sometime this week, they wouldn't give me a day."),  # 30
            ("Callum Reid", 433, "Is anyone going to the lighting supplier's CPD thing on Thursday?"),  # 31
            ("Priya Nair", 444, "Maybe. Depends how tomorrow goes."),  # 32
            ("Dev Raman", 459, "I'll be honest, after the weekend I've had, I'm not going to anything voluntarily."),  # 33
            ("Helen Ashby", 481, "Noted. For everyone's benefit, the plan is still to go to tender on Wrenfield in August, so the next eight weeks are going to be busy."),  # 34
            ("Owen Fairley", 490, "August. Gosh. That's... yes. That's soon."),  # 35
            ("Helen Ashby", 502, "Right, let me just look at the actions list... no, I think we've covered it."),  # 36
            ("Rosa Lindqvist", 516, "Cake in the kitchen, by the way. It's Tomasz's birthday on Wednesday and he'll be on site all day."),  # 37
            ("Tomasz Wierzbicki", 530, "It is true. Thirty-four. I am very old now."),  # 38
            ("Dev Raman", 539, "Mate, you're a baby."),  # 39
            ("Helen Ashby", 546, "Happy birthday in advance, Tomasz. Thanks, all."),  # 40
        ],
    },
    {
        "id": "d02",
        "title": "Wrenfield House — client meeting",
        "start": "2026-05-05T14:00:00Z",
        "lines": [
            ("Gerald Hartigan", 11, "Right, I've got till half three, then the brewery rep, so let's not hang about."),  # 0
            ("Helen Ashby", 25, "Of course. Thank you for coming in, Gerald. We've got finishes, the reception, and fees."),  # 1
            ("Gerald Hartigan", 32, "Fees last, I assume. Once you've softened me up."),  # 2
            ("Dev Raman", 42, "Ha. You've seen right through us."),  # 3
            ("Gerald Hartigan", 61, "Is that the tile board? Good, good. Thanks for getting that together so quick, Priya."),  # 4
            ("Priya Nair", 79, "My pleasure. So the top row is the standard rooms, the bottom row's the two suites. All of them are fine for wet areas."),  # 5
            ("Gerald Hartigan", 92, "They're very grey."),  # 6
            ("Priya Nair", 101, "They are a bit grey."),  # 7
            ("Gerald Hartigan", 118, "It's a seaside town, love, everything's already grey. I want something with a bit of life in it."),  # 8
            ("Priya Nair", 138, "That's fair. Let me pull together a second round with warmer options — greens, maybe a terracotta — and I'll send them over by next Friday."),  # 9
            ("Gerald Hartigan", 156, "Fine. Just not pink. My ex-wife did the last refurb in pink."),  # 10
            ("Dev Raman", 172, "Noted. No pink. Reception, then — we looked at your idea of moving the desk over to the bay window side."),  # 11
            ("Gerald Hartigan", 182, "And?"),  # 12
            ("Dev Raman", 204, "It works on plan. Honestly, it's a better arrival. The question is cost, because there's a floor box and all the data coming up where it is now."),  # 13
            ("Gerald Hartigan", 212, "So what's it going to cost me?"),  # 14
            ("Dev Raman", 225, "Leave it with me — I'll get Barry to price it and come back to you."),  # 15
            ("Gerald Hartigan", 241, "And the windows. Your Owen sent me an email full of words like \"significance\". What does the heritage thing actually need?"),  # 16
            ("Helen Ashby", 258, "Essentially, a statement on why the windows matter and why what we're proposing respects that. Historic photographs help enormously, if you have any."),  # 17
            ("Gerald Hartigan", 276, "Photos. Right. There's a box somewhere — my mother kept everything. Old plans too, I think, from when it was the convalescent home. I'll dig them out this week and send you whatever I find."),  # 18
            ("Helen Ashby", 282, "That would be wonderful."),  # 19
            ("Gerald Hartigan", 291, "Bet you a pint the council still says no to the plastic windows, mind."),  # 20
            ("Dev Raman", 304, "We're not doing plastic windows, Gerald."),  # 21
            ("Gerald Hartigan", 315, "I know, I know. I'm winding you up."),  # 22
            ("Priya Nair", 332, "Can I ask — is the signage part of this, or is that separate?"),  # 23
            ("Gerald Hartigan", 346, "Haven't got that far. Next question."),  # 24
            ("Helen Ashby", 366, "Fees, then. As you know, the interiors scope has grown since the original appointment — the bar, the two suites, the mock-up room."),  # 25
            ("Gerald Hartigan", 376, "Here we go."),  # 26
            ("Helen Ashby", 392, "I'd rather set that out properly than discuss numbers across the table. I'll send you an updated fee proposal by the end of the week."),  # 27
            ("Gerald Hartigan", 402, "Oh, wonderful. Can't wait. I'll be counting the hours."),  # 28
            ("Dev Raman", 407, "He's thrilled."),  # 29
            ("Gerald Hartigan", 422, "Ecstatic. Look, I know you lot have to eat. Just keep it sensible."),  # 30
            ("Helen Ashby", 429, "Understood."),  # 31
            ("Dev Raman", 449, "Tomasz is on the bar details this week, by the way, so next time there should be something proper to look at."),  # 32
            ("Gerald Hartigan", 462, "The bar's the bit I care about. People come for the bar."),  # 33
            ("Priya Nair", 470, "And stay for the bathrooms, hopefully."),  # 34
            ("Gerald Hartigan", 480, "Ha. We'll see."),  # 35
            ("Gerald Hartigan", 494, "Right, that's me. Brewery rep's waiting. Next one's the twenty-first?"),  # 36
            ("Helen Ashby", 510, "The twenty-first, half two. It's already in the diary."),  # 37
            ("Gerald Hartigan", 522, "Good. I'll let you lot get back to it."),  # 38
            ("Priya Nair", 534, "Bye, Gerald!"),  # 39
        ],
    },
    {
        "id": "d03",
        "title": "Wrenfield — contractor coordination call",
        "start": "2026-05-07T10:00:00Z",
        "lines": [
            ("Barry Doyle", 6, "Morning all. Can you hear me? I'm in the cabin and the generator's going, so shout if I cut out."),  # 0
            ("Dev Raman", 17, "Loud and clear, Barry. Fiona, you there?"),  # 1
            ("Fiona Marsh", 24, "I'm here. Camera's off, I'm eating."),  # 2
            ("Dev Raman", 34, "Very relatable. Okay, agenda's the usual — programme, structure, RFIs. Let me put the section up."),  # 3
            ("Dev Raman", 52, "Right, you should see the lounge section now. Good news — Fiona's beam size came through last night, so it's in. That's the two-oh-three by one-three-three, there."),  # 4
            ("Fiona Marsh", 65, "That's a preliminary size, I'd stress. It depends entirely on what's under that wall."),  # 5
            ("Barry Doyle", 82, "Which is the problem, because nobody knows what's under that wall."),  # 6
            ("Fiona Marsh", 105, "Quite. If it turns out to be rubble-filled we'd be looking at a completely different approach — needles, probably, and a lot more propping."),  # 7
            ("Barry Doyle", 114, "Lovely. The lads'll be thrilled."),  # 8
            ("Dev Raman", 126, "Okay, so. Fiona, when can we have the full calc package, so Barry can order the steel?"),  # 9
            ("Fiona Marsh", 141, "I'll issue the calcs and the padstone detail by the twentieth. That's a Wednesday, I think."),  # 10
            ("Barry Doyle", 150, "Bet you the steel's late anyway. It's always late."),  # 11
            ("Dev Raman", 160, "Thanks for the optimism, Barry. Programme?"),  # 12
            ("Barry Doyle", 178, "Yeah. So we had the skip swapped Tuesday, and the second floor's stripped. First floor's maybe seventy per cent."),  # 13
            ("Barry Doyle", 188, "I'll tell you what, though, that basement is something else. It's like a museum down there."),  # 14
            ("Tomasz Wierzbicki", 198, "About the basement. There is the old boiler lagging. Maybe it is asbestos, it looks like."),  # 15
            ("Barry Doyle", 214, "Yeah, that's on my list. I'll get the basement surveyed for asbestos before the lads go anywhere near it."),  # 16
            ("Dev Raman", 226, "Good. And the programme — the one we've got is from April. It doesn't show the strip-out running over."),  # 17
            ("Barry Doyle", 237, "No, fair. You'll have an updated one Monday."),  # 18
            ("Dev Raman", 248, "Brilliant. Tomasz, you had something for Barry?"),  # 19
            ("Tomasz Wierzbicki", 256, "Yes. Barry, for the new windows, you asked about the reveal."),  # 20
            ("Barry Doyle", 272, "Yeah, could you send me that detail for the window reveals? The joiner's chasing me for it."),  # 21
            ("Tomasz Wierzbicki", 285, "Yes, I send it to you until Monday, with the sections also."),  # 22
            ("Barry Doyle", 297, "Until Monday — by Monday, yeah? Not after."),  # 23
            ("Tomasz Wierzbicki", 306, "Yes, sorry, by. It is my English. By Monday."),  # 24
            ("Barry Doyle", 316, "No dramas."),  # 25
            ("Fiona Marsh", 338, "One more from me. The chimney breast on the second floor — I'd want to see it exposed before anyone takes it out."),  # 26
            ("Barry Doyle", 345, "Nobody's touching it. It's taped off."),  # 27
            ("Fiona Marsh", 353, "Thank you."),  # 28
            ("Dev Raman", 371, "Barry, the tiling — is that going to be a long lead?"),  # 29
            ("Barry Doyle", 385, "Tiler's pencilled in for July, so as long as I've got a spec by mid-June we're golden."),  # 30
            ("Dev Raman", 396, "Noted."),  # 31
            ("Barry Doyle", 411, "Who's doing the fire stopping spec, by the way? Is that you lot or the fire engineer?"),  # 32
            ("Dev Raman", 424, "Good question. I genuinely don't know. I think it's in the fire engineer's appointment, but don't quote me."),  # 33
            ("Tomasz Wierzbicki", 435, "It is in their appointment. I have read it."),  # 34
            ("Barry Doyle", 447, "Sorted, then. Not my problem."),  # 35
            ("Dev Raman", 464, "Okay. Anything else? Nope? Same time in two weeks. Cheers, all."),  # 36
            ("Fiona Marsh", 470, "Bye."),  # 37
            ("Barry Doyle", 479, "Cheers."),  # 38
        ],
    },
    {
        "id": "d04",
        "title": "Ferncliff studio weekly",
        "start": "2026-05-11T09:30:00Z",
        "lines": [
            ("Helen Ashby", 12, "Morning, all. Short one today — Maya and Owen are with the school this afternoon and need time to prepare."),  # 0
            ("Rosa Lindqvist", 28, "First thing. The resourcing sheet is finally up to date — Callum did it last Monday — so my forecast is no longer a work of fiction. Thank you, Callum."),  # 1
            ("Callum Reid", 37, "No worries."),  # 2
            ("Dev Raman", 41, "Gold star."),  # 3
            ("Helen Ashby", 52, "Wrenfield. Dev?"),  # 4
            ("Dev Raman", 66, "Quick one. Barry's new programme landed at seven this morning, fair play to him. Strip-out's about a week behind, nothing crazy."),  # 5
            ("Dev Raman", 88, "The other thing is the stair balustrade. The fire officer doesn't like the gaps. I'll redo the bal— actually, no. Tomasz drew the original, it makes more sense for him to revise it."),  # 6
            ("Helen Ashby", 99, "Tomasz, would you pick that up?"),  # 7
            ("Tomasz Wierzbicki", 113, "Yes, of course. I revise it this week. It is maybe one day of work."),  # 8
            ("Priya Nair", 137, "Can I just say — I went into the sample library on Friday to find a grey vinyl and I found a fax machine. A fax machine."),  # 9
            ("Dev Raman", 142, "Told you."),  # 10
            ("Priya Nair", 161, "Right. I'm volunteering. I'll clear out the sample library on Friday afternoon. Anyone who wants the old carpet tiles, speak now."),  # 11
            ("Owen Fairley", 173, "I might want — no, actually, I don't need carpet tiles. Sorry. Carry on."),  # 12
            ("Helen Ashby", 184, "Ashgrove, briefly. Maya."),  # 13
            ("Maya Brennan", 203, "So this afternoon is the first proper project meeting with Nkechi. The main items are the library brief and whether they want to go for a pre-app with the council."),  # 14
            ("Helen Ashby", 209, "And if they do?"),  # 15
            ("Maya Brennan", 222, "If they agree to the pre-app, I'll book it with the council this month. The slots fill up quickly before the summer."),  # 16
            ("Callum Reid", 235, "I've already sent the school the room data sheets, by the way. The classroom ones. In case it comes up this afternoon."),  # 17
            ("Maya Brennan", 240, "Thanks, Callum. That's helpful."),  # 18
            ("Helen Ashby", 248, "Other business. Callum — the website."),  # 19
            ("Callum Reid", 275, "Yes! So Helen asked whether I'd write up Mill Lane as a case study for the website, and I'd love to. I'll have a draft by the end of the month — photos and everything."),  # 20
            ("Rosa Lindqvist", 288, "There's a case study template on the server, under Marketing, so you don't have to start from scratch."),  # 21
            ("Callum Reid", 303, "Ooh, didn't know that. Thanks."),  # 22
            ("Rosa Lindqvist", 317, "Also, Revit licences. They lapse on the thirty-first. I'll sort the renewal before then — I just need Helen to tell me how many seats."),  # 23
            ("Helen Ashby", 330, "Twelve, as last year."),  # 24
            ("Dev Raman", 346, "Could we stretch to thirteen? Tomasz and I keep kicking each other off."),  # 25
            ("Helen Ashby", 361, "Thirteen, then. Don't make me regret it."),  # 26
            ("Dev Raman", 377, "Over the weekend I finished the lobby perspective, by the way, if anyone wants a look. It's on the big screen after this."),  # 27
            ("Tomasz Wierzbicki", 391, "I saw it. The light is very nice. The chairs maybe are too many."),  # 28
            ("Dev Raman", 396, "Everyone's a critic."),  # 29
            ("Owen Fairley", 410, "Has anyone got the key to the plan chest? The bottom drawer's locked and I think the Mill Lane drawings are in there."),  # 30
            ("Rosa Lindqvist", 426, "Top drawer of my desk. Bring it back this time."),  # 31
            ("Owen Fairley", 437, "Ah. Sorry. I think that was me, last time."),  # 32
            ("Helen Ashby", 451, "Good. Thank you, all. Maya, Owen — good luck this afternoon."),  # 33
            ("Maya Brennan", 458, "Thanks."),  # 34
        ],
    },
    {
        "id": "d05",
        "title": "Ashgrove Primary — school board project meeting",
        "start": "2026-05-11T15:00:00Z",
        "lines": [
            ("Nkechi Adeyemi", 10, "Good afternoon. Thank you all for coming to the school. I'm afraid the head has been called into a safeguarding matter, so it is just me from our side today."),  # 0
            ("Helen Ashby", 20, "Not at all. Thank you for having us."),  # 1
            ("Nkechi Adeyemi", 38, "Before we begin — Maya, thank you for the agenda. It arrived in good time and I was able to share it with the board on Thursday."),  # 2
            ("Maya Brennan", 53, "Great, glad it was useful. Shall we start with the library?"),  # 3
            ("Nkechi Adeyemi", 63, "Please."),  # 4
            ("Maya Brennan", 87, "From the walk-round, the current library is really a corridor with shelves. The head's wish list has it as a proper room, with a reading corner and a small-group teaching space."),  # 5
            ("Nkechi Adeyemi", 101, "That is correct. The board is very keen on the reading corner. We have a donor who is interested in funding it, in fact."),  # 6
            ("Maya Brennan", 119, "That's brilliant. The library room data sheets we have are from feasibility, so they're out of date. I'll send you updated ones by Friday, reflecting the wish list."),  # 7
            ("Nkechi Adeyemi", 132, "Thank you. Secondly, planning. You mentioned a pre-application meeting."),  # 8
            ("Owen Fairley", 160, "Yes, so, um — I think it would probably be sensible? The site's on the edge of a conservation area, sort of, and the new block is, well, it's visible from the road. So the council might have views. Probably will."),  # 9
            ("Nkechi Adeyemi", 170, "And the board would need to approve the expense?"),  # 10
            ("Maya Brennan", 189, "It's a council fee, a few hundred pounds. Once you give us the nod, I'll book it straight away — this month, ideally."),  # 11
            ("Nkechi Adeyemi", 201, "You have the nod. The chair has delegated small expenditure to me."),  # 12
            ("Maya Brennan", 212, "Perfect."),  # 13
            ("Nkechi Adeyemi", 229, "Now. The governors met last Tuesday and several points were raised about the scheme. I'll circulate the minutes next week, once the clerk has finalised them."),  # 14
            ("Maya Brennan", 234, "That'd be really helpful."),  # 15
            ("Nkechi Adeyemi", 250, "One of the points was ecology. A governor asked whether we will need a bat survey, because of the old hall roof. Would someone be able to find out?"),  # 16
            ("Owen Fairley", 269, "I — yes, I can do that. I'll, um, speak to the ecologist we use and come back to you. By the next meeting, I'd hope. I think."),  # 17
            ("Nkechi Adeyemi", 278, "Thank you, Owen."),  # 18
            ("Nkechi Adeyemi", 291, "Will the new block need its own boiler, or can it run off the existing one?"),  # 19
            ("Maya Brennan", 313, "Almost certainly not off the existing one — it's from the nineteen-eighties. We'd be looking at a heat pump. That's one for the M&E engineer."),  # 20
            ("Nkechi Adeyemi", 322, "The board will ask about running costs."),  # 21
            ("Maya Brennan", 336, "Understood. Callum's been working up massing options for the block, actually — Callum, do you want to show them?"),  # 22
            ("Callum Reid", 357, "Yeah, so — if I can get this on the screen — there. Three options. Option B's the one we like. It keeps the big lime tree."),  # 23
            ("Nkechi Adeyemi", 369, "The children love that tree. The board would not forgive us."),  # 24
            ("Callum Reid", 377, "Exactly. That's why it's B."),  # 25
            ("Owen Fairley", 394, "I mean, it might be worth someone, perhaps, looking at the drainage at some point? Just a thought. Not necessarily now."),  # 26
            ("Maya Brennan", 400, "Let's note it for stage three."),  # 27
            ("Nkechi Adeyemi", 415, "The parents' consultation evening is on the third of June. The board would like display boards."),  # 28
            ("Maya Brennan", 430, "Callum, could you take the boards on?"),  # 29
            ("Callum Reid", 442, "Yeah, definitely. I'll have them mounted before the evening on the third — four A1s, something like that?"),  # 30
            ("Nkechi Adeyemi", 456, "Four would be ideal."),  # 31
            ("Helen Ashby", 481, "One point from me, Nkechi. You mentioned at the walk-round that the board might want to add the hall to the brief. Should the board wish to do so, I will prepare a fee variation for your consideration."),  # 32
            ("Nkechi Adeyemi", 495, "Thank you. That is noted. The board's intention, as you know, is to have a contractor on site during the summer holidays next year."),  # 33
            ("Maya Brennan", 508, "Which is tight, but doable."),  # 34
            ("Nkechi Adeyemi", 523, "I think that is everything. I shall let you get back to the studio."),  # 35
            ("Maya Brennan", 529, "Thanks, Nkechi. Really useful."),  # 36
            ("Owen Fairley", 540, "Thank you. Lovely school."),  # 37
        ],
    },
    {
        "id": "d06",
        "title": "Finance and admin check-in",
        "start": "2026-05-13T11:00:00Z",
        "lines": [
            ("Rosa Lindqvist", 6, "Right. Finance. I've got twenty minutes and then the bank, so let's be quick."),  # 0
            ("Helen Ashby", 19, "Go ahead."),  # 1
            ("Rosa Lindqvist", 32, "Fees first. Helen, your Wrenfield fee proposal went out on Friday and I've logged it against the project."),  # 2
            ("Helen Ashby", 44, "Yes. Gerald acknowledged it with one word. \"Received.\""),  # 3
            ("Dev Raman", 54, "From Gerald, that's practically a love letter."),  # 4
            ("Rosa Lindqvist", 69, "Speaking of Gerald. The March invoice is now forty-three days overdue."),  # 5
            ("Helen Ashby", 79, "He still hasn't paid?"),  # 6
            ("Rosa Lindqvist", 94, "Not a penny. I'll chase him today. Phone this time, not email."),  # 7
            ("Dev Raman", 108, "Good luck. Take a helmet."),  # 8
            ("Rosa Lindqvist", 117, "Dev. Timesheets. You're three weeks behind."),  # 9
            ("Dev Raman", 129, "Yeah, yeah, I know, I know. I'll do them tonight. Promise."),  # 10
            ("Rosa Lindqvist", 140, "You said that in April."),  # 11
            ("Dev Raman", 155, "And I meant it in April. Timesheets — honestly, my favourite hobby."),  # 12
            ("Maya Brennan", 178, "Ashgrove. The stage two report's nearly there. Once Nkechi signs it off, I'll raise the stage two invoice — I don't want to bill before they've accepted the report."),  # 13
            ("Rosa Lindqvist", 186, "That's fine. Just tell me when it goes."),  # 14
            ("Rosa Lindqvist", 202, "Insurance. The PI renewal quotes are in — there are three. They need reviewing before the broker call on the twenty-second."),  # 15
            ("Helen Ashby", 214, "I'll go through them before then. I'll block out an hour next week."),  # 16
            ("Rosa Lindqvist", 226, "Good. Other things. There's a new expenses form on the intranet, and I'd be grateful if people actually used it."),  # 17
            ("Dev Raman", 241, "Do we reimburse train tickets to site, or is that per project?"),  # 18
            ("Rosa Lindqvist", 259, "Per project, charged to the job. If it's Wrenfield, it goes on Wrenfield."),  # 19
            ("Helen Ashby", 272, "We ought to look at the pension provider at some point, too. The fees have gone up again."),  # 20
            ("Rosa Lindqvist", 282, "Not this year, Helen. It's not urgent."),  # 21
            ("Rosa Lindqvist", 291, "I paid the plotter service invoice on Monday, so the engineer's finally coming Thursday."),  # 22
            ("Dev Raman", 297, "Hallelujah."),  # 23
            ("Maya Brennan", 313, "Is the plotter the reason all my prints have a grey stripe down them?"),  # 24
            ("Rosa Lindqvist", 334, "Yes. And the plan is to move the plotter into the back office over the summer, so it stops deafening everyone."),  # 25
            ("Helen Ashby", 346, "That would be lovely."),  # 26
            ("Rosa Lindqvist", 363, "Holiday rota — please check your dates. Three people off the same week in August is not happening."),  # 27
            ("Dev Raman", 375, "Is one of those three me?"),  # 28
            ("Rosa Lindqvist", 384, "One of those three is you."),  # 29
            ("Helen Ashby", 391, "I'll leave that between the two of you."),  # 30
            ("Maya Brennan", 406, "On case studies — the Brook Street one came out in the magazine last week, did everyone see? It looks great."),  # 31
            ("Helen Ashby", 413, "I did. Very proud."),  # 32
            ("Rosa Lindqvist", 418, "Right, that's me. Bank."),  # 33
            ("Dev Raman", 432, "Go get 'em."),  # 34
        ],
    },
    {
        "id": "d07",
        "title": "Ferncliff studio weekly",
        "start": "2026-05-18T09:30:00Z",
        "lines": [
            ("Helen Ashby", 7, "Morning, all. Good weekends?"),  # 0
            ("Callum Reid", 14, "Went to a wedding. Still recovering."),  # 1
            ("Dev Raman", 24, "Whose?"),  # 2
            ("Callum Reid", 39, "My cousin's. There was a ceilidh. I don't want to talk about it."),  # 3
            ("Helen Ashby", 52, "Let's move swiftly on, then. Owen, the heritage statement — where did we get to?"),  # 4
            ("Owen Fairley", 77, "Ah. Um. It's — it's not quite there, I'm afraid. I've done the history section, but the significance part really needs those photos from Gerald, and nothing's come, so it's sort of stalled."),  # 5
            ("Helen Ashby", 81, "I see."),  # 6
            ("Owen Fairley", 96, "I'll finish it as soon as the photos arrive. Within a week of getting them, I'd say? That seems fair."),  # 7
            ("Helen Ashby", 104, "Thank you. Tomasz, the balustrade?"),  # 8
            ("Tomasz Wierzbicki", 125, "It is done. I revised it Wednesday, and Thursday I send it to Barry, he forwarded it to the fire officer."),  # 9
            ("Dev Raman", 141, "And the sample library looks amazing, by the way. Priya, you can actually find things in there now."),  # 10
            ("Priya Nair", 157, "Four bin bags and a fax machine. It was cathartic."),  # 11
            ("Rosa Lindqvist", 173, "The fax machine is in my office if anyone wants a souvenir."),  # 12
            ("Helen Ashby", 187, "Wrenfield this week. Client on Thursday."),  # 13
            ("Priya Nair", 212, "Yes, and Gerald's going to ask about lighting for the bar, I know he is. I've been talking to a lighting consultant — I'll have their fee quote before we see him on Thursday."),  # 14
            ("Dev Raman", 220, "Tenner says Gerald changes the bar layout again on Thursday."),  # 15
            ("Tomasz Wierzbicki", 228, "Please, no. I have drawn this bar four times."),  # 16
            ("Helen Ashby", 232, "Maya, Ashgrove."),  # 17
            ("Maya Brennan", 252, "The stage two report's drafted. Helen, could you look over it before it goes to the school?"),  # 18
            ("Helen Ashby", 261, "Certainly. Send it across and I'll read it tomorrow evening."),  # 19
            ("Maya Brennan", 272, "Thank you."),  # 20
            ("Helen Ashby", 287, "Dev, are we expecting Fiona's beam calcs this week?"),  # 21
            ("Dev Raman", 299, "Wednesday, yeah. She's still within her date, so — fingers crossed."),  # 22
            ("Helen Ashby", 316, "Good. Callum, the summer party. I gather you've been volunteered."),  # 23
            ("Callum Reid", 333, "Self-volunteered! So I've got three venues shortlisted, and the boathouse is the favourite. I'll get it booked by the end of May, before somebody else nabs the date."),  # 24
            ("Rosa Lindqvist", 341, "Budget's the same as last year. Not a penny more."),  # 25
            ("Callum Reid", 350, "Understood. Mostly."),  # 26
            ("Owen Fairley", 363, "If it's the boathouse, is there — I mean, would there be parking? Not that I — I just wondered."),  # 27
            ("Callum Reid", 377, "There's a car park, yeah."),  # 28
            ("Dev Raman", 388, "Bit of advice, Callum, from someone who organised it in twenty-three: don't let Rosa near the playlist."),  # 29
            ("Rosa Lindqvist", 397, "My playlist was excellent."),  # 30
            ("Helen Ashby", 411, "Let me just check whether there's anything else on my list. No. Good."),  # 31
            ("Priya Nair", 421, "Quick one — has someone borrowed my good scale rule? The yellow one?"),  # 32
            ("Tomasz Wierzbicki", 429, "Ah. It is on my desk. Sorry, sorry."),  # 33
            ("Helen Ashby", 443, "Thank you, everyone. Have a good week."),  # 34
        ],
    },
    {
        "id": "d08",
        "title": "Wrenfield — contractor coordination call",
        "start": "2026-05-21T10:00:00Z",
        "lines": [
            ("Barry Doyle", 10, "Morning. Before you start — Dev, that bar layout you emailed over last week, the lads had a look and they reckon the booths'll be fine with the floor void."),  # 0
            ("Dev Raman", 24, "Oh, good, that's a relief. Morning, all. Fiona, you with us?"),  # 1
            ("Fiona Marsh", 35, "Yes. I'll be brief, I've got a site meeting at eleven."),  # 2
            ("Dev Raman", 47, "So — the calcs. They were due yesterday, I think?"),  # 3
            ("Fiona Marsh", 67, "Yes. I'm afraid the package isn't issued. I can't finalise the padstone without knowing what the foundation looks like, and I don't want to guess."),  # 4
            ("Barry Doyle", 76, "So we need a trial pit."),  # 5
            ("Fiona Marsh", 94, "We need a trial pit. By the lounge wall, about a metre deep, on the inside face."),  # 6
            ("Barry Doyle", 109, "I can get that dug Tuesday. The lads are on the ground floor anyway."),  # 7
            ("Fiona Marsh", 119, "Then I'll issue the calcs within two days of seeing the pit."),  # 8
            ("Fiona Marsh", 129, "Barry, send me photos of it with a tape measure in them, please."),  # 9
            ("Barry Doyle", 137, "Tape measure, got it. Not my thumb this time."),  # 10
            ("Dev Raman", 155, "Cool. Barry, the asbestos survey on the basement — where are we with that?"),  # 11
            ("Barry Doyle", 170, "Surveyor's in next Wednesday. Nobody goes down there till he's been, I'll make sure of that."),  # 12
            ("Dev Raman", 182, "Perfect. Tomasz?"),  # 13
            ("Tomasz Wierzbicki", 195, "Yes. Barry, the reveal detail — you received it?"),  # 14
            ("Barry Doyle", 209, "Got it, yeah, Monday morning. The joiner's happy, he's already cutting."),  # 15
            ("Tomasz Wierzbicki", 232, "Good. Then also the window sample. It arrived to the office Tuesday. I have some comments. The glazing bar is too thick, and the putty line is not right."),  # 16
            ("Barry Doyle", 243, "Can you send me them written down? The window lot only listen if it's in writing."),  # 17
            ("Tomasz Wierzbicki", 255, "Yes. I mark it up and I send it today, after the call."),  # 18
            ("Barry Doyle", 263, "Ta."),  # 19
            ("Fiona Marsh", 284, "My colleague's checking the timber joists on the first floor this week, by the way, so you might see him on site. Tall chap, orange jacket."),  # 20
            ("Barry Doyle", 297, "Half my site's tall chaps in orange jackets, Fiona."),  # 21
            ("Fiona Marsh", 304, "Fair point. His name's Sam."),  # 22
            ("Barry Doyle", 324, "Scaffold. I'll get the scaffold extended round the— no, scrap that, the scaffolder's dealing with you direct now, Dev, isn't he?"),  # 23
            ("Dev Raman", 332, "Yeah, he rang me. We're meeting Friday."),  # 24
            ("Barry Doyle", 343, "Right, so that's off my plate. Lovely."),  # 25
            ("Dev Raman", 353, "How are the neighbours? Any more complaints about the noise?"),  # 26
            ("Barry Doyle", 365, "The lady at number twelve brought us a cake, believe it or not. Lemon drizzle."),  # 27
            ("Dev Raman", 373, "That's the opposite of a complaint."),  # 28
            ("Barry Doyle", 387, "I think it's a bribe. She wants us finished by her garden party."),  # 29
            ("Dev Raman", 401, "Okay. Let me stop sharing. Anything else from anyone?"),  # 30
            ("Barry Doyle", 415, "Just — the skip lorry took out a bollard yesterday. Not ours, the council's."),  # 31
            ("Dev Raman", 423, "Oh no."),  # 32
            ("Barry Doyle", 437, "It's fine. It's a bollard. Happens."),  # 33
            ("Fiona Marsh", 445, "On that note, I really do have to go. Thanks, all."),  # 34
            ("Barry Doyle", 451, "Cheers, Fiona."),  # 35
        ],
    },
    {
        "id": "d09",
        "title": "Wrenfield House — client meeting",
        "start": "2026-05-21T14:30:00Z",
        "lines": [
            ("Gerald Hartigan", 3, "Afternoon. I've brought biscuits, because I'm in a good mood, so don't ruin it."),  # 0
            ("Dev Raman", 11, "No promises."),  # 1
            ("Helen Ashby", 21, "Thank you for coming, Gerald. Owen's joining us today for the windows."),  # 2
            ("Owen Fairley", 33, "Hello. Hi."),  # 3
            ("Gerald Hartigan", 47, "Right. First — I got your second lot of tiles, Priya. Much better. The green one for the suites, that's the one."),  # 4
            ("Priya Nair", 65, "Oh, I'm so glad. The green's lovely in daylight. Wait till you see it in the actual room."),  # 5
            ("Gerald Hartigan", 83, "And the sandy one for the standard rooms. Decision made. Write it down."),  # 6
            ("Priya Nair", 94, "Written down."),  # 7
            ("Dev Raman", 116, "Reception. So, the desk move to the bay window — Barry's priced it. It's about eleven thousand, mostly the floor box and re-routing the data."),  # 8
            ("Gerald Hartigan", 123, "Eleven grand. For a desk."),  # 9
            ("Dev Raman", 139, "For a desk, a floor, and a lot of cables."),  # 10
            ("Gerald Hartigan", 153, "Oh, marvellous, let's spend eleven grand moving a desk six feet, why not, money grows on trees round here."),  # 11
            ("Helen Ashby", 165, "It is, of course, entirely your call."),  # 12
            ("Gerald Hartigan", 174, "Park it. Not today."),  # 13
            ("Dev Raman", 188, "Parked. So, the bar. You said on the phone you want a third booth."),  # 14
            ("Gerald Hartigan", 198, "I want a third booth. People love a booth."),  # 15
            ("Dev Raman", 213, "It's doable if we lose one of the high tables. I'll send you a revised bar layout with the extra booth by Monday."),  # 16
            ("Gerald Hartigan", 217, "Good."),  # 17
            ("Priya Nair", 233, "Lighting, while we're on the bar. I'm afraid the lighting consultant's quote hasn't come in yet — they've said Monday. I'm sorry, I'd hoped to have it for today."),  # 18
            ("Gerald Hartigan", 248, "Monday. Everyone's Monday is my Monday."),  # 19
            ("Priya Nair", 260, "I'll forward it to you the minute it lands."),  # 20
            ("Helen Ashby", 281, "Gerald, the spa. We do need a decision on whether it's in phase one — it changes the basement layout and the drainage."),  # 21
            ("Gerald Hartigan", 301, "I know, I know. Fine — I'll decide by the end of the month. I need to talk to the bank first."),  # 22
            ("Gerald Hartigan", 318, "If the bank says yes, the spa's in. Simple as that."),  # 23
            ("Helen Ashby", 326, "Understood."),  # 24
            ("Gerald Hartigan", 343, "And the photos. I know. I know what you're going to say."),  # 25
            ("Owen Fairley", 358, "I — well, I wasn't going to say anything. Exactly."),  # 26
            ("Gerald Hartigan", 379, "My sister's got the albums, and she's in Portugal till the end of the month. So no photos yet, sorry."),  # 27
            ("Owen Fairley", 398, "That's — okay. That does hold up the heritage statement, a little. Quite a lot, actually."),  # 28
            ("Gerald Hartigan", 413, "So when's the council actually getting this application for the windows?"),  # 29
            ("Owen Fairley", 429, "Um. I'd hope to — no. I will. I'll submit it by mid-June. All being well."),  # 30
            ("Gerald Hartigan", 437, "Mid-June. I'm writing that on my hand."),  # 31
            ("Gerald Hartigan", 452, "I'm planning to open in October, come hell or high water. I've already told the wedding people."),  # 32
            ("Helen Ashby", 468, "October is achievable, if the decisions keep coming."),  # 33
            ("Gerald Hartigan", 478, "That's a dig."),  # 34
            ("Helen Ashby", 488, "A gentle one."),  # 35
            ("Gerald Hartigan", 500, "Right, I've got the brewery again. I swear they live here. Lovely to see you all."),  # 36
            ("Priya Nair", 514, "Bye, Gerald. Enjoy the biscuits — oh, they're your biscuits."),  # 37
            ("Gerald Hartigan", 521, "Keep them. I'll invoice you."),  # 38
        ],
    },
    {
        "id": "d10",
        "title": "Ferncliff studio weekly (moved to Tuesday)",
        "start": "2026-05-26T09:30:00Z",
        "lines": [
            ("Helen Ashby", 12, "Morning. Thank you for bearing with the move to Tuesday."),  # 0
            ("Dev Raman", 24, "Did everyone have a good long weekend? I painted a fence. All of it. Both sides."),  # 1
            ("Rosa Lindqvist", 40, "That's the most productive thing you've done all month."),  # 2
            ("Dev Raman", 47, "Rude. Accurate, but rude."),  # 3
            ("Maya Brennan", 63, "Helen, thank you for the comments on the stage two report, they were really helpful — especially on the cost section."),  # 4
            ("Helen Ashby", 74, "You're welcome. It's a strong report."),  # 5
            ("Maya Brennan", 83, "It went to Nkechi on Friday."),  # 6
            ("Helen Ashby", 102, "Good. Callum — the Mill Lane case study. It's due this week. How's it looking?"),  # 7
            ("Callum Reid", 119, "Honestly? It's going to be late. I've been full-time on Ashgrove and I haven't touched it in a fortnight. Sorry."),  # 8
            ("Helen Ashby", 135, "That's understandable. Let's not worry about it this month."),  # 9
            ("Maya Brennan", 153, "Ashgrove — Callum and I need to measure the library properly, the existing drawings are nonsense. I'll set up a visit with the school for this Friday, Callum, if you're free?"),  # 10
            ("Callum Reid", 158, "Friday's good."),  # 11
            ("Tomasz Wierzbicki", 175, "For Wrenfield — the bar joinery. I will prepare the drawings for tender until the fifth of June."),  # 12
            ("Dev Raman", 182, "\"Until\" the fifth."),  # 13
            ("Tomasz Wierzbicki", 195, "By. By the fifth. My English teacher would be very sad."),  # 14
            ("Priya Nair", 219, "Can I offer something? I've seen three new fabric suppliers this month and some of it is really exciting — performance velvets, recycled wools. I can do a lunch-and-learn on them, maybe the second week of June?"),  # 15
            ("Helen Ashby", 230, "Please do. Book the big table."),  # 16
            ("Owen Fairley", 241, "Would there be — is there food at those? I'm only asking."),  # 17
            ("Priya Nair", 250, "There's always food, Owen."),  # 18
            ("Helen Ashby", 262, "The plotter's out of the wide roll again. I had to print the Ashgrove boards at A3 and tile them together."),  # 19
            ("Callum Reid", 279, "Leave it with me. I'll order a couple of rolls today."),  # 20
            ("Rosa Lindqvist", 290, "Use the account, Callum, not your own card. You're still waiting on that expenses claim from March."),  # 21
            ("Callum Reid", 304, "Am I? Oh. I am."),  # 22
            ("Dev Raman", 314, "Honestly, if we had a proper stores cupboard none of this would happen."),  # 23
            ("Rosa Lindqvist", 328, "We have a proper stores cupboard. You keep your bike in it."),  # 24
            ("Helen Ashby", 335, "Owen, anything on the windows?"),  # 25
            ("Owen Fairley", 349, "Nothing new, really. I'm still going to get the application in by mid-June — that's still the, um, the aim."),  # 26
            ("Helen Ashby", 357, "Good. Dev, anything from site?"),  # 27
            ("Dev Raman", 379, "Barry's got the trial pit going this morning, so Fiona should have what she needs by the end of the week. Hopefully."),  # 28
            ("Helen Ashby", 391, "Fingers crossed. Anything else?"),  # 29
            ("Dev Raman", 409, "Who's got the Wrenfield site keys? I need to go back Thursday."),  # 30
            ("Tomasz Wierzbicki", 417, "They are on the hook by the door."),  # 31
            ("Dev Raman", 422, "Cheers."),  # 32
            ("Maya Brennan", 435, "I'd just say — if the school asks for the hall as well, we genuinely don't have the people."),  # 33
            ("Helen Ashby", 448, "Noted. Thank you, everyone. Let's get on."),  # 34
        ],
    },
    {
        "id": "d11",
        "title": "Ashgrove Primary — school board project meeting",
        "start": "2026-05-28T15:00:00Z",
        "lines": [
            ("Nkechi Adeyemi", 13, "Good afternoon. The head sends her apologies again; it is sports week."),  # 0
            ("Maya Brennan", 23, "No problem at all. How's sports week going?"),  # 1
            ("Nkechi Adeyemi", 36, "Loud."),  # 2
            ("Nkechi Adeyemi", 54, "First, thank you for the library room data sheets, Maya. The head has marked a few things in red, but she was very pleased."),  # 3
            ("Maya Brennan", 66, "Great — send us the mark-ups whenever."),  # 4
            ("Nkechi Adeyemi", 89, "I'm afraid I still owe you the governors' minutes. The clerk has been off sick, and I don't feel able to circulate a draft without her."),  # 5
            ("Maya Brennan", 96, "Totally understood."),  # 6
            ("Nkechi Adeyemi", 111, "I will send them as soon as she is back."),  # 7
            ("Maya Brennan", 124, "Planning. The pre-app's booked — the seventeenth of June, ten o'clock, at the civic centre."),  # 8
            ("Nkechi Adeyemi", 133, "Excellent. Should I attend?"),  # 9
            ("Maya Brennan", 148, "It'd be really useful if you could. Officers like to see the client in the room."),  # 10
            ("Nkechi Adeyemi", 157, "Then I shall be there."),  # 11
            ("Owen Fairley", 182, "And the bat question. So, I spoke to the ecologist, and — um — yes, we do need a survey, I'm afraid. Because of the hall roof. It's the season for it now, so she could do it mid-June."),  # 12
            ("Nkechi Adeyemi", 198, "Then we must. What does the board need to do?"),  # 13
            ("Owen Fairley", 216, "Nothing, really. I'll instruct her this week, if that's alright with everyone? I think that's right."),  # 14
            ("Nkechi Adeyemi", 228, "Yes, please do."),  # 15
            ("Nkechi Adeyemi", 245, "There is a bat box on the old hall already, you know. The Year Fives put it up."),  # 16
            ("Callum Reid", 257, "That's adorable."),  # 17
            ("Nkechi Adeyemi", 271, "Whether it has any bats in it is another question."),  # 18
            ("Nkechi Adeyemi", 286, "Will the building work be finished before the September term? The parents keep asking me."),  # 19
            ("Maya Brennan", 302, "Not this September — next September at the earliest. The parents' evening is a good chance to be clear about that."),  # 20
            ("Nkechi Adeyemi", 318, "Speaking of which. Are the display boards for the parents' evening in hand?"),  # 21
            ("Callum Reid", 335, "Yep, all in hand. They'll be printed next week and I'll have them mounted before the third."),  # 22
            ("Nkechi Adeyemi", 349, "Thank you, Callum."),  # 23
            ("Nkechi Adeyemi", 364, "The asbestos register. You asked for it and I have found it — it was in the caretaker's office, naturally. I'll send it to you by Monday."),  # 24
            ("Maya Brennan", 373, "That's great, thanks."),  # 25
            ("Maya Brennan", 385, "Callum, the tree survey's back. Can you get the root protection zones onto the site plan?"),  # 26
            ("Callum Reid", 399, "Yep — by next Thursday?"),  # 27
            ("Maya Brennan", 410, "Perfect."),  # 28
            ("Nkechi Adeyemi", 432, "Now, the governors. Would you be willing to present the scheme to the full governing body? It is the evening of the twenty-fourth of June."),  # 29
            ("Maya Brennan", 451, "Happy to. I'll bring the boards and a short slide deck — fifteen minutes or so?"),  # 30
            ("Nkechi Adeyemi", 464, "Fifteen minutes would be perfect. They lose concentration after twenty."),  # 31
            ("Owen Fairley", 475, "Like most of us."),  # 32
            ("Nkechi Adeyemi", 496, "The hall is not in the brief yet, by the way. The board will discuss it in July, so please do not spend any time on it."),  # 33
            ("Maya Brennan", 509, "Noted."),  # 34
            ("Callum Reid", 521, "Is it okay if I come early on the third to set up? The hall's usually got PE in it, right?"),  # 35
            ("Nkechi Adeyemi", 530, "PE finishes at three. After that it is yours."),  # 36
            ("Nkechi Adeyemi", 548, "I think that is everything. Thank you all. I look forward to seeing the boards."),  # 37
            ("Maya Brennan", 554, "See you then."),  # 38
        ],
    },
    {
        "id": "d12",
        "title": "Finance and admin check-in",
        "start": "2026-05-29T11:00:00Z",
        "lines": [
            ("Rosa Lindqvist", 10, "Morning. Good news first, because there isn't much. Gerald paid. Finally. I rang him three times, but it's in."),  # 0
            ("Helen Ashby", 20, "Well done, Rosa. Truly."),  # 1
            ("Dev Raman", 34, "Was he rude?"),  # 2
            ("Rosa Lindqvist", 47, "He called me \"relentless\". I'm choosing to take it as a compliment."),  # 3
            ("Rosa Lindqvist", 59, "Revit — the renewal quote's come through, and it's gone up eight per cent, so that's lovely."),  # 4
            ("Helen Ashby", 68, "Of course it has."),  # 5
            ("Rosa Lindqvist", 84, "Less good news. Dev. Timesheets. You did one week. There are still two missing."),  # 6
            ("Dev Raman", 93, "I did one week! That's progress!"),  # 7
            ("Rosa Lindqvist", 106, "It's a third of progress."),  # 8
            ("Dev Raman", 124, "I'll do the other two this afternoon. Genuinely. I've blocked out the time."),  # 9
            ("Dev Raman", 136, "Actually — can the note-taking thing just mark all my timesheets as done? Saves everyone the bother."),  # 10
            ("Rosa Lindqvist", 142, "No."),  # 11
            ("Helen Ashby", 161, "Insurance, briefly. I went through the three quotes with the broker last Friday. We're staying with the current insurer — the excess goes up slightly, but the cover's better."),  # 12
            ("Rosa Lindqvist", 167, "Good. That's a relief."),  # 13
            ("Rosa Lindqvist", 181, "And Maya — the Ashgrove stage two invoice went out on Wednesday. Thanks for the nudge."),  # 14
            ("Maya Brennan", 191, "Nkechi signed the report off on Tuesday, so it felt right."),  # 15
            ("Rosa Lindqvist", 202, "Stage three. Maya, I need a fee breakdown for Ashgrove stage three so I can set up the budget."),  # 16
            ("Maya Brennan", 210, "Sure — you'll have it by Wednesday."),  # 17
            ("Rosa Lindqvist", 229, "New starter. Our Part 1 student starts on the fifteenth. I'll have her laptop set up before she arrives — it's on order."),  # 18
            ("Helen Ashby", 244, "Wonderful. Who's she sitting with?"),  # 19
            ("Maya Brennan", 260, "Near me, I hope, if she's on Ashgrove."),  # 20
            ("Rosa Lindqvist", 277, "Helen, the updated expenses policy needs your sign-off. Could you read it?"),  # 21
            ("Helen Ashby", 292, "Yes — I'll read it over the weekend."),  # 22
            ("Dev Raman", 308, "Rosa's been on the phone to the bank all week about the overdraft, by the way, so be nice to her."),  # 23
            ("Rosa Lindqvist", 314, "Thank you, Dev. Not necessary."),  # 24
            ("Dev Raman", 331, "Shall I frame my timesheets when they're done? Hang them in the kitchen?"),  # 25
            ("Rosa Lindqvist", 338, "Please don't."),  # 26
            ("Helen Ashby", 350, "We really should get a proper finance system rather than three spreadsheets held together with hope."),  # 27
            ("Rosa Lindqvist", 356, "We should. Next year."),  # 28
            ("Maya Brennan", 368, "Is the studio paying for the Part 1's travel card, or is she?"),  # 29
            ("Rosa Lindqvist", 375, "She is. It's standard. It's in the offer letter."),  # 30
            ("Rosa Lindqvist", 393, "There's a copy of every offer letter in the HR folder, before anyone asks — and no, you're not allowed to look."),  # 31
            ("Dev Raman", 400, "I wasn't going to look."),  # 32
            ("Rosa Lindqvist", 407, "You were absolutely going to look."),  # 33
            ("Helen Ashby", 418, "Right. Thank you, Rosa. Have a good weekend, everyone."),  # 34
        ],
    },
    {
        "id": "d13",
        "title": "Ferncliff studio weekly",
        "start": "2026-06-01T09:30:00Z",
        "lines": [
            ("Helen Ashby", 3, "Good morning. June already."),  # 0
            ("Dev Raman", 11, "Don't."),  # 1
            ("Callum Reid", 29, "Summer party's booked! The boathouse, tenth of July, from six. Rosa's paid the deposit."),  # 2
            ("Rosa Lindqvist", 35, "Reluctantly."),  # 3
            ("Priya Nair", 41, "Yay!"),  # 4
            ("Callum Reid", 60, "And Maya and I measured the Ashgrove library on Friday. It's forty centimetres wider than the old drawings, which explains a lot."),  # 5
            ("Rosa Lindqvist", 74, "Callum, the plotter rolls — don't order them after all. We're changing paper supplier next month, so that's parked for now."),  # 6
            ("Callum Reid", 81, "Fine by me. Less to carry."),  # 7
            ("Maya Brennan", 98, "And Nkechi's asbestos register is due today. I'll believe it when I see it."),  # 8
            ("Helen Ashby", 108, "Good. Wrenfield — Dev."),  # 9
            ("Dev Raman", 124, "Yeah, so, contractor call this afternoon. Main thing is the chimney. The scaffold's sorted, by the way — Barry told me Friday — so that shouldn't hold anything up."),  # 10
            ("Tomasz Wierzbicki", 142, "The bar joinery, I am on it. On Friday it goes out, like I said."),  # 11
            ("Helen Ashby", 154, "Thank you, Tomasz. Now, the award. Mill Lane — the deadline for submissions is the nineteenth."),  # 12
            ("Dev Raman", 169, "We should enter. It's the best thing we've done."),  # 13
            ("Helen Ashby", 186, "I agree. I'll write the submission myself, before the deadline. Callum, could I borrow some of your photographs?"),  # 14
            ("Callum Reid", 196, "Course. They're in the Mill Lane folder — Photos, then Final."),  # 15
            ("Dev Raman", 215, "The Wrenfield stage four drawing list is a mess, it's still got stage two stuff on it. We'll get it updated — well, I will, Callum's swamped. By Friday."),  # 16
            ("Callum Reid", 223, "Bless you."),  # 17
            ("Owen Fairley", 246, "The Mill Lane planning conditions — someone ought to look at them, the landscaping one's due to be discharged. I suppose I could, perhaps. Yes. I'll do it. By Wednesday."),  # 18
            ("Helen Ashby", 259, "Thank you, Owen."),  # 19
            ("Priya Nair", 270, "Fabric lunch is going to be Thursday the eleventh — I'll bring all the samples."),  # 20
            ("Helen Ashby", 280, "Perfect."),  # 21
            ("Rosa Lindqvist", 292, "Reminder, there's a fire drill on Wednesday at eleven. Please don't all go to the café."),  # 22
            ("Dev Raman", 300, "Where's the assembly point again?"),  # 23
            ("Rosa Lindqvist", 312, "The car park, Dev. As it has been for six years."),  # 24
            ("Callum Reid", 329, "If the weather holds for the party we could do the boat race again."),  # 25
            ("Tomasz Wierzbicki", 341, "Not again. I fell in."),  # 26
            ("Priya Nair", 355, "You did fall in quite dramatically."),  # 27
            ("Tomasz Wierzbicki", 366, "The water was very cold. I do not recommend."),  # 28
            ("Helen Ashby", 381, "Right, let me wrap up — I've got a call at ten."),  # 29
            ("Maya Brennan", 390, "Thanks, all."),  # 30
        ],
    },
    {
        "id": "d14",
        "title": "Wrenfield — contractor coordination call",
        "start": "2026-06-01T14:00:00Z",
        "lines": [
            ("Barry Doyle", 5, "Afternoon. Before anything — the basement. Asbestos survey came back clean. The lagging's just old mineral wool, so the lads are cracking on down there."),  # 0
            ("Dev Raman", 16, "Brilliant. One less headache."),  # 1
            ("Fiona Marsh", 29, "The trial pit was very helpful, Barry, thank you. The footing's deeper than I'd feared, which is actually good news for us."),  # 2
            ("Barry Doyle", 44, "Lads loved it. Honestly, give them a hole to dig and they're happy."),  # 3
            ("Fiona Marsh", 53, "Given that, I'll issue the calc package by Friday. I know it's overdue."),  # 4
            ("Dev Raman", 61, "Friday's great."),  # 5
            ("Tomasz Wierzbicki", 70, "Barry, the window people — they answered something about my comments, the glazing bar?"),  # 6
            ("Barry Doyle", 90, "Yeah, I passed your mark-ups on the same day you sent them. They're sulking — they say it's a standard section. I've told them it's not standard for us."),  # 7
            ("Dev Raman", 101, "Chimney. Fiona, you wanted to see the chimney breast before anything comes out."),  # 8
            ("Fiona Marsh", 110, "I do. Exposed, ideally, and from the scaffold side as well."),  # 9
            ("Barry Doyle", 127, "Right, so that's the thing. The scaffold doesn't go high enough on that side. I'll get it adapted for the chimney by the end of next week."),  # 10
            ("Fiona Marsh", 139, "If it's up by then, I'll come out and look at the chimney breast the week after."),  # 11
            ("Barry Doyle", 159, "Ironmongery. Dev, the door supplier's got an eight-week lead time now. Can you confirm the schedule by Wednesday?"),  # 12
            ("Dev Raman", 165, "Yep, will do. Wednesday latest."),  # 13
            ("Tomasz Wierzbicki", 184, "Also the staircase handrail. The fire officer has new comments — the end of the handrail, he wants it returned to the wall. I will revise it this week."),  # 14
            ("Barry Doyle", 193, "Didn't he sign off the balustrade already?"),  # 15
            ("Tomasz Wierzbicki", 208, "The balustrade, yes. The handrail is different thing."),  # 16
            ("Barry Doyle", 214, "Fire officers. Can't live with them."),  # 17
            ("Dev Raman", 227, "Barry, how's the programme looking overall?"),  # 18
            ("Barry Doyle", 246, "Honestly? About a week behind still, maybe ten days. Should claw some of it back on first fix."),  # 19
            ("Dev Raman", 252, "Okay."),  # 20
            ("Barry Doyle", 266, "Bet you Gerald asks about October again on Thursday."),  # 21
            ("Dev Raman", 278, "He will. He always does."),  # 22
            ("Fiona Marsh", 297, "I had a look at the joists, by the way — or rather, Sam did. They're fine, except two by the bathroom, which will need sistering."),  # 23
            ("Barry Doyle", 307, "I'll tell you what, Fiona, you're full of good news today."),  # 24
            ("Fiona Marsh", 321, "Don't get used to it."),  # 25
            ("Fiona Marsh", 341, "Barry, could you get me some photos of those two joists by the bathroom? From underneath, if you can."),  # 26
            ("Barry Doyle", 352, "Yeah, I'll get the lads to take some tomorrow first thing."),  # 27
            ("Fiona Marsh", 359, "Thank you. With a tape measure, please."),  # 28
            ("Barry Doyle", 374, "With a tape measure. I know the drill by now."),  # 29
            ("Dev Raman", 391, "Okay, anything else? No? Good. I'm going to stop sharing now."),  # 30
            ("Barry Doyle", 400, "Cheers, all."),  # 31
            ("Fiona Marsh", 408, "Bye."),  # 32
        ],
    },
    {
        "id": "d15",
        "title": "Wrenfield House — client meeting",
        "start": "2026-06-04T14:00:00Z",
        "lines": [
            ("Gerald Hartigan", 13, "Afternoon. It's bucketing down out there, so forgive the state of me."),  # 0
            ("Helen Ashby", 25, "Come in, come in. Tea?"),  # 1
            ("Gerald Hartigan", 40, "Coffee. Black. Like my soul."),  # 2
            ("Dev Raman", 44, "Coming up."),  # 3
            ("Gerald Hartigan", 59, "First, the bar layout. I got the new one with the third booth, Dev, thank you. It's right. It's finally right."),  # 4
            ("Dev Raman", 69, "Oh, thank god. Sorry — thank you."),  # 5
            ("Gerald Hartigan", 86, "I'm signing it off. Right now. Where do I sign?"),  # 6
            ("Dev Raman", 105, "If you sign it off today, I'll get it to the joiner for pricing tomorrow."),  # 7
            ("Gerald Hartigan", 114, "Signed. There. Done."),  # 8
            ("Helen Ashby", 129, "The spa, Gerald. We talked about the end of May."),  # 9
            ("Gerald Hartigan", 145, "I know we did. I haven't decided. The bank's dragging its feet — they want another set of projections."),  # 10
            ("Helen Ashby", 155, "We understand. It does start to hold up the basement design, though."),  # 11
            ("Gerald Hartigan", 167, "I'll give you an answer on the spa by the fifteenth. Scout's honour."),  # 12
            ("Dev Raman", 177, "Were you a scout?"),  # 13
            ("Gerald Hartigan", 183, "For about a week."),  # 14
            ("Priya Nair", 199, "Bedrooms, then. I wanted to show you headboards today, but I'm still waiting on two of the samples, so — I'll send you three options by next Thursday instead."),  # 15
            ("Gerald Hartigan", 213, "Three. Not eleven. Three."),  # 16
            ("Priya Nair", 222, "Three. Promise."),  # 17
            ("Gerald Hartigan", 241, "And put in your minutes that the photos are sorted, would you, so I stop getting nagged about them."),  # 18
            ("Helen Ashby", 254, "The notes say what they say, Gerald."),  # 19
            ("Gerald Hartigan", 264, "Worth a try."),  # 20
            ("Helen Ashby", 284, "One thing I'd like to offer. It might help to walk round the site with Barry, so you can see the progress and the chimney question for yourself. I'll arrange a walk-round before the end of June."),  # 21
            ("Gerald Hartigan", 295, "That'd be good. I haven't been in since they started. I'm scared to."),  # 22
            ("Dev Raman", 301, "It looks worse before it looks better."),  # 23
            ("Gerald Hartigan", 314, "That's what my dentist says."),  # 24
            ("Gerald Hartigan", 333, "Lighting. Are we still having the fancy lighting bloke, or have I cancelled him? I genuinely can't remember."),  # 25
            ("Priya Nair", 349, "Still on, for now. He's expensive, but he's very good."),  # 26
            ("Gerald Hartigan", 363, "Everyone's expensive. You're expensive."),  # 27
            ("Helen Ashby", 371, "We prefer \"good value\"."),  # 28
            ("Gerald Hartigan", 379, "I'll bet the tiles alone cost more than my first car."),  # 29
            ("Priya Nair", 387, "They didn't. Probably."),  # 30
            ("Gerald Hartigan", 397, "I'm thinking of a soft launch for locals in September, before the proper opening."),  # 31
            ("Dev Raman", 407, "That's a nice idea."),  # 32
            ("Helen Ashby", 424, "If you did, we could potentially photograph it for our website."),  # 33
            ("Gerald Hartigan", 432, "If you pay for the canapés."),  # 34
            ("Gerald Hartigan", 442, "Right. Lovely. I'll see myself out."),  # 35
            ("Priya Nair", 451, "Take an umbrella — there's a spare one by the door."),  # 36
        ],
    },
    {
        "id": "d16",
        "title": "Ferncliff studio weekly",
        "start": "2026-06-08T09:30:00Z",
        "lines": [
            ("Helen Ashby", 11, "Good morning, everyone. A welcome first — no, sorry, our new starter is next Monday, not today. I've got ahead of myself."),  # 0
            ("Rosa Lindqvist", 28, "Her laptop's arrived, at least. It's in the box on my desk."),  # 1
            ("Helen Ashby", 35, "Tomasz, the bar joinery. Friday was the date."),  # 2
            ("Tomasz Wierzbicki", 52, "Yes. I am sorry, it is not finished. Gerald changed the back bar again on Thursday, the bottle shelves, so I must redraw two sheets. I think Wednesday now."),  # 3
            ("Dev Raman", 62, "Told you he'd change it. I want my tenner."),  # 4
            ("Helen Ashby", 77, "Nobody took the bet, Dev."),  # 5
            ("Dev Raman", 94, "Morally, I want my tenner. The bar layout — sent it to the joiner on Friday for pricing, so that's moving at least."),  # 6
            ("Helen Ashby", 109, "Good. And the drawing list?"),  # 7
            ("Dev Raman", 120, "Ah. The drawing list I deprioritised, honestly — the joiner stuff took over. It'll be next week."),  # 8
            ("Helen Ashby", 126, "Owen, the Mill Lane conditions?"),  # 9
            ("Owen Fairley", 142, "Ah — I had a bit of a look, sort of, at some of them. The landscaping one probably needs a planting plan, which I think we have? Somewhere?"),  # 10
            ("Helen Ashby", 158, "There's a planting plan in the Mill Lane folder, yes. Stage four."),  # 11
            ("Callum Reid", 176, "The Mill Lane case study — I know, I know. I've got a quieter patch now, so I'll get it done by the end of June. Properly this time."),  # 12
            ("Helen Ashby", 184, "Thank you, Callum."),  # 13
            ("Priya Nair", 201, "Mock-up room. Barry's ready for the fabrics, so I'll order them this week — the curtains, the headboard fabric, the cushions."),  # 14
            ("Helen Ashby", 214, "Maya — a favour. Our new Part 1. Would you mentor her for her first month?"),  # 15
            ("Maya Brennan", 225, "Of course. I'd be glad to."),  # 16
            ("Rosa Lindqvist", 240, "Fire warden training. We're legally supposed to have two trained wardens, and we currently have one, and he's Dev."),  # 17
            ("Dev Raman", 252, "I take that very seriously."),  # 18
            ("Rosa Lindqvist", 272, "I'll organise training for two more people before the end of the month. Volunteers to me, please."),  # 19
            ("Owen Fairley", 287, "I might, possibly, volunteer? If nobody else does. Don't count on me, though."),  # 20
            ("Priya Nair", 294, "Fabric lunch is on Thursday, everyone. Come hungry."),  # 21
            ("Dev Raman", 306, "If there's any of that green velvet going spare, I'm having it for my sofa."),  # 22
            ("Rosa Lindqvist", 321, "The autumn CPD programme's going on the noticeboard later — have a look."),  # 23
            ("Helen Ashby", 333, "Any other business?"),  # 24
            ("Callum Reid", 340, "Has anyone seen the big stapler?"),  # 25
            ("Rosa Lindqvist", 354, "Stores cupboard. Behind the bike."),  # 26
            ("Dev Raman", 367, "Everything's behind the bike."),  # 27
            ("Tomasz Wierzbicki", 377, "The bike is very useful shelf."),  # 28
            ("Helen Ashby", 390, "Thank you, all."),  # 29
        ],
    },
    {
        "id": "d17",
        "title": "Ashgrove Primary — school board project meeting",
        "start": "2026-06-11T15:00:00Z",
        "lines": [
            ("Nkechi Adeyemi", 14, "Good afternoon. Before anything else — the parents' evening was a great success. The display boards Callum prepared were very well received. Several parents photographed them."),  # 0
            ("Callum Reid", 24, "Oh, that's lovely to hear."),  # 1
            ("Maya Brennan", 32, "They were great, Callum."),  # 2
            ("Maya Brennan", 47, "Tree root zones — Callum, are they on the site plan now?"),  # 3
            ("Callum Reid", 61, "Not yet, honestly — I haven't got to it. It'll be next week. Sorry."),  # 4
            ("Nkechi Adeyemi", 72, "Has the tree survey been reflected in the design? The lime tree in particular."),  # 5
            ("Maya Brennan", 84, "The design avoids the lime tree completely. It's only the drawing that's behind."),  # 6
            ("Owen Fairley", 97, "And the ecologist was out at the school — I think, last week? Or she's going out. I'd need to check, actually."),  # 7
            ("Nkechi Adeyemi", 112, "I didn't see anyone, but I am not always here."),  # 8
            ("Maya Brennan", 134, "Stage three. The drawings are coming together. I'll issue the stage three set to the QS by the nineteenth, so we've got a cost plan before the governors ask."),  # 9
            ("Nkechi Adeyemi", 144, "The governors will certainly ask about cost."),  # 10
            ("Maya Brennan", 157, "The library layout is pretty much fixed now as well."),  # 11
            ("Nkechi Adeyemi", 178, "The summer works window, for the enabling works — the temporary classroom moves. I need to confirm it with the head. I shall do so by next Friday."),  # 12
            ("Maya Brennan", 193, "Brilliant. Callum, can you do a fire evacuation overlay for the temporary arrangement?"),  # 13
            ("Callum Reid", 203, "Sure, by Tuesday."),  # 14
            ("Helen Ashby", 221, "Nkechi, on the hall — I understand the board discusses it in July?"),  # 15
            ("Nkechi Adeyemi", 234, "Yes, on the ninth of July. I will let you know the outcome the following day."),  # 16
            ("Helen Ashby", 242, "Thank you."),  # 17
            ("Nkechi Adeyemi", 255, "Is the pre-app still on the seventeenth? I have it in my diary."),  # 18
            ("Maya Brennan", 269, "Yes — ten o'clock, civic centre."),  # 19
            ("Nkechi Adeyemi", 278, "There is a small car park at the back, I believe."),  # 20
            ("Owen Fairley", 285, "There is, yes. It's tiny. I'd get there early."),  # 21
            ("Nkechi Adeyemi", 301, "A question for the board's benefit: if the cost plan comes in above budget, what happens?"),  # 22
            ("Maya Brennan", 314, "Then we'd look at value engineering options with you — materials, mostly, not space."),  # 23
            ("Nkechi Adeyemi", 329, "Good. The children need the space."),  # 24
            ("Callum Reid", 343, "Could the Year Sixes come and see the site model at some point? They'd love it."),  # 25
            ("Nkechi Adeyemi", 352, "What a lovely idea. Possibly after their tests."),  # 26
            ("Helen Ashby", 372, "The school does get a very good light in the afternoons, doesn't it? I hadn't noticed before."),  # 27
            ("Nkechi Adeyemi", 388, "It is the best room in the building, this one. Which is why the governors use it."),  # 28
            ("Nkechi Adeyemi", 397, "Thank you, all. I must go and supervise a rounders match."),  # 29
            ("Maya Brennan", 403, "Good luck!"),  # 30
        ],
    },
    {
        "id": "d18",
        "title": "Finance and admin check-in",
        "start": "2026-06-12T11:00:00Z",
        "lines": [
            ("Rosa Lindqvist", 12, "Morning. I'll be quick, it's Friday."),  # 0
            ("Rosa Lindqvist", 24, "Maya. The stage three breakdown. I still don't have it, and it was due Wednesday last week."),  # 1
            ("Maya Brennan", 40, "I know, I'm sorry — the QS changed the cost headings on us. I'll get it to you Monday, properly this time."),  # 2
            ("Dev Raman", 53, "Just tell the system Maya's breakdown is done, Rosa. She's good for it."),  # 3
            ("Rosa Lindqvist", 62, "I'm not telling the system anything."),  # 4
            ("Helen Ashby", 78, "Expenses. Dev, you've got — what is it — four site trips unclaimed?"),  # 5
            ("Dev Raman", 85, "Five. I'll put them in on Monday."),  # 6
            ("Rosa Lindqvist", 94, "With receipts."),  # 7
            ("Dev Raman", 99, "With... most receipts."),  # 8
            ("Rosa Lindqvist", 122, "The school's stage two payment isn't in yet. It's only been a fortnight, so no panic — I'll give them till the end of the month before I chase."),  # 9
            ("Helen Ashby", 135, "Sensible."),  # 10
            ("Rosa Lindqvist", 143, "Helen. The expenses policy."),  # 11
            ("Helen Ashby", 154, "Ah. Yes. I haven't read it, Rosa, I'm sorry. It's been a fortnight."),  # 12
            ("Rosa Lindqvist", 160, "It's four pages."),  # 13
            ("Helen Ashby", 170, "I know. I'll do it today, before I go."),  # 14
            ("Rosa Lindqvist", 189, "Insurance documents are all signed and back with the broker, by the way, so we're covered from the first."),  # 15
            ("Dev Raman", 200, "There's a leaflet from the insurer in the kitchen about cyber security, if anyone's bored."),  # 16
            ("Maya Brennan", 208, "Is that the one with the cartoon hacker?"),  # 17
            ("Dev Raman", 218, "The very same."),  # 18
            ("Rosa Lindqvist", 232, "The phones switch to the new provider in August, so expect a day of chaos."),  # 19
            ("Helen Ashby", 248, "If it's only one day, I'll be amazed."),  # 20
            ("Maya Brennan", 266, "Holiday rota — I'm off the last two weeks of August. Is that clear?"),  # 21
            ("Rosa Lindqvist", 275, "It's clear. You're the only one who asked properly."),  # 22
            ("Dev Raman", 280, "Rude."),  # 23
            ("Rosa Lindqvist", 290, "Timesheets for everyone by five today, please. That includes you, Dev."),  # 24
            ("Dev Raman", 298, "Why do you always look at me when you say that?"),  # 25
            ("Maya Brennan", 309, "Has the Part 1 got a desk yet, or is she hot-desking?"),  # 26
            ("Rosa Lindqvist", 319, "Desk. Next to you. I moved the plants."),  # 27
            ("Maya Brennan", 328, "Not the big fern."),  # 28
            ("Rosa Lindqvist", 337, "The big fern is fine. It's by the window now. It's happier."),  # 29
            ("Helen Ashby", 352, "Good. Have a lovely weekend, all."),  # 30
            ("Dev Raman", 361, "You too."),  # 31
        ],
    },
    {
        "id": "d19",
        "title": "Ferncliff studio weekly",
        "start": "2026-06-15T09:30:00Z",
        "lines": [
            ("Helen Ashby", 13, "Good morning, everyone, and a special welcome to our new Part 1, who's sitting in with us today. Please be nice."),  # 0
            ("Dev Raman", 23, "We're always nice."),  # 1
            ("Tomasz Wierzbicki", 41, "Welcome. Do not believe anything Dev tells you about the coffee machine."),  # 2
            ("Dev Raman", 56, "Before we start — whoever's been leaving fish in the fridge, please. I'm begging you."),  # 3
            ("Priya Nair", 64, "It wasn't me. I'm vegetarian, Dev."),  # 4
            ("Helen Ashby", 71, "Tomasz, the joinery."),  # 5
            ("Tomasz Wierzbicki", 83, "This week. Gerald has promised me no more changes. I finish it on Wednesday."),  # 6
            ("Dev Raman", 88, "Gerald's promises. Ha."),  # 7
            ("Owen Fairley", 103, "The listed building application — I'm afraid mid-June isn't going to happen. The heritage section took far longer than I thought. Probably another two weeks? Possibly three."),  # 8
            ("Helen Ashby", 111, "Thank you for being honest, Owen."),  # 9
            ("Tomasz Wierzbicki", 125, "I will prepare the cleanup of the Revit family library until the end of next week. By. Sorry. By. It is full of old doors."),  # 10
            ("Callum Reid", 138, "Party update: I'll bring my speaker on the night, the boathouse one is rubbish."),  # 11
            ("Maya Brennan", 155, "Mentoring's going well so far — she's already found a mistake on my door schedule."),  # 12
            ("Helen Ashby", 161, "Good. Dev, Wrenfield?"),  # 13
            ("Dev Raman", 177, "The chimney scaffold's late — it was meant to be done Friday and it isn't. Barry'll tell us all about it tomorrow."),  # 14
            ("Helen Ashby", 184, "Priya, the mock-up fabrics?"),  # 15
            ("Priya Nair", 206, "Oh — I'm embarrassed. I haven't ordered them yet. The supplier's website was down on Tuesday and then I just... didn't get back to it. I'll do it today."),  # 16
            ("Helen Ashby", 217, "Please do."),  # 17
            ("Rosa Lindqvist", 234, "Fire warden training — I've got one volunteer so far. Owen."),  # 18
            ("Owen Fairley", 247, "I did say \"possibly\"."),  # 19
            ("Rosa Lindqvist", 258, "Possibly counts."),  # 20
            ("Owen Fairley", 275, "Fine. Yes. Put me down properly, then. I'll do the training, whenever it is."),  # 21
            ("Rosa Lindqvist", 285, "Lovely. That's one."),  # 22
            ("Dev Raman", 298, "I bet Owen's running the whole fire drill by August."),  # 23
            ("Helen Ashby", 311, "Any other business? Let me just check my notes."),  # 24
            ("Callum Reid", 324, "Is there a dress code for the party?"),  # 25
            ("Rosa Lindqvist", 328, "Clothes, Callum."),  # 26
            ("Callum Reid", 332, "Noted."),  # 27
            ("Priya Nair", 343, "We should do a proper welcome lunch for our new starter. Friday, maybe?"),  # 28
            ("Helen Ashby", 349, "Lovely idea."),  # 29
            ("Helen Ashby", 359, "Thank you, all."),  # 30
        ],
    },
    {
        "id": "d20",
        "title": "Wrenfield — contractor coordination call",
        "start": "2026-06-16T10:00:00Z",
        "lines": [
            ("Barry Doyle", 6, "Morning, all. Priya's curtain samples are in the site office, by the way, the ones for the bedrooms, if anyone needs them."),  # 0
            ("Dev Raman", 16, "Thanks, Barry. How's the chimney scaffold?"),  # 1
            ("Barry Doyle", 35, "Don't. The scaffolders let me down, they've been on a job in town. They're back Thursday — I'll have it adapted by the end of next week, hand on heart."),  # 2
            ("Fiona Marsh", 50, "And once it's up, I'll come and look at the chimney breast. As I said."),  # 3
            ("Dev Raman", 66, "Ironmongery — Barry, did the order go in?"),  # 4
            ("Barry Doyle", 78, "It's in. Dev's schedule was spot on, the supplier didn't have a single query."),  # 5
            ("Dev Raman", 93, "Wow. First time for everything."),  # 6
            ("Tomasz Wierzbicki", 113, "The handrail. I did not finish — the fire officer changed his mind again, and now he is on holiday, so I wait for his new comments."),  # 7
            ("Barry Doyle", 123, "Fire officers."),  # 8
            ("Dev Raman", 137, "I'll ring the fire officer's office today and find out when he's actually back."),  # 9
            ("Tomasz Wierzbicki", 154, "Thank you. Ask them also if someone else can look at it."),  # 10
            ("Barry Doyle", 171, "Programme. I'm going to be straight with you, we've lost another week to the scaffold. I'll send you a revised completion date Friday, once I've spoken to the boss."),  # 11
            ("Dev Raman", 180, "Gerald's going to love that."),  # 12
            ("Barry Doyle", 193, "Gerald's supposed to be coming round at some point, isn't he? Nobody's told me when."),  # 13
            ("Dev Raman", 205, "Helen's on it, I think. You'll hear today."),  # 14
            ("Dev Raman", 218, "Has anyone seen the survey drawings for the east elevation? They're not on the server where they should be."),  # 15
            ("Tomasz Wierzbicki", 233, "They are in the old folder, \"Survey 2019\"."),  # 16
            ("Dev Raman", 241, "Of course they are."),  # 17
            ("Barry Doyle", 250, "The bollard's been replaced, you'll be pleased to know. Council sent me a bill."),  # 18
            ("Dev Raman", 254, "How much?"),  # 19
            ("Barry Doyle", 264, "Don't ask. I'll tell you what, that's the most expensive bollard in the county."),  # 20
            ("Fiona Marsh", 279, "If the chimney breast turns out to be bearing on the beam below, we'll need to rethink the whole sequence."),  # 21
            ("Barry Doyle", 290, "Let's not go there till we have to."),  # 22
            ("Dev Raman", 302, "Tomasz, can you put the window drawing up?"),  # 23
            ("Tomasz Wierzbicki", 316, "One moment. I share it now."),  # 24
            ("Tomasz Wierzbicki", 331, "So. The sill here is new, the rest is as before."),  # 25
            ("Barry Doyle", 340, "Looks good to me. The window lot will moan, but they always moan."),  # 26
            ("Fiona Marsh", 350, "Nothing structural there from me."),  # 27
            ("Dev Raman", 362, "Great. Right, that's us. Cheers, all."),  # 28
            ("Fiona Marsh", 372, "Enjoy the sunshine, all. I'm in a basement all afternoon."),  # 29
            ("Barry Doyle", 378, "Cheers."),  # 30
        ],
    },
    {
        "id": "d21",
        "title": "Wrenfield House — client meeting",
        "start": "2026-06-16T14:30:00Z",
        "lines": [
            ("Gerald Hartigan", 9, "Afternoon. I got your headboard options, Priya — the fluted one. Definitely the fluted one."),  # 0
            ("Priya Nair", 24, "I knew you'd go for that one."),  # 1
            ("Gerald Hartigan", 40, "My wife wanted the buttoned one. I told her she's not paying for it."),  # 2
            ("Priya Nair", 56, "If she's coming to the walk-round, I'll bring the buttoned sample along so she can see it properly."),  # 3
            ("Gerald Hartigan", 67, "She might. She likes a hard hat."),  # 4
            ("Helen Ashby", 78, "Gerald, I've arranged the walk-round with Barry — next Tuesday, ten o'clock, meet at the site cabin."),  # 5
            ("Gerald Hartigan", 94, "I'll be there. I'll bring my own hard hat, I don't trust theirs."),  # 6
            ("Dev Raman", 101, "Barry will be delighted."),  # 7
            ("Gerald Hartigan", 113, "Owen. Mid-June. It's mid-June."),  # 8
            ("Owen Fairley", 128, "I know. I'm sorry. I'll have it in by the end of the month, I promise you — and it'll be a much stronger application for the wait."),  # 9
            ("Gerald Hartigan", 143, "It had better be the strongest application in the history of windows."),  # 10
            ("Priya Nair", 160, "Curtains next. I'll send you the bedroom curtain fabric samples by Friday — I want you to feel them at home, in your own light."),  # 11
            ("Gerald Hartigan", 167, "In my own light. Lovely."),  # 12
            ("Gerald Hartigan", 185, "And the appointment letter — I'll get my accountant to send you the signed copy this week. He's had it a month."),  # 13
            ("Helen Ashby", 195, "That would be very helpful."),  # 14
            ("Gerald Hartigan", 211, "Oh, I'm sure. You lot love a signed letter."),  # 15
            ("Dev Raman", 224, "We really do."),  # 16
            ("Gerald Hartigan", 231, "The mock-up room. When can I see it?"),  # 17
            ("Priya Nair", 241, "It'll be dressed in time for your walk-round, if the fabrics arrive this week."),  # 18
            ("Gerald Hartigan", 257, "Is there a chance you'll have the whole hotel finished by October? Honestly?"),  # 19
            ("Helen Ashby", 267, "Honestly, it's tight. The basement decision is the biggest risk."),  # 20
            ("Gerald Hartigan", 280, "That's the spa again."),  # 21
            ("Helen Ashby", 285, "That's the spa again."),  # 22
            ("Gerald Hartigan", 295, "The bank manager's called Clive. I've started dreaming about Clive."),  # 23
            ("Dev Raman", 309, "That's not healthy, Gerald."),  # 24
            ("Gerald Hartigan", 319, "I bet the bank's doing it on purpose."),  # 25
            ("Dev Raman", 337, "Did you ever hear back about the brewery deal, by the way?"),  # 26
            ("Gerald Hartigan", 352, "Signed last week. Local pale, on tap. You'll all get a free pint at the opening."),  # 27
            ("Priya Nair", 368, "Now that's a promise I'll hold you to."),  # 28
            ("Gerald Hartigan", 374, "Right. I'll let you get on."),  # 29
            ("Helen Ashby", 380, "Thank you, Gerald. See you Tuesday."),  # 30
        ],
    },
    {
        "id": "d22",
        "title": "Ferncliff studio weekly",
        "start": "2026-06-22T09:30:00Z",
        "lines": [
            ("Helen Ashby", 9, "Morning, all. Busy week — Gerald's walk-round tomorrow, the governors on Wednesday evening, and Ashgrove on Thursday."),  # 0
            ("Dev Raman", 24, "And it's thirty degrees outside and the air con's doing that clicking thing again."),  # 1
            ("Rosa Lindqvist", 33, "I've reported it. They're coming Wednesday. Probably."),  # 2
            ("Priya Nair", 53, "Is it the same man as last summer? Because last summer he just hit it with a spanner."),  # 3
            ("Dev Raman", 61, "And it worked, to be fair."),  # 4
            ("Owen Fairley", 84, "On the windows. The listed building application — I'll submit it this week. It's, um, genuinely ready now. I think. No — it is."),  # 5
            ("Dev Raman", 90, "Owen, I've heard \"genuinely ready\" before."),  # 6
            ("Owen Fairley", 97, "I know. That's fair."),  # 7
            ("Maya Brennan", 110, "Governors on Wednesday. Callum, could you help me set up the boards beforehand? Half five at the school?"),  # 8
            ("Callum Reid", 125, "Consider it done. I'll bring the easels."),  # 9
            ("Rosa Lindqvist", 138, "The speaker for Thursday's CPD lunch has cancelled, by the way, so that's off."),  # 10
            ("Priya Nair", 149, "Oh no, the acoustics one? I was looking forward to that."),  # 11
            ("Helen Ashby", 161, "Wrenfield. Priya, the mock-up room?"),  # 12
            ("Priya Nair", 182, "So Barry's finished the joinery in there and it's looking really good. The snag list — I'll write it up after Gerald's seen it tomorrow. Leave that with me."),  # 13
            ("Dev Raman", 199, "I'll tell you what, it's the nicest room in the building by a mile."),  # 14
            ("Helen Ashby", 218, "Dev, a favour. Gerald's asked whether we can help him find a designer for the external signage. Could you put together a shortlist of three?"),  # 15
            ("Dev Raman", 229, "Yeah, go on then. Give me till the end of next week."),  # 16
            ("Helen Ashby", 238, "Thank you."),  # 17
            ("Rosa Lindqvist", 258, "Speaking of Gerald, there's a parcel for him in reception, it came here by mistake. Somebody should take it over tomorrow."),  # 18
            ("Dev Raman", 277, "I'll take it — wait, no, I'm not going tomorrow, I'm on the Ashgrove drawings. Priya?"),  # 19
            ("Priya Nair", 288, "I'm going anyway. I'll take it."),  # 20
            ("Helen Ashby", 302, "Something came through from Gerald's accountant on Friday, by the way. I haven't opened it yet."),  # 21
            ("Callum Reid", 318, "Could be the appointment letter. Could be a bill."),  # 22
            ("Helen Ashby", 328, "With Gerald, genuinely either."),  # 23
            ("Maya Brennan", 347, "Mentoring update: she's drawn her first section. It's got a bathroom upside down, but it's a section."),  # 24
            ("Tomasz Wierzbicki", 356, "My first section, the staircase went into the ceiling. It is normal."),  # 25
            ("Helen Ashby", 374, "If the weather's like this on the tenth, we'll need an awful lot of ice."),  # 26
            ("Rosa Lindqvist", 384, "I've ordered ice. I've ordered everything. Nobody else order anything."),  # 27
            ("Dev Raman", 394, "Not even a cheeky—"),  # 28
            ("Rosa Lindqvist", 407, "Nothing, Dev."),  # 29
            ("Helen Ashby", 415, "Noted. Thank you, all."),  # 30
        ],
    },
    {
        "id": "d23",
        "title": "Ashgrove Primary — school board project meeting",
        "start": "2026-06-25T15:00:00Z",
        "lines": [
            ("Nkechi Adeyemi", 10, "Good afternoon. I must begin by saying that Maya's presentation to the governors last night went down very well. Even the treasurer smiled."),  # 0
            ("Maya Brennan", 23, "That's kind. They asked good questions."),  # 1
            ("Callum Reid", 29, "The easels survived, too."),  # 2
            ("Nkechi Adeyemi", 48, "They did. Now, I owe you news on the summer works window. I'm afraid I have not yet been able to confirm it — the head is away on the Year Six residential until Friday."),  # 3
            ("Maya Brennan", 63, "That's okay. Early next week?"),  # 4
            ("Nkechi Adeyemi", 72, "I shall confirm on Monday, without fail."),  # 5
            ("Maya Brennan", 90, "On our side — the stage three set isn't with the QS yet, I'm sorry. The M&E engineer's input came in late and I didn't want to issue something half-coordinated."),  # 6
            ("Helen Ashby", 99, "Which is the right call, in my view."),  # 7
            ("Nkechi Adeyemi", 114, "When will the board see a cost plan?"),  # 8
            ("Maya Brennan", 132, "Once the QS has the set, it's usually three weeks. So realistically, late July. And if it comes in high, I'll set up a workshop with you on the options."),  # 9
            ("Owen Fairley", 153, "The bat survey's done, I gather — the ecologist came out last week and she's sent over a draft report."),  # 10
            ("Nkechi Adeyemi", 159, "And what does it say?"),  # 11
            ("Owen Fairley", 178, "I — haven't read it properly yet, honestly. I'll read it this week and send you a summary, Nkechi."),  # 12
            ("Nkechi Adeyemi", 195, "Thank you. There is a copy of the school's old bat licence from 2019 somewhere in our files, if that helps."),  # 13
            ("Helen Ashby", 202, "The hall — still the ninth, Nkechi?"),  # 14
            ("Nkechi Adeyemi", 208, "The ninth, yes. Still on."),  # 15
            ("Maya Brennan", 225, "The council's notes from the pre-app should come through next week."),  # 16
            ("Owen Fairley", 240, "The officer wants the brick to match the old hall. Which, um, might be hard. The old hall is sort of... several colours."),  # 17
            ("Nkechi Adeyemi", 257, "The board will want a brick that matches. We will find one."),  # 18
            ("Nkechi Adeyemi", 271, "The governors asked me to send you their feedback in writing. I will send it to you by next Wednesday."),  # 19
            ("Maya Brennan", 279, "Perfect."),  # 20
            ("Nkechi Adeyemi", 302, "The minutes from May — I believe some of that paperwork has gone out now, though I would need to check with the clerk."),  # 21
            ("Helen Ashby", 311, "Owen, you'll take the planning pack for the full application, won't you?"),  # 22
            ("Owen Fairley", 326, "Yes — I, yes. I will. I'll start it as soon as the pre-app notes come through."),  # 23
            ("Callum Reid", 342, "Could I come to the next council meeting? I've never been to one."),  # 24
            ("Helen Ashby", 350, "Of course."),  # 25
            ("Nkechi Adeyemi", 364, "If the budget is approved in September, could the works start at Easter rather than the summer?"),  # 26
            ("Maya Brennan", 378, "Possibly. It'd be tight on the enabling works."),  # 27
            ("Maya Brennan", 390, "Callum, the evacuation overlay — did we ever get that done?"),  # 28
            ("Callum Reid", 408, "Um. Not quite. It's about half done — I got pulled onto the governors' boards. Sorry."),  # 29
            ("Nkechi Adeyemi", 415, "I shall leave you there. Thank you, all."),  # 30
            ("Maya Brennan", 421, "Thanks, Nkechi."),  # 31
        ],
    },
    {
        "id": "d24",
        "title": "Finance and admin check-in",
        "start": "2026-06-29T10:00:00Z",
        "lines": [
            ("Rosa Lindqvist", 7, "Morning. Month end, so I'll be quick and then I'll be grumpy."),  # 0
            ("Rosa Lindqvist", 21, "The VAT return's in, before anyone asks. Nobody ever asks."),  # 1
            ("Dev Raman", 27, "I was going to ask."),  # 2
            ("Rosa Lindqvist", 32, "You were not."),  # 3
            ("Rosa Lindqvist", 52, "The school's stage two payment still isn't in. I said I'd give them till the end of the month, so — I'll chase their finance office today."),  # 4
            ("Helen Ashby", 64, "Thank you."),  # 5
            ("Helen Ashby", 85, "Gerald's accountant did send the signed appointment letter, by the way — I finally opened it. It's in the project file."),  # 6
            ("Rosa Lindqvist", 97, "Good. I've been waiting for that for a year."),  # 7
            ("Helen Ashby", 111, "Separately, I'd like to write to Gerald about extra fees for all the mock-up room revisions. I'll draft a letter this week."),  # 8
            ("Maya Brennan", 126, "Stage four fees for Ashgrove — I'll send you a fee proposal by mid-July, Rosa, so it's in the forecast."),  # 9
            ("Rosa Lindqvist", 139, "Mid-July. I'm writing that on the whiteboard in red."),  # 10
            ("Dev Raman", 145, "The whiteboard of shame."),  # 11
            ("Rosa Lindqvist", 160, "The fire extinguishers were serviced on Thursday, so at least those are compliant."),  # 12
            ("Helen Ashby", 169, "We parked the pension review in May — should we un-park it?"),  # 13
            ("Rosa Lindqvist", 178, "Not until September. Please."),  # 14
            ("Dev Raman", 193, "While we're talking money — can we get a second monitor for the Part 1? She's drawing on a laptop screen."),  # 15
            ("Rosa Lindqvist", 203, "There's a spare in the stores cupboard. Behind —"),  # 16
            ("Dev Raman", 210, "Behind the bike. Yeah."),  # 17
            ("Maya Brennan", 223, "The Part 1's doing really well, by the way. She's already faster in Revit than me."),  # 18
            ("Helen Ashby", 229, "That's not hard, Maya."),  # 19
            ("Maya Brennan", 235, "Thank you, Helen."),  # 20
            ("Helen Ashby", 245, "The studio's bank balance looks healthier than it did in May, for what it's worth."),  # 21
            ("Rosa Lindqvist", 253, "That's mostly the Wrenfield fees. Don't get used to it."),  # 22
            ("Dev Raman", 264, "Can we get a new coffee machine, then?"),  # 23
            ("Rosa Lindqvist", 279, "The coffee machine is fine. It was descaled."),  # 24
            ("Dev Raman", 291, "In May."),  # 25
            ("Rosa Lindqvist", 306, "It's a coffee machine, Dev, not a car."),  # 26
            ("Helen Ashby", 321, "If we have a good July, we can talk about the coffee machine."),  # 27
            ("Dev Raman", 328, "I'm holding you to that."),  # 28
            ("Rosa Lindqvist", 335, "Right. That's all. Back to work."),  # 29
        ],
    },
    {
        "id": "d25",
        "title": "Wrenfield — contractor coordination call",
        "start": "2026-07-02T10:00:00Z",
        "lines": [
            ("Barry Doyle", 11, "Morning. Right — good news. Fiona came out Thursday and signed off the chimney breast, so we can crack on taking it out."),  # 0
            ("Fiona Marsh", 23, "With conditions. Props in before anyone touches it."),  # 1
            ("Dev Raman", 32, "Fiona, when will we get that in writing?"),  # 2
            ("Fiona Marsh", 42, "I'll send the site note over tomorrow first thing."),  # 3
            ("Barry Doyle", 62, "And the walk-round with Gerald went fine. He only shouted twice. He liked the mock-up room, actually — nearly cried."),  # 4
            ("Dev Raman", 74, "Gerald? Cried?"),  # 5
            ("Barry Doyle", 80, "Nearly. Could've been the dust."),  # 6
            ("Dev Raman", 87, "Barry, the revised completion date — did that go?"),  # 7
            ("Barry Doyle", 102, "No, sorry, mate. The boss is still chewing it over, he wants to see the steel delivered first. It's going to be another week."),  # 8
            ("Tomasz Wierzbicki", 117, "The fire officer is back on Monday. When he sends the handrail comments, I will revise it and issue it the same day."),  # 9
            ("Dev Raman", 137, "Great. I'm on the signage shortlist for Gerald, by the way, Barry, so if you know anyone good, shout — it'll be with him Friday."),  # 10
            ("Barry Doyle", 145, "My brother-in-law does signs. He's terrible, though."),  # 11
            ("Barry Doyle", 158, "The mock-up room — I'll get the last bits finished before Gerald's next visit on the fifteenth. Door handles, mostly."),  # 12
            ("Fiona Marsh", 176, "If the steel's delayed again, I'd rather we didn't take the chimney out until it's in."),  # 13
            ("Barry Doyle", 188, "Bet you a fiver it turns up Monday."),  # 14
            ("Fiona Marsh", 201, "I don't bet."),  # 15
            ("Barry Doyle", 210, "Wise woman."),  # 16
            ("Dev Raman", 221, "Did Priya ever get those curtain samples to Gerald?"),  # 17
            ("Barry Doyle", 229, "No idea, mate. Not my department."),  # 18
            ("Barry Doyle", 247, "Skip's full again, by the way. The lads filled it with the old bath."),  # 19
            ("Dev Raman", 263, "The cast iron one? Gerald wanted to keep that!"),  # 20
            ("Barry Doyle", 274, "Ah. Right. I'll get it out of the skip this afternoon, before the lorry comes."),  # 21
            ("Dev Raman", 288, "Please. He'll kill us."),  # 22
            ("Tomasz Wierzbicki", 306, "It is a beautiful bath. In Poland my grandmother had the same."),  # 23
            ("Barry Doyle", 316, "Then you know. They weigh a tonne. That's four lads, that is."),  # 24
            ("Fiona Marsh", 339, "On the steel — the fabricator has my drawings now. Dev, if any queries come back from him, could you send them straight to me?"),  # 25
            ("Dev Raman", 343, "Will do."),  # 26
            ("Dev Raman", 351, "Okay, that's everything. Let me stop sharing."),  # 27
            ("Barry Doyle", 355, "Cheers, all."),  # 28
            ("Fiona Marsh", 363, "Bye."),  # 29
        ],
    },
    {
        "id": "d26",
        "title": "Ferncliff studio weekly",
        "start": "2026-07-06T09:30:00Z",
        "lines": [
            ("Helen Ashby", 11, "Good morning. The party's on Friday — the boathouse, six o'clock. Callum has asked me to say \"bring a jacket\"."),  # 0
            ("Callum Reid", 28, "It gets cold by the water! And I'm bringing my speaker, so there's no excuse not to dance."),  # 1
            ("Dev Raman", 43, "Big news from site: Barry rescued Gerald's cast iron bath from the skip. With about four minutes to spare."),  # 2
            ("Priya Nair", 59, "That bath is beautiful. Imagine if it had gone."),  # 3
            ("Rosa Lindqvist", 75, "Fire warden training. I'll be honest — I completely forgot to book it in June. It'll be September now."),  # 4
            ("Helen Ashby", 83, "Thank you, Rosa. September is fine."),  # 5
            ("Tomasz Wierzbicki", 103, "The steel arrived at Wrenfield on Friday, by the way. Barry sent me a photo. He was very proud of it."),  # 6
            ("Dev Raman", 117, "So Barry lost his fiver. Not that Fiona would ever take it."),  # 7
            ("Tomasz Wierzbicki", 132, "She does not bet. She is very wise."),  # 8
            ("Helen Ashby", 151, "The mock-up room fee letter — on reflection, I've dropped that. It isn't worth the goodwill with Gerald at this stage."),  # 9
            ("Priya Nair", 165, "The snag list — it's written, but only in my notebook. I haven't typed it up yet. This week."),  # 10
            ("Owen Fairley", 189, "The council acknowledged something from us on Friday, though I'm not sure whether it was the, um, the application or the pre-app notes request. I'd have to look."),  # 11
            ("Maya Brennan", 205, "The stage four fee proposal — I'll still have it to Rosa by mid-July."),  # 12
            ("Helen Ashby", 219, "I'd like to write the practice's half-year review for the partners. I'll have it done by the end of the month."),  # 13
            ("Dev Raman", 238, "I could do a short talk on lessons learned from the Wrenfield strip-out, at the next studio meeting, if that's useful?"),  # 14
            ("Helen Ashby", 252, "Very useful. Please."),  # 15
            ("Helen Ashby", 270, "Callum, could you pick up the deposit receipt from the boathouse when you're there on Friday?"),  # 16
            ("Callum Reid", 274, "Sure thing."),  # 17
            ("Dev Raman", 293, "Can whoever's running the action tracker just tick off everything from June? Clean slate for July."),  # 18
            ("Rosa Lindqvist", 305, "Absolutely not."),  # 19
            ("Maya Brennan", 327, "Mentoring's officially done next week, by the way — she's on her own from the fifteenth. Well, with me next to her."),  # 20
            ("Priya Nair", 339, "If it rains on Friday we could always move the party inside."),  # 21
            ("Callum Reid", 350, "It's not going to rain. I've checked four apps."),  # 22
            ("Rosa Lindqvist", 366, "The boathouse has an indoor bit, in case."),  # 23
            ("Helen Ashby", 384, "Good. Let me just run through the actions. No — we're fine."),  # 24
            ("Owen Fairley", 402, "Are people — I mean, is everyone getting taxis back on Friday, or...?"),  # 25
            ("Priya Nair", 417, "Some of us are sharing. Ask Rosa, she's got a list."),  # 26
            ("Owen Fairley", 427, "Right. Good. Yes."),  # 27
            ("Tomasz Wierzbicki", 438, "And there is no boat race this year. I say it now, officially."),  # 28
            ("Callum Reid", 449, "There's no boat race this year. Officially. Probably."),  # 29
            ("Helen Ashby", 459, "Thank you, all. See you on Friday, if not before."),  # 30
        ],
    },
]

PROMISES: list[dict] = [
    {
        "id": "d-p01", "at": ("d01", 7), "asked_at": None, "also": [],
        "owner": "Dev Raman", "task": "put Fiona's beam size into the lounge section for the contractor call",
        "due": "before Thursday", "due_date": "2026-05-07", "conditional": True,
        "status": "done", "report": ("d03", 4), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p02", "at": ("d01", 11), "asked_at": None, "also": [],
        "owner": "Priya Nair", "task": "make up the bathroom tile sample board for Gerald",
        "due": "for tomorrow afternoon", "due_date": "2026-05-05", "conditional": False,
        "status": "done", "report": ("d02", 4), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p03", "at": ("d01", 17), "asked_at": None, "also": [("d07", 7)],
        "owner": "Owen Fairley", "task": "draft the heritage statement for the Wrenfield sash windows",
        "due": "by the end of next week", "due_date": "2026-05-15", "conditional": False,
        "status": "slipped", "report": ("d07", 5), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p04", "at": ("d01", 23), "asked_at": None, "also": [],
        "owner": "Maya Brennan", "task": "send Nkechi the agenda for the project meeting on the eleventh",
        "due": "by Wednesday", "due_date": "2026-05-06", "conditional": False,
        "status": "done", "report": ("d05", 2), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p05", "at": ("d01", 25), "asked_at": ("d01", 24), "also": [],
        "owner": "Callum Reid", "task": "update the studio resourcing sheet with the new Ashgrove hours",
        "due": "this morning", "due_date": "2026-05-04", "conditional": False,
        "status": "done", "report": ("d04", 1), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p06", "at": ("d02", 9), "asked_at": None, "also": [],
        "owner": "Priya Nair", "task": "send Gerald a second round of warmer bathroom tile options",
        "due": "by next Friday", "due_date": "2026-05-15", "conditional": False,
        "status": "done", "report": ("d09", 4), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p07", "at": ("d02", 15), "asked_at": ("d02", 14), "also": [],
        "owner": "Dev Raman", "task": "get the contractor to price moving the reception desk and report back to Gerald",
        "due": None, "due_date": None, "conditional": False,
        "status": "done", "report": ("d09", 8), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p08", "at": ("d02", 18), "asked_at": None, "also": [],
        "owner": "Gerald Hartigan", "task": "dig out the old photographs and plans of the building and send them over",
        "due": "this week", "due_date": "2026-05-08", "conditional": False,
        "status": "slipped", "report": ("d09", 27), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p09", "at": ("d02", 27), "asked_at": None, "also": [],
        "owner": "Helen Ashby", "task": "send Gerald an updated fee proposal for the extra interiors scope",
        "due": "by the end of the week", "due_date": "2026-05-08", "conditional": False,
        "status": "done", "report": ("d06", 2), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p10", "at": ("d03", 10), "asked_at": None, "also": [("d08", 8), ("d14", 4)],
        "owner": "Fiona Marsh", "task": "issue the calculation package and padstone detail for the lounge beam",
        "due": "by the twentieth", "due_date": "2026-05-20", "conditional": False,
        "status": "slipped", "report": ("d08", 4), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p11", "at": ("d03", 16), "asked_at": None, "also": [("d08", 12)],
        "owner": "Barry Doyle", "task": "get an asbestos survey done on the basement before strip-out reaches it",
        "due": "before the lads go anywhere near it", "due_date": None, "conditional": False,
        "status": "done", "report": ("d14", 0), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p12", "at": ("d03", 18), "asked_at": None, "also": [],
        "owner": "Barry Doyle", "task": "send an updated programme showing the strip-out",
        "due": "Monday", "due_date": "2026-05-11", "conditional": False,
        "status": "done", "report": ("d04", 5), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p13", "at": ("d03", 22), "asked_at": ("d03", 21), "also": [("d03", 24)],
        "owner": "Tomasz Wierzbicki", "task": "send Barry the window reveal detail with sections",
        "due": "until Monday", "due_date": "2026-05-11", "conditional": False,
        "status": "done", "report": ("d08", 15), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p14", "at": ("d04", 8), "asked_at": ("d04", 7), "also": [],
        "owner": "Tomasz Wierzbicki", "task": "revise the stair balustrade detail for the fire officer",
        "due": "this week", "due_date": "2026-05-15", "conditional": False,
        "status": "done", "report": ("d07", 9), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p15", "at": ("d04", 11), "asked_at": None, "also": [],
        "owner": "Priya Nair", "task": "clear out the sample library",
        "due": "on Friday afternoon", "due_date": "2026-05-15", "conditional": False,
        "status": "done", "report": ("d07", 10), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p16", "at": ("d04", 16), "asked_at": None, "also": [("d05", 11)],
        "owner": "Maya Brennan", "task": "book the planning pre-app meeting with the council",
        "due": "this month", "due_date": "2026-05-31", "conditional": True,
        "status": "done", "report": ("d11", 8), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p17", "at": ("d04", 20), "asked_at": None, "also": [("d16", 12)],
        "owner": "Callum Reid", "task": "write the Mill Lane case study for the website",
        "due": "by the end of the month", "due_date": "2026-05-31", "conditional": False,
        "status": "slipped", "report": ("d10", 8), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p18", "at": ("d04", 23), "asked_at": None, "also": [],
        "owner": "Rosa Lindqvist", "task": "renew the Revit licences before they lapse",
        "due": "before the thirty-first", "due_date": "2026-05-31", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p19", "at": ("d05", 7), "asked_at": None, "also": [],
        "owner": "Maya Brennan", "task": "send Nkechi updated room data sheets for the library",
        "due": "by Friday", "due_date": "2026-05-15", "conditional": False,
        "status": "done", "report": ("d11", 3), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p20", "at": ("d05", 14), "asked_at": None, "also": [("d11", 7)],
        "owner": "Nkechi Adeyemi", "task": "circulate the minutes of the governors' meeting",
        "due": "next week", "due_date": None, "conditional": False,
        "status": "slipped", "report": ("d11", 5), "report_by_other": False, "possible": [("d23", 21)],
    },
    {
        "id": "d-p21", "at": ("d05", 17), "asked_at": ("d05", 16), "also": [],
        "owner": "Owen Fairley", "task": "find out from the ecologist whether a bat survey is needed",
        "due": "by the next meeting", "due_date": None, "conditional": False,
        "status": "done", "report": ("d11", 12), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p22", "at": ("d05", 30), "asked_at": ("d05", 29), "also": [("d11", 22)],
        "owner": "Callum Reid", "task": "produce and mount display boards for the parents' consultation evening",
        "due": "before the evening on the third", "due_date": "2026-06-03", "conditional": False,
        "status": "done", "report": ("d17", 0), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p23", "at": ("d05", 32), "asked_at": None, "also": [],
        "owner": "Helen Ashby", "task": "prepare a fee variation if the board adds the hall to the brief",
        "due": None, "due_date": None, "conditional": True,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p24", "at": ("d06", 7), "asked_at": None, "also": [],
        "owner": "Rosa Lindqvist", "task": "chase Gerald for the overdue March invoice",
        "due": "today", "due_date": "2026-05-13", "conditional": False,
        "status": "done", "report": ("d12", 0), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p25", "at": ("d06", 10), "asked_at": ("d06", 9), "also": [("d12", 9)],
        "owner": "Dev Raman", "task": "catch up on three weeks of missing timesheets",
        "due": "tonight", "due_date": "2026-05-13", "conditional": False,
        "status": "slipped", "report": ("d12", 6), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p26", "at": ("d06", 13), "asked_at": None, "also": [],
        "owner": "Maya Brennan", "task": "raise the Ashgrove stage two invoice once the report is signed off",
        "due": None, "due_date": None, "conditional": True,
        "status": "done", "report": ("d12", 14), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p27", "at": ("d06", 16), "asked_at": None, "also": [],
        "owner": "Helen Ashby", "task": "review the professional indemnity renewal quotes",
        "due": "before the broker call on the twenty-second", "due_date": "2026-05-22", "conditional": False,
        "status": "done", "report": ("d12", 12), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p28", "at": ("d07", 14), "asked_at": None, "also": [("d09", 20)],
        "owner": "Priya Nair", "task": "get the lighting consultant's fee quote for the bar to Gerald",
        "due": "before Thursday's client meeting", "due_date": "2026-05-21", "conditional": False,
        "status": "slipped", "report": ("d09", 18), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p29", "at": ("d07", 19), "asked_at": ("d07", 18), "also": [],
        "owner": "Helen Ashby", "task": "read and comment on the Ashgrove stage two report",
        "due": "tomorrow evening", "due_date": "2026-05-19", "conditional": False,
        "status": "done", "report": ("d10", 4), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p30", "at": ("d07", 24), "asked_at": None, "also": [],
        "owner": "Callum Reid", "task": "book the studio summer party venue",
        "due": "by the end of May", "due_date": "2026-05-31", "conditional": False,
        "status": "done", "report": ("d13", 2), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p31", "at": ("d08", 7), "asked_at": None, "also": [],
        "owner": "Barry Doyle", "task": "dig a trial pit by the lounge wall",
        "due": "Tuesday", "due_date": "2026-05-26", "conditional": False,
        "status": "done", "report": ("d14", 2), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p32", "at": ("d08", 10), "asked_at": ("d08", 9), "also": [],
        "owner": "Barry Doyle", "task": "send Fiona photos of the trial pit with a tape measure in shot",
        "due": None, "due_date": None, "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p33", "at": ("d08", 18), "asked_at": ("d08", 17), "also": [],
        "owner": "Tomasz Wierzbicki", "task": "mark up the window sample comments and send them to Barry",
        "due": "today, after the call", "due_date": "2026-05-21", "conditional": False,
        "status": "done", "report": ("d14", 7), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p34", "at": ("d09", 16), "asked_at": None, "also": [],
        "owner": "Dev Raman", "task": "send Gerald a revised bar layout with a third booth",
        "due": "by Monday", "due_date": "2026-05-25", "conditional": False,
        "status": "done", "report": ("d15", 4), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p35", "at": ("d09", 22), "asked_at": ("d09", 21), "also": [("d15", 12)],
        "owner": "Gerald Hartigan", "task": "decide whether the spa is in phase one",
        "due": "by the end of the month", "due_date": "2026-05-31", "conditional": False,
        "status": "slipped", "report": ("d15", 10), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p36", "at": ("d09", 30), "asked_at": ("d09", 29), "also": [("d10", 26), ("d21", 9), ("d22", 5)],
        "owner": "Owen Fairley", "task": "submit the listed building consent application for the windows",
        "due": "by mid-June", "due_date": "2026-06-15", "conditional": False,
        "status": "slipped", "report": ("d19", 8), "report_by_other": False, "possible": [("d26", 11)],
    },
    {
        "id": "d-p37", "at": ("d10", 10), "asked_at": None, "also": [],
        "owner": "Maya Brennan", "task": "arrange a site visit to measure the Ashgrove library with Callum",
        "due": "this Friday", "due_date": "2026-05-29", "conditional": False,
        "status": "done", "report": ("d13", 5), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p38", "at": ("d10", 12), "asked_at": None, "also": [("d10", 14), ("d13", 11), ("d19", 6)],
        "owner": "Tomasz Wierzbicki", "task": "produce the bar joinery drawings for tender",
        "due": "until the fifth of June", "due_date": "2026-06-05", "conditional": False,
        "status": "slipped", "report": ("d16", 3), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p39", "at": ("d10", 15), "asked_at": None, "also": [("d13", 20), ("d16", 21)],
        "owner": "Priya Nair", "task": "run a lunch-and-learn on the new fabric suppliers",
        "due": "the second week of June", "due_date": None, "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p40", "at": ("d10", 20), "asked_at": None, "also": [],
        "owner": "Callum Reid", "task": "order more wide plotter rolls",
        "due": "today", "due_date": "2026-05-26", "conditional": False,
        "status": "slipped", "report": ("d13", 6), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p41", "at": ("d11", 11), "asked_at": None, "also": [],
        "owner": "Nkechi Adeyemi", "task": "attend the planning pre-app meeting",
        "due": "the seventeenth of June, ten o'clock", "due_date": "2026-06-17", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p42", "at": ("d11", 14), "asked_at": None, "also": [],
        "owner": "Owen Fairley", "task": "instruct the ecologist to carry out the bat survey",
        "due": "this week", "due_date": "2026-05-29", "conditional": False,
        "status": "done", "report": ("d23", 10), "report_by_other": False, "possible": [("d17", 7)],
    },
    {
        "id": "d-p43", "at": ("d11", 24), "asked_at": None, "also": [],
        "owner": "Nkechi Adeyemi", "task": "send the school's asbestos register",
        "due": "by Monday", "due_date": "2026-06-01", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p44", "at": ("d11", 27), "asked_at": ("d11", 26), "also": [],
        "owner": "Callum Reid", "task": "add the tree root protection zones to the site plan",
        "due": "by next Thursday", "due_date": "2026-06-04", "conditional": False,
        "status": "slipped", "report": ("d17", 4), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p45", "at": ("d11", 30), "asked_at": ("d11", 29), "also": [],
        "owner": "Maya Brennan", "task": "present the scheme to the full governing body",
        "due": "the evening of the twenty-fourth of June", "due_date": "2026-06-24", "conditional": False,
        "status": "done", "report": ("d23", 0), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p46", "at": ("d12", 17), "asked_at": ("d12", 16), "also": [("d18", 2)],
        "owner": "Maya Brennan", "task": "send Rosa the Ashgrove stage three fee breakdown",
        "due": "by Wednesday", "due_date": "2026-06-03", "conditional": False,
        "status": "slipped", "report": ("d18", 1), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p47", "at": ("d12", 18), "asked_at": None, "also": [],
        "owner": "Rosa Lindqvist", "task": "set up the new Part 1 student's laptop",
        "due": "before she starts on the fifteenth", "due_date": "2026-06-15", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p48", "at": ("d12", 22), "asked_at": ("d12", 21), "also": [("d18", 14)],
        "owner": "Helen Ashby", "task": "read and sign off the updated expenses policy",
        "due": "over the weekend", "due_date": "2026-05-31", "conditional": False,
        "status": "slipped", "report": ("d18", 12), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p49", "at": ("d13", 14), "asked_at": None, "also": [],
        "owner": "Helen Ashby", "task": "write the award submission for Mill Lane",
        "due": "before the deadline on the nineteenth", "due_date": "2026-06-19", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p50", "at": ("d13", 16), "asked_at": None, "also": [],
        "owner": "Dev Raman", "task": "update the Wrenfield stage four drawing list",
        "due": "by Friday", "due_date": "2026-06-05", "conditional": False,
        "status": "slipped", "report": ("d16", 8), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p51", "at": ("d13", 18), "asked_at": None, "also": [],
        "owner": "Owen Fairley", "task": "review the Mill Lane planning conditions and the landscaping discharge",
        "due": "by Wednesday", "due_date": "2026-06-03", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [("d16", 10)],
    },
    {
        "id": "d-p52", "at": ("d14", 10), "asked_at": None, "also": [("d20", 2)],
        "owner": "Barry Doyle", "task": "get the scaffold adapted to reach the chimney",
        "due": "by the end of next week", "due_date": "2026-06-12", "conditional": False,
        "status": "slipped", "report": ("d19", 14), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p53", "at": ("d14", 11), "asked_at": None, "also": [("d20", 3)],
        "owner": "Fiona Marsh", "task": "inspect the second-floor chimney breast once the scaffold is adapted",
        "due": "the week after", "due_date": None, "conditional": True,
        "status": "done", "report": ("d25", 0), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p54", "at": ("d14", 13), "asked_at": ("d14", 12), "also": [],
        "owner": "Dev Raman", "task": "confirm the door ironmongery schedule for ordering",
        "due": "Wednesday latest", "due_date": "2026-06-03", "conditional": False,
        "status": "done", "report": ("d20", 5), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p55", "at": ("d14", 14), "asked_at": None, "also": [],
        "owner": "Tomasz Wierzbicki", "task": "revise the staircase handrail detail for the fire officer's comments",
        "due": "this week", "due_date": "2026-06-05", "conditional": False,
        "status": "slipped", "report": ("d20", 7), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p56", "at": ("d14", 27), "asked_at": ("d14", 26), "also": [],
        "owner": "Barry Doyle", "task": "get photos of the two bathroom joists to Fiona",
        "due": "tomorrow first thing", "due_date": "2026-06-02", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p57", "at": ("d15", 7), "asked_at": None, "also": [],
        "owner": "Dev Raman", "task": "send the signed-off bar layout to the joiner for pricing",
        "due": "tomorrow", "due_date": "2026-06-05", "conditional": True,
        "status": "done", "report": ("d16", 6), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p58", "at": ("d15", 15), "asked_at": None, "also": [],
        "owner": "Priya Nair", "task": "send Gerald three headboard options for the bedrooms",
        "due": "by next Thursday", "due_date": "2026-06-11", "conditional": False,
        "status": "done", "report": ("d21", 0), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p59", "at": ("d15", 21), "asked_at": None, "also": [],
        "owner": "Helen Ashby", "task": "arrange a site walk-round for Gerald with Barry",
        "due": "before the end of June", "due_date": "2026-06-30", "conditional": False,
        "status": "done", "report": ("d21", 5), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p60", "at": ("d16", 14), "asked_at": None, "also": [],
        "owner": "Priya Nair", "task": "order the fabrics for the Wrenfield mock-up room",
        "due": "this week", "due_date": "2026-06-12", "conditional": False,
        "status": "slipped", "report": ("d19", 16), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p61", "at": ("d16", 16), "asked_at": ("d16", 15), "also": [],
        "owner": "Maya Brennan", "task": "mentor the new Part 1 student for her first month",
        "due": None, "due_date": None, "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p62", "at": ("d16", 19), "asked_at": None, "also": [],
        "owner": "Rosa Lindqvist", "task": "organise fire warden training for two more staff",
        "due": "before the end of the month", "due_date": "2026-06-30", "conditional": False,
        "status": "slipped", "report": ("d26", 4), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p63", "at": ("d17", 9), "asked_at": None, "also": [],
        "owner": "Maya Brennan", "task": "issue the stage three drawings to the QS",
        "due": "by the nineteenth", "due_date": "2026-06-19", "conditional": False,
        "status": "slipped", "report": ("d23", 6), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p64", "at": ("d17", 12), "asked_at": None, "also": [("d23", 5)],
        "owner": "Nkechi Adeyemi", "task": "confirm the summer holiday works window with the head",
        "due": "by next Friday", "due_date": "2026-06-19", "conditional": False,
        "status": "slipped", "report": ("d23", 3), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p65", "at": ("d17", 14), "asked_at": ("d17", 13), "also": [],
        "owner": "Callum Reid", "task": "produce the fire evacuation overlay for the temporary classroom arrangement",
        "due": "by Tuesday", "due_date": "2026-06-16", "conditional": False,
        "status": "slipped", "report": ("d23", 29), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p66", "at": ("d17", 16), "asked_at": None, "also": [],
        "owner": "Nkechi Adeyemi", "task": "tell the team the board's decision on adding the hall",
        "due": "the following day", "due_date": "2026-07-10", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p67", "at": ("d18", 6), "asked_at": ("d18", 5), "also": [],
        "owner": "Dev Raman", "task": "submit expense claims for the Wrenfield site trips",
        "due": "on Monday", "due_date": "2026-06-15", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p68", "at": ("d19", 10), "asked_at": None, "also": [],
        "owner": "Tomasz Wierzbicki", "task": "clean up the Revit family library",
        "due": "by the end of next week", "due_date": "2026-06-26", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p69", "at": ("d19", 11), "asked_at": None, "also": [("d26", 1)],
        "owner": "Callum Reid", "task": "bring his speaker to the summer party",
        "due": "on the night", "due_date": "2026-07-10", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p70", "at": ("d19", 21), "asked_at": None, "also": [],
        "owner": "Owen Fairley", "task": "attend the fire warden training",
        "due": None, "due_date": None, "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p71", "at": ("d20", 9), "asked_at": None, "also": [],
        "owner": "Dev Raman", "task": "ring the fire officer's office to find out when he is back",
        "due": "today", "due_date": "2026-06-16", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p72", "at": ("d20", 11), "asked_at": None, "also": [],
        "owner": "Barry Doyle", "task": "send a revised completion date",
        "due": "Friday", "due_date": "2026-06-19", "conditional": False,
        "status": "slipped", "report": ("d25", 8), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p73", "at": ("d21", 3), "asked_at": None, "also": [],
        "owner": "Priya Nair", "task": "bring the buttoned headboard sample to the walk-round if Gerald's wife comes",
        "due": "to the walk-round", "due_date": "2026-06-23", "conditional": True,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p74", "at": ("d21", 6), "asked_at": None, "also": [],
        "owner": "Gerald Hartigan", "task": "come to the site walk-round with Barry",
        "due": "next Tuesday, ten o'clock", "due_date": "2026-06-23", "conditional": False,
        "status": "done", "report": ("d25", 4), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p75", "at": ("d21", 11), "asked_at": None, "also": [],
        "owner": "Priya Nair", "task": "send Gerald the bedroom curtain fabric samples",
        "due": "by Friday", "due_date": "2026-06-19", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p76", "at": ("d21", 13), "asked_at": None, "also": [],
        "owner": "Gerald Hartigan", "task": "get the signed appointment letter sent over by his accountant",
        "due": "this week", "due_date": "2026-06-19", "conditional": False,
        "status": "done", "report": ("d24", 6), "report_by_other": True, "possible": [("d22", 21)],
    },
    {
        "id": "d-p77", "at": ("d21", 27), "asked_at": None, "also": [],
        "owner": "Gerald Hartigan", "task": "stand the team a free pint each at the opening",
        "due": "at the opening", "due_date": None, "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p78", "at": ("d22", 9), "asked_at": ("d22", 8), "also": [],
        "owner": "Callum Reid", "task": "help Maya set up the boards at the school before the governors' meeting",
        "due": "half five on Wednesday", "due_date": "2026-06-24", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [("d23", 2)],
    },
    {
        "id": "d-p79", "at": ("d22", 13), "asked_at": None, "also": [],
        "owner": "Priya Nair", "task": "write up the snag list for the mock-up room after Gerald's visit",
        "due": "after Gerald's seen it tomorrow", "due_date": None, "conditional": False,
        "status": "slipped", "report": ("d26", 10), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p80", "at": ("d22", 16), "asked_at": ("d22", 15), "also": [("d25", 10)],
        "owner": "Dev Raman", "task": "put together a shortlist of three signage designers for Gerald",
        "due": "the end of next week", "due_date": "2026-07-03", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p81", "at": ("d22", 20), "asked_at": None, "also": [],
        "owner": "Priya Nair", "task": "take Gerald's parcel to site",
        "due": "tomorrow", "due_date": "2026-06-23", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p82", "at": ("d23", 9), "asked_at": None, "also": [],
        "owner": "Maya Brennan", "task": "set up a value engineering workshop with Nkechi if the cost plan comes in high",
        "due": None, "due_date": None, "conditional": True,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p83", "at": ("d23", 12), "asked_at": None, "also": [],
        "owner": "Owen Fairley", "task": "read the ecologist's draft bat report and send Nkechi a summary",
        "due": "this week", "due_date": "2026-06-26", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p84", "at": ("d23", 19), "asked_at": None, "also": [],
        "owner": "Nkechi Adeyemi", "task": "send the governors' feedback in writing",
        "due": "by next Wednesday", "due_date": "2026-07-01", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p85", "at": ("d23", 23), "asked_at": ("d23", 22), "also": [],
        "owner": "Owen Fairley", "task": "prepare the planning application pack for the full application",
        "due": "as soon as the pre-app notes come through", "due_date": None, "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p86", "at": ("d24", 4), "asked_at": None, "also": [],
        "owner": "Rosa Lindqvist", "task": "chase the school's finance office for the stage two payment",
        "due": "today", "due_date": "2026-06-29", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p87", "at": ("d24", 8), "asked_at": None, "also": [],
        "owner": "Helen Ashby", "task": "write to Gerald about extra fees for the mock-up room revisions",
        "due": "this week", "due_date": "2026-07-03", "conditional": False,
        "status": "slipped", "report": ("d26", 9), "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p88", "at": ("d24", 9), "asked_at": None, "also": [("d26", 12)],
        "owner": "Maya Brennan", "task": "send Rosa the Ashgrove stage four fee proposal",
        "due": "by mid-July", "due_date": "2026-07-15", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p89", "at": ("d25", 3), "asked_at": ("d25", 2), "also": [],
        "owner": "Fiona Marsh", "task": "send the site note on the chimney breast removal",
        "due": "tomorrow first thing", "due_date": "2026-07-03", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p90", "at": ("d25", 9), "asked_at": None, "also": [],
        "owner": "Tomasz Wierzbicki", "task": "revise and reissue the handrail detail when the fire officer's comments arrive",
        "due": "the same day", "due_date": None, "conditional": True,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p91", "at": ("d25", 12), "asked_at": None, "also": [],
        "owner": "Barry Doyle", "task": "finish the last items in the mock-up room",
        "due": "before Gerald's next visit on the fifteenth", "due_date": "2026-07-15", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p92", "at": ("d25", 21), "asked_at": None, "also": [],
        "owner": "Barry Doyle", "task": "get the cast iron bath back out of the skip",
        "due": "this afternoon, before the lorry comes", "due_date": "2026-07-02", "conditional": False,
        "status": "done", "report": ("d26", 2), "report_by_other": True, "possible": [],
    },
    {
        "id": "d-p93", "at": ("d25", 26), "asked_at": ("d25", 25), "also": [],
        "owner": "Dev Raman", "task": "forward any queries from the steel fabricator straight to Fiona",
        "due": None, "due_date": None, "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p94", "at": ("d26", 13), "asked_at": None, "also": [],
        "owner": "Helen Ashby", "task": "write the practice's half-year review for the partners",
        "due": "by the end of the month", "due_date": "2026-07-31", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p95", "at": ("d26", 14), "asked_at": None, "also": [],
        "owner": "Dev Raman", "task": "give a short talk on lessons learned from the Wrenfield strip-out",
        "due": "at the next studio meeting", "due_date": None, "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
    {
        "id": "d-p96", "at": ("d26", 17), "asked_at": ("d26", 16), "also": [],
        "owner": "Callum Reid", "task": "pick up the deposit receipt from the boathouse",
        "due": "on Friday", "due_date": "2026-07-10", "conditional": False,
        "status": "open", "report": None, "report_by_other": False, "possible": [],
    },
]

DISTRACTORS: list[dict] = [
    {"at": ("d01", 12), "kind": "should", "note": "general suggestion that nobody takes up"},
    {"at": ("d01", 19), "kind": "sarcasm", "note": "Dev joking about the fire strategy"},
    {"at": ("d01", 22), "kind": "past", "note": "the fee letter was already sent"},
    {"at": ("d01", 27), "kind": "hypothetical", "note": "if the practice won the library refit"},
    {"at": ("d01", 31), "kind": "question", "note": "asks who is going; nobody commits"},
    {"at": ("d01", 33), "kind": "filler", "note": "\"I'll be honest\" is a figure of speech"},
    {"at": ("d01", 34), "kind": "plan", "note": "studio-wide programme, no owner"},
    {"at": ("d01", 36), "kind": "meeting_action", "note": "checking the list during the meeting"},
    {"at": ("d02", 20), "kind": "bet", "note": "Gerald betting on the council"},
    {"at": ("d02", 23), "kind": "question", "note": "nobody takes anything on"},
    {"at": ("d02", 28), "kind": "sarcasm", "note": "Gerald is not looking forward to the fee proposal"},
    {"at": ("d02", 32), "kind": "describing", "note": "what Tomasz is working on"},
    {"at": ("d02", 38), "kind": "polite", "note": "sign-off"},
    {"at": ("d03", 3), "kind": "meeting_action", "note": "screen share"},
    {"at": ("d03", 7), "kind": "hypothetical", "note": "what would happen if the wall is rubble-filled"},
    {"at": ("d03", 11), "kind": "bet", "note": "Barry predicting a late steel delivery"},
    {"at": ("d03", 13), "kind": "past", "note": "site progress already made"},
    {"at": ("d03", 14), "kind": "filler", "note": "\"I'll tell you what\" is a figure of speech"},
    {"at": ("d03", 32), "kind": "question", "note": "asks who is responsible; answered from the appointment"},
    {"at": ("d04", 6), "kind": "withdrawn", "note": "Dev starts to take it on and hands it off"},
    {"at": ("d04", 27), "kind": "past", "note": "work already finished"},
    {"at": ("d04", 30), "kind": "question", "note": "asks for a key"},
    {"at": ("d05", 19), "kind": "question", "note": "technical question, no commitment"},
    {"at": ("d05", 22), "kind": "describing", "note": "what Callum has been working on"},
    {"at": ("d05", 26), "kind": "should", "note": "hedged suggestion with no owner"},
    {"at": ("d05", 33), "kind": "plan", "note": "the board's intention, not a personal commitment"},
    {"at": ("d05", 35), "kind": "polite", "note": "sign-off"},
    {"at": ("d06", 12), "kind": "sarcasm", "note": "Dev on timesheets"},
    {"at": ("d06", 17), "kind": "existence", "note": "a form exists"},
    {"at": ("d06", 18), "kind": "question", "note": "policy question"},
    {"at": ("d06", 20), "kind": "should", "note": "vague suggestion"},
    {"at": ("d06", 22), "kind": "past", "note": "invoice already paid"},
    {"at": ("d06", 25), "kind": "plan", "note": "office plan with no date or owner commitment"},
    {"at": ("d06", 30), "kind": "filler", "note": "figure of speech"},
    {"at": ("d07", 15), "kind": "bet", "note": "Dev betting on the client"},
    {"at": ("d07", 27), "kind": "question", "note": "logistics question"},
    {"at": ("d07", 31), "kind": "meeting_action", "note": "checking the agenda"},
    {"at": ("d08", 2), "kind": "filler", "note": "\"I'll be brief\" describes how she will speak"},
    {"at": ("d08", 20), "kind": "describing", "note": "a colleague's work this week"},
    {"at": ("d08", 23), "kind": "withdrawn", "note": "Barry starts to take it on, then remembers it is not his"},
    {"at": ("d08", 30), "kind": "meeting_action", "note": "stops screen share"},
    {"at": ("d09", 1), "kind": "filler", "note": "joke, not a commitment"},
    {"at": ("d09", 11), "kind": "sarcasm", "note": "Gerald on the cost"},
    {"at": ("d09", 23), "kind": "hypothetical", "note": "depends on the bank"},
    {"at": ("d09", 32), "kind": "plan", "note": "the client's opening plan"},
    {"at": ("d09", 38), "kind": "sarcasm", "note": "joke about invoicing for biscuits"},
    {"at": ("d10", 17), "kind": "question", "note": "about lunch"},
    {"at": ("d10", 23), "kind": "hypothetical", "note": "complaint about storage"},
    {"at": ("d10", 30), "kind": "question", "note": "asks where the keys are"},
    {"at": ("d10", 33), "kind": "hypothetical", "note": "if the school asks for more"},
    {"at": ("d11", 16), "kind": "existence", "note": "a bat box exists"},
    {"at": ("d11", 19), "kind": "question", "note": "timing question"},
    {"at": ("d11", 35), "kind": "question", "note": "logistics"},
    {"at": ("d11", 37), "kind": "polite", "note": "sign-off"},
    {"at": ("d12", 23), "kind": "describing", "note": "what Rosa has been doing"},
    {"at": ("d12", 25), "kind": "sarcasm", "note": "Dev on timesheets"},
    {"at": ("d12", 27), "kind": "should", "note": "general suggestion"},
    {"at": ("d12", 29), "kind": "question", "note": "policy question"},
    {"at": ("d12", 31), "kind": "existence", "note": "files exist"},
    {"at": ("d13", 13), "kind": "should", "note": "suggestion, then Helen takes it"},
    {"at": ("d13", 22), "kind": "plan", "note": "scheduled drill, not a personal commitment"},
    {"at": ("d13", 23), "kind": "question", "note": "asks where to go"},
    {"at": ("d13", 25), "kind": "hypothetical", "note": "party idea"},
    {"at": ("d13", 29), "kind": "meeting_action", "note": "closing the meeting"},
    {"at": ("d14", 19), "kind": "plan", "note": "a projection, not a commitment"},
    {"at": ("d14", 21), "kind": "bet", "note": "prediction about the client"},
    {"at": ("d14", 23), "kind": "past", "note": "the joists were already checked"},
    {"at": ("d14", 24), "kind": "filler", "note": "\"I'll tell you what\""},
    {"at": ("d14", 30), "kind": "meeting_action", "note": "ends screen share"},
    {"at": ("d15", 3), "kind": "polite", "note": "fetching a coffee on the spot"},
    {"at": ("d15", 29), "kind": "bet", "note": "Gerald's rhetorical bet"},
    {"at": ("d15", 31), "kind": "plan", "note": "the client's idea for a launch"},
    {"at": ("d15", 33), "kind": "hypothetical", "note": "if there were a soft launch"},
    {"at": ("d15", 35), "kind": "polite", "note": "leaving"},
    {"at": ("d16", 20), "kind": "hypothetical", "note": "hedged, no commitment"},
    {"at": ("d16", 22), "kind": "hypothetical", "note": "wishful remark"},
    {"at": ("d16", 25), "kind": "question", "note": "looking for a stapler"},
    {"at": ("d17", 20), "kind": "existence", "note": "parking exists"},
    {"at": ("d17", 22), "kind": "question", "note": "procedural question"},
    {"at": ("d17", 23), "kind": "hypothetical", "note": "what would happen if over budget"},
    {"at": ("d17", 29), "kind": "polite", "note": "leaving"},
    {"at": ("d18", 0), "kind": "filler", "note": "\"I'll be quick\" describes the meeting"},
    {"at": ("d18", 9), "kind": "plan", "note": "waits before deciding to chase"},
    {"at": ("d18", 16), "kind": "existence", "note": "a leaflet exists"},
    {"at": ("d18", 19), "kind": "plan", "note": "scheduled switchover"},
    {"at": ("d18", 20), "kind": "filler", "note": "figure of speech"},
    {"at": ("d18", 21), "kind": "question", "note": "checks the rota"},
    {"at": ("d19", 23), "kind": "bet", "note": "joke about Owen"},
    {"at": ("d19", 24), "kind": "meeting_action", "note": "checking notes"},
    {"at": ("d19", 25), "kind": "question", "note": "party question"},
    {"at": ("d19", 28), "kind": "should", "note": "suggestion to the room"},
    {"at": ("d20", 14), "kind": "describing", "note": "says Helen is handling it"},
    {"at": ("d20", 15), "kind": "question", "note": "asks where drawings are"},
    {"at": ("d20", 16), "kind": "existence", "note": "drawings exist in a folder"},
    {"at": ("d20", 18), "kind": "past", "note": "already happened"},
    {"at": ("d20", 20), "kind": "filler", "note": "\"I'll tell you what\""},
    {"at": ("d20", 21), "kind": "hypothetical", "note": "depends on what is found"},
    {"at": ("d20", 24), "kind": "meeting_action", "note": "screen share"},
    {"at": ("d21", 15), "kind": "sarcasm", "note": "Gerald on paperwork"},
    {"at": ("d21", 18), "kind": "hypothetical", "note": "depends on the fabrics arriving"},
    {"at": ("d21", 19), "kind": "question", "note": "asks for an honest view"},
    {"at": ("d21", 25), "kind": "bet", "note": "rhetorical"},
    {"at": ("d21", 29), "kind": "polite", "note": "leaving"},
    {"at": ("d22", 14), "kind": "filler", "note": "\"I'll tell you what\""},
    {"at": ("d22", 18), "kind": "should", "note": "request to the room"},
    {"at": ("d22", 19), "kind": "withdrawn", "note": "Dev offers then takes it back"},
    {"at": ("d22", 24), "kind": "describing", "note": "the new starter's progress"},
    {"at": ("d22", 26), "kind": "hypothetical", "note": "depends on the weather"},
    {"at": ("d22", 27), "kind": "past", "note": "already ordered"},
    {"at": ("d23", 13), "kind": "existence", "note": "an old licence exists"},
    {"at": ("d23", 18), "kind": "plan", "note": "vague collective intention"},
    {"at": ("d23", 24), "kind": "question", "note": "asks permission"},
    {"at": ("d23", 26), "kind": "question", "note": "hypothetical timing question"},
    {"at": ("d23", 30), "kind": "polite", "note": "leaving"},
    {"at": ("d24", 0), "kind": "filler", "note": "describes her mood"},
    {"at": ("d24", 1), "kind": "past", "note": "already done, not a tracked promise"},
    {"at": ("d24", 13), "kind": "question", "note": "asks whether to revisit"},
    {"at": ("d24", 15), "kind": "question", "note": "asks for equipment"},
    {"at": ("d24", 16), "kind": "existence", "note": "a monitor exists"},
    {"at": ("d24", 27), "kind": "hypothetical", "note": "depends on July"},
    {"at": ("d25", 13), "kind": "hypothetical", "note": "depends on the steel"},
    {"at": ("d25", 14), "kind": "bet", "note": "prediction"},
    {"at": ("d25", 27), "kind": "meeting_action", "note": "ends screen share"},
    {"at": ("d26", 6), "kind": "past", "note": "a delivery that already happened"},
    {"at": ("d26", 21), "kind": "hypothetical", "note": "depends on the weather"},
    {"at": ("d26", 23), "kind": "existence", "note": "an indoor space exists"},
    {"at": ("d26", 24), "kind": "meeting_action", "note": "checking the actions"},
    {"at": ("d26", 25), "kind": "question", "note": "logistics question"},
]

TRAPS: list[dict] = [
    {"at": ("d02", 16), "promise": "d-p03", "kind": "question"},
    {"at": ("d03", 30), "promise": "d-p06", "kind": "topic"},
    {"at": ("d04", 17), "promise": "d-p19", "kind": "earlier_same_day"},
    {"at": ("d04", 21), "promise": "d-p17", "kind": "existence"},
    {"at": ("d05", 11), "promise": "d-p16", "kind": "restatement"},
    {"at": ("d06", 31), "promise": "d-p17", "kind": "other_update"},
    {"at": ("d07", 4), "promise": "d-p03", "kind": "question"},
    {"at": ("d07", 7), "promise": "d-p03", "kind": "restatement"},
    {"at": ("d07", 21), "promise": "d-p10", "kind": "question"},
    {"at": ("d08", 0), "promise": "d-p34", "kind": "earlier_same_day"},
    {"at": ("d08", 8), "promise": "d-p10", "kind": "restatement"},
    {"at": ("d08", 11), "promise": "d-p11", "kind": "question"},
    {"at": ("d08", 12), "promise": "d-p11", "kind": "restatement"},
    {"at": ("d08", 14), "promise": "d-p13", "kind": "question"},
    {"at": ("d09", 20), "promise": "d-p28", "kind": "restatement"},
    {"at": ("d09", 28), "promise": "d-p03", "kind": "topic"},
    {"at": ("d10", 7), "promise": "d-p17", "kind": "question"},
    {"at": ("d10", 25), "promise": "d-p36", "kind": "question"},
    {"at": ("d10", 26), "promise": "d-p36", "kind": "restatement"},
    {"at": ("d10", 28), "promise": "d-p31", "kind": "topic"},
    {"at": ("d11", 7), "promise": "d-p20", "kind": "restatement"},
    {"at": ("d11", 21), "promise": "d-p22", "kind": "question"},
    {"at": ("d11", 22), "promise": "d-p22", "kind": "restatement"},
    {"at": ("d11", 33), "promise": "d-p23", "kind": "topic"},
    {"at": ("d12", 4), "promise": "d-p18", "kind": "topic"},
    {"at": ("d12", 9), "promise": "d-p25", "kind": "restatement"},
    {"at": ("d12", 10), "promise": "d-p25", "kind": "hostile"},
    {"at": ("d13", 8), "promise": "d-p43", "kind": "topic"},
    {"at": ("d13", 10), "promise": "d-p52", "kind": "earlier_same_day"},
    {"at": ("d13", 11), "promise": "d-p38", "kind": "restatement"},
    {"at": ("d13", 15), "promise": "d-p08", "kind": "one_word"},
    {"at": ("d13", 20), "promise": "d-p39", "kind": "restatement"},
    {"at": ("d14", 4), "promise": "d-p10", "kind": "restatement"},
    {"at": ("d14", 6), "promise": "d-p33", "kind": "question"},
    {"at": ("d14", 15), "promise": "d-p14", "kind": "question"},
    {"at": ("d14", 18), "promise": "d-p12", "kind": "question"},
    {"at": ("d15", 12), "promise": "d-p35", "kind": "restatement"},
    {"at": ("d15", 18), "promise": "d-p08", "kind": "hostile"},
    {"at": ("d15", 25), "promise": "d-p28", "kind": "question"},
    {"at": ("d16", 1), "promise": "d-p47", "kind": "existence"},
    {"at": ("d16", 11), "promise": "d-p51", "kind": "existence"},
    {"at": ("d16", 12), "promise": "d-p17", "kind": "restatement"},
    {"at": ("d16", 21), "promise": "d-p39", "kind": "restatement"},
    {"at": ("d16", 23), "promise": "d-p12", "kind": "one_word"},
    {"at": ("d17", 3), "promise": "d-p44", "kind": "question"},
    {"at": ("d17", 5), "promise": "d-p44", "kind": "topic"},
    {"at": ("d17", 11), "promise": "d-p15", "kind": "one_word"},
    {"at": ("d17", 18), "promise": "d-p41", "kind": "question"},
    {"at": ("d18", 2), "promise": "d-p46", "kind": "restatement"},
    {"at": ("d18", 3), "promise": "d-p46", "kind": "hostile"},
    {"at": ("d18", 11), "promise": "d-p48", "kind": "question"},
    {"at": ("d18", 14), "promise": "d-p48", "kind": "restatement"},
    {"at": ("d18", 15), "promise": "d-p27", "kind": "other_update"},
    {"at": ("d18", 24), "promise": "d-p25", "kind": "topic"},
    {"at": ("d19", 5), "promise": "d-p38", "kind": "question"},
    {"at": ("d19", 6), "promise": "d-p38", "kind": "restatement"},
    {"at": ("d19", 12), "promise": "d-p61", "kind": "topic"},
    {"at": ("d19", 15), "promise": "d-p60", "kind": "question"},
    {"at": ("d19", 18), "promise": "d-p62", "kind": "topic"},
    {"at": ("d20", 0), "promise": "d-p75", "kind": "earlier_same_day"},
    {"at": ("d20", 2), "promise": "d-p52", "kind": "restatement"},
    {"at": ("d20", 3), "promise": "d-p53", "kind": "restatement"},
    {"at": ("d20", 4), "promise": "d-p54", "kind": "question"},
    {"at": ("d20", 13), "promise": "d-p59", "kind": "question"},
    {"at": ("d21", 8), "promise": "d-p36", "kind": "question"},
    {"at": ("d21", 9), "promise": "d-p36", "kind": "restatement"},
    {"at": ("d21", 28), "promise": "d-p77", "kind": "topic"},
    {"at": ("d22", 5), "promise": "d-p36", "kind": "restatement"},
    {"at": ("d22", 10), "promise": "d-p69", "kind": "one_word"},
    {"at": ("d23", 5), "promise": "d-p64", "kind": "restatement"},
    {"at": ("d23", 14), "promise": "d-p66", "kind": "question"},
    {"at": ("d23", 28), "promise": "d-p65", "kind": "question"},
    {"at": ("d24", 12), "promise": "d-p62", "kind": "other_update"},
    {"at": ("d25", 7), "promise": "d-p72", "kind": "question"},
    {"at": ("d25", 10), "promise": "d-p80", "kind": "restatement"},
    {"at": ("d25", 17), "promise": "d-p75", "kind": "question"},
    {"at": ("d26", 1), "promise": "d-p69", "kind": "restatement"},
    {"at": ("d26", 12), "promise": "d-p88", "kind": "restatement"},
    {"at": ("d26", 18), "promise": "d-p44", "kind": "hostile"},
    {"at": ("d26", 20), "promise": "d-p61", "kind": "topic"},
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
