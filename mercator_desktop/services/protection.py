"""Protection of a data folder: is it encrypted, unlocking it, setting the recovery
passphrase, and converting a plain folder to an encrypted one.

A folder is in one of three states, read from its files (never from a flag that could
disagree with them):

- ``new``: no database yet;
- ``plain``: a database SQLite reads without a key, and no recovery file;
- ``encrypted``: a recovery file (``storage.keys``). A database still plain beside it means a
  conversion was stopped; opening the folder finishes it.

Unlocking takes the data key from the keyring, else from the recovery passphrase. A wrong
passphrase, or a keyring holding a key that is not this folder's, is a ``UserError`` in plain
words, and nothing is written.

Conversion (``protect``) of a plain folder: the recovery file is written first, then the
database is exported into a new encrypted file beside it, which is checked (integrity check,
the row count of every table) before it takes the old one's name; the plain file is kept
under another name until the new one has opened with the key, then overwritten and deleted.
The backups are exported the same way, one by one; the files of ``set-aside`` (databases
kept for inspection, maybe damaged) are sealed whole. Evidence files are sealed one by one.
A kill at any point leaves a folder that opens with everything saved: the next open finishes
the work.

The marker file ``conversion-under-way`` is written before the recovery file and removed once
every file is encrypted. Only while it is there (or while the database is still plain, or a
leftover of the swap is found) does opening the folder look at every file's head; a folder
whose conversion ended opens without reading its evidence and backups.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import UserError
from ..domain.problem_texts import say
from ..paths import DataPaths
from ..storage import crypto, keys
from ..storage.durable import fsync_dir, fsync_file

log = logging.getLogger(__name__)

NEW, PLAIN, ENCRYPTED = "new", "plain", "encrypted"
MIN_PASSPHRASE = 10
SQLITE_HEADER = b"SQLite format 3\x00"
ENCRYPTING_SUFFIX = ".encrypting"
KEPT_SUFFIX = ".plain-kept"
CONVERSION_MARKER = "conversion-under-way"
SET_ASIDE = "set-aside"

#: ``progress(done, total)``: files converted so far (the database counts as one)
Progress = Callable[[int, int], None]


class PassphraseNeededError(UserError):
    """The folder is encrypted and this computer's keyring does not hold its key."""

    def __init__(self) -> None:
        super().__init__(say("passphrase_needed"))


class WrongPassphraseError(UserError):
    def __init__(self) -> None:
        super().__init__(say("wrong_passphrase"))


class KeyMismatchError(UserError):
    def __init__(self) -> None:
        super().__init__(say("key_mismatch"))


def state(paths: DataPaths) -> str:
    if (paths.root / keys.KEY_FILE).exists():  # read or not: never taken for a plain folder
        return ENCRYPTED
    if paths.database.exists() and paths.database.stat().st_size > 0:
        return PLAIN
    return NEW


def _read_recovery(paths: DataPaths) -> keys.RecoveryFile | None:
    """The folder's recovery file; one this version cannot read (a newer version's, or
    damaged) is refused in words, with nothing opened or changed."""
    try:
        return keys.read_recovery(paths.root)
    except (ValueError, KeyError, TypeError, OSError) as exc:
        log.info("recovery file of %s not read: %s", paths.root, exc)
        raise UserError(say("recovery_file_unreadable",
                            path=str(paths.root / keys.KEY_FILE))) from None


def passphrase_problem(passphrase: str, confirmation: str | None = None) -> str | None:
    """What is wrong with a new recovery passphrase, in plain words; None when it will do."""
    if len(passphrase) < MIN_PASSPHRASE:
        return say("passphrase_too_short", limit=MIN_PASSPHRASE)
    if confirmation is not None and confirmation != passphrase:
        return say("passphrases_differ")
    return None


