"""The desktop user interface: windows, dialogs, item models, widgets (PySide6 only here).

Layering rule (checked by a test that walks the imports):

- ``ui`` imports ``services`` and ``domain`` only — never ``sqlalchemy``, ``keyring``,
  ``reportlab`` or ``httpx``. Everything the UI shows comes from a service as a plain
  dataclass; everything it changes goes through a service call.
- ``domain``, ``storage``, ``services``, ``reports``, ``sync`` and ``hq`` never import
  ``PySide6``.

Paint first, load after: ``app`` and ``ui.main_window`` import no ``mercator_desktop.services``
module at module level, so the main window is on screen before SQLAlchemy is imported; the
services are imported inside the slot that opens the store.

Slow work runs off the GUI thread through ``ui.operations.run`` (success/failure callbacks on
the GUI thread, progress, cancel); the worker opens its own sessions through the services —
a SQLite connection never crosses threads. Mutations are announced on the one app-level hub
``ui.events.app_events()`` (``missions_changed``/``experts_changed``) and each view refreshes
what it shows. File names are asked in ``ui.files``.

One application context (``ui.context.AppContext``, opened by ``MainWindow.load_store``) holds
the services of the open store; widgets take them from ``AppContext.of(store)`` instead of
building their own (the mission editor still builds its own).

Writes queue one at a time (``storage.writes``, behind ``Store.session()``): a save never
fails because something else writes, it waits. Work on a worker names what it writes for
(``operations.run(…, waiting_message=…)``); a save on the GUI thread that has to wait shows a
busy cursor and that message in the status bar (``ui.write_waiting``). Records changed
underneath — by a sync, or by another program on the same data folder, noticed by
``ui.change_poll`` — are announced on ``records_changed`` (with ``missions_changed([])`` and
``experts_changed([])``), and the views refresh without losing what is being typed. One app
runs per data folder (``ui.single_instance``); Python's garbage collector runs on the GUI
thread only (``ui.collector``).

The mission editor's result sections (``ui.mission_assessments``, ``ui.mission_findings``)
store each action at once through the services (not part of the editor's Save and Undo) and
announce the mission on ``missions_changed``, so its Sync column follows. The sync panel, the
Sync menu and the conflict inbox (``ui.sync_panel``, ``ui.sync_dialog``,
``ui.sync_conflicts``) call ``services.sync`` only; small lists of records use
``ui.record_models``.

Other conventions: one place creates message boxes (``ui.messages``); every visible string
goes through ``self.tr``/``QCoreApplication.translate``; every list is a
``QAbstractTableModel`` behind a ``QSortFilterProxyModel``; signals are named for what happened
(``store_loaded``), slots ``_on_<source>_<signal>``.

Importing this package first stops PySide6 from keeping the source text of every module
imported after it (``ui.source_lines``).
"""

from .source_lines import install as _install_source_lines

_install_source_lines()
