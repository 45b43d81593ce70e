"""Fixtures of the sync tests: HQ for real on 127.0.0.1, devices as real stores."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .hqproc import PG_ENV, HQProcess, running_hq

PASSWORD = "secret pass"
EXPERT_A = "11111111-1111-4111-8111-111111111111"
EXPERT_B = "22222222-2222-4222-8222-222222222222"


def _db_kinds() -> list[object]:
    return ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
        not os.environ.get(PG_ENV), reason=f"set {PG_ENV} to run against PostgreSQL"))]


@pytest.fixture(scope="session", params=_db_kinds())
def hq(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
       ) -> Iterator[HQProcess]:
    """One HQ for all sync tests (per database kind), with two experts and one HQ user;
    tests keep apart by making their own missions."""
    folder = tmp_path_factory.mktemp("hq")
    users = {"alice": ("expert", EXPERT_A), "bob": ("expert", EXPERT_B), "chief": ("hq", None)}
    with running_hq(request.param, folder, users) as server:
        yield server


class Device:
    """A laptop: its own data folder, store and sync service (tokens in memory)."""

    def __init__(self, folder: Path, user: str) -> None:
        from mercator_desktop.services.store import open_store
        from mercator_desktop.services.sync import SyncService
        from mercator_desktop.sync.client import SyncOptions
        from mercator_desktop.sync.credentials import MemorySecretStore

        self.folder = folder
        self.store = open_store(folder, user=user)
        self.secrets = MemorySecretStore()
        self.sync_service = SyncService(self.store, self.secrets, options=SyncOptions(
            backoff_base=0.05, backoff_max=0.2, attempts=3))

    def login(self, hq: HQProcess, user: str) -> None:
        self.sync_service.login(hq.url, user, PASSWORD)

    def sync(self, **kw):  # type: ignore[no-untyped-def]
        return self.sync_service.sync(**kw)

    def close(self) -> None:
        self.store.close()


@pytest.fixture(scope="session")
def blank_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store migrated and loaded with reference data once; devices start as copies."""
    from mercator_desktop.services.store import open_store

    folder = tmp_path_factory.mktemp("blank")
    open_store(folder, user="nobody").close()
    return folder / "mercator.sqlite"


@pytest.fixture
def make_device(tmp_path: Path, blank_store: Path) -> Iterator[object]:
    made: list[Device] = []

    def make(user: str = "tester") -> Device:
        folder = tmp_path / f"device-{len(made)}"
        folder.mkdir()
        shutil.copyfile(blank_store, folder / "mercator.sqlite")
        device = Device(folder, user)
        made.append(device)
        return device

    yield make
    for device in made:
        device.close()
