"""The mission report use case: read a mission and everything hanging on it through the
services, turn it into ``reports.mission_data.MissionReportData`` (pure helpers) and render
it to a PDF file, written atomically.

Assessments are read through ``services.assessments`` (read-only: ``list_for_mission``,
``snapshot``, ``history``, ``events``, ``score_report``). Evidence file names are not offered
by that service yet, so ``_evidence_names`` reads them here (read-only, one query).
"""

from __future__ import annotations

import contextlib
import getpass
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.errors import NotFoundError, UserError
from ..domain.lifecycle import LIFECYCLE, MissionStatus
from ..domain.problem_texts import say
from ..reports import mission_data as md
from ..reports.texts import Texts, check_language
from ..storage.models import Answer, Evidence
from .dto import MissionDetail
from .experts import ExpertService
from .findings import FindingService
from .missions import MissionService
from .names import programme_label
from .reference import ReferenceCatalog, RefItem, with_cldr_name
from .store import Store

Progress = Callable[[float, str], None]


class ReportWriteError(UserError):
    """The report could not be written where asked (folder missing, no permission, disk full)."""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    seconds: float
    draft: bool = False
    # Characters no font on this computer has, and where (they print as empty boxes).
    missing_characters: tuple[str, ...] = ()


# --- labels -----------------------------------------------------------------------------------


class _Labels:
    """Reference labels in the report language (from the ``names`` of the reference data)."""

    def __init__(self, store: Store, lang: str) -> None:
        self.catalog = ReferenceCatalog.for_store(store)
        self.lang = lang

    def name(self, item: RefItem | None, fallback: str = "") -> str:
        if item is None:
            return fallback
        return item.names.get(self.lang) or item.names.get("en") or item.label or item.code

    def ref(self, kind: str, code: str) -> str:
        item = next((i for i in getattr(self.catalog, kind) if i.code == code), None)
        return self.name(item, code)

    def country(self, iso2: str) -> str:
        item = self.catalog.country_by_iso2.get(iso2)
        if item is None:
            return iso2
        names = with_cldr_name(iso2, dict(item.names), self.lang)
        return names.get(self.lang) or names.get("en") or item.name

    def region(self, code: str, short: bool = False) -> str:
        item = next((r for r in self.catalog.regions if r.code == code), None)
        if item is None:
            return code
        if short:
            names = item.extra.get("short_names") or {}
            if names.get(self.lang) or names.get("en"):
                return names.get(self.lang) or names["en"]
        return self.name(item, code)

    def link(self, kind: str | None, code: str | None, t: Texts) -> str:
        """``Article 7.6 – Average Release Times``, ``1. Leadership and Commitment``."""
        if not kind or not code:
            return ""
        items = self.catalog.link_items(kind)
        item = next((i for i in items if i.code == code), None)
        name = self.name(item, code)
        if kind == "tfa":
            return f"{t('tfa_article', code=code)} – {name}"
        number = item.extra.get("number") if item is not None else None
        return f"{number}. {name}" if number else name

    def link_order(self, kind: str | None, code: str | None) -> tuple[int, int]:
        kinds = ("arusha", "geoat", "tfa")
        if not kind or not code or kind not in kinds:
            return (9, 0)
        codes = [i.code for i in self.catalog.link_items(kind)]
        return (kinds.index(kind), codes.index(code) if code in codes else 999)


# --- reading ----------------------------------------------------------------------------------


def _evidence_names(store: Store, assessment_id: str, t: Texts) -> dict[str, list[str]]:
    """question id → evidence file names (or notes, for evidence without a file); a file
    this computer does not hold (not synced yet, or too large for HQ) says so."""
    with store.sessions() as session:
        rows = session.execute(
            select(Answer.question_id, Evidence.original_name, Evidence.note, Evidence.sha256)
            .join(Evidence, Evidence.answer_id == Answer.id)
            .where(Answer.assessment_id == assessment_id, Answer.deleted.is_(False),
                   Evidence.deleted.is_(False))
            .order_by(Evidence.created_at)
        ).all()
    out: dict[str, list[str]] = {}
    for question_id, name, note, sha256 in rows:
        label = name.strip() or next(iter(note.strip().splitlines()), "")
        if label and sha256 and not store.paths.evidence_file(sha256).is_file():
            label = t("evidence_not_here", name=label)
        if label:
            out.setdefault(question_id, []).append(label)
    return out


