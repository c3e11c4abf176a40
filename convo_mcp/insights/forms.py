"""The words commitments are made and refused in (English only for now): the forms of a promise said of
oneself ("I'll", "I can", "let me", "you'll have"), asked for and taken up ("can you …?" / "sure"),
handed to someone ("Omar's going to …"); and what is no task (talk about talk, things done there and
then, politeness), hedges, sarcasm, bets, what is taken back, conditions. :mod:`.commitments` reads
lines with them.
"""

from __future__ import annotations

import re

ADV = (r"(?:(?:also|still|then|just|definitely|personally|totally|happily|gladly|certainly|first|quickly|"
        r"actually|now|myself|absolutely|go ahead and|make sure (?:to|that|I)|be sure to|try (?:to|and))\s+)*")
SELF = re.compile(r"\bI(?:'ll| will| shall|'m going to| am going to|'m gonna| am gonna| can(?!'t| not| never))\s+"
                   + ADV + r"(?P<rest>[^.!?;]+)", re.IGNORECASE)
LET_ME = re.compile(r"\blet me\s+(?:just\s+|quickly\s+|go ahead and\s+)?(?P<rest>[^.!?;]+)", re.IGNORECASE)
YOU_HAVE = re.compile(r"\byou'll (?P<verb>have|get) (?P<rest>[^.!?;]+)", re.IGNORECASE)
WE = re.compile(r"\bwe(?:'ll| will|'re going to| are going to|'re gonna)\s+" + ADV + r"(?P<rest>[^.!?;—–]+)",
                 re.IGNORECASE)
THIRD = re.compile(r"\b(?P<name>[A-Z][a-z]+)(?:'s going to| is going to|'ll| will| is gonna|'s gonna| can)\s+"
                    + ADV + r"(?P<rest>[^.!?;]+)")
HAS_IT = re.compile(r"\b(?P<name>[A-Z][a-z]+)(?:'s got| has got| has| is on| 's on|'s on)\s+(?:it|this|that)\b")
TAKEN = re.compile(r"\b(?:I(?:'ll| will| shall) be there|I can make it|leave (?:it|that|this) (?:with|to) me|I'm on"
                    r" it|I'm on (?:that|this)|on it|consider it "
                    r"done|I've got (?:it|this|that)|I got (?:it|this|that)|will do|can do|happy to|glad to|count me "
                    r"in|no problem|you got it|sure thing|I can do that)\b", re.IGNORECASE)
YES = re.compile(r"^(?:-?hm+\W*|mm-?hm\W*)?(?:yes|yeah|yep|yup|aye|righto|right you are|roger|gotcha|no worries|no "
                  r"bother|"
                  r"sure|of course|absolutely|definitely|ok|okay|fine|"
                  r"alright|all right|will do|can do|on it|no problem|happy to|glad to|for sure|you bet|sounds good|"
                  r"deal|done|ugh|consider it|leave it with me|i'm on it|i can|i will|i'll|give me)\b", re.IGNORECASE)
NO = re.compile(r"^(?:no\b(?!\s+problem)|nope|not (?:me|this|right|sure)|i can't|i cannot|can't|i don't think|"
                 r"i won't|sorry,? (?:i|no|can't)|i'd rather not|i'm not sure i can|i'd love to,? but)", re.IGNORECASE)
ASK = re.compile(r"\bwould you be (?:up for|able to|willing to|ok(?:ay)? to|happy to)\s+(?P<task3>[^?]+)|"
                  r"\b(?:can|could|would|will) you(?: please| maybe| possibly| also)?\s+(?P<task>[^?]+)|"
                  r"\b(?:can|could) (?:someone|somebody|anyone|anybody|we get|i get)\s+(?P<task2>[^?]+)|"
                  r"\b(?:can|could|shall) we (?:have|get)\s+(?P<task7>[^?]+)|"
                  r"\bdo you mind\s+(?P<task4>[^?]+)|\bany chance you could\s+(?P<task5>[^?]+)|"
                  r"\bwho (?:can|could|wants to|will)\s+(?P<task6>[^?]+)", re.IGNORECASE)

