"""The mission list read with the database driver alone, before the store opens
(``services.mission_rows``): the same rows as the store's list, and only from a folder that
was closed cleanly and, when encrypted, whose key the keyring holds."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import text

from mercator_desktop.paths import DataPaths
from mercator_desktop.services.demo import load_demo
from mercator_desktop.services.mission_rows import MissionRows, read_early
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.reference import ReferenceCatalog
from mercator_desktop.services.store import open_store
from mercator_desktop.storage.base import utcnow
from mercator_desktop.storage.models import ArchivedMission
from mercator_desktop.storage.seal import seal_holds

PASSPHRASE = "a long recovery passphrase"


def _early_rows(data_dir: Path, language: str = "en") -> list | None:  # type: ignore[type-arg]
    early = read_early(DataPaths(data_dir), language)
    if early is None:
        return None
    return [page.summary(i) for page in early.pages for i in range(len(page))]


def test_the_early_list_is_the_list_of_the_store(store, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    load_demo(store)
    service = MissionService(store)
    listed = service.list()
    assert len(listed) > 3
    service.trash(listed[0].id)  # the trash and the archived missions stay out
    with store.session() as session:
        session.add(ArchivedMission(mission_id=listed[1].id, at=utcnow(), reason="test"))
    expected = service.list()
    compact = service.rows()  # what the window loads once the store is open
    assert [compact.summary(i) for i in range(len(compact))] == expected
    store.language = "fr"
    catalog = ReferenceCatalog.for_store(store)
    status = expected[0].status_code
    french = catalog.label("statuses", status)
    country = catalog.country_by_iso2[expected[0].country_iso2].name
    store.close()

    early = read_early(DataPaths(data_dir), "fr")
    assert early is not None
    assert early.catalog.label("statuses", status) == french
    assert early.catalog.country_by_iso2[expected[0].country_iso2].name == country
    rows = [page.summary(i) for page in early.pages for i in range(len(page))]
    assert rows == expected
    assert {listed[0].id, listed[1].id}.isdisjoint(r.id for r in rows)
    assert any(r.lead_expert for r in rows)


def test_a_folder_not_closed_cleanly_waits_for_the_store(data_dir: Path) -> None:
    store = open_store(data_dir, user="tester")
    try:
        load_demo(store)
        assert _early_rows(data_dir) is None  # open: no seal, nothing read beside it
    finally:
        store.close()
    assert _early_rows(data_dir)  # closed cleanly: read early
    # ... and the reading leaves the file as it was: the store still skips the full check
    assert seal_holds(DataPaths(data_dir).database)

    database = DataPaths(data_dir).database
    with sqlite3.connect(database) as connection:  # changed behind the app's back
        connection.execute("UPDATE missions SET title = 'changed elsewhere'")
    connection.close()
    stat = database.stat()
    os.utime(database, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert _early_rows(data_dir) is None


def test_an_encrypted_folder_is_read_early_only_with_its_key_in_the_keyring(
        os_keyring, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(data_dir, user="tester", passphrase=PASSPHRASE)
    assert store.data_key is not None
    load_demo(store)
    expected = MissionService(store).list()
    store.close()

    assert _early_rows(data_dir) == expected
    os_keyring.entries.clear()  # a new laptop: the passphrase is asked once the store opens
    assert _early_rows(data_dir) is None
    assert DataPaths(data_dir).database.read_bytes()[:16] != b"SQLite format 3\x00"


def _read_early_rows(data_dir: Path) -> MissionRows:
    early = read_early(DataPaths(data_dir), "en")
    assert early is not None
    rows = MissionRows()
    for page in early.pages:
        rows.extend(page)
    return rows


def test_the_list_read_early_is_kept_when_it_is_still_the_same(data_dir: Path) -> None:
    store = open_store(data_dir, user="tester")
    load_demo(store)
    store.close()
    known = _read_early_rows(data_dir)

    store = open_store(data_dir, user="tester")
    try:
        service = MissionService(store)
        fresh = service.rows()
        kept = service.rows(known=known)
        # the same missions, fields and sync states as a new reading; not a second copy
        assert [kept.summary(i) for i in range(len(kept))] == \
            [fresh.summary(i) for i in range(len(fresh))]
        assert kept.titles is known.titles and kept.ids is known.ids

        changed = known.summary(2)
        service.trash(known.summary(0).id)
        with store.session() as session:
            session.execute(text("UPDATE missions SET title = 'renamed' WHERE id = :id"),
                            {"id": changed.id})
        again = service.rows(known=known)  # different now: read anew
        assert again.titles is not known.titles
        assert known.summary(0).id not in again.ids
        assert again.titles[again.ids.index(changed.id)] == "renamed"
        assert [again.summary(i) for i in range(len(again))] == \
            [service.rows().summary(i) for i in range(len(again))]
    finally:
        store.close()
