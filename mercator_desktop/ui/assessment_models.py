"""Item models of the assessment screens: the section tree with progress, and small tables
(section scores, missing answers, evidence, answer history). All read plain dataclasses a
service returned; none changes anything."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from ..checklists.model import Section, Template, text_in
from ..domain.scoring import Score, ScoreReport
from . import theme

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()


@dataclass
class _Node:
    section: Section | None
    parent: _Node | None
    row: int
    children: list[_Node] = field(default_factory=list)
    # What the view asks for, worked out once (the tree repaints on every move).
    title_text: str = ""
    progress_text: str = "–"
    tip: str = ""
    complete: bool = False


_PROGRESS_BRUSHES: dict[int, tuple[QBrush, QBrush]] = {}


def _progress_brushes() -> tuple[QBrush, QBrush]:
    """Done (green) and open (muted) progress, readable on the list's background (light,
    dark or high contrast); made once per background."""
    palette = QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    found = _PROGRESS_BRUSHES.get(base.rgb())
    if found is None:
        found = _PROGRESS_BRUSHES[base.rgb()] = (
            QBrush(theme.success_color(palette, base)),
            QBrush(theme.muted_text(palette, base)))
    return found
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Roles as plain ints: comparing an int with an enum member costs more than the lookup.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ID = int(ID_ROLE)
_SECTION_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AssessmentSectionModel(QAbstractItemModel):
    """The template's sections as a tree; column 1 shows progress ("3 / 8") per section."""

    TITLE, PROGRESS = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None, 0)
        self._scores: dict[str, Score] = {}
        self._lang = "en"
        self._by_id: dict[str, _Node] = {}

    def set_template(self, template: Template, lang: str,
                     report: ScoreReport | None = None) -> None:
        """Show ``template``'s sections, with the progress of ``report`` when given (then
        no ``set_scores`` is needed after)."""
        self.beginResetModel()
        self._lang = lang
        if report is not None:
            self._scores = report.by_section()
        self._root = _Node(None, None, 0)
        self._by_id = {}

        def add(section: Section, parent: _Node) -> None:
            node = _Node(section, parent, len(parent.children))
            node.title_text = f"{section.number}  {text_in(section.title, lang)}"
            parent.children.append(node)
            self._by_id[section.id] = node
            for child in section.sections:
                add(child, node)

        for top in template.sections:
            add(top, self._root)
        self._update_texts()
        self.endResetModel()

    def set_scores(self, report: ScoreReport) -> None:
        """New progress (after each answer saved): only the rows whose text changed are
        announced to the view (one answer changes its section and those above it)."""
        self._scores = report.by_section()
        before = {id(node): (node.progress_text, node.tip, node.complete)
                  for node in self._by_id.values()}
        self._update_texts()
        for node in self._by_id.values():
            if before[id(node)] != (node.progress_text, node.tip, node.complete):
                self.dataChanged.emit(self.createIndex(node.row, self.TITLE, node),
                                      self.createIndex(node.row, self.PROGRESS, node))

    def _update_texts(self) -> None:
        empty = Score()
        tip = self.tr("{title}\n{done} of {total} answered or N/A")  # once, not per section
        for node in self._by_id.values():
            assert node.section is not None
            score = self._scores.get(node.section.id, empty)
            node.progress_text = (f"{score.done} / {score.questions}" if score.questions
                                  else "–")
            node.complete = bool(score.questions and score.done == score.questions)
            node.tip = tip.format(title=text_in(node.section.title, self._lang),
                                  done=score.done, total=score.questions)

    def index_of(self, section_id: str, column: int = 0) -> QModelIndex:
        node = self._by_id.get(section_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def section_id(self, index: AnyIndex) -> str | None:
        node = self._node(index)
        return node.section.id if node and node.section else None

    def _node(self, index: AnyIndex) -> _Node | None:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        return node if isinstance(node, _Node) else None

    # --- the model interface -----------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if column < 0 or column > self.PROGRESS:
            return QModelIndex()
        node = self._node(parent)
        if node is None or parent.column() > 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if parent.isValid() and parent.column() > 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node else 0

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Section"), self.tr("Done"))[section] if 0 <= section < 2 else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _SECTION_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called hundreds of times per repaint: only look up what set_scores worked out.
        if not index.isValid():
            return None
        node = index.internalPointer()
        if not isinstance(node, _Node) or node.section is None:
            return None
        role = int(role)
        if role == _DISPLAY:
            return node.title_text if index.column() == 0 else node.progress_text
        if role == _TOOLTIP:
            return node.tip
        if index.column() == 1:
            if role == _FOREGROUND:
                done, still_open = _progress_brushes()
                return done if node.complete else still_open
            if role == _ALIGNMENT:
                return _RIGHT
        if role == _ID:
            return node.section.id
        return None


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
