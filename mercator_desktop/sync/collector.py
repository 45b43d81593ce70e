"""Fewer garbage collections while a sync moves thousands of records.

A sync makes and keeps tens of thousands of small objects (rows, dicts, results) in a heap
that already holds the program's own (SQLAlchemy's, pydantic's, Qt's). CPython's cyclic
collector runs whenever 700 more container objects are alive than it last counted and, now
and then, walks the whole heap: on a push of 10,000 records about a sixth of the laptop's
time went to it, finding next to nothing (these objects are freed by reference counting).

``fewer_collections()`` freezes what exists when it starts (moved out of the collector's
sight) and raises the first threshold while it lasts; on leaving both are as before. HQ's
``serve`` does the same once for the whole process (``tune_for_server``). Memory freed by
reference counting — nearly all of it — is freed at once as always; only cycles wait a
little longer.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: container objects allocated between two young collections during bulk work
BULK_THRESHOLD = 50_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(before[0], BULK_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def tune_for_server() -> None:
    """For a server process, once its code is imported: the heap as it stands frozen, and
    young collections as seldom as during a sync."""
    gc.collect()
    gc.freeze()
    first, *rest = gc.get_threshold()
    gc.set_threshold(max(first, BULK_THRESHOLD), *rest)
