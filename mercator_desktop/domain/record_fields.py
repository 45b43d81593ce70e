"""The fields of every record that travels to HQ: kind, length, vocabulary, parent — once.

This table is the one place the limits of a synced record are written. The app checks every
synced row it stores against it (``storage.engine``), the sync protocol builds its
per-record schemas from it (``sync.record_schemas``, published in HQ's OpenAPI document), and
HQ refuses at the door whatever does not fit it. The storage models declare the same columns;
a test holds the two in step.

Text is well-formed Unicode: no lone surrogate and no NUL character, wherever it comes from
(typed, imported, received).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .assessment import EventKind
from .errors import FieldProblem
from .problem_texts import say
from .vocabulary import (
    REPORT_LANGUAGES,
    AccreditationStatus,
    ActionStatus,
    AssessmentStatus,
    FindingKind,
    IssueStatus,
    LinkKind,
    Priority,
    TeamRole,
    Timeframe,
)

#: a long free text (objectives, notes, reasons)
LONG_TEXT = 20_000
#: a finding, recommendation, action or progress text (one paragraph or a few)
PARAGRAPH = 4_000
#: a JSON value (an answer, a list of topics, an event's details), as compact JSON text
JSON_CHARS = 20_000
#: bounds of whole numbers stored in the app's 32-bit columns
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
#: bounds of sizes in bytes (exact in a JSON number)
SIZE_MAX = 2**53
ID_LENGTH = 36

STAMP_FIELDS = frozenset({"created_at", "created_by", "updated_at", "updated_by"})


@dataclass(frozen=True)
class FieldRule:
    """One field: ``kind`` is str, int, bool, date, time, datetime or json."""

    kind: str
    max_length: int | None = None
    nullable: bool = False
    vocabulary: tuple[str, ...] = ()
    #: the synced record type this field points at (its id), if any
    parent: str | None = None
    minimum: int | None = None
    maximum: int | None = None


def _s(length: int, **kw: Any) -> FieldRule:
    return FieldRule("str", length, **kw)


def _ref(parent: str, nullable: bool = False) -> FieldRule:
    return FieldRule("str", ID_LENGTH, nullable=nullable, parent=parent)


def _vocab(codes: Iterable[str], length: int, nullable: bool = False) -> FieldRule:
    return FieldRule("str", length, nullable=nullable, vocabulary=tuple(str(c) for c in codes))


def _int(nullable: bool = True, minimum: int = INT_MIN, maximum: int = INT_MAX) -> FieldRule:
    return FieldRule("int", nullable=nullable, minimum=minimum, maximum=maximum)


DATE = FieldRule("date")
DATE_OR_NONE = FieldRule("date", nullable=True)
TIME_OR_NONE = FieldRule("time", nullable=True)
DATETIME = FieldRule("datetime")
DATETIME_OR_NONE = FieldRule("datetime", nullable=True)
BOOL = FieldRule("bool")
JSON = FieldRule("json")
JSON_OR_NONE = FieldRule("json", nullable=True)
COUNTRY = _s(2)
REFERENCE_CODE = _s(40)
POSITION = _int(nullable=False)
LONG = _s(LONG_TEXT)
TEXT = _s(PARAGRAPH)
PERSON = _s(120)

STAMPS: dict[str, FieldRule] = {"created_at": DATETIME, "updated_at": DATETIME,
                                "created_by": PERSON, "updated_by": PERSON}

ANSWER_CHANGE_FIELDS = ("value", "note")

#: record type -> field -> rule, parents' types before their children's
RECORD_FIELDS: dict[str, dict[str, FieldRule]] = {
    "programmes": {"code": _s(40), "name": _s(200), "donor": _s(200),
                   "start_date": DATE_OR_NONE, "end_date": DATE_OR_NONE},
    "administrations": {"country_iso2": COUNTRY, "name": _s(200), "acronym": _s(20),
                        "notes": LONG},
    "experts": {"name": _s(200), "email": _s(200), "home_country_iso2": _s(2, nullable=True),
                "home_administration_id": _ref("administrations", nullable=True),
                "languages": JSON, "notes": LONG},
    "accreditations": {"expert_id": _ref("experts"), "category_code": REFERENCE_CODE,
                       "status": _vocab(AccreditationStatus, 20),
                       "accredited_on": DATE_OR_NONE, "ace_id": _s(40)},
    "missions": {"code": _s(40), "title": _s(300), "type_code": REFERENCE_CODE,
                 "topics": JSON, "status_code": REFERENCE_CODE, "country_iso2": COUNTRY,
                 "administration_id": _ref("administrations", nullable=True),
                 "start_date": DATE_OR_NONE, "end_date": DATE_OR_NONE,
                 "location": _s(200), "is_remote": BOOL,
                 "programme_id": _ref("programmes", nullable=True),
                 "request_reference": _s(120), "request_date": DATE_OR_NONE,
                 "objectives": LONG, "participants_women": _int(minimum=0),
                 "participants_men": _int(minimum=0), "participants_total": _int(minimum=0),
                 "logistics_notes": LONG, "executive_summary": LONG},
    "team_members": {"mission_id": _ref("missions"), "expert_id": _ref("experts"),
                     "role": _vocab(TeamRole, 20)},
    "agenda_items": {"mission_id": _ref("missions"), "day": DATE,
                     "start_time": TIME_OR_NONE, "end_time": TIME_OR_NONE,
                     "position": POSITION, "activity": _s(300), "location": _s(200),
                     "counterparts": LONG},
    "counterparts": {"mission_id": _ref("missions"), "name": _s(200), "unit": _s(200),
                     "contact": _s(200)},
    "mission_links": {"mission_id": _ref("missions"), "kind": _vocab(LinkKind, 10),
                      "code": REFERENCE_CODE},
    "assessments": {"mission_id": _ref("missions"), "template_id": _s(80),
                    "template_version": _s(20), "title": _s(200), "group_name": _s(200),
                    "language": _s(5), "status": _vocab(AssessmentStatus, 20),
                    "validated_by": PERSON, "validated_at": DATETIME_OR_NONE},
    "answers": {"assessment_id": _ref("assessments"), "question_id": _s(80),
                "value": JSON_OR_NONE, "not_applicable": BOOL, "note": LONG},
    "answer_changes": {"answer_id": _ref("answers"), "changed_at": DATETIME,
                       "changed_by": PERSON, "field": _vocab(ANSWER_CHANGE_FIELDS, 20),
                       "old_value": JSON_OR_NONE, "new_value": JSON_OR_NONE,
                       "old_not_applicable": BOOL, "new_not_applicable": BOOL,
                       "reason": LONG},
    "evidence": {"answer_id": _ref("answers"), "sha256": _s(64, nullable=True),
                 "original_name": _s(260), "size": _int(minimum=0, maximum=SIZE_MAX),
                 "media_type": _s(100), "note": LONG,
                 "original_size": _int(minimum=0, maximum=SIZE_MAX)},
    "assessment_events": {"assessment_id": _ref("assessments"),
                          "kind": _vocab((v for k, v in vars(EventKind).items()
                                          if k.isupper()), 20),
                          "at": DATETIME, "by": PERSON, "reason": LONG, "details": JSON},
    "findings": {"mission_id": _ref("missions"),
                 "assessment_id": _ref("assessments", nullable=True),
                 "kind": _vocab(FindingKind, 10),
                 "link_kind": _vocab(LinkKind, 10, nullable=True),
                 "link_code": _s(40, nullable=True), "text": TEXT, "position": POSITION},
    "recommendations": {"mission_id": _ref("missions"),
                        "finding_id": _ref("findings", nullable=True), "text": TEXT,
                        "priority": _vocab(Priority, 10), "position": POSITION},
    "action_items": {"mission_id": _ref("missions"),
                     "recommendation_id": _ref("recommendations", nullable=True),
                     "objective": TEXT, "activity": TEXT, "owner": _s(200),
                     "responsible_unit": _s(200), "timeframe": _vocab(Timeframe, 10),
                     "due_date": DATE_OR_NONE, "indicator": TEXT,
                     "status": _vocab(ActionStatus, 20), "position": POSITION},
    "action_progress": {"action_item_id": _ref("action_items"), "reported_on": DATE,
                        "status": _vocab(ActionStatus, 20),
                        "percent_done": _int(minimum=0, maximum=100), "text": TEXT},
    # a report as it was issued: never changed once written (a reissue is a new record)
    "issued_reports": {"mission_id": _ref("missions"), "version": _s(10),
                       "status": _vocab(IssueStatus, 10),
                       "language": _vocab(REPORT_LANGUAGES, 5), "issue_date": DATE,
                       "sha256": _s(64), "size": _int(nullable=False, minimum=0,
                                                      maximum=SIZE_MAX),
                       "file_name": _s(260), "issued_by": PERSON},
}


def rules_of(record_type: str) -> dict[str, FieldRule]:
    """Every travelling field of a record type, who/when stamps included."""
    return {**RECORD_FIELDS[record_type], **STAMPS}


def text_problem(text: str) -> str | None:
    """Why ``text`` is not well-formed Unicode text, or None."""
    if "\x00" in text:
        return say("contains_nul")
    if text.isascii():  # most texts: no surrogate possible, nothing to encode
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return say("lone_surrogate")
    return None


def json_text_problem(value: Any) -> str | None:
    """The first text problem anywhere inside a JSON value, or None."""
    if isinstance(value, str):
        return text_problem(value)
    if isinstance(value, dict):
        items: Iterable[Any] = [*value.keys(), *value.values()]
    elif isinstance(value, list | tuple):
        items = value
    else:
        return None
    for item in items:
        problem = json_text_problem(item)
        if problem:
            return problem
    return None


def stored_text_problems(record_type: str, values: dict[str, Any]) -> list[FieldProblem]:
    """Text the app must not store in a synced record: too long for its field, or not
    well-formed (the same limits HQ applies)."""
    rules = RECORD_FIELDS.get(record_type)
    if rules is None:
        return []
    problems = []
    for name, value in values.items():
        rule = rules.get(name)
        if rule is None or not isinstance(value, str):
            continue
        reason = text_problem(value)
        if reason:
            problems.append(FieldProblem(name, reason))
        elif rule.max_length is not None and len(value) > rule.max_length:
            problems.append(FieldProblem(name, say("at_most_characters_has",
                                                   limit=rule.max_length, count=len(value))))
    return problems
