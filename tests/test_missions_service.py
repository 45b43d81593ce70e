"""Mission use cases through the real services on a fresh store: the rules users expect."""

from __future__ import annotations

from dataclasses import replace
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


# --- for the desktop app: save_plan, check_plan, duplicate, in-memory filtering ----------------


def _session(day, activity, session_id="", start=None, end=None):  # type: ignore[no-untyped-def]
    from mercator_desktop.services.dto import AgendaItemView

    return AgendaItemView(session_id, day, start, end, activity, "", "", 0)


def _person(name, person_id=""):  # type: ignore[no-untyped-def]
    from mercator_desktop.services.dto import CounterpartView

    return CounterpartView(person_id, name, "", "")


def test_save_plan_stores_mission_agenda_and_counterparts_in_one_go(missions, amara):
    day = date(2019, 3, 25)
    created = missions.save_plan(
        None, mission(team=[TeamAssignment(amara.id, "lead")]),
        agenda=[_session(day, "Opening", start=time(9)), _session(day, "Visit"),
                _session(date(2019, 3, 26), "Workshop")],
        counterparts=[_person("Marcia Brown")])
    assert [(a.activity, a.position) for a in created.agenda] == [
        ("Opening", 0), ("Visit", 1), ("Workshop", 0)]
    assert [c.name for c in created.counterparts] == ["Marcia Brown"]

    # Replace: keep "Visit" (now first), drop "Opening", add one; rename the counterpart.
    visit, opening = created.agenda[1], created.agenda[0]
    again = missions.save_plan(
        created.id, created.to_input(),
        agenda=[_session(day, "Site visit", visit.id), _session(day, "Debriefing")],
        counterparts=[_person("Marcia Brown-Reid", created.counterparts[0].id)])
    assert [(a.id == visit.id, a.activity, a.position) for a in again.agenda] == [
        (True, "Site visit", 0), (False, "Debriefing", 1)]
    assert opening.id not in {a.id for a in again.agenda}
    assert [(c.id, c.name) for c in again.counterparts] == [
        (created.counterparts[0].id, "Marcia Brown-Reid")]
    # None leaves agenda and counterparts alone.
    third = missions.save_plan(created.id, again.to_input())
    assert third.agenda == again.agenda and third.counterparts == again.counterparts


def test_save_plan_reports_every_problem_and_stores_nothing(missions):
    bad = mission(end_date=date(2019, 3, 20))
    with pytest.raises(ValidationError) as caught:
        missions.save_plan(None, bad, agenda=[_session(date(2019, 4, 1), " ")],
                           counterparts=[_person(" ")])
    fields = [p.field for p in caught.value.problems]
    assert fields == ["end_date", "agenda", "agenda", "counterparts"]
    assert "session 1 (2019-04-01)" in caught.value.for_field("agenda")[0]
    assert missions.count() == 0
    assert [p.field for p in missions.check_plan(None, bad)] == ["end_date"]
    assert missions.check_plan(None, mission()) == []
    assert missions.count() == 0


def test_save_plan_asks_consent_for_a_double_booking(missions, amara):
    missions.create(mission("BS-2019-WS-01", team=[TeamAssignment(amara.id, "lead")]))
    data = mission("JM-2019-WS-02", team=[TeamAssignment(amara.id, "lead")])
    with pytest.raises(BookingConflictError):
        missions.save_plan(None, data, agenda=[_session(date(2019, 3, 25), "Opening")])
    assert missions.count() == 1  # the agenda was not stored either
    saved = missions.save_plan(None, data, agenda=[_session(date(2019, 3, 25), "Opening")],
                               allow_conflicts=True)
    assert [a.activity for a in saved.agenda] == ["Opening"]


def test_duplicate_input_copies_the_template_and_finds_the_next_code(missions, amara):
    source = missions.create(mission(
        team=[TeamAssignment(amara.id, "lead")], links={"tfa": ["7.6"]}, location="Kingston",
        request_reference="REF-1", participants_total=20, status_code="closed"))
    copy = missions.duplicate_input(source.id)
    assert copy.code == "JM-2019-INTD-02"
    assert (copy.status_code, copy.start_date, copy.end_date, copy.request_reference,
            copy.participants_total) == ("requested", None, None, "", None)
    assert (copy.title, copy.location, copy.links["tfa"]) == (source.title, "Kingston", ["7.6"])
    assert copy.team == [TeamAssignment(amara.id, "lead")]
    missions.create(copy)
    assert missions.next_free_code("JM-2019-INTD-01") == "JM-2019-INTD-03"
    assert missions.next_free_code("WS") == "WS-2"


