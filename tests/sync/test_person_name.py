"""Who is recorded in histories and reports: the name the person gives on first run, then the
signed-in HQ user — never the computer's login name."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt
from sqlalchemy import select

from mercator_desktop.services.store import open_store
from mercator_desktop.services.sync import SyncService
from mercator_desktop.storage import models as m
from mercator_desktop.sync.credentials import MemorySecretStore
from mercator_desktop.ui.person_dialog import PersonNameDialog

from . import data
from .conftest import EXPERT_A, PASSWORD


def test_the_person_not_the_laptop_login_is_recorded(qtbot, hq, tmp_path, monkeypatch):
    monkeypatch.delenv("MERCATOR_USER")
    monkeypatch.setattr(getpass, "getuser", lambda: "laptop-login")
    store = open_store(tmp_path / "data")
    try:
        assert store.user == ""  # nobody named yet: the app asks

        dialog = PersonNameDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "enter your name" in dialog.error_label.text()
        qtbot.keyClicks(dialog.name_edit, "  Ana   P")
        dialog.name_edit.insert("érez ")  # QTest types ASCII only
        with qtbot.waitSignal(dialog.named):
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert store.user == "Ana Pérez" and not dialog.isVisible()
        first = data.mission(store, "JM-2038-WHO")

        SyncService(store, MemorySecretStore()).login(hq.url, "alice", PASSWORD)
        assert store.user == "alice"  # the signed-in HQ user from now on
        second = data.mission(store, "JM-2038-WHO2", {EXPERT_A: "Alice Expert"})
        with store.sessions() as session:
            by = dict(session.execute(select(m.Mission.id, m.Mission.created_by)).all())
        assert by[first] == "Ana Pérez" and by[second] == "alice"
    finally:
        store.close()

    again = open_store(tmp_path / "data")  # the next start remembers who it is
    try:
        assert again.user == "alice"
    finally:
        again.close()
