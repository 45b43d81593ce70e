"""Two small charts painted with QPainter: horizontal bars and a radar (spider) chart.

Both take ``(label, percent or None)`` pairs; None means "nothing scored yet" and is drawn
as an empty bar / a gap marker, never as 0.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import theme

BAR_COLOR = QColor("#2f6fb0")
MUTED_COLOR = QColor("#7a8591")


def _ink(widget: QWidget) -> tuple[QColor, QColor, QColor, QColor]:
    """Text, muted text, grid lines and the empty bar's track, from the widget's palette
    (the charts are drawn on the window's background, light or dark)."""
    palette = widget.palette()
    return (theme.text(palette), theme.muted_text(palette), theme.border(palette),
            theme.panel(palette, 0.1))


def score_color(percent: float | None) -> QColor:
    """Red below 40 %, amber below 70 %, green from 70 %; grey when there is no score."""
    if percent is None:
        return QColor(MUTED_COLOR)
    if percent < 40:
        return QColor("#c0392b")
    if percent < 70:
        return QColor("#d68910")
    return QColor("#1e8449")


class ChartBarWidget(QWidget):
    """One horizontal bar per row, the label left, the percentage right of the bar."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartBar")
        self.rows: list[tuple[str, float | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_rows(self, rows: Sequence[tuple[str, float | None]]) -> None:
        self.rows = list(rows)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 24 + self.ROW * max(1, len(self.rows)))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 24 + self.ROW * max(1, len(self.rows)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text_color, muted_color, grid_color, track_color = _ink(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_width = min(
            max((metrics.horizontalAdvance(label) for label, _ in self.rows), default=0) + 12,
            int(self.width() * 0.45))
        value_width = metrics.horizontalAdvance("100 %") + 10
        left = label_width
        right = self.width() - value_width
        span = max(10, right - left)
        top = 8
        painter.setPen(QPen(grid_color, 1, Qt.PenStyle.DashLine))
        for tick in (0, 25, 50, 75, 100):
            x = left + span * tick / 100
            painter.drawLine(QPointF(x, top), QPointF(x, top + self.ROW * len(self.rows)))
        for i, (label, percent) in enumerate(self.rows):
            y = top + i * self.ROW
            painter.setPen(text_color)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 12)
            painter.drawText(QRectF(0, y, label_width - 8, self.ROW),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            bar = QRectF(left, y + 5, span * (percent or 0) / 100, self.ROW - 10)
            painter.fillRect(QRectF(left, y + 5, span, self.ROW - 10), track_color)
            painter.fillRect(bar, score_color(percent))
            painter.setPen(text_color if percent is not None else muted_color)
            value = f"{percent:.0f} %" if percent is not None else "–"
            painter.drawText(QRectF(right + 6, y, value_width, self.ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, value)
        painter.end()


class ChartRadarWidget(QWidget):
    """A radar chart: one spoke per row, rings at 25/50/75/100 %, the scores as a polygon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartRadar")
        self.rows: list[tuple[str, float | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_rows(self, rows: Sequence[tuple[str, float | None]]) -> None:
        self.rows = list(rows)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text_color, muted_color, grid_color, _track = _ink(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        n = len(self.rows)
        metrics = QFontMetrics(self.font())
        margin = metrics.horizontalAdvance("MMMMM") + 8
        radius = max(20.0, min(self.width() - 2 * margin, self.height() - 40) / 2)
        center = QPointF(self.width() / 2, self.height() / 2)
        if n < 3:
            painter.setPen(muted_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("A radar needs three sections or more"))
            painter.end()
            return

        def point(i: int, fraction: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * i / n
            return QPointF(center.x() + radius * fraction * math.cos(angle),
                           center.y() + radius * fraction * math.sin(angle))

        painter.setPen(QPen(grid_color, 1))
        for ring in (0.25, 0.5, 0.75, 1.0):
            painter.drawPolygon(QPolygonF([point(i, ring) for i in range(n)]))
        for i in range(n):
            painter.drawLine(center, point(i, 1.0))
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        painter.setPen(muted_color)
        for ring in (0.5, 1.0):
            p = point(0, ring)
            painter.drawText(QPointF(p.x() + 4, p.y() + 12), f"{ring * 100:.0f}")
        polygon = QPolygonF([point(i, (p or 0) / 100) for i, (_l, p) in enumerate(self.rows)])
        fill = QColor(BAR_COLOR)
        fill.setAlpha(70)
        painter.setBrush(fill)
        painter.setPen(QPen(theme.readable(BAR_COLOR, theme.window(self.palette()), 3.0), 2))
        painter.drawPolygon(polygon)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(self.font())
        for i, (label, percent) in enumerate(self.rows):
            tip = point(i, 1.0)
            outer = point(i, 1.0 + 14 / radius)
            width = metrics.horizontalAdvance(label)
            x = outer.x() - width / 2
            if outer.x() > center.x() + 5:
                x = outer.x()
            elif outer.x() < center.x() - 5:
                x = outer.x() - width
            y = outer.y() + (metrics.ascent() if outer.y() > center.y() else 0)
            painter.setPen(text_color if percent is not None else muted_color)
            painter.drawText(QPointF(x, y), label)
            if percent is not None:
                painter.setBrush(score_color(percent))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(point(i, percent / 100), 3.5, 3.5)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            del tip
        painter.end()
