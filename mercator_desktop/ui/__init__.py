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

Other conventions: one place creates message boxes (``ui.messages``); every visible string
goes through ``self.tr``/``QCoreApplication.translate``; every list is a
``QAbstractTableModel`` behind a ``QSortFilterProxyModel``; signals are named for what happened
(``store_loaded``), slots ``_on_<source>_<signal>``.
"""
