"""The editor's item models pass the model tester (tables and the two-level link tree)."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QSortFilterProxyModel, Qt

from mercator_desktop.services.reference import ReferenceCatalog
from mercator_desktop.ui.editor_models import (
    AgendaRow,
    AgendaTableModel,
    CounterpartRow,
    CounterpartTableModel,
    LinkItem,
    LinkTreeModel,
    TeamRow,
    TeamTableModel,
)
from mercator_desktop.ui.mission_editor import role_labels


def test_table_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    team = TeamTableModel(role_labels())
    team.set_rows([TeamRow("e1", "Amara Diallo", "lead", "BS-1 (2025-03-05 – 2025-03-09)"),
                   TeamRow("e2", "José Ramírez", "observer")])
    assert team.index(0, 1).data() == "Lead expert"
    assert team.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    qtmodeltester.check(team)
    agenda = AgendaTableModel()
    agenda.set_rows([AgendaRow("", date(2025, 3, 3), time(9), time(10, 30), "Opening")])
    assert [agenda.index(0, c).data() for c in range(3)] == ["2025-03-03", "09:00", "10:30"]
    agenda.mark_rows({0})
    assert agenda.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
    qtmodeltester.check(agenda)
    people = CounterpartTableModel()
    people.set_rows([CounterpartRow("", "Marcia", "IAU", "m@example.org")])
    qtmodeltester.check(people)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(people)
    qtmodeltester.check(proxy)


def test_link_tree_passes_the_model_tester_and_checks(qtmodeltester, store) -> None:  # type: ignore[no-untyped-def]
    catalog = ReferenceCatalog.for_store(store)
    model = LinkTreeModel([LinkItem(i.code, i.label, i.parent) for i in catalog.tfa_provisions])
    seven = model.index_of("7")
    assert model.rowCount(seven) > 3 and model.index_of("7.6").parent() == seven
    changes: list[bool] = []
    model.checked_changed.connect(lambda: changes.append(True))
    assert model.setData(model.index_of("7.6"), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert model.checked_codes() == {"7.6"} and changes == [True]
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setRecursiveFilteringEnabled(True)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)  # as the editor does
    proxy.setFilterFixedString("enquiry")
    assert proxy.rowCount() == 1  # article 1, for its paragraph 1.3 (enquiry points)
    qtmodeltester.check(proxy)
    model.set_checked(frozenset({"1.3", "unknown"}))
    assert model.checked_codes() == {"1.3"}
