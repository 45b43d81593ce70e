"""``mercator-desktop backup create|list|restore|keep`` and ``mercator-desktop export-all DIR``.

``backup list`` and ``backup restore`` work without opening the store, so they also help when
the database is damaged (a damaged database is never opened; ``services.backups``).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from .domain.problem_texts import say
from .message_language import one_or_many, tr
from .message_language import say as said
from .paths import DataPaths


def add_backup_commands(commands: Any) -> None:
    backup = commands.add_parser(
        "backup", help="make, list and restore backups of your data",
        description="Backups of the database, kept in the data folder's backups/ folder. One "
        "is made before every schema upgrade, before a sync changes your records and once a "
        "day while the app is open.")
    bsub = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    bsub.add_parser("create", help="make a backup now", description="Make a backup now.")
    listing = bsub.add_parser("list", help="list the backups, newest first",
                              description="List the backups, newest first.")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    restore = bsub.add_parser(
        "restore", help="put a backup in place of the database",
        description="Put backup ID in place of the database. Close the app first. The "
        "current database is first copied as a 'before-restore' backup (a damaged one is "
        "moved to set-aside/ instead); the next sync tells HQ that this data folder was "
        "restored, and what you had sent since comes back.")
    restore.add_argument("backup_id", metavar="ID", help="the backup's id (or its unique start)")
    keep = bsub.add_parser("keep", help="show or set how many backups are kept",
                           description="Show (without N) or set how many backups are kept. "
                           "The newest of each of the last 7 days and the newest taken "
                           "before an upgrade are kept as well.")
    keep.add_argument("count", metavar="N", type=int, nargs="?")

    export = commands.add_parser(
        "export-all", help="export every record, evidence file and report to a folder",
        description="Write every mission, assessment, answer, answer history, finding, "
        "recommendation and action item as JSON and CSV into DIR (new or empty), with the "
        "evidence files, the issued reports and a README.txt explaining the files.")
    export.add_argument("folder", metavar="DIR")


def run_without_store(paths: DataPaths, args: argparse.Namespace) -> int | None:
    """The backup commands that must not open the store; None for the others."""
    if args.command != "backup" or args.backup_command not in ("list", "restore"):
        return None
    from .services import backups

    if args.backup_command == "list":
        found = backups.list_backups(paths)
        if args.json:
            print(json.dumps([{
                "id": b.id, "created": b.created.isoformat(timespec="seconds"),
                "reason": b.reason, "schema_version": b.schema_version, "size": b.size,
                "integrity_ok": b.integrity_ok} for b in found], indent=2))
            return 0
        if not found:
            print(said("backup_none_in", path=paths.backups))
            return 0
        for b in found:
            state = said("backup_state_ok" if b.integrity_ok else "backup_state_damaged")
            print(f"{b.id:40}  {b.when}  {b.reason:15}  {b.size / 1e6:8.1f} MB  {state}")
        print(said(one_or_many("backup_count", len(found)), count=len(found),
                   path=paths.backups))
        return 0
    _refuse_when_app_open(paths)
    from .services import protection

    passphrase = input() if getattr(args, "passphrase_stdin", False) else None
    result = backups.restore(paths, args.backup_id, key=protection.unlock(paths, passphrase))
    print(said("backup_restored", id=result.backup.id, when=result.backup.when,
               path=result.set_aside))
    return 0


def _refuse_when_app_open(paths: DataPaths) -> None:
    from .domain.errors import UserError

    try:
        from .ui.single_instance import ask_running_app
    except ImportError:  # pragma: no cover - a build without Qt has no app to ask
        return
    if ask_running_app(paths.root):
        raise UserError(say("app_open_on_folder"))


def run_with_store(store: Any, args: argparse.Namespace) -> int:
    from .services import backups

    if args.command == "export-all":
        from .services.export_all import export_all

        print(tr(export_all(store, args.folder).describe()))
        return 0
    if args.backup_command == "create":
        made = backups.create(store)
        print(said("backup_written" if made.integrity_ok else "backup_written_not_ok",
                   id=made.id, size=f"{made.size / 1e6:.1f}"))
        return 0
    if args.count is None:
        print(said("backup_keep_count", count=backups.keep_count(store)))
        return 0
    backups.set_keep_count(store, args.count)
    print(said("backup_keep_set", count=args.count))
    return 0
