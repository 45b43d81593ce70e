"""The sync button, status line and sign-in dialog, driven like a person against the real HQ,
checked through the service."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from ui.helpers import answering, watch_modals

from mercator_desktop.services.sync import SyncService
from mercator_desktop.sync.credentials import MemorySecretStore
from mercator_desktop.ui import messages, operations
from mercator_desktop.ui.sync_dialog import SignInDialog
from mercator_desktop.ui.sync_panel import SyncPanel

from . import data
from .conftest import EXPERT_A, PASSWORD


def watch_modals_after_work() -> Iterator[None]:
    """``watch_modals`` (a box nobody expects fails the test) that also lets the background
    work finish and closes the non-modal notices a test leaves open."""
    watch = watch_modals()
    next(watch)
    yield
    operations.wait_for_all()
    for box in messages.recent_boxes():
        with contextlib.suppress(RuntimeError):
            box.close()
    next(watch, None)


@pytest.fixture(autouse=True)
def _watch_modals():
    yield from watch_modals_after_work()


def wait(qtbot, condition) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: (operations.wait_for_all(), condition())[1], timeout=20000)


def test_sign_in_then_sync_from_the_panel(qtbot, hq, make_device):
    device = make_device("alice")
    service = SyncService(device.store, MemorySecretStore())
    data.mission(device.store, "JM-2035-UI", {EXPERT_A: "Alice Expert"})
    panel = SyncPanel(service)
    qtbot.addWidget(panel)
    pending = service.pending_count()
    assert panel.sync_button.text() == f"Sync ({pending})"
    assert panel.status_label.full_text() == "Never synced"
    assert panel.connection_label.text() == "Not signed in to HQ"

    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)  # not signed in yet
    dialog = panel.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.server_edit.clear()
    qtbot.keyClicks(dialog.server_edit, hq.url)
    qtbot.keyClicks(dialog.user_edit, "alice")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(panel.sync_finished, timeout=20000):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert service.status().signed_in and service.pending_count() == 0
    assert panel.sync_button.text() == "Sync"
    assert panel.status_label.full_text().startswith("Synced: ")


def test_a_wrong_password_is_said_inline_and_nothing_is_stored(qtbot, hq, make_device):
    device = make_device("alice")
    secrets = MemorySecretStore()
    service = SyncService(device.store, secrets)
    dialog = SignInDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server_edit.clear()
    qtbot.keyClicks(dialog.server_edit, hq.url)
    qtbot.keyClicks(dialog.user_edit, "alice")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "password" in dialog.error_label.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.password_edit, "not it")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    wait(qtbot, lambda: dialog.sign_in_button.isEnabled())
    assert "wrong user name or password" in dialog.error_label.text()
    assert dialog.isVisible() and not service.status().signed_in
    assert secrets.get(hq.url, "alice") is None


def test_without_a_keyring_the_dialog_says_so_and_needs_the_session_choice(qtbot, hq,
                                                                           make_device):
    device = make_device("alice")
    service = SyncService(device.store, secrets=None, use_keyring=False)
    dialog = SignInDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keyring_label.isVisible() and "no secure password store" in \
        dialog.keyring_label.text()
    dialog.server_edit.clear()
    qtbot.keyClicks(dialog.server_edit, hq.url)
    qtbot.keyClicks(dialog.user_edit, "alice")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "session only" in dialog.error_label.text() and not service.status().signed_in
    dialog.session_only_check.setChecked(True)
    with qtbot.waitSignal(dialog.signed_in, timeout=20000):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    status = service.status()
    assert status.signed_in and status.session_only
    service.logout()


# --- the sync in the main window ---------------------------------------------------------------


@pytest.fixture
def settings_dir(qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    """QSettings in a temporary INI file (the main window remembers its geometry)."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    qapp.setOrganizationName("WCO")
    qapp.setApplicationName("Mercator Desktop")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder


def main_window_for(qtbot, device, monkeypatch):  # type: ignore[no-untyped-def]
    from mercator_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "sync_service_factory",
                        staticmethod(lambda _store: device.sync_service))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    with qtbot.waitSignal(window.store_loaded, timeout=20000):
        window.load_store(device.store)
    operations.wait_for_all()
    window.show_tab(window.TAB_MISSIONS)
    return window


