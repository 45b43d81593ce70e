"""A pull never sends a device back the versions it made itself and had confirmed — and
still sends them to a data folder put back from a copy, which has lost them."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import update

from mercator_desktop.storage import models as m

from . import data
from .test_trust import TEAM, Laptop, copy_folder, laptop  # noqa: F401 - the fixture


class PulledBytes:
    """A ``transport_factory`` that counts the bytes of HQ's answers to pulls."""

    def __init__(self) -> None:
        self.bytes = 0
        self.pages = 0

    def __call__(self, url: str, token: str | None) -> Any:
        from mercator_desktop.sync.transport import Transport

        def count(response: httpx.Response) -> None:
            if response.request.url.path.endswith("/pull"):
                response.read()
                self.bytes += len(response.content)
                self.pages += 1

        return Transport(url, token, client=httpx.Client(
            timeout=60, event_hooks={"response": [count]}))


def _counted(device: Laptop) -> PulledBytes:
    counter = PulledBytes()
    device.sync_service._transport_factory = counter
    return counter


def test_after_a_push_only_the_others_changes_come_back(hq, laptop):  # noqa: F811
    alice = laptop("alice", hq)
    bob = laptop("bob", hq)
    mission_id = alice.new_mission("JM-2041-OWN-01", TEAM)
    _assessment_id, answers = data.assessment(alice.store, mission_id, 403)
    alice.sync()
    bob.sync()

    with alice.store.session() as session:  # 400 edits on Alice's laptop
        session.execute(update(m.Answer).where(m.Answer.id.in_(answers[:400]))
                        .values(note="seen on site", revision=m.Answer.revision + 1))
    for answer_id in answers[400:]:  # and three others on Bob's
        data.edit(bob.store, m.Answer, answer_id, value="Bob's value")
    bob.sync()

    counter = _counted(alice)
    outcome = alice.sync()
    assert outcome.sent == 400
    assert outcome.received == 3  # Bob's three, none of her own 400
    assert counter.bytes < 6_000, counter.bytes
    bob.sync()
    assert data.mission_snapshot(alice.store, mission_id) == \
        data.mission_snapshot(bob.store, mission_id)
    on_alice = data.mission_snapshot(alice.store, mission_id)["answers"]
    assert {on_alice[a][1]["value"] for a in answers[400:]} == {"Bob's value"}
    assert {on_alice[a][1]["note"] for a in answers[:400]} == {"seen on site"}

    # the next sync has nothing to bring back either
    again = alice.sync()
    assert (again.sent, again.received) == (0, 0)


def test_a_folder_put_back_with_its_identity_gets_its_lost_changes_back(
        hq, laptop, tmp_path: Path):  # noqa: F811
    from mercator_desktop.services.identity import sidecar_path

    alice = laptop("alice", hq)
    mission_id = alice.new_mission("JM-2041-OWN-02", TEAM)
    alice.sync()
    # a backup of the whole computer: the data folder and the state folder together, so
    # the folder keeps its device id when put back
    sidecar = sidecar_path(alice.folder / "mercator.sqlite")
    kept_sidecar = sidecar.read_bytes()
    copy_folder(alice, tmp_path / "backup")
    alice = alice.reopen()
    before = alice.sync_service.store.get_setting("sync.device_id")
    data.edit(alice.store, m.Mission, mission_id, title="Lost with the disk")
    alice.sync()

    alice.close()
    shutil.rmtree(alice.folder)
    shutil.copytree(tmp_path / "backup", alice.folder)
    sidecar.write_bytes(kept_sidecar)
    alice = alice.reopen()
    assert alice.sync_service.store.get_setting("sync.device_id") == before
    outcome = alice.sync()
    assert outcome.received >= 1
    assert alice.mission(mission_id).title == "Lost with the disk"
