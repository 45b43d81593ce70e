"""The demonstration data loads, holds the real missions, and loading twice adds nothing."""

from __future__ import annotations

from datetime import date

from mercator_desktop.services.demo import load_demo
from mercator_desktop.services.missions import MissionService


def test_demo_holds_the_real_missions_and_is_idempotent(store):
    first = load_demo(store)
    assert first.missions_added >= 20 and first.experts_added >= 8
    service = MissionService(store)
    by_code = {m.code: m for m in service.list()}
    second = load_demo(store)
    assert not second.anything_added
    assert len(service.list()) == len(by_code)

    def find(country, mission_type, year, month):
        return [m for m in by_code.values() if m.country_iso2 == country
                and m.type_code == mission_type and m.start_date
                and (m.start_date.year, m.start_date.month) == (year, month)]

    assert find("BM", "integrity_assessment", 2018, 7)
    assert find("MU", "support_mission", 2018, 9)
    assert find("BS", "integrity_self_assessment", 2018, 11)
    [jamaica] = find("JM", "integrity_diagnostic", 2019, 3)
    assert (jamaica.start_date, jamaica.end_date) == (date(2019, 3, 25), date(2019, 3, 29))
    assert find("KZ", "integrity_diagnostic", 2019, 3)[0].region_code == "EUR"
    assert find("MU", "geoat_assessment", 2019, 5)
    detail = service.get(jamaica.id)
    assert detail.lead_expert and detail.agenda and detail.participants_total == 23
    assert any(m.status_code in ("requested", "approved", "planned") for m in by_code.values())


def test_demo_has_no_double_bookings_and_every_active_mission_a_lead(demo_store):
    service = MissionService(demo_store)
    assert service.double_bookings() == []
    for summary in service.list():
        if summary.status_code not in ("requested", "approved", "planned", "cancelled"):
            assert summary.lead_expert, summary.code


def test_demo_keeps_user_changes(store):
    load_demo(store)
    service = MissionService(store)
    mission = service.list()[0]
    data = service.get(mission.id).to_input()
    data.title = "Changed by the expert"
    service.update(mission.id, data)
    load_demo(store)
    assert service.get(mission.id).title == "Changed by the expert"
