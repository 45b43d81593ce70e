"""The assessment lifecycle: draft → completed → validated, and back by reopening.

- **draft**: answers change freely.
- **completed**: every required, visible question is answered (or N/A). Answers may still be
  corrected; a correction that leaves a required answer missing puts it back to draft.
- **validated**: locked. Nothing changes until it is reopened, which needs a reason.
"""

from __future__ import annotations

from ..domain.vocabulary import AssessmentStatus

MOVES: dict[AssessmentStatus, tuple[AssessmentStatus, ...]] = {
    AssessmentStatus.DRAFT: (AssessmentStatus.COMPLETED,),
    AssessmentStatus.COMPLETED: (AssessmentStatus.VALIDATED, AssessmentStatus.DRAFT),
    AssessmentStatus.VALIDATED: (AssessmentStatus.DRAFT,),
}


class EventKind:
    """What an assessment event records (stable codes stored in ``assessment_events``)."""

    STARTED = "started"
    COMPLETED = "completed"
    VALIDATED = "validated"
    REOPENED = "reopened"
    BACK_TO_DRAFT = "back_to_draft"
    MIGRATED = "migrated"


def can_move(current: str, target: str) -> bool:
    """Whether the lifecycle allows ``current`` → ``target`` (a status from a newer version,
    received through sync, allows no move)."""
    known = AssessmentStatus._value2member_map_
    if current not in known or target not in known:
        return False
    return AssessmentStatus(target) in MOVES[AssessmentStatus(current)]


def is_locked(status: str) -> bool:
    """A validated assessment takes no change of answers or evidence."""
    return status == AssessmentStatus.VALIDATED


def needs_reason(current: str, target: str) -> bool:
    """Reopening (going back to draft on purpose) always needs a reason."""
    return target == AssessmentStatus.DRAFT and current != AssessmentStatus.DRAFT


def can_migrate(status: str) -> bool:
    """Only a draft moves to a newer template version."""
    return status == AssessmentStatus.DRAFT
