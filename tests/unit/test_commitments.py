"""The commitments logic on its own: what is a promise, whose, by when, and what later lines say."""

from __future__ import annotations

from datetime import date

from convo_mcp.insights.commitments import find_promises
from convo_mcp.insights.dues import due_in, resolve_due
from convo_mcp.insights.followup import follow
from convo_mcp.insights.promise import Line, keywords, same_task
from convo_mcp.insights.reports import kind_of, read

WED = date(2026, 12, 2)  # a Wednesday
PEOPLE = ["Lee Park", "Dana Whitfield", "Priya Raman"]


def line(text: str, speaker: str = "Lee Park", cid: str = "m1", day: date = WED, seg: int = 0,
         when: float | None = None) -> Line:
    return Line(cid, day, seg, speaker, text, when=when)


def test_a_promise_its_owner_recipient_and_due_date() -> None:
    (p,) = find_promises([line("Sure, I'll send the revised SOW to Initech by Friday.")], PEOPLE)
    assert (p.owner, p.to, p.due, p.due_date) == ("Lee Park", "Initech", "Friday", date(2026, 12, 4))
    assert p.text == "send the revised SOW to Initech by Friday" and p.status == "open" and not p.unsure
    assert p.head == "sow"  # what it is done to


def test_what_is_not_a_promise() -> None:
    said = ["I sent the contract last week.", "I think the pricing is too aggressive.",
            "Should I send the deck now?", "We should revisit the rotation at some point.",
            "Let me share my screen.", "I'll be honest, it was disappointing.", "Maybe I'll look at it someday.",
            "Oh sure, and I'll just rewrite the whole app tonight.", "I bet you lunch the build fails again.",
            "I'll mention it to Dana — actually, no, never mind.", "I'll check with the team and confirm.",
            "If we had the budget I'd hire two more people.", "I'll keep that in mind.", "I'll let you go."]
    assert find_promises([line(t, seg=i) for i, t in enumerate(said)], PEOPLE) == []


def test_asked_and_accepted_belongs_to_who_accepted_with_the_due_date_said_on_accepting() -> None:
    asked = line("Priya, can you renew the TLS certificates on the portal?", speaker="Dana Whitfield")
    (p,) = find_promises([asked, line("Sure, I'll get it done this week.", speaker="Priya Raman", seg=1)], PEOPLE)
    assert (p.owner, p.text, p.line.segment_index, p.asked) == ("Priya Raman", "renew the TLS certificates on "
                                                                "the portal", 1, 0)
    assert p.due == "this week" and p.due_date == date(2026, 12, 4)
    refused = [asked, line("I can't this week, sorry, I'm out.", speaker="Priya Raman", seg=1)]
    assert find_promises(refused, PEOPLE) == []
    assert find_promises([asked], PEOPLE) == []  # an ask nobody takes is nobody's promise


def test_handed_to_someone_who_takes_it_and_we_said_by_who_then_owns_it() -> None:
    handed = [line("Priya's going to redo the Q4 forecast with the churn numbers.", speaker="Dana Whitfield"),
              line("Yep, that's right.", speaker="Priya Raman", seg=1)]
    (p,) = find_promises(handed, PEOPLE)
    assert p.owner == "Priya Raman" and "forecast" in p.text and p.line.segment_index == 0
    (we,) = find_promises([line("We'll get the deck out to the board Wednesday — I'll do it.")], PEOPLE)
    assert we.owner == "Lee Park" and "deck" in (we.context or "") and we.due == "Wednesday"


def test_the_same_promise_said_again_later_is_one_promise_in_two_places() -> None:
    from convo_mcp.insights.promise import restated

    first = find_promises([line("I'll send them the SOC 2 report on Wednesday.", when=1.0)], PEOPLE)
    again = find_promises([line("Like I said, I'll send the SOC 2 report as soon as the NDA's back.", cid="m2",
                                day=date(2026, 12, 9), when=2.0)], PEOPLE)
    (one,) = restated([*first, *again])
    assert one.line.conversation_id == "m1" and [x.conversation_id for x in one.also] == ["m2"]


def test_later_lines_mark_done_or_slipped_with_their_quote_and_unrelated_ones_leave_it_open() -> None:
    promises = find_promises([line("I'll send the revised SOW to Initech.", seg=3),
                              line("I'll book the offsite venue.", speaker="Dana Whitfield", seg=4),
                              line("I'll update the pricing deck.", speaker="Priya Raman", seg=5)], PEOPLE)
    later = [line("I sent the revised SOW to Initech yesterday.", cid="m2", day=date(2026, 12, 9), seg=7),
             line("The offsite venue is going to slip, I need another week.", speaker="Dana Whitfield", cid="m2",
                  day=date(2026, 12, 9), seg=8),
             line("I finished the budget memo.", speaker="Priya Raman", cid="m2", day=date(2026, 12, 9), seg=9)]
    sow, venue, deck = follow(promises, later)
    assert sow.status == "done" and sow.evidence is not None
    assert (sow.evidence.conversation_id, sow.evidence.segment_index) == ("m2", 7)
    assert venue.status == "slipped" and "another week" in (venue.evidence.text if venue.evidence else "")
    assert deck.status == "open" and deck.evidence is None  # another task's report is not this one's


