"""The dashboard shown on start: missions by status, upcoming missions, missions missing a
report, overdue action items. Every count is a button that opens the mission list narrowed
to exactly the missions counted (``missions_requested(label, ids)``).

What counts is ``DashboardService``'s; the numbers are computed on a worker thread.
"""

from __future__ import annotations

import gc
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..services.dashboard import UPCOMING_DAYS, DashboardSummary
from ..services.reference import ReferenceCatalog
from ..services.store import Store
from . import operations, theme
from .context import AppContext
from .events import app_events

# Colours from the palette (``ui.theme``), so a card reads in dark mode and high contrast.
CARD_STYLE = """
QPushButton#{name} {{
    text-align: left; padding: 10px 14px; border: 1px solid {border}; border-radius: 6px;
    background: {base};
}}
QPushButton#{name}:hover {{ border-color: {accent}; background: {hover}; }}
QPushButton#{name}:focus {{ border: 2px solid {accent}; }}
QPushButton#{name}:disabled {{ color: {muted}; background: {window}; }}
"""


class CountButton(QPushButton):
    """A big number over a caption; clicking it opens the missions counted."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None,
                 accent: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.caption = caption
        self.accent = accent
        self.ids: list[str] = []
        self._shown = 0
        self._colouring = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.number = QLabel("–", self)
        self.number.setObjectName(name + "Number")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.number.setFont(font)
        self.label = QLabel(caption, self)
        self.label.setWordWrap(True)
        for label in (self.number, self.label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 8, 14, 8)
        column.setSpacing(0)
        column.addWidget(self.number)
        column.addWidget(self.label)
        self.setMinimumHeight(column.sizeHint().height() + 8)
        self.setAccessibleName(caption)
        self._colour()

    def _colour(self) -> None:
        # The palette around the card: its own is changed by the style sheet set here.
        parent = self.parentWidget()
        palette = parent.palette() if parent is not None else QApplication.palette()
        base, window = palette.color(QPalette.ColorRole.Base), theme.window(palette)
        hover = theme.mix(base, theme.accent_color(palette, base), 0.06)
        style = CARD_STYLE.format(
            name=self.objectName(), border=theme.border(palette).name(), base=base.name(),
            accent=theme.accent_color(palette, base).name(), hover=hover.name(),
            muted=theme.muted_text(palette, window).name(), window=window.name())
        if self.styleSheet() != style:
            self.setStyleSheet(style)
        color = theme.readable(self.accent, base).name() \
            if self._shown and self.accent else ""
        number_style = f"color: {color};" if color else ""
        if self.number.styleSheet() != number_style:
            self.number.setStyleSheet(number_style)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._colouring:
            self._colouring = True
            try:
                self._colour()
            finally:
                self._colouring = False

    def set_count(self, ids: list[str], count: int | None = None) -> None:
        self.ids = list(ids)
        shown = self._shown = len(ids) if count is None else count
        self.number.setText(f"{shown:,}")
        self._colour()
        self.setEnabled(bool(ids))
        self.setAccessibleName(f"{shown} {self.caption}")

    def count(self) -> int:
        return int(self.number.text().replace(",", "")) if self.number.text() != "–" else 0


class DashboardView(QWidget):
    """Signals: ``missions_requested(label, ids)`` when a count is clicked;
    ``summary_loaded`` after the numbers are on screen."""

    missions_requested = Signal(str, list)
    summary_loaded = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.store = store
        self.catalog = ReferenceCatalog.for_store(store)
        self.today = today
        self.summary: DashboardSummary | None = None
        self._stale = True
        self._loading = False

        self.heading = QLabel(self)
        self.heading.setObjectName("dashboardHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel(self)
        self.subheading.setObjectName("dashboardSubheading")
        self.subheading.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.upcoming_button = CountButton(
            "upcomingCount", self.tr("missions start in the next {days} days").format(
                days=UPCOMING_DAYS), self, accent=theme.ACCENT_HUE)
        self.missing_report_button = CountButton(
            "missingReportCount",
            self.tr("missions delivered without a report yet"), self, accent=theme.WARNING_HUE)
        self.overdue_button = CountButton(
            "overdueCount", self.tr("action items overdue"), self, accent=theme.ERROR_HUE)
        self.upcoming_list = QLabel(self)
        self.upcoming_list.setObjectName("upcomingList")
        self.upcoming_list.setTextFormat(Qt.TextFormat.RichText)
        self.upcoming_list.setWordWrap(True)
        self.upcoming_list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.status_buttons: dict[str, CountButton] = {}
        status_grid = QGridLayout()
        status_grid.setHorizontalSpacing(10)
        status_grid.setVerticalSpacing(10)
        for i, status in enumerate(self.catalog.statuses):
            button = CountButton(f"status_{status.code}", status.label, self)
            self.status_buttons[status.code] = button
            status_grid.addWidget(button, i // 5, i % 5)
            button.clicked.connect(lambda _c=False, b=button: self._open(b))
        self.total_button = CountButton("totalCount", self.tr("missions in all"), self)
        status_grid.addWidget(self.total_button, 1, 4)
        self.total_button.clicked.connect(lambda: self._open(self.total_button))
        for button in (self.upcoming_button, self.missing_report_button, self.overdue_button):
            button.clicked.connect(lambda _c=False, b=button: self._open(b))

        attention = QHBoxLayout()
        attention.setSpacing(10)
        for button in (self.upcoming_button, self.missing_report_button, self.overdue_button):
            attention.addWidget(button, 1)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(8)
        column.addWidget(self.heading)
        column.addWidget(self.subheading)
        column.addSpacing(8)
        column.addWidget(self._section_title(self.tr("Needs your attention")))
        column.addLayout(attention)
        column.addSpacing(4)
        column.addWidget(self._section_title(self.tr("Coming up")))
        column.addWidget(self.upcoming_list)
        column.addSpacing(8)
        column.addWidget(self._section_title(self.tr("Missions by status")))
        column.addLayout(status_grid)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setFocusProxy(self.upcoming_button)
        app_events().missions_changed.connect(self._on_events_missions_changed)

    def _section_title(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        return label

    # --- loading -------------------------------------------------------------------------

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> operations.Operation | None:
        if self._loading:
            self._stale = True
            return None
        self._stale = False
        self._loading = True
        store, today = self.store, self.today

        def work(_op: operations.Operation) -> tuple[DashboardSummary, list[Any]]:
            summary = AppContext.of(store).dashboard.summary(today)
            coming = AppContext.of(store).missions.summaries(summary.upcoming[:6])
            return summary, coming

        def failed(error: BaseException) -> None:
            self._loading = False
            operations.report_failure(self, error, self.tr("Cannot show the dashboard"))

        return operations.run(self, work, self._on_loaded, failed, name="dashboard")

    def _on_loaded(self, result: tuple[DashboardSummary, list[Any]]) -> None:
        self._loading = False
        summary, coming = result
        if summary.total > 5000:
            gc.freeze()  # see MainWindow._on_missions_prepared: no GC pauses over big data
        self.summary = summary
        locale = QLocale()
        self.heading.setText(self.tr("Today, {date}").format(
            date=locale.toString(QDate(summary.today), QLocale.FormatType.LongFormat)))
        self.subheading.setText(self.tr("{n} missions in your data").format(
            n=f"{summary.total:,}"))
        self.upcoming_button.set_count(summary.upcoming)
        self.missing_report_button.set_count(summary.missing_report)
        self.overdue_button.set_count(summary.overdue_action_missions, summary.overdue_actions)
        for code, button in self.status_buttons.items():
            button.set_count(summary.by_status.get(code, []))
        self.total_button.set_count([m for ids in summary.by_status.values() for m in ids])
        order = {mission_id: i for i, mission_id in enumerate(summary.upcoming)}
        coming.sort(key=lambda m: order.get(m.id, 0))
        if coming:
            rows = []
            # Padding on the side the next cell is on: the table follows the layout direction.
            # The table, and each cell, start on the reading side, so that an English title
            # in an Arabic table does not run into the next cell. Qt's rich text does not
            # mirror a table's columns: right to left, they are given in the mirrored order.
            rtl = self.isRightToLeft()
            side = "right" if rtl else "left"
            cell = f"<td align='{side}' style='padding-{'left' if rtl else 'right'}:14px'>"
            for m in coming:
                country = self.catalog.country_by_iso2.get(m.country_iso2)
                when = m.start_date.isoformat() if m.start_date else ""
                cells = [f"<b>{when}</b>", m.code, _escape(m.title),
                         _escape(country.name if country else m.country_iso2)]
                ordered = reversed(cells) if rtl else cells
                rows.append("<tr>" + "".join(f"{cell}{c}</td>" for c in ordered) + "</tr>")
            more = len(summary.upcoming) - len(coming)
            and_more = self.tr("… and {n} more").format(n=more)
            tail = f"<p>{and_more}</p>" if more > 0 else ""
            self.upcoming_list.setText(f"<table align='{side}'>"
                                       + "".join(rows) + "</table>" + tail)
        else:
            self.upcoming_list.setText(self.tr("No mission starts in the next {days} days.")
                                       .format(days=UPCOMING_DAYS))
        if self._stale:
            self.reload()
        self.summary_loaded.emit()

    def _open(self, button: CountButton) -> None:
        if button.ids:
            label = self.tr("Dashboard: {count} {caption}").format(
                count=button.number.text(), caption=button.caption)
            self.missions_requested.emit(label, list(button.ids))

    def _on_events_missions_changed(self, _ids: list[str]) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True


def _escape(text: str) -> str:
    import html

    return html.escape(text)
