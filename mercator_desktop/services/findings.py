"""Findings, recommendations and the action plan of a mission (the minimum the reports need).

Every public method is one user action in one transaction. Input is checked first; a
``ValidationError`` names the field and means nothing was stored. Records are changed with
``update_*``, put in the trash with ``trash_*`` (never deleted: they are synced) and brought
back with ``restore_*``; ``reorder_*`` stores the order the person gave.

``load_demo_findings`` adds plausible findings, recommendations and action items (with
progress updates) to closed demonstration missions; it is idempotent (ids derived with
``uuid5``) and does nothing for a demo mission that is not in the store.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import FieldProblem, NotFoundError, ValidationError
from ..domain.problem_texts import problem, say
from ..domain.record_fields import RECORD_FIELDS
from ..domain.vocabulary import ActionStatus, FindingKind, LinkKind, Priority, Timeframe
from ..storage.models import (
    ActionItem,
    ActionProgress,
    Assessment,
    Finding,
    Mission,
    Recommendation,
)
from .reference import ReferenceCatalog
from .store import Store

MAX_TEXT = RECORD_FIELDS["findings"]["text"].max_length or 0
MAX_SHORT = RECORD_FIELDS["action_items"]["owner"].max_length or 0

# --- inputs and views -------------------------------------------------------------------------


@dataclass
class FindingInput:
    kind: str  # strength | gap
    text: str
    link_kind: str | None = None  # tfa | arusha | geoat
    link_code: str | None = None
    assessment_id: str | None = None


@dataclass
class RecommendationInput:
    text: str
    priority: str = Priority.MEDIUM.value
    finding_id: str | None = None


@dataclass
class ActionItemInput:
    activity: str
    objective: str = ""
    responsible_unit: str = ""
    owner: str = ""
    timeframe: str = Timeframe.MEDIUM.value
    due_date: date | None = None
    indicator: str = ""
    status: str = ActionStatus.NOT_STARTED.value
    recommendation_id: str | None = None


@dataclass
class ProgressInput:
    reported_on: date
    status: str
    percent_done: int | None = None
    text: str = ""


@dataclass(frozen=True)
class FindingView:
    id: str
    mission_id: str
    kind: str
    text: str
    link_kind: str | None
    link_code: str | None
    assessment_id: str | None
    position: int


@dataclass(frozen=True)
class RecommendationView:
    id: str
    mission_id: str
    text: str
    priority: str
    finding_id: str | None
    position: int


@dataclass(frozen=True)
class ProgressView:
    id: str
    reported_on: date
    status: str
    percent_done: int | None
    text: str


@dataclass(frozen=True)
class ActionItemView:
    id: str
    mission_id: str
    activity: str
    objective: str
    responsible_unit: str
    owner: str
    timeframe: str
    due_date: date | None
    indicator: str
    status: str
    recommendation_id: str | None
    position: int
    progress: tuple[ProgressView, ...] = field(default_factory=tuple)


# --- the service ------------------------------------------------------------------------------


class FindingService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- findings -----------------------------------------------------------------------------

    def add_finding(self, mission_id: str, data: FindingInput) -> FindingView:
        with self.store.session() as session:
            row = self.add_finding_in(session, mission_id, data)
            return _finding_view(row)

    def add_finding_in(self, session: Session, mission_id: str, data: FindingInput,
                       finding_id: str | None = None) -> Finding:
        problems = self._check_mission(session, mission_id)
        problems += self._finding_problems(session, mission_id, data)
        if problems:
            raise ValidationError(problems)
        row = Finding(mission_id=mission_id, kind=data.kind, text=data.text.strip(),
                      link_kind=data.link_kind if data.link_code else None,
                      link_code=(data.link_code or "").strip() or None,
                      assessment_id=data.assessment_id or None,
                      position=_next_position(session, Finding, mission_id))
        if finding_id:
            row.id = finding_id
        session.add(row)
        session.flush()
        return row

    def update_finding(self, finding_id: str, data: FindingInput) -> FindingView:
        """Change a finding (kind, text, link, assessment); its place in the list stays."""
        with self.store.session() as session:
            row = _live(session, Finding, finding_id, "finding")
            problems = self._finding_problems(session, row.mission_id, data)
            if problems:
                raise ValidationError(problems)
            row.kind, row.text = data.kind, data.text.strip()
            row.link_code = (data.link_code or "").strip() or None
            row.link_kind = data.link_kind if row.link_code else None
            row.assessment_id = data.assessment_id or None
            session.flush()
            return _finding_view(row)

    def trash_finding(self, finding_id: str) -> None:
        """Move a finding to the trash; recommendations keep their link to it (shown again
        when it is restored)."""
        _set_deleted(self.store, Finding, finding_id, True)

    def restore_finding(self, finding_id: str) -> None:
        _set_deleted(self.store, Finding, finding_id, False)

    def reorder_findings(self, mission_id: str, ordered_ids: Sequence[str]) -> None:
        """Store the order of the mission's findings (every finding not in the trash, once)."""
        _reorder(self.store, Finding, mission_id, ordered_ids)

    def _finding_problems(self, session: Session, mission_id: str,
                          data: FindingInput) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        if data.kind not in {k.value for k in FindingKind}:
            problems.append(problem("kind", "not_strength_or_gap", value=data.kind))
        problems += _check_text("text", data.text, "finding_text_required")
        problems += self._check_link(data.link_kind, data.link_code)
        if data.assessment_id:
            assessment = session.get(Assessment, data.assessment_id)
            if assessment is None or assessment.deleted or assessment.mission_id != mission_id:
                problems.append(problem("assessment", "assessment_not_of_mission"))
        return problems

    def findings(self, mission_id: str, trash: bool = False) -> list[FindingView]:
        """The mission's findings in their order (``trash=True``: those in the trash)."""
        with self.store.sessions() as session:
            rows = session.scalars(
                select(Finding).where(Finding.mission_id == mission_id,
                                      Finding.deleted.is_(trash))
                .order_by(Finding.position, Finding.created_at)
            ).all()
            return [_finding_view(r) for r in rows]

    # --- recommendations ----------------------------------------------------------------------

    def add_recommendation(self, mission_id: str, data: RecommendationInput) -> RecommendationView:
        with self.store.session() as session:
            return _recommendation_view(self.add_recommendation_in(session, mission_id, data))

    def add_recommendation_in(self, session: Session, mission_id: str,
                              data: RecommendationInput,
                              recommendation_id: str | None = None) -> Recommendation:
        problems = self._check_mission(session, mission_id)
        problems += self._recommendation_problems(session, mission_id, data)
        if problems:
            raise ValidationError(problems)
        row = Recommendation(mission_id=mission_id, text=data.text.strip(),
                             priority=data.priority, finding_id=data.finding_id or None,
                             position=_next_position(session, Recommendation, mission_id))
        if recommendation_id:
            row.id = recommendation_id
        session.add(row)
        session.flush()
        return row

    def update_recommendation(self, recommendation_id: str,
                              data: RecommendationInput) -> RecommendationView:
        with self.store.session() as session:
            row = _live(session, Recommendation, recommendation_id, "recommendation")
            problems = self._recommendation_problems(session, row.mission_id, data)
            if problems:
                raise ValidationError(problems)
            row.text, row.priority = data.text.strip(), data.priority
            row.finding_id = data.finding_id or None
            session.flush()
            return _recommendation_view(row)

    def trash_recommendation(self, recommendation_id: str) -> None:
        _set_deleted(self.store, Recommendation, recommendation_id, True)

    def restore_recommendation(self, recommendation_id: str) -> None:
        _set_deleted(self.store, Recommendation, recommendation_id, False)

    def reorder_recommendations(self, mission_id: str, ordered_ids: Sequence[str]) -> None:
        _reorder(self.store, Recommendation, mission_id, ordered_ids)

    def _recommendation_problems(self, session: Session, mission_id: str,
                                 data: RecommendationInput) -> list[FieldProblem]:
        problems = _check_text("text", data.text, "recommendation_text_required")
        if data.priority not in {p.value for p in Priority}:
            problems.append(problem("priority", "unknown_priority", value=data.priority))
        if data.finding_id:
            finding = session.get(Finding, data.finding_id)
            if finding is None or finding.deleted or finding.mission_id != mission_id:
                problems.append(problem("finding", "finding_not_of_mission"))
        return problems

    def recommendations(self, mission_id: str, trash: bool = False) -> list[RecommendationView]:
        with self.store.sessions() as session:
            rows = session.scalars(
                select(Recommendation).where(Recommendation.mission_id == mission_id,
                                             Recommendation.deleted.is_(trash))
                .order_by(Recommendation.position, Recommendation.created_at)
            ).all()
            return [_recommendation_view(r) for r in rows]

    # --- action plan --------------------------------------------------------------------------

    def add_action(self, mission_id: str, data: ActionItemInput) -> ActionItemView:
        with self.store.session() as session:
            row = self.add_action_in(session, mission_id, data)
            return _action_view(row, [])

    def add_action_in(self, session: Session, mission_id: str, data: ActionItemInput,
                      action_id: str | None = None) -> ActionItem:
        problems = self._check_mission(session, mission_id)
        problems += self._action_problems(session, mission_id, data)
        if problems:
            raise ValidationError(problems)
        row = ActionItem(
            mission_id=mission_id, activity=data.activity.strip(),
            objective=data.objective.strip(), responsible_unit=data.responsible_unit.strip(),
            owner=data.owner.strip(), timeframe=data.timeframe, due_date=data.due_date,
            indicator=data.indicator.strip(), status=data.status,
            recommendation_id=data.recommendation_id or None,
            position=_next_position(session, ActionItem, mission_id),
        )
        if action_id:
            row.id = action_id
        session.add(row)
        session.flush()
        return row

    def update_action(self, action_id: str, data: ActionItemInput) -> ActionItemView:
        """Change an action item; its progress updates stay."""
        with self.store.session() as session:
            row = _live(session, ActionItem, action_id, "action_item")
            problems = self._action_problems(session, row.mission_id, data)
            if problems:
                raise ValidationError(problems)
            row.activity, row.objective = data.activity.strip(), data.objective.strip()
            row.responsible_unit, row.owner = data.responsible_unit.strip(), data.owner.strip()
            row.timeframe, row.due_date = data.timeframe, data.due_date
            row.indicator, row.status = data.indicator.strip(), data.status
            row.recommendation_id = data.recommendation_id or None
            session.flush()
            return _action_view(row, self._progress(session, [row.id])[row.id])

    def trash_action(self, action_id: str) -> None:
        _set_deleted(self.store, ActionItem, action_id, True)

    def restore_action(self, action_id: str) -> None:
        _set_deleted(self.store, ActionItem, action_id, False)

    def reorder_actions(self, mission_id: str, ordered_ids: Sequence[str]) -> None:
        _reorder(self.store, ActionItem, mission_id, ordered_ids)

    def trash_progress(self, progress_id: str) -> ActionItemView:
        """Move a progress update to the trash (a correction); the action item keeps its
        status (change it on the item when needed)."""
        with self.store.session() as session:
            row = session.get(ActionProgress, progress_id)
            if row is None or row.deleted:
                raise NotFoundError(say("progress_gone"))
            row.deleted = True
            action = _live(session, ActionItem, row.action_item_id, "action_item")
            session.flush()
            return _action_view(action, self._progress(session, [action.id])[action.id])

    def _action_problems(self, session: Session, mission_id: str,
                         data: ActionItemInput) -> list[FieldProblem]:
        problems = _check_text("activity", data.activity, "action_text_required")
        for name in ("objective", "indicator"):
            value = getattr(data, name)
            if len(value) > MAX_TEXT:
                problems.append(problem(name, "at_most_characters", limit=MAX_TEXT))
        for name in ("responsible_unit", "owner"):
            if len(getattr(data, name).strip()) > MAX_SHORT:
                problems.append(problem(name, "at_most_characters", limit=MAX_SHORT))
        if data.timeframe not in {t.value for t in Timeframe}:
            problems.append(problem("timeframe", "unknown_timeframe", value=data.timeframe))
        problems += _check_status(data.status)
        if data.recommendation_id:
            rec = session.get(Recommendation, data.recommendation_id)
            if rec is None or rec.deleted or rec.mission_id != mission_id:
                problems.append(problem("recommendation", "recommendation_not_of_mission"))
        return problems

    def add_progress(self, action_id: str, data: ProgressInput) -> ActionItemView:
        """Record a progress update; the action item takes the update's status."""
        with self.store.session() as session:
            action = self.add_progress_in(session, action_id, data)
            return _action_view(action, self._progress(session, [action.id])[action.id])

    def add_progress_in(self, session: Session, action_id: str, data: ProgressInput,
                        progress_id: str | None = None) -> ActionItem:
        action = session.get(ActionItem, action_id)
        if action is None or action.deleted:
            raise NotFoundError(say("action_item_gone"))
        problems = _check_status(data.status)
        if data.percent_done is not None and not 0 <= data.percent_done <= 100:
            problems.append(problem("percent_done", "percentage_range"))
        if data.reported_on > date.today():
            problems.append(problem("reported_on", "date_in_future"))
        if len(data.text) > MAX_TEXT:
            problems.append(problem("text", "at_most_characters", limit=MAX_TEXT))
        if problems:
            raise ValidationError(problems)
        row = ActionProgress(action_item_id=action_id, reported_on=data.reported_on,
                             status=data.status, percent_done=data.percent_done,
                             text=data.text.strip())
        if progress_id:
            row.id = progress_id
        session.add(row)
        latest = session.scalar(
            select(func.max(ActionProgress.reported_on))
            .where(ActionProgress.action_item_id == action_id,
                   ActionProgress.deleted.is_(False)))
        if latest is None or data.reported_on >= latest:
            action.status = data.status
        session.flush()
        return action

    def actions(self, mission_id: str, trash: bool = False) -> list[ActionItemView]:
        with self.store.sessions() as session:
            rows = session.scalars(
                select(ActionItem).where(ActionItem.mission_id == mission_id,
                                         ActionItem.deleted.is_(trash))
                .order_by(ActionItem.position, ActionItem.created_at)
            ).all()
            progress = self._progress(session, [r.id for r in rows])
            return [_action_view(r, progress[r.id]) for r in rows]

    # --- checks -------------------------------------------------------------------------------

    @staticmethod
    def _progress(session: Session, action_ids: Sequence[str]) -> dict[str, list[ProgressView]]:
        out: dict[str, list[ProgressView]] = {a: [] for a in action_ids}
        if not action_ids:
            return out
        for p in session.scalars(
            select(ActionProgress)
            .where(ActionProgress.action_item_id.in_(action_ids),
                   ActionProgress.deleted.is_(False))
            .order_by(ActionProgress.reported_on, ActionProgress.created_at)
        ):
            out[p.action_item_id].append(
                ProgressView(p.id, p.reported_on, p.status, p.percent_done, p.text))
        return out

    @staticmethod
    def _check_mission(session: Session, mission_id: str) -> list[FieldProblem]:
        mission = session.get(Mission, mission_id)
        if mission is None or mission.deleted:
            return [problem("mission", "no_such_mission")]
        return []

    def _check_link(self, kind: str | None, code: str | None) -> list[FieldProblem]:
        code = (code or "").strip()
        if not code:
            return []
        if kind not in {k.value for k in LinkKind}:
            return [problem("link_kind", "unknown_link_kind_use", value=kind)]
        catalog = ReferenceCatalog.for_store(self.store)
        if code not in {item.code for item in catalog.link_items(kind)}:
            return [problem("link_code", "unknown_code_for", value=code, kind=kind)]
        return []