def sync_state(window, mission_id: str) -> str:  # type: ignore[no-untyped-def]
    from mercator_desktop.ui.mission_model import Column, MissionTableModel

    row = window.mission_model.row_of(mission_id)
    if row is None:
        return ""
    return window.mission_model.data(window.mission_model.index(row, Column.SYNC),
                                     MissionTableModel.CODE_ROLE)


def press_sync(qtbot, window, key=Qt.Key.Key_F5, modifiers=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    window.activateWindow()  # a dialog may have had the focus
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    with qtbot.waitSignal(window.sync_panel.sync_finished, timeout=20000):
        qtbot.keyClick(window.mission_table, key, modifiers)


def test_sign_in_sync_and_sign_out_from_the_sync_menu(qtbot, hq, make_device, settings_dir,
                                                      monkeypatch):
    device = make_device("alice")
    mission_id = data.mission(device.store, "JM-2035-MW", {EXPERT_A: "Alice Expert"})
    window = main_window_for(qtbot, device, monkeypatch)
    panel = window.sync_panel
    assert panel is not None and panel.parentWidget() is window.statusBar()
    assert [a.text() for a in window.menu_sync.actions() if not a.isSeparator()] == [
        "Sign i&n to HQ…", "&Sync now", "Sync &inbox…", "A&rchived missions…",
        "Sync &automatically when HQ can be reached", "Sign &out"]
    assert window.action_auto_sync.isCheckable() and not window.action_auto_sync.isChecked()
    assert [s.toString() for s in window.action_sync.shortcuts()] == ["Ctrl+Shift+S", "F5"]
    assert not window.action_sign_out.isEnabled()
    assert sync_state(window, mission_id) == "local"
    assert panel.connection_label.text() == "Not signed in to HQ"
    assert window.action_sign_in.isEnabled()

    window.action_sign_in.trigger()
    dialog = panel.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.server_edit.clear()
    qtbot.keyClicks(dialog.server_edit, hq.url)
    qtbot.keyClicks(dialog.user_edit, "alice")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(panel.signed_in, timeout=20000):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert device.sync_service.status().signed_in
    # the panel asks about demonstration data once the dialog has closed, then refreshes
    wait(qtbot, lambda: window.action_sign_out.isEnabled())
    assert panel.status_label.full_text() == "Signed in to HQ as alice."
    assert not window.action_sign_in.isEnabled()  # signed in: Sign out instead

    press_sync(qtbot, window, Qt.Key.Key_S,
               Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait(qtbot, lambda: sync_state(window, mission_id) == "synced")
    assert device.sync_service.pending_count() == 0
    window.action_archived.trigger()
    archived = window.archived_dialog
    assert archived.isVisible() and archived.empty_label.isVisible()
    archived.close()

    window.action_sign_out.trigger()
    wait(qtbot, lambda: not window.action_sign_out.isEnabled())
    assert not device.sync_service.status().signed_in
    assert "Signed out" in panel.status_label.full_text()
    assert window.action_sign_in.isEnabled()


def test_received_changes_show_and_a_conflict_is_resolved_in_the_inbox(
        qtbot, hq, make_device, settings_dir, monkeypatch):
    from mercator_desktop.storage import models as m
    from mercator_desktop.ui import messages as ui_messages

    a, b = make_device("alice"), make_device("alice")  # Alice's laptop and her tablet
    a.login(hq, "alice")
    b.login(hq, "alice")
    mission_id = data.mission(a.store, "JM-2035-CF", {EXPERT_A: "Alice Expert"})
    a.sync()
    window = main_window_for(qtbot, b, monkeypatch)
    assert window.mission_model.row_of(mission_id) is None
    press_sync(qtbot, window)  # F5
    wait(qtbot, lambda: sync_state(window, mission_id) == "synced")  # the list followed

    data.edit(a.store, m.Mission, mission_id, title="Alice's laptop title")
    a.sync()
    data.edit(b.store, m.Mission, mission_id, title="Alice's tablet title")
    ui_messages.forget_boxes()
    press_sync(qtbot, window)
    wait(qtbot, lambda: sync_state(window, mission_id) == "conflict")
    panel = window.sync_panel
    assert panel.conflicts_button.isVisible() and panel.conflicts_button.text() == \
        "Sync inbox (1)"
    assert window.action_conflicts.text() == "Sync &inbox (1)…"

    window.action_conflicts.trigger()
    dialog = window.conflicts_dialog
    assert dialog.isVisible() and dialog.model.rowCount() == 1
    row = dialog.model.row_at(0)
    assert (row.mission_code, row.field, row.mine, row.theirs) == (
        "JM-2035-CF", "title", "Alice's tablet title", "Alice's laptop title")
    qtbot.mouseClick(dialog.keep_mine_button, Qt.MouseButton.LeftButton)
    assert dialog.empty_label.isVisible() and b.sync_service.conflicts() == []
    wait(qtbot, lambda: sync_state(window, mission_id) == "pending")
    assert not panel.conflicts_button.isVisible()
    dialog.close()

    press_sync(qtbot, window)
    wait(qtbot, lambda: sync_state(window, mission_id) == "synced")
    a.sync()
    with a.store.sessions() as session:
        assert session.get(m.Mission, mission_id).title == "Alice's tablet title"


def test_automatic_sync_sends_when_hq_answers_and_never_asks(qtbot, hq, make_device,
                                                             monkeypatch):
    device = make_device("alice")
    service = SyncService(device.store, MemorySecretStore())
    service.login(hq.url, "alice", PASSWORD)
    data.mission(device.store, "JM-2035-AUTO", {EXPERT_A: "Alice Expert"})
    panel = SyncPanel(service)
    qtbot.addWidget(panel)
    assert not panel.automatic  # an option, off until chosen
    panel._on_auto_timer_timeout()
    operations.wait_for_all()
    assert service.pending_count() > 0  # off: nothing happens
    with qtbot.waitSignal(panel.sync_finished, timeout=20000):
        panel.set_automatic(True)  # turning it on checks at once
    assert service.pending_count() == 0
    panel.set_automatic(False)  # a setting: later tests start with it off


def test_automatic_sync_stays_quiet_when_hq_cannot_be_reached(qtbot, hq, make_device):
    device = make_device("alice")
    secrets = MemorySecretStore()
    service = SyncService(device.store, secrets)
    service.login(hq.url, "alice", PASSWORD)
    data.mission(device.store, "JM-2035-AWAY", {EXPERT_A: "Alice Expert"})
    pending = service.pending_count()
    away = "http://127.0.0.1:9"  # nobody listens there: the laptop is offline
    device.store.set_setting("sync.server_url", away)
    secrets.set(away, "alice", secrets.get(hq.url, "alice"))
    assert service.status().signed_in and service.reachable() is False
    panel = SyncPanel(service)
    qtbot.addWidget(panel)
    panel.set_automatic(True)
    operations.wait_for_all()
    assert service.pending_count() == pending
    assert messages.recent_boxes() == [] and panel.sign_in_dialog is None
    panel.set_automatic(False)


def test_hq_deleting_many_records_is_asked_about_in_the_panel(qtbot, hq, make_device):
    """A sync that would delete a large share of the laptop's records stops and asks "Apply
    HQ's deletions?": No keeps every record; Yes syncs again and applies them."""
    from sqlalchemy import select, update

    from mercator_desktop.storage import models as m

    from .conftest import EXPERT_B

    alice, bob = make_device("alice"), make_device("bob")
    alice.login(hq, "alice")
    bob.login(hq, "bob")
    mission_id = data.mission(alice.store, "JM-2036-UI-DEL",
                              {EXPERT_A: "Alice Expert", EXPERT_B: "Bob Expert"})
    _, answers = data.assessment(alice.store, mission_id, 30)
    alice.sync()
    bob.sync()
    with alice.store.session() as session:
        session.execute(update(m.Answer).values(deleted=True, revision=m.Answer.revision + 1))
    alice.sync()

    def deleted() -> list[bool]:
        with bob.store.sessions() as session:
            return list(session.scalars(select(m.Answer.deleted)
                                        .where(m.Answer.id.in_(answers))))

    panel = SyncPanel(bob.sync_service)
    qtbot.addWidget(panel)
    panel.show()
    with answering(qtbot, "No", timeout=30000) as boxes:
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    operations.wait_for_all()
    assert boxes.shown[0].title == "Apply HQ's deletions?"
    assert "would delete" in boxes.shown[0].text
    assert sorted(boxes.shown[0].buttons) == ["&No", "&Yes"]
    assert not any(deleted())  # nothing applied
    assert "would delete" in panel.status_label.full_text()

    with (answering(qtbot, "Yes", timeout=30000),
          qtbot.waitSignal(panel.sync_finished, timeout=30000) as finished):
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].backup is not None  # a copy first
    assert deleted() and all(deleted())
