"""The mission report carries what the expert set around it: the letterhead (organisation,
address, classification, logo) on the cover and in the running header and footer, the
executive summary before the details, and, for an administration assessed before with the
same instrument, both results side by side with the change — in the PDF (parsed back) and in
the Word document (read back)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document
from PIL import Image
from pypdf import PdfReader

from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.dto import MissionInput, TeamAssignment
from mercator_desktop.services.letterhead import Letterhead, LetterheadService
from mercator_desktop.services.report_data import export_mission_report

from .conftest import pdf_text

SUMMARY = ("The administration has a code of conduct and a declaration of assets.\n\n"
           "Rotation of officers in sensitive posts is not applied; it comes first.")


def _assessed(missions, assessments, code: str, start: date, value: int, summary: str = "",  # type: ignore[no-untyped-def]
              status: str = "planned", team: list[TeamAssignment] | None = None):
    mission = missions.create(MissionInput(
        code=code, title=f"Integrity self-assessment {start.year}",
        type_code="integrity_self_assessment", status_code=status, country_iso2="JM",
        start_date=start, end_date=start, executive_summary=summary, team=team))
    assessment = assessments.start(mission.id, "integrity")
    for question in ("f1.1", "f1.2"):
        assessments.set_answer(assessment.id, question, value)
    return mission


def test_letterhead_summary_and_baseline_in_pdf_and_word(store, missions, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assessments = AssessmentService(store)
    _assessed(missions, assessments, "JM-2023-INTSA-01", date(2023, 5, 8), 1)
    follow = _assessed(missions, assessments, "JM-2025-INTSA-01", date(2025, 5, 5), 4,
                       SUMMARY)
    logo = tmp_path / "jca.png"
    Image.new("RGB", (600, 300), (10, 70, 150)).save(logo)
    LetterheadService(store).save(Letterhead(
        organisation="Jamaica Customs Agency", address="Myers Wharf, Kingston",
        classification="CONFIDENTIAL — JCA and WCO"), logo)

    pdf = export_mission_report(store, follow.id, tmp_path / "report.pdf").path
    pages = pdf_text(pdf)
    cover = pages[0]
    assert "JAMAICA CUSTOMS AGENCY" in cover and "Myers Wharf, Kingston" in cover
    assert "CONFIDENTIAL — JCA and WCO" in cover
    assert "World Customs Organization" not in cover.replace("\n", " ")
    assert PdfReader(str(pdf)).pages[0].images, "the logo is on the cover"
    assert "CONFIDENTIAL — JCA and WCO · Jamaica Customs Agency" in pages[2]  # the footer
    text = "\n".join(pages)
    summary_at = text.index("Executive summary", len(pages[0]) + len(pages[1]))
    assert summary_at < text.index("Background and objectives", summary_at)
    assert "Rotation of officers in sensitive posts is not applied" in text
    assert "Compared with the baseline: JM-2023-INTSA-01 (2023)" in text
    assert "Baseline 2023" in text and "Follow-up 2025" in text

    word = Document(str(export_mission_report(store, follow.id,
                                              tmp_path / "report.docx").path))
    body = "\n".join(p.text for p in word.paragraphs)
    cells = "\n".join(c.text for table in word.tables for row in table.rows
                      for c in row.cells)
    assert "JAMAICA CUSTOMS AGENCY" in body and "CONFIDENTIAL — JCA and WCO" in body
    assert "Executive summary" in [p.text for p in word.paragraphs
                                   if p.style.name.startswith("Heading")]
    assert "Compared with the baseline: JM-2023-INTSA-01 (2023)" in body
    assert "Baseline 2023" in cells and "+" in cells  # the change, in points


def test_the_progress_report_lists_the_follow_ups(store, missions, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mercator_desktop.services.dto import ExpertInput
    from mercator_desktop.services.experts import ExpertService
    from mercator_desktop.services.progress_report import export_progress_report

    assessments = AssessmentService(store)
    lead = ExpertService(store).create(ExpertInput(name="Amara Diallo"))
    _assessed(missions, assessments, "JM-2023-INTSA-01", date(2023, 5, 8), 1)
    _assessed(missions, assessments, "JM-2025-INTSA-01", date(2025, 5, 5), 4,
              status="in_delivery", team=[TeamAssignment(lead.id, "lead")])
    result = export_progress_report(store, tmp_path / "progress.pdf", date(2024, 7, 1),
                                    date(2025, 6, 30))
    text = "\n".join(pdf_text(result.path)).replace("\n", " ")
    assert "I.3 Follow-up assessments" in text
    assert "JM-2025-INTSA-01" in text and "JM-2023-INTSA-01 (2023)" in text
    assert "+75" in text
