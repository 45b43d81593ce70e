"""Assessments through the service: starting, answering with history, lifecycle and locking,
and migrating a draft to a newer template version."""

from __future__ import annotations

import pytest

from mercator_desktop.domain.errors import NotFoundError, ValidationError
from mercator_desktop.services.assessments import (
    AssessmentService,
    IncompleteError,
    LockedError,
    TemplateMissingError,
)

from .conftest import T, small, write_template


def fill_required(assessments, aid: str) -> None:  # type: ignore[no-untyped-def]
    for qid, value in (("a.1", 4), ("a.2", 3), ("a.has", "no"), ("b.x.1", 2)):
        assessments.set_answer(aid, qid, value)


# --- starting --------------------------------------------------------------------------------


def test_start_several_per_mission_with_groups(assessments, mission_id):
    one = assessments.start(mission_id, "small", group_name="Group 1")
    two = assessments.start(mission_id, "small", "1.0", title="Second look", language="fr")
    assert one.status == "draft" and one.template_version == "1.0"
    assert one.title == "Small checklist" and one.group_name == "Group 1"
    assert two.title == "Second look" and two.language == "fr"
    assert one.mission_code == "JM-2030-IA-01"
    listed = assessments.list_for_mission(mission_id)
    assert [a.id for a in listed] == [one.id, two.id]
    assert listed[0].questions == 8 and listed[0].done == 0 and listed[0].percent is None
    assert [e.kind for e in assessments.events(one.id)] == ["started"]


def test_start_refuses_bad_input_naming_the_fields(assessments, mission_id, store):
    with pytest.raises(ValidationError) as caught:
        assessments.start("no-such-mission", "nope")
    assert caught.value.for_field("mission") and caught.value.for_field("template")
    with pytest.raises(ValidationError) as caught:
        assessments.start(mission_id, "small", language="es")
    assert caught.value.for_field("language") == ["the template is written in en, fr, not 'es'"]
    with pytest.raises(ValidationError, match="group_name"):
        assessments.start(mission_id, "small", group_name="x" * 201)
    assert assessments.list_for_mission(mission_id) == []


def test_trash_and_restore(assessments, started, mission_id):
    assessments.trash(started.id)
    assert assessments.list_for_mission(mission_id) == []
    assert [a.id for a in assessments.list_for_mission(mission_id, trash=True)] == [started.id]
    with pytest.raises(NotFoundError):
        assessments.snapshot(started.id)
    assessments.restore(started.id)
    assert assessments.snapshot(started.id).assessment.id == started.id


def test_rename(assessments, started):
    renamed = assessments.rename(started.id, " Group B baseline ", "Group B")
    assert (renamed.title, renamed.group_name) == ("Group B baseline", "Group B")
    with pytest.raises(ValidationError, match="title: a title is required"):
        assessments.rename(started.id, "  ", "")


# --- answering -------------------------------------------------------------------------------


@pytest.mark.parametrize(("qid", "value", "stored"), [
    ("a.1", 3, 3), ("a.1", 3.0, 3), ("a.has", "partly", "partly"),
    ("b.x.count", "12", 12), ("b.x.count", 7, 7), ("b.x.kind", "two", "two"),
    ("b.x.tags", ["blue", "red"], ["red", "blue"]), ("b.x.text", "  hello ", "hello"),
    ("a.since", "2024-03-21", "2024-03-21"), ("a.1", None, None), ("b.x.text", "", None),
])
def test_each_type_of_answer_is_stored_in_its_form(assessments, started, qid, value, stored):
    assert assessments.set_answer(started.id, qid, value).value == stored
    assert assessments.answer(started.id, qid).value == stored


