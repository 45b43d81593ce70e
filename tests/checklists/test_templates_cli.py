"""``mercator-desktop templates`` run for real in a subprocess: an XLSForm imported is listed
with its provenance and can be started; a refused one stores nothing and says where; a
template exported and imported again changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli

from .xlsforms import FR, form, write_xlsform


def listed(data_dir: Path) -> dict[tuple[str, str], dict]:
    proc = run_cli("templates", "list", "--json", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    return {(t["id"], t["version"]): t for t in json.loads(proc.stdout)}


def test_import_list_and_start_an_xlsform_template(tmp_path):
    data = tmp_path / "data"
    path = write_xlsform(tmp_path / "unit check.xlsx", form())
    proc = run_cli("templates", "import", str(path), data_dir=data)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ("Integrity unit check ('unit_check' version 2024.1) installed "
                           "(9 questions)\n")
    templates = listed(data)
    entry = templates[("unit_check", "2024.1")]
    assert entry["languages"] == ["en", "fr"]
    assert entry["provenance"] == {
        "status": "official",
        "source": {"en": "WCO Integrity Sub-Committee, 2024",
                   "fr": "Sous-comité de l'intégrité de l'OMD, 2024"},
        "licence": {"en": "WCO, all rights reserved", "fr": "OMD, tous droits réservés"}}
    assert templates[("geoat", "2023.1")]["provenance"]["status"] == "draft"
    assert "Mercator Desktop team" in templates[("geoat", "2023.1")]["provenance"]["source"]["en"]
    plain = run_cli("templates", "list", data_dir=data)
    assert "unit_check\t2024.1\ten,fr\tofficial\tIntegrity unit check" in plain.stdout

    # the installed template is usable: an assessment starts and takes answers
    from mercator_desktop.services.assessments import AssessmentService
    from mercator_desktop.services.dto import MissionInput
    from mercator_desktop.services.missions import MissionService
    from mercator_desktop.services.store import open_store

    store = open_store(data, user="tester")
    try:
        mission = MissionService(store).create(MissionInput(
            code="JM-2030-IA-01", title="Integrity", type_code="integrity_assessment",
            status_code="planned", country_iso2="JM"))
        service = AssessmentService(store)
        started = service.start(mission.id, "unit_check", language="fr")
        service.set_answer(started.id, "unit.work.plan", 3)
        assert service.answers(started.id)["unit.work.plan"].value == 3
    finally:
        store.close()

    again = run_cli("templates", "import", str(path), data_dir=data)
    assert again.returncode == 0 and "already installed, unchanged" in again.stdout


def test_a_refused_xlsform_stores_nothing_and_names_each_place(tmp_path):
    data = tmp_path / "data"
    sheets = form()
    sheets["survey"][3].pop(FR)
    sheets["survey"][1]["type"] = "geopoint"
    path = write_xlsform(tmp_path / "bad.xlsx", sheets)
    proc = run_cli("templates", "import", str(path), data_dir=data)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "bad.xlsx: survey sheet, row 3, column 'type': the type 'geopoint' is not " \
        "supported" in proc.stderr
    assert "survey sheet, row 5, column 'label::French (fr)': no label in 'fr'" in proc.stderr
    assert "nothing was imported" in proc.stderr
    assert ("unit_check", "2024.1") not in listed(data)
    assert not (data / "checklists").exists() or not list((data / "checklists").iterdir())


def test_a_new_wording_under_an_installed_version_is_refused(tmp_path):
    data = tmp_path / "data"
    first = write_xlsform(tmp_path / "one.xlsx", form())
    assert run_cli("templates", "import", str(first), data_dir=data).returncode == 0
    sheets = form()
    sheets["survey"][1]["label::English (en)"] = "Reworded"
    second = write_xlsform(tmp_path / "two.xlsx", sheets)
    proc = run_cli("templates", "import", str(second), data_dir=data)
    assert proc.returncode == 2
    assert "'unit_check' version 2024.1 is already installed" in proc.stderr
    assert "new version" in proc.stderr


def test_export_and_import_again_changes_nothing(tmp_path):
    data = tmp_path / "data"
    out = tmp_path / "integrity.xlsx"
    proc = run_cli("templates", "export", "integrity", "--out", str(out), data_dir=data)
    assert proc.returncode == 0, proc.stderr
    assert "integrity version 2021.1 written to" in proc.stdout
    back = run_cli("templates", "import", str(out), data_dir=data)
    assert back.returncode == 0, back.stderr
    assert "already installed, unchanged" in back.stdout
    unknown = run_cli("templates", "export", "nothing", "--out", str(out), data_dir=data)
    assert unknown.returncode == 2 and "no checklist template 'nothing'" in unknown.stderr
