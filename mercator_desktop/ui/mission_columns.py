"""The widths of the mission list's columns, fitted to their texts once the first rows are
there: the widths Qt's ``resizeColumnsToContents`` would give over the first rows, each
kept under a cap so one long type or name does not push the others off a laptop screen,
then, where the title does not need all the room its stretch gives it, the capped columns
given back what their texts need.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from .mission_model import Column, MissionTableModel

FIT_SAMPLE = 60  # rows whose texts size the list's columns

# Widths (in average characters) a column may grow to when fitted to its contents; longer
# texts are elided and shown whole in the tooltip. Codes and dates are never cut.
MAX_CHARS = {
    Column.TYPE: 20, Column.COUNTRY: 16, Column.REGION: 22, Column.LEAD: 19,
}


def fit_columns(table: QTableView, model: MissionTableModel) -> None:
    """Size each shown column to its contents (the first ``FIT_SAMPLE`` rows: 20,000 would
    take seconds), within the caps. The widths are measured here from the texts: Qt asked
    each sampled cell for eight roles through the model, 45-90 ms before the list could
    first paint, against 5-9 ms."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(FIT_SAMPLE)  # for resizeColumnToContents
    for column in Column:
        if not table.isColumnHidden(column):
            header.resizeSection(column, content_width(table, model, column))
    for column in Column:
        cap_column(table, column)
    if table.isVisible():
        share_spare_width(table, model)
    else:  # a list filled behind the dashboard has no width yet: shared once it is shown
        table.installEventFilter(_ShareWhenShown(table, model))


def content_width(table: QTableView, model: MissionTableModel, column: Column) -> int:
    """What ``resizeColumnToContents`` gives ``column``: its widest text among the first
    ``FIT_SAMPLE`` rows with the item's margins and the grid line, or its header's."""
    metrics = QFontMetricsF(table.font())
    margin = 2 * (table.style().pixelMetric(
        QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + int(table.showGrid())
    texts = model.column_texts(column, FIT_SAMPLE)
    widest = max(map(metrics.horizontalAdvance, texts), default=0.0)
    return max(math.ceil(widest) + margin, table.horizontalHeader().sectionSizeHint(column))


def cap_column(table: QTableView, column: Column) -> None:
    """Two characters of air, and no wider than the column's cap (the stretched title is
    left to its stretch)."""
    header = table.horizontalHeader()
    if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
        return
    char = table.fontMetrics().averageCharWidth()
    width = header.sectionSize(column) + 2 * char
    if column in MAX_CHARS:
        width = min(width, MAX_CHARS[column] * char)
    header.resizeSection(column, max(width, header.minimumSectionSize()))


def share_spare_width(table: QTableView, model: MissionTableModel) -> None:
    """Columns cut short by their cap (a long type, country or lead expert) get back what
    their texts need from the width the stretched title does not need, shared evenly
    (a column needing less than its share leaves the rest to the others): on a wide window
    nothing is cut while the title has room to spare."""
    header = table.horizontalHeader()
    shown = [c for c in Column if not table.isColumnHidden(c)]
    if Column.TITLE not in shown:
        return
    pad = 2 * table.fontMetrics().averageCharWidth()
    spare = (table.viewport().width() - content_width(table, model, Column.TITLE) - pad
             - sum(header.sectionSize(c) for c in shown if c != Column.TITLE))
    short = {c: content_width(table, model, c) + pad - header.sectionSize(c)
             for c in shown if c in MAX_CHARS}
    waiting = sorted((c for c in short if short[c] > 0), key=short.__getitem__)
    while waiting and spare > 0:
        column = waiting.pop(0)
        grow = min(short[column], spare // (len(waiting) + 1))
        header.resizeSection(column, header.sectionSize(column) + grow)
        spare -= grow


class _ShareWhenShown(QObject):
    """Shares the spare width the first time ``table`` is shown, once laid out, then goes."""

    def __init__(self, table: QTableView, model: MissionTableModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Show:
            self.table.removeEventFilter(self)
            QTimer.singleShot(0, self._share)
        return False

    def _share(self) -> None:
        share_spare_width(self.table, self.model)
        self.deleteLater()
