"""Helpers of the data-protection tests: a data folder with a
mission, an answer note, a finding and an evidence file whose texts are known, so the bytes
on disk can be searched for them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PASSPHRASE = "blue heron over Kingston"
TITLE = "Zanzibar harbour integrity probe"
NOTE = "Officer Quillfeather asked for cash at gate nine"
FINDING = "Manifests are altered after the Xylophone shift"
EVIDENCE = b"%PDF-1.4 Witness statement of the Marmalade warehouse clerk\n" * 40
SECRETS = (TITLE, NOTE, FINDING, "Marmalade warehouse")


@dataclass
class Filled:
    mission_id: str
    assessment_id: str
    question_id: str
    evidence_id: str
    sha256: str


def fill(store) -> Filled:  # type: ignore[no-untyped-def]
    """A mission with a known title, an answer note, a finding and an evidence file."""
    from mercator_desktop.services.assessments import AssessmentService
    from mercator_desktop.services.dto import MissionInput
    from mercator_desktop.services.evidence import EvidenceService
    from mercator_desktop.services.findings import FindingInput, FindingService
    from mercator_desktop.services.missions import MissionService

    mission = MissionService(store).create(MissionInput(
        code="TZ-2026-INT-01", title=TITLE, type_code="workshop", status_code="requested",
        country_iso2="TZ"))
    assessments = AssessmentService(store)
    assessment = assessments.start(mission.id, "geoat")
    template = assessments.snapshot(assessment.id).template
    question = next(q.id for q in template.questions
                    if q.type == "scale" and q.visible_if is None)
    assessments.set_note(assessment.id, question, NOTE)
    FindingService(store).add_finding(mission.id, FindingInput(kind="gap", text=FINDING))
    view = EvidenceService(store, assessments).add_bytes(assessment.id, question, EVIDENCE,
                                                         "statement.pdf")
    assert view.sha256 is not None
    return Filled(mission.id, assessment.id, question, view.id, view.sha256)


def filled_encrypted_folder(data_dir: Path):  # type: ignore[no-untyped-def]
    """A new encrypted folder with ``fill``'s work in it, closed: (Filled, its data key)."""
    from mercator_desktop.services.store import open_store

    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    try:
        return fill(store), store.data_key
    finally:
        store.close()


def leaked(folder: Path) -> list[str]:
    """Every file of the folder whose bytes hold one of the known texts: '<file>: <text>'."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for text in SECRETS:
            for form in (text.encode("utf-8"), text.encode("utf-16-le")):
                if form in data:
                    found.append(f"{path.relative_to(folder)}: {text}")
    return found


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and "logs" not in p.parts}
