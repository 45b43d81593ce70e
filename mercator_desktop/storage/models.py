"""Typed models of the whole domain: reference data, people and organisations, missions,
assessments, findings and action plans, and this device's sync state.

Reference tables are keyed by stable codes and loaded from ``resources/reference``; every
record a person creates is a ``SyncedMixin`` record with a device-made UUID.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, ReferenceMixin, SyncedMixin, utcnow

# --- reference data -------------------------------------------------------------------------


class Region(ReferenceMixin, Base):
    __tablename__ = "regions"
    short_names: Mapped[dict[str, str]] = mapped_column(default=dict)
    rocb_seat: Mapped[str | None] = mapped_column(String(120))


class Country(Base):
    __tablename__ = "countries"
    iso2: Mapped[str] = mapped_column(String(2), primary_key=True)
    iso3: Mapped[str | None] = mapped_column(String(3))
    names: Mapped[dict[str, str]] = mapped_column(default=dict)
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)
    is_wco_member: Mapped[bool] = mapped_column(Boolean, default=True)
    membership_date: Mapped[date | None]
    customs_territory: Mapped[bool] = mapped_column(Boolean, default=False)
    verified: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    region: Mapped[Region] = relationship(lazy="joined")

    def label(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names.get("en") or self.iso2


class TfaProvision(ReferenceMixin, Base):
    """A TFA Section I article ("7") or one of its paragraphs ("7.6")."""

    __tablename__ = "tfa_provisions"
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("tfa_provisions.code"))


class ArushaFactor(ReferenceMixin, Base):
    __tablename__ = "arusha_factors"
    number: Mapped[int] = mapped_column(Integer)
    gist: Mapped[dict[str, str]] = mapped_column(default=dict)


class GeoatPrinciple(ReferenceMixin, Base):
    __tablename__ = "geoat_principles"
    number: Mapped[int | None] = mapped_column(Integer)


class MissionType(ReferenceMixin, Base):
    __tablename__ = "mission_types"


class Topic(ReferenceMixin, Base):
    __tablename__ = "topics"


class Status(ReferenceMixin, Base):
    __tablename__ = "statuses"
    terminal: Mapped[bool] = mapped_column(Boolean, default=False)


class AccreditationCategory(ReferenceMixin, Base):
    __tablename__ = "accreditation_categories"


class ReferenceSet(Base):
    """Which version of each reference file the store holds."""

    __tablename__ = "reference_sets"
    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    checksum: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[datetime]


class LocalSetting(Base):
    """Per-device facts kept with the data (device id, demo loaded). Never synced."""

    __tablename__ = "local_settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- people and organisations ---------------------------------------------------------------


class Programme(SyncedMixin, Base):
    """A programme or donor funding missions. Shipped programmes get ids derived from their
    code, so every device names the same programme with the same id."""

    __tablename__ = "programmes"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    donor: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]


class Administration(SyncedMixin, Base):
    __tablename__ = "administrations"
    country_iso2: Mapped[str] = mapped_column(ForeignKey("countries.iso2"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    acronym: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Expert(SyncedMixin, Base):
    __tablename__ = "experts"
    name: Mapped[str] = mapped_column(String(200), index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    home_country_iso2: Mapped[str | None] = mapped_column(ForeignKey("countries.iso2"))
    home_administration_id: Mapped[str | None] = mapped_column(ForeignKey("administrations.id"))
    languages: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")

    accreditations: Mapped[list[Accreditation]] = relationship(
        back_populates="expert", order_by="Accreditation.accredited_on"
    )


class Accreditation(SyncedMixin, Base):
    __tablename__ = "accreditations"
    expert_id: Mapped[str] = mapped_column(ForeignKey("experts.id"), index=True)
    category_code: Mapped[str] = mapped_column(ForeignKey("accreditation_categories.code"))
    status: Mapped[str] = mapped_column(String(20))
    accredited_on: Mapped[date | None]
    ace_id: Mapped[str] = mapped_column(String(40), default="")

    expert: Mapped[Expert] = relationship(back_populates="accreditations")


# --- missions -------------------------------------------------------------------------------


class Mission(SyncedMixin, Base):
    __tablename__ = "missions"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
                        name="dates_in_order"),
    )
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    type_code: Mapped[str] = mapped_column(ForeignKey("mission_types.code"), index=True)
    topics: Mapped[list[str]] = mapped_column(default=list)
    status_code: Mapped[str] = mapped_column(ForeignKey("statuses.code"), index=True)
    country_iso2: Mapped[str] = mapped_column(ForeignKey("countries.iso2"), index=True)
    administration_id: Mapped[str | None] = mapped_column(ForeignKey("administrations.id"))
    start_date: Mapped[date | None] = mapped_column(index=True)
    end_date: Mapped[date | None]
    location: Mapped[str] = mapped_column(String(200), default="")
    is_remote: Mapped[bool] = mapped_column(Boolean, default=False)
    programme_id: Mapped[str | None] = mapped_column(ForeignKey("programmes.id"))
    request_reference: Mapped[str] = mapped_column(String(120), default="")
    request_date: Mapped[date | None]
    objectives: Mapped[str] = mapped_column(Text, default="")
    participants_women: Mapped[int | None]
    participants_men: Mapped[int | None]
    participants_total: Mapped[int | None]
    logistics_notes: Mapped[str] = mapped_column(Text, default="")
    executive_summary: Mapped[str] = mapped_column(Text, default="", server_default="")

    country: Mapped[Country] = relationship(lazy="joined")
    programme: Mapped[Programme | None] = relationship()
    administration: Mapped[Administration | None] = relationship()
    team: Mapped[list[TeamMember]] = relationship(back_populates="mission")
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="mission", order_by=lambda: (AgendaItem.day, AgendaItem.position)
    )
    links: Mapped[list[MissionLink]] = relationship(back_populates="mission")
    counterparts: Mapped[list[Counterpart]] = relationship(order_by=lambda: Counterpart.name)


class TeamMember(SyncedMixin, Base):
    __tablename__ = "team_members"
    # Found by mission through the unique constraint, whose first column it is.
    __table_args__ = (UniqueConstraint("mission_id", "expert_id"),)
    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"))
    expert_id: Mapped[str] = mapped_column(ForeignKey("experts.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))

    mission: Mapped[Mission] = relationship(back_populates="team")
    expert: Mapped[Expert] = relationship(lazy="joined")


class AgendaItem(SyncedMixin, Base):
    __tablename__ = "agenda_items"
    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    day: Mapped[date]
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    position: Mapped[int] = mapped_column(Integer, default=0)
    activity: Mapped[str] = mapped_column(String(300))
    location: Mapped[str] = mapped_column(String(200), default="")
    counterparts: Mapped[str] = mapped_column(Text, default="")

    mission: Mapped[Mission] = relationship(back_populates="agenda")


class Counterpart(SyncedMixin, Base):
    """A person of the beneficiary administration the team works with."""

    __tablename__ = "counterparts"
    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")


class MissionLink(SyncedMixin, Base):
    """A mission's link to a TFA provision, an Arusha factor or a GEOAT principle."""

    __tablename__ = "mission_links"
    # Found by mission through the unique constraint, whose first column it is.
    __table_args__ = (UniqueConstraint("mission_id", "kind", "code"),)
    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"))
    kind: Mapped[str] = mapped_column(String(10))
    code: Mapped[str] = mapped_column(String(40))

    mission: Mapped[Mission] = relationship(back_populates="links")


