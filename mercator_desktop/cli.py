"""The command line: ``mercator-desktop [--data-dir DIR] COMMAND``, over the same services as
the app.

Exit codes: 0 success, 2 bad usage or bad input (one clear line on stderr), 1 anything else
(one line on stderr, the traceback in the log file).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from . import __version__, message_language
from .message_language import error_text, one_or_many, tr
from .message_language import say as said

if TYPE_CHECKING:
    from .services.store import Store

PROG = "mercator-desktop"
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("mercator_desktop.cli")
# Failures are told on stderr in one line by ``main``; their tracebacks go to the log file only
# (without this, logging's last-resort handler prints them when no log file is set up yet).
log.addHandler(logging.NullHandler())


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Mercator Desktop: plan WCO missions, fill checklists, write reports and "
        "sync with headquarters, offline. Without a command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    # its own name: the --lang of a report command (written after it) is the report's language
    parser.add_argument("--lang", metavar="CODE", dest="message_lang",
                        help="the language of messages: en, fr, es or ar (default: the "
                        "locale, from LC_ALL, LC_MESSAGES or LANG)")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder of your data (default: $MERCATOR_DATA_DIR, or the "
                        "platform's user data folder)")
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="read the data folder's recovery passphrase from the first line "
                        "of standard input (an encrypted folder whose key this computer's "
                        "keyring does not hold)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the app (the default)",
                              description="Open the Mercator Desktop window.")
    gui.add_argument("--demo-on-first-run", action="store_true",
                     help="load the demonstration data when the store is new and empty")

    demo = commands.add_parser(
        "demo", help="load the demonstration missions (safe to repeat), or remove them",
        description="Load the demonstration data: real 2018–2019 missions with fictional "
        "experts. Running it again adds nothing. The demonstration data stays on this "
        "computer and is never sent to HQ.")
    demo.add_argument("--remove", action="store_true",
                      help="delete the demonstration missions, experts and administrations "
                      "(your own records are kept)")

    missions = commands.add_parser("missions", help="list, import and export missions",
                                   description="List, import and export missions.")
    msub = missions.add_subparsers(dest="missions_command", metavar="ACTION", required=True)
    listing = msub.add_parser("list", help="list missions",
                              description="List missions, newest first.")
    _add_filters(listing)
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.add_argument("--trash", action="store_true", help="list the missions in the trash")
    imp = msub.add_parser(
        "import", help="import missions from a spreadsheet, CSV or JSON file",
        description="Import missions from FILE (.xlsx, .xls, .ods, .csv or .json). All or "
        "nothing: one bad row stores nothing and is reported with its line and column. A "
        "mission whose code exists is updated, never duplicated. Programmes, types, statuses, "
        "countries … may be written by code, name (English or French), acronym or alias.")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--sheet", metavar="NAME", help="the sheet of a workbook to read "
                     "(default: the first)")
    imp.add_argument("--dry-run", action="store_true",
                     help="print what the import would do and store nothing (exit 0 when it "
                     "would go through, 2 when not)")
    imp.add_argument("--map", action="append", default=[], metavar="COLUMN:VALUE=CODE",
                     help="read VALUE in COLUMN as CODE (repeatable), e.g. "
                     "'programme:Mercator Plus=mercator'; CODE '+' creates a new programme "
                     "named VALUE. Mappings of an import that goes through are remembered.")
    exp = msub.add_parser("export", help="export missions to an .xlsx, CSV or JSON file",
                          description="Write missions to FILE (.xlsx, .csv or .json).")
    exp.add_argument("file", metavar="FILE")
    _add_filters(exp)
    show = msub.add_parser("show", help="show one mission", description="Show one mission.")
    show.add_argument("code", metavar="CODE")
    show.add_argument("--json", action="store_true", help="print JSON")

    experts = commands.add_parser("experts", help="list experts and double bookings",
                                  description="The expert directory.")
    esub = experts.add_subparsers(dest="experts_command", metavar="ACTION", required=True)
    elist = esub.add_parser("list", help="list experts", description="List experts.")
    elist.add_argument("--json", action="store_true", help="print a JSON array")
    esub.add_parser("conflicts", help="list experts booked on overlapping missions",
                    description="List experts booked on two missions whose dates overlap.")

    recovery = commands.add_parser(
        "recovery", help="encrypt the data folder, set or change its recovery passphrase",
        description="The data folder is encrypted with a random key kept in this computer's "
        "keyring and wrapped by your recovery passphrase: with the passphrase the folder "
        "opens on any computer.")
    rsub = recovery.add_subparsers(dest="recovery_command", metavar="ACTION", required=True)
    rset = rsub.add_parser(
        "set", help="set the recovery passphrase (encrypting a folder that is not yet)",
        description="Set the recovery passphrase. A folder not encrypted yet is encrypted "
        "now (the plain database is kept until the encrypted one is verified, then "
        "overwritten and deleted). With --passphrase-stdin the new passphrase is read from "
        "standard input (after the current one, when the top-level --passphrase-stdin is "
        "given too).")
    rset.add_argument("--passphrase-stdin", dest="new_passphrase_stdin", action="store_true",
                      help="read the new passphrase from standard input (no prompt)")
    rchange = rsub.add_parser(
        "change", help="change the recovery passphrase of an encrypted data folder",
        description="Change the recovery passphrase: only the small recovery file is "
        "rewritten, the data stays encrypted with the same key. With --passphrase-stdin two "
        "lines are read from standard input: the current passphrase (an empty line: the key "
        "this computer's keyring holds proves the right), then the new one. A wrong current "
        "passphrase changes nothing.")
    rchange.add_argument("--passphrase-stdin", dest="change_stdin", action="store_true",
                         help="read the current and the new passphrase from standard input, "
                         "one per line (no prompt)")
    rsub.add_parser("status", help="say whether the data folder is encrypted",
                    description="Say whether the data folder is encrypted and whether this "
                    "computer's keyring holds its key.")

    from .report_cli import add_report_commands

    add_report_commands(commands)
    from .sync_cli import add_sync_commands

    add_sync_commands(commands)
    from .templates_cli import add_templates_commands

    add_templates_commands(commands)
    from .backup_cli import add_backup_commands

    add_backup_commands(commands)
    return parser


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--country", metavar="ISO2", help="only this country (e.g. JM)")
    parser.add_argument("--status", metavar="CODE", help="only this status (e.g. planned)")
    parser.add_argument("--type", metavar="CODE", help="only this mission type")
    parser.add_argument("--region", metavar="CODE", help="only this WCO region (e.g. AMS)")
    parser.add_argument("--from", dest="date_from", metavar="DATE", type=_iso_date,
                        help="missions ending on or after DATE")
    parser.add_argument("--to", dest="date_to", metavar="DATE", type=_iso_date,
                        help="missions starting on or before DATE")


#: the global options that take a value, and where ``build_parser`` stores them
_VALUE_OPTIONS = {"--data-dir": "data_dir", "--lang": "message_lang"}


def app_start_arguments(words: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a plain start of the app (no command, or ``gui``; the global options
    and ``--demo-on-first-run`` only), read as ``build_parser`` would read them but without
    building it: its modules and some thirty sub-parsers cost about 20 ms of CPU before the
    window can first paint. None for anything else (a command, ``--help``, an abbreviated
    or misspelt option, a missing value …), which the full parser reads and answers."""
    found: dict[str, Any] = {"message_lang": None, "data_dir": None,
                             "passphrase_stdin": False, "command": None}
    i = 0
    while i < len(words):
        word = words[i]
        name, equals, value = word.partition("=")
        if found["command"] is None and name in _VALUE_OPTIONS:
            if not equals:
                if i + 1 >= len(words) or words[i + 1].startswith("-"):
                    return None
                i += 1
                value = words[i]
            found[_VALUE_OPTIONS[name]] = value
        elif found["command"] is None and word == "--passphrase-stdin":
            found["passphrase_stdin"] = True
        elif found["command"] is None and word == "gui":
            found.update(command="gui", demo_on_first_run=False)
        elif found["command"] == "gui" and word == "--demo-on-first-run":
            found["demo_on_first_run"] = True
        else:
            return None
        i += 1
    return argparse.Namespace(**found)


