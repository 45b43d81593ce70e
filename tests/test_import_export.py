"""Missions to and from CSV and JSON files: all-or-nothing import with the line and column of
every problem, idempotent on the code, and exports that read back to the same rows.

The command line runs in a subprocess where its exit code and messages matter; what was
stored is checked in-process through the services, which is faster."""

from __future__ import annotations

import csv
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from conftest import REPO, run_cli

from mercator_desktop.domain.errors import ImportFailedError, UserError
from mercator_desktop.services.exchange import export_missions, import_missions, mission_records
from mercator_desktop.services.missions import MissionService

HEADER = ("code,title,type,status,country,start_date,end_date,topics,programme,lead_expert,"
          "participants_women,participants_men,tfa_articles")
GOOD_ROW = ("JM-2030-WS-01,Risk management workshop,workshop,requested,JM,2030-01-13,"
            "2030-01-17,integrity;hrd,acip,,,,7.4;7.5")
DEMO_CODES = [m["code"] for m in json.loads(
    (REPO / "resources" / "demo" / "demo.json").read_text(encoding="utf-8"))["missions"]]


def write(path: Path, *lines: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def snapshot(store) -> dict:  # type: ignore[no-untyped-def]
    """Everything an import may touch: live and trashed missions as records, and row counts."""
    from mercator_desktop.services.dto import MissionFilter

    with closing(sqlite3.connect(store.paths.database)) as con:
        counts = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("missions", "experts", "administrations", "team_members",
                                "mission_links")}
        revisions = con.execute("SELECT code, revision FROM missions ORDER BY code").fetchall()
    return {"live": mission_records(store), "trash": mission_records(store,
                                                                     MissionFilter(trash=True)),
            "counts": counts, "revisions": revisions}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def base_store(demo_store, tmp_path):  # type: ignore[no-untyped-def]
    """The demo plus one requested mission of our own."""
    import_missions(demo_store, write(tmp_path / "base.csv", HEADER, GOOD_ROW))
    return demo_store


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):  # type: ignore[no-untyped-def]
    """Like ``base_store`` but built once, for tests that only try imports that must fail
    (each of them checks that nothing changed)."""
    from mercator_desktop.services.demo import load_demo
    from mercator_desktop.services.store import open_store

    folder = tmp_path_factory.mktemp("shared")
    opened = open_store(folder / "data", user="tester")
    load_demo(opened)
    import_missions(opened, write(folder / "base.csv", HEADER, GOOD_ROW))
    yield opened
    opened.close()


# --- one bad row stores nothing ---------------------------------------------------------------

# The cases the command line is run for (the rest are checked in-process: same code path).
CLI_CASES = {"bad date", "unknown type", "unknown country", "missing required column",
             "duplicate code in the file", "participants not a number",
             "lifecycle jump on re-import", "past planned without lead",
             "a row with too few cells"}
