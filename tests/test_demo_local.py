"""The demonstration data stays on the laptop: every record the loaders make is listed as
local-only, and removing it deletes exactly the demonstration records, keeping what the
person's own records still point at."""

from __future__ import annotations

from datetime import date

from conftest import run_cli
from sqlalchemy import func, select, text

from mercator_desktop import message_language
from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.demo import DemoService, demo_id, load_demo
from mercator_desktop.services.dto import MissionInput, TeamAssignment
from mercator_desktop.storage.models import (
    SYNCED_MODELS,
    Expert,
    LocalOnlyRecord,
    Mission,
    Programme,
)


def _rows(store) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    with store.sessions() as session:
        return {model.__tablename__: set(session.scalars(select(model.id)))  # type: ignore[attr-defined]
                for model in SYNCED_MODELS}


def _marked(store) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    found: dict[str, set[str]] = {}
    with store.sessions() as session:
        for record_type, record_id, reason in session.execute(select(
                LocalOnlyRecord.record_type, LocalOnlyRecord.record_id, LocalOnlyRecord.reason)):
            assert reason == "demo"
            found.setdefault(record_type, set()).add(record_id)
    return found


def _real_mission(missions, code: str, **changes) -> str:  # type: ignore[no-untyped-def]
    data = MissionInput(code=code, title="Integrity assessment",
                        type_code="integrity_assessment", status_code="planned",
                        country_iso2="JM", start_date=date(2031, 3, 2),
                        end_date=date(2031, 3, 6), **changes)
    return str(missions.create(data, allow_conflicts=True).id)


def test_every_record_the_demo_makes_is_local_only_and_nothing_else(store, missions):
    before = _rows(store)
    assert before["programmes"] and not any(
        ids for table, ids in before.items() if table != "programmes")
    assert not DemoService(store).present()

    load_demo(store)
    after = _rows(store)
    made = {table: ids - before[table] for table, ids in after.items()}
    made = {table: ids for table, ids in made.items() if ids}
    assert _marked(store) == made
    # missions and everything under them, experts, administrations, the demo assessments
    # with their answers, history and events, findings and the action plan
    assert {"missions", "experts", "accreditations", "administrations", "team_members",
            "agenda_items", "counterparts", "mission_links", "assessments", "answers",
            "answer_changes", "assessment_events", "findings", "recommendations",
            "action_items", "action_progress"} <= set(made)
    assert "programmes" not in made  # shipped with the reference data: not demonstration
    summary = DemoService(store).present()
    assert (summary.missions, summary.experts) == (24, 12)
    assert summary.records == sum(len(ids) for ids in made.values())

    load_demo(store)  # again: nothing added, nothing marked twice
    assert DemoService(store).present() == summary
    own = _real_mission(missions, "JM-2031-IA-01")
    assert own not in _marked(store).get("missions", set())


def test_removing_the_demo_deletes_it_all_and_keeps_own_records(store, missions):
    load_demo(store)
    own = _real_mission(missions, "JM-2031-IA-01")
    # what the person added to a demonstration mission goes with it
    demo_mission = demo_id("mission", "JM-2019-INTD-01")
    assessments = AssessmentService(store)
    added = assessments.start(demo_mission, "geoat")
    assessments.set_position(added.id, "p1.a.1")
    programmes = _rows(store)["programmes"]

    removal = DemoService(store).remove()
    assert (removal.missions, removal.experts, removal.administrations) == (24, 12, 15)
    assert removal.kept == ()
    assert removal.describe().startswith("Removed the demonstration data: 24 missions")
    rows = _rows(store)
    assert rows["missions"] == {own} and rows["programmes"] == programmes
    assert not any(ids for table, ids in rows.items() if table not in ("missions",
                                                                        "programmes"))
    assert _marked(store) == {} and not DemoService(store).present()
    with store.sessions() as session:
        assert session.scalar(text("SELECT count(*) FROM assessment_positions")) == 0
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []
    assert [m.code for m in missions.list()] == ["JM-2031-IA-01"]


def test_a_demo_expert_or_administration_still_used_is_kept_and_named(store, missions):
    load_demo(store)
    with store.sessions() as session:
        expert_name = session.scalar(select(Expert.name).where(
            Expert.id == demo_id("expert", _first_expert_key())))
    adm = _first_administration_key()
    own = _real_mission(
        missions, "JM-2031-IA-02",
        team=[TeamAssignment(demo_id("expert", _first_expert_key()), "lead")],
        administration_id=demo_id("administration", adm))

    removal = DemoService(store).remove()
    assert (removal.missions, removal.experts) == (24, 11)
    assert len(removal.kept) == 2
    assert expert_name in removal.kept[0] and "JM-2031-IA-02" in removal.kept[0]
    assert "administration" in removal.kept[1] and "JM-2031-IA-02" in removal.kept[1]
    assert expert_name in removal.describe()
    assert [message_language.tr(kept) for kept in removal.kept] == list(removal.kept)
    message_language.use("fr")
    try:
        french = [message_language.tr(kept) for kept in removal.kept]
    finally:
        message_language.use("en")
    assert french[0].startswith(f"Expert de démonstration {expert_name} conservé\u00a0: ")
    assert "la mission JM-2031-IA-02" in french[1] and "y renvoient encore" in french[1]
    detail = missions.get(own)
    assert detail.lead_expert == expert_name
    assert detail.administration_id == demo_id("administration", adm)
    # the kept ones are still demonstration records: they stay on the laptop
    marked = _marked(store)
    assert marked["experts"] == {demo_id("expert", _first_expert_key())}
    assert marked["administrations"] == {demo_id("administration", adm)}
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Mission)) == 1
        assert session.scalar(select(func.count()).select_from(Programme)) > 0
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []


def _first_expert_key() -> str:
    import json

    from mercator_desktop.resources import resource_path

    data = json.loads(resource_path("demo", "demo.json").read_text(encoding="utf-8"))
    return str(data["experts"][0]["key"])


def _first_administration_key() -> str:
    import json

    from mercator_desktop.resources import resource_path

    data = json.loads(resource_path("demo", "demo.json").read_text(encoding="utf-8"))
    used = {e.get("home_administration") for e in data["experts"]}
    return str(next(a["key"] for a in data["administrations"] if a["key"] not in used))


def test_the_command_line_removes_the_demo(data_dir):
    loaded = run_cli("demo", data_dir=data_dir)
    assert loaded.returncode == 0, loaded.stderr
    removed = run_cli("demo", "--remove", data_dir=data_dir)
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.startswith("Removed the demonstration data: 24 missions, 12 experts")
    again = run_cli("demo", "--remove", data_dir=data_dir)
    assert again.returncode == 0
    assert again.stdout.strip() == "There is no demonstration data to remove."
    listed = run_cli("missions", "list", "--json", data_dir=data_dir)
    assert listed.returncode == 0 and listed.stdout.strip() == "[]"
