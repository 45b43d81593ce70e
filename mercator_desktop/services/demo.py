"""Loads the demonstration data (``resources/demo/demo.json``): real 2018–2019 missions from
public WCO news with fictional experts, plus upcoming missions.

Idempotent: records get ids derived from their demo keys, so loading twice adds nothing and
never touches what the user changed since.

Two closed missions also carry one filled and validated assessment each (JM-2019-INTD-01: the
integrity self-assessment; MU-2019-GEOAT-01: the GEOAT baseline), so that their mission
reports show scores and charts. A mission that already has an assessment of that checklist
(even one in the trash) gets nothing added.

The demonstration data stays on this laptop: every record a loader makes is listed in
``local_only_records`` in the same transaction (``marking_local_only``), the sync never
sends it, and ``DemoService.remove`` deletes it for real (it never left the laptop).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import reduce
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..domain import rules
from ..domain.errors import ValidationError
from ..domain.problem_texts import say
from ..resources import resource_path
from ..storage.base import SyncedMixin
from ..storage.models import (
    Accreditation,
    AgendaItem,
    Counterpart,
    Expert,
    LocalOnlyRecord,
    LocalSetting,
    Mission,
)
from ..storage.models import Administration as AdministrationRow
from .dto import AccreditationInput, ExpertInput, MissionInput, TeamAssignment
from .experts import ExpertService
from .missions import MissionService
from .reference import programme_id_for
from .store import Store

DEMO_NAMESPACE = uuid.UUID("b8c2f0a4-5d3e-4f61-8a7b-1c2d3e4f5a6b")


def demo_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{key}"))


@dataclass
class DemoResult:
    missions_added: int
    experts_added: int
    administrations_added: int

    @property
    def anything_added(self) -> bool:
        return bool(self.missions_added or self.experts_added or self.administrations_added)


@contextmanager
def marking_local_only(session: Session, reason: str = "demo") -> Iterator[None]:
    """Every synced record added to ``session`` inside the block is listed as local-only
    (never synced), in the same transaction."""
    made: set[tuple[str, str]] = set()

    def collect(flushed: Session, _context: Any) -> None:
        made.update((type(obj).__tablename__, obj.id) for obj in flushed.new  # type: ignore[attr-defined]
                    if isinstance(obj, SyncedMixin))

    event.listen(session, "after_flush", collect)
    try:
        yield
        session.flush()
    finally:
        event.remove(session, "after_flush", collect)
    if made:
        session.execute(sqlite_insert(LocalOnlyRecord).on_conflict_do_nothing(), [
            {"record_type": record_type, "record_id": record_id, "reason": reason}
            for record_type, record_id in sorted(made)])


EARLIER_DEMO_CHECKED = "demo.earlier_marked"


def mark_earlier_demo(store: Store) -> int:
    """Demonstration data loaded by a version that did not mark it (before demo data stayed
    local) is marked now, once: the missions, experts and administrations with demo ids that
    never reached HQ (everything under a marked mission stays local with it). Returns how
    many records were marked."""
    if store.get_setting(EARLIER_DEMO_CHECKED):
        return 0
    data = json.loads(resource_path("demo", "demo.json").read_text(encoding="utf-8"))
    wanted: list[tuple[type[SyncedMixin], str]] = [
        (AdministrationRow, demo_id("administration", a["key"]))
        for a in data["administrations"]]
    wanted += [(Expert, demo_id("expert", e["key"])) for e in data["experts"]]
    wanted += [(Mission, demo_id("mission", m["code"])) for m in data["missions"]]
    marked = 0
    with store.session() as session:
        experts = [i for model, i in wanted if model is Expert]
        wanted += [(Accreditation, a_id) for a_id in session.scalars(
            select(Accreditation.id).where(Accreditation.expert_id.in_(experts)))]
        for model, record_id in wanted:
            row = session.get(model, record_id)
            table = model.__tablename__  # type: ignore[attr-defined]
            if row is not None and row.synced_revision == 0 and \
                    session.get(LocalOnlyRecord, (table, record_id)) is None:
                session.add(LocalOnlyRecord(record_type=table, record_id=record_id,
                                            reason="demo"))
                marked += 1
        session.merge(LocalSetting(key=EARLIER_DEMO_CHECKED, value="1"))
    return marked


def load_demo(store: Store) -> DemoResult:
    data = json.loads(resource_path("demo", "demo.json").read_text(encoding="utf-8"))
    missions, experts = MissionService(store), ExpertService(store)
    added = DemoResult(0, 0, 0)
    with store.session() as session, marking_local_only(session):
        for adm in data["administrations"]:
            adm_id = demo_id("administration", adm["key"])
            if session.get(AdministrationRow, adm_id) is None:
                session.add(AdministrationRow(id=adm_id, country_iso2=adm["country"],
                                              name=adm["name"], acronym=adm.get("acronym", "")))
                added.administrations_added += 1
        session.flush()
        for exp in data["experts"]:
            exp_id = demo_id("expert", exp["key"])
            if session.get(Expert, exp_id) is None:
                experts.create_in(session, _expert_input(exp), expert_id=exp_id)
                added.experts_added += 1
        for mission in data["missions"]:
            mission_id = demo_id("mission", mission["code"])
            if session.get(Mission, mission_id) is None:
                row = missions.create_in(session, _mission_input(mission), allow_conflicts=True,
                                         mission_id=mission_id)
                _add_agenda_and_counterparts(session, row, mission)
                added.missions_added += 1
    from .findings import load_demo_findings

    load_demo_findings(store)
    load_demo_assessments(store)
    return added


# --- demonstration assessments ------------------------------------------------------------------

# Rating per top section; each question varies around it in a fixed pattern so the answers
# look like a workshop's and not like a constant. Overrides: answers of single questions.
_WAVE = (0, 1, -1, 0, 1, -1, 0, 0, -1)

_DEMO_ASSESSMENTS: dict[str, dict[str, Any]] = {
    "JM-2019-INTD-01": {
        "template": "integrity",
        "group": {"en": "Management team and integrity focal points",
                  "fr": "Équipe de direction et points focaux pour l'intégrité",
                  "es": "Equipo directivo y puntos focales de integridad",
                  "ar": "فريق الإدارة ومنسّقو النزاهة"},
        "levels": {"f1": 3, "f2": 3, "f3": 3, "f4": 4, "f5": 3, "f6": 2, "f7": 3, "f8": 2,
                   "f9": 3, "f10": 4},
        "answers": {
            "context.women": 9, "context.men": 11, "context.level": "mixed",
            "f1.1": 5, "f1.2": 1, "f1.3": 2, "f4.1": 5, "f4.2": 5, "f6.unit": "partly",
            "f6.2": 1, "f6.3": 2, "f8.4": 1, "f10.1": 5, "f10.2": 4,
            "f1.actions": "Adopt an integrity strategy with a two-year action plan and a named "
                          "steering manager.",
            "f6.actions": "Recruit investigators; introduce a confidential case-management "
                          "system.",
            "f8.actions": "Map the posts vulnerable to corruption and rotate their holders.",
        },
        "notes": {
            "f1.1": "Integrity statement signed by all senior managers in 2018 (copy seen).",
            "f1.2": "A draft strategy from 2016 was never adopted; no budget line.",
            "f4.2": "Electronic payment in all ports since 2017; no cash at the counters.",
            "f6.2": "Four investigators for about 1,000 staff; complaints kept in spreadsheets.",
            "f8.4": "Some officers at the container examination station have been in post for "
                    "more than eight years.",
            "f10.2": "MoU with the Shipping Association in force; none yet with the brokers.",
        },
    },
    "MU-2019-GEOAT-01": {
        "template": "geoat",
        "group": {"en": "HR, training and operations units",
                  "fr": "Services des ressources humaines, de la formation et des opérations",
                  "es": "Unidades de recursos humanos, capacitación y operaciones",
                  "ar": "وحدات الموارد البشرية والتدريب والعمليات"},
        "levels": {"cc": 1, "p1": 3, "p2": 2, "p3": 2, "p4": 2, "p5": 3, "p6": 2, "ss": 3},
        "answers": {
            "profile.staff_total": 1040, "profile.staff_women": 330,
            "profile.senior_women_pct": 24, "profile.ged_unit": "yes",
            "profile.ged_unit_since": "2018-06-01",
            "profile.sources": ["hr_records", "policies", "interviews", "focus_groups"],
            "p1.a.1": 5, "p1.a.2": 4, "p2.a.1": 1, "p2.c.2": 1, "ss.c.4": "n/a",
        },
        "notes": {
            "profile.staff_total": "HR statistics at 31 March 2019.",
            "cc.1": "No written GED policy; the focal point works from a 2018 HR circular.",
            "p1.a.1": "The same pay scales apply to women and men in every grade.",
            "p2.a.1": "Airport shifts leave staff with care duties out of daytime courses.",
            "ss.c.4": "Not applicable: no armed units in the MRA Customs Department.",
        },
    },
}


def load_demo_assessments(store: Store) -> int:
    """Add the filled, validated demonstration assessments (see the module docstring), in one
    transaction. Returns how many assessments were added (0 when run again)."""
    from sqlalchemy import select

    from ..storage.models import Assessment, TeamMember
    from .assessments import NOT_APPLICABLE, AssessmentService

    service = AssessmentService(store)
    added = 0
    with store.session() as session, marking_local_only(session):
        for code, spec in _DEMO_ASSESSMENTS.items():
            mission = session.get(Mission, demo_id("mission", code))
            template = service.library.latest(spec["template"])
            if mission is None or mission.deleted or template is None:
                continue
            if session.scalar(select(Assessment.id).where(
                    Assessment.mission_id == mission.id,
                    Assessment.template_id == template.id).limit(1)) is not None:
                continue
            at = datetime.combine(mission.end_date or date(2019, 1, 1), time(14, 0),
                                  tzinfo=UTC)
            key = f"{code}:{template.id}"
            group = spec["group"].get(store.language) or spec["group"]["en"]
            row = service.start_in(session, mission.id, template, group_name=group,
                                   assessment_id=demo_id("assessment", key), at=at)
            values: dict[str, Any] = {}
            for top in template.sections:
                level = spec["levels"].get(top.id)
                if level is None:
                    continue
                for n, question in enumerate(top.all_questions()):
                    if question.type == "scale" and question.scale is not None:
                        low = min(p.value for p in question.scale.points)
                        high = max(p.value for p in question.scale.points)
                        values[question.id] = max(low, min(high, level + _WAVE[n % len(_WAVE)]))
            for question_id, value in spec["answers"].items():
                values[question_id] = NOT_APPLICABLE if value == "n/a" else value
            service.answer_many_in(
                session, row, template, values, spec["notes"], at=at,
                id_for=lambda qid, kind, key=key: demo_id(f"answer-{kind}", f"{key}:{qid}"))
            service.complete_in(session, row, at=at)
            lead = session.scalar(select(Expert.name).join(
                TeamMember, TeamMember.expert_id == Expert.id).where(
                TeamMember.mission_id == mission.id, TeamMember.role == "lead",
                TeamMember.deleted.is_(False)))
            service.validate_in(session, row, lead or "Mercator demonstration",
                                at=at + timedelta(hours=2))
            added += 1
    return added


def _expert_input(exp: dict[str, Any]) -> ExpertInput:
    return ExpertInput(
        name=exp["name"], email=exp.get("email", ""), home_country_iso2=exp.get("home_country"),
        home_administration_id=demo_id("administration", exp["home_administration"])
        if exp.get("home_administration") else None,
        languages=exp.get("languages", []),
        accreditations=[
            AccreditationInput(
                category_code=a["category"], status=a["status"],
                accredited_on=_date(a.get("accredited_on")), ace_id=a.get("ace_id") or "",
            )
            for a in exp.get("accreditations", [])
        ],
    )


def _mission_input(m: dict[str, Any]) -> MissionInput:
    return MissionInput(
        code=m["code"], title=m["title"], type_code=m["type"], status_code=m["status"],
        country_iso2=m["country"], topics=m.get("topics", []),
        administration_id=demo_id("administration", m["administration"])
        if m.get("administration") else None,
        start_date=_date(m.get("start_date")), end_date=_date(m.get("end_date")),
        location=m.get("location", ""), is_remote=bool(m.get("remote")),
        programme_id=programme_id_for(m["programme"]) if m.get("programme") else None,
        request_reference=m.get("request_reference", ""),
        request_date=_date(m.get("request_date")), objectives=m.get("objectives", ""),
        participants_women=m.get("participants_women"),
        participants_men=m.get("participants_men"),
        participants_total=m.get("participants_total"),
        logistics_notes=m.get("logistics_notes", ""),
        team=[TeamAssignment(demo_id("expert", t["expert"]), t["role"]) for t in m["team"]],
        links={kind: list(codes) for kind, codes in m.get("links", {}).items()},
    )


def _add_agenda_and_counterparts(session: Session, mission: Mission, m: dict[str, Any]) -> None:
    positions: dict[date, int] = {}
    for item in m.get("agenda", []):
        day = date.fromisoformat(item["date"])
        start, end = _time(item.get("start")), _time(item.get("end"))
        problems = rules.check_agenda_slot(day, start, end, mission.start_date, mission.end_date)
        if problems:
            raise ValidationError(problems)
        positions[day] = positions.get(day, -1) + 1
        session.add(AgendaItem(
            mission_id=mission.id, day=day, start_time=start, end_time=end,
            position=positions[day], activity=item["activity"],
            location=item.get("location", ""), counterparts=item.get("counterparts", ""),
        ))
    for person in m.get("counterparts", []):
        session.add(Counterpart(mission_id=mission.id, name=person["name"],
                                unit=person.get("unit", ""), contact=person.get("contact", "")))


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _time(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


# --- what is there, and removing it ---------------------------------------------------------


@dataclass(frozen=True)
class DemoSummary:
    """The demonstration data in the store: missions, experts, and every record kept local."""

    missions: int
    experts: int
    records: int

    def __bool__(self) -> bool:
        return self.records > 0


@dataclass(frozen=True)
class DemoRemoval:
    """What ``DemoService.remove`` deleted, and the demonstration experts or administrations
    it kept because your own records still point at them (each named, with the reason)."""

    missions: int
    experts: int
    administrations: int
    records: int
    kept: tuple[str, ...] = ()

    def describe(self) -> str:
        text = (f"Removed the demonstration data: {self.missions} missions, {self.experts} "
                f"experts, {self.administrations} administrations ({self.records} records).")
        return " ".join((text, *self.kept))


class DemoService:
    """The demonstration data as a whole: is it there, and take it away."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def present(self) -> DemoSummary:
        from sqlalchemy import func, select

        with self.store.sessions() as session:
            counts: dict[str, int] = {
                record_type: count for record_type, count in session.execute(
                    select(LocalOnlyRecord.record_type, func.count())
                    .where(LocalOnlyRecord.reason == "demo")
                    .group_by(LocalOnlyRecord.record_type))}
        return DemoSummary(counts.get(Mission.__tablename__, 0),
                           counts.get(Expert.__tablename__, 0), sum(counts.values()))

    def remove(self) -> DemoRemoval:
        """Delete the demonstration records for real, in one transaction: they never left
        this laptop, so no tombstone is owed to anyone. Everything under a demonstration
        mission goes with it (also what you added to it). A demonstration expert or
        administration that one of your own records still points at is kept, and said."""
        with self.store.session() as session:
            return _remove_demo(session)


