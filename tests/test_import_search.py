"""Imported missions are found by the global search: an import writes the search index once
for all its new missions instead of through the insert trigger row by row, and leaves the
trigger exactly as it was, also when the import fails half way. The same for the tables'
indexes an import that doubles them builds once at the end."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.exchange import import_missions
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.search import SearchService
from mercator_desktop.storage.bulk_search import bulk_statements, catch_up

HEADER = "code,title,type,status,country,start_date,end_date,location,objectives"
ROWS = [
    "JM-2031-WS-01,Risk management workshop,workshop,requested,JM,2031-01-13,2031-01-17,"
    "Kingston,Map the Sécurité risks",
    "SN-2031-WS-02,Atelier d'intégrité,workshop,requested,SN,2031-02-03,2031-02-07,Dakar,",
    "FJ-2031-WS-03,Post-clearance audit,workshop,requested,FJ,2031-03-03,2031-03-07,,"
    "Audit the brokers of Lautoka",
]
MISSION_TEXTS = ("code", "title", "objectives", "location", "logistics_notes",
                 "executive_summary")


def write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def trigger_sql(store) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The missions' insert trigger and the entries' (which fills the full-text index)."""
    with closing(sqlite3.connect(store.paths.database)) as con:
        return tuple(con.execute(  # type: ignore[return-value]
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
        ).fetchone()[0] for name in ("search_missions_ai", "search_entries_ai"))


