"""What a mission editor window changed: its lists compared with what it loaded (the base),
as the edits ``MissionService.save_changes`` takes."""

from __future__ import annotations

from typing import Any

from ...services.dto import (
    AgendaItemView,
    CounterpartView,
    MissionDetail,
    MissionInput,
    TeamAssignment,
)
from ...services.missions import same_value
from .agenda import views_of


class Base:
    """The mission as the window last took it from the store: scalar values per field (a
    field is rebased on its own when changes from elsewhere are taken in), and the lists."""

    def __init__(self, detail: MissionDetail) -> None:
        self.revision = detail.revision
        self.values: dict[str, Any] = dict(vars(detail.to_input()))
        self.take_lists(detail, team=True, links=True, agenda=True, counterparts=True)

    def take_lists(self, detail: MissionDetail, *, team: bool, links: bool, agenda: bool,
                   counterparts: bool) -> None:
        if team:
            self.team = [TeamAssignment(m.expert_id, m.role) for m in detail.team]
        if links:
            self.links = {(kind, code) for kind, codes in detail.links.items()
                          for code in codes}
        if agenda:
            stored: list[AgendaItemView] = sorted(detail.agenda, key=lambda a: (a.day, a.position))
            self.agenda = views_of(stored)
        if counterparts:
            self.counterparts = list(detail.counterparts)

    def loaded_input(self) -> MissionInput:
        data = MissionInput(**{k: v for k, v in self.values.items()
                               if k not in ("team", "links")})
        data.team = list(self.team)
        return data


def changed_fields(base: Base, values: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in values.items()
            if not same_value(value, base.values.get(name))}


def keyed_edits(loaded: list[Any], mine: list[Any], key: Any) -> list[tuple[Any, Any]]:
    """(loaded, mine) for every item added, removed or changed (``key`` "" = new item)."""
    before = {key(item): item for item in loaded}
    edits: list[tuple[Any, Any]] = []
    seen = set()
    for item in mine:
        k = key(item)
        old = before.get(k) if k else None
        if old is None:
            edits.append((None, item))
        else:
            seen.add(k)
            if old != item:
                edits.append((old, item))
    edits += [(item, None) for k, item in before.items() if k not in seen]
    return edits


def team_edits(base: Base, team: list[TeamAssignment]) -> list[tuple[Any, Any]]:
    return keyed_edits(base.team, team, lambda t: t.expert_id)


def agenda_edits(base: Base, agenda: list[AgendaItemView]) -> list[tuple[Any, Any]]:
    return keyed_edits(base.agenda, agenda, lambda a: a.id)


def counterpart_edits(base: Base, people: list[CounterpartView]) -> list[tuple[Any, Any]]:
    return keyed_edits(base.counterparts, people, lambda c: c.id)
