"""Situations of the sync inbox built for real against HQ (shared by the inbox's window and
command-line tests): a delete against an edit either way, a refused change HQ never had, a
refused change of a validated answer, records from HQ that wait, a mission archived."""

from __future__ import annotations

from typing import Any

from .conftest import EXPERT_B as EXPERT_B
from .test_trust import TEAM, Laptop, answer_everything, first_rating_question


def deleted_at_hq_while_edited(alice: Laptop, bob: Laptop, code: str) -> tuple[str, str]:
    """Alice trashes an assessment Bob renames: Bob's inbox holds "deleted at HQ while you
    edited it". Returns (mission id, assessment id)."""
    mission_id = alice.new_mission(code, TEAM)
    assessment_id = alice.assessments.start(mission_id, "geoat").id
    alice.sync()
    bob.sync()
    alice.assessments.trash(assessment_id)
    bob.assessments.rename(assessment_id, "Workshop group B", "Group B")
    alice.sync()
    bob.sync()
    return mission_id, assessment_id


def edited_at_hq_while_deleted(alice: Laptop, bob: Laptop, code: str) -> tuple[str, str]:
    """Alice renames an assessment Bob trashes: Bob's inbox holds "edited at HQ while you
    deleted it"."""
    mission_id = alice.new_mission(code, TEAM)
    assessment_id = alice.assessments.start(mission_id, "geoat").id
    alice.sync()
    bob.sync()
    alice.assessments.rename(assessment_id, "Renamed at HQ", "Group A")
    bob.assessments.trash(assessment_id)
    alice.sync()
    bob.sync()
    return mission_id, assessment_id


def code_taken(alice: Laptop, bob: Laptop, code: str) -> tuple[str, str]:
    """Both create a mission with the same code, Alice first, with Bob on her team: Bob's
    mission is refused (HQ never had it) and Alice's waits on Bob's laptop. Returns (Bob's
    mission id, Alice's)."""
    theirs = alice.new_mission(code, TEAM)
    mine = bob.new_mission(code, {EXPERT_B: "Bob Expert"})
    alice.sync()
    bob.sync()
    return mine, theirs


def locked_answer(alice: Laptop, bob: Laptop, code: str) -> tuple[str, str, Any]:
    """Bob changes an answer of an assessment Alice validated: refused as locked. Returns
    (assessment id, question id, the validated value)."""
    mission_id = alice.new_mission(code, TEAM)
    assessment_id = alice.assessments.start(mission_id, "geoat").id
    question = first_rating_question(alice, assessment_id)
    answer_everything(alice, assessment_id)
    alice.sync()
    bob.sync()
    alice.assessments.complete(assessment_id)
    alice.assessments.validate(assessment_id, "Alice Expert")
    alice.sync()
    before = alice.assessments.answer(assessment_id, question).value
    bob.assessments.set_answer(assessment_id, question, 1 if before != 1 else 2)
    bob.sync()
    return assessment_id, question, before


def taken_off_the_team(alice: Laptop, bob: Laptop, code: str) -> str:
    """Alice takes Bob off her mission's team; Bob has not synced since."""
    mission_id = alice.new_mission(code, TEAM)
    alice.sync()
    bob.sync()
    alice.missions.remove_member(mission_id, EXPERT_B)
    alice.sync()
    return mission_id
