"""Mission lists as headquarters keeps them: Excel workbooks, names instead of codes,
suggestions for what is misspelt, mappings for what is unknown, and a dry run.

Workbooks are written with openpyxl (typed dates, merged cells, several sheets) the way a
spreadsheet program saves them; what was stored is checked through the services."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import run_cli
from openpyxl import Workbook, load_workbook

from mercator_desktop.domain.errors import ImportFailedError
from mercator_desktop.services.exchange import (
    NEW_PROGRAMME,
    export_missions,
    import_missions,
    mission_records,
    preview_import,
)
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.names import name_key
from mercator_desktop.services.reference import ReferenceCatalog

HEADER = ["Code", "Title", "Type", "Status", "Country", "Start date", "End date", "Programme",
          "Topics", "Lead expert"]


def workbook(path: Path, rows: list[list[object]], title: str | None = "Missions 2019",
             second: list[list[object]] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Missions"
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
        sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    sheet.append([None] * len(HEADER))  # an empty trailing row, as spreadsheets leave them
    if second is not None:
        other = book.create_sheet("Planned")
        other.append(HEADER)
        for row in second:
            other.append(row)
    book.save(path)
    return path


def programme_code(store, programme_id: str | None) -> str | None:  # type: ignore[no-untyped-def]
    with closing(sqlite3.connect(store.paths.database)) as con:
        row = con.execute("SELECT code FROM programmes WHERE id = ?", (programme_id,)).fetchone()
    return row[0] if row else None


# --- workbooks --------------------------------------------------------------------------------


def test_a_workbook_with_typed_and_text_dates_a_merged_title_and_a_trailing_row(
        store, tmp_path):
    path = workbook(tmp_path / "hq.xlsx", [
        ["CI-2019-GEOAT-01", "GEOAT assessment", "Évaluation GEOAT", "Clôturée",
         "Ivory Coast", datetime(2019, 3, 4), date(2019, 3, 8), "A-CIP", "Intégrité; HRD",
         "Aïcha Koné"],
        ["KR-2019-WS-01", "Workshop", "Atelier", "Planned", "South Korea", "2019-05-06",
         "2019-05-10", "Mercator Programme", None, None],
        [2019, "Numeric code", "workshop", "requested", "JAM", "2019-06-01", "2019-06-02",
         None, None, None],
    ])
    result = import_missions(store, path)
    assert (result.created, result.updated) == (3, 0)
    service = MissionService(store)
    ci = service.get_by_code("CI-2019-GEOAT-01")
    assert (ci.type_code, ci.status_code, ci.country_iso2) == ("geoat_assessment", "closed", "CI")
    assert (ci.start_date, ci.end_date) == (date(2019, 3, 4), date(2019, 3, 8))
    assert ci.topics == ["integrity", "hrd"] and ci.lead_expert == "Aïcha Koné"
    assert programme_code(store, ci.programme_id) == "acip"
    kr = service.get_by_code("KR-2019-WS-01")
    assert (kr.country_iso2, kr.status_code, kr.start_date) == ("KR", "planned", date(2019, 5, 6))
    assert programme_code(store, kr.programme_id) == "mercator"
    assert service.get_by_code("2019").country_iso2 == "JM"  # a code typed as a number


def test_a_header_cell_merged_over_two_columns(store, tmp_path):
    """"Title" merged over B:C as people widen a heading; the rows' titles are in B."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Code", "Title", None, *HEADER[2:7]])
    sheet.merge_cells("B1:C1")
    sheet.append(["JM-2030-M1", "Merged heading", None, "Atelier", "Planifiée", "Jamaïque",
                  date(2030, 5, 4), "2030-05-08"])
    sheet.append(["JM-2030-M2", "Second row", None, "workshop", "planned", "JM",
                  date(2030, 6, 1), date(2030, 6, 2)])
    sheet.merge_cells("B3:C3")
    path = tmp_path / "merged.xlsx"
    book.save(path)
    assert import_missions(store, path).created == 2
    mission = MissionService(store).get_by_code("JM-2030-M1")
    assert (mission.title, mission.status_code, mission.country_iso2, mission.end_date) == \
        ("Merged heading", "planned", "JM", date(2030, 5, 8))
    assert MissionService(store).get_by_code("JM-2030-M2").title == "Second row"


