"""Names of things that have a translation follow the interface (and the report) language,
never the language of the day they were made: a GEOAT assessment started in English shows
its French or Spanish title in the mission editor, in its own window and in the report;
an assessment its person renamed keeps that name; a programme shows its name in the
interface language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt

from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui import i18n
from mercator_desktop.ui.mission_assessments import open_windows
from mercator_desktop.ui.mission_editor import MissionEditor

from .helpers import activate, answering, open_main_window, replace_text, settle

GEOAT = {
    "en": "GEOAT – Gender Equality Organizational Assessment Tool",
    "fr": "GEOAT – Outil d'évaluation organisationnelle de l'égalité des genres",
    "es": "GEOAT – Herramienta de evaluación organizacional de la igualdad de género",
}
MERCATOR = {"en": "WCO Mercator Programme", "fr": "Programme Mercator de l'OMD",
            "es": "Programa Mercator de la OMA"}

_opened: list[MissionEditor] = []


@pytest.fixture(autouse=True)
def _close_windows() -> Iterator[None]:
    yield
    for window in open_windows().values():
        window.close()
    while _opened:
        editor = _opened.pop()
        if shiboken6.isValid(editor):
            editor._close_approved = True
            editor.close()


@pytest.fixture(params=["fr", "es"])
def language(request, qapp, store, tmp_path: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The interface in ``request.param``, as the app starts it (translators, then the
    store's language for reference names)."""
    i18n.set_language(request.param)
    installed = i18n.install_translators(qapp, cache=tmp_path / "cache")
    assert installed.language == request.param
    store.language = request.param
    yield request.param
    installed.remove()
    i18n.set_language("en")


@pytest.fixture
def mission_id(store) -> str:  # type: ignore[no-untyped-def]
    return MissionService(store).create(MissionInput(
        code="MU-2030-GEN-01", title="Gender equality assessment", type_code="geoat_assessment",
        status_code="planned", country_iso2="MU", programme_id=None)).id


def test_geoat_started_in_english_shows_its_title_in_the_interface_language(
        qtbot, store, mission_id, language):  # type: ignore[no-untyped-def]
    service = AssessmentService(store)
    store.language = "en"
    started = service.start(mission_id, "geoat", language="en")
    assert started.title == GEOAT["en"] and not started.custom_title
    store.language = language

    editor = MissionEditor(store, mission_id=mission_id)
    _opened.append(editor)
    editor.show()
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    editor.show_section(editor.ASSESSMENTS)
    panel = editor.assessments_panel
    assert panel.model.row_at(0).title == GEOAT[language]
    window = panel.open_assessment(started.id)
    assert window is not None
    assert window.title_label.text() == GEOAT[language]
    assert GEOAT[language] in window.subtitle_label.text()
    assert GEOAT["en"] not in window.windowTitle()


def test_a_renamed_assessment_keeps_its_name_in_every_language(
        qtbot, store, mission_id, language):  # type: ignore[no-untyped-def]
    service = AssessmentService(store)
    started = service.start(mission_id, "geoat", language="en")
    editor = MissionEditor(store, mission_id=mission_id)
    _opened.append(editor)
    editor.show()
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    editor.show_section(editor.ASSESSMENTS)
    panel = editor.assessments_panel
    qtbot.mouseClick(panel.rename_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog.title_edit.text() == GEOAT[language]
    replace_text(qtbot, dialog.title_edit, "Port Louis workshop")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    for lang in ("en", "fr", "es"):
        store.language = lang
        renamed = service.get(started.id)
        assert (renamed.title, renamed.custom_title) == ("Port Louis workshop", True)


def test_the_french_report_prints_the_french_title_of_an_english_assessment(
        qtbot, store, mission_id, tmp_path):  # type: ignore[no-untyped-def]
    AssessmentService(store).start(mission_id, "geoat", language="en")
    window = open_main_window(qtbot, store)
    window.show_tab(window.TAB_MISSIONS)
    assert window.select_mission(mission_id)
    window.action_export_report.trigger()
    dialog = window.report_dialog
    assert dialog is not None
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    target = tmp_path / "report-fr.pdf"
    replace_text(qtbot, dialog.path_edit, str(target))
    with (answering(qtbot, "No", timeout=60_000),
          qtbot.waitSignal(dialog.report_written, timeout=60_000)):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    settle()
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(str(target)).pages).split())
    assert "Outil d'évaluation organisationnelle" in text.replace("’", "'")
    assert "Gender Equality Organizational" not in text


def test_a_programme_shows_its_name_in_the_interface_language(
        qtbot, store, language):  # type: ignore[no-untyped-def]
    from mercator_desktop.services.experts import ExpertService
    from mercator_desktop.services.reference import programme_id_for

    programmes = {p.id: p for p in ExpertService(store).programmes()}
    assert programmes[programme_id_for("mercator")].label == MERCATOR[language]
    mission = MissionService(store).create(MissionInput(
        code="MU-2030-GEN-02", title="Mercator", type_code="geoat_assessment",
        status_code="planned", country_iso2="MU", programme_id=programme_id_for("mercator")))
    editor = MissionEditor(store, mission_id=mission.id)
    _opened.append(editor)
    editor.show()
    qtbot.waitExposed(editor)
    combo = editor.field("programme_id")
    assert combo.currentText() == MERCATOR[language]
