"""Issued reports through the services and the command line: the PDF is kept by its SHA-256
in the data folder's file store with its register entry; the cover shows the version and
the date of issue; a reissue is a new version; bad choices are refused and store nothing."""

from __future__ import annotations

import hashlib
import io
from datetime import date

import pytest
from conftest import run_cli
from pypdf import PdfReader
from sqlalchemy import func, select

from mercator_desktop.domain.errors import ValidationError
from mercator_desktop.domain.vocabulary import REPORT_LANGUAGES
from mercator_desktop.reports import texts
from mercator_desktop.services.issued_reports import IssuedReportService, next_version
from mercator_desktop.services.missions import MissionService
from mercator_desktop.storage.models import IssuedReport

CODE = "JM-2019-INTD-01"


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def count(store) -> int:  # type: ignore[no-untyped-def]
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(IssuedReport)) or 0


def test_versions_count_up_from_one_point_zero() -> None:
    assert next_version([]) == "1.0"
    assert next_version(["1.0"]) == "1.1"
    assert next_version(["1.0", "1.9", "1.1"]) == "1.10"


def test_the_issue_languages_are_the_report_languages() -> None:
    assert REPORT_LANGUAGES == texts.LANGUAGES


def test_issue_keeps_the_pdf_by_hash_and_the_cover_says_version_and_date(demo_store):
    service = IssuedReportService(demo_store)
    mission = MissionService(demo_store).get_by_code(CODE)
    first = service.issue(mission.id, status="draft", lang="fr",
                          issue_date=date(2019, 4, 2))
    assert (first.version, first.status, first.language) == ("1.0", "draft", "fr")
    assert first.issued_by == "tester" and first.present
    kept = demo_store.paths.evidence_file(first.sha256)
    data = kept.read_bytes()
    assert hashlib.sha256(data).hexdigest() == first.sha256 and len(data) == first.size
    text = pdf_text(service.read(first.id))
    assert "Version 1.0 · Projet · émise le 2 avril 2019" in text
    assert "PROJET" in text  # the draft watermark

    second = service.issue(mission.id, status="final", lang="en",
                           issue_date=date(2019, 4, 30))
    assert second.version == "1.1" and second.sha256 != first.sha256
    text = pdf_text(service.read(second.id))
    assert "Version 1.1 · Final · issued 30 April 2019" in text
    assert "record revision" not in text
    listed = service.list_for_mission(mission.id)
    assert [v.version for v in listed] == ["1.1", "1.0"]
    # a plain export says it is not an issued version
    spanish = IssuedReportService(demo_store).issue(mission.id, status="final", lang="es",
                                                    issue_date=date(2019, 5, 2))
    assert "Versión 1.2 · Definitiva · emitida el 2 de mayo de 2019" in pdf_text(
        service.read(spanish.id))


def test_a_copy_and_a_private_copy_hold_the_issued_bytes(demo_store, tmp_path):
    service = IssuedReportService(demo_store)
    view = service.issue_by_code(CODE, status="draft", lang="en")
    copy = service.save_copy(view.id, tmp_path / "sent.pdf")
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == view.sha256
    private = service.private_copy(view.id)
    assert private.read_bytes() == copy.read_bytes()
    assert private.stat().st_mode & 0o077 == 0 and private.parent.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(("choices", "field", "words"), [
    ({"status": "sent", "lang": "en"}, "status", "'sent' is not a report status"),
    ({"status": "final", "lang": "de"}, "language", "not 'de'"),
    ({"status": "final", "lang": "en", "issue_date": "2019-13-01"}, "issue_date",
     "'2019-13-01' is not a date"),
])
def test_bad_choices_are_refused_and_nothing_is_stored(demo_store, choices, field, words):
    service = IssuedReportService(demo_store)
    with pytest.raises(ValidationError) as caught:
        service.issue_by_code(CODE, **choices)
    assert words in " ".join(caught.value.for_field(field))
    assert count(demo_store) == 0
    assert not [p for p in demo_store.paths.evidence.rglob("*") if p.is_file()]


def test_the_command_line_issues_lists_and_refuses(demo_store, data_dir, tmp_path):
    demo_store.close()
    out = tmp_path / "copy.pdf"
    done = run_cli("report", CODE, "--issue", "--lang", "fr", "--date", "2019-04-02",
                   "--out", str(out), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert f"Issued {CODE} version 1.0 (draft, fr, date of issue 2019-04-02)" in done.stdout
    assert "émise le 2 avril 2019" in pdf_text(out.read_bytes())
    listed = run_cli("report", CODE, "--issued", data_dir=data_dir)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert "1.0\tdraft\tfr\t2019-04-02\t" in listed.stdout and digest in listed.stdout
    for args, words in ((["--date", "2019-02-30"], "'2019-02-30' is not a date"),
                        (["--lang", "de"], "invalid choice: 'de'"),
                        (["--status", "sent"], "invalid choice: 'sent'")):
        refused = run_cli("report", CODE, "--issue", *args, data_dir=data_dir)
        assert refused.returncode == 2 and words in refused.stderr, refused.stderr
    again = run_cli("report", CODE, "--issued", data_dir=data_dir)
    assert again.stdout.count("\tdraft\t") == 1  # nothing more was issued


def test_hq_refuses_an_issued_report_with_unknown_codes() -> None:
    from mercator_desktop.sync.record_schemas import field_problems

    good = {"mission_id": "m", "version": "1.0", "status": "final", "language": "fr",
            "issue_date": "2019-04-02", "sha256": "a" * 64, "size": 10,
            "file_name": "r.pdf", "issued_by": "Ana"}
    assert field_problems("issued_reports", good) == []
    problems = dict(field_problems("issued_reports", {**good, "status": "sent",
                                                      "language": "de",
                                                      "issue_date": "2019-13-01"}))
    assert "unknown code 'sent'" in problems["status"]
    assert "unknown code 'de'" in problems["language"]
    assert "is not a date" in problems["issue_date"]


def test_a_final_issue_with_empty_parts_needs_yes_on_the_command_line(store, data_dir,
                                                                      capsys):
    from mercator_desktop.cli import main
    from mercator_desktop.services.dto import MissionInput

    MissionService(store).create(MissionInput(
        code="JM-2030-IR-02", title="Empty", type_code="workshop", status_code="planned",
        country_iso2="JM"))
    store.close()
    assert main(["--data-dir", str(data_dir), "report", "JM-2030-IR-02", "--issue",
                 "--final"]) == 2
    said = capsys.readouterr().err
    assert ("the results of the assessments; the findings; the action plan. Add --yes"
            in said)
    assert main(["--data-dir", str(data_dir), "report", "JM-2030-IR-02", "--issued"]) == 0
    assert "No report of JM-2030-IR-02 has been issued yet." in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "report", "JM-2030-IR-02", "--issue",
                 "--final", "--yes"]) == 0
    assert "version 1.0 (final, en" in capsys.readouterr().out
