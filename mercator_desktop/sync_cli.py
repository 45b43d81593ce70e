"""The sync commands of the command line: ``login``, ``sync`` (and ``sync problems``,
``sync discard TYPE ID``, ``sync archived``), ``logout``.

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

from .domain.problem_texts import TEXTS
from .domain.problem_texts import say as coded
from .message_language import error_text, one_or_many, tr
from .message_language import say as said

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
    actions = sync.add_subparsers(dest="sync_action", metavar="ACTION")
    problems = actions.add_parser(
        "problems", help="list what a sync could not settle, with the way out",
        description="List the conflicts (fields HQ and you both changed, deletes against "
        "edits), the records HQ refused (with HQ's reason and what to do) and the records "
        "from HQ that wait (with the reason and the way out). Nothing is sent or changed.")
    problems.add_argument("--json", action="store_true", help="print a JSON object")
    discard = actions.add_parser(
        "discard", help="give up this laptop's refused change of a record",
        description="Give up this laptop's change of a record HQ refused: the record takes "
        "back the version HQ has. TYPE and ID are as 'sync problems' lists them.")
    discard.add_argument("record_type", metavar="TYPE", help="the kind of record, e.g. answers")
    discard.add_argument("record_id", metavar="ID", help="the record's id")
    actions.add_parser(
        "archived", help="list the missions you were taken off the team of",
        description="List the missions you were taken off the team of: they stay on this "
        "computer, read-only, out of the mission list.")

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
            print(said("sync_signed_out"))
            return 0
        return _sync(sync, args)
    except SyncFailed as exc:
        print(said("cli_command_failed", prog=PROG, command=args.command,
                   message=error_text(exc)), file=sys.stderr)
        return 2 if exc.kind in ("bad_input", "no_keyring") else 1


def _login(sync: Any, args: argparse.Namespace) -> int:
    if not sync.secure_store_available:
        print(f"{PROG}: {tr(sync.no_secure_store_message())}", file=sys.stderr)
        print(said("sync_without_session", command=f"{PROG} sync --server {args.server} "
                   f"--user {args.user} --password-stdin"), file=sys.stderr)
        return 2
    role = sync.login(args.server, args.user, _password(args))
    print(said("sync_signed_in", server=args.server, user=args.user, role=role))
    return 0


def _sync(sync: Any, args: argparse.Namespace) -> int:
    from .domain.problem_texts import say
    from .services.sync import SyncFailed

    action = getattr(args, "sync_action", None)
    if action is not None:
        return {"problems": _problems, "discard": _discard, "archived": _archived}[action](
            sync, args)
    if args.status:
        _print_status(sync.status())
        return 0
    server = args.server or sync.server_url()
    once = bool(args.user)
    if once:
        if not server:
            raise SyncFailed("bad_input", say("say_which_hq"))
        sync.login(server, args.user, _password(args), session_only=True)
    elif args.server and args.server.rstrip("/") != sync.server_url():
        raise SyncFailed("auth", say("sign_in_to_first", server=args.server,
                                     command=f"{PROG} login --server {args.server} --user NAME"))
    try:
        outcome = sync.sync(progress=_progress, allow_mass_delete=args.allow_deletions)
    finally:
        if once:
            sync.logout(forget_keyring=False)
    print(said("sync_done", server=server, sent=outcome.sent, received=outcome.received,
               applied=outcome.applied))
    if outcome.files_sent or outcome.files_received:
        print(said("sync_files", sent=outcome.files_sent, received=outcome.files_received))
    if outcome.duplicates:
        print(said("sync_duplicates", count=outcome.duplicates))
    if outcome.conflicts:
        print(said("sync_conflicts", count=outcome.conflicts))
    for problem in outcome.problems:
        print(said("cli_refused_by_hq", problem=tr(problem)), file=sys.stderr)
    if outcome.waiting:
        print(said("sync_records_wait", count=outcome.waiting, command=f"{PROG} sync problems"))
    for notice in notices(outcome):
        print(notice)
    if outcome.conflicts or outcome.rejected:
        print(said("sync_see_problems", command=f"{PROG} sync problems"))
    return 0


def notices(outcome: Any) -> list[str]:
    """What a sync changed that the person must be told once."""
    told = []
    if outcome.new_identity:
        told.append(said("sync_new_identity"))
    if outcome.epoch_changed:
        told.append(said(one_or_many("sync_resent", outcome.resent), count=outcome.resent))
    if outcome.archived:
        told.append(said(one_or_many("sync_archived", outcome.archived),
                         count=outcome.archived, command=f"{PROG} sync archived"))
    return told


def _where(row: Any) -> str:
    """Mission, kind, id and label of a record of the inbox, on one line."""
    label = f"  {row.label}" if row.label else ""
    return f"{row.mission_code or '-'}  {row.record_type} {row.record_id}{label}"


def _conflict_words(conflict: Any) -> tuple[str, str, str]:
    """What clashed, yours and HQ's: English (coded texts, said in the language by ``tr``)."""
    if conflict.field != "deleted":
        return conflict.field, _value(conflict.mine), _value(conflict.theirs)
    deleted, edited = coded("sync_word_deleted"), coded("sync_word_edited")
    if conflict.mine:
        return coded("sync_edited_while_deleted"), deleted, edited
    return coded("sync_deleted_while_edited"), edited, deleted


