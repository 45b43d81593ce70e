"""Baseline against follow-up: the same checklist filled for one administration twice, compared
section by section with the change; other administrations, other checklists and the trash stay
out; a newer template version compares where its sections are the same."""

from __future__ import annotations

from datetime import date

import pytest

from mercator_desktop.services.comparison import ComparisonService
from mercator_desktop.services.dto import MissionInput

from .conftest import small, write_template


def _mission(missions, code: str, start: date, country: str = "JM"):  # type: ignore[no-untyped-def]
    return missions.create(MissionInput(
        code=code, title=f"Integrity assessment {start.year}", type_code="integrity_assessment",
        status_code="planned", country_iso2=country, start_date=start,
        end_date=start)).id


def _fill(assessments, assessment_id: str, a1: int, a2: int, bx1: int) -> None:  # type: ignore[no-untyped-def]
    for question, value in (("a.1", a1), ("a.2", a2), ("b.x.1", bx1)):
        assessments.set_answer(assessment_id, question, value)


@pytest.fixture
def two_years(missions, assessments):  # type: ignore[no-untyped-def]
    base = assessments.start(_mission(missions, "JM-2023-IA-01", date(2023, 5, 2)), "small")
    follow = assessments.start(_mission(missions, "JM-2025-IA-01", date(2025, 5, 6)), "small")
    _fill(assessments, base.id, 1, 2, 2)   # A: (1 + 2*2) / (5 + 10) = 33 %, B: 40 %
    _fill(assessments, follow.id, 4, 4, 5)  # A: (4 + 8) / 15 = 80 %, B: 100 %
    return base, follow


def test_follow_up_compared_with_its_baseline(store, assessments, two_years) -> None:  # type: ignore[no-untyped-def]
    base, follow = two_years
    service = ComparisonService(store, assessments)
    assert service.baseline_for(follow.id).id == base.id
    assert service.baseline_for(base.id) is None  # nothing before the baseline
    result = service.compare(base.id, follow.id)
    rows = {r.section_id: r for r in result.rows}
    assert rows["a"].baseline == pytest.approx(100 * 5 / 15)
    assert rows["a"].follow_up == pytest.approx(80.0)
    assert rows["a"].change == pytest.approx(80 - 100 * 5 / 15)
    assert rows["b"].change == pytest.approx(60.0)
    assert rows["b.x"].depth == 1 and rows["b.x"].change == pytest.approx(60.0)
    assert [r.section_id for r in result.top_rows] == ["a", "b"]
    assert result.overall.change is not None and result.overall.change > 0
    assert result.baseline.mission_code == "JM-2023-IA-01"
    assert result.baseline.label().startswith("JM-2023-IA-01 (2023)")
    assert [r.title for r in service.compare(base.id, follow.id, "fr").top_rows] == \
        ["Section A (fr)", "Section B (fr)"]


def test_other_country_checklist_and_trash_are_not_offered(  # type: ignore[no-untyped-def]
        store, missions, assessments, library, two_years, template_dir) -> None:
    base, follow = two_years
    elsewhere = assessments.start(_mission(missions, "BS-2024-IA-01", date(2024, 1, 8), "BS"),
                                  "small")
    trashed = assessments.start(_mission(missions, "JM-2024-IA-02", date(2024, 2, 5)), "small")
    assessments.trash(trashed.id)
    service = ComparisonService(store, assessments)
    assert [c.id for c in service.candidates(follow.id)] == [base.id]
    assert service.candidates(elsewhere.id) == []


def test_unanswered_section_and_dropped_section(  # type: ignore[no-untyped-def]
        store, missions, template_dir) -> None:
    from mercator_desktop.checklists.loader import load_library
    from mercator_desktop.services.assessments import AssessmentService

    newer = small(version="2.0")
    newer["sections"] = [newer["sections"][0],
                         {**newer["sections"][1], "id": "c", "title": {"en": "Section C",
                                                                      "fr": "Section C"}}]
    newer["sections"][1]["sections"] = [{**newer["sections"][1]["sections"][0], "id": "c.x",
                                         "questions": [{**q, "id": "c" + q["id"][1:]} for q in
                                                       newer["sections"][1]["sections"][0]
                                                       ["questions"]]}]
    write_template(template_dir, newer)
    service_a = AssessmentService(store, load_library([template_dir]))
    base = service_a.start(_mission(missions, "JM-2021-IA-01", date(2021, 3, 1)), "small",
                           version="1.0")
    follow = service_a.start(_mission(missions, "JM-2026-IA-01", date(2026, 3, 2)), "small",
                             version="2.0")
    service_a.set_answer(base.id, "a.1", 3)
    service_a.set_answer(follow.id, "c.x.1", 5)
    result = ComparisonService(store, service_a).compare(base.id, follow.id)
    rows = {r.section_id: r for r in result.rows}
    assert rows["a"].baseline == pytest.approx(60.0) and rows["a"].follow_up is None
    assert rows["a"].change is None  # nothing scored on one side: no change claimed
    assert rows["c"].baseline is None and rows["c"].follow_up == pytest.approx(100.0)
    assert rows["b"].follow_up is None  # only in the older version, still listed
