"""Fixtures of the checklist tests: a small template written on the fly, a library of test
templates in a temporary folder, a mission to hang assessments on, and the services."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def T(en: str, fr: str | None = None) -> dict[str, str]:
    return {"en": en, "fr": fr or f"{en} (fr)"}


SMALL: dict[str, Any] = {
    "format": 1, "id": "small", "version": "1.0", "languages": ["en", "fr"],
    "title": T("Small checklist"),
    "scales": {"five": {
        "not_applicable": True, "not_applicable_label": T("Not applicable"),
        "points": [{"value": v, "label": T(f"Level {v}")} for v in range(6)],
    }},
    "sections": [
        {"id": "a", "title": T("Section A"), "label": "A", "questions": [
            {"id": "a.1", "type": "scale", "scale": "five", "text": T("First"),
             "required": True, "help": T("Help of the first")},
            {"id": "a.2", "type": "scale", "scale": "five", "text": T("Second"),
             "required": True, "weight": 2},
            {"id": "a.has", "type": "yes_no_partly", "text": T("Is there a unit?"),
             "required": True, "weight": 0},
            {"id": "a.since", "type": "date", "text": T("Since when?"), "required": True,
             "visible_if": "a.has in ['yes', 'partly']"},
        ]},
        {"id": "b", "title": T("Section B"), "label": "B", "weight": 1, "sections": [
            {"id": "b.x", "title": T("Key element X"), "questions": [
                {"id": "b.x.1", "type": "scale", "scale": "five", "text": T("Third"),
                 "required": True},
                {"id": "b.x.count", "type": "number", "integer": True, "min": 0,
                 "text": T("How many?")},
                {"id": "b.x.kind", "type": "single_choice", "text": T("Which kind?"),
                 "options": [{"value": "one", "label": T("One")},
                             {"value": "two", "label": T("Two")}]},
                {"id": "b.x.tags", "type": "multiple_choice", "text": T("Which tags?"),
                 "options": [{"value": "red", "label": T("Red")},
                             {"value": "blue", "label": T("Blue")}]},
                {"id": "b.x.text", "type": "text", "text": T("Comments")},
            ]},
        ]},
    ],
}


def small(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(SMALL)
    data.update(changes)
    return data


def write_template(folder: Path, data: dict[str, Any], name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"{data['id']}-{data['version']}.json")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def _migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store migrated to head with reference data loaded, made once per test run."""
    from mercator_desktop.services.store import open_store

    folder = tmp_path_factory.mktemp("migrated")
    open_store(folder, user="tester").close()
    return folder / "mercator.sqlite"


@pytest.fixture
def store(data_dir: Path, _migrated_database: Path) -> Iterator[Any]:
    """Like the suite's ``store`` (a fresh data folder per test, real services), but copied
    from a database migrated once instead of migrating and loading reference data anew:
    these tests open hundreds of stores and the machine is shared."""
    from mercator_desktop.services.store import open_store

    shutil.copyfile(_migrated_database, data_dir / "mercator.sqlite")
    opened = open_store(data_dir, user="tester")
    yield opened
    opened.close()


@pytest.fixture
def template_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    write_template(folder, small())
    return folder


@pytest.fixture
def library(template_dir: Path):  # type: ignore[no-untyped-def]
    from mercator_desktop.checklists.loader import load_library

    return load_library([template_dir])


@pytest.fixture
def mission_id(missions) -> str:  # type: ignore[no-untyped-def]
    from mercator_desktop.services.dto import MissionInput

    return missions.create(MissionInput(
        code="JM-2030-IA-01", title="Integrity assessment", type_code="integrity_assessment",
        status_code="planned", country_iso2="JM")).id


@pytest.fixture
def assessments(store, library):  # type: ignore[no-untyped-def]
    from mercator_desktop.services.assessments import AssessmentService

    return AssessmentService(store, library)


@pytest.fixture
def evidence(store, assessments):  # type: ignore[no-untyped-def]
    from mercator_desktop.services.evidence import EvidenceService

    return EvidenceService(store, assessments, max_image_bytes=50_000, max_image_side=800)


@pytest.fixture
def started(assessments, mission_id):  # type: ignore[no-untyped-def]
    return assessments.start(mission_id, "small", group_name="Group 1")
