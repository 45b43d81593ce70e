"""Item models of the assessment screens: the section tree with progress, and small tables
(section scores, missing answers, evidence, answer history). All read plain dataclasses a
service returned; none changes anything."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QGuiApplication, QStandardItem, QStandardItemModel

from ..checklists.model import Section, Template, text_in
from ..domain.scoring import Score, ScoreReport
from . import theme

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()


_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def progress_brushes() -> tuple[QBrush, QBrush]:
    """Done (green) and open (muted) progress, readable on the list's background (light,
    dark or high contrast)."""
    palette = QGuiApplication.palette()
    base = palette.color(palette.ColorRole.Base)
    return (QBrush(theme.success_color(palette, base)),
            QBrush(theme.muted_text(palette, base)))


class AssessmentSectionModel(QStandardItemModel):
    """The template's sections as a tree; column 1 shows progress ("3 / 8") per section,
    green when every question is answered or N/A.

    Standard items, not a model written in Python: the tree is expanded whole and repainted
    on every move, and each thing the view asks a Python model (rows, a row's parent, each
    role of each cell, hundreds per repaint) is a call into Python. The texts are worked
    out once per change of the progress."""

    TITLE, PROGRESS = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Done")])
        self._items: dict[str, tuple[QStandardItem, QStandardItem]] = {}
        self._sections: dict[str, Section] = {}
        self._shown: dict[str, tuple[str, str, bool]] = {}
        self._scores: dict[str, Score] = {}
        self._lang = "en"
        self._brushes = progress_brushes()

    def set_template(self, template: Template, lang: str,
                     report: ScoreReport | None = None) -> None:
        """Show ``template``'s sections, with the progress of ``report`` when given (then
        no ``set_scores`` is needed after)."""
        self.removeRows(0, self.rowCount())
        self._lang = lang
        if report is not None:
            self._scores = report.by_section()
        self._items, self._sections, self._shown = {}, {}, {}
        tip = self._tip()

        def add(section: Section) -> list[QStandardItem]:
            title = QStandardItem(f"{section.number}  {text_in(section.title, lang)}")
            progress = QStandardItem()
            for item in (title, progress):
                item.setFlags(_FLAGS)
                item.setData(section.id, ID_ROLE)
            progress.setTextAlignment(_RIGHT)
            self._items[section.id] = (title, progress)
            self._sections[section.id] = section
            self._show(section.id, tip)
            for child in section.sections:
                title.appendRow(add(child))
            return [title, progress]

        root = self.invisibleRootItem()
        for top in template.sections:
            root.appendRow(add(top))

    def set_scores(self, report: ScoreReport) -> None:
        """New progress (after each answer saved): only the rows whose text changed are
        announced to the view, once each (one answer changes its section and those above
        it)."""
        self._scores = report.by_section()
        changed = []
        self.blockSignals(True)  # one announcement per row below, not one per role
        try:
            tip = self._tip()
            changed = [section_id for section_id in self._items
                       if self._show(section_id, tip)]
        finally:
            self.blockSignals(False)
        for section_id in changed:
            title, progress = self._items[section_id]
            self.dataChanged.emit(title.index(), progress.index())

    def recolour(self) -> None:
        """The progress colours again, from the palette now (a switch to dark mode)."""
        brushes = progress_brushes()
        if [b.color() for b in brushes] == [b.color() for b in self._brushes]:
            return
        self._brushes = brushes
        for section_id, (_title, progress) in self._items.items():
            progress.setForeground(brushes[0 if self._shown[section_id][2] else 1])

    def _tip(self) -> str:
        return self.tr("{title}\n{done} of {total} answered or N/A")  # once per refresh

    def _show(self, section_id: str, tip: str) -> bool:
        """Write a section's progress on its items; True when it changed."""
        section = self._sections[section_id]
        score = self._scores.get(section_id) or Score()
        text = f"{score.done} / {score.questions}" if score.questions else "–"
        complete = bool(score.questions and score.done == score.questions)
        shown = (text, tip.format(title=text_in(section.title, self._lang), done=score.done,
                                  total=score.questions), complete)
        if self._shown.get(section_id) == shown:
            return False
        self._shown[section_id] = shown
        title, progress = self._items[section_id]
        progress.setText(text)
        progress.setForeground(self._brushes[0 if complete else 1])
        title.setToolTip(shown[1])
        progress.setToolTip(shown[1])
        return True

    def index_of(self, section_id: str, column: int = 0) -> QModelIndex:
        items = self._items.get(section_id)
        return items[column].index() if items is not None else QModelIndex()

    def section_id(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        value = index.data(ID_ROLE) if index.isValid() else None
        return value if isinstance(value, str) else None


class RowsTableModel(QAbstractTableModel):
    """A read-only table of rows of plain values; subclasses name the columns and format."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[Any, ...]] = []
        self._ids: list[str] = []

    def set_rows(self, rows: Sequence[tuple[Any, ...]], ids: Sequence[str]) -> None:
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self._ids = list(ids)
        self.endResetModel()

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def display(self, column: int, value: Any) -> str:
        return "" if value is None else str(value)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(index.column(), value)
        if role == SORT_ROLE:
            return value if value is not None else -1
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AssessmentScoreModel(RowsTableModel):
    """One row per section (key elements indented): score, answered, N/A, unanswered."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([self.tr("Section"), self.tr("Score"), self.tr("Answered"),
                          self.tr("N/A"), self.tr("Unanswered")], parent)

    def set_report(self, template: Template, report: ScoreReport, lang: str) -> None:
        scores = report.by_section()
        rows, ids = [], []
        for section in template.walk_sections():
            s = scores.get(section.id, Score())
            title = "    " * section.depth + f"{section.number}  {text_in(section.title, lang)}"
            rows.append((title, s.percent, s.answered, s.not_applicable, s.unanswered))
            ids.append(section.id)
        self.set_rows(rows, ids)

    def display(self, column: int, value: Any) -> str:
        if column == 1:
            return "–" if value is None else f"{value:.0f} %"
        return super().display(column, value)


class AssessmentMissingModel(RowsTableModel):
    """The required questions still unanswered: number and text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([self.tr("No."), self.tr("Required question")], parent)


class AssessmentEvidenceModel(RowsTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([self.tr("File or note"), self.tr("Size"), self.tr("Added"),
                          self.tr("By")], parent)

    def display(self, column: int, value: Any) -> str:
        if column == 1 and isinstance(value, int):
            return _human_size(value)
        return super().display(column, value)


class AssessmentHistoryModel(RowsTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before"),
                          self.tr("After"), self.tr("Reason")], parent)


def _human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1048576:.1f} MB"
