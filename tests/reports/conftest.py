"""Fixtures of the report tests.

A store with one fully worked mission (team with a Cyrillic name, agenda, two full
assessments of about 130 answers, findings, recommendations, an action plan) is built ONCE
per test run and copied for each test that needs it: filling 130 answers through the service
takes a while and the machine is shared. Rendered PDFs are made once per module.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

CYRILLIC_NAME = "Айгерим Төлегенова"
MISSION_CODE = "KZ-2030-INTD-01"
FINAL_CODE = "JM-2030-WS-01"


def integrity_value(section_number: str) -> int:
    """The answer given to every scale question of integrity factor N: 1 + N mod 5, so the
    factor scores (value - 1) / 4: factor 1 → 25 %, 2 → 50 %, 3 → 75 %, 4 → 100 %, 5 → 0 %."""
    return 1 + int(section_number) % 5


GEOAT_VALUE = 3  # every GEOAT scale answer: 3 on 0..5 → 60 %


@dataclass
class Worked:
    """What the worked store holds (ids and the counts a test compares with)."""

    mission_id: str
    final_mission_id: str
    integrity_id: str
    geoat_id: str
    integrity_na: list[str]
    integrity_unanswered: list[str]
    geoat_na: list[str]
    geoat_unanswered: list[str]
    corrected_question: str


@pytest.fixture(autouse=True)
def _gui_collector(request: pytest.FixtureRequest) -> None:
    """Tests that drive widgets collect garbage on the GUI thread only, as the app does
    (``ui.collector``)."""
    if "qtbot" in request.fixturenames:
        from mercator_desktop.ui import collector

        collector.install(request.getfixturevalue("qapp"))


@pytest.fixture(scope="session")
def _migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from mercator_desktop.services.store import open_store

    folder = tmp_path_factory.mktemp("migrated-reports")
    open_store(folder, user="tester").close()
    return folder / "mercator.sqlite"


@pytest.fixture
def store(data_dir: Path, _migrated_database: Path) -> Iterator[Any]:
    """A fresh data folder per test, copied from a database migrated once."""
    from mercator_desktop.services.store import open_store

    shutil.copyfile(_migrated_database, data_dir / "mercator.sqlite")
    opened = open_store(data_dir, user="tester")
    yield opened
    opened.close()


def _build_worked(folder: Path) -> Worked:
    from mercator_desktop.services.assessments import AssessmentService
    from mercator_desktop.services.dto import (
        AgendaInput,
        ExpertInput,
        MissionInput,
        TeamAssignment,
    )
    from mercator_desktop.services.experts import ExpertService
    from mercator_desktop.services.findings import (
        ActionItemInput,
        FindingInput,
        FindingService,
        ProgressInput,
        RecommendationInput,
    )
    from mercator_desktop.services.missions import MissionService
    from mercator_desktop.services.store import open_store

    store = open_store(folder, user="tester")
    try:
        experts, missions = ExpertService(store), MissionService(store)
        lead = experts.create(ExpertInput(name=CYRILLIC_NAME, home_country_iso2="KZ",
                                          languages=["kk", "ru", "en"]))
        co = experts.create(ExpertInput(name="José Ramírez Ortega", home_country_iso2="CR"))
        admin = experts.create_administration("KZ", "Комитет государственных доходов", "SRC")
        mission = missions.create(MissionInput(
            code=MISSION_CODE, title="Integrity diagnostic mission",
            type_code="integrity_diagnostic",
            status_code="report_draft", country_iso2="KZ", topics=["integrity"],
            administration_id=admin.id, start_date=date(2030, 3, 11), end_date=date(2030, 3, 15),
            location="Astana", objectives="Diagnose integrity needs.\nAgree on an action plan.",
            participants_women=11, participants_men=9, participants_total=20,
            team=[TeamAssignment(lead.id, "lead"), TeamAssignment(co.id, "co_facilitator")],
            links={"tfa": [], "arusha": ["leadership_commitment", "hrm"], "geoat": []},
        ))
        for day, start, activity in (
            (11, 9, "Opening meeting with the Chairman"),
            (12, 9, "Site visit to the Khorgos border crossing"),
            (13, 9, "Self-assessment workshop, day 1"),
            (14, 9, "Self-assessment workshop, day 2"),
            (15, 10, "Debriefing with senior management"),
        ):
            missions.add_agenda_item(mission.id, AgendaInput(
                day=date(2030, 3, day), activity=activity, start_time=time(start),
                end_time=time(start + 2), location="Astana", counterparts="Internal Security"))
        missions.add_counterpart(mission.id, "Ерлан Сапаров", "Internal Security Department")

        service = AssessmentService(store)
        integrity = service.start(mission.id, "integrity", group_name="Mid-level managers")
        geoat = service.start(mission.id, "geoat")
        worked = Worked(mission.id, "", integrity.id, geoat.id, [], [], [], [], "")
        for assessment, na, unanswered in ((integrity, worked.integrity_na,
                                            worked.integrity_unanswered),
                                           (geoat, worked.geoat_na, worked.geoat_unanswered)):
            template = service.template(assessment.template_id, assessment.template_version)
            scale_questions = [q for q in template.questions if q.type == "scale"]
            for i, q in enumerate(scale_questions):
                if i % 13 == 5:
                    service.set_not_applicable(assessment.id, q.id)
                    na.append(q.id)
                elif i % 17 == 9:
                    unanswered.append(q.id)
                else:
                    top = template.section_path(q.section_id)[0]
                    value = (integrity_value(top.number) if assessment is integrity
                             else GEOAT_VALUE)
                    service.set_answer(assessment.id, q.id, value)
            for q in template.questions:
                if q.type == "number":
                    service.set_answer(assessment.id, q.id, 10)
                elif q.type == "text":
                    service.set_answer(assessment.id, q.id, "Publish the code of conduct.")
                elif q.type == "yes_no_partly":
                    service.set_answer(assessment.id, q.id, "partly")
                elif q.type == "single_choice":
                    service.set_answer(assessment.id, q.id, q.options[0].value)
                elif q.type == "multiple_choice":
                    service.set_answer(assessment.id, q.id, [q.options[0].value])
                elif q.type == "date":
                    service.set_answer(assessment.id, q.id, "2029-01-15")
        # one correction with a reason, one note
        first = next(q for q in service.template("integrity", integrity.template_version)
                     .questions if q.type == "scale" and q.id not in worked.integrity_na
                     and q.id not in worked.integrity_unanswered)
        service.set_answer(integrity.id, first.id, 5)
        service.set_answer(integrity.id, first.id, integrity_value("1"),
                           reason="Corrected after the plenary")
        service.set_note(integrity.id, first.id, "Code of conduct signed by all managers.")
        worked.corrected_question = first.id

        findings = FindingService(store)
        gap = findings.add_finding(mission.id, FindingInput(
            "gap", "No rotation policy for vulnerable posts.", "arusha", "hrm"))
        findings.add_finding(mission.id, FindingInput(
            "strength", "The Chairman speaks openly about integrity.", "arusha",
            "leadership_commitment"))
        findings.add_finding(mission.id, FindingInput("gap", "Staff survey never done."))
        low = findings.add_recommendation(mission.id, RecommendationInput(
            "Run a staff integrity survey.", "low"))
        high = findings.add_recommendation(mission.id, RecommendationInput(
            "Adopt a rotation policy for vulnerable posts.", "high", gap.id))
        action = findings.add_action(mission.id, ActionItemInput(
            activity="Map vulnerable posts", objective="Vulnerable posts rotate",
            responsible_unit="Human Resources", timeframe="short", due_date=date(2030, 9, 30),
            indicator="Share of posts rotated", recommendation_id=high.id))
        findings.add_progress(action.id, ProgressInput(date(2024, 1, 10), "in_progress", 40))
        findings.add_action(mission.id, ActionItemInput(
            activity="Design the survey", recommendation_id=low.id, timeframe="long"))

        final = missions.create(MissionInput(
            code=FINAL_CODE, title="Code of conduct workshop", type_code="workshop",
            status_code="planned", country_iso2="JM", start_date=date(2030, 5, 6),
            end_date=date(2030, 5, 8), team=[TeamAssignment(co.id, "lead")]))
        worked.final_mission_id = final.id
    finally:
        store.close()
    return worked


@pytest.fixture(scope="session")
def _worked_database(tmp_path_factory: pytest.TempPathFactory,
                     _migrated_database: Path) -> tuple[Path, Worked]:
    folder = tmp_path_factory.mktemp("worked")
    shutil.copyfile(_migrated_database, folder / "mercator.sqlite")
    worked = _build_worked(folder)
    return folder / "mercator.sqlite", worked


@pytest.fixture
def worked(data_dir: Path, _worked_database: tuple[Path, Worked]) -> Iterator[tuple[Any, Worked]]:
    """(store, ids) of a copy of the worked store."""
    from mercator_desktop.services.store import open_store

    database, ids = _worked_database
    shutil.copyfile(database, data_dir / "mercator.sqlite")
    opened = open_store(data_dir, user="tester")
    yield opened, ids
    opened.close()


@pytest.fixture(scope="module")
def worked_module(tmp_path_factory: pytest.TempPathFactory,
                  _worked_database: tuple[Path, Worked]) -> Iterator[tuple[Any, Worked, Path]]:
    """A copy of the worked store shared by one module (for tests that only read)."""
    from mercator_desktop.services.store import open_store

    database, ids = _worked_database
    folder = tmp_path_factory.mktemp("worked-module")
    shutil.copyfile(database, folder / "mercator.sqlite")
    opened = open_store(folder, user="tester")
    yield opened, ids, folder
    opened.close()


def pdf_text(path: Path) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]
