"""``mercator-desktop recovery set|change|status``: encrypt the data folder, set or change its
recovery passphrase, without prompts (``--passphrase-stdin``), over
``services.protection``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from .message_language import error_text
from .message_language import say as said

if TYPE_CHECKING:
    from .paths import DataPaths

ReadLine = Callable[[str], str]


def run_recovery_command(args: argparse.Namespace, read_current: ReadLine | None) -> int:
    from .domain.errors import UserError
    from .domain.problem_texts import say
    from .paths import DataPaths, resolve_data_dir
    from .services import protection

    paths = DataPaths(resolve_data_dir(args.data_dir))
    found = protection.state(paths) if paths.root.exists() else protection.NEW
    if args.recovery_command == "status":
        if found != protection.ENCRYPTED:
            print(said("recovery_status_plain", folder=paths.root))
            return 0
        try:
            protection.unlock(paths)
            print(said("recovery_status_keyring", folder=paths.root))
        except UserError as exc:
            print(said("recovery_status_locked", folder=paths.root, reason=error_text(exc)))
        return 0
    if args.recovery_command == "change":
        return _change(paths, found, args)
    current = read_current("current passphrase") if read_current is not None else None
    if not args.new_passphrase_stdin:
        raise UserError(say("new_passphrase_stdin"))
    from .cli import _read_line

    new = _read_line("new passphrase")
    if found == protection.ENCRYPTED:
        key = protection.unlock(paths, current)
        assert key is not None
        protection.change_passphrase(paths, key, new)
        print(said("recovery_changed"))
        return 0
    from .services.store import open_store

    protection.protect(paths, new)
    open_store(paths.root, passphrase=new).close()  # migrated to this version
    print(said("recovery_set", folder=paths.root))
    if not protection.key_remembered(paths):
        print(said("recovery_no_keyring"))
    return 0


def _change(paths: DataPaths, found: str, args: argparse.Namespace) -> int:
    from .cli import _read_line
    from .domain.errors import UserError
    from .domain.problem_texts import say
    from .services import protection

    if found != protection.ENCRYPTED:
        raise UserError(say("recovery_not_encrypted", folder=paths.root))
    if not args.change_stdin:
        raise UserError(say("recovery_change_stdin"))
    current = _read_line("current passphrase (or an empty line)")
    new = _read_line("new passphrase")
    protection.replace_passphrase(paths, current or None, new)
    print(said("recovery_replaced"))
    return 0