def _value(value: Any) -> str:
    if value is None or value == "":
        return coded("sync_value_empty")
    return " ".join(str(value).split())


def _problems(sync: Any, args: argparse.Namespace) -> int:
    conflicts, refused, waiting = sync.conflicts(), sync.quarantined(), sync.waiting()
    if args.json:
        import json

        def where(row: Any) -> dict[str, Any]:
            return {"mission_code": row.mission_code, "record_type": row.record_type,
                    "record_id": row.record_id, "label": row.label}

        print(json.dumps({
            "conflicts": [{**where(c), "id": c.id, "field": c.field, "what":
                           _conflict_words(c)[0], "mine": c.mine, "theirs": c.theirs,
                           "detected_at": c.detected_at.isoformat()} for c in conflicts],
            "refused": [{**where(q), "reason_code": q.reason_code, "reason": q.reason,
                         "advice": q.advice, "at": q.at.isoformat()} for q in refused],
            "waiting": [{**where(w), "reason": w.reason, "way_out": w.how,
                         "received_at": w.received_at.isoformat()} for w in waiting],
        }, ensure_ascii=False, indent=2, default=str))
        return 0
    if not (conflicts or refused or waiting):
        print(said("sync_nothing_to_settle"))
        return 0
    if conflicts:
        print(said("sync_conflicts_heading", count=len(conflicts)))
        for c in conflicts:
            what, mine, theirs = (tr(word) for word in _conflict_words(c))
            print(f"  {_where(c)}")
            print("    " + said("sync_conflict_values", what=what, mine=mine, theirs=theirs))
    if refused:
        print(said("sync_refused_heading", count=len(refused)))
        for q in refused:
            print(f"  {_where(q)}")
            print("    " + said("sync_reason", reason=tr(q.reason) if q.reason else "-"))
            if q.advice:
                print("    " + said("sync_what_to_do", advice=tr(q.advice)))
            print("    " + said("sync_take_back", command=f"{PROG} sync discard "
                                 f"{q.record_type} {q.record_id}"))
    if waiting:
        print(said("sync_waiting_heading", count=len(waiting)))
        for w in waiting:
            print(f"  {_where(w)}")
            print("    " + said("sync_why", reason=tr(w.reason) if w.reason else "-"))
            print("    " + said("sync_way_out", how=tr(w.how)))
    return 0


def _discard(sync: Any, args: argparse.Namespace) -> int:
    from .domain.errors import UserError

    try:
        sync.discard_local(args.record_type, args.record_id)
    except UserError as exc:
        problems = getattr(exc, "problems", None)
        text = "; ".join(tr(p.message) for p in problems) if problems else error_text(exc)
        print(said("sync_discard_failed", prog=PROG, message=text), file=sys.stderr)
        return 2
    print(said("sync_discarded", kind=args.record_type, id=args.record_id))
    return 0


def _archived(sync: Any, args: argparse.Namespace) -> int:
    archived = sync.archived_missions()
    if not archived:
        print(said("sync_no_archived"))
        return 0
    for a in archived:
        print(said("sync_archived_row", code=a.code or "-", title=a.title or "-",
                   day=f"{a.at:%Y-%m-%d}"))
        if a.reason:
            print(f"    {tr(a.reason)}")
    print(said(one_or_many("sync_archived_count", len(archived)), count=len(archived)))
    return 0


def _progress(stage: str, done: int, total: int | None) -> None:
    if sys.stderr.isatty():
        count = f"{done}/{total}" if total else str(done)
        code = "sync_progress_" + stage.replace(" ", "_")
        line = said(code, count=count) if code in TEXTS else f"{stage}: {count}"
        print(f"\r{line}", end="", file=sys.stderr, flush=True)


def _print_status(status: Any) -> None:
    print(said("sync_status_who", server=status.server_url or said("sync_not_set"),
               user=status.user or "-", signed_in=said("sync_yes" if status.signed_in
                                                       else "sync_no")))
    print(said("sync_status_counts", pending=status.pending, conflicts=status.conflicts,
               refused=status.errors, waiting=status.waiting))
    when = status.last_sync_at.strftime("%Y-%m-%d %H:%M UTC") if status.last_sync_at else \
        said("sync_never")
    if status.last_state == "error":
        print(said("sync_last_error", when=when, state=status.last_state,
                   message=tr(status.last_message)))
    else:
        print(said("sync_last", when=when))
