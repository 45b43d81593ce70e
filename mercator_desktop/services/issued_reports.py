"""Issued reports: "Issue report…" freezes a mission report as it was sent.

Issuing renders the mission report PDF in the chosen language, with the chosen status
(Draft or Final) and date of issue, keeps its bytes in the data folder's file store by
SHA-256 (``services.kept_files``: sealed with AES-GCM in an encrypted folder) and writes a
register entry (``storage.models.IssuedReport``): version, status, language, date of issue,
hash, size, file name and who issued it (the person working, never the computer's login).
The entry and its file travel to HQ and to the other laptops of the mission like evidence
(``sync.files``). An issued report is never changed: a reissue is a new entry.

Version numbers: the first issue of a mission is 1.0, each later one (a correction, a Final
after Drafts, another language) the next minor number: 1.1, 1.2 … The status is printed
beside the number ("Version 1.2 · Final · issued 3 December 2026"), so a Final after Drafts
needs no major number of its own. Two laptops issuing the same mission offline may both
issue 1.1; both entries are kept, each with its date and who issued it.
"""

from __future__ import annotations

import atexit
import io
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from ..domain.errors import FieldProblem, NotFoundError, ValidationError
from ..domain.problem_texts import problem, say
from ..domain.vocabulary import REPORT_LANGUAGES, IssueStatus
from ..storage.models import IssuedReport, Mission
from .kept_files import KeptFiles
from .report_data import final_gaps, mission_report_data
from .store import Store

Progress = Callable[[float, str], None]
MEDIA_TYPE = "application/pdf"


@dataclass(frozen=True)
class IssuedReportView:
    id: str
    mission_id: str
    version: str
    status: str
    language: str
    issue_date: date
    sha256: str
    size: int
    file_name: str
    issued_by: str
    created_at: datetime
    #: the PDF is in this data folder (a report issued elsewhere arrives with a sync)
    present: bool = True
    pages: int = 0  # known right after issuing

    @property
    def final(self) -> bool:
        return self.status == IssueStatus.FINAL


def next_version(versions: list[str]) -> str:
    """1.0 for the first issue, then the next minor number after the highest so far."""
    minors = [int(m.group(1)) for v in versions if (m := re.fullmatch(r"1\.(\d+)", v))]
    return f"1.{max(minors) + 1}" if minors else "1.0"


def check_issue(status: str, lang: str, issue_date: object) -> list[FieldProblem]:
    """What is wrong with the choices of an issue (status, language, date), in words."""
    problems = []
    if status not in {s.value for s in IssueStatus}:
        problems.append(problem("status", "not_report_status", value=status))
    if lang not in REPORT_LANGUAGES:
        problems.append(problem("language", "report_language",
                                languages=", ".join(REPORT_LANGUAGES), value=lang))
    if not isinstance(issue_date, date) or isinstance(issue_date, datetime):
        problems.append(problem("issue_date", "not_a_date", value=issue_date))
    return problems


