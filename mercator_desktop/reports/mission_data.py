"""What the mission report shows, as plain frozen dataclasses, and the pure functions that
work it out (scores per section, answer texts, counts, grouping of findings, the history
summary). Everything here is already in the report's language; rendering adds no logic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from ..checklists.model import Question, Template, text_in
from ..domain.scoring import Score, ScoreReport, SectionScore
from .texts import Texts, format_date, format_number

# --- the data ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelValue:
    label: str
    value: str


@dataclass(frozen=True)
class TeamLine:
    name: str
    role: str
    home: str
    accreditation: str


@dataclass(frozen=True)
class LinkGroup:
    title: str
    items: tuple[str, ...]
    wto: bool = False  # an instrument of the WTO (the TFA), not of the WCO


@dataclass(frozen=True)
class AgendaLine:
    day: str
    time: str
    activity: str
    location: str
    counterparts: str
    kind: str  # meeting | site_visit | workshop


@dataclass(frozen=True)
class Methodology:
    sessions: tuple[tuple[str, int], ...]  # (label, count) per kind of session
    women: int | None
    men: int | None
    total: int | None
    units_met: tuple[str, ...]
    instruments: tuple[str, ...]


@dataclass(frozen=True)
class SectionRow:
    number: str
    title: str
    depth: int
    questions: int
    answered: int
    not_applicable: int
    unanswered: int
    percent: float | None


@dataclass(frozen=True)
class ChartPoint:
    label: str  # short (the section number), for the radar's axes
    name: str  # longer, for the bar chart
    percent: float


@dataclass(frozen=True)
class ScalePointLine:
    value: str
    label: str
    description: str


@dataclass(frozen=True)
class AnswerLine:
    number: str
    question: str
    answer: str
    note: str
    evidence: tuple[str, ...] = ()
    answered: bool = True


@dataclass(frozen=True)
class AnswerBlock:
    """The answers of one section (in the annex)."""

    heading: str
    lines: tuple[AnswerLine, ...]


@dataclass(frozen=True)
class EventLine:
    when: str
    what: str
    who: str
    reason: str


@dataclass(frozen=True)
class CorrectionLine:
    when: str
    who: str
    question: str
    change: str
    reason: str


@dataclass(frozen=True)
class HistorySummary:
    changes: int
    answers_changed: int
    people: tuple[str, ...]
    first: datetime | None
    last: datetime | None
    events: tuple[EventLine, ...]
    corrections: tuple[CorrectionLine, ...]
    more_corrections: int = 0


@dataclass(frozen=True)
class ComparisonLine:
    """One section (or the whole assessment) in both assessments, in percent."""

    label: str
    depth: int
    baseline: float | None
    follow_up: float | None

    @property
    def change(self) -> float | None:
        if self.baseline is None or self.follow_up is None:
            return None
        return self.follow_up - self.baseline


@dataclass(frozen=True)
class BaselineComparison:
    """An assessment beside the administration's earlier one with the same instrument."""

    baseline: str  # what the baseline was: "JM-2022-GEO-01 (2022)"
    baseline_year: str
    follow_up_year: str
    overall: ComparisonLine
    lines: tuple[ComparisonLine, ...]


@dataclass(frozen=True)
class LetterheadLines:
    """What the letterhead set in the app prints; empty fields print the report's own words."""

    organisation: str = ""
    unit: str = ""
    address: str = ""
    classification: str = ""
    logo: Path | None = None


@dataclass(frozen=True)
class AssessmentResult:
    title: str
    instrument: str
    group: str
    status: str
    overall: SectionRow
    sections: tuple[SectionRow, ...]
    chart: tuple[ChartPoint, ...]
    scale_name: str = ""
    scale: tuple[ScalePointLine, ...] = ()
    instrument_name: str = ""
    instrument_version: str = ""
    answers: tuple[AnswerBlock, ...] = ()
    history: HistorySummary | None = None
    problem: str = ""  # set when the template is missing; nothing else is then shown
    comparison: BaselineComparison | None = None


@dataclass(frozen=True)
class FindingArea:
    area: str
    strengths: tuple[str, ...]
    gaps: tuple[str, ...]


@dataclass(frozen=True)
class RecommendationLine:
    ref: str
    text: str
    priority: str
    area: str


