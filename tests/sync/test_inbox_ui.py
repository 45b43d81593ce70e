"""The sync inbox, the archived missions and the sync panel's notices, driven like a person
against the real HQ and checked through the services: a delete against an edit is answered
with buttons named for the choice, a refused change is discarded (or said why not, beside
the list), records from HQ that wait show the way out, and what a sync changed is told once."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from mercator_desktop.ui import messages
from mercator_desktop.ui.sync_archive import ArchivedMissionsDialog
from mercator_desktop.ui.sync_conflicts import (
    CONFLICTS_TAB,
    REFUSED_TAB,
    WAITING_TAB,
    ConflictsDialog,
)
from mercator_desktop.ui.sync_panel import SyncPanel

from . import inbox_situations as situations
from .test_sync_ui import watch_modals_after_work
from .test_trust import Laptop, copy_folder
from .test_trust import laptop as laptop  # the fixture


@pytest.fixture(autouse=True)
def _watch_modals():
    """A box no ``answering`` block expects fails the test instead of hanging it; the
    non-modal notices a test leaves open are closed."""
    yield from watch_modals_after_work()


def open_inbox(qtbot, device: Laptop) -> ConflictsDialog:  # type: ignore[no-untyped-def]
    dialog = ConflictsDialog(device.sync_service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_tab(qtbot, dialog: ConflictsDialog, tab: int) -> None:  # type: ignore[no-untyped-def]
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    assert dialog.tabs.currentIndex() == tab


def click_row(qtbot, table, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentIndex().row() == row


def cells(model, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def live_and_trashed(device: Laptop, mission_id: str) -> tuple[list[str], list[str]]:
    return ([a.title for a in device.assessments.list_for_mission(mission_id)],
            [a.title for a in device.assessments.list_for_mission(mission_id, trash=True)])


@pytest.mark.parametrize("button, expected", [
    ("Restore with my edit", (["Workshop group B"], [])),
    ("Leave deleted", ([], ["Workshop group B"])),
])
def test_deleted_at_hq_while_i_edited_it(qtbot, hq, laptop, button, expected):
    alice, bob = laptop("alice", hq), laptop("bob", hq)
    mission_id, _ = situations.deleted_at_hq_while_edited(alice, bob, "JM-2041-UI-D"
                                                           + button[0])
    dialog = open_inbox(qtbot, bob)
    assert dialog.tabs.currentIndex() == CONFLICTS_TAB
    assert cells(dialog.model, 0)[2:5] == ["Deleted at HQ while you edited it", "Edited",
                                           "Deleted"]
    texts = {dialog.keep_mine_button.text().replace("&", ""): dialog.keep_mine_button,
             dialog.keep_theirs_button.text().replace("&", ""): dialog.keep_theirs_button}
    assert set(texts) == {"Restore with my edit", "Leave deleted"}
    assert dialog.tabs.tabText(CONFLICTS_TAB) == "Conflicts (1)"
    qtbot.mouseClick(texts[button], Qt.MouseButton.LeftButton)
    assert bob.sync_service.conflicts() == []
    assert dialog.empty_label.isVisible() and not dialog.keep_mine_button.isVisible()
    assert dialog.windowTitle() == "Sync inbox"
    bob.sync()
    alice.sync()
    for device in (alice, bob):
        assert live_and_trashed(device, mission_id) == expected


@pytest.mark.parametrize("button, deleted", [("Delete anyway", True),
                                             ("Keep with their edit", False)])
def test_edited_at_hq_while_i_deleted_it(qtbot, hq, laptop, button, deleted):
    alice, bob = laptop("alice", hq), laptop("bob", hq)
    mission_id, _ = situations.edited_at_hq_while_deleted(alice, bob, "JM-2041-UI-E"
                                                           + button[0])
    dialog = open_inbox(qtbot, bob)
    assert cells(dialog.model, 0)[2:5] == ["Edited at HQ while you deleted it", "Deleted",
                                           "Edited"]
    texts = {dialog.keep_mine_button.text().replace("&", ""): dialog.keep_mine_button,
             dialog.keep_theirs_button.text().replace("&", ""): dialog.keep_theirs_button}
    assert set(texts) == {"Delete anyway", "Keep with their edit"}
    qtbot.mouseClick(texts[button], Qt.MouseButton.LeftButton)
    assert bob.sync_service.conflicts() == []
    bob.sync()
    alice.sync()
    expected = ([], ["Renamed at HQ"]) if deleted else (["Renamed at HQ"], [])
    for device in (alice, bob):
        assert live_and_trashed(device, mission_id) == expected


def test_refused_records_show_the_advice_and_a_change_is_discarded(qtbot, hq, laptop):
    alice, bob = laptop("alice", hq), laptop("bob", hq)
    mine, _theirs = situations.code_taken(alice, bob, "JM-2041-UI-R")
    assessment_id, question, before = situations.locked_answer(alice, bob, "JM-2041-UI-L")
    refused = {q.record_type: q for q in bob.sync_service.quarantined()}
    assert {"missions", "answers"} <= set(refused)
    waiting = bob.sync_service.waiting()
    dialog = open_inbox(qtbot, bob)
    total = len(refused) + len(waiting)
    assert dialog.windowTitle() == f"Sync inbox: {total} to look at"
    assert dialog.tabs.currentIndex() == REFUSED_TAB  # the first tab with something in it
    assert dialog.tabs.tabText(REFUSED_TAB) == f"Refused by HQ ({len(refused)})"
    rows = {dialog.refused_model.row_at(i).record_type: i
            for i in range(dialog.refused_model.rowCount())}
    assert cells(dialog.refused_model, rows["answers"])[3] == (
        "Reopen the assessment (with a reason) to keep your answer, or discard your change "
        "to take HQ's.")
    assert "already used" in cells(dialog.refused_model, rows["missions"])[2]

    # a mission HQ never had: nothing to go back to, said beside the list
    click_tab(qtbot, dialog, REFUSED_TAB)
    click_row(qtbot, dialog.refused_table, rows["missions"])
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.refused_error.isVisible()
    assert "HQ never had this record" in dialog.refused_error.text()
    assert mine in {q.record_id for q in bob.sync_service.quarantined()}
    assert bob.missions.get(mine).code == "JM-2041-UI-R"

    # a changed answer of a validated assessment: HQ's answer comes back
    click_row(qtbot, dialog.refused_table, rows["answers"])
    assert not dialog.refused_error.isVisible()
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert "answers" not in {q.record_type for q in bob.sync_service.quarantined()}
    assert bob.assessments.answer(assessment_id, question).value == before
    assert dialog.refused_model.rowCount() == len(refused) - 1

    # the rest is tried again at the next sync
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert bob.sync_service.quarantined() == []
    assert dialog.tabs.tabText(REFUSED_TAB) == "Refused by HQ (0)"


def test_records_waiting_from_hq_show_why_and_the_way_out(qtbot, hq, laptop):
    alice, bob = laptop("alice", hq), laptop("bob", hq)
    mine, theirs = situations.code_taken(alice, bob, "JM-2041-UI-W")
    dialog = open_inbox(qtbot, bob)
    click_tab(qtbot, dialog, WAITING_TAB)
    waiting = {dialog.waiting_model.row_at(i).record_id: cells(dialog.waiting_model, i)
               for i in range(dialog.waiting_model.rowCount())}
    assert dialog.tabs.tabText(WAITING_TAB) == f"Waiting ({len(waiting)})"
    code, record, why, way_out, _ = waiting[theirs]
    assert (code, record) == ("JM-2041-UI-W", "Mission")
    assert "clashes" in why and "rename yours" in way_out

    # the way out, done: Bob renames his mission, Alice's arrives at the next sync
    from mercator_desktop.storage import models

    from . import data

    data.edit(bob.store, models.Mission, mine, code="JM-2041-UI-W2")
    bob.sync()
    dialog.refresh()
    assert dialog.waiting_model.rowCount() == 0 and dialog.refused_model.rowCount() == 0
    assert bob.missions.get(theirs).code == "JM-2041-UI-W"


# --- archived missions and the notices after a sync -------------------------------------------


def sync_from_panel(qtbot, device: Laptop) -> SyncPanel:  # type: ignore[no-untyped-def]
    panel = SyncPanel(device.sync_service)
    # a panel outliving its data folder must not poll it (automatic sync may be on)
    qtbot.addWidget(panel, before_close_func=lambda widget: widget.auto_timer.stop())
    panel.show()
    with qtbot.waitSignal(panel.sync_finished, timeout=20000):
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    return panel


def test_taken_off_a_team_the_mission_leaves_the_list_and_is_told(qtbot, hq, laptop):
    from mercator_desktop.services.dashboard import DashboardService

    alice, bob = laptop("alice", hq), laptop("bob", hq)
    mission_id = situations.taken_off_the_team(alice, bob, "JM-2041-UI-T")
    before = (bob.missions.count(), DashboardService(bob.store).summary().total)
    assert mission_id in {m.id for m in bob.missions.list()}

    panel = sync_from_panel(qtbot, bob)
    box = messages.last_box()
    assert box is not None and box.isVisible() and not box.isModal()
    assert box.text() == ("You were taken off the team of 1 mission(s); they are kept in "
                          "Sync → Archived missions.")
    assert "1 mission(s) archived" in panel.status_label.full_text()
    assert mission_id not in {m.id for m in bob.missions.list()}
    assert (bob.missions.count(), DashboardService(bob.store).summary().total) == (
        before[0] - 1, before[1] - 1)

    dialog = ArchivedMissionsDialog(bob.sync_service)
    qtbot.addWidget(dialog)
    dialog.show()
    [row] = [cells(dialog.model, i) for i in range(dialog.model.rowCount())]
    assert row[:2] == ["JM-2041-UI-T", "Mission JM-2041-UI-T"]
    assert "taken off the team" in row[3]
    assert not dialog.empty_label.isVisible()

    box.close()  # told once: the next sync says nothing more
    messages.forget_boxes()
    with qtbot.waitSignal(panel.sync_finished, timeout=20000):
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    assert messages.recent_boxes() == [] and "archived" not in panel.status_label.full_text()


def test_a_copied_data_folder_is_told_it_syncs_as_a_new_device(qtbot, hq, laptop, tmp_path):
    first = laptop("alice", hq)
    first.new_mission("JM-2041-UI-C", {situations.EXPERT_B: "Bob Expert"})
    first.sync()
    copy_folder(first, tmp_path / "copy")
    second = Laptop(tmp_path / "copy", "alice")
    second.secrets = second.sync_service._secrets = first.secrets
    try:
        panel = sync_from_panel(qtbot, second)
        box = messages.last_box()
        assert box is not None and "it now syncs as a new device. Nothing was lost." in \
            box.text()
        assert "now a new device" in panel.status_label.full_text()
    finally:
        second.close()
    shutil.rmtree(tmp_path / "copy", ignore_errors=True)


def test_every_advice_of_the_service_is_translatable():
    from mercator_desktop.services.sync import REFUSAL_ADVICE, _waiting_advice
    from mercator_desktop.ui.labels import SYNC_ADVICE

    said = [*REFUSAL_ADVICE.values(), *(_waiting_advice(reason) for reason in (
        "clashes with a local record", "waiting for missions x", "a newer kind of record"))]
    assert [text for text in said if text not in SYNC_ADVICE] == []
