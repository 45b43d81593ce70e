"""The command line, run for real in a subprocess: help and version on every level, the demo
command, listing with filters, and the exit codes (0 success, 2 bad usage or input with one
clear line on stderr, 1 anything else) without a traceback on the terminal."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, run_cli

from mercator_desktop import __version__

LIST_KEYS = {"code", "title", "type", "status", "country", "region", "start_date", "end_date"}


def assert_one_clear_error(proc, *words: str) -> None:  # type: ignore[no-untyped-def]
    """Exit 2, nothing on stdout, no traceback, and the error names every word."""
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("mercator-desktop: error: ")
    for word in words:
        assert word in lines[0]


def listed(data_dir: Path, *filters: str) -> list[dict]:
    proc = run_cli("missions", "list", "--json", *filters, data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    records = json.loads(proc.stdout)
    assert isinstance(records, list)
    return records


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """A data folder holding the demo, built once for the tests that only read it."""
    from mercator_desktop.services.demo import load_demo
    from mercator_desktop.services.store import open_store

    folder = tmp_path_factory.mktemp("demo") / "data"
    opened = open_store(folder, user="tester")
    try:
        load_demo(opened)
    finally:
        opened.close()
    return folder


# --- version and help -----------------------------------------------------------------------


def test_version():
    proc = run_cli("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"mercator-desktop {__version__}"


@pytest.mark.parametrize("words", [
    (), ("missions",), ("missions", "list"), ("missions", "import"), ("missions", "export"),
    ("missions", "show"), ("experts",), ("experts", "list"), ("experts", "conflicts"),
    ("demo",), ("gui",),
], ids=lambda w: " ".join(w) or "top")
def test_help_on_every_level(words, data_dir):
    proc = run_cli(*words, "--help", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("usage: mercator-desktop")
    assert proc.stderr == ""
    # Help never opens (and so never creates) the store.
    assert list(data_dir.iterdir()) == []


@pytest.mark.parametrize("words", [
    ("missions",), ("missions", "frobnicate"), ("experts",), ("no-such-command",),
    ("missions", "import"), ("missions", "list", "--from", "2020-13-01"),
    ("missions", "list", "--bogus"),
], ids=lambda w: " ".join(w))
def test_bad_usage_exits_2_without_traceback(words, data_dir):
    proc = run_cli(*words, data_dir=data_dir)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "error:" in proc.stderr.strip().splitlines()[-1]


# --- demo -----------------------------------------------------------------------------------


def test_demo_loads_the_real_missions_and_is_idempotent(data_dir):
    first = run_cli("demo", data_dir=data_dir)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("Demonstration data loaded: ")
    records = listed(data_dir)
    assert len(records) >= 20

    second = run_cli("demo", data_dir=data_dir)
    assert second.returncode == 0, second.stderr
    assert "nothing added" in second.stdout
    assert listed(data_dir) == records

    for record in records:
        assert record.keys() >= LIST_KEYS
        assert len(record["country"]) == 2 and record["country"].isupper()
        assert record["region"]

    def find(country: str, mission_type: str, month: str) -> list[dict]:
        return [r for r in records if r["country"] == country and r["type"] == mission_type
                and (r["start_date"] or "").startswith(month)]

    [bermuda] = find("BM", "integrity_assessment", "2018-07")
    assert bermuda["region"] == "AMS"
    assert find("MU", "support_mission", "2018-09")
    assert find("BS", "integrity_self_assessment", "2018-11")
    assert find("JM", "integrity_diagnostic", "2019-03")
    [kazakhstan] = find("KZ", "integrity_diagnostic", "2019-03")
    assert kazakhstan["region"] == "EUR"
    assert find("MU", "geoat_assessment", "2019-05")
    assert len([r for r in records if r["programme"] == "acip"]) >= 2


# --- missions list --------------------------------------------------------------------------


def test_list_prints_a_readable_table(demo_dir):
    proc = run_cli("missions", "list", data_dir=demo_dir)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["CODE", "START", "END", "CTRY", "REGION", "TYPE", "STATUS",
                                "TITLE"]
    bermuda = next(line for line in lines if line.startswith("BM-2018-INTA-01"))
    assert bermuda.split()[1:7] == ["2018-07-16", "2018-07-20", "BM", "AMS",
                                    "integrity_assessment", "closed"]
    assert lines[-1] == f"{len(lines) - 2} missions"


def test_list_of_an_empty_store(data_dir):
    proc = run_cli("missions", "list", data_dir=data_dir)
    assert (proc.returncode, proc.stdout.strip()) == (0, "No missions.")
    assert listed(data_dir) == []


def test_list_filters(demo_dir):
    jamaica = listed(demo_dir, "--country", "jm")
    assert jamaica and {r["country"] for r in jamaica} == {"JM"}
    assert {r["region"] for r in jamaica} == {"AMS"}

    closed_diagnostics = listed(demo_dir, "--status", "closed", "--type",
                                "integrity_diagnostic")
    assert sorted(r["country"] for r in closed_diagnostics) == ["JM", "KZ"]
    assert {(r["status"], r["type"]) for r in closed_diagnostics} == {
        ("closed", "integrity_diagnostic")}

    europe = listed(demo_dir, "--region", "EUR", "--from", "2019-01-01", "--to", "2019-12-31")
    assert [r["code"] for r in europe] == ["KZ-2019-INTD-01"]


@pytest.mark.parametrize(("option", "value"), [
    ("--country", "XX"), ("--status", "finished"), ("--type", "holiday"), ("--region", "MARS"),
])
def test_unknown_filter_value_is_one_clear_line(option, value, demo_dir):
    proc = run_cli("missions", "list", option, value, data_dir=demo_dir)
    assert_one_clear_error(proc, option, f"'{value}'")
    assert proc.stdout == ""


def test_period_that_ends_before_it_starts(demo_dir):
    proc = run_cli("missions", "list", "--from", "2020-02-01", "--to", "2020-01-01",
                   data_dir=demo_dir)
    assert_one_clear_error(proc, "--to")


# --- show and experts -----------------------------------------------------------------------


def test_show_a_mission_and_an_unknown_code(demo_dir):
    proc = run_cli("missions", "show", "jm-2019-intd-01", data_dir=demo_dir)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("JM-2019-INTD-01  Integrity diagnostic")
    assert "team: " in proc.stdout and "agenda: 2019-03-" in proc.stdout

    as_json = run_cli("missions", "show", "JM-2019-INTD-01", "--json", data_dir=demo_dir)
    detail = json.loads(as_json.stdout)
    assert (detail["country_iso2"], detail["region_code"]) == ("JM", "AMS")

    missing = run_cli("missions", "show", "NOPE-1", data_dir=demo_dir)
    assert_one_clear_error(missing, "NOPE-1")


def test_experts_list_and_conflicts(demo_dir):
    proc = run_cli("experts", "list", "--json", data_dir=demo_dir)
    assert proc.returncode == 0, proc.stderr
    names = [e["name"] for e in json.loads(proc.stdout)]
    assert "Zeynep Çelik" in names and len(names) == len(set(names))

    conflicts = run_cli("experts", "conflicts", data_dir=demo_dir)
    assert conflicts.returncode == 0, conflicts.stderr
    assert conflicts.stdout.strip() == "No expert is booked on overlapping missions."


# --- exit codes of failures -----------------------------------------------------------------


@pytest.mark.parametrize("kind", ["a file", "inside /proc"])
def test_unusable_data_folder_is_bad_usage(kind, tmp_path):
    if kind == "a file":
        where = tmp_path / "not-a-folder"
        where.write_text("x")
    else:
        where = Path("/proc/mercator-data")
    proc = run_cli("missions", "list", data_dir=where)
    assert_one_clear_error(proc, str(where), "data folder")


def test_unexpected_failure_exits_1_with_one_line_and_the_traceback_in_the_log(data_dir):
    # a sound SQLite file (a damaged one is refused as such) whose tables are missing
    from mercator_desktop.storage.migrate import head_revision

    with sqlite3.connect(data_dir / "mercator.sqlite") as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (head_revision(),))
    proc = run_cli("missions", "list", data_dir=data_dir)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith("mercator-desktop: unexpected error: OperationalError")
    log_file = data_dir / "logs" / "mercator-desktop.log"
    assert str(log_file) in line
    assert "Traceback" in log_file.read_text(encoding="utf-8")


def test_a_reader_that_goes_away_is_not_an_unexpected_error(demo_dir):
    """``mercator-desktop missions list | head -1``: no traceback, no 'unexpected error'."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "mercator_desktop", "--data-dir", str(demo_dir), "missions",
         "list", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    with proc.stderr:
        err = proc.stderr.read()
    assert proc.wait(timeout=120) == 1
    assert err == ""


