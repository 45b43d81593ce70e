"""Reports in Arabic: the report's own words in Arabic, the document right to left (text on
the right, tables read from the right, the running header and footer mirrored, bullets on
the right), through the services and the command line; the PDF is read back with pypdf (the
Arabic headings in their logical order) and the Word file with python-docx (paragraphs and
sections marked right-to-left, aligned on the right)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from pypdf import PdfReader

from mercator_desktop.report_cli import run_report_command
from mercator_desktop.reports.texts import Texts
from mercator_desktop.services.findings import FindingInput, FindingService
from mercator_desktop.services.report_data import export_mission_report

from .conftest import MISSION_CODE
from .test_report_cli import parse

ARABIC_GAP = ("لا توجد سياسة تناوب للوظائف الحساسة في الإدارة العامة للجمارك ولا خطة واضحة "
              "لتدريب الموظفين على قواعد السلوك والنزاهة في المنافذ الحدودية.")
ARABIC_STRENGTH = "مدونة قواعد السلوك منشورة ومعروفة لدى الموظفين."

T = Texts("ar")


def normalised(text: str) -> str:
    """Presentation forms back to letters (NFKC), whitespace collapsed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


@pytest.fixture
def arabic_mission(worked):  # type: ignore[no-untyped-def]
    store, ids = worked
    service = FindingService(store)
    service.add_finding(ids.mission_id, FindingInput("gap", ARABIC_GAP))
    service.add_finding(ids.mission_id, FindingInput("strength", ARABIC_STRENGTH))
    return store, ids


def pages(path) -> list[str]:  # type: ignore[no-untyped-def]
    return [normalised(page.extract_text() or "") for page in PdfReader(path).pages]


def test_the_mission_report_in_arabic_reads_right_to_left(arabic_mission, tmp_path):
    store, ids = arabic_mission
    result = export_mission_report(store, ids.mission_id, tmp_path / "ar.pdf", "ar",
                                   issue_date=date(2030, 4, 2))
    text = pages(result.path)
    # the headings in Arabic, extracted in their logical order
    assert normalised(T("mission_report")) in text[0]
    assert normalised(T("confidential")) in text[0]
    assert text[1].startswith(normalised(T("contents")))
    whole = " ".join(text)
    for key in ("h_background", "h_team", "h_agenda", "h_methodology", "h_results",
                "h_findings", "h_recommendations", "h_action_plan"):
        assert normalised(T(key)) in whole, key
    assert normalised(ARABIC_GAP) in whole
    assert normalised(T("page_of", page=2, total=len(text)).split()[0]) in text[1]
    # dates in Arabic (pypdf orders a line of mixed digits and letters its own way)
    assert "أبريل" in text[0] and "2030" in text[0]
    reader = PdfReader(result.path)
    assert reader.metadata is not None
    # Drawn right to left: the first heading of a page and the page's running header end on
    # the right, the page number ("الصفحة N من M") is on the left.
    positions = _positions(reader.pages[2])
    width = float(reader.pages[2].mediabox.width)
    heading = [x for x, _y, s in positions if "الخلفية" in normalised(s)]
    assert heading and min(heading) > width / 2
    page_number = [x for x, y, s in positions if "الصفحة" in normalised(s) and y < 60]
    assert page_number and max(page_number) < width / 2
    # The findings' bullets hang on the right of their lines.
    findings = next(n for n, page in enumerate(text) if normalised(ARABIC_STRENGTH) in page)
    drawn = _positions(reader.pages[findings])
    bullets = [(x, y) for x, y, s in drawn if s.strip() == "•"]
    assert bullets
    for x, y in bullets:  # its text on its left, in its column; none just right of it
        line = [tx for tx, ty, s in drawn if abs(ty - y) < 1 and s.strip() != "•"]
        assert any(x - 180 < tx < x for tx in line), (x, y, line)
        assert not any(x + 4 < tx < x + 20 for tx in line), (x, y, line)


def _positions(page) -> list[tuple[float, float, str]]:  # type: ignore[no-untyped-def]
    found: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if text.strip():
            found.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text))

    page.extract_text(visitor_text=visit)
    return found


def test_the_word_report_in_arabic_is_marked_right_to_left(arabic_mission, tmp_path):
    store, ids = arabic_mission
    result = export_mission_report(store, ids.mission_id, tmp_path / "ar.docx", "ar",
                                   issue_date=date(2030, 4, 2))
    doc = Document(str(result.path))
    for section in doc.sections:
        assert section._sectPr.find(qn("w:bidi")) is not None
    headings = [p for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert any(p.text.endswith(T("h_findings")) for p in headings)
    for paragraph in headings + [p for p in doc.paragraphs if p.text.strip()][:5]:
        ppr = paragraph._p.pPr
        assert ppr is not None and ppr.find(qn("w:bidi")) is not None, paragraph.text
        assert paragraph.alignment in (None, WD_ALIGN_PARAGRAPH.RIGHT) or \
            paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER, paragraph.text
    # table rows read from the right: marked bidiVisual
    for table in doc.tables:
        assert table._tbl.tblPr.find(qn("w:bidiVisual")) is not None
    assert any(ARABIC_GAP in cell.text for t in doc.tables for row in t.rows
               for cell in row.cells)


def test_the_command_line_writes_arabic_reports(worked, tmp_path, capsys):
    store, _ids = worked
    out = tmp_path / "mission.pdf"
    parsed = parse("report", MISSION_CODE, "--out", str(out), "--lang", "ar")
    assert run_report_command(store, parsed) == 0
    assert normalised(T("mission_report")) in pages(out)[0]
    progress = tmp_path / "progress.pdf"
    parsed = parse("progress-report", "--from", "2029-07-01", "--to", "2030-06-30", "--out",
                   str(progress), "--lang", "ar")
    assert run_report_command(store, parsed) == 0
    text = pages(progress)
    assert normalised(T("progress_title")) in text[0]
    assert normalised(T("part1")) in " ".join(text)


def test_arabic_chart_labels_are_shaped_and_in_visual_order():
    from mercator_desktop.reports.charts import _wrap_label
    from mercator_desktop.reports.fonts import REGULAR, register_fonts

    register_fonts()
    label = "الإدارة العامة للجمارك"
    lines = _wrap_label(label, 40, REGULAR, 7)
    assert len(lines) > 1  # wrapped in logical order: the first words on the first line
    assert all(0xFE70 <= ord(c) <= 0xFEFF for line in lines for c in line if c != " ")
    assert normalised(" ".join(line[::-1] for line in lines)) == label
