"""The mission report as a Word document, read back with python-docx: Word's own heading
styles (the navigation pane), the tables with a repeated header row, the charts as images,
the PAGE/NUMPAGES fields of the footer, the cover's restricted marking, French, and the
format chosen by the file's extension (also from the command line)."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest
from docx import Document

from mercator_desktop.report_cli import add_report_commands, run_report_command
from mercator_desktop.services.report_data import export_mission_report

from .conftest import CYRILLIC_NAME, MISSION_CODE

ISSUED = date(2030, 4, 2)


@pytest.fixture(scope="module")
def word(worked_module, tmp_path_factory):  # type: ignore[no-untyped-def]
    store, ids, _folder = worked_module
    out = tmp_path_factory.mktemp("word")
    return {lang: export_mission_report(store, ids.mission_id, out / f"report-{lang}.docx",
                                        lang, issue_date=ISSUED)
            for lang in ("en", "fr")}


def all_text(document) -> str:  # type: ignore[no-untyped-def]
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def headings(document, level: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def test_the_file_is_a_word_document_not_a_pdf(word):
    path = word["en"].path
    assert path.suffix == ".docx"
    assert zipfile.is_zipfile(path)
    assert path.read_bytes()[:4] != b"%PDF"
    assert word["en"].pages == 11  # the top-level sections: 1–8 and three annexes


def test_sections_are_word_headings_for_the_navigation_pane(word):
    document = Document(str(word["en"].path))
    assert headings(document, 1)[:8] == [
        "1  Background and objectives", "2  Mission team", "3  Agenda and programme of work",
        "4  Methodology", "5  Results of the assessments", "6  Findings",
        "7  Recommendations", "8  Action plan"]
    assert any(h.startswith("Annex A") for h in headings(document, 1))
    level2 = headings(document, 2)
    assert "5.1  Integrity self-assessment (Revised Arusha Declaration) — Mid-level managers" \
        in level2
    assert any(h.startswith("5.2  GEOAT") for h in level2)


def test_cover_texts_marking_and_contents_field(word):
    document = Document(str(word["en"].path))
    texts = [p.text for p in document.paragraphs]
    assert "WORLD CUSTOMS ORGANIZATION" in texts
    assert "Integrity diagnostic mission" in texts
    assert "RESTRICTED — for the beneficiary administration and the WCO only" in texts
    cover = document.tables[0]
    cover_pairs = {row.cells[0].text: row.cells[1].text for row in cover.rows}
    assert cover_pairs["Mission code"] == MISSION_CODE
    assert cover_pairs["Date of issue"] == "2 April 2030"
    body = document.element.body.xml
    assert 'TOC \\o "1-2"' in body  # Word fills the contents from the headings


def test_tables_hold_the_data_with_a_repeated_header(word):
    document = Document(str(word["en"].path))
    team = next(t for t in document.tables if t.rows[0].cells[0].text == "Name")
    assert team.rows[1].cells[0].text == CYRILLIC_NAME
    assert "<w:tblHeader" in team.rows[0]._tr.xml
    scores = [t for t in document.tables if t.rows[0].cells[0].text == "Section"]
    assert len(scores) == 2
    geoat_overall = scores[1].rows[-1].cells
    assert geoat_overall[0].text == "Overall" and geoat_overall[-1].text == "60.0\u00a0%"
    actions = next(t for t in document.tables if t.rows[0].cells[1].text == "Activity"
                   and t.rows[0].cells[0].text == "Objective")
    assert "Map vulnerable posts" in [r.cells[1].text for r in actions.rows]
    text = all_text(document)
    assert "No rotation policy for vulnerable posts." in text
    assert "Adopt a rotation policy for vulnerable posts." in text


def test_charts_are_images_and_the_footer_counts_pages(word):
    document = Document(str(word["en"].path))
    images = [r for r in document.part.related_parts.values()
              if r.content_type == "image/png"]
    assert len(images) == 4  # a radar and a bar chart for each of the two assessments
    assert all(part.blob[:8] == b"\x89PNG\r\n\x1a\n" for part in images)
    footer = document.sections[0].footer.paragraphs[0]
    assert "Restricted · World Customs Organization" in footer.text
    assert " PAGE " in footer._p.xml and " NUMPAGES " in footer._p.xml
    assert document.sections[0].different_first_page_header_footer  # a bare cover
    assert document.core_properties.title == \
        f"Mission report: {MISSION_CODE} — Integrity diagnostic mission"


def test_french_word_report(word):
    document = Document(str(word["fr"].path))
    assert headings(document, 1)[0] == "1  Contexte et objectifs"
    text = all_text(document)
    assert "DIFFUSION RESTREINTE" in text and "Plan d'action" in text
    assert "Page 1 sur 1" in document.sections[0].footer.paragraphs[0].text  # placeholders
    assert document.core_properties.language == "fr"


def test_the_command_line_chooses_word_by_the_extension(worked, tmp_path, capsys):
    import argparse

    store, _ids = worked
    parser = argparse.ArgumentParser(prog="mercator-desktop")
    add_report_commands(parser.add_subparsers(dest="command"))
    target = tmp_path / "report.DOCX"
    code = run_report_command(store, parser.parse_args(
        ["report", MISSION_CODE, "--out", str(target)]))
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote {target}: Word document")
    assert headings(Document(str(target)), 1)[0] == "1  Background and objectives"
    assert not list(tmp_path.glob(".*part"))
