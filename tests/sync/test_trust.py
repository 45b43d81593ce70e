"""Sync in the situations experts live: a data folder restored from a copy or copied to a
second laptop, HQ restored from its backup, the same answer given on two laptops, a delete
against an edit, a validated assessment, a mission code taken twice, someone taken off a
team. HQ runs for real on 127.0.0.1; every laptop is a real data folder driven through the
services, as the app and the command line drive them."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
from typing import Any

import pytest

from mercator_desktop.services.sync import SyncFailed

from . import data
from .conftest import EXPERT_A, EXPERT_B, PASSWORD, Device
from .hqproc import HQProcess, running_hq

USERS = {"alice": ("expert", EXPERT_A), "bob": ("expert", EXPERT_B), "chief": ("hq", None)}


class Laptop(Device):
    """A device with the services the app uses."""

    def __init__(self, folder: Path, user: str) -> None:
        super().__init__(folder, user)
        from mercator_desktop.services.assessments import AssessmentService
        from mercator_desktop.services.experts import ExpertService
        from mercator_desktop.services.missions import MissionService

        self.missions = MissionService(self.store)
        self.experts = ExpertService(self.store)
        self.assessments = AssessmentService(self.store)
        self.user = user

    def reopen(self) -> Laptop:
        """Close and open the data folder again (the app restarted), keeping the session."""
        secrets = self.secrets
        self.close()
        again = Laptop(self.folder, self.user)
        again.secrets = secrets
        again.sync_service._secrets = secrets
        return again

    def new_mission(self, code: str, team: dict[str, str]) -> str:
        from mercator_desktop.services.dto import MissionInput, TeamAssignment

        for expert_id, name in team.items():
            data.ensure_expert(self.store, expert_id, name)
        detail = self.missions.create(MissionInput(
            code=code, title=f"Mission {code}", type_code="workshop",
            status_code="requested", country_iso2="JM",
            team=[TeamAssignment(e, "lead" if i == 0 else "co_facilitator")
                  for i, e in enumerate(team)]))
        return detail.id

    def mission(self, mission_id: str) -> Any:
        return self.missions.get(mission_id)


def _models() -> Any:
    from mercator_desktop.storage import models

    return models


TEAM = {EXPERT_A: "Alice Expert", EXPERT_B: "Bob Expert"}


@pytest.fixture
def own_hq(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An HQ of this test's own (SQLite), to restore at will."""
    folder = tmp_path / "hq"
    folder.mkdir()
    with running_hq("sqlite", folder, USERS) as server:
        yield server


@pytest.fixture
def laptop(tmp_path: Path, blank_store: Path):  # type: ignore[no-untyped-def]
    made: list[Laptop] = []

    def make(user: str, hq: HQProcess | None = None, name: str | None = None) -> Laptop:
        folder = tmp_path / (name or f"{user}-{len(made)}")
        folder.mkdir()
        shutil.copyfile(blank_store, folder / "mercator.sqlite")
        device = Laptop(folder, user)
        if hq is not None:
            device.sync_service.login(hq.url, user, PASSWORD)
        made.append(device)
        return device

    yield make
    for device in made:
        with contextlib.suppress(Exception):  # closed already by the test
            device.close()


def copy_folder(device: Laptop, target: Path) -> None:
    """What a person does with the file manager: the whole data folder, app closed."""
    device.store.engine.dispose()
    shutil.copytree(device.folder, target)


def hq_records(hq: HQProcess, record_type: str) -> dict[str, Any]:
    from .test_access import pull_all, signed_in

    with signed_in(hq, "chief") as chief:
        records, _ = pull_all(chief)
    return {r.id: r for r in records if r.record_type == record_type}


def answer_value(device: Laptop, assessment_id: str, question_id: str) -> Any:
    return device.assessments.answer(assessment_id, question_id).value


# --- a data folder restored or copied ------------------------------------------------------


