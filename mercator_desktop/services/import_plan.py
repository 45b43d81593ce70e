"""Importing a table of missions in bulk: every row checked first, then written at once.

``Planner.plan`` reads the file's cells column by column, each distinct cell once
(``_Cells``), against lookups built once per file (vocabularies by every name people write,
programmes, experts, administrations, the missions the file names), checks each row with
the domain rules, and says what would happen: created, updated or refused, with every
unknown value listed once with suggestions. Nothing is written while planning, so a dry run
and the import preview are the same pass. ``write_plan`` then stores the rows through
SQLAlchemy Core ``executemany`` in the caller's transaction, revision and who/when stamps
set here in bulk (the ORM's per-object flush would take a minute for 20,000 missions), the
new missions' search entries left for the search to make once (``storage.bulk_search``:
recorded as a backlog in the same transaction, caught up before the next search), and the plain
indexes of a table the import at least doubles built once after it
(``storage.bulk_indexes``).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Date, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from ..domain import rules
from ..domain.errors import ImportProblem
from ..domain.lifecycle import needs_lead
from ..domain.problem_texts import say
from ..domain.record_fields import RECORD_FIELDS
from ..domain.rules import MISSION_CODE_RE
from ..domain.vocabulary import TeamRole
from ..storage.base import natural_id, new_id, utcnow
from ..storage.bulk_indexes import indexes_built_after
from ..storage.bulk_search import indexed_later
from ..storage.models import (
    Administration,
    AgendaItem,
    Expert,
    LocalSetting,
    Mission,
    MissionLink,
    Programme,
    TeamMember,
)
from .dto import TeamAssignment
from .missions import MissionService, agenda_fit_problems, status_move_problems
from .names import Entry, Match, NameIndex, file_aliases, name_key, spaced
from .reference import ReferenceCatalog
from .store import Store

LIST_SEP = ";"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LINK_COLUMNS = {"tfa_articles": "tfa", "arusha_factors": "arusha", "geoat_principles": "geoat"}
#: File columns whose values come from a vocabulary, and which one.
COLUMN_VOCABULARY = {
    "type": "mission_types", "status": "statuses", "country": "countries", "region": "regions",
    "topics": "topics", "programme": "programmes", "tfa_articles": "tfa_provisions",
    "arusha_factors": "arusha_factors", "geoat_principles": "geoat_principles",
}
#: What one value of the column is called in a message ("unknown topic 'astrology'").
COLUMN_NOUN = {
    "type": "type", "status": "status", "country": "country", "region": "region",
    "topics": "topic", "programme": "programme", "tfa_articles": "TFA provision",
    "arusha_factors": "Arusha factor", "geoat_principles": "GEOAT principle",
}
#: A mapping's target meaning "create a new programme named like the value".
NEW_PROGRAMME = "+"
#: LocalSetting key of the mappings people chose, kept for the next file.
MAPPINGS_SETTING = "import.mappings"
FIELD_TO_COLUMN = {"team": "lead_expert"}
_LEAD, _CO_FACILITATOR = TeamRole.LEAD.value, TeamRole.CO_FACILITATOR.value
CHUNK = 500
#: SQLite page cache while an import writes (negative: KiB), see ``_BulkWriter.large_cache``
LARGE_CACHE_KIB = -131072

#: column -> value as written in the file -> the code it stands for (or NEW_PROGRAMME)
Mappings = dict[str, dict[str, str]]
Progress = Callable[[int, int], None]


@dataclass
class UnknownValue:
    """A value of the file that names nothing known (or two things): shown once, with the
    lines it is on and the closest known entries."""

    column: str
    value: str
    lines: list[int] = field(default_factory=list)
    suggestions: list[tuple[str, str]] = field(default_factory=list)
    ambiguous: bool = False

    @property
    def can_create(self) -> bool:
        return self.column == "programme"


@dataclass
class PlannedRow:
    line: int
    code: str
    title: str
    action: str  # "create", "update" or "refused"
    problems: list[str] = field(default_factory=list)
    #: the unknown values (column, value as written) that refuse the row; a mapping for each
    #: may let it through
    unknown: list[tuple[str, str]] = field(default_factory=list)
    #: how many of ``problems`` are not about an unknown value (the file must be corrected)
    other_problems: int = 0


@dataclass
class ImportPlan:
    """What an import of the file would do; nothing of it is stored yet."""

    source: str
    unit: str
    rows: list[PlannedRow] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    unknown: list[UnknownValue] = field(default_factory=list)
    experts_created: list[str] = field(default_factory=list)
    administrations_created: list[str] = field(default_factory=list)
    programmes_created: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: column -> the known (code, name) a value of it can be mapped to
    choices: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    #: for a workbook: the sheet read and the names of all its sheets
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    #: the experts on the teams of the rows to store (whose bookings may clash)
    team_experts: set[str] = field(default_factory=set)

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def restored(self) -> int:
        return sum(1 for r in self._writes if r.restored)

    _writes: list[_RowWrite] = field(default_factory=list, repr=False)
    _inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict, repr=False)
    #: who/when of every row the import makes (the same on all)
    _stamps: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class _RowWrite:
    mission_insert: dict[str, Any] | None = None
    mission_update: dict[str, Any] | None = None
    #: (id, mission, expert, role): the who/when stamps are the same on every row
    team_inserts: list[tuple[str, str, str, str]] = field(default_factory=list)
    team_updates: list[dict[str, Any]] = field(default_factory=list)
    #: (id, mission, kind, code), stamped like ``team_inserts``
    link_inserts: list[tuple[str, str, str, str]] = field(default_factory=list)
    link_updates: list[dict[str, Any]] = field(default_factory=list)
    restored: bool = False


class _Problem(Exception):
    def __init__(self, column: str, message: str,
                 unknown: tuple[str, str] | None = None) -> None:
        super().__init__(message)
        self.column = column
        self.message = message
        #: (column, name key) of the unknown value this problem is about, if it is one
        self.unknown = unknown


@contextmanager
def cycles_left_for_later() -> Iterator[None]:
    """Python's collection of reference cycles paused for the block: planning and writing
    make tens of thousands of small objects that all live until the write, and each
    collection would walk them all again (a fifth of the planning time). Whatever cycles
    the block leaves are collected after it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --- mappings people chose --------------------------------------------------------------------


