"""The mission lifecycle: statuses in order and the moves allowed between them.

The status *codes* are stable vocabulary (the import format and the HQ service rely on them);
their labels live in ``resources/reference/statuses.json``.
"""

from __future__ import annotations

from enum import StrEnum


class MissionStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    PLANNED = "planned"
    IN_DELIVERY = "in_delivery"
    REPORT_DRAFT = "report_draft"
    REPORT_FINAL = "report_final"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"
    CANCELLED = "cancelled"


LIFECYCLE: tuple[MissionStatus, ...] = (
    MissionStatus.REQUESTED,
    MissionStatus.APPROVED,
    MissionStatus.PLANNED,
    MissionStatus.IN_DELIVERY,
    MissionStatus.REPORT_DRAFT,
    MissionStatus.REPORT_FINAL,
    MissionStatus.FOLLOW_UP,
    MissionStatus.CLOSED,
)

TERMINAL = frozenset({MissionStatus.CLOSED, MissionStatus.CANCELLED})


def allowed_moves(current: MissionStatus | str) -> list[MissionStatus]:
    """Statuses a mission may move to from ``current`` (the current one is not included).

    A mission moves one step forward or one step back along the lifecycle (to correct a
    premature move), or to cancelled from any open status. A cancelled mission may be
    reopened as requested; a closed one may be reopened for follow-up. A status this
    version does not know (from a newer one, through sync) offers no move.
    """
    if current not in MissionStatus._value2member_map_:
        return []
    status = MissionStatus(current)
    if status is MissionStatus.CANCELLED:
        return [MissionStatus.REQUESTED]
    index = LIFECYCLE.index(status)
    moves: list[MissionStatus] = []
    if index > 0:
        moves.append(LIFECYCLE[index - 1])
    if index + 1 < len(LIFECYCLE):
        moves.append(LIFECYCLE[index + 1])
    if status is not MissionStatus.CLOSED:
        moves.append(MissionStatus.CANCELLED)
    return moves


def can_move(current: MissionStatus | str, target: MissionStatus | str) -> bool:
    if current == target:
        return True
    if target not in MissionStatus._value2member_map_:
        return False
    return MissionStatus(target) in allowed_moves(current)


def needs_lead(status: MissionStatus | str) -> bool:
    """Past ``planned`` (and not cancelled) a mission must have a lead expert (a status this
    version does not know asks nothing)."""
    if status not in MissionStatus._value2member_map_:
        return False
    s = MissionStatus(status)
    if s is MissionStatus.CANCELLED:
        return False
    return LIFECYCLE.index(s) > LIFECYCLE.index(MissionStatus.PLANNED)
