"""Assessment use cases: start from a mission, answer (saved at once, with history), move
through draft → completed → validated, reopen with a reason, score, and migrate a draft to a
newer template version.

Every public method is one user action in one short transaction, so a kill of the process
at any instant keeps either the old or the new answer. Templates come from the shipped
``resources/checklists`` and from ``<data dir>/checklists`` (templates published later);
an assessment keeps the template id and version it was started with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..checklists.conditions import AnswerState
from ..checklists.loader import TemplateLibrary, TemplateProblem, load_library, shipped_dir
from ..checklists.model import Provenance, Question, Section, Template, text_in, version_key
from ..checklists.values import AnswerValueError, normalise
from ..domain import assessment as lifecycle
from ..domain.assessment import EventKind
from ..domain.errors import FieldProblem, NotFoundError, UserError, ValidationError
from ..domain.instruments import fitting_template
from ..domain.problem_texts import message_of, problem, say
from ..domain.scoring import ItemInput, ScoreReport, SectionInput, score_assessment
from ..domain.vocabulary import AssessmentStatus
from ..storage.base import natural_id, new_id, utcnow
from ..storage.models import (
    Answer,
    AnswerChange,
    Assessment,
    AssessmentEvent,
    AssessmentPosition,
    Mission,
)
from .answer_rows import answer_rows
from .answer_writes import EVIDENCE_COUNT, FOLDING_TYPES, quick_value_change, set_position
from .answer_writes import json_value as _json_value
from .store import Store

# Saves of free text by the same person within this window fold into one history entry.
FOLD_WINDOW = timedelta(minutes=2)


# --- errors ----------------------------------------------------------------------------------


class LockedError(UserError):
    """The assessment is validated: reopen it (with a reason) before changing anything."""


@dataclass(frozen=True)
class MissingAnswer:
    question_id: str
    number: str
    section_id: str
    text: Mapping[str, str]

    def label(self, lang: str = "en") -> str:
        return f"{self.number} {text_in(self.text, lang)}"


class IncompleteError(UserError):
    """Required answers are missing; ``missing`` lists them in the template's order."""

    def __init__(self, missing: list[MissingAnswer]) -> None:
        self.missing = missing
        first = ", ".join(m.number for m in missing[:5])
        super().__init__(
            say("answers_missing_more", count=len(missing), first=first,
                more=len(missing) - 5) if len(missing) > 5 else
            say("answers_missing", count=len(missing), first=first))


class TemplateMissingError(UserError):
    """The template version an assessment was filled against is not installed."""


# --- names -----------------------------------------------------------------------------------


def _every_language(text: Mapping[str, str] | str | None) -> set[str]:
    """A template text in each of its languages (a plain string is one)."""
    if isinstance(text, Mapping):
        return {str(v).strip() for v in text.values() if v}
    return {str(text).strip()} if text else set()


def is_custom_title(stored: str, template: Template | None) -> bool:
    """True when the person named the assessment; False when it carries its instrument's
    own name (in whichever language it was started), which then follows the language."""
    stored = stored.strip()
    if not stored:
        return False
    return template is None or stored not in _every_language(template.title)


def shown_title(stored: str, template: Template | None, lang: str) -> str:
    """The assessment's name in ``lang``: the name its person gave it, else the instrument's
    title in ``lang`` (never the language of the day it was started)."""
    if template is None or is_custom_title(stored, template):
        return stored
    return text_in(template.title, lang) or stored


# --- what the service hands out ---------------------------------------------------------------


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    version: str
    title: Mapping[str, str]
    languages: tuple[str, ...]
    questions: int
    verified: bool
    latest: bool
    provenance: Provenance = field(default_factory=Provenance)
    source: str = ""  # the file it was read from

    def label(self, lang: str = "en") -> str:
        return f"{text_in(self.title, lang)} ({self.version})"


@dataclass(frozen=True)
class AssessmentView:
    id: str
    mission_id: str
    mission_code: str
    template_id: str
    template_version: str
    title: str
    group_name: str
    language: str
    status: str
    validated_by: str
    validated_at: datetime | None
    last_question_id: str
    created_at: datetime
    created_by: str
    updated_at: datetime
    revision: int
    newer_version: str | None = None
    custom_title: bool = False  # named by its person; else the instrument's title, per language

    @property
    def locked(self) -> bool:
        return lifecycle.is_locked(self.status)