def index_sql(store) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The indexes of the tables an import writes, with their text."""
    with closing(sqlite3.connect(store.paths.database)) as con:
        return set(con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN "
            "('missions', 'team_members', 'mission_links')"))


def entries_and_expected(store) -> tuple[set, set]:  # type: ignore[no-untyped-def]
    """The mission entries of the search index, and those the trigger would have made."""
    with closing(sqlite3.connect(store.paths.database)) as con:
        entries = set(con.execute("SELECT kind, record_id, field, mission_id, text FROM "
                                  "search_entries WHERE kind = 'mission'"))
        expected = set()
        for row in con.execute(f"SELECT id, deleted, {', '.join(MISSION_TEXTS)} FROM missions"):
            for field, value in zip(MISSION_TEXTS, row[2:], strict=True):
                if not row[1] and value:
                    expected.add(("mission", row[0], field, row[0], value))
        # the full-text index agrees with its content table
        con.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
    return entries, expected


def codes_found(store, query: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {group.code for group in SearchService(store).search(query)}


def test_the_fast_path_understands_the_missions_search_trigger(store):
    with store.sessions() as session:
        bulk = bulk_statements(session.connection(), "missions")
    assert bulk is not None
    assert bulk.trigger == "search_missions_ai"
    for field in MISSION_TEXTS:
        assert f"new.{field}" in bulk.index


def test_imported_missions_are_found_by_the_search(demo_store, tmp_path):
    before = trigger_sql(demo_store)
    result = import_missions(demo_store, write(tmp_path / "m.csv", HEADER, *ROWS))
    assert result.created == 3

    assert codes_found(demo_store, "kingston") >= {"JM-2031-WS-01"}
    assert codes_found(demo_store, "securite") == {"JM-2031-WS-01"}
    assert codes_found(demo_store, "integrite") >= {"SN-2031-WS-02"}
    assert codes_found(demo_store, "lautoka") == {"FJ-2031-WS-03"}
    assert codes_found(demo_store, "fj-2031") == {"FJ-2031-WS-03"}
    entries, expected = entries_and_expected(demo_store)
    assert entries == expected

    # The trigger is back as it was: a mission made in the editor afterwards is found.
    assert trigger_sql(demo_store) == before
    MissionService(demo_store).create(MissionInput(
        code="JM-2031-WS-04", title="Tariff classification", type_code="workshop",
        status_code="requested", country_iso2="JM", start_date=date(2031, 4, 7),
        end_date=date(2031, 4, 11), location="Montego Bay"))
    assert codes_found(demo_store, "montego") == {"JM-2031-WS-04"}

    # A second import updates titles through the update trigger: the old title is gone.
    write(tmp_path / "m2.csv", HEADER, ROWS[0].replace("Risk management", "Quetzal"),
          *ROWS[1:])
    assert import_missions(demo_store, tmp_path / "m2.csv").updated == 3
    assert codes_found(demo_store, "quetzal") == {"JM-2031-WS-01"}
    assert "JM-2031-WS-01" not in codes_found(demo_store, "risk management")
    entries, expected = entries_and_expected(demo_store)
    assert entries == expected


def test_an_import_failing_while_it_writes_leaves_index_and_trigger_as_they_were(
        demo_store, tmp_path):
    before_trigger = trigger_sql(demo_store)
    before_indexes = index_sql(demo_store)
    assert {"ix_missions_start_date", "ix_missions_pending"} <= {n for n, _ in before_indexes}
    before_entries, _ = entries_and_expected(demo_store)
    # more missions than the demo has: their indexes are built at the end of the write
    rows = [f"JM-2032-WS-{i:02d},Rotation workshop {i},workshop,requested,JM,2032-01-13,"
            "2032-01-17,Ocho Rios," for i in range(1, 1201)]

    def progress(done: int, total: int) -> None:
        if done > 500:
            raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError):
        import_missions(demo_store, write(tmp_path / "m.csv", HEADER, *rows), progress)

    assert trigger_sql(demo_store) == before_trigger
    assert index_sql(demo_store) == before_indexes
    assert entries_and_expected(demo_store)[0] == before_entries
    assert codes_found(demo_store, "ocho") == set()
    assert import_missions(demo_store, tmp_path / "m.csv").created == 1200
    assert index_sql(demo_store) == before_indexes
    with closing(sqlite3.connect(demo_store.paths.database)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # the rebuilt index serves the mission list's filter
        plan = " ".join(str(r) for r in con.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM missions WHERE start_date > '2032-01-01'"))
        assert "ix_missions_start_date" in plan
    assert len(codes_found(demo_store, "ocho rios")) == 200  # the search's limit of hits
    entries, expected = entries_and_expected(demo_store)
    assert entries == expected


def test_an_import_warns_of_the_double_bookings_it_makes_and_only_those(store, tmp_path):
    header = "code,title,type,status,country,start_date,end_date,lead_expert"
    import_missions(store, write(
        tmp_path / "before.csv", header,
        "KZ-2033-WS-01,Rulings,workshop,planned,KZ,2033-03-11,2033-03-26,Amara Diallo",
        # two missions of Jose's that clash already, before the file below
        "KZ-2033-WS-02,Valuation,workshop,planned,KZ,2033-05-01,2033-05-10,Jose Ramirez",
        "KZ-2033-WS-03,Origin,workshop,planned,KZ,2033-05-05,2033-05-12,Jose Ramirez"))
    result = import_missions(store, write(
        tmp_path / "m.csv", header,
        "JM-2033-WS-01,Audit,workshop,planned,JM,2033-03-25,2033-03-29,amara diallo",
        "JM-2033-WS-02,Audit,workshop,planned,JM,2033-04-25,2033-04-29,Amara Diallo"))
    assert result.warnings == ["Amara Diallo is booked on JM-2033-WS-01 and KZ-2033-WS-01 "
                               "from 2033-03-25 to 2033-03-26"]
    assert len(MissionService(store).double_bookings()) == 2


def backlog_of(store) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with closing(sqlite3.connect(store.paths.database)) as con:
        return con.execute("SELECT key, value FROM local_settings "
                           "WHERE key LIKE 'search.%'").fetchall()


def test_the_search_catches_up_on_imports_and_the_edits_made_before_it(demo_store, tmp_path):
    """An import leaves its missions' search entries for later (a backlog that commits with
    the missions); what happens to them before the next search (another import, an
    edit, the trash) is what that search finds."""
    entries_before, _ = entries_and_expected(demo_store)
    assert import_missions(demo_store, write(tmp_path / "m.csv", HEADER, *ROWS)).created == 3
    waiting = backlog_of(demo_store)
    assert len(waiting) == 1
    assert entries_and_expected(demo_store)[0] == entries_before  # nothing indexed yet

    # A second import before any search: one new mission, one title changed.
    write(tmp_path / "m2.csv", HEADER, ROWS[0].replace("Risk management", "Quetzal"),
          "MU-2031-WS-05,Coordinated border management,workshop,requested,MU,2031-05-04,"
          "2031-05-08,Mahebourg,")
    assert import_missions(demo_store, tmp_path / "m2.csv").created == 1
    assert backlog_of(demo_store) == waiting  # the first import's rows still included
    missions = MissionService(demo_store)
    missions.trash(missions.get_by_code("FJ-2031-WS-03").id)

    assert codes_found(demo_store, "quetzal") == {"JM-2031-WS-01"}
    assert backlog_of(demo_store) == []
    assert "JM-2031-WS-01" not in codes_found(demo_store, "risk management")
    assert codes_found(demo_store, "mahebourg") == {"MU-2031-WS-05"}
    assert codes_found(demo_store, "integrite") >= {"SN-2031-WS-02"}
    assert codes_found(demo_store, "lautoka") == set()  # in the trash
    entries, expected = entries_and_expected(demo_store)
    assert entries == expected


def test_a_catch_up_that_fails_leaves_its_backlog_for_the_next_search(demo_store, tmp_path):
    import_missions(demo_store, write(tmp_path / "m.csv", HEADER, *ROWS))
    waiting = backlog_of(demo_store)
    with pytest.raises(RuntimeError), demo_store.session() as session:
        assert catch_up(session.connection()) == 1
        raise RuntimeError("the disk went away")
    assert backlog_of(demo_store) == waiting
    assert codes_found(demo_store, "lautoka") == {"FJ-2031-WS-03"}
    assert backlog_of(demo_store) == []
    assert not SearchService(demo_store).catch_up()  # nothing left
    entries, expected = entries_and_expected(demo_store)
    assert entries == expected
