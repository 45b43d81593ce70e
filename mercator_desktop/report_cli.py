"""The report commands of the command line (wired into ``cli.py`` by ``add_report_commands``
and ``run_report_command``)::

    mercator-desktop report MISSION_CODE --out FILE.pdf|FILE.docx [--lang fr]
    mercator-desktop report MISSION_CODE --issue [--final | --status draft|final]
                                         [--date YYYY-MM-DD] [--lang fr] [--out FILE.pdf]
    mercator-desktop report MISSION_CODE --issued
    mercator-desktop progress-report --from DATE --to DATE --out FILE.pdf
                                     [--since 2014-06-01] [--lang fr] [--csv DIR]

``--issue`` issues the next version of the report (kept in the data folder, listed on the
mission, synced; see ``services.issued_reports``), ``--out`` then also writes a copy;
``--issued`` lists the versions issued. A Final issue of a mission whose results, findings
or action plan are empty is refused unless ``--yes`` says to go on.

Errors a person can fix (unknown mission code, a path that cannot be written, a period that
ends before it starts, a date that is not a date) print one line on stderr and return 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .message_language import error_text, one_or_many, tr
from .message_language import say as said
from .reports.texts import LANGUAGES as REPORT_LANGUAGES

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
    report.add_argument("--out", metavar="FILE.pdf",
                        help="the file to write: a PDF, or a Word document (FILE.docx); "
                             "with --issue, a copy of the issued PDF")
    report.add_argument("--lang", choices=REPORT_LANGUAGES, default="en",
                        help="language of the report (default: en)")
    issuing = report.add_mutually_exclusive_group()
    issuing.add_argument("--issue", action="store_true",
                         help="issue the next version (1.0, then 1.1 …): the PDF is kept in "
                              "the data folder, listed on the mission and synced to HQ")
    issuing.add_argument("--issued", action="store_true",
                         help="list the versions of the report issued so far")
    status = report.add_mutually_exclusive_group()
    status.add_argument("--status", choices=("draft", "final"), default=None,
                        help="with --issue: the status printed on the report (default: "
                             "draft)")
    status.add_argument("--final", action="store_const", dest="status", const="final",
                        help="with --issue: the same as --status final")
    report.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD",
                        help="with --issue: the date of issue (default: today)")
    report.add_argument("--yes", action="store_true",
                        help="with --final: issue even when results, findings or the action "
                             "plan are empty")

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
    progress.add_argument("--lang", choices=REPORT_LANGUAGES, default="en",
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
    from .domain.errors import UserError
    from .services.report_data import (
        WORD_SUFFIX,
        check_writable,
        export_mission_report_by_code,
    )

    if args.issued:
        return _list_issued(store, args.code)
    if args.issue:
        return _issue(store, args)
    if args.status or args.date or args.yes:
        raise UserError(said("report_options_need_issue"))
    if not args.out:
        raise UserError(said("report_out_needed"))
    check_writable(args.out)  # before any work, so a bad path is told at once
    result = export_mission_report_by_code(store, args.code, args.out, args.lang)
    for where in result.missing_characters:
        print(said("report_no_font", prog=PROG, where=tr(where)), file=sys.stderr)
    draft = "_draft" if result.draft else ""
    if result.path.suffix.lower() == WORD_SUFFIX:
        print(said(f"report_wrote_word{draft}", path=result.path))
        return EXIT_OK
    print(said(f"report_wrote_pdf{draft}", path=result.path, pages=result.pages))
    return EXIT_OK


#: what the empty parts of a Final report are called on the command line
_GAP_NAMES = {"results": "noun_gap_results", "findings": "noun_gap_findings",
              "action_plan": "noun_gap_action_plan"}


def _issue(store: Store, args: argparse.Namespace) -> int:
    from .domain.errors import UserError
    from .services.issued_reports import IssuedReportService
    from .services.report_data import WORD_SUFFIX, check_writable

    service = IssuedReportService(store)
    if args.out and check_writable(args.out).suffix.lower() == WORD_SUFFIX:
        raise UserError(said("issued_is_pdf"))
    status = args.status or "draft"
    if status == "final" and not args.yes:
        mission_id = _mission_id(store, args.code)
        gaps = service.gaps(mission_id, final=True)
        if gaps:
            names = {f: said(_GAP_NAMES[g]) for f, g in zip("abc", gaps, strict=False)}
            raise UserError(said("final_with_empty_parts",
                                 parts=said(f"parts_{len(names)}", **names)))
    view = service.issue_by_code(args.code, status=status, lang=args.lang,
                                 issue_date=args.date)
    print(said("report_issued", code=args.code, version=view.version, status=view.status,
               language=view.language, date=view.issue_date, pages=view.pages,
               sha256=view.sha256))
    if args.out:
        path = service.save_copy(view.id, args.out)
        print(said("report_wrote_copy", path=path))
    return EXIT_OK


def _mission_id(store: Store, code: str) -> str:
    from .services.missions import MissionService

    return MissionService(store).get_by_code(code).id


#: the headings of the list of issued versions (the checksum's name is the same in all)
_ISSUED_COLUMNS = ("cli_column_version", "noun_status", "cli_column_language",
                   "cli_column_date_of_issue", "cli_column_issued_by", "cli_column_size",
                   "SHA-256", "cli_column_file")


def _list_issued(store: Store, code: str) -> int:
    from .services.issued_reports import IssuedReportService

    views = IssuedReportService(store).list_by_code(code)
    if not views:
        print(said("report_none_issued", code=code))
        return EXIT_OK
    print("\t".join(said(code) if code != "SHA-256" else code for code in _ISSUED_COLUMNS))
    for v in views:
        where = v.file_name if v.present else said("report_not_here_yet", file=v.file_name)
        print(f"{v.version}\t{v.status}\t{v.language}\t{v.issue_date}\t{v.issued_by}\t"
              f"{v.size}\t{v.sha256}\t{where}")
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
    activities = said(one_or_many("cli_activities", result.activities),
                      count=result.activities)
    missions = said(one_or_many("cli_missions", result.missions_since),
                    count=result.missions_since)
    print(said("progress_wrote", path=result.path, pages=result.pages, activities=activities,
               start=start, end=end, missions=missions, since=args.since))
    for path in result.csv_files:
        print(said("cli_wrote", path=path))
    return EXIT_OK


def _shift_year(day: date, years: int) -> date:
    """The same day ``years`` later (28 February for a 29 February that does not exist)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
