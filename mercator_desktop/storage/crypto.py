"""Encryption at rest: the database through SQLCipher, files through AES-GCM.

Two seams, used by everything that touches the data folder:

- ``connect_database(path, key)``: a raw DB-API connection to a database file — SQLCipher
  (``sqlcipher3``, AES-256 pages with an HMAC each) keyed with the 32-byte data key, or the
  standard library's ``sqlite3`` when ``key`` is None (a folder not protected yet). A
  ``DataKey`` also says which HMAC its folder's pages carry (``DataKey.database_hmac``).
  SQLAlchemy gets its connections from it (``storage.engine``), and so can a backup.
- ``encrypt_file`` / ``decrypt_file`` / ``open_sealed`` / ``SealedWriter``: files sealed with
  AES-256-GCM in chunks of 1 MiB, so a large file never needs to be in memory whole.

The file format is the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár 2015) over
AES-GCM from ``cryptography``: a header (magic, a random 7-byte nonce prefix, the chunk
size), then each chunk sealed under the nonce ``prefix ‖ chunk number ‖ last-chunk flag``
with the header as associated data. Chunks cannot be reordered, dropped, cut off or taken
from another file without the tag failing. Nothing here invents cryptography: it only
arranges the library's AEAD.

A sealed file's plaintext size is known from its length (``sealed_size``), and any range can
be read by decrypting only its chunks (``SealedReader.read_at``), which is how evidence files
are sent to HQ by their plaintext bytes.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

# ``cryptography`` is imported where a file is sealed or opened, not with this module: a
# plain data folder's start-up never needs it.

KEY_BYTES = 32
MAGIC = b"MERCSEAL1\n"
CHUNK = 1024 * 1024
TAG = 16
#: page cache of an encrypted store's connection, KiB (see ``_apply_key``)
ENCRYPTED_CACHE_KIB = 8000
_PREFIX = 7
_HEADER = struct.Struct(f">{len(MAGIC)}s{_PREFIX}sI")
HEADER_SIZE = _HEADER.size


#: SQLCipher 4's default page HMAC: the folders encrypted before 4 December 2026 (recovery file
#: format 1), and any key given as plain bytes
HMAC_SHA512 = "HMAC_SHA512"
#: the page HMAC of folders encrypted since: as strong for a page's integrity under a random
#: 256-bit key, and cheaper on every page read and written (the answer save writes about eight)
HMAC_SHA256 = "HMAC_SHA256"
DATABASE_HMACS = (HMAC_SHA256, HMAC_SHA512)


class DataKey(bytes):
    """A folder's 32-byte data key, with the HMAC algorithm its database's pages carry.

    It is ``bytes`` so that everything that only seals files or compares keys takes it as it
    is; ``connect_database`` and ``export_encrypted`` read ``database_hmac``. A key given as
    plain bytes means SQLCipher's default (``HMAC_SHA512``)."""

    database_hmac: str

    def __new__(cls, raw: bytes, database_hmac: str = HMAC_SHA512) -> DataKey:
        if database_hmac not in DATABASE_HMACS:
            raise ValueError(f"unknown database HMAC {database_hmac!r}")
        key = super().__new__(cls, raw)
        key.database_hmac = database_hmac
        return key


def database_hmac(key: bytes) -> str:
    return getattr(key, "database_hmac", HMAC_SHA512)


class SealedFileError(ValueError):
    """A sealed file that is damaged, cut off, or sealed with another key."""


def _aead(key: bytes) -> Any:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _invalid_tag() -> type[Exception]:
    from cryptography.exceptions import InvalidTag

    return InvalidTag


def new_key() -> DataKey:
    """A new folder's key; its database gets the cheaper page HMAC."""
    return DataKey(secrets.token_bytes(KEY_BYTES), HMAC_SHA256)


# --- the database ------------------------------------------------------------------------

def database_module(key: bytes | None) -> Any:
    """The DB-API module whose connections ``connect_database`` returns (SQLAlchemy maps its
    exceptions through it)."""
    if key is None:
        return sqlite3
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def connect_database(path: Path | str, key: bytes | None, **kwargs: Any) -> Any:
    """A DB-API connection to the database file ``path``: encrypted with ``key`` (SQLCipher),
    or plain when ``key`` is None. ``kwargs`` go to ``connect`` (timeout,
    check_same_thread …). A wrong key shows on the first read as "file is not a database"."""
    module = database_module(key)
    connection = module.connect(str(path), **kwargs)
    if key is not None:
        _apply_key(connection, key)
    return connection


