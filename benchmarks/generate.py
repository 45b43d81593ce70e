"""Realistic, seeded data for the benchmarks: missions over every region, type and status,
experts with overlapping bookings, assessments with full answer sets, notes, history,
evidence metadata and action items.

``python benchmarks/generate.py --out DIR [--scale 1.0] [--seed 7]``: scale 1.0 is 20,000
missions and 2,000 assessments (each answering every question of the GEOAT or the integrity
instrument, about 80 answers, with history); ``--scale 0.01`` makes a tiny set for the smoke
test. The store is created through the application (migrations, reference data) and filled
with bulk inserts in one transaction: a benchmark measures the app, not the generator.
"""

from __future__ import annotations

import argparse
import random
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mercator_desktop.checklists.loader import load_library
from mercator_desktop.checklists.model import Question
from mercator_desktop.services.reference import ReferenceCatalog
from mercator_desktop.services.store import Store, open_store
from mercator_desktop.storage import models as m

MISSIONS_AT_SCALE_1 = 20_000
ASSESSMENTS_AT_SCALE_1 = 2_000
FIRST_NAMES = ["Amara", "José", "Hélène", "Aigerim", "Kwabena", "Zeynep", "Ingrid", "Mateus",
               "Fatoumata", "Nadia", "Tomás", "Priya", "Olena", "Samuel", "Lucía", "Chen",
               "Rashid", "Marie", "Dmitri", "Ana"]
LAST_NAMES = ["Diallo", "Ramírez", "Marchetti", "Tölegenova", "Asante", "Çelik", "Solberg",
              "Figueiredo", "Ouédraogo", "Haddad", "Herrera", "Sharma", "Kovalenko", "Mensah",
              "Gómez", "Wei", "Karimi", "Dupont", "Ivanov", "Silva"]
WORDS = ["integrity", "risk management", "post-clearance audit", "time release study",
         "leadership", "gender equality", "code of conduct", "enquiry point", "AEO programme",
         "valuation", "transit", "stakeholder engagement", "strategic planning", "HR reform"]


@dataclass
class Generated:
    folder: Path
    missions: int
    experts: int
    assessments: int
    answers: int
    action_items: int


def _now() -> datetime:
    return datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def _synced(rng: random.Random, **values: Any) -> dict[str, Any]:
    stamp = _now() - timedelta(days=rng.randint(0, 2000))
    row = {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "created_at": stamp,
           "updated_at": stamp, "created_by": "bench", "updated_by": "bench", "revision": 1,
           "synced_revision": 0, "deleted": False}
    row.update(values)
    return row


def _answer_value(rng: random.Random, question: Question) -> Any:
    if question.type == "scale" and question.scale is not None:
        return rng.choice(question.scale.values)
    if question.type == "yes_no_partly":
        return rng.choice(["yes", "no", "partly"])
    if question.type == "number":
        return rng.randint(int(question.minimum or 0), int(question.maximum or 500))
    if question.type == "date":
        return (date(2020, 1, 1) + timedelta(days=rng.randint(0, 2000))).isoformat()
    if question.type == "single_choice" and question.options:
        return rng.choice(question.options).value
    if question.type == "multiple_choice" and question.options:
        return sorted({rng.choice(question.options).value for _ in range(2)})
    return f"Observed during the {rng.choice(WORDS)} interview."


def generate(folder: Path, scale: float = 1.0, seed: int = 7) -> Generated:
    rng = random.Random(seed)
    store = open_store(folder, user="bench")
    try:
        return _fill(store, rng, scale)
    finally:
        store.close()


