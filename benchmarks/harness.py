"""The benchmark harness: figures, their bare baselines measured in the same run, and the
results files.

A *figure* is a list of samples (seconds, or MiB for memory) with a name; its table row shows
the median, min, max and number of runs. A figure may name a *baseline*, another figure of
the same run that does the same job with the bare library (PySide6, reportlab, sqlite3, HTTP)
and none of our code; the ratio median(figure) / median(baseline) is what to watch: a noisy
or slow machine moves both, a regression moves the ratio.

A benchmark module (``benchmarks/bench_*.py``) has a docstring stating its method and
baselines, and one function ``run(bench: Bench) -> None`` that records its figures with

- ``bench.compare(name, fn, baseline_name, baseline_fn)``: times both, alternating
  (figure, baseline, figure, baseline …) so a busy neighbour hits both alike; or
- ``bench.record(name, samples, baseline=...)``: samples measured some other way (timestamps
  from a subprocess, per-run percentiles, peak RSS).

Benchmarks are not tests: nothing here compares a time with a limit. ``quick`` mode (the
smoke test) runs everything once at a tiny scale and skips the slowest preparation.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = 7


@dataclass
class Figure:
    name: str
    unit: str  # "s" (shown as ms or s) or "MiB"
    samples: list[float]
    baseline: str | None = None
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def min(self) -> float:
        return min(self.samples)

    @property
    def max(self) -> float:
        return max(self.samples)

    @property
    def runs(self) -> int:
        return len(self.samples)


def percentile(samples: list[float], q: float) -> float:
    """The ``q`` quantile (0–1) by the nearest-rank method."""
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), math.ceil(q * len(ordered))))
    return ordered[rank - 1]


class Bench:
    """One harness run: its settings, the figures recorded so far, a scratch folder."""

    def __init__(self, *, scale: float, runs: int, quick: bool, workdir: Path,
                 dataset: Path | None = None, log: Callable[[str], None] | None = None
                 ) -> None:
        self.scale = scale
        self.runs = max(1, runs)
        self.quick = quick
        self.workdir = workdir
        self._dataset = dataset
        self.figures: dict[str, Figure] = {}
        self.errors: dict[str, str] = {}
        self.log = log or (lambda text: print(text, file=sys.stderr, flush=True))

    # --- sizes ---------------------------------------------------------------------------

    def scaled(self, at_scale_1: int, minimum: int = 1) -> int:
        """``at_scale_1`` times the scale, at least ``minimum``."""
        return max(minimum, round(at_scale_1 * self.scale))

    def runs_up_to(self, most: int) -> int:
        """Fewer runs for a figure whose single run takes minutes (said in its note)."""
        return max(1, min(self.runs, most))

    # --- recording -----------------------------------------------------------------------

    def record(self, name: str, samples: list[float], *, unit: str = "s",
               baseline: str | None = None, note: str = "") -> Figure:
        if not samples:
            raise ValueError(f"{name}: no samples")
        figure = Figure(name, unit, [float(s) for s in samples], baseline, note)
        self.figures[name] = figure
        self.log(f"  {name}: {format_value(figure.median, unit)} (median of {figure.runs})"
                 + (f", ratio {format_ratio(self.ratio(figure))}" if baseline else ""))
        return figure

    def compare(self, name: str, fn: Callable[[], Any], baseline_name: str,
                baseline_fn: Callable[[], Any], *, runs: int | None = None,
                setup: Callable[[], Any] | None = None,
                baseline_setup: Callable[[], Any] | None = None, warmup: bool = True,
                note: str = "", baseline_note: str = "") -> Figure:
        """Time ``fn`` and ``baseline_fn`` ``runs`` times each, alternating; the optional
        ``setup`` callables run untimed before each call. One untimed warm-up call of each
        first (imports, caches), unless ``warmup`` is False or in quick mode."""
        count = runs or self.runs
        mine: list[float] = []
        bare: list[float] = []
        if warmup and not self.quick:
            for prepare, call in ((setup, fn), (baseline_setup, baseline_fn)):
                if prepare is not None:
                    prepare()
                call()
        for _ in range(count):
            for prepare, call, into in ((setup, fn, mine), (baseline_setup, baseline_fn, bare)):
                if prepare is not None:
                    prepare()
                started = time.perf_counter()
                call()
                into.append(time.perf_counter() - started)
        self.record(baseline_name, bare, note=baseline_note)
        return self.record(name, mine, baseline=baseline_name, note=note)

    def ratio(self, figure: Figure) -> float | None:
        base = self.figures.get(figure.baseline or "")
        if base is None or base.median <= 0:
            return None
        return figure.median / base.median

    # --- data ----------------------------------------------------------------------------

    def dataset(self) -> Path:
        """The data folder made by ``generate.py`` at this scale (made once per run, or
        reused from ``--dataset`` when it was made at the same scale and seed)."""
        folder = self._dataset or self.workdir / "dataset"
        marker = folder / "bench-dataset.json"
        wanted = {"scale": self.scale, "seed": SEED}
        if marker.is_file() and json.loads(marker.read_text()) == wanted:
            return folder
        if folder.exists() and any(folder.iterdir()):
            raise RuntimeError(f"{folder} holds something else than a dataset at scale "
                               f"{self.scale}: give an empty or a matching folder")
        from .generate import generate

        self.log(f"generating the dataset at scale {self.scale} in {folder} …")
        started = time.perf_counter()
        made = generate(folder, self.scale, SEED)
        marker.write_text(json.dumps(wanted))
        self.log(f"  {made.missions} missions, {made.assessments} assessments, "
                 f"{made.answers} answers in {time.perf_counter() - started:.0f} s")
        return folder

    def copy_of_dataset(self, name: str) -> Path:
        """A private copy of the dataset, for a benchmark that writes into it."""
        target = self.workdir / name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(self.dataset(), target, ignore=shutil.ignore_patterns("backups", "logs"))
        return target

    def folder(self, name: str) -> Path:
        path = self.workdir / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def child_env(self, **extra: str) -> dict[str, str]:
        """Environment for a subprocess: a private HOME (no real settings read or written),
        headless Qt unless the caller's environment says otherwise."""
        home = self.folder("home")
        env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
               "XDG_DATA_HOME": str(home / ".local" / "share"),
               "XDG_CACHE_HOME": str(home / ".cache")}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.pop("MERCATOR_DATA_DIR", None)
        env.update(extra)
        return env

    # --- results -------------------------------------------------------------------------

    def results(self, *, started: float, finished: float, modules: list[str]) -> dict[str, Any]:
        rows = []
        for figure in self.figures.values():
            row = asdict(figure)
            row.update(median=figure.median, min=figure.min, max=figure.max, runs=figure.runs)
            base = self.figures.get(figure.baseline or "")
            row["baseline_median"] = base.median if base else None
            row["ratio"] = self.ratio(figure)
            rows.append(row)
        return {
            "started": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(started)),
            "duration_s": round(finished - started, 1),
            "scale": self.scale, "runs": self.runs, "quick": self.quick, "seed": SEED,
            "modules": modules, "machine": machine(), "figures": rows, "errors": self.errors,
        }


