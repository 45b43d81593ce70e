"""``export-all`` writes every record as JSON and CSV with the evidence files, the issued
reports and a README; read back here, they hold what the services stored."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3

from mercator_desktop.cli import main
from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.demo import load_demo
from mercator_desktop.services.evidence import EvidenceService
from mercator_desktop.services.export_all import KINDS
from mercator_desktop.services.findings import FindingInput, FindingService
from mercator_desktop.services.issued_reports import IssuedReportService
from mercator_desktop.services.store import open_store


def _read_csv(path):  # type: ignore[no-untyped-def]
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_everything_comes_out_and_reads_back(data_dir, tmp_path, capsys):
    store = open_store(data_dir, user="tester")
    load_demo(store)
    with sqlite3.connect(data_dir / "mercator.sqlite") as connection:
        assessment_id, question_id, mission_id, code = connection.execute(
            "SELECT a.assessment_id, a.question_id, s.mission_id, m.code FROM answers a "
            "JOIN assessments s ON s.id = a.assessment_id JOIN missions m ON m.id = s.mission_id "
            "LIMIT 1").fetchone()
    AssessmentService(store).reopen(assessment_id, "add the minutes")
    EvidenceService(store).add_bytes(assessment_id, question_id, b"%PDF-1.4 minutes",
                                     "minutes of the meeting.pdf", note="signed copy")
    findings = FindingService(store)
    findings.add_finding(mission_id, FindingInput("gap", "=HYPERLINK(\"http://x\")"))
    findings.add_finding(mission_id, FindingInput("strength", "Staff rotate every 2 years."))
    issued = IssuedReportService(store).issue(mission_id, status="draft", lang="en")
    store.close()

    out = tmp_path / "everything"
    assert main(["--data-dir", str(data_dir), "export-all", str(out)]) == 0
    said = capsys.readouterr().out
    assert "1 evidence files, 1 reports" in said

    with sqlite3.connect(data_dir / "mercator.sqlite") as connection:
        for stem, (model, _what) in KINDS.items():
            table = model.__tablename__
            stored = {r[0] for r in connection.execute(f"SELECT id FROM {table}")}
            records = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
            rows = _read_csv(out / f"{stem}.csv")
            assert {r["id"] for r in records} == stored == {r["id"] for r in rows}, stem
            assert stored or stem in ("action_progress",), f"no {stem} in the demo data"

    answers = {r["id"]: r for r in json.loads((out / "answers.json").read_text())}
    history = json.loads((out / "answer_history.json").read_text())
    assert history and all(h["answer_id"] in answers for h in history)

    findings_csv = {r["text"]: r for r in _read_csv(out / "findings.csv")}
    assert "'=HYPERLINK(\"http://x\")" in findings_csv  # shown, never run
    assert findings_csv["Staff rotate every 2 years."]["mission_code"] == code
    findings_json = {r["text"] for r in json.loads((out / "findings.json").read_text())}
    assert "=HYPERLINK(\"http://x\")" in findings_json  # JSON keeps the text as it is

    [evidence] = json.loads((out / "evidence.json").read_text())
    assert evidence["note"] == "signed copy" and evidence["mission_code"] == code
    exported = out / "evidence" / code / "minutes of the meeting.pdf"
    assert exported.read_bytes() == b"%PDF-1.4 minutes"
    pdf = (out / "reports" / code / issued.file_name).read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == issued.sha256
    [register] = json.loads((out / "issued_reports.json").read_text())
    assert register["sha256"] == issued.sha256 and register["mission_code"] == code
    readme = (out / "README.txt").read_text(encoding="utf-8")
    for stem in KINDS:
        assert f"{stem}.json" in readme


def test_a_folder_that_is_not_empty_is_refused(data_dir, tmp_path, capsys):
    out = tmp_path / "busy"
    out.mkdir()
    (out / "mine.txt").write_text("keep me")
    assert main(["--data-dir", str(data_dir), "export-all", str(out)]) == 2
    assert "is not empty" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["mine.txt"]