def remembered_mappings(store: Store) -> Mappings:
    import json

    raw = store.get_setting(MAPPINGS_SETTING)
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return {str(c): {str(v): str(t) for v, t in values.items()}
            for c, values in data.items() if isinstance(values, dict)}


def merged_mappings(*layers: Mappings | None) -> Mappings:
    merged: Mappings = {}
    for layer in layers:
        for column, values in (layer or {}).items():
            merged.setdefault(column, {}).update(values)
    return merged


def _remember(session: Session, store: Store, mappings: Mappings) -> None:
    import json

    kept = merged_mappings(remembered_mappings(store), {
        c: {v: t for v, t in values.items() if t != NEW_PROGRAMME}
        for c, values in mappings.items()})
    kept = {c: values for c, values in kept.items() if values}
    session.merge(LocalSetting(key=MAPPINGS_SETTING,
                               value=json.dumps(kept, ensure_ascii=False, sort_keys=True)))


# --- reading one value ------------------------------------------------------------------------


def text_of(value: Any) -> str:
    """A cell as text: empty for nothing, 12 for the number 12.0, ISO for a date; the
    apostrophe that guards a formula-like cell in our CSV exports is taken off again."""
    if type(value) is str and not value.startswith("'"):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if text.startswith("'") and text[1:2] and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def date_of(column: str, value: Any) -> date | None:
    if type(value) is str and len(value) == 10 and value[4] == "-" == value[7] \
            and value.isascii() and (value[:4] + value[5:7] + value[8:]).isdigit():
        try:  # YYYY-MM-DD, as most files write it: without the checks below
            return date.fromisoformat(value)
        except ValueError:
            pass
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = text_of(value).strip()
    if not text:
        return None
    if isinstance(value, (int, float)):
        raise _Problem(column, say("number_not_date", value=text))
    day = text[:10] if len(text) > 10 and text[10:].strip() in {"00:00:00", "00:00"} else text
    if _ISO_DAY.fullmatch(day):
        try:
            return date.fromisoformat(day)
        except ValueError:
            pass
    raise _Problem(column, say("not_a_date_write", value=text))


def count_of(column: str, value: Any) -> int | None:
    if type(value) is str:  # the common cases, without the checks below
        if value.isascii() and value.isdigit():
            return int(value)
        if not value or value.isspace():
            return None
    text = text_of(value).strip()
    if not text:
        return None
    whole = re.fullmatch(r"-?\d+(\.0+)?", text)  # spreadsheets and JSON tools write 12.0
    if not whole:
        raise _Problem(column, say("not_whole_number", value=text))
    number = int(text.split(".")[0])
    if number < 0:
        raise _Problem(column, say("not_negative"))
    return number


