"""Every script prints: Arabic and Hebrew shaped and right-to-left, Chinese through a fallback
font found on the computer, and characters no font has named in a warning (the PDF is still
written). The PDF is read back with pypdf: the extracted Arabic, normalised, is the text that
was typed, in its logical order. The Word file marks the same texts right-to-left."""

from __future__ import annotations

import os
import re
import unicodedata

import pytest
from docx import Document
from pypdf import PdfReader

from mercator_desktop.reports import fonts, scripts
from mercator_desktop.services.findings import FindingInput, FindingService, RecommendationInput
from mercator_desktop.services.report_data import export_mission_report

from .conftest import pdf_text

ARABIC_GAP = ("لا توجد سياسة تناوب للوظائف الحساسة في الإدارة العامة للجمارك ولا خطة واضحة "
              "لتدريب الموظفين على قواعد السلوك والنزاهة في المنافذ الحدودية.")
HEBREW_RECOMMENDATION = "לאמץ מדיניות רוטציה לתפקידים רגישים."
CHINESE_STRENGTH = "海关总署综合业务司负责制定廉政建设规划并组织实施年度培训计划。"
NO_FONT = "\U00013000"  # an Egyptian hieroglyph: no font the report may use has it


def normalised(text: str) -> str:
    """Presentation forms back to letters (NFKC), whitespace collapsed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def cjk_font_or_skip() -> str:
    font = fonts.fallback_for("中")
    if font is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have a CJK font (see .ci/run)")
        pytest.skip("no font with Chinese characters on this computer (e.g. install "
                    "fonts-droid-fallback or fonts-wqy-microhei)")
    return font


@pytest.fixture
def scripts_mission(worked):  # type: ignore[no-untyped-def]
    store, ids = worked
    service = FindingService(store)
    service.add_finding(ids.mission_id, FindingInput("gap", ARABIC_GAP))
    service.add_finding(ids.mission_id, FindingInput("strength", CHINESE_STRENGTH))
    service.add_recommendation(ids.mission_id, RecommendationInput(HEBREW_RECOMMENDATION,
                                                                   "medium"))
    return store, ids


def test_right_to_left_lines_keep_the_logical_order_of_lines():
    words = "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية"
    lines = scripts.rtl_lines(words, 60, lambda s: 4.0 * len(s))
    assert len(lines) > 1
    # the first words typed are on the first line (each line reversed only in itself)
    first_line = normalised(scripts.visual(lines[0], True))
    assert normalised(words).startswith(first_line)


def test_runs_split_where_the_direction_changes():
    pieces = list(scripts.segments("Rapport: لا توجد سياسة (2019), end"))
    assert pieces == [("Rapport: ", False), ("لا توجد سياسة", True), (" (2019), end", False)]
    assert list(scripts.segments("plain")) == [("plain", False)]
    assert scripts.starts_rtl(HEBREW_RECOMMENDATION) and not scripts.starts_rtl("A לא")


def test_arabic_finding_prints_shaped_right_to_left_and_extracts_in_order(scripts_mission,
                                                                          tmp_path):
    store, ids = scripts_mission
    result = export_mission_report(store, ids.mission_id, tmp_path / "r.pdf")
    text = normalised("\n".join(pdf_text(result.path)))
    assert normalised(ARABIC_GAP) in text
    # pypdf puts a Hebrew line's final full stop (a neutral character) at its start
    assert normalised(HEBREW_RECOMMENDATION.rstrip(".")) in text
    raw = "\n".join(pdf_text(result.path))
    # joined letters: the PDF holds Arabic presentation forms, not the isolated letters
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in raw)


def test_chinese_prints_in_a_fallback_font_per_run(scripts_mission, tmp_path):
    fallback = cjk_font_or_skip()
    store, ids = scripts_mission
    result = export_mission_report(store, ids.mission_id, tmp_path / "r.pdf")
    text = "".join(pdf_text(result.path)).replace("\n", "")
    assert CHINESE_STRENGTH in text
    embedded = set()
    for page in PdfReader(str(result.path)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            embedded.add(str(font.get_object()["/BaseFont"]))
    assert any("DejaVuSans" in name for name in embedded)
    others = [name for name in embedded if "DejaVuSans" not in name]
    assert len(others) == 1  # the fallback, embedded as a subset beside DejaVu
    assert scripts.markup("Mr 王 said").count(f'<font name="{fallback}">') == 1
    assert result.missing_characters == ()


def test_characters_no_font_has_are_named_and_the_pdf_is_still_written(worked, tmp_path,
                                                                       capsys):
    if fonts.fallback_for(NO_FONT) is not None:
        pytest.skip("this computer has a font with Egyptian hieroglyphs")
    store, ids = worked
    FindingService(store).add_finding(ids.mission_id, FindingInput(
        "gap", f"Seal of the office {NO_FONT} not legible."))
    result = export_mission_report(store, ids.mission_id, tmp_path / "r.pdf")
    assert result.path.is_file() and result.pages > 5
    assert len(result.missing_characters) == 1
    message = result.missing_characters[0]
    assert "U+13000" in message and "findings › gaps" in message
    assert "Seal of the office" in message


def test_command_line_warns_about_missing_characters(worked, tmp_path, capsys):
    import argparse

    from mercator_desktop.report_cli import add_report_commands, run_report_command

    from .conftest import MISSION_CODE

    if fonts.fallback_for(NO_FONT) is not None:
        pytest.skip("this computer has a font with Egyptian hieroglyphs")
    store, ids = worked
    FindingService(store).add_finding(ids.mission_id, FindingInput("gap", f"Seal {NO_FONT}"))
    parser = argparse.ArgumentParser(prog="mercator-desktop")
    add_report_commands(parser.add_subparsers(dest="command"))
    code = run_report_command(store, parser.parse_args(
        ["report", MISSION_CODE, "--out", str(tmp_path / "r.pdf")]))
    out, err = capsys.readouterr()
    assert code == 0 and out.startswith("Wrote ")
    assert err.startswith("mercator-desktop: warning: no font on this computer has ")
    assert "U+13000" in err and "empty boxes" in err


def test_word_marks_right_to_left_runs_and_paragraphs(scripts_mission, tmp_path):
    store, ids = scripts_mission
    result = export_mission_report(store, ids.mission_id, tmp_path / "r.docx")
    document = Document(str(result.path))
    found = []
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    if "سياسة" in paragraph.text:
                        found.append(paragraph)
    assert found, "the Arabic finding is in a table cell"
    paragraph = found[0]
    assert paragraph.text == f"• {ARABIC_GAP}"  # logical order: Word shapes and orders it
    assert any(run.font.rtl for run in paragraph.runs)
    all_text = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert HEBREW_RECOMMENDATION in all_text and CHINESE_STRENGTH in all_text


def test_long_arabic_and_chinese_texts_flow_across_pages_and_extract_whole(tmp_path):
    from reportlab.platypus import SimpleDocTemplate

    from mercator_desktop.reports.layout import Heading, Outline, make_styles, para

    cjk_font_or_skip()
    styles = make_styles()
    arabic = " ".join([ARABIC_GAP.rstrip(".")] * 60) + "."
    chinese = CHINESE_STRENGTH * 150
    story = [Heading("التقرير", styles["h1"], "h0", 0, Outline()),
             para(arabic, styles["body"]), para(chinese, styles["body"])]
    target = tmp_path / "long.pdf"
    SimpleDocTemplate(str(target)).build(story)
    pages = pdf_text(target)
    assert len(pages) >= 4
    text = " ".join(pages)
    assert normalised(arabic) in normalised(text)
    assert chinese in text.replace("\n", "").replace(" ", "")
    assert normalised(pages[0]).startswith("التقرير")


def test_a_chinese_mission_title_prints_in_the_running_header(worked, tmp_path):
    """The running header sets the characters DejaVu lacks in the body's fallback font (no
    empty boxes): page 2 (the contents, no Chinese in its body) embeds the fallback font and
    its header extracts as the title."""
    from dataclasses import replace

    from mercator_desktop.services.missions import MissionService
    from mercator_desktop.storage.models import Mission

    fallback = cjk_font_or_skip()
    store, ids = worked
    title = "海关廉政建设诊断评估任务"
    with store.sessions() as session:
        current = MissionService.input_of(session.get(Mission, ids.mission_id))
    MissionService(store).update(ids.mission_id, replace(current, title=title))
    result = export_mission_report(store, ids.mission_id, tmp_path / "r.pdf")
    page = PdfReader(str(result.path)).pages[1]
    assert title in page.extract_text()
    names = {str(font.get_object()["/BaseFont"])
             for font in (page["/Resources"].get("/Font") or {}).values()}
    assert any("DejaVuSans" not in name for name in names), (names, fallback)