def test_rows_of_a_workbook_are_numbered_as_the_spreadsheet_shows_them(store, tmp_path):
    path = workbook(tmp_path / "bad.xlsx", [
        ["JM-2030-A", "Fine", "workshop", "requested", "JM", date(2030, 1, 1),
         date(2030, 1, 2), None, None, None],
        ["JM-2030-B", "Bad", "workshop", "requested", "JM", "13/01/2030", date(2030, 1, 2),
         None, None, None],
    ])
    with pytest.raises(ImportFailedError) as caught:
        import_missions(store, path)
    [problem] = caught.value.problems
    # title on row 1, blank row 2, header on row 3, data from row 4
    assert (problem.unit, problem.line, problem.column) == ("row", 5, "start_date")
    assert "'13/01/2030' is not a date" in problem.message
    assert str(caught.value).startswith("bad.xlsx: row 5, column 'start_date': ")
    assert MissionService(store).count() == 0


def test_another_sheet_is_read_when_named(store, tmp_path):
    path = workbook(tmp_path / "two.xlsx", [], title=None, second=[
        ["SN-2030-AT-01", "Atelier", "Atelier", "Demandée", "Sénégal", date(2030, 4, 1),
         date(2030, 4, 3), None, None, None]])
    assert import_missions(store, path, sheet="Missions").total == 0  # only the header
    assert import_missions(store, path, sheet="Planned").created == 1
    with pytest.raises(Exception, match="no sheet named 'Done'; the sheets are 'Missions', "
                                        "'Planned'"):
        import_missions(store, path, sheet="Done")
    proc = run_cli("missions", "import", str(path), "--sheet", "Planned", "--dry-run",
                   data_dir=store.paths.root)
    assert proc.returncode == 0, proc.stderr
    assert "0 to create, 1 to update, 0 refused" in proc.stdout


def test_without_a_name_the_first_sheet_with_missions_is_read(store, tmp_path):
    """A cover sheet and a sheet with only the header in front are passed over; a workbook
    of empty sheets says so."""
    path = workbook(tmp_path / "two.xlsx", [], title=None, second=[
        ["SN-2030-AT-01", "Atelier", "Atelier", "Demandée", "Sénégal", date(2030, 4, 1),
         date(2030, 4, 3), None, None, None]])
    book = load_workbook(path)
    book.create_sheet("Read me", 0).append(["One row per mission; see the next sheets."])
    book.save(path)
    plan = preview_import(store, path)
    assert (plan.sheet, plan.sheets) == ("Planned", ["Read me", "Missions", "Planned"])
    assert plan.count("create") == 1
    assert import_missions(store, path).created == 1
    assert MissionService(store).get_by_code("SN-2030-AT-01").country_iso2 == "SN"

    empty = Workbook()
    empty.create_sheet("Other")
    empty.save(tmp_path / "empty.xlsx")
    with pytest.raises(ImportFailedError, match="every sheet is empty"):
        preview_import(store, tmp_path / "empty.xlsx")


def test_xlsx_export_is_typed_styled_and_imports_back_to_the_same_missions(
        demo_store, tmp_path):
    from mercator_desktop.services.store import open_store

    path = tmp_path / "missions.xlsx"
    count = export_missions(demo_store, path)
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["code", "title", "type"] and sheet["A1"].font.bold
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == count
    start = header.index("start_date")
    assert all(isinstance(r[start], datetime) for r in rows if r[start] is not None)
    fresh = open_store(tmp_path / "fresh", user="tester")
    try:
        assert import_missions(fresh, path).created == count
        assert mission_records(fresh) == mission_records(demo_store)
        before = mission_records(fresh)
        with closing(sqlite3.connect(fresh.paths.database)) as con:
            revisions = con.execute("SELECT code, revision FROM missions").fetchall()
        assert import_missions(fresh, path).updated == count  # again: nothing changes
        assert mission_records(fresh) == before
        with closing(sqlite3.connect(fresh.paths.database)) as con:
            assert con.execute("SELECT code, revision FROM missions").fetchall() == revisions
    finally:
        fresh.close()


