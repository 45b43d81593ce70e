"""Answers in a protected folder: a rating clicked (saved on the connection itself, without
the ORM) and N/A ticked are stored with their history in the encrypted database, and read
back after the folder is closed and opened again."""

from __future__ import annotations

from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.store import open_store

from .conftest import PASSPHRASE, fill, leaked


def test_ratings_saved_in_a_protected_folder_come_back_with_their_history(data_dir, os_keyring):
    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    try:
        filled = fill(store)
        assessments = AssessmentService(store)
        template = assessments.snapshot(filled.assessment_id).template
        question = template.question(filled.question_id)
        assert question is not None and question.scale is not None
        low, high = question.scale.values[0], question.scale.values[-1]
        saved = assessments.set_answer(filled.assessment_id, question.id, low)
        assert (saved.value, saved.updated_by) == (low, "tester")
        assessments.set_answer(filled.assessment_id, question.id, high, reason="re-checked")
        assessments.set_not_applicable(filled.assessment_id, question.id)
    finally:
        store.close()
    assert leaked(data_dir) == []

    again = open_store(data_dir, user="tester")
    try:
        assessments = AssessmentService(again)
        answer = assessments.answer(filled.assessment_id, filled.question_id)
        assert (answer.value, answer.not_applicable) == (None, True)
        assert answer.evidence_count == 1
        changes = [(c.old_value, c.new_value, c.new_not_applicable, c.reason)
                   for c in assessments.history(filled.assessment_id, filled.question_id)
                   if c.field == "value"]
        assert sorted(changes, key=str) == sorted([(None, low, False, ""),
                                                   (low, high, False, "re-checked"),
                                                   (high, None, True, "")], key=str)
        assert assessments.get(filled.assessment_id).last_question_id == filled.question_id
    finally:
        again.close()
