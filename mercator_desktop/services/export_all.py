"""Export everything: every record of the expert's work as JSON and CSV, with the evidence
files and issued reports, into one folder anyone can read without Mercator Desktop.

One JSON and one CSV file per kind of record (``KINDS``), with every column of the stored
records (trashed ones too, ``deleted`` says which) and, where a record belongs to a mission,
the mission's code. CSV cells that a spreadsheet would run as a formula are written with a
leading apostrophe, as in the mission export. Evidence files go to
``evidence/<mission code>/``, issued reports (decrypted) to ``reports/<mission code>/``; a
``README.txt`` explains the folder.

Files kept in the data folder are read through ``_read_data_file`` only: the one place where
a protected (encrypted) file is turned back into its content for its owner.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.errors import UserError
from ..domain.problem_texts import say as said
from ..storage.models import (
    ActionItem,
    ActionProgress,
    Answer,
    AnswerChange,
    Assessment,
    AssessmentEvent,
    Base,
    Evidence,
    Finding,
    IssuedReport,
    Mission,
    Recommendation,
)
from .import_plan import FORMULA_START
from .store import Store

#: file name stem → (model, what it holds, how to find the mission of a row)
KINDS: dict[str, tuple[type[Base], str]] = {
    "missions": (Mission, "the missions (plan, dates, country, objectives, team counts)"),
    "assessments": (Assessment, "the checklists filled during missions"),
    "answers": (Answer, "every answer given to a checklist question, with its note"),
    "answer_history": (AnswerChange, "every change of an answer or its note: who, when, the "
                       "old and the new value, the reason"),
    "assessment_events": (AssessmentEvent, "steps of an assessment: completed, validated, "
                          "reopened (who, when, why)"),
    "evidence": (Evidence, "the evidence attached to answers (the files are in evidence/)"),
    "findings": (Finding, "findings (strengths and weaknesses) of the missions"),
    "recommendations": (Recommendation, "recommendations made to the administrations"),
    "action_items": (ActionItem, "the action plans: activity, owner, timeframe, indicator, "
                     "status"),
    "action_progress": (ActionProgress, "progress reported on action items"),
    "issued_reports": (IssuedReport, "the register of the reports issued: version, status, "
                       "language, date of issue, who, SHA-256 (the PDFs are in reports/)"),
}

REPORTS_FOLDER = "reports"
Progress = Callable[[str], None]


@dataclass
class ExportAllResult:
    folder: Path
    counts: dict[str, int] = field(default_factory=dict)
    evidence_files: int = 0
    missing_files: list[str] = field(default_factory=list)
    reports: int = 0

    def describe(self) -> str:
        parts = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in self.counts.items())
        if self.missing_files:
            return said("export_all_done_missing", folder=self.folder, parts=parts,
                        evidence=self.evidence_files, reports=self.reports,
                        missing=len(self.missing_files))
        return said("export_all_done", folder=self.folder, parts=parts,
                    evidence=self.evidence_files, reports=self.reports)


def _read_data_file(path: Path, key: bytes | None = None) -> bytes:
    """The content of a file kept in the data folder (evidence, issued report), decrypted
    with the folder's data key when it is sealed (``storage.crypto``)."""
    from ..storage import crypto

    if key is None or not crypto.is_sealed(path):
        return path.read_bytes()
    with crypto.open_sealed(path, key) as reader:
        return b"".join(reader.chunks())


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict | list):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(_plain(value))
    if text.startswith(FORMULA_START):
        return "'" + text  # a spreadsheet must show it, not run it
    return text


def _rows(store: Store, model: type[Base], codes: dict[str, str],
          mission_of: dict[str, str]) -> list[dict[str, Any]]:
    table = model.__table__  # type: ignore[attr-defined]
    columns = [c.name for c in table.columns]
    with store.sessions() as session:
        result = session.execute(select(table).order_by(*table.primary_key.columns))
        rows = [dict(zip(columns, (_plain(v) for v in row), strict=True)) for row in result]
    for row in rows:
        mission_id = row.get("mission_id") or mission_of.get(row.get("assessment_id") or "")
        if model is Mission:
            continue
        if mission_id is not None:
            row["mission_code"] = codes.get(mission_id, "")
    return rows


def _write_kind(folder: Path, stem: str, rows: list[dict[str, Any]], model: type[Base]) -> None:
    columns = [c.name for c in model.__table__.columns]  # type: ignore[attr-defined]
    columns.remove("id")
    first = ["id", "mission_code"] if rows and "mission_code" in rows[0] else ["id"]
    columns = first + columns
    (folder / f"{stem}.json").write_text(
        json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row.get(c)) for c in columns])
    (folder / f"{stem}.csv").write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")