def export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    """Write the plain database ``plain`` into a new database ``target`` encrypted with
    ``key`` (SQLCipher's ``sqlcipher_export``; ``plain`` is only read)."""
    import sqlcipher3.dbapi2

    connection = sqlcipher3.dbapi2.connect(str(plain), isolation_level=None)
    try:
        connection.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"",
                           (str(target),))
        connection.execute(f"PRAGMA encrypted.cipher_hmac_algorithm = {database_hmac(key)}")
        connection.execute("SELECT sqlcipher_export('encrypted')")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()


def _apply_key(connection: Any, key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    # A raw key (x'…'): SQLCipher skips its own passphrase derivation, so opening is fast;
    # the key is random, not a password, and the recovery passphrase is stretched elsewhere.
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    hmac_algorithm = database_hmac(key)
    if hmac_algorithm != HMAC_SHA512:  # before the first read, which checks page 1's HMAC
        connection.execute(f"PRAGMA cipher_hmac_algorithm = {hmac_algorithm}")
    # Pages are decrypted (and their HMAC checked) as they enter the page cache. Reading the
    # whole mission list (20,000) took 194 ms with 8 MiB, 353 ms with 2 MiB and 634 ms with
    # 512 KiB against 156 ms for the plain store; 64 MiB saved a little more time but kept
    # about 20 MiB more per connection that read the list.
    connection.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")


# --- files -------------------------------------------------------------------------------

def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def is_sealed(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def sealed_size(path: Path) -> int:
    """The plaintext size of a sealed file, from its length alone."""
    with path.open("rb") as stream:
        header = stream.read(HEADER_SIZE)
    _magic, _prefix, chunk = _parse_header(header)
    body = path.stat().st_size - HEADER_SIZE
    chunks = max(1, -(-body // (chunk + TAG)))
    return body - chunks * TAG


def _parse_header(header: bytes) -> tuple[bytes, bytes, int]:
    if len(header) != HEADER_SIZE or not header.startswith(MAGIC):
        raise SealedFileError("not a sealed Mercator Desktop file")
    magic, prefix, chunk = _HEADER.unpack(header)
    if not 0 < chunk <= 64 * CHUNK:
        raise SealedFileError("a sealed file with a damaged header")
    return magic, prefix, chunk


class SealedWriter:
    """Writes a sealed file to an open binary stream: ``write`` any amount, then ``close``
    (which seals the last chunk; a writer not closed leaves a file that fails to open)."""

    def __init__(self, out: BinaryIO, key: bytes, chunk: int = CHUNK) -> None:
        self._out = out
        self._aead = _aead(key)
        self._prefix = secrets.token_bytes(_PREFIX)
        self._chunk = chunk
        self._header = _HEADER.pack(MAGIC, self._prefix, chunk)
        self._pending = bytearray()
        self._index = 0
        out.write(self._header)

    def write(self, data: bytes) -> None:
        self._pending += data
        # keep at least one byte back: the last chunk must be sealed as the last one
        while len(self._pending) > self._chunk:
            self._seal(bytes(self._pending[:self._chunk]), last=False)
            del self._pending[:self._chunk]

    def close(self) -> None:
        self._seal(bytes(self._pending), last=True)
        self._pending.clear()

    def _seal(self, plain: bytes, last: bool) -> None:
        nonce = _nonce(self._prefix, self._index, last)
        self._out.write(self._aead.encrypt(nonce, plain, self._header))
        self._index += 1


class SealedReader:
    """Reads a sealed file: ``chunks()`` in order (the whole file is checked, a cut-off file
    fails), or ``read_at(offset, size)`` for a range."""

    def __init__(self, stream: BinaryIO, key: bytes) -> None:
        self._in = stream
        self._aead = _aead(key)
        self._header = stream.read(HEADER_SIZE)
        _magic, self._prefix, self._chunk = _parse_header(self._header)
        stream.seek(0, os.SEEK_END)
        body = stream.tell() - HEADER_SIZE
        self._count = max(1, -(-body // (self._chunk + TAG)))
        self.size = body - self._count * TAG

    def _open_chunk(self, index: int) -> bytes:
        self._in.seek(HEADER_SIZE + index * (self._chunk + TAG))
        sealed = self._in.read(self._chunk + TAG)
        nonce = _nonce(self._prefix, index, index == self._count - 1)
        try:
            return self._aead.decrypt(nonce, sealed, self._header)
        except _invalid_tag():
            raise SealedFileError("the file is damaged or was sealed with another key") \
                from None

    def close(self) -> None:
        self._in.close()

    def __enter__(self) -> SealedReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def chunks(self) -> Iterator[bytes]:
        for index in range(self._count):
            yield self._open_chunk(index)

    def read_at(self, offset: int, size: int) -> bytes:
        out = bytearray()
        end = min(self.size, offset + size)
        while offset < end:
            index, within = divmod(offset, self._chunk)
            plain = self._open_chunk(index)[within:within + end - offset]
            out += plain
            offset += len(plain)
        return bytes(out)


def encrypt_file(source: Path, target: Path, key: bytes) -> None:
    """Seal ``source`` into ``target`` (written whole to a temporary file, flushed, renamed:
    a kill leaves the old target or the new, never half)."""
    temp = target.with_name(f".{target.name}.sealing")
    with source.open("rb") as plain, temp.open("wb") as out:
        writer = SealedWriter(out, key)
        for block in iter(lambda: plain.read(CHUNK), b""):
            writer.write(block)
        writer.close()
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, target)


def decrypt_file(source: Path, target: Path, key: bytes) -> None:
    """Open the sealed ``source`` into the plain ``target``; a damaged file or another key
    raises ``SealedFileError`` and leaves no target."""
    temp = target.with_name(f".{target.name}.opening")
    try:
        with source.open("rb") as sealed, temp.open("wb") as out:
            for plain in SealedReader(sealed, key).chunks():
                out.write(plain)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def open_sealed(path: Path, key: bytes) -> SealedReader:
    """A reader over the sealed file ``path`` (the file stays open while the reader lives)."""
    return SealedReader(path.open("rb"), key)


def wipe_file(path: Path) -> None:
    """Overwrite a file with zeros, flush, then delete it. On SSDs and copy-on-write file
    systems the old blocks may survive elsewhere on the disk (see docs/data-protection.md)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as stream:
        zeros = bytes(min(size, CHUNK))
        left = size
        while left > 0:
            step = min(left, len(zeros))
            stream.write(zeros[:step])
            left -= step
        stream.flush()
        os.fsync(stream.fileno())
    path.unlink()


class SealedPieces:
    """A file that grows by sealed pieces (each AES-GCM with its own random nonce and its
    number as associated data), for a download that resumes across runs without its plain
    bytes touching the disk. ``held()`` checks the pieces there, cuts off a last piece a
    kill left half-written, and returns how many plain bytes they hold."""

    _LENGTH = struct.Struct(">I")

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self._aead = _aead(key)
        self._count = 0

    def _aad(self, index: int) -> bytes:
        return b"MERCPIECE1" + struct.pack(">Q", index)

    def _read(self) -> Iterator[tuple[int, bytes]]:
        """(end offset in the file, plain bytes) of each piece that opens."""
        if not self.path.exists():
            return
        with self.path.open("rb") as stream:
            index = 0
            while True:
                head = stream.read(self._LENGTH.size)
                if len(head) < self._LENGTH.size:
                    return
                (length,) = self._LENGTH.unpack(head)
                nonce, sealed = stream.read(12), stream.read(length)
                if len(nonce) < 12 or len(sealed) < length:
                    return
                try:
                    plain = self._aead.decrypt(nonce, sealed, self._aad(index))
                except _invalid_tag():
                    return
                index += 1
                yield stream.tell(), plain

    def held(self) -> int:
        end = total = count = 0
        for end, plain in self._read():  # noqa: B007 - the last end is what is kept
            total += len(plain)
            count += 1
        if self.path.exists() and self.path.stat().st_size != end:
            with self.path.open("r+b") as stream:
                stream.truncate(end)
        self._count = count
        return total

    def append(self, data: bytes) -> None:
        nonce = secrets.token_bytes(12)
        sealed = self._aead.encrypt(nonce, data, self._aad(self._count))
        with self.path.open("ab") as out:
            out.write(self._LENGTH.pack(len(sealed)) + nonce + sealed)
            out.flush()
            os.fsync(out.fileno())
        self._count += 1

    def pieces(self) -> Iterator[bytes]:
        for _end, plain in self._read():
            yield plain
