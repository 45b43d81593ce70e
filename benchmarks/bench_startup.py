"""Cold start to the first paint and to the mission list populated, and peak memory (RSS).

Method: the app is started the way a person starts it, ``python -m mercator_desktop
--data-dir DATASET gui``, in a new process with ``MERCATOR_QUIT_AFTER_LOAD=1``: it prints
``first-paint-at=`` and ``list-populated-at=`` (``time.perf_counter()``, a system-wide
monotonic clock on Linux) and quits once the list is filled. The figure is that value minus
the parent's ``perf_counter()`` taken just before it started the process: interpreter start,
imports, window, first paint; then the list read with ``sqlite3`` on a worker thread and shown
page by page before the store is opened (``ui.early_list``: the dataset was closed cleanly by
the run before, as a person's data folder is), or, for a folder that cannot be read early,
opening the store, building the views and loading the list on the worker thread (the
figure's note says which). Peak RSS is the process's high-water mark (``VmHWM`` in
``/proc/PID/status``, read every 5 ms while it runs; Linux only) from start to quit, i.e.
with the whole mission list loaded, the store open and the sync panel built.

Baseline: ``bare_window.py``, started the same way by the same interpreter: a PySide6
``QMainWindow`` with a ``QTableView`` that, on its first paint, reads the same missions'
seven list columns with ``sqlite3`` into a minimal ``QAbstractTableModel``. App and bare
processes alternate. Both run with a private HOME and, unless the environment says
otherwise, ``QT_QPA_PLATFORM=offscreen``.

Byte-code: both run with the ``.pyc`` files an installed program has (pip and the
installer compile them; a source checkout writes them at its first start), kept in a
private ``PYTHONPYCACHEPREFIX`` under the run's work folder that the warm-up run fills, for
the app and the bare window alike; ``PYTHONDONTWRITEBYTECODE`` is dropped from their
environment. Without this, a shell that sets that variable makes every start compile the
app's modules from source (here about 40 % more CPU time to the first paint), which no user's
start does. ``--quick`` has no warm-up, so its one run compiles.

CPU time: each process also prints its ``time.process_time()`` (all threads) at the two
moments; the "CPU time" figures are those against the bare window's. They move much less
than the wall-clock ones when other work shares the machine.

"Cold" means a new process; the operating system's file cache is warm after the first run
(dropping it needs root), so a first start after a reboot is slower than shown here.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from .harness import ROOT, Bench

FIRST_PAINT = "cold start → first paint"
LIST_READY = "cold start → mission list populated"
RSS = "peak RSS, app with the dataset loaded"
BARE_FIRST_PAINT = "bare Qt window: cold start → first paint"
BARE_LIST_READY = "bare Qt window: cold start → table populated"
BARE_RSS = "bare Qt window: peak RSS, same rows loaded"
FIRST_PAINT_CPU = "cold start → first paint, CPU time"
LIST_READY_CPU = "cold start → mission list populated, CPU time"
BARE_FIRST_PAINT_CPU = "bare Qt window: cold start → first paint, CPU time"
BARE_LIST_READY_CPU = "bare Qt window: cold start → table populated, CPU time"


def _high_water_mib(pid: int) -> float | None:
    """The process's peak RSS so far (``VmHWM``; Linux only)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def start(command: list[str], env: dict[str, str], log: Path) -> tuple[dict[str, str], float,
                                                                         float | None]:
    """Run ``command`` to its end; returns its ``key=value`` lines, the parent's
    perf_counter() just before the start, and the peak RSS in MiB (None if unknown).

    The peak is ``VmHWM`` of /proc/PID/status read every 5 ms until the process ends (the
    last reading counts), not ``ru_maxrss``: on Linux a child's ``ru_maxrss`` starts at
    the RSS of the parent it was forked from, and this parent holds the generated dataset.
    """
    with log.open("w+b") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env,
                                cwd=ROOT)
        peak: float | None = None
        while proc.poll() is None:
            reading = _high_water_mib(proc.pid)
            if reading is not None:
                peak = reading
            time.sleep(0.005)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{command[1:3]} exited with {proc.returncode}:\n{text[-2000:]}")
    values = dict(line.split("=", 1) for line in text.splitlines() if "=" in line
                  and line.split("=", 1)[0].replace("-", "").isalnum())
    return values, started, peak


