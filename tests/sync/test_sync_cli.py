"""The sync commands of the command line, over the real HQ: login, sync, status, logout;
and what happens on a machine without a secure keyring."""

from __future__ import annotations

import argparse
import io

from mercator_desktop.services.sync import SyncService
from mercator_desktop.sync.credentials import MemorySecretStore
from mercator_desktop.sync_cli import add_sync_commands, run_sync_command

from . import data
from .conftest import EXPERT_A, PASSWORD


def run(store, service, monkeypatch, *argv: str, stdin: str = "") -> int:
    parser = argparse.ArgumentParser(prog="mercator-desktop")
    add_sync_commands(parser.add_subparsers(dest="command"))
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return run_sync_command(store, parser.parse_args(list(argv)), service)


def test_login_sync_status_logout(hq, make_device, monkeypatch, capsys):
    device = make_device("alice")
    service = SyncService(device.store, MemorySecretStore())
    assert run(device.store, service, monkeypatch, "login", "--server", hq.url, "--user",
               "alice", "--password-stdin", stdin=PASSWORD + "\n") == 0
    assert f"Signed in to {hq.url} as alice (expert)" in capsys.readouterr().out
    data.mission(device.store, "JM-2034-CLI", {EXPERT_A: "Alice Expert"})
    assert run(device.store, service, monkeypatch, "sync") == 0
    out = capsys.readouterr().out
    assert f"Synced with {hq.url}:" in out and " sent," in out
    assert run(device.store, service, monkeypatch, "sync", "--status") == 0
    out = capsys.readouterr().out
    assert "unsent changes: 0" in out and "last sync: 2" in out
    assert run(device.store, service, monkeypatch, "logout") == 0
    assert run(device.store, service, monkeypatch, "sync") == 1
    assert "sign in to HQ first" in capsys.readouterr().err


def test_wrong_password_and_plain_http_elsewhere(hq, make_device, monkeypatch, capsys):
    device = make_device("alice")
    service = SyncService(device.store, MemorySecretStore())
    assert run(device.store, service, monkeypatch, "login", "--server", hq.url, "--user",
               "alice", "--password-stdin", stdin="wrong\n") == 1
    assert "wrong user name or password" in capsys.readouterr().err
    assert run(device.store, service, monkeypatch, "login", "--server",
               "http://hq.example.org", "--user", "alice", "--password-stdin",
               stdin=PASSWORD) == 2
    assert "use https://" in capsys.readouterr().err


def test_without_a_keyring_login_says_so_and_sync_signs_in_once(hq, make_device,
                                                                 monkeypatch, capsys):
    device = make_device("alice")
    service = SyncService(device.store, secrets=None, use_keyring=False)
    assert run(device.store, service, monkeypatch, "login", "--server", hq.url, "--user",
               "alice", "--password-stdin", stdin=PASSWORD) == 2
    err = capsys.readouterr().err
    assert "no secure password store (keyring)" in err and "sync --server" in err
    data.mission(device.store, "JM-2034-NOKEY", {EXPERT_A: "Alice Expert"})
    assert run(device.store, service, monkeypatch, "sync", "--server", hq.url, "--user",
               "alice", "--password-stdin", stdin=PASSWORD) == 0
    assert service.pending_count() == 0
    assert not service.status().signed_in  # the one-sync session is gone again