def test_formula_like_text_is_kept_as_text_in_xlsx(store, tmp_path):
    path = workbook(tmp_path / "f.xlsx", [
        ["JM-2030-F", "placeholder", "workshop", "requested", "JM", date(2030, 1, 1),
         date(2030, 1, 2), None, None, None]], title=None)
    book = load_workbook(path)
    book.active["B2"].value = '=HYPERLINK("x")'
    book.active["B2"].data_type = "s"  # text, as a spreadsheet keeps a quoted formula
    book.save(path)
    import_missions(store, path)
    out = tmp_path / "out.xlsx"
    export_missions(store, out)
    cell = load_workbook(out).active["B2"]
    assert cell.value == '=HYPERLINK("x")' and cell.data_type == "s" and cell.quotePrefix
    import_missions(store, out)
    assert MissionService(store).get_by_code("JM-2030-F").title == '=HYPERLINK("x")'


# --- names as people write them ---------------------------------------------------------------

# One way people write a value other than its code, per vocabulary.
NAMES = [
    ("programmes", "A-CIP", "acip"), ("programmes", "gtfp", "gtfp"),
    ("programmes", "Customs Co-operation Fund – Japan (CCF/Japan)", "ccf_japan"),
    ("mission_types", "Atelier", "workshop"), ("mission_types", "LMD", "lmd_workshop"),
    ("mission_types", "évaluation geoat", "geoat_assessment"),
    ("topics", "Égalité des genres et diversité", "gender_diversity"),
    ("topics", "human resource development", "hrd"),
    ("statuses", "Clôturée", "closed"), ("statuses", "CLOTUREE", "closed"),
    ("statuses", "in-delivery", "in_delivery"), ("statuses", "Canceled", "cancelled"),
    ("countries", "Côte d'Ivoire", "CI"), ("countries", "Ivory Coast", "CI"),
    ("countries", "cote d ivoire", "CI"), ("countries", "CIV", "CI"),
    ("countries", "Royaume-Uni", "GB"), ("countries", "Korea, Republic of", "KR"),
    ("countries", "Turkey", "TR"), ("regions", "Afrique occidentale et centrale", "WCA"),
    ("regions", "Asia/Pacific", "AP"), ("regions", "esa", "ESA"),
    ("tfa_provisions", "7.4", "7.4"), ("tfa_provisions", "Points d'information", "1.3"),
    ("arusha_factors", "Transparence", "transparency"), ("arusha_factors", "3", "transparency"),
    ("geoat_principles", "Gestion et gouvernance", "p4"),
    ("accreditation_categories", "Diagnostic Facilitator", "df"),
    ("accreditation_categories", "Conseiller en modernisation douanière", "cma"),
]


@pytest.mark.parametrize(("kind", "written", "code"), NAMES,
                         ids=[f"{k}:{w}" for k, w, _ in NAMES])
def test_every_vocabulary_accepts_codes_names_french_names_and_aliases(
        kind, written, code, shared_catalog):
    if kind == "programmes":
        from mercator_desktop.services.import_plan import programme_index

        with shared_catalog._store.sessions() as session:
            index, _ids = programme_index(session)
    else:
        index = shared_catalog.name_index(kind)
    assert index.code_of(written) == code
    assert index.code_of(code) == code


@pytest.fixture(scope="module")
def shared_catalog(tmp_path_factory):  # type: ignore[no-untyped-def]
    from mercator_desktop.services.store import open_store

    store = open_store(tmp_path_factory.mktemp("names") / "data", user="tester")
    yield ReferenceCatalog.for_store(store)
    store.close()


