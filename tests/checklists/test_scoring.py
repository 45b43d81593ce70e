"""Scoring: percentage of the maximum over answered, non-N/A, scored items, weights applied,
with counts beside each score. Pure functions, checked case by case."""

from __future__ import annotations

import pytest

from mercator_desktop.domain.scoring import (
    ItemInput,
    Score,
    SectionInput,
    score_assessment,
    score_item,
    score_section,
)


def rated(qid: str, points: float | None, *, max_points: float = 5, weight: float = 1,
          na: bool = False, visible: bool = True, required: bool = True) -> ItemInput:
    return ItemInput(qid, points, max_points, weight, answered=points is not None,
                     not_applicable=na, visible=visible, required=required)


def test_a_single_answered_item():
    assert score_item(rated("q", 3)) == Score(3, 5, 1, 1, 0, 0, 1, 0)
    assert score_item(rated("q", 3)).percent == 60


@pytest.mark.parametrize(("item", "expected"), [
    (rated("q", None), Score(questions=1, unanswered=1, required_missing=1)),
    (rated("q", None, required=False), Score(questions=1, unanswered=1)),
    (rated("q", None, na=True), Score(questions=1, not_applicable=1)),
    (rated("q", 4, visible=False), Score()),
    (rated("q", None, visible=False), Score()),
    (ItemInput("t", None, None, 1, answered=True), Score(questions=1, answered=1)),
    (rated("q", 2, weight=0), Score(questions=1, answered=1)),
    (rated("q", 0), Score(0, 5, 1, 1, 0, 0, 1, 0)),
    (rated("q", 5, weight=2.5), Score(12.5, 12.5, 1, 1, 0, 0, 1, 0)),
])
def test_item_cases(item, expected):
    assert score_item(item) == expected


def test_points_outside_the_range_are_a_bug():
    with pytest.raises(ValueError, match=r"outside 0\.\.5"):
        score_item(rated("q", 6))
    with pytest.raises(ValueError):
        score_item(rated("q", -1))


def test_na_and_unanswered_items_are_left_out_of_the_percentage():
    section = SectionInput("s", [rated("a", 5), rated("b", 0), rated("c", None, na=True),
                                 rated("d", None)])
    score = score_section(section).score
    assert score.percent == 50
    assert (score.answered, score.not_applicable, score.unanswered, score.questions) == (
        2, 1, 1, 4)
    assert score.done == 3 and score.progress == 0.75


def test_question_weights():
    section = SectionInput("s", [rated("a", 5, weight=3), rated("b", 0, weight=1)])
    assert score_section(section).score.percent == 75


def test_different_maximums_count_by_their_maximum():
    section = SectionInput("s", [rated("a", 1, max_points=1), rated("b", 0, max_points=4)])
    assert score_section(section).score.percent == 20


def test_nothing_scored_gives_no_score_not_zero():
    assert score_section(SectionInput("s", [rated("a", None)])).score.percent is None
    assert score_section(SectionInput("s", [rated("a", None, na=True)])).score.percent is None
    assert score_section(SectionInput("s")).score.percent is None
    assert Score().progress == 1.0


def test_nested_sections_and_section_weights():
    inner_a = SectionInput("p.a", [rated("1", 5)], weight=1)
    inner_b = SectionInput("p.b", [rated("2", 0)], weight=3)
    parent = SectionInput("p", [], [inner_a, inner_b])
    result = score_section(parent)
    assert [c.score.percent for c in result.sections] == [100, 0]  # own percentages
    assert result.score.percent == 25  # (1×5 + 3×0) / (1×5 + 3×5)
    assert [s.section_id for s in result.walk()] == ["p", "p.a", "p.b"]


def test_overall_applies_top_section_weights_but_not_to_their_own_percentages():
    a = SectionInput("a", [rated("1", 5)], weight=2)
    b = SectionInput("b", [rated("2", 0)], weight=1)
    zero = SectionInput("z", [rated("3", 1)], weight=0)
    report = score_assessment([a, b, zero])
    assert report.by_section()["a"].percent == 100
    assert report.by_section()["z"].percent == 20  # shown, but adds nothing above
    assert report.overall.percent == pytest.approx(200 / 3)
    assert report.overall.questions == 3 and report.overall.scored == 3


def test_overall_counts_add_up_over_the_tree():
    report = score_assessment([
        SectionInput("a", [rated("1", 1), rated("2", None, na=True)],
                     [SectionInput("a.x", [rated("3", None), rated("4", 2, visible=False)])]),
        SectionInput("b", [ItemInput("t", None, None, 1, answered=True)]),
    ])
    o = report.overall
    assert (o.questions, o.answered, o.not_applicable, o.unanswered, o.scored,
            o.required_missing) == (4, 2, 1, 1, 1, 1)
    assert o.percent == 20


def test_scaled_and_added_scores():
    s = Score(1, 2, 1, 1, 0, 0, 1, 0)
    assert s.scaled(3) == Score(3, 6, 1, 1, 0, 0, 1, 0)
    assert (s + s).earned == 2 and (s + s).questions == 2


def test_score_report_through_a_template(library):
    from mercator_desktop.services.assessments import AnswerView, score_report

    template = library.get("small", "1.0")
    answers = {
        "a.1": AnswerView("a.1", 5), "a.2": AnswerView("a.2", 1),  # weight 2
        "a.has": AnswerView("a.has", "no"),  # weight 0: not scored; hides a.since
        "b.x.1": AnswerView("b.x.1", None, True),
        "b.x.count": AnswerView("b.x.count", 3),
    }
    report = score_report(template, answers)
    a = report.by_section()["a"]
    assert a.percent == pytest.approx(100 * (5 + 2 * 1) / (5 + 2 * 5))
    assert (a.questions, a.answered, a.unanswered) == (3, 3, 0)  # a.since hidden
    b = report.by_section()["b"]
    assert b.percent is None and b.not_applicable == 1 and b.answered == 1
    assert b.unanswered == 3
