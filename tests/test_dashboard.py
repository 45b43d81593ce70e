"""The dashboard's counts and the team calendar's schedule, through the real service."""

from __future__ import annotations

from datetime import date

import pytest

from mercator_desktop.services.dashboard import DashboardService
from mercator_desktop.services.dto import ExpertInput, MissionInput, TeamAssignment
from mercator_desktop.storage.models import ActionItem

TODAY = date(2025, 6, 1)


def mission(code: str, status: str, start: date | None, end: date | None,
            team: list[TeamAssignment] | None = None) -> MissionInput:
    return MissionInput(code=code, title=code, type_code="workshop", status_code=status,
                        country_iso2="JM", start_date=start, end_date=end, team=team)


@pytest.fixture
def amara(experts):  # type: ignore[no-untyped-def]
    return experts.create(ExpertInput(name="Amara Diallo"))


def test_summary_counts_and_the_missions_behind_them(store, missions, amara) -> None:  # type: ignore[no-untyped-def]
    lead = [TeamAssignment(amara.id, "lead")]
    soon = missions.create(mission("SOON", "planned", date(2025, 6, 20), date(2025, 6, 24)))
    missions.create(mission("LATER", "planned", date(2025, 9, 1), date(2025, 9, 5)))
    missions.create(mission("CANCELLED-SOON", "cancelled", date(2025, 6, 10),
                            date(2025, 6, 12)))
    today = missions.create(mission("TODAY", "approved", TODAY, date(2025, 6, 3)))
    late = missions.create(mission("DELIVERED", "in_delivery", date(2025, 5, 1),
                                   date(2025, 5, 5), lead))
    missions.create(mission("REPORTED", "report_draft", date(2025, 4, 1), date(2025, 4, 4),
                            lead))
    trashed = missions.create(mission("TRASHED", "planned", date(2025, 5, 10),
                                      date(2025, 5, 12)))
    missions.trash(trashed.id)
    with store.session() as session:
        for due, status in ((date(2025, 5, 31), "not_started"), (date(2025, 5, 1), "done"),
                            (date(2025, 6, 2), "in_progress"), (None, "not_started"),
                            (date(2025, 1, 1), "in_progress")):
            session.add(ActionItem(mission_id=late.id, activity="a", due_date=due,
                                   status=status))
        session.add(ActionItem(mission_id=trashed.id, activity="a",
                               due_date=date(2025, 1, 1), status="not_started"))

    summary = DashboardService(store).summary(TODAY)
    assert summary.total == 6
    assert summary.upcoming == [today.id, soon.id]  # by start; cancelled ones are not coming
    assert summary.upcoming_until == date(2025, 7, 31)
    assert summary.missing_report == [late.id]
    assert summary.overdue_actions == 2
    assert summary.overdue_action_missions == [late.id]
    assert len(summary.by_status["planned"]) == 2
    assert list(summary.by_status)[:3] == ["requested", "approved", "planned"]
    assert summary.by_status["requested"] == []


def test_team_schedule_shows_every_expert_bookings_clashes_and_gaps(store, missions, experts,  # type: ignore[no-untyped-def]
                                                                     amara) -> None:
    jose = experts.create(ExpertInput(name="José Ramírez"))
    experts.create(ExpertInput(name="Free Person"))
    missions.create(mission("AA", "planned", date(2025, 3, 3), date(2025, 3, 7),
                            [TeamAssignment(amara.id, "lead")]))
    missions.create(mission("BB", "planned", date(2025, 3, 6), date(2025, 3, 10),
                            [TeamAssignment(amara.id, "lead"), TeamAssignment(jose.id,
                                                                              "observer")]),
                    allow_conflicts=True)
    missions.create(mission("CC", "cancelled", date(2025, 3, 1), date(2025, 3, 31),
                            [TeamAssignment(jose.id, "observer")]))
    missions.create(mission("DD", "planned", date(2025, 4, 10), date(2025, 4, 12),
                            [TeamAssignment(jose.id, "lead")]))

    schedule = DashboardService(store).team_schedule(date(2025, 3, 1), date(2025, 3, 31))
    assert schedule.days == 31
    rows = {e.name: e for e in schedule.experts}
    assert list(rows) == ["Amara Diallo", "Free Person", "José Ramírez"]
    assert [b.code for b in rows["Amara Diallo"].bookings] == ["AA", "BB"]
    assert rows["Amara Diallo"].clashes == [(date(2025, 3, 6), date(2025, 3, 7))]
    assert rows["Amara Diallo"].booked_days == 8
    assert [b.code for b in rows["José Ramírez"].bookings] == ["BB"]  # CC is cancelled
    assert rows["José Ramírez"].clashes == []
    assert rows["Free Person"].bookings == [] and rows["Free Person"].booked_days == 0
    # Clipped to the period.
    april = DashboardService(store).team_schedule(date(2025, 3, 8), date(2025, 4, 10))
    amara_row = next(e for e in april.experts if e.name == "Amara Diallo")
    assert amara_row.booked_days == 3
