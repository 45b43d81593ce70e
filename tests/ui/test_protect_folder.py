"""Protecting the plain data folder that is open, and changing the recovery passphrase,
through the real main window and dialogs: the bar offers it without a modal box; a wrong
confirmation is refused inline and nothing changes; then the folder is converted (off the
GUI thread, behind a progress dialog), opened again encrypted in the same window, and its
bytes — database, WAL, backups, evidence, logs — reveal none of the known texts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from mercator_desktop.paths import DataPaths
from mercator_desktop.services import backups, protection
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.evidence import EvidenceService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.store import open_store
from mercator_desktop.ui.protect_folder import DISMISSED_SETTING
from mercator_desktop.ui.protection_dialogs import SetPassphraseDialog
from tests.protection.conftest import EVIDENCE, PASSPHRASE, TITLE, fill, leaked

from .helpers import answering, open_main_window, replace_text, settle, type_text

NEW = "seven tall giraffes by the river"


def _plain_folder_with_work(data_dir: Path):  # type: ignore[no-untyped-def]
    store = open_store(data_dir, user="tester")
    filled = fill(store)
    # a second mission: "all there" means more than one
    MissionService(store).create(MissionInput(
        code="TZ-2026-INT-02", title="Second visit", type_code="workshop",
        status_code="requested", country_iso2="TZ"))
    backups.create(store)
    return store, filled


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and "logs" not in p.parts and not p.name.endswith(("-wal", "-shm"))}


def test_the_open_plain_folder_is_protected_from_the_bar(
        qtbot, data_dir, os_keyring) -> None:  # type: ignore[no-untyped-def]
    store, filled = _plain_folder_with_work(data_dir)
    window = open_main_window(qtbot, store)
    before_titles = sorted(m.title for m in MissionService(store).list())
    assert window.protect_notice.isVisible()  # offered, no box
    assert window.action_protect.isEnabled()
    assert not window.action_change_passphrase.isEnabled()
    assert leaked(data_dir)  # the known texts are readable before

    # A wrong confirmation is refused inline; cancelled: nothing changes.
    before = _files(data_dir)
    refused: list[str] = []

    def mistyped(dialog: SetPassphraseDialog) -> None:
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle() == "Protect this data folder"
        replace_text(qtbot, dialog.passphrase_edit, PASSPHRASE)
        assert dialog.strength_label.text() == "Strength: strong"
        replace_text(qtbot, dialog.confirm_edit, PASSPHRASE + "x")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        refused.append(dialog.error_label.text())
        assert dialog.isVisible()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    with answering(qtbot, mistyped):
        qtbot.mouseClick(window.protect_notice.protect_button, Qt.MouseButton.LeftButton)
    assert refused == ["The two passphrases are not the same: type it again."]
    assert _files(data_dir) == before
    assert protection.state(DataPaths(data_dir)) == protection.PLAIN
    assert window.store is store and not store.closed

    # An open mission window with a change not saved yet is saved first.
    editor = window.open_mission(filled.mission_id)
    assert editor is not None
    qtbot.waitExposed(editor)
    type_text(qtbot, editor.field("objectives"), "Typed before the conversion.")
    assert editor.unsaved_name() is not None

    def protect(dialog: SetPassphraseDialog) -> None:
        qtbot.waitExposed(dialog)
        replace_text(qtbot, dialog.passphrase_edit, PASSPHRASE)
        replace_text(qtbot, dialog.confirm_edit, PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    with answering(qtbot, protect, "OK") as shown:
        qtbot.mouseClick(window.protect_notice.protect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.store is not None and window.store is not store
                        and window.store.data_key is not None, timeout=120_000)
    settle()
    assert shown.shown[1].title == "Your data is protected"
    assert window.open_windows() == []
    new_store = window.store
    try:
        assert not window.protect_notice.isVisible()
        assert window.action_change_passphrase.isEnabled()
        assert not window.action_protect.isEnabled()
        assert sorted(m.title for m in MissionService(new_store).list()) == before_titles
        assert EvidenceService(new_store).read_file(filled.evidence_id) == EVIDENCE
        saved = MissionService(new_store).get(filled.mission_id)
        assert saved.objectives == "Typed before the conversion."
        assert window.mission_model.rowCount() == len(before_titles)
        # the store is open: its WAL is on disk too, and the log file
        assert leaked(data_dir) == []
        assert not (data_dir / protection.CONVERSION_MARKER).exists()
    finally:
        settle()
        new_store.close()
    assert leaked(data_dir) == []
    assert TITLE in before_titles


def test_not_now_hides_the_bar_for_this_folder(
        qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    store = open_store(data_dir, user="tester")
    try:
        window = open_main_window(qtbot, store)
        assert window.protect_notice.isVisible()
        qtbot.mouseClick(window.protect_notice.later_button, Qt.MouseButton.LeftButton)
        assert not window.protect_notice.isVisible()
        assert store.get_setting(DISMISSED_SETTING) == "1"
        assert window.action_protect.isEnabled()  # still in the File menu
        again = open_main_window(qtbot, store)
        assert not again.protect_notice.isVisible()
        settle()
    finally:
        store.close()


def test_the_recovery_passphrase_is_changed_from_the_file_menu(
        qtbot, data_dir, os_keyring) -> None:  # type: ignore[no-untyped-def]
    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    recovery = data_dir / "recovery-key.json"
    database = data_dir / "mercator.sqlite"
    try:
        fill(store)
        window = open_main_window(qtbot, store)
        assert not window.protect_notice.isVisible()
        assert not window.action_protect.isEnabled()
        before = recovery.read_bytes()
        seen: list[str] = []

        def change(dialog: SetPassphraseDialog) -> None:
            qtbot.waitExposed(dialog)
            assert dialog.windowTitle() == "Change the recovery passphrase"
            replace_text(qtbot, dialog.current_edit, "not the passphrase at all")
            replace_text(qtbot, dialog.passphrase_edit, NEW)
            replace_text(qtbot, dialog.confirm_edit, NEW)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            assert dialog.checking_label.isVisible()  # tried on a worker
            assert not dialog.current_edit.isEnabled() and not dialog.cancel_button.isEnabled()
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # not closed while it is tried
            assert dialog.isVisible()
            qtbot.waitUntil(dialog.error_label.isVisible, timeout=30_000)
            assert dialog.ok_button.isEnabled() and not dialog.checking_label.isVisible()
            seen.append(dialog.error_label.text())
            assert dialog.isVisible()
            assert recovery.read_bytes() == before  # refused: byte-identical
            replace_text(qtbot, dialog.current_edit, PASSPHRASE)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

        pages = database.read_bytes()
        with answering(qtbot, change, "OK") as shown:
            window.action_change_passphrase.trigger()
        assert "not the current recovery passphrase" in seen[0]
        assert "Nothing was changed" in seen[0]
        assert shown.shown[1].title == "Recovery passphrase changed"
        assert recovery.read_bytes() != before
        assert database.read_bytes() == pages  # the data was not encrypted again
        settle()
    finally:
        store.close()
    recovery_file = protection.keys.read_recovery(data_dir)
    assert recovery_file is not None
    import pytest

    with pytest.raises(protection.keys.WrongPassphraseError):
        protection.keys.unwrap(recovery_file, PASSPHRASE)
    assert protection.keys.unwrap(recovery_file, NEW) == protection.unlock(DataPaths(data_dir))


def test_the_keyring_key_proves_the_right_when_the_current_passphrase_is_forgotten(
        qtbot, data_dir, os_keyring) -> None:  # type: ignore[no-untyped-def]
    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    try:
        window = open_main_window(qtbot, store)

        def change(dialog: SetPassphraseDialog) -> None:
            qtbot.waitExposed(dialog)
            assert dialog.keyring_holds_key
            replace_text(qtbot, dialog.passphrase_edit, NEW)
            replace_text(qtbot, dialog.confirm_edit, NEW)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

        with answering(qtbot, change, "OK"):
            window.action_change_passphrase.trigger()
        settle()
    finally:
        store.close()
    recovery_file = protection.keys.read_recovery(data_dir)
    assert recovery_file is not None
    protection.keys.unwrap(recovery_file, NEW)


def test_the_notice_buttons_stay_readable_on_a_dark_palette(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """The bar keeps its light yellow in a dark palette; its flat "Not now" must not take the
    palette's light text with it."""
    from PySide6.QtGui import QColor, QPalette

    from mercator_desktop.ui import theme
    from mercator_desktop.ui.protect_notice import ProtectNotice

    before = qapp.palette()
    dark = QPalette(before)
    for role, color in ((QPalette.ColorRole.Window, "#2b2b2b"),
                        (QPalette.ColorRole.WindowText, "#e8e8e8"),
                        (QPalette.ColorRole.Button, "#3a3a3a"),
                        (QPalette.ColorRole.ButtonText, "#e8e8e8")):
        dark.setColor(role, QColor(color))
    qapp.setPalette(dark)
    try:
        notice = ProtectNotice()
        qtbot.addWidget(notice)
        notice.show()
        text = notice.later_button.palette().color(QPalette.ColorRole.ButtonText)
        assert theme.contrast(text, QColor(theme.NOTICE_BACKGROUND)) >= theme.MIN_CONTRAST
    finally:
        qapp.setPalette(before)
