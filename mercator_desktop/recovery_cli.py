"""``mercator-desktop recovery set|status``: encrypt the data folder and set or change its
recovery passphrase, without prompts (``--passphrase-stdin``), over
``services.protection``."""

from __future__ import annotations

import argparse
from collections.abc import Callable

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
            print(f"{paths.root}: not encrypted. 'mercator-desktop recovery set' encrypts it.")
            return 0
        try:
            protection.unlock(paths)
            held = "this computer's keyring holds its key"
        except UserError as exc:
            held = f"it cannot open without the recovery passphrase: {exc}"
        print(f"{paths.root}: encrypted; {held}.")
        return 0
    current = read_current("current passphrase") if read_current is not None else None
    if not args.new_passphrase_stdin:
        raise UserError(say("new_passphrase_stdin"))
    from .cli import _read_line

    new = _read_line("new passphrase")
    if found == protection.ENCRYPTED:
        key = protection.unlock(paths, current)
        assert key is not None
        protection.change_passphrase(paths, key, new)
        print("The recovery passphrase was changed; the old one no longer opens this folder.")
        return 0
    from .services.store import open_store

    protection.protect(paths, new)
    open_store(paths.root, passphrase=new).close()  # migrated to this version
    print(f"{paths.root} is encrypted now. Keep the recovery passphrase somewhere safe: "
          "without it, this folder cannot be opened on another computer.")
    if not protection.key_remembered(paths):
        print("This computer has no keyring to keep the key in: give the passphrase to each "
              "command with --passphrase-stdin.")
    return 0