def test_a_data_folder_restored_from_a_copy_keeps_the_edits_made_after_it(
        hq, laptop, tmp_path):
    alice = laptop("alice", hq)
    bob = laptop("bob", hq)
    mission_id = alice.new_mission("JM-2040-RS-01", TEAM)
    alice.sync()
    copy_folder(alice, tmp_path / "yesterday")
    alice = alice.reopen()
    data.edit(alice.store, _models().Mission, mission_id, title="Edited before the restore")
    alice.sync()

    # the laptop's folder is put back from yesterday's copy, and work goes on
    alice.close()
    shutil.rmtree(alice.folder)
    shutil.copytree(tmp_path / "yesterday", alice.folder)
    alice = alice.reopen()
    data.edit(alice.store, _models().Mission, mission_id,
              objectives="Written after the restore")
    outcome = alice.sync()
    assert outcome.duplicates == 0  # the new edit is not taken for the old one
    bob.sync()
    alice.sync()
    for device in (alice, bob):
        mission = device.mission(mission_id)
        assert mission.objectives == "Written after the restore"
        assert mission.title == "Edited before the restore"  # came back from HQ
    assert hq_records(hq, "missions")[mission_id].fields["objectives"] == \
        "Written after the restore"


def test_a_folder_copied_to_a_second_laptop_loses_and_doubles_nothing(hq, laptop, tmp_path):
    first = laptop("alice", hq)
    mission_id = first.new_mission("JM-2040-CP-01", TEAM)
    first.sync()
    copy_folder(first, tmp_path / "second-laptop")
    first = first.reopen()
    second = Laptop(tmp_path / "second-laptop", "alice")
    second.secrets, second.sync_service._secrets = first.secrets, first.secrets
    try:
        from mercator_desktop.sync.client import device_id

        assert device_id(second.store.sessions) != device_id(first.store.sessions)
        data.edit(first.store, _models().Mission, mission_id, title="Title from laptop one")
        data.edit(second.store, _models().Mission, mission_id,
                  objectives="Objectives from laptop two")
        first.sync()
        second.sync()
        first.sync()
        for device in (first, second):
            mission = device.mission(mission_id)
            assert (mission.title, mission.objectives) == (
                "Title from laptop one", "Objectives from laptop two")
        at_hq = [r for r in hq_records(hq, "missions").values()
                 if r.fields["code"] == "JM-2040-CP-01"]
        assert len(at_hq) == 1
    finally:
        second.close()


# --- HQ restored -----------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["command", "by hand"])
def test_hq_restored_from_an_old_copy_gets_everything_back_from_the_laptops(
        how, own_hq, laptop, tmp_path):
    alice = laptop("alice", own_hq)
    bob = laptop("bob", own_hq)
    mission_id = alice.new_mission("JM-2040-HQ-01", TEAM)
    assessment_id, answers = data.assessment(alice.store, mission_id, 3)
    alice.sync()
    bob.sync()
    backup = tmp_path / "hq-backup.sqlite"
    own_hq.manage("backup", str(backup))

    # after the backup: several syncs HQ will lose
    data.edit(alice.store, _models().Mission, mission_id, title="After the backup")
    alice.sync()
    data.edit(bob.store, _models().Answer, answers[0], value=4)
    bob.sync()
    second, _ = data.assessment(alice.store, mission_id, 2)
    alice.sync()
    bob.sync()

    own_hq.stop()
    database = Path(own_hq.db_url.removeprefix("sqlite:///"))
    if how == "command":
        own_hq.manage("restore", str(backup))
    else:  # an administrator copies the file back and starts HQ again
        for extra in ("-wal", "-shm"):
            Path(str(database) + extra).unlink(missing_ok=True)
        shutil.copyfile(backup, database)
    own_hq.start()

    data.edit(bob.store, _models().Mission, mission_id, objectives="Written after HQ's restore")
    for device in (bob, alice, bob, alice):
        device.sync()
    missions = hq_records(own_hq, "missions")
    assert missions[mission_id].fields["title"] == "After the backup"
    assert missions[mission_id].fields["objectives"] == "Written after HQ's restore"
    assert hq_records(own_hq, "answers")[answers[0]].fields["value"] == 4
    assert second in hq_records(own_hq, "assessments")
    assert data.mission_snapshot(alice.store, mission_id) == \
        data.mission_snapshot(bob.store, mission_id)
    del assessment_id