def _check_text(name: str, text: str, empty_code: str) -> list[FieldProblem]:
    if not isinstance(text, str) or not text.strip():
        return [problem(name, empty_code)]
    if len(text) > MAX_TEXT:
        return [problem(name, "at_most_characters", limit=MAX_TEXT)]
    return []


def _check_status(status: str) -> list[FieldProblem]:
    if status not in {s.value for s in ActionStatus}:
        return [problem("status", "unknown_status_use", value=status,
                        choices=", ".join(s.value for s in ActionStatus))]
    return []


_Listed = type[Finding] | type[Recommendation] | type[ActionItem]
_KIND_NAMES = {"findings": "finding", "recommendations": "recommendation",
               "action_items": "action_item"}


def _live(session: Session, model: Any, record_id: str, name: str) -> Any:
    row = session.get(model, record_id)
    if row is None or row.deleted:
        raise NotFoundError(say(f"{name}_gone"))
    return row


def _set_deleted(store: Store, model: Any, record_id: str, deleted: bool) -> None:
    name = _KIND_NAMES[model.__tablename__]
    with store.session() as session:
        row = session.get(model, record_id)
        if row is None or row.deleted == deleted:
            raise NotFoundError(say(f"{name}_not_there" if deleted else
                                    f"{name}_not_in_trash"))
        if not deleted:
            mission = session.get(Mission, row.mission_id)
            if mission is None or mission.deleted:
                raise ValidationError.single("mission", "restore_mission_first")
        row.deleted = deleted


