"""The team calendar and the dashboard on a store: what they paint and list, navigation by
keyboard, counts that open the list; each renders to a PNG without a Qt warning."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mercator_desktop.services.dto import ExpertInput, MissionInput, TeamAssignment
from mercator_desktop.services.experts import ExpertService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui.dashboard import DashboardView
from mercator_desktop.ui.team_calendar import TeamCalendar

from .helpers import activate, settle


@pytest.fixture
def clash_store(store):  # type: ignore[no-untyped-def]
    experts = ExpertService(store)
    amara = experts.create(ExpertInput(name="Amara Diallo"))
    experts.create(ExpertInput(name="Idle Expert"))
    missions = MissionService(store)
    for code, start, end in (("JM-2025-A", date(2025, 3, 3), date(2025, 3, 7)),
                             ("BS-2025-B", date(2025, 3, 6), date(2025, 3, 10))):
        missions.create(MissionInput(code=code, title=code, type_code="workshop",
                                     status_code="planned", country_iso2="JM",
                                     start_date=start, end_date=end,
                                     team=[TeamAssignment(amara.id, "lead")]),
                        allow_conflicts=True)
    return store


def test_calendar_shows_bookings_double_bookings_and_gaps(qtbot, clash_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    calendar = TeamCalendar(clash_store, today=date(2025, 3, 12))
    qtbot.addWidget(calendar)
    calendar.resize(1000, 500)
    calendar.show()
    qtbot.waitExposed(calendar)
    calendar.show_period(date(2025, 3, 1), TeamCalendar.MONTH)
    assert calendar.period_label.text() == "March 2025"
    rows = {e.name: e for e in calendar.schedule.experts}
    assert rows["Idle Expert"].bookings == []
    assert rows["Amara Diallo"].clashes == [(date(2025, 3, 6), date(2025, 3, 7))]
    assert "Amara Diallo: double-booked 2025-03-06 – 2025-03-07" in \
        calendar.clashes_label.text()
    bars = {b.booking.code: b for b in calendar.canvas.all_bars()}
    assert set(bars) == {"JM-2025-A", "BS-2025-B"}
    assert bars["JM-2025-A"].clash and bars["BS-2025-B"].clash
    assert bars["JM-2025-A"].rect.top() != bars["BS-2025-B"].rect.top()  # two lanes
    assert calendar.grab().save(str(tmp_path / "calendar.png"))

    # Keyboard: PgDown to April (no clash), Q for the quarter, Home back to today.
    activate(qtbot, calendar)
    calendar.canvas.setFocus()
    qtbot.keyClick(calendar.canvas, Qt.Key.Key_PageDown)
    assert calendar.period_label.text() == "April 2025"
    # April has no mission at all: said so, with the keys to move on.
    assert calendar.clashes_label.text().startswith("No mission in this period: every expert "
                                                    "is free.")
    qtbot.keyClick(calendar.canvas, Qt.Key.Key_Q)
    assert calendar.period() == (date(2025, 4, 1), date(2025, 6, 30))
    qtbot.keyClick(calendar.canvas, Qt.Key.Key_Home)
    assert calendar.period() == (date(2025, 1, 1), date(2025, 3, 31))
    qtbot.keyClick(calendar.canvas, Qt.Key.Key_PageUp)
    assert calendar.period() == (date(2024, 10, 1), date(2024, 12, 31))

    # Double-click on a bar opens its mission.
    calendar.show_period(date(2025, 3, 1), TeamCalendar.MONTH)
    bar = next(b for b in calendar.canvas.all_bars() if b.booking.code == "JM-2025-A")
    with qtbot.waitSignal(calendar.mission_open_requested) as opened:
        qtbot.mouseDClick(calendar.canvas, Qt.MouseButton.LeftButton,
                          pos=bar.rect.center().toPoint())
    assert opened.args == [bar.booking.mission_id]


def test_dashboard_counts_and_upcoming_list(qtbot, clash_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = DashboardView(clash_store, today=date(2025, 2, 20))
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    with qtbot.waitSignal(view.summary_loaded):
        view.reload()
    assert view.heading.text().startswith("Today, ")
    assert view.upcoming_button.count() == 2
    assert "JM-2025-A" in view.upcoming_list.text()
    assert view.status_buttons["planned"].count() == 2
    assert not view.status_buttons["closed"].isEnabled()  # nothing to open
    assert view.missing_report_button.count() == 0
    with qtbot.waitSignal(view.missions_requested) as requested:
        qtbot.mouseClick(view.upcoming_button, Qt.MouseButton.LeftButton)
    label, ids = requested.args
    assert "2 missions start in the next 60 days" in label
    assert sorted(ids) == sorted(m.id for m in MissionService(clash_store).list())
    assert view.grab().save(str(tmp_path / "dashboard.png"))
    settle()


def test_the_main_views_render_with_the_demo_data(qtbot, demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from .helpers import open_main_window

    window = open_main_window(qtbot, demo_store)
    for index in range(window.tabs.count()):
        window.show_tab(index)
        settle()
        assert window.grab().save(str(tmp_path / f"main_{index}.png"))
    editor = window.open_mission(MissionService(demo_store).list()[0].id)
    assert editor is not None
    for index in range(editor.sections.count()):
        editor.sections.setCurrentIndex(index)
        assert editor.grab().save(str(tmp_path / f"editor_{index}.png"))


def test_dashboard_upcoming_table_mirrored_right_to_left(qtbot, clash_store) -> None:  # type: ignore[no-untyped-def]
    """Right to left the upcoming missions read from the right: the date in the rightmost
    column, every cell against its right edge (an English title does not run into the
    country's name)."""
    view = DashboardView(clash_store, today=date(2025, 2, 20))
    qtbot.addWidget(view)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.resize(1000, 600)
    view.show()
    with qtbot.waitSignal(view.summary_loaded):
        view.reload()
    html = view.upcoming_list.text()
    first_row = html.split("<tr>")[1]
    cells = first_row.split("</td>")[:4]
    assert "<b>2025-" in cells[-1] and "<b>" not in cells[0]  # the date last: on the right
    assert all("align='right'" in c for c in cells) and "<table align='right'>" in html