# --- the same thing on two laptops -----------------------------------------------------------


def test_the_same_question_answered_on_two_laptops_is_one_answer_and_one_inbox_entry(
        hq, laptop):
    alice = laptop("alice", hq)
    bob = laptop("bob", hq)
    mission_id = alice.new_mission("JM-2040-2L-01", TEAM)
    assessment_id = alice.assessments.start(mission_id, "geoat").id
    alice.sync()
    bob.sync()
    question = first_rating_question(alice, assessment_id)
    alice.assessments.set_answer(assessment_id, question, 2)
    bob.assessments.set_answer(assessment_id, question, 5)
    alice.sync()
    bob.sync()
    alice.sync()
    at_hq = [r for r in hq_records(hq, "answers").values()
             if r.fields["assessment_id"] == assessment_id
             and r.fields["question_id"] == question]
    assert len(at_hq) == 1 and at_hq[0].fields["value"] == 2
    [conflict] = bob.sync_service.conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("value", 5, 2)
    assert answer_value(bob, assessment_id, question) == 2
    bob.sync_service.resolve_conflict(conflict.id, "mine")
    bob.sync()
    alice.sync()
    assert answer_value(alice, assessment_id, question) == 5


def first_rating_question(device: Laptop, assessment_id: str) -> str:
    template = device.assessments.snapshot(assessment_id).template
    return next(q.id for q in template.questions if q.type == "scale"
                and q.visible_if is None)


def test_a_mission_code_taken_on_another_laptop_is_refused_with_a_way_out(hq, laptop):
    alice = laptop("alice", hq)
    bob = laptop("bob", hq)
    alice.new_mission("JM-2040-CODE", {EXPERT_A: "Alice Expert"})
    mine = bob.new_mission("JM-2040-CODE", {EXPERT_B: "Bob Expert"})
    alice.sync()
    bob.sync()
    # the mission is refused; its team member waits with it, not refused in turn
    [refused] = bob.sync_service.quarantined()
    assert refused.record_id == mine and "rename" in refused.reason
    with_code = [r for r in hq_records(hq, "missions").values()
                 if r.fields["code"].casefold() == "jm-2040-code"]
    assert len(with_code) == 1
    data.edit(bob.store, _models().Mission, mine, code="JM-2040-CODE-B")
    assert bob.sync().rejected == 0
    assert bob.sync_service.quarantined() == []


# --- rules at the boundary -------------------------------------------------------------------


def test_an_answer_of_a_validated_assessment_cannot_change_without_reopening(hq, laptop):
    alice = laptop("alice", hq)
    bob = laptop("bob", hq)
    from .inbox_situations import locked_answer

    assessment_id, question, before = locked_answer(alice, bob, "JM-2040-LK-01")
    [refused] = bob.sync_service.quarantined()
    assert "validated" in refused.reason and "reopen" in refused.reason
    alice.sync()
    assert answer_value(alice, assessment_id, question) == before
    assert [r.fields["value"] for r in hq_records(hq, "answers").values()
            if r.fields["assessment_id"] == assessment_id
            and r.fields["question_id"] == question] == [before]
    # the way out: discard the change, and the laptop holds HQ's answer again
    bob.sync_service.discard_local("answers", refused.record_id)
    assert answer_value(bob, assessment_id, question) == before
    assert bob.sync().rejected == 0

    # reopened with a reason on a laptop, the answer may change
    bob.assessments.reopen(assessment_id, "a figure was misread")
    bob.assessments.set_answer(assessment_id, question, 1 if before != 1 else 2)
    assert bob.sync().rejected == 0
    alice.sync()
    assert answer_value(alice, assessment_id, question) != before