def _reorder(store: Store, model: Any, mission_id: str, ordered_ids: Sequence[str]) -> None:
    with store.session() as session:
        rows = {r.id: r for r in session.scalars(select(model).where(
            model.mission_id == mission_id, model.deleted.is_(False)))}
        if len(set(ordered_ids)) != len(ordered_ids) or set(ordered_ids) != set(rows):
            raise ValidationError.single("order", "list_changed")
        for position, record_id in enumerate(ordered_ids):
            if rows[record_id].position != position:  # unchanged rows are not sent again
                rows[record_id].position = position


def _next_position(session: Session, model: _Listed, mission_id: str) -> int:
    current = session.scalar(select(func.max(model.position)).where(
        model.mission_id == mission_id))
    return 0 if current is None else current + 1


def _finding_view(row: Finding) -> FindingView:
    return FindingView(row.id, row.mission_id, row.kind, row.text, row.link_kind, row.link_code,
                       row.assessment_id, row.position)


def _recommendation_view(row: Recommendation) -> RecommendationView:
    return RecommendationView(row.id, row.mission_id, row.text, row.priority, row.finding_id,
                              row.position)


def _action_view(row: ActionItem, progress: Sequence[ProgressView]) -> ActionItemView:
    return ActionItemView(
        id=row.id, mission_id=row.mission_id, activity=row.activity, objective=row.objective,
        responsible_unit=row.responsible_unit, owner=row.owner, timeframe=row.timeframe,
        due_date=row.due_date, indicator=row.indicator, status=row.status,
        recommendation_id=row.recommendation_id, position=row.position,
        progress=tuple(progress),
    )


