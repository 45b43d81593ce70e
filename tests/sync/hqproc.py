"""The real HQ service in a subprocess on 127.0.0.1 (a free port), for the sync tests.

``MERCATOR_TEST_PG_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1/mercator_test``)
adds PostgreSQL to the databases the tests run against; without it those runs are skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
PG_ENV = "MERCATOR_TEST_PG_URL"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fresh_database(kind: str, folder: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{folder / f'hq-{uuid.uuid4().hex[:8]}.sqlite'}"
    url = os.environ[PG_ENV]
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


class HQProcess:
    def __init__(self, db_url: str, folder: Path) -> None:
        self.db_url = db_url
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = folder / f"hq-{self.port}.log"
        #: HQ's evidence files folder, in the test's own folder (``MERCATOR_HQ_FILES``):
        #: one per database, so that processes sharing a database share it too
        self.files = folder / f"hq-files-{hashlib.sha256(db_url.encode()).hexdigest()[:8]}"

    def manage(self, *args: str, password: str | None = None) -> str:
        import io
        from contextlib import redirect_stdout

        from mercator_desktop.hq.cli import main

        out = io.StringIO()
        stdin = sys.stdin
        try:
            if password is not None:
                sys.stdin = io.StringIO(password + "\n")
            with redirect_stdout(out):
                code = main(["--db", self.db_url, *args])
        finally:
            sys.stdin = stdin
        assert code == 0, out.getvalue()
        return out.getvalue()

    def add_user(self, name: str, role: str, password: str = "secret pass",
                 expert: str | None = None) -> None:
        extra = ["--expert", expert] if expert else []
        self.manage("users", "add", name, "--role", role, "--password-stdin", *extra,
                    password=password)

    def start(self, *serve_args: str, **env: str) -> HQProcess:
        environment = {**os.environ, "MERCATOR_HQ_FILES": str(self.files), **env}
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "mercator_desktop.hq.cli", "--db", self.db_url,
                 "serve", "--host", "127.0.0.1", "--port", str(self.port), *serve_args],
                stdout=log, stderr=subprocess.STDOUT, env=environment, cwd=REPO)
        # generous: on a busy machine, several workers take a while to import everything
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"HQ exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(self.url + "/api/v1/hello", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("HQ did not start in 90 s")

    def kill(self) -> None:
        """SIGKILL: no goodbye, no flush, no graceful anything."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def request_log(self) -> list[dict[str, object]]:
        lines = []
        for line in self.log.read_text().splitlines():
            if line.startswith("{"):
                lines.append(json.loads(line))
        return lines


@contextmanager
def running_hq(kind: str, folder: Path, users: dict[str, tuple[str, str | None]] | None = None,
               **env: str) -> Iterator[HQProcess]:
    hq = HQProcess(fresh_database(kind, folder), folder)
    for name, (role, expert) in (users or {}).items():
        hq.add_user(name, role, expert=expert)
    hq.start(**env)
    try:
        yield hq
    finally:
        hq.stop()
