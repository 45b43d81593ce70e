"""The answer change an expert makes most — a choice clicked, a rating set, N/A ticked —
written with plain SQL on the DB-API connection, one prepared statement per table.

``AssessmentService`` saves every answer change as it is made, while the expert works through
a checklist in a workshop. Through the ORM, a save reads the assessment and the answer into
objects, flushes them and runs the stamping hook; even through SQLAlchemy Core, each statement
cost ten times SQLite's own work. This path runs in ``Store.plain_write()`` (the same queued
``BEGIN IMMEDIATE`` transaction, committed with ``synchronous=FULL``): it reads the two rows
as plain tuples, updates the answer and appends its history row with the same stamps the
hook gives (who, when, a new revision), the same text checks, and values encoded and decoded
by the columns' own SQLAlchemy types, so the rows are those the ORM would write. The SQL
statements are kept by SQLite's statement cache of the connection, prepared once.

It only takes the plain case. Anything else answers ``None`` before writing anything, and the
service's ORM path does the work and gives the refusals: an assessment missing, in the trash,
locked or completed (a completed one may go back to draft), a template that is not installed,
a value the question refuses, free text (its history folds a typing session into one entry),
a note, an answer never given or restored from the trash.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Dialect, bindparam, func, select

from ..checklists.model import Template
from ..checklists.values import AnswerValueError, normalise
from ..domain import assessment as lifecycle
from ..domain.errors import ValidationError
from ..domain.record_fields import stored_text_problems
from ..domain.vocabulary import AssessmentStatus
from ..storage.base import new_id, utcnow
from ..storage.models import Evidence
from .answer_rows import codecs

#: question types whose history folds (see ``AssessmentService._record``): not for this path
FOLDING_TYPES = ("text",)

#: how many evidence items back an answer (the filling screen shows the count on its card)
EVIDENCE_COUNT = select(func.count()).select_from(Evidence).where(
    Evidence.answer_id == bindparam("answer_id"), Evidence.deleted.is_(False))

_HEAD = ("SELECT status, template_id, template_version, deleted FROM assessments "
         "WHERE id = ?")
_ANSWER = ("SELECT id, value, not_applicable, note, deleted, updated_at, updated_by "
           "FROM answers WHERE assessment_id = ? AND question_id = ?")
_UPDATE = ("UPDATE answers SET value = ?, not_applicable = ?, revision = revision + 1, "
           "updated_at = ?, updated_by = ? WHERE id = ?")
_HISTORY_COLUMNS = ("id", "answer_id", "changed_at", "changed_by", "field", "old_value",
                    "new_value", "old_not_applicable", "new_not_applicable", "reason",
                    "created_at", "updated_at", "created_by", "updated_by", "revision",
                    "synced_revision", "deleted")
_APPEND = (f"INSERT INTO answer_changes ({', '.join(_HISTORY_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(_HISTORY_COLUMNS))})")
_EVIDENCE = ("SELECT count(*) FROM evidence WHERE evidence.answer_id = ? "
             "AND evidence.deleted IS 0")
#: one statement, whatever the position was (it is written with every answer saved)
_SET_POSITION = (
    "INSERT INTO assessment_positions (assessment_id, question_id, updated_at) "
    "VALUES (?, ?, ?) ON CONFLICT (assessment_id) DO UPDATE SET "
    "question_id = excluded.question_id, updated_at = excluded.updated_at "
    "WHERE assessment_positions.question_id != excluded.question_id")


@dataclass(frozen=True)
class SavedAnswer:
    """The answer as stored after the change."""

    value: Any
    not_applicable: bool
    note: str
    updated_at: datetime | None
    updated_by: str
    evidence_count: int


def quick_value_change(connection: Any, dialect: Dialect,
                       template_for: Callable[[str, str], Template | None],
                       user: str, assessment_id: str, question_id: str, value: Any,
                       not_applicable: bool, reason: str) -> SavedAnswer | None:
    """Set the answer's value (or N/A) in the plain case, on the DB-API ``connection`` of a
    write transaction, and remember the question as where the expert is; ``None`` when the
    case is not plain and nothing was written."""
    head = connection.execute(_HEAD, (assessment_id,)).fetchone()
    if head is None:
        return None
    status, template_id, template_version, deleted = head
    if deleted or lifecycle.is_locked(status) or status == AssessmentStatus.COMPLETED:
        return None
    template = template_for(template_id, template_version)
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
    row = connection.execute(_ANSWER, (assessment_id, question_id)).fetchone()
    if row is None or row[4]:
        return None
    c = codecs(dialect)
    answer_id, old_value, old_na, note, _deleted, updated_at, updated_by = row
    old_value, old_na = c.json_out(old_value), bool(c.flag_out(old_na))
    updated_at = c.time_out(updated_at)
    if new_value != old_value or not_applicable != old_na:
        now = utcnow()
        history = {
            "id": new_id(), "answer_id": answer_id, "changed_at": now, "changed_by": user,
            "field": "value", "old_value": old_value, "new_value": new_value,
            "old_not_applicable": old_na, "new_not_applicable": not_applicable,
            "reason": reason, "created_at": now, "updated_at": now, "created_by": user,
            "updated_by": user, "revision": 1, "synced_revision": 0, "deleted": False,
        }
        problems = (stored_text_problems("answers", {"value": new_value, "updated_by": user})
                    + stored_text_problems("answer_changes", history))
        if problems:
            raise ValidationError(problems)
        stamp = c.time_in(now)
        history.update(changed_at=stamp, created_at=stamp, updated_at=stamp,
                       old_value=c.json_in(old_value), new_value=c.json_in(new_value))
        connection.execute(_UPDATE, (history["new_value"], not_applicable, stamp, user,
                                     answer_id))
        connection.execute(_APPEND, tuple(history[c] for c in _HISTORY_COLUMNS))
        updated_at, updated_by = now, user
    set_position(connection, dialect, assessment_id, question_id)
    evidence = connection.execute(_EVIDENCE, (answer_id,)).fetchone()[0] or 0
    return SavedAnswer(new_value, not_applicable, note, updated_at, updated_by, evidence)


def set_position(connection: Any, dialect: Dialect, assessment_id: str,
                 question_id: str) -> None:
    """Remember ``question_id`` as where the expert is in the assessment (this laptop's
    ``assessment_positions``), on the DB-API ``connection`` of a write transaction."""
    connection.execute(_SET_POSITION, (assessment_id, question_id,
                                       codecs(dialect).time_in(utcnow())))


def json_value(value: Any) -> Any:
    """A tuple (several choices) kept as the JSON list it is stored as."""
    return list(value) if isinstance(value, tuple) else value
