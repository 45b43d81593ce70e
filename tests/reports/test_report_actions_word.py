"""The mission report dialog offers Word: choosing it turns the file name into .docx, the
report is written as a Word document and the person is offered to open it."""

from __future__ import annotations

from docx import Document
from PySide6.QtCore import Qt, QUrl
from ui.helpers import answering

from mercator_desktop.ui import report_actions

from .conftest import MISSION_CODE
from .test_report_actions import _ui_isolation, opened, type_path, wait_done  # noqa: F401


def test_word_is_chosen_in_the_dialog_and_written(qtbot, worked, tmp_path, opened):  # noqa: F811
    store, ids = worked
    dialog = report_actions.export_mission_report(None, store, ids.mission_id)
    qtbot.addWidget(dialog)
    type_path(qtbot, dialog.path_edit, tmp_path / f"{MISSION_CODE}-en.pdf")
    assert dialog.format_combo.currentText() == "PDF"
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Down)  # Word document (.docx)
    assert dialog.path_edit.text() == str(tmp_path / f"{MISSION_CODE}-en.docx")
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)  # Français
    assert dialog.path == tmp_path / f"{MISSION_CODE}-fr.docx"
    with answering(qtbot, "Yes", timeout=30_000) as boxes, \
            qtbot.waitSignal(dialog.report_written, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    target = tmp_path / f"{MISSION_CODE}-fr.docx"
    assert boxes.shown[0].text == f"The report was written to {target}. Open it now?"
    headings = [p.text for p in Document(str(target)).paragraphs
                if p.style.name == "Heading 1"]
    assert headings[0] == "1  Contexte et objectifs"
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_a_name_without_extension_gets_the_chosen_format(qtbot, worked, tmp_path):
    store, ids = worked
    dialog = report_actions.export_mission_report(None, store, ids.mission_id)
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Down)
    type_path(qtbot, dialog.path_edit, tmp_path / "for-the-directorate")
    assert dialog.path == tmp_path / "for-the-directorate.docx"
    dialog.reject()


def test_characters_without_a_font_are_named_when_the_pdf_is_written(qtbot, worked, tmp_path,
                                                                     opened):  # noqa: F811
    import pytest

    from mercator_desktop.reports import fonts
    from mercator_desktop.services.findings import FindingInput, FindingService

    glyph = "\U00013000"
    if fonts.fallback_for(glyph) is not None:
        pytest.skip("this computer has a font with Egyptian hieroglyphs")
    store, ids = worked
    FindingService(store).add_finding(ids.mission_id, FindingInput("gap", f"Seal {glyph}"))
    dialog = report_actions.export_mission_report(None, store, ids.mission_id)
    qtbot.addWidget(dialog)
    type_path(qtbot, dialog.path_edit, tmp_path / "report.pdf")
    with answering(qtbot, "No", timeout=30_000) as boxes, \
            qtbot.waitSignal(dialog.report_written, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    text = boxes.shown[0].text
    assert text.startswith("No font on this computer has these characters; they print as "
                           "empty boxes:\n")
    assert "U+13000" in text and "findings › gaps" in text
    assert text.endswith("Open it now?")
    assert (tmp_path / "report.pdf").is_file() and opened == []