@dataclass(frozen=True)
class ActionLine:
    objective: str
    activity: str
    responsible: str
    timeframe: str
    indicator: str
    status: str
    progress: str
    recommendation: str
    due: str = ""


@dataclass(frozen=True)
class MissionReportData:
    lang: str
    code: str
    title: str
    status_code: str
    draft: bool
    type_label: str
    administration: str
    country: str
    region: str
    dates: str
    issue_date: date
    version: str
    author: str
    cover: tuple[LabelValue, ...]
    background: str
    objectives: tuple[str, ...]
    links: tuple[LinkGroup, ...]
    team: tuple[TeamLine, ...]
    agenda: tuple[AgendaLine, ...]
    methodology: Methodology
    assessments: tuple[AssessmentResult, ...]
    findings: tuple[FindingArea, ...]
    recommendations: tuple[RecommendationLine, ...]
    actions: tuple[ActionLine, ...]
    counterparts: tuple[tuple[str, str], ...]
    keywords: tuple[str, ...] = field(default_factory=tuple)
    executive_summary: tuple[str, ...] = ()  # paragraphs
    letterhead: LetterheadLines = field(default_factory=LetterheadLines)

    @property
    def answer_count(self) -> int:
        return sum(len(b.lines) for a in self.assessments for b in a.answers)


# --- answers ----------------------------------------------------------------------------------


class AnswerLike(Protocol):
    @property
    def value(self) -> Any: ...

    @property
    def not_applicable(self) -> bool: ...

    @property
    def note(self) -> str: ...


def format_value(question: Question, value: Any, t: Texts) -> str:
    """An answer as the report prints it: scale points with their label, choices by label."""
    lang = t.lang
    if value is None or value == "" or value == []:
        return ""
    if question.type == "scale" and question.scale is not None:
        point = question.scale.point(value)
        return f"{value} – {text_in(point.label, lang)}" if point else str(value)
    if question.type == "yes_no_partly":
        return t(value) if value in ("yes", "partly", "no") else str(value)
    if question.type == "single_choice":
        option = question.option(value)
        return text_in(option.label, lang) if option else str(value)
    if question.type == "multiple_choice":
        values = value if isinstance(value, (list, tuple)) else [value]
        labels = []
        for v in values:
            option = question.option(v)
            labels.append(text_in(option.label, lang) if option else str(v))
        return "; ".join(labels)
    if question.type == "date":
        try:
            return format_date(date.fromisoformat(str(value)), lang)
        except ValueError:
            return str(value)
    if question.type == "number":
        number = format_number(value, lang) if isinstance(value, float) else str(value)
        unit = text_in(question.unit, lang)
        return f"{number} {unit}".strip()
    return str(value)


def na_label(question: Question, t: Texts) -> str:
    if question.scale is not None and question.scale.not_applicable_label:
        return text_in(question.scale.not_applicable_label, t.lang)
    return t("not_applicable")


def answer_text(question: Question, answer: AnswerLike | None, t: Texts) -> tuple[str, bool]:
    """(text, answered) of an answer; N/A counts as answered for the annex."""
    if answer is None:
        return t("not_answered"), False
    if answer.not_applicable:
        return na_label(question, t), True
    text = format_value(question, answer.value, t)
    return (text, True) if text else (t("not_answered"), False)


# --- results of an assessment -----------------------------------------------------------------


def _row(number: str, title: str, depth: int, score: Score) -> SectionRow:
    return SectionRow(number, title, depth, score.questions, score.answered,
                      score.not_applicable, score.unanswered, score.percent)


def short_title(title: str) -> str:
    """``Factor 1: Leadership and commitment`` → ``Leadership and commitment``."""
    head, sep, tail = title.partition(":")
    return tail.strip() if sep and tail.strip() and len(head) < 20 else title


def section_rows(template: Template, report: ScoreReport, lang: str) -> tuple[SectionRow, ...]:
    """One row per section holding questions that are shown, in document order."""
    scores = {s.section_id: s for top in report.sections for s in top.walk()}
    rows = []
    for section in template.walk_sections():
        scored: SectionScore | None = scores.get(section.id)
        if scored is None or scored.score.questions == 0:
            continue
        rows.append(_row(section.number, text_in(section.title, lang), section.depth,
                         scored.score))
    return tuple(rows)