# --- assessments ----------------------------------------------------------------------------


class Assessment(SyncedMixin, Base):
    __tablename__ = "assessments"
    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    template_id: Mapped[str] = mapped_column(String(80))
    template_version: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200), default="")
    group_name: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(5), default="en")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    validated_by: Mapped[str] = mapped_column(String(120), default="")
    validated_at: Mapped[datetime | None]


class Answer(SyncedMixin, Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("assessment_id", "question_id"),)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"), index=True)
    question_id: Mapped[str] = mapped_column(String(80))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class AnswerChange(SyncedMixin, Base):
    """One entry of an answer's audit trail.

    ``field`` says what changed: ``value`` (the answer; ``old/new_not_applicable`` carry the
    N/A flag beside the value) or ``note``. An entry is never edited once synced; the one
    exception is free text (a text answer or a note, saved while the expert types): a save
    by the same person within a short window folds into their own unsynced entry, so the
    trail shows "old → final" instead of one entry per pause.
    """

    __tablename__ = "answer_changes"
    answer_id: Mapped[str] = mapped_column(ForeignKey("answers.id"), index=True)
    changed_at: Mapped[datetime]
    changed_by: Mapped[str] = mapped_column(String(120))
    field: Mapped[str] = mapped_column(String(20), default="value")
    old_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    old_not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    new_not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")


