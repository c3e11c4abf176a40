"""The commitments logic on its own: what is a promise, whose, by when, and what later lines say."""

from __future__ import annotations

from datetime import date

from convo_mcp.insights.commitments import Line, find_promises, resolve_due
from convo_mcp.insights.followup import follow

WED = date(2026, 12, 2)  # a Wednesday
PEOPLE = ["Lee Park", "Dana Whitfield", "Priya Raman"]


def line(text: str, speaker: str = "Lee Park", cid: str = "m1", day: date = WED, seg: int = 0) -> Line:
    return Line(cid, day, seg, speaker, text)


def test_a_promise_its_owner_recipient_and_due_date() -> None:
    (p,) = find_promises([line("Sure, I'll send the revised SOW to Initech by Friday.")], PEOPLE)
    assert (p.owner, p.to, p.due, p.due_date) == ("Lee Park", "Initech", "Friday", date(2026, 12, 4))
    assert p.text == "send the revised SOW to Initech by Friday" and p.status == "open" and not p.unsure


def test_what_is_not_a_promise() -> None:
    said = ["I sent the contract last week.", "I think the pricing is too aggressive.",
            "Should I send the deck now?", "We should revisit the rotation at some point.",
            "Let me share my screen.", "I'll be honest, it was disappointing.", "Maybe I'll look at it someday."]
    assert find_promises([line(t, seg=i) for i, t in enumerate(said)], PEOPLE) == []


def test_a_task_said_to_a_first_name_belongs_to_that_person() -> None:
    (p,) = find_promises([line("Priya, can you write the incident summary?", speaker="Dana Whitfield")], PEOPLE)
    assert p.owner == "Priya Raman" and p.text == "write the incident summary"
    taken = find_promises([line("Who can chase the Vandelay invoice?", speaker="Dana Whitfield"),
                           line("Leave it with me.", seg=1)], PEOPLE)
    assert [(p.owner, p.text) for p in taken] == [("Lee Park", "Who can chase the Vandelay invoice")]


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


def test_a_weak_link_leaves_the_promise_open_and_unsure_never_done() -> None:
    (p,) = find_promises([line("I'll send the revised SOW and the pricing appendix to Initech.")], PEOPLE)
    (after,) = follow([p], [line("I sent the appendix.", cid="m2", day=date(2026, 12, 9))])
    assert after.status == "open" and after.unsure and after.evidence is not None
    (same,) = follow([p], [line("I sent the revised SOW and pricing appendix to Initech.", seg=4)])
    assert same.status == "open"  # said in the same meeting: not a report on it


def test_due_dates_as_said() -> None:
    assert resolve_due("tomorrow", WED) == date(2026, 12, 3)
    assert resolve_due("end of the week", WED) == date(2026, 12, 4)
    assert resolve_due("end of the month", WED) == date(2026, 12, 31)
    assert resolve_due("Monday", WED) == date(2026, 12, 7)
    assert resolve_due("the 15th", WED) == date(2026, 12, 15)
    assert resolve_due("Dec 20", WED) == date(2026, 12, 20)
    assert resolve_due("soonish", WED) is None


def test_report_reads_done_slipped_and_leaves_plans_talk_and_questions_alone() -> None:
    from convo_mcp.insights.followup import report

    done = ["Got the PO number from Initech procurement, finally.", "Benchmarked the cluster, twice as fast.",
            "The feedback session is set for Wednesday, invites sent.", "Logo files are in your inbox, Marcus.",
            "Priya archived the old Jenkins jobs.", "Webinar recording went to all the registrants."]
    slipped = ["The model rework is on hold until finance sends the bands.",
               "It keeps getting moved, nothing booked yet.", "The vendor needs two more weeks.",
               "Honestly I haven't touched it.", "That slid a couple of weeks."]
    nothing = ["We talked about the revised SOW for Initech.", "Did you send the SOW?", "I'll send the SOW tomorrow.",
               "I'm going to get the PO number.", "I need the PO number from procurement.",
               "I haven't heard back from anyone", "We decided the SOW can wait for legal's view."]
    assert [report(t) for t in done] == ["done"] * len(done)
    assert [report(t) for t in slipped] == ["slipped"] * len(slipped)
    assert [report(t) for t in nothing] == [None] * len(nothing)


def test_someone_else_reports_it_done_when_naming_the_owner_but_not_a_bystander_in_passing() -> None:
    promise = find_promises([Line("m1", date(2026, 11, 2), 0, "Priya Raman", "I'll archive the old Jenkins jobs.")])
    later = [Line("m2", date(2026, 11, 9), 3, "Lee Park", "I archived a few jobs myself."),
             Line("m2", date(2026, 11, 9), 4, "Marcus Chen", "Priya archived the old Jenkins jobs.")]
    (only,) = follow(promise, later[:1])
    assert only.status == "open"  # someone else, half the words and not naming her: not her report
    (named,) = follow(promise, later)
    assert named.status == "done" and named.evidence is not None and named.evidence.segment_index == 4


def test_one_shared_word_does_not_make_two_tasks_one() -> None:
    from convo_mcp.insights.commitments import keywords, same_task

    (filler,) = find_promises([line("I'll check with the team and confirm.")], PEOPLE)
    assert not same_task(keywords("Prepare the security audit checklist"), filler)  # "check" alone
    (sow,) = find_promises([line("I'll send the revised SOW to Initech.")], PEOPLE)
    assert same_task(keywords("Send the revised SOW to Initech"), sow)
