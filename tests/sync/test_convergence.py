"""Two devices and HQ converge through the real HQ service: answers, evidence metadata,
tombstones; fields merge; what cannot merge goes to the conflict inbox; one bad record is
quarantined; a mass deletion is refused; a new team member gets the mission's history."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update

from mercator_desktop.services.sync import SyncFailed
from mercator_desktop.storage import models as m

from . import data
from .conftest import EXPERT_A, EXPERT_B

TEAM = {EXPERT_A: "Alice Expert", EXPERT_B: "Bob Expert"}


def test_two_devices_and_hq_converge(hq, make_device):
    a, b, chief = make_device("alice"), make_device("bob"), make_device("chief")
    a.login(hq, "alice")
    b.login(hq, "bob")
    chief.login(hq, "chief")
    mission_id = data.mission(a.store, "JM-2031-WS-01", TEAM)
    _, answers = data.assessment(a.store, mission_id, 5)
    data.evidence(a.store, answers[0])
    assert a.sync_service.pending_count() > 0

    first = a.sync()
    assert first.sent >= 10 and first.rejected == 0 and first.conflicts == 0
    assert a.sync_service.pending_count() == 0
    assert set(a.sync_service.record_states("answers", answers).values()) == {"synced"}

    b.sync()
    assert data.mission_snapshot(b.store, mission_id) == data.mission_snapshot(a.store, mission_id)

    data.edit(b.store, m.Answer, answers[1], value="changed on B", note="B's note")
    data.edit(b.store, m.Answer, answers[2], deleted=True)  # to the trash: a tombstone
    assert b.sync_service.record_states("answers", [answers[1]]) == {answers[1]: "pending"}
    b.sync()
    a.sync()
    chief.sync()
    on_a = data.mission_snapshot(a.store, mission_id)
    assert on_a == data.mission_snapshot(b.store, mission_id)
    assert on_a == data.mission_snapshot(chief.store, mission_id)
    assert len(on_a["answers"]) == 5 and len(on_a["evidence"]) == 1
    deleted, _fields = on_a["answers"][answers[2]]
    assert deleted is True
    assert on_a["answers"][answers[1]][1]["value"] == "changed on B"
    assert on_a["evidence"] and all(f["sha256"] == "ab" * 32 for _, f in
                                    on_a["evidence"].values())

    # nothing to do: nothing sent, nothing received
    again = a.sync()
    assert (again.sent, again.received, again.applied) == (0, 0, 0)


def test_fields_merge_and_conflicts_go_to_the_inbox(hq, make_device):
    a, b = make_device("alice"), make_device("bob")
    a.login(hq, "alice")
    b.login(hq, "bob")
    mission_id = data.mission(a.store, "JM-2031-WS-02", TEAM)
    _, answers = data.assessment(a.store, mission_id, 2)
    a.sync()
    b.sync()

    # different fields of one answer: merged, no conflict
    data.edit(a.store, m.Answer, answers[0], value="A's value")
    data.edit(b.store, m.Answer, answers[0], note="B's note")
    a.sync()
    outcome = b.sync()
    assert outcome.conflicts == 0
    a.sync()
    for device in (a, b):
        fields = data.snapshot(device.store, "answers")["answers"][answers[0]][1]
        assert (fields["value"], fields["note"]) == ("A's value", "B's note")

    # the same field, differently: HQ's value stays, B's goes to the inbox
    data.edit(a.store, m.Answer, answers[1], value="yes")
    data.edit(b.store, m.Answer, answers[1], value="no")
    a.sync()
    outcome = b.sync()
    assert outcome.conflicts == 1
    [conflict] = b.sync_service.conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("value", "no", "yes")
    assert b.sync_service.record_states("answers", [answers[1]]) == {answers[1]: "conflict"}
    with b.store.sessions() as session:
        assert session.get(m.Answer, answers[1]).value == "yes"

    b.sync_service.resolve_conflict(conflict.id, keep="mine")
    assert b.sync_service.conflicts() == []
    b.sync()
    a.sync()
    with a.store.sessions() as session:
        assert session.get(m.Answer, answers[1]).value == "no"


def test_a_refused_record_is_quarantined_and_the_rest_goes(hq, make_device):
    a = make_device("alice")
    a.login(hq, "alice")
    good = data.mission(a.store, "JM-2031-WS-03", {EXPERT_A: "Alice Expert"})
    bad = data.mission(a.store, "JM-2031-WS-BAD")
    with a.store.engine.begin() as connection:  # another program wrote what the app refuses
        connection.execute(text("UPDATE missions SET code = :c, revision = revision + 1 "
                                "WHERE id = :i"), {"c": "X" * 41, "i": bad})
    outcome = a.sync()
    assert outcome.rejected == 1 and "longer than 40" in outcome.problems[0]
    states = a.sync_service.record_states("missions", [good, bad])
    assert states == {good: "synced", bad: "error"}
    [held] = a.sync_service.quarantined()
    assert held.record_id == bad and "longer than 40" in held.reason
    assert a.sync().rejected == 0  # not sent again until edited
    data.edit(a.store, m.Mission, bad, code="JM-2031-WS-04")
    assert a.sync().rejected == 0
    assert a.sync_service.record_states("missions", [bad]) == {bad: "synced"}
    assert a.sync_service.quarantined() == []


def test_a_mass_deletion_is_refused_until_allowed_and_a_backup_comes_first(hq, make_device):
    a, b = make_device("alice"), make_device("bob")
    a.login(hq, "alice")
    b.login(hq, "bob")
    mission_id = data.mission(a.store, "JM-2031-WS-05", TEAM)
    _, answers = data.assessment(a.store, mission_id, 30)
    a.sync()
    b.sync()
    with a.store.session() as session:
        session.execute(update(m.Answer).values(deleted=True, revision=m.Answer.revision + 1))
    a.sync()
    with pytest.raises(SyncFailed, match=r"would delete \d+ of your") as failed:
        b.sync()
    assert failed.value.kind == "mass_delete"
    with b.store.sessions() as session:
        assert not any(session.scalars(select(m.Answer.deleted).where(m.Answer.id.in_(answers))))
    outcome = b.sync(allow_mass_delete=True)
    assert outcome.backup is not None and "before-sync" in outcome.backup
    with b.store.sessions() as session:
        assert all(session.scalars(select(m.Answer.deleted).where(m.Answer.id.in_(answers))))


def test_an_unknown_cursor_means_a_full_resync_and_nothing_is_lost(hq, make_device):
    a = make_device("alice")
    a.login(hq, "alice")
    mission_id = data.mission(a.store, "JM-2031-WS-06", {EXPERT_A: "Alice Expert"})
    data.assessment(a.store, mission_id, 3)
    a.sync()
    before = data.mission_snapshot(a.store, mission_id)
    with a.store.session() as session:
        session.execute(update(m.SyncCursor).values(cursor="not-a-cursor"))
    outcome = a.sync()
    assert outcome.full_resync and outcome.received >= 5
    assert data.mission_snapshot(a.store, mission_id) == before


def test_a_new_team_member_receives_the_missions_history(hq, make_device):
    a, b = make_device("alice"), make_device("bob")
    a.login(hq, "alice")
    b.login(hq, "bob")
    mission_id = data.mission(a.store, "JM-2031-WS-07", {EXPERT_A: "Alice Expert"})
    _, answers = data.assessment(a.store, mission_id, 4)
    a.sync()
    b.sync()
    with b.store.sessions() as session:
        assert session.get(m.Mission, mission_id) is None
        assert session.get(m.Answer, answers[0]) is None
    data.add_member(a.store, mission_id, EXPERT_B, "Bob Expert")
    a.sync()
    b.sync()
    mine = data.mission_snapshot(b.store, mission_id)
    assert mine == data.mission_snapshot(a.store, mission_id)
    assert sorted(mine["answers"]) == sorted(answers)


def test_a_child_that_arrives_before_its_parent_waits_for_it(hq, make_device, monkeypatch):
    """Pages follow HQ's sequence, and an edited parent comes after its children: they wait
    in the staging table, then land once the parent is there."""
    from mercator_desktop.sync.client import SyncOptions

    a, b = make_device("alice"), make_device("bob")
    a.login(hq, "alice")
    b.login(hq, "bob")
    mission_id = data.mission(a.store, "JM-2031-WS-08", TEAM)
    assessment_id, _answers = data.assessment(a.store, mission_id, 4)
    a.sync()
    data.edit(a.store, m.Assessment, assessment_id, title="Renamed after its answers")
    data.edit(a.store, m.Mission, mission_id, title="Renamed too")
    a.sync()
    from mercator_desktop.sync.client import SyncClient

    staged = []
    original = SyncClient._stage
    monkeypatch.setattr(SyncClient, "_stage", lambda self, session, rec, rows, reason: (
        staged.append(reason), original(self, session, rec, rows, reason)))
    b.sync_service.options = SyncOptions(pull_limit=2)
    b.sync()
    assert any(reason.startswith("waiting for assessments") for reason in staged)
    assert data.mission_snapshot(b.store, mission_id) == data.mission_snapshot(a.store,
                                                                              mission_id)
    with b.store.sessions() as session:
        assert session.scalars(select(m.SyncStaged)).all() == []
