"""The report commands of the command line (wired into ``cli.py`` by ``add_report_commands``
and ``run_report_command``)::

    mercator-desktop report MISSION_CODE --out FILE.pdf|FILE.docx [--lang fr]
    mercator-desktop progress-report --from DATE --to DATE --out FILE.pdf
                                     [--since 2014-06-01] [--lang fr] [--csv DIR]

Errors a person can fix (unknown mission code, a path that cannot be written, a period that
ends before it starts) print one line on stderr and return 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .message_language import error_text
from .message_language import say as said

if TYPE_CHECKING:
    from .services.store import Store

PROG = "mercator-desktop"
EXIT_OK, EXIT_USAGE = 0, 2
REPORT_COMMANDS = ("report", "progress-report")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def add_report_commands(subparsers: Any) -> None:
    """Add ``report`` and ``progress-report`` to the top-level subparsers."""
    report = subparsers.add_parser(
        "report", help="write the mission report as a PDF or a Word document",
        description="Write the mission report of MISSION_CODE as a PDF, or as a Word "
        "document when FILE ends in .docx: cover, contents, "
        "background, team, agenda, methodology, assessment results with charts, findings, "
        "recommendations, action plan and annexes. Missions before 'report_final' carry a "
        "DRAFT watermark.")
    report.add_argument("code", metavar="MISSION_CODE")
    report.add_argument("--out", required=True, metavar="FILE.pdf",
                        help="the file to write: a PDF, or a Word document (FILE.docx)")
    report.add_argument("--lang", choices=("en", "fr", "es"), default="en",
                        help="language of the report (default: en)")

    progress = subparsers.add_parser(
        "progress-report", help="write the Capacity Building Progress Report as a PDF",
        description="Write the Capacity Building Progress Report for a period: Part I, "
        "activities per topic and per country; Part II, missions per region, country and year "
        "since the launch date. Without --from/--to, the current WCO year (July–June); with only "
        "one of them, the year that starts or ends there.")
    progress.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE",
                          help="first day of the period (YYYY-MM-DD)")
    progress.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE",
                          help="last day of the period (YYYY-MM-DD)")
    progress.add_argument("--since", type=_iso_date, metavar="DATE",
                          default=date(2014, 6, 1),
                          help="count Part II missions from this date (default: 2014-06-01, "
                               "the Mercator launch)")
    progress.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    progress.add_argument("--lang", choices=("en", "fr", "es"), default="en",
                          help="language of the report (default: en)")
    progress.add_argument("--csv", metavar="DIR",
                          help="also write the tables as CSV files into DIR")


def run_report_command(store: Store, args: argparse.Namespace) -> int:
    """Run ``report`` or ``progress-report``; 0 on success, 2 with one line on stderr for a
    problem the user can fix."""
    from .domain.errors import UserError

    try:
        if args.command == "report":
            return _report(store, args)
        if args.command == "progress-report":
            return _progress_report(store, args)
    except UserError as exc:
        print(said("cli_error", prog=PROG, message=error_text(exc)), file=sys.stderr)
        return EXIT_USAGE
    raise AssertionError(f"not a report command: {args.command}")


def _report(store: Store, args: argparse.Namespace) -> int:
    from .services.report_data import (
        WORD_SUFFIX,
        check_writable,
        export_mission_report_by_code,
    )

    check_writable(args.out)  # before any work, so a bad path is told at once
    result = export_mission_report_by_code(store, args.code, args.out, args.lang)
    for where in result.missing_characters:
        print(f"{PROG}: warning: no font on this computer has {where}; they print as empty "
              "boxes", file=sys.stderr)
    draft = " (DRAFT watermark: the mission is not at report_final yet)" if result.draft else ""
    if result.path.suffix.lower() == WORD_SUFFIX:
        draft = " (marked DRAFT: the mission is not at report_final yet)" if result.draft else ""
        print(f"Wrote {result.path}: Word document{draft}.")
        return EXIT_OK
    print(f"Wrote {result.path}: {result.pages} pages{draft}.")
    return EXIT_OK


def _progress_report(store: Store, args: argparse.Namespace) -> int:
    from .services.progress_report import check_period, default_period, export_progress_report

    start, end = default_period()
    if args.date_from and not args.date_to:
        start, end = args.date_from, _shift_year(args.date_from, 1) - timedelta(days=1)
    elif args.date_to and not args.date_from:
        start, end = _shift_year(args.date_to + timedelta(days=1), -1), args.date_to
    elif args.date_from and args.date_to:
        start, end = args.date_from, args.date_to
    check_period(start, end, args.since)
    result = export_progress_report(store, args.out, start, end, since=args.since,
                                    lang=args.lang, csv_dir=args.csv)
    activities = f"{result.activities} activit{'y' if result.activities == 1 else 'ies'}"
    missions = f"{result.missions_since} mission{'' if result.missions_since == 1 else 's'}"
    print(f"Wrote {result.path}: {result.pages} pages; {activities} from {start} to {end}, "
          f"{missions} since {args.since}.")
    for path in result.csv_files:
        print(f"Wrote {path}")
    return EXIT_OK


def _shift_year(day: date, years: int) -> date:
    """The same day ``years`` later (28 February for a 29 February that does not exist)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
