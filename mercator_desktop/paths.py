"""Where Mercator Desktop keeps its data, logs and backups.

Order of precedence for the data folder: the ``--data-dir`` option, then the
``MERCATOR_DATA_DIR`` environment variable, then the platform's user data folder.

The state folder (``MERCATOR_STATE_DIR``, else the platform's user state folder) lives
outside every data folder on purpose: what it holds about a data folder does not travel
when the folder is copied or restored from a backup (see ``services.identity``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "MercatorDesktop"
APP_AUTHOR = "WCO"
ENV_DATA_DIR = "MERCATOR_DATA_DIR"
ENV_STATE_DIR = "MERCATOR_STATE_DIR"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    if option:
        return Path(option).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def state_dir() -> Path:
    """This person's state folder on this computer (not inside any data folder)."""
    env = os.environ.get(ENV_STATE_DIR)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_state_dir

    path = Path(user_state_dir(APP_NAME, APP_AUTHOR))
    data = default_data_dir()
    if path == data or data in path.parents:
        # Windows and macOS give the data folder itself: a sibling keeps it apart.
        path = path.with_name(f"{path.name}State")
    return path


@dataclass(frozen=True)
class DataPaths:
    """Everything under one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "mercator.sqlite"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def evidence(self) -> Path:
        return self.root / "evidence"

    def evidence_file(self, sha256: str) -> Path:
        """Where the evidence file of this SHA-256 is kept (one copy however often it is
        attached)."""
        return evidence_file(self.evidence, sha256)

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "mercator-desktop.log"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.evidence, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def evidence_file(folder: Path, sha256: str) -> Path:
    """``<evidence folder>/<first two hex digits>/<sha256>``."""
    return folder / sha256[:2] / sha256
