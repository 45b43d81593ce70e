"""This device's sync id, kept with the data (``LocalSetting`` ``sync.device_id``).

Apart from ``sync.client`` so that opening a store (``services.identity``) reads it without
importing the protocol models and the HTTP transport."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session, sessionmaker

from ..storage.models import LocalSetting

DEVICE_ID_KEY = "sync.device_id"


def device_id(sessions: sessionmaker[Session]) -> str:
    """This device's id, made once and kept with the data."""
    with sessions.begin() as session:
        row = session.get(LocalSetting, DEVICE_ID_KEY)
        if row is None:
            row = LocalSetting(key=DEVICE_ID_KEY, value=str(uuid.uuid4()))
            session.add(row)
        return row.value