def main(argv: Sequence[str] | None = None) -> int:
    args = app_start_arguments(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    message_language.use(message_language.chosen_language(args.message_lang))
    if args.command in (None, "gui"):
        from .app import main as app_main

        return app_main(data_dir=args.data_dir,
                        demo_on_first_run=getattr(args, "demo_on_first_run", False))
    from .domain.errors import ImportFailedError, UserError

    try:
        return _run(args)
    except UserError as exc:
        print(said("cli_error", prog=PROG, message=error_text(exc)), file=sys.stderr)
        if type(exc).__name__ in ("PassphraseNeededError", "KeyMismatchError"):
            print("  " + said("cli_passphrase_hint", command=f"{PROG} --passphrase-stdin …"),
                  file=sys.stderr)
        if isinstance(exc, ImportFailedError):  # its first line names only the first problem
            for extra in exc.problems[1:21]:
                print(f"  {tr(extra.text())}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(said("cli_interrupted", prog=PROG), file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader went away (``... | head``): not an error worth a message. Point stdout
        # at devnull so the interpreter's final flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except Exception as exc:
        log.exception("command failed")
        where = _log_file_hint(args)
        first_line = next(iter(str(exc).splitlines()), "")
        print(said("cli_unexpected", prog=PROG, error=f"{exc.__class__.__name__}: {first_line}")
              + where, file=sys.stderr)
        return EXIT_FAILURE


def _log_file_hint(args: argparse.Namespace) -> str:
    from .paths import DataPaths, resolve_data_dir

    try:
        log_file = DataPaths(resolve_data_dir(args.data_dir)).log_file
        return " " + said("cli_details_in", path=log_file) if log_file.is_file() else ""
    except Exception:
        return ""


def _open(args: argparse.Namespace) -> Store:
    from .domain.errors import UserError
    from .domain.problem_texts import say
    from .paths import DataPaths, resolve_data_dir
    from .services.store import open_store

    paths = DataPaths(resolve_data_dir(args.data_dir))
    try:
        paths.ensure()
    except OSError as exc:
        raise UserError(say("data_folder_unusable", path=paths.root,
                            reason=exc.strerror or exc)) from None
    try:
        from .logging_setup import configure_logging

        configure_logging(paths.log_file)
        _keep_cli_errors_off_stderr()
    except ImportError:  # pragma: no cover - logging set-up is optional for the CLI
        pass
    passphrase = _read_line("passphrase") if args.passphrase_stdin else None
    return open_store(paths.root, passphrase=passphrase)


def _read_line(what: str) -> str:
    """One line of standard input (the end of line taken off); none there is bad usage."""
    from .domain.errors import UserError
    from .domain.problem_texts import say

    line = sys.stdin.readline()
    if not line:
        raise UserError(say(f"stdin_empty_{what.replace(' ', '_')}"))
    return line.rstrip("\r\n")


def _keep_cli_errors_off_stderr() -> None:
    """The stderr log handler must not repeat what ``main`` already said in one line (with a
    traceback): records of this module go to the log file only."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "stream", None) is sys.stderr:
            handler.addFilter(lambda record: record.name != log.name)


def _run(args: argparse.Namespace) -> int:
    if args.command == "recovery":
        from .recovery_cli import run_recovery_command

        return run_recovery_command(args, _read_line if args.passphrase_stdin else None)
    from .backup_cli import run_without_store
    from .paths import DataPaths, resolve_data_dir

    done = run_without_store(DataPaths(resolve_data_dir(args.data_dir)), args)
    if done is not None:
        return done
    store = _open(args)
    try:
        if args.command == "demo":
            return _cmd_demo(store, remove=args.remove)
        if args.command == "missions":
            return {
                "list": _cmd_missions_list, "import": _cmd_missions_import,
                "export": _cmd_missions_export, "show": _cmd_missions_show,
            }[args.missions_command](store, args)
        if args.command == "experts":
            return {"list": _cmd_experts_list,
                    "conflicts": _cmd_experts_conflicts}[args.experts_command](store, args)
        if args.command in ("report", "progress-report"):
            from .report_cli import run_report_command

            return run_report_command(store, args)
        if args.command == "templates":
            from .templates_cli import run_templates_command

            return run_templates_command(store, args)
        if args.command in ("backup", "export-all"):
            from .backup_cli import run_with_store

            return run_with_store(store, args)
        if args.command in ("login", "sync", "logout"):
            from .sync_cli import run_sync_command

            return run_sync_command(store, args)
    finally:
        store.close()
    raise AssertionError(f"unhandled command {args.command}")


def _cmd_demo(store: Store, remove: bool = False) -> int:
    from .services.demo import DemoService, load_demo

    if remove:
        service = DemoService(store)
        if not service.present():
            print(said("cli_demo_none"))
            return EXIT_OK
        removal = service.remove()
        print(" ".join((said("cli_demo_removed", missions=removal.missions,
                             experts=removal.experts, administrations=removal.administrations,
                             records=removal.records), *(tr(kept) for kept in removal.kept))))
        return EXIT_OK
    result = load_demo(store)
    if result.anything_added:
        print(said("cli_demo_loaded", missions=result.missions_added,
                   experts=result.experts_added, administrations=result.administrations_added))
    else:
        print(said("cli_demo_already"))
    return EXIT_OK


def _filter(store: Store, args: argparse.Namespace) -> Any:
    from .domain.errors import ValidationError
    from .services.dto import MissionFilter
    from .services.reference import ReferenceCatalog

    catalog = ReferenceCatalog.for_store(store)
    checks = (("country", args.country, set(catalog.country_by_iso2), str.upper),
              ("status", args.status, catalog.codes("statuses"), str.lower),
              ("type", args.type, catalog.codes("mission_types"), str.lower),
              ("region", args.region, catalog.codes("regions"), str.upper))
    values: dict[str, list[str]] = {}
    for name, value, known, norm in checks:
        if value is None:
            values[name] = []
            continue
        if norm(value) not in known:
            raise ValidationError.single(f"--{name}", "unknown_option_value", option=name,
                                             value=value, choices=", ".join(sorted(known)))
        values[name] = [norm(value)]
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise ValidationError.single("--to", "period_reversed")
    return MissionFilter(countries=values["country"], statuses=values["status"],
                         types=values["type"], regions=values["region"],
                         date_from=args.date_from, date_to=args.date_to,
                         trash=getattr(args, "trash", False))


def _cmd_missions_list(store: Store, args: argparse.Namespace) -> int:
    from .services.exchange import mission_records

    records = mission_records(store, _filter(store, args))
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not records:
        print(said("cli_trash_empty" if args.trash else "cli_no_missions"))
        return EXIT_OK
    rows = [[r["code"], r["start_date"] or "", r["end_date"] or "", r["country"], r["region"],
             r["type"], r["status"], r["title"]] for r in records]
    _print_table(_headings("code", "start", "end", "country", "region", "type", "status",
                           "title"), rows)
    print(said(one_or_many("cli_missions", len(records)), count=len(records)))
    return EXIT_OK


def _headings(*names: str) -> list[str]:
    """A table's column headings, in this run's language."""
    return [said(f"cli_heading_{name}") for name in names]


def _print_table(header: list[str], rows: list[list[str]], last_max: int = 60) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    widths[-1] = min(widths[-1], last_max)
    for row in [header, *rows]:
        cells = [str(c) for c in row]
        if len(cells[-1]) > last_max:
            cells[-1] = cells[-1][: last_max - 1] + "…"
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())


def _cmd_missions_import(store: Store, args: argparse.Namespace) -> int:
    from .services.exchange import (
        import_missions,
        merged_mappings,
        preview_import,
        remembered_mappings,
    )

    given = _parse_mappings(args.map)
    mappings = merged_mappings(remembered_mappings(store), given)
    if args.dry_run:
        return _print_plan(preview_import(store, args.file, mappings, args.sheet), args.file)
    result = import_missions(store, args.file, mappings=mappings, sheet=args.sheet,
                             remember=bool(given))
    imported = "cli_imported_restored" if result.restored else "cli_imported"
    print(said(one_or_many(imported, result.total), count=result.total, file=args.file,
               created=result.created, updated=result.updated, restored=result.restored))
    if result.experts_created:
        print(said("cli_new_experts", names=", ".join(result.experts_created)))
    if result.administrations_created:
        print(said("cli_new_administrations", names=", ".join(result.administrations_created)))
    if result.programmes_created:
        print(said("cli_new_programmes", names=", ".join(result.programmes_created)))
    for warning in result.warnings:
        print(said("cli_warning", message=tr(warning)), file=sys.stderr)
    return EXIT_OK


def _parse_mappings(items: list[str]) -> dict[str, dict[str, str]]:
    from .domain.errors import UserError
    from .domain.problem_texts import say
    from .services.exchange import MAPPABLE_COLUMNS

    mappings: dict[str, dict[str, str]] = {}
    for item in items:
        column, sep, rest = item.partition(":")
        value, eq, code = rest.rpartition("=")
        column = column.strip().lower()
        if not sep or not eq or not value.strip() or not code.strip():
            raise UserError(say("map_form", item=item))
        if column not in MAPPABLE_COLUMNS:
            raise UserError(say("map_column", item=item, column=column,
                                columns=", ".join(MAPPABLE_COLUMNS)))
        mappings.setdefault(column, {})[value.strip()] = code.strip()
    return mappings


def _print_plan(plan: Any, file: str) -> int:
    """A dry run: what would be created, updated and refused, and each unknown value once."""
    created, updated, refused = (plan.count(a) for a in ("create", "update", "refused"))
    print(said("plan_nothing" if plan.problems else "plan_would_import", file=file,
               created=created, updated=updated, refused=refused))
    for row in plan.rows:
        if row.action == "refused":
            for why in row.problems:
                print("  " + said(f"plan_refused_{plan.unit}", line=row.line,
                                  code=row.code or "-", why=tr(why)))
    for unknown in plan.unknown:
        lines = ", ".join(str(n) for n in unknown.lines[:10])
        if len(unknown.lines) > 10:
            lines = said("plan_lines_more", lines=lines, count=len(unknown.lines) - 10)
        text = said(f"plan_unknown_{plan.unit}", column=unknown.column, value=unknown.value,
                    lines=lines)
        if unknown.suggestions:
            code = unknown.suggestions[0][0]
            text = said("plan_map_hint", unknown=text,
                        mapping=f"{unknown.column}:{unknown.value}={code}")
        print(f"  {text}")
    for name in plan.experts_created:
        print("  " + said("plan_new_expert", name=name))
    for name in plan.programmes_created:
        print("  " + said("plan_new_programme", name=name))
    for warning in plan.warnings:
        print(said("cli_warning", message=tr(warning)), file=sys.stderr)
    return EXIT_OK if not plan.problems else EXIT_USAGE


def _cmd_missions_export(store: Store, args: argparse.Namespace) -> int:
    from .services.exchange import export_missions

    count = export_missions(store, args.file, _filter(store, args))
    print(said(one_or_many("cli_exported", count), count=count, file=args.file))
    return EXIT_OK


def _cmd_missions_show(store: Store, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from .services.missions import MissionService

    mission = MissionService(store).get_by_code(args.code)
    if args.json:
        print(json.dumps(asdict(mission), ensure_ascii=False, indent=2, default=str))
        return EXIT_OK
    period = said("cli_period", start=mission.start_date or "?", end=mission.end_date or "?")
    print(f"{mission.code}  {mission.title}")
    print(f"  {mission.type_code}, {mission.status_code}; {mission.country_iso2} "
          f"({mission.region_code}); {period}")
    for member in mission.team:
        print("  " + said("cli_team_member", name=member.expert_name, role=member.role))
    for item in mission.agenda:
        hours = f"{item.start_time:%H:%M}–{item.end_time:%H:%M}" if item.start_time and \
            item.end_time else ""
        print("  " + said("cli_agenda_item", day=item.day, hours=hours, activity=item.activity))
    return EXIT_OK


def _cmd_experts_list(store: Store, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from .services.experts import ExpertService

    experts = ExpertService(store).list()
    if args.json:
        print(json.dumps([asdict(e) for e in experts], ensure_ascii=False, indent=2,
                         default=str))
        return EXIT_OK
    rows = [[e.name, ",".join(e.languages),
             ",".join(a.category_code for a in e.accreditations), e.email] for e in experts]
    _print_table(_headings("name", "languages", "accreditations", "email"), rows)
    return EXIT_OK


def _cmd_experts_conflicts(store: Store, args: argparse.Namespace) -> int:
    from .services.missions import MissionService

    clashes = MissionService(store).double_bookings()
    if not clashes:
        print(said("cli_no_double_bookings"))
    for c in clashes:
        print(said("cli_double_booking", name=c.expert_name, first=c.first_code,
                   second=c.second_code, start=c.overlap_start, end=c.overlap_end))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
