"""The Sync column of the mission list: a mission shows its own state raised by the records
under it — "pending" when a record of a synced mission changed, "error" when HQ refused one,
"conflict" when a field waits in the conflict inbox (conflict wins). Same in ``list`` and in
``summaries``; the conflict inbox names the mission of each conflict."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.findings import FindingInput, FindingService
from mercator_desktop.services.missions import (
    MissionService,
    combined_sync_state,
    missions_of_records,
)
from mercator_desktop.services.sync import SyncService
from mercator_desktop.storage.models import (
    SYNCED_MODELS,
    Answer,
    SyncConflict,
    SyncQuarantine,
)
from mercator_desktop.sync.credentials import MemorySecretStore


def _mission(missions: MissionService, code: str) -> str:
    return missions.create(MissionInput(code=code, title="T", type_code="workshop",
                                        status_code="planned", country_iso2="JM")).id


def _mark_all_synced(store) -> None:  # type: ignore[no-untyped-def]
    """What a successful push leaves: every row acknowledged at its revision."""
    with store.session() as session:
        for model in SYNCED_MODELS:
            session.execute(update(model).values(synced_revision=model.revision))


def _states(missions: MissionService) -> dict[str, str]:
    return {m.code: m.sync_state for m in missions.list()}


def test_all_five_states(store, missions):
    codes = ["A-1", "B-1", "C-1", "D-1", "E-1"]
    ids = {c: _mission(missions, c) for c in codes[1:]}
    assert set(_states(missions).values()) == {"local"}
    _mark_all_synced(store)
    ids["A-1"] = _mission(missions, "A-1")  # made after the sync: never sent
    assert _states(missions) == {"A-1": "local", "B-1": "synced", "C-1": "synced",
                                 "D-1": "synced", "E-1": "synced"}

    # C: a finding added under the synced mission makes it pending.
    finding = FindingService(store).add_finding(ids["C-1"], FindingInput("gap", "x"))
    # D: HQ refused an answer of its assessment (two levels under the mission).
    assessments = AssessmentService(store)
    started = assessments.start(ids["D-1"], "integrity")
    assessments.set_answer(started.id, "f1.1", 3)
    with store.session() as session:
        answer_id = session.query(Answer.id).filter_by(assessment_id=started.id).scalar()
        now = datetime.now(UTC)
        session.add(SyncQuarantine(record_type="answers", record_id=answer_id, revision=1,
                                   reason="refused", at=now))
        # E: a conflict on the mission's own title; B: a conflict already resolved.
        session.add(SyncConflict(record_type="missions", record_id=ids["E-1"], field="title",
                                 base_value="T", mine="Mine", theirs="HQ's",
                                 server_revision=2, detected_at=now))
        session.add(SyncConflict(record_type="missions", record_id=ids["B-1"], field="title",
                                 base_value="T", mine="Mine", theirs="HQ's",
                                 server_revision=2, detected_at=now, resolved_at=now))
    assert _states(missions) == {"A-1": "local", "B-1": "synced", "C-1": "pending",
                                 "D-1": "error", "E-1": "conflict"}
    # The rows refreshed one by one agree with the whole list.
    assert {m.code: m.sync_state for m in missions.summaries(ids.values())} == \
        _states(missions)
    # A conflict on the finding of C wins over its pending state.
    with store.session() as session:
        session.add(SyncConflict(record_type="findings", record_id=finding.id, field="text",
                                 base_value="x", mine="y", theirs="z", server_revision=2,
                                 detected_at=datetime.now(UTC)))
    assert _states(missions)["C-1"] == "conflict"


def test_the_trash_shows_states_too(store, missions):
    mission_id = _mission(missions, "T-1")
    _mark_all_synced(store)
    missions.trash(mission_id)  # a change: pending
    from mercator_desktop.services.dto import MissionFilter

    assert [m.sync_state for m in missions.list(MissionFilter(trash=True))] == ["pending"]


def test_records_are_traced_to_their_mission(store, missions):
    mission_id = _mission(missions, "M-1")
    assessments = AssessmentService(store)
    started = assessments.start(mission_id, "integrity")
    assessments.set_answer(started.id, "f1.1", 3)
    history = assessments.history(started.id)
    with store.sessions() as session:
        assert missions_of_records(session, "answer_changes", [history[0].id]) == {
            history[0].id: mission_id}
        assert missions_of_records(session, "assessments", [started.id, "gone"]) == {
            started.id: mission_id}
        assert missions_of_records(session, "experts", ["x"]) == {}


@pytest.mark.parametrize(("own", "overlay", "shown"), [
    ("local", None, "local"), ("local", "pending", "local"), ("local", "error", "error"),
    ("synced", "pending", "pending"), ("pending", "conflict", "conflict"),
    ("synced", "error", "error"),
])
def test_combined_state(own, overlay, shown):
    assert combined_sync_state(own, overlay) == shown


def test_the_conflict_inbox_names_the_mission(store, missions):
    mission_id = _mission(missions, "JM-2030-X-01")
    finding = FindingService(store).add_finding(mission_id, FindingInput("gap", "Old text"))
    with store.session() as session:
        session.add(SyncConflict(record_type="findings", record_id=finding.id, field="text",
                                 base_value="Old text", mine="Mine", theirs="HQ's",
                                 server_revision=2, detected_at=datetime.now(UTC)))
    [conflict] = SyncService(store, MemorySecretStore()).conflicts()
    assert (conflict.mission_id, conflict.mission_code, conflict.label) == (
        mission_id, "JM-2030-X-01", "Old text")