@dataclass(frozen=True)
class AssessmentSummary:
    """One row of a mission's list of assessments."""

    id: str
    title: str
    group_name: str
    template_id: str
    template_version: str
    status: str
    questions: int
    done: int
    updated_at: datetime
    percent: float | None
    custom_title: bool = False  # see AssessmentView.custom_title


@dataclass(frozen=True)
class AnswerView:
    question_id: str
    value: Any = None
    not_applicable: bool = False
    note: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""
    evidence_count: int = 0

    @property
    def state(self) -> AnswerState:
        return AnswerState(self.value, self.not_applicable)

    @property
    def answered(self) -> bool:  # AnswerState's rule, without making one (scores ask often)
        return self.not_applicable or self.value not in (None, "", [])


@dataclass(frozen=True)
class AnswerChangeView:
    id: str
    question_id: str
    field: str
    old_value: Any
    new_value: Any
    old_not_applicable: bool
    new_not_applicable: bool
    changed_at: datetime
    changed_by: str
    reason: str


@dataclass(frozen=True)
class EventView:
    kind: str
    at: datetime
    by: str
    reason: str
    details: Mapping[str, Any]


@dataclass(frozen=True)
class NotCarried:
    question_id: str
    reason: str
    value: Any = None
    not_applicable: bool = False
    note: str = ""


@dataclass(frozen=True)
class MigrationResult:
    assessment: AssessmentView
    from_version: str
    to_version: str
    carried: list[str]
    not_carried: list[NotCarried]


@dataclass(frozen=True)
class AssessmentSnapshot:
    """All a filling screen needs, read at once: the record, its template and its answers."""

    assessment: AssessmentView
    template: Template
    answers: dict[str, AnswerView] = field(default_factory=dict)

    def states(self) -> dict[str, AnswerState]:
        return {qid: a.state for qid, a in self.answers.items()}

    def visibility(self) -> dict[str, bool]:
        return self.template.visibility(self.states())

    def scores(self) -> ScoreReport:
        return score_report(self.template, self.answers)

    def missing_required(self) -> list[MissingAnswer]:
        return missing_required(self.template, self.answers)


# --- pure helpers (also used by reports) ------------------------------------------------------


def score_report(template: Template, answers: Mapping[str, AnswerView]) -> ScoreReport:
    """Scores per section and overall of ``answers`` against ``template``."""
    visible = template.visibility({q: a.state for q, a in answers.items()})

    def item(question: Question) -> ItemInput:
        answer = answers.get(question.id)
        answered = answer is not None and answer.answered and not answer.not_applicable
        return ItemInput(
            question_id=question.id,
            points=question.points_for(answer.value) if answered and answer else None,
            max_points=question.max_points, weight=question.weight, answered=answered,
            not_applicable=bool(answer and answer.not_applicable),
            visible=visible.get(question.id, True), required=question.required,
        )

    def section(s: Section) -> SectionInput:
        return SectionInput(s.id, tuple(item(q) for q in s.questions),
                            tuple(section(c) for c in s.sections), s.weight)

    return score_assessment([section(s) for s in template.sections])


def missing_required(template: Template, answers: Mapping[str, AnswerView]) -> list[MissingAnswer]:
    visible = template.visibility({q: a.state for q, a in answers.items()})
    missing = []
    for question in template.questions:
        answer = answers.get(question.id)
        if question.required and visible.get(question.id) and not (answer and answer.answered):
            missing.append(MissingAnswer(question.id, question.number, question.section_id,
                                         question.text))
    return missing


class _NotApplicable:
    def __repr__(self) -> str:
        return "NOT_APPLICABLE"


#: in ``answer_many_in``: the question is marked N/A
NOT_APPLICABLE: Any = _NotApplicable()


def _position(session: Session, assessment_id: str) -> str:
    position = session.get(AssessmentPosition, assessment_id)
    return position.question_id if position is not None else ""


def _set_position(session: Session, assessment_id: str, question_id: str) -> None:
    connection = session.connection()
    set_position(connection.connection.driver_connection, connection.dialect, assessment_id,
                 question_id)


# --- the service -----------------------------------------------------------------------------


