"""``sync problems``, ``sync discard`` and ``sync archived`` on the command line, over the
real HQ, and the notices ``sync`` prints once: HQ restored, missions archived, a copied
data folder."""

from __future__ import annotations

import argparse
import json
import re
import shutil

from mercator_desktop.sync_cli import add_sync_commands, run_sync_command

from . import inbox_situations as situations
from .test_trust import Laptop, copy_folder
from .test_trust import laptop as laptop  # the fixture
from .test_trust import own_hq as own_hq  # the fixture


def run(device: Laptop, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="mercator-desktop")
    add_sync_commands(parser.add_subparsers(dest="command"))
    return run_sync_command(device.store, parser.parse_args(list(argv)), device.sync_service)


def test_problems_lists_conflicts_refusals_and_waiting_with_the_way_out(hq, laptop, capsys):
    alice, bob = laptop("alice", hq), laptop("bob", hq)
    assert run(bob, "sync", "problems") == 0
    assert "Nothing to settle" in capsys.readouterr().out
    situations.deleted_at_hq_while_edited(alice, bob, "JM-2042-CLI-D")
    mine, theirs = situations.code_taken(alice, bob, "JM-2042-CLI-R")
    assessment_id, question, before = situations.locked_answer(alice, bob, "JM-2042-CLI-L")

    assert run(bob, "sync", "problems") == 0
    out = capsys.readouterr().out
    assert "Conflicts (1)" in out and "deleted at HQ while you edited it" in out
    assert "JM-2042-CLI-R  missions " + mine in out
    assert "what to do: Rename this mission (its code) and sync again." in out
    assert f"mercator-desktop sync discard missions {mine}" in out
    assert "Waiting from HQ" in out and f"missions {theirs}" in out
    assert "way out: A record of this laptop holds the same code" in out

    assert run(bob, "sync", "problems", "--json") == 0
    problems = json.loads(capsys.readouterr().out)
    [conflict] = problems["conflicts"]
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == ("deleted", False, True)
    refused = {r["record_type"]: r for r in problems["refused"]}
    assert refused["answers"]["reason_code"] == "locked"
    assert refused["answers"]["advice"].startswith("Reopen the assessment")
    assert {w["record_id"] for w in problems["waiting"]} >= {theirs}
    assert all(w["way_out"] for w in problems["waiting"])

    # discard: not for a record HQ never had; yes for the locked answer
    assert run(bob, "sync", "discard", "missions", mine) == 2
    assert "HQ never had this record" in capsys.readouterr().err
    assert mine in {q.record_id for q in bob.sync_service.quarantined()}
    answer_id = refused["answers"]["record_id"]
    assert run(bob, "sync", "discard", "answers", answer_id) == 0
    assert "holds HQ's version again" in capsys.readouterr().out
    assert bob.assessments.answer(assessment_id, question).value == before
    assert answer_id not in {q.record_id for q in bob.sync_service.quarantined()}
    assert run(bob, "sync", "discard", "nonsense", answer_id) == 2
    assert "unknown kind of record" in capsys.readouterr().err


def test_sync_tells_of_archived_missions_and_lists_them(hq, laptop, capsys):
    alice, bob = laptop("alice", hq), laptop("bob", hq)
    assert run(bob, "sync", "archived") == 0
    assert "No archived missions" in capsys.readouterr().out
    situations.taken_off_the_team(alice, bob, "JM-2042-CLI-T")
    assert run(bob, "sync") == 0
    out = capsys.readouterr().out
    assert "You were taken off the team of 1 mission; it is kept read-only" in out
    assert "sync archived" in out
    assert run(bob, "sync", "archived") == 0
    out = capsys.readouterr().out
    assert "JM-2042-CLI-T  Mission JM-2042-CLI-T  archived " in out
    assert "taken off the team" in out
    assert run(bob, "sync") == 0  # told once
    assert "taken off the team" not in capsys.readouterr().out


def test_sync_tells_of_a_copied_folder(hq, laptop, tmp_path, capsys):
    first = laptop("alice", hq)
    first.new_mission("JM-2042-CLI-C", {situations.EXPERT_B: "Bob Expert"})
    first.sync()
    copy_folder(first, tmp_path / "copy")
    second = Laptop(tmp_path / "copy", "alice")
    second.secrets = second.sync_service._secrets = first.secrets
    try:
        assert run(second, "sync") == 0
        assert "it now syncs as a new device. Nothing was lost." in capsys.readouterr().out
    finally:
        second.close()
    shutil.rmtree(tmp_path / "copy", ignore_errors=True)


def test_sync_tells_when_hq_was_restored(own_hq, laptop, tmp_path, capsys):
    alice = laptop("alice", own_hq)
    alice.new_mission("JM-2042-CLI-H", {situations.EXPERT_B: "Bob Expert"})
    alice.sync()
    backup = tmp_path / "hq-backup.sqlite"
    own_hq.manage("backup", str(backup))
    alice.new_mission("JM-2042-CLI-H2", {situations.EXPERT_B: "Bob Expert"})
    alice.sync()
    own_hq.stop()
    own_hq.manage("restore", str(backup))
    own_hq.start()
    assert run(alice, "sync") == 0
    out = capsys.readouterr().out
    assert re.search(r"HQ had been restored from a backup; [1-9]\d* records? (were|was) sent "
                     r"again so HQ has them\.", out)
    assert run(alice, "sync") == 0
    assert "restored" not in capsys.readouterr().out