@pytest.mark.parametrize(("qid", "value", "message"), [
    ("a.1", 6, "6 is not on the scale (0, 1, 2, 3, 4, 5)"),
    ("a.1", "3", "a rating is one of the scale's whole numbers"),
    ("a.1", 2.5, "whole numbers"),
    ("a.has", "maybe", "the answer is yes, partly or no"),
    ("b.x.count", -1, "at least 0"),
    ("b.x.count", 1.5, "the answer is a whole number"),
    ("b.x.count", "many", "the answer is a number"),
    ("b.x.kind", "three", "'three' is not one of the choices"),
    ("b.x.tags", ["red", "green"], "'green' is not one of the choices"),
    ("b.x.tags", "red", "the answer is a list of choices"),
    ("a.since", "21/03/2024", "a date is written YYYY-MM-DD"),
])
def test_bad_answers_are_refused_and_nothing_is_stored(assessments, started, qid, value,
                                                       message):
    with pytest.raises(ValidationError) as caught:
        assessments.set_answer(started.id, qid, value)
    assert caught.value.for_field("value") == [message] or message in str(caught.value)
    assert assessments.answers(started.id) == {}
    assert assessments.history(started.id) == []


def test_unknown_question_and_na_where_not_allowed(assessments, started):
    with pytest.raises(ValidationError, match="question: no question 'zz'"):
        assessments.set_answer(started.id, "zz", 1)
    with pytest.raises(ValidationError, match="cannot be marked N/A"):
        assessments.set_not_applicable(started.id, "b.x.text")


def test_every_change_is_in_the_history_with_who_when_old_new_reason(assessments, started):
    aid = started.id
    assessments.set_answer(aid, "a.1", 2)
    assessments.set_answer(aid, "a.1", 2)  # no change: no entry
    assessments.set_answer(aid, "a.1", 4, reason="Saw the signed policy")
    assessments.set_not_applicable(aid, "a.1")
    assessments.clear_answer(aid, "a.1")
    assessments.set_note(aid, "a.1", "Policy of 2021")
    history = assessments.history(aid, "a.1")
    assert [(h.field, h.old_value, h.new_value, h.old_not_applicable, h.new_not_applicable,
             h.reason) for h in history] == [
        ("value", None, 2, False, False, ""),
        ("value", 2, 4, False, False, "Saw the signed policy"),
        ("value", 4, None, False, True, ""),
        ("value", None, None, True, False, ""),
        ("note", "", "Policy of 2021", False, False, ""),
    ]
    assert {h.changed_by for h in history} == {"tester"}
    times = [h.changed_at for h in history]
    assert times == sorted(times) and all(t.tzinfo is not None for t in times)
    assert assessments.history(aid, "a.2") == []
    assert len(assessments.history(aid)) == 5


def test_free_text_saved_while_typing_folds_into_one_entry(assessments, started):
    aid = started.id
    for text in ("Pol", "Policy", "Policy of 2021"):
        assessments.set_note(aid, "a.1", text)
        assessments.set_answer(aid, "b.x.text", text)
    assert [(h.field, h.old_value, h.new_value) for h in assessments.history(aid)] == [
        ("note", "", "Policy of 2021"), ("value", None, "Policy of 2021")]
    assessments.set_note(aid, "a.1", "Policy of 2022", reason="typo")  # a reason: its own entry
    assessments.set_note(aid, "a.1", "")  # typed and ...
    assessments.set_note(aid, "a.1", "Policy of 2022")  # ... undone: no entry left
    assert [(h.old_value, h.new_value, h.reason) for h in assessments.history(aid, "a.1")] == [
        ("", "Policy of 2021", ""), ("Policy of 2021", "Policy of 2022", "typo")]


def test_ratings_never_fold(assessments, started):
    for value in (1, 2, 3):
        assessments.set_answer(started.id, "a.1", value)
    assert len(assessments.history(started.id, "a.1")) == 3


def test_answers_remember_where_the_expert_left_off(assessments, started):
    assessments.set_answer(started.id, "a.2", 1)
    assert assessments.get(started.id).last_question_id == "a.2"
    assessments.set_position(started.id, "b.x.1")
    assert assessments.snapshot(started.id).assessment.last_question_id == "b.x.1"


# --- lifecycle -------------------------------------------------------------------------------


