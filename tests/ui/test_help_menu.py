"""The Help menu driven like a person: the user guide opens offline from the Markdown in the
resources (in French when the interface is French), the shortcut sheet lists the shortcuts
the windows really have (an open mission editor's too), Open data folder and Open log hand
the system viewer the right places."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from mercator_desktop.resources import resource_path
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui import i18n
from mercator_desktop.ui.help import guide_file

from .helpers import open_main_window


class UrlCatcher(QObject):
    """Stands in for the system's viewer (Qt's own hook for a URL scheme)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened():  # type: ignore[no-untyped-def]
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("file")


def trigger(window, name):  # type: ignore[no-untyped-def]
    action = window.help_actions[name]
    assert action in window.menu_help.actions()
    action.trigger()


def test_the_user_guide_is_shown_from_the_markdown(qtbot, store):
    window = open_main_window(qtbot, store)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    shown = dialog.browser.toPlainText()
    assert "Plan a mission" in shown and "Search everything" in shown
    assert "#" not in shown.splitlines()[0]  # rendered, not the Markdown source
    assert dialog.width() <= window.screen().availableGeometry().width()
    dialog.close()


def test_the_guide_follows_the_interface_language(qtbot, store):
    QSettings().setValue(i18n.LANGUAGE_KEY, "fr")
    assert guide_file("fr") == resource_path("help", "user-guide.fr.md")
    assert guide_file("es") == resource_path("help", "user-guide.md")
    window = open_main_window(qtbot, store)
    trigger(window, "actionUserGuide")
    assert "Préparer une mission" in window.help_dialog.browser.toPlainText()
    window.help_dialog.close()


def test_the_shortcut_sheet_lists_the_real_shortcuts(qtbot, store):
    mission = MissionService(store).create(MissionInput(
        code="JM-2025-WS-01", title="Workshop", type_code="workshop", status_code="planned",
        country_iso2="JM"))
    window = open_main_window(qtbot, store)
    editor = window.open_mission(mission.id)
    window.activateWindow()
    trigger(window, "actionShortcuts")
    sheet = window.help_dialog.browser.toPlainText()
    for line in ("Ctrl+N", "New mission", "Ctrl+K", "Search everything", "F5", "Sync now",
                 "F1", "User guide", "Ctrl+S", "Save", "Ctrl+Shift+E", "Ctrl+PgDown",
                 "Next section"):
        assert line in sheet, line
    # Changed on the action, changed on the sheet: it is read from the actions.
    window.action_search.setShortcut("Ctrl+Alt+K")
    trigger(window, "actionShortcuts")
    assert "Ctrl+Alt+K" in window.help_dialog.browser.toPlainText()
    window.help_dialog.close()
    if shiboken6.isValid(editor):
        editor._close_approved = True
        editor.close()


def test_open_data_folder_and_log(qtbot, store, opened):
    window = open_main_window(qtbot, store)
    trigger(window, "actionOpenDataFolder")
    trigger(window, "actionOpenLog")
    assert [Path(u.toLocalFile()) for u in opened] == [
        store.paths.root,
        store.paths.log_file if store.paths.log_file.is_file() else store.paths.logs]
