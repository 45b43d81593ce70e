"""Mission use cases: create, update, trash and restore, list and filter, team, agenda, links.

Every public method is one user action in one transaction. Rules (dates in order, lifecycle
moves, a lead past ``planned``, double bookings) are checked here against ``domain`` before
anything is written; a ``ValidationError`` or ``BookingConflictError`` means nothing changed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from itertools import groupby
from typing import Any

from sqlalchemy import Select, String, and_, exists, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased, selectinload

from ..domain import rules
from ..domain.errors import (
    Booking,
    BookingConflictError,
    EditConflictError,
    FieldConflict,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from ..domain.lifecycle import MissionStatus, allowed_moves, can_move, needs_lead
from ..domain.problem_texts import problem, say
from ..domain.vocabulary import LinkKind, TeamRole
from ..storage.base import natural_id
from ..storage.models import (
    AgendaItem,
    ArchivedMission,
    Counterpart,
    Country,
    Expert,
    Mission,
    MissionLink,
    Programme,
    TeamMember,
)
from .dto import (
    AgendaInput,
    AgendaItemView,
    CounterpartView,
    DoubleBooking,
    MissionChanges,
    MissionDetail,
    MissionFilter,
    MissionInput,
    MissionSummary,
    TeamAssignment,
    TeamMemberView,
)
from .mission_rows import LIST_SQL, MissionRows, summary_of_plain, sync_state_of
from .names import programme_label
from .reference import ReferenceCatalog
from .store import Store

# --- the sync state of a mission with everything under it -------------------------------------
#
# A mission shows the state of its own record, raised by the records under it (team, agenda,
# assessments, answers, findings …): a field waiting in the conflict inbox makes it
# "conflict", a record HQ refused makes it "error" (conflict wins over error), and a changed
# record under a synced mission makes it "pending". A mission never sent stays "local".

_URGENCY = {"synced": 0, "local": 1, "pending": 2, "error": 3, "conflict": 4}


def _path_to_mission(record_type: str) -> tuple[Any, Any, Any] | None:
    """(select-from clause, the record table, the column holding the mission id) for a
    mission-scoped record type, joined parent by parent up to the mission; None for
    directory records (experts, programmes …)."""
    from ..sync.records import MISSION_TYPE, record_types

    types = record_types()
    rtype = types[record_type]
    table = rtype.model.__table__  # type: ignore[attr-defined]
    if rtype.scope_field is None:
        return None
    if rtype.scope_field == "id":
        return table, table, table.c.id
    joined, current, current_type, field = table, table, rtype, rtype.scope_field
    while current_type.parents[field] != MISSION_TYPE:
        parent_type = types[current_type.parents[field]]
        parent = parent_type.model.__table__.alias()  # type: ignore[attr-defined]
        joined = joined.join(parent, parent.c.id == current.c[field])
        current, current_type = parent, parent_type
        assert parent_type.scope_field is not None
        field = parent_type.scope_field
    return joined, table, current.c[field]


def missions_of_records(session: Session, record_type: str,
                        record_ids: Iterable[str]) -> dict[str, str]:
    """Record id -> the id of the mission it belongs to (records of directory types and
    records that are gone are left out)."""
    path = _path_to_mission(record_type)
    ids = list(dict.fromkeys(record_ids))
    if path is None or not ids:
        return {}
    joined, table, mission_column = path
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        query = select(table.c.id, mission_column).select_from(joined).where(
            table.c.id.in_(ids[start:start + 500]))
        found.update({rid: mid for rid, mid in session.execute(query) if mid})
    return found


def mission_sync_overlay(session: Session,
                         mission_ids: Sequence[str] | None = None) -> dict[str, str]:
    """What the records under each mission add to its sync state: "pending", "error" or
    "conflict" (missions with nothing to add are left out). ``mission_ids`` None: all."""
    from ..storage.models import SyncConflict, SyncQuarantine
    from ..sync.records import MISSION_TYPE, record_types

    overlay: dict[str, str] = {}
    wanted = None if mission_ids is None else set(mission_ids)

    def raise_to(mission_id: str, state: str) -> None:
        if (wanted is None or mission_id in wanted) and \
                _URGENCY[state] > _URGENCY.get(overlay.get(mission_id, ""), -1):
            overlay[mission_id] = state

    flagged: dict[str, dict[str, str]] = {}
    for rtype, rid in session.execute(select(SyncQuarantine.record_type,
                                             SyncQuarantine.record_id)):
        flagged.setdefault(rtype, {})[rid] = "error"
    for rtype, rid in session.execute(select(SyncConflict.record_type, SyncConflict.record_id)
                                      .where(SyncConflict.resolved_at.is_(None))):
        flagged.setdefault(rtype, {})[rid] = "conflict"
    types = record_types()
    for rtype, states in flagged.items():
        if rtype not in types:
            continue
        for rid, mission_id in missions_of_records(session, rtype, states).items():
            raise_to(mission_id, states[rid])

    # Changed records under missions HQ already has (none before the first sync: cheap).
    if session.scalar(select(Mission.id).where(Mission.synced_revision > 0).limit(1)) is None:
        return overlay
    chunks: list[list[str] | None] = [None] if mission_ids is None else [
        list(mission_ids)[i:i + 500] for i in range(0, len(mission_ids), 500)]
    for name in types:
        path = _path_to_mission(name) if name != MISSION_TYPE else None
        if path is None:
            continue
        joined, table, mission_column = path
        for chunk in chunks:
            query = select(mission_column).select_from(joined).where(
                table.c.revision > table.c.synced_revision).distinct()
            if chunk is not None:
                query = query.where(mission_column.in_(chunk))
            for (mission_id,) in session.execute(query):
                raise_to(mission_id, "pending")
    return overlay


def combined_sync_state(own: str, overlay: str | None) -> str:
    """A mission's own state raised by what its records add (see above)."""
    if overlay is None or (own == "local" and overlay == "pending"):
        return own
    return overlay if _URGENCY[overlay] > _URGENCY[own] else own


#: team roles in the order a team is listed; a role from a newer version comes last
_ROLE_ORDER = {role.value: i for i, role in enumerate(TeamRole)}


