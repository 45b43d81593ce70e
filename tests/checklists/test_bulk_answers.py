"""Many answers at once (``answer_many_in``): each checked like ``set_answer``, each recorded
in the answer history, all in the caller's one transaction; a bad value stores nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mercator_desktop.domain.errors import ValidationError
from mercator_desktop.services.assessments import NOT_APPLICABLE, LockedError
from mercator_desktop.storage.models import Assessment


def test_many_answers_are_stored_with_their_history(store, assessments, started):
    template = assessments.template("small", "1.0")
    at = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    with store.session() as session:
        row = session.get(Assessment, started.id)
        changed = assessments.answer_many_in(
            session, row, template, {"a.1": 4, "a.2": NOT_APPLICABLE, "a.has": "yes",
                                     "b.x.count": "12"},
            {"a.1": " Policy seen ", "b.x.text": "Only a note"}, at=at)
    assert changed == 5
    answers = assessments.answers(started.id)
    assert (answers["a.1"].value, answers["a.1"].note) == (4, "Policy seen")
    assert answers["a.2"].not_applicable and answers["a.2"].value is None
    assert answers["b.x.count"].value == 12
    assert (answers["b.x.text"].value, answers["b.x.text"].note) == (None, "Only a note")
    history = assessments.history(started.id)
    assert sorted((h.question_id, h.field) for h in history) == [
        ("a.1", "note"), ("a.1", "value"), ("a.2", "value"), ("a.has", "value"),
        ("b.x.count", "value"), ("b.x.text", "note")]
    assert {h.changed_at for h in history} == {at}
    assert {h.changed_by for h in history} == {"tester"}

    # Again with one change: only that one is recorded.
    with store.session() as session:
        row = session.get(Assessment, started.id)
        assert assessments.answer_many_in(session, row, template,
                                          {"a.1": 5, "a.has": "yes"}) == 1
    changes = [h for h in assessments.history(started.id, "a.1") if h.field == "value"]
    assert [(c.old_value, c.new_value) for c in changes] == [(None, 4), (4, 5)]


@pytest.mark.parametrize(("values", "field"), [
    ({"a.1": 9}, "a.1"),
    ({"nope": 1}, "nope"),
    ({"a.has": NOT_APPLICABLE}, "a.has"),
])
def test_a_bad_value_stores_nothing(store, assessments, started, values, field):
    template = assessments.template("small", "1.0")
    with pytest.raises(ValidationError) as caught, store.session() as session:
        row = session.get(Assessment, started.id)
        assessments.answer_many_in(session, row, template, {"a.2": 3, **values})
    assert caught.value.for_field(field)
    assert assessments.answers(started.id) == {}
    assert assessments.history(started.id) == []


def test_a_validated_assessment_takes_no_answers(store, assessments, started):
    template = assessments.template("small", "1.0")
    with store.session() as session:
        row = session.get(Assessment, started.id)
        assessments.answer_many_in(session, row, template, {
            "a.1": 1, "a.2": 2, "a.has": "no", "b.x.1": 3})
        assessments.complete_in(session, row)
        assessments.validate_in(session, row, "Validator")
    assert assessments.get(started.id).status == "validated"
    with pytest.raises(LockedError), store.session() as session:
        assessments.answer_many_in(session, session.get(Assessment, started.id), template,
                                   {"a.1": 2})
