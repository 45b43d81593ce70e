"""Baseline against follow-up in the app: one assessment beside an earlier (or later) one of the
same administration with the same checklist, section by section, as a chart and a table.

The comparison itself is ``services.comparison``; this module only shows it. The older of the
two is always the baseline, whichever is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..reports.texts import format_points
from ..services.comparison import ComparableAssessment, Comparison, ComparisonRow, ComparisonService
from . import theme
from .screen_fit import fit_window

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def percent_text(value: float | None) -> str:
    return f"{value:.0f} %" if value is not None else "–"


class PairedBarChart(QWidget):
    """Two bars per section: the baseline (muted) above the follow-up (accent)."""

    ROW = 44
    LEGEND = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonChart")
        self.rows: list[tuple[str, float | None, float | None]] = []
        self.legend: tuple[str, str] = ("", "")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_rows(self, rows: Sequence[tuple[str, float | None, float | None]],
                 legend: tuple[str, str] = ("", "")) -> None:
        self.rows, self.legend = list(rows), legend
        self.setAccessibleDescription("; ".join(
            f"{label}: {percent_text(a)} → {percent_text(b)}" for label, a, b in self.rows))
        self.updateGeometry()
        self.update()

    def _height(self) -> int:
        return self.LEGEND + 12 + self.ROW * max(1, len(self.rows))

    def sizeHint(self) -> QSize:
        return QSize(520, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self._height())

    def colors(self) -> tuple[Any, Any]:
        palette = self.palette()
        background = theme.window(palette)
        return theme.muted_text(palette, background), theme.accent_color(palette, background)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text, grid = theme.text(palette), theme.border(palette)
        before_color, after_color = self.colors()
        metrics = QFontMetrics(self.font())
        label_width = min(max((metrics.horizontalAdvance(r[0]) for r in self.rows),
                              default=0) + 12, int(self.width() * 0.4))
        value_width = metrics.horizontalAdvance("100 %") + 10
        left, right = label_width, self.width() - value_width
        span = max(10, right - left)
        x = float(left)
        for name, color in zip(self.legend, (before_color, after_color), strict=True):
            painter.fillRect(QRectF(x, 6, 14, 12), QBrush(color))
            painter.setPen(text)
            painter.drawText(QRectF(x + 20, 0, metrics.horizontalAdvance(name) + 4, self.LEGEND),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            x += 20 + metrics.horizontalAdvance(name) + 24
        top = self.LEGEND + 6
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DashLine))
        for tick in (0, 25, 50, 75, 100):
            x = left + span * tick / 100
            painter.drawLine(QPointF(x, top), QPointF(x, top + self.ROW * len(self.rows)))
        half = (self.ROW - 10) / 2
        for i, (label, before, after) in enumerate(self.rows):
            y = top + i * self.ROW
            painter.setPen(text)
            painter.drawText(QRectF(0, y, label_width - 8, self.ROW),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight,
                                                label_width - 12))
            for k, (value, color) in enumerate(((before, before_color), (after, after_color))):
                bar_top = y + 3 + k * half
                if value is not None:
                    painter.fillRect(QRectF(left, bar_top, span * value / 100, half - 1),
                                     QBrush(color))
                painter.setPen(text)
                painter.drawText(QRectF(right + 6, bar_top - 2, value_width, half + 2),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 percent_text(value))
        painter.end()


class ComparisonModel(QAbstractTableModel):
    """Section · baseline · follow-up · change in points; the overall row first, in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ComparisonRow] = []
        self.headers = [self.tr("Section"), self.tr("Baseline"), self.tr("Follow-up"),
                        self.tr("Change (points)")]

    def set_comparison(self, comparison: Comparison | None, overall_label: str) -> None:
        self.beginResetModel()
        self.overall_label = overall_label
        self.rows = [comparison.overall, *comparison.rows] if comparison else []
        self.endResetModel()

    def set_headers(self, baseline: str, follow_up: str) -> None:
        self.headers[1:3] = [baseline, follow_up]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, 2)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if index.row() == 0:
                    return self.overall_label
                return "    " * row.depth + f"{row.number} {row.title}".strip()
            return (percent_text(row.baseline), percent_text(row.follow_up),
                    format_points(row.change))[column - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.change:
            palette = self.parent().palette() if isinstance(self.parent(), QWidget) else None
            if palette is not None and abs(row.change) >= 0.5:
                return QBrush(theme.success_color(palette) if row.change > 0
                              else theme.error_color(palette))
        return None


class ComparisonDialog(QDialog):
    """Pick the assessment to compare with; see both side by side with the change."""

    def __init__(self, service: ComparisonService, assessment_id: str, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonDialog")
        self.setWindowTitle(self.tr("Compare with an earlier assessment"))
        self.service, self.assessment_id, self.lang = service, assessment_id, lang
        self.candidates: list[ComparableAssessment] = service.candidates(assessment_id)
        self.comparison: Comparison | None = None

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.other_combo = QComboBox(self)
        self.other_combo.setObjectName("otherCombo")
        self.other_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.other_combo.setMinimumContentsLength(40)
        for candidate in self.candidates:
            self.other_combo.addItem(candidate.label(), candidate.id)
        form.addRow(self.tr("Compare &with:"), self.other_combo)
        layout.addLayout(form)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("comparisonExplanation")
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.chart = PairedBarChart(self)
        layout.addWidget(self.chart)
        self.model = ComparisonModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("comparisonTable")
        self.table.setAccessibleName(self.tr("Scores of both assessments by section"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        baseline = service.baseline_for(assessment_id)
        if baseline is not None:
            self.other_combo.setCurrentIndex(self.other_combo.findData(baseline.id))
        self.other_combo.currentIndexChanged.connect(self._refresh)
        self.other_combo.setEnabled(bool(self.candidates))
        self._refresh()
        fit_window(self, size=QSize(860, 640), parent=parent)

    def _refresh(self) -> None:
        other_id = self.other_combo.currentData()
        if other_id is None:
            self.comparison = None
            self.explanation.setText(self.tr(
                "No other assessment of this administration uses the same checklist yet. When "
                "the administration is assessed again (a follow-up), start the same checklist "
                "on the new mission: the two are then compared here, section by section."))
            self.chart.set_rows([])
            self.chart.hide()
            self.model.set_comparison(None, "")
            return
        mine = self.service.describe(self.assessment_id)
        other = next(c for c in self.candidates if c.id == other_id)
        baseline, follow_up = sorted((mine, other), key=lambda c: c.when)
        self.comparison = self.service.compare(baseline.id, follow_up.id, self.lang)
        self.explanation.setText(self.tr(
            "Baseline: {baseline}. Follow-up: {follow_up}. Scores are the percentage of the "
            "maximum over the answered questions; the change is in percentage points.").format(
            baseline=baseline.label(), follow_up=follow_up.label()))
        before = self.tr("Baseline {year}").format(year=_year(baseline))
        after = self.tr("Follow-up {year}").format(year=_year(follow_up))
        self.chart.set_rows([(f"{r.number} {r.title}".strip(), r.baseline, r.follow_up)
                             for r in self.comparison.top_rows], (before, after))
        self.chart.show()
        self.model.set_comparison(self.comparison, self.tr("Overall"))
        self.model.set_headers(before, after)


def _year(assessment: ComparableAssessment) -> str:
    return str(assessment.when[0].year)
