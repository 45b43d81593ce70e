"""Sync over loopback: 10,000 changed answers pushed and pulled, and a sync with nothing to do.

Method: the real HQ service (``python -m mercator_desktop.hq.cli serve``) runs in its own
process on 127.0.0.1 and a free port, with a SQLite database in the scratch folder (or the
database ``MERCATOR_BENCH_HQ_DB`` names, emptied first: PostgreSQL, say). Two devices (data
folders) sign in as the same expert through ``SyncService``; device A gets an assessment of
10,000 answers (scaled), both sync once untimed (first push, first pull). Each run then
changes every answer on A (untimed) and times ``A.sync()`` (the push, in batches, and the
pull that follows) and ``B.sync()`` (pulling and applying the 10,000 changes, with the backup
taken before applying). A sync with nothing to do is timed on devices holding 1,000 and
100,000 synced answers (scaled), each against its own new HQ: it must cost about the same
(cost follows changes, not database size), so the larger one's baseline is the smaller one.
The first sync of the device holding 100,000 answers (scaled: pushing them all, then a pull
that must not bring them back) is timed once, against the bare replay of its exchanges.
Each push figure's note gives the answers per second and the bytes its pull brought back
(only other devices' changes travel back); the log says the answers per second of the push,
the pull and the first sync. Each note also gives the CPU seconds the laptop (this
process) and HQ (its process, read from Linux's /proc) spent: on a shared machine the wall
clock waits for other people's work, CPU time does not. The first sync of 100,000 answers
is part of every run at scale 1.0 (``make bench BENCH_ARGS="--only sync"``, a few
minutes); ``--scale 0.1`` times it at 10,000.

Baseline, alternating with the app: each timed sync's HTTP exchanges are recorded on the way
(method, path, request body, size of HQ's answer) and replayed with a new ``httpx.Client`` as
bare POSTs of the same bodies to ``bare_http.py`` on 127.0.0.1, which reads each body and
answers with as many bytes as HQ did: the same bytes over the same loopback with no
serialisation, signature, validation or database on either side. The replay makes a new
``httpx.Client`` as the app makes one per sync; creating it (its TLS context) is most of the
bare cost of a sync with nothing to do.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any

import httpx

from .harness import ROOT, Bench

EXPERT = "11111111-1111-4111-8111-111111111111"
USER = "alice"
PASSWORD = "benchmark password"
HQ_DB_ENV = "MERCATOR_BENCH_HQ_DB"


# --- processes on 127.0.0.1 ------------------------------------------------------------------


def _hq_database(folder: Path) -> str:
    url = os.environ.get(HQ_DB_ENV)
    if not url:
        return f"sqlite:///{folder / 'hq.sqlite'}"
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


class Process:
    """A server subprocess on 127.0.0.1, stopped (by its own id) on exit."""

    def __init__(self, command: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        with log.open("ab") as out:
            self.proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT,
                                         env=env, cwd=ROOT)

    def wait_until(self, ready: Any, what: str) -> Any:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{what} exited: {self.log.read_text()[-2000:]}")
            found = ready()
            if found:
                return found
            time.sleep(0.05)
        raise RuntimeError(f"{what} did not start in 60 s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(15)


def _add_user(db: str) -> None:
    """``mercator-hq users add`` in this process (a subprocess would cost a second)."""
    import contextlib
    import io

    from mercator_desktop.hq.cli import main

    stdin = sys.stdin
    out = io.StringIO()
    try:
        sys.stdin = io.StringIO(PASSWORD + "\n")
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            code = main(["--db", db, "users", "add", USER, "--role", "expert", "--expert",
                         EXPERT, "--password-stdin"])
    finally:
        sys.stdin = stdin
    if code != 0:
        raise RuntimeError(f"mercator-hq users add failed: {out.getvalue()}")


class HQ:
    """The HQ service being started in ``folder``; ``ready()`` waits for its hello."""

    def __init__(self, bench: Bench, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        db = _hq_database(folder)
        _add_user(db)
        with _socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.process = Process([sys.executable, "-m", "mercator_desktop.hq.cli", "--db", db,
                                "serve", "--host", "127.0.0.1", "--port", str(port)],
                               bench.child_env(), folder / "hq.log")
        self.url = f"http://127.0.0.1:{port}"

    def ready(self) -> str:
        def hello() -> bool:
            try:
                return httpx.get(self.url + "/api/v1/hello", timeout=1).status_code == 200
            except httpx.TransportError:
                return False

        self.process.wait_until(hello, "HQ")
        return self.url

    def stop(self) -> None:
        self.process.stop()


def _socket() -> Any:
    import socket

    return socket.socket()


def start_bare(bench: Bench) -> tuple[Process, str]:
    log = bench.folder("sync") / "bare_http.log"
    log.write_text("")
    process = Process([sys.executable, str(Path(__file__).with_name("bare_http.py"))],
                      bench.child_env(), log)

    def port() -> str | None:
        for line in log.read_text().splitlines():
            if line.startswith("port="):
                return line.split("=", 1)[1]
        return None

    return process, f"http://127.0.0.1:{process.wait_until(port, 'the bare HTTP server')}"


# --- recording and replaying -----------------------------------------------------------------

Exchange = tuple[str, str, bytes, int]


class _RecordingTransport(httpx.BaseTransport):
    def __init__(self, exchanges: list[Exchange]) -> None:
        self.inner = httpx.HTTPTransport()
        self.exchanges = exchanges

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        body = response.read()
        self.exchanges.append((request.method, request.url.path, request.content, len(body)))
        return response

    def close(self) -> None:
        self.inner.close()


class Recorder:
    """A ``transport_factory`` for ``SyncService`` that keeps the last sync's exchanges."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def __call__(self, url: str, token: str | None) -> Any:
        from mercator_desktop.sync.transport import Transport

        self.exchanges = []
        client = httpx.Client(transport=_RecordingTransport(self.exchanges), timeout=300,
                              follow_redirects=False)
        return Transport(url, token, client=client)


