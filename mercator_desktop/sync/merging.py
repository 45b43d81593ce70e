"""Field-by-field merging on the device, the tombstone included.

``merge_versions`` merges the device's copy of a record with HQ's against their common base
(the last version HQ confirmed to this device). A field only one side changed takes that
side's value; both changed alike is no conflict; who/when stamps never conflict (this
device's win, they are sent next). A field both sides changed differently takes HQ's value
here, and the caller puts the device's value in the conflict inbox, from where the person
may keep it. A delete on one side against an edit on the other is a conflict of the
tombstone: the record takes HQ's side and the inbox offers the other ("restore with the
edit" or "delete").
"""

from __future__ import annotations

from typing import Any

from ..domain.record_fields import STAMP_FIELDS

DELETED = "deleted"
MISSING = object()


def merge3(base: dict[str, Any], mine: dict[str, Any],
           theirs: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Merge plain fields against the common base: (merged, fields in conflict)."""
    merged: dict[str, Any] = {}
    conflicts: list[str] = []
    for name in {*mine, *theirs}:
        if name not in theirs or name not in mine:
            merged[name] = mine[name] if name in mine else theirs[name]
            continue
        b, m, t = base.get(name, MISSING), mine[name], theirs[name]
        if m == t or t == b:
            merged[name] = m
        elif m == b:
            merged[name] = t
        elif name in STAMP_FIELDS:
            merged[name] = m
        else:
            merged[name] = t
            conflicts.append(name)
    return _stamps_follow(merged, theirs), sorted(conflicts)


def _stamps_follow(merged: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """Who/when stamps say who made the version kept: when nothing of this device's is left
    in the merged record, they are HQ's (else this device's, sent next)."""
    ours_left = any(merged.get(n) != v for n, v in theirs.items() if n not in STAMP_FIELDS)
    if ours_left:
        return merged
    return {**merged, **{n: v for n, v in theirs.items() if n in STAMP_FIELDS}}


def _edited(fields: dict[str, Any], base: dict[str, Any]) -> bool:
    return any(name not in STAMP_FIELDS and base.get(name, MISSING) != value
               for name, value in fields.items())


def merge_versions(base: dict[str, Any], base_deleted: bool | None,
                   mine: dict[str, Any], mine_deleted: bool,
                   theirs: dict[str, Any], theirs_deleted: bool
                   ) -> tuple[dict[str, Any], bool, list[str]]:
    """(merged fields, merged tombstone, names in conflict — ``deleted`` among them)."""
    merged, conflicts = merge3(base, mine, theirs)
    deleted = _merge_tombstone(base, base_deleted, mine, mine_deleted, theirs,
                               theirs_deleted, conflicts)
    if deleted != theirs_deleted:  # our delete or restore is news: our stamps go with it
        merged.update({n: v for n, v in mine.items() if n in STAMP_FIELDS})
    return merged, deleted, sorted(conflicts)


def _merge_tombstone(base: dict[str, Any], base_deleted: bool | None,
                     mine: dict[str, Any], mine_deleted: bool,
                     theirs: dict[str, Any], theirs_deleted: bool,
                     conflicts: list[str]) -> bool:
    b = bool(base_deleted) if base_deleted is not None else False
    if mine_deleted == theirs_deleted:
        return mine_deleted
    if mine_deleted == b:  # they changed the tombstone
        if theirs_deleted and _edited(mine, base):
            conflicts.append(DELETED)  # deleted there, edited here
        return theirs_deleted
    if theirs_deleted == b and mine_deleted and _edited(theirs, base):
        conflicts.append(DELETED)  # edited there, deleted here
        return theirs_deleted
    return mine_deleted
