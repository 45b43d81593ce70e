"""Labels coloured from the palette without a style sheet: ``tint`` sets a label's text
colour, ``PanelLabel`` is a label on a rounded panel (a background, an optional border and
some room around the text).

A style sheet on a widget puts it through Qt's style-sheet engine when it is polished, laid
out and painted; for a window opened often (the filling screen) the few labels styled that
way cost more than the rest of its header.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QWidget

PADDING = 6
RADIUS = 4


def tint(widget: QWidget, color: QColor) -> None:
    """Write ``widget``'s text in ``color`` (nothing done when it already is)."""
    palette = widget.palette()
    if palette.color(QPalette.ColorRole.WindowText) != color:
        palette.setColor(QPalette.ColorRole.WindowText, color)
        widget.setPalette(palette)


class PanelLabel(QLabel):
    """A label drawn on a rounded panel of its own colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._back = QColor()
        self._edge: QColor | None = None
        self.setContentsMargins(PADDING + 1, PADDING + 1, PADDING + 1, PADDING + 1)

    def set_look(self, back: QColor, text: QColor, edge: QColor | None = None) -> None:
        """The panel's colour, the text's, and the border's (none when not given)."""
        if (back, edge) != (self._back, self._edge):
            self._back, self._edge = QColor(back), QColor(edge) if edge is not None else None
            self.update()
        tint(self, text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._edge, 1) if self._edge is not None else QPen(self._back))
        painter.setBrush(self._back)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5),
                                RADIUS, RADIUS)
        painter.end()
        super().paintEvent(event)
