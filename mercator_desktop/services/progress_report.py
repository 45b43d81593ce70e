"""The Capacity Building Progress Report use case: read the delivered missions, build the
report data (``reports.progress_data``, pure) and write the PDF and, if asked, the CSV tables.

Counted missions: not in the trash, with a start date, and in delivery or later (in delivery,
report draft, report final, follow-up, closed). Requested, approved, planned and cancelled
missions are not activities yet.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..domain.errors import UserError, ValidationError
from ..domain.lifecycle import MissionStatus
from ..domain.problem_texts import problem, say
from ..reports.progress_data import (
    MERCATOR_LAUNCH,
    ActivityRecord,
    FollowUpLine,
    ProgressReportData,
    build_progress_report,
    wco_year,
)
from ..reports.texts import Texts, check_language
from ..storage.models import Mission, TeamMember
from .names import programme_label
from .report_data import Progress, ReportWriteError, _Labels, check_writable, write_atomically
from .store import Store

DELIVERED = (MissionStatus.IN_DELIVERY, MissionStatus.REPORT_DRAFT, MissionStatus.REPORT_FINAL,
             MissionStatus.FOLLOW_UP, MissionStatus.CLOSED)


@dataclass(frozen=True)
class ProgressReportResult:
    path: Path
    pages: int
    seconds: float
    activities: int
    missions_since: int
    csv_files: list[Path] = field(default_factory=list)


def default_period(today: date | None = None) -> tuple[date, date]:
    """The WCO year (July–June) that contains today."""
    return wco_year(today or date.today())


def check_period(period_start: date, period_end: date, since: date) -> None:
    problems = []
    if period_end < period_start:
        problems.append(problem("period", "period_ends_before", end=period_end,
                                start=period_start))
    if since > period_end:
        problems.append(problem("period", "launch_after_period", day=since))
    if problems:
        raise ValidationError(problems)


def activity_records(store: Store, until: date, lang: str = "en") -> list[ActivityRecord]:
    """Every delivered mission that started on or before ``until``, as report records."""
    t = Texts(lang)
    labels = _Labels(store, lang)
    arusha_numbers = {i.code: i.extra.get("number") for i in labels.catalog.arusha_factors}
    records = []
    with store.sessions() as session:
        missions = session.scalars(
            select(Mission)
            .options(selectinload(Mission.team).joinedload(TeamMember.expert),
                     selectinload(Mission.links), selectinload(Mission.programme))
            .where(Mission.deleted.is_(False), Mission.start_date.is_not(None),
                   Mission.start_date <= until,
                   Mission.status_code.in_([s.value for s in DELIVERED]))
        ).all()
        for m in missions:
            assert m.start_date is not None
            team = sorted((tm for tm in m.team if not tm.deleted),
                          key=lambda tm: (tm.role != "lead", tm.expert.name))
            links = [link for link in m.links if not link.deleted]
            tfa = sorted((link.code for link in links if link.kind == "tfa"),
                         key=lambda c: tuple(int(p) if p.isdigit() else 0
                                             for p in c.split(".")))
            rad = sorted((arusha_numbers.get(link.code) or 0) for link in links
                         if link.kind == "arusha")
            link_texts = [t("tfa_short", code=c) for c in tfa]
            link_texts += [t("rad_short", n=n) for n in rad if n]
            programme = ""
            if m.programme is not None:
                programme = programme_label(m.programme.code, m.programme.name, lang)
                if m.programme.donor and m.programme.donor not in programme:
                    programme = f"{programme} ({m.programme.donor})"
            region_code = labels.catalog.country_by_iso2[m.country_iso2].region_code \
                if m.country_iso2 in labels.catalog.country_by_iso2 else m.country.region_code
            records.append(ActivityRecord(
                code=m.code, title=m.title, start_date=m.start_date, end_date=m.end_date,
                country_iso2=m.country_iso2, country=labels.country(m.country_iso2),
                region_code=region_code, region=labels.region(region_code, short=True),
                type_label=labels.ref("mission_types", m.type_code),
                topics=tuple(m.topics), remote=m.is_remote, programme=programme,
                experts=tuple(tm.expert.name for tm in team),
                women=m.participants_women, men=m.participants_men,
                total=m.participants_total, links=tuple(link_texts),
            ))
    return records


def progress_report_data(store: Store, period_start: date, period_end: date,
                         since: date = MERCATOR_LAUNCH, lang: str = "en",
                         produced_on: date | None = None) -> ProgressReportData:
    check_language(lang)
    check_period(period_start, period_end, since)
    labels = _Labels(store, lang)
    records = activity_records(store, period_end, lang)
    data = build_progress_report(
        records, period_start=period_start, period_end=period_end, since=since,
        topics=[(i.code, labels.name(i)) for i in labels.catalog.topics],
        regions=[(i.code, labels.region(i.code, short=True)) for i in labels.catalog.regions],
        lang=lang, produced_on=produced_on, no_topic_label=Texts(lang)("no_topic"),
    )
    return replace(data, follow_ups=follow_up_lines(store, period_start, period_end, lang,
                                                    labels))


def follow_up_lines(store: Store, period_start: date, period_end: date, lang: str,
                    labels: _Labels) -> tuple[FollowUpLine, ...]:
    """The assessments of the period's delivered missions that have a baseline (the same
    instrument, earlier, for the same administration), with both overall scores."""
    from ..checklists.model import text_in
    from .assessments import AssessmentService
    from .comparison import ComparisonService

    assessments = AssessmentService(store)
    comparisons = ComparisonService(store, assessments)
    with store.sessions() as session:
        missions = session.execute(
            select(Mission.id, Mission.code, Mission.country_iso2)
            .where(Mission.deleted.is_(False), Mission.start_date >= period_start,
                   Mission.start_date <= period_end,
                   Mission.status_code.in_([s.value for s in DELIVERED]))
            .order_by(Mission.start_date, Mission.code)).all()
    lines = []
    for mission_id, code, country in missions:
        for summary in assessments.list_for_mission(mission_id):
            baseline = comparisons.baseline_for(summary.id)
            if baseline is None:
                continue
            try:
                found = comparisons.compare(baseline.id, summary.id, lang)
                template = assessments.template(summary.template_id, summary.template_version)
            except UserError:  # a template not installed here
                continue
            lines.append(FollowUpLine(
                code, labels.country(country), text_in(template.title, lang),
                found.baseline.label(), found.overall.baseline, found.overall.follow_up))
    return tuple(lines)


def export_progress_report(
    store: Store, path: str | os.PathLike[str], period_start: date | None = None,
    period_end: date | None = None, since: date = MERCATOR_LAUNCH, lang: str = "en",
    csv_dir: str | os.PathLike[str] | None = None, progress: Progress | None = None,
) -> ProgressReportResult:
    """Write the progress report PDF (and the CSV tables into ``csv_dir`` when given)."""
    from ..reports.progress_pdf import render_progress_report, write_progress_csv

    started = time.perf_counter()
    default_start, default_end = default_period()
    period_start = period_start or default_start
    period_end = period_end or default_end
    check_period(period_start, period_end, since)
    target = check_writable(path)
    csv_folder = None
    if csv_dir is not None:
        csv_folder = Path(csv_dir).expanduser()
        try:
            csv_folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReportWriteError(say("csv_folder_not_created", path=csv_folder,
                                       reason=exc.strerror or exc)) from None
        if not os.access(csv_folder, os.W_OK):
            raise ReportWriteError(say("csv_folder_no_permission", path=csv_folder))
    report = progress or (lambda fraction, stage: None)
    report(0.02, "reading")
    data = progress_report_data(store, period_start, period_end, since, lang)
    report(0.2, "layout")
    pages = write_atomically(target, lambda stream: render_progress_report(
        data, stream, progress=lambda f: report(0.2 + 0.7 * f, "layout")))
    written: list[Path] = []
    if csv_folder is not None:
        report(0.95, "csv")
        try:
            written = write_progress_csv(data, csv_folder)
        except OSError as exc:
            raise ReportWriteError(say("csv_not_written", path=csv_folder,
                                       reason=exc.strerror or exc)) from None
    report(1.0, "done")
    return ProgressReportResult(target, pages, time.perf_counter() - started,
                                data.period_totals.activities, data.matrix.total, written)