def test_complete_lists_what_is_missing_then_succeeds(assessments, started):
    aid = started.id
    assessments.set_answer(aid, "a.1", 3)
    assessments.set_answer(aid, "a.has", "yes")  # shows a.since, which is required
    with pytest.raises(IncompleteError) as caught:
        assessments.complete(aid)
    assert [m.question_id for m in caught.value.missing] == ["a.2", "a.since", "b.x.1"]
    assert caught.value.missing[1].label("en") == "A.4 Since when?"
    assert "3 required answers are missing (A.2, A.4, B.1.1)" in str(caught.value)
    assert assessments.get(aid).status == "draft"
    assessments.set_answer(aid, "a.has", "no")  # hides a.since again
    assessments.set_not_applicable(aid, "a.2")  # N/A counts as answered
    assessments.set_answer(aid, "b.x.1", 0)
    assert assessments.missing_required(aid) == []
    assert assessments.complete(aid).status == "completed"


def test_validate_locks_and_reopen_needs_a_reason(assessments, started, evidence):
    aid = started.id
    fill_required(assessments, aid)
    with pytest.raises(ValidationError, match="a draft assessment cannot become validated"):
        assessments.validate(aid, "Ana Pérez")
    assessments.complete(aid)
    with pytest.raises(ValidationError, match="validator: the validator's name is needed"):
        assessments.validate(aid, "  ")
    validated = assessments.validate(aid, "Ana Pérez")
    assert validated.status == "validated" and validated.locked
    assert validated.validated_by == "Ana Pérez" and validated.validated_at is not None

    for change in (lambda: assessments.set_answer(aid, "a.1", 1),
                   lambda: assessments.set_note(aid, "a.1", "x"),
                   lambda: assessments.set_not_applicable(aid, "a.1"),
                   lambda: assessments.rename(aid, "New", ""),
                   lambda: assessments.trash(aid),
                   lambda: evidence.add_note(aid, "a.1", "more")):
        with pytest.raises(LockedError, match=r"validated by Ana Pérez|validated and locked"):
            change()
    assert assessments.answer(aid, "a.1").value == 4

    with pytest.raises(ValidationError, match="reason: say why"):
        assessments.reopen(aid, " ")
    reopened = assessments.reopen(aid, "Group B sent new evidence")
    assert reopened.status == "draft" and reopened.validated_by == ""
    events = assessments.events(aid)
    assert [e.kind for e in events] == ["started", "completed", "validated", "reopened"]
    assert events[-1].reason == "Group B sent new evidence"
    assert events[-1].details["validated_by"] == "Ana Pérez"
    assert assessments.set_answer(aid, "a.1", 1).value == 1


def test_a_completed_assessment_goes_back_to_draft_when_a_required_answer_goes(
        assessments, started):
    aid = started.id
    fill_required(assessments, aid)
    assessments.complete(aid)
    assessments.set_answer(aid, "b.x.text", "still fine")
    assert assessments.get(aid).status == "completed"
    assessments.clear_answer(aid, "a.1")
    assert assessments.get(aid).status == "draft"
    assert assessments.events(aid)[-1].kind == "back_to_draft"


def test_reopen_a_completed_one_and_moves_that_are_not_allowed(assessments, started):
    aid = started.id
    with pytest.raises(ValidationError, match="a draft assessment cannot become draft"):
        assessments.reopen(aid, "why not")
    fill_required(assessments, aid)
    assessments.complete(aid)
    with pytest.raises(ValidationError, match="completed assessment cannot become completed"):
        assessments.complete(aid)
    assert assessments.reopen(aid, "one more answer").status == "draft"


def test_scores_through_the_service(assessments, started):
    fill_required(assessments, started.id)
    report = assessments.scores(started.id)
    assert report.overall.percent == pytest.approx(100 * (4 + 2 * 3 + 2) / (5 + 10 + 5))
    assert report.by_section()["a"].unanswered == 0


# --- template versions -----------------------------------------------------------------------