# --- formatting ----------------------------------------------------------------------------


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        if value < 0.001:
            return f"{value * 1000:.3f} ms"
        if value < 1:
            return f"{value * 1000:.1f} ms"
        return f"{value:.2f} s"
    return f"{value:.1f} {unit}"


def format_ratio(ratio: float | None) -> str:
    if ratio is None:
        return "–"
    return f"{ratio:.2f}×" if ratio < 10 else f"{ratio:.0f}×"


def markdown(results: dict[str, Any]) -> str:
    m = results["machine"]
    lines = [
        "# Mercator Desktop benchmarks",
        "",
        f"{results['started']} · scale {results['scale']} · up to {results['runs']} runs"
        f"{' (quick)' if results['quick'] else ''} · took {results['duration_s']:.0f} s",
        "",
        f"Machine: {machine_line(m)}",
        "",
        "| Figure | Median | Min | Max | Runs | Baseline median | Ratio |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for f in _table_order(results["figures"]):
        unit = f["unit"]
        lines.append(
            f"| {f['name']} | {format_value(f['median'], unit)} | "
            f"{format_value(f['min'], unit)} | {format_value(f['max'], unit)} | {f['runs']} | "
            f"{format_value(f['baseline_median'], unit) if f['baseline'] else ''} | "
            f"{format_ratio(f['ratio']) if f['baseline'] else ''} |")
    notes = [f for f in results["figures"] if f["note"]]
    if notes:
        lines += ["", "Notes:", ""]
        lines += [f"- **{f['name']}**: {f['note']}" for f in notes]
    if results["errors"]:
        lines += ["", "Failed benchmark modules:", ""]
        lines += [f"- `{name}`: {error}" for name, error in results["errors"].items()]
    return "\n".join(lines) + "\n"


def _table_order(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each figure followed by its baseline (and the baseline's own baseline)."""
    by_name = {f["name"]: f for f in figures}
    referenced = {f["baseline"] for f in figures if f["baseline"]}
    placed: list[dict[str, Any]] = []
    seen: set[str] = set()

    def place(f: dict[str, Any]) -> None:
        if f["name"] in seen:
            return
        seen.add(f["name"])
        placed.append(f)
        if f["baseline"] in by_name:
            place(by_name[f["baseline"]])

    for f in figures:
        if f["name"] not in referenced:
            place(f)
    for f in figures:  # a cycle of baselines, should one ever be declared
        place(f)
    return placed


def _quiet_known_qt_noise() -> None:
    """Drop the offscreen platform's "does not support propagateSizeHints()" (said for every
    window shown, harmless, listed as known in the app and the tests); pass on the rest."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(mode: Any, _context: Any, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if mode != QtMsgType.QtDebugMsg:
            print(f"Qt: {message}", file=sys.stderr, flush=True)

    qInstallMessageHandler(handler)


def qt_app() -> Any:
    """The QApplication of in-process Qt benchmarks, with settings in the private HOME."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        _quiet_known_qt_noise()
        app = QApplication([sys.argv[0]])
        app.setOrganizationName("WCO-benchmarks")
        app.setApplicationName("Mercator Desktop benchmarks")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return app


# --- the machine ---------------------------------------------------------------------------


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return None


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpu": _cpu_model(), "cores": os.cpu_count(), "ram_gib": _ram_gib(),
        "os": platform.platform(), "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version, "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
    }
    with contextlib.suppress(OSError, AttributeError):
        info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    with contextlib.suppress(ImportError):
        import PySide6
        from PySide6.QtCore import qVersion

        info["qt"] = qVersion()
        info["pyside6"] = PySide6.__version__
    with contextlib.suppress(ImportError):
        import reportlab

        info["reportlab"] = reportlab.Version
    return info


def machine_line(m: dict[str, Any]) -> str:
    ram = f"{m['ram_gib']:.1f} GiB RAM" if m.get("ram_gib") else "RAM unknown"
    load = m.get("load_average")
    parts = [m["cpu"], f"{m['cores']} cores", ram, m["os"], f"Python {m['python']}",
             f"Qt {m.get('qt', '?')} (PySide6 {m.get('pyside6', '?')})",
             f"SQLite {m['sqlite']}", f"reportlab {m.get('reportlab', '?')}",
             f"QT_QPA_PLATFORM={m['qt_platform'] or 'default'}"]
    if load:
        parts.append(f"load average at the end {load[0]} / {load[1]} / {load[2]} "
                     "(1 / 5 / 15 min)")
    return " · ".join(parts)
