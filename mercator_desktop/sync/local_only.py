"""The records that never leave the laptop (``Excluded``) and the mission a record belongs
under (``mission_of``): used by the push and by the count of unsent changes, which must not
load the HTTP client or the protocol's models for it (``services.sync``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.models import ArchivedMission, LocalOnlyRecord, SyncBase, SyncQuarantine
from .records import MISSION_TYPE, RecordType

#: ids per ``IN (…)`` query
CHUNK = 500


class Excluded:
    """Records that never leave the laptop: demonstration data, and everything under a
    demonstration mission or a mission archived after its person was taken off the team.
    For a push, also what belongs to a new mission HQ refused: it goes with its mission."""

    def __init__(self, session: Session, types: dict[str, RecordType],
                 hold_refused_missions: bool = False) -> None:
        self.session = session
        self.types = types
        self.records: dict[str, set[str]] = {}
        for type_name, rid in session.execute(select(LocalOnlyRecord.record_type,
                                                     LocalOnlyRecord.record_id)):
            self.records.setdefault(type_name, set()).add(rid)
        self.missions = self.records.get(MISSION_TYPE, set()) | set(
            session.scalars(select(ArchivedMission.mission_id)))
        self.held: set[str] = set()
        if hold_refused_missions:
            # what belongs to a new mission HQ refused (its code taken, say) waits with it
            # instead of being refused in turn as "not among your missions"
            self.held = set(session.scalars(
                select(SyncQuarantine.record_id).where(
                    SyncQuarantine.record_type == MISSION_TYPE,
                    SyncQuarantine.record_id.not_in(select(SyncBase.record_id).where(
                        SyncBase.record_type == MISSION_TYPE)))))

    def may_exclude(self, rtype: RecordType) -> bool:
        """False when ``filter`` would keep every record of this type whatever the ids."""
        if self.records.get(rtype.name):
            return True
        blocked = self.missions if rtype.name == MISSION_TYPE else self.missions | self.held
        return bool(blocked) and rtype.mission_scoped

    def filter(self, rtype: RecordType, ids: list[str]) -> list[str]:
        own = self.records.get(rtype.name, set())
        kept = [i for i in ids if i not in own]
        blocked = self.missions if rtype.name == MISSION_TYPE else self.missions | self.held
        if not kept or not blocked or not rtype.mission_scoped:
            return kept
        missions = mission_of(self.session, self.types, rtype, kept)
        return [i for i in kept if missions.get(i) not in blocked]


def mission_of(session: Session, types: dict[str, RecordType], rtype: RecordType,
               ids: list[str]) -> dict[str, str]:
    """The mission each record (of a mission-scoped type) belongs under."""
    found: dict[str, str] = {}
    for chunk in chunks(ids):
        current: dict[str, Any] = {i: i for i in chunk}
        step = rtype
        while step.scope_field and step.scope_field != "id":
            table = step.model.__table__  # type: ignore[attr-defined]
            column = table.c[step.scope_field]
            parents: dict[str, Any] = dict(session.execute(select(table.c.id, column).where(
                table.c.id.in_(set(current.values())))).all())
            current = {rid: parents.get(at) for rid, at in current.items()
                       if parents.get(at) is not None}
            step = types[step.parents[step.scope_field]]
        found.update({rid: str(at) for rid, at in current.items()})
    return found


def chunks(items: Sequence[str] | list[str]) -> Iterable[list[str]]:
    """``items`` in lists of ``CHUNK``."""
    items = list(items)
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]
