"""Access control at HQ, with two experts and one HQ user: nobody reads or writes what is
not theirs, and nothing of it shows through pulls, rejections or an empty answer."""

from __future__ import annotations

import uuid

import pytest

from mercator_desktop.sync.protocol import Change, LoginRequest, PushRequest
from mercator_desktop.sync.transport import AuthError, Transport

from . import data
from .conftest import EXPERT_A, EXPERT_B, PASSWORD

ALICE_TEAM = {EXPERT_A: "Alice Expert"}
BOB_TEAM = {EXPERT_B: "Bob Expert"}


def signed_in(hq, user: str, password: str = PASSWORD) -> Transport:
    with Transport(hq.url) as anonymous:
        token = anonymous.login(LoginRequest(user=user, password=password,
                                             device_id=f"raw-{user}")).token
    return Transport(hq.url, token)


def pull_all(transport: Transport) -> tuple[list, str | None]:
    records, cursor = [], None
    while True:
        page = transport.pull(cursor, 1000)
        records += page.changes
        cursor = page.cursor
        if not page.more:
            return records, cursor


@pytest.fixture(scope="module")
def world(hq, tmp_path_factory, blank_store):
    """Alice's mission (with everything under it) and Bob's mission, both at HQ."""
    import shutil

    from .conftest import Device

    folder = tmp_path_factory.mktemp("world")
    devices = []
    for user, team, code in (("alice", ALICE_TEAM, "JM-2032-A"), ("bob", BOB_TEAM, "JM-2032-B")):
        (folder / user).mkdir()
        shutil.copyfile(blank_store, folder / user / "mercator.sqlite")
        device = Device(folder / user, user)
        device.login(hq, user)
        mission_id = data.mission(device.store, code, team)
        _, answers = data.assessment(device.store, mission_id, 3)
        data.evidence(device.store, answers[0])
        device.sync()
        devices.append((device, mission_id, answers))
    yield {"alice": devices[0], "bob": devices[1]}
    for device, _, _ in devices:
        device.close()


def scopes_seen(records, world) -> set[str]:
    ids = {r.id for r in records}
    return {name for name, (_, mission_id, answers) in world.items()
            if mission_id in ids or ids & set(answers)}


def test_each_expert_pulls_only_his_or_her_missions_and_hq_pulls_all(hq, world):
    for user, expected in (("alice", {"alice"}), ("bob", {"bob"}),
                           ("chief", {"alice", "bob"})):
        with signed_in(hq, user) as transport:
            records, _ = pull_all(transport)
        assert scopes_seen(records, world) == expected, user
        if user == "bob":  # nothing under Alice's mission either
            alice_mission = world["alice"][1]
            assert not [r for r in records if alice_mission in r.fields.values()]


def test_writes_outside_ones_missions_are_refused_like_missing_records(hq, world):
    _, alice_mission, alice_answers = world["alice"]
    with signed_in(hq, "chief") as chief:
        records, _ = pull_all(chief)
    alice_assessment = next(r for r in records if r.record_type == "assessments"
                            and r.fields["mission_id"] == alice_mission)
    alice_expert = next(r for r in records if r.record_type == "experts" and r.id == EXPERT_A)

    def change(record_type, record_id, fields, base=0):
        return Change(change_id=uuid.uuid4().hex, record_type=record_type, id=record_id,
                      base_revision=base, fields=fields)

    answer = {"question_id": "q9", "value": 1, "not_applicable": False, "note": ""}
    attempts = [
        change("missions", alice_mission, {"title": "taken over"}, base=1),
        change("answers", str(uuid.uuid4()), {**answer, "assessment_id": alice_assessment.id}),
        change("answers", str(uuid.uuid4()), {**answer, "assessment_id": str(uuid.uuid4())}),
        change("evidence", str(uuid.uuid4()), {"answer_id": alice_answers[0],
                                                "original_name": "x", "media_type": "",
                                                "note": ""}),
        change("experts", EXPERT_A, {"name": "Renamed by Bob"}, base=alice_expert.revision),
    ]
    with signed_in(hq, "bob") as bob:
        results = bob.push(PushRequest(batch_id=uuid.uuid4().hex, device_id="raw-bob",
                                       changes=attempts)).results
    assert {r.status for r in results} == {"rejected"}
    assert len({(r.reason, r.reason_code) for r in results}) == 1  # one answer for all
    assert all(r.server is None and r.revision is None for r in results)

    with signed_in(hq, "chief") as chief:
        after, _ = pull_all(chief)
        title = next(r for r in after if r.id == alice_mission).fields["title"]
        assert title == "Mission JM-2032-A"
        assert next(r for r in after if r.id == EXPERT_A).fields["name"] == "Alice Expert"
        # HQ may change it
        mission = next(r for r in after if r.id == alice_mission)
        [result] = chief.push(PushRequest(batch_id=uuid.uuid4().hex, device_id="raw-chief",
                                          changes=[change("missions", alice_mission,
                                                          {"objectives": "from HQ"},
                                                          base=mission.revision)])).results
        assert result.status == "applied"


def test_an_empty_pull_looks_the_same_whatever_others_do(hq, world):
    alice_device, alice_mission, alice_answers = world["alice"]
    with signed_in(hq, "bob") as bob:
        _, cursor = pull_all(bob)
        before = bob.pull(cursor, 1000)
        data.edit(alice_device.store, data.m.Answer, alice_answers[1], value="busy")
        data.assessment(alice_device.store, alice_mission, 5)
        assert alice_device.sync().sent >= 6
        after = bob.pull(cursor, 1000)
    assert before.changes == after.changes == []
    assert before.model_dump() == after.model_dump()  # same cursor: no count leaks


def test_sessions_end_with_logout_and_a_disabled_user(hq):
    hq.add_user("carol", "expert")
    with Transport(hq.url) as anonymous:
        with pytest.raises(AuthError, match="wrong user name or password"):
            anonymous.login(LoginRequest(user="carol", password="nope", device_id="d"))
        with pytest.raises(AuthError, match="wrong user name or password"):
            anonymous.login(LoginRequest(user="nobody", password="nope", device_id="d"))
        with pytest.raises(AuthError):
            anonymous.pull(None, 10)
    carol = signed_in(hq, "carol")
    carol.pull(None, 10)
    carol.logout()
    with pytest.raises(AuthError):
        carol.pull(None, 10)
    carol.close()
    carol = signed_in(hq, "carol")
    hq.manage("users", "disable", "carol")
    with pytest.raises(AuthError):
        carol.pull(None, 10)
    with Transport(hq.url) as anonymous, pytest.raises(AuthError):
        anonymous.login(LoginRequest(user="carol", password=PASSWORD, device_id="d"))
    carol.close()
