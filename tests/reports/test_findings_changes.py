"""Changing the findings, recommendations and action plan after they were added: update with
the same checks as adding (nothing stored on a bad value), move to the trash and restore
(never deleted), store the order the person gave, and correct a progress update."""

from __future__ import annotations

from datetime import date

import pytest

from mercator_desktop.domain.errors import NotFoundError, ValidationError
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.findings import (
    ActionItemInput,
    FindingInput,
    FindingService,
    ProgressInput,
    RecommendationInput,
)


@pytest.fixture
def mission_id(missions) -> str:  # type: ignore[no-untyped-def]
    return missions.create(MissionInput(
        code="JM-2030-IA-01", title="Integrity assessment", type_code="integrity_assessment",
        status_code="planned", country_iso2="JM")).id


@pytest.fixture
def service(store) -> FindingService:  # type: ignore[no-untyped-def]
    return FindingService(store)


def test_a_finding_is_updated_and_keeps_its_place(service, mission_id):
    first = service.add_finding(mission_id, FindingInput("gap", "No strategy"))
    second = service.add_finding(mission_id, FindingInput("gap", "No rotation"))
    changed = service.update_finding(first.id, FindingInput(
        "strength", " Strategy drafted ", "arusha", "leadership_commitment"))
    assert (changed.kind, changed.text, changed.link_kind, changed.link_code,
            changed.position) == ("strength", "Strategy drafted", "arusha",
                                  "leadership_commitment", 0)
    assert [f.id for f in service.findings(mission_id)] == [first.id, second.id]
    # Clearing the code clears the kind of link too.
    cleared = service.update_finding(first.id, FindingInput("strength", "x", "arusha", ""))
    assert (cleared.link_kind, cleared.link_code) == (None, None)


@pytest.mark.parametrize(("data", "field"), [
    (FindingInput("weakness", "x"), "kind"),
    (FindingInput("gap", " "), "text"),
    (FindingInput("gap", "x", "geoat", "p99"), "link_code"),
])
def test_a_bad_update_names_the_field_and_changes_nothing(service, mission_id, data, field):
    finding = service.add_finding(mission_id, FindingInput("gap", "No strategy"))
    with pytest.raises(ValidationError) as caught:
        service.update_finding(finding.id, data)
    assert caught.value.for_field(field)
    assert service.findings(mission_id) == [finding]


def test_trash_and_restore_keep_the_links(service, mission_id):
    finding = service.add_finding(mission_id, FindingInput("gap", "No strategy"))
    rec = service.add_recommendation(mission_id, RecommendationInput("Adopt one", "high",
                                                                     finding.id))
    service.trash_finding(finding.id)
    assert service.findings(mission_id) == []
    assert [f.id for f in service.findings(mission_id, trash=True)] == [finding.id]
    assert service.recommendations(mission_id)[0].finding_id == finding.id
    with pytest.raises(NotFoundError):
        service.trash_finding(finding.id)
    with pytest.raises(NotFoundError):
        service.update_finding(finding.id, FindingInput("gap", "x"))
    service.restore_finding(finding.id)
    assert [f.id for f in service.findings(mission_id)] == [finding.id]
    with pytest.raises(NotFoundError):
        service.restore_finding(finding.id)
    service.trash_recommendation(rec.id)
    assert service.recommendations(mission_id) == []
    service.restore_recommendation(rec.id)
    assert service.recommendations(mission_id) == [rec]


def test_restore_needs_the_mission_out_of_the_trash(service, missions, mission_id):
    finding = service.add_finding(mission_id, FindingInput("gap", "No strategy"))
    service.trash_finding(finding.id)
    missions.trash(mission_id)
    with pytest.raises(ValidationError) as caught:
        service.restore_finding(finding.id)
    assert caught.value.for_field("mission")


def test_reorder_stores_the_order_given(service, mission_id):
    ids = [service.add_finding(mission_id, FindingInput("gap", t)).id for t in "abc"]
    service.reorder_findings(mission_id, [ids[2], ids[0], ids[1]])
    assert [f.text for f in service.findings(mission_id)] == ["c", "a", "b"]
    recs = [service.add_recommendation(mission_id, RecommendationInput(t)).id for t in "xy"]
    service.reorder_recommendations(mission_id, recs[::-1])
    assert [r.text for r in service.recommendations(mission_id)] == ["y", "x"]
    acts = [service.add_action(mission_id, ActionItemInput(t)).id for t in "pq"]
    service.reorder_actions(mission_id, acts[::-1])
    assert [a.activity for a in service.actions(mission_id)] == ["q", "p"]


@pytest.mark.parametrize("order", [[], ["nope"], "twice"])
def test_reorder_refuses_a_stale_list(service, mission_id, order):
    ids = [service.add_finding(mission_id, FindingInput("gap", t)).id for t in "ab"]
    if order == "twice":
        order = [ids[0], ids[0], ids[1]]
    with pytest.raises(ValidationError) as caught:
        service.reorder_findings(mission_id, order)
    assert caught.value.for_field("order")
    assert [f.id for f in service.findings(mission_id)] == ids


def test_an_action_item_is_updated_and_its_progress_corrected(service, mission_id):
    rec = service.add_recommendation(mission_id, RecommendationInput("Rotate staff"))
    action = service.add_action(mission_id, ActionItemInput("Map posts"))
    with_progress = service.add_progress(action.id, ProgressInput(
        date(2024, 1, 10), "in_progress", 30, "Started"))
    changed = service.update_action(action.id, ActionItemInput(
        activity="Map vulnerable posts", objective="Posts rotate", responsible_unit="HRM",
        timeframe="short", due_date=date(2031, 3, 31), indicator="Share rotated",
        status="in_progress", recommendation_id=rec.id))
    assert (changed.activity, changed.objective, changed.responsible_unit, changed.timeframe,
            changed.due_date, changed.indicator, changed.recommendation_id) == (
        "Map vulnerable posts", "Posts rotate", "HRM", "short", date(2031, 3, 31),
        "Share rotated", rec.id)
    assert changed.progress == with_progress.progress
    with pytest.raises(ValidationError) as caught:
        service.update_action(action.id, ActionItemInput("x", timeframe="soon"))
    assert caught.value.for_field("timeframe")
    corrected = service.trash_progress(with_progress.progress[0].id)
    assert corrected.progress == () and corrected.status == "in_progress"
    with pytest.raises(NotFoundError):
        service.trash_progress(with_progress.progress[0].id)
    service.trash_action(action.id)
    assert service.actions(mission_id) == []
    assert [a.id for a in service.actions(mission_id, trash=True)] == [action.id]
    service.restore_action(action.id)
    assert [a.id for a in service.actions(mission_id)] == [action.id]


def test_a_bad_recommendation_update_changes_nothing(service, mission_id):
    rec = service.add_recommendation(mission_id, RecommendationInput("Rotate staff"))
    with pytest.raises(ValidationError) as caught:
        service.update_recommendation(rec.id, RecommendationInput("x", "urgent"))
    assert caught.value.for_field("priority")
    assert service.recommendations(mission_id) == [rec]
