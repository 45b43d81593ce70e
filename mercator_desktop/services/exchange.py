"""Missions to and from files: CSV, spreadsheets (.xlsx, .xls, .ods) and JSON, by extension.

Import is all-or-nothing in one transaction and idempotent on the mission code: a code that
exists is updated (restored from the trash if needed), never duplicated. Every problem is
reported with its line (CSV), row (workbook) or record number (JSON) and column; one problem
stores nothing. Values are matched by every name people write for them (``services.names``)
and what is still unknown can be mapped (``mappings``); ``preview_import`` says what an
import would do without storing anything. The checking and writing in bulk is
``services.import_plan``.
CSV files may use ',' or ';' (French spreadsheets) as separator and UTF-8 or Windows-1252;
CSV exports are UTF-8 with a byte-order mark so spreadsheet programs show accents correctly;
.xlsx exports have typed cells, a frozen header row and an auto-filter.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.errors import ImportFailedError, ImportProblem, UserError
from ..domain.problem_texts import say
from ..storage.models import Administration, Mission, MissionLink, Programme
from .dto import MissionFilter
from .import_plan import (
    COLUMN_VOCABULARY,
    FORMULA_START,
    LIST_SEP,
    NEW_PROGRAMME,
    ImportPlan,
    Mappings,
    Planner,
    Progress,
    merged_mappings,
    remembered_mappings,
    text_of,
    write_plan,
)
from .missions import MissionService
from .sheets import (
    WORKBOOK_SUFFIXES,
    Table,
    csv_table,
    workbook_sheets,
    workbook_table,
    write_workbook,
)
from .store import Store

__all__ = ["NEW_PROGRAMME", "ImportPlan", "ImportResult", "Mappings", "export_missions",
           "import_missions", "merged_mappings", "mission_records", "preview_import",
           "read_records", "remembered_mappings", "workbook_sheets"]

REQUIRED_COLUMNS = ("code", "title", "type", "status", "country", "start_date", "end_date")
EXPORT_COLUMNS = (
    "code", "title", "type", "status", "country", "region", "start_date", "end_date",
    "topics", "programme", "lead_expert", "participants_women", "participants_men",
    "participants_total", "tfa_articles", "arusha_factors", "geoat_principles", "location",
    "remote", "administration", "request_reference", "request_date", "objectives",
)
IMPORT_COLUMNS = frozenset(EXPORT_COLUMNS)
# A JSON export also carries each mission's sync state, which an import ignores.
JSON_IMPORT_FIELDS = IMPORT_COLUMNS | {"sync_state"}
DATE_COLUMNS = {"start_date", "end_date", "request_date"}
#: Columns whose unknown values can be mapped to a known code.
MAPPABLE_COLUMNS = tuple(COLUMN_VOCABULARY)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    restored: int = 0
    experts_created: list[str] = field(default_factory=list)
    administrations_created: list[str] = field(default_factory=list)
    programmes_created: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.created + self.updated


# --- reading files ----------------------------------------------------------------------------


def _file_kind(path: Path, writing: bool = False) -> str:
    suffix = path.suffix.lower()
    known = {".csv", ".json", ".xlsx"} if writing else {".csv", ".json", *WORKBOOK_SUFFIXES}
    if suffix not in known:
        raise UserError(say("use_export_kinds" if writing else "use_import_kinds",
                            name=path.name, suffix=suffix or "-"))
    return "workbook" if suffix in WORKBOOK_SUFFIXES else suffix[1:]


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(say("no_such_file", path=path)) from None
    except OSError as exc:
        raise UserError(say("cannot_read", path=path, reason=exc.strerror)) from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")  # "Unicode text" as some spreadsheets save it
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _table_records(name: str, table: Table) -> list[tuple[int, dict[str, Any]]]:
    columns = table.columns
    header_line = table.header_line
    problems = []
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        problems.append(ImportProblem(header_line, missing[0], say(
            "required_column_missing", columns=", ".join(missing)), table.unit))
    unknown = [c for c in columns if c and c not in IMPORT_COLUMNS]
    if unknown:
        problems.append(ImportProblem(header_line, unknown[0], say(
            "unknown_column", columns=", ".join(EXPORT_COLUMNS)), table.unit))
    twice = [c for i, c in enumerate(columns) if c and c in columns[:i]]
    if twice:
        problems.append(ImportProblem(header_line, twice[0], say("column_twice"),
                                      table.unit))
    if problems:
        raise ImportFailedError(name, problems)
    width = len(columns)
    named = [(i, c) for i, c in enumerate(columns) if c]
    every_column_named = len(named) == width
    records = []
    for line, row in table.rows:
        if len(row) > width and any(str(c).strip() for c in row[width:]):
            raise ImportFailedError(name, [ImportProblem(
                line, None, say("cells_too_many", cells=len(row), width=width)
                if table.unit == "line" else say("value_right_of_header"), table.unit)])
        if len(row) < width and table.unit == "line":
            absent = [c for i, c in named if i >= len(row) and c in REQUIRED_COLUMNS]
            if absent:
                raise ImportFailedError(name, [ImportProblem(
                    line, absent[0], say("cells_too_few", cells=len(row), width=width))])
        # a short row (checked above) simply lacks its last cells
        records.append((line, dict(zip(columns, row, strict=False)) if every_column_named
                        else {c: row[i] for i, c in named if i < len(row)}))
    return records


def _json_records(path: Path, text: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailedError(
            path.name, [ImportProblem(exc.lineno, None, say("not_json", detail=exc.msg))]
        ) from None
    if isinstance(data, dict) and isinstance(data.get("missions"), list):
        data = data["missions"]
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ImportFailedError(path.name, [ImportProblem(
            None, None, say("json_array_expected"))])
    problems = []
    for number, record in enumerate(data, start=1):
        missing = [c for c in REQUIRED_COLUMNS if c not in record]
        if missing:
            problems.append(ImportProblem(number, missing[0], say("required_field_missing"),
                                          unit="record"))
        unknown = sorted(k for k in record if k not in JSON_IMPORT_FIELDS)
        if unknown:
            problems.append(ImportProblem(number, unknown[0], say(
                "unknown_field", fields=", ".join(EXPORT_COLUMNS)), unit="record"))
    if problems:
        raise ImportFailedError(path.name, problems)
    return list(enumerate(data, start=1))


@dataclass
class FileRecords:
    """A file's missions as (line, column -> cell), the unit lines are counted in ("line"
    for CSV, "row" for a workbook, "record" for JSON) and, for a workbook, the sheet read
    among its sheets."""

    records: list[tuple[int, dict[str, Any]]]
    unit: str
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)


def read_records(path: str | Path, sheet: str | None = None) -> FileRecords:
    """The missions of the file (of ``sheet``, else of the first sheet with data, for a
    workbook). Raises ``ImportFailedError`` for a file whose header or layout is wrong,
    ``UserError`` for one that cannot be read."""
    path = Path(path)
    kind = _file_kind(path)
    if kind == "json":
        return FileRecords(_json_records(path, _read_text(path)), "record")
    if kind == "workbook":
        table = workbook_table(path, REQUIRED_COLUMNS, sheet)
    else:
        table = csv_table(path.name, _read_text(path))
    return FileRecords(_table_records(path.name, table), table.unit, table.sheet, table.sheets)


def _duplicates(records: list[tuple[int, dict[str, Any]]], unit: str) -> list[ImportProblem]:
    problems = []
    seen: dict[str, int] = {}
    for line, record in records:
        code = text_of(record.get("code")).strip().lower()
        if code in seen:
            problems.append(ImportProblem(
                line, "code", say(f"code_also_on_{unit}", code=text_of(record["code"]).strip(),
                                  other=seen[code]), unit))
        elif code:
            seen[code] = line
    return problems


# --- import -----------------------------------------------------------------------------------


def preview_import(store: Store, path: str | Path, mappings: Mappings | None = None,
                   sheet: str | None = None) -> ImportPlan:
    """What importing the file would do (rows created, updated and refused, unknown values
    with suggestions); stores nothing. Raises ``ImportFailedError`` / ``UserError`` for a
    file that cannot be read as a table of missions at all."""
    path = Path(path)
    read = read_records(path, sheet)
    records, unit = read.records, read.unit
    with store.sessions() as session:
        plan = Planner(store, session, mappings).plan(path.name, unit, records)
    plan.sheet, plan.sheets = read.sheet, read.sheets
    for problem in _duplicates(records, unit):
        plan.problems.append(problem)
        for row in plan.rows:
            if row.line == problem.line:
                row.action = "refused"
                row.problems.append(problem.message)
                row.other_problems += 1
    plan.problems.sort(key=lambda p: (p.line or 0))
    return plan


def import_missions(store: Store, path: str | Path, progress: Progress | None = None, *,
                    mappings: Mappings | None = None, sheet: str | None = None,
                    remember: bool = False) -> ImportResult:
    """Import every mission of the file, or none. Raises ``ImportFailedError``.

    ``mappings`` (column -> value -> code) say what values the reference data does not know
    stand for; ``remember`` keeps them for the next file (in the same transaction)."""
    path = Path(path)
    read = read_records(path, sheet)
    records, unit = read.records, read.unit
    problems = _duplicates(records, unit)
    if problems:
        raise ImportFailedError(path.name, problems)
    service = MissionService(store)
    with store.session() as session:
        plan = Planner(store, session, mappings).plan(path.name, unit, records)
        if plan.problems:
            session.rollback()
            raise ImportFailedError(path.name, plan.problems)
        write_plan(session, store, plan, progress, mappings if remember else None)
    result = ImportResult(created=plan.count("create"), updated=plan.count("update"),
                          restored=plan.restored, experts_created=plan.experts_created,
                          administrations_created=plan.administrations_created,
                          programmes_created=plan.programmes_created,
                          warnings=list(plan.warnings))
    wanted = {r.code.lower() for r in plan.rows}
    # Only the experts of the file's teams can be booked twice by it (a long list of them
    # is left to the query's sweep over every expert rather than spelled out in SQL).
    experts = plan.team_experts if len(plan.team_experts) <= 500 else None
    for clash in service.double_bookings(experts):
        if clash.first_code.lower() in wanted or clash.second_code.lower() in wanted:
            result.warnings.append(
                f"{clash.expert_name} is booked on {clash.first_code} and {clash.second_code} "
                f"from {clash.overlap_start} to {clash.overlap_end}")
    return result


# --- export -----------------------------------------------------------------------------------


def mission_records(store: Store, flt: MissionFilter | None = None) -> list[dict[str, Any]]:
    """Every mission matching ``flt`` as a flat record (the file format's columns).

    Plain column queries, not ORM objects: an export of 20,000 missions takes about a
    second instead of a quarter of a minute.
    """
    service = MissionService(store)
    summaries = service.list(flt)
    ids = [s.id for s in summaries]
    rows: dict[str, Any] = {}
    links: dict[str, dict[str, list[str]]] = {}
    with store.sessions() as session:
        for chunk in _chunks(ids, 900):
            for row in session.execute(
                select(Mission.id, Mission.topics, Mission.participants_women,
                       Mission.participants_men, Mission.participants_total, Mission.location,
                       Mission.is_remote, Mission.request_reference, Mission.request_date,
                       Mission.objectives, Programme.code.label("programme"),
                       Administration.name.label("administration"))
                .outerjoin(Programme, Programme.id == Mission.programme_id)
                .outerjoin(Administration, Administration.id == Mission.administration_id)
                .where(Mission.id.in_(chunk))
            ):
                rows[row.id] = row
            for mission_id, kind, code in session.execute(
                select(MissionLink.mission_id, MissionLink.kind, MissionLink.code)
                .where(MissionLink.mission_id.in_(chunk), MissionLink.deleted.is_(False))
            ):
                links.setdefault(mission_id, {}).setdefault(kind, []).append(code)
    records = []
    for summary in summaries:
        row = rows[summary.id]
        ordered = service.ordered_links(
            {"tfa": [], "arusha": [], "geoat": [], **links.get(summary.id, {})})
        records.append({
            "code": summary.code, "title": summary.title, "type": summary.type_code,
            "status": summary.status_code, "country": summary.country_iso2,
            "region": summary.region_code,
            "start_date": summary.start_date.isoformat() if summary.start_date else None,
            "end_date": summary.end_date.isoformat() if summary.end_date else None,
            "topics": list(row.topics),
            "programme": row.programme,
            "lead_expert": summary.lead_expert or None,
            "participants_women": row.participants_women,
            "participants_men": row.participants_men,
            "participants_total": row.participants_total,
            "tfa_articles": ordered["tfa"], "arusha_factors": ordered["arusha"],
            "geoat_principles": ordered["geoat"],
            "location": row.location, "remote": row.is_remote,
            "administration": row.administration,
            "request_reference": row.request_reference,
            "request_date": row.request_date.isoformat() if row.request_date else None,
            "objectives": row.objectives,
            "sync_state": summary.sync_state,
        })
    return records


def export_missions(store: Store, path: str | Path, flt: MissionFilter | None = None) -> int:
    """Write the missions to ``path`` (.csv, .xlsx or .json); returns how many were written."""
    path = Path(path)
    kind = _file_kind(path, writing=True)
    records = mission_records(store, flt)
    tmp = path.with_name(path.name + ".part")
    try:
        if kind == "workbook":
            write_workbook(tmp, EXPORT_COLUMNS, [[_typed(c, r[c]) for c in EXPORT_COLUMNS]
                                                 for r in records])
        else:
            if kind == "json":
                payload = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
            else:
                buffer = io.StringIO()
                writer = csv.writer(buffer, lineterminator="\r\n")
                writer.writerow(EXPORT_COLUMNS)
                for r in records:
                    writer.writerow([_cell(r[c]) for c in EXPORT_COLUMNS])
                payload = buffer.getvalue()
            tmp.write_text(payload, encoding="utf-8-sig" if kind == "csv" else "utf-8",
                           newline="")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(say("cannot_write", path=path, reason=exc.strerror)) from None
    return len(records)


def _typed(column: str, value: Any) -> Any:
    """A record's value as a workbook cell: dates as dates, lists joined, the rest as is."""
    if value is None:
        return None
    if column in DATE_COLUMNS:
        return date.fromisoformat(value)
    if isinstance(value, list):
        return LIST_SEP.join(value)
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return LIST_SEP.join(value)
    text = str(value)
    if isinstance(value, str) and text.startswith(FORMULA_START):
        return "'" + text  # a spreadsheet must show it, not run it
    return text


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]