# --- demonstration data -----------------------------------------------------------------------

DEMO_FINDINGS_NAMESPACE = uuid.UUID("4a7e2d90-1c3b-4f5e-8d6a-9b0c1d2e3f40")


def _demo_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(DEMO_FINDINGS_NAMESPACE, f"{kind}:{key}"))


# (mission code) → findings (key, kind, link kind, link code, text), recommendations
# (key, finding key, priority, text), actions (key, recommendation key, objective, activity,
# unit, timeframe, due, indicator, status, [(reported_on, status, percent, text)]).
_DEMO: dict[str, dict[str, list[tuple]]] = {
    "JM-2019-INTD-01": {
        "findings": [
            ("f1", "strength", "arusha", "leadership_commitment",
             "The Commissioner and the executive team speak openly about integrity; an "
             "integrity statement was signed by all senior managers in 2018."),
            ("f2", "gap", "arusha", "leadership_commitment",
             "No approved integrity strategy or action plan; responsibilities are spread over "
             "several units without a single steering point."),
            ("f3", "strength", "arusha", "automation",
             "ASYCUDA World covers all ports; payments are electronic, which limits cash "
             "handling and face-to-face contact."),
            ("f4", "gap", "arusha", "audit_investigation",
             "The Internal Affairs Unit has four investigators for about 1,000 staff and no "
             "case-management system; complaints are tracked in spreadsheets."),
            ("f5", "gap", "arusha", "hrm",
             "No rotation policy for posts vulnerable to corruption; some officers have held "
             "the same post at the container examination station for more than eight years."),
            ("f6", "strength", "arusha", "private_sector",
             "Regular consultation with brokers' and shippers' associations; a memorandum of "
             "understanding with the Shipping Association is in force."),
        ],
        "recommendations": [
            ("r1", "f2", "high",
             "Adopt an integrity strategy and a two-year action plan, steered by a named "
             "senior manager reporting quarterly to the executive committee."),
            ("r2", "f4", "high",
             "Strengthen the Internal Affairs Unit: recruit at least four more investigators "
             "and introduce a confidential case-management system."),
            ("r3", "f5", "medium",
             "Map the posts vulnerable to corruption and introduce a rotation policy for "
             "them, with exceptions approved and recorded."),
            ("r4", "f6", "low",
             "Extend the memorandum of understanding model to the brokers' association and "
             "add joint integrity commitments."),
        ],
        "actions": [
            ("a1", "r1", "A written integrity strategy steers the work",
             "Draft the integrity strategy and action plan with the units concerned",
             "Corporate Strategy", "short", "2019-09-30",
             "Strategy approved by the executive committee", "done",
             [("2019-06-28", "in_progress", 60, "Draft circulated to units."),
              ("2019-09-20", "done", 100, "Approved on 17 September 2019.")]),
            ("a2", "r2", "Allegations are investigated promptly",
             "Recruit four investigators and procure a case-management system",
             "Internal Affairs Unit", "medium", "2020-06-30",
             "Average time to close a case; number of open cases", "in_progress",
             [("2019-12-15", "in_progress", 40, "Two investigators recruited.")]),
            ("a3", "r3", "Vulnerable posts rotate",
             "Map vulnerable posts and approve a rotation policy",
             "Human Resource Management", "medium", "2020-03-31",
             "Share of vulnerable posts held more than three years", "not_started", []),
            ("a4", "r4", "Business shares integrity commitments",
             "Negotiate a memorandum of understanding with the brokers' association",
             "Trade Facilitation and Client Services", "long", None,
             "Memorandum signed", "not_started", []),
        ],
    },
    "MU-2019-GEOAT-01": {
        "findings": [
            ("f1", "strength", "geoat", "cross_cutting",
             "A gender focal point is appointed and sex-disaggregated HR data is produced "
             "every year."),
            ("f2", "gap", "geoat", "cross_cutting",
             "There is no written gender equality and diversity policy approved by top "
             "management."),
            ("f3", "strength", "geoat", "p1",
             "Pay scales are the same for women and men in every grade."),
            ("f4", "gap", "geoat", "p2",
             "Shift patterns at the airport make it hard for staff with care duties to take "
             "part in training and promotion courses."),
        ],
        "recommendations": [
            ("r1", "f2", "high",
             "Adopt a gender equality and diversity policy with an action plan and a budget."),
            ("r2", "f4", "medium",
             "Schedule training so that staff on shifts can attend, and offer part of it as "
             "e-learning."),
        ],
        "actions": [
            ("a1", "r1", "GED is steered from the top",
             "Draft the GED policy with the focal point and HR; submit it to the Director "
             "General", "Gender focal point", "short", "2019-12-31",
             "Policy approved and published", "in_progress",
             [("2019-11-29", "in_progress", 50, "Draft ready for consultation.")]),
            ("a2", "r2", "Staff on shifts reach training",
             "Publish the training calendar three months ahead and add e-learning modules",
             "Training Unit", "medium", None, "Share of shift staff trained each year",
             "not_started", []),
        ],
    },
}


