"""The small things an expert noticed in the reports: TFA articles under their own heading,
group sessions counted as workshops, "Recorded by" naming the person, CSV files readable by
their owner only."""

from __future__ import annotations

import re
import stat
from datetime import date

from mercator_desktop.reports.mission_data import session_kind
from mercator_desktop.reports.progress_data import build_progress_report
from mercator_desktop.reports.progress_pdf import write_progress_csv

from .conftest import pdf_text
from .test_progress_data import RECORDS, REGIONS, TOPICS


def test_group_sessions_are_workshops() -> None:
    for activity in ("Group session with women officers", "Focus group: HR staff",
                     "Séance de groupe avec les cadres", "GEOAT group discussion"):
        assert session_kind(activity) == "workshop", activity
    assert session_kind("Opening meeting with the Director General") == "meeting"


def test_csv_tables_are_readable_by_their_owner_only(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = build_progress_report(RECORDS, period_start=date(2018, 7, 1),
                                 period_end=date(2019, 6, 30), topics=TOPICS, regions=REGIONS)
    for path in write_progress_csv(data, tmp_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_tfa_apart_and_recorded_by_the_person(worked, tmp_path):  # type: ignore[no-untyped-def]
    from mercator_desktop.services.missions import MissionService
    from mercator_desktop.services.report_data import export_mission_report
    from mercator_desktop.services.store import HQ_USER_SETTING, PERSON_SETTING

    store, ids = worked
    MissionService(store).set_links(ids.mission_id, "tfa", ["7.6"])
    # The changes were recorded under the sign-in name "tester"; the person is named.
    store.set_setting(HQ_USER_SETTING, "tester")
    store.set_setting(PERSON_SETTING, "Aigerim Tolegenova")
    result = export_mission_report(store, ids.mission_id, tmp_path / "r.pdf", "en")
    text = re.sub(r"\s+", " ", " ".join(pdf_text(result.path)))
    wco = text.index("Linked WCO instruments")
    wto = text.index("WTO Trade Facilitation Agreement ")
    assert wco < text.index("Revised Arusha Declaration key factors") < wto
    assert text.index("Article 7.6") > wto
    annex = text[text.rindex("Annex C"):]
    assert "Recorded by Aigerim Tolegenova" in annex
    assert "tester" not in annex


def test_french_puts_a_non_breaking_space_before_a_colon() -> None:
    from mercator_desktop.reports.texts import Texts

    fr, en = Texts("fr"), Texts("en")
    assert fr("h_annex_participants", n="B") == "Annexe B\u00a0: Participants"
    assert fr.colon("women") == "Femmes\u00a0:" and en.colon("women") == "Women:"
    assert " :" not in fr("background_text", admin="A", country="B", type="C", when="D")


def test_chart_labels_are_wrapped_not_cut(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from reportlab.graphics import renderPDF
    from reportlab.lib.units import cm

    from mercator_desktop.reports.charts import bar_chart

    labels = ["1 Leadership and commitment of the senior management to integrity",
              "2 Transparencyautomationandaveryverylongwordwithoutanyspaces", "3 Short"]
    drawing = bar_chart([(label, 50.0) for label in labels], 10 * cm, percent=True,
                        label_width=5.5 * cm)
    renderPDF.drawToFile(drawing, str(tmp_path / "chart.pdf"))
    text = re.sub(r"\s+", "", PdfReader(str(tmp_path / "chart.pdf")).pages[0].extract_text())
    assert "…" not in text
    for label in labels:
        assert re.sub(r"\s+", "", label) in text, label


def test_a_subtotal_never_starts_a_page_alone() -> None:
    """Groups of every size from 1 to 30 activities: on no page does the table go on with
    a subtotal line right under its repeated header."""
    import io

    from pypdf import PdfReader

    from mercator_desktop.reports.progress_data import ActivityRecord
    from mercator_desktop.reports.progress_pdf import render_progress_report

    def record(i: int, topic: str) -> ActivityRecord:
        return ActivityRecord(
            code=f"KZ-{i}", title=f"Workshop {i}", start_date=date(2029, 9, 1),
            end_date=date(2029, 9, 3), country_iso2="KZ", country="Kazakhstan",
            region_code="EUR", region="Europe", type_label="Workshop", topics=(topic,),
            remote=False, programme="", experts=("A",), women=1, men=1, total=2)

    topics = [(f"t{n}", f"Topic {n}") for n in range(1, 31)]
    records = [record(n * 100 + i, f"t{n}") for n in range(1, 31) for i in range(n)]
    data = build_progress_report(records, period_start=date(2029, 7, 1),
                                 period_end=date(2030, 6, 30), topics=topics,
                                 regions=[("EUR", "Europe")])
    out = io.BytesIO()
    render_progress_report(data, out)
    for page in PdfReader(out).pages:
        lines = [line.strip() for line in (page.extract_text() or "").splitlines()]
        if "TFA / RAD" in lines:
            after = lines[lines.index("TFA / RAD") + 1]
            assert not after.startswith("Subtotal"), lines[:12]


def test_french_report_names_the_assessments_in_french(worked):  # type: ignore[no-untyped-def]
    from mercator_desktop.services.report_data import mission_report_data

    store, ids = worked
    titles = [a.title for a in mission_report_data(store, ids.mission_id, "fr").assessments]
    assert titles == ["Auto-évaluation de l'intégrité (Déclaration d'Arusha révisée) — "
                      "Mid-level managers",
                      "GEOAT – Outil d'évaluation organisationnelle de l'égalité des genres"]
    assert not any("self-assessment" in t for t in titles)
    english = [a.title for a in mission_report_data(store, ids.mission_id, "en").assessments]
    assert english[0] == "Integrity self-assessment (Revised Arusha Declaration) — " \
        "Mid-level managers"