class MissionService:
    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def catalog(self) -> ReferenceCatalog:
        return ReferenceCatalog.for_store(self.store)

    # --- reading -------------------------------------------------------------------------

    def count(self, trash: bool = False) -> int:
        with self.store.sessions() as session:
            return session.scalar(
                select(func.count()).select_from(Mission).where(Mission.deleted == trash,
                                                                not_archived())
            ) or 0

    def _list_query(self, flt: MissionFilter) -> Select:
        lead = aliased(TeamMember)
        lead_expert = aliased(Expert)
        query = (
            select(
                Mission.id, Mission.code, Mission.title, Mission.type_code,
                Mission.status_code, Mission.country_iso2, Country.region_code,
                Mission.start_date, Mission.end_date, Mission.revision,
                Mission.synced_revision, Mission.deleted,
                lead_expert.name.label("lead_expert"),
            )
            .join(Country, Country.iso2 == Mission.country_iso2)
            .outerjoin(
                lead,
                # coalesce(): without it SQLite picks the low-selectivity index on
                # ``deleted`` for this join and scans every team row per mission (80 s for
                # 20,000 missions instead of 0.05 s).
                and_(lead.mission_id == Mission.id, lead.role == TeamRole.LEAD.value,
                     func.coalesce(lead.deleted, False).is_(False)),
            )
            .outerjoin(lead_expert, lead_expert.id == lead.expert_id)
            .where(Mission.deleted.is_(flt.trash), not_archived())
            .order_by(Mission.start_date.desc().nulls_last(), Mission.code)
        )
        if flt.statuses:
            query = query.where(Mission.status_code.in_(flt.statuses))
        if flt.types:
            query = query.where(Mission.type_code.in_(flt.types))
        if flt.regions:
            query = query.where(Country.region_code.in_(flt.regions))
        if flt.countries:
            query = query.where(Mission.country_iso2.in_([c.upper() for c in flt.countries]))
        if flt.date_from:
            query = query.where(or_(Mission.end_date.is_(None), Mission.end_date >= flt.date_from))
        if flt.date_to:
            query = query.where(
                or_(Mission.start_date.is_(None), Mission.start_date <= flt.date_to)
            )
        text = flt.text.strip().lower()
        if text:
            pattern = f"%{text}%"
            country_codes = [
                c.iso2 for c in self.catalog.countries
                if text in c.name.lower() or any(text in n.lower() for n in c.names.values())
            ]
            member = aliased(TeamMember)
            expert = aliased(Expert)
            on_team = exists(
                select(member.id)
                .join(expert, expert.id == member.expert_id)
                .where(member.mission_id == Mission.id,
                       func.coalesce(member.deleted, False).is_(False),  # see lead above
                       func.lower(expert.name).like(pattern))
            )
            query = query.where(
                or_(
                    func.lower(Mission.code).like(pattern),
                    func.lower(Mission.title).like(pattern),
                    Mission.country_iso2.in_(country_codes),
                    on_team,
                )
            )
        return query

    def get(self, mission_id: str) -> MissionDetail:
        with self.store.sessions() as session:
            return self._detail(self._load(session, mission_id, with_deleted=True))

    def get_by_code(self, code: str) -> MissionDetail:
        with self.store.sessions() as session:
            mission = session.scalar(
                self._detail_query().where(Mission.code.collate("NOCASE") == code.strip())
            )
            if mission is None:
                raise NotFoundError(say("no_mission_code", code=code))
            return self._detail(mission)

    def allowed_statuses(self, mission_id: str | None) -> list[str]:
        """The status itself and the moves the lifecycle allows from it."""
        if mission_id is None:
            return [s.value for s in (MissionStatus.REQUESTED, MissionStatus.APPROVED,
                                      MissionStatus.PLANNED)]
        current = self.get(mission_id).status_code
        return [current, *[s.value for s in allowed_moves(current)]]

    # --- writing -------------------------------------------------------------------------

    def create(self, data: MissionInput, allow_conflicts: bool = False) -> MissionDetail:
        with self.store.session() as session:
            mission = self.create_in(session, data, allow_conflicts)
        return self.get(mission.id)

    def create_in(
        self, session: Session, data: MissionInput, allow_conflicts: bool = False,
        mission_id: str | None = None, code_checked: bool = False,
    ) -> Mission:
        """Create inside a caller's transaction (used by import and demo loading).
        ``code_checked``: the caller has already made sure no other mission has this code
        (an import looks every code of its file up at once)."""
        self._validate(session, data, existing=None, code_checked=code_checked)
        mission = Mission(id=mission_id) if mission_id else Mission()
        self._apply(mission, data)
        session.add(mission)
        session.flush()
        self._after_write(session, mission, data, allow_conflicts)
        return mission

    def update(
        self, mission_id: str, data: MissionInput, allow_conflicts: bool = False
    ) -> MissionDetail:
        with self.store.session() as session:
            mission = self._load(session, mission_id)
            self.update_in(session, mission, data, allow_conflicts)
        return self.get(mission_id)

    def update_in(
        self, session: Session, mission: Mission, data: MissionInput,
        allow_conflicts: bool = False, check_agenda: bool = True,
        code_checked: bool = False,
    ) -> None:
        """``check_agenda`` False when the caller replaces the agenda in the same action;
        ``code_checked`` as for ``create_in``."""
        self._validate(session, data, existing=mission, code_checked=code_checked)
        if check_agenda:
            self._check_agenda_fits(mission, data)
        self._apply(mission, data)
        session.flush()
        self._after_write(session, mission, data, allow_conflicts)

    def trash(self, mission_id: str) -> None:
        with self.store.session() as session:
            self._load(session, mission_id).deleted = True

    def restore(self, mission_id: str) -> None:
        with self.store.session() as session:
            mission = self._load(session, mission_id, with_deleted=True)
            mission.deleted = False

    # --- team ----------------------------------------------------------------------------

    def add_member(
        self, mission_id: str, expert_id: str, role: str, allow_conflicts: bool = False
    ) -> MissionDetail:
        with self.store.session() as session:
            mission = self._load(session, mission_id)
            team = self._team_assignments(mission)
            team = [t for t in team if t.expert_id != expert_id] + [
                TeamAssignment(expert_id, role)
            ]
            self._set_team(session, mission, team, allow_conflicts)
            self._check_lead(mission, team)
        return self.get(mission_id)

    def set_role(self, mission_id: str, expert_id: str, role: str) -> MissionDetail:
        return self.add_member(mission_id, expert_id, role, allow_conflicts=True)

    def remove_member(self, mission_id: str, expert_id: str) -> MissionDetail:
        with self.store.session() as session:
            mission = self._load(session, mission_id)
            team = [t for t in self._team_assignments(mission) if t.expert_id != expert_id]
            self._check_lead(mission, team)
            self._set_team(session, mission, team, allow_conflicts=True)
        return self.get(mission_id)

    def bookings_clashing(
        self, expert_id: str, start: date | None, end: date | None,
        exclude_mission_id: str | None = None,
    ) -> list[Booking]:
        with self.store.sessions() as session:
            return self._clashes(session, expert_id, start, end, exclude_mission_id)

    def double_bookings(self, expert_ids: Iterable[str] | None = None) -> list[DoubleBooking]:
        """Every pair of overlapping live missions sharing an expert (of ``expert_ids`` if
        given), found by a sweep over each expert's bookings sorted by start date: one
        query and linear work, where a self-join took seconds at 20,000 missions. The
        dates are compared as the ISO text they are stored as (in the same order as the
        days) and only a clash's are read as dates."""
        query = (
            select(Expert.id, Expert.name, Mission.code, type_coerce(Mission.start_date, String),
                   type_coerce(Mission.end_date, String))
            .join(TeamMember, TeamMember.expert_id == Expert.id)
            .join(Mission, Mission.id == TeamMember.mission_id)
            .where(TeamMember.deleted.is_(False), Mission.deleted.is_(False),
                   Mission.status_code != "cancelled", Mission.start_date.is_not(None),
                   Mission.end_date.is_not(None))
            .order_by(Expert.id, Mission.start_date, Mission.code)
        )
        if expert_ids is not None:
            query = query.where(Expert.id.in_(list(expert_ids)))
        with self.store.sessions() as session:
            # plain rows of columns: the ORM's result handling would cost more than the query
            rows = session.connection().execute(query).all()
        clashes = []
        for expert_id, bookings in groupby(rows, key=lambda row: row[0]):
            open_bookings: list[tuple[str, Any, Any]] = []
            for _, name, code, start, end in bookings:
                assert start is not None and end is not None  # the query keeps dated ones
                open_bookings = [b for b in open_bookings if b[2] >= start]
                for other_code, other_start, other_end in open_bookings:
                    first, second = sorted((other_code, code))
                    clashes.append(DoubleBooking(
                        expert_id, name, first, second,
                        _iso_day(max(start, other_start)), _iso_day(min(end, other_end))))
                open_bookings.append((code, start, end))
        return clashes

    # --- agenda --------------------------------------------------------------------------

    def add_agenda_item(self, mission_id: str, item: AgendaInput) -> AgendaItemView:
        with self.store.session() as session:
            mission = self._load(session, mission_id)
            self._check_agenda(mission, item)
            position = 1 + max((a.position for a in mission.agenda if not a.deleted), default=-1)
            row = AgendaItem(mission_id=mission.id, position=position, **_agenda_fields(item))
            session.add(row)
            session.flush()
            return _agenda_view(row)

    def update_agenda_item(self, item_id: str, item: AgendaInput) -> AgendaItemView:
        with self.store.session() as session:
            row = self._load_agenda(session, item_id)
            self._check_agenda(row.mission, item)
            for key, value in _agenda_fields(item).items():
                setattr(row, key, value)
            session.flush()
            return _agenda_view(row)

    def remove_agenda_item(self, item_id: str) -> None:
        with self.store.session() as session:
            self._load_agenda(session, item_id).deleted = True

    def move_agenda_item(self, item_id: str, offset: int) -> None:
        """Move a session up (negative) or down among the items of its day."""
        with self.store.session() as session:
            row = self._load_agenda(session, item_id)
            same_day = [a for a in row.mission.agenda if not a.deleted and a.day == row.day]
            same_day.sort(key=lambda a: a.position)
            index = same_day.index(row)
            target = max(0, min(len(same_day) - 1, index + offset))
            same_day.insert(target, same_day.pop(index))
            for position, item in enumerate(same_day):
                if item.position != position:
                    item.position = position

    # --- counterparts ---------------------------------------------------------------------

    def add_counterpart(self, mission_id: str, name: str, unit: str = "",
                        contact: str = "") -> CounterpartView:
        if not name.strip():
            raise ValidationError.single("name", "counterpart_needs_name")
        with self.store.session() as session:
            mission = self._load(session, mission_id)
            row = Counterpart(mission_id=mission.id, name=name.strip(), unit=unit.strip(),
                              contact=contact.strip())
            session.add(row)
            session.flush()
            return CounterpartView(row.id, row.name, row.unit, row.contact)

    def remove_counterpart(self, counterpart_id: str) -> None:
        with self.store.session() as session:
            row = session.get(Counterpart, counterpart_id)
            if row is None or row.deleted:
                raise NotFoundError(say("counterpart_gone"))
            row.deleted = True

    # --- links ---------------------------------------------------------------------------

    def set_links(self, mission_id: str, kind: str, codes: Iterable[str]) -> MissionDetail:
        with self.store.session() as session:
            mission = self._load(session, mission_id)
            links = {k: list(v) for k, v in self._links_of(mission).items()}
            links[kind] = list(codes)
            problems = self._check_links(links)
            if problems:
                raise ValidationError(problems)
            self._set_links(session, mission, links)
        return self.get(mission_id)

    # --- internals -----------------------------------------------------------------------

    def _detail_query(self) -> Select:
        return select(Mission).options(
            selectinload(Mission.team).joinedload(TeamMember.expert),
            selectinload(Mission.agenda),
            selectinload(Mission.links),
            selectinload(Mission.counterparts),
        )

    def _load(self, session: Session, mission_id: str, with_deleted: bool = False) -> Mission:
        mission = session.scalar(self._detail_query().where(Mission.id == mission_id))
        if mission is None or (mission.deleted and not with_deleted):
            raise NotFoundError(say("mission_gone"))
        return mission

    def _load_agenda(self, session: Session, item_id: str) -> AgendaItem:
        row = session.get(AgendaItem, item_id)
        if row is None or row.deleted:
            raise NotFoundError(say("agenda_item_gone"))
        return row

    def _validate(self, session: Session, data: MissionInput, existing: Mission | None,
                  code_checked: bool = False) -> None:
        catalog = self.catalog
        problems: list[FieldProblem] = []
        problems += rules.check_code(data.code)
        problems += rules.check_title(data.title)
        # a code a newer version knows (arrived through sync) is kept as it is, not refused
        kept = existing
        if data.type_code not in catalog.codes("mission_types") and not (
                kept is not None and data.type_code == kept.type_code):
            problems.append(problem("type", "unknown_mission_type", value=data.type_code))
        unknown_topics = [t for t in data.topics if t not in catalog.codes("topics")
                          and not (kept is not None and t in (kept.topics or []))]
        if unknown_topics:
            problems.append(
                problem("topics", "unknown_topic", value=", ".join(unknown_topics))
            )
        if data.status_code not in catalog.codes("statuses"):
            if not (kept is not None and data.status_code == kept.status_code):
                problems.append(problem("status", "unknown_status",
                                                value=data.status_code))
        elif existing is not None:
            problems += status_move_problems(existing.status_code, data.status_code)
        if data.country_iso2 not in catalog.country_by_iso2:
            problems.append(
                problem("country", "unknown_country", value=data.country_iso2)
            )
        problems += rules.check_dates(data.start_date, data.end_date)
        problems += rules.check_participants(
            data.participants_women, data.participants_men, data.participants_total
        )
        if data.programme_id and session.get(Programme, data.programme_id) is None:
            problems.append(problem("programme", "unknown_programme"))
        clash = None if code_checked else session.scalar(
            # Codes are ASCII (rules.check_code): SQLite's built-in NOCASE compares them
            # case-insensitively without calling Python once per row.
            select(Mission.id).where(Mission.code.collate("NOCASE") == data.code.strip())
        )
        if clash and (existing is None or clash != existing.id):
            problems.append(
                problem("code", "code_taken", code=data.code)
            )
        if data.links is not None:
            problems += self._check_links(data.links)
        if data.team is not None:
            problems += self._check_team_input(session, data.team, existing)
            if not problems:
                self._check_lead_status(data.status_code, data.team, problems)
        elif existing is not None and data.status_code in catalog.codes("statuses"):
            self._check_lead_status(data.status_code, self._team_assignments(existing), problems)
        elif existing is None and needs_lead(data.status_code):
            problems.append(
                problem("lead_expert", "lead_needed_past_planned")
            )
        if problems:
            raise ValidationError(problems)

    @staticmethod
    def _check_lead_status(
        status: str, team: list[TeamAssignment], problems: list[FieldProblem]
    ) -> None:
        if needs_lead(status) and not any(t.role == TeamRole.LEAD for t in team):
            problems.append(
                problem("lead_expert", "lead_needed", status=status)
            )

    def _check_lead(self, mission: Mission, team: list[TeamAssignment]) -> None:
        problems: list[FieldProblem] = []
        self._check_lead_status(mission.status_code, team, problems)
        if problems:
            raise ValidationError(problems)

    def _check_team_input(
        self, session: Session, team: list[TeamAssignment], existing: Mission | None = None
    ) -> list[FieldProblem]:
        problems = []
        roles = {r.value for r in TeamRole}
        # a role a newer version knows (arrived through sync) is kept as it is, not refused
        held = {(m.expert_id, m.role) for m in existing.team if not m.deleted} \
            if existing is not None else set()
        for member in team:
            if member.role not in roles and (member.expert_id, member.role) not in held:
                problems.append(problem("team", "unknown_role", value=member.role))
            expert = session.get(Expert, member.expert_id)
            if expert is None or expert.deleted:
                problems.append(problem("team", "team_expert_gone"))
        if sum(1 for m in team if m.role == TeamRole.LEAD) > 1:
            problems.append(problem("team", "one_lead_only"))
        if len({m.expert_id for m in team}) != len(team):
            problems.append(problem("team", "expert_twice"))
        return problems

    def _check_links(self, links: dict[str, list[str]]) -> list[FieldProblem]:
        problems = []
        for kind, codes in links.items():
            if kind not in {k.value for k in LinkKind}:
                problems.append(problem("links", "unknown_link_kind", value=kind))
                continue
            known = {item.code for item in self.catalog.link_items(kind)}
            unknown = [c for c in codes if c not in known]
            if unknown:
                field_name = {"tfa": "tfa_articles", "arusha": "arusha_factors",
                              "geoat": "geoat_principles"}[kind]
                problems.append(problem(field_name, "unknown_code", value=", ".join(unknown)))
        return problems

    @staticmethod
    def _check_agenda_fits(mission: Mission, data: MissionInput) -> None:
        """New mission dates must still hold every session of the agenda."""
        problems = agenda_fit_problems([a.day for a in mission.agenda if not a.deleted],
                                       data.start_date, data.end_date)
        if problems:
            raise ValidationError(problems)

    def _check_agenda(self, mission: Mission, item: AgendaInput) -> None:
        problems = rules.check_agenda_slot(
            item.day, item.start_time, item.end_time, mission.start_date, mission.end_date
        )
        if not item.activity.strip():
            problems.append(problem("activity", "activity_required"))
        if problems:
            raise ValidationError(problems)

    @staticmethod
    def input_of(mission: Mission) -> MissionInput:
        """The mission's own values as an input (team and links left as they are)."""
        return MissionInput(
            code=mission.code, title=mission.title, type_code=mission.type_code,
            status_code=mission.status_code, country_iso2=mission.country_iso2,
            topics=list(mission.topics), administration_id=mission.administration_id,
            start_date=mission.start_date, end_date=mission.end_date,
            location=mission.location, is_remote=mission.is_remote,
            programme_id=mission.programme_id, request_reference=mission.request_reference,
            request_date=mission.request_date, objectives=mission.objectives,
            participants_women=mission.participants_women,
            participants_men=mission.participants_men,
            participants_total=mission.participants_total,
            logistics_notes=mission.logistics_notes,
            executive_summary=mission.executive_summary,
        )

    @staticmethod
    def _apply(mission: Mission, data: MissionInput) -> None:
        mission.code = data.code.strip()
        mission.title = data.title.strip()
        mission.type_code = data.type_code
        mission.topics = list(dict.fromkeys(data.topics))
        mission.status_code = data.status_code
        mission.country_iso2 = data.country_iso2
        mission.administration_id = data.administration_id
        mission.start_date = data.start_date
        mission.end_date = data.end_date
        mission.location = data.location.strip()
        mission.is_remote = data.is_remote
        mission.programme_id = data.programme_id
        mission.request_reference = data.request_reference.strip()
        mission.request_date = data.request_date
        mission.objectives = data.objectives
        mission.participants_women = data.participants_women
        mission.participants_men = data.participants_men
        mission.participants_total = data.participants_total
        mission.logistics_notes = data.logistics_notes
        mission.executive_summary = data.executive_summary

    def _after_write(
        self, session: Session, mission: Mission, data: MissionInput, allow_conflicts: bool
    ) -> None:
        if data.team is not None:
            self._set_team(session, mission, data.team, allow_conflicts)
        elif not allow_conflicts:
            for member in mission.team:
                if not member.deleted:
                    self._raise_on_clash(session, mission, member.expert_id)
        if data.links is not None:
            self._set_links(session, mission, data.links)

    def _set_team(
        self, session: Session, mission: Mission, team: list[TeamAssignment],
        allow_conflicts: bool,
    ) -> None:
        wanted = {t.expert_id: t.role for t in team}
        current = {m.expert_id: m for m in mission.team}
        for expert_id, role in wanted.items():
            row = current.get(expert_id)
            if (row is None or row.deleted) and not allow_conflicts:
                self._raise_on_clash(session, mission, expert_id)
            if row is None:
                row = TeamMember(id=natural_id("team_member", mission.id, expert_id),
                                 mission_id=mission.id, expert_id=expert_id, role=role)
                session.add(row)
                mission.team.append(row)
            else:
                if row.deleted:
                    row.deleted = False
                if row.role != role:
                    row.role = role
        for expert_id, row in current.items():
            if expert_id not in wanted and not row.deleted:
                row.deleted = True
        session.flush()

    def _raise_on_clash(self, session: Session, mission: Mission, expert_id: str) -> None:
        clashes = self._clashes(
            session, expert_id, mission.start_date, mission.end_date, mission.id
        )
        if clashes and mission.status_code != MissionStatus.CANCELLED:
            raise BookingConflictError(clashes[0].expert_name, clashes)

    @staticmethod
    def _clashes(
        session: Session, expert_id: str, start: date | None, end: date | None,
        exclude_mission_id: str | None,
    ) -> list[Booking]:
        if start is None or end is None:
            return []
        rows = session.execute(
            select(Expert.name, Mission.code, Mission.title, Mission.start_date,
                   Mission.end_date)
            .join(TeamMember, TeamMember.mission_id == Mission.id)
            .join(Expert, Expert.id == TeamMember.expert_id)
            .where(TeamMember.expert_id == expert_id, TeamMember.deleted.is_(False),
                   Mission.deleted.is_(False), Mission.status_code != "cancelled",
                   Mission.id != (exclude_mission_id or ""),
                   Mission.start_date <= end, Mission.end_date >= start)
            .order_by(Mission.start_date)
        ).all()
        return [
            Booking(r[0], r[1], r[2], str(r[3]), str(r[4])) for r in rows
        ]

    @staticmethod
    def _team_assignments(mission: Mission) -> list[TeamAssignment]:
        return [TeamAssignment(m.expert_id, m.role) for m in mission.team if not m.deleted]

    @staticmethod
    def _links_of(mission: Mission) -> dict[str, list[str]]:
        links: dict[str, list[str]] = {k.value: [] for k in LinkKind}
        for link in mission.links:
            if not link.deleted:
                links.setdefault(link.kind, []).append(link.code)
        return links

    def _set_links(
        self, session: Session, mission: Mission, links: dict[str, list[str]]
    ) -> None:
        current = {(link.kind, link.code): link for link in mission.links}
        wanted = {(kind, code) for kind, codes in links.items() for code in codes}
        for key in wanted:
            row = current.get(key)
            if row is None:
                row = MissionLink(id=natural_id("mission_link", mission.id, key[0], key[1]),
                                  mission_id=mission.id, kind=key[0], code=key[1])
                session.add(row)
                mission.links.append(row)
            elif row.deleted:
                row.deleted = False
        for key, row in current.items():
            if key[0] in links and key not in wanted and not row.deleted:
                row.deleted = True
        session.flush()

    def ordered_links(self, links: dict[str, list[str]]) -> dict[str, list[str]]:
        """Links in the order of the reference data (article 1.3 before 7.6, factor 1 first)."""
        ordered: dict[str, list[str]] = {}
        for kind, codes in links.items():
            order = {item.code: i for i, item in enumerate(self.catalog.link_items(kind))}
            ordered[kind] = sorted(codes, key=lambda c: (order.get(c, 10_000), c))
        return ordered

    def _detail(self, mission: Mission) -> MissionDetail:
        links = self.ordered_links(self._links_of(mission))
        return MissionDetail(
            id=mission.id, code=mission.code, title=mission.title,
            type_code=mission.type_code, status_code=mission.status_code,
            country_iso2=mission.country_iso2, region_code=mission.country.region_code,
            topics=list(mission.topics), administration_id=mission.administration_id,
            administration_name=mission.administration.name if mission.administration else "",
            start_date=mission.start_date, end_date=mission.end_date,
            location=mission.location, is_remote=mission.is_remote,
            programme_id=mission.programme_id,
            programme_code=mission.programme.code if mission.programme else "",
            programme_name=programme_label(mission.programme.code, mission.programme.name,
                                           self.store.language) if mission.programme else "",
            request_reference=mission.request_reference, request_date=mission.request_date,
            objectives=mission.objectives, participants_women=mission.participants_women,
            participants_men=mission.participants_men,
            participants_total=mission.participants_total,
            logistics_notes=mission.logistics_notes,
            executive_summary=mission.executive_summary, revision=mission.revision,
            deleted=mission.deleted,
            team=sorted(
                (TeamMemberView(m.id, m.expert_id, m.expert.name, m.role)
                 for m in mission.team if not m.deleted),
                key=lambda m: (_ROLE_ORDER.get(m.role, len(_ROLE_ORDER)), m.expert_name),
            ),
            agenda=[_agenda_view(a) for a in mission.agenda if not a.deleted],
            links=links,
            counterparts=[
                CounterpartView(c.id, c.name, c.unit, c.contact)
                for c in mission.counterparts if not c.deleted
            ],
        )

    # --- for the desktop app: in-memory filtering, saving a whole plan, duplicating --------

    def summaries(self, mission_ids: Iterable[str]) -> list[MissionSummary]:
        """The list rows of these missions, live or in the trash (to refresh a few rows)."""
        ids = list(dict.fromkeys(mission_ids))
        found: list[MissionSummary] = []
        with self.store.sessions() as session:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                overlay = mission_sync_overlay(session, chunk)
                for trash in (False, True):
                    query = self._list_query(MissionFilter(trash=trash))
                    found += [_summary_of(r, overlay) for r in
                              session.execute(query.where(Mission.id.in_(chunk))).all()]
        return found

    def search_index(
        self, trash: bool = False, mission_ids: Iterable[str] | None = None
    ) -> dict[str, str]:
        """For each mission, the folded text (see ``fold``) the free-text filter looks in:
        code, title, the country's names in every language and the names of the whole team.
        With ``matcher`` it narrows a list in memory exactly as ``list(MissionFilter(text=…))``
        does in the database, but accent-insensitive."""
        # Folded part by part (the same as folding the joined text: the parts are joined
        # by a line break, which nothing composes with), each country and name once.
        countries = {
            c.iso2: fold(" ".join(dict.fromkeys([c.name, *c.names.values()])))
            for c in self.catalog.countries
        }
        base = select(Mission.id, Mission.code, Mission.title, Mission.country_iso2).where(
            Mission.deleted.is_(trash))
        team_query = (
            select(TeamMember.mission_id, Expert.name)
            .join(Expert, Expert.id == TeamMember.expert_id)
            .join(Mission, Mission.id == TeamMember.mission_id)
            .where(func.coalesce(TeamMember.deleted, False).is_(False),
                   Mission.deleted.is_(trash))
        )
        ids = None if mission_ids is None else list(mission_ids)
        with self.store.sessions() as session:
            if ids is None and session.connection().dialect.name == "sqlite":
                return _whole_search_index(session, trash, countries)
            if ids is None:
                rows = session.execute(base).all()
                team_rows = session.execute(team_query).all()
            else:
                rows, team_rows = [], []
                for start in range(0, len(ids), 500):
                    chunk = ids[start:start + 500]
                    rows += session.execute(base.where(Mission.id.in_(chunk))).all()
                    team_rows += session.execute(
                        team_query.where(TeamMember.mission_id.in_(chunk))).all()
        names: dict[str, str] = {}
        team: dict[str, list[str]] = {}
        for mission_id, name in team_rows:
            folded = names.get(name)
            if folded is None:
                folded = names[name] = fold(name)
            team.setdefault(mission_id, []).append(folded)
        return {
            r.id: "\n".join([fold(r.code), fold(r.title),
                             countries[r.country_iso2] if r.country_iso2 in countries
                             else fold(r.country_iso2),
                             *team.get(r.id, [])])
            for r in rows
        }

    @staticmethod
    def matcher(flt: MissionFilter) -> RowSelector:
        """A function ``(rows, search_texts, indexes) -> kept indexes`` applying ``flt`` (all
        but ``trash``) in memory to a ``MissionRows`` with the rules of ``list``: dates
        select missions that overlap the range (a mission without dates is never excluded by
        them), text is one substring of the search text of ``search_index``."""
        text = fold(flt.text.strip())
        by_code = [(field, set(codes)) for field, codes in (
            ("statuses", flt.statuses), ("types", flt.types), ("regions", flt.regions),
            ("countries", [c.upper() for c in flt.countries])) if codes]
        date_from = flt.date_from.isoformat() if flt.date_from else ""
        date_to = flt.date_to.isoformat() if flt.date_to else ""

        def select_rows(rows: MissionRows, search: Sequence[str],
                        indexes: Iterable[int]) -> list[int]:
            kept = list(indexes)
            for field, codes in by_code:
                column = getattr(rows, field)
                kept = [i for i in kept if column[i] in codes]
            if date_from:  # ISO dates compare as text
                ends = rows.ends
                kept = [i for i in kept if not ends[i] or ends[i] >= date_from]
            if date_to:
                starts = rows.starts
                kept = [i for i in kept if not starts[i] or starts[i] <= date_to]
            if text:
                kept = [i for i in kept if text in search[i]]
            return kept

        return select_rows

    def save_plan(
        self, mission_id: str | None, data: MissionInput,
        agenda: Sequence[AgendaItemView] | None = None,
        counterparts: Sequence[CounterpartView] | None = None,
        allow_conflicts: bool = False,
    ) -> MissionDetail:
        """Create (``mission_id`` None) or update a mission together with its agenda and
        counterparts in ONE transaction, as the desktop editor saves it.

        ``agenda``/``counterparts`` replace the current ones: a row whose id belongs to the
        mission is updated, a row with an empty id is added, a current row not given is moved
        to the trash; the order of ``agenda`` is the order of the sessions within each day.
        None leaves them as they are. Every problem of the mission, its sessions (checked
        against the new mission dates) and its counterparts comes in one ``ValidationError``;
        a ``BookingConflictError`` (unless ``allow_conflicts``) — either way nothing is stored.
        """
        with self.store.session() as session:
            mission = self._load(session, mission_id) if mission_id else None
            problems = self._plan_problems(session, mission, data, agenda, counterparts)
            if problems:
                raise ValidationError(problems)
            if mission is None:
                mission = self.create_in(session, data, allow_conflicts)
            else:
                self.update_in(session, mission, data, allow_conflicts,
                               check_agenda=agenda is None)
            if agenda is not None:
                self._replace_agenda(session, mission, agenda)
            if counterparts is not None:
                self._replace_counterparts(session, mission, counterparts)
            saved_id = mission.id
        return self.get(saved_id)

    def check_plan(
        self, mission_id: str | None, data: MissionInput,
        agenda: Sequence[AgendaItemView] | None = None,
        counterparts: Sequence[CounterpartView] | None = None,
    ) -> list[FieldProblem]:
        """What ``save_plan`` would refuse, without storing anything (an editor uses it to
        show every problem at once while some field cannot even be read yet). Double
        bookings are not problems here."""
        with self.store.sessions() as session:
            mission = self._load(session, mission_id) if mission_id else None
            return self._plan_problems(session, mission, data, agenda, counterparts)

    def save_changes(
        self, mission_id: str, changes: MissionChanges, allow_conflicts: bool = False,
    ) -> MissionDetail:
        """Save what one editor window changed, in ONE transaction, merged with what was
        stored meanwhile (a sync, another window, the command line).

        For each changed field or item: if the stored value is still the one the window
        loaded (or already the window's), the window's value is written; a field the window
        did not change keeps whatever is stored. A field changed on both sides to different
        values raises ``EditConflictError`` listing each (loaded, mine, theirs) — nothing is
        stored; the window asks and saves again with ``loaded`` set to what it was shown.
        The merged mission then passes every rule of ``save_plan`` (``ValidationError``,
        ``BookingConflictError``), again storing nothing if it does not."""
        with self.store.session() as session:
            mission = self._load(session, mission_id)
            merged, agenda, counterparts, conflicts = self._merge(mission, changes)
            if conflicts:
                raise EditConflictError(conflicts)
            problems = self._plan_problems(session, mission, merged, agenda, counterparts)
            if problems:
                raise ValidationError(problems)
            self.update_in(session, mission, merged, allow_conflicts, check_agenda=False)
            if changes.agenda:
                self._replace_agenda(session, mission, agenda)
            if changes.counterparts:
                self._replace_counterparts(session, mission, counterparts)
        return self.get(mission_id)

    def _merge(
        self, mission: Mission, changes: MissionChanges,
    ) -> tuple[MissionInput, list[AgendaItemView], list[CounterpartView], list[FieldConflict]]:
        """The stored mission with the window's changes on top, and the conflicts."""
        conflicts: list[FieldConflict] = []
        merged = self.input_of(mission)
        for name, mine in changes.fields.items():
            loaded, theirs = getattr(changes.loaded, name), getattr(merged, name)
            if same_value(theirs, loaded) or same_value(theirs, mine):
                setattr(merged, name, mine)
            else:
                conflicts.append(FieldConflict(name, loaded, mine, theirs))

        team = {t.expert_id: t for t in self._team_assignments(mission)}
        for loaded_member, my_member in changes.team:
            expert_id = (my_member or loaded_member).expert_id  # type: ignore[union-attr]
            their_member = team.get(expert_id)
            if their_member in (loaded_member, my_member):
                team.pop(expert_id, None)
                if my_member is not None:
                    team[expert_id] = my_member
            else:
                conflicts.append(FieldConflict("team", loaded_member, my_member,
                                               their_member, item=expert_id))
        merged.team = list(team.values())

        links = {(link.kind, link.code) for link in mission.links if not link.deleted}
        links = (links | changes.links_added) - changes.links_removed
        merged.links = {kind.value: sorted(c for k, c in links if k == kind.value)
                        for kind in LinkKind}

        stored_agenda = {a.id: a for a in _agenda_in_day_order(mission)}
        agenda = _merge_rows("agenda", stored_agenda, changes.agenda, conflicts,
                             lambda a: replace(a, position=0),
                             lambda theirs, mine: replace(theirs, position=mine.position))
        agenda.sort(key=lambda a: (a.day, a.position))
        stored_people = {c.id: CounterpartView(c.id, c.name, c.unit, c.contact)
                         for c in mission.counterparts if not c.deleted}
        people = _merge_rows("counterparts", stored_people, changes.counterparts, conflicts,
                             lambda c: c)
        return merged, agenda, people, conflicts

    def _plan_problems(
        self, session: Session, mission: Mission | None, data: MissionInput,
        agenda: Sequence[AgendaItemView] | None,
        counterparts: Sequence[CounterpartView] | None,
    ) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        try:
            self._validate(session, data, existing=mission)
        except ValidationError as exc:
            problems += exc.problems
        for number, item in enumerate(agenda or [], start=1):
            for p in rules.check_agenda_slot(item.day, item.start_time, item.end_time,
                                             data.start_date, data.end_date):
                problems.append(problem("agenda", "in_session", number=number,
                                        day=item.day.isoformat(), message=p.message))
            if not item.activity.strip():
                problems.append(
                    problem("agenda", "in_session", number=number, day=item.day.isoformat(),
                            message=say("activity_required")))
        for number, person in enumerate(counterparts or [], start=1):
            if not person.name.strip():
                problems.append(
                    problem("counterparts", "counterpart_n_needs_name", number=number))
        return problems

    @staticmethod
    def _replace_agenda(
        session: Session, mission: Mission, agenda: Sequence[AgendaItemView]
    ) -> None:
        positions: dict[date, int] = {}
        wanted = []
        for item in agenda:
            positions[item.day] = positions.get(item.day, -1) + 1
            wanted.append((item.id, {**_agenda_fields(AgendaInput(
                item.day, item.activity, item.start_time, item.end_time, item.location,
                item.counterparts)), "position": positions[item.day]}))
        _replace_children(session, mission, mission.agenda, AgendaItem, wanted)

    @staticmethod
    def _replace_counterparts(
        session: Session, mission: Mission, counterparts: Sequence[CounterpartView]
    ) -> None:
        wanted = [(person.id, {"name": person.name.strip(), "unit": person.unit.strip(),
                               "contact": person.contact.strip()})
                  for person in counterparts]
        _replace_children(session, mission, mission.counterparts, Counterpart, wanted)

    def duplicate_input(self, mission_id: str) -> MissionInput:
        """Values for a new mission made from ``mission_id`` as a template for the next one.

        Kept: type, title, topics, country, administration, location or remote, programme,
        objectives, logistics notes, team and links. The code is the next free one
        (``JM-2019-INTD-01`` gives ``JM-2019-INTD-02``); status is requested; dates, the
        request, participants, the executive summary, the agenda and counterparts start
        empty.
        """
        source = self.get(mission_id)
        data = source.to_input()
        data.code = self.next_free_code(source.code)
        data.status_code = MissionStatus.REQUESTED.value
        data.start_date = data.end_date = data.request_date = None
        data.request_reference = ""
        data.participants_women = data.participants_men = data.participants_total = None
        data.executive_summary = ""  # the conclusions are the new mission's own
        data.team = [TeamAssignment(m.expert_id, m.role) for m in source.team]
        data.links = {kind: list(codes) for kind, codes in source.links.items()}
        return data

    def suggest_code(self, country_iso2: str, type_code: str, year: int) -> str:
        """The code a new mission is offered: country, year, type part and the first free
        number (``JM-2025-INTD-01``; the type part as ``rules.code_type_part`` finds it)."""
        with self.store.sessions() as session:
            codes = session.scalars(select(Mission.code).where(Mission.type_code == type_code))
            part = rules.code_type_part(type_code, codes)
        return self.next_free_code(f"{country_iso2.upper()}-{year}-{part}-00")

    def next_free_code(self, code: str) -> str:
        """The code with its trailing number raised until no mission (even in the trash)
        has it: ``JM-2019-INTD-01`` → ``JM-2019-INTD-02``; ``WS`` → ``WS-2``."""
        with self.store.sessions() as session:
            taken = {c.lower() for c in session.scalars(select(Mission.code))}
        match = re.match(r"^(.*?)(\d+)$", code.strip())
        stem, number, width = (
            (match.group(1), int(match.group(2)), len(match.group(2))) if match
            else (code.strip() + "-", 1, 1)
        )
        while True:
            number += 1
            candidate = f"{stem}{number:0{width}d}"
            if candidate.lower() not in taken:
                return candidate

    def rows(self, trash: bool = False, known: MissionRows | None = None) -> MissionRows:
        """The whole list (or the trash), compactly: what the window loads. ``known``: the
        rows already shown (the list read before the store opened); when the list read now
        is the same, they are returned with the sync states of now, their columns shared
        (``MissionRows.same_with_sync``), instead of a second copy of every mission."""
        with self.store.sessions() as session:
            overlay = mission_sync_overlay(session)
            if known is not None and len(known):
                same = known.same_with_sync(_list_pages(session, trash), overlay,
                                            combined_sync_state)
                if same is not None:
                    return same
            plain = _whole_list(session, trash, self._list_query(MissionFilter(trash=trash)))
        return MissionRows.from_plain(plain, overlay, combined_sync_state)

    # Last in the class body so that annotations above still mean the built-in list.
    def list(self, flt: MissionFilter | None = None) -> list[MissionSummary]:
        flt = flt or MissionFilter()
        with self.store.sessions() as session:
            overlay = mission_sync_overlay(session)
            if flt != MissionFilter(trash=flt.trash):  # narrowed: SQLAlchemy's rows
                rows = session.execute(self._list_query(flt)).all()
                return [_summary_of(r, overlay) for r in rows]
            # The whole list (what the window loads): the driver's plain rows of the same
            # query (for 20,000 rows SQLAlchemy's row objects cost more than the query).
            plain = _whole_list(session, flt.trash, self._list_query(flt))
        return [summary_of_plain(r, overlay, combined_sync_state) for r in plain]



