"""A laptop restored from one of its own backups (``services.backups``) tells HQ it was
restored: it syncs as a new device, and the work sent to HQ after the backup comes back,
beside what was written after the restore. Real HQ on 127.0.0.1."""

from __future__ import annotations

from sqlalchemy import select

from mercator_desktop.paths import DataPaths
from mercator_desktop.services import backups

from . import data
from .test_trust import TEAM, _models, laptop  # noqa: F401  (the fixture)


def test_work_sent_after_the_backup_comes_back_from_hq(hq, laptop, tmp_path):  # noqa: F811
    alice = laptop("alice", hq)
    mission_id = alice.new_mission("JM-2041-BK-01", TEAM)
    alice.sync()
    made = backups.create(alice.store)
    data.edit(alice.store, _models().Mission, mission_id, title="Edited after the backup")
    later_id = alice.new_mission("JM-2041-BK-02", TEAM)
    assert alice.sync().sent >= 2

    alice.close()
    backups.restore(DataPaths(alice.folder), made.id)
    alice = alice.reopen()
    assert alice.store.identity is not None and alice.store.identity.reidentified
    assert alice.mission(mission_id).title == "Mission JM-2041-BK-01"  # the backup's
    with alice.store.sessions() as session:
        assert session.scalar(select(_models().Mission).where(
            _models().Mission.id == later_id)) is None
    data.edit(alice.store, _models().Mission, mission_id, objectives="Written after restore")

    outcome = alice.sync()
    assert outcome.new_identity  # announced: a restored store
    mission = alice.mission(mission_id)
    assert mission.title == "Edited after the backup"  # came back from HQ
    assert mission.objectives == "Written after restore"  # and nothing of today was lost
    assert alice.mission(later_id).code == "JM-2041-BK-02"
