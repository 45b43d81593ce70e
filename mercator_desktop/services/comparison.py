"""Baseline against follow-up: two assessments of one administration with the same instrument.

An administration assessed twice with the same checklist (a GEOAT baseline and its follow-up,
integrity self-assessments two years apart) is compared section by section: the score of each
(percentage of the maximum over the answered questions, weights applied) in both, and the
change in percentage points. Sections are matched by their id, so an assessment filled against
an older version of the template still compares where the sections are the same; a section
found in one version only is shown with no score on the other side.

Which assessments compare: the same template id, not in the trash, on missions of the same
administration (or of the same country when either mission names no administration). The
earlier one, by its mission's start date (else its creation), is the baseline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from ..checklists.model import text_in
from ..storage.models import Assessment, Mission
from .assessments import AssessmentService
from .store import Store


@dataclass(frozen=True)
class ComparableAssessment:
    """An assessment that can be set beside another: what a person picks it by."""

    id: str
    mission_id: str
    mission_code: str
    mission_start: date | None
    title: str
    group_name: str
    template_version: str
    status: str
    created_at: datetime

    @property
    def when(self) -> tuple[date, datetime]:
        return (self.mission_start or self.created_at.date(), self.created_at)

    def label(self) -> str:
        group = f" — {self.group_name}" if self.group_name else ""
        year = f" ({self.mission_start.year})" if self.mission_start else ""
        return f"{self.mission_code}{year}: {self.title}{group}"


@dataclass(frozen=True)
class ComparisonRow:
    section_id: str
    number: str
    title: str
    depth: int
    baseline: float | None  # percent, None when nothing scored
    follow_up: float | None

    @property
    def change(self) -> float | None:
        """The change in percentage points, follow-up minus baseline."""
        if self.baseline is None or self.follow_up is None:
            return None
        return self.follow_up - self.baseline


@dataclass(frozen=True)
class Comparison:
    baseline: ComparableAssessment
    follow_up: ComparableAssessment
    overall: ComparisonRow
    rows: tuple[ComparisonRow, ...]  # every section, in the follow-up's order, depth-first

    @property
    def top_rows(self) -> tuple[ComparisonRow, ...]:
        return tuple(r for r in self.rows if r.depth == 0)


class ComparisonService:
    def __init__(self, store: Store, assessments: AssessmentService | None = None) -> None:
        self.store = store
        self.assessments = assessments or AssessmentService(store)

    def candidates(self, assessment_id: str) -> list[ComparableAssessment]:
        """The other assessments ``assessment_id`` can be compared with, oldest first."""
        with self.store.sessions() as session:
            row = session.execute(
                select(Assessment.template_id, Mission.administration_id, Mission.country_iso2)
                .join(Mission, Mission.id == Assessment.mission_id)
                .where(Assessment.id == assessment_id)).one_or_none()
            if row is None:
                return []
            template_id, administration_id, country = row
            query = (
                select(Assessment, Mission.code, Mission.start_date,
                       Mission.administration_id)
                .join(Mission, Mission.id == Assessment.mission_id)
                .where(Assessment.template_id == template_id, Assessment.id != assessment_id,
                       Assessment.deleted.is_(False), Mission.deleted.is_(False),
                       Mission.country_iso2 == country))
            found = []
            for a, code, start, other_administration in session.execute(query):
                if administration_id and other_administration and \
                        other_administration != administration_id:
                    continue
                found.append(ComparableAssessment(
                    a.id, a.mission_id, code, start, self.assessments.shown_title(a),
                    a.group_name, a.template_version, a.status, a.created_at))
        return sorted(found, key=lambda c: c.when)

    def baseline_for(self, assessment_id: str) -> ComparableAssessment | None:
        """The latest assessment before ``assessment_id``: its baseline by default."""
        me = self.describe(assessment_id)
        earlier = [c for c in self.candidates(assessment_id) if c.when < me.when]
        return earlier[-1] if earlier else None

    def compare(self, baseline_id: str, follow_up_id: str, lang: str = "en") -> Comparison:
        before = self.assessments.snapshot(baseline_id)
        after = self.assessments.snapshot(follow_up_id)
        before_scores = before.scores()
        after_scores = after.scores()
        old = before_scores.by_section()
        new = after_scores.by_section()
        rows = []
        for section in after.template.walk_sections():
            previous = old.get(section.id)
            rows.append(ComparisonRow(
                section.id, section.number, text_in(section.title, lang), section.depth,
                previous.percent if previous else None, new[section.id].percent))
        seen = {r.section_id for r in rows}
        for section in before.template.walk_sections():  # sections the newer version dropped
            if section.id not in seen:
                rows.append(ComparisonRow(
                    section.id, section.number, text_in(section.title, lang), section.depth,
                    old[section.id].percent, None))
        overall = ComparisonRow("", "", text_in(after.template.title, lang), 0,
                                before_scores.overall.percent, after_scores.overall.percent)
        return Comparison(self.describe(baseline_id), self.describe(follow_up_id), overall,
                          tuple(rows))

    def describe(self, assessment_id: str) -> ComparableAssessment:
        """What ``assessment_id`` is picked by (its mission, title, date)."""
        with self.store.sessions() as session:
            a, code, start = session.execute(
                select(Assessment, Mission.code, Mission.start_date)
                .join(Mission, Mission.id == Assessment.mission_id)
                .where(Assessment.id == assessment_id)).one()
            return ComparableAssessment(a.id, a.mission_id, code, start,
                                        self.assessments.shown_title(a), a.group_name,
                                        a.template_version, a.status, a.created_at)