def _fill(store: Store, rng: random.Random, scale: float) -> Generated:
    catalog = ReferenceCatalog.for_store(store)
    countries = [c.iso2 for c in catalog.countries]
    types = sorted(catalog.codes("mission_types"))
    statuses = [s.code for s in catalog.statuses]
    topics = sorted(catalog.codes("topics"))
    tfa = [t.code for t in catalog.tfa_provisions if t.parent]
    arusha = sorted(catalog.codes("arusha_factors"))
    categories = sorted(catalog.codes("accreditation_categories"))
    library = load_library()
    templates = [library.latest("geoat"), library.latest("integrity")]
    n_missions = max(10, int(MISSIONS_AT_SCALE_1 * scale))
    n_assessments = max(2, int(ASSESSMENTS_AT_SCALE_1 * scale))
    n_experts = max(5, n_missions // 10)

    administrations = [_synced(rng, country_iso2=iso2, name=f"Customs administration of {iso2}",
                               acronym=iso2, notes="") for iso2 in countries]
    experts = [_synced(rng, name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {i}",
                       email=f"expert{i}@example.org", home_country_iso2=rng.choice(countries),
                       home_administration_id=None, languages=rng.sample(["en", "fr", "es",
                                                                          "pt", "ru"], 2),
                       notes="") for i in range(n_experts)]
    accreditations = [_synced(rng, expert_id=e["id"], category_code=rng.choice(categories),
                              status="accredited", accredited_on=date(2015, 1, 1)
                              + timedelta(days=rng.randint(0, 3000)), ace_id="")
                      for e in experts]
    admin_by_country = {a["country_iso2"]: a["id"] for a in administrations}
    missions, team, links, agenda, actions = [], [], [], [], []
    for i in range(n_missions):
        iso2 = rng.choice(countries)
        start = date(2014, 6, 1) + timedelta(days=rng.randint(0, 4800))
        end = start + timedelta(days=rng.randint(1, 9))
        status = rng.choice(statuses)
        mission = _synced(
            rng, code=f"{iso2}-{start.year}-B{i:05d}",
            title=f"{rng.choice(WORDS).capitalize()} mission {i}", type_code=rng.choice(types),
            topics=rng.sample(topics, rng.randint(1, 2)), status_code=status,
            country_iso2=iso2, administration_id=admin_by_country[iso2], start_date=start,
            end_date=end, location="Capital", is_remote=rng.random() < 0.1, programme_id=None,
            request_reference=f"REQ/{i}", request_date=start - timedelta(days=60),
            objectives="Assess and advise. " * 3, participants_women=rng.randint(0, 15),
            participants_men=rng.randint(0, 15), participants_total=None,
            logistics_notes="")
        missions.append(mission)
        # Experts are drawn from a small pool, so bookings overlap as in real planning.
        for role_no, expert in enumerate(rng.sample(experts, rng.randint(1, 3))):
            team.append(_synced(rng, mission_id=mission["id"], expert_id=expert["id"],
                                role="lead" if role_no == 0 else "co_facilitator"))
        for code in rng.sample(tfa, 2):
            links.append(_synced(rng, mission_id=mission["id"], kind="tfa", code=code))
        links.append(_synced(rng, mission_id=mission["id"], kind="arusha",
                             code=rng.choice(arusha)))
        for day in range((end - start).days + 1)[:3]:
            agenda.append(_synced(rng, mission_id=mission["id"], day=start + timedelta(day),
                                  start_time=None, end_time=None, position=0,
                                  activity="Meetings with units", location="HQ",
                                  counterparts=""))
        if status in ("follow_up", "closed"):
            for k in range(rng.randint(0, 4)):
                actions.append(_synced(
                    rng, mission_id=mission["id"], recommendation_id=None,
                    objective="Strengthen integrity", activity=f"Action {k}",
                    owner="Administration", responsible_unit="Internal Affairs",
                    timeframe=rng.choice(["short", "medium", "long"]),
                    due_date=end + timedelta(days=rng.randint(30, 700)), indicator="Done",
                    status=rng.choice(["not_started", "in_progress", "done"]), position=k))

    assessments, answers, changes, evidence = [], [], [], []
    for i in range(n_assessments):
        template = templates[i % len(templates)]
        assert template is not None
        mission = missions[rng.randrange(len(missions))]
        assessment = _synced(rng, mission_id=mission["id"], template_id=template.id,
                             template_version=template.version, title=f"Assessment {i}",
                             group_name="", language="en", status="draft", validated_by="",
                             validated_at=None)
        assessments.append(assessment)
        for question in template.questions:
            value = _answer_value(rng, question)
            answer = _synced(rng, assessment_id=assessment["id"], question_id=question.id,
                             value=value, not_applicable=False,
                             note="Seen in the HR files." if rng.random() < 0.3 else "")
            answers.append(answer)
            changes.append(_synced(rng, answer_id=answer["id"], changed_at=answer["updated_at"],
                                   changed_by="bench", field="value", old_value=None,
                                   new_value=value, old_not_applicable=False,
                                   new_not_applicable=False, reason=""))
            if rng.random() < 0.05:
                evidence.append(_synced(rng, answer_id=answer["id"],
                                        sha256=f"{rng.getrandbits(256):064x}",
                                        original_name="photo.jpg", size=250_000,
                                        original_size=250_000, media_type="image/jpeg",
                                        note=""))

    tables = [(m.Administration, administrations), (m.Expert, experts),
              (m.Accreditation, accreditations), (m.Mission, missions),
              (m.TeamMember, team), (m.MissionLink, links), (m.AgendaItem, agenda),
              (m.ActionItem, actions), (m.Assessment, assessments), (m.Answer, answers),
              (m.AnswerChange, changes), (m.Evidence, evidence)]
    with store.engine.begin() as connection:
        for model, rows in tables:
            known = set(model.__table__.columns.keys())
            for offset in range(0, len(rows), 5000):
                chunk = [{k: v for k, v in r.items() if k in known}
                         for r in rows[offset:offset + 5000]]
                if chunk:
                    connection.execute(model.__table__.insert(), chunk)  # type: ignore[attr-defined]
    return Generated(store.paths.root, len(missions), len(experts), len(assessments),
                     len(answers), len(actions))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="data folder to create (must be new)")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    out = Path(args.out)
    if out.exists() and any(out.iterdir()):
        parser.error(f"{out} is not empty")
    made = generate(out, args.scale, args.seed)
    print(f"{made.missions} missions, {made.experts} experts, {made.assessments} assessments, "
          f"{made.answers} answers, {made.action_items} action items in {made.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
