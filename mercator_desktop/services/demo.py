"""Loads the demonstration data (``resources/demo/demo.json``): real 2018–2019 missions from
public WCO news with fictional experts, plus upcoming missions.

Idempotent: records get ids derived from their demo keys, so loading twice adds nothing and
never touches what the user changed since.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy.orm import Session

from ..domain import rules
from ..domain.errors import ValidationError
from ..resources import resource_path
from ..storage.models import Administration as AdministrationRow
from ..storage.models import AgendaItem, Counterpart, Expert, Mission
from .dto import AccreditationInput, ExpertInput, MissionInput, TeamAssignment
from .experts import ExpertService
from .missions import MissionService
from .reference import programme_id_for
from .store import Store

DEMO_NAMESPACE = uuid.UUID("b8c2f0a4-5d3e-4f61-8a7b-1c2d3e4f5a6b")


def demo_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{key}"))


@dataclass
class DemoResult:
    missions_added: int
    experts_added: int
    administrations_added: int

    @property
    def anything_added(self) -> bool:
        return bool(self.missions_added or self.experts_added or self.administrations_added)


def load_demo(store: Store) -> DemoResult:
    data = json.loads(resource_path("demo", "demo.json").read_text(encoding="utf-8"))
    missions, experts = MissionService(store), ExpertService(store)
    added = DemoResult(0, 0, 0)
    with store.session() as session:
        for adm in data["administrations"]:
            adm_id = demo_id("administration", adm["key"])
            if session.get(AdministrationRow, adm_id) is None:
                session.add(AdministrationRow(id=adm_id, country_iso2=adm["country"],
                                              name=adm["name"], acronym=adm.get("acronym", "")))
                added.administrations_added += 1
        session.flush()
        for exp in data["experts"]:
            exp_id = demo_id("expert", exp["key"])
            if session.get(Expert, exp_id) is None:
                experts.create_in(session, _expert_input(exp), expert_id=exp_id)
                added.experts_added += 1
        for mission in data["missions"]:
            mission_id = demo_id("mission", mission["code"])
            if session.get(Mission, mission_id) is None:
                row = missions.create_in(session, _mission_input(mission), allow_conflicts=True,
                                         mission_id=mission_id)
                _add_agenda_and_counterparts(session, row, mission)
                added.missions_added += 1
    from .findings import load_demo_findings

    load_demo_findings(store)
    return added


def _expert_input(exp: dict[str, Any]) -> ExpertInput:
    return ExpertInput(
        name=exp["name"], email=exp.get("email", ""), home_country_iso2=exp.get("home_country"),
        home_administration_id=demo_id("administration", exp["home_administration"])
        if exp.get("home_administration") else None,
        languages=exp.get("languages", []),
        accreditations=[
            AccreditationInput(
                category_code=a["category"], status=a["status"],
                accredited_on=_date(a.get("accredited_on")), ace_id=a.get("ace_id") or "",
            )
            for a in exp.get("accreditations", [])
        ],
    )


def _mission_input(m: dict[str, Any]) -> MissionInput:
    return MissionInput(
        code=m["code"], title=m["title"], type_code=m["type"], status_code=m["status"],
        country_iso2=m["country"], topics=m.get("topics", []),
        administration_id=demo_id("administration", m["administration"])
        if m.get("administration") else None,
        start_date=_date(m.get("start_date")), end_date=_date(m.get("end_date")),
        location=m.get("location", ""), is_remote=bool(m.get("remote")),
        programme_id=programme_id_for(m["programme"]) if m.get("programme") else None,
        request_reference=m.get("request_reference", ""),
        request_date=_date(m.get("request_date")), objectives=m.get("objectives", ""),
        participants_women=m.get("participants_women"),
        participants_men=m.get("participants_men"),
        participants_total=m.get("participants_total"),
        logistics_notes=m.get("logistics_notes", ""),
        team=[TeamAssignment(demo_id("expert", t["expert"]), t["role"]) for t in m["team"]],
        links={kind: list(codes) for kind, codes in m.get("links", {}).items()},
    )


def _add_agenda_and_counterparts(session: Session, mission: Mission, m: dict[str, Any]) -> None:
    positions: dict[date, int] = {}
    for item in m.get("agenda", []):
        day = date.fromisoformat(item["date"])
        start, end = _time(item.get("start")), _time(item.get("end"))
        problems = rules.check_agenda_slot(day, start, end, mission.start_date, mission.end_date)
        if problems:
            raise ValidationError(problems)
        positions[day] = positions.get(day, -1) + 1
        session.add(AgendaItem(
            mission_id=mission.id, day=day, start_time=start, end_time=end,
            position=positions[day], activity=item["activity"],
            location=item.get("location", ""), counterparts=item.get("counterparts", ""),
        ))
    for person in m.get("counterparts", []):
        session.add(Counterpart(mission_id=mission.id, name=person["name"],
                                unit=person.get("unit", ""), contact=person.get("contact", "")))


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _time(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None
