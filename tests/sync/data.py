"""Small builders of real records on a device's store (the ORM, one transaction each)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from mercator_desktop.storage import models as m
from mercator_desktop.sync.records import record_types, row_fields


def ensure_expert(store: Any, expert_id: str, name: str) -> None:
    with store.session() as session:
        if session.get(m.Expert, expert_id) is None:
            session.add(m.Expert(id=expert_id, name=name))


def mission(store: Any, code: str, team: dict[str, str] | None = None,
            mission_id: str | None = None) -> str:
    """A mission with its team ({expert_id: name}, the first one lead)."""
    for expert_id, name in (team or {}).items():
        ensure_expert(store, expert_id, name)
    with store.session() as session:
        row = m.Mission(code=code, title=f"Mission {code}", type_code="workshop",
                        status_code="requested", country_iso2="JM")
        if mission_id:
            row.id = mission_id
        session.add(row)
        session.flush()
        for i, expert_id in enumerate(team or {}):
            session.add(m.TeamMember(mission_id=row.id, expert_id=expert_id,
                                     role="lead" if i == 0 else "co_facilitator"))
        return row.id


def add_member(store: Any, mission_id: str, expert_id: str, name: str) -> None:
    ensure_expert(store, expert_id, name)
    with store.session() as session:
        session.add(m.TeamMember(mission_id=mission_id, expert_id=expert_id,
                                 role="co_facilitator"))


def assessment(store: Any, mission_id: str, answers: int) -> tuple[str, list[str]]:
    with store.session() as session:
        row = m.Assessment(mission_id=mission_id, template_id="geoat", template_version="1")
        session.add(row)
        session.flush()
        ids = []
        for i in range(answers):
            answer = m.Answer(assessment_id=row.id, question_id=f"q{i:05d}", value=i)
            session.add(answer)
            session.flush()
            ids.append(answer.id)
        return row.id, ids


def evidence(store: Any, answer_id: str, name: str = "photo.jpg") -> str:
    with store.session() as session:
        row = m.Evidence(answer_id=answer_id, sha256="ab" * 32, original_name=name,
                         size=1234, media_type="image/jpeg", note="seen at the border")
        session.add(row)
        session.flush()
        return row.id


def edit(store: Any, model: type, record_id: str, **values: Any) -> None:
    with store.session() as session:
        row = session.get(model, record_id)
        for key, value in values.items():
            setattr(row, key, value)


def snapshot(store: Any, *type_names: str) -> dict[str, dict[str, Any]]:
    """Every record of the given types: {type: {id: (deleted, fields)}} without stamps of
    who synced when (the travelling fields are compared as they travel)."""
    out: dict[str, dict[str, Any]] = {}
    types = record_types()
    with store.sessions() as session:
        for name in type_names:
            rtype = types[name]
            out[name] = {row.id: (row.deleted, row_fields(rtype, row))
                         for row in session.scalars(select(rtype.model))}
    return out


def mission_snapshot(store: Any, mission_id: str) -> dict[str, dict[str, Any]]:
    """The mission and everything under it (team, assessments, answers, evidence, experts
    of the team), as ``snapshot`` gives them."""
    full = snapshot(store, "missions", "team_members", "assessments", "answers", "evidence",
                    "experts")
    out: dict[str, dict[str, Any]] = {k: {} for k in full}
    if mission_id in full["missions"]:
        out["missions"][mission_id] = full["missions"][mission_id]
    for key, name, parent_field, parent_type in (
            ("team_members", "team_members", "mission_id", "missions"),
            ("assessments", "assessments", "mission_id", "missions"),
            ("answers", "answers", "assessment_id", "assessments"),
            ("evidence", "evidence", "answer_id", "answers")):
        out[key] = {i: v for i, v in full[name].items()
                    if v[1][parent_field] in out[parent_type]}
    experts = {v[1]["expert_id"] for v in out["team_members"].values()}
    out["experts"] = {i: v for i, v in full["experts"].items() if i in experts}
    return out
