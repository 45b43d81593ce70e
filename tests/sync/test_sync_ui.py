"""The sync button, status line and sign-in dialog, driven like a person against the real HQ,
checked through the service."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mercator_desktop.services.sync import SyncService
from mercator_desktop.sync.credentials import MemorySecretStore
from mercator_desktop.ui import messages, operations
from mercator_desktop.ui.sync_dialog import SignInDialog
from mercator_desktop.ui.sync_panel import SyncPanel

from . import data
from .conftest import EXPERT_A, PASSWORD


@pytest.fixture(autouse=True)
def _nonblocking(monkeypatch):
    monkeypatch.setenv(messages.NONBLOCKING_ENV, "1")
    yield
    operations.wait_for_all()
    for box in messages.recent_boxes():
        box.close()
    messages.forget_boxes()


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
    assert panel.status_label.text() == "Never synced"

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
    assert panel.status_label.text().startswith("Synced: ")


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