#: ``MissionService.matcher``'s result: (rows, search texts, indexes) -> the indexes kept
RowSelector = Callable[[MissionRows, Sequence[str], Iterable[int]], "list[int]"]


def not_archived() -> Any:
    """A condition keeping out the missions this person was taken off the team of: they
    stay on this laptop, read-only, listed under Sync → Archived missions only."""
    return Mission.id.not_in(select(ArchivedMission.mission_id))


def _whole_list(session: Session, trash: bool, query: Select) -> list[tuple[Any, ...]]:
    """The rows of ``mission_rows.LIST_SQL`` as the driver gives them (dates as ISO text);
    on another database, the same rows of ``query``."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return [tuple(r) for r in session.execute(query).all()]
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(LIST_SQL, (1 if trash else 0,))
        return cursor.fetchall()
    finally:
        cursor.close()


#: rows read at a time where they are only looked at once: a few hundred rows of transient
#: tuples instead of thousands at the memory's peak
READ_PAGE = 500


def _list_pages(session: Session, trash: bool) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of ``mission_rows.LIST_SQL`` a page at a time (SQLite; none on another
    database: no list shown is the same, the whole list is read)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(LIST_SQL, (1 if trash else 0,))
        while page := cursor.fetchmany(READ_PAGE):
            yield page
    finally:
        cursor.close()


# One row per mission, its team's names joined by line breaks: read a page at a time, no
# row per team member held (20,000 missions: 18 MiB less at the peak than reading both lists).
_SEARCH_SQL = (
    "SELECT missions.id, missions.code, missions.title, missions.country_iso2, "
    "(SELECT group_concat(experts.name, char(10)) FROM team_members "
    "JOIN experts ON experts.id = team_members.expert_id "
    "WHERE team_members.mission_id = missions.id AND coalesce(team_members.deleted, 0) IS 0) "
    "FROM missions WHERE missions.deleted IS ?"
)


def _whole_search_index(session: Session, trash: bool,
                        countries: dict[str, str]) -> dict[str, str]:
    """``MissionService.search_index`` of every mission on SQLite, with the driver's rows.
    The team's names are folded as one text: the same as folding each (a line break
    composes with nothing)."""
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    index: dict[str, str] = {}
    try:
        cursor.execute(_SEARCH_SQL, (1 if trash else 0,))
        while page := cursor.fetchmany(READ_PAGE):
            for mission_id, code, title, country, team in page:
                parts = [fold(code), fold(title),
                         countries[country] if country in countries else fold(country)]
                if team:
                    parts.append(fold(team))
                index[mission_id] = "\n".join(parts)
    finally:
        cursor.close()
    return index


def _summary_of(r: Any, overlay: dict[str, str] | None = None) -> MissionSummary:
    """A row of ``_list_query`` as a list row (``overlay``: see ``mission_sync_overlay``)."""
    return MissionSummary(
        id=r.id, code=r.code, title=r.title, type_code=r.type_code,
        status_code=r.status_code, country_iso2=r.country_iso2,
        region_code=r.region_code, start_date=r.start_date, end_date=r.end_date,
        lead_expert=r.lead_expert or "",
        sync_state=combined_sync_state(sync_state_of(r.revision, r.synced_revision),
                                       (overlay or {}).get(r.id)),
        deleted=r.deleted,
    )


def status_move_problems(current: str, target: str) -> list[FieldProblem]:
    """A mission's status moves along its lifecycle only."""
    if can_move(current, target):
        return []
    moves = ", ".join(s.value for s in allowed_moves(current))
    return [problem("status", "status_move", current=current, target=target, moves=moves)]


