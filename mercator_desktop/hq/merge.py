"""How HQ takes one change into the record it holds: field by field, never losing a word.

Every field of HQ's record carries the sequence number at which it last changed. A change
names the revision of HQ's record it was made from (``base_revision``) and may carry the
device's base values. For each field the change brings:

- HQ already holds that value: nothing to do.
- HQ's value is the device's base value, or HQ has not changed the field since the base:
  the device's value is taken.
- HQ changed it since, to something else: a conflict (who/when stamps never conflict).

After a restore of HQ (``resend``), the device also sends the base values of the fields it
did not change: where HQ has not changed such a field since the base but holds another
value, HQ lost the base's value, and takes it back.

The tombstone is a field too, with one more rule: a delete on one side against an edit of
the record on the other is a conflict, so the person chooses between restoring with the
edit and deleting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..sync.merging import MISSING
from ..sync.protocol import Change
from ..sync.record_schemas import STAMP_FIELDS

TOMBSTONE = "deleted"


@dataclass
class Decision:
    updates: dict[str, Any] = field(default_factory=dict)
    #: the new tombstone, or None when it stays
    deleted: bool | None = None
    conflicts: list[str] = field(default_factory=list)

    @property
    def changes_anything(self) -> bool:
        return bool(self.updates) or self.deleted is not None


def decide(data: dict[str, Any], revisions: dict[str, Any], deleted: bool,
           change: Change) -> Decision:
    """What HQ writes for ``change`` into a record holding ``data`` / ``deleted``."""
    base = change.base_revision
    out = Decision()
    hq_edited_since = False
    for name, value in change.fields.items():
        held = data.get(name, MISSING)
        if held == value:
            continue
        unchanged_here = revisions.get(name, 0) <= base or (
            name in change.base_fields and held == change.base_fields[name])
        if unchanged_here or name in STAMP_FIELDS:
            out.updates[name] = value
        else:
            out.conflicts.append(name)
    for name, held in data.items():
        if name in STAMP_FIELDS or revisions.get(name, 0) <= base:
            continue
        if name in change.base_fields and held == change.base_fields[name]:
            continue
        hq_edited_since = True
    if change.resend:
        for name, value in change.base_fields.items():
            if name in change.fields or name in out.updates:
                continue
            if data.get(name, MISSING) != value and revisions.get(name, 0) <= base:
                out.updates[name] = value
    _decide_tombstone(out, revisions, deleted, change, hq_edited_since)
    out.conflicts.sort()
    return out


def _decide_tombstone(out: Decision, revisions: dict[str, Any], deleted: bool,
                      change: Change, hq_edited_since: bool) -> None:
    if change.deleted == deleted:
        return
    base = change.base_revision
    base_deleted = change.base_deleted
    device_changed = base_deleted is None or change.deleted != base_deleted
    hq_changed = revisions.get(TOMBSTONE, 0) > base and (
        base_deleted is None or deleted != base_deleted)
    device_edited = any(n not in STAMP_FIELDS for n in change.fields)
    if device_changed:
        if hq_changed:
            out.conflicts.append(TOMBSTONE)
        elif change.deleted and hq_edited_since:
            out.conflicts.append(TOMBSTONE)  # deleted there, edited here
        else:
            out.deleted = change.deleted
    elif hq_changed:
        if deleted and device_edited:
            out.conflicts.append(TOMBSTONE)  # edited there, deleted here
    elif change.resend:
        out.deleted = change.deleted  # HQ lost the tombstone's last state
