"""Mission use cases through the real services on a fresh store: the rules users expect."""

from __future__ import annotations

from datetime import date, time

import pytest

from mercator_desktop.domain.errors import (
    BookingConflictError,
    NotFoundError,
    ValidationError,
)
from mercator_desktop.services.dto import (
    AgendaInput,
    ExpertInput,
    MissionFilter,
    MissionInput,
    TeamAssignment,
)


def mission(code="JM-2019-INTD-01", **overrides) -> MissionInput:
    values = dict(code=code, title="Integrity diagnostic", type_code="integrity_diagnostic",
                  status_code="planned", country_iso2="JM", start_date=date(2019, 3, 25),
                  end_date=date(2019, 3, 29), topics=["integrity"])
    values.update(overrides)
    return MissionInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def amara(experts):
    return experts.create(ExpertInput(name="Amara Diallo", languages=["fr", "en"]))


@pytest.fixture
def jose(experts):
    return experts.create(ExpertInput(name="José Ramírez", languages=["es", "en"]))


def test_create_and_read_back_everything(missions, amara):
    created = missions.create(mission(
        team=[TeamAssignment(amara.id, "lead")],
        links={"tfa": ["7.6", "1.3"], "arusha": ["leadership_commitment"], "geoat": ["p1"]},
        participants_women=13, participants_men=10, participants_total=23,
        location="Kingston", objectives="Diagnose integrity needs."))
    again = missions.get_by_code("jm-2019-intd-01")
    assert again == created
    assert again.region_code == "AMS"
    assert again.lead_expert == "Amara Diallo"
    assert again.links["tfa"] == ["1.3", "7.6"]  # in the order of the agreement
    assert again.participants_total == 23


@pytest.mark.parametrize(("overrides", "field", "words"), [
    ({"end_date": date(2019, 3, 20)}, "end_date", "before the start date"),
    ({"type_code": "picnic"}, "type", "unknown mission type"),
    ({"country_iso2": "XX"}, "country", "unknown country code"),
    ({"status_code": "in_delivery"}, "lead_expert", "needs a lead expert"),
    ({"title": "  "}, "title", "title is required"),
    ({"code": "bad code"}, "code", "letters, digits"),
    ({"topics": ["fishing"]}, "topics", "unknown topic"),
    ({"participants_women": 5, "participants_men": 5, "participants_total": 8},
     "participants_total", "less than women + men"),
    ({"links": {"tfa": ["99.9"]}}, "tfa_articles", "unknown code '99.9'"),
])
def test_invalid_mission_is_refused_and_nothing_stored(missions, overrides, field, words):
    with pytest.raises(ValidationError) as caught:
        missions.create(mission(**overrides))
    assert any(words in message for message in caught.value.for_field(field)), caught.value
    assert missions.count() == 0


def test_duplicate_code_is_refused(missions):
    missions.create(mission())
    with pytest.raises(ValidationError, match="already has the code"):
        missions.create(mission(code="JM-2019-INTD-01", title="Other"))
    assert missions.count() == 1


def test_status_moves_only_along_the_lifecycle(missions, amara):
    created = missions.create(mission(status_code="requested"))
    assert missions.allowed_statuses(created.id) == ["requested", "approved", "cancelled"]
    with pytest.raises(ValidationError, match="cannot move from requested to planned"):
        missions.update(created.id, mission(status_code="planned"))
    step = missions.update(created.id, mission(status_code="approved"))
    step = missions.update(step.id, mission(status_code="planned"))
    with pytest.raises(ValidationError, match="needs a lead expert"):
        missions.update(step.id, mission(status_code="in_delivery"))
    missions.add_member(step.id, amara.id, "lead")
    moved = missions.update(step.id, mission(status_code="in_delivery"))
    assert moved.status_code == "in_delivery"
    assert missions.update(step.id, mission(status_code="cancelled")).status_code == "cancelled"


def test_lead_cannot_leave_a_mission_in_delivery(missions, amara, jose):
    created = missions.create(mission(status_code="in_delivery",
                                      team=[TeamAssignment(amara.id, "lead"),
                                            TeamAssignment(jose.id, "co_facilitator")]))
    with pytest.raises(ValidationError, match="needs a lead expert"):
        missions.remove_member(created.id, amara.id)
    assert missions.remove_member(created.id, jose.id).team[0].expert_name == "Amara Diallo"
    with pytest.raises(ValidationError, match="only one lead"):
        missions.update(created.id, mission(status_code="in_delivery", team=[
            TeamAssignment(amara.id, "lead"), TeamAssignment(jose.id, "lead")]))


def test_double_booking_is_reported_and_needs_consent(missions, amara):
    missions.create(mission(code="KZ-2019-INTD-01", country_iso2="KZ",
                            start_date=date(2019, 3, 11), end_date=date(2019, 3, 26),
                            team=[TeamAssignment(amara.id, "lead")]))
    jamaica = missions.create(mission())
    with pytest.raises(BookingConflictError) as caught:
        missions.add_member(jamaica.id, amara.id, "lead")
    assert caught.value.bookings[0].mission_code == "KZ-2019-INTD-01"
    assert "Amara Diallo is already booked on KZ-2019-INTD-01" in str(caught.value)
    assert missions.get(jamaica.id).team == []  # nothing stored without consent
    missions.add_member(jamaica.id, amara.id, "lead", allow_conflicts=True)
    [clash] = missions.double_bookings()
    assert (clash.first_code, clash.second_code) == ("JM-2019-INTD-01", "KZ-2019-INTD-01")
    assert (clash.overlap_start, clash.overlap_end) == (date(2019, 3, 25), date(2019, 3, 26))


