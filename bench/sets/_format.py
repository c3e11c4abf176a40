"""What every hand-written commitments set (bench/sets/commitments_a.py, _c, _d) must hold: each
reference names a real line, promises and their reports in time order, kinds from the known lists.
Run a set to check it: ``python3 bench/sets/commitments_c.py``."""

from __future__ import annotations

from types import ModuleType


def check(module: ModuleType) -> None:
    MEETINGS, PEOPLE, PROMISES = module.MEETINGS, module.PEOPLE, module.PROMISES
    DISTRACTORS, TRAPS = module.DISTRACTORS, module.TRAPS
    DISTRACTOR_KINDS, TRAP_KINDS = module.DISTRACTOR_KINDS, module.TRAP_KINDS
    from collections import Counter
    from datetime import date, datetime

    def start(mid: str) -> datetime:
        return datetime.fromisoformat(by_id[mid]["start"].replace("Z", "+00:00"))

    ids = [m["id"] for m in MEETINGS]
    assert len(ids) == len(set(ids)), "meeting ids not unique"
    by_id = {m["id"]: m for m in MEETINGS}
    assert len(set(PEOPLE)) == len(PEOPLE), "duplicate person"
    firsts = [p.split()[0] for p in PEOPLE]
    assert len(firsts) == len(set(firsts)), "first names should be unique"
    for m in MEETINGS:
        start(m["id"])
        assert 30 <= len(m["lines"]) <= 70, (m["id"], len(m["lines"]))
        last = -1
        for n, line in enumerate(m["lines"]):
            assert len(line) == 3, (m["id"], n)
            speaker, sec, text = line
            assert speaker in PEOPLE, (m["id"], n, speaker)
            assert isinstance(sec, int) and sec >= last, ("lines out of time order", m["id"], n)
            assert isinstance(text, str) and text.strip(), (m["id"], n)
            last = sec
    starts = [start(i) for i in ids]
    assert starts == sorted(starts), "meetings are not in start order"
    days = Counter(s.date() for s in starts)
    assert sum(1 for c in days.values() if c >= 2) >= 3, "need at least 3 days with two meetings"

    def ok(ref) -> bool:
        return (isinstance(ref, tuple) and len(ref) == 2 and ref[0] in by_id
                and isinstance(ref[1], int) and 0 <= ref[1] < len(by_id[ref[0]]["lines"]))

    def later(a, b) -> bool:
        """True when place b comes after place a in time."""
        return (start(b[0]), b[1]) > (start(a[0]), a[1])

    def speaker_of(ref) -> str:
        return by_id[ref[0]]["lines"][ref[1]][0]

    roles: dict = {}

    def mark(ref, role) -> None:
        roles.setdefault(ref, []).append(role)

    pids = [p["id"] for p in PROMISES]
    assert len(pids) == len(set(pids)), "promise ids not unique"
    pby = {p["id"]: p for p in PROMISES}
    keys = {"id", "at", "asked_at", "also", "owner", "task", "due", "due_date", "conditional", "status",
            "report", "report_by_other", "possible"}
    for p in PROMISES:
        assert set(p) == keys, (p["id"], set(p) ^ keys)
        assert ok(p["at"]), p["id"]
        assert p["owner"] in PEOPLE, p["id"]
        assert p["task"].strip(), p["id"]
        mark(p["at"], ("promise", p["id"]))
        if p["asked_at"] is not None:
            assert ok(p["asked_at"]), p["id"]
            assert p["asked_at"][0] == p["at"][0] and p["asked_at"][1] < p["at"][1], p["id"]
            mark(p["asked_at"], ("asked", p["id"]))
        for r in p["also"]:
            assert ok(r) and later(p["at"], r), (p["id"], r)
            mark(r, ("also", p["id"]))
        assert (p["due"] is None) <= (p["due_date"] is None), p["id"]
        if p["due_date"] is not None:
            assert date.fromisoformat(p["due_date"]) >= start(p["at"][0]).date(), p["id"]
        assert isinstance(p["conditional"], bool), p["id"]
        assert p["status"] in {"done", "slipped", "open"}, p["id"]
        if p["status"] == "open":
            assert p["report"] is None and p["report_by_other"] is False, p["id"]
        else:
            r = p["report"]
            assert ok(r), p["id"]
            assert start(r[0]) > start(p["at"][0]), ("report must be in a later meeting", p["id"])
            assert p["report_by_other"] == (speaker_of(r) != p["owner"]), p["id"]
            mark(r, ("report", p["id"]))
        for r in p.get("possible", []):
            assert ok(r) and start(r[0]) > start(p["at"][0]), (p["id"], r)
            mark(r, ("possible", p["id"]))

    for d in DISTRACTORS:
        assert ok(d["at"]), d
        assert d["kind"] in DISTRACTOR_KINDS, d
        assert d["note"].strip(), d
        mark(d["at"], ("distractor", None))

    for t in TRAPS:
        assert ok(t["at"]), t
        assert t["kind"] in TRAP_KINDS, t
        assert t["promise"] in pby, t
        p = pby[t["promise"]]
        if t["kind"] == "earlier_same_day":
            assert t["at"][0] != p["at"][0], t
            assert start(t["at"][0]).date() == start(p["at"][0]).date(), t
            assert start(t["at"][0]) < start(p["at"][0]), t
        else:
            assert later(p["at"], t["at"]), ("trap must come after its promise", t)
        if t["kind"] == "restatement":
            assert t["at"] in p["also"], ("a restatement trap is also listed in the promise's also", t)
        mark(t["at"], ("trap_" + t["kind"], t["promise"]))

    # No line labelled twice in conflicting ways. The one allowed pair: a later restatement of a promise is
    # both in that promise's "also" and a "restatement" trap for the same promise.
    for ref, rs in roles.items():
        if len(rs) == 1:
            continue
        kinds = sorted(r[0] for r in rs)
        same = len({r[1] for r in rs}) == 1
        assert kinds == ["also", "trap_restatement"] and same, ("conflicting labels", ref, rs)

    n_esd = sum(1 for t in TRAPS if t["kind"] == "earlier_same_day")
    assert len(MEETINGS) >= 22, len(MEETINGS)
    assert len(PROMISES) >= 62, len(PROMISES)
    assert len(DISTRACTORS) >= 62, len(DISTRACTORS)
    assert len(TRAPS) >= 30, len(TRAPS)
    assert n_esd >= 3, n_esd

    status = Counter(p["status"] for p in PROMISES)
    print(f"meetings: {len(MEETINGS)}  lines: {sum(len(m['lines']) for m in MEETINGS)}  "
          f"days with two meetings: {sum(1 for c in days.values() if c >= 2)}")
    print(f"promises: {len(PROMISES)}  " + "  ".join(f"{k}: {status[k]}" for k in ("done", "slipped", "open")))
    print(f"  with due date: {sum(1 for p in PROMISES if p['due'])}  conditional: "
          f"{sum(1 for p in PROMISES if p['conditional'])}  asked then accepted: "
          f"{sum(1 for p in PROMISES if p['asked_at'])}  said again: {sum(1 for p in PROMISES if p['also'])}  "
          f"reported by someone else: {sum(1 for p in PROMISES if p['report_by_other'])}  "
          f"possible lines: {sum(len(p.get('possible', [])) for p in PROMISES)}")
    dk = Counter(d["kind"] for d in DISTRACTORS)
    print(f"distractors: {len(DISTRACTORS)}  " + "  ".join(f"{k}: {dk[k]}" for k in sorted(dk)))
    tk = Counter(t["kind"] for t in TRAPS)
    print(f"traps: {len(TRAPS)}  " + "  ".join(f"{k}: {tk[k]}" for k in sorted(tk)))
    print("ok")
