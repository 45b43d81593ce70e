"""The mission editor's "Export report…" (Ctrl+Shift+E) and "Issue report…": the report is
made from the saved mission, so a window with unsaved changes offers to save them first and
goes on once the save went through (``ui.report_actions`` asks where to write the PDF,
``ui.issued_reports`` what to issue)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .. import messages

if TYPE_CHECKING:
    from ...services.issued_reports import IssuedReportView
    from ..mission_editor import MissionEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissionEditor", text)


class EditorReport:
    """Export report… and Issue report… for one mission editor (the dialog opened:
    ``editor.report_dialog``, or the issued-reports panel's ``dialog``)."""

    def __init__(self, editor: MissionEditor) -> None:
        self.editor = editor
        self._then: Callable[[], object] = self.open_dialog

    def export(self) -> None:
        self._from_saved(self.open_dialog, _tr("Save and export"))

    def issue(self, like: IssuedReportView | None = None) -> None:
        """Issue report… / Reissue… (``like``: the issued report whose choices to take)."""
        panel = self.editor.issued_panel
        self._from_saved(lambda: panel.open_dialog(like), _tr("Save and issue"))

    def _from_saved(self, then: Callable[[], object], yes_text: str) -> None:
        editor = self.editor
        if editor.mission_id is None:
            return
        if not editor.is_dirty():
            then()
            return
        self._then = then
        editor.conflict_box = messages.question(
            editor, _tr("Unsaved changes"),
            _tr("The report is made from the saved mission. Save your changes first?"),
            self._on_answered, yes_text=yes_text, no_text=_tr("Cancel"), default=True)

    def _on_answered(self, yes: bool) -> None:
        if yes:
            self.editor._export_after_save = True
            self.editor.save()

    def after_save(self) -> None:
        """The save asked for went through: go on with the export or the issue."""
        then, self._then = self._then, self.open_dialog
        then()

    def open_dialog(self) -> None:
        editor = self.editor
        if editor.mission_id is None:
            return
        from ..report_actions import export_mission_report

        editor.report_dialog = export_mission_report(editor, editor.store, editor.mission_id)
