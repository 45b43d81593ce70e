"""The data folder's file store: files kept by the SHA-256 of their plain bytes.

Evidence files and issued reports share it: ``<data dir>/evidence/<first two hex digits>/
<sha256>``, one copy however often a file is referred to. Sync and HQ know a file by that
hash, and send it in chunks (``sync.files``). In an encrypted data folder the file is sealed
(``storage.crypto``, AES-GCM) as it is written, so no plain byte reaches the disk; its name
stays the hash of its plain bytes.

A file is written to a temporary file of the store, flushed to disk and renamed into place
before the record naming it is committed, so a kill leaves at worst an unreferenced file,
never a record without its file.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

from ..paths import evidence_file
from ..storage import crypto
from ..storage.durable import fsync_dir


class KeptFiles:
    """The file store of one data folder (``key``: the folder's data key, None when plain)."""

    def __init__(self, folder: Path, key: bytes | None) -> None:
        self.folder = folder
        self.key = key

    def path(self, sha256: str) -> Path:
        return evidence_file(self.folder, sha256)

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    # --- writing ---------------------------------------------------------------------------

    def copy_to_temp(self, stream: BinaryIO) -> tuple[Path, str, int]:
        """The stream copied into a temporary file of the store — sealed when the folder is
        encrypted — with the SHA-256 and size of its plain bytes."""
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".incoming-", dir=self.folder)
        digest, size = hashlib.sha256(), 0
        try:
            with os.fdopen(handle, "wb") as out:
                writer = crypto.SealedWriter(out, self.key) if self.key is not None else None
                for block in iter(lambda: stream.read(1024 * 1024), b""):
                    digest.update(block)
                    size += len(block)
                    if writer is not None:
                        writer.write(block)
                    else:
                        out.write(block)
                if writer is not None:
                    writer.close()
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        return Path(name), digest.hexdigest(), size

    def put_in_place(self, temp: Path, sha256: str) -> Path:
        """Move a temporary file of ``copy_to_temp`` to its place (or drop it: the store
        holds that file already)."""
        target = self.path(sha256)
        if target.exists():
            temp.unlink(missing_ok=True)
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temp, target)
        fsync_dir(target.parent)
        return target

    def keep_bytes(self, data: bytes) -> tuple[str, int]:
        """Keep ``data``; returns its SHA-256 and size."""
        temp, sha256, size = self.copy_to_temp(io.BytesIO(data))
        try:
            self.put_in_place(temp, sha256)
        finally:
            temp.unlink(missing_ok=True)
        return sha256, size

    # --- reading ---------------------------------------------------------------------------

    def plain_stream(self, path: Path) -> BinaryIO:
        """A kept file's plain bytes to read (in memory when the folder is encrypted)."""
        if self.key is None or not crypto.is_sealed(path):
            return path.open("rb")
        return io.BytesIO(self.read_path(path))

    def read_path(self, path: Path) -> bytes:
        if self.key is None or not crypto.is_sealed(path):
            return path.read_bytes()
        with crypto.open_sealed(path, self.key) as reader:
            return b"".join(reader.chunks())

    def read(self, sha256: str) -> bytes:
        """The plain bytes of the kept file ``sha256`` (``FileNotFoundError`` if absent)."""
        return self.read_path(self.path(sha256))

    def copy_out(self, sha256: str, target: Path) -> Path:
        """Write the kept file's plain bytes (decrypted) to ``target``."""
        stored = self.path(sha256)
        if self.key is not None and crypto.is_sealed(stored):
            crypto.decrypt_file(stored, target, self.key)
        else:
            shutil.copyfile(stored, target)
        return target