def replay(url: str, exchanges: list[Exchange]) -> None:
    with httpx.Client(timeout=300) as client:
        for _method, path, body, reply in exchanges:
            response = client.post(url + path, content=body, headers={
                "Content-Type": "application/json", "X-Reply-Bytes": str(reply)})
            response.read()
            if response.status_code != 200 or len(response.content) != reply:
                raise RuntimeError(f"bare endpoint answered {response.status_code}")


def _pulled(exchanges: list[Exchange]) -> str:
    pulls = [e for e in exchanges if e[1].endswith("/pull")]
    return f"{sum(e[3] for e in pulls):,} bytes pulled in {len(pulls)} pages after the push"


def _rate(count: int, seconds: list[float]) -> str:
    ordered = sorted(seconds)
    return f"{count / ordered[len(ordered) // 2]:,.0f} answers/s"


def _bytes(exchanges: list[Exchange]) -> str:
    sent = sum(len(e[2]) for e in exchanges)
    received = sum(e[3] for e in exchanges)
    return f"{len(exchanges)} requests, {sent / 1e6:.1f} MB up, {received / 1e6:.1f} MB down"


# --- devices ---------------------------------------------------------------------------------


def device(folder: Path, url: str) -> tuple[Any, Any, Recorder]:
    from mercator_desktop.services.store import open_store
    from mercator_desktop.services.sync import SyncService
    from mercator_desktop.sync.credentials import MemorySecretStore

    store = open_store(folder, user=USER)
    recorder = Recorder()
    service = SyncService(store, MemorySecretStore(), transport_factory=recorder)
    service.login(url, USER, PASSWORD)
    return store, service, recorder


def fill(store: Any, answers: int) -> None:
    from mercator_desktop.storage import models as m

    with store.session() as session:
        if session.get(m.Expert, EXPERT) is None:
            session.add(m.Expert(id=EXPERT, name="Alice Expert"))
        mission = m.Mission(code=f"BENCH-{answers}", title="Benchmark", type_code="workshop",
                            status_code="requested", country_iso2="JM")
        session.add(mission)
        session.flush()
        session.add(m.TeamMember(mission_id=mission.id, expert_id=EXPERT, role="lead"))
        assessment = m.Assessment(mission_id=mission.id, template_id="geoat",
                                  template_version="1")
        session.add(assessment)
        session.flush()
        session.add_all(m.Answer(assessment_id=assessment.id, question_id=f"q{i:06d}",
                                 value=i, note="") for i in range(answers))


def change_all(store: Any, run_no: int) -> None:
    from sqlalchemy import update

    from mercator_desktop.storage import models as m

    with store.session() as session:
        session.execute(update(m.Answer).values(value=f"changed {run_no}",
                                                revision=m.Answer.revision + 1))


# --- the benchmark ---------------------------------------------------------------------------


