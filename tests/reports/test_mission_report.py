"""The mission report: its data read from a worked store (scores and counts by value), and the
rendered PDF parsed back (headings, contents page numbers, "Page X of Y", French, Cyrillic,
watermark, metadata, embedded fonts only, structural check)."""

from __future__ import annotations

import re
from datetime import date

import pikepdf
import pytest
from pypdf import PdfReader

from mercator_desktop.domain.errors import NotFoundError
from mercator_desktop.services.report_data import (
    ReportWriteError,
    export_mission_report,
    export_mission_report_by_code,
    mission_report_data,
)

from .conftest import (
    CYRILLIC_NAME,
    FINAL_CODE,
    GEOAT_VALUE,
    MISSION_CODE,
    integrity_value,
    pdf_text,
)

ISSUED = date(2030, 4, 2)


@pytest.fixture(scope="module")
def rendered(worked_module, tmp_path_factory):  # type: ignore[no-untyped-def]
    store, ids, _folder = worked_module
    out = tmp_path_factory.mktemp("reports")
    results = {lang: export_mission_report(store, ids.mission_id, out / f"report-{lang}.pdf",
                                           lang, issue_date=ISSUED)
               for lang in ("en", "fr", "es")}
    return results, {lang: pdf_text(r.path) for lang, r in results.items()}


@pytest.fixture(scope="module")
def data_en(worked_module):  # type: ignore[no-untyped-def]
    store, ids, _folder = worked_module
    return mission_report_data(store, ids.mission_id, "en", ISSUED)


# --- data, by value ------------------------------------------------------------------------


def test_the_worked_mission_has_two_full_instruments(data_en, worked_module):
    _store, ids, _folder = worked_module
    assert [a.instrument for a in data_en.assessments] == [
        "Integrity self-assessment (Revised Arusha Declaration) (2021.1)",
        "GEOAT – Gender Equality Organizational Assessment Tool (2023.1)"]
    integrity, geoat = data_en.assessments
    assert integrity.overall.not_applicable == len(ids.integrity_na)
    assert integrity.overall.unanswered == len(ids.integrity_unanswered)
    assert geoat.overall.not_applicable == len(ids.geoat_na)
    assert geoat.overall.unanswered == len(ids.geoat_unanswered)
    assert integrity.overall.answered + integrity.overall.not_applicable + \
        integrity.overall.unanswered == integrity.overall.questions == 79
    assert 120 <= data_en.answer_count <= 170


def test_scores_per_section_follow_the_answers_given(data_en):
    integrity, geoat = data_en.assessments
    for row in integrity.sections:
        if row.number == "0":
            assert row.percent is None  # context questions are not scored
        else:
            expected = 100 * (integrity_value(row.number) - 1) / 4
            assert row.percent == pytest.approx(expected), row.number
    for row in geoat.sections:
        if row.percent is not None:
            assert row.percent == pytest.approx(100 * GEOAT_VALUE / 5), row.number
    assert geoat.overall.percent == pytest.approx(60.0)
    assert [p.label for p in integrity.chart] == [str(n) for n in range(1, 11)]


def test_overall_integrity_score_is_the_weighted_mean_of_the_answers(data_en, worked_module):
    from mercator_desktop.services.assessments import AssessmentService

    store, ids, _folder = worked_module
    template = AssessmentService(store).template("integrity", "2021.1")
    skipped = set(ids.integrity_na) | set(ids.integrity_unanswered)
    values = [integrity_value(template.section_path(q.section_id)[0].number)
              for q in template.questions if q.type == "scale" and q.id not in skipped]
    expected = 100 * sum(v - 1 for v in values) / (4 * len(values))
    assert data_en.assessments[0].overall.percent == pytest.approx(expected)


