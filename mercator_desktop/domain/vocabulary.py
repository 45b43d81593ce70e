"""Stable codes that are part of the data model (not their labels, which are data files)."""

from __future__ import annotations

from enum import StrEnum


class TeamRole(StrEnum):
    LEAD = "lead"
    CO_FACILITATOR = "co_facilitator"
    WCO_STAFF = "wco_staff"
    OBSERVER = "observer"


class LinkKind(StrEnum):
    """What a mission can be linked to in the reference data."""

    TFA = "tfa"
    ARUSHA = "arusha"
    GEOAT = "geoat"


class AccreditationStatus(StrEnum):
    PRE_ACCREDITED = "pre_accredited"
    ACCREDITED = "accredited"
    LAPSED = "lapsed"


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    COMPLETED = "completed"
    VALIDATED = "validated"


class FindingKind(StrEnum):
    STRENGTH = "strength"
    GAP = "gap"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Timeframe(StrEnum):
    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class IssueStatus(StrEnum):
    """The status an issued report is issued with (printed on its cover)."""

    DRAFT = "draft"
    FINAL = "final"


#: the languages a mission report is written and issued in
REPORT_LANGUAGES = ("en", "fr", "es", "ar")


class SyncState(StrEnum):
    """How a record stands with HQ, as shown beside it."""

    LOCAL = "local"
    PENDING = "pending"
    SYNCED = "synced"
    CONFLICT = "conflict"
    ERROR = "error"
