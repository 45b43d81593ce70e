"""The benchmark harness must not rot: every benchmark module runs once at a tiny scale.

Not a benchmark: nothing here looks at a time or a memory size (speed is measured in
``benchmarks/``, never asserted in a test), only at which figures were made, that each has
its bare baseline from the same run, and that the results files are written.
``benchmarks/run.py --quick`` runs one sample of everything and skips the warm-ups; at
scale 0.002 (40 missions) it takes about 20 s, mostly subprocesses
(the app, the bare window, three HQ services).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Every figure issue 3 asks for, by the start of its name; each must have a baseline.
EXPECTED = [
    "cold start → first paint",
    "cold start → mission list populated",
    "mission list: filter keystroke",
    "mission list: sort",
    "assessment (200 questions): open the window",
    "assessment: switch section",
    "answer save, p50",
    "answer save, p99",
    "mission report, 2 full instruments: render",
    "mission report: export",
    "CSV import of the dataset's missions",
    "sync: push",
    "sync: pull",
    "sync with nothing to do",
    # issue 15: encryption at rest against the plain store
    "encrypted store: open the data folder",
    "encrypted store: list all missions",
    "encrypted store: save one answer",
]


@pytest.mark.slow
def test_every_benchmark_runs_once_at_a_tiny_scale(tmp_path: Path) -> None:
    out = tmp_path / "results"
    real = REPO / "benchmarks" / "results" / "latest.json"
    real_before = real.stat().st_mtime_ns if real.exists() else None
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), "--quick", "--scale", "0.002",
         "--out", str(out)],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=600)
    assert result.returncode == 0, result.stderr[-5000:]

    data = json.loads((out / "latest.json").read_text(encoding="utf-8"))
    assert data["errors"] == {}
    assert data["quick"] is True
    figures = {f["name"]: f for f in data["figures"]}
    expected = list(EXPECTED)
    if hasattr(os, "wait4"):
        expected.append("peak RSS, app with the dataset loaded")
    for prefix in expected:
        matching = [f for name, f in figures.items() if name.startswith(prefix)]
        assert matching, f"no figure '{prefix}…' in {sorted(figures)}"
        for figure in matching:
            assert figure["baseline"] in figures, figure["name"]
            assert figure["ratio"] is not None, figure["name"]
            assert figure["runs"] >= 1 and figure["min"] <= figure["median"] <= figure["max"]
    # the two no-op syncs, the larger measured against the smaller
    no_ops = [f for name, f in figures.items() if name.startswith("sync with nothing to do")]
    assert len(no_ops) == 2
    assert any(f["baseline"] == other["name"] for f in no_ops for other in no_ops)

    machine = data["machine"]
    for key in ("cpu", "cores", "os", "python", "qt", "sqlite"):
        assert machine.get(key), key
    table = (out / "latest.md").read_text(encoding="utf-8")
    assert "| Figure | Median | Min | Max | Runs | Baseline median | Ratio |" in table
    assert table.count("\n| ") == len(figures) + 1  # the header and one row per figure
    # the smoke run leaves the real results alone
    assert (real.stat().st_mtime_ns if real.exists() else None) == real_before


def test_percentile_and_table_order() -> None:
    sys.path.insert(0, str(REPO))
    try:
        from benchmarks.harness import _table_order, format_ratio, format_value, percentile
    finally:
        sys.path.remove(str(REPO))
    samples = [float(i) for i in range(1, 201)]
    assert percentile(samples, 0.5) == 100.0
    assert percentile(samples, 0.99) == 198.0
    assert percentile([3.0], 0.99) == 3.0
    rows = [{"name": "bare", "baseline": None}, {"name": "small", "baseline": "bare"},
            {"name": "large", "baseline": "small"}, {"name": "alone", "baseline": None}]
    assert [r["name"] for r in _table_order(rows)] == ["large", "small", "bare", "alone"]
    assert format_value(0.0123, "s") == "12.3 ms"
    assert format_value(2.5, "s") == "2.50 s"
    assert format_value(70.84, "MiB") == "70.8 MiB"
    assert format_ratio(1.234) == "1.23×"
    assert format_ratio(251.4) == "251×"