def test_cover_team_findings_and_action_plan(data_en):
    d = data_en
    assert d.draft and d.status_code == "report_draft"
    cover = {line.label: line.value for line in d.cover}
    assert cover["Mission code"] == MISSION_CODE
    assert cover["Beneficiary administration"] == "Комитет государственных доходов"
    assert cover["WCO region"] == "Europe"
    assert cover["Dates"] == "11–15 March 2030"
    assert cover["Date of issue"] == "2 April 2030"
    assert d.team[0].name == CYRILLIC_NAME and d.team[0].role == "Lead expert"
    assert [m for m in d.methodology.sessions] == [("Meetings", 2), ("Site visits", 1),
                                                  ("Workshop sessions", 2)]
    assert [a.area for a in d.findings] == ["1. Leadership and Commitment",
                                            "8. Human Resource Management", "General"]
    assert [(r.ref, r.priority) for r in d.recommendations] == [("R1", "High"), ("R2", "Low")]
    assert [(a.activity, a.recommendation) for a in d.actions] == [
        ("Map vulnerable posts", "R1"), ("Design the survey", "R2")]
    history = d.assessments[0].history
    assert history is not None and history.answers_changed == 1
    assert [c.reason for c in history.corrections] == ["Corrected after the plenary"]


# --- the rendered PDF ------------------------------------------------------------------------


def test_headings_and_page_furniture(rendered):
    results, texts = rendered
    text = "\n".join(texts["en"])
    for heading in ("Contents", "1  Background and objectives", "2  Mission team",
                    "3  Agenda and programme of work", "4  Methodology",
                    "5  Results of the assessments", "6  Findings", "7  Recommendations",
                    "8  Action plan", "Annex A: Answers to the assessments",
                    "Annex B: Participants", "Annex C: Summary of the answer history",
                    "RESTRICTED — for the beneficiary administration and the WCO only"):
        assert heading.replace("  ", " ") in re.sub(r" +", " ", text), heading
    pages = results["en"].pages
    assert len(texts["en"]) == pages > 10
    for number, page_text in enumerate(texts["en"][1:], start=2):
        assert f"Page {number} of {pages}" in page_text
        assert f"{MISSION_CODE} — Integrity diagnostic mission" in page_text
    assert "Page 1 of" not in texts["en"][0]  # the cover has no furniture


def test_each_assessment_names_its_instrument_not_a_disclaimer(rendered):
    """The wording's provenance is data of the template, shown in the app; the report names
    the instrument and its version under each assessment instead of a developer's note."""
    _results, texts = rendered
    flat = {lang: re.sub(r"\s+", " ", " ".join(pages)) for lang, pages in texts.items()}
    assert "Mercator Desktop team" not in flat["en"]
    assert "équipe Mercator Desktop" not in flat["fr"]
    assert "Questions and scale: Integrity self-assessment (Revised Arusha Declaration), " \
        "version 2021.1." in flat["en"]
    assert "Questions and scale: GEOAT – Gender Equality Organizational Assessment Tool, " \
        "version 2023.1." in flat["en"]
    assert "Questions et échelle : GEOAT" in flat["fr"]


def test_contents_page_numbers_point_at_the_headings(rendered):
    _results, texts = rendered
    # The numbers are drawn when the document is saved, so they come after the titles.
    lines = [line.strip() for line in texts["en"][1].splitlines()]
    titles = lines[1:lines.index(next(x for x in lines if x.isdigit()))]
    numbers = [int(x) for x in lines if x.isdigit()][:len(titles)]
    assert len(titles) == len(numbers) >= 14
    assert titles[0] == "1 Background and objectives" and titles[-1].startswith("C.2 ")
    assert numbers == sorted(numbers)
    for title, page in zip(titles, numbers, strict=True):
        assert title in re.sub(r"\s+", " ", texts["en"][page - 1]), title


def test_french_report(rendered):
    results, texts = rendered
    text = re.sub(r" +", " ", "\n".join(texts["fr"]))
    for heading in ("Table des matières", "1 Contexte et objectifs", "8 Plan d'action",
                    "Annexe A : Réponses aux évaluations", "Résultats des évaluations",
                    "Expert principal", "Inexistant", "Sans objet", "PROJET",
                    "DIFFUSION RESTREINTE"):
        assert heading in text, heading
    pages = results["fr"].pages
    assert f"Page 2 sur {pages}" in texts["fr"][1]
    assert "Background and objectives" not in text


