"""What a sync pull brings is found by the global search on the other laptop at once, and
what it changes or deletes is found no more: the search index is kept by triggers, which
follow the pull's writes as they follow the editor's (the real HQ service on 127.0.0.1)."""

from __future__ import annotations

from datetime import date

from mercator_desktop.services.dto import MissionInput, TeamAssignment
from mercator_desktop.services.findings import FindingInput, FindingService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.search import SearchService

from . import data
from .conftest import EXPERT_A


def places(store, query):  # type: ignore[no-untyped-def]
    return {(g.code, h.kind, h.field) for g in SearchService(store).search(query)
            for h in g.hits}


def test_pulled_records_are_found_and_pulled_changes_followed(hq, make_device):
    laptop, other = make_device("alice"), make_device("alice")
    laptop.login(hq, "alice")
    other.login(hq, "alice")
    data.ensure_expert(laptop.store, EXPERT_A, "Alice Expert")
    missions = MissionService(laptop.store)
    mission = missions.create(MissionInput(
        code="JM-2036-SRCH-01", title="Integrity diagnostic", type_code="integrity_diagnostic",
        status_code="planned", country_iso2="JM", start_date=date(2036, 3, 3),
        end_date=date(2036, 3, 7), location="Port Antonio",
        team=[TeamAssignment(EXPERT_A, "lead")]))
    finding = FindingService(laptop.store).add_finding(
        mission.id, FindingInput("gap", "Declarations of assets not verified"))
    laptop.sync()
    other.sync()
    assert places(other.store, "antonio") == {("JM-2036-SRCH-01", "mission", "location")}
    assert places(other.store, "declarations verified") == {
        ("JM-2036-SRCH-01", "finding", "text")}

    changed = missions.get(mission.id).to_input()
    changed.location = "Savanna-la-Mar"
    missions.update(mission.id, changed)
    FindingService(laptop.store).trash_finding(finding.id)
    laptop.sync()
    other.sync()
    assert places(other.store, "antonio") == set()
    assert places(other.store, "savanna") == {("JM-2036-SRCH-01", "mission", "location")}
    assert places(other.store, "declarations") == set()