def strength_hint(passphrase: str) -> str:
    """``weak``, ``fair`` or ``strong``: length and variety, as a hint beside the field."""
    kinds = sum(any(test(c) for c in passphrase)
                for test in (str.islower, str.isupper, str.isdigit,
                             lambda c: not c.isalnum()))
    words = len(passphrase.split())
    if len(passphrase) < MIN_PASSPHRASE:
        return "weak"
    if len(passphrase) >= 20 or (len(passphrase) >= 14 and (kinds >= 3 or words >= 3)):
        return "strong"
    return "fair"


def unlock(paths: DataPaths, passphrase: str | None = None) -> bytes | None:
    """The data key of the folder (None for a plain or new folder).

    The keyring is asked first; with ``passphrase`` given, the passphrase decides (and the
    keyring then keeps the right key). Raises ``PassphraseNeededError``,
    ``WrongPassphraseError`` or ``KeyMismatchError``.
    """
    recovery = _read_recovery(paths)
    if recovery is None:
        return None
    if passphrase is not None:
        try:
            key = keys.unwrap(recovery, passphrase)
        except keys.WrongPassphraseError:
            raise WrongPassphraseError() from None
        if keys.keyring_key(recovery.key_id) != key:
            keys.remember_key(recovery.key_id, key)
        return key
    held = keys.keyring_key(recovery.key_id)
    if held is None:
        raise PassphraseNeededError()
    if keys.key_check(held) != recovery.check:
        raise KeyMismatchError()
    return recovery.data_key(held)


def protect(paths: DataPaths, passphrase: str, progress: Progress | None = None) -> bytes:
    """Encrypt a new or plain folder with a new random key wrapped by ``passphrase``;
    returns the key. The folder must not be open. ``progress`` hears of each file done."""
    problem = passphrase_problem(passphrase)
    if problem:
        raise UserError(problem)
    if state(paths) == ENCRYPTED:
        raise UserError(say("already_encrypted"))
    paths.ensure()
    key = crypto.new_key()
    recovery = keys.wrap(key, passphrase)
    _mark_conversion(paths)
    keys.write_recovery(paths.root, recovery)
    if not keys.remember_key(recovery.key_id, key):
        log.info("no usable keyring: the recovery passphrase is asked at every start")
    finish_conversion(paths, key, progress)
    return key


def key_remembered(paths: DataPaths) -> bool:
    """Does this computer's keyring hold the folder's right key?"""
    recovery = _read_recovery(paths)
    if recovery is None:
        return False
    key = keys.keyring_key(recovery.key_id)
    return key is not None and keys.key_check(key) == recovery.check


def change_passphrase(paths: DataPaths, key: bytes, passphrase: str) -> None:
    """Wrap the folder's key with a new recovery passphrase (the old one stops working).
    Only the small recovery file is rewritten: the data stays encrypted with the same key."""
    problem = passphrase_problem(passphrase)
    if problem:
        raise UserError(problem)
    recovery = _read_recovery(paths)
    if recovery is None or keys.key_check(key) != recovery.check:
        raise UserError(say("not_that_key"))
    # the folder's own key: its database HMAC (and so its recovery file's format) stays
    keys.write_recovery(paths.root, keys.wrap(recovery.data_key(key), passphrase,
                                              recovery.key_id))


class CurrentPassphraseNeededError(UserError):
    def __init__(self) -> None:
        super().__init__("Enter the current recovery passphrase: this computer's keyring does "
                         "not hold the folder's key, so only the passphrase proves it is "
                         "yours. Nothing was changed.")


def replace_passphrase(paths: DataPaths, current: str | None, new: str) -> None:
    """Change the recovery passphrase of an encrypted folder, the right proved by the
    ``current`` passphrase, or (``current`` None) by the key this computer's keyring holds.
    The new one is checked first; a wrong current one changes nothing."""
    if _read_recovery(paths) is None:
        raise UserError(say("folder_not_encrypted_change"))
    problem = passphrase_problem(new)
    if problem:
        raise UserError(problem)
    if current is None:
        if not key_remembered(paths):
            raise CurrentPassphraseNeededError()
        key = unlock(paths)
    else:
        key = unlock(paths, current)
    assert key is not None
    change_passphrase(paths, key, new)
    log.info("recovery passphrase changed for %s", paths.root)