def test_spanish_report(rendered):
    results, texts = rendered
    text = re.sub(r" +", " ", "\n".join(texts["es"]))
    for heading in ("Índice", "1 Antecedentes y objetivos", "8 Plan de acción",
                    "Anexo A: Respuestas a las evaluaciones", "Resultados de las evaluaciones",
                    "Experto principal", "Inexistente", "No aplica", "BORRADOR",
                    "DIFUSIÓN RESTRINGIDA", "Autoevaluación de integridad"):
        assert heading in text, heading
    pages = results["es"].pages
    assert f"Página 2 de {pages}" in texts["es"][1]
    assert "Background and objectives" not in text and "Not in place" not in text


def test_cyrillic_and_accented_names_survive_extraction(rendered):
    _results, texts = rendered
    text = "\n".join(texts["en"])
    for name in (CYRILLIC_NAME, "José Ramírez Ortega", "Комитет государственных доходов",
                 "Ерлан Сапаров"):
        assert name in text, name


def test_draft_watermark_only_before_report_final(rendered, worked_module, tmp_path):
    _results, texts = rendered
    assert "DRAFT" in texts["en"][0]
    store, ids, _folder = worked_module
    from mercator_desktop.services.missions import MissionService

    missions = MissionService(store)
    mission = missions.get(ids.final_mission_id)
    assert mission.code == FINAL_CODE
    for status in ("in_delivery", "report_draft", "report_final"):
        data = missions.get(ids.final_mission_id).to_input()
        data.status_code = status
        missions.update(ids.final_mission_id, data)
    result = export_mission_report(store, ids.final_mission_id, tmp_path / "final.pdf")
    assert not result.draft
    final_text = "\n".join(pdf_text(result.path))
    assert "DRAFT" not in final_text
    assert "No assessment was recorded for this mission." in final_text
    assert "No findings were recorded." in final_text


def test_metadata_fonts_and_structure(rendered):
    results, _texts = rendered
    path = results["en"].path
    reader = PdfReader(str(path))
    meta = reader.metadata
    assert meta.title == f"Mission report: {MISSION_CODE} — Integrity diagnostic mission"
    assert meta.author == CYRILLIC_NAME
    assert "Integrity diagnostic mission — Комитет государственных доходов" in meta.subject
    assert meta.creation_date is not None
    fonts = {}
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    # Only the embedded DejaVu subsets: no base-14 font (Helvetica, Times …) anywhere.
    assert set(fonts) == {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold",
                          "/AAAAAA+DejaVuSans-Oblique"}, set(fonts)
    for font in fonts.values():
        assert "/FontFile2" in font["/FontDescriptor"], "the TrueType font is embedded"
    with pikepdf.open(path) as pdf:  # the structural check qpdf --check makes
        assert pdf.check_pdf_syntax() == []
        for page in pdf.pages:  # every content stream parses
            assert pikepdf.parse_content_stream(page)
        assert len(pdf.pages) == results["en"].pages


def test_by_code_and_clear_errors(worked_module, tmp_path):
    store, _ids, _folder = worked_module
    with pytest.raises(NotFoundError, match="no mission with code 'XX-0000'"):
        export_mission_report_by_code(store, "XX-0000", tmp_path / "x.pdf")
    with pytest.raises(ReportWriteError, match="does not exist"):
        export_mission_report_by_code(store, FINAL_CODE, tmp_path / "missing" / "x.pdf")
    with pytest.raises(ReportWriteError, match="is a folder"):
        export_mission_report_by_code(store, FINAL_CODE, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_export_leaves_nothing_behind(worked_module, tmp_path):
    store, ids, _folder = worked_module

    class Stop(Exception):
        pass

    def progress(fraction: float, stage: str) -> None:
        if stage == "layout" and fraction > 0.5:
            raise Stop

    target = tmp_path / "cancelled.pdf"
    target.write_bytes(b"old")
    with pytest.raises(Stop):
        export_mission_report(store, ids.mission_id, target, progress=progress)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cancelled.pdf"]


def test_trashed_mission_is_not_reported(worked_module, tmp_path):
    store, ids, _folder = worked_module
    from mercator_desktop.services.missions import MissionService

    MissionService(store).trash(ids.final_mission_id)
    try:
        with pytest.raises(NotFoundError, match="trash"):
            export_mission_report(store, ids.final_mission_id, tmp_path / "t.pdf")
    finally:
        MissionService(store).restore(ids.final_mission_id)