def flag_of(column: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = text_of(value).strip().lower()
    if text in {"", "0", "no", "non", "false", "n", "faux"}:
        return False
    if text in {"1", "yes", "oui", "si", "sí", "true", "y", "vrai"}:
        return True
    raise _Problem(column, say("not_yes_no", value=value))


def items_of(value: Any) -> list[str]:
    if isinstance(value, list):
        return [text_of(v).strip() for v in value if text_of(v).strip()]
    return [v.strip() for v in text_of(value).split(LIST_SEP) if v.strip()]


def expert_key(name: str) -> str:
    """How names are compared: trimmed and case-insensitive in every script."""
    return name.strip().casefold()


# --- planning ---------------------------------------------------------------------------------


class _Resolver:
    """Values of vocabulary columns to codes: mappings first, then every known name; each
    distinct value is resolved once per file."""

    def __init__(self, catalog: ReferenceCatalog, programmes: NameIndex,
                 programme_ids: dict[str, str], mappings: Mappings) -> None:
        self.catalog = catalog
        self.indexes = {"programmes": programmes}
        self.programme_ids = programme_ids
        self.mappings = {column: {name_key(v): t for v, t in values.items()}
                         for column, values in mappings.items()}
        self.cache: dict[tuple[str, str], str | _Problem] = {}
        self.unknown: dict[tuple[str, str], UnknownValue] = {}
        #: name key -> (id, name as written) of the programmes the mappings create
        self.new_programmes: dict[str, tuple[str, str]] = {}

    def index(self, column: str) -> NameIndex:
        kind = COLUMN_VOCABULARY[column]
        if kind not in self.indexes:
            self.indexes[kind] = self.catalog.name_index(kind)
        return self.indexes[kind]

    def code(self, column: str, value: str, line: int) -> str:
        found = self.cache.get((column, value))
        if type(found) is str:
            return found
        text = value.strip()
        if found is None:
            found = self.cache.get((column, text)) or self._resolve(column, text)
            self.cache[(column, text)] = self.cache[(column, value)] = found
        if isinstance(found, _Problem):
            self.unknown[(column, name_key(text))].lines.append(line)
            raise found
        return found

    def _resolve(self, column: str, text: str) -> str | _Problem:
        index = self.index(column)
        key = name_key(text)
        mapped = self.mappings.get(column, {}).get(key)
        if mapped == NEW_PROGRAMME and column == "programme":
            return self.new_programmes.setdefault(key, (new_id(), text))[0]
        if mapped is not None:
            target = index.match(mapped)
            if target.code is not None:
                return target.code if column != "programme" else self.programme_ids[target.code]
        match: Match = index.match(text)
        if match.code is not None:
            return match.code if column != "programme" else self.programme_ids[match.code]
        noun = say(f"noun_{column}")
        message = index.describe(text, match, noun)
        if mapped is not None:
            message = say("mapping_names_nothing", message=message, target=mapped, noun=noun)
        if (column, key) not in self.unknown:
            self.unknown[(column, key)] = UnknownValue(
                column, text, [], [(e.code, e.label) for e in
                                   (match.ambiguous or match.suggestions)],
                ambiguous=bool(match.ambiguous))
        return _Problem(column, message, unknown=(column, key))


def programme_index(session: Session) -> tuple[NameIndex, dict[str, str]]:
    """Live programmes by code, name and the aliases of the shipped file; and code -> id."""
    aliases = file_aliases("programmes")
    rows = session.execute(select(Programme.id, Programme.code, Programme.name)
                           .where(Programme.deleted.is_(False))).all()
    index = NameIndex("programmes", [Entry(code, name, aliases.get(code, ()))
                                     for _id, code, name in rows])
    return index, {code: pid for pid, code, _name in rows}


_Reader = Callable[[str, Any, int, list[_Problem]], Any]
#: what ``record.get`` gives for a cell the row does not have (a short row, a JSON record
#: without the field): the mission's value is then left as it is
_ABSENT: Any = object()
#: a cell not read yet
_UNREAD: Any = object()
#: at most this many distinct cells of a column are remembered
MEMO_LIMIT = 100_000
REQUIRED_VOCABULARY = (("type", "type_code"), ("status", "status_code"),
                       ("country", "country_iso2"))
PARTICIPANT_COLUMNS = ("participants_women", "participants_men", "participants_total")


def _checked(parse: Callable[[str, Any], Any], default: Any = None) -> Callable[..., Any]:
    """A cell reader from ``parse(column, cell)``: its problem goes to the row's list and the
    cell reads as ``default``."""
    def read(column: str, cell: Any, line: int, problems: list[_Problem]) -> Any:
        try:
            return parse(column, cell)
        except _Problem as exc:
            problems.append(exc)
            return default
    return read


_date_text = _checked(date_of)
_count = _checked(count_of)
_flag = _checked(flag_of, False)


def _date(column: str, cell: Any, line: int, problems: list[_Problem]) -> Any:
    if isinstance(cell, (list, dict)):  # a JSON value
        problems.append(_Problem(column, say("not_a_date", value=cell)))
        return None
    return _date_text(column, cell, line, problems)


def _stripped(column: str, cell: Any, line: int, problems: list[_Problem]) -> Any:
    return text_of(cell).strip()


def _text(column: str, cell: Any, line: int, problems: list[_Problem]) -> Any:
    return text_of(cell)


class _Cells:
    """The cells of a file's rows read into mission values, column by column: vocabulary
    names to codes (through the resolver), dates, lists of codes, counts, texts, flags."""

    def __init__(self, resolver: _Resolver) -> None:
        self.resolver = resolver
        #: how each column's cells are read, in the order their problems are listed:
        #: (column, key in the row's values, what a row without the cell gives, the cells
        #: of the column read before without a problem and what they gave, the reader).
        #: HQ lists repeat most cells on many rows: each distinct one is read once.
        self.readers: list[tuple[str, str, Any, dict[Any, Any], _Reader]] = [
            *((c, k, None, {}, self._vocabulary) for c, k in REQUIRED_VOCABULARY),
            *((c, c, _ABSENT, {}, _date) for c in ("start_date", "end_date", "request_date")),
            *((c, c, _ABSENT, {}, self._codes) for c in ("topics", *LINK_COLUMNS)),
            ("programme", "programme_id", _ABSENT, {}, self._programme),
            *((c, c, _ABSENT, {}, _count) for c in PARTICIPANT_COLUMNS),
            *((c, c, _ABSENT, {}, _stripped) for c in ("location", "request_reference")),
            ("objectives", "objectives", _ABSENT, {}, _text),
            ("remote", "is_remote", _ABSENT, {}, _flag),
        ]
        self.keys = [key for _column, key, _absent, _memo, _read in self.readers]

    def read(self, records: Sequence[tuple[int, dict[str, Any]]]
             ) -> tuple[list[tuple[Any, ...]], dict[int, list[_Problem]]]:
        """Every row's cells read column by column (see ``readers``): for each row, its
        values in the order of ``readers`` (``_ABSENT`` for a cell it does not have); and
        the problems found, by line. A cell read before without a problem is taken from the
        column's memo, all of the column at once."""
        problems: dict[int, list[_Problem]] = {}
        columns = []
        for column, _key, absent, memo, read in self.readers:
            cells = [record.get(column, absent) for _line, record in records]
            try:
                found = [memo.get(cell, _UNREAD) for cell in cells]
            except TypeError:  # a JSON list or object: each cell read on its own
                found = [_UNREAD] * len(cells)
            for i in [i for i, value in enumerate(found) if value is _UNREAD]:
                cell = cells[i]
                if cell is _ABSENT:
                    found[i] = _ABSENT
                    continue
                try:
                    value = memo.get(cell, _UNREAD)  # read a few rows above
                except TypeError:
                    value = _UNREAD
                if value is _UNREAD:
                    line = records[i][0]
                    row_problems = problems.get(line) or []
                    count = len(row_problems)
                    value = read(column, cell, line, row_problems)
                    if len(row_problems) > count:
                        problems[line] = row_problems
                    elif type(cell) is str and len(memo) < MEMO_LIMIT:
                        memo[cell] = value
                found[i] = value
            columns.append(found)
        return list(zip(*columns, strict=True)), problems

    # -- readers of one cell (see ``readers``): the value, problems added to ``problems``

    def _vocabulary(self, column: str, cell: Any, line: int, problems: list[_Problem]) -> Any:
        raw = text_of(cell).strip()
        if not raw:
            problems.append(_Problem(column, say("value_required", noun=say(f"noun_{column}"))))
            return None
        try:
            return self.resolver.code(column, raw, line)
        except _Problem as exc:
            problems.append(exc)
            return None

    def _codes(self, column: str, cell: Any, line: int, problems: list[_Problem]) -> Any:
        found = []
        for item in items_of(cell):
            try:
                found.append(self.resolver.code(column, item, line))
            except _Problem as exc:
                problems.append(exc)
        return list(dict.fromkeys(found))

    def _programme(self, column: str, cell: Any, line: int, problems: list[_Problem]) -> Any:
        raw = text_of(cell).strip()
        if not raw:
            return None
        try:
            return self.resolver.code(column, raw, line)
        except _Problem as exc:
            problems.append(exc)
            return None


class Planner:
    """Checks every row of a file against the store without writing anything."""

    def __init__(self, store: Store, session: Session, mappings: Mappings | None = None) -> None:
        self.store = store
        self.session = session
        self.catalog = ReferenceCatalog.for_store(store)
        programmes, programme_ids = programme_index(session)
        self.resolver = _Resolver(self.catalog, programmes, programme_ids, mappings or {})
        self.country_region = {c.iso2: c.region_code for c in self.catalog.countries}
        self.experts: dict[str, str] = {}
        for eid, name in session.execute(select(Expert.id, Expert.name).where(
                Expert.deleted.is_(False)).order_by(Expert.created_at)):
            self.experts.setdefault(expert_key(name), eid)
        self.administrations: dict[tuple[str, str], str] = {}
        for aid, iso2, name in session.execute(
                select(Administration.id, Administration.country_iso2, Administration.name)
                .where(Administration.deleted.is_(False)).order_by(Administration.created_at)):
            self.administrations.setdefault((iso2, expert_key(name)), aid)
        self.cells = _Cells(self.resolver)
        #: administrations and lead experts by the name as the file writes it, once found
        #: or made (HQ lists repeat them on many rows)
        self.administration_names: dict[tuple[str, str], str | None] = {}
        self.lead_names: dict[str, str | None] = {}
        #: (country, region as written) found to agree
        self.regions_seen: set[tuple[str, str]] = set()
        self.needs_lead = {item.code: needs_lead(item.code) for item in self.catalog.statuses}
        self.title_limit = RECORD_FIELDS["missions"]["title"].max_length or 0
        self.now = utcnow()
        self.user = store.user
        #: who/when of every row the import makes (its id apart)
        self.stamps = {"created_at": self.now, "updated_at": self.now, "created_by": self.user,
                       "updated_by": self.user, "revision": 1, "synced_revision": 0,
                       "deleted": False}
        self.new_experts: list[dict[str, Any]] = []
        self.new_administrations: list[dict[str, Any]] = []

    # -- the missions the file names, with their team, links and agenda days

    def _load_existing(self, codes: Iterable[str]) -> None:
        wanted = {c.casefold() for c in codes}
        ids = [mid for mid, code in self.session.execute(select(Mission.id, Mission.code))
               if code.casefold() in wanted]
        table = Mission.__table__
        self.existing: dict[str, dict[str, Any]] = {}
        self.team: dict[str, dict[str, dict[str, Any]]] = {}
        self.links: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}
        self.agenda: dict[str, tuple[date, date]] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            for row in self.session.execute(select(table).where(table.c.id.in_(chunk))):
                self.existing[row.code.casefold()] = dict(row._mapping)
            for row in self.session.execute(
                    select(TeamMember.id, TeamMember.mission_id, TeamMember.expert_id,
                           TeamMember.role, TeamMember.deleted, TeamMember.revision)
                    .where(TeamMember.mission_id.in_(chunk))
                    .order_by(TeamMember.created_at)):
                self.team.setdefault(row.mission_id, {})[row.expert_id] = dict(row._mapping)
            for row in self.session.execute(
                    select(MissionLink.id, MissionLink.mission_id, MissionLink.kind,
                           MissionLink.code, MissionLink.deleted, MissionLink.revision)
                    .where(MissionLink.mission_id.in_(chunk))):
                self.links.setdefault(row.mission_id, {})[(row.kind, row.code)] = \
                    dict(row._mapping)
            for mission_id, first, last in self.session.execute(
                    select(AgendaItem.mission_id, func.min(AgendaItem.day),
                           func.max(AgendaItem.day))
                    .where(AgendaItem.mission_id.in_(chunk), AgendaItem.deleted.is_(False))
                    .group_by(AgendaItem.mission_id)):
                self.agenda[mission_id] = (first, last)

    def plan(self, source: str, unit: str,
             records: Sequence[tuple[int, dict[str, Any]]]) -> ImportPlan:
        with cycles_left_for_later():
            return self._plan(source, unit, records)

    def _plan(self, source: str, unit: str,
              records: Sequence[tuple[int, dict[str, Any]]]) -> ImportPlan:
        plan = ImportPlan(source, unit)
        plan._stamps = self.stamps
        codes = [text_of(r.get("code")).strip() for _, r in records]
        self._load_existing(codes)
        cells, cell_problems = self.cells.read(records)
        for (line, record), code, read in zip(records, codes, cells, strict=True):
            problems = cell_problems.get(line, [])
            title = text_of(record.get("title")).strip()
            write = self._row(line, record, code, title, read, problems, plan)
            if problems:
                unknown = self.resolver.unknown
                plan.rows.append(PlannedRow(
                    line, code, title, "refused", [p.message for p in problems],
                    list(dict.fromkeys((p.unknown[0], unknown[p.unknown].value)
                                       for p in problems if p.unknown)),
                    sum(1 for p in problems if not p.unknown)))
                plan.problems += [ImportProblem(line, p.column, p.message, unit)
                                  for p in problems]
                continue
            assert write is not None
            plan.rows.append(PlannedRow(line, code, title,
                                        "create" if write.mission_insert else "update"))
            plan._writes.append(write)
        plan.unknown = sorted(self.resolver.unknown.values(),
                              key=lambda u: (u.lines[0] if u.lines else 0, u.column))
        for column in {u.column for u in plan.unknown}:
            plan.choices[column] = [(e.code, e.label) for e in
                                    self.resolver.index(column).entries.values()]
        plan.experts_created = [e["name"] for e in self.new_experts]
        plan.administrations_created = [a["name"] for a in self.new_administrations]
        plan._inserts = {
            "experts": self.new_experts, "administrations": self.new_administrations,
            "programmes": [self._programme_row(pid, name)
                           for pid, name in self.resolver.new_programmes.values()]}
        plan.programmes_created = [p["name"] for p in plan._inserts["programmes"]]
        return plan

    def _programme_row(self, pid: str, name: str) -> dict[str, Any]:
        taken = set(self.resolver.programme_ids)
        base = (spaced(name).replace(" ", "_") or "programme")[:36]
        code, n = base, 2
        while code in taken:
            code, n = f"{base}_{n}", n + 1
        self.resolver.programme_ids[code] = pid
        return {**self._stamps(pid), "code": code, "name": name.strip()[:200], "donor": "",
                "start_date": None, "end_date": None}

    def _stamps(self, row_id: str) -> dict[str, Any]:
        return {"id": row_id, **self.stamps}

    # -- one row

    def _row(self, line: int, record: dict[str, Any], code: str, title: str,
             cells: tuple[Any, ...], problems: list[_Problem],
             plan: ImportPlan) -> _RowWrite | None:
        existing = self.existing.get(code.casefold()) if self.existing else None
        values: dict[str, Any] = dict(NEW_MISSION_DEFAULTS) if existing is None else {}
        values["code"] = existing["code"] if existing else code
        values["title"] = title
        if _ABSENT in cells:
            values.update((k, v) for k, v in zip(self.cells.keys, cells, strict=True)
                          if v is not _ABSENT)
        else:
            values.update(zip(self.cells.keys, cells, strict=True))
        country = values["country_iso2"]
        if country and "region" in record:
            region = text_of(record["region"])
            if (country, region) not in self.regions_seen and region.strip():
                self._check_region(line, country, region, problems, plan)
        if country and "administration" in record:
            values["administration_id"] = self._administration(
                country, text_of(record["administration"]))
        links = {kind: values.pop(column) for column, kind in LINK_COLUMNS.items()
                 if column in values} or None
        if existing is None:
            mission_id, current_team, live_team = new_id(), {}, []
        else:
            mission_id = existing["id"]
            current_team = self.team.get(mission_id, {})
            live_team = [TeamAssignment(eid, row["role"]) for eid, row in current_team.items()
                         if not row["deleted"]]
        team = None
        if "lead_expert" in record:
            team = self._team(live_team, text_of(record["lead_expert"]))
        final_team = team if team is not None else live_team
        self._check_rules(code, values, existing, final_team, problems)
        if problems:
            return None
        for member in final_team:
            plan.team_experts.add(member.expert_id)

        write = _RowWrite()
        if existing is None:
            write.mission_insert = {**self._stamps(mission_id), **values}
        else:
            changed = {k: v for k, v in values.items() if existing[k] != v}
            if existing["deleted"]:
                changed["deleted"] = False
                write.restored = True
            if changed:
                row = {k: existing[k] for k in MISSION_UPDATE_FIELDS}
                row.update(changed)
                row.update(b_id=mission_id, revision=existing["revision"] + 1,
                           updated_at=self.now, updated_by=self.user)
                del row["id"]
                write.mission_update = row
        if team is not None:
            self._team_writes(mission_id, current_team, team, write)
        if links is not None:
            self._link_writes(mission_id, self.links.get(mission_id, {}), links, write)
        return write

    def _check_region(self, line: int, country: str, value: str, problems: list[_Problem],
                      plan: ImportPlan) -> None:
        try:
            region = self.resolver.code("region", value, line)
        except _Problem as exc:
            problems.append(exc)
            return
        actual = self.country_region.get(country)
        if not actual or region == actual:
            self.regions_seen.add((country, value))
        else:
            plan.warnings.append(f"{plan.unit} {line}: {country} is in the region {actual}, "
                                 f"not {region}; the country's region is kept")

    def _check_rules(self, code: str, values: dict[str, Any], existing: dict[str, Any] | None,
                     team: list[TeamAssignment], problems: list[_Problem]) -> None:
        """The rules every mission follows, on the values that could be read (a value that
        could not be read is reported once, not again by a rule)."""
        if existing is None and self._new_mission_fine(code, values, team):
            return
        old = existing or {}
        found = [*rules.check_code(code), *rules.check_title(values["title"])]
        start = values.get("start_date", old.get("start_date"))
        end = values.get("end_date", old.get("end_date"))
        found += rules.check_dates(start, end)
        counts = [values.get(c, old.get(c)) for c in
                  ("participants_women", "participants_men", "participants_total")]
        if any(n is not None for n in counts):
            found += rules.check_participants(*counts)
        status = values["status_code"]
        if status and existing is not None and status != existing["status_code"]:
            found += status_move_problems(existing["status_code"], status)
        if status and self.needs_lead[status] and not any(t.role == "lead" for t in team):
            MissionService._check_lead_status(status, team, found)
        if existing is not None and existing["id"] in self.agenda:
            found += agenda_fit_problems(self.agenda[existing["id"]], start, end)
        seen = {p.column for p in problems}
        for p in found:
            column = FIELD_TO_COLUMN.get(p.field, p.field)
            if column not in seen:
                problems.append(_Problem(column, p.message))

    def _new_mission_fine(self, code: str, values: dict[str, Any],
                          team: list[TeamAssignment]) -> bool:
        """True when a new mission plainly follows every rule of ``_check_rules`` (most rows
        of a file): the same tests without making a list of problems."""
        title = values["title"]
        start, end = values["start_date"], values["end_date"]
        women, men, total = (values["participants_women"], values["participants_men"],
                             values["participants_total"])
        status = values["status_code"]
        return (MISSION_CODE_RE.match(code) is not None and code == code.strip()
                and bool(title.strip()) and len(title) <= self.title_limit
                and (start is None or end is None or end >= start)
                and (women is None or women >= 0) and (men is None or men >= 0)
                and (total is None or (total >= 0 and (women or 0) + (men or 0) <= total))
                and not (status and self.needs_lead[status]
                         and not any(t.role == _LEAD for t in team)))

    def _administration(self, iso2: str, name: str) -> str | None:
        found = self.administration_names.get((iso2, name))
        if found is None:  # a name not seen in this file yet (or blank)
            found = self.administration_names[(iso2, name)] = self._find_administration(
                iso2, name)
        return found

    def _find_administration(self, iso2: str, name: str) -> str | None:
        if not name or not name.strip():
            return None
        key = (iso2, expert_key(name))
        found = self.administrations.get(key)
        if found is None:
            found = new_id()
            self.administrations[key] = found
            self.new_administrations.append({**self._stamps(found), "country_iso2": iso2,
                                             "name": name.strip(), "acronym": "", "notes": ""})
        return found

    def _team(self, team: list[TeamAssignment], lead_name: str) -> list[TeamAssignment]:
        if not lead_name.strip():
            return [t for t in team if t.role != _LEAD]
        expert_id = self.lead_names.get(lead_name)
        if expert_id is None:  # a name not seen in this file yet
            key = expert_key(lead_name)
            expert_id = self.lead_names[lead_name] = self.experts.get(key)
        if expert_id is None:
            expert_id = self.lead_names[lead_name] = new_id()
            self.experts[key] = expert_id
            self.new_experts.append({**self._stamps(expert_id), "name": lead_name.strip(),
                                     "email": "", "home_country_iso2": None,
                                     "home_administration_id": None, "languages": [],
                                     "notes": ""})
        others = [TeamAssignment(t.expert_id, _CO_FACILITATOR if t.role == _LEAD else t.role)
                  for t in team if t.expert_id != expert_id]
        return [TeamAssignment(expert_id, _LEAD), *others]

    def _changed(self, row: dict[str, Any], **values: Any) -> dict[str, Any]:
        return {"b_id": row["id"], **values, "revision": row["revision"] + 1,
                "updated_at": self.now, "updated_by": self.user}

    def _team_writes(self, mission_id: str, current: dict[str, dict[str, Any]],
                     team: list[TeamAssignment], write: _RowWrite) -> None:
        if not current:  # a new mission's team
            write.team_inserts = [
                (natural_id("team_member", mission_id, t.expert_id), mission_id, t.expert_id,
                 t.role) for t in team]
            return
        wanted = {t.expert_id: t.role for t in team}
        for expert_id, role in wanted.items():
            row = current.get(expert_id)
            if row is None:
                write.team_inserts.append(
                    (natural_id("team_member", mission_id, expert_id), mission_id, expert_id,
                     role))
            elif row["deleted"] or row["role"] != role:
                write.team_updates.append(self._changed(row, role=role, deleted=False))
        for expert_id, row in current.items():
            if expert_id not in wanted and not row["deleted"]:
                write.team_updates.append(self._changed(row, role=row["role"], deleted=True))

    def _link_writes(self, mission_id: str, current: dict[tuple[str, str], dict[str, Any]],
                     links: dict[str, list[str]], write: _RowWrite) -> None:
        wanted = {(kind, code) for kind, codes in links.items() for code in codes}
        if not current:  # a new mission's links
            write.link_inserts = [(natural_id("mission_link", mission_id, kind, code),
                                   mission_id, kind, code) for kind, code in sorted(wanted)]
            return
        for kind, code in sorted(wanted):
            row = current.get((kind, code))
            if row is None:
                write.link_inserts.append((natural_id("mission_link", mission_id, kind, code),
                                           mission_id, kind, code))
            elif row["deleted"]:
                write.link_updates.append(self._changed(row, deleted=False))
        for key, row in current.items():
            if key[0] in links and key not in wanted and not row["deleted"]:
                write.link_updates.append(self._changed(row, deleted=True))