def chart_points(template: Template, report: ScoreReport, lang: str) -> tuple[ChartPoint, ...]:
    """Top-level sections that have a score, for the radar and the bar chart."""
    points = []
    for section, scored in zip(template.sections, report.sections, strict=True):
        percent = scored.score.percent
        if percent is None:
            continue
        name = short_title(text_in(section.title, lang))
        points.append(ChartPoint(section.number, f"{section.number} {name}", round(percent, 1)))
    return tuple(points)


def scale_legend(template: Template, lang: str) -> tuple[str, tuple[ScalePointLine, ...]]:
    """The rating scale most questions use (name and points), for the legend."""
    counts: dict[str, int] = {}
    for question in template.questions:
        if question.type == "scale" and question.scale is not None:
            counts[question.scale.id] = counts.get(question.scale.id, 0) + 1
    if not counts:
        return "", ()
    scale = template.scales[max(counts, key=lambda k: counts[k])]
    lines = [ScalePointLine(str(p.value), text_in(p.label, lang), text_in(p.description, lang))
             for p in scale.points]
    if scale.not_applicable:
        label = text_in(scale.not_applicable_label, lang) or Texts(lang)("not_applicable")
        lines.append(ScalePointLine(Texts(lang)("na"), label, ""))
    return text_in(scale.name, lang), tuple(lines)


def answer_blocks(
    template: Template, answers: Mapping[str, AnswerLike], t: Texts,
    evidence: Mapping[str, Sequence[str]] | None = None,
) -> tuple[AnswerBlock, ...]:
    """Every question that is shown, grouped by section, with its answer, note and evidence."""
    visible = template.visibility({
        qid: _state(a) for qid, a in answers.items()
    })
    evidence = evidence or {}
    blocks = []
    for section in template.walk_sections():
        lines = []
        for question in section.questions:
            if not visible.get(question.id, True):
                continue
            answer = answers.get(question.id)
            text, answered = answer_text(question, answer, t)
            lines.append(AnswerLine(
                question.number, text_in(question.text, t.lang), text,
                (answer.note if answer else "") or "",
                tuple(evidence.get(question.id, ())), answered,
            ))
        if lines:
            blocks.append(AnswerBlock(f"{section.number} {text_in(section.title, t.lang)}",
                                      tuple(lines)))
    return tuple(blocks)


def _state(answer: AnswerLike) -> Any:
    from ..checklists.conditions import AnswerState

    return AnswerState(answer.value, answer.not_applicable)


def status_label(status: str, t: Texts, validated_by: str = "",
                 validated_at: datetime | None = None) -> str:
    key = f"a_status_{status}"
    label = t(key) if t.has(key) else status
    if status == "validated" and validated_by:
        label += " — " + t("validated_by", who=validated_by,
                           date=format_date(validated_at.date() if validated_at else None,
                                            t.lang))
    return label


def assessment_result(
    *, title: str, group: str, status: str, template: Template,
    answers: Mapping[str, AnswerLike], report: ScoreReport, t: Texts,
    validated_by: str = "", validated_at: datetime | None = None,
    evidence: Mapping[str, Sequence[str]] | None = None,
    history: HistorySummary | None = None,
) -> AssessmentResult:
    lang = t.lang
    scale_name, scale = scale_legend(template, lang)
    return AssessmentResult(
        title=title,
        instrument=f"{text_in(template.title, lang)} ({template.version})",
        group=group,
        status=status_label(status, t, validated_by, validated_at),
        overall=_row("", t("overall"), 0, report.overall),
        sections=section_rows(template, report, lang),
        chart=chart_points(template, report, lang),
        scale_name=scale_name, scale=scale,
        instrument_name=text_in(template.title, lang), instrument_version=template.version,
        answers=answer_blocks(template, answers, t, evidence),
        history=history,
    )


# --- history ----------------------------------------------------------------------------------


class ChangeLike(Protocol):
    @property
    def question_id(self) -> str: ...

    @property
    def field(self) -> str: ...

    @property
    def old_value(self) -> Any: ...

    @property
    def new_value(self) -> Any: ...

    @property
    def old_not_applicable(self) -> bool: ...

    @property
    def new_not_applicable(self) -> bool: ...

    @property
    def changed_at(self) -> datetime: ...

    @property
    def changed_by(self) -> str: ...

    @property
    def reason(self) -> str: ...


