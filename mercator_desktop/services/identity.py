"""This laptop's sync identity, made to survive copies and restores of the data folder.

The device id lives in the database (``LocalSetting`` ``sync.device_id``, made on first
need by ``sync.device.device_id``), so it travels with every copy of the data folder. Two
laptops sending under one id, or a laptop restored from an old backup sending under the id
that already sent newer changes, would confuse HQ's bookkeeping of what this device has sent.

So each database also has a *sidecar* in the per-user state folder (``paths.state_dir()``,
outside every data folder, so it never travels with a copy):
``stores/<sha256 of the database path>.json`` holding the device id and a *checkpoint*, a
random value renewed at the start of every sync (``rotate_checkpoint``) and kept in the
database too (``sync.checkpoint``). At every opening ``check_identity`` compares them:

- no device id in the database yet: nothing to do (no sidecar is needed before a sync);
- sidecar missing, naming another device id, or holding another checkpoint: the folder
  was copied here or restored from a copy. The device takes a new id and checkpoint
  (database first, then the sidecar, replaced atomically), the reason is logged and kept in
  ``sync.reidentified`` for the interface to say once (``take_reidentified_notice``).

A false alarm (a lost sidecar) only changes the id: no record is touched.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..paths import state_dir
from ..storage.base import utcnow
from ..storage.models import LocalSetting
from ..sync.device import DEVICE_ID_KEY, device_id
from .store import Store

log = logging.getLogger(__name__)

CHECKPOINT_KEY = "sync.checkpoint"
REIDENTIFIED_KEY = "sync.reidentified"

COPIED = ("this data folder was restored from a copy or copied from another laptop; it now "
          "syncs as a new device")
UNKNOWN = ("this data folder has no identity record on this computer yet (first start of "
           "this version, or copied here); it now syncs as a new device")


@dataclass(frozen=True)
class IdentityCheck:
    """What ``check_identity`` found: the device id now (None before the first sync),
    whether it was just renewed, and why."""

    device_id: str | None
    reidentified: bool
    reason: str = ""


def sidecar_path(database: Path) -> Path:
    digest = hashlib.sha256(str(database.resolve()).encode("utf-8")).hexdigest()
    return state_dir() / "stores" / f"{digest}.json"


def read_sidecar(database: Path) -> dict[str, Any] | None:
    """The sidecar's content, or None when it is missing or unreadable."""
    try:
        data = json.loads(sidecar_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_sidecar(database: Path, device: str, checkpoint: str) -> None:
    path = sidecar_path(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    content = json.dumps({"database": str(database.resolve()), "device_id": device,
                          "checkpoint": checkpoint}, indent=1)
    handle, temp = tempfile.mkstemp(prefix=".sidecar-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _get(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return row.value if row is not None else None


def _put(session: Session, key: str, value: str) -> None:
    session.merge(LocalSetting(key=key, value=value))


def _new_checkpoint() -> str:
    return uuid.uuid4().hex


def check_identity(store: Store) -> IdentityCheck:
    """Give this data folder a new device id when it was copied or restored (see the module
    docstring). Called by ``open_store`` after the migrations."""
    database = store.paths.database
    with store.sessions() as session:
        device, checkpoint = _get(session, DEVICE_ID_KEY), _get(session, CHECKPOINT_KEY)
    if device is None:
        return IdentityCheck(None, False)
    sidecar = read_sidecar(database)
    if (sidecar is not None and sidecar.get("device_id") == device
            and sidecar.get("checkpoint") == checkpoint):
        return IdentityCheck(device, False)
    # No checkpoint and no sidecar: nothing shows a copy (a store from before identities
    # were kept, or signed in and never synced); renewed all the same, but not announced.
    announce = sidecar is not None or checkpoint is not None
    reason = COPIED if announce else UNKNOWN
    new_device, new_checkpoint = str(uuid.uuid4()), _new_checkpoint()
    with store.session() as session:
        _put(session, DEVICE_ID_KEY, new_device)
        _put(session, CHECKPOINT_KEY, new_checkpoint)
        if announce:
            _put(session, REIDENTIFIED_KEY, json.dumps(
                {"reason": reason, "at": utcnow().isoformat(timespec="seconds"),
                 "previous_device_id": device}))
    _write_sidecar(database, new_device, new_checkpoint)
    log.warning("device id of %s renewed (%s → %s): %s", database, device, new_device, reason)
    return IdentityCheck(new_device, True, reason)


def rotate_checkpoint(store: Store) -> None:
    """A new checkpoint, in the database and then in the sidecar (made here if needed, with
    the device id, itself made if needed). Called at the start of every sync."""
    device = device_id(store.sessions)
    checkpoint = _new_checkpoint()
    with store.session() as session:
        _put(session, CHECKPOINT_KEY, checkpoint)
    _write_sidecar(store.paths.database, device, checkpoint)


def take_reidentified_notice(store: Store) -> str | None:
    """The reason this device was given a new id, once (then forgotten); None if none."""
    with store.session() as session:
        row = session.get(LocalSetting, REIDENTIFIED_KEY)
        if row is None:
            return None
        session.delete(row)
        try:
            return str(json.loads(row.value)["reason"])
        except (ValueError, KeyError, TypeError):
            return row.value
