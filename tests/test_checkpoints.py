"""WAL checkpoints off the save path (``storage.checkpoints``): the store's connections keep
SQLite's automatic checkpoint only as a distant backstop, a background thread checkpoints
after every few commits, and closing the store stops it. The answers saved meanwhile are all
there after the folder is opened again."""

from __future__ import annotations

import threading
import time

from sqlalchemy import event

from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.demo import load_demo
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.store import open_store
from mercator_desktop.storage.checkpoints import BACKSTOP_PAGES, EVERY_COMMITS


def _checkpoint_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "mercator-checkpoints"]


def test_answer_saves_are_checkpointed_in_the_background_and_all_kept(data_dir):
    earlier = set(_checkpoint_threads())  # of stores other tests left open
    store = open_store(data_dir, user="tester")
    load_demo(store)
    checkpointer = store.writes.checkpointer
    assert checkpointer is not None
    connection = store.engine.raw_connection()
    try:
        pages = connection.driver_connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    finally:
        connection.close()
    assert pages == BACKSTOP_PAGES

    # the checkpoints run on a connection of their own: one borrowed from the pool left the
    # next save a connection with a stale page cache to read (and decrypt) again
    borrowers = set()
    event.listen(store.engine, "checkout",
                 lambda *_: borrowers.add(threading.current_thread().name))

    assessments = AssessmentService(store)
    mission = MissionService(store).list()[0]
    started = assessments.start(mission.id, "geoat")
    rated = [q for q in assessments.snapshot(started.id).template.questions
             if q.scale is not None and q.visible_if is None]
    saved = {}
    for i in range(2 * EVERY_COMMITS):
        question = rated[i % len(rated)]
        value = question.scale.values[i % len(question.scale.values)]
        assessments.set_answer(started.id, question.id, value)
        saved[question.id] = value
    deadline = time.monotonic() + 30  # a liveness limit, not a speed bound
    while checkpointer.done == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert checkpointer.done >= 1
    assert checkpointer.running
    assert "mercator-checkpoints" not in borrowers

    store.close()
    assert not checkpointer.running
    assert [t for t in _checkpoint_threads() if t not in earlier and t.is_alive()] == []

    again = open_store(data_dir, user="tester")
    try:
        answers = AssessmentService(again).answers(started.id)
        assert {q: answers[q].value for q in saved} == saved
    finally:
        again.close()
