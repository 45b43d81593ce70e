"""Keep PySide6 from holding the source text of every module imported after it.

PySide6's ``__feature__`` support (``shibokensupport.feature``) looks at each newly imported
module to learn whether it uses PySide6: it reads the module's whole source with
``inspect.getsource`` and searches it for "PySide6". ``inspect`` reads through Python's
``linecache``, which keeps every file it read for the life of the process. For this app that
is the source of SQLAlchemy, the models, the services and the sync libraries: about 20 MiB of
resident memory that nothing ever reads again (measured in ``benchmarks/README.md``).

``install()`` replaces that check with the same search done in the bytes of the module's
``.py`` file ("PySide6" is the same bytes in any encoding a source may declare but UTF-16),
read and let go: the answer PySide6 gets is the same, nothing is kept, and no text is decoded
and split into lines (for the 94 modules imported before the first paint: about 6 ms of CPU
instead of 23 ms). A module without
a ``.py`` file gets PySide6's own check, whose lines are then dropped from ``linecache``.
The files PySide6 read before the check was replaced are dropped from ``linecache`` too.
Nothing happens when the PySide6 in use has no such check (its support module is private, so
it may change). A traceback or ``inspect`` reads the lines again when it needs them.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable
from types import ModuleType
from typing import Any

_MARK = "_mercator_forgets_lines"


def install() -> bool:
    """Wrap PySide6's check (once); True when it was wrapped now."""
    try:
        import PySide6  # noqa: F401  (loads shiboken's support modules)
        from shibokensupport import feature
    except ImportError:
        return False
    check: Callable[[ModuleType], Any] | None = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, _MARK, False):
        return False

    def uses_pyside(module: ModuleType) -> Any:
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file.endswith(".py"):
            try:  # the same search in the file's bytes: no decoding, no lines kept
                with open(file, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        try:
            return check(module)
        finally:
            if isinstance(file, str):
                linecache.cache.pop(file, None)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside
    forget_read_files()
    return True


def forget_read_files() -> None:
    """Drop from ``linecache`` the files read whole: the modules imported before the check
    was wrapped (the standard library's logging, enum, threading, pickle … that PySide6 read
    when it was first imported: about 2 MiB). Entries without a file behind them (a 4-tuple
    is a file's) stay; a traceback reads a file's lines again when it needs them."""
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4:
            linecache.cache.pop(name, None)
