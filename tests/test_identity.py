"""The device's sync identity survives copies and restores of real data folders: a copy or
a restored backup syncs as a new device, a plain reopen keeps its id, and nothing in the
records changes."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from mercator_desktop.paths import state_dir
from mercator_desktop.services.dto import MissionInput
from mercator_desktop.services.identity import (
    CHECKPOINT_KEY,
    COPIED,
    check_identity,
    read_sidecar,
    rotate_checkpoint,
    sidecar_path,
    take_reidentified_notice,
)
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.store import open_store
from mercator_desktop.sync.client import DEVICE_ID_KEY


def _opened(folder: Path):  # type: ignore[no-untyped-def]
    return open_store(folder, user="tester")


def _synced_once(folder: Path) -> str:
    """Open ``folder``, add a mission, start a sync (as the sync client does), close;
    returns the device id."""
    store = _opened(folder)
    MissionService(store).create(MissionInput(
        code="JM-2031-IA-01", title="Integrity assessment", type_code="integrity_assessment",
        status_code="planned", country_iso2="JM"))
    rotate_checkpoint(store)
    device = store.get_setting(DEVICE_ID_KEY)
    store.close()
    assert device is not None
    return device


def _missions(store) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from mercator_desktop.storage.models import Mission

    with store.sessions() as session:
        return [tuple(r) for r in session.execute(select(
            Mission.id, Mission.code, Mission.revision, Mission.synced_revision,
            Mission.updated_at).order_by(Mission.id))]


def test_a_fresh_folder_makes_no_id_and_no_sidecar(data_dir):
    store = _opened(data_dir)
    try:
        assert store.identity is not None
        assert store.identity.device_id is None and not store.identity.reidentified
        assert store.get_setting(DEVICE_ID_KEY) is None
        assert not sidecar_path(store.paths.database).exists()
    finally:
        store.close()


def test_a_plain_reopen_keeps_the_id(data_dir):
    device = _synced_once(data_dir)
    for _ in range(2):
        store = _opened(data_dir)
        assert store.identity is not None and not store.identity.reidentified
        assert store.get_setting(DEVICE_ID_KEY) == device
        assert take_reidentified_notice(store) is None
        store.close()


def test_the_sidecar_lives_outside_the_data_folder(data_dir):
    _synced_once(data_dir)
    path = sidecar_path(data_dir / "mercator.sqlite")
    assert path.parent == state_dir() / "stores" and data_dir not in path.parents
    sidecar = json.loads(path.read_text(encoding="utf-8"))
    store = _opened(data_dir)
    try:
        assert sidecar == {"database": str((data_dir / "mercator.sqlite").resolve()),
                           "device_id": store.get_setting(DEVICE_ID_KEY),
                           "checkpoint": store.get_setting(CHECKPOINT_KEY)}
    finally:
        store.close()


def test_a_copied_folder_syncs_as_another_device(data_dir, tmp_path, caplog):
    device = _synced_once(data_dir)
    copy = tmp_path / "other-laptop"
    shutil.copytree(data_dir, copy)

    with caplog.at_level(logging.WARNING, logger="mercator_desktop.services.identity"):
        copied = _opened(copy)
    original = _opened(data_dir)
    try:
        assert original.get_setting(DEVICE_ID_KEY) == device
        assert original.identity is not None and not original.identity.reidentified
        assert copied.identity is not None and copied.identity.reidentified
        assert copied.identity.reason == COPIED
        new = copied.get_setting(DEVICE_ID_KEY)
        assert new is not None and new != device and copied.identity.device_id == new
        assert "renewed" in caplog.text and device in caplog.text
        # the records are the same records, untouched
        assert _missions(copied) == _missions(original)
        # the sidecar of the copy names its new id, the original's is unchanged
        assert read_sidecar(copy / "mercator.sqlite")["device_id"] == new  # type: ignore[index]
        assert read_sidecar(data_dir / "mercator.sqlite")["device_id"] == device  # type: ignore[index]
        # the notice is said once
        assert take_reidentified_notice(copied) == COPIED
        assert take_reidentified_notice(copied) is None
        assert take_reidentified_notice(original) is None
    finally:
        copied.close()
        original.close()
    again = _opened(copy)
    try:
        assert not again.identity.reidentified  # type: ignore[union-attr]
        assert again.get_setting(DEVICE_ID_KEY) == new
    finally:
        again.close()


def test_a_folder_restored_in_place_from_a_backup_gets_a_new_id(data_dir, tmp_path):
    device = _synced_once(data_dir)
    aside = tmp_path / "backup"
    shutil.copytree(data_dir, aside)
    store = _opened(data_dir)
    rotate_checkpoint(store)  # a later sync
    before = _missions(store)
    store.close()

    shutil.rmtree(data_dir)
    shutil.copytree(aside, data_dir)
    restored = _opened(data_dir)
    try:
        assert restored.identity is not None and restored.identity.reidentified
        new = restored.get_setting(DEVICE_ID_KEY)
        assert new not in (None, device)
        assert _missions(restored) == before
        assert take_reidentified_notice(restored) == COPIED
    finally:
        restored.close()


def test_a_lost_sidecar_after_a_sync_means_a_new_id(data_dir):
    device = _synced_once(data_dir)
    sidecar_path(data_dir / "mercator.sqlite").unlink()
    store = _opened(data_dir)
    try:
        assert store.identity is not None and store.identity.reidentified
        assert store.get_setting(DEVICE_ID_KEY) not in (None, device)
        assert sidecar_path(store.paths.database).exists()
    finally:
        store.close()


def test_an_unreadable_sidecar_counts_as_lost(data_dir):
    device = _synced_once(data_dir)
    sidecar_path(data_dir / "mercator.sqlite").write_text("{not json", encoding="utf-8")
    store = _opened(data_dir)
    try:
        assert store.get_setting(DEVICE_ID_KEY) not in (None, device)
    finally:
        store.close()


def test_an_id_made_before_any_sync_is_renewed_without_a_notice(data_dir):
    """A store from before identities were kept (an id, no checkpoint, no sidecar): nothing
    shows a copy, so it gets a new id but nobody is told about a copy."""
    from mercator_desktop.sync.client import device_id

    store = _opened(data_dir)
    old = device_id(store.sessions)
    store.close()
    store = _opened(data_dir)
    try:
        assert store.identity is not None and store.identity.reidentified
        assert store.get_setting(DEVICE_ID_KEY) not in (None, old)
        assert take_reidentified_notice(store) is None
    finally:
        store.close()


def test_rotate_checkpoint_makes_the_id_and_the_sidecar(data_dir):
    store = _opened(data_dir)
    try:
        rotate_checkpoint(store)
        first = store.get_setting(CHECKPOINT_KEY)
        device = store.get_setting(DEVICE_ID_KEY)
        assert first and device
        assert read_sidecar(store.paths.database) == {
            "database": str(store.paths.database.resolve()), "device_id": device,
            "checkpoint": first}
        rotate_checkpoint(store)
        assert store.get_setting(CHECKPOINT_KEY) not in (None, first)
        assert check_identity(store).reidentified is False
    finally:
        store.close()


def test_the_state_folder_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("MERCATOR_STATE_DIR", str(tmp_path / "state"))
    assert state_dir() == (tmp_path / "state").resolve()


def test_the_state_folder_is_never_the_data_folder(monkeypatch):
    """On Windows and macOS the platform's state folder is the data folder itself."""
    import platformdirs

    from mercator_desktop.paths import default_data_dir

    monkeypatch.setattr(platformdirs, "user_state_dir", platformdirs.user_data_dir)
    assert state_dir() != default_data_dir()
    assert default_data_dir() not in state_dir().parents


@pytest.mark.parametrize("field", ["device_id", "checkpoint"])
def test_a_sidecar_naming_something_else_means_a_copy(data_dir, field):
    device = _synced_once(data_dir)
    path = sidecar_path(data_dir / "mercator.sqlite")
    content = json.loads(path.read_text(encoding="utf-8"))
    content[field] = "something-else"
    path.write_text(json.dumps(content), encoding="utf-8")
    store = _opened(data_dir)
    try:
        assert store.identity is not None and store.identity.reason == COPIED
        assert store.get_setting(DEVICE_ID_KEY) != device
    finally:
        store.close()
