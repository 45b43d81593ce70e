"""``mercator-hq [--db URL] COMMAND``: run the HQ sync service and manage its users.

``--db`` (or ``MERCATOR_HQ_DB``) is a SQLAlchemy URL: SQLite by default, PostgreSQL in
production (``postgresql+psycopg://user@host/db``). The schema is migrated on every start.
``publish FILE --kind template`` takes a JSON template or an XLSForm workbook, checked like on
a device before it is sent. Exit codes: 0 success, 2 bad usage or input, 1 anything else.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PROG = "mercator-hq"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="The Mercator HQ sync service.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy database URL (default: "
                        "$MERCATOR_HQ_DB, or sqlite:///mercator-hq.sqlite)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = commands.add_parser("serve", help="run the service")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on "
                       "(default 127.0.0.1; put HTTPS in front of it for other machines)")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1, metavar="N",
                       help="worker processes (default 1; more than one needs PostgreSQL)")
    serve.add_argument("--files", metavar="DIR", help="folder of the evidence files "
                       "(default: $MERCATOR_HQ_FILES, or next to a SQLite database: "
                       "mercator-hq.sqlite → mercator-hq-files)")
    users = commands.add_parser("users", help="manage users")
    usub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = usub.add_parser("add", help="add a user")
    add.add_argument("name")
    add.add_argument("--role", choices=("expert", "hq"), required=True)
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from standard input")
    add.add_argument("--expert", metavar="EXPERT_ID",
                     help="the expert record (id) this user is; team membership follows it")
    usub.add_parser("list", help="list users")
    disable = usub.add_parser("disable", help="disable a user and end his or her sessions")
    disable.add_argument("name")
    enable = usub.add_parser("enable", help="let a disabled user sign in again")
    enable.add_argument("name")
    reset = usub.add_parser("reset-password", help="set a new password, read from standard "
                            "input (asked for on a terminal); the user's sessions end")
    reset.add_argument("name")
    link = usub.add_parser("link", help="link a user to his or her expert record")
    link.add_argument("name")
    link.add_argument("expert_id")
    sessions = commands.add_parser("sessions", help="list and end users' sessions")
    ssub = sessions.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)
    slist = ssub.add_parser("list", help="active sessions: user, device, created, last used, "
                            "expires")
    slist.add_argument("name", nargs="?", help="only this user's")
    slist.add_argument("--device", help="only on this device (its id or its name)")
    slist.add_argument("--all", action="store_true", help="expired and ended ones too")
    revoke = ssub.add_parser("revoke", help="end a user's sessions (on one device with "
                             "--device); the device must sign in again")
    revoke.add_argument("name")
    revoke.add_argument("--device", help="only on this device (its id or its name)")
    backup = commands.add_parser("backup", help="copy the SQLite database to FILE while "
                                 "the service runs, and the evidence files to FILE-files "
                                 "(PostgreSQL: use pg_dump)")
    backup.add_argument("file")
    restore = commands.add_parser("restore", help="put a backup copy of the SQLite database "
                                  "in place (stop the service first), put back the evidence "
                                  "files from FILE-files, and begin a new epoch")
    restore.add_argument("file")
    for command in (backup, restore):
        command.add_argument("--files", metavar="DIR", help="HQ's evidence files folder, as "
                             "given to serve (default: $MERCATOR_HQ_FILES, or next to a "
                             "SQLite database)")
    commands.add_parser("mark-restored", help="after restoring the database by other means "
                        "(pg_restore, a file copy): begin a new epoch so devices send again "
                        "what it lacks")
    publish = commands.add_parser("publish", help="publish reference data or a checklist "
                                  "template version to every device")
    publish.add_argument("file", help="a JSON file, or for a template an XLSForm workbook "
                         "(.xlsx)")
    publish.add_argument("--kind", choices=("reference", "template"), required=True)
    publish.add_argument("--name", help="e.g. countries, or a template id (a template's "
                         "default: its id, or the XLSForm's settings form_id)")
    publish.add_argument("--version", dest="item_version", help="a template's default: its "
                         "version, or the XLSForm's settings version")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .db import database_url

    url = database_url(args.db)
    try:
        if args.command == "serve":
            return _serve(url, args.host, args.port, args.workers, args.files)
        if args.command in ("backup", "restore", "mark-restored"):
            from .restore import backup, mark_restored, restore

            if args.command == "backup":
                print(backup(url, Path(args.file), args.files))
            elif args.command == "restore":
                print(restore(url, Path(args.file), args.files))
            else:
                print(mark_restored(url))
            return 0
        return _manage(url, args)
    except (ValueError, LookupError, OSError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2


def _serve(url: str, host: str, port: int, workers: int = 1, files: str | None = None) -> int:
    import uvicorn

    from ..sync.collector import tune_for_server
    from . import workers as several
    from .files import FOLDER_ENV

    several.check_workers(url, workers)
    if files:  # every worker reads its settings from the environment
        os.environ[FOLDER_ENV] = files
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if workers == 1:
        from .app import create_app

        app = create_app(url)
        tune_for_server()
        print(f"{PROG} {__version__} listening on http://{host}:{port}", file=sys.stderr,
              flush=True)
        uvicorn.run(app, host=host, port=port, log_config=None, access_log=False,
                    timeout_graceful_shutdown=5)
        return 0
    several.prepare(url)
    print(f"{PROG} {__version__} listening on http://{host}:{port} with {workers} workers",
          file=sys.stderr, flush=True)
    uvicorn.run(several.FACTORY, factory=True, workers=workers, host=host, port=port,
                log_config=None, access_log=False, timeout_graceful_shutdown=5)
    return 0


def _manage(url: str, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from . import auth, service
    from .db import open_database
    from .limiter import account_key, account_lockouts
    from .models import User

    engine, sessions = open_database(url)
    try:
        with sessions.begin() as session:
            if args.command == "publish":
                name, version, content, checksum = _publication(args)
                rec = service.publish(session, args.kind, name, version, content, checksum)
                print(f"published {args.kind} {name} version {version} "
                      f"(revision {rec.revision})")
                return 0
            if args.command == "sessions":
                return _sessions(session, args)
            cmd = args.users_command
            if cmd == "add":
                password = sys.stdin.readline().rstrip("\n") if args.password_stdin \
                    else getpass.getpass(f"password for {args.name}: ")
                user = auth.add_user(session, args.name, args.role, password, args.expert)
                if user.expert_id:
                    service.refresh_user_grants(session, user)
                print(f"user {user.name} added ({user.role})")
            elif cmd == "list":
                locked = account_lockouts(session, time.time())
                for user in session.scalars(select(User).order_by(User.name)):
                    until = locked.get(account_key(user.name)[1])
                    state = "disabled" if user.disabled else "active" if until is None else \
                        time.strftime("locked until %Y-%m-%d %H:%M UTC", time.gmtime(until))
                    print(f"{user.name}\t{user.role}\t{state}\t{user.expert_id or '-'}")
            elif cmd == "disable":
                auth.disable_user(session, args.name)
                print(f"user {args.name} disabled; his or her sessions are ended")
            elif cmd == "enable":
                auth.enable_user(session, args.name)
                print(f"user {args.name} enabled")
            elif cmd == "reset-password":
                auth.set_password(session, args.name, _new_password(args.name))
                print(f"password of {args.name} changed; his or her sessions are ended")
            elif cmd == "link":
                linked = session.scalar(select(User).where(User.name == args.name))
                if linked is None:
                    raise auth.UnknownUserError(f"no user named '{args.name}'")
                linked.expert_id = args.expert_id
                service.refresh_user_grants(session, linked)
                print(f"user {args.name} is expert {args.expert_id}")
        return 0
    finally:
        engine.dispose()


def _new_password(name: str) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"new password for {name}: ")
    if getpass.getpass("the same again: ") != first:
        raise ValueError("the two passwords differ; nothing was changed")
    return first


def _sessions(session: Session, args: argparse.Namespace) -> int:
    from .sessions import list_sessions, revoke_sessions

    if args.sessions_command == "revoke":
        ended = revoke_sessions(session, args.name, args.device)
        where = f" on {args.device}" if args.device else ""
        print(f"{ended} session(s) of {args.name}{where} ended")
        return 0
    views = list_sessions(session, args.name, args.device, args.all)
    for v in views:
        used = v.last_used_at.strftime("%Y-%m-%d %H:%M") if v.last_used_at else "-"
        print("\t".join([
            str(v.id), v.user, v.device_id, v.device_name or "-",
            v.created_at.strftime("%Y-%m-%d %H:%M"), used,
            v.expires_at.strftime("%Y-%m-%d %H:%M"), v.state]))
    if not views:
        print("no sessions", file=sys.stderr)
    return 0


def _publication(args: argparse.Namespace) -> tuple[str, str, Any, str]:
    """Name, version, content and checksum of what ``publish`` sends. A template (JSON or
    XLSForm) is checked like on a device first, so a refused one never reaches the field;
    ``--name``/``--version`` given replace the template's own id and version."""
    path = Path(args.file)
    raw = path.read_bytes()
    if args.kind == "template":
        from ..checklists.loader import template_from_data
        from ..checklists.xlsform_in import XLSFormError, data_to_template, xlsform_data

        try:
            if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
                content, origins = xlsform_data(path)
            else:
                content, origins = json.loads(raw), {}
            content = dict(content)
            content["id"] = args.name or content.get("id")
            content["version"] = args.item_version or content.get("version")
            if origins:
                data_to_template(content, origins, path.name)
            else:
                template_from_data(content, path.name)
        except XLSFormError as exc:
            raise ValueError("\n  ".join([str(exc)] + [str(p) for p in exc.problems[1:21]])) \
                from None
        return content["id"], content["version"], content, hashlib.sha256(raw).hexdigest()
    if not args.name or not args.item_version:
        raise ValueError("reference data needs --name and --version")
    return args.name, args.item_version, json.loads(raw), hashlib.sha256(raw).hexdigest()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