def conversion_interrupted(paths: DataPaths) -> bool:
    """Was a conversion of this folder stopped before it ended? (Cheap: a few file names
    and the database's first bytes; no evidence file is read.)"""
    database = paths.database
    return ((paths.root / CONVERSION_MARKER).exists()
            or database.with_name(database.name + ENCRYPTING_SUFFIX).exists()
            or database.with_name(database.name + KEPT_SUFFIX).exists()
            or (database.exists() and _is_plain_database(database)))


def finish_conversion(paths: DataPaths, key: bytes, progress: Progress | None = None) -> None:
    """Bring an encrypted folder's files to encrypted when a conversion was stopped (see
    ``conversion_interrupted``): a database still plain, backups, set-aside and evidence
    files still plain, leftovers of the swap. Safe to repeat; does nothing otherwise."""
    if not conversion_interrupted(paths):
        return
    _mark_conversion(paths)
    database = paths.database
    backups = _plain_backups(paths.backups)
    aside = _files_under(paths.root / SET_ASIDE)
    evidence = _evidence_to_seal(paths.evidence)
    total, done = 1 + len(backups) + len(aside) + len(evidence), 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    _clean_leftovers(database, key)
    if database.exists() and _is_plain_database(database):
        _encrypt_database(database, key)
    step()
    for backup in backups:
        _clean_leftovers(backup, key)
        if backup.exists() and _is_plain_database(backup):
            _encrypt_database(backup, key, journal="DELETE")  # a backup is one file
        step()
    for path in aside:
        if not crypto.is_sealed(path):
            seal_in_place(path, key)
        step()
    _clean_evidence_leftovers(paths.evidence, key)
    for path in evidence:
        if not crypto.is_sealed(path):
            seal_in_place(path, key)
        step()
    (paths.root / CONVERSION_MARKER).unlink(missing_ok=True)
    fsync_dir(paths.root)
    log.info("conversion to encrypted storage finished in %s", paths.root)


def _mark_conversion(paths: DataPaths) -> None:
    marker = paths.root / CONVERSION_MARKER
    if not marker.exists():
        with marker.open("w", encoding="utf-8") as out:
            out.write("A conversion to encrypted storage is under way: opening this folder "
                      "finishes it.\n")
            out.flush()
            os.fsync(out.fileno())
        fsync_dir(paths.root)


def _plain_backups(folder: Path) -> list[Path]:
    """The backup databases of the folder (a kill may have left one half converted); the
    part of a backup a kill stopped half-way is wiped."""
    if not folder.is_dir():
        return []
    found = set()
    for path in folder.iterdir():
        name = path.name
        if name.startswith(".") and name.endswith(".part"):
            crypto.wipe_file(path)
            continue
        for suffix in (ENCRYPTING_SUFFIX, KEPT_SUFFIX):
            name = name.removesuffix(suffix)
        if name.endswith(".sqlite"):
            found.add(folder / name)
    return sorted(found)


