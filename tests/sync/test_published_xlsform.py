"""An XLSForm published by HQ (``mercator-hq publish FILE.xlsx --kind template``, run as HQ
runs it) reaches a device with its next sync and is usable there; a refused workbook is
never published."""

from __future__ import annotations

import subprocess
import sys

from tests.checklists.xlsforms import form, write_xlsform

from .hqproc import REPO


def publish(hq, path, *extra: str) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run(
        [sys.executable, "-m", "mercator_desktop.hq.cli", "--db", hq.db_url, "publish",
         str(path), "--kind", "template", *extra],
        capture_output=True, text=True, cwd=REPO, timeout=120)


def test_an_xlsform_published_at_hq_is_usable_on_a_device(hq, make_device, tmp_path):
    from mercator_desktop.services.assessments import AssessmentService
    from mercator_desktop.services.dto import MissionInput
    from mercator_desktop.services.missions import MissionService

    sheets = form()
    sheets["settings"][0]["form_id"] = "hq_unit_check"
    path = write_xlsform(tmp_path / "official.xlsx", sheets)
    proc = publish(hq, path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("published template hq_unit_check version 2024.1")

    device = make_device("chief")
    device.login(hq, "chief")
    device.sync()
    service = AssessmentService(device.store)
    info = {(t.id, t.version): t for t in service.templates()}[("hq_unit_check", "2024.1")]
    assert info.provenance.official and info.languages == ("en", "fr")
    mission = MissionService(device.store).create(MissionInput(
        code="JM-2031-IA-01", title="Integrity", type_code="integrity_assessment",
        status_code="planned", country_iso2="JM"))
    started = service.start(mission.id, "hq_unit_check", language="fr")
    service.set_answer(started.id, "unit.exists", "yes")
    service.set_answer(started.id, "unit.staff", 12)
    assert service.answers(started.id)["unit.staff"].value == 12


def test_a_refused_workbook_is_not_published(hq, tmp_path):
    sheets = form()
    sheets["settings"][0]["form_id"] = "hq_refused"
    sheets["survey"][3]["relevant"] = "${unit.exists} = 'yes' and now() > 1"
    path = write_xlsform(tmp_path / "bad.xlsx", sheets)
    proc = publish(hq, path, "--version", "9")
    assert proc.returncode == 2
    assert "bad.xlsx: survey sheet, row 5, column 'relevant'" in proc.stderr
    assert "Traceback" not in proc.stderr