BAD_FILES = {
    "bad date": (
        [HEADER, GOOD_ROW.replace("WS-01", "WS-02"),
         "JM-2030-WS-03,Bad date,workshop,requested,JM,2030-02-30,2030-03-02,,,,,,"],
        3, "start_date", "'2030-02-30' is not a date"),
    "end before start": (
        [HEADER, "JM-2030-WS-03,Backwards,workshop,requested,JM,2030-03-05,2030-03-01,,,,,,"],
        2, "end_date", "before the start date"),
    "unknown type": (
        [HEADER, "JM-2030-WS-03,Holiday,holiday,requested,JM,2030-03-01,2030-03-05,,,,,,"],
        2, "type", "unknown type 'holiday'"),
    "unknown country": (
        [HEADER, GOOD_ROW.replace("WS-01", "WS-02"),
         "XX-2030-WS-03,Nowhere,workshop,requested,XX,2030-03-01,2030-03-05,,,,,,"],
        3, "country", "unknown country 'XX'"),
    "missing required column": (
        ["code,title,type,status,country,start_date",
         "JM-2030-WS-03,No end,workshop,requested,JM,2030-03-01"],
        1, "end_date", "required column missing"),
    "duplicate code in the file": (
        [HEADER, GOOD_ROW.replace("WS-01", "WS-02"), GOOD_ROW.replace("WS-01", "WS-03"),
         GOOD_ROW.replace("WS-01", "ws-02")],
        4, "code", "also on line 2"),
    "participants not a number": (
        [HEADER, "JM-2030-WS-03,Counted,workshop,requested,JM,2030-03-01,2030-03-05,,,,"
         "twelve,3,"],
        2, "participants_women", "'twelve' is not a whole number"),
    "lifecycle jump on re-import": (
        [HEADER, GOOD_ROW.replace("WS-01", "WS-02"),
         GOOD_ROW.replace("requested", "closed").replace(",,,,7.4", ",Amara Diallo,,,7.4")],
        3, "status", "cannot move from requested to closed"),
    "past planned without lead": (
        [HEADER, "JM-2030-WS-03,Leaderless,workshop,in_delivery,JM,2030-03-01,2030-03-05,,,,,,"],
        2, "lead_expert", "needs a lead expert"),
    "past planned without lead column": (
        ["code,title,type,status,country,start_date,end_date",
         "JM-2030-WS-03,Leaderless,workshop,report_draft,JM,2030-03-01,2030-03-05"],
        2, "lead_expert", "needs a lead expert"),
    "unknown topic": (
        [HEADER, "JM-2030-WS-03,Topics,workshop,requested,JM,2030-03-01,2030-03-05,"
         "integrity;astrology,,,,,"],
        2, "topics", "unknown topic 'astrology'"),
    "unknown programme": (
        [HEADER, "JM-2030-WS-03,Programme,workshop,requested,JM,2030-03-01,2030-03-05,,"
         "marshall_plan,,,,"],
        2, "programme", "unknown programme 'marshall_plan'"),
    "unknown TFA article": (
        [HEADER, "JM-2030-WS-03,TFA,workshop,requested,JM,2030-03-01,2030-03-05,,,,,,99.9"],
        2, "tfa_articles", "unknown TFA provision '99.9'"),
    "a row with too few cells": (
        [HEADER, "JM-2030-WS-03,Short,workshop"], 2, "status", "3 cells"),
    "unknown column": (
        [HEADER + ",budget", GOOD_ROW + ",1000"], 1, "budget", "unknown column"),
    "a column twice": (
        [HEADER + ",title", GOOD_ROW.replace("WS-01", "WS-02") + ",Another title"],
        1, "title", "appears twice"),
    "bad code": (
        [HEADER, "JM 2030 WS 03,Spaces,workshop,requested,JM,2030-03-01,2030-03-05,,,,,,"],
        2, "code", "use 2 to 40 letters"),
}


@pytest.mark.parametrize("case", sorted(CLI_CASES))
def test_the_cli_reports_a_bad_row_with_line_and_column_and_stores_nothing(
        case, shared_store, tmp_path):
    lines, line, column, why = BAD_FILES[case]
    before = snapshot(shared_store)
    proc = run_cli("missions", "import", str(write(tmp_path / "bad.csv", *lines)),
                   data_dir=shared_store.paths.root)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    first = proc.stderr.splitlines()[0]
    assert first.startswith(f"mercator-desktop: error: bad.csv: line {line}, "
                            f"column '{column}': ")
    assert why in first and first.endswith("nothing was imported")
    assert snapshot(shared_store) == before


@pytest.mark.parametrize("case", sorted(set(BAD_FILES) - CLI_CASES))
def test_a_bad_row_is_reported_with_line_and_column_and_nothing_is_stored(
        case, shared_store, tmp_path):
    lines, line, column, why = BAD_FILES[case]
    before = snapshot(shared_store)
    with pytest.raises(ImportFailedError) as caught:
        import_missions(shared_store, write(tmp_path / "bad.csv", *lines))
    problem = caught.value.problems[0]
    assert (problem.unit, problem.line, problem.column) == ("line", line, column)
    assert why in problem.message
    assert str(caught.value).startswith(f"bad.csv: line {line}, column '{column}': ")
    assert snapshot(shared_store) == before


