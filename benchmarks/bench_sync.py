"""Sync speed on loopback, measured (never asserted in tests).

1. 10,000 answers: first push from device A, first pull into device B; then all 10,000
   changed on A: push, and pull + apply on B.
2. A sync with nothing to do, on stores of 1,000 and of 100,000 synced answers (the median
   of several runs): it should cost the same.

    .venv/bin/python benchmarks/bench_sync.py [--sizes 1000,100000] [--db URL]

Starts the real HQ service (``mercator-hq serve``) on 127.0.0.1 and a free port, with a
SQLite database in a temporary folder unless ``--db`` names another (PostgreSQL, say; it
is emptied first). Results are printed and written to ``benchmarks/results/sync.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import update

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mercator_desktop.services.store import open_store  # noqa: E402
from mercator_desktop.services.sync import SyncService  # noqa: E402
from mercator_desktop.storage import models as m  # noqa: E402
from mercator_desktop.sync.credentials import MemorySecretStore  # noqa: E402

EXPERT = "11111111-1111-4111-8111-111111111111"
PASSWORD = "benchmark password"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_hq(db_url: str, folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    hq = [sys.executable, "-m", "mercator_desktop.hq.cli", "--db", db_url]
    subprocess.run([*hq, "users", "add", "alice", "--role", "expert", "--expert", EXPERT,
                    "--password-stdin"], input=PASSWORD.encode(), check=True, cwd=ROOT,
                   capture_output=True)
    port = free_port()
    log = (folder / "hq.log").open("wb")
    proc = subprocess.Popen([*hq, "serve", "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(url + "/api/v1/hello", timeout=1)
            return proc, url
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("HQ did not start")


def device(folder: Path, url: str) -> tuple[object, SyncService]:
    store = open_store(folder, user="alice")
    service = SyncService(store, MemorySecretStore())
    service.login(url, "alice", PASSWORD)
    return store, service


def fill(store: object, answers: int) -> None:
    with store.session() as session:  # type: ignore[attr-defined]
        if session.get(m.Expert, EXPERT) is None:
            session.add(m.Expert(id=EXPERT, name="Alice Expert"))
        mission = m.Mission(code=f"BENCH-{answers}-{time.time_ns() % 10**8}",
                            title="Benchmark", type_code="workshop", status_code="requested",
                            country_iso2="JM")
        session.add(mission)
        session.flush()
        session.add(m.TeamMember(mission_id=mission.id, expert_id=EXPERT, role="lead"))
        assessment = m.Assessment(mission_id=mission.id, template_id="geoat",
                                  template_version="1")
        session.add(assessment)
        session.flush()
        session.add_all(m.Answer(assessment_id=assessment.id, question_id=f"q{i:06d}",
                                 value=i, note="") for i in range(answers))


class _Skip(Exception):
    pass


def timed(call):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def empty_db(url: str) -> str:
    if url.startswith("postgresql"):
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    return url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--db", help="HQ database URL (default: SQLite in a temp folder)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-10k", action="store_true", help="only the no-op syncs")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mercator-bench-"))
    results: dict[str, object] = {}
    try:
        # --- 10,000 answers ---------------------------------------------------------
        db = empty_db(args.db) if args.db else f"sqlite:///{folder / 'hq.sqlite'}"
        proc, url = start_hq(db, folder) if not args.skip_10k else (None, "")
        try:
            if proc is None:
                raise _Skip
            store_a, a = device(folder / "a", url)
            store_b, b = device(folder / "b", url)
            fill(store_a, 10_000)
            t, out = timed(a.sync)
            results["push_10000_new_answers_s"] = round(t, 2)
            print(f"push 10,000 new answers: {t:.2f} s ({out.sent} sent)")
            t, out = timed(b.sync)
            results["pull_10000_new_answers_s"] = round(t, 2)
            print(f"pull 10,000 new answers: {t:.2f} s ({out.applied} applied)")
            with store_a.session() as session:
                session.execute(update(m.Answer).values(
                    value="changed", revision=m.Answer.revision + 1))
            t, out = timed(a.sync)
            results["push_10000_changed_answers_s"] = round(t, 2)
            print(f"push 10,000 changed answers: {t:.2f} s ({out.sent} sent)")
            t, out = timed(b.sync)
            results["pull_10000_changed_answers_s"] = round(t, 2)
            print(f"pull 10,000 changed answers: {t:.2f} s ({out.applied} applied)")
            store_a.close()
            store_b.close()
        except _Skip:
            pass
        finally:
            if proc is not None:
                proc.terminate()
                proc.wait(10)
        # --- a sync with nothing to do, by store size ---------------------------------
        for size in (int(s) for s in args.sizes.split(",")):
            where = folder / f"size-{size}"
            where.mkdir()
            db = empty_db(args.db) if args.db else f"sqlite:///{where / 'hq.sqlite'}"
            proc, url = start_hq(db, where)
            try:
                store, service = device(where / "device", url)
                fill(store, size)
                t, _ = timed(service.sync)
                print(f"{size:,} answers: first sync {t:.1f} s")
                service.sync()
                runs = [timed(service.sync)[0] for _ in range(args.runs)]
                median = statistics.median(runs)
                results[f"noop_sync_{size}_answers_ms"] = round(median * 1000, 1)
                print(f"{size:,} answers: sync with nothing to do {median * 1000:.1f} ms "
                      f"(median of {args.runs})")
                store.close()
            finally:
                proc.terminate()
                proc.wait(10)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    out_dir = ROOT / "benchmarks" / "results"
    out_dir.mkdir(exist_ok=True)
    previous = {}
    if (out_dir / "sync.json").exists():
        previous = json.loads((out_dir / "sync.json").read_text())
    results = {**previous, **results}
    (out_dir / "sync.json").write_text(json.dumps(
        {**results, "cores": os.cpu_count(), "db": "sqlite" if not args.db else "custom"},
        indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