def _files_under(folder: Path) -> list[Path]:
    """Every file under ``folder``, after the leftovers of a sealing stopped half-way."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name.startswith(".") and path.name.endswith(".wiping"):
            crypto.wipe_file(path)
        elif path.name.startswith(".") and path.name.endswith(".sealing"):
            path.unlink(missing_ok=True)
        else:
            found.append(path)
    return found


# --- the database --------------------------------------------------------------------------

def _is_plain_database(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _clean_leftovers(database: Path, key: bytes) -> None:
    pending = database.with_name(database.name + ENCRYPTING_SUFFIX)
    if pending.exists():  # an export that was not verified and swapped in: start again
        crypto.wipe_file(pending)
    kept = database.with_name(database.name + KEPT_SUFFIX)
    if kept.exists():
        if database.exists() and _is_plain_database(database):
            kept.unlink()  # the swap had not happened: the plain database is still in place
        elif database.exists() and not _is_plain_database(database) and _opens(database, key):
            crypto.wipe_file(kept)
        elif not database.exists():  # cannot happen with the steps below; never lose it
            os.replace(kept, database)


def _opens(database: Path, key: bytes) -> bool:
    """Does the key open the file? (Its pages were checked before it took its name.)"""
    try:
        connection = crypto.connect_database(database, key)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        finally:
            connection.close()
    except Exception:
        return False


def _row_counts(connection: object) -> dict[str, int]:
    tables = [name for (name,) in connection.execute(  # type: ignore[attr-defined]
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: connection.execute(  # type: ignore[attr-defined]
        f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _encrypt_database(database: Path, key: bytes, journal: str = "WAL") -> None:
    pending = database.with_name(database.name + ENCRYPTING_SUFFIX)
    kept = database.with_name(database.name + KEPT_SUFFIX)
    # Every saved change into the main file, and the WAL gone: a plain WAL must never sit
    # beside the encrypted file.
    plain = crypto.connect_database(database, None, isolation_level=None)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = _row_counts(plain)
    finally:
        plain.close()
    crypto.export_encrypted(database, pending, key)
    check = crypto.connect_database(pending, key, isolation_level=None)
    try:
        integrity = check.execute("PRAGMA integrity_check").fetchone()[0]
        found = _row_counts(check)
        check.execute(f"PRAGMA journal_mode={journal}")
    finally:
        check.close()
    if integrity != "ok" or found != expected:
        crypto.wipe_file(pending)
        raise UserError(say("encrypted_copy_mismatch"))
    fsync_file(pending)
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            side.unlink()
    # the plain file stays reachable under another name until the new one has opened
    try:
        os.link(database, kept)
    except OSError:
        import shutil

        shutil.copy2(database, kept)
        fsync_file(kept)
    os.replace(pending, database)
    fsync_dir(database.parent)
    if not _opens(database, key):  # cannot happen after the checks above; keep the plain one
        os.replace(kept, database)
        raise UserError(say("encrypted_not_opened"))
    crypto.wipe_file(kept)
    log.info("database converted to encrypted storage: %s", database)


# --- evidence files ------------------------------------------------------------------------

def _clean_evidence_leftovers(folder: Path, key: bytes) -> None:
    if not folder.is_dir():
        return
    for loose in folder.iterdir():
        # what a kill left from a plain folder: an attachment being copied in, a download
        # from HQ under way (plain; an encrypted folder's downloads are sealed pieces)
        if loose.is_file() and (loose.name.startswith(".incoming-") or (
                loose.name.startswith(".download-")
                and next(crypto.SealedPieces(loose, key).pieces(), None) is None)):
            crypto.wipe_file(loose)
    for sub in folder.iterdir():
        if not sub.is_dir():
            continue
        for path in sub.iterdir():
            name = path.name
            if name.startswith(".") and name.endswith(".wiping"):
                crypto.wipe_file(path)
            elif name.startswith(".") and name.endswith(".sealing"):
                path.unlink(missing_ok=True)


def _evidence_to_seal(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(path for sub in folder.iterdir() if sub.is_dir()
                  for path in sub.iterdir() if not path.name.startswith("."))


def seal_in_place(path: Path, key: bytes) -> None:
    """Replace a plain file by its sealed form; the plain bytes are overwritten after."""
    wiping = path.with_name(f".{path.name}.wiping")
    temp = path.with_name(f".{path.name}.sealing")
    with path.open("rb") as plain, temp.open("wb") as out:
        writer = crypto.SealedWriter(out, key)
        for block in iter(lambda: plain.read(crypto.CHUNK), b""):
            writer.write(block)
        writer.close()
        out.flush()
        os.fsync(out.fileno())
    try:
        os.link(path, wiping)
    except OSError:
        wiping = None  # type: ignore[assignment]
    os.replace(temp, path)
    if wiping is not None:
        crypto.wipe_file(wiping)
