"""``mercator-hq [--db URL] COMMAND``: run the HQ sync service and manage its users.

``--db`` (or ``MERCATOR_HQ_DB``) is a SQLAlchemy URL: SQLite by default, PostgreSQL in
production (``postgresql+psycopg://user@host/db``). The schema is migrated on every start.
Exit codes: 0 success, 2 bad usage or input, 1 anything else.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__

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
    link = usub.add_parser("link", help="link a user to his or her expert record")
    link.add_argument("name")
    link.add_argument("expert_id")
    backup = commands.add_parser("backup", help="copy the SQLite database to FILE while "
                                 "the service runs (PostgreSQL: use pg_dump)")
    backup.add_argument("file")
    restore = commands.add_parser("restore", help="put a backup copy of the SQLite database "
                                  "in place (stop the service first) and begin a new epoch")
    restore.add_argument("file")
    commands.add_parser("mark-restored", help="after restoring the database by other means "
                        "(pg_restore, a file copy): begin a new epoch so devices send again "
                        "what it lacks")
    publish = commands.add_parser("publish", help="publish reference data or a checklist "
                                  "template version to every device")
    publish.add_argument("file", help="a JSON file")
    publish.add_argument("--kind", choices=("reference", "template"), required=True)
    publish.add_argument("--name", required=True, help="e.g. countries, or a template id")
    publish.add_argument("--version", dest="item_version", required=True)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .db import database_url

    url = database_url(args.db)
    try:
        if args.command == "serve":
            return _serve(url, args.host, args.port, args.files)
        if args.command in ("backup", "restore", "mark-restored"):
            from .restore import backup, mark_restored, restore

            if args.command == "backup":
                print(backup(url, Path(args.file)))
            elif args.command == "restore":
                print(restore(url, Path(args.file)))
            else:
                print(mark_restored(url))
            return 0
        return _manage(url, args)
    except (ValueError, LookupError, OSError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2


def _serve(url: str, host: str, port: int, files: str | None = None) -> int:
    import dataclasses

    import uvicorn

    from .app import Settings, create_app

    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    settings = Settings.from_env()
    if files:
        settings = dataclasses.replace(settings, files_dir=files)
    app = create_app(url, settings)
    print(f"{PROG} {__version__} listening on http://{host}:{port}", file=sys.stderr,
          flush=True)
    uvicorn.run(app, host=host, port=port, log_config=None, access_log=False,
                timeout_graceful_shutdown=5)
    return 0


def _manage(url: str, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from . import auth, service
    from .db import open_database
    from .models import User

    engine, sessions = open_database(url)
    try:
        with sessions.begin() as session:
            if args.command == "publish":
                raw = Path(args.file).read_bytes()
                content = json.loads(raw)
                rec = service.publish(session, args.kind, args.name, args.item_version,
                                      content, hashlib.sha256(raw).hexdigest())
                print(f"published {args.kind} {args.name} version {args.item_version} "
                      f"(revision {rec.revision})")
                return 0
            cmd = args.users_command
            if cmd == "add":
                password = sys.stdin.readline().rstrip("\n") if args.password_stdin \
                    else getpass.getpass(f"password for {args.name}: ")
                user = auth.add_user(session, args.name, args.role, password, args.expert)
                if user.expert_id:
                    service.refresh_user_grants(session, user)
                print(f"user {user.name} added ({user.role})")
            elif cmd == "list":
                for user in session.scalars(select(User).order_by(User.name)):
                    state = "disabled" if user.disabled else "active"
                    print(f"{user.name}\t{user.role}\t{state}\t{user.expert_id or '-'}")
            elif cmd == "disable":
                auth.disable_user(session, args.name)
                print(f"user {args.name} disabled; his or her sessions are ended")
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