def test_every_bad_row_is_listed_and_the_rest_is_not_stored(shared_store, tmp_path):
    path = write(tmp_path / "two_bad.csv", HEADER,
                 GOOD_ROW.replace("WS-01", "WS-02"),
                 "JM-2030-WS-03,Bad,workshop,requested,JM,2030-13-01,2030-12-31,,,,,,",
                 GOOD_ROW.replace("WS-01", "WS-04"),
                 "JM-2030-WS-05,Bad,workshop,requested,JM,2030-01-01,2030-01-02,,,,-4,,")
    before = snapshot(shared_store)
    with pytest.raises(ImportFailedError) as caught:
        import_missions(shared_store, path)
    assert [(p.line, p.column) for p in caught.value.problems] == [
        (3, "start_date"), (5, "participants_women")]
    assert "(and 1 more problems)" in str(caught.value)
    assert snapshot(shared_store) == before


def test_experts_and_administrations_made_for_good_rows_go_when_a_later_row_fails(
        shared_store, tmp_path):
    header = "code,title,type,status,country,start_date,end_date,lead_expert,administration"
    path = write(tmp_path / "late.csv", header,
                 "JM-2031-A,Fine,workshop,in_delivery,JM,2031-01-01,2031-01-02,Brand New Expert,"
                 "Brand New Administration",
                 "JM-2031-B,Broken,workshop,requested,JM,2031-01-01,2031-01-02,,Another One",
                 "JM-2031-C,Broken,workshop,requested,JM,2031-01-05,2031-01-02,,")
    before = snapshot(shared_store)
    with pytest.raises(ImportFailedError) as caught:
        import_missions(shared_store, path)
    assert [(p.line, p.column) for p in caught.value.problems] == [(4, "end_date")]
    assert snapshot(shared_store) == before


def test_the_cli_prints_the_further_problems_below_the_first(shared_store, tmp_path):
    rows = [f"JM-2030-X-{i:02d},Bad,workshop,requested,JM,2030-01-0{i},2030-01-01,,,,,,"
            for i in range(3, 6)]
    proc = run_cli("missions", "import", str(write(tmp_path / "three.csv", HEADER, *rows)),
                   data_dir=shared_store.paths.root)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert "line 2, column 'end_date'" in lines[0] and "(and 2 more problems)" in lines[0]
    assert lines[1:] == [f"  line {n}, column 'end_date': the end date 2030-01-01 is before "
                         f"the start date 2030-01-0{n + 1}" for n in (3, 4)]


def test_line_numbers_count_physical_lines(store, tmp_path):
    path = write(tmp_path / "multiline.csv", HEADER,
                 '"JM-2030-WS-02","A title ""quoted""\nover two lines",workshop,requested,JM,'
                 "2030-01-01,2030-01-02,,,,,,",
                 "",
                 "JM-2030-WS-03,Bad,workshop,requested,JM,2030-01-01,2030-01-02,,,,x,,")
    with pytest.raises(ImportFailedError) as caught:
        import_missions(store, path)
    assert [(p.line, p.column) for p in caught.value.problems] == [(5, "participants_women")]


