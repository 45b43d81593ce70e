"""Planning overviews for the desktop app: the dashboard's counts and the team calendar.

What counts is decided here, not in the widgets:

- a mission is **upcoming** when it starts within the next ``UPCOMING_DAYS`` days (today
  included) and is neither cancelled nor closed;
- a mission is **missing a report** when its end date has passed while its status is still
  approved, planned or in delivery (delivered, but no report draft yet);
- an action item is **overdue** when its due date has passed and it is neither done nor
  cancelled (items of missions in the trash do not count);
- in the team calendar an expert is **double-booked** on the days two of their live,
  not cancelled missions overlap.

Each count comes with the mission ids behind it, so a click can open exactly that list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select

from ..domain.lifecycle import MissionStatus
from ..domain.vocabulary import ActionStatus
from ..storage.models import ActionItem, Expert, Mission, TeamMember
from .missions import not_archived
from .reference import ReferenceCatalog
from .store import Store

UPCOMING_DAYS = 60
REPORT_DUE_STATUSES = (MissionStatus.APPROVED, MissionStatus.PLANNED, MissionStatus.IN_DELIVERY)
NOT_UPCOMING_STATUSES = (MissionStatus.CANCELLED, MissionStatus.CLOSED)
FINISHED_ACTION_STATUSES = (ActionStatus.DONE, ActionStatus.CANCELLED)


@dataclass(frozen=True)
class DashboardSummary:
    today: date
    total: int
    by_status: dict[str, list[str]]  # status code -> mission ids, in lifecycle order
    upcoming: list[str]  # by start date
    missing_report: list[str]  # by end date
    overdue_actions: int  # action items
    overdue_action_missions: list[str]  # the missions those items belong to

    @property
    def upcoming_until(self) -> date:
        return self.today + timedelta(days=UPCOMING_DAYS)


@dataclass(frozen=True)
class CalendarBooking:
    mission_id: str
    code: str
    title: str
    role: str
    status_code: str
    start: date
    end: date


@dataclass(frozen=True)
class ExpertSchedule:
    expert_id: str
    name: str
    bookings: list[CalendarBooking] = field(default_factory=list)
    clashes: list[tuple[date, date]] = field(default_factory=list)  # double-booked days
    booked_days: int = 0  # days with at least one mission, within the period


@dataclass(frozen=True)
class TeamSchedule:
    start: date
    end: date
    experts: list[ExpertSchedule]

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


class DashboardService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def summary(self, today: date | None = None) -> DashboardSummary:
        today = today or date.today()
        until = today + timedelta(days=UPCOMING_DAYS)
        order = [s.code for s in ReferenceCatalog.for_store(self.store).statuses]
        by_status: dict[str, list[str]] = {code: [] for code in order}
        upcoming: list[tuple[date, str]] = []
        missing: list[tuple[date, str]] = []
        with self.store.sessions() as session:
            rows = session.execute(
                select(Mission.id, Mission.status_code, Mission.start_date, Mission.end_date)
                .where(Mission.deleted.is_(False), not_archived())
            ).all()
            overdue = session.execute(
                select(ActionItem.mission_id, func.count())
                .join(Mission, Mission.id == ActionItem.mission_id)
                .where(ActionItem.deleted.is_(False), Mission.deleted.is_(False),
                       not_archived(), ActionItem.due_date < today,
                       ActionItem.status.not_in([s.value for s in FINISHED_ACTION_STATUSES]))
                .group_by(ActionItem.mission_id)
            ).all()
        for mission_id, status, start, end in rows:
            by_status.setdefault(status, []).append(mission_id)
            if (start is not None and today <= start <= until
                    and status not in NOT_UPCOMING_STATUSES):
                upcoming.append((start, mission_id))
            if end is not None and end < today and status in REPORT_DUE_STATUSES:
                missing.append((end, mission_id))
        return DashboardSummary(
            today=today,
            total=len(rows),
            by_status=by_status,
            upcoming=[m for _, m in sorted(upcoming)],
            missing_report=[m for _, m in sorted(missing)],
            overdue_actions=sum(n for _, n in overdue),
            overdue_action_missions=[m for m, _ in overdue],
        )

    def team_schedule(self, start: date, end: date) -> TeamSchedule:
        """Every expert of the directory (also those with no mission: the gaps) with their
        live, not cancelled missions that overlap ``start``..``end``."""
        with self.store.sessions() as session:
            experts = session.execute(
                select(Expert.id, Expert.name).where(Expert.deleted.is_(False))
                .order_by(func.lower(Expert.name))
            ).all()
            rows = session.execute(
                select(TeamMember.expert_id, Mission.id, Mission.code, Mission.title,
                       TeamMember.role, Mission.status_code, Mission.start_date,
                       Mission.end_date)
                .join(Mission, Mission.id == TeamMember.mission_id)
                # coalesce(): keeps SQLite off the low-selectivity index on ``deleted``.
                .where(func.coalesce(TeamMember.deleted, False).is_(False),
                       Mission.deleted.is_(False),
                       Mission.status_code != MissionStatus.CANCELLED.value,
                       Mission.start_date <= end, Mission.end_date >= start)
                .order_by(Mission.start_date, Mission.code)
            ).all()
        bookings: dict[str, list[CalendarBooking]] = {}
        for expert_id, mission_id, code, title, role, status, first, last in rows:
            if first is None or last is None:  # pragma: no cover - excluded by the query
                continue
            bookings.setdefault(expert_id, []).append(
                CalendarBooking(mission_id, code, title, role, status, first, last))
        schedules = []
        for expert_id, name in experts:
            mine = bookings.get(expert_id, [])
            schedules.append(ExpertSchedule(
                expert_id, name, mine, _overlaps(mine), _days_covered(mine, start, end)))
        return TeamSchedule(start, end, schedules)


def _overlaps(bookings: list[CalendarBooking]) -> list[tuple[date, date]]:
    """The merged stretches of days on which two or more of ``bookings`` overlap."""
    stretches: list[tuple[date, date]] = []
    for i, a in enumerate(bookings):
        for b in bookings[i + 1:]:
            first, last = max(a.start, b.start), min(a.end, b.end)
            if first <= last:
                stretches.append((first, last))
    merged: list[tuple[date, date]] = []
    for first, last in sorted(stretches):
        if merged and first <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def _days_covered(bookings: list[CalendarBooking], start: date, end: date) -> int:
    days: set[date] = set()
    for b in bookings:
        day = max(b.start, start)
        while day <= min(b.end, end):
            days.add(day)
            day += timedelta(days=1)
    return len(days)