class EventLike(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def at(self) -> datetime: ...

    @property
    def by(self) -> str: ...

    @property
    def reason(self) -> str: ...


def when_text(moment: datetime | None, lang: str) -> str:
    if moment is None:
        return "–"
    return f"{format_date(moment.date(), lang)}, {moment:%H:%M} UTC"


def history_summary(
    template: Template | None, changes: Sequence[ChangeLike], events: Sequence[EventLike],
    t: Texts, people_names: Mapping[str, str] | None = None, max_corrections: int = 25,
) -> HistorySummary:
    """Counts, people, the lifecycle steps and the corrections made with a reason;
    ``people_names`` gives the person behind a recorded login name."""
    names = people_names or {}

    def person(recorded: str) -> str:
        return names.get(recorded, recorded)

    changed_later = {
        c.question_id for c in changes
        if c.field == "value" and (c.old_value not in (None, "", []) or c.old_not_applicable)
    }
    people = tuple(dict.fromkeys(person(c.changed_by) for c in changes if c.changed_by))
    moments = [c.changed_at for c in changes]

    def value_text(question_id: str, value: Any, na: bool) -> str:
        question = template.question(question_id) if template else None
        if na:
            return na_label(question, t) if question else t("not_applicable")
        if value in (None, "", []):
            return "–"
        return format_value(question, value, t) if question else str(value)

    corrections = []
    for c in changes:
        if not c.reason:
            continue
        question = template.question(c.question_id) if template else None
        number = question.number if question else c.question_id
        if c.field == "note":
            change = t("notes_evidence")
        else:
            change = (f"{value_text(c.question_id, c.old_value, c.old_not_applicable)} → "
                      f"{value_text(c.question_id, c.new_value, c.new_not_applicable)}")
        corrections.append(CorrectionLine(when_text(c.changed_at, t.lang), person(c.changed_by),
                                          number, change, c.reason))
    event_lines = tuple(
        EventLine(when_text(e.at, t.lang),
                  t(f"event_{e.kind}") if t.has(f"event_{e.kind}") else e.kind, person(e.by),
                  e.reason)
        for e in events
    )
    return HistorySummary(
        changes=len(changes), answers_changed=len(changed_later), people=people,
        first=min(moments) if moments else None, last=max(moments) if moments else None,
        events=event_lines, corrections=tuple(corrections[:max_corrections]),
        more_corrections=max(0, len(corrections) - max_corrections),
    )


# --- methodology ------------------------------------------------------------------------------

_SITE_VISIT_WORDS = ("site visit", "visit to", "visite", "visit of", "field visit", "tour of")
_WORKSHOP_WORDS = ("workshop", "atelier", "training", "formation", "seminar", "séminaire",
                   "self-assessment", "auto-évaluation", "group session", "focus group",
                   "group discussion", "séance de groupe", "session de groupe",
                   "groupe de discussion", "séance en groupe", "travail en groupe",
                   "working group session")


def session_kind(activity: str) -> str:
    """What kind of session an agenda line is, from its wording (English or French)."""
    text = activity.lower()
    if any(word in text for word in _SITE_VISIT_WORDS):
        return "site_visit"
    if any(word in text for word in _WORKSHOP_WORDS):
        return "workshop"
    return "meeting"


def methodology(
    agenda: Sequence[AgendaLine], women: int | None, men: int | None, total: int | None,
    counterpart_units: Iterable[str], instruments: Iterable[str], t: Texts,
) -> Methodology:
    counts = {"meeting": 0, "site_visit": 0, "workshop": 0}
    for line in agenda:
        counts[line.kind] += 1
    units: list[str] = []
    for line in agenda:
        units += [u.strip() for u in line.counterparts.split(";") if u.strip()]
    units += [u.strip() for u in counterpart_units if u.strip()]
    if total is None and women is not None and men is not None:
        total = women + men
    return Methodology(
        sessions=tuple((t(f"kind_{k}"), n) for k, n in counts.items()),
        women=women, men=men, total=total,
        units_met=tuple(dict.fromkeys(units)), instruments=tuple(dict.fromkeys(instruments)),
    )


# --- findings, recommendations, action plan ---------------------------------------------------


class FindingLike(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def link_kind(self) -> str | None: ...

    @property
    def link_code(self) -> str | None: ...

    @property
    def text(self) -> str: ...

    @property
    def position(self) -> int: ...


class RecommendationLike(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def finding_id(self) -> str | None: ...

    @property
    def text(self) -> str: ...

    @property
    def priority(self) -> str: ...

    @property
    def position(self) -> int: ...


class ProgressLike(Protocol):
    @property
    def reported_on(self) -> date: ...

    @property
    def status(self) -> str: ...

    @property
    def percent_done(self) -> int | None: ...


class ActionLike(Protocol):
    @property
    def recommendation_id(self) -> str | None: ...

    @property
    def objective(self) -> str: ...

    @property
    def activity(self) -> str: ...

    @property
    def responsible_unit(self) -> str: ...

    @property
    def owner(self) -> str: ...

    @property
    def timeframe(self) -> str: ...

    @property
    def due_date(self) -> date | None: ...

    @property
    def indicator(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def position(self) -> int: ...

    @property
    def progress(self) -> Sequence[ProgressLike]: ...


PRIORITY_ORDER = ("high", "medium", "low")


def finding_areas(
    findings: Sequence[FindingLike], area_label: Callable[[str | None, str | None], str],
    area_order: Callable[[str | None, str | None], tuple[int, int]], t: Texts,
) -> tuple[FindingArea, ...]:
    """Strengths and gaps grouped by the factor, principle or article they concern; findings
    linked to nothing come last under "General"."""
    groups: dict[tuple[str | None, str | None], list[FindingLike]] = {}
    for finding in sorted(findings, key=lambda f: f.position):
        key = (finding.link_kind, finding.link_code) if finding.link_code else (None, None)
        groups.setdefault(key, []).append(finding)
    ordered = sorted(groups, key=lambda k: (1, 0, 0) if k[1] is None else (0, *area_order(*k)))
    return tuple(
        FindingArea(
            area=area_label(*key) if key[1] else t("general"),
            strengths=tuple(f.text for f in groups[key] if f.kind == "strength"),
            gaps=tuple(f.text for f in groups[key] if f.kind == "gap"),
        )
        for key in ordered
    )


def recommendation_lines(
    recommendations: Sequence[RecommendationLike], findings: Sequence[FindingLike],
    area_label: Callable[[str | None, str | None], str], t: Texts,
) -> tuple[tuple[RecommendationLine, ...], dict[str, str]]:
    """Recommendations by priority (high first), numbered R1, R2 …; also the number of each
    recommendation id, for the action plan."""
    by_id = {f.id: f for f in findings}
    ordered = sorted(recommendations, key=lambda r: (
        PRIORITY_ORDER.index(r.priority) if r.priority in PRIORITY_ORDER else 9, r.position))
    lines, refs = [], {}
    for i, rec in enumerate(ordered, start=1):
        ref = f"R{i}"
        refs[rec.id] = ref
        finding = by_id.get(rec.finding_id or "")
        area = ""
        if finding is not None:
            area = area_label(finding.link_kind, finding.link_code) if finding.link_code \
                else t("general")
        key = f"priority_{rec.priority}"
        lines.append(RecommendationLine(ref, rec.text, t(key) if t.has(key) else rec.priority,
                                        area))
    return tuple(lines), refs


def action_lines(actions: Sequence[ActionLike], recommendation_refs: Mapping[str, str],
                 t: Texts) -> tuple[ActionLine, ...]:
    lines = []
    for action in sorted(actions, key=lambda a: a.position):
        timeframe_key = f"timeframe_{action.timeframe}"
        timeframe = t(timeframe_key) if t.has(timeframe_key) else action.timeframe
        due = t("by_date", date=format_date(action.due_date, t.lang)) if action.due_date else ""
        status_key = f"action_{action.status}"
        status = t(status_key) if t.has(status_key) else action.status
        progress = ""
        if action.progress:
            latest = max(action.progress, key=lambda p: p.reported_on)
            when = format_date(latest.reported_on, t.lang)
            progress = (t("progress_on", percent=f"{latest.percent_done}\u00a0%", date=when)
                        if latest.percent_done is not None else t("progress_date", date=when))
        responsible = action.responsible_unit
        if action.owner and action.owner not in responsible:
            responsible = f"{responsible} ({action.owner})" if responsible else action.owner
        lines.append(ActionLine(
            objective=action.objective, activity=action.activity, responsible=responsible,
            timeframe=timeframe, indicator=action.indicator, status=status, progress=progress,
            recommendation=recommendation_refs.get(action.recommendation_id or "", ""),
            due=due,
        ))
    return tuple(lines)
