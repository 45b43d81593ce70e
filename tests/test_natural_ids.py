"""Team members and mission links take the id of their natural key, so every device names
them alike; one removed and added again comes back as the same record, not a second one."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from mercator_desktop.services.dto import ExpertInput, MissionInput, TeamAssignment
from mercator_desktop.storage.base import natural_id
from mercator_desktop.storage.models import MissionLink, TeamMember


def _mission(missions, experts, **changes):  # type: ignore[no-untyped-def]
    ana = experts.create(ExpertInput(name="Ana Expert")).id
    ben = experts.create(ExpertInput(name="Ben Expert")).id
    data = MissionInput(code="JM-2032-IA-01", title="Integrity assessment",
                        type_code="integrity_assessment", status_code="planned",
                        country_iso2="JM", start_date=date(2032, 3, 1),
                        end_date=date(2032, 3, 5),
                        team=[TeamAssignment(ana, "lead"), TeamAssignment(ben, "co_facilitator")],
                        links={"tfa": ["7.4"]}, **changes)
    return missions.create(data), ana, ben


def _team(store, mission_id):  # type: ignore[no-untyped-def]
    with store.sessions() as session:
        return {(m.id, m.expert_id, m.role, m.deleted) for m in session.scalars(
            select(TeamMember).where(TeamMember.mission_id == mission_id))}


def test_team_members_and_links_have_natural_ids(store, missions, experts):
    mission, ana, ben = _mission(missions, experts)
    assert _team(store, mission.id) == {
        (natural_id("team_member", mission.id, ana), ana, "lead", False),
        (natural_id("team_member", mission.id, ben), ben, "co_facilitator", False)}
    with store.sessions() as session:
        [link] = session.scalars(select(MissionLink).where(
            MissionLink.mission_id == mission.id)).all()
    assert link.id == natural_id("mission_link", mission.id, "tfa", "7.4")


def test_a_team_member_removed_and_added_again_is_the_same_record(store, missions, experts):
    mission, ana, ben = _mission(missions, experts)
    data = missions.get(mission.id).to_input()
    data.team = [TeamAssignment(ana, "lead")]
    missions.update(mission.id, data)
    ben_id = natural_id("team_member", mission.id, ben)
    assert (ben_id, ben, "co_facilitator", True) in _team(store, mission.id)

    data.team = [TeamAssignment(ana, "lead"), TeamAssignment(ben, "observer")]
    detail = missions.update(mission.id, data)
    assert _team(store, mission.id) == {
        (natural_id("team_member", mission.id, ana), ana, "lead", False),
        (ben_id, ben, "observer", False)}
    assert {(t.expert_id, t.role) for t in detail.team} == {(ana, "lead"), (ben, "observer")}


def test_a_link_removed_and_added_again_is_the_same_record(store, missions, experts):
    mission, _ana, _ben = _mission(missions, experts)
    data = missions.get(mission.id).to_input()
    data.links = {"tfa": []}
    missions.update(mission.id, data)
    data.links = {"tfa": ["7.4"]}
    missions.update(mission.id, data)
    with store.sessions() as session:
        rows = [(r.id, r.deleted) for r in session.scalars(select(MissionLink).where(
            MissionLink.mission_id == mission.id))]
    assert rows == [(natural_id("mission_link", mission.id, "tfa", "7.4"), False)]
