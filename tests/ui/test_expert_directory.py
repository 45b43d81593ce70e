"""The expert directory: filter by category and language, each expert's missions, the expert
dialog (stored through the service; every rule's bad twin stores nothing), trash/restore."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from mercator_desktop.services.experts import ExpertService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.reference import ReferenceCatalog
from mercator_desktop.ui.expert_directory import (
    ExpertDialog,
    ExpertDirectory,
    ExpertMissionsModel,
    ExpertTableModel,
)
from mercator_desktop.ui.mission_editor import role_labels

from .helpers import choose, open_main_window, type_text


def names(directory: ExpertDirectory) -> list[str]:
    proxy = directory.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


@pytest.fixture
def directory(qtbot, demo_store) -> ExpertDirectory:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, demo_store)
    window.show_tab(window.TAB_EXPERTS)
    return window.expert_directory


def test_filters_by_category_language_and_name(qtbot, directory, demo_store) -> None:  # type: ignore[no-untyped-def]
    service = ExpertService(demo_store)
    assert names(directory) == [e.name for e in service.list()]
    assert directory.count_label.text() == f"{len(service.list())} experts"

    directory.category_combo.setCurrentIndex(directory.category_combo.findData("mpa"))
    assert names(directory) == [e.name for e in service.list(category="mpa")]
    directory.language_combo.setCurrentIndex(directory.language_combo.findData("fr"))
    both = [e.name for e in service.list(category="mpa", language="fr")]
    assert names(directory) == both and both
    assert directory.language_combo.currentText() == "French (fr)"

    directory.category_combo.setCurrentIndex(0)
    directory.language_combo.setCurrentIndex(0)
    type_text(qtbot, directory.filter_edit, "diallo")
    qtbot.waitUntil(lambda: names(directory) == ["Amara Diallo"], timeout=2000)


def test_each_expert_shows_their_missions_and_opens_one(qtbot, directory, demo_store) -> None:  # type: ignore[no-untyped-def]
    service = ExpertService(demo_store)
    jose = service.find_by_name("José Ramírez Ortega")
    assert jose is not None
    assert directory.select_expert(jose.id)
    assert directory.name_label.text() == "José Ramírez Ortega"
    assert "Diagnostic Facilitator" in directory.details_label.text()
    expected = service.missions_of(jose.id)
    assert directory.missions_model.rowCount() == len(expected)
    assert directory.missions_label.text() == f"Missions ({len(expected)})"
    # Latest first.
    shown = [directory.missions_proxy.index(r, 0).data()
             for r in range(directory.missions_proxy.rowCount())]
    assert shown == [b.mission_code for b in expected]
    with qtbot.waitSignal(directory.mission_open_requested) as opened:
        directory.missions_table.setCurrentIndex(directory.missions_proxy.index(0, 0))
        directory.missions_table.setFocus()
        qtbot.keyClick(directory.missions_table, Qt.Key.Key_Return)
    assert opened.args == [expected[0].mission_id]
    window = directory.window()
    assert [e.mission_id for e in window.editors()] == [expected[0].mission_id]


def _new_dialog(qtbot, directory) -> ExpertDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(directory.new_button, Qt.MouseButton.LeftButton)
    dialog = directory.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_new_expert_typed_in_the_dialog_is_stored(qtbot, directory, demo_store) -> None:  # type: ignore[no-untyped-def]
    dialog = _new_dialog(qtbot, directory)
    type_text(qtbot, dialog.name_edit, "Élise Ngũgĩ")
    type_text(qtbot, dialog.email_edit, "elise@example.org")
    choose(qtbot, dialog.country_picker, "Kenya")
    type_text(qtbot, dialog.languages_edit, "en, sw fr")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("mpa"))
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("pre_accredited"))
    type_text(qtbot, dialog.accredited_on_edit.edit, "2024-05-02")
    type_text(qtbot, dialog.ace_edit, "ACE-0999")
    qtbot.mouseClick(dialog.accreditation_set_button, Qt.MouseButton.LeftButton)
    assert "Mercator Programme Advisor — pre-accredited" in dialog.accreditation_label.text()
    with qtbot.waitSignal(dialog.expert_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = ExpertService(demo_store).find_by_name("Élise Ngũgĩ")
    assert stored is not None
    assert (stored.email, stored.home_country_iso2, stored.languages) == (
        "elise@example.org", "KE", ["en", "sw", "fr"])
    assert [(a.category_code, a.status, a.accredited_on, a.ace_id)
            for a in stored.accreditations] == [
        ("mpa", "pre_accredited", date(2024, 5, 2), "ACE-0999")]
    assert not dialog.isVisible()
    assert directory.current_expert_id() == stored.id


TOMORROW = "tomorrow"  # worked out when the test runs: a run may pass midnight


@pytest.mark.parametrize(("field", "typed", "error", "words"), [
    ("name_edit", "", "name_error", "A name is required."),
    ("name_edit", "Amara Diallo", "name_error", "exists already"),
    ("email_edit", "amara.example.org", "email_error", "is not an e-mail address"),
    ("languages_edit", "French", "languages_error", "use ISO language codes"),
    ("accredited_on", TOMORROW, "accreditation_error", "in the future"),
], ids=["name-empty", "name-taken", "email", "language", "accreditation-date"])
def test_bad_expert_input_is_refused_beside_its_field(qtbot, directory, demo_store, field,
                                                      typed, error, words) -> None:  # type: ignore[no-untyped-def]
    before = ExpertService(demo_store).list()
    dialog = _new_dialog(qtbot, directory)
    if field != "name_edit":
        type_text(qtbot, dialog.name_edit, "New Person")
    if field == "accredited_on":
        if typed == TOMORROW:
            typed = (date.today() + timedelta(days=1)).isoformat()
        type_text(qtbot, dialog.accredited_on_edit.edit, typed)
        qtbot.mouseClick(dialog.accreditation_set_button, Qt.MouseButton.LeftButton)
    elif typed:
        type_text(qtbot, getattr(dialog, field), typed)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    label = getattr(dialog, error)
    assert label.isVisible() and words in label.text()
    assert dialog.isVisible()
    assert ExpertService(demo_store).list() == before  # nothing stored


def test_an_unreadable_accreditation_date_is_not_added(qtbot, directory) -> None:  # type: ignore[no-untyped-def]
    dialog = _new_dialog(qtbot, directory)
    type_text(qtbot, dialog.accredited_on_edit.edit, "May 2024")
    qtbot.mouseClick(dialog.accreditation_set_button, Qt.MouseButton.LeftButton)
    assert "'May 2024' is not a date" in dialog.accreditation_error.text()
    assert dialog.accreditations == []


def test_editing_an_expert_and_trash_restore(qtbot, directory, demo_store) -> None:  # type: ignore[no-untyped-def]
    service = ExpertService(demo_store)
    amara = service.find_by_name("Amara Diallo")
    assert amara is not None and directory.select_expert(amara.id)
    directory.table.setFocus()
    qtbot.keyClick(directory.table, Qt.Key.Key_Return)
    dialog = directory.dialog
    assert dialog is not None and dialog.name_edit.text() == "Amara Diallo"
    type_text(qtbot, dialog.languages_edit, ", pt")
    with qtbot.waitSignal(dialog.expert_saved):
        dialog.save()
    assert service.get(amara.id).languages == ["fr", "en", "pt"]
    assert service.get(amara.id).accreditations == amara.accreditations  # kept

    qtbot.mouseClick(directory.delete_button, Qt.MouseButton.LeftButton)
    assert service.find_by_name("Amara Diallo") is None
    assert "Amara Diallo" not in names(directory)
    directory.trash_check.setChecked(True)
    assert names(directory) == ["Amara Diallo"]
    assert directory.restore_button.isVisible()
    qtbot.mouseClick(directory.restore_button, Qt.MouseButton.LeftButton)
    directory.trash_check.setChecked(False)
    assert "Amara Diallo" in names(directory)


def test_directory_models_pass_the_model_tester(qtmodeltester, demo_store) -> None:  # type: ignore[no-untyped-def]
    catalog = ReferenceCatalog.for_store(demo_store)
    service = ExpertService(demo_store)
    model = ExpertTableModel(catalog)
    model.set_experts(service.list())
    qtmodeltester.check(model)
    missions = ExpertMissionsModel(catalog, role_labels())
    expert = service.list()[0]
    missions.set_bookings(service.missions_of(expert.id))
    assert missions.rowCount() > 0
    qtmodeltester.check(missions)
    assert MissionService(demo_store).count() > 0