# what is no task: talk about talk, states, things done there and then, politeness
NEVER = re.compile(
    r"^(?:be\b(?!\s+(?:sure|able)\s+to)|think|keep (?:that|it|this|you) (?:in mind|posted)|bear (?:that|it) in mind|"
    r"let (?:you|you all|you lot|you guys|everyone|y'all) (?:\w+ )?(?:go|get|know)|leave (?:you|it there|that there|"
    r"(?:that|it|this) (?:between|with you|to you|up to))|hold you to|give (?:it|them|him|her) (?:another|a few|a "
    r"couple|till|until)|[^,]{0,30}\bon (?:the |my |your )?screen\b|see (?:you|what|if|how)|talk to you (?:later|soon)|"
    r"catch you|stop (?:you|there|sharing|here)|grab (?:a |some )?(?:coffee|tea|water|lunch|food|drink|bite)|"
    r"take (?:a (?:break|breath|step back|second|minute|look at (?:the|this) slide)|five)|need to|want to|have to|"
    r"hope|guess|say|tell you|admit|put it|play devil|jump in|hand (?:it )?over|turn it over|pass (?:it|that)|move "
    r"on|keep (?:it|this) (?:short|brief)|mute|unmute|drop off|hop off|head (?:out|off)|step (?:away|out)|answer "
    r"(?:that|this)|respond to that|say more|double.?click|ask (?:you|a question)|go first|start (?:with|by|us|off)|"
    r"recap|repeat|(?:jump|hop|drop|head|log|run) (?:off|out)|sign (?:off|out)(?:\s*$| now| here| for)|pretend|allow"
    r" (?:it|that)|"
    r"know\b|need\b|cry|scream|die|faint|lose (?:it|my mind)|take (?:that|it) as|(?:go|run|walk) (?:through|over) "
    r"[^,]{0,40}\bfirst\b|go over (?:the )?(?:headlines|numbers|agenda)|wrap (?:up|it up|things up|us up) (?:here|no"
    r"w|there)|"
    r"take (?:that|it|this) (?:on board|into account)|get (?:right )?on (?:that|it) (?:right away )?(?:then)?$|never"
    r"|not\b|probably|maybe|"
    r"admit|bet|eat my|remember|miss|regret|love|hate|be honest|agree|disagree|believe|assume|imagine|wait|"
    r"stay|sit (?:tight|back)|leave it at that|shut up|hold (?:on|off)|live with|survive|try not)\b",
    re.IGNORECASE)
# done there and then: on the screen, in the room ("let me share my screen", "let me pull up the board")
HERE = re.compile(
    r"^(?:share|pull|show|drag|scroll|open|bring up|click|type|read|walk|(?:go|run) (?:through|back|over)|look|find|"
    r"check "
    r"(?:my|the) notes|put (?:it|this|that) on|zoom|switch|flip|jump|explain|summari[sz]e|clarify|rephrase|"
    r"finish (?:my|this) (?:thought|point|sentence)|add (?:to|one thing|something)|interrupt|just)\b", re.IGNORECASE)
ERRAND = re.compile(
    r"^(?:book|send|draft|write|schedule|set up|get|follow up|check (?:with|on|in with)|look into|ping|call|email|"
    r"reach out|put together|update|review|prepare|find out|chase|order|reserve|file|submit|fix|sort out|organi[sz]e|"
    r"arrange|loop in|talk to|speak to|sync with|run|migrate|rework|finali[sz]e|confirm|renew|ask(?! you)|figure "
    r"out|dig into|get back to|circle back|take care of|handle|contact|text|message|invite|buy|pay|cancel)\b",
    re.IGNORECASE)
HEDGE_BEFORE = re.compile(r"(?:\b(?:maybe|perhaps|probably|possibly|i think|i guess|hopefully|might)\s*,?\s*"
                           r"(?:so\s+)?|\bi'd\s+)$", re.IGNORECASE)
