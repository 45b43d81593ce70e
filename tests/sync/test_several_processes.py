"""Several HQ processes on one PostgreSQL database: no pull cursor ever steps over a change
that commits late, and every device ends with every change.

Runs only with ``MERCATOR_TEST_PG_URL`` (CI starts PostgreSQL). The first test holds one
push open at HQ and shows that a second push, on another connection as another worker would
use, waits for it and that a pull made meanwhile cannot move its cursor past the first one's
numbers. The second drives four real devices against two real HQ processes (one of them
with two uvicorn workers) pushing and pulling at the same time.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from mercator_desktop.storage import models as m

from . import data
from .conftest import EXPERT_A, PASSWORD, Device
from .hqproc import PG_ENV, HQProcess, fresh_database

needs_postgresql = pytest.mark.skipif(not os.environ.get(PG_ENV),
                                      reason=f"set {PG_ENV} to run against PostgreSQL")


def _answer_change(assessment_id: str, question: str, value: str) -> object:
    from mercator_desktop.storage.base import natural_id
    from mercator_desktop.sync.protocol import Change

    answer_id = natural_id("answer", assessment_id, question)
    return Change(change_id=f"test:{uuid.uuid4().hex}", record_type="answers", id=answer_id,
                  base_revision=0, deleted=False,
                  fields={"assessment_id": assessment_id, "question_id": question,
                          "value": value, "note": "", "not_applicable": False})


def _push(session: Session, who: object, changes: list[object]) -> object:
    from mercator_desktop.hq import service
    from mercator_desktop.sync.protocol import PushRequest

    return service.push(session, who, PushRequest(  # type: ignore[arg-type]
        batch_id=uuid.uuid4().hex, device_id=f"device-{uuid.uuid4().hex[:6]}",
        changes=changes, service_id="", known_seq=0))  # type: ignore[arg-type]


@needs_postgresql
def test_a_second_push_waits_for_the_first_and_no_pull_skips_it(tmp_path):
    from mercator_desktop.hq import auth, service
    from mercator_desktop.hq.db import open_database
    from mercator_desktop.sync.protocol import Change

    url = fresh_database("postgresql", tmp_path)
    engine, sessions = open_database(url)
    try:
        with sessions.begin() as session:
            user = auth.add_user(session, "chief", "hq", PASSWORD)
            who = auth.Principal(user_id=user.id, name="chief", role="hq", expert_id=None,
                                 token_id=0)
        mission = str(uuid.uuid4())
        assessment = str(uuid.uuid4())
        with sessions.begin() as session:
            made = _push(session, who, [
                Change(change_id=f"test:{mission}", record_type="missions", id=mission,
                       base_revision=0, deleted=False,
                       fields={"code": "JM-2031-GAP-01", "title": "Gap", "type_code":
                               "workshop", "status_code": "requested",
                               "country_iso2": "JM", "topics": [], "location": "",
                               "is_remote": False, "request_reference": "",
                               "objectives": "", "logistics_notes": "",
                               "executive_summary": ""}),
                Change(change_id=f"test:{assessment}", record_type="assessments",
                       id=assessment, base_revision=0, deleted=False,
                       fields={"mission_id": mission, "template_id": "geoat",
                               "template_version": "1", "title": "", "group_name": "",
                               "language": "en", "status": "draft",
                               "validated_by": ""})])
        assert [r.status for r in made.results] == ["applied"] * 2, made  # type: ignore[attr-defined]
        with Session(engine.execution_options(isolation_level="REPEATABLE READ")) as s:
            start = service.pull(s, who, None, 1000)
        assert len(start.changes) == 2

        first = sessions()
        first.begin()
        pushed = _push(first, who, [_answer_change(assessment, f"a{i}", "first")
                                    for i in range(5)])
        assert {r.status for r in pushed.results} == {"applied"}  # type: ignore[attr-defined]
        first_pid = first.execute(text("SELECT pg_backend_pid()")).scalar()

        second_pid: list[int] = []
        second_done = threading.Event()

        def second_push() -> None:
            with sessions.begin() as session:
                second_pid.append(session.execute(text("SELECT pg_backend_pid()")).scalar())
                _push(session, who, [_answer_change(assessment, f"b{i}", "second")
                                     for i in range(5)])
            second_done.set()

        worker = threading.Thread(target=second_push)
        worker.start()
        # the second push is waiting for a lock held by the first (not for a clock)
        with engine.connect() as watch:
            for _ in range(600):
                if second_pid and watch.execute(text(
                        "SELECT pg_blocking_pids(:pid)"), {"pid": second_pid[0]}
                        ).scalar() == [first_pid]:
                    break
                time.sleep(0.05)
            else:
                pytest.fail("the second push did not wait for the first")
        assert not second_done.is_set()

        with Session(engine.execution_options(isolation_level="REPEATABLE READ")) as s:
            meanwhile = service.pull(s, who, start.cursor, 1000)
        assert meanwhile.changes == []  # nothing committed yet: the cursor stays put

        first.commit()
        first.close()
        worker.join(60)
        assert second_done.is_set()
        with Session(engine.execution_options(isolation_level="REPEATABLE READ")) as s:
            after = service.pull(s, who, meanwhile.cursor, 1000)
        got = sorted(r.fields["question_id"] for r in after.changes)
        assert got == [f"a{i}" for i in range(5)] + [f"b{i}" for i in range(5)]
        seqs = [r.seq for r in after.changes]
        assert seqs == sorted(seqs) and len(set(seqs)) == 10
    finally:
        engine.dispose()


ROUNDS = 6
PER_ROUND = 15


@needs_postgresql
def test_four_devices_on_two_hq_processes_end_with_every_change(tmp_path, blank_store):
    url = fresh_database("postgresql", tmp_path)
    first = HQProcess(url, tmp_path)
    first.add_user("alice", "expert", expert=EXPERT_A)
    second = HQProcess(url, tmp_path)
    devices: list[Device] = []
    try:
        first.start()
        second.start("--workers", "2")
        for i in range(4):
            folder = tmp_path / f"device-{i}"
            folder.mkdir()
            shutil.copyfile(blank_store, folder / "mercator.sqlite")
            devices.append(Device(folder, "alice"))
        for i, device in enumerate(devices):
            device.sync_service.login((first, second)[i % 2].url, "alice", PASSWORD)
        mission_id = data.mission(devices[0].store, "JM-2031-PG-01",
                                  {EXPERT_A: "Alice Expert"})
        devices[0].sync()
        assessments = []
        for device in devices:
            device.sync()
            with device.store.session() as session:
                row = m.Assessment(mission_id=mission_id, template_id="geoat",
                                   template_version="1")
                session.add(row)
                session.flush()
                assessments.append(row.id)

        failures: list[BaseException] = []
        go = threading.Barrier(len(devices))

        def work(index: int, device: Device) -> None:
            try:
                go.wait(60)
                for round_no in range(ROUNDS):
                    with device.store.session() as session:
                        session.add_all(
                            m.Answer(assessment_id=assessments[index],
                                     question_id=f"d{index}r{round_no}q{k:02d}",
                                     value=f"{index}/{round_no}/{k}")
                            for k in range(PER_ROUND))
                    device.sync()
            except BaseException as exc:  # reported by the assertion below
                failures.append(exc)

        threads = [threading.Thread(target=work, args=(i, d)) for i, d in enumerate(devices)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(600)
        assert not failures, failures
        for device in devices:  # the last pushes of the others arrive
            device.sync()

        expected = {f"d{i}r{r}q{k:02d}" for i in range(4) for r in range(ROUNDS)
                    for k in range(PER_ROUND)}
        for device in devices:
            with device.store.sessions() as session:
                questions = set(session.scalars(select(m.Answer.question_id)))
                assert device.sync_service.pending_count() == 0
            assert questions == expected, sorted(expected - questions)[:5]
        # the two processes both served pushes
        served = [sum(1 for line in hq.request_log() if line.get("path") == "/api/v1/push")
                  for hq in (first, second)]
        assert all(served), served
        with devices[0].store.sessions() as session:
            assert session.scalar(select(func.count()).select_from(m.Answer)) == len(expected)
    finally:
        for device in devices:
            device.close()
        first.stop()
        second.stop()


def test_several_workers_on_sqlite_are_refused_with_a_reason(tmp_path: Path):
    import subprocess
    import sys

    from .hqproc import REPO

    done = subprocess.run(
        [sys.executable, "-m", "mercator_desktop.hq.cli", "--db",
         f"sqlite:///{tmp_path / 'hq.sqlite'}", "serve", "--workers", "2"],
        capture_output=True, text=True, cwd=REPO, timeout=60)
    assert done.returncode == 2
    assert "several workers need PostgreSQL" in done.stderr
