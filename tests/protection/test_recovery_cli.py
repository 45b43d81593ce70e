"""The command line without prompts: ``recovery set --passphrase-stdin`` encrypts a plain
folder (and changes the passphrase of an encrypted one), and ``--passphrase-stdin`` opens an
encrypted folder whose key the keyring does not hold (the subprocesses here have no keyring,
as on a server or a fresh account)."""

from __future__ import annotations

from conftest import run_cli

from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.store import open_store

from .conftest import PASSPHRASE, TITLE, fill, leaked

NEW = "a second long passphrase"


def test_the_command_line_encrypts_a_folder_and_opens_it_with_the_passphrase(
        data_dir, os_keyring) -> None:  # type: ignore[no-untyped-def]
    store = open_store(data_dir, user="tester")
    fill(store)
    store.close()

    short = run_cli("recovery", "set", "--passphrase-stdin", data_dir=data_dir, input="short\n")
    assert short.returncode == 2
    assert "at least 10 characters" in short.stderr
    assert not (data_dir / "recovery-key.json").exists()

    done = run_cli("recovery", "set", "--passphrase-stdin", data_dir=data_dir,
                   input=f"{PASSPHRASE}\n")
    assert done.returncode == 0, done.stderr
    assert "is encrypted now" in done.stdout
    assert leaked(data_dir) == []

    locked = run_cli("missions", "list", data_dir=data_dir)
    assert locked.returncode == 2
    assert "does not hold its key" in locked.stderr
    assert "--passphrase-stdin" in locked.stderr

    wrong = run_cli("--passphrase-stdin", "missions", "list", data_dir=data_dir,
                    input="not the passphrase\n")
    assert wrong.returncode == 2
    assert "not the one of this data folder" in wrong.stderr

    listed = run_cli("--passphrase-stdin", "missions", "list", data_dir=data_dir,
                     input=f"{PASSPHRASE}\n")
    assert listed.returncode == 0, listed.stderr
    assert TITLE in listed.stdout

    status = run_cli("recovery", "status", data_dir=data_dir)
    assert status.returncode == 0
    assert "encrypted; it cannot open without the recovery passphrase" in status.stdout

    changed = run_cli("--passphrase-stdin", "recovery", "set", "--passphrase-stdin",
                      data_dir=data_dir, input=f"{PASSPHRASE}\n{NEW}\n")
    assert changed.returncode == 0, changed.stderr
    old = run_cli("--passphrase-stdin", "missions", "list", data_dir=data_dir,
                  input=f"{PASSPHRASE}\n")
    assert old.returncode == 2
    store = open_store(data_dir, user="tester", passphrase=NEW)
    try:
        assert [m.title for m in MissionService(store).list()] == [TITLE]
    finally:
        store.close()


def test_recovery_change_reads_the_current_and_the_new_passphrase_from_stdin(
        data_dir, os_keyring) -> None:  # type: ignore[no-untyped-def]
    from mercator_desktop.paths import DataPaths
    from mercator_desktop.services import protection

    protection.protect(DataPaths(data_dir), PASSPHRASE)
    store = open_store(data_dir, user="tester")
    fill(store)
    store.close()
    recovery = data_dir / "recovery-key.json"
    before = recovery.read_bytes()

    wrong = run_cli("recovery", "change", "--passphrase-stdin", data_dir=data_dir,
                    input=f"not the passphrase\n{NEW}\n")
    assert wrong.returncode == 2
    assert "not the one of this data folder" in wrong.stderr
    assert "Nothing was changed" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    assert recovery.read_bytes() == before

    # the subprocess has no keyring: an empty first line cannot prove the right
    no_key = run_cli("recovery", "change", "--passphrase-stdin", data_dir=data_dir,
                     input=f"\n{NEW}\n")
    assert no_key.returncode == 2
    assert "Enter the current recovery passphrase" in no_key.stderr
    assert recovery.read_bytes() == before

    short = run_cli("recovery", "change", "--passphrase-stdin", data_dir=data_dir,
                    input=f"{PASSPHRASE}\nshort\n")
    assert short.returncode == 2
    assert "at least 10 characters" in short.stderr
    assert recovery.read_bytes() == before

    database = (data_dir / "mercator.sqlite").read_bytes()
    changed = run_cli("recovery", "change", "--passphrase-stdin", data_dir=data_dir,
                      input=f"{PASSPHRASE}\n{NEW}\n")
    assert changed.returncode == 0, changed.stderr
    assert "was changed" in changed.stdout
    assert (data_dir / "mercator.sqlite").read_bytes() == database  # only re-wrapped
    old = run_cli("--passphrase-stdin", "missions", "list", data_dir=data_dir,
                  input=f"{PASSPHRASE}\n")
    assert old.returncode == 2
    listed = run_cli("--passphrase-stdin", "missions", "list", data_dir=data_dir,
                     input=f"{NEW}\n")
    assert listed.returncode == 0, listed.stderr
    assert TITLE in listed.stdout
    assert leaked(data_dir) == []