def test_in_memory_filter_matches_the_database_filter(missions, amara, jose):
    missions.create(mission("JM-2019-A", team=[TeamAssignment(jose.id, "lead")]))
    missions.create(mission("CI-2020-B", country_iso2="CI", status_code="requested",
                            start_date=date(2020, 5, 1), end_date=date(2020, 5, 3)))
    missions.create(mission("ML-2021-C", country_iso2="ML", status_code="requested",
                            type_code="workshop", start_date=None, end_date=None))
    rows = missions.list()
    compact = missions.rows()
    index = missions.search_index()
    # the whole index (one query, the team's names joined) holds what the index of some
    # missions holds (read with the team member rows)
    some = missions.search_index(mission_ids=compact.ids)
    assert {k: sorted(v.split("\n")) for k, v in index.items()} == \
        {k: sorted(v.split("\n")) for k, v in some.items()}
    assert any(len(v.split("\n")) > 3 for v in index.values())  # a team is in it
    search = [index[mission_id] for mission_id in compact.ids]
    everything = range(len(compact))
    for flt in (MissionFilter(text="jam"), MissionFilter(text="jos"),
                MissionFilter(text="2020"), MissionFilter(statuses=["requested"]),
                MissionFilter(types=["workshop"]), MissionFilter(regions=["WCA"]),
                MissionFilter(countries=["ci"]),
                MissionFilter(date_from=date(2020, 1, 1), date_to=date(2020, 12, 31))):
        kept = missions.matcher(flt)(compact, search, everything)
        assert [compact.codes[i] for i in kept] == [m.code for m in missions.list(flt)], flt
    # Beyond the database: accents and case of any script are ignored.
    kept = missions.matcher(MissionFilter(text="RAMIREZ"))(compact, search, everything)
    assert [compact.codes[i] for i in kept] == ["JM-2019-A"]
    assert missions.summaries([rows[0].id]) == [rows[0]]


def test_new_dates_must_still_hold_the_agenda(missions):
    created = missions.create(mission())
    missions.add_agenda_item(created.id, AgendaInput(day=date(2019, 3, 28), activity="Debrief"))
    with pytest.raises(ValidationError) as caught:
        missions.update(created.id, mission(start_date=date(2019, 3, 20),
                                            end_date=date(2019, 3, 27)))
    assert "2019-03-28" in caught.value.for_field("end_date")[0]
    assert missions.get(created.id).end_date == date(2019, 3, 29)
    moved = missions.update(created.id, mission(start_date=date(2019, 3, 26)))
    assert moved.start_date == date(2019, 3, 26)


# --- save_changes: a window's edits merged with what was stored meanwhile -------------------


def _changes(loaded, **kw):  # type: ignore[no-untyped-def]
    from mercator_desktop.services.dto import MissionChanges

    data = loaded.to_input()
    data.team = [TeamAssignment(m.expert_id, m.role) for m in loaded.team]
    return MissionChanges(revision=loaded.revision, loaded=data, **kw)


def test_save_changes_keeps_fields_changed_elsewhere(missions):
    loaded = missions.get(missions.create(mission()).id)
    missions.update(loaded.id, mission(title="Renamed by HQ"))  # a sync, another window
    saved = missions.save_changes(loaded.id, _changes(loaded, fields={"objectives": "Mine"}))
    assert (saved.title, saved.objectives) == ("Renamed by HQ", "Mine")


def test_save_changes_refuses_a_field_changed_on_both_sides(missions):
    from mercator_desktop.domain.errors import EditConflictError

    loaded = missions.get(missions.create(mission()).id)
    missions.update(loaded.id, mission(title="Theirs"))
    with pytest.raises(EditConflictError) as caught:
        missions.save_changes(loaded.id, _changes(
            loaded, fields={"title": "Mine", "objectives": "Also mine"}))
    [conflict] = caught.value.conflicts
    assert (conflict.field, conflict.loaded, conflict.mine, conflict.theirs) == (
        "title", "Integrity diagnostic", "Mine", "Theirs")
    assert missions.get(loaded.id).objectives == ""  # nothing stored
    # "Keep mine": the window saves again having seen theirs.
    again = _changes(loaded, fields={"title": "Mine"})
    again.loaded.title = "Theirs"
    assert missions.save_changes(loaded.id, again).title == "Mine"
    # The same value on both sides is no conflict.
    same = _changes(loaded, fields={"title": "Mine"})
    assert missions.save_changes(loaded.id, same).title == "Mine"


