"""HQ's change sequence across restores: ranges of sequence numbers and epochs.

Every start of the service opens a new range of sequence numbers above both the last one
issued and ``now << 30`` (about a billion numbers per second since 1970), so a database
restored from a backup never issues again a number its lost successor issued: a device's
cursor can never point past changes made after the restore. A number a device reports that
lies in no range HQ knows (or beyond the range's last issued number) was issued by a lost
database: HQ was restored by hand, and a new epoch begins.

An epoch is one life of the database, named by the ``service_id`` that ``hello`` gives. On a
new epoch devices send again what HQ may lack (their confirmed records newer than the
epoch's ``restored_from_seq``) and read the stream from the start.

Several processes on one database (uvicorn workers, or several ``mercator-hq serve`` behind
one proxy, on PostgreSQL) share this one counter, and a pull's cursor is the highest
sequence number it has read. A cursor over a sequence is safe only if no change with a lower
number can become visible after one with a higher number: otherwise a pull that ran in
between moves its cursor past the late one, which that device then never receives (the
out-of-order commit gap of a database sequence or an auto-increment). Here that cannot
happen, because numbers are never taken from a database sequence:

- every writer takes numbers only after ``lock_sequence``, which updates the counter row
  and so holds its write lock (a row lock on PostgreSQL, the database write lock on SQLite)
  until its transaction commits or rolls back; the next writer, in any process, waits for
  it, then reads the counter as that commit left it;
- PostgreSQL makes a committed transaction visible to new snapshots before it releases the
  transaction's locks, so when the next writer gets the counter, the previous writer's
  changes are visible to every pull that starts from then on;
- a pull reads in one snapshot (REPEATABLE READ on PostgreSQL, one read transaction on
  SQLite's WAL).

So sequence order is commit order: a snapshot that holds number *n* holds every number
below *n*, and a cursor can never step over a change still to commit. A writer that rolls
back leaves the counter as it was, so its numbers are issued again by the next one, and
no number is visible before its commit. The price is that pushes write one at a time
(a push of 1,000 changes holds the lock for tens of milliseconds); pulls and logins never
take this lock. The test with two HQ processes on one PostgreSQL database checks both that
a second push waits and that every device ends with every change.
"""

from __future__ import annotations

import logging
import time
import uuid

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .models import Counter, Epoch, SeqRange, ServiceInfo

log = logging.getLogger(__name__)
RANGE_SHIFT = 30


def lock_sequence(session: Session) -> int:
    """Take the write lock of the sequence first (a row lock on PostgreSQL, the database's
    write lock on SQLite): pushes are serialised, so sequence order is commit order."""
    session.execute(update(Counter).where(Counter.name == "seq").values(value=Counter.value))
    return session.scalar(select(Counter.value).where(Counter.name == "seq")) or 0


def set_sequence(session: Session, value: int) -> None:
    session.execute(update(Counter).where(Counter.name == "seq").values(value=value),
                    execution_options={"synchronize_session": False})


def open_range(session: Session) -> int:
    """Begin a new range of sequence numbers; returns its first number."""
    current = lock_sequence(session)
    start = max(current + 1, int(time.time()) << RANGE_SHIFT)
    latest = session.scalars(select(SeqRange).order_by(SeqRange.start.desc())).first()
    if latest is not None and latest.start == start:
        return start  # the newest range is still empty: it serves
    if latest is not None:
        latest.high = current
    session.add(SeqRange(start=start, high=start - 1))
    set_sequence(session, start - 1)
    session.flush()
    return start


def issued(session: Session, number: int) -> bool:
    """Whether this database issued ``number`` (0 always: "nothing seen yet")."""
    if number <= 0:
        return True
    holder = session.scalars(select(SeqRange).where(SeqRange.start <= number)
                             .order_by(SeqRange.start.desc())).first()
    if holder is None:
        return False
    latest = session.scalar(select(SeqRange.start).order_by(SeqRange.start.desc()))
    high = session.scalar(select(Counter.value).where(Counter.name == "seq")) \
        if holder.start == latest else holder.high
    return number <= (high or 0)


def service_id(session: Session) -> str:
    return session.scalar(select(ServiceInfo.value).where(ServiceInfo.key == "service_id")) \
        or ""


def epochs(session: Session) -> list[Epoch]:
    return list(session.scalars(select(Epoch).order_by(Epoch.position)))


def ensure_epoch(session: Session) -> None:
    """The current service id is an epoch (databases made before epochs existed)."""
    sid = service_id(session)
    if sid and session.get(Epoch, sid) is None:
        last = session.scalar(select(Epoch.position).order_by(Epoch.position.desc())) or 0
        session.add(Epoch(service_id=sid, position=last + 1, restored_from_seq=None,
                          reason="first"))


def new_epoch(session: Session, reason: str, restored_from_seq: int | None = None) -> str:
    """Begin a new epoch (after a restore); returns its service id."""
    current = lock_sequence(session)
    restored = current if restored_from_seq is None else restored_from_seq
    sid = str(uuid.uuid4())
    last = session.scalar(select(Epoch.position).order_by(Epoch.position.desc())) or 0
    session.add(Epoch(service_id=sid, position=last + 1, restored_from_seq=restored,
                      reason=reason))
    row = session.get(ServiceInfo, "service_id")
    if row is None:
        session.add(ServiceInfo(key="service_id", value=sid))
    else:
        row.value = sid
    open_range(session)
    log.warning("new epoch %s (%s); restored data ends at sequence number %s",
                sid, reason, restored)
    return sid


def restore_point_before(session: Session, number: int) -> int:
    """The last number this database issued below ``number`` (a device's number it never
    issued): what survived of the lost database's history."""
    holder = session.scalars(select(SeqRange).where(SeqRange.start <= number)
                             .order_by(SeqRange.start.desc())).first()
    if holder is None:
        return 0
    latest = session.scalar(select(SeqRange.start).order_by(SeqRange.start.desc()))
    if holder.start == latest:
        return session.scalar(select(Counter.value).where(Counter.name == "seq")) or 0
    return min(holder.high, number - 1)
