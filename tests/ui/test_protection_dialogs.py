"""The recovery passphrase through the real dialogs of the app's start: set (and confirmed)
on first run, which creates the data folder encrypted; asked at start when the keyring does
not hold the key, where a wrong one is refused inline and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mercator_desktop.app import Startup
from mercator_desktop.services import protection
from mercator_desktop.services.store import open_store
from mercator_desktop.ui import operations
from mercator_desktop.ui.main_window import MainWindow
from mercator_desktop.ui.protection_dialogs import SetPassphraseDialog, UnlockDialog

from .helpers import answering, replace_text

PASSPHRASE = "three quiet owls at dawn"


def _window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _start(qtbot, window: MainWindow, data_dir: Path) -> Startup:  # type: ignore[no-untyped-def]
    startup = Startup(QApplication.instance(), window, data_dir, False)  # type: ignore[arg-type]
    startup.open_store()
    return startup


def _close(qtbot, startup: Startup) -> None:  # type: ignore[no-untyped-def]
    if startup.store is not None:
        qtbot.waitUntil(lambda: not startup.window.statusBar().currentMessage().startswith(
            "Opening"), timeout=20_000)
        operations.wait_for_all(10)
        startup.store.close()  # type: ignore[attr-defined]


def test_first_run_sets_the_passphrase_and_creates_the_folder_encrypted(
        qtbot, data_dir, os_keyring) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def set_passphrase(dialog: SetPassphraseDialog) -> None:
        assert isinstance(dialog, SetPassphraseDialog)
        qtbot.waitExposed(dialog)
        replace_text(qtbot, dialog.passphrase_edit, "short")
        seen.append(dialog.strength_label.text())
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.error_label.text())
        assert dialog.isVisible()  # refused inline, the dialog stays
        replace_text(qtbot, dialog.passphrase_edit, PASSPHRASE)
        seen.append(dialog.strength_label.text())
        replace_text(qtbot, dialog.confirm_edit, PASSPHRASE + "s")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.error_label.text())
        assert not (data_dir / "recovery-key.json").exists()  # nothing made yet
        replace_text(qtbot, dialog.confirm_edit, PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    window = _window(qtbot)
    with answering(qtbot, set_passphrase) as shown:
        startup = _start(qtbot, window, data_dir)
    try:
        assert shown.shown[0].title == "Protect your data"
        assert seen[0].startswith("Strength: weak")
        assert "at least 10 characters" in seen[1]
        assert seen[2] == "Strength: strong"
        assert "not the same" in seen[3]
        assert startup.store is not None
        assert startup.store.data_key is not None  # type: ignore[attr-defined]
    finally:
        _close(qtbot, startup)
    assert protection.state(startup.store.paths) == protection.ENCRYPTED  # type: ignore[attr-defined]
    assert len(os_keyring.entries) == 1
    os_keyring.entries.clear()
    open_store(data_dir, user="tester", passphrase=PASSPHRASE).close()


@pytest.fixture
def locked_folder(data_dir: Path, os_keyring) -> Path:  # type: ignore[no-untyped-def]
    open_store(data_dir, user="tester", passphrase=PASSPHRASE).close()
    os_keyring.entries.clear()  # another laptop: the keyring holds nothing
    return data_dir


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and "logs" not in p.parts}


def test_without_the_key_the_app_asks_the_passphrase_and_refuses_a_wrong_one(
        qtbot, locked_folder, os_keyring) -> None:  # type: ignore[no-untyped-def]
    before = _snapshot(locked_folder)
    errors: list[str] = []

    def unlock(dialog: UnlockDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        qtbot.waitExposed(dialog)
        assert "does not hold its key" in dialog.reason_label.text()
        replace_text(qtbot, dialog.passphrase_edit, "three quiet owls at dusk")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        # Tried on a worker: the dialog says so and takes no other input meanwhile.
        assert dialog.checking_label.isVisible()
        assert not dialog.ok_button.isEnabled() and not dialog.passphrase_edit.isEnabled()
        qtbot.waitUntil(dialog.error_label.isVisible, timeout=30_000)
        assert dialog.ok_button.isEnabled() and not dialog.checking_label.isVisible()
        errors.append(dialog.error_label.text())
        assert dialog.isVisible()
        assert _snapshot(locked_folder) == before  # refused: nothing changed
        assert os_keyring.entries == {}
        replace_text(qtbot, dialog.passphrase_edit, PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    window = _window(qtbot)
    with answering(qtbot, unlock) as shown:
        startup = _start(qtbot, window, locked_folder)
    try:
        assert shown.shown[0].title == "Unlock your data"
        assert "not the one of this data folder" in errors[0]
        assert "Nothing was changed" in errors[0]
        assert startup.store is not None
    finally:
        _close(qtbot, startup)
    assert len(os_keyring.entries) == 1  # the next start needs no passphrase


def test_quitting_at_the_passphrase_opens_nothing_and_changes_nothing(
        qtbot, locked_folder) -> None:  # type: ignore[no-untyped-def]
    before = _snapshot(locked_folder)

    def quit_(dialog: UnlockDialog) -> None:
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    window = MainWindow()  # not shown: its first paint would start the whole start-up
    qtbot.addWidget(window)
    startup = Startup(QApplication.instance(), window, locked_folder, False)  # type: ignore[arg-type]
    # the step of the start that asks (the start then ends the app, which would end this
    # test process's event loops too)
    with answering(qtbot, quit_):
        opened = startup._open_unlocked()
    assert opened is None
    assert _snapshot(locked_folder) == before
