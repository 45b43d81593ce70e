"""Pure domain rules: lifecycle moves, lead requirement, dates, participants, agenda slots."""

from __future__ import annotations

from datetime import date, time

import pytest

from mercator_desktop.domain import rules
from mercator_desktop.domain.errors import ValidationError
from mercator_desktop.domain.lifecycle import (
    LIFECYCLE,
    MissionStatus,
    allowed_moves,
    can_move,
    needs_lead,
)


def test_lifecycle_moves_one_step_either_way_or_to_cancelled():
    assert allowed_moves("requested") == ["approved", "cancelled"]
    assert allowed_moves("planned") == ["approved", "in_delivery", "cancelled"]
    assert allowed_moves("closed") == ["follow_up"]
    assert allowed_moves("cancelled") == ["requested"]


@pytest.mark.parametrize("current", list(MissionStatus))
def test_every_status_can_stay_and_never_skips_ahead(current):
    assert can_move(current, current)
    if current in LIFECYCLE:
        index = LIFECYCLE.index(current)
        for far in LIFECYCLE[index + 2:]:
            assert not can_move(current, far)


def test_lead_needed_only_past_planned():
    assert [s.value for s in MissionStatus if needs_lead(s)] == [
        "in_delivery", "report_draft", "report_final", "follow_up", "closed"]


def test_dates_and_participants():
    assert rules.check_dates(date(2019, 3, 29), date(2019, 3, 25))[0].field == "end_date"
    assert rules.check_dates(date(2019, 3, 25), date(2019, 3, 25)) == []
    assert rules.check_participants(13, 10, 23) == []
    [problem] = rules.check_participants(13, 10, 20)
    assert problem.field == "participants_total" and "23" in problem.message
    assert rules.check_participants(-1, None, None)[0].field == "participants_women"


def test_code_rule():
    assert rules.check_code("JM-2019-INTD-01") == []
    assert rules.check_code("")[0].message == "a mission code is required"
    assert rules.check_code("has space")[0].field == "code"


def test_agenda_slot_within_mission_and_in_order():
    start, end = date(2019, 3, 25), date(2019, 3, 29)
    assert rules.check_agenda_slot(date(2019, 3, 26), time(9), time(10), start, end) == []
    outside = rules.check_agenda_slot(date(2019, 3, 30), time(9), time(10), start, end)
    assert outside[0].field == "date" and "2019-03-30" in outside[0].message
    backwards = rules.check_agenda_slot(date(2019, 3, 26), time(11), time(10), start, end)
    assert backwards[0].field == "end_time"


def test_validation_error_names_fields():
    error = ValidationError(rules.check_dates(date(2020, 1, 2), date(2020, 1, 1)))
    assert error.for_field("end_date")
    assert str(error).startswith("end_date: ")
