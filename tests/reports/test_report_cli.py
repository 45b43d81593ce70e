"""The report commands, run in-process through the same argparse wiring ``cli.py`` uses:
success writes the file; a problem the user can fix is one line on stderr and exit 2."""

from __future__ import annotations

import argparse
from datetime import date

import pytest

from mercator_desktop.report_cli import add_report_commands, run_report_command

from .conftest import MISSION_CODE, pdf_text


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="mercator-desktop")
    commands = parser.add_subparsers(dest="command")
    add_report_commands(commands)
    return parser.parse_args(argv)


def run(store, capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = run_report_command(store, parse(*argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_in_french(worked, tmp_path, capsys):
    store, _ids = worked
    target = tmp_path / "rapport.pdf"
    code, out, err = run(store, capsys, "report", MISSION_CODE.lower(), "--out", str(target),
                         "--lang", "fr")
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote {target}: ") and "DRAFT watermark" in out
    assert "Contexte et objectifs" in "\n".join(pdf_text(target))


@pytest.mark.parametrize(("argv", "message"), [
    (("report", "XX-1999-NOPE", "--out", "{tmp}/r.pdf"), "no mission with code 'XX-1999-NOPE'"),
    (("report", MISSION_CODE, "--out", "{tmp}/missing/r.pdf"), "does not exist"),
    (("report", MISSION_CODE, "--out", "{tmp}"), "is a folder"),
    (("progress-report", "--from", "2019-07-01", "--to", "2019-06-30", "--out", "{tmp}/p.pdf"),
     "before it starts"),
    (("progress-report", "--out", "{tmp}/missing/p.pdf"), "does not exist"),
])
def test_fixable_problems_are_one_line_and_exit_2(worked, tmp_path, capsys, argv, message):
    store, _ids = worked
    code, out, err = run(store, capsys, *(a.replace("{tmp}", str(tmp_path)) for a in argv))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("mercator-desktop: error: ")
    assert message in err
    assert not any(p.suffix == ".pdf" for p in tmp_path.rglob("*"))


def test_progress_report_with_csv(worked, tmp_path, capsys):
    store, _ids = worked
    code, out, err = run(store, capsys, "progress-report", "--from", "2029-07-01", "--to",
                         "2030-06-30", "--out", str(tmp_path / "p.pdf"), "--csv",
                         str(tmp_path / "tables"))
    assert (code, err) == (0, "")
    assert "1 activity from 2029-07-01 to 2030-06-30, 1 mission since 2014-06-01" in out
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == [
        "part1_by_country.csv", "part1_by_topic.csv", "part2_missions_by_year.csv"]


def test_progress_report_periods_from_one_end():
    args = parse("progress-report", "--to", "2019-06-30", "--out", "x.pdf")
    assert args.date_from is None and args.since == date(2014, 6, 1)
    from mercator_desktop.report_cli import _shift_year

    assert _shift_year(date(2020, 2, 29), 1) == date(2021, 2, 28)


def test_a_bad_date_is_an_argparse_error(capsys):
    with pytest.raises(SystemExit) as caught:
        parse("progress-report", "--from", "2019-13-01", "--out", "x.pdf")
    assert caught.value.code == 2
    assert "'2019-13-01' is not a date (YYYY-MM-DD)" in capsys.readouterr().err
