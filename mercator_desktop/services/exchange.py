"""Missions to and from files: CSV (spreadsheets) and JSON, by file extension.

Import is all-or-nothing in one transaction and idempotent on the mission code: a code that
exists is updated (restored from the trash if needed), never duplicated. Every problem is
reported with its line (CSV) or record number (JSON) and column; one problem stores nothing.
CSV files may use ',' or ';' (French spreadsheets) as separator and UTF-8 or Windows-1252;
exports are UTF-8 with a byte-order mark so spreadsheet programs show accents correctly.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..domain.errors import (
    ImportFailedError,
    ImportProblem,
    UserError,
    ValidationError,
)
from ..domain.vocabulary import TeamRole
from ..storage.models import Administration, Expert, Mission, MissionLink, Programme
from .dto import MissionFilter, MissionInput, TeamAssignment
from .missions import MissionService
from .reference import ReferenceCatalog
from .store import Store

LIST_SEP = ";"
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
# Cells a spreadsheet would run as a formula; exported with a leading apostrophe.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
LINK_COLUMNS = {"tfa_articles": "tfa", "arusha_factors": "arusha", "geoat_principles": "geoat"}
# How a service's field name maps to the file's column, for error messages.
FIELD_TO_COLUMN = {"type": "type", "status": "status", "country": "country",
                   "lead_expert": "lead_expert", "team": "lead_expert",
                   "programme": "programme"}

Progress = Callable[[int, int], None]


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    restored: int = 0
    experts_created: list[str] = field(default_factory=list)
    administrations_created: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.created + self.updated


class _RowError(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


# --- reading files ----------------------------------------------------------------------------


def _file_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in {".csv", ".json"}:
        raise UserError(f"{path.name}: use a .csv or .json file (got '{suffix or 'no extension'}')")
    return suffix[1:]


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror})") from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")  # "Unicode text" as some spreadsheets save it
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _csv_records(path: Path, text: str) -> tuple[list[tuple[int, dict[str, str]]], list[str]]:
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFailedError(path.name, [ImportProblem(1, None, "the file is empty")]) from None
    columns = [h.strip().lower().replace(" ", "_") for h in header]
    problems = []
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        problems.append(ImportProblem(1, missing[0], f"required column missing "
                                      f"(the header needs {', '.join(missing)})"))
    unknown = [c for c in columns if c and c not in IMPORT_COLUMNS]
    if unknown:
        problems.append(ImportProblem(1, unknown[0], "unknown column; known columns are "
                                      + ", ".join(EXPORT_COLUMNS)))
    twice = [c for i, c in enumerate(columns) if c and c in columns[:i]]
    if twice:
        problems.append(ImportProblem(1, twice[0], "the column appears twice in the header"))
    if problems:
        raise ImportFailedError(path.name, problems)
    records = []
    line = reader.line_num + 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                if len(row) > len(columns):
                    raise ImportFailedError(path.name, [ImportProblem(
                        line, None, f"{len(row)} cells but the header has {len(columns)} "
                        "columns (a separator inside an unquoted cell?)")])
                record = {c: v for c, v in zip(columns, row, strict=False) if c}
                absent = [c for c in REQUIRED_COLUMNS if c not in record]
                if absent:
                    raise ImportFailedError(path.name, [ImportProblem(
                        line, absent[0], f"{len(row)} cells but the header has {len(columns)} "
                        "columns (a missing separator?)")])
                records.append((line, record))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFailedError(path.name, [ImportProblem(line, None, str(exc))]) from None
    return records, columns


def _json_records(path: Path, text: str) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailedError(
            path.name, [ImportProblem(exc.lineno, None, f"not valid JSON: {exc.msg}")]
        ) from None
    if isinstance(data, dict) and isinstance(data.get("missions"), list):
        data = data["missions"]
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise ImportFailedError(path.name, [ImportProblem(
            None, None, "expected a JSON array of mission objects")])
    problems = []
    for number, record in enumerate(data, start=1):
        missing = [c for c in REQUIRED_COLUMNS if c not in record]
        if missing:
            problems.append(ImportProblem(number, missing[0], "required field missing",
                                          unit="record"))
        unknown = sorted(k for k in record if k not in JSON_IMPORT_FIELDS)
        if unknown:
            problems.append(ImportProblem(number, unknown[0], "unknown field; known fields are "
                                          + ", ".join(EXPORT_COLUMNS), unit="record"))
    if problems:
        raise ImportFailedError(path.name, problems)
    columns = sorted({k for r in data for k in r})
    return list(enumerate(data, start=1)), columns


# --- converting one record --------------------------------------------------------------------


class _Converter:
    def __init__(self, store: Store, session: Session) -> None:
        self.catalog = ReferenceCatalog.for_store(store)
        self.session = session
        self.programmes = {
            key.lower(): p.id
            for p in session.scalars(select(Programme).where(Programme.deleted.is_(False)))
            for key in (p.code, p.name)
        }
        # Names are matched here, not with SQL lower(), which in SQLite folds ASCII only
        # ('Zeynep Çelik' would never match itself and be created again on each import).
        self.experts: dict[str, Expert] = {}
        for e in session.scalars(select(Expert).where(Expert.deleted.is_(False))
                                 .order_by(Expert.created_at)):
            self.experts.setdefault(_key(e.name), e)
        self.administrations: dict[tuple[str, str], str] = {}
        for a in session.scalars(select(Administration).where(
                Administration.deleted.is_(False)).order_by(Administration.created_at)):
            self.administrations.setdefault((a.country_iso2, _key(a.name)), a.id)

    def vocabulary(self, kind: str, column: str, value: str) -> str:
        text = value.strip()
        for item in getattr(self.catalog, kind):
            if text == item.code or text.lower() in {n.lower() for n in item.names.values()}:
                return item.code
        known = ", ".join(i.code for i in getattr(self.catalog, kind))
        raise _RowError(column, f"unknown {column} '{text}'; use one of: {known}")

    def country(self, value: str) -> str:
        text = value.strip()
        if text.upper() in self.catalog.country_by_iso2:
            return text.upper()
        for c in self.catalog.countries:
            if text.lower() in {n.lower() for n in c.names.values()}:
                return c.iso2
        raise _RowError("country", f"unknown country '{text}' (use the ISO 3166 two-letter "
                        "code, e.g. JM for Jamaica)")

    @staticmethod
    def date_(column: str, value: Any) -> date | None:
        text = str(value or "").strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise _RowError(column, f"'{text}' is not a date; write it as YYYY-MM-DD") from None

    @staticmethod
    def count(column: str, value: Any) -> int | None:
        text = str(value if value is not None else "").strip()
        if not text:
            return None
        whole = re.fullmatch(r"-?\d+(\.0+)?", text)  # spreadsheets and JSON tools write 12.0
        if not whole:
            raise _RowError(column, f"'{text}' is not a whole number")
        number = int(text.split(".")[0])
        if number < 0:
            raise _RowError(column, "cannot be negative")
        return number

    @staticmethod
    def items(value: Any) -> list[str]:
        if isinstance(value, list):
            return [str(v).strip() for v in value if str(v).strip()]
        return [v.strip() for v in str(value or "").split(LIST_SEP) if v.strip()]

    @staticmethod
    def flag(column: str, value: Any) -> bool:
        if isinstance(value, bool):
            return value
        text = str(value or "").strip().lower()
        if text in {"", "0", "no", "non", "false", "n"}:
            return False
        if text in {"1", "yes", "oui", "si", "sí", "true", "y"}:
            return True
        raise _RowError(column, f"'{value}' is not yes or no")

    def programme(self, value: Any) -> str | None:
        text = str(value or "").strip()
        if not text:
            return None
        found = self.programmes.get(text.lower())
        if found is None:
            raise _RowError("programme", f"unknown programme '{text}'; known: "
                            + ", ".join(sorted({k for k in self.programmes if k.isidentifier()})))
        return found

    def to_input(
        self, record: dict[str, Any], existing: Mission | None, result: ImportResult
    ) -> MissionInput:
        base = MissionService.input_of(existing) if existing else None
        data = base or MissionInput(code="", title="", type_code="", status_code="",
                                    country_iso2="")
        data.code = _text(record["code"]).strip()
        if existing is not None:
            data.code = existing.code  # the code is the mission's identity: keep its spelling
        data.title = _text(record["title"]).strip()
        data.type_code = self.vocabulary("mission_types", "type", _text(record["type"]))
        data.status_code = self.vocabulary("statuses", "status", _text(record["status"]))
        data.country_iso2 = self.country(_text(record["country"]))
        data.start_date = self.date_("start_date", record["start_date"])
        data.end_date = self.date_("end_date", record["end_date"])
        if "topics" in record:
            data.topics = [self.vocabulary("topics", "topics", t)
                           for t in self.items(record["topics"])]
        if "programme" in record:
            data.programme_id = self.programme(record["programme"])
        for column in ("participants_women", "participants_men", "participants_total"):
            if column in record:
                setattr(data, column, self.count(column, record[column]))
        if "location" in record:
            data.location = _text(record["location"])
        if "remote" in record:
            data.is_remote = self.flag("remote", record["remote"])
        if "request_reference" in record:
            data.request_reference = _text(record["request_reference"])
        if "request_date" in record:
            data.request_date = self.date_("request_date", record["request_date"])
        if "objectives" in record:
            data.objectives = _text(record["objectives"])
        if "administration" in record:
            data.administration_id = self.administration(
                data.country_iso2, _text(record["administration"]), result)
        links = {kind: self.items(record[col]) for col, kind in LINK_COLUMNS.items()
                 if col in record}
        data.links = links or None
        if "lead_expert" in record:
            data.team = self.team(existing, _text(record["lead_expert"]), result)
        return data

    def administration(self, iso2: str, name: str, result: ImportResult) -> str | None:
        if not name.strip():
            return None
        found = self.administrations.get((iso2, _key(name)))
        if found:
            return found
        row = Administration(country_iso2=iso2, name=name.strip())
        self.session.add(row)
        self.session.flush()
        self.administrations[(iso2, _key(name))] = row.id
        result.administrations_created.append(name.strip())
        return row.id

    def team(self, existing: Mission | None, lead_name: str,
             result: ImportResult) -> list[TeamAssignment]:
        team = [TeamAssignment(m.expert_id, m.role) for m in (existing.team if existing else [])
                if not m.deleted]
        if not lead_name.strip():
            return [t for t in team if t.role != TeamRole.LEAD]
        expert = self.experts.get(_key(lead_name))
        if expert is None:
            expert = Expert(name=lead_name.strip())
            self.session.add(expert)
            self.session.flush()
            self.experts[_key(lead_name)] = expert
            result.experts_created.append(expert.name)
        team = [TeamAssignment(t.expert_id, TeamRole.CO_FACILITATOR.value
                               if t.role == TeamRole.LEAD else t.role)
                for t in team if t.expert_id != expert.id]
        return [TeamAssignment(expert.id, TeamRole.LEAD.value), *team]


# --- import -----------------------------------------------------------------------------------


def import_missions(store: Store, path: str | Path, progress: Progress | None = None
                    ) -> ImportResult:
    """Import every mission of the file, or none. Raises ``ImportFailedError``."""
    path = Path(path)
    kind = _file_kind(path)
    text = _read_text(path)
    records, _columns = (_csv_records if kind == "csv" else _json_records)(path, text)
    unit = "line" if kind == "csv" else "record"
    service = MissionService(store)
    result = ImportResult()
    problems: list[ImportProblem] = []
    seen: dict[str, int] = {}
    for line, record in records:
        code = _text(record.get("code")).strip().lower()
        if code in seen:
            problems.append(ImportProblem(
                line, "code", f"the code '{record['code']}' is also on {unit} {seen[code]}",
                unit))
        elif code:
            seen[code] = line
    if problems:
        raise ImportFailedError(path.name, problems)
    imported_codes = []
    with store.session() as session:
        converter = _Converter(store, session)
        existing_by_code = {
            m.code.lower(): m for m in session.scalars(
                select(Mission).options(selectinload(Mission.team), selectinload(Mission.links))
                .where(func.lower(Mission.code).in_(list(seen))))
        }
        for done, (line, record) in enumerate(records, start=1):
            existing = existing_by_code.get(_text(record["code"]).strip().lower())
            try:
                data = converter.to_input(record, existing, result)
                if existing is None:
                    service.create_in(session, data, allow_conflicts=True, code_checked=True)
                    result.created += 1
                else:
                    if existing.deleted:
                        existing.deleted = False
                        result.restored += 1
                    service.update_in(session, existing, data, allow_conflicts=True,
                                      code_checked=True)
                    result.updated += 1
                imported_codes.append(data.code)
            except _RowError as exc:
                problems.append(ImportProblem(line, exc.column, exc.message, unit))
            except ValidationError as exc:
                for p in exc.problems:
                    column = FIELD_TO_COLUMN.get(p.field, p.field)
                    problems.append(ImportProblem(line, column, p.message, unit))
            if progress:
                progress(done, len(records))
        if problems:
            session.rollback()
            raise ImportFailedError(path.name, problems)
    wanted = {c.lower() for c in imported_codes}
    for clash in service.double_bookings():
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
    """Write the missions to ``path`` (.csv or .json); returns how many were written."""
    path = Path(path)
    kind = _file_kind(path)
    records = mission_records(store, flt)
    if kind == "json":
        payload = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(EXPORT_COLUMNS)
        for r in records:
            writer.writerow([_cell(r[c]) for c in EXPORT_COLUMNS])
        payload = buffer.getvalue()
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(payload, encoding="utf-8-sig" if kind == "csv" else "utf-8",
                       newline="")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"{path}: cannot be written ({exc.strerror})") from None
    return len(records)


def _key(name: str) -> str:
    """How names are compared: trimmed and case-insensitive in every script."""
    return name.strip().casefold()


def _text(value: Any) -> str:
    """A file's value as text; JSON null is empty, not 'None'; the apostrophe that guards a
    formula-like cell in our exports is taken off again."""
    text = "" if value is None else str(value)
    if text.startswith("'") and text[1:2] and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text


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

