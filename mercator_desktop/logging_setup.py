"""Logging for the desktop app: a rotating log file in the data folder, warnings on stderr.

``configure_logging`` may be called more than once (a second call, e.g. for another data
folder, replaces the handlers the first call added instead of adding duplicates).

The app starts with the file appended to plainly (``rotating=False``) and makes it rotate
when it opens the store, after its window has painted and the list read early is shown
(``rotate_log_file``): the rotating handler's module brings pickle, queue and struct with
it, 10-16 ms of CPU neither needs to wait for.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"
STDERR_FORMAT = "%(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

_MARK = "_mercator_handler"

# Libraries that log routine detail at INFO on every start-up.
_CHATTY = ("alembic.runtime.plugins",)


def _ours(handler: logging.Handler) -> bool:
    return bool(getattr(handler, _MARK, False))


def _rotating(log_file: Path) -> logging.FileHandler:
    from logging.handlers import RotatingFileHandler

    return RotatingFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                               encoding="utf-8")


def configure_logging(log_file: Path, level: int = logging.INFO, *,
                      rotating: bool = True) -> logging.Logger:
    """Send log records at ``level`` and above to ``log_file`` (1 MB x 5 rotating copies) and
    warnings and errors to stderr. Returns the root logger. ``rotating=False``: appended to
    plainly until ``rotate_log_file()``."""
    root = logging.getLogger()
    log_file = Path(log_file)
    log_file.parent.mkdir(parents=True, exist_ok=True)
    remove_logging()

    file_handler = (_rotating(log_file) if rotating
                    else logging.FileHandler(log_file, encoding="utf-8"))
    file_handler.setLevel(level)
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))

    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setLevel(logging.WARNING)
    stderr_handler.setFormatter(logging.Formatter(STDERR_FORMAT))

    for handler in (file_handler, stderr_handler):
        setattr(handler, _MARK, True)
        root.addHandler(handler)
    root.setLevel(min(level, logging.WARNING))
    for name in _CHATTY:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    return root


def remove_logging() -> None:
    """Remove and close the handlers ``configure_logging`` added (other handlers stay)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if _ours(h)]:
        root.removeHandler(handler)
        handler.close()


def rotate_log_file() -> None:
    """Make the log file ``configure_logging(…, rotating=False)`` opened rotate from now on
    (nothing when it already does or there is none)."""
    root = logging.getLogger()
    for plain in root.handlers:
        if _ours(plain) and type(plain) is logging.FileHandler:
            break
    else:
        return
    rotating = _rotating(Path(plain.baseFilename))
    rotating.setLevel(plain.level)
    rotating.setFormatter(plain.formatter)
    setattr(rotating, _MARK, True)
    # One assignment: a record logged meanwhile goes to one of the two, never both or none.
    root.handlers = [rotating if h is plain else h for h in root.handlers]
    plain.close()


def current_log_file() -> Path | None:
    """The file ``configure_logging`` writes to, or None when it has not been called."""
    for handler in logging.getLogger().handlers:
        if _ours(handler) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None
