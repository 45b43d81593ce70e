"""Starting the app again (after a language change): the same command line, in a new process.

``app.main`` calls ``start_again()`` once the old app has closed its store and let go of the
data folder (a second instance started earlier would only ask the first to come forward).
``restart_command`` is pure, so the command line can be checked without starting anything."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QProcess

log = logging.getLogger(__name__)


def restart_command(
    argv: Sequence[str], executable: str, *, frozen: bool = False
) -> tuple[str, list[str]]:
    """(program, arguments) that start the app as ``argv`` did.

    A frozen bundle is its own program. From Python, ``python -m mercator_desktop`` shows up
    as ``argv[0] == …/mercator_desktop/__main__.py``, which must run as ``-m`` again; a console
    script (``mercator-desktop``) is the interpreter running that script."""
    arguments = list(argv[1:])
    if frozen:
        return executable, arguments
    script = Path(argv[0]) if argv else None
    if script is None or not argv[0]:
        return executable, ["-m", "mercator_desktop", *arguments]
    if script.name == "__main__.py":
        return executable, ["-m", script.parent.name, *arguments]
    return executable, [str(script), *arguments]


def start_again(argv: Sequence[str] | None = None) -> bool:
    """Start a new app process detached from this one; False (logged) when it cannot."""
    program, arguments = restart_command(
        sys.argv if argv is None else argv, sys.executable, frozen=bool(getattr(sys, "frozen",
                                                                               False)))
    started, _pid = QProcess.startDetached(program, arguments)
    if started:
        log.info("started again: %s %s", program, " ".join(arguments))
    else:
        log.warning("could not start again: %s %s", program, " ".join(arguments))
    return bool(started)
