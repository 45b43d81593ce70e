"""Keep PySide6 from holding the source text of every module imported after it.

PySide6's ``__feature__`` support (``shibokensupport.feature``) looks at each newly imported
module to learn whether it uses PySide6: it reads the module's whole source with
``inspect.getsource`` and searches it for "PySide6". ``inspect`` reads through Python's
``linecache``, which keeps every file it read for the life of the process. For this app that
is the source of SQLAlchemy, the models, the services and the sync libraries: about 20 MiB of
resident memory that nothing ever reads again (measured in ``benchmarks/README.md``).

``install()`` wraps that check so that the lines it read are dropped from ``linecache`` right
after it: the answer PySide6 gets is the same. Nothing happens when the PySide6 in use has no
such check (its support module is private, so it may change). A traceback or ``inspect``
reads the lines again when it needs them.
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
        try:
            return check(module)
        finally:
            file = getattr(module, "__file__", None)
            if isinstance(file, str):
                linecache.cache.pop(file, None)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside
    return True