class AssessmentService:
    def __init__(self, store: Store, library: TemplateLibrary | None = None) -> None:
        self.store = store
        self._library = library
        self._folders: list[Path] | None = None

    # --- templates -----------------------------------------------------------------------

    @property
    def template_folders(self) -> list[Path]:
        """Shipped templates first, then those placed in the data folder (e.g. from HQ)."""
        return [shipped_dir(), self.store.paths.root / "checklists"]

    @property
    def library(self) -> TemplateLibrary:
        if self._library is not None:
            return self._library
        if self._folders is None:  # the same for the store's life; asked on every save
            self._folders = self.template_folders
        return load_library(self._folders)

    def templates(self) -> list[TemplateInfo]:
        library = self.library
        infos = []
        for (tid, version), t in sorted(library.templates.items(),
                                        key=lambda kv: (kv[0][0], version_key(kv[0][1]))):
            latest = library.latest(tid)
            infos.append(TemplateInfo(tid, version, t.title, t.languages, len(t.questions),
                                      t.verified, latest is not None and latest.version == version,
                                      t.provenance, t.source))
        return infos

    def template_problems(self) -> list[TemplateProblem]:
        """Templates that were refused, with the reason (shown to the user, logged)."""
        return list(self.library.problems)

    def template(self, template_id: str, version: str) -> Template:
        template = self.library.get(template_id, version)
        if template is None:
            raise TemplateMissingError(say("template_not_installed", template=template_id,
                                           version=version))
        return template

    # --- reading -------------------------------------------------------------------------

    def get(self, assessment_id: str) -> AssessmentView:
        with self.store.sessions() as session:
            return self._view(session, self._load(session, assessment_id, with_deleted=True))

    def list_for_mission(self, mission_id: str, trash: bool = False) -> list[AssessmentSummary]:
        with self.store.sessions() as session:
            rows = session.scalars(
                select(Assessment)
                .where(Assessment.mission_id == mission_id, Assessment.deleted.is_(trash))
                .order_by(Assessment.created_at)
            ).all()
            out = []
            for row in rows:
                answers = self._answers(session, row.id)
                template = self.library.get(row.template_id, row.template_version)
                title, custom = self._title(row)
                if template is None:
                    out.append(AssessmentSummary(
                        row.id, title, row.group_name, row.template_id,
                        row.template_version, row.status, 0, len(answers), row.updated_at, None,
                        custom))
                    continue
                report = score_report(template, answers)
                out.append(AssessmentSummary(
                    row.id, title, row.group_name, row.template_id, row.template_version,
                    row.status, report.overall.questions, report.overall.done, row.updated_at,
                    report.overall.percent, custom))
            return out

    def snapshot(self, assessment_id: str) -> AssessmentSnapshot:
        """The assessment, its template and every answer, in one read."""
        with self.store.sessions() as session:
            row = self._load(session, assessment_id)
            view = self._view(session, row)
            answers = self._answers(session, assessment_id)
        return AssessmentSnapshot(view, self.template(row.template_id, row.template_version),
                                  answers)

    def answers(self, assessment_id: str) -> dict[str, AnswerView]:
        with self.store.sessions() as session:
            self._load(session, assessment_id)
            return self._answers(session, assessment_id)

    def answer(self, assessment_id: str, question_id: str) -> AnswerView:
        return self.answers(assessment_id).get(question_id) or AnswerView(question_id)

    def history(self, assessment_id: str, question_id: str | None = None
                ) -> list[AnswerChangeView]:
        """The answer history, oldest first (of one question, or of the whole assessment)."""
        with self.store.sessions() as session:
            query = (
                select(AnswerChange, Answer.question_id)
                .join(Answer, Answer.id == AnswerChange.answer_id)
                .where(Answer.assessment_id == assessment_id, AnswerChange.deleted.is_(False))
                .order_by(AnswerChange.changed_at, AnswerChange.created_at)
            )
            if question_id is not None:
                query = query.where(Answer.question_id == question_id)
            return [
                AnswerChangeView(c.id, qid, c.field, c.old_value, c.new_value,
                                 c.old_not_applicable, c.new_not_applicable, c.changed_at,
                                 c.changed_by, c.reason)
                for c, qid in session.execute(query).all()
            ]

    def events(self, assessment_id: str) -> list[EventView]:
        with self.store.sessions() as session:
            rows = session.scalars(
                select(AssessmentEvent)
                .where(AssessmentEvent.assessment_id == assessment_id,
                       AssessmentEvent.deleted.is_(False))
                .order_by(AssessmentEvent.at, AssessmentEvent.created_at)
            ).all()
            return [EventView(e.kind, e.at, e.by, e.reason, dict(e.details)) for e in rows]

    def scores(self, assessment_id: str) -> ScoreReport:
        return self.snapshot(assessment_id).scores()

    def missing_required(self, assessment_id: str) -> list[MissingAnswer]:
        return self.snapshot(assessment_id).missing_required()

    # --- starting ------------------------------------------------------------------------

    def fitting_template(self, mission_id: str) -> str | None:
        """The checklist a new assessment of this mission is offered first (by its type,
        then its topics: ``domain.instruments``); None when nothing fits."""
        with self.store.sessions() as session:
            mission = session.get(Mission, mission_id)
            if mission is None:
                return None
            type_code, topics = mission.type_code, list(mission.topics or [])
        return fitting_template(type_code, topics, (t.id for t in self.templates() if t.latest))

    def start(self, mission_id: str, template_id: str, version: str | None = None, *,
              title: str = "", group_name: str = "", language: str = "en") -> AssessmentView:
        problems: list[FieldProblem] = []
        template = (self.library.get(template_id, version) if version
                    else self.library.latest(template_id))
        if template is None:
            problems.append(problem("template", "no_template_version", template=template_id,
                                    version=version) if version else
                            problem("template", "no_template", template=template_id))
        elif language not in template.languages:
            problems.append(problem("language", "template_languages",
                                    languages=", ".join(template.languages), value=language))
        if len(title.strip()) > 200:
            problems.append(problem("title", "at_most_characters", limit=200))
        if len(group_name.strip()) > 200:
            problems.append(problem("group_name", "at_most_characters", limit=200))
        with self.store.session() as session:
            mission = session.get(Mission, mission_id)
            if mission is None or mission.deleted:
                problems.insert(0, problem("mission", "no_such_mission"))
            if problems:
                raise ValidationError(problems)
            assert template is not None
            row = Assessment(
                mission_id=mission_id, template_id=template.id,
                template_version=template.version, language=language,
                title=title.strip() or text_in(template.title, language),
                group_name=group_name.strip(), status=AssessmentStatus.DRAFT,
            )
            session.add(row)
            session.flush()
            self._event(session, row, EventKind.STARTED,
                        details={"template": template.id, "version": template.version})
            assessment_id = row.id
        return self.get(assessment_id)

    def rename(self, assessment_id: str, title: str, group_name: str) -> AssessmentView:
        title, group_name = title.strip(), group_name.strip()
        problems = []
        if not title:
            problems.append(problem("title", "title_required"))
        if len(title) > 200:
            problems.append(problem("title", "at_most_characters", limit=200))
        if len(group_name) > 200:
            problems.append(problem("group_name", "at_most_characters", limit=200))
        if problems:
            raise ValidationError(problems)
        with self.store.session() as session:
            row = self._load_unlocked(session, assessment_id)
            row.title, row.group_name = title, group_name
        return self.get(assessment_id)

    def trash(self, assessment_id: str) -> None:
        with self.store.session() as session:
            self._load_unlocked(session, assessment_id).deleted = True

    def restore(self, assessment_id: str) -> None:
        with self.store.session() as session:
            self._load(session, assessment_id, with_deleted=True).deleted = False

    # --- answering -----------------------------------------------------------------------

    def set_answer(self, assessment_id: str, question_id: str, value: Any, *,
                   reason: str = "") -> AnswerView:
        """Store ``value`` (None clears it) and clear any N/A; recorded in the history."""
        return self._change(assessment_id, question_id, value=value, not_applicable=False,
                            reason=reason)

    def set_not_applicable(self, assessment_id: str, question_id: str, *,
                           reason: str = "") -> AnswerView:
        return self._change(assessment_id, question_id, value=None, not_applicable=True,
                            reason=reason)

    def clear_answer(self, assessment_id: str, question_id: str, *,
                     reason: str = "") -> AnswerView:
        return self._change(assessment_id, question_id, value=None, not_applicable=False,
                            reason=reason)

    def set_note(self, assessment_id: str, question_id: str, note: str, *,
                 reason: str = "") -> AnswerView:
        return self._change(assessment_id, question_id, note=note, reason=reason)

    def set_position(self, assessment_id: str, question_id: str) -> None:
        """Remember where the expert is, to resume there. The position is this laptop's
        (``assessment_positions``), not the assessment's: it never makes a change to send."""
        with self.store.session() as session:
            self._load(session, assessment_id)
            _set_position(session, assessment_id, question_id)

    _UNSET: Any = object()

    def _change(self, assessment_id: str, question_id: str, *, value: Any = _UNSET,
                not_applicable: bool | None = None, note: Any = _UNSET,
                reason: str = "") -> AnswerView:
        reason = reason.strip()
        if note is self._UNSET and value is not self._UNSET and not_applicable is not None:
            with self.store.plain_write() as connection:
                saved = quick_value_change(connection, self.store.engine.dialect,
                                           self.library.get, self.store.user, assessment_id,
                                           question_id, value, not_applicable, reason)
            if saved is not None:
                return AnswerView(question_id, saved.value, saved.not_applicable, saved.note,
                                  saved.updated_at, saved.updated_by, saved.evidence_count)
        with self.store.session() as session:
            row = self._load_unlocked(session, assessment_id)
            template = self.template(row.template_id, row.template_version)
            question = template.question(question_id)
            if question is None:
                raise ValidationError.single("question", "no_question", question=question_id)
            if value is not self._UNSET:
                try:
                    value = normalise(question, value)
                except AnswerValueError as exc:
                    raise ValidationError(FieldProblem("value", message_of(exc))) from None
            if not_applicable and not question.na_allowed:
                raise ValidationError.single("value", "no_na")
            if note is not self._UNSET:
                if not isinstance(note, str):
                    raise ValidationError.single("note", "note_is_text")
                note = note.strip()

            answer = session.scalar(select(Answer).where(
                Answer.assessment_id == assessment_id, Answer.question_id == question_id))
            if answer is None:
                answer = Answer(id=natural_id("answer", assessment_id, question_id),
                                assessment_id=assessment_id, question_id=question_id,
                                value=None, not_applicable=False, note="")
                session.add(answer)
                session.flush()  # the history rows below point at its id
            elif answer.deleted:
                answer.deleted = False
                answer.value, answer.not_applicable = None, False
            now = utcnow()
            user = self.store.user
            changed = False
            if value is not self._UNSET or not_applicable is not None:
                new_value = None if not_applicable else (
                    answer.value if value is self._UNSET else value)
                new_na = bool(not_applicable)
                if new_value != answer.value or new_na != answer.not_applicable:
                    self._record(session, answer, "value", answer.value, new_value,
                                 answer.not_applicable, new_na, reason, now, user,
                                 fold=question.type in FOLDING_TYPES)
                    answer.value, answer.not_applicable = _json_value(new_value), new_na
                    changed = True
            if note is not self._UNSET and note != answer.note:
                self._record(session, answer, "note", answer.note, note, False, False, reason,
                             now, user, fold=True)
                answer.note = note
                changed = True
            _set_position(session, assessment_id, question_id)
            if changed and row.status == AssessmentStatus.COMPLETED:
                session.flush()
                if missing_required(template, self._answers(session, assessment_id)):
                    row.status = AssessmentStatus.DRAFT
                    self._event(session, row, EventKind.BACK_TO_DRAFT,
                                reason="a required answer was removed")
            session.flush()
            return AnswerView(question_id, answer.value, answer.not_applicable, answer.note,
                              answer.updated_at, answer.updated_by,
                              self._evidence_count(session, answer.id))

    def _record(self, session: Session, answer: Answer, field_name: str, old: Any, new: Any,
                old_na: bool, new_na: bool, reason: str, now: datetime, user: str,
                fold: bool) -> None:
        if fold and not reason:
            last = session.scalar(
                select(AnswerChange)
                .where(AnswerChange.answer_id == answer.id, AnswerChange.deleted.is_(False))
                .order_by(AnswerChange.changed_at.desc(), AnswerChange.created_at.desc())
                .limit(1)
            )
            if (last is not None and last.field == field_name and last.changed_by == user
                    and not last.reason and last.synced_revision == 0
                    and now - last.changed_at < FOLD_WINDOW
                    and not last.old_not_applicable and not new_na):
                if last.old_value == new or (last.old_value in (None, "") and new in (None, "")):
                    last.deleted = True  # typed and undone: nothing changed after all
                else:
                    last.new_value, last.new_not_applicable, last.changed_at = new, new_na, now
                return
        session.add(AnswerChange(
            answer_id=answer.id,
            changed_at=now, changed_by=user, field=field_name, old_value=_json_value(old),
            new_value=_json_value(new), old_not_applicable=old_na, new_not_applicable=new_na,
            reason=reason,
        ))

    # --- many answers at once ------------------------------------------------------------

    def start_in(self, session: Session, mission_id: str, template: Template, *,
                 group_name: str = "", language: str = "en", title: str = "",
                 assessment_id: str | None = None, at: datetime | None = None) -> Assessment:
        """Start an assessment inside the caller's transaction (demonstration data, imports);
        the caller has checked the mission and the language."""
        row = Assessment(mission_id=mission_id, template_id=template.id,
                         template_version=template.version, language=language,
                         title=title.strip() or text_in(template.title, language),
                         group_name=group_name.strip(), status=AssessmentStatus.DRAFT)
        if assessment_id:
            row.id = assessment_id
        session.add(row)
        session.flush()
        self._event(session, row, EventKind.STARTED, at=at,
                    details={"template": template.id, "version": template.version})
        return row

    def answer_many_in(self, session: Session, row: Assessment, template: Template,
                       values: Mapping[str, Any], notes: Mapping[str, str] | None = None, *,
                       reason: str = "", at: datetime | None = None,
                       id_for: Any = None) -> int:
        """Store many answers of one assessment in the caller's transaction, each checked as
        ``set_answer`` checks it (``NOT_APPLICABLE`` marks N/A) and each recorded in the
        answer history. ``id_for(question_id, kind)`` may give the new history rows their
        ids (deterministic demonstration data); answers take the id of their natural key.
        Returns how many answers changed."""
        if lifecycle.is_locked(row.status):
            raise LockedError(say("assessment_locked"))
        notes = notes or {}
        problems: list[FieldProblem] = []
        prepared: dict[str, tuple[Any, bool]] = {}
        for question_id, value in values.items():
            question = template.question(question_id)
            if question is None:
                problems.append(problem(question_id, "no_such_question"))
            elif value is NOT_APPLICABLE:
                if not question.na_allowed:
                    problems.append(problem(question_id, "no_na"))
                prepared[question_id] = (None, True)
            else:
                try:
                    prepared[question_id] = (_json_value(normalise(question, value)), False)
                except AnswerValueError as exc:
                    problems.append(FieldProblem(question_id, message_of(exc)))
        for question_id in notes:
            if template.question(question_id) is None:
                problems.append(problem(question_id, "no_such_question"))
        if problems:
            raise ValidationError(problems)
        existing = {a.question_id: a for a in session.scalars(
            select(Answer).where(Answer.assessment_id == row.id))}
        now, user = at or utcnow(), self.store.user
        changed = 0
        for question_id in dict.fromkeys([*prepared, *notes]):
            answer = existing.get(question_id)
            if answer is None:
                answer = Answer(id=natural_id("answer", row.id, question_id),
                                assessment_id=row.id, question_id=question_id, value=None,
                                not_applicable=False, note="")
                session.add(answer)
            elif answer.deleted:
                answer.deleted = False
                answer.value, answer.not_applicable = None, False
            touched = False
            if question_id in prepared:
                value, na = prepared[question_id]
                if value != answer.value or na != answer.not_applicable:
                    session.add(AnswerChange(
                        id=id_for(question_id, "value") if id_for else new_id(),
                        answer_id=answer.id, changed_at=now, changed_by=user, field="value",
                        old_value=answer.value, new_value=value,
                        old_not_applicable=answer.not_applicable, new_not_applicable=na,
                        reason=reason))
                    answer.value, answer.not_applicable = value, na
                    touched = True
            note = notes.get(question_id, "").strip()
            if question_id in notes and note != answer.note:
                session.add(AnswerChange(
                    id=id_for(question_id, "note") if id_for else new_id(),
                    answer_id=answer.id, changed_at=now, changed_by=user, field="note",
                    old_value=answer.note, new_value=note, old_not_applicable=False,
                    new_not_applicable=False, reason=reason))
                answer.note = note
                touched = True
            changed += touched
        session.flush()
        return changed

    # --- lifecycle -----------------------------------------------------------------------

    def complete(self, assessment_id: str) -> AssessmentView:
        """Draft → completed, or ``IncompleteError`` listing what is missing."""
        with self.store.session() as session:
            self.complete_in(session, self._load(session, assessment_id))
        return self.get(assessment_id)

    def complete_in(self, session: Session, row: Assessment, at: datetime | None = None) -> None:
        self._check_move(row, AssessmentStatus.COMPLETED)
        template = self.template(row.template_id, row.template_version)
        missing = missing_required(template, self._answers(session, row.id))
        if missing:
            raise IncompleteError(missing)
        row.status = AssessmentStatus.COMPLETED
        self._event(session, row, EventKind.COMPLETED, at=at)

    def validate(self, assessment_id: str, validator: str) -> AssessmentView:
        """Completed → validated (locked), with the validator's name and the time."""
        validator = validator.strip()
        if not validator:
            raise ValidationError.single("validator", "validator_required")
        if len(validator) > 120:
            raise ValidationError.single("validator", "at_most_characters", limit=120)
        with self.store.session() as session:
            self.validate_in(session, self._load(session, assessment_id), validator)
        return self.get(assessment_id)

    def validate_in(self, session: Session, row: Assessment, validator: str,
                    at: datetime | None = None) -> None:
        self._check_move(row, AssessmentStatus.VALIDATED)
        row.status = AssessmentStatus.VALIDATED
        row.validated_by = validator
        row.validated_at = at or utcnow()
        self._event(session, row, EventKind.VALIDATED, at=at, details={"validator": validator})

    def reopen(self, assessment_id: str, reason: str) -> AssessmentView:
        """Completed or validated → draft; the reason is required and recorded."""
        reason = reason.strip()
        if not reason:
            raise ValidationError.single("reason", "reopen_reason_required")
        with self.store.session() as session:
            row = self._load(session, assessment_id)
            self._check_move(row, AssessmentStatus.DRAFT)
            details = {"from": row.status}
            if row.status == AssessmentStatus.VALIDATED:
                details.update(validated_by=row.validated_by,
                               validated_at=row.validated_at.isoformat()
                               if row.validated_at else "")
            row.status = AssessmentStatus.DRAFT
            row.validated_by, row.validated_at = "", None
            self._event(session, row, EventKind.REOPENED, reason=reason, details=details)
        return self.get(assessment_id)

    @staticmethod
    def _check_move(row: Assessment, target: str) -> None:
        if not lifecycle.can_move(row.status, target):
            raise ValidationError.single("status", "assessment_move", current=row.status,
                                         target=target)

    # --- template versions ---------------------------------------------------------------

    def newer_version(self, assessment_id: str) -> str | None:
        return self.get(assessment_id).newer_version

    def migrate(self, assessment_id: str, to_version: str | None = None) -> MigrationResult:
        """Move a draft to a newer version of its template. Answers are carried by question
        id; those that cannot be carried (question gone, value no longer allowed) are listed,
        kept in the history and in the event's details, never silently lost."""
        with self.store.session() as session:
            row = self._load_unlocked(session, assessment_id)
            if not lifecycle.can_migrate(row.status):
                raise ValidationError.single("status", "only_draft_upgrades")
            target = (self.library.get(row.template_id, to_version) if to_version
                      else self.library.latest(row.template_id))
            if target is None:
                raise ValidationError.single("version", "no_version_of", version=to_version,
                                             template=row.template_id)
            if version_key(target.version) <= version_key(row.template_version):
                raise ValidationError.single("version", "version_not_newer",
                                             version=target.version,
                                             current=row.template_version)
            if row.language not in target.languages:
                raise ValidationError.single("language", "version_lacks_language",
                                             version=target.version, value=row.language)
            now, user = utcnow(), self.store.user
            reason = f"template {row.template_id} {row.template_version} → {target.version}"
            carried, lost = [], []
            answers = session.scalars(select(Answer).where(
                Answer.assessment_id == assessment_id, Answer.deleted.is_(False))).all()
            for answer in answers:
                question = target.question(answer.question_id)
                why = ""
                if question is None:
                    why = "the question is not in the new version"
                elif answer.not_applicable and not question.na_allowed:
                    why = "the new version does not allow N/A here"
                elif answer.value is not None:
                    try:
                        normalise(question, answer.value)
                    except AnswerValueError as exc:
                        why = f"the answer no longer fits: {exc}"
                if not why:
                    carried.append(answer.question_id)
                    continue
                lost.append(NotCarried(answer.question_id, why, answer.value,
                                       answer.not_applicable, answer.note))
                self._record(session, answer, "value", answer.value, None,
                             answer.not_applicable, False, reason, now, user, fold=False)
                answer.value, answer.not_applicable = None, False
                if question is None:
                    answer.deleted = True
            old_version = row.template_version
            row.template_version = target.version
            position = session.get(AssessmentPosition, assessment_id)
            if position is not None and target.question(position.question_id) is None:
                position.question_id = ""
            self._event(session, row, EventKind.MIGRATED, reason=reason, details={
                "from": old_version, "to": target.version, "carried": len(carried),
                "not_carried": [
                    {"question_id": n.question_id, "reason": n.reason, "value": n.value,
                     "not_applicable": n.not_applicable, "note": n.note} for n in lost],
            })
        return MigrationResult(self.get(assessment_id), old_version, target.version,
                               sorted(carried), lost)

    # --- internals -----------------------------------------------------------------------

    def _load(self, session: Session, assessment_id: str,
              with_deleted: bool = False) -> Assessment:
        row = session.get(Assessment, assessment_id)
        if row is None or (row.deleted and not with_deleted):
            raise NotFoundError(say("no_assessment", id=assessment_id))
        return row

    def _load_unlocked(self, session: Session, assessment_id: str) -> Assessment:
        row = self._load(session, assessment_id)
        if lifecycle.is_locked(row.status):
            raise LockedError(say("assessment_validated_by", validator=row.validated_by)
                              if row.validated_by else say("assessment_validated"))
        return row

    def _answers(self, session: Session, assessment_id: str) -> dict[str, AnswerView]:
        session.flush()  # the plain read below sees what the session would have shown
        connection = session.connection()
        return {r.question_id: AnswerView(r.question_id, r.value, r.not_applicable, r.note,
                                          r.updated_at, r.updated_by, r.evidence_count)
                for r in answer_rows(connection.connection.driver_connection,
                                     connection.dialect, assessment_id)}

    @staticmethod
    def _evidence_count(session: Session, answer_id: str | None) -> int:
        if answer_id is None:
            return 0
        # On the connection: the session has just flushed, nothing to flush again.
        return session.connection().scalar(EVIDENCE_COUNT, {"answer_id": answer_id}) or 0

    def _event(self, session: Session, row: Assessment, kind: str, reason: str = "",
               details: dict[str, Any] | None = None, at: datetime | None = None) -> None:
        session.add(AssessmentEvent(assessment_id=row.id, kind=kind, at=at or utcnow(),
                                    by=self.store.user, reason=reason, details=details or {}))

    def _title(self, row: Assessment, lang: str | None = None) -> tuple[str, bool]:
        """The row's name in ``lang`` (the store's language by default), and whether its
        person gave it."""
        template = (self.library.get(row.template_id, row.template_version)
                    or self.library.latest(row.template_id))
        return (shown_title(row.title, template, lang or self.store.language),
                is_custom_title(row.title, template))

    def shown_title(self, row: Assessment, lang: str | None = None) -> str:
        """The name of ``row`` as people see it in ``lang`` (see ``shown_title``)."""
        return self._title(row, lang)[0]

    def _view(self, session: Session, row: Assessment) -> AssessmentView:
        code = session.scalar(select(Mission.code).where(Mission.id == row.mission_id)) or ""
        latest = self.library.latest(row.template_id)
        newer = (latest.version if latest is not None
                 and version_key(latest.version) > version_key(row.template_version) else None)
        title, custom = self._title(row)
        return AssessmentView(
            id=row.id, mission_id=row.mission_id, mission_code=code,
            template_id=row.template_id, template_version=row.template_version,
            title=title, custom_title=custom, group_name=row.group_name, language=row.language,
            status=row.status, validated_by=row.validated_by, validated_at=row.validated_at,
            last_question_id=_position(session, row.id), created_at=row.created_at,
            created_by=row.created_by, updated_at=row.updated_at, revision=row.revision,
            newer_version=newer,
        )