def test_names_are_compared_without_case_accents_or_punctuation():
    assert name_key("Côte d’Ivoire") == name_key("COTE D'IVOIRE") == name_key("cote-divoire")
    assert name_key("A-CIP") == name_key("acip")


def test_a_misspelt_programme_gets_the_right_suggestion_in_its_error_line(store, tmp_path):
    path = tmp_path / "typo.csv"
    path.write_text("code,title,type,status,country,start_date,end_date,programme\n"
                    "JM-2030-A,T,workshop,requested,JM,2030-01-01,2030-01-02,Mercater\n"
                    "JM-2030-B,T,workshop,requested,JM,2030-01-01,2030-01-02,Acelerate TF\n",
                    encoding="utf-8")
    with pytest.raises(ImportFailedError) as caught:
        import_missions(store, path)
    first, second = caught.value.problems
    assert (first.line, first.column) == (2, "programme")
    assert first.message.startswith("unknown programme 'Mercater'; did you mean mercator "
                                    "(WCO Mercator Programme)")
    assert "did you mean accelerate_tf" in second.message
    assert MissionService(store).count() == 0


def test_a_value_that_matches_two_things_is_refused_with_both_named(store, tmp_path):
    from mercator_desktop.storage.models import Programme

    with store.session() as session:  # a programme of the user's named like an alias
        session.add(Programme(code="mercator_local", name="Mercator Programme"))
    path = tmp_path / "two.csv"
    path.write_text("code,title,type,status,country,start_date,end_date,programme\n"
                    "JM-2030-A,T,workshop,requested,JM,2030-01-01,2030-01-02,WCO Mercator "
                    "Programme\n"
                    "JM-2030-B,T,workshop,requested,JM,2030-01-01,2030-01-02,MERCATOR "
                    "PROGRAMME\n", encoding="utf-8")
    with pytest.raises(ImportFailedError) as caught:
        import_missions(store, path)
    [problem] = caught.value.problems  # line 2 is the shipped programme's name: clear
    assert (problem.line, problem.column) == (3, "programme")
    assert "'MERCATOR PROGRAMME' matches both mercator (WCO Mercator Programme) and " \
           "mercator_local (Mercator Programme)" in problem.message
    assert MissionService(store).count() == 0


# --- mappings, the preview and the dry run ----------------------------------------------------

HQ_CSV = ("code,title,type,status,country,start_date,end_date,programme\n"
          "JM-2030-A,T,workshop,requested,JM,2030-01-01,2030-01-02,Mercator Plus\n"
          "JM-2030-B,T,workshop,requested,JM,2030-02-01,2030-02-02,Mercator Plus\n"
          "JM-2030-C,T,workshop,requested,JM,2030-03-01,2030-03-02,gtfp\n")


def test_the_preview_lists_each_unknown_value_once_and_stores_nothing(store, tmp_path):
    path = tmp_path / "hq.csv"
    path.write_text(HQ_CSV, encoding="utf-8")
    plan = preview_import(store, path)
    assert [(r.line, r.action) for r in plan.rows] == [(2, "refused"), (3, "refused"),
                                                       (4, "create")]
    [unknown] = plan.unknown
    assert (unknown.column, unknown.value, unknown.lines) == ("programme", "Mercator Plus",
                                                              [2, 3])
    assert unknown.suggestions[0][0] == "mercator" and unknown.can_create
    assert plan.rows[0].unknown == [("programme", "Mercator Plus")]
    assert plan.rows[0].other_problems == 0
    assert ("gtfp", "SECO-WCO Global Trade Facilitation Programme (GTFP)") in \
        plan.choices["programme"]
    assert MissionService(store).count() == 0
    mapped = preview_import(store, path, {"programme": {"mercator plus": "mercator"}})
    assert [r.action for r in mapped.rows] == ["create"] * 3 and not mapped.unknown


