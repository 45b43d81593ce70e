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