def run(bench: Bench) -> None:
    dataset = bench.dataset()
    env = bench.child_env(MERCATOR_QUIT_AFTER_LOAD="1",
                          PYTHONPYCACHEPREFIX=str(bench.folder("startup") / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the warm-up writes the byte-code
    app = [sys.executable, "-m", "mercator_desktop", "--data-dir", str(dataset), "gui"]
    bare = [sys.executable, str(Path(__file__).with_name("bare_window.py")),
            str(dataset / "mercator.sqlite")]
    log = bench.folder("startup") / "process.log"
    if not bench.quick:  # warm-up: byte-code caches, the file cache
        start(app, env, log)
        start(bare, env, log)
    samples: dict[str, list[float]] = {name: [] for name in (
        FIRST_PAINT, LIST_READY, RSS, BARE_FIRST_PAINT, BARE_LIST_READY, BARE_RSS,
        FIRST_PAINT_CPU, LIST_READY_CPU, BARE_FIRST_PAINT_CPU, BARE_LIST_READY_CPU)}
    cpu_of = {FIRST_PAINT: (FIRST_PAINT_CPU, LIST_READY_CPU),
              BARE_FIRST_PAINT: (BARE_FIRST_PAINT_CPU, BARE_LIST_READY_CPU)}
    shown: dict[str, str | None] = {}
    early: list[bool] = []  # the list was shown before the store opened (ui.early_list)
    for _ in range(bench.runs):
        for command, paint, ready, rss in ((app, FIRST_PAINT, LIST_READY, RSS),
                                           (bare, BARE_FIRST_PAINT, BARE_LIST_READY, BARE_RSS)):
            values, started, peak = start(command, env, log)
            samples[paint].append(float(values["first-paint-at"]) - started)
            samples[ready].append(float(values["list-populated-at"]) - started)
            paint_cpu, ready_cpu = cpu_of[paint]
            samples[paint_cpu].append(float(values["first-paint-cpu"]))
            samples[ready_cpu].append(float(values["list-populated-cpu"]))
            if peak is not None:
                samples[rss].append(peak)
            shown[paint] = values.get("missions-shown")
            if paint == FIRST_PAINT:
                early.append(values.get("list-populated-sqlalchemy-loaded") == "False")
    rows = (f"{shown.get(FIRST_PAINT)} missions shown (bare: "
            f"{shown.get(BARE_FIRST_PAINT)})")
    bench.record(BARE_FIRST_PAINT, samples[BARE_FIRST_PAINT],
                 note="PySide6 QMainWindow + QTableView in a new process (bare_window.py)")
    bench.record(FIRST_PAINT, samples[FIRST_PAINT], baseline=BARE_FIRST_PAINT,
                 note="python -m mercator_desktop gui, new process; from before the start")
    bench.record(BARE_LIST_READY, samples[BARE_LIST_READY],
                 note="sqlite3 query of the 7 list columns into a minimal "
                      "QAbstractTableModel, on the GUI thread")
    bench.record(LIST_READY, samples[LIST_READY], baseline=BARE_LIST_READY,
                 note=f"{rows}; " + (
                     "read with sqlite3 on a worker and shown page by page before the store "
                     "opened" if early and all(early) else
                     f"store opened, views built, list loaded on a worker thread in "
                     f"{early.count(False)} of {len(early)} runs"))
    bench.record(BARE_FIRST_PAINT_CPU, samples[BARE_FIRST_PAINT_CPU],
                 note="time.process_time() of the bare process at its first paint")
    bench.record(FIRST_PAINT_CPU, samples[FIRST_PAINT_CPU], baseline=BARE_FIRST_PAINT_CPU,
                 note="time.process_time() of the app process (all threads) at its first "
                      "paint")
    bench.record(BARE_LIST_READY_CPU, samples[BARE_LIST_READY_CPU],
                 note="time.process_time() of the bare process, table populated")
    bench.record(LIST_READY_CPU, samples[LIST_READY_CPU], baseline=BARE_LIST_READY_CPU,
                 note="time.process_time() of the app process (all threads), list filled")
    if samples[RSS]:
        bench.record(BARE_RSS, samples[BARE_RSS], unit="MiB",
                     note="VmHWM of the bare process")
        bench.record(RSS, samples[RSS], unit="MiB", baseline=BARE_RSS,
                     note="VmHWM of the app process (read every 5 ms), start to quit after "
                          "the list filled")
