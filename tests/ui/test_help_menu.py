"""The Help menu driven like a person: the user guide opens offline from the Markdown in the
resources (in the interface language: French, Spanish, Arabic right to left, each with the
sections of the English one), the shortcut sheet lists the shortcuts the windows really have
(an open mission editor's too), Open data folder and Open log hand the system viewer the
right places."""

from __future__ import annotations

import re
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


#: a heading of each guide, in its own language
GUIDE_WORDS = {"fr": "Préparer une mission", "es": "Preparar una misión",
               "ar": "التخطيط لبعثة"}


def _headings(markdown: str) -> list[tuple[int, str]]:
    return [(len(line) - len(line.lstrip("#")), line.lstrip("# ").strip())
            for line in markdown.splitlines() if line.startswith("#")]


def _outline(markdown: str) -> list[tuple[int, int]]:
    """The shape of a guide: per heading, its level and how many list items follow it."""
    shape: list[tuple[int, int]] = []
    for line in markdown.splitlines():
        if line.startswith("#"):
            shape.append((len(line) - len(line.lstrip("#")), 0))
        elif shape and (line.startswith("- ") or line[:3].rstrip(".").isdigit()):
            shape[-1] = (shape[-1][0], shape[-1][1] + 1)
    return shape


@pytest.mark.parametrize("code", ["fr", "es", "ar"])
def test_each_guide_has_the_sections_of_the_english_one(code):
    english = resource_path("help", "user-guide.md").read_text(encoding="utf-8")
    path = guide_file(code)
    assert path == resource_path("help", f"user-guide.{code}.md")
    translated = path.read_text(encoding="utf-8")
    assert _outline(translated) == _outline(english)
    assert GUIDE_WORDS[code] in [text for _level, text in _headings(translated)]
    english_words = {text for _level, text in _headings(english)[1:]}
    assert not english_words & {text for _level, text in _headings(translated)}
    for shortcut in ("Ctrl+N", "Ctrl+K", "F5", "Ctrl+R"):  # every shortcut is still given
        assert shortcut in translated
    if code == "ar":  # no italics: the shipped oblique font has no Arabic letters
        assert not re.search(r"(?<!\*)\*[^*\s][^*]*\*(?!\*)", translated)


@pytest.mark.parametrize("code", ["fr", "es", "ar"])
def test_f1_opens_the_guide_of_the_interface_language(qtbot, store, code):
    QSettings().setValue(i18n.LANGUAGE_KEY, code)
    window = open_main_window(qtbot, store)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    shown = dialog.browser.toPlainText()
    assert GUIDE_WORDS[code] in shown and "Plan a mission" not in shown
    direction = (Qt.LayoutDirection.RightToLeft if code == "ar"
                 else Qt.LayoutDirection.LeftToRight)
    assert dialog.browser.layoutDirection() == direction
    block = dialog.browser.document().begin()
    while block.isValid():  # every paragraph, even one that starts with "Ctrl+Z" or a code
        assert block.textDirection() == direction, block.text()
        block = block.next()
    dialog.close()


def test_a_language_without_a_guide_gets_the_english_one():
    assert guide_file("de") == resource_path("help", "user-guide.md")


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