def _safe_name(text: str, fallback: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", text).strip(" .")
    return cleaned[:120] or fallback


def _check_target(folder: Path) -> Path:
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise UserError(said("export_folder_is_file", path=folder))
    if folder.is_dir() and any(folder.iterdir()):
        raise UserError(said("export_folder_not_empty", path=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(said("cannot_create", path=folder, reason=exc.strerror or exc)) from None
    return folder


def export_all(store: Store, folder: str | os.PathLike[str],
               progress: Progress | None = None) -> ExportAllResult:
    """Write everything into ``folder`` (new or empty); see the module docstring."""
    say = progress or (lambda stage: None)
    target = _check_target(Path(folder))
    result = ExportAllResult(target)
    with store.sessions() as session:
        codes = dict(session.execute(select(Mission.id, Mission.code)).all())
        mission_of = dict(session.execute(
            select(Assessment.id, Assessment.mission_id)).all())
        answer_assessment = dict(session.execute(
            select(Answer.id, Answer.assessment_id)).all())
    for answer_id, assessment_id in answer_assessment.items():
        mission_of[answer_id] = mission_of.get(assessment_id, "")
    try:
        evidence_rows: list[dict[str, Any]] = []
        report_rows: list[dict[str, Any]] = []
        for stem, (model, _what) in KINDS.items():
            say(stem)
            rows = _rows(store, model, codes, mission_of)
            if model in (Evidence, AnswerChange):
                key = "answer_id"
                for row in rows:
                    row["mission_code"] = codes.get(mission_of.get(row[key], ""), "")
            if model is Evidence:
                evidence_rows = rows
            if model is IssuedReport:
                report_rows = rows
            _write_kind(target, stem, rows, model)
            result.counts[stem] = len(rows)
        say("evidence")
        _copy_evidence(store, target, evidence_rows, result)
        say("reports")
        _copy_reports(store, target, report_rows, result)
        (target / "README.txt").write_text(_readme(result), encoding="utf-8")
    except OSError as exc:
        raise UserError(said("export_not_written", path=target,
                            reason=exc.strerror or exc)) from None
    return result


def _copy_evidence(store: Store, target: Path, rows: list[dict[str, Any]],
                   result: ExportAllResult) -> None:
    written: set[Path] = set()
    for row in rows:
        sha = row.get("sha256")
        if not sha:
            continue
        source = store.paths.evidence_file(sha)
        folder = target / "evidence" / _safe_name(row.get("mission_code") or "", "no-mission")
        name = _safe_name(row.get("original_name") or "", sha[:12])
        out = folder / name
        if out in written:
            out = folder / f"{sha[:8]}-{name}"
        if out in written:
            continue
        if not source.is_file():
            result.missing_files.append(f"{row.get('mission_code', '')}: {name} ({sha})")
            continue
        folder.mkdir(parents=True, exist_ok=True)
        out.write_bytes(_read_data_file(source, store.data_key))
        written.add(out)
        result.evidence_files += 1


def _copy_reports(store: Store, target: Path, rows: list[dict[str, Any]],
                  result: ExportAllResult) -> None:
    """The issued reports' PDFs (decrypted) to ``reports/<mission code>/<file name>``."""
    for row in rows:
        sha = row.get("sha256") or ""
        folder = (target / REPORTS_FOLDER
                  / _safe_name(row.get("mission_code") or "", "no-mission"))
        name = _safe_name(row.get("file_name") or "", f"{sha[:12]}.pdf")
        source = store.paths.evidence_file(sha)
        if not sha or not source.is_file():
            result.missing_files.append(f"{row.get('mission_code', '')}: {name} ({sha})")
            continue
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(_read_data_file(source, store.data_key))
        result.reports += 1


def _readme(result: ExportAllResult) -> str:
    lines = [
        "Mercator Desktop — everything exported",
        "=======================================",
        "",
        f"Written on {datetime.now().strftime('%Y-%m-%d %H:%M')}. This folder holds all the "
        "work kept in Mercator Desktop on this computer, readable without the app.",
        "",
        "Each kind of record is written twice, with the same content:",
        "  NAME.json  for programs (a list of records, every field by its name);",
        "  NAME.csv   for spreadsheets (UTF-8; a cell that starts with = + - or @ is written",
        "             with a leading ' so that it is shown, never run as a formula).",
        "",
        "Files:",
    ]
    for stem, (_model, what) in KINDS.items():
        lines.append(f"  {stem}.json / .csv ({result.counts.get(stem, 0)} records): {what}")
    lines += [
        "  evidence/MISSION-CODE/   the evidence files attached to answers, by mission",
        "  reports/MISSION-CODE/    the reports issued (PDF), as listed in issued_reports",
        "",
        "How the files fit together:",
        "  Every record has an id. assessments.mission_id, findings.mission_id … name the",
        "  mission (missions.id); answers.assessment_id the assessment; answer_history.answer_id",
        "  and evidence.answer_id the answer; recommendations.finding_id the finding;",
        "  action_items.recommendation_id the recommendation. mission_code repeats the",
        "  mission's code for reading by eye.",
        "  deleted = yes marks a record that was in the trash. revision counts its changes;",
        "  created_at / updated_at are in UTC.",
    ]
    if result.missing_files:
        lines += ["", "Evidence files and reports that were not on this computer (never "
                  "received from HQ):"]
        lines += [f"  {m}" for m in result.missing_files]
    return "\n".join(lines) + "\n"