class IssuedReportService:
    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def kept(self) -> KeptFiles:
        return KeptFiles(self.store.paths.evidence, self.store.data_key)

    # --- issuing ---------------------------------------------------------------------------

    def gaps(self, mission_id: str, final: bool) -> list[str]:
        """The parts a Final report would have empty (``report_data.FINAL_PARTS``)."""
        return final_gaps(self.store, mission_id, final=final)

    def issue(self, mission_id: str, *, status: str, lang: str,
              issue_date: date | None = None,
              progress: Progress | None = None) -> IssuedReportView:
        """Render, keep and register the next version of the mission's report."""
        issue_date = date.today() if issue_date is None else issue_date
        problems = check_issue(status, lang, issue_date)
        if problems:
            raise ValidationError(problems)
        report = progress or (lambda fraction, stage: None)
        report(0.02, "reading")
        with self.store.sessions() as session:
            mission = session.get(Mission, mission_id)
            if mission is None or mission.deleted:
                raise NotFoundError(say("mission_gone"))
            code = mission.code
            version = next_version(self._versions(session, mission_id))
        final = status == IssueStatus.FINAL
        data = mission_report_data(self.store, mission_id, lang, issue_date, final=final,
                                   version=version)
        report(0.2, "layout")
        from ..reports.mission_pdf import render_mission_report

        buffer = io.BytesIO()
        pages = render_mission_report(data, buffer,
                                      progress=lambda f: report(0.2 + 0.7 * f, "layout"))
        report(0.92, "keeping")
        sha256, size = self.kept.keep_bytes(buffer.getvalue())
        name = _file_name(code, version, lang, status)
        with self.store.session() as session:
            # the version again, under the write lock: another issue may have come first
            version_now = next_version(self._versions(session, mission_id))
            if version_now != version:
                raise ValidationError.single("version", "issued_meanwhile", version=version,
                                             code=code)
            row = IssuedReport(mission_id=mission_id, version=version, status=status,
                               language=lang, issue_date=issue_date, sha256=sha256, size=size,
                               file_name=name, issued_by=self.store.user)
            session.add(row)
            session.flush()
            view = self._view(row)
        report(1.0, "done")
        return IssuedReportView(**{**view.__dict__, "pages": pages})

    def issue_by_code(self, code: str, **choices: object) -> IssuedReportView:
        return self.issue(self._mission_id(code), **choices)  # type: ignore[arg-type]

    @staticmethod
    def _versions(session: object, mission_id: str) -> list[str]:
        return list(session.scalars(  # type: ignore[attr-defined]
            select(IssuedReport.version).where(IssuedReport.mission_id == mission_id)))

    # --- the register ----------------------------------------------------------------------

    def list_for_mission(self, mission_id: str) -> list[IssuedReportView]:
        """The mission's issued reports, newest first."""
        with self.store.sessions() as session:
            rows = session.scalars(
                select(IssuedReport)
                .where(IssuedReport.mission_id == mission_id,
                       IssuedReport.deleted.is_(False))
                .order_by(IssuedReport.created_at.desc(), IssuedReport.version.desc())).all()
            return [self._view(row) for row in rows]

    def list_by_code(self, code: str) -> list[IssuedReportView]:
        return self.list_for_mission(self._mission_id(code))

    def get(self, report_id: str) -> IssuedReportView:
        with self.store.sessions() as session:
            row = session.get(IssuedReport, report_id)
            if row is None or row.deleted:
                raise NotFoundError(say("no_issued_report", id=report_id))
            return self._view(row)

    def _mission_id(self, code: str) -> str:
        from .missions import MissionService

        return MissionService(self.store).get_by_code(code).id

    def _view(self, row: IssuedReport) -> IssuedReportView:
        return IssuedReportView(row.id, row.mission_id, row.version, row.status, row.language,
                                row.issue_date, row.sha256, row.size, row.file_name,
                                row.issued_by, row.created_at, self.kept.has(row.sha256))

    # --- the files -------------------------------------------------------------------------

    def _present(self, report_id: str) -> IssuedReportView:
        view = self.get(report_id)
        if not view.present:
            raise NotFoundError(say("issued_pdf_not_here", version=view.version))
        return view

    def read(self, report_id: str) -> bytes:
        """The issued PDF's bytes (decrypted)."""
        return self.kept.read(self._present(report_id).sha256)

    def save_copy(self, report_id: str, target: str | os.PathLike[str]) -> Path:
        """Write the issued PDF (decrypted) to ``target``."""
        from .report_data import check_writable, write_atomically

        view = self._present(report_id)
        path = check_writable(target)
        data = self.kept.read(view.sha256)
        write_atomically(path, lambda stream: stream.write(data))  # type: ignore[attr-defined]
        return path

    def private_copy(self, report_id: str) -> Path:
        """The issued PDF decrypted into a folder only this user can read (removed when the
        program ends), to open with the system's viewer."""
        view = self._present(report_id)
        folder = Path(tempfile.mkdtemp(prefix="mercator-report-"))  # mode 0700
        atexit.register(shutil.rmtree, folder, True)
        target = folder / view.file_name
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(self.kept.read(view.sha256))
        return target


def _file_name(code: str, version: str, lang: str, status: str) -> str:
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f\s]+', "_", code).strip("._") or "mission"
    return f"{safe}-report-v{version}-{status}-{lang}.pdf"[:260]
