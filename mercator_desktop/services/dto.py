"""Plain dataclasses the services take and return (no ORM objects leave a service)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time


@dataclass
class TeamAssignment:
    expert_id: str
    role: str


@dataclass
class MissionInput:
    """What a person (or a file) says about a mission. ``team``/``links`` of None leave the
    mission's current team/links as they are."""

    code: str
    title: str
    type_code: str
    status_code: str
    country_iso2: str
    topics: list[str] = field(default_factory=list)
    administration_id: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    location: str = ""
    is_remote: bool = False
    programme_id: str | None = None
    request_reference: str = ""
    request_date: date | None = None
    objectives: str = ""
    participants_women: int | None = None
    participants_men: int | None = None
    participants_total: int | None = None
    logistics_notes: str = ""
    executive_summary: str = ""
    team: list[TeamAssignment] | None = None
    links: dict[str, list[str]] | None = None


@dataclass
class MissionChanges:
    """What one editor window changed in a mission since it loaded it, for
    ``MissionService.save_changes``.

    ``revision`` and ``loaded`` are the mission as the window loaded it (``loaded`` carries
    its team and links too). ``fields``: the changed ``MissionInput`` fields and their new
    values. The lists are edits, each ``(loaded, mine)``: ``loaded`` None for an item added
    in the window, ``mine`` None for one it removed; team members are matched by expert,
    sessions and counterparts by id. ``links_added``/``links_removed``: ``(kind, code)``.
    A session's ``position`` is its place among the sessions of its day. Values are
    compared field by field: ``revision`` counts changes of the whole row (a sync may also
    set it), so it says only whether anything changed meanwhile."""

    revision: int
    loaded: MissionInput
    fields: dict[str, object] = field(default_factory=dict)
    team: list[tuple[TeamAssignment | None, TeamAssignment | None]] = field(
        default_factory=list)
    links_added: set[tuple[str, str]] = field(default_factory=set)
    links_removed: set[tuple[str, str]] = field(default_factory=set)
    agenda: list[tuple[AgendaItemView | None, AgendaItemView | None]] = field(
        default_factory=list)
    counterparts: list[tuple[CounterpartView | None, CounterpartView | None]] = field(
        default_factory=list)

    def is_empty(self) -> bool:
        return not (self.fields or self.team or self.links_added or self.links_removed
                    or self.agenda or self.counterparts)


@dataclass(frozen=True, slots=True)
class MissionSummary:
    """One row of the mission list (20,000 of them stay in memory: no ``__dict__``)."""

    id: str
    code: str
    title: str
    type_code: str
    status_code: str
    country_iso2: str
    region_code: str
    start_date: date | None
    end_date: date | None
    lead_expert: str
    sync_state: str
    deleted: bool = False


@dataclass(frozen=True)
class TeamMemberView:
    id: str
    expert_id: str
    expert_name: str
    role: str


@dataclass(frozen=True)
class AgendaItemView:
    id: str
    day: date
    start_time: time | None
    end_time: time | None
    activity: str
    location: str
    counterparts: str
    position: int


@dataclass(frozen=True)
class CounterpartView:
    id: str
    name: str
    unit: str
    contact: str


@dataclass(frozen=True)
class MissionDetail:
    id: str
    code: str
    title: str
    type_code: str
    status_code: str
    country_iso2: str
    region_code: str
    topics: list[str]
    administration_id: str | None
    administration_name: str
    start_date: date | None
    end_date: date | None
    location: str
    is_remote: bool
    programme_id: str | None
    programme_code: str
    programme_name: str
    request_reference: str
    request_date: date | None
    objectives: str
    participants_women: int | None
    participants_men: int | None
    participants_total: int | None
    logistics_notes: str
    executive_summary: str
    revision: int
    deleted: bool
    team: list[TeamMemberView]
    agenda: list[AgendaItemView]
    links: dict[str, list[str]]
    counterparts: list[CounterpartView]

    @property
    def lead_expert(self) -> str:
        return next((m.expert_name for m in self.team if m.role == "lead"), "")

    def to_input(self) -> MissionInput:
        return MissionInput(
            code=self.code, title=self.title, type_code=self.type_code,
            status_code=self.status_code, country_iso2=self.country_iso2,
            topics=list(self.topics), administration_id=self.administration_id,
            start_date=self.start_date, end_date=self.end_date, location=self.location,
            is_remote=self.is_remote, programme_id=self.programme_id,
            request_reference=self.request_reference, request_date=self.request_date,
            objectives=self.objectives, participants_women=self.participants_women,
            participants_men=self.participants_men,
            participants_total=self.participants_total,
            logistics_notes=self.logistics_notes, executive_summary=self.executive_summary,
        )


@dataclass
class MissionFilter:
    """Narrows the mission list; empty fields do not filter."""

    text: str = ""
    statuses: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    trash: bool = False


@dataclass
class AgendaInput:
    day: date
    activity: str
    start_time: time | None = None
    end_time: time | None = None
    location: str = ""
    counterparts: str = ""


@dataclass
class AccreditationInput:
    category_code: str
    status: str
    accredited_on: date | None = None
    ace_id: str = ""


@dataclass
class ExpertInput:
    name: str
    email: str = ""
    home_country_iso2: str | None = None
    home_administration_id: str | None = None
    languages: list[str] = field(default_factory=list)
    notes: str = ""
    accreditations: list[AccreditationInput] | None = None


@dataclass(frozen=True)
class AccreditationView:
    id: str
    category_code: str
    status: str
    accredited_on: date | None
    ace_id: str


@dataclass(frozen=True)
class ExpertView:
    id: str
    name: str
    email: str
    home_country_iso2: str | None
    home_administration_id: str | None
    languages: list[str]
    notes: str
    accreditations: list[AccreditationView]
    deleted: bool = False


@dataclass(frozen=True)
class ExpertBooking:
    """One mission of an expert, for the directory and the team calendar."""

    mission_id: str
    mission_code: str
    mission_title: str
    role: str
    status_code: str
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class DoubleBooking:
    expert_id: str
    expert_name: str
    first_code: str
    second_code: str
    overlap_start: date
    overlap_end: date


@dataclass(frozen=True)
class AdministrationView:
    id: str
    country_iso2: str
    name: str
    acronym: str


@dataclass(frozen=True)
class ProgrammeView:
    id: str
    code: str
    name: str  # as stored (a shipped programme's English name)
    donor: str
    label: str = ""  # the name shown, in the store's language (``names.programme_label``)