def test_moving_dates_onto_a_booking_is_a_conflict(missions, amara):
    missions.create(mission(code="KZ-2019-INTD-01", country_iso2="KZ",
                            start_date=date(2019, 3, 11), end_date=date(2019, 3, 15),
                            team=[TeamAssignment(amara.id, "lead")]))
    jamaica = missions.create(mission(team=[TeamAssignment(amara.id, "lead")]))
    with pytest.raises(BookingConflictError):
        missions.update(jamaica.id, mission(start_date=date(2019, 3, 14)))
    assert missions.get(jamaica.id).start_date == date(2019, 3, 25)


def test_cancelled_missions_do_not_clash(missions, amara):
    kz = missions.create(mission(code="KZ-2019-INTD-01", country_iso2="KZ",
                                 team=[TeamAssignment(amara.id, "lead")]))
    missions.update(kz.id, mission(code="KZ-2019-INTD-01", country_iso2="KZ",
                                   status_code="cancelled"))
    missions.create(mission(team=[TeamAssignment(amara.id, "lead")]))
    assert missions.double_bookings() == []


def test_trash_and_restore(missions):
    created = missions.create(mission())
    missions.trash(created.id)
    assert missions.list() == []
    assert [m.code for m in missions.list(MissionFilter(trash=True))] == ["JM-2019-INTD-01"]
    with pytest.raises(NotFoundError):
        missions.update(created.id, mission())
    missions.restore(created.id)
    assert [m.code for m in missions.list()] == ["JM-2019-INTD-01"]


def test_filters(missions, amara):
    missions.create(mission(team=[TeamAssignment(amara.id, "lead")]))
    missions.create(mission(code="KZ-2019-INTD-01", country_iso2="KZ", title="Astana",
                            start_date=date(2019, 3, 11), end_date=date(2019, 3, 15)))
    missions.create(mission(code="MU-2019-GEOAT-01", country_iso2="MU", title="GEOAT baseline",
                            type_code="geoat_assessment", status_code="requested",
                            start_date=date(2019, 5, 9), end_date=date(2019, 5, 10)))

    def codes(**kw):
        return sorted(m.code for m in missions.list(MissionFilter(**kw)))

    assert codes(text="jamaica") == ["JM-2019-INTD-01"]  # country name
    assert codes(text="amara") == ["JM-2019-INTD-01"]  # expert on the team
    assert codes(text="geoat") == ["MU-2019-GEOAT-01"]  # title
    assert codes(text="kz-2019") == ["KZ-2019-INTD-01"]  # code
    assert codes(regions=["EUR"]) == ["KZ-2019-INTD-01"]
    assert codes(statuses=["requested"]) == ["MU-2019-GEOAT-01"]
    assert codes(types=["geoat_assessment"]) == ["MU-2019-GEOAT-01"]
    assert codes(countries=["mu"]) == ["MU-2019-GEOAT-01"]
    assert codes(date_from=date(2019, 3, 20), date_to=date(2019, 4, 30)) == ["JM-2019-INTD-01"]
    [row] = missions.list(MissionFilter(countries=["JM"]))
    assert (row.lead_expert, row.region_code, row.sync_state) == ("Amara Diallo", "AMS", "local")


def test_agenda_within_dates_and_reorderable(missions):
    created = missions.create(mission())
    first = missions.add_agenda_item(created.id, AgendaInput(
        day=date(2019, 3, 25), activity="Opening with the Commissioner",
        start_time=time(9), end_time=time(10, 30)))
    second = missions.add_agenda_item(created.id, AgendaInput(
        day=date(2019, 3, 25), activity="Meeting with HR", start_time=time(11),
        end_time=time(12)))
    with pytest.raises(ValidationError, match="outside the mission dates"):
        missions.add_agenda_item(created.id, AgendaInput(day=date(2019, 4, 1), activity="Late"))
    with pytest.raises(ValidationError, match="ends before it starts"):
        missions.update_agenda_item(first.id, AgendaInput(
            day=date(2019, 3, 25), activity="Opening", start_time=time(10),
            end_time=time(9)))
    missions.move_agenda_item(second.id, -1)
    assert [a.activity for a in missions.get(created.id).agenda] == [
        "Meeting with HR", "Opening with the Commissioner"]
    missions.remove_agenda_item(first.id)
    assert [a.activity for a in missions.get(created.id).agenda] == ["Meeting with HR"]


def test_links_and_counterparts(missions):
    created = missions.create(mission())
    missions.set_links(created.id, "arusha", ["hrm", "code_of_conduct"])
    missions.set_links(created.id, "tfa", ["7.6"])
    # factor 7 (code of conduct) before factor 8 (human resource management)
    assert missions.get(created.id).links["arusha"] == ["code_of_conduct", "hrm"]
    missions.set_links(created.id, "arusha", ["hrm"])
    detail = missions.get(created.id)
    assert detail.links == {"tfa": ["7.6"], "arusha": ["hrm"], "geoat": []}
    with pytest.raises(ValidationError, match="unknown code 'nope'"):
        missions.set_links(created.id, "geoat", ["nope"])
    person = missions.add_counterpart(created.id, "Marcia Brown", "Internal Affairs Unit")
    assert missions.get(created.id).counterparts == [person]
    with pytest.raises(ValidationError, match="needs a name"):
        missions.add_counterpart(created.id, " ")