# --- reports through the real command line ------------------------------------------------------


def test_report_and_progress_report_commands(demo_dir, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "jm.pdf"
    done = run_cli("report", "JM-2019-INTD-01", "--out", str(out), "--lang", "fr",
                   data_dir=demo_dir)
    assert done.returncode == 0, done.stderr
    assert "Recommandations" in "".join(p.extract_text() for p in PdfReader(out).pages)
    progress = run_cli("progress-report", "--from", "2018-07-01", "--to", "2019-06-30",
                       "--out", str(tmp_path / "pr.pdf"), "--csv", str(tmp_path / "csv"),
                       data_dir=demo_dir)
    assert progress.returncode == 0, progress.stderr
    assert (tmp_path / "csv" / "part2_missions_by_year.csv").exists()


@pytest.mark.parametrize(("args", "words"), [
    (("report", "NOPE-1", "--out", "x.pdf"), "no mission with code 'NOPE-1'"),
    (("progress-report", "--from", "2019-06-30", "--to", "2018-07-01", "--out", "x.pdf"),
     "before"),
])
def test_report_errors_are_one_line(demo_dir, tmp_path, args, words):
    args = tuple(str(tmp_path / a) if a == "x.pdf" else a for a in args)
    done = run_cli(*args, data_dir=demo_dir)
    assert done.returncode == 2
    assert words in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


# The app's own start is read without building every command's parser; what it reads must be
# exactly what the full parser reads, and anything else must go to the full parser.
APP_STARTS = [
    [], ["gui"], ["gui", "--demo-on-first-run"], ["--data-dir", "/tmp/x y", "gui"],
    ["--data-dir=/tmp/x", "--lang", "fr"], ["--lang=ar", "--data-dir", "d", "gui"],
    ["--passphrase-stdin", "gui"], ["--data-dir", "a", "--data-dir", "b"],
    ["--data-dir", "gui"], ["--data-dir="], ["--data-dir=-odd"],
]
NOT_APP_STARTS = [
    ["missions", "list"], ["--help"], ["gui", "--help"], ["--version"], ["--data", "x", "gui"],
    ["--data-dir"], ["--data-dir", "-x", "gui"], ["gui", "--data-dir", "x"],
    ["--demo-on-first-run", "gui"], ["gui", "gui"], ["gui", "--demo"], ["--", "gui"],
    ["demo"], ["Gui"],
]


@pytest.mark.parametrize("argv", APP_STARTS)
def test_an_app_start_is_read_as_the_full_parser_reads_it(argv: list[str]) -> None:
    from mercator_desktop.cli import app_start_arguments, build_parser

    quick = app_start_arguments(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", NOT_APP_STARTS)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    from mercator_desktop.cli import app_start_arguments

    assert app_start_arguments(argv) is None


def test_an_app_start_does_not_build_every_command() -> None:
    code = ("import sys\n"
            "import mercator_desktop.cli as cli\n"
            "cli.main(['--data-dir', 'x', 'gui'])\n")
    # the app itself is not started: its module is replaced by one that records the call
    stub = ("import sys, types\n"
            "app = types.ModuleType('mercator_desktop.app')\n"
            "app.main = lambda **kw: print('app', sorted(kw.items())) or 0\n"
            "sys.modules['mercator_desktop.app'] = app\n")
    check = ("print('parser-built', any(m in sys.modules for m in ("
             "'mercator_desktop.report_cli', 'mercator_desktop.sync_cli', "
             "'mercator_desktop.backup_cli')))\n")
    result = subprocess.run([sys.executable, "-c", stub + code + check], capture_output=True,
                            text=True, cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "app [('data_dir', 'x'), ('demo_on_first_run', False)]" in result.stdout
    assert "parser-built False" in result.stdout
