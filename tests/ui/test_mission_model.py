"""The mission table model: labels, ISO dates, sort keys, roles; it passes the model tester."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from mercator_desktop.services.dto import MissionSummary
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.reference import ReferenceCatalog
from mercator_desktop.ui.mission_model import Column, MissionTableModel


def _summary(code: str, start: date | None, **kw: object) -> MissionSummary:
    values: dict[str, object] = {
        "id": f"id-{code}", "code": code, "title": f"Mission {code}", "type_code": "workshop",
        "status_code": "requested", "country_iso2": "JM", "region_code": "AMS",
        "start_date": start, "end_date": None, "lead_expert": "", "sync_state": "local",
    }
    values.update(kw)
    return MissionSummary(**values)  # type: ignore[arg-type]


def test_model_passes_the_model_tester_with_demo_missions(qtmodeltester, demo_store) -> None:  # type: ignore[no-untyped-def]
    model = MissionTableModel()
    model.set_missions(MissionService(demo_store).list(),
                       ReferenceCatalog.for_store(demo_store))
    assert model.rowCount() > 0
    qtmodeltester.check(model)

    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(MissionTableModel.SORT_ROLE)
    proxy.sort(Column.COUNTRY)
    qtmodeltester.check(proxy)


def test_empty_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = MissionTableModel()
    assert model.rowCount() == 0
    assert model.columnCount() == 10
    qtmodeltester.check(model)


def test_labels_dates_and_roles(store) -> None:  # type: ignore[no-untyped-def]
    catalog = ReferenceCatalog.for_store(store)
    model = MissionTableModel()
    model.set_missions([
        _summary("JM-1", date(2025, 3, 3), end_date=date(2025, 3, 7), lead_expert="Ana Pérez",
                 status_code="planned", sync_state="synced"),
    ], catalog)

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Code", "Title", "Type", "Country", "Region", "Start", "End", "Status", "Lead expert",
        "Sync",
    ]
    row = [model.index(0, c).data() for c in Column]
    assert row == [
        "JM-1", "Mission JM-1", catalog.label("mission_types", "workshop"), "Jamaica",
        row[Column.REGION], "2025-03-03", "2025-03-07", catalog.label("statuses", "planned"),
        "Ana Pérez", "Synced",
    ]
    assert row[Column.REGION]  # a label, not empty
    assert model.index(0, Column.COUNTRY).data(Qt.ItemDataRole.ToolTipRole) == "Jamaica (JM)"
    assert model.index(0, Column.STATUS).data(MissionTableModel.CODE_ROLE) == "planned"
    assert model.index(0, Column.CODE).data(MissionTableModel.MISSION_ID_ROLE) == "id-JM-1"
    assert model.mission_at(0).code == "JM-1"
    assert model.row_of("id-JM-1") == 0 and model.row_of("nope") is None
    assert model.index(0, 0, model.index(0, 0)).isValid() is False
    assert model.rowCount(model.index(0, 0)) == 0
    assert not model.flags(QModelIndex())
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_sorting_by_date_puts_missing_dates_last(store) -> None:  # type: ignore[no-untyped-def]
    model = MissionTableModel()
    model.set_missions([
        _summary("B", date(2024, 1, 5)),
        _summary("A", None),
        _summary("C", date(2023, 12, 31)),
    ], ReferenceCatalog.for_store(store))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(MissionTableModel.SORT_ROLE)

    proxy.sort(Column.START, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, Column.CODE).data() for r in range(3)] == ["C", "B", "A"]
    assert proxy.index(2, Column.START).data() == ""

    proxy.sort(Column.CODE, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, Column.CODE).data() for r in range(3)] == ["C", "B", "A"]


def test_reset_replaces_rows(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    catalog = ReferenceCatalog.for_store(store)
    model = MissionTableModel()
    model.set_missions([_summary("A", None), _summary("B", None)], catalog)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_missions([_summary("C", None)], catalog)
    assert model.rowCount() == 1
    assert [m.code for m in model.missions()] == ["C"]


def test_pages_that_belong_at_the_end_of_the_sorted_list_are_inserted(store) -> None:  # type: ignore[no-untyped-def]
    """The list read early arrives page by page while the list is sorted by start date:
    a page that sorts after every row shown is inserted (no reset of the view), any other
    page resets the model; either way the order is the one of a full sort."""
    catalog = ReferenceCatalog.for_store(store)
    model = MissionTableModel()
    maker = model.row_maker(catalog)
    model.sort(Column.START, Qt.SortOrder.DescendingOrder)
    pages = [
        [_summary("D", date(2025, 5, 1)), _summary("C", date(2025, 3, 1))],
        [_summary("B", date(2025, 3, 1)), _summary("A", date(2024, 1, 1))],  # B ties with C
        [_summary("N", None)],  # no start date: first in this order, not at the end
        [_summary("Z", date(2020, 1, 1))],
    ]
    inserted: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: resets.append(True))
    for page in pages:
        model.append_prepared(maker.make(page))

    whole = MissionTableModel()
    whole.set_missions([m for page in pages for m in page], catalog)
    whole.sort(Column.START, Qt.SortOrder.DescendingOrder)
    assert [m.code for m in model.missions()] == [m.code for m in whole.missions()] == [
        "N", "D", "C", "B", "A", "Z"]
    assert inserted == [(0, 1), (2, 3), (5, 5)]
    assert resets == [True]  # the page with no start date only
    assert model.data(model.index(5, Column.CODE)) == "Z"
