"""Shared fixtures: a fresh data folder migrated to head per test, real services, and Qt set
up headless with a temporary settings file. No test touches the real home directory."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before Qt loads anywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MERCATOR_USER"] = "tester"

REPO = Path(__file__).resolve().parent.parent
PG_ENV = "MERCATOR_TEST_PG_URL"


def pytest_configure(config: pytest.Config) -> None:
    """Under ``pytest -n`` (``make test``) each worker gets a PostgreSQL database of its own,
    ``<database>_<worker>``, made on first use: the PostgreSQL tests start every HQ on an
    emptied schema, which two workers sharing one database would do under each other."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    url = os.environ.get(PG_ENV)
    if not worker or not url:
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    shared = make_url(url)
    own = shared.set(database=f"{shared.database}_{worker}")
    engine = create_engine(shared, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            exists = connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                        {"n": own.database}).scalar()
            if not exists:
                connection.execute(text(f'CREATE DATABASE "{own.database}"'))
    finally:
        engine.dispose()
    os.environ[PG_ENV] = own.render_as_string(hide_password=False)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point HOME and the XDG folders into a temporary folder so nothing real is touched."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.delenv("MERCATOR_DATA_DIR", raising=False)
    monkeypatch.delenv("MERCATOR_STATE_DIR", raising=False)


@pytest.fixture(autouse=True)
def _no_logging_left() -> Iterator[None]:
    """A test that runs the command line in-process leaves its log file handler on the root
    logger; take it away so that no later test writes into another test's folder."""
    yield
    from mercator_desktop.logging_setup import remove_logging

    remove_logging()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def os_keyring():  # type: ignore[no-untyped-def]
    """An in-memory stand-in for the OS keyring, put in place through ``keyring`` itself."""
    import keyring

    from tests.keyrings import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def store(data_dir: Path) -> Iterator[object]:
    from mercator_desktop.services.store import open_store

    opened = open_store(data_dir, user="tester")
    yield opened
    opened.close()


@pytest.fixture
def missions(store):  # type: ignore[no-untyped-def]
    from mercator_desktop.services.missions import MissionService

    return MissionService(store)


@pytest.fixture
def experts(store):  # type: ignore[no-untyped-def]
    from mercator_desktop.services.experts import ExpertService

    return ExpertService(store)


@pytest.fixture
def demo_store(store):  # type: ignore[no-untyped-def]
    from mercator_desktop.services.demo import load_demo

    load_demo(store)
    return store


def run_cli(*args: str, data_dir: Path | None = None, input: str | None = None,
            timeout: float = 120, locale: str = "C.UTF-8"):  # type: ignore[no-untyped-def]
    """Run the real command line in a subprocess; returns the CompletedProcess. It speaks
    the language of ``locale`` (``LANG``; the other locale variables are cleared), English
    unless a test asks for another."""
    import subprocess

    cmd = [sys.executable, "-m", "mercator_desktop"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    cmd += list(args)
    env = {**os.environ, "LC_ALL": "", "LC_MESSAGES": "", "LANG": locale}
    return subprocess.run(cmd, capture_output=True, text=True, input=input, timeout=timeout,
                          cwd=REPO, env=env)
