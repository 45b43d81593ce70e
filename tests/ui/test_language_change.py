"""Choosing another interface language from the View menu: it is stored, the app offers to
restart now (quitting through the usual unsaved-changes prompt) and, once started again in
that language, names the experts' languages in it (CLDR names, not an English list)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt

from mercator_desktop.services import language_names
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui import i18n
from mercator_desktop.ui.restart import restart_command

from .helpers import answering, open_main_window, settle, type_text


def _language_action(window, code: str):  # type: ignore[no-untyped-def]
    [action] = [a for a in window.menu_language.actions() if a.data() == code]
    return action


@pytest.fixture
def started_in(qapp, tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    """``started_in(store)``: what a start does with the stored choice — install the
    translators and name the reference data in that language; undone afterwards."""
    installed: list[i18n.Installed] = []

    def start(store):  # type: ignore[no-untyped-def]
        installed.append(i18n.install_translators(qapp, cache=tmp_path / "cache"))
        store.language = i18n.current_language()

    yield start
    for item in installed:
        item.remove()


def test_choosing_a_language_offers_a_restart_and_later_keeps_working(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("en")
    window = open_main_window(qtbot, demo_store)
    with answering(qtbot, "Later") as boxes:
        _language_action(window, "es").trigger()
    assert QSettings().value(i18n.LANGUAGE_KEY) == "es"
    [box] = boxes.shown
    assert "Español after a restart" in box.text
    assert sorted(box.buttons) == ["&Later", "&Restart now"]
    assert window.isVisible() and not window.restart_requested


def test_restart_now_saves_through_the_quit_prompt(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("en")
    window = open_main_window(qtbot, demo_store)
    mission = MissionService(demo_store).get_by_code("JM-2019-INTD-01")
    editor = window.open_mission(mission.id)
    assert editor is not None
    type_text(qtbot, editor.field("title"), " (revised)")

    # Cancel at the unsaved-changes prompt: nothing closes, no restart.
    with answering(qtbot, "Restart now", "Cancel") as boxes:
        _language_action(window, "fr").trigger()
    assert boxes.shown[1].title == "Unsaved changes"
    assert "• JM-2019-INTD-01" in boxes.shown[1].text
    assert window.isVisible() and editor.isVisible() and not window.restart_requested

    # Choose it again (after Later it is already chosen: pick another, then back).
    with answering(qtbot, "Later"):
        _language_action(window, "es").trigger()
    with answering(qtbot, "Restart now", "Save all"):
        _language_action(window, "fr").trigger()
    assert QSettings().value(i18n.LANGUAGE_KEY) == "fr"
    assert window.restart_requested and not window.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor))
    assert MissionService(demo_store).get(mission.id).title.endswith("(revised)")


def test_the_restart_runs_the_same_command_line() -> None:
    python = "/opt/py/bin/python3"
    assert restart_command(["/x/mercator_desktop/__main__.py", "--data-dir", "/d"], python) == (
        python, ["-m", "mercator_desktop", "--data-dir", "/d"])
    assert restart_command(["/venv/bin/mercator-desktop", "gui"], python) == (
        python, ["/venv/bin/mercator-desktop", "gui"])
    assert restart_command(["C:/App/MercatorDesktop.exe", "--data-dir", "D:/m"],
                           "C:/App/MercatorDesktop.exe", frozen=True) == (
        "C:/App/MercatorDesktop.exe", ["--data-dir", "D:/m"])
    assert restart_command([], python) == (python, ["-m", "mercator_desktop"])


@pytest.mark.parametrize(("code", "aigerim", "filter_text"), [
    ("fr", "russe, kirghize, anglais", "espagnol (es)"),
    ("es", "ruso, kirguís, inglés", "español (es)"),
    ("ar", "الروسية، القيرغيزية، الإنجليزية", "الإسبانية (es)"),
])
def test_expert_languages_are_named_in_the_chosen_language(
    qtbot, demo_store, started_in, code, aigerim, filter_text  # type: ignore[no-untyped-def]
) -> None:
    i18n.set_language("en")
    first = open_main_window(qtbot, demo_store)
    with answering(qtbot, "Later"):
        _language_action(first, code).trigger()
    first.close()

    started_in(demo_store)  # the next start
    window = open_main_window(qtbot, demo_store)
    window.show_tab(window.TAB_EXPERTS)
    directory = window.expert_directory
    settle()
    model = directory.model
    tooltip = Qt.ItemDataRole.ToolTipRole  # the column shows codes, its tooltip the names
    rows = {model.index(r, model.NAME).data(): model.index(r, model.LANGUAGES).data(tooltip)
            for r in range(model.rowCount())}
    assert rows["Aigerim Tölegenova"] == aigerim
    combo = directory.language_combo
    assert combo.itemText(combo.findData("es")) == filter_text
    row = [model.index(r, 0).data() for r in range(model.rowCount())].index(
        "Aigerim Tölegenova")
    directory.select_row(directory.proxy.mapFromSource(model.index(row, 0)).row())
    details = directory.details_label.text()
    assert aigerim in details
    assert "Russian" not in details and "Kyrgyz" not in details


def test_language_names_outside_the_interface() -> None:
    assert language_names.language_name("ky", "en") == "Kyrgyz"
    assert language_names.language_name("ky", "fr") == "kirghize"
    assert language_names.language_name("pt", "es") == "portugués"
    assert language_names.language_name("xx", "es") == "xx"
    assert language_names.language_name("fr", "zz") == "French"  # unknown reader: English
    assert language_names.country_name("JM", "es") == "Jamaica"
    assert language_names.country_name("DZ", "fr") == "Algérie"
