"""One writer at a time: the write queue of a data folder.

SQLite lets one connection write at a time; a second writer used to wait 15 s and then fail
with "database is locked" — a save made while a large import ran on a worker ended in the
crash dialog. Every write transaction (``Store.session()``, ``sessions.begin()``) therefore
goes through the ``WriteGate`` of its store:

- within the process, writers queue on a lock and never fail because another one writes,
  however long it takes; readers are never held up (WAL);
- the transaction then starts with ``BEGIN IMMEDIATE``, taking SQLite's write lock at once, so
  it can never fail half-way on upgrading a read to a write;
- another program writing the same folder (the command line importing while the app runs)
  is waited for and retried for up to ``cross_process_patience`` seconds; then the writer
  gets a plain ``UserError`` (``BUSY_MESSAGE``).

While it waits the GUI thread would look frozen; the UI sets ``wait_hook`` (a context manager
factory given the holder's activity and whether it is another program, yielding a function
called every ``TICK`` seconds), which shows a busy cursor and "Waiting for the import to
finish…" and keeps the window painted.
``activity(text)`` names what the current thread writes for, for that message.

``on_begin``/``on_commit`` let ``storage.watch`` tell this process's commits from others';
``checkpointer`` (``storage.checkpoints``) hears of every commit, to checkpoint the WAL off
the committing thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import TYPE_CHECKING, Any

from ..domain.errors import UserError
from ..domain.problem_texts import say

if TYPE_CHECKING:
    from .checkpoints import Checkpointer

BUSY_MESSAGE = say("folder_busy")
TICK = 0.1
#: the SQLite busy timeout of every connection (ms), for writes outside the gate (migrations)
BUSY_TIMEOUT_MS = 60_000

WaitHook = Callable[[str, bool], AbstractContextManager[Callable[[], None]]]

_local = threading.local()


def current_activity() -> str:
    return getattr(_local, "activity", "")


@contextmanager
def activity(text: str) -> Iterator[None]:
    """Name what this thread's writes are for (shown to a writer that has to wait)."""
    previous = current_activity()
    _local.activity = text
    try:
        yield
    finally:
        _local.activity = previous


def is_locked_error(error: BaseException) -> bool:
    text = str(error).lower()
    return "database is locked" in text or "database is busy" in text


class WriteGate:
    """The write queue of one store (see the module docstring)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owner: int | None = None
        self.holder_activity = ""
        self.wait_hook: WaitHook | None = None
        self.cross_process_patience = 600.0
        self.on_begin: Callable[[], None] | None = None
        self.on_commit: Callable[[], None] | None = None
        self.checkpointer: Checkpointer | None = None
        #: how many write transactions of this process committed (views poll it to follow
        #: every save cheaply: an integer compared, no query)
        self.commits = 0

    @property
    def busy(self) -> bool:
        return self._lock.locked()

    @contextmanager
    def hold(self) -> Iterator[None]:
        """This thread's turn to write (waits for the writer before it)."""
        me = threading.get_ident()
        if self._owner == me:
            raise RuntimeError("a write transaction was opened inside another one")
        if not self._lock.acquire(blocking=False):
            with self._waiting(self.holder_activity, False) as tick:
                while not self._lock.acquire(timeout=TICK):
                    tick()
        self._owner = me
        self.holder_activity = current_activity()
        try:
            yield
        finally:
            self._owner = None
            self.holder_activity = ""
            self._lock.release()

    def begin_immediate(self, execute: Callable[[str], Any]) -> None:
        """Take SQLite's write lock through ``execute(sql)``, waiting for other programs."""
        deadline = time.monotonic() + self.cross_process_patience
        waiting: AbstractContextManager[Callable[[], None]] | None = None
        try:
            # Short attempts, so a waiting GUI thread keeps its window painted in between.
            execute(f"PRAGMA busy_timeout = {int(TICK * 1000)}")
            while True:
                try:
                    execute("BEGIN IMMEDIATE")
                    break
                except Exception as exc:
                    if not is_locked_error(exc):
                        raise
                    if time.monotonic() > deadline:
                        raise UserError(BUSY_MESSAGE) from exc
                    if waiting is None:
                        waiting = self._waiting("", True)
                        tick = waiting.__enter__()
                    tick()
        finally:
            execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if waiting is not None:
                waiting.__exit__(None, None, None)
        if self.on_begin is not None:
            self.on_begin()

    def committed(self) -> None:
        self.commits += 1
        if self.checkpointer is not None:
            self.checkpointer.note_commit()
        if self.on_commit is not None:
            self.on_commit()

    def _waiting(self, holder: str,
                 other_program: bool) -> AbstractContextManager[Callable[[], None]]:
        hook = self.wait_hook
        if hook is not None and threading.current_thread() is threading.main_thread():
            return hook(holder, other_program)
        return nullcontext(_no_tick)  # SQLite's busy timeout is the wait between attempts


def _no_tick() -> None:
    pass
