"""HQ's folder of evidence files on its own: uploads of one file from two devices at once,
the hash checked before a file takes its place, unfinished uploads forgotten in time, and no
path made from anything but a SHA-256."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from pathlib import Path

import pytest

from mercator_desktop.hq.files import FileError, FileStore, default_folder

CHUNK = 64 * 1024


def upload(store: FileStore, data: bytes, digest: str) -> None:
    """What a device does: ask where the upload stands, send from there, again on 409."""
    while True:
        state = store.state(digest)
        if state.state == "complete":
            return
        offset = state.received
        try:
            store.append(digest, offset, len(data), data[offset:offset + CHUNK])
        except FileError as exc:
            assert exc.status == 409, exc.message


def test_two_devices_sending_one_file_at_once_make_one_whole_file(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    data = os.urandom(40 * CHUNK + 123)
    digest = hashlib.sha256(data).hexdigest()
    threads = [threading.Thread(target=upload, args=(store, data, digest)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert store.state(digest).state == "complete"
    assert store.path_of(digest).read_bytes() == data
    assert not list((tmp_path / "files" / ".parts").glob("*"))


def test_a_part_that_does_not_hash_right_is_thrown_away(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    digest = hashlib.sha256(b"the real bytes").hexdigest()
    with pytest.raises(FileError) as refused:
        store.append(digest, 0, 14, b"other bytes!!!")
    assert refused.value.status == 400
    assert store.state(digest).state == "missing"
    assert not store.path_of(digest).exists()


def test_an_offset_other_than_what_hq_holds_is_refused(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    data = b"x" * 100
    digest = hashlib.sha256(data).hexdigest()
    assert store.append(digest, 0, 100, data[:40]).received == 40
    with pytest.raises(FileError) as refused:
        store.append(digest, 20, 100, data[20:60])
    assert refused.value.status == 409 and "40 bytes" in refused.value.message
    with pytest.raises(FileError):
        store.append(digest, 40, 100, data[40:] + b"too long")
    assert store.append(digest, 40, 100, data[40:]).state == "complete"


def test_unfinished_uploads_nobody_went_on_with_are_forgotten(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    old, fresh = "a" * 64, "b" * 64
    store.append(old, 0, 10, b"12345")
    store.append(fresh, 0, 10, b"12345")
    month_ago = time.time() - 31 * 86400
    os.utime(store.part_of(old), (month_ago, month_ago))
    assert store.forget_stale_parts() == 1
    assert store.state(old).state == "missing"
    assert store.state(fresh).received == 5


def test_no_path_is_made_from_anything_but_a_sha256(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    for bad in ("../" * 10 + "etc/passwd", "A" * 64, "a" * 63, "a" * 63 + "/"):
        with pytest.raises(ValueError):
            store.path_of(bad)
        with pytest.raises(ValueError):
            store.part_of(bad)


def test_the_default_folder_is_next_to_a_sqlite_database(tmp_path: Path) -> None:
    assert default_folder(f"sqlite:///{tmp_path / 'hq.sqlite'}") == tmp_path / "hq-files"
    assert default_folder("postgresql+psycopg://u@h/db").name == "mercator-hq-files"
