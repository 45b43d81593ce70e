"""The sync status a person can trust: the count of unsent changes follows every save, the
connection line says who is signed in to which HQ and whether HQ answers now (asked off the
GUI thread), errors are plain sentences in the interface's language and never cut off, and
the outcome of a sync does not read as if everything came back. Against the real HQ."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from mercator_desktop.domain.problem_texts import TEXTS
from mercator_desktop.services.sync import NETWORK_MESSAGES, SyncService
from mercator_desktop.storage import models as m
from mercator_desktop.sync.credentials import MemorySecretStore
from mercator_desktop.ui import i18n, messages, operations
from mercator_desktop.ui.sync_panel import SyncPanel

from . import data
from .conftest import EXPERT_A, PASSWORD
from .test_sync_ui import watch_modals_after_work

AWAY = "http://127.0.0.1:9"  # nobody listens there: the laptop is offline


@pytest.fixture(autouse=True)
def _boxes():  # type: ignore[no-untyped-def]
    yield from watch_modals_after_work()


def _panel(qtbot, service):  # type: ignore[no-untyped-def]
    panel = SyncPanel(service)
    qtbot.addWidget(panel)
    panel.resize(900, 30)
    panel.show()
    return panel


def _offline(device, hq):  # type: ignore[no-untyped-def]
    """Signed in (a session token kept), but HQ's address answers nothing."""
    secrets = MemorySecretStore()
    service = SyncService(device.store, secrets)
    service.login(hq.url, "alice", PASSWORD)
    device.store.set_setting("sync.server_url", AWAY)
    secrets.set(AWAY, "alice", secrets.get(hq.url, "alice"))
    return service


def test_the_count_follows_every_save_without_a_sync(qtbot, make_device):
    device = make_device("alice")
    service = SyncService(device.store, MemorySecretStore())
    panel = _panel(qtbot, service)
    before = service.pending_count()
    assert panel.sync_button.text() == (f"Sync ({before})" if before else "Sync")
    mission_id = data.mission(device.store, "JM-2036-CNT", {EXPERT_A: "Alice Expert"})
    pending = service.pending_count()
    assert pending > before
    qtbot.waitUntil(lambda: panel.sync_button.text() == f"Sync ({pending})", timeout=5000)
    assert panel.sync_button.toolTip() == f"{pending} changes not yet sent to HQ"

    data.edit(device.store, m.Mission, mission_id, title="Edited")  # the same record again
    data.mission(device.store, "JM-2036-CNT2", {EXPERT_A: "Alice Expert"})
    more = service.pending_count()
    assert more > pending
    qtbot.waitUntil(lambda: panel.sync_button.text() == f"Sync ({more})", timeout=5000)


def test_the_connection_line_says_who_where_and_that_hq_answers(qtbot, hq, make_device):
    device = make_device("alice")
    service = SyncService(device.store, MemorySecretStore())
    panel = _panel(qtbot, service)
    assert panel.connection_label.text() == "Not signed in to HQ"
    assert panel.online is None

    service.login(hq.url, "alice", PASSWORD)
    panel.refresh()
    panel.check_connection()  # the timer's work, off the GUI thread
    qtbot.waitUntil(lambda: (operations.wait_for_all(), panel.online)[1] is True,
                    timeout=20000)
    host = hq.url.split("://", 1)[1]
    assert panel.connection_label.text() == f"● HQ online · alice @ {host}"
    assert panel.connection_label.toolTip() == (
        f"Signed in to HQ at {hq.url} as alice. HQ answers now.")
    service.logout()


def test_offline_is_shown_and_the_error_is_plain_and_whole(qtbot, hq, make_device):
    device = make_device("alice")
    service = _offline(device, hq)
    data.mission(device.store, "JM-2036-OFF", {EXPERT_A: "Alice Expert"})
    panel = _panel(qtbot, service)
    qtbot.waitUntil(lambda: (operations.wait_for_all(), panel.online)[1] is False,
                    timeout=20000)
    assert panel.connection_label.text() == "○ HQ offline · alice @ 127.0.0.1:9"

    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (operations.wait_for_all(), panel.sync_button.isEnabled())[1],
                    timeout=30000)
    said = panel.status_label.full_text()
    assert said == TEXTS[NETWORK_MESSAGES["offline"]]
    assert "Errno" not in said and "refused" not in said.lower()
    # never cut off: the whole sentence is the tooltip, the label shows what fits
    assert panel.status_label.toolTip() == said
    width = panel.status_label.fontMetrics().horizontalAdvance(panel.status_label.text())
    assert width <= panel.status_label.width()
    assert messages.recent_boxes() == []


def test_errors_in_french(qtbot, qapp, hq, make_device, tmp_path: Path):
    installed = i18n.install_translators(qapp, "fr", cache=tmp_path / "cache")
    try:
        device = make_device("alice")
        panel = _panel(qtbot, _offline(device, hq))
        operations.wait_for_all()
        panel.start_sync()
        qtbot.waitUntil(lambda: (operations.wait_for_all(), panel.sync_button.isEnabled())[1],
                        timeout=30000)
        said = panel.status_label.full_text()
        assert said == QCoreApplication.translate("problems", TEXTS[NETWORK_MESSAGES["offline"]])
        assert said.startswith("Impossible de joindre le siège")
        assert panel.connection_label.text().startswith("○ Siège hors ligne")
    finally:
        installed.remove()


def test_the_outcome_says_what_was_sent_and_what_came_from_others(qtbot, hq, make_device):
    a, b = make_device("alice"), make_device("alice")
    for device in (a, b):
        device.login(hq, "alice")
    data.mission(b.store, "JM-2036-OTH", {EXPERT_A: "Alice Expert"})
    b.sync()  # another laptop's work waits at HQ
    data.mission(a.store, "JM-2036-MINE", {EXPERT_A: "Alice Expert"})
    pending = a.sync_service.pending_count()
    panel = _panel(qtbot, a.sync_service)
    operations.wait_for_all()
    with qtbot.waitSignal(panel.sync_finished, timeout=30000) as finished:
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    outcome = finished.args[0]
    assert outcome.sent == pending and 0 < outcome.applied < outcome.received
    assert panel.status_label.full_text() == (
        f"Synced: Sent {pending} change(s) to HQ. Received {outcome.applied} change(s) "
        "from others.")
    assert panel.online is True and panel.sync_button.text() == "Sync"

    with qtbot.waitSignal(panel.sync_finished, timeout=30000):
        panel.start_sync()
    assert panel.status_label.full_text() == "Synced: up to date with HQ."


def test_every_sync_failure_sentence_is_coded() -> None:
    """The connection's failures are coded texts (the window and the command line say them
    in the person's language; the translation test makes sure each language has them)."""
    from mercator_desktop.sync.transport import NetworkError

    assert set(NETWORK_MESSAGES.values()) | set(NetworkError.MESSAGES.values()) <= set(TEXTS)

