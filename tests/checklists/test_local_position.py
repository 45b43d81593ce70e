"""Where the expert stands in an assessment is this laptop's state: moving through the
questions never changes the assessment (nothing to send), and migration 0005 carries the
positions of existing assessments over. Answers take the id of their natural key."""

from __future__ import annotations

import sqlite3

from alembic import command

from mercator_desktop.storage.base import natural_id
from mercator_desktop.storage.engine import make_engine
from mercator_desktop.storage.migrate import alembic_config, upgrade_to_head


def test_moving_through_questions_leaves_the_assessment_unchanged(assessments, started):
    before = assessments.get(started.id)
    for question_id in ("a.1", "a.2", "b.x.1", "a.2"):
        assessments.set_position(started.id, question_id)
    after = assessments.get(started.id)
    assert after.last_question_id == "a.2"
    assert after.revision == before.revision and after.updated_at == before.updated_at


def test_a_validated_assessment_keeps_its_position_without_a_change(assessments, started):
    for qid, value in (("a.1", 4), ("a.2", 3), ("a.has", "no"), ("b.x.1", 2)):
        assessments.set_answer(started.id, qid, value)
    assessments.complete(started.id)
    validated = assessments.validate(started.id, "Chief")
    assessments.set_position(started.id, "a.1")
    after = assessments.get(started.id)
    assert after.last_question_id == "a.1" and after.revision == validated.revision


def test_answering_remembers_the_position_and_the_answer_has_its_natural_id(
        assessments, started, store):
    from mercator_desktop.storage.models import Answer

    assessments.set_answer(started.id, "a.2", 1)
    assert assessments.get(started.id).last_question_id == "a.2"
    with store.sessions() as session:
        [answer] = session.query(Answer).all()
    assert answer.id == natural_id("answer", started.id, "a.2")


def test_an_answer_cleared_and_given_again_keeps_its_id(assessments, started, store):
    from mercator_desktop.storage.models import Answer

    assessments.set_answer(started.id, "a.1", 2)
    assessments.clear_answer(started.id, "a.1")
    assessments.set_answer(started.id, "a.1", 3)
    with store.sessions() as session:
        ids = [a.id for a in session.query(Answer).all()]
    assert ids == [natural_id("answer", started.id, "a.1")]
    assert assessments.answer(started.id, "a.1").value == 3


def _run(engine, fn, target):  # type: ignore[no-untyped-def]
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        fn(config, target)


def test_0005_moves_the_position_out_of_the_assessment_and_back(store, started, assessments):
    assessments.set_answer(started.id, "a.1", 3)
    assessments.set_position(started.id, "b.x.1")
    database = store.paths.database
    store.close()
    engine = make_engine(database)
    _run(engine, command.downgrade, "0004")
    with sqlite3.connect(database) as c:
        assert c.execute("SELECT last_question_id FROM assessments").fetchall() == [("b.x.1",)]
        assert c.execute("SELECT name FROM sqlite_master WHERE name IN "
                         "('assessment_positions', 'local_only_records')").fetchall() == []
        assert c.execute("SELECT count(*) FROM answers").fetchone() == (1,)
    assert upgrade_to_head(engine, None, None) is True
    engine.dispose()
    with sqlite3.connect(database) as c:
        columns = [r[1] for r in c.execute("PRAGMA table_info(assessments)")]
        assert "last_question_id" not in columns
        assert c.execute("SELECT assessment_id, question_id FROM assessment_positions"
                         ).fetchall() == [(started.id, "b.x.1")]
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        assert c.execute("SELECT count(*) FROM answers").fetchone() == (1,)