def agenda_fit_problems(days: Iterable[date], start: date | None,
                        end: date | None) -> list[FieldProblem]:
    """New mission dates must still hold every session day of the agenda."""
    ordered = sorted(set(days))
    before = [d for d in ordered if start and d < start]
    after = [d for d in ordered if end and d > end]
    problems = []
    if before:
        problems.append(problem("start_date", "sessions_before_start",
                                day=before[0].isoformat()))
    if after:
        problems.append(problem("end_date", "sessions_after_end", day=after[-1].isoformat()))
    return problems


def fold(text: str) -> str:
    """Text as searches compare it: case and accents ignored ("Ouédraogo" ~ "ouedraogo")."""
    if text.isascii():  # nothing to decompose: the same result, many times faster
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _replace_children(
    session: Session, mission: Mission, rows: list[Any], model: type[Any],
    wanted: list[tuple[str, dict[str, Any]]],
) -> None:
    """Make a mission's child rows (agenda, counterparts) what ``wanted`` says: rows named
    by id are updated only where a value differs (no needless revision), rows with an empty
    id are added, current rows not named go to the trash."""
    current = {row.id: row for row in rows}
    kept: set[str] = set()
    for row_id, values in wanted:
        values = {**values, "deleted": False}
        row = current.get(row_id) if row_id else None
        if row is None:
            row = model(mission_id=mission.id, **values)
            session.add(row)
            rows.append(row)
            continue
        kept.add(row.id)
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
    for row_id, row in current.items():
        if row_id not in kept and not row.deleted:
            row.deleted = True
    session.flush()


