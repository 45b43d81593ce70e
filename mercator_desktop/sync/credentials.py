"""Where the HQ session token lives: the operating system's keyring, and nowhere else.

``SecretStore`` is the small interface the rest of the program uses; ``KeyringSecretStore``
puts the token into the OS keyring (Windows Credential Manager, macOS Keychain, the Secret
Service on Linux) through ``keyring``; ``MemorySecretStore`` keeps it for this run only —
what a person may choose when no secure keyring exists, and what tests use. The token never
goes to settings, the database or a log line.
"""

from __future__ import annotations

from typing import Protocol

SERVICE_PREFIX = "Mercator Desktop HQ"

NO_KEYRING_MESSAGE = (
    "This computer has no secure password store (keyring) that Mercator Desktop can use, so "
    "your sign-in cannot be remembered safely. You can keep it for this session only: you "
    "will be asked to sign in again next time. (On Linux, a Secret Service such as GNOME "
    "Keyring or KWallet provides one.)"
)


class NoSecureStoreError(RuntimeError):
    """No secure keyring backend; the message says so in plain words."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(NO_KEYRING_MESSAGE + (f" [{detail}]" if detail else ""))


class SecretStore(Protocol):
    #: True when secrets outlive this process in a secure store
    persistent: bool

    def get(self, server_url: str, user: str) -> str | None: ...

    def set(self, server_url: str, user: str, secret: str) -> None: ...

    def delete(self, server_url: str, user: str) -> None: ...


def _service(server_url: str) -> str:
    return f"{SERVICE_PREFIX} {server_url}"


class MemorySecretStore:
    """Secrets for this run only."""

    persistent = False

    def __init__(self) -> None:
        self._secrets: dict[tuple[str, str], str] = {}

    def get(self, server_url: str, user: str) -> str | None:
        return self._secrets.get((server_url, user))

    def set(self, server_url: str, user: str, secret: str) -> None:
        self._secrets[(server_url, user)] = secret

    def delete(self, server_url: str, user: str) -> None:
        self._secrets.pop((server_url, user), None)


class KeyringSecretStore:
    """The OS keyring; raises ``NoSecureStoreError`` when there is none worth the name."""

    persistent = True

    def __init__(self) -> None:
        import keyring

        backend = keyring.get_keyring()
        if not is_secure_backend(backend):
            raise NoSecureStoreError(type(backend).__name__)
        self._keyring = keyring

    def get(self, server_url: str, user: str) -> str | None:
        from keyring.errors import KeyringError

        try:
            return self._keyring.get_password(_service(server_url), user)
        except KeyringError as exc:  # locked or broken keyring: say so, never crash
            raise NoSecureStoreError(str(exc)) from exc

    def set(self, server_url: str, user: str, secret: str) -> None:
        from keyring.errors import KeyringError

        try:
            self._keyring.set_password(_service(server_url), user, secret)
        except KeyringError as exc:
            raise NoSecureStoreError(str(exc)) from exc

    def delete(self, server_url: str, user: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self._keyring.delete_password(_service(server_url), user)
        except PasswordDeleteError:
            pass
        except KeyringError as exc:
            raise NoSecureStoreError(str(exc)) from exc


def is_secure_backend(backend: object) -> bool:
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(is_secure_backend(b) for b in backend.backends)
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or module.endswith(".null"):
        return False  # plain-text files or nothing at all
    return getattr(backend, "priority", 0) > 0
