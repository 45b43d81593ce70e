"""Where each field of the mission editor is on screen, and the problems a save found shown
beside their fields.

Every section says where its fields are (``targets()``); this part of the window gathers them
(the services' field name -> section, widget, error label), puts each message beside its
field (the ones that belong to no field go under the sections), marks the sections that have
one and sums them up ("Not saved: 2 problems to correct (Team, Agenda)").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QWidget

from ...domain.errors import FieldProblem
from ..problem_texts import problem_text
from ..widgets import ErrorLabel

if TYPE_CHECKING:
    from ..mission_editor import MissionEditor

Target = tuple[int, QWidget, ErrorLabel]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissionEditor", text)


class EditorProblems:
    """The messages of one mission editor beside its fields and on its section tabs."""

    def __init__(self, editor: MissionEditor) -> None:
        self.editor = editor

    def targets(self) -> dict[str, Target]:
        """Field name (the services' and the state's) -> section, widget, error label."""
        found: dict[str, Target] = {}
        for index, section in enumerate(self.editor.section_widgets):
            for key, (widget, error) in section.targets().items():
                found[key] = (index, widget, error)
        return found

    def targets_of(self, key: str) -> list[tuple[QWidget, ErrorLabel]]:
        found = self.targets().get(key)
        return [(found[1], found[2])] if found else []

    def focus_key(self, key: str) -> None:
        found = self.targets().get(key)
        if found is not None:
            self.editor.sections.setCurrentIndex(found[0])
            found[1].setFocus()

    def error_text(self, key: str) -> str:
        found = self.targets().get(key)
        return found[2].text() if found and not found[2].isHidden() else ""

    def clear(self) -> None:
        editor = self.editor
        for _section, _widget, error in self.targets().values():
            error.clear_messages()
        for section in editor.section_widgets:
            section.clear_marks()
        editor.problems_label.clear_messages()
        editor.general_error.clear_messages()
        for index, name in enumerate(editor.section_names):
            editor.sections.setTabText(index, name)
            editor.sections.setTabIcon(index, QIcon())

    def show(self, problems: list[FieldProblem]) -> None:
        editor = self.editor
        grouped: dict[str, list[str]] = {}
        for problem in problems:
            grouped.setdefault(problem.field, []).append(problem_text(problem))
        targets = self.targets()
        marked: list[int] = []
        per_label: dict[int, tuple[ErrorLabel, list[str]]] = {}
        general: list[str] = []
        for field_name, texts in grouped.items():
            found = targets.get(field_name)
            if found is None:
                general += texts
                continue
            per_label.setdefault(id(found[2]), (found[2], []))[1].extend(texts)
            if found[0] not in marked:
                marked.append(found[0])
        for error, texts in per_label.values():
            error.set_messages(texts)
        if general:
            editor.general_error.set_messages(general)
        editor.agenda.mark_problems(grouped.get("agenda", []))
        self.mark_sections(marked)
        count = len(problems)
        summary = (_tr("Not saved: 1 problem to correct") if count == 1
                   else _tr("Not saved: {n} problems to correct").format(n=count))
        where = ", ".join(editor.section_names[s] for s in sorted(marked))
        editor.problems_label.set_messages([summary + (f" ({where})" if where else "")])
        if marked:
            first = min(marked, key=lambda s: (s != editor.sections.currentIndex(), s))
            editor.sections.setCurrentIndex(first)
            for field_name in grouped:
                found = targets.get(field_name)
                if found and found[0] == first:
                    found[1].setFocus()
                    break

    def mark_sections(self, sections: list[int]) -> None:
        warning = self.editor.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for section in sections:
            self.editor.sections.setTabIcon(section, warning)
