"""Keyboard only: reach New, fill the form in its tab order, save — no mouse."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mercator_desktop.services.missions import MissionService

from .helpers import activate, open_main_window, replace_text, type_text

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
    assert editor.sections.currentIndex() == editor.ISSUED  # wraps round to the last section
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


# --- reaching things by keyboard -----------------------------------------------------------


def test_ctrl_w_closes_the_mission_editor_and_no_key_is_bound_twice(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    """A sequence bound twice in one window is ambiguous: Qt then runs neither (Ctrl+W did
    nothing on X11, where the standard Close key already holds Ctrl+W)."""
    import shiboken6
    from PySide6.QtGui import QAction, QKeySequence

    window = open_main_window(qtbot, store)
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = window.editors()[-1]
    activate(qtbot, editor)
    bound = [s.toString() for a in editor.findChildren(QAction)
             if a.shortcutContext() != Qt.ShortcutContext.WidgetShortcut
             for s in a.shortcuts()]
    assert len(bound) == len(set(bound)), sorted(bound)
    close_keys = editor.action_close.shortcuts()
    assert QKeySequence("Ctrl+W") in close_keys
    assert all(s in close_keys for s in QKeySequence.keyBindings(QKeySequence.StandardKey.Close))
    press(qtbot, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def test_down_and_enter_in_the_search_reach_the_results(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_store)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.filter_bar.text_edit
    type_text(qtbot, focused(), "JM-2019")
    press(qtbot, Qt.Key.Key_Down)  # at once, without waiting for the pause after typing
    assert focused() is window.mission_table
    first = window.current_mission_id()
    assert first is not None
    assert window.mission_model.mission_at(
        window.mission_model.row_of(first)).code.startswith("JM-2019")
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, focused(), "JM-2019-INTD-01")
    press(qtbot, Qt.Key.Key_Return)  # Enter opens the match
    [editor] = window.editors()
    assert editor.field("code").text() == "JM-2019-INTD-01"


def test_country_and_programme_take_one_tab_each(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    """Typing part of a name opens the list of matches; Tab there (where a real window system
    sends it) takes the match and moves on."""
    window = open_main_window(qtbot, store)
    press(qtbot, Qt.Key.Key_N, CTRL)
    editor = window.editors()[-1]
    activate(qtbot, editor)
    for name, typed, picked, following in (
            ("country_iso2", "Jamai", "Jamaica", "administration_id"),
            ("programme_id", "Mercator Prog", "WCO Mercator Programme", "request_reference")):
        combo = editor.field(name)
        replace_text(qtbot, combo.lineEdit(), typed)
        popup = combo.completer().popup()
        assert popup.isVisible()
        qtbot.keyClick(popup, TAB)
        assert combo.currentText() == picked
        assert focused() is editor.field(following), focused()
    for name, following in (("country_iso2", "administration_id"),
                            ("programme_id", "request_reference")):
        editor.field(name).setFocus()
        press(qtbot, TAB)  # no list open: one Tab as well
        assert focused() is editor.field(following)
    editor.close_discarding()


def test_report_dialog_labels_have_working_mnemonics(qtbot, demo_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from mercator_desktop.services.missions import MissionService as Missions
    from mercator_desktop.ui import report_actions

    mission = Missions(demo_store).get_by_code("JM-2019-INTD-01")
    mission_dialog = report_actions.export_mission_report(None, demo_store, mission.id)
    progress_dialog = report_actions.export_progress_report(None, demo_store)
    for dialog, key, target in ((mission_dialog, Qt.Key.Key_F, mission_dialog.path_edit),
                                (progress_dialog, Qt.Key.Key_P, progress_dialog.from_edit)):
        qtbot.addWidget(dialog)
        activate(qtbot, dialog)
        labels = [w for w in dialog.findChildren(QLabel) if "&" in w.text()]
        assert labels and all(label.buddy() is not None for label in labels), [
            label.text() for label in labels if label.buddy() is None]
        dialog.language_combo.setFocus()
        qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        assert focused() is target or target.isAncestorOf(focused()), focused()
        dialog.reject()
