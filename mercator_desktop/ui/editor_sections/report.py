"""The mission editor's "Export report…" (Ctrl+Shift+E): the report is made from the saved
mission, so a window with unsaved changes offers to save them first and exports once the save
went through (``ui.report_actions`` asks where to write the PDF)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .. import messages

if TYPE_CHECKING:
    from ..mission_editor import MissionEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissionEditor", text)


class EditorReport:
    """Export report… for one mission editor (the dialog opened: ``editor.report_dialog``)."""

    def __init__(self, editor: MissionEditor) -> None:
        self.editor = editor

    def export(self) -> None:
        editor = self.editor
        if editor.mission_id is None:
            return
        if not editor.is_dirty():
            self.open_dialog()
            return
        editor.conflict_box = messages.question(
            editor, _tr("Unsaved changes"),
            _tr("The report is made from the saved mission. Save your changes first?"),
            self._on_answered, yes_text=_tr("Save and export"),
            no_text=_tr("Cancel"), default=True)

    def _on_answered(self, yes: bool) -> None:
        if yes:
            self.editor._export_after_save = True
            self.editor.save()

    def open_dialog(self) -> None:
        editor = self.editor
        if editor.mission_id is None:
            return
        from ..report_actions import export_mission_report

        editor.report_dialog = export_mission_report(editor, editor.store, editor.mission_id)