class Evidence(SyncedMixin, Base):
    """An attachment or note backing an answer; the file lives in the data dir by SHA-256."""

    __tablename__ = "evidence"
    answer_id: Mapped[str] = mapped_column(ForeignKey("answers.id"), index=True)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(260), default="")
    size: Mapped[int | None]
    media_type: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # Size of the file as given when a photo was shrunk on import; None when kept as it was.
    original_size: Mapped[int | None]


class AssessmentEvent(SyncedMixin, Base):
    """A step of an assessment's lifecycle (completed, validated, reopened, migrated to a
    newer template version), with who, when, the reason and details such as the answers a
    migration could not carry over."""

    __tablename__ = "assessment_events"
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime]
    by: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


# --- findings and action plans --------------------------------------------------------------


class Finding(SyncedMixin, Base):
    __tablename__ = "findings"
    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    assessment_id: Mapped[str | None] = mapped_column(ForeignKey("assessments.id"))
    kind: Mapped[str] = mapped_column(String(10))
    link_kind: Mapped[str | None] = mapped_column(String(10))
    link_code: Mapped[str | None] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Recommendation(SyncedMixin, Base):
    __tablename__ = "recommendations"
    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    finding_id: Mapped[str | None] = mapped_column(ForeignKey("findings.id"))
    text: Mapped[str] = mapped_column(Text)
    priority: Mapped[str] = mapped_column(String(10), default="medium")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ActionItem(SyncedMixin, Base):
    __tablename__ = "action_items"
    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    recommendation_id: Mapped[str | None] = mapped_column(ForeignKey("recommendations.id"))
    objective: Mapped[str] = mapped_column(Text, default="")
    activity: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    responsible_unit: Mapped[str] = mapped_column(String(200), default="")
    timeframe: Mapped[str] = mapped_column(String(10), default="medium")
    due_date: Mapped[date | None]
    indicator: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ActionProgress(SyncedMixin, Base):
    """A progress update on an action item (e.g. the six-monthly report to the WCO)."""

    __tablename__ = "action_progress"
    action_item_id: Mapped[str] = mapped_column(ForeignKey("action_items.id"), index=True)
    reported_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(20))
    percent_done: Mapped[int | None]
    text: Mapped[str] = mapped_column(Text, default="")


class IssuedReport(SyncedMixin, Base):
    """A mission report as it was issued: its version, status, language and date of issue,
    and the PDF kept by SHA-256 in the data folder's file store (``services.kept_files``).
    Never changed once written: a reissue is a new row."""

    __tablename__ = "issued_reports"
    mission_id: Mapped[str] = mapped_column(ForeignKey("missions.id"), index=True)
    version: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(5))
    issue_date: Mapped[date]
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(260))
    issued_by: Mapped[str] = mapped_column(String(120))


