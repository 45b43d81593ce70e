"""The data key of a protected data folder: kept in the OS keyring, wrapped by the recovery
passphrase in a small file in the data folder (``recovery-key.json``).

- The data key is 32 random bytes; it encrypts the database and the files.
- The recovery file holds the key wrapped (AES key wrap, RFC 3394) with a key derived from
  the passphrase by scrypt (its salt and cost kept beside), and a check value of the data key
  (HMAC-SHA-256 of a fixed label), so a keyring entry holding another key is recognised at
  once. Without the passphrase the file gives nothing away.
- The keyring entry is named by the folder's key id (random, in the recovery file), so two
  data folders on one laptop keep two keys.
- Format 2 also names the HMAC the database's pages carry (``database.hmac``); format 1,
  written before 4 December 2026, means SQLCipher's default, HMAC-SHA512. A folder keeps its
  format when its passphrase changes, so an older version of the app still opens it; one of
  format 2 it refuses as written by another version instead of calling its database damaged.

A wrong passphrase fails the unwrap and changes nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .crypto import DATABASE_HMACS, HMAC_SHA512, DataKey, database_hmac

KEY_FILE = "recovery-key.json"
KEYRING_SERVICE = "Mercator Desktop data key"
#: recovery file formats: 1 without the database HMAC (it is HMAC-SHA512), 2 with it
LEGACY_FORMAT, FORMAT = 1, 2
#: scrypt cost: 2^17 × 8 × 128 bytes = 128 MiB and about half a second on an old laptop
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 17, 8, 1
_CHECK_LABEL = b"mercator-desktop data key check"


class WrongPassphraseError(ValueError):
    """The recovery passphrase does not unwrap the key."""


@dataclass(frozen=True)
class RecoveryFile:
    key_id: str
    check: str
    salt: bytes
    n: int
    r: int
    p: int
    wrapped: bytes
    database_hmac: str = HMAC_SHA512

    def to_json(self) -> str:
        data: dict[str, object] = {
            "format": LEGACY_FORMAT if self.database_hmac == HMAC_SHA512 else FORMAT,
            "key_id": self.key_id, "check": self.check,
            "kdf": {"name": "scrypt", "salt": _b64(self.salt), "n": self.n, "r": self.r,
                    "p": self.p},
            "wrapped_key": _b64(self.wrapped),
        }
        if self.database_hmac != HMAC_SHA512:
            data["database"] = {"hmac": self.database_hmac}
        return json.dumps(data, indent=2)

    @classmethod
    def from_json(cls, text: str) -> RecoveryFile:
        data = json.loads(text)
        version = data.get("format")
        if version not in (LEGACY_FORMAT, FORMAT) or data["kdf"]["name"] != "scrypt":
            raise ValueError("the recovery file was written by another version")
        database_hmac = (HMAC_SHA512 if version == LEGACY_FORMAT
                         else data.get("database", {}).get("hmac"))
        if database_hmac not in DATABASE_HMACS:
            raise ValueError("the recovery file was written by another version")
        kdf = data["kdf"]
        return cls(data["key_id"], data["check"], base64.b64decode(kdf["salt"]),
                   int(kdf["n"]), int(kdf["r"]), int(kdf["p"]),
                   base64.b64decode(data["wrapped_key"]), database_hmac)

    def data_key(self, raw: bytes) -> DataKey:
        """``raw`` (unwrapped, or from the keyring) as this folder's key."""
        return DataKey(raw, self.database_hmac)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def key_check(key: bytes) -> str:
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


# ``cryptography`` is imported by the functions that wrap and unwrap, not with this module:
# reading the recovery file (is the folder encrypted?) does not need it.
def _stretch(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def wrap(key: bytes, passphrase: str, key_id: str | None = None) -> RecoveryFile:
    """The recovery file of ``key`` (a ``DataKey`` says its database's HMAC; plain bytes
    mean SQLCipher's default)."""
    import uuid  # not at import: the start reads a folder's state without it (and platform)

    from cryptography.hazmat.primitives.keywrap import aes_key_wrap

    salt = os.urandom(16)
    kek = _stretch(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return RecoveryFile(key_id or uuid.uuid4().hex, key_check(key), salt, SCRYPT_N, SCRYPT_R,
                        SCRYPT_P, aes_key_wrap(kek, bytes(key)), database_hmac(key))


def unwrap(recovery: RecoveryFile, passphrase: str) -> DataKey:
    from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap

    kek = _stretch(passphrase, recovery.salt, recovery.n, recovery.r, recovery.p)
    try:
        key = aes_key_unwrap(kek, recovery.wrapped)
    except InvalidUnwrap:
        raise WrongPassphraseError("wrong passphrase") from None
    if key_check(key) != recovery.check:
        raise WrongPassphraseError("wrong passphrase")
    return recovery.data_key(key)


def read_recovery(folder: Path) -> RecoveryFile | None:
    path = folder / KEY_FILE
    if not path.exists():
        return None
    return RecoveryFile.from_json(path.read_text(encoding="utf-8"))


def write_recovery(folder: Path, recovery: RecoveryFile) -> None:
    """Written to a temporary file, flushed, renamed: a kill keeps the old file or the new."""
    path = folder / KEY_FILE
    temp = path.with_name(f".{KEY_FILE}.writing")
    with temp.open("w", encoding="utf-8") as out:
        out.write(recovery.to_json())
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, path)


# --- the keyring ---------------------------------------------------------------------------

def keyring_key(key_id: str) -> bytes | None:
    """The key this computer's keyring keeps for ``key_id``; None when it keeps none or there
    is no usable keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        stored = keyring.get_password(KEYRING_SERVICE, key_id)
    except (KeyringError, RuntimeError):
        return None
    if not stored:
        return None
    try:
        return bytes.fromhex(stored)
    except ValueError:
        return b""  # something else is stored there: not a key


def remember_key(key_id: str, key: bytes) -> bool:
    """Keep the key in the keyring; False when there is no usable keyring (then the
    passphrase is asked at every start)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, key_id, bytes(key).hex())
    except (KeyringError, RuntimeError):
        return False
    return True
