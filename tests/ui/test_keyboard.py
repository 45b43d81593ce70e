"""Keyboard only: reach New, fill the form in its tab order, save — no mouse."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mercator_desktop.services.missions import MissionService

from .helpers import activate, open_main_window, type_text

TAB = Qt.Key.Key_Tab
CTRL = Qt.KeyboardModifier.ControlModifier


def focused():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), key, modifier)


def test_new_mission_from_the_keyboard_alone(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, store)
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = window.editors()[-1]
    activate(qtbot, editor)
    assert focused() is editor.field("code")

    type_text(qtbot, focused(), "JM-2025-KB-01")
    press(qtbot, TAB)
    assert focused() is editor.field("title")
    type_text(qtbot, focused(), "Typed without a mouse")
    press(qtbot, TAB)
    assert focused() is editor.field("type_code")
    type_text(qtbot, focused(), "Workshop")  # a combo box finds the item as one types
    assert editor.field("type_code").currentData() == "workshop"
    press(qtbot, TAB)
    assert focused() is editor.field("status_code")
    press(qtbot, TAB)
    assert focused() is editor.field("country_iso2")
    type_text(qtbot, focused(), "Jamaica")
    popup = editor.field("country_iso2").completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else focused(), Qt.Key.Key_Return)
    assert editor.overview.region_label.text() == "WCO region: Americas and the Caribbean"
    press(qtbot, TAB)
    assert focused() is editor.field("administration_id")
    press(qtbot, TAB)  # the New… button is disabled-or-skipped only without a country
    assert focused() is editor.overview.new_administration_button
    press(qtbot, TAB)
    assert focused() is editor.field("start_date").edit
    type_text(qtbot, focused(), "2025-06-02")
    press(qtbot, TAB)
    assert focused() is editor.field("end_date").edit
    type_text(qtbot, focused(), "2025-06-06")
    press(qtbot, TAB)
    assert focused() is editor.field("location")
    type_text(qtbot, focused(), "Montego Bay")

    with qtbot.waitSignal(editor.mission_saved):
        press(qtbot, Qt.Key.Key_S, CTRL)
    stored = MissionService(store).get_by_code("JM-2025-KB-01")
    assert (stored.title, stored.type_code, stored.country_iso2, stored.location) == (
        "Typed without a mouse", "workshop", "JM", "Montego Bay")
    assert (stored.start_date, stored.end_date) == (date(2025, 6, 2), date(2025, 6, 6))

    # Ctrl+W closes the saved editor without a question; the list shows the new mission.
    press(qtbot, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: window.editors() == [])
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.tabs.currentIndex() == window.TAB_MISSIONS
    assert window.current_mission_id() == stored.id


def test_sections_switch_with_ctrl_page_keys(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, store)
    editor = window.new_mission()
    assert editor is not None
    activate(qtbot, editor)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert editor.sections.currentIndex() == editor.LINKS
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert editor.sections.currentIndex() == editor.FINDINGS  # wraps round to the last section
    editor._close_approved = True
    editor.close()


def test_main_window_tab_order_follows_the_filter_bar_into_the_list(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_store)
    press(qtbot, Qt.Key.Key_F, CTRL)
    bar = window.filter_bar
    chain = [focused()]
    for _ in range(8):
        press(qtbot, TAB)
        chain.append(focused())
    assert chain == [bar.text_edit, bar.from_date.edit, bar.to_date.edit, bar.status_combo,
                     bar.type_combo, bar.region_combo, bar.country_combo, bar.clear_button,
                     window.mission_table]
    # Enter opens the selected mission.
    press(qtbot, Qt.Key.Key_Return)
    assert [e.mission_id for e in window.editors()] == [window.current_mission_id()]