def _person_names(store: Store) -> dict[str, str]:
    """Names recorded by this laptop before its person gave a name (the computer's login)
    or while signed in to HQ (the HQ user name) → the person's name, for the history."""
    from .store import HQ_USER_SETTING, PERSON_SETTING

    person = (store.get_setting(PERSON_SETTING) or "").strip()
    if not person:
        return {}
    logins = {store.get_setting(HQ_USER_SETTING) or ""}
    with contextlib.suppress(KeyError, OSError):  # no login name on this system
        logins.add(getpass.getuser())
    return {login.strip(): person for login in logins if login.strip()}


def _assessments(store: Store, mission_id: str, t: Texts) -> list[md.AssessmentResult]:
    from .assessments import AssessmentService, TemplateMissingError, score_report, shown_title

    service = AssessmentService(store)
    people = _person_names(store)
    results = []
    for summary in service.list_for_mission(mission_id):
        title = summary.title or summary.template_id
        if summary.group_name:
            title = f"{title} — {summary.group_name}"
        try:
            snap = service.snapshot(summary.id)
        except TemplateMissingError:
            results.append(md.AssessmentResult(
                title=title, instrument=f"{summary.template_id} ({summary.template_version})",
                group=summary.group_name, status=md.status_label(summary.status, t),
                overall=md.SectionRow("", t("overall"), 0, 0, 0, 0, 0, None), sections=(),
                chart=(), problem=t("template_missing", id=summary.template_id,
                                    version=summary.template_version)))
            continue
        view, template = snap.assessment, snap.template
        if not summary.custom_title:
            # the instrument's own name: in the report's language
            title = shown_title("", template, t.lang) or title
            if summary.group_name:
                title = f"{title} — {summary.group_name}"
        history = md.history_summary(template, service.history(summary.id),
                                     service.events(summary.id), t, people)
        result = md.assessment_result(
            title=title, group=view.group_name, status=view.status, template=template,
            answers=snap.answers, report=score_report(template, snap.answers), t=t,
            validated_by=view.validated_by, validated_at=view.validated_at,
            evidence=_evidence_names(store, summary.id, t), history=history,
        )
        results.append(replace(result, comparison=_comparison(store, service, summary.id, t)))
    return results


def _comparison(store: Store, service: Any, assessment_id: str,
                t: Texts) -> md.BaselineComparison | None:
    """The assessment beside the administration's earlier one with the same instrument
    (``services.comparison``), when there is one."""
    from .comparison import ComparisonService

    comparisons = ComparisonService(store, service)
    baseline = comparisons.baseline_for(assessment_id)
    if baseline is None:
        return None
    try:
        found = comparisons.compare(baseline.id, assessment_id, t.lang)
    except UserError:  # the baseline's template is not installed here
        return None

    def line(row: Any, label: str) -> md.ComparisonLine:
        return md.ComparisonLine(label, row.depth, row.baseline, row.follow_up)

    return md.BaselineComparison(
        baseline=found.baseline.label(), baseline_year=str(found.baseline.when[0].year),
        follow_up_year=str(found.follow_up.when[0].year),
        overall=line(found.overall, t("overall")),
        lines=tuple(line(r, f"{r.number} {r.title}".strip()) for r in found.rows))


def _letterhead(store: Store) -> md.LetterheadLines:
    from .letterhead import LetterheadService

    found = LetterheadService(store).get()
    return md.LetterheadLines(found.organisation, found.unit, found.address,
                              found.classification, found.logo)


