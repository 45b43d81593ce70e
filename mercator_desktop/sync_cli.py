"""The sync commands of the command line: ``login``, ``sync``, ``logout``.

Wired into ``cli.py`` by ``add_sync_commands(subparsers)`` and ``run_sync_command(store,
args)``. The token goes to the OS keyring; where there is none, ``login`` says so and
``sync --user NAME --password-stdin`` signs in for that one sync only.

Exit codes as for every command: 0 done, 2 bad input (or no keyring to sign in with), 1 the
sync could not be done (HQ unreachable, a captive portal, sign in again, upgrade needed …).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .services.store import Store

PROG = "mercator-desktop"
SYNC_COMMANDS = ("login", "sync", "logout")


def add_sync_commands(subparsers: Any) -> None:
    login = subparsers.add_parser(
        "login", help="sign in to HQ (the session is kept in the OS keyring)",
        description="Sign in to the HQ sync service. The session token is kept in the "
        "operating system's keyring, never in a file of Mercator Desktop.")
    login.add_argument("--server", metavar="URL", required=True,
                       help="HQ's address, https://… (http:// only to localhost)")
    login.add_argument("--user", metavar="NAME", required=True, help="your HQ user name")
    login.add_argument("--password-stdin", action="store_true",
                       help="read the password from standard input instead of asking")

    sync = subparsers.add_parser(
        "sync", help="send your changes to HQ and receive theirs",
        description="Sync with HQ: send what changed here, receive what changed there. "
        "Nothing is marked sent before HQ confirmed it; a lost connection is tried again.")
    sync.add_argument("--server", metavar="URL",
                      help="HQ's address (default: the one you signed in to)")
    sync.add_argument("--user", metavar="NAME",
                      help="sign in for this sync only (with --password-stdin or a prompt)")
    sync.add_argument("--password-stdin", action="store_true",
                      help="with --user: read the password from standard input")
    sync.add_argument("--allow-deletions", action="store_true",
                      help="apply HQ's deletions even when they remove many of your records")
    sync.add_argument("--status", action="store_true",
                      help="only show the sync state (unsent changes, conflicts, last sync)")

    subparsers.add_parser("logout", help="sign out of HQ and forget the session",
                          description="End the HQ session and remove it from the keyring.")


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(f"HQ password for {args.user}: ")


def run_sync_command(store: Store, args: argparse.Namespace, service: Any = None) -> int:
    from .services.sync import SyncFailed, SyncService

    sync = service or SyncService(store)
    try:
        if args.command == "login":
            return _login(sync, args)
        if args.command == "logout":
            sync.logout()
            print("Signed out of HQ.")
            return 0
        return _sync(sync, args)
    except SyncFailed as exc:
        print(f"{PROG}: {args.command} failed: {exc}", file=sys.stderr)
        return 2 if exc.kind in ("bad_input", "no_keyring") else 1


def _login(sync: Any, args: argparse.Namespace) -> int:
    if not sync.secure_store_available:
        print(f"{PROG}: {sync.no_secure_store_message()}", file=sys.stderr)
        print(f"To sync without keeping a session, run: {PROG} sync --server {args.server} "
              f"--user {args.user} --password-stdin", file=sys.stderr)
        return 2
    role = sync.login(args.server, args.user, _password(args))
    print(f"Signed in to {args.server} as {args.user} ({role}).")
    return 0


def _sync(sync: Any, args: argparse.Namespace) -> int:
    from .services.sync import SyncFailed

    if args.status:
        _print_status(sync.status())
        return 0
    server = args.server or sync.server_url()
    once = bool(args.user)
    if once:
        if not server:
            raise SyncFailed("bad_input", "say which HQ with --server URL")
        sync.login(server, args.user, _password(args), session_only=True)
    elif args.server and args.server.rstrip("/") != sync.server_url():
        raise SyncFailed("auth", f"sign in to {args.server} first: {PROG} login --server "
                         f"{args.server} --user NAME")
    try:
        outcome = sync.sync(progress=_progress, allow_mass_delete=args.allow_deletions)
    finally:
        if once:
            sync.logout(forget_keyring=False)
    print(f"Synced with {server}: {outcome.sent} sent, {outcome.received} received, "
          f"{outcome.applied} applied.")
    if outcome.duplicates:
        print(f"{outcome.duplicates} changes HQ already had (a lost answer); nothing doubled.")
    if outcome.conflicts:
        print(f"{outcome.conflicts} fields were changed at HQ too: HQ's value is shown, "
              "yours is kept in the conflict inbox.")
    for problem in outcome.problems:
        print(f"refused by HQ: {problem}", file=sys.stderr)
    if outcome.waiting:
        print(f"{outcome.waiting} received records wait for the records they belong to.")
    return 0


def _progress(stage: str, done: int, total: int | None) -> None:
    if sys.stderr.isatty():
        of = f"/{total}" if total else ""
        print(f"\r{stage}: {done}{of}", end="", file=sys.stderr, flush=True)


def _print_status(status: Any) -> None:
    print(f"HQ: {status.server_url or '(not set)'}  user: {status.user or '-'}  "
          f"signed in: {'yes' if status.signed_in else 'no'}")
    print(f"unsent changes: {status.pending}  conflicts: {status.conflicts}  "
          f"refused: {status.errors}  waiting: {status.waiting}")
    when = status.last_sync_at.strftime("%Y-%m-%d %H:%M UTC") if status.last_sync_at else \
        "never"
    print(f"last sync: {when}" + (f" ({status.last_state}: {status.last_message})"
                                   if status.last_state == "error" else ""))
