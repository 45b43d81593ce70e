"""Findings, recommendations and action items: create and list, typed validation errors that
name the field (nothing stored), progress updates, and the idempotent demo loader."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mercator_desktop.domain.errors import NotFoundError, ValidationError
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.findings import (
    ActionItemInput,
    FindingInput,
    FindingService,
    ProgressInput,
    RecommendationInput,
    load_demo_findings,
)


@pytest.fixture
def mission_id(missions) -> str:  # type: ignore[no-untyped-def]
    return missions.create(MissionInput(
        code="JM-2030-IA-01", title="Integrity assessment", type_code="integrity_assessment",
        status_code="planned", country_iso2="JM")).id


@pytest.fixture
def other_mission_id(missions) -> str:  # type: ignore[no-untyped-def]
    return missions.create(MissionInput(
        code="BS-2030-IA-01", title="Other", type_code="workshop", status_code="planned",
        country_iso2="BS")).id


@pytest.fixture
def service(store) -> FindingService:  # type: ignore[no-untyped-def]
    return FindingService(store)


def test_findings_are_created_in_order_and_listed(service, mission_id):
    first = service.add_finding(mission_id, FindingInput("gap", " No strategy ", "arusha",
                                                          "leadership_commitment"))
    second = service.add_finding(mission_id, FindingInput("strength", "Automated", "tfa", "7.4"))
    listed = service.findings(mission_id)
    assert [f.id for f in listed] == [first.id, second.id]
    assert (listed[0].text, listed[0].kind, listed[0].link_kind, listed[0].link_code,
            listed[0].position) == ("No strategy", "gap", "arusha", "leadership_commitment", 0)
    assert listed[1].position == 1


@pytest.mark.parametrize(("data", "field"), [
    (FindingInput("weakness", "x"), "kind"),
    (FindingInput("gap", "   "), "text"),
    (FindingInput("gap", "x", "arusha", "no_such_factor"), "link_code"),
    (FindingInput("gap", "x", "kyoto", "1"), "link_kind"),
    (FindingInput("gap", "x", assessment_id="nope"), "assessment"),
])
def test_bad_findings_name_the_field_and_store_nothing(service, mission_id, data, field):
    with pytest.raises(ValidationError) as caught:
        service.add_finding(mission_id, data)
    assert caught.value.for_field(field)
    assert service.findings(mission_id) == []


def test_unknown_mission_is_refused(service):
    with pytest.raises(ValidationError) as caught:
        service.add_finding("no-such-id", FindingInput("gap", "x"))
    assert caught.value.for_field("mission")


def test_recommendations_link_to_findings_of_the_same_mission_only(
        service, mission_id, other_mission_id):
    finding = service.add_finding(mission_id, FindingInput("gap", "No rotation"))
    rec = service.add_recommendation(mission_id, RecommendationInput("Rotate", "high",
                                                                     finding.id))
    assert service.recommendations(mission_id) == [rec]
    assert (rec.priority, rec.finding_id) == ("high", finding.id)
    with pytest.raises(ValidationError) as caught:
        service.add_recommendation(other_mission_id, RecommendationInput("x", "low", finding.id))
    assert caught.value.for_field("finding")
    with pytest.raises(ValidationError) as caught:
        service.add_recommendation(mission_id, RecommendationInput("x", "urgent"))
    assert caught.value.for_field("priority")
    assert service.recommendations(other_mission_id) == []
    assert len(service.recommendations(mission_id)) == 1


def test_action_items_with_progress_take_the_latest_status(service, mission_id):
    rec = service.add_recommendation(mission_id, RecommendationInput("Rotate"))
    action = service.add_action(mission_id, ActionItemInput(
        activity="Map posts", objective="Posts rotate", responsible_unit="HR",
        timeframe="short", due_date=date(2030, 6, 30), indicator="Share rotated",
        recommendation_id=rec.id))
    assert action.status == "not_started" and action.progress == ()
    today = date.today()
    service.add_progress(action.id, ProgressInput(today - timedelta(days=30), "in_progress", 40))
    after = service.add_progress(action.id, ProgressInput(today - timedelta(days=60),
                                                          "not_started", 0, "older"))
    assert after.status == "in_progress"  # an older update does not override a newer one
    listed = service.actions(mission_id)
    assert len(listed) == 1
    assert [p.percent_done for p in listed[0].progress] == [0, 40]  # oldest first
    assert listed[0].recommendation_id == rec.id


@pytest.mark.parametrize(("data", "field"), [
    (ActionItemInput(activity=""), "activity"),
    (ActionItemInput(activity="x", timeframe="soon"), "timeframe"),
    (ActionItemInput(activity="x", status="finished"), "status"),
    (ActionItemInput(activity="x", recommendation_id="nope"), "recommendation"),
    (ActionItemInput(activity="x", responsible_unit="u" * 201), "responsible_unit"),
])
def test_bad_action_items_name_the_field(service, mission_id, data, field):
    with pytest.raises(ValidationError) as caught:
        service.add_action(mission_id, data)
    assert caught.value.for_field(field)
    assert service.actions(mission_id) == []


@pytest.mark.parametrize(("data", "field"), [
    (ProgressInput(date(2020, 1, 1), "in_progress", 140), "percent_done"),
    (ProgressInput(date(2020, 1, 1), "halfway"), "status"),
    (ProgressInput(date.today() + timedelta(days=3), "done", 100), "reported_on"),
])
def test_bad_progress_names_the_field_and_changes_nothing(service, mission_id, data, field):
    action = service.add_action(mission_id, ActionItemInput(activity="x"))
    with pytest.raises(ValidationError) as caught:
        service.add_progress(action.id, data)
    assert caught.value.for_field(field)
    assert service.actions(mission_id)[0].progress == ()
    assert service.actions(mission_id)[0].status == "not_started"


def test_progress_on_a_missing_action(service):
    with pytest.raises(NotFoundError):
        service.add_progress("nope", ProgressInput(date(2020, 1, 1), "done"))


def test_demo_findings_are_added_once(store):
    from mercator_desktop.services.demo import demo_id, load_demo

    load_demo(store)  # loads the findings too
    assert load_demo_findings(store) == 0
    demo_store = store
    service = FindingService(demo_store)
    jamaica = demo_id("mission", "JM-2019-INTD-01")
    assert len(service.findings(jamaica)) == 6
    assert [r.priority for r in service.recommendations(jamaica)][:2] == ["high", "high"]
    actions = service.actions(jamaica)
    assert actions[0].status == "done" and len(actions[0].progress) == 2
    assert all(a.recommendation_id for a in actions)


def test_demo_findings_skip_missions_that_are_not_there(store):
    assert load_demo_findings(store) == 0