def _ids(session: Session, column: Any, values: set[str]) -> set[str]:
    """Ids of the rows of ``column``'s table whose ``column`` is one of ``values``."""
    from sqlalchemy import select

    model = column.class_
    found: set[str] = set()
    chunk = sorted(values)
    for start in range(0, len(chunk), 500):
        found.update(session.scalars(select(model.id).where(
            column.in_(chunk[start:start + 500]))))
    return found


def _remove_demo(session: Session) -> DemoRemoval:
    from sqlalchemy import delete, select

    from ..storage.models import (
        SYNCED_MODELS,
        Accreditation,
        ActionItem,
        ActionProgress,
        Answer,
        AnswerChange,
        Assessment,
        AssessmentEvent,
        AssessmentPosition,
        Evidence,
        Finding,
        IssuedReport,
        MissionLink,
        Recommendation,
        TeamMember,
    )

    marked: dict[str, set[str]] = {}
    for record_type, record_id in session.execute(
            select(LocalOnlyRecord.record_type, LocalOnlyRecord.record_id)
            .where(LocalOnlyRecord.reason == "demo")):
        marked.setdefault(record_type, set()).add(record_id)
    doomed: dict[type[Any], set[str]] = {
        model: set(marked.get(model.__tablename__, ())) for model in SYNCED_MODELS}  # type: ignore[attr-defined]
    missions = doomed[Mission]
    for child in (TeamMember, AgendaItem, Counterpart, MissionLink, Assessment, Finding,
                  Recommendation, ActionItem, IssuedReport):
        doomed[child] |= _ids(session, child.mission_id, missions)
    doomed[Answer] |= _ids(session, Answer.assessment_id, doomed[Assessment])
    doomed[AssessmentEvent] |= _ids(session, AssessmentEvent.assessment_id, doomed[Assessment])
    doomed[AnswerChange] |= _ids(session, AnswerChange.answer_id, doomed[Answer])
    doomed[Evidence] |= _ids(session, Evidence.answer_id, doomed[Answer])
    doomed[ActionProgress] |= _ids(session, ActionProgress.action_item_id, doomed[ActionItem])

    kept: list[str] = []
    experts = doomed[Expert]
    for expert_id in sorted(experts):
        codes = sorted(set(session.scalars(
            select(Mission.code).join(TeamMember, TeamMember.mission_id == Mission.id)
            .where(TeamMember.expert_id == expert_id,
                   TeamMember.id.not_in(doomed[TeamMember])))))
        own_accreditations = _ids(session, Accreditation.expert_id, {expert_id})
        real_accreditations = own_accreditations - doomed[Accreditation]
        if not codes and not real_accreditations:
            continue
        experts.discard(expert_id)
        doomed[Accreditation] -= own_accreditations
        name = session.scalar(select(Expert.name).where(Expert.id == expert_id))
        kept.append(say("demo_kept_expert_team", name=name, codes=", ".join(codes)) if codes
                    else say("demo_kept_expert_accreditations", name=name))
    for adm_id in sorted(doomed[AdministrationRow]):
        codes = sorted(session.scalars(select(Mission.code).where(
            Mission.administration_id == adm_id, Mission.id.not_in(missions))))
        names = sorted(session.scalars(select(Expert.name).where(
            Expert.home_administration_id == adm_id, Expert.id.not_in(experts))))
        if not codes and not names:
            continue
        doomed[AdministrationRow].discard(adm_id)
        name = session.scalar(select(AdministrationRow.name).where(
            AdministrationRow.id == adm_id))
        users = [*(say("demo_user_mission", code=c) for c in codes),
                 *(say("demo_user_expert", name=n) for n in names)]
        kept.append(say("demo_kept_administration", name=name,
                        users=reduce(lambda a, b: say("list_pair", a=a, b=b), users)))

    for table in reversed(SYNCED_MODELS):  # children before their parents
        model: Any = table
        ids = sorted(doomed[model])
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            session.execute(delete(model).where(model.id.in_(chunk)))
            session.execute(delete(LocalOnlyRecord).where(
                LocalOnlyRecord.record_type == model.__tablename__,
                LocalOnlyRecord.record_id.in_(chunk)))
            if model is Assessment:
                session.execute(delete(AssessmentPosition).where(
                    AssessmentPosition.assessment_id.in_(chunk)))
    return DemoRemoval(len(missions), len(experts), len(doomed[AdministrationRow]),
                       sum(len(ids) for ids in doomed.values()), tuple(kept))
