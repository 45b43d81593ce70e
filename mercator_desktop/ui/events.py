"""The one app-level signal hub: every mutation announces what changed here, and each view
refreshes only what it shows.

Emit after the service call returned (the change is committed):
``app_events().missions_changed.emit([mission_id, …])`` — created, edited, trashed,
restored or imported missions (an empty list means "many; reload"); ``experts_changed`` the
same for experts.

``records_changed(payload)`` says which tables changed underneath the views — after a sync
landed, or when another program (the command line, a second app) committed to the data
folder (``ui.change_poll``). ``payload`` maps a table name (``MISSIONS``, ``ASSESSMENTS``,
``EXPERTS``) to the changed ids, or to None when they are not known ("reload what you show
of it"); ``ALL_RECORDS`` says everything may have changed. Whoever emits it for missions or
experts emits ``missions_changed([])``/``experts_changed([])`` too, so views that only follow
those refresh as well.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

MISSIONS = "missions"
ASSESSMENTS = "assessments"
EXPERTS = "experts"
#: the payload of ``records_changed`` when anything may have changed
ALL_RECORDS: dict[str, list[str] | None] = {MISSIONS: None, ASSESSMENTS: None, EXPERTS: None}


class AppEvents(QObject):
    missions_changed = Signal(list)
    experts_changed = Signal(list)
    records_changed = Signal(object)

    def announce_all_changed(self) -> None:
        """Everything may have changed underneath (a sync, another program)."""
        self.missions_changed.emit([])
        self.experts_changed.emit([])
        self.records_changed.emit(dict(ALL_RECORDS))


def touches(payload: dict[str, list[str] | None], table: str, record_id: str) -> bool:
    """Does ``payload`` (of ``records_changed``) concern ``record_id`` of ``table``?"""
    if table not in payload:
        return False
    ids = payload[table]
    return ids is None or record_id in ids


_events: AppEvents | None = None


def app_events() -> AppEvents:
    global _events
    if _events is None:
        _events = AppEvents()
        _events.setObjectName("appEvents")
    return _events
