"""Missions imported from a spreadsheet travel like any other change: the bulk import stamps
its rows pending, the next sync sends them to the real HQ service, another laptop receives
them whole (team, links, the programme and the administration they name), and importing the
file again with a change sends that change."""

from __future__ import annotations

from pathlib import Path

from mercator_desktop.services.exchange import import_missions
from mercator_desktop.services.missions import MissionService

from . import data
from .conftest import EXPERT_A

HEADER = ("code,title,type,status,country,start_date,end_date,lead_expert,programme,topics,"
          "tfa_articles,administration")
ROWS = ("JM-2036-IMP-01,Imported workshop,Atelier,planned,Jamaica,2036-01-13,2036-01-17,"
        "Alice Expert,A-CIP,Intégrité;hrd,7.4;7.6,Jamaica Customs Agency",
        "KE-2036-IMP-02,Imported diagnostic,integrity_diagnostic,requested,KE,2036-02-03,"
        "2036-02-07,Alice Expert,,,10.4,")
TYPES = ("missions", "team_members", "mission_links", "programmes", "administrations")


def write(path: Path, *rows: str) -> Path:
    path.write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    return path


def imported(store, codes: set[str]) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    """The snapshot of the imported missions and what hangs on them."""
    full = data.snapshot(store, *TYPES)
    missions = {i: v for i, v in full["missions"].items() if v[1]["code"] in codes}
    return {"missions": missions, **{
        name: {i: v for i, v in full[name].items() if v[1]["mission_id"] in missions}
        for name in ("team_members", "mission_links")}}


def test_imported_missions_reach_hq_and_another_laptop(hq, make_device, tmp_path):
    laptop, other = make_device("alice"), make_device("alice")
    laptop.login(hq, "alice")
    other.login(hq, "alice")
    data.ensure_expert(laptop.store, EXPERT_A, "Alice Expert")  # as a first sync brings it
    laptop.sync()
    before = laptop.sync_service.pending_count()

    result = import_missions(laptop.store, write(tmp_path / "hq.csv", *ROWS))
    assert result.created == 2
    # two missions, their lead, three links and the new administration wait to be sent
    assert laptop.sync_service.pending_count() == before + 2 + 2 + 3 + 1
    codes = {"JM-2036-IMP-01", "KE-2036-IMP-02"}
    ids = [MissionService(laptop.store).get_by_code(c).id for c in sorted(codes)]
    states = laptop.sync_service.record_states("missions", ids)
    assert set(states.values()) == {"local"}  # never sent yet

    report = laptop.sync()
    assert report.rejected == 0 and report.conflicts == 0
    assert laptop.sync_service.pending_count() == 0
    assert set(laptop.sync_service.record_states("missions", ids).values()) == {"synced"}

    other.sync()
    sent = imported(laptop.store, codes)
    assert len(sent["missions"]) == 2 and len(sent["mission_links"]) == 3
    assert imported(other.store, codes) == sent
    jm = MissionService(other.store).get_by_code("JM-2036-IMP-01")
    assert jm.lead_expert == "Alice Expert" and jm.topics == ["integrity", "hrd"]

    # the same file again with one title changed: an update, sent by the next sync
    import_missions(laptop.store, write(tmp_path / "hq.csv",
                                        ROWS[0].replace("Imported workshop", "Risk workshop"),
                                        ROWS[1]))
    assert laptop.sync_service.pending_count() == 1
    laptop.sync()
    other.sync()
    assert MissionService(other.store).get_by_code("JM-2036-IMP-01").title == "Risk workshop"
    assert imported(other.store, codes) == imported(laptop.store, codes)