@pytest.mark.parametrize(("records", "number", "column", "why"), [
    ([{"code": "JM-1", "title": "t", "type": "workshop", "status": "requested"}],
     1, "country", "required field missing"),
    ([{"code": "JM-2030-A", "title": "t", "type": "workshop", "status": "requested",
       "country": "JM", "start_date": "2030-01-01", "end_date": "2030-01-02"},
      {"code": "JM-2030-B", "title": "t", "type": "workshop", "status": "requested",
       "country": "JM", "start_date": "01/02/2030", "end_date": None}],
     2, "start_date", "not a date"),
    ([{"code": None, "title": None, "type": "workshop", "status": "requested",
       "country": "JM", "start_date": None, "end_date": None}],
     1, "code", "a mission code is required"),
    ([{"code": "JM-2030-C", "title": "t", "type": "workshop", "status": "requested",
       "country": "JM", "start_date": None, "end_date": None, "participants_men": "many"}],
     1, "participants_men", "not a whole number"),
], ids=["missing field", "bad date", "null code", "bad number"])
def test_json_problems_name_the_record_and_the_field(records, number, column, why,
                                                     shared_store, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    before = snapshot(shared_store)
    with pytest.raises(ImportFailedError) as caught:
        import_missions(shared_store, path)
    problem = caught.value.problems[0]
    assert (problem.unit, problem.line, problem.column) == ("record", number, column)
    assert why in problem.message
    assert f"record {number}, column '{column}'" in str(caught.value)
    assert snapshot(shared_store) == before


def test_json_null_title_is_not_the_word_none(shared_store, tmp_path):
    path = tmp_path / "null.json"
    path.write_text(json.dumps([{"code": "JM-2030-N", "title": None, "type": "workshop",
                                 "status": "requested", "country": "JM", "start_date": None,
                                 "end_date": None}]), encoding="utf-8")
    before = snapshot(shared_store)
    with pytest.raises(ImportFailedError) as caught:
        import_missions(shared_store, path)
    assert caught.value.problems[0].column == "title"
    assert snapshot(shared_store) == before


@pytest.mark.parametrize(("content", "why"), [
    ("", "the file is empty"),
    ("{not json", "not valid JSON"),
    ('{"code": "JM-1"}', "expected a JSON array"),
])
def test_unreadable_files(content, why, shared_store, tmp_path):
    path = tmp_path / ("broken.csv" if content == "" else "broken.json")
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFailedError, match=why):
        import_missions(shared_store, path)


# --- round trips ------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["csv", "json"])
def test_round_trip_through_a_fresh_data_folder(suffix, demo_store, data_dir, tmp_path):
    first, second = tmp_path / f"first.{suffix}", tmp_path / f"second.{suffix}"
    fresh = tmp_path / "fresh"
    exported = run_cli("missions", "export", str(first), data_dir=data_dir)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == f"Exported {len(DEMO_CODES)} missions to {first}."

    imported = run_cli("missions", "import", str(first), data_dir=fresh)
    assert imported.returncode == 0, imported.stderr
    assert f": {len(DEMO_CODES)} created, 0 updated." in imported.stdout
    again = run_cli("missions", "export", str(second), data_dir=fresh)
    assert again.returncode == 0, again.stderr

    if suffix == "csv":
        rows, rows_again = read_csv(first), read_csv(second)
    else:
        rows = json.loads(first.read_text(encoding="utf-8"))
        rows_again = json.loads(second.read_text(encoding="utf-8"))
    assert rows_again == rows
    assert first.read_bytes() == second.read_bytes()
    assert sorted(r["code"] for r in rows) == sorted(DEMO_CODES)


def test_export_of_the_demo_holds_every_mission_with_its_region(demo_store, tmp_path):
    from mercator_desktop.services.reference import ReferenceCatalog

    path = tmp_path / "demo.csv"
    assert export_missions(demo_store, path) == len(DEMO_CODES)
    rows = read_csv(path)
    assert sorted(r["code"] for r in rows) == sorted(DEMO_CODES)
    countries = ReferenceCatalog.for_store(demo_store).country_by_iso2
    for row in rows:
        assert row["region"] == countries[row["country"]].region_code
    by_code = {r["code"]: r for r in rows}
    assert (by_code["BM-2018-INTA-01"]["country"], by_code["BM-2018-INTA-01"]["region"]) == (
        "BM", "AMS")
    assert by_code["KZ-2019-INTD-01"]["region"] == "EUR"
    jamaica = by_code["JM-2019-INTD-01"]
    assert (jamaica["start_date"], jamaica["end_date"], jamaica["programme"]) == (
        "2019-03-25", "2019-03-29", "acip")
    assert jamaica["lead_expert"] and ";" in jamaica["arusha_factors"]


