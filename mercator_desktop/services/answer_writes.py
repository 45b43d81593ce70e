"""The answer change an expert makes most — a choice clicked, a rating set, N/A ticked —
written with one prepared statement per table.

``AssessmentService`` saves every answer change as it is made, while the expert works through
a checklist in a workshop. Through the ORM, a save reads the assessment and the answer into
objects, flushes them and runs the stamping hook: most of its time went to that bookkeeping,
not to SQLite. This path reads the two rows as plain tuples, updates the answer and appends
its history row with the same stamps the hook gives (who, when, a new revision) and the same
text checks, inside the caller's write transaction.

It only takes the plain case. Anything else answers ``None`` and the service's ORM path does
the work and gives the refusals: an assessment missing, in the trash, locked or completed
(a completed one may go back to draft), a template that is not installed, a value the
question refuses, free text (its history folds a typing session into one entry), a note, an
answer never given or restored from the trash.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from ..checklists.model import Template
from ..checklists.values import AnswerValueError, normalise
from ..domain import assessment as lifecycle
from ..domain.errors import ValidationError
from ..domain.record_fields import stored_text_problems
from ..domain.vocabulary import AssessmentStatus
from ..storage.base import new_id, utcnow
from ..storage.models import Answer, AnswerChange, Assessment, Evidence

#: question types whose history folds (see ``AssessmentService._record``): not for this path
FOLDING_TYPES = ("text",)

_ASSESSMENTS = Assessment.__table__
_ANSWERS = Answer.__table__
_CHANGES = AnswerChange.__table__

_HEAD = select(_ASSESSMENTS.c.status, _ASSESSMENTS.c.template_id,
               _ASSESSMENTS.c.template_version, _ASSESSMENTS.c.deleted).where(
    _ASSESSMENTS.c.id == bindparam("assessment_id"))
_ANSWER = select(_ANSWERS.c.id, _ANSWERS.c.value, _ANSWERS.c.not_applicable, _ANSWERS.c.note,
                 _ANSWERS.c.deleted, _ANSWERS.c.updated_at, _ANSWERS.c.updated_by).where(
    _ANSWERS.c.assessment_id == bindparam("assessment_id"),
    _ANSWERS.c.question_id == bindparam("question_id"))
# Bound names differ from the column names: SQLAlchemy keeps those for its own SET clause.
_UPDATE = update(_ANSWERS).where(_ANSWERS.c.id == bindparam("answer_id")).values(
    value=bindparam("new_value"), not_applicable=bindparam("new_na"),
    revision=_ANSWERS.c.revision + 1, updated_at=bindparam("now"),
    updated_by=bindparam("user"))
_APPEND = insert(_CHANGES)
#: how many evidence items back an answer (the filling screen shows the count on its card)
EVIDENCE_COUNT = select(func.count()).select_from(Evidence).where(
    Evidence.answer_id == bindparam("answer_id"), Evidence.deleted.is_(False))


@dataclass(frozen=True)
class SavedAnswer:
    """The answer as stored after the change."""

    value: Any
    not_applicable: bool
    note: str
    updated_at: datetime | None
    updated_by: str
    evidence_count: int


def quick_value_change(session: Session, template_for: Callable[[str, str], Template | None],
                       user: str, assessment_id: str, question_id: str, value: Any,
                       not_applicable: bool, reason: str) -> SavedAnswer | None:
    """Set the answer's value (or N/A) in the plain case; ``None`` when the case is not plain
    and nothing was written."""
    connection = session.connection()
    head = connection.execute(_HEAD, {"assessment_id": assessment_id}).first()
    if (head is None or head.deleted or lifecycle.is_locked(head.status)
            or head.status == AssessmentStatus.COMPLETED):
        return None
    template = template_for(head.template_id, head.template_version)
    question = template.question(question_id) if template is not None else None
    if question is None or question.type in FOLDING_TYPES:
        return None
    if not_applicable:
        if not question.na_allowed:
            return None
        new_value = None
    else:
        try:
            new_value = json_value(normalise(question, value))
        except AnswerValueError:
            return None
    answer = connection.execute(_ANSWER, {"assessment_id": assessment_id,
                                          "question_id": question_id}).first()
    if answer is None or answer.deleted:
        return None
    updated_at, updated_by = answer.updated_at, answer.updated_by
    if new_value != answer.value or not_applicable != answer.not_applicable:
        now = utcnow()
        history = {
            "id": new_id(), "answer_id": answer.id, "changed_at": now, "changed_by": user,
            "field": "value", "old_value": answer.value, "new_value": new_value,
            "old_not_applicable": answer.not_applicable, "new_not_applicable": not_applicable,
            "reason": reason, "created_at": now, "updated_at": now, "created_by": user,
            "updated_by": user, "revision": 1, "synced_revision": 0, "deleted": False,
        }
        problems = (stored_text_problems("answers", {"value": new_value, "updated_by": user})
                    + stored_text_problems("answer_changes", history))
        if problems:
            raise ValidationError(problems)
        connection.execute(_UPDATE, {"answer_id": answer.id, "new_value": new_value,
                                     "new_na": not_applicable, "now": now, "user": user})
        connection.execute(_APPEND, history)
        updated_at, updated_by = now, user
    evidence = connection.scalar(EVIDENCE_COUNT, {"answer_id": answer.id}) or 0
    return SavedAnswer(new_value, not_applicable, answer.note, updated_at, updated_by, evidence)


def json_value(value: Any) -> Any:
    """A tuple (several choices) kept as the JSON list it is stored as."""
    return list(value) if isinstance(value, tuple) else value
