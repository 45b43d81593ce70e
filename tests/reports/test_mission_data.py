"""The mission report's data, by value: scores and counts per section, answer texts, the
history summary, findings grouping, recommendation numbering, the action plan, dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import pytest

from mercator_desktop.checklists.loader import template_from_data
from mercator_desktop.reports import mission_data as md
from mercator_desktop.reports.texts import Texts, format_date, format_percent, format_range
from mercator_desktop.services.assessments import AnswerView, score_report


def T(en: str, fr: str | None = None) -> dict[str, str]:
    return {"en": en, "fr": fr or f"{en} (fr)"}


TEMPLATE = template_from_data({
    "format": 1, "id": "mini", "version": "1.0", "languages": ["en", "fr"],
    "title": T("Mini checklist", "Mini questionnaire"),
    "scales": {"five": {
        "name": T("Level", "Niveau"), "not_applicable": True,
        "not_applicable_label": T("Not applicable", "Sans objet"),
        "points": [{"value": v, "label": T(f"Level {v}", f"Niveau {v}")} for v in range(1, 6)],
    }},
    "sections": [
        {"id": "a", "label": "A", "title": T("Factor A: Leadership", "Facteur A : Leadership"),
         "questions": [
             {"id": "a.1", "type": "scale", "scale": "five", "text": T("One")},
             {"id": "a.2", "type": "scale", "scale": "five", "text": T("Two"), "weight": 2},
             {"id": "a.3", "type": "scale", "scale": "five", "text": T("Three")},
             {"id": "a.4", "type": "scale", "scale": "five", "text": T("Four")},
         ]},
        {"id": "b", "label": "B", "title": T("Factor B: Audit"), "sections": [
            {"id": "b.x", "title": T("Internal audit"), "questions": [
                {"id": "b.x.1", "type": "scale", "scale": "five", "text": T("Five")},
                {"id": "b.x.2", "type": "yes_no_partly", "text": T("Six")},
            ]},
            {"id": "b.y", "title": T("Investigation"), "questions": [
                {"id": "b.y.1", "type": "multiple_choice", "text": T("Seven"),
                 "options": [{"value": "r", "label": T("Red", "Rouge")},
                             {"value": "g", "label": T("Green", "Vert")}]},
                {"id": "b.y.2", "type": "number", "text": T("Eight"),
                 "unit": T("staff", "agents")},
            ]},
        ]},
        {"id": "c", "label": "C", "title": T("Only text"), "questions": [
            {"id": "c.1", "type": "text", "text": T("Nine")},
        ]},
    ],
}, "mini.json")


def answers(**values: Any) -> dict[str, AnswerView]:
    out = {}
    for key, value in values.items():
        qid = key.replace("_", ".")
        if value == "NA":
            out[qid] = AnswerView(qid, None, True)
        else:
            out[qid] = AnswerView(qid, value, False, note="n" if qid == "a.1" else "")
    return out


# a.1 = 5 (4/4), a.2 = 3 (2/4, weight 2), a.3 N/A, a.4 unanswered → A = (4 + 4) / (4 + 8)
# b.x.1 = 2 (1/4), b.x.2 partly (0.5/1) → B.x = 1.5 / 5; b.y has no scored question.
ANSWERS = answers(a_1=5, a_2=3, a_3="NA", b_x_1=2, b_x_2="partly", b_y_1=["r", "g"],
                  b_y_2=12.5, c_1="Written")


def result(lang: str = "en") -> md.AssessmentResult:
    return md.assessment_result(
        title="Mini", group="G1", status="validated", template=TEMPLATE, answers=ANSWERS,
        report=score_report(TEMPLATE, ANSWERS), t=Texts(lang), validated_by="Anna",
        validated_at=datetime(2030, 3, 15, 10, 0, tzinfo=UTC),
        evidence={"a.1": ["policy.pdf", "photo.jpg"]})


def test_section_rows_have_hand_computed_scores_and_counts():
    rows = {r.number: r for r in result().sections}
    assert list(rows) == ["A", "B", "B.1", "B.2", "C"]
    assert rows["A"].percent == pytest.approx(100 * 8 / 12)
    assert (rows["A"].questions, rows["A"].answered, rows["A"].not_applicable,
            rows["A"].unanswered) == (4, 2, 1, 1)
    assert rows["B.1"].percent == pytest.approx(100 * 1.5 / 5)
    assert rows["B.2"].percent is None  # nothing scored, never 0
    assert rows["B"].percent == pytest.approx(100 * 1.5 / 5)
    assert (rows["B"].questions, rows["B"].answered) == (4, 4)
    assert rows["C"].percent is None and rows["C"].answered == 1
    assert rows["B.1"].depth == 1 and rows["A"].title == "Factor A: Leadership"


def test_overall_counts_and_score():
    overall = result().overall
    assert overall.percent == pytest.approx(100 * (8 + 1.5) / (12 + 5))
    assert (overall.questions, overall.answered, overall.not_applicable,
            overall.unanswered) == (9, 7, 1, 1)


def test_chart_points_are_the_scored_top_sections_with_short_names():
    points = result().chart
    assert [(p.label, p.name) for p in points] == [("A", "A Leadership"), ("B", "B Audit")]
    assert points[0].percent == pytest.approx(66.7)


def test_answer_texts_in_english_and_french():
    en = {line.number: line for block in result("en").answers for line in block.lines}
    fr = {line.number: line for block in result("fr").answers for line in block.lines}
    assert en["A.1"].answer == "5 – Level 5" and fr["A.1"].answer == "5 – Niveau 5"
    assert en["A.3"].answer == "Not applicable" and fr["A.3"].answer == "Sans objet"
    assert en["A.4"].answer == "not answered" and not en["A.4"].answered
    assert fr["A.4"].answer == "sans réponse"
    assert en["B.1.2"].answer == "Partly" and fr["B.1.2"].answer == "En partie"
    assert en["B.2.1"].answer == "Red; Green" and fr["B.2.1"].answer == "Rouge; Vert"
    assert en["B.2.2"].answer == "12.5 staff" and fr["B.2.2"].answer == "12,5 agents"
    assert en["A.1"].note == "n" and en["A.1"].evidence == ("policy.pdf", "photo.jpg")
    headings = [b.heading for b in result("fr").answers]
    assert headings[0] == "A Facteur A : Leadership"


def test_scale_legend_and_status():
    r = result("fr")
    assert r.scale_name == "Niveau"
    assert [(p.value, p.label) for p in r.scale][-2:] == [("5", "Niveau 5"), ("S.O.", "Sans objet")]
    assert r.status == "Validée — validée par Anna le 15 mars 2030"
    assert r.instrument == "Mini questionnaire (1.0)"


@dataclass
class Change:
    question_id: str
    old_value: Any
    new_value: Any
    changed_at: datetime
    changed_by: str = "anna"
    reason: str = ""
    field: str = "value"
    old_not_applicable: bool = False
    new_not_applicable: bool = False


@dataclass
class Event:
    kind: str
    at: datetime
    by: str = "anna"
    reason: str = ""
    details: dict[str, Any] = field(default_factory=dict)


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2030, 3, day, hour, 0, tzinfo=UTC)


def test_history_summary_counts_people_corrections_and_events():
    changes = [
        Change("a.1", None, 3, at(12)),
        Change("a.2", None, 2, at(12), changed_by="boris"),
        Change("a.1", 3, 5, at(13), reason="Checked the policy"),
        Change("a.3", None, None, at(13), new_not_applicable=True),
        Change("a.2", 2, 3, at(14)),
        Change("a.1", "", "note", at(14), field="note"),
    ]
    events = [Event("started", at(12, 8)), Event("completed", at(14, 17)),
              Event("reopened", at(15), reason="Typo in 1.2")]
    summary = md.history_summary(TEMPLATE, changes, events, Texts("en"))
    assert summary.changes == 6
    assert summary.answers_changed == 2  # a.1 and a.2 changed after a first value
    assert summary.people == ("anna", "boris")
    assert (summary.first, summary.last) == (at(12), at(14))
    assert [(c.question, c.change, c.reason) for c in summary.corrections] == [
        ("A.1", "3 – Level 3 → 5 – Level 5", "Checked the policy")]
    assert [(e.what, e.reason) for e in summary.events] == [
        ("Started", ""), ("Completed", ""), ("Reopened", "Typo in 1.2")]
    assert summary.events[2].when == "15 March 2030, 09:00 UTC"


def test_history_keeps_at_most_the_asked_corrections():
    changes = [Change("a.1", 1, 2, at(12), reason=f"r{i}") for i in range(5)]
    summary = md.history_summary(TEMPLATE, changes, [], Texts("en"), max_corrections=3)
    assert len(summary.corrections) == 3 and summary.more_corrections == 2


@pytest.mark.parametrize(("activity", "kind"), [
    ("Opening meeting with the Commissioner", "meeting"),
    ("Site visit to Kingston port", "site_visit"),
    ("Visite du poste frontière", "site_visit"),
    ("Self-assessment workshop, day 1", "workshop"),
    ("Atelier de validation", "workshop"),
    ("Debriefing with senior executives", "meeting"),
])
def test_session_kind(activity, kind):
    assert md.session_kind(activity) == kind


def test_methodology_counts_sessions_and_units():
    agenda = [md.AgendaLine("d", "", a, "", c, md.session_kind(a)) for a, c in (
        ("Opening meeting", "Commissioner; HR"), ("Site visit", "Port"),
        ("Workshop day 1", "HR"), ("Workshop day 2", ""))]
    m = md.methodology(agenda, 3, 4, None, ["Audit", "HR"], ["GEOAT"], Texts("en"))
    assert m.sessions == (("Meetings", 1), ("Site visits", 1), ("Workshop sessions", 2))
    assert m.total == 7
    assert m.units_met == ("Commissioner", "HR", "Port", "Audit")


@dataclass
class F:
    id: str
    kind: str
    link_kind: str | None
    link_code: str | None
    text: str
    position: int


@dataclass
class R:
    id: str
    finding_id: str | None
    text: str
    priority: str
    position: int


@dataclass
class P:
    reported_on: date
    status: str
    percent_done: int | None


@dataclass
class A:
    recommendation_id: str | None
    objective: str
    activity: str
    responsible_unit: str
    owner: str
    timeframe: str
    due_date: date | None
    indicator: str
    status: str
    position: int
    progress: tuple[P, ...] = ()


def area(kind: str | None, code: str | None) -> str:
    return f"{kind}:{code}"


def order(kind: str | None, code: str | None) -> tuple[int, int]:
    return (0, {"hrm": 8, "leadership": 1}.get(code or "", 99))


FINDINGS = [
    F("f1", "gap", "arusha", "hrm", "No rotation", 0),
    F("f2", "strength", None, None, "Good mood", 1),
    F("f3", "strength", "arusha", "leadership", "Commitment", 2),
    F("f4", "gap", "arusha", "leadership", "No strategy", 3),
]


def test_findings_grouped_by_area_in_reference_order_general_last():
    areas = md.finding_areas(FINDINGS, area, order, Texts("en"))
    assert [(a.area, a.strengths, a.gaps) for a in areas] == [
        ("arusha:leadership", ("Commitment",), ("No strategy",)),
        ("arusha:hrm", (), ("No rotation",)),
        ("General", ("Good mood",), ()),
    ]


def test_recommendations_numbered_by_priority_and_actions_refer_to_them():
    recs = [R("r1", None, "Low one", "low", 0), R("r2", "f1", "High one", "high", 1),
            R("r3", "f2", "Medium one", "medium", 2), R("r4", None, "Second high", "high", 3)]
    lines, refs = md.recommendation_lines(recs, FINDINGS, area, Texts("fr"))
    assert [(x.ref, x.text, x.priority, x.area) for x in lines] == [
        ("R1", "High one", "Haute", "arusha:hrm"), ("R2", "Second high", "Haute", ""),
        ("R3", "Medium one", "Moyenne", "Général"), ("R4", "Low one", "Basse", "")]
    actions = [
        A("r4", "Obj", "Do it", "HR", "Director", "short", date(2030, 9, 30), "Ind",
          "in_progress", 1, (P(date(2030, 4, 1), "in_progress", 10),
                             P(date(2030, 6, 1), "in_progress", 40))),
        A(None, "", "Other", "", "", "long", None, "", "not_started", 0),
    ]
    plan = md.action_lines(actions, refs, Texts("en"))
    assert plan[0].activity == "Other" and plan[0].recommendation == ""
    assert plan[1].recommendation == "R2"
    assert (plan[1].timeframe, plan[1].due) == ("Short term", "by 30 September 2030")
    assert plan[1].status == "In progress"
    assert plan[1].progress == "40\u00a0% on 1 June 2030"
    assert plan[1].responsible == "HR (Director)"


def test_dates_and_percent_formats():
    assert format_date(date(2018, 7, 1), "fr") == "1er juillet 2018"
    assert format_date(date(2018, 7, 1), "en") == "1 July 2018"
    assert format_range(date(2019, 3, 25), date(2019, 3, 29), "en") == "25–29 March 2019"
    assert format_range(date(2019, 2, 28), date(2019, 3, 2), "fr") == "28 février – 2 mars 2019"
    assert format_range(date(2019, 12, 30), date(2020, 1, 2), "en") == \
        "30 December 2019 – 2 January 2020"
    assert format_range(None, None, "en") == "–"
    assert format_percent(52.66, "fr") == "52,7\u00a0%"
    assert format_percent(None, "en") == "–"
    with pytest.raises(ValueError, match="en or fr or es"):
        Texts("de")
