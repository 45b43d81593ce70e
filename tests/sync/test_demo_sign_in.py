"""Signing in to HQ with the demonstration data in the folder asks once whether to remove it;
the person answers the real modal box, and the store shows the answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from ui.helpers import answering

from mercator_desktop.services.demo import DemoService, load_demo
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.sync import SyncService
from mercator_desktop.sync.credentials import MemorySecretStore
from mercator_desktop.ui import messages, operations
from mercator_desktop.ui.sync_panel import AUTO_SETTING, SyncPanel

from .conftest import PASSWORD
from .test_sync_ui import watch_modals_after_work

QUESTION = ("Your data folder holds the demonstration missions (24 missions, 12 experts). "
            "They stay on this laptop and are never sent to HQ. Remove them now?")


@pytest.fixture(autouse=True)
def _watch_modals():  # type: ignore[no-untyped-def]
    yield from watch_modals_after_work()


def _sign_in(qtbot, panel, hq) -> None:  # type: ignore[no-untyped-def]
    dialog = panel.sign_in()
    dialog.server_edit.clear()
    qtbot.keyClicks(dialog.server_edit, hq.url)
    qtbot.keyClicks(dialog.user_edit, "alice")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def _panel(qtbot, device, monkeypatch):  # type: ignore[no-untyped-def]
    load_demo(device.store)
    QSettings().setValue(AUTO_SETTING, False)  # no automatic sync after signing in
    service = SyncService(device.store, MemorySecretStore())
    panel = SyncPanel(service, demo=DemoService(device.store))
    qtbot.addWidget(panel)
    panel.show()
    return panel, service


def test_sign_in_offers_to_remove_the_demo_and_removes_it(qtbot, hq, make_device,
                                                           monkeypatch):
    device = make_device("alice")
    panel, service = _panel(qtbot, device, monkeypatch)
    with (answering(qtbot, "Remove", timeout=30000) as boxes,
          qtbot.waitSignal(panel.demo_removed, timeout=30000) as removed):
        _sign_in(qtbot, panel, hq)
    assert [b.text for b in boxes.shown] == [QUESTION]
    assert service.status().signed_in
    assert removed.args[0].missions == 24
    assert not DemoService(device.store).present()
    assert MissionService(device.store).list() == []
    assert panel.status_label.full_text().startswith(
        "Signed in to HQ as alice. Removed the demonstration data: 24 missions")
    service.logout()


def test_keeping_the_demo_changes_nothing(qtbot, hq, make_device, monkeypatch):
    device = make_device("alice")
    panel, service = _panel(qtbot, device, monkeypatch)
    with answering(qtbot, "Keep", timeout=30000) as boxes:
        _sign_in(qtbot, panel, hq)
        qtbot.waitUntil(lambda: (operations.wait_for_all(), bool(boxes.shown))[1],
                        timeout=30000)
    qtbot.waitUntil(lambda: panel.status_label.full_text() == "Signed in to HQ as alice.",
                    timeout=10000)
    assert [b.text for b in boxes.shown] == [QUESTION]
    summary = DemoService(device.store).present()
    assert (summary.missions, summary.experts) == (24, 12)
    assert len(MissionService(device.store).list()) == 24
    service.logout()


def test_without_demo_data_no_question_is_asked(qtbot, hq, make_device, monkeypatch):
    device = make_device("alice")
    messages.forget_boxes()
    QSettings().setValue(AUTO_SETTING, False)
    service = SyncService(device.store, MemorySecretStore())
    panel = SyncPanel(service, demo=DemoService(device.store))
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.signed_in, timeout=30000):
        _sign_in(qtbot, panel, hq)
    qtbot.waitUntil(lambda: panel.status_label.full_text() == "Signed in to HQ as alice.",
                    timeout=10000)
    assert messages.recent_boxes() == []
    service.logout()
