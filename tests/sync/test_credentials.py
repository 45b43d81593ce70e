"""The session token lives in the OS keyring only: never in the database, the settings or
a log line; without a secure keyring the app says so and offers this session only."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from mercator_desktop.services.sync import SyncFailed, SyncService
from mercator_desktop.sync.credentials import (
    KeyringSecretStore,
    MemorySecretStore,
    NoSecureStoreError,
    is_secure_backend,
)

from .conftest import PASSWORD


class DictKeyring(KeyringBackend):
    """A stand-in for the OS keyring (Secret Service, Keychain, Credential Manager)."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@pytest.fixture
def os_keyring():
    previous = keyring.get_keyring()
    backend = DictKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_the_token_goes_to_the_keyring_and_nowhere_else(hq, make_device, os_keyring):
    device = make_device("alice")
    service = SyncService(device.store, KeyringSecretStore())
    service.login(hq.url, "alice", PASSWORD)
    [(where, token)] = [(k, v) for k, v in os_keyring.saved.items()]
    assert where == (f"Mercator Desktop HQ {hq.url}", "alice") and len(token) > 30
    service.sync()
    device.store.engine.dispose()
    for path in device.folder.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path
    assert token not in hq.log.read_text()
    service.logout()
    assert os_keyring.saved == {}


def test_without_a_secure_keyring_the_app_says_so_and_offers_this_session(
        hq, make_device, no_keyring):
    with pytest.raises(NoSecureStoreError, match="no secure password store"):
        KeyringSecretStore()
    device = make_device("alice")
    service = SyncService(device.store)
    assert not service.secure_store_available
    with pytest.raises(SyncFailed, match="no secure password store") as refused:
        service.login(hq.url, "alice", PASSWORD)
    assert refused.value.kind == "no_keyring"
    assert service.login(hq.url, "alice", PASSWORD, session_only=True) == "expert"
    assert service.status().signed_in and service.status().session_only
    service.sync()
    service.logout()
    assert not service.status().signed_in


def test_which_backends_count_as_secure(os_keyring):
    assert is_secure_backend(os_keyring)
    assert not is_secure_backend(fail.Keyring())
    memory = MemorySecretStore()
    memory.set("u", "n", "t")
    assert memory.get("u", "n") == "t" and not memory.persistent
