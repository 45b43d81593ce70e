"""An assessment's answers as plain rows, read on the DB-API connection, and the columns'
conversions the plain-SQL paths share.

Opening the filling screen reads every answer of the assessment (200 and more): through the
ORM, SQLAlchemy's per-row and per-value bookkeeping took longer than SQLite's read. One
statement reads the answers with their evidence counts; the values and stamps are decoded
by the columns' own SQLAlchemy types (``codecs``), so they are those the ORM would give.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Dialect

from ..storage.models import Answer


@dataclass(frozen=True)
class Codecs:
    """Python value → stored value (``*_in``) and back (``*_out``), per column kind."""

    json_in: Callable[[Any], Any]
    json_out: Callable[[Any], Any]
    time_in: Callable[[Any], Any]
    time_out: Callable[[Any], Any]
    flag_out: Callable[[Any], Any]


@cache
def codecs(dialect: Dialect) -> Codecs:
    """The conversions of the answers' columns (JSON value, UTC stamp, flag) for ``dialect``."""
    columns = Answer.__table__.c

    def into(column: Any) -> Callable[[Any], Any]:
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        return processor if processor is not None else _same

    def out_of(column: Any) -> Callable[[Any], Any]:
        processor = column.type.dialect_impl(dialect).result_processor(dialect, None)
        return processor if processor is not None else _same

    return Codecs(into(columns.value), out_of(columns.value), into(columns.updated_at),
                  out_of(columns.updated_at), out_of(columns.not_applicable))


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class AnswerRow:
    question_id: str
    value: Any
    not_applicable: bool
    note: str
    updated_at: datetime | None
    updated_by: str
    evidence_count: int


_ANSWER_ROWS = (
    "SELECT a.question_id, a.value, a.not_applicable, a.note, a.updated_at, a.updated_by, "
    "(SELECT count(*) FROM evidence AS e WHERE e.answer_id = a.id AND e.deleted IS 0) "
    "FROM answers AS a WHERE a.assessment_id = ? AND a.deleted IS 0")


def answer_rows(connection: Any, dialect: Dialect, assessment_id: str) -> list[AnswerRow]:
    """The answers of the assessment not in the trash, each with how many evidence items
    (not in the trash) back it; ``connection`` is a DB-API connection."""
    c = codecs(dialect)
    json_out, time_out, flag_out = c.json_out, c.time_out, c.flag_out
    return [AnswerRow(question_id, json_out(value), bool(flag_out(na)), note or "",
                      time_out(updated_at), updated_by or "", evidence)
            for question_id, value, na, note, updated_at, updated_by, evidence
            in connection.execute(_ANSWER_ROWS, (assessment_id,)).fetchall()]
