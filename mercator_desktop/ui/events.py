"""The one app-level signal hub: every mutation announces what changed here, and each view
refreshes only what it shows.

Emit after the service call returned (the change is committed):
``app_events().missions_changed.emit([mission_id, …])`` — created, edited, trashed,
restored or imported missions (an empty list means "many; reload"); ``experts_changed`` the
same for experts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    missions_changed = Signal(list)
    experts_changed = Signal(list)


_events: AppEvents | None = None


def app_events() -> AppEvents:
    global _events
    if _events is None:
        _events = AppEvents()
        _events.setObjectName("appEvents")
    return _events