def test_exported_csv_is_utf8_with_bom_and_readable_by_csv(demo_store, tmp_path):
    path = tmp_path / "out.csv"
    export_missions(demo_store, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfcode,title,type,status,country,region,")
    with path.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    for column in [*HEADER.split(","), "region"]:
        assert column in header
    assert all(len(row) == len(header) for row in rows)
    titles = [row[header.index("title")] for row in rows]
    assert "Évaluation GEOAT de la Douane ivoirienne" in titles
    assert not list(tmp_path.glob("*.part"))


def test_export_with_filters(demo_store, data_dir, tmp_path):
    path = tmp_path / "jamaica.json"
    proc = run_cli("missions", "export", str(path), "--country", "JM", "--status", "closed",
                   data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    records = json.loads(path.read_text(encoding="utf-8"))
    assert records and {(r["country"], r["status"]) for r in records} == {("JM", "closed")}
    assert proc.stdout.strip() == f"Exported {len(records)} missions to {path}."


# --- idempotent re-import and the trash -------------------------------------------------------


def test_reimport_of_the_same_file_updates_and_never_duplicates(demo_store, data_dir, tmp_path):
    path = tmp_path / "all.csv"
    export_missions(demo_store, path)
    before = snapshot(demo_store)
    proc = run_cli("missions", "import", str(path), data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == (f"Imported {len(DEMO_CODES)} missions from {path}: "
                                   f"0 created, {len(DEMO_CODES)} updated.")
    after = snapshot(demo_store)
    # Nothing new: no expert created twice (names with capitals beyond ASCII such as
    # 'Zeynep Çelik' included), no team changed, no revision bumped.
    assert after == before
    export_missions(demo_store, tmp_path / "again.csv")
    assert read_csv(tmp_path / "again.csv") == read_csv(path)


def test_reimport_updates_the_values_of_the_file(base_store, tmp_path):
    import_missions(base_store, write(
        tmp_path / "update.csv", HEADER,
        "JM-2030-WS-01,Risk management workshop (revised),Atelier,Approuvée,jm,2030-01-14,"
        "2030-01-18,integrity,,Amara Diallo,12,9,7.4"))
    mission = MissionService(base_store).get_by_code("JM-2030-WS-01")
    assert mission.code == "JM-2030-WS-01"
    assert (mission.title, mission.type_code, mission.status_code) == (
        "Risk management workshop (revised)", "workshop", "approved")
    assert (mission.participants_women, mission.participants_men) == (12, 9)
    assert mission.topics == ["integrity"] and mission.programme_id is None
    assert mission.links["tfa"] == ["7.4"] and mission.lead_expert == "Amara Diallo"


def test_import_of_a_code_in_the_trash_restores_it(base_store, data_dir, tmp_path):
    service = MissionService(base_store)
    mission = service.get_by_code("JM-2030-WS-01")
    service.trash(mission.id)
    live = service.count()
    proc = run_cli("missions", "import", str(write(tmp_path / "restore.csv", HEADER, GOOD_ROW)),
                   data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert "0 created, 1 updated, 1 restored from the trash." in proc.stdout
    assert service.count() == live + 1 and service.count(trash=True) == 0
    assert not service.get(mission.id).deleted


def test_names_with_capitals_beyond_ascii_are_matched_not_duplicated(store, tmp_path):
    header = "code,title,type,status,country,start_date,end_date,lead_expert,administration"
    path = write(tmp_path / "names.csv", header,
                 "AT-2030-A,First,workshop,in_delivery,AT,2030-01-01,2030-01-02,Élodie Øster,"
                 "Österreichische Zollverwaltung",
                 "AT-2030-B,Second,workshop,planned,AT,2030-02-01,2030-02-02,ÉLODIE ØSTER,"
                 "ÖSTERREICHISCHE ZOLLVERWALTUNG")
    first = import_missions(store, path)
    assert first.experts_created == ["Élodie Øster"]
    assert first.administrations_created == ["Österreichische Zollverwaltung"]
    second = import_missions(store, path)
    assert (second.created, second.updated) == (0, 2)
    assert second.experts_created == [] and second.administrations_created == []
    service = MissionService(store)
    for code in ("AT-2030-A", "AT-2030-B"):
        detail = service.get_by_code(code)
        assert [(m.expert_name, m.role) for m in detail.team] == [("Élodie Øster", "lead")]
    with closing(sqlite3.connect(store.paths.database)) as con:
        assert con.execute("SELECT count(*) FROM experts").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM administrations").fetchone()[0] == 1


# --- French and Windows files -----------------------------------------------------------------


def test_french_csv_with_semicolons(store, tmp_path):
    path = write(tmp_path / "missions_fr.csv",
                 "Code;Title;Type;Status;Country;Start date;End date;Topics;Lead expert;Remote",
                 "CI-2030-GEOAT-01;Évaluation GEOAT, 2e édition;Évaluation GEOAT;Planifiée;CI;"
                 '2030-03-02;2030-03-06;"gender_diversity;hrd";Aïcha Koné;non',
                 "SN-2030-AT-01;Atelier « intégrité »;Atelier;Demandée;Sénégal;2030-04-01;"
                 "2030-04-03;Intégrité;;oui")
    result = import_missions(store, path)
    assert (result.created, result.updated) == (2, 0)
    service = MissionService(store)
    geoat = service.get_by_code("CI-2030-GEOAT-01")
    assert (geoat.title, geoat.type_code, geoat.status_code) == (
        "Évaluation GEOAT, 2e édition", "geoat_assessment", "planned")
    assert geoat.topics == ["gender_diversity", "hrd"] and geoat.lead_expert == "Aïcha Koné"
    assert not geoat.is_remote
    atelier = service.get_by_code("SN-2030-AT-01")
    assert (atelier.title, atelier.country_iso2, atelier.region_code) == (
        "Atelier « intégrité »", "SN", "WCA")
    assert atelier.topics == ["integrity"] and atelier.is_remote


def test_windows_1252_file_with_accents(data_dir, store, tmp_path):
    path = write(tmp_path / "excel.csv",
                 "code;title;type;status;country;start_date;end_date;lead_expert",
                 "CI-2030-W-01;Séminaire sur l'éthique – Côte d'Ivoire;workshop;Clôturée;CI;"
                 "2030-05-04;2030-05-08;Hélène Müller",
                 encoding="cp1252")
    assert b"\xe9" in path.read_bytes()  # really Windows-1252, not UTF-8
    proc = run_cli("missions", "import", str(path), data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    mission = MissionService(store).get_by_code("CI-2030-W-01")
    assert mission.title == "Séminaire sur l'éthique – Côte d'Ivoire"
    assert (mission.status_code, mission.lead_expert) == ("closed", "Hélène Müller")


# --- files that cannot be read or written -----------------------------------------------------


@pytest.mark.parametrize("target", ["missing-folder", "proc", "ods", "directory"])
def test_export_to_a_path_that_cannot_be_written(target, shared_store, tmp_path):
    path = {"missing-folder": tmp_path / "no" / "such" / "folder" / "out.csv",
            "proc": Path("/proc/mercator-out.csv"),
            "ods": tmp_path / "out.ods",
            "directory": tmp_path / "folder.csv"}[target]
    if target == "directory":
        path.mkdir()
    proc = run_cli("missions", "export", str(path), data_dir=shared_store.paths.root)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith("mercator-desktop: error: ")
    assert ("use a .csv, .xlsx or .json file (got '.ods')" if target == "ods"
            else "cannot be written") in line
    assert not list(tmp_path.glob("*.part"))


def test_import_of_an_unknown_extension_or_a_missing_file(store, data_dir, tmp_path):
    text = tmp_path / "missions.txt"
    text.write_text("code,title\n", encoding="utf-8")
    proc = run_cli("missions", "import", str(text), data_dir=data_dir)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "use a .csv, .json or spreadsheet (.xlsx, .xls, .ods) file (got '.txt')" \
        in proc.stderr
    sheet = tmp_path / "missions.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    with pytest.raises(UserError, match=r"missions.xlsx: not a readable .xlsx workbook"):
        import_missions(store, sheet)
    with pytest.raises(UserError, match="no such file"):
        import_missions(store, tmp_path / "absent.xlsx")
    with pytest.raises(UserError, match="no such file"):
        import_missions(store, tmp_path / "absent.csv")
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    with pytest.raises(UserError, match="cannot be read"):
        import_missions(store, folder)
    assert MissionService(store).count() == 0


# --- details a spreadsheet user meets ---------------------------------------------------------


def test_utf16_unicode_text_file_imports(store, tmp_path):
    path = write(tmp_path / "unicode.csv", HEADER,
                 GOOD_ROW.replace("Risk management workshop", "Atelier sur la gestion des "
                                  "risques à Kingston"), encoding="utf-16")
    assert import_missions(store, path).created == 1
    assert MissionService(store).get_by_code("JM-2030-WS-01").title.endswith("à Kingston")


def test_formula_like_titles_are_guarded_in_csv_and_read_back_unchanged(store, tmp_path):
    row = GOOD_ROW.replace("Risk management workshop", '"=HYPERLINK(""x"")"')
    import_missions(store, write(tmp_path / "in.csv", HEADER, row))
    out = tmp_path / "out.csv"
    export_missions(store, out)
    [exported] = read_csv(out)
    assert exported["title"] == "'=HYPERLINK(\"x\")"
    import_missions(store, out)
    assert MissionService(store).get_by_code("JM-2030-WS-01").title == '=HYPERLINK("x")'


@pytest.mark.parametrize(("value", "stored"), [("12", 12), ("12.0", 12), (" 7 ", 7)])
def test_whole_numbers_as_spreadsheets_write_them(store, tmp_path, value, stored):
    row = GOOD_ROW.replace(",,,,7.4", f",,{value},,7.4")
    import_missions(store, write(tmp_path / "n.csv", HEADER, row))
    assert MissionService(store).get_by_code("JM-2030-WS-01").participants_women == stored


@pytest.mark.parametrize("value", ["1_000", "12.5", "twelve"])
def test_numbers_that_are_not_whole_are_refused(store, tmp_path, value):
    row = GOOD_ROW.replace(",,,,7.4", f",,{value},,7.4")
    with pytest.raises(ImportFailedError, match=r"participants_women.*not a whole number"):
        import_missions(store, write(tmp_path / "n.csv", HEADER, row))
    assert MissionService(store).count() == 0


def test_json_with_an_unknown_field_is_refused(store, tmp_path):
    record = dict(zip(HEADER.split(","), GOOD_ROW.split(","), strict=True))
    record["lead_experts"] = "Amara Diallo"
    path = tmp_path / "typo.json"
    path.write_text(json.dumps([record]), encoding="utf-8")
    with pytest.raises(ImportFailedError, match="record 1, column 'lead_experts': unknown field"):
        import_missions(store, path)
    assert MissionService(store).count() == 0


def test_reimport_keeps_the_stored_spelling_of_the_code(base_store, tmp_path):
    import_missions(base_store, write(tmp_path / "lower.csv", HEADER,
                                      GOOD_ROW.replace("JM-2030-WS-01", "jm-2030-ws-01")))
    assert MissionService(base_store).get_by_code("jm-2030-ws-01").code == "JM-2030-WS-01"