def _timed(call: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def _process_cpu(pid: int) -> float | None:
    """CPU seconds a process used so far (Linux's /proc; None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


class CPU:
    """CPU seconds of this process (the laptop) and of HQ's over timed calls: on a shared
    machine the wall clock waits for other people's work, CPU time does not."""

    def __init__(self, hq: HQ) -> None:
        self.pid = hq.process.proc.pid
        self.laptop: list[float] = []
        self.hq: list[float] = []

    def timed(self, call: Any) -> tuple[float, Any]:
        mine, theirs = time.process_time(), _process_cpu(self.pid)
        seconds, result = _timed(call)
        self.laptop.append(time.process_time() - mine)
        after = _process_cpu(self.pid)
        if theirs is not None and after is not None:
            self.hq.append(after - theirs)
        return seconds, result

    def note(self, count: int) -> str:
        laptop = sorted(self.laptop)[len(self.laptop) // 2]
        if not self.hq:
            return f"CPU: laptop {laptop:.2f} s"
        hq = sorted(self.hq)[len(self.hq) // 2]
        return (f"CPU: laptop {laptop:.2f} s, HQ {hq:.2f} s "
                f"({count / (laptop + hq):,.0f} answers per CPU second of both)")


def push_pull(bench: Bench, bare_url: str, hq: HQ) -> None:
    n = bench.scaled(10_000, 20)
    push = f"sync: push {n:,} changed answers"
    pull = f"sync: pull {n:,} changed answers on a second device"
    bare_push, bare_pull = "bare HTTP: same push exchanges", "bare HTTP: same pull exchanges"
    folder = bench.folder("sync/push-pull")
    url = hq.ready()
    stores = []
    try:
        store_a, a, rec_a = device(folder / "a", url)
        store_b, b, rec_b = device(folder / "b", url)
        stores += [store_a, store_b]
        fill(store_a, n)
        a.sync()
        b.sync()
        samples: dict[str, list[float]] = {push: [], pull: [], bare_push: [], bare_pull: []}
        outcome: dict[str, Any] = {}
        cpu_push, cpu_pull = CPU(hq), CPU(hq)
        for run_no in range(bench.runs):
            change_all(store_a, run_no)
            t, outcome["push"] = cpu_push.timed(a.sync)
            samples[push].append(t)
            samples[bare_push].append(_timed(lambda: replay(bare_url, rec_a.exchanges))[0])
            t, outcome["pull"] = cpu_pull.timed(b.sync)
            samples[pull].append(t)
            samples[bare_pull].append(_timed(lambda: replay(bare_url, rec_b.exchanges))[0])
        bench.record(bare_push, samples[bare_push], note=_bytes(rec_a.exchanges))
        bench.record(push, samples[push], baseline=bare_push,
                     note=f"{outcome['push'].sent} sent per run "
                          f"({_rate(n, samples[push])}); the pull that follows included: "
                          f"{_pulled(rec_a.exchanges)}; {cpu_push.note(n)}")
        bench.record(bare_pull, samples[bare_pull], note=_bytes(rec_b.exchanges))
        bench.record(pull, samples[pull], baseline=bare_pull,
                     note=f"{outcome['pull'].applied} applied per run "
                          f"({_rate(n, samples[pull])}), backup before applying included; "
                          f"{cpu_pull.note(n)}")
        bench.log(f"  push: {_rate(n, samples[push])}, {cpu_push.note(n)}; "
                  f"pull: {_rate(n, samples[pull])}, {cpu_pull.note(n)}")
    finally:
        for store in stores:
            store.close()
        hq.stop()


def no_op(bench: Bench, bare_url: str, hqs: dict[str, HQ]) -> None:
    small, large = sizes(bench)
    names = {small: f"sync with nothing to do, {small:,} answers",
             large: f"sync with nothing to do, {large:,} answers"}
    bare_noop = "bare HTTP: same no-op exchanges"
    for size in (small, large):
        folder = bench.folder(f"sync/noop-{size}")
        hq = hqs.get(folder.name) or HQ(bench, folder / "hq")
        url = hq.ready()
        store = None
        try:
            store, service, recorder = device(folder / "device", url)
            fill(store, size)
            cpu = CPU(hq)
            first, _ = cpu.timed(service.sync)
            bench.log(f"  first sync of {size:,} answers: {first:.1f} s, {cpu.note(size)}")
            if size == large:
                first_name = f"sync: first sync of a device holding {size:,} answers"
                bare_first = "bare HTTP: same first-sync exchanges"
                bench.record(bare_first, [_timed(partial(replay, bare_url,
                                                         recorder.exchanges))[0]],
                             note=_bytes(recorder.exchanges))
                bench.record(first_name, [first], baseline=bare_first,
                             note=f"{_rate(size, [first])}; {_pulled(recorder.exchanges)}; "
                                  f"{cpu.note(size)}")
                bench.log(f"  first sync: {_rate(size, [first])}")
            service.sync()
            mine: list[float] = []
            bare: list[float] = []
            for _ in range(bench.runs):
                mine.append(_timed(service.sync)[0])
                if size == small:  # the exchanges of the sync just timed
                    bare.append(_timed(partial(replay, bare_url, recorder.exchanges))[0])
            if size == small:
                bench.record(bare_noop, bare, note=_bytes(recorder.exchanges))
                bench.record(names[small], mine, baseline=bare_noop)
            else:
                bench.record(names[large], mine, baseline=names[small],
                             note=f"its baseline is the same sync at {small:,} answers: the "
                                  "ratio should stay near 1")
        finally:
            if store is not None:
                store.close()
            hq.stop()


def sizes(bench: Bench) -> tuple[int, int]:
    return bench.scaled(1_000, 10), bench.scaled(100_000, 100)


def run(bench: Bench) -> None:
    bare, bare_url = start_bare(bench)
    # Quick mode starts the three HQ processes at once; otherwise each starts when needed,
    # so that none is starting while another is being measured.
    hqs: dict[str, HQ] = {}
    try:
        if bench.quick:
            for name in ("push-pull", *(f"noop-{size}" for size in sizes(bench))):
                hqs[name] = HQ(bench, bench.folder(f"sync/{name}") / "hq")
        push_pull(bench, bare_url, hqs.get("push-pull")
                  or HQ(bench, bench.folder("sync/push-pull") / "hq"))
        no_op(bench, bare_url, hqs)
    finally:
        for hq in hqs.values():
            hq.stop()
        bare.stop()