SYNCED_MODELS: tuple[type[SyncedMixin], ...] = (
    Programme, Administration, Expert, Accreditation, Mission, TeamMember, AgendaItem,
    Counterpart, MissionLink, Assessment, Answer, AnswerChange, Evidence, AssessmentEvent,
    Finding, Recommendation, ActionItem, ActionProgress, IssuedReport,
)


# --- sync with headquarters: this device's sync state (never synced itself) -----------------

from sqlalchemy import BigInteger, Index  # noqa: E402  (keeps the sync section self-contained)


class SyncCursor(Base):
    """Where this device stands in an HQ's change stream, and how the last sync went."""

    __tablename__ = "sync_cursors"
    service_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_url: Mapped[str] = mapped_column(String(300))
    cursor: Mapped[str | None] = mapped_column(Text)
    last_sync_at: Mapped[datetime | None]
    last_state: Mapped[str] = mapped_column(String(20), default="")
    last_message: Mapped[str] = mapped_column(Text, default="")
    #: the highest sequence number seen from this epoch of HQ (pulled or acknowledged): HQ
    #: never having issued it proves HQ was restored
    known_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncBase(Base):
    """The last version of a record HQ confirmed (its server revision and fields): the
    common base of field-by-field merging, and what a push sends the difference against."""

    __tablename__ = "sync_bases"
    record_type: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_revision: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)


class SyncConflict(Base):
    """One field HQ and this device both changed, differently: the conflict inbox. The
    record holds HQ's value until the person keeps theirs."""

    __tablename__ = "sync_conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    base_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    mine: Mapped[Any] = mapped_column(JSON, nullable=True)
    theirs: Mapped[Any] = mapped_column(JSON, nullable=True)
    server_revision: Mapped[int] = mapped_column(Integer)
    detected_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str] = mapped_column(String(10), default="")


class SyncQuarantine(Base):
    """A local record HQ refused, with HQ's reason; it waits here (state "error") instead of
    blocking the queue, until it is edited again or retried."""

    __tablename__ = "sync_quarantine"
    record_type: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    reason_code: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime]


class SyncStaged(Base):
    """A record received from HQ that cannot be applied yet (its parent has not arrived, or
    it clashes with a local record), with the reason; retried after every pulled batch."""

    __tablename__ = "sync_staged"
    record_type: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_revision: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime]


class LocalOnlyRecord(Base):
    """A record that never leaves this laptop (the demonstration data): the sync skips it
    and everything under it, and it is not counted as waiting to be sent."""

    __tablename__ = "local_only_records"
    record_type: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reason: Mapped[str] = mapped_column(String(20), default="demo")


class SyncResend(Base):
    """A record to send HQ again in full because HQ was restored and may lack it (its
    confirmed version is newer than what HQ kept); gone once HQ confirms it."""

    __tablename__ = "sync_resend"
    record_type: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class ArchivedMission(Base):
    """A mission this person was taken off the team of: HQ no longer sends its changes and
    refuses changes to it; it stays here, read-only, out of the mission list."""

    __tablename__ = "archived_missions"
    mission_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime]


class AssessmentPosition(Base):
    """The question an expert was at in an assessment, to resume there: where this device's
    person stands, not part of the assessment, so moving never makes a change to send."""

    __tablename__ = "assessment_positions"
    assessment_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    question_id: Mapped[str] = mapped_column(String(80), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncPublication(Base):
    """Reference data and checklist template versions HQ published."""

    __tablename__ = "sync_publications"
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    version: Mapped[str] = mapped_column(String(40))
    checksum: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[Any] = mapped_column(JSON, nullable=True)
    server_revision: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime]


#: Tables whose unsent rows (``revision > synced_revision``) a partial index lists, so a sync
#: with nothing to send costs the same with a thousand records or a hundred thousand.
PENDING_INDEXED: tuple[type[SyncedMixin], ...] = SYNCED_MODELS
for _model in PENDING_INDEXED:
    Index(f"ix_{_model.__tablename__}_pending", _model.revision,  # type: ignore[attr-defined]
          sqlite_where=_model.revision > _model.synced_revision)