def test_save_changes_merges_the_team_links_agenda_and_counterparts(missions, amara, jose):
    day = date(2019, 3, 25)
    created = missions.save_plan(None, mission(links={"tfa": ["7.6"]}),
                                 agenda=[_session(day, "Opening"), _session(day, "Visit")],
                                 counterparts=[_person("Marcia")])
    loaded = missions.get(created.id)
    # Elsewhere: José joins, TFA 1.3 is linked, the opening is renamed, a counterpart added.
    missions.add_member(loaded.id, jose.id, "observer")
    missions.set_links(loaded.id, "tfa", ["7.6", "1.3"])
    opening, visit = loaded.agenda
    missions.update_agenda_item(opening.id, AgendaInput(day, "Opening ceremony"))
    missions.add_counterpart(loaded.id, "Paul")
    # Here: Amara leads, 7.6 unlinked, the visit moved first, a session added.
    saved = missions.save_changes(loaded.id, _changes(
        loaded, team=[(None, TeamAssignment(amara.id, "lead"))],
        links_removed={("tfa", "7.6")},
        agenda=[(visit, replace(visit, position=0)), (opening, replace(opening, position=1)),
                (None, _session(date(2019, 3, 26), "Workshop"))],
        counterparts=[(loaded.counterparts[0], replace(loaded.counterparts[0], unit="IAU"))]))
    assert sorted((m.expert_name, m.role) for m in saved.team) == [
        ("Amara Diallo", "lead"), ("José Ramírez", "observer")]
    assert saved.links["tfa"] == ["1.3"]
    # Their new name for the opening, my order (position is not a conflicting change).
    assert [(a.activity, a.position) for a in saved.agenda] == [
        ("Visit", 0), ("Opening ceremony", 1), ("Workshop", 0)]
    assert [(c.name, c.unit) for c in saved.counterparts] == [("Marcia", "IAU"), ("Paul", "")]


def test_save_changes_validates_the_merged_mission(missions):
    loaded = missions.get(missions.create(mission()).id)
    missions.add_agenda_item(loaded.id, AgendaInput(day=date(2019, 3, 29), activity="Debrief"))
    # The window moves the end date before a session added elsewhere meanwhile.
    with pytest.raises(ValidationError) as caught:
        missions.save_changes(loaded.id, _changes(
            loaded, fields={"end_date": date(2019, 3, 27)}))
    assert "outside the mission dates" in caught.value.for_field("agenda")[0]
    assert missions.get(loaded.id).end_date == date(2019, 3, 29)


def test_save_changes_conflict_on_a_team_member_and_a_session(missions, amara):
    day = date(2019, 3, 25)
    created = missions.save_plan(None, mission(team=[TeamAssignment(amara.id, "lead")]),
                                 agenda=[_session(day, "Opening")])
    loaded = missions.get(created.id)
    missions.set_role(loaded.id, amara.id, "co_facilitator")
    missions.update_agenda_item(loaded.agenda[0].id, AgendaInput(day, "Theirs"))
    from mercator_desktop.domain.errors import EditConflictError

    with pytest.raises(EditConflictError) as caught:
        missions.save_changes(loaded.id, _changes(
            loaded, team=[(TeamAssignment(amara.id, "lead"),
                           TeamAssignment(amara.id, "observer"))],
            agenda=[(loaded.agenda[0], replace(loaded.agenda[0], activity="Mine"))]))
    assert [(c.field, c.item) for c in caught.value.conflicts] == [
        ("team", amara.id), ("agenda", loaded.agenda[0].id)]


def test_executive_summary_is_kept_and_not_duplicated(missions) -> None:  # type: ignore[no-untyped-def]
    """The key conclusions are a mission's own: stored and read back as written (a long,
    several-paragraph text), changed by an update, and left empty on a duplicate."""
    summary = ("The administration has a code of conduct and a declaration of assets.\n\n"
               + "Rotation of staff in sensitive posts is not applied. " * 60)
    made = missions.create(MissionInput(
        code="JM-2030-INTD-01", title="Integrity diagnostic", type_code="integrity_diagnostic",
        status_code="requested", country_iso2="JM", executive_summary=summary))
    assert missions.get(made.id).executive_summary == summary
    data = missions.get(made.id).to_input()
    data.executive_summary = "Revised conclusions."
    missions.update(made.id, data)
    assert missions.get(made.id).executive_summary == "Revised conclusions."
    assert missions.duplicate_input(made.id).executive_summary == ""
