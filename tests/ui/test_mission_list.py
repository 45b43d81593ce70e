"""The mission list: the filter bar narrows as one types (debounced) with "n of N missions",
every filter, sorting on every column, trash and restore, remembered window state, the
dashboard's counts opening the filtered list, and the models under the model tester."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QSettings, QSortFilterProxyModel, Qt

from mercator_desktop.services.dto import MissionFilter
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.reference import ReferenceCatalog
from mercator_desktop.ui.main_window import FILTER_KEY, MainWindow
from mercator_desktop.ui.mission_model import Column, MissionListProxy, MissionTableModel

from .helpers import activate, choose, open_main_window, replace_text, settle, type_text


def codes(window: MainWindow) -> list[str]:
    proxy = window.mission_proxy
    return [proxy.index(r, Column.CODE).data() for r in range(proxy.rowCount())]


def missions_tab(qtbot, demo_store) -> MainWindow:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_store)
    window.show_tab(window.TAB_MISSIONS)
    return window


def test_typing_narrows_the_list_after_a_pause_and_counts(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    window = missions_tab(qtbot, demo_store)
    total = MissionService(demo_store).count()
    assert window.filter_bar.count_label.text() == f"{total} missions"

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_bar.text_edit.hasFocus()
    type_text(qtbot, window.filter_bar.text_edit, "jam")
    assert len(codes(window)) == total  # debounced: not yet
    qtbot.waitUntil(lambda: len(codes(window)) < total, timeout=2000)
    jamaica = [m.code for m in MissionService(demo_store).list(MissionFilter(text="jam"))]
    assert sorted(codes(window)) == sorted(jamaica)
    assert window.filter_bar.count_label.text() == f"{len(jamaica)} of {total} missions"

    # Expert names, accents ignored: "Ramirez" finds José Ramírez Ortega's missions.
    replace_text(qtbot, window.filter_bar.text_edit, "ramirez")
    window.filter_bar.flush()
    with_jose = MissionService(demo_store).list(MissionFilter(text="Ramírez"))
    assert sorted(codes(window)) == sorted(m.code for m in with_jose)
    # A French name of the country works too.
    replace_text(qtbot, window.filter_bar.text_edit, "Côte")
    window.filter_bar.flush()
    assert codes(window) == ["CI-2023-GEOAT-01"]

    replace_text(qtbot, window.filter_bar.text_edit, "no such thing")
    window.filter_bar.flush()
    assert window.stack.currentIndex() == window.PAGE_NO_MATCH
    assert window.filter_bar.count_label.text() == f"0 of {total} missions"
    qtbot.mouseClick(window.no_match_clear_button, Qt.MouseButton.LeftButton)
    assert len(codes(window)) == total
    assert window.filter_bar.text_edit.text() == ""


def test_every_filter_of_the_bar_matches_the_service(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    window = missions_tab(qtbot, demo_store)
    bar = window.filter_bar
    service = MissionService(demo_store)

    def shown_equals(flt: MissionFilter) -> None:
        expected = [m.code for m in service.list(flt)]
        assert expected, "a filter that matches nothing proves little"
        assert sorted(codes(window)) == sorted(expected)

    bar.status_combo.setCurrentIndex(bar.status_combo.findData("closed"))
    shown_equals(MissionFilter(statuses=["closed"]))
    bar.type_combo.setCurrentIndex(bar.type_combo.findData("workshop"))
    shown_equals(MissionFilter(statuses=["closed"], types=["workshop"]))
    bar.clear()
    bar.region_combo.setCurrentIndex(bar.region_combo.findData("ESA"))
    shown_equals(MissionFilter(regions=["ESA"]))
    bar.clear()
    choose(qtbot, bar.country_combo, "Jamaica")
    bar.flush()
    shown_equals(MissionFilter(countries=["JM"]))
    bar.clear()
    type_text(qtbot, bar.from_date.edit, "2022-01-01")
    type_text(qtbot, bar.to_date.edit, "2022-12-31")
    bar.flush()
    shown_equals(MissionFilter(date_from=date(2022, 1, 1), date_to=date(2022, 12, 31)))
    # A half-typed date does not filter (and is marked), it does not fail.
    replace_text(qtbot, bar.to_date.edit, "2022-1")
    bar.flush()
    shown_equals(MissionFilter(date_from=date(2022, 1, 1)))
    assert "not a date" in bar.to_date.edit.toolTip()


def test_every_column_sorts_both_ways(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    window = missions_tab(qtbot, demo_store)
    header = window.mission_table.horizontalHeader()
    for column in Column:
        window.set_column_visible(column, True)
    for column in Column:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))
        proxy = window.mission_proxy
        keys = [proxy.index(r, column).data(MissionTableModel.SORT_ROLE)
                for r in range(proxy.rowCount())]
        order = header.sortIndicatorOrder()
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder), column.name
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))
        again = [proxy.index(r, column).data(MissionTableModel.SORT_ROLE)
                 for r in range(proxy.rowCount())]
        assert again == sorted(keys, reverse=order != Qt.SortOrder.DescendingOrder)


def test_delete_moves_to_the_trash_and_restore_brings_it_back(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    window = missions_tab(qtbot, demo_store)
    service = MissionService(demo_store)
    total = service.count()
    target = service.get_by_code("JM-2019-INTD-01")
    assert window.select_mission(target.id)
    window.mission_table.setFocus()
    qtbot.keyClick(window.mission_table, Qt.Key.Key_Delete)
    assert service.count() == total - 1 and service.count(trash=True) == 1
    assert window.mission_model.row_of(target.id) is None
    assert window.filter_bar.count_label.text() == f"{total - 1} missions"
    assert "moved to the trash" in window.status_label.text()

    qtbot.keyClick(window, Qt.Key.Key_T,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert window.trash_mode and window.trash_banner.isVisible()
    assert codes(window) == ["JM-2019-INTD-01"]
    assert window.filter_bar.count_label.text() == "1 missions in the trash"
    assert not window.action_delete.isEnabled() and window.action_restore.isEnabled()
    window.select_row(0)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert service.count(trash=True) == 0
    assert window.showing_empty_state()
    assert window.empty_label.text() == "The trash is empty."

    window.action_trash.trigger()
    settle()
    assert not window.trash_mode
    assert window.mission_model.row_of(target.id) is not None


def test_window_state_and_the_last_filter_are_remembered(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    window = missions_tab(qtbot, demo_store)
    window.resize(window.minimumSizeHint().width(), 520)  # the offscreen screen: 800 x 600
    window.mission_table.horizontalHeader().resizeSection(Column.CODE, 222)
    window.filter_bar.status_combo.setCurrentIndex(
        window.filter_bar.status_combo.findData("closed"))
    type_text(qtbot, window.filter_bar.text_edit, "jam")
    window.filter_bar.flush()
    shown = codes(window)
    window.close()
    assert "closed" in QSettings().value(FILTER_KEY)

    again = open_main_window(qtbot, demo_store)
    again.show_tab(again.TAB_MISSIONS)
    assert again.height() == 520
    assert again.mission_table.horizontalHeader().sectionSize(Column.CODE) == 222
    assert again.filter_bar.text_edit.text() == "jam"
    assert again.filter_bar.status_combo.currentData() == "closed"
    assert codes(again) == shown


def test_dashboard_counts_open_the_missions_they_count(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_store)
    dashboard = window.dashboard
    assert window.tabs.currentWidget() is dashboard
    settle()
    closed = dashboard.status_buttons["closed"]
    expected = MissionService(demo_store).list(MissionFilter(statuses=["closed"]))
    assert closed.count() == len(expected)
    qtbot.mouseClick(closed, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.missions_page
    assert sorted(codes(window)) == sorted(m.code for m in expected)
    assert window.filter_bar.preset_frame.isVisible()
    assert "Closed" in window.filter_bar.preset_label.text()
    total = MissionService(demo_store).count()
    assert window.filter_bar.count_label.text() == f"{len(expected)} of {total} missions"
    qtbot.mouseClick(window.filter_bar.preset_clear_button, Qt.MouseButton.LeftButton)
    assert len(codes(window)) == total


def test_new_from_the_keyboard_with_ctrl_n(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    window = missions_tab(qtbot, demo_store)
    activate(qtbot, window)
    qtbot.keyClick(window.mission_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [e.mission_id for e in window.editors()] == [None]


def test_missions_saved_elsewhere_update_the_list(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    window = missions_tab(qtbot, demo_store)
    service = MissionService(demo_store)
    mission = service.get_by_code("JM-2019-INTD-01")
    editor = window.open_mission(mission.id)
    assert editor is not None
    replace_text(qtbot, editor.field("title"), "A better title")
    with qtbot.waitSignal(editor.mission_saved):
        editor.save()
    row = window.mission_model.row_of(mission.id)
    assert row is not None
    assert window.mission_proxy.index(row, Column.TITLE).data() == "A better title"
    editor.close()


# --- models -----------------------------------------------------------------------------------


def test_list_model_passes_the_model_tester_filtered_and_sorted(qtmodeltester, demo_store) -> None:  # type: ignore[no-untyped-def]
    service = MissionService(demo_store)
    model = MissionTableModel()
    model.set_missions(service.list(), ReferenceCatalog.for_store(demo_store),
                       service.search_index())
    proxy = MissionListProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.COUNTRY, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    model.set_filter(MissionService.matcher(MissionFilter(text="jam")))
    assert 0 < model.rowCount() < len(service.list())
    qtmodeltester.check(model)
    model.sort(Column.TITLE)
    titles = [model.index(r, Column.TITLE).data().casefold() for r in range(model.rowCount())]
    assert titles == sorted(titles)
    plain = QSortFilterProxyModel()
    plain.setSourceModel(model)
    qtmodeltester.check(plain)


@pytest.mark.parametrize("trash", [False, True])
def test_upsert_adds_replaces_and_drops_rows(store, trash) -> None:  # type: ignore[no-untyped-def]
    from mercator_desktop.services.dto import MissionInput

    service = MissionService(store)
    a = service.create(MissionInput(code="A-1", title="A", type_code="workshop",
                                    status_code="requested", country_iso2="JM"))
    model = MissionTableModel()
    catalog = ReferenceCatalog.for_store(store)
    model.set_missions(service.list(), catalog)
    service.trash(a.id)
    maker = model.row_maker(catalog)
    model.upsert(maker.make(service.summaries([a.id])), lambda m: m.deleted == trash)
    assert model.rowCount() == (1 if trash else 0)