def test_a_mapping_can_create_a_programme_and_is_remembered(store, tmp_path):
    from mercator_desktop.services.exchange import remembered_mappings

    path = tmp_path / "hq.csv"
    path.write_text(HQ_CSV, encoding="utf-8")
    result = import_missions(store, path, mappings={"programme": {
        "Mercator Plus": NEW_PROGRAMME}}, remember=True)
    assert result.created == 3 and result.programmes_created == ["Mercator Plus"]
    service = MissionService(store)
    assert programme_code(store, service.get_by_code("JM-2030-A").programme_id) == \
        "mercator_plus"
    # the new programme is now known by its name; a "+" choice is not kept as a mapping
    assert remembered_mappings(store) == {}
    assert preview_import(store, path).unknown == []


def test_cli_dry_run_stores_nothing_and_map_applies(store, tmp_path):
    path = tmp_path / "hq.csv"
    path.write_text(HQ_CSV, encoding="utf-8")
    root = store.paths.root
    dry = run_cli("missions", "import", "--dry-run", str(path), data_dir=root)
    assert dry.returncode == 2, dry.stderr
    assert dry.stdout.splitlines()[0] == (f"{path}: would import nothing: 1 to create, 0 to "
                                          "update, 2 refused. Nothing was stored.")
    assert "line 2 (JM-2030-A): refused: unknown programme 'Mercator Plus'" in dry.stdout
    assert "unknown programme 'Mercator Plus' on lines 2, 3; map it with --map " \
           "'programme:Mercator Plus=mercator'" in dry.stdout
    mapped_dry = run_cli("missions", "import", "--dry-run", str(path), "--map",
                         "programme:Mercator Plus=mercator", data_dir=root)
    assert mapped_dry.returncode == 0, mapped_dry.stdout + mapped_dry.stderr
    assert "would import: 3 to create" in mapped_dry.stdout
    assert MissionService(store).count() == 0

    bad_map = run_cli("missions", "import", str(path), "--map", "budget:x=y", data_dir=root)
    assert bad_map.returncode == 2 and "'budget' is not a column that can be mapped" in \
        bad_map.stderr
    done = run_cli("missions", "import", str(path), "--map",
                   "programme:Mercator Plus=WCO Mercator Programme", data_dir=root)
    assert done.returncode == 0, done.stderr
    assert "3 created" in done.stdout
    service = MissionService(store)
    assert programme_code(store, service.get_by_code("JM-2030-B").programme_id) == "mercator"
    # remembered: the next file with the same value needs no --map
    path.write_text(HQ_CSV.replace("JM-2030-", "KE-2030-").replace(",JM,", ",Kenya,"),
                    encoding="utf-8")
    again = run_cli("missions", "import", str(path), data_dir=root)
    assert again.returncode == 0, again.stderr
    with closing(sqlite3.connect(store.paths.database)) as con:
        kept = con.execute("SELECT value FROM local_settings WHERE key = 'import.mappings'"
                           ).fetchone()[0]
    assert json.loads(kept) == {"programme": {"Mercator Plus": "WCO Mercator Programme"}}


def test_natural_ids_for_team_members_and_links(store, tmp_path):
    from mercator_desktop.storage.base import natural_id

    path = tmp_path / "ids.csv"
    path.write_text("code,title,type,status,country,start_date,end_date,lead_expert,"
                    "tfa_articles\nJM-2030-A,T,workshop,requested,JM,2030-01-01,2030-01-02,"
                    "Amara Diallo,7.4\n", encoding="utf-8")
    import_missions(store, path)
    with closing(sqlite3.connect(store.paths.database)) as con:
        mission_id = con.execute("SELECT id FROM missions").fetchone()[0]
        member = con.execute("SELECT id, expert_id FROM team_members").fetchone()
        link = con.execute("SELECT id FROM mission_links").fetchone()[0]
    assert member[0] == natural_id("team_member", mission_id, member[1])
    assert link == natural_id("mission_link", mission_id, "tfa", "7.4")