SARCASM = re.compile(
    r"^(?:oh,?\s+)?(?:sure|great|yeah|right|perfect|wonderful|fantastic|brilliant|awesome|totally|absolutely)\s*,?"
    r"\s*(?:and|so|then)?\s*,?\s*I(?:'ll| will)\s+just\b|\bwhile I'm at it\b|\bproblem solved\b|\bin my spare time\b|"
    r"\bwhat could (?:possibly )?go wrong\b|\b(?:yeah|oh),? right\b|\bno pressure\b|\bwhen pigs fly\b|\bin my dreams\b|"
    r"^(?:oh,?\s+)?(?:sure|absolutely|of course|yes|yeah|great|totally|right)\s*,\s*and I(?:'ll| will)\b|"
    r"\bwhile (?:i'm|we're|you're) at it\b|\bat this rate\b|"
    r"\bget right on (?:that|it)\b|\b(?:the (?:whole|entire)|every single|everything|all of it|single-handedly|"
    r"by myself)\b.{0,60}\b(?:tonight|overnight|this weekend|by tomorrow|by (?:monday|tuesday|wednesday|thursday|"
    r"friday)|in an hour|no problem|easy|while i'm at it)\b", re.IGNORECASE)
BET = re.compile(r"\bI(?:'ll| will)? bet\b|\bbet you\b|\bwanna bet\b|\bi'll eat my\b|\bmark my words\b|\bput money "
                  r"on\b|\bmy money's on\b|\b(?:ten|five|twenty) (?:bucks|dollars|quid|euros) says\b", re.IGNORECASE)
TAKEN_BACK = re.compile(
    r"\b(?:actually,? no|no,? wait|wait,? no|oh,? wait|never ?mind|(?:scratch|scrap|strike|ignore|cancel) that|on "
    r"second thought|forget (?:it|that|"
    r"i said)|i can't,|actually,? (?:it's|that's|they're) already|i'll leave (?:it|that)|you do it|you take it|"
    r"(?:she|he|they) should do it|let (?:her|him|them) do it|no,? no)\b", re.IGNORECASE)
CONDITION = re.compile(r"\b(?:if|once|as soon as|assuming|provided|unless|when)\b", re.IGNORECASE)
AFTER_CONDITION = re.compile(r"\b(?:as soon as|once|provided|assuming)\b", re.IGNORECASE)
PRONOUN_TASK = re.compile(r"^(?:(?:do|take|handle|own|grab|get|sort|send|chase|fix|set up|look at|update|"
                           r"talk to|follow up on|deal with)\s+)?(?:it|that|this|them|those|him|her|one)(?:\s*$|[,.;]|"
                           r"\s+(?:over|out|up|back|off|to|by|on|in|for|done|sorted|fixed|through|first|then|again|"
                           r"tomorrow|today|tonight|later|now|this|next|before|after|asap)\b)", re.IGNORECASE)
TO = re.compile(r"\b(?:to|with|for)\s+(?P<to>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)|"
                 r"^(?:email|send|call|ping|tell|ask|text|message)\s+(?P<to2>[A-Z][A-Za-z]+)")




DETERMINERS = frozenset(["the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "some", "any", "all",
                          "both", "every", "each", "these", "those", "this", "that", "two", "three", "four", "five"])


# a commitment ending in a polite check is still one: "I'll instruct her this week, if that's alright?"
TAG = re.compile(r"(?:,\s*|\s+)(?:if that's (?:ok|okay|alright|all right|fine)(?: with (?:everyone|you|you all))?|"
                 r"shall I|yeah|right|ok|okay|or so|does that work|is that ok(?:ay)?|sound good|all right)\s*\?$",
                 re.IGNORECASE)
# "… a fee breakdown so I can set up the budget": a purpose, not an offer
PURPOSE = re.compile(r"[a-z]\s+(?:so|so that|and then)\s*$|\b(?:before|until|till|whenever|unless|because|where|"
                     r"which|than|how|what)\s*$", re.IGNORECASE)
# "Oh, of course. Portugal. I'll just put it on the company card.": mocking
MOCK_OPEN = re.compile(r"^(?:oh,?\s+)(?:sure|of course|absolutely|yes|yeah|great|right|totally)\b", re.IGNORECASE)
