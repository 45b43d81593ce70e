"""Run the benchmarks and write ``benchmarks/results/latest.json`` and ``latest.md``.

    .venv/bin/python benchmarks/run.py [--scale 1.0] [--runs 5] [--only NAME ...] [--quick]
                                       [--dataset DIR] [--out DIR] [--list]

``make bench`` runs it at the default scale (1.0: 20,000 missions, 2,000 assessments).
NAME is a module of ``benchmarks/`` without its ``bench_`` prefix (``--list`` shows them).
``--quick`` runs each figure once with the slowest preparation skipped (the smoke test uses
it at a tiny scale). ``--dataset DIR`` keeps the generated data in DIR and reuses it when it
was made at the same scale (generating scale 1.0 takes about 40 s). Nothing is contacted but
127.0.0.1. Exit code 1 when a benchmark module failed (never because of a time).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Every module, in the order they run: the ones that only read the dataset first.
MODULES = ["startup", "mission_list", "search", "assessments", "reports", "import", "sync",
           "backups", "encryption"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="dataset size; 1.0 is 20,000 missions (default)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--only", nargs="+", metavar="NAME", choices=MODULES,
                        help="run only these modules")
    parser.add_argument("--quick", action="store_true",
                        help="one run each, slowest preparation skipped (smoke test)")
    parser.add_argument("--dataset", type=Path, metavar="DIR",
                        help="where to keep (and reuse) the generated data")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results",
                        metavar="DIR", help="folder of latest.json and latest.md")
    parser.add_argument("--list", action="store_true", help="list the modules and exit")
    args = parser.parse_args(argv)
    if args.list:
        for name in MODULES:
            module = importlib.import_module(f"benchmarks.bench_{name}")
            print(f"{name:14} {(module.__doc__ or '').strip().splitlines()[0]}")
        return 0

    workdir = Path(tempfile.mkdtemp(prefix="mercator-bench-"))
    # Before Qt or anything else reads them: no real settings, keyring or data are touched.
    home = workdir / "home"
    os.environ.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                      XDG_DATA_HOME=str(home / ".local" / "share"),
                      XDG_CACHE_HOME=str(home / ".cache"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("MERCATOR_DATA_DIR", None)

    from benchmarks.harness import Bench, markdown

    bench = Bench(scale=args.scale, runs=1 if args.quick else args.runs, quick=args.quick,
                  workdir=workdir, dataset=args.dataset)
    modules = args.only or MODULES
    started = time.time()
    try:
        for name in modules:
            bench.log(f"[{name}]")
            module_started = time.perf_counter()
            try:
                importlib.import_module(f"benchmarks.bench_{name}").run(bench)
            except Exception as exc:
                bench.log(traceback.format_exc())
                bench.errors[name] = f"{exc.__class__.__name__}: {exc}"
            bench.log(f"[{name}] {time.perf_counter() - module_started:.0f} s")
    finally:
        _close_qt()
        shutil.rmtree(workdir, ignore_errors=True)
    results = bench.results(started=started, finished=time.time(), modules=modules)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.json").write_text(json.dumps(results, indent=2) + "\n",
                                          encoding="utf-8")
    table = markdown(results)
    (args.out / "latest.md").write_text(table, encoding="utf-8")
    print(table)
    return 1 if bench.errors else 0


def _close_qt() -> None:
    """Let in-process Qt benchmarks' workers finish before their folders go."""
    if "mercator_desktop.ui.operations" in sys.modules:
        from mercator_desktop.ui import operations

        operations.wait_for_all(10)


if __name__ == "__main__":
    sys.exit(main())