def test_a_line_earlier_in_time_never_settles_a_promise_even_the_same_day() -> None:
    (p,) = find_promises([line("I'll send Rosa her own sandbox login.", cid="pm", when=18 * 3600.0)], PEOPLE)
    morning = line("I sent Rosa her sandbox login this morning.", cid="am", when=10 * 3600.0)
    (after,) = follow([p], [morning])
    assert after.status == "open"
    (later,) = follow([p], [line("I sent Rosa her sandbox login this morning.", cid="next", when=42 * 3600.0)])
    assert later.status == "done"


def test_a_weak_link_is_a_possible_update_never_done() -> None:
    (p,) = find_promises([line("I'll draft the Tidewell case study.")], PEOPLE)
    (after,) = follow([p], [line("The case study is kind of in motion, I think.", cid="m2", day=date(2026, 12, 9))])
    assert after.status == "open" and after.possible is not None and after.unsure
    (same,) = follow([p], [line("I drafted the Tidewell case study.", seg=4)])
    assert same.status == "open"  # said in the same meeting: not a report on it


def test_restatement_existence_topic_and_question_leave_it_open() -> None:
    (p,) = find_promises([line("I'll send Northgate the SOC 2 report.")], PEOPLE)
    later = ["Like I said, I'll send them the SOC 2 report once the NDA's back.",
             "We have a SOC 2 Type II report from March, it's thorough.",
             "The SOC 2 report came up on the Northgate call again.",
             "Did the SOC 2 report ever go to Northgate?"]
    for n, text in enumerate(later):
        (after,) = follow([p], [line(text, cid=f"m{n + 2}", day=date(2026, 12, 9))])
        assert after.status == "open", text


def test_a_slip_in_many_wordings() -> None:
    slips = ["That one's slipping, sorry.", "Not yet, the importer broke.", "Pushed to next sprint.",
             "It's on hold until legal signs off.", "We dropped it.", "We parked that for now.",
             "Honestly, I haven't had time to look at it.", "It's going to take another couple of weeks."]
    assert [kind_of(t) for t in slips] == ["slipped"] * len(slips)
    (p,) = find_promises([line("I'll write the DB failover runbook.")], PEOPLE)
    (after,) = follow([p], [line("And the failover runbook — haven't gotten to it, honestly.", cid="m2",
                                 day=date(2026, 12, 9))])
    assert after.status == "slipped"


def test_report_reads_done_and_leaves_plans_talk_and_questions_alone() -> None:
    done = ["Got the PO number from Initech procurement, finally.", "The pricing page fix is live.",
            "The feedback session is set for Wednesday, invites sent.", "Logo files are in your inbox, Marcus.",
            "Priya archived the old Jenkins jobs.", "Sent it over last night.", "Invoices are reconciled."]
    nothing = ["I'll send the SOW tomorrow.",
               "I'm going to get the PO number.", "I need the PO number from procurement.",
               "We have a SOC 2 report.", "Just mark everything done and we'll sort it out later.",
               "It will be live next week."]
    assert [kind_of(t) for t in done] == ["done"] * len(done)
    assert [kind_of(t) for t in nothing] == [None] * len(nothing)
    assert kind_of("Did you send the SOW?") == "maybe"  # a question: at most a possible update
    talked = read("We talked about the revised SOW for Initech.")
    assert talked is not None and (talked.kind, talked.talk) == ("done", "talked")  # completes talk only
    (sow,) = find_promises([line("I'll send the revised SOW to Initech.")], PEOPLE)
    (after,) = follow([sow], [line("We talked about the revised SOW for Initech.", cid="m2", day=date(2026, 12, 9))])
    assert after.status == "open"


def test_someone_else_reports_it_done_when_naming_the_owner_but_not_a_bystander_in_passing() -> None:
    promise = find_promises([Line("m1", date(2026, 11, 2), 0, "Priya Raman", "I'll archive the old Jenkins jobs.")])
    later = [Line("m2", date(2026, 11, 9), 3, "Lee Park", "I archived a few jobs myself."),
             Line("m2", date(2026, 11, 9), 4, "Marcus Chen", "Priya archived the old Jenkins jobs.")]
    (only,) = follow(promise, later[:1])
    assert only.status == "open"  # someone else, half the words and not naming her: not her report
    (named,) = follow(promise, later)
    assert named.status == "done" and named.evidence is not None and named.evidence.segment_index == 4


def test_due_dates_as_said() -> None:
    assert resolve_due("tomorrow", WED) == date(2026, 12, 3)
    assert resolve_due("end of the week", WED) == date(2026, 12, 4)
    assert resolve_due("end of the month", WED) == date(2026, 12, 31)
    assert resolve_due("Monday", WED) == date(2026, 12, 7)
    assert resolve_due("the 15th", WED) == date(2026, 12, 15)
    assert resolve_due("the fifteenth", WED) == date(2026, 12, 15)
    assert resolve_due("next Tuesday", WED) == date(2026, 12, 8)
    assert resolve_due("Dec 20", WED) == date(2026, 12, 20)
    assert resolve_due("end of quarter", WED) == date(2026, 12, 31)
    assert resolve_due("soonish", WED) is None
    assert due_in("I'll ship the release notes Thursday.") == "Thursday"
    assert due_in("I'll have it ready before the launch.") == "before the launch"
    assert due_in("I'll get it done this sprint.") == "this sprint"
    assert resolve_due("this sprint", WED) is None  # kept as said


def test_one_shared_word_does_not_make_two_tasks_one() -> None:
    (sow,) = find_promises([line("I'll send the revised SOW to Initech.")], PEOPLE)
    assert not same_task(keywords("Prepare the Initech security audit checklist"), sow)
    assert same_task(keywords("Send the revised SOW to Initech"), sow)
