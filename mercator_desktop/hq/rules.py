"""The rules HQ keeps whichever way a change arrives (sync from any device, any version).

- A mission code belongs to one mission (case-insensitive): a second mission with the same
  code is refused with "rename one".
- The answers of a validated assessment change only after it was reopened (with a reason):
  a change to an answer of an assessment HQ holds as validated is refused unless a
  "reopened" event of that assessment, later than its validation, is in the same push or
  already at HQ.
- A change from someone taken off a mission's team is refused, saying so.
Each refusal has a ``reason_code`` the app shows with its own words and a way out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.problem_texts import say
from ..sync.protocol import Change
from ..sync.record_schemas import STAMP_FIELDS
from .models import Record, Revocation

MISSIONS = "missions"
ANSWERS = "answers"
ASSESSMENTS = "assessments"
EVENTS = "assessment_events"
REOPENED = "reopened"
VALIDATED = "validated"

CODE_TAKEN = "code_taken"
LOCKED = "locked"
REMOVED = "removed_from_team"


@dataclass(frozen=True)
class Refusal:
    code: str
    reason: str


def natural_key(record_type: str, data: dict[str, Any]) -> str | None:
    """The key a record must hold alone, or None."""
    if record_type == MISSIONS:
        code = str(data.get("code") or "").strip().casefold()
        return code or None
    return None


def key_taken(session: Session, record_type: str, record_id: str, key: str | None,
              pending: dict[str, str]) -> Refusal | None:
    """A mission code already held by another mission (at HQ or earlier in this push)."""
    if key is None:
        return None
    holder = pending.get(key) or session.scalar(select(Record.id).where(
        Record.record_type == record_type, Record.natural_key == key))
    if holder is None or holder == record_id:
        return None
    return Refusal(CODE_TAKEN, say("hq_code_taken"))


class AnswerLock:
    """Which assessments were validated at HQ before this push, and which this push (or
    HQ) reopened since."""

    def __init__(self, session: Session, changes: list[Change],
                 record: Any, before_query: Any = None) -> None:
        self.session = session
        self.record = record
        #: writes what the push changed so far, so that a query reads it
        self.before_query = before_query or (lambda: None)
        self.reopened_in_push: dict[str, list[str]] = {}
        for change in changes:
            if change.record_type == EVENTS and change.fields.get("kind") == REOPENED:
                aid = str(change.fields.get("assessment_id"))
                self.reopened_in_push.setdefault(aid, []).append(
                    str(change.fields.get("at") or ""))
        self.validated: dict[str, tuple[str, str]] = {}
        self._checked: set[str] = set()

    def note_assessment(self, assessment_id: str) -> None:
        """Remember the assessment's state before this push changes it."""
        if assessment_id in self._checked:
            return
        self._checked.add(assessment_id)
        rec = self.record(ASSESSMENTS, assessment_id)
        if rec is not None and rec.data.get("status") == VALIDATED and not rec.deleted:
            self.validated[assessment_id] = (str(rec.data.get("validated_at") or ""),
                                             rec.scope)

    def refusal(self, change: Change, current: dict[str, Any] | None) -> Refusal | None:
        if change.record_type != ANSWERS:
            return None
        if not [n for n, v in change.fields.items() if n not in STAMP_FIELDS
                and n != "assessment_id" and (current is None or current.get(n) != v)]:
            return None
        assessment_id = str(change.fields.get("assessment_id")
                            or (current or {}).get("assessment_id"))
        self.note_assessment(assessment_id)
        state = self.validated.get(assessment_id)
        if state is None:
            return None
        validated_at, scope = state
        if any(at > validated_at for at in self.reopened_in_push.get(assessment_id, [])):
            return None
        self.before_query()
        for rec in self.session.scalars(select(Record).where(
                Record.scope == scope, Record.record_type == EVENTS)):
            data = rec.data
            if data.get("assessment_id") == assessment_id and data.get("kind") == REOPENED \
                    and str(data.get("at") or "") > validated_at and not rec.deleted:
                return None
        when = _day(validated_at)
        return Refusal(LOCKED, say("hq_validated_on", day=when) if when else
                       say("hq_validated"))


def revoked_scopes(session: Session, user_id: int) -> dict[str, datetime]:
    return {r.mission_id: r.at for r in session.scalars(
        select(Revocation).where(Revocation.user_id == user_id))}


def removed_refusal(at: datetime) -> Refusal:
    return Refusal(REMOVED, say("hq_removed_from_team", day=at.date().isoformat()))


def _day(text: str) -> str:
    return text[:10] if len(text) >= 10 else text