def same_value(a: object, b: object) -> bool:
    """Stored and typed values compare as a person sees them (surrounding spaces are not
    stored; topics are a set)."""
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    if isinstance(a, list) and isinstance(b, list):
        return sorted(map(str, a)) == sorted(map(str, b))
    return a == b


def _agenda_in_day_order(mission: Mission) -> list[AgendaItemView]:
    """The live sessions with ``position`` counted within each day from 0 (stored positions
    may have gaps), as an editor numbers them."""
    rows = sorted((a for a in mission.agenda if not a.deleted), key=lambda a: (a.day, a.position))
    counted: dict[date, int] = {}
    views = []
    for row in rows:
        counted[row.day] = counted.get(row.day, -1) + 1
        views.append(replace(_agenda_view(row), position=counted[row.day]))
    return views


def _merge_rows(
    field_name: str, stored: dict[str, Any], edits: Sequence[tuple[Any, Any]],
    conflicts: list[FieldConflict], content: Callable[[Any], Any],
    keep_place: Callable[[Any, Any], Any] = lambda theirs, _mine: theirs,
) -> list[Any]:
    """Rows with ids (sessions, counterparts): the stored rows with a window's edits on top.
    ``content`` is what counts as a change of a row; a session's place in its day does not
    (the window's order is taken, ``keep_place`` puts a stored row where the window has
    it)."""
    rows = dict(stored)
    added = []
    for loaded, mine in edits:
        if loaded is None:
            added.append(mine)
            continue
        theirs = rows.get(loaded.id)
        if theirs is not None and mine is not None and content(mine) == content(loaded):
            rows[loaded.id] = keep_place(theirs, mine)  # only moved here: their content
        elif (theirs is None and mine is None) or (theirs is not None and (
                content(theirs) == content(loaded)
                or (mine is not None and content(theirs) == content(mine)))):
            rows.pop(loaded.id, None)
            if mine is not None:
                rows[loaded.id] = mine
        else:
            conflicts.append(FieldConflict(field_name, loaded, mine, theirs, item=loaded.id))
    return [*rows.values(), *added]


def _agenda_fields(item: AgendaInput) -> dict[str, object]:
    return {
        "day": item.day, "start_time": item.start_time, "end_time": item.end_time,
        "activity": item.activity.strip(), "location": item.location.strip(),
        "counterparts": item.counterparts.strip(),
    }


def _agenda_view(row: AgendaItem) -> AgendaItemView:
    return AgendaItemView(row.id, row.day, row.start_time, row.end_time, row.activity,
                          row.location, row.counterparts, row.position)


def _iso_day(value: str | date) -> date:
    """A date column read as text (SQLite keeps ISO days) as the date it is."""
    return value if isinstance(value, date) else date.fromisoformat(value)