def newer_small() -> dict:
    data = small(version="1.1")
    questions = data["sections"][0]["questions"]
    questions[1] = {"id": "a.2", "type": "yes_no_partly", "text": T("Second, now yes/no"),
                    "required": True}  # a.2 changes type
    data["sections"][1]["sections"][0]["questions"] = [
        q for q in data["sections"][1]["sections"][0]["questions"] if q["id"] != "b.x.text"]
    data["scales"]["five"]["points"] = data["scales"]["five"]["points"][:4]  # 0..3 now
    questions.append({"id": "a.new", "type": "scale", "scale": "five", "text": T("New one"),
                      "required": True})
    return data


def test_migrate_a_draft_carrying_answers_by_question_id(store, template_dir, mission_id):
    from mercator_desktop.checklists.loader import load_library

    old_library = load_library([template_dir])
    old = AssessmentService(store, old_library)
    aid = old.start(mission_id, "small").id
    old.set_answer(aid, "a.1", 2)
    old.set_note(aid, "a.1", "kept with its answer")
    old.set_answer(aid, "a.2", 4)  # the type changes: cannot be carried
    old.set_answer(aid, "b.x.1", 5)  # 5 is off the shorter scale
    old.set_note(aid, "b.x.1", "note stays")
    old.set_answer(aid, "b.x.text", "question removed")
    assert old.get(aid).newer_version is None

    write_template(template_dir, newer_small())
    service = AssessmentService(store, load_library([template_dir]))
    assert service.get(aid).newer_version == "1.1"
    result = service.migrate(aid)
    assert (result.from_version, result.to_version) == ("1.0", "1.1")
    assert result.carried == ["a.1"]
    assert {(n.question_id, n.value) for n in result.not_carried} == {
        ("a.2", 4), ("b.x.1", 5), ("b.x.text", "question removed")}
    reasons = {n.question_id: n.reason for n in result.not_carried}
    assert reasons["b.x.text"] == "the question is not in the new version"
    assert reasons["b.x.1"].startswith("the answer no longer fits: 5 is not on the scale")

    snapshot = service.snapshot(aid)
    assert snapshot.assessment.template_version == "1.1"
    assert snapshot.answers["a.1"].value == 2
    assert snapshot.answers["a.1"].note == "kept with its answer"
    assert snapshot.answers["b.x.1"].value is None
    assert snapshot.answers["b.x.1"].note == "note stays"
    assert "b.x.text" not in snapshot.answers
    assert snapshot.template.question("a.new") is not None
    event = service.events(aid)[-1]
    assert event.kind == "migrated" and event.details["from"] == "1.0"
    assert {n["question_id"] for n in event.details["not_carried"]} == {
        "a.2", "b.x.1", "b.x.text"}
    assert [h.reason for h in service.history(aid, "b.x.1")][-1] == "template small 1.0 → 1.1"

    # the old version stays loadable for assessments that still use it
    other = service.start(mission_id, "small", "1.0")
    assert service.snapshot(other.id).template.version == "1.0"
    with pytest.raises(ValidationError, match="not newer"):
        service.migrate(aid, "1.0")


def test_only_a_draft_migrates(store, template_dir, mission_id, assessments):
    aid = assessments.start(mission_id, "small").id
    fill_required(assessments, aid)
    assessments.complete(aid)
    write_template(template_dir, newer_small())
    from mercator_desktop.checklists.loader import load_library

    service = AssessmentService(store, load_library([template_dir]))
    with pytest.raises(ValidationError, match="only a draft"):
        service.migrate(aid)


def test_a_missing_template_version_is_a_clear_error(store, mission_id, assessments):
    from mercator_desktop.checklists.loader import TemplateLibrary

    aid = assessments.start(mission_id, "small").id
    with pytest.raises(TemplateMissingError, match=r"'small' version 1\.0 is not installed"):
        AssessmentService(store, TemplateLibrary()).snapshot(aid)


def test_templates_listing_and_default_folders(store):
    service = AssessmentService(store)
    assert {(t.id, t.latest) for t in service.templates()} >= {("geoat", True),
                                                              ("integrity", True)}
    assert service.template_problems() == []
    assert service.template_folders[-1] == store.paths.root / "checklists"
