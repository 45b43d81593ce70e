"""Logging for the desktop app: a rotating log file in the data folder, warnings on stderr.

``configure_logging`` may be called more than once (a second call, e.g. for another data
folder, replaces the handlers the first call added instead of adding duplicates).
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
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


def configure_logging(log_file: Path, level: int = logging.INFO) -> logging.Logger:
    """Send log records at ``level`` and above to ``log_file`` (1 MB x 5 rotating copies) and
    warnings and errors to stderr. Returns the root logger."""
    root = logging.getLogger()
    log_file = Path(log_file)
    log_file.parent.mkdir(parents=True, exist_ok=True)
    remove_logging()

    file_handler = RotatingFileHandler(
        log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
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


def current_log_file() -> Path | None:
    """The file ``configure_logging`` writes to, or None when it has not been called."""
    for handler in logging.getLogger().handlers:
        if _ours(handler) and isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None