TEAM_INSERT = ("id", "mission_id", "expert_id", "role")
LINK_INSERT = ("id", "mission_id", "kind", "code")
NEW_MISSION_DEFAULTS: dict[str, Any] = {
    "topics": [], "administration_id": None, "start_date": None, "end_date": None,
    "location": "", "is_remote": False, "programme_id": None, "request_reference": "",
    "request_date": None, "objectives": "", "participants_women": None,
    "participants_men": None, "participants_total": None, "logistics_notes": "",
    "executive_summary": "",
}
MISSION_UPDATE_FIELDS = (
    "id", "code", "title", "type_code", "topics", "status_code", "country_iso2",
    "administration_id", "start_date", "end_date", "location", "is_remote", "programme_id",
    "request_reference", "request_date", "objectives", "participants_women",
    "participants_men", "participants_total", "logistics_notes", "deleted",
)


# --- writing ----------------------------------------------------------------------------------


#: converts a column's values (all rows at once) as its type binds them
ColumnConverter = Callable[[list[Any]], list[Any]]


class _BulkWriter:
    """``executemany`` of Core statements compiled once per table and column set, the
    values run through each column type's own bind processor beforehand, column by column
    (a timestamp that is the same on every row is converted once): SQLAlchemy's per-row
    parameter handling would cost more than SQLite's inserts themselves."""

    def __init__(self, session: Session) -> None:
        self.connection = session.connection()
        self.dialect = self.connection.dialect
        self.compiled: dict[tuple[Any, ...], tuple[str, list[ColumnConverter], list[str]]] = {}

    def _converter(self, table: Table, name: str) -> ColumnConverter:
        if name not in table.c:
            return _same
        column_type = table.c[name].type
        if isinstance(column_type, Boolean):
            return _same  # sqlite3 stores True and False as 1 and 0 itself
        process: Callable[[Any], Any] | None = \
            column_type.dialect_impl(self.dialect).bind_processor(self.dialect)
        if process is None:
            return _same
        if isinstance(column_type, Date) and all(process(d) == d.isoformat()
                                                 for d in _PROBE_DAYS):
            process = _iso_day(process)  # the same text, made faster (days rarely repeat)
        # Dates, timestamps and lists of codes repeat over thousands of rows: each distinct
        # value is converted once (a list is remembered by its items).
        memo: dict[Any, Any] = {}

        def once(value: Any) -> Any:
            key = tuple(value) if type(value) is list else value
            try:
                return memo[key]
            except KeyError:
                converted = memo[key] = process(value)
                return converted
            except TypeError:  # not hashable (a dict)
                return process(value)

        def column(values: list[Any]) -> list[Any]:
            try:
                for value in set(values).difference(memo):
                    memo[value] = process(value)
            except TypeError:  # lists (of codes) or dicts: one by one
                return [once(v) for v in values]
            return list(map(memo.__getitem__, values))

        return column

    @contextmanager
    def large_cache(self) -> Iterator[None]:
        """SQLite's page cache raised for the writes: with the default 2 MiB, the indexes of
        20,000 missions, their team and links spill to the WAL file page by page in the
        middle of the transaction, and the same pages are written again later."""
        if self.dialect.name != "sqlite":
            yield
            return
        run = self.connection.exec_driver_sql
        before = run("PRAGMA cache_size").scalar()
        run(f"PRAGMA cache_size={LARGE_CACHE_KIB}")
        try:
            yield
        finally:
            run(f"PRAGMA cache_size={int(before or -2000)}")

    def insert_stamped(self, table: Table, columns: tuple[str, ...],
                       rows: list[tuple[Any, ...]], stamps: dict[str, Any]) -> None:
        """INSERT of ``rows``, tuples of the values of ``columns`` as the driver binds them
        (text), each with the same ``stamps`` (converted once): no dictionary per row."""
        if not rows:
            return
        names = (*columns, *stamps)
        key = ("stamped", table.name, names)
        if key not in self.compiled:
            mark = "?" if self.dialect.paramstyle == "qmark" else "%s"
            sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
                   f"VALUES ({', '.join(mark for _ in names)})")
            self.compiled[key] = (sql, [self._converter(table, n) for n in stamps], [])
        sql, converters, _order = self.compiled[key]
        tail = tuple(convert([value])[0]
                     for convert, value in zip(converters, stamps.values(), strict=True))
        self.connection.exec_driver_sql(sql, [row + tail for row in rows])

    def run(self, kind: str, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        names = tuple(rows[0])
        key = (kind, table.name, names)
        if key not in self.compiled:
            statement = insert(table) if kind == "insert" else \
                update(table).where(table.c.id == bindparam("b_id"))
            compiled = statement.compile(dialect=self.dialect,
                                         column_keys=[n for n in names if n != "b_id"])
            order = list(compiled.positiontup or [])
            self.compiled[key] = (compiled.string,
                                  [self._converter(table, n) for n in order], order)
        sql, converters, order = self.compiled[key]
        columns = [convert(list(map(itemgetter(name), rows)))
                   for name, convert in zip(order, converters, strict=True)]
        self.connection.exec_driver_sql(sql, list(zip(*columns, strict=True)))


def _same(values: list[Any]) -> list[Any]:
    return values


_PROBE_DAYS = (date(1, 1, 1), date(2027, 12, 31), date(9999, 2, 3))


def _iso_day(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A bind processor of days that stores them as ISO text: ``date.isoformat`` for days,
    ``process`` for anything else."""

    def iso(value: Any) -> Any:
        return value.isoformat() if type(value) is date else process(value)

    return iso


def write_plan(session: Session, store: Store, plan: ImportPlan, progress: Progress | None,
               mappings: Mappings | None = None) -> None:
    """Store a plan without problems in the session's transaction, chunk by chunk."""
    writer = _BulkWriter(session)
    writes = plan._writes
    adding = {Mission.__tablename__: sum(1 for w in writes if w.mission_insert),
              TeamMember.__tablename__: sum(len(w.team_inserts) for w in writes),
              MissionLink.__tablename__: sum(len(w.link_inserts) for w in writes)}
    with cycles_left_for_later(), writer.large_cache(), \
            indexed_later(writer.connection, Mission.__tablename__), \
            indexes_built_after(writer.connection, adding):
        _write_rows(writer, plan, progress)
    if mappings:
        _remember(session, store, mappings)


def _write_rows(writer: _BulkWriter, plan: ImportPlan, progress: Progress | None) -> None:
    for model in (Programme, Expert, Administration):
        writer.run("insert", model.__table__,  # type: ignore[arg-type]
                   plan._inserts.get(model.__tablename__, []))
    missions: Table = Mission.__table__  # type: ignore[assignment]
    team: Table = TeamMember.__table__  # type: ignore[assignment]
    links: Table = MissionLink.__table__  # type: ignore[assignment]
    total = len(plan._writes)
    for start in range(0, total, CHUNK):
        chunk = plan._writes[start:start + CHUNK]
        writer.run("insert", missions, [w.mission_insert for w in chunk if w.mission_insert])
        writer.run("update", missions, [w.mission_update for w in chunk if w.mission_update])
        writer.insert_stamped(team, TEAM_INSERT, [r for w in chunk for r in w.team_inserts],
                              plan._stamps)
        writer.run("update", team, [r for w in chunk for r in w.team_updates])
        writer.insert_stamped(links, LINK_INSERT, [r for w in chunk for r in w.link_inserts],
                              plan._stamps)
        writer.run("update", links, [r for w in chunk for r in w.link_updates])
        if progress:
            progress(start + len(chunk), total)