def answer_everything(device: Laptop, assessment_id: str) -> None:
    """Every visible question answered (as a completed workshop would), so it can be
    completed and validated."""
    template = device.assessments.snapshot(assessment_id).template
    for question in template.questions:
        if question.type == "scale" and question.scale is not None:
            value: Any = question.scale.values[len(question.scale.values) // 2]
        elif question.options:
            value = question.options[0].value
        elif question.type in ("number", "integer"):
            value = 1
        else:
            value = "Seen during the workshop"
        try:
            device.assessments.set_answer(assessment_id, question.id, value)
        except Exception:  # hidden by its condition, or a kind this test does not fill
            continue


def test_a_delete_against_an_edit_goes_to_the_inbox(hq, laptop):
    alice = laptop("alice", hq)
    bob = laptop("bob", hq)
    mission_id = alice.new_mission("JM-2040-DE-01", TEAM)
    assessment_id = alice.assessments.start(mission_id, "geoat").id
    alice.sync()
    bob.sync()
    alice.assessments.trash(assessment_id)
    bob.assessments.rename(assessment_id, "Workshop group B", "Group B")
    alice.sync()
    bob.sync()
    [conflict] = bob.sync_service.conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("deleted", False, True)
    assert conflict.record_id == assessment_id
    # kept in the trash meanwhile, with the edit: nothing lost
    [trashed] = bob.assessments.list_for_mission(mission_id, trash=True)
    assert trashed.title == "Workshop group B"
    bob.sync_service.resolve_conflict(conflict.id, "mine")  # restore with my edit
    bob.sync()
    alice.sync()
    for device in (alice, bob):
        [alive] = device.assessments.list_for_mission(mission_id)
        assert alive.title == "Workshop group B"


def test_someone_taken_off_a_team_is_told_and_keeps_the_mission_read_only(hq, laptop):
    alice = laptop("alice", hq)
    bob = laptop("bob", hq)
    mission_id = alice.new_mission("JM-2040-TM-01", TEAM)
    alice.sync()
    bob.sync()
    alice.missions.remove_member(mission_id, EXPERT_B)
    alice.sync()
    outcome = bob.sync()
    assert outcome.archived == 1
    [archived] = bob.sync_service.archived_missions()
    assert archived.mission_id == mission_id and "taken off the team" in archived.reason
    assert bob.sync_service.pending_count() == 0


# --- nothing to do, nothing copied -----------------------------------------------------------


def test_a_sync_with_nothing_to_do_copies_nothing_even_with_a_record_waiting(hq, laptop):
    alice = laptop("alice", hq)
    chief = laptop("chief", hq)
    chief.new_mission("JM-2040-NOOP", {EXPERT_A: "Alice Expert"})
    alice.new_mission("JM-2040-NOOP", {EXPERT_A: "Alice Expert"})
    alice.sync()
    chief.sync()  # chief's own mission is refused; alice's waits on chief's laptop
    waiting = {w.record_type: w for w in chief.sync_service.waiting()}
    assert waiting["missions"].mission_code == "JM-2040-NOOP"
    assert "rename" in waiting["missions"].how
    assert "arrives" in waiting["team_members"].how  # waits for its mission
    backups = sorted((chief.folder / "backups").rglob("*"))
    outcome = chief.sync()
    assert outcome.backup is None
    assert sorted((chief.folder / "backups").rglob("*")) == backups


def test_a_failed_sync_says_why_and_keeps_everything(hq, laptop):
    alice = laptop("alice", hq)
    alice.new_mission("JM-2040-FAIL", {EXPERT_A: "Alice Expert"})
    pending = alice.sync_service.pending_count()
    alice.sync_service.logout()
    with pytest.raises(SyncFailed) as failed:
        alice.sync()
    assert failed.value.kind == "auth"
    assert alice.sync_service.pending_count() == pending


def _push_past_the_door(hq, user: str, request):  # type: ignore[no-untyped-def]
    """Apply a push with HQ's service directly (as a newer HQ, whose door knows more codes)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from mercator_desktop.hq import service
    from mercator_desktop.hq.auth import Principal
    from mercator_desktop.hq.db import open_database
    from mercator_desktop.hq.models import User

    engine, _ = open_database(hq.db_url)
    try:
        with Session(engine) as session, session.begin():
            row = session.scalar(select(User).where(User.name == user))
            assert row is not None
            return service.push(session, Principal(row.id, row.name, row.role, row.expert_id,
                                                   0), request)
    finally:
        engine.dispose()


def test_values_a_newer_version_knows_are_kept_and_shown_never_a_crash(hq, laptop, qtbot):
    """A newer Mercator Desktop and HQ use a team role, a mission type and a status this
    version does not know: the mission arrives, opens in the editor showing the codes as
    they are, and keeps them when saved. (This version's HQ refuses an unknown role at its
    door, so the newer HQ is played by its service, applying the push in this process.)"""
    import uuid

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from mercator_desktop.sync.protocol import Change, PushRequest
    from mercator_desktop.ui.mission_editor import MissionEditor

    alice = laptop("alice", hq)
    data.ensure_expert(alice.store, EXPERT_A, "Alice Expert")
    alice.sync()
    mission_id = str(uuid.uuid4())
    fields = {"code": "JM-2040-NEW-01", "title": "Made by a newer version",
              "type_code": "peer_review_v9", "status_code": "under_review",
              "country_iso2": "JM", "topics": ["integrity", "ai_governance"],
              "location": "", "is_remote": False, "request_reference": "",
              "objectives": "", "logistics_notes": "", "executive_summary": ""}
    result = _push_past_the_door(hq, "chief", PushRequest.model_construct(
        batch_id=uuid.uuid4().hex, device_id="newer", service_id="", known_seq=0, changes=[
            Change(change_id=f"newer:{mission_id}", record_type="missions", id=mission_id,
                   base_revision=0, fields=fields),
            Change(change_id=f"newer:{mission_id}:team", record_type="team_members",
                   id=str(uuid.uuid4()), base_revision=0,
                   fields={"mission_id": mission_id, "expert_id": EXPERT_A,
                           "role": "rapporteur"})]))
    assert [r.status for r in result.results] == ["applied", "applied"], result.results
    alice.sync()
    assert alice.sync_service.waiting() == []
    mission = alice.mission(mission_id)
    assert (mission.type_code, mission.status_code) == ("peer_review_v9", "under_review")
    assert [m.role for m in mission.team] == ["rapporteur"]

    boxes: list[str] = []

    def answer_box() -> None:  # a question box would mean the codes were not taken as they are
        box = QApplication.activeModalWidget()
        if box is not None:
            label = box.findChild(QLabel)
            boxes.append(label.text() if label is not None else box.windowTitle())
            box.reject()

    watcher = QTimer()
    watcher.timeout.connect(answer_box)
    watcher.start(100)
    try:
        editor = MissionEditor(alice.store, mission_id=mission_id)
        qtbot.addWidget(editor)
        editor.show()
        assert not editor.grab().isNull()
        editor.field("objectives").setPlainText("Kept with the new codes")
        editor.save()
        assert boxes == []
        assert not editor.isWindowModified(), [
            w.text() for w in editor.findChildren(QLabel) if w.isVisible() and w.text()]
    finally:
        watcher.stop()
    kept = alice.mission(mission_id)
    assert (kept.type_code, kept.status_code, kept.objectives) == (
        "peer_review_v9", "under_review", "Kept with the new codes")
    assert [m.role for m in kept.team] == ["rapporteur"]


# --- demonstration data ----------------------------------------------------------------------


def load_demo_as_the_command_does(device: Laptop) -> None:
    """``mercator-desktop demo`` run as a person runs it (its own process)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "mercator_desktop", "--data-dir",
                           str(device.folder), "demo"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr


def demo_ids_at_hq(hq: HQProcess) -> set[str]:
    from mercator_desktop.services.demo import DEMO_NAMESPACE

    from .test_access import pull_all, signed_in

    with signed_in(hq, "chief") as chief:
        records, _ = pull_all(chief)
    import json
    import uuid

    from mercator_desktop.resources import resource_path

    demo = json.loads(resource_path("demo", "demo.json").read_text(encoding="utf-8"))
    ids = {str(uuid.uuid5(DEMO_NAMESPACE, f"mission:{m['code']}")) for m in demo["missions"]}
    ids |= {str(uuid.uuid5(DEMO_NAMESPACE, f"expert:{e['key']}")) for e in demo["experts"]}
    return ids & {r.id for r in records} | {
        r.id for r in records if r.fields.get("mission_id") in ids}


def test_demonstration_data_never_reaches_hq(hq, laptop):
    chief = laptop("chief", hq)
    before = chief.sync_service.pending_count()  # the shipped programmes, not sent yet
    load_demo_as_the_command_does(chief)
    chief = chief.reopen()
    assert chief.sync_service.pending_count() == before
    mine = chief.new_mission("JM-2040-REAL-01", {EXPERT_A: "Alice Expert"})
    assert chief.sync().sent >= 2
    assert demo_ids_at_hq(hq) == set()
    assert mine in hq_records(hq, "missions")


def test_demonstration_data_of_an_earlier_version_is_marked_and_kept_local(hq, laptop):
    """A data folder where a version before this one loaded the demo (nothing marked)."""
    from sqlalchemy import delete

    from mercator_desktop.services.demo import EARLIER_DEMO_CHECKED

    chief = laptop("chief", hq)
    before = chief.sync_service.pending_count()
    load_demo_as_the_command_does(chief)
    with chief.store.session() as session:  # what the earlier version left: no marks
        session.execute(delete(_models().LocalOnlyRecord))
        session.execute(delete(_models().LocalSetting).where(
            _models().LocalSetting.key == EARLIER_DEMO_CHECKED))
    chief = chief.reopen()
    assert chief.sync_service.pending_count() == before
    chief.sync()
    assert demo_ids_at_hq(hq) == set()


# --- an editor open while a sync lands -------------------------------------------------------


def test_an_editor_open_while_a_sync_lands_keeps_both_and_asks_for_the_same_field(
        hq, laptop, qtbot):
    """Alice has the mission open; Bob's edits arrive by a real sync. A field she did not
    touch takes Bob's value, her field is saved, and a field both changed is asked."""
    from ui.helpers import replace_text, type_text
    from ui.test_mission_editor import click

    from mercator_desktop.ui.events import app_events
    from mercator_desktop.ui.mission_editor import MissionEditor

    alice = laptop("alice", hq)
    bob = laptop("bob", hq)
    mission_id = alice.new_mission("JM-2040-ED-01", TEAM)
    alice.sync()
    bob.sync()
    editor = MissionEditor(alice.store, mission_id=mission_id)
    qtbot.addWidget(editor)
    editor.show()

    data.edit(bob.store, _models().Mission, mission_id, title="Renamed by Bob",
              location="Kingston")
    bob.sync()
    type_text(qtbot, editor.field("objectives"), "Risk profiles.")
    replace_text(qtbot, editor.field("location"), "Montego Bay")
    alice.sync()
    app_events().announce_all_changed()  # what the sync panel says after a sync
    assert editor.field("title").text() == "Renamed by Bob"  # taken in, her edits kept
    bar = editor.overview.fields.fields["location"].conflict
    assert bar.isVisible() and "Kingston" in bar.label.text()
    click(qtbot, bar.keep_button)
    with qtbot.waitSignal(editor.mission_saved):
        click(qtbot, editor.save_button)
    alice.sync()
    bob.sync()
    for device in (alice, bob):
        mission = device.mission(mission_id)
        assert (mission.title, mission.objectives, mission.location) == (
            "Renamed by Bob", "Risk profiles.", "Montego Bay")
