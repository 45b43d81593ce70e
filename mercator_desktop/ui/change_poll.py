"""Refresh the views when another program changes the data folder underneath.

The command line or a second app may commit to the same database while the window is open.
Every ``POLL_MS`` a timer asks the store whether another program committed
(``Store.changed_elsewhere``: SQLite's ``PRAGMA data_version``, one cheap query, this
process's own commits left out); when it did, every view is told that everything may have
changed (``AppEvents.announce_all_changed``). A tick without a change does no other work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from .events import app_events

if TYPE_CHECKING:
    from ..services.store import Store

POLL_MS = 2000


class ChangePoll(QObject):
    """Polls ``store`` for other programs' commits (see the module docstring)."""

    def __init__(self, store: Store, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("changePoll")
        self.store = store
        store.changed_elsewhere()  # starts watching
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        self.check()

    def check(self) -> bool:
        """Announce a change made elsewhere; returns whether there was one."""
        if not self.store.changed_elsewhere():
            return False
        app_events().announce_all_changed()
        return True

    def stop(self) -> None:
        self.timer.stop()