def load_demo_findings(store: Store) -> int:
    """Add the demonstration findings, recommendations and action plans to the closed demo
    missions that are in the store. Returns how many records were added (0 when run again)."""
    from .demo import demo_id, marking_local_only

    service = FindingService(store)
    added = 0
    with store.session() as session, marking_local_only(session):
        for code, data in _DEMO.items():
            mission = session.get(Mission, demo_id("mission", code))
            if mission is None or mission.deleted:
                continue
            ids = {}
            for key, kind, link_kind, link_code, text in data["findings"]:
                ids[key] = _demo_id("finding", f"{code}:{key}")
                if session.get(Finding, ids[key]) is None:
                    service.add_finding_in(session, mission.id,
                                           FindingInput(kind, text, link_kind, link_code),
                                           finding_id=ids[key])
                    added += 1
            for key, finding_key, priority, text in data["recommendations"]:
                ids[key] = _demo_id("recommendation", f"{code}:{key}")
                if session.get(Recommendation, ids[key]) is None:
                    service.add_recommendation_in(
                        session, mission.id,
                        RecommendationInput(text, priority, ids.get(finding_key)),
                        recommendation_id=ids[key])
                    added += 1
            for (key, rec_key, objective, activity, unit, timeframe, due, indicator, status,
                 updates) in data["actions"]:
                action_id = _demo_id("action", f"{code}:{key}")
                if session.get(ActionItem, action_id) is None:
                    service.add_action_in(session, mission.id, ActionItemInput(
                        activity=activity, objective=objective, responsible_unit=unit,
                        timeframe=timeframe, due_date=date.fromisoformat(due) if due else None,
                        indicator=indicator, status="not_started" if updates else status,
                        recommendation_id=ids.get(rec_key)), action_id=action_id)
                    added += 1
                for n, (day, up_status, percent, text) in enumerate(updates):
                    progress_id = _demo_id("progress", f"{code}:{key}:{n}")
                    if session.get(ActionProgress, progress_id) is None:
                        service.add_progress_in(session, action_id, ProgressInput(
                            date.fromisoformat(day), up_status, percent, text),
                            progress_id=progress_id)
                        added += 1
    return added
