"""Flushing to the disk what must survive a power cut: a file's bytes (``fsync_file``) and
the entry of a file just written or renamed in its folder (``fsync_dir``, POSIX; Windows
has no folder handle to flush and keeps renames with the file)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    # opened for writing: Windows flushes only a handle that may write
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    # some file systems (network shares, some USB sticks' drivers) refuse to flush a folder;
    # the file itself was flushed, which is what can be done there
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
