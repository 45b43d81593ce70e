"""The team calendar: one row per expert, one column per day, missions as bars (painted with
QPainter). Double bookings (``DashboardService.team_schedule`` decides) are painted red
across the row and listed under the chart; days without a bar are the gaps.

Keyboard: PgUp/PgDown move a period back/forward, Home comes back to today, M and Q switch
between month and quarter; Enter on the chart opens the mission under the focus line.

The same bookings are also a list ("Show as a list", L): one row per expert and mission, with
its dates, status and whether it is double-booked — a chart says nothing to a screen reader,
a table does. Enter or a double-click on a row opens the mission.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
    QTransform,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..services.dashboard import CalendarBooking, ExpertSchedule, TeamSchedule
from ..services.reference import ReferenceCatalog
from ..services.store import Store
from . import theme
from .context import AppContext
from .empty_state import EmptyState
from .events import app_events
from .record_models import RecordColumn, RecordTableModel, fit_columns, record_table

# Bar colours by stage of the lifecycle.
STATUS_COLORS = {
    "requested": "#a9c4e2", "approved": "#7fa8d6", "planned": "#3b78b5",
    "in_delivery": "#2e8b57", "report_draft": "#c98a1b", "report_final": "#b5761a",
    "follow_up": "#8a6bb1", "closed": "#8d99a6",
}
CLASH_COLOR = "#d93025"
TODAY_COLOR = "#1a73e8"


@dataclass
class _Bar:
    booking: CalendarBooking
    rect: QRectF
    clash: bool


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1)


class CalendarCanvas(QWidget):
    """Paints a ``TeamSchedule``."""

    mission_open_requested = Signal(str)

    BAR_HEIGHT = 18
    LANE_GAP = 4
    HEADER_HEIGHT = 44
    SUMMARY_WIDTH = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.schedule: TeamSchedule | None = None
        self.today = date.today()
        self.focus_row = 0
        self._row_tops: list[tuple[int, int]] = []
        self._lanes: list[dict[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_schedule(self, schedule: TeamSchedule, today: date | None = None) -> None:
        self.schedule = schedule
        self.today = today or date.today()
        self.focus_row = min(self.focus_row, max(0, len(schedule.experts) - 1))
        self._lanes = [self._assign_lanes(e.bookings) for e in schedule.experts]
        self._row_tops = []
        top = self.HEADER_HEIGHT
        for lanes in self._lanes:
            height = max(1, max(lanes.values(), default=0) + 1) * \
                (self.BAR_HEIGHT + self.LANE_GAP) + 10
            height = max(height, 32)
            self._row_tops.append((top, height))
            top += height
        self.setMinimumHeight(top + 4)
        self.updateGeometry()
        self.update()

    @staticmethod
    def _assign_lanes(bookings: list[CalendarBooking]) -> dict[str, int]:
        lanes_end: list[date] = []
        lanes: dict[str, int] = {}
        for b in sorted(bookings, key=lambda b: (b.start, b.end)):
            for lane, end in enumerate(lanes_end):
                if end < b.start:
                    lanes_end[lane] = b.end
                    lanes[b.mission_id] = lane
                    break
            else:
                lanes_end.append(b.end)
                lanes[b.mission_id] = len(lanes_end) - 1
        return lanes

    def sizeHint(self) -> QSize:
        return QSize(900, self.minimumHeight())

    def _name_width(self) -> int:
        if not self.schedule or not self.schedule.experts:
            return 160
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(e.name) for e in self.schedule.experts)
        return min(max(widest + 20, 120), 220)

    def _geometry(self) -> tuple[int, float]:
        """x where the days begin, and the width of one day."""
        assert self.schedule is not None
        left = self._name_width()
        usable = max(self.width() - left - self.SUMMARY_WIDTH, 100)
        return left, usable / self.schedule.days

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        schedule = self.schedule
        if schedule is None:
            return
        if self.isRightToLeft():
            # Shapes are laid out left to right and mirrored as a whole; texts are drawn
            # unmirrored by ``_text`` at the mirrored place.
            painter.setTransform(QTransform(-1, 0, 0, 1, self.width(), 0))
        left, day_width = self._geometry()
        days = schedule.days
        metrics = self.fontMetrics()
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7))
        bottom = self._row_tops[-1][0] + self._row_tops[-1][1] if self._row_tops else \
            self.HEADER_HEIGHT + 40

        # Weekends (a shade of the base, light or dark), then the grid of days.
        weekend = theme.mix(palette.base().color(), palette.text().color(), 0.06)
        for i in range(days):
            day = schedule.start + timedelta(days=i)
            x = left + i * day_width
            if day.weekday() >= 5:
                painter.fillRect(QRectF(x, self.HEADER_HEIGHT, day_width,
                                        bottom - self.HEADER_HEIGHT), weekend)
        # Rows: alternate background, the name, the summary.
        bars = self.bars()
        for row, expert in enumerate(schedule.experts):
            top, height = self._row_tops[row]
            if row % 2:
                painter.fillRect(QRect(0, top, left, height), palette.alternateBase())
            if row == self.focus_row and self.hasFocus():
                painter.fillRect(QRect(0, top, self.width(), height), QColor(26, 115, 232, 28))
            painter.setPen(palette.text().color())
            name_rect = QRect(8, top, left - 12, height)
            self._text(painter, name_rect,
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       metrics.elidedText(expert.name, Qt.TextElideMode.ElideRight, left - 16))
            # Double-booked days: a red band behind the bars.
            for first, last in expert.clashes:
                x1 = left + max((first - schedule.start).days, 0) * day_width
                x2 = left + (min((last - schedule.start).days, days - 1) + 1) * day_width
                band = QColor(CLASH_COLOR)
                band.setAlpha(60)
                painter.fillRect(QRectF(x1, top + 2, x2 - x1, height - 4), band)
                painter.fillRect(QRectF(x1, top + 1, x2 - x1, 3), QColor(CLASH_COLOR))
            for bar in bars[row]:
                booking, rect, clash = bar.booking, bar.rect, bar.clash
                color = QColor(STATUS_COLORS.get(booking.status_code, "#7f8c8d"))
                painter.setBrush(QBrush(color))
                painter.setPen(QPen(QColor(CLASH_COLOR), 2) if clash else Qt.PenStyle.NoPen)
                painter.drawRoundedRect(rect, 4, 4)
                text_width = metrics.horizontalAdvance(booking.code)
                if rect.width() > text_width + 8:
                    painter.setPen(theme.on(color))
                    self._text(painter, rect.adjusted(4, 0, -2, 0),
                               Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                               booking.code)
                elif rect.width() > 24:
                    painter.setPen(theme.on(color))
                    painter.setFont(small)
                    self._text(painter, rect.adjusted(3, 0, -1, 0),
                               Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                               metrics.elidedText(booking.code,
                                                  Qt.TextElideMode.ElideRight,
                                                  int(rect.width()) - 4))
                    painter.setFont(self.font())
            # Summary at the right: booked days, clashes.
            summary = QRect(self.width() - self.SUMMARY_WIDTH + 8, top,
                            self.SUMMARY_WIDTH - 12, height)
            painter.setFont(small)
            if expert.clashes:
                painter.setPen(theme.readable(CLASH_COLOR, palette.base().color()))
                text = self.tr("{days} d · double-booked").format(days=expert.booked_days)
            elif expert.booked_days:
                painter.setPen(palette.text().color())
                text = self.tr("{days} d booked").format(days=expert.booked_days)
            else:
                painter.setPen(palette.placeholderText().color())
                text = self.tr("free")
            self._text(painter, summary,
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            painter.setFont(self.font())
            painter.setPen(QPen(palette.mid().color(), 0.5))
            painter.drawLine(0, top + height, self.width(), top + height)

        # Header: months above, day numbers (month view) or week starts (quarter) below.
        painter.fillRect(QRect(0, 0, self.width(), self.HEADER_HEIGHT), palette.window())
        painter.setPen(palette.text().color())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        locale = QLocale()
        i = 0
        while i < days:
            day = schedule.start + timedelta(days=i)
            month_days = calendar.monthrange(day.year, day.month)[1] - day.day + 1
            span = min(month_days, days - i)
            rect = QRectF(left + i * day_width + 4, 2, span * day_width - 4, 20)
            self._text(painter, rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       locale.toString(QDate(day), "MMMM yyyy")
                       if span * day_width > 110 else locale.toString(QDate(day), "MMM"))
            if i:
                painter.setPen(QPen(palette.mid().color(), 1))
                x = left + i * day_width
                painter.drawLine(int(x), 0, int(x), bottom)
                painter.setPen(palette.text().color())
            i += span
        painter.setFont(small)
        step_labels = day_width >= 16
        for i in range(days):
            day = schedule.start + timedelta(days=i)
            if step_labels or day.weekday() == 0:
                x = left + i * day_width
                painter.setPen(palette.placeholderText().color() if day.weekday() >= 5
                               else palette.text().color())
                width = day_width if step_labels else day_width * 7
                self._text(painter, QRectF(x, 22, width, 20), Qt.AlignmentFlag.AlignCenter
                           if step_labels else Qt.AlignmentFlag.AlignLeft
                           | Qt.AlignmentFlag.AlignVCenter, str(day.day))
        painter.setFont(self.font())
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.drawLine(0, self.HEADER_HEIGHT, self.width(), self.HEADER_HEIGHT)
        # Today.
        if schedule.start <= self.today <= schedule.end:
            x = left + ((self.today - schedule.start).days + 0.5) * day_width
            painter.setPen(QPen(QColor(TODAY_COLOR), 2))
            painter.drawLine(int(x), self.HEADER_HEIGHT - 6, int(x), bottom)
        if not schedule.experts:
            painter.setPen(palette.placeholderText().color())
            self._text(painter, QRect(0, self.HEADER_HEIGHT, self.width(), 40),
                       Qt.AlignmentFlag.AlignCenter, self.tr("No expert in the directory yet."))
        painter.end()

    def _text(self, painter: QPainter, rect: QRect | QRectF, flags: Qt.AlignmentFlag,
              text: str) -> None:
        """Draw ``text`` in ``rect`` (left-to-right coordinates); in a right-to-left layout
        the rectangle is mirrored and the text, itself unmirrored, aligned to its right."""
        if not self.isRightToLeft():
            painter.drawText(rect, flags, text)
            return
        rect = QRectF(rect)
        mirrored = QRectF(self.width() - rect.x() - rect.width(), rect.y(), rect.width(),
                          rect.height())
        if flags & Qt.AlignmentFlag.AlignLeft:
            flags = (flags & ~Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignRight
        painter.save()
        painter.resetTransform()
        painter.drawText(mirrored, flags | Qt.AlignmentFlag.AlignAbsolute, text)
        painter.restore()

    def bars(self) -> list[list[_Bar]]:
        """Where each expert's missions are drawn (one list per row), for the current
        width: lanes keep overlapping missions apart."""
        schedule = self.schedule
        if schedule is None:
            return []
        left, day_width = self._geometry()
        days = schedule.days
        rows: list[list[_Bar]] = []
        for row, expert in enumerate(schedule.experts):
            top, height = self._row_tops[row]
            lanes = self._lanes[row]
            used = (max(lanes.values(), default=0) + 1) * (self.BAR_HEIGHT + self.LANE_GAP)
            placed = []
            for booking in expert.bookings:
                start_i = max((booking.start - schedule.start).days, 0)
                end_i = min((booking.end - schedule.start).days, days - 1)
                y = top + (height - used + self.LANE_GAP) // 2 + \
                    lanes.get(booking.mission_id, 0) * (self.BAR_HEIGHT + self.LANE_GAP)
                rect = QRectF(left + start_i * day_width + 1, y,
                              max((end_i - start_i + 1) * day_width - 2, 3), self.BAR_HEIGHT)
                clash = any(first <= booking.end and booking.start <= last
                            for first, last in expert.clashes)
                placed.append(_Bar(booking, rect, clash))
            rows.append(placed)
        return rows

    def all_bars(self) -> list[_Bar]:
        return [bar for row in self.bars() for bar in row]

    def bar_at(self, pos: QPoint) -> _Bar | None:
        point = pos.toPointF()
        if self.isRightToLeft():  # bars are placed left to right, then mirrored
            point.setX(self.width() - point.x())
        for bar in self.all_bars():
            if bar.rect.contains(point):
                return bar
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos())
            if bar is None:
                QToolTip.hideText()
                event.ignore()
                return True
            b = bar.booking
            text = f"<b>{b.code}</b> — {b.title}<br>{b.start.isoformat()} – {b.end.isoformat()}"
            if bar.clash:
                note = self.tr("Overlaps another mission of this expert")
                text += f"<br><span style='color:{CLASH_COLOR}'>{note}</span>"
            QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position().toPoint())
        if bar is not None:
            self.mission_open_requested.emit(bar.booking.mission_id)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        y = int(event.position().y())
        for row, (top, height) in enumerate(self._row_tops):
            if top <= y < top + height:
                self.focus_row = row
                self.update()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        rows = len(self._row_tops)
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and rows:
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.focus_row = max(0, min(rows - 1, self.focus_row + step))
            self.update()
            top, height = self._row_tops[self.focus_row]
            viewport = self.parentWidget()
            scroll = viewport.parentWidget() if viewport is not None else None
            if isinstance(scroll, QScrollArea):
                scroll.ensureVisible(0, top + height // 2, 0, height)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.schedule and rows:
            bookings = self.schedule.experts[self.focus_row].bookings
            if bookings:
                self.mission_open_requested.emit(bookings[0].mission_id)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)


@dataclass(frozen=True)
class BookingRow:
    """One line of the list of bookings: an expert on a mission in the period."""

    expert: str
    booking: CalendarBooking
    double_booked: bool


def booking_rows(experts: list[ExpertSchedule]) -> list[BookingRow]:
    rows = []
    for expert in experts:
        for booking in expert.bookings:
            clash = any(first <= booking.end and last >= booking.start
                        for first, last in expert.clashes)
            rows.append(BookingRow(expert.name, booking, clash))
    return rows


class TeamCalendar(QWidget):
    """Signals: ``mission_open_requested(id)`` on a double-click or Enter on a mission."""

    mission_open_requested = Signal(str)
    MONTH, QUARTER = "month", "quarter"

    def __init__(self, store: Store, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamCalendar")
        self.store = store
        self.service = AppContext.of(store).dashboard
        self.catalog = ReferenceCatalog.for_store(store)
        self.today = today or date.today()
        self.mode = self.MONTH
        self.anchor = self.today.replace(day=1)
        self._stale = True

        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.setObjectName("calendarPrevious")
        self.previous_button.setToolTip(self.tr("Previous period (PgUp)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setObjectName("calendarToday")
        self.today_button.setToolTip(self.tr("Back to the current period (Home)"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setObjectName("calendarNext")
        self.next_button.setToolTip(self.tr("Next period (PgDown)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.period_label = QLabel(self)
        self.period_label.setObjectName("calendarPeriod")
        font = QFont(self.period_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.period_label.setFont(font)
        self.month_radio = QRadioButton(self.tr("&Month"), self)
        self.month_radio.setObjectName("calendarMonth")
        self.quarter_radio = QRadioButton(self.tr("&Quarter"), self)
        self.quarter_radio.setObjectName("calendarQuarter")
        self.month_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.month_radio)
        group.addButton(self.quarter_radio)
        self.month_radio.toggled.connect(self._on_mode_toggled)

        self.canvas = CalendarCanvas(self)
        self.canvas.mission_open_requested.connect(self.mission_open_requested)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("calendarScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Base)
        self.scroll_area.setWidget(self.canvas)
        self.canvas.setAccessibleName(self.tr("Team calendar chart"))
        self.canvas.setAccessibleDescription(self.tr(
            "Missions of each expert as bars; the same bookings are listed under "
            "“Show as a list” (L)."))
        self.list_button = QPushButton(self.tr("Show as a &list"), self)
        self.list_button.setObjectName("calendarListToggle")
        self.list_button.setCheckable(True)
        self.list_button.setToolTip(self.tr("The bookings of the period as a table (L)"))
        self.list_button.toggled.connect(self._on_list_button_toggled)
        self.booking_model = RecordTableModel([
            RecordColumn(self.tr("Expert"), lambda r: r.expert),
            RecordColumn(self.tr("Mission"), lambda r: r.booking.code),
            RecordColumn(self.tr("Title"), lambda r: r.booking.title),
            RecordColumn(self.tr("Status"),
                         lambda r: self.catalog.label("statuses", r.booking.status_code)),
            RecordColumn(self.tr("From"), lambda r: r.booking.start.isoformat()),
            RecordColumn(self.tr("To"), lambda r: r.booking.end.isoformat()),
            RecordColumn(self.tr("Double booking"),
                         lambda r: self.tr("double-booked") if r.double_booked else ""),
        ], self)
        self.booking_table: QTableView = record_table(self, self.booking_model,
                                                      "calendarBookings", stretch=2)
        self.booking_table.setAccessibleName(self.tr("Bookings of the period"))
        self.booking_table.activated.connect(self._on_booking_table_activated)
        self.booking_table.hide()
        hint = self.tr("A bar shows here for each expert on the team of a mission with dates "
                       "in this period. PgUp and PgDown move to the period before or after.")
        self.empty_state = EmptyState(
            self.scroll_area, self.tr("No mission in this period."), hint,
            empty=lambda: not (self.canvas.schedule and self.canvas.schedule.experts))
        self.list_empty_state = EmptyState(self.booking_table,
                                           self.tr("No mission in this period."), hint)
        self.clashes_label = QLabel(self)
        self.clashes_label.setObjectName("calendarClashes")
        self.clashes_label.setWordWrap(True)
        self.clashes_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend = QLabel(self)
        self.legend.setObjectName("calendarLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setText(self._legend_html())

        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.period_label, 1)
        top.addWidget(self.month_radio)
        top.addWidget(self.quarter_radio)
        top.addWidget(self.list_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.booking_table, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.clashes_label)
        self.setFocusProxy(self.canvas)

        for keys, slot in (("PgUp", lambda: self.step(-1)), ("PgDown", lambda: self.step(1)),
                           ("Home", self.go_today),
                           ("M", lambda: self.month_radio.setChecked(True)),
                           ("Q", lambda: self.quarter_radio.setChecked(True)),
                           ("L", self.list_button.toggle)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        app_events().missions_changed.connect(self._on_events_changed)
        app_events().experts_changed.connect(self._on_events_changed)

    def _legend_html(self) -> str:
        parts = []
        for code in ("requested", "planned", "in_delivery", "report_draft", "closed"):
            color = STATUS_COLORS[code]
            parts.append(f"<span style='color:{color}'>■</span> "
                         f"{self.catalog.label('statuses', code)}")
        parts.append(f"<span style='color:{CLASH_COLOR}'>■</span> "
                     + self.tr("double booking"))
        parts.append(f"<span style='color:{TODAY_COLOR}'>│</span> " + self.tr("today"))
        return "&nbsp;&nbsp;&nbsp;".join(parts)

    def period(self) -> tuple[date, date]:
        if self.mode == self.MONTH:
            start = self.anchor.replace(day=1)
            end = add_months(start, 1) - timedelta(days=1)
        else:
            start = quarter_start(self.anchor)
            end = add_months(start, 3) - timedelta(days=1)
        return start, end

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        start, end = self.period()
        schedule = self.service.team_schedule(start, end)
        self.canvas.set_schedule(schedule, self.today)
        self.booking_model.set_rows(booking_rows(schedule.experts))
        fit_columns(self.booking_table, 2)
        locale = QLocale()
        if self.mode == self.MONTH:
            self.period_label.setText(locale.toString(QDate(start), "MMMM yyyy"))
        else:
            self.period_label.setText(self.tr("{first} – {last}").format(
                first=locale.toString(QDate(start), "MMMM"),
                last=locale.toString(QDate(end), "MMMM yyyy")))
        clashes = [(e.name, first, last) for e in schedule.experts for first, last in e.clashes]
        if clashes:
            lines = [self.tr("{name}: double-booked {first} – {last}").format(
                name=name, first=first.isoformat(), last=last.isoformat())
                for name, first, last in clashes]
            self.clashes_label.setText(
                f"<span style='color:{CLASH_COLOR}'><b>"
                + self.tr("Double bookings in this period") + "</b></span><br>"
                + "<br>".join(lines))
        elif schedule.experts and not any(e.bookings for e in schedule.experts):
            self.clashes_label.setText(self.tr(
                "No mission in this period: every expert is free. PgUp and PgDown move to "
                "the period before or after."))
        else:
            self.clashes_label.setText(self.tr("No double booking in this period."))
        self.schedule = schedule
        self.empty_state.refresh()

    def step(self, count: int) -> None:
        months = count * (1 if self.mode == self.MONTH else 3)
        self.anchor = add_months(self.period()[0], months)
        self.reload()

    def go_today(self) -> None:
        self.anchor = self.today.replace(day=1)
        self.reload()

    def show_period(self, day: date, mode: str | None = None) -> None:
        if mode is not None:
            (self.month_radio if mode == self.MONTH else self.quarter_radio).setChecked(True)
            self.mode = mode
        self.anchor = day.replace(day=1)
        self.reload()

    def _on_list_button_toggled(self, as_list: bool) -> None:
        self.scroll_area.setVisible(not as_list)
        self.booking_table.setVisible(as_list)
        self.setFocusProxy(self.booking_table if as_list else self.canvas)
        (self.booking_table if as_list else self.canvas).setFocus()

    def _on_booking_table_activated(self, index: object) -> None:
        row = self.booking_model.row_at(index.row())  # type: ignore[attr-defined]
        self.mission_open_requested.emit(row.booking.mission_id)

    def _on_mode_toggled(self, month: bool) -> None:
        self.mode = self.MONTH if month else self.QUARTER
        self.reload()

    def _on_events_changed(self, _ids: list[str]) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True