def _paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs as the expert wrote them: separated by blank lines (single line breaks
    inside a paragraph kept as spaces)."""
    blocks = [" ".join(line.strip() for line in block.splitlines() if line.strip())
              for block in text.replace("\r\n", "\n").split("\n\n")]
    return tuple(b for b in blocks if b)


def is_draft(status_code: str) -> bool:
    """Before ``report_final`` (or cancelled) the report carries the DRAFT watermark."""
    if status_code not in {s.value for s in LIFECYCLE}:
        return True
    return LIFECYCLE.index(MissionStatus(status_code)) < LIFECYCLE.index(
        MissionStatus.REPORT_FINAL)


#: the parts of a mission report a Final report is expected to have
FINAL_PARTS = ("results", "findings", "action_plan")


def final_gaps(store: Store, mission_id: str, final: bool | None = None) -> list[str]:
    """The parts (of ``FINAL_PARTS``) that are empty although the report would be Final:
    assessment results, findings (or recommendations), the action plan. Empty for a draft
    (``final`` says whether the report is Final; by default the mission's status does)."""
    from .assessments import AssessmentService

    mission = MissionService(store).get(mission_id)
    draft = is_draft(mission.status_code) if final is None else not final
    if draft:
        return []
    findings = FindingService(store)
    gaps = []
    if not AssessmentService(store).list_for_mission(mission_id):
        gaps.append("results")
    if not findings.findings(mission_id) and not findings.recommendations(mission_id):
        gaps.append("findings")
    if not findings.actions(mission_id):
        gaps.append("action_plan")
    return gaps


def mission_report_data(store: Store, mission_id: str, lang: str = "en",
                        issue_date: date | None = None, *, final: bool | None = None,
                        version: str | None = None) -> md.MissionReportData:
    """Everything the mission report shows, in ``lang`` (en, fr or es).

    An issued report (``services.issued_reports``) gives its ``version`` and whether it is
    ``final``; a plain export follows the mission's status (Draft before ``report_final``)
    and its cover says it is not an issued version."""
    check_language(lang)
    t = Texts(lang)
    labels = _Labels(store, lang)
    missions = MissionService(store)
    mission: MissionDetail = missions.get(mission_id)
    if mission.deleted:
        raise NotFoundError(say("mission_in_trash", code=mission.code))
    experts = ExpertService(store)
    findings_service = FindingService(store)

    country = labels.country(mission.country_iso2)
    region = labels.region(mission.region_code)
    type_label = labels.ref("mission_types", mission.type_code)
    administration = mission.administration_name or t("the_administration")
    dates = t.date_range(mission.start_date, mission.end_date)
    draft = is_draft(mission.status_code) if final is None else not final

    team = []
    for member in mission.team:
        expert = experts.get(member.expert_id)
        home = labels.country(expert.home_country_iso2) if expert.home_country_iso2 else ""
        if expert.home_administration_id:
            admin = next((a.name for a in experts.administrations()
                          if a.id == expert.home_administration_id), "")
            home = f"{admin}, {home}" if admin and home else (admin or home)
        accreditation = "; ".join(
            labels.ref("accreditation_categories", a.category_code)
            for a in expert.accreditations if a.status == "accredited")
        role_key = f"role_{member.role}"
        team.append(md.TeamLine(member.expert_name,
                                t(role_key) if t.has(role_key) else member.role,
                                home or "–", accreditation or "–"))

    link_titles = {"tfa": t("link_tfa"), "arusha": t("link_arusha"), "geoat": t("link_geoat")}
    links = tuple(
        md.LinkGroup(link_titles[kind], tuple(labels.link(kind, c, t) for c in codes),
                     wto=kind == "tfa")
        for kind, codes in mission.links.items() if codes and kind in link_titles
    )

    agenda = tuple(
        md.AgendaLine(
            day=t.date(item.day),
            time=(f"{item.start_time:%H:%M}–{item.end_time:%H:%M}"
                  if item.start_time and item.end_time else
                  f"{item.start_time:%H:%M}" if item.start_time else ""),
            activity=item.activity, location=item.location, counterparts=item.counterparts,
            kind=md.session_kind(item.activity),
        )
        for item in sorted(mission.agenda, key=lambda a: (a.day, a.start_time is None,
                                                          a.start_time or 0, a.position))
    )

    assessments = _assessments(store, mission_id, t)
    methodology = md.methodology(
        agenda, mission.participants_women, mission.participants_men,
        mission.participants_total, (c.unit for c in mission.counterparts),
        (a.instrument for a in assessments), t)

    findings = findings_service.findings(mission_id)
    area = lambda kind, code: labels.link(kind, code, t)  # noqa: E731
    recommendations, refs = md.recommendation_lines(
        findings_service.recommendations(mission_id), findings, area, t)

    programme = programme_label(mission.programme_code, mission.programme_name or "", t.lang)
    if mission.programme_id:
        donor = next((p.donor for p in experts.programmes() if p.id == mission.programme_id), "")
        if donor and donor not in programme:
            programme = f"{programme} ({donor})"
    location = mission.location
    if mission.is_remote:
        location = f"{location} — {t('remote')}" if location else t("remote")
    lead = mission.lead_expert
    team_text = "; ".join(f"{m.name} ({m.role})" for m in team)
    cover = [
        md.LabelValue(t("mission_code"), mission.code),
        md.LabelValue(t("beneficiary"), administration),
        md.LabelValue(t("country"), country),
        md.LabelValue(t("region"), region),
        md.LabelValue(t("dates"), dates),
        md.LabelValue(t("location"), location or t("not_given")),
        md.LabelValue(t("mission_type"), type_label),
        md.LabelValue(t("programme"), programme or t("not_given")),
        md.LabelValue(t("team"), team_text or "–"),
    ]
    if mission.request_reference:
        cover.append(md.LabelValue(t("request"), t("request_of", ref=mission.request_reference,
                                                   date=t.date(mission.request_date))
                                   if mission.request_date else mission.request_reference))
    issued = issue_date or date.today()
    status = t("status_draft" if draft else "status_final")
    version = (t("version_issued", version=version, status=status, date=t.date(issued))
               if version else t("version_unissued", status=status))
    cover += [md.LabelValue(t("issued"), t.date(issued)), md.LabelValue(t("version"), version)]

    when = (t("when_range", start=t.date(mission.start_date), end=t.date(mission.end_date))
            if mission.start_date and mission.end_date else
            t("when_unknown") if not mission.start_date else t.date(mission.start_date))
    background = t("background_text", admin=administration, country=country, type=type_label,
                   when=when)
    objectives = tuple(p.strip() for p in mission.objectives.split("\n") if p.strip())

    return md.MissionReportData(
        lang=lang, code=mission.code, title=mission.title, status_code=mission.status_code,
        draft=draft, type_label=type_label, administration=administration, country=country,
        region=region, dates=dates, issue_date=issued, version=version,
        author=lead or store.user, cover=tuple(cover), background=background,
        objectives=objectives, links=links, team=tuple(team), agenda=agenda,
        methodology=methodology, assessments=tuple(assessments),
        findings=md.finding_areas(findings, area, labels.link_order, t),
        recommendations=recommendations,
        actions=md.action_lines(findings_service.actions(mission_id), refs, t),
        counterparts=tuple((c.name, c.unit) for c in mission.counterparts),
        keywords=tuple(k for k in (mission.code, country, type_label,
                                   *(labels.ref("topics", c) for c in mission.topics)) if k),
        executive_summary=_paragraphs(mission.executive_summary),
        letterhead=_letterhead(store),
    )


# --- writing ----------------------------------------------------------------------------------


def check_writable(path: str | os.PathLike[str]) -> Path:
    """The output path as a Path, or a ``ReportWriteError`` saying why it cannot be written."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise ReportWriteError(say("target_is_folder", path=target))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReportWriteError(say("folder_missing", path=target, folder=folder))
    if not os.access(folder, os.W_OK):
        raise ReportWriteError(say("folder_no_permission", path=target, folder=folder))
    if target.exists() and not os.access(target, os.W_OK):
        raise ReportWriteError(say("file_read_only", path=target))
    return target


def write_atomically(target: Path, render: Callable[[object], int]) -> int:
    """Render into a temporary file beside ``target`` and move it into place, so a reader
    never sees half a PDF and a failure leaves any older file as it was."""
    try:
        handle, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-",
                                            suffix=f"{target.suffix}.part", dir=target.parent)
    except OSError as exc:
        raise ReportWriteError(say("cannot_write_reason", path=target,
                                   reason=exc.strerror or exc)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            pages = render(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReportWriteError(say("cannot_write_reason", path=target,
                                   reason=exc.strerror or exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return pages


WORD_SUFFIX = ".docx"


def report_renderer(target: Path) -> Callable[..., int]:
    """The mission report's renderer for the file's extension: Word for ``.docx``, else PDF.
    (A Word file's "pages" are its top-level sections: Word paginates it itself.)"""
    if target.suffix.lower() == WORD_SUFFIX:
        from ..reports.mission_docx import render_mission_docx

        return render_mission_docx
    from ..reports.mission_pdf import render_mission_report

    return render_mission_report


def export_mission_report(store: Store, mission_id: str, path: str | os.PathLike[str],
                          lang: str = "en", progress: Progress | None = None,
                          issue_date: date | None = None) -> ReportResult:
    """Write the mission report of ``mission_id`` to ``path`` in ``lang``.

    ``progress(fraction, stage)`` is called along the way; an exception raised from it (the
    app raises ``ui.operations.OperationCancelled``) stops the export and leaves nothing
    behind — any older file at ``path`` stays as it was.
    """
    started = time.perf_counter()
    target = check_writable(path)
    render = report_renderer(target)
    report = progress or (lambda fraction, stage: None)
    report(0.02, "reading")
    data = mission_report_data(store, mission_id, lang, issue_date)
    report(0.25, "layout")
    pages = write_atomically(target, lambda stream: render(
        data, stream, progress=lambda f: report(0.25 + 0.7 * f, "layout")))
    report(1.0, "done")
    missing: tuple[str, ...] = ()
    if target.suffix.lower() != WORD_SUFFIX:  # Word finds fonts on the reader's computer
        from ..reports.scripts import missing_in

        missing = tuple(m.describe() for m in missing_in(data))
    return ReportResult(target, pages, time.perf_counter() - started, data.draft, missing)


def export_mission_report_by_code(store: Store, code: str, path: str | os.PathLike[str],
                                  lang: str = "en", progress: Progress | None = None,
                                  ) -> ReportResult:
    mission = MissionService(store).get_by_code(code)
    return export_mission_report(store, mission.id, path, lang, progress)
