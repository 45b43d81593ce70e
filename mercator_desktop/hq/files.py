"""Evidence files at HQ: kept by SHA-256 in a folder of HQ's own, never in the database.

A file is ``<folder>/<first two hex digits>/<sha256>``. An upload arrives in chunks, each
appended to ``<folder>/.parts/<sha256>.part`` at the offset the device names, which must be
exactly what HQ holds (an upload cut off resumes from the last chunk HQ confirmed: the
``files/status`` answer says how many bytes that is). When the last byte has arrived the
part's SHA-256 is checked and only then is the part moved into place; a part that does not
hash right is thrown away, and so is one nobody went on with for 30 days (at HQ's start).
A file HQ holds complete is never asked for again, whichever device attached it. An
exclusive lock on the part file lets several uploads of one file, and several HQ processes,
share the folder.

Access follows the records: a user may ask about, send and fetch only files that an evidence
record or an issued report he or she may read refers to (an ``hq`` user: any). A hash that
is not 64 lowercase hex characters is refused with 400 before anything is looked up, so no
path is ever built from what a request says.
"""

# No ``from __future__ import annotations``: FastAPI reads the annotations of the endpoints.
import contextlib
import hashlib
import os
import re
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from ..domain.problem_texts import say
from ..storage.durable import fsync_dir
from ..sync.protocol import (
    API_PREFIX,
    SHA256_PATTERN,
    ErrorBody,
    FileState,
    FileStatusRequest,
    FileStatusResponse,
    error_body,
)
from .auth import Principal
from .models import Grant, Record

try:  # POSIX: several HQ processes may write the same folder
    import fcntl
except ImportError:  # pragma: no cover - HQ runs on Linux
    fcntl = None  # type: ignore[assignment]

EVIDENCE_TYPE = "evidence"
#: the record types whose ``sha256`` names a file: evidence, and issued reports (their PDF)
FILE_TYPES = (EVIDENCE_TYPE, "issued_reports")
DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024
DEFAULT_CHUNK_BYTES = 1024 * 1024
#: an unfinished upload untouched for this long is removed when HQ starts
STALE_PART_DAYS = 30
FILE_SIZE_HEADER = "X-Mercator-File-Size"
_HASH = re.compile(SHA256_PATTERN)
_local_lock = threading.Lock()


class FileError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def default_folder(database_url: str) -> Path:
    """Next to a SQLite database (``hq.sqlite`` → ``hq-files``); else ``mercator-hq-files``
    in the working folder."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        database = Path(url.database).resolve()
        return database.with_name(database.stem + "-files")
    return Path("mercator-hq-files").resolve()


#: the environment variable naming HQ's files folder (``serve --files`` sets it)
FOLDER_ENV = "MERCATOR_HQ_FILES"


def configured_folder(database_url: str, given: str | None = None) -> Path:
    """The files folder of the HQ on ``database_url``: ``given`` (``--files``), else
    ``$MERCATOR_HQ_FILES``, else ``default_folder``."""
    chosen = given or os.environ.get(FOLDER_ENV, "")
    return Path(chosen) if chosen else default_folder(database_url)


class FileStore:
    """The folder of files, by SHA-256."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def forget_stale_parts(self, older_than_days: float = STALE_PART_DAYS) -> int:
        """Remove unfinished uploads nobody went on with for so long; returns how many."""
        cutoff = time.time() - older_than_days * 86400
        removed = 0
        for part in (self.folder / ".parts").glob("*.part"):
            with contextlib.suppress(FileNotFoundError):
                if part.stat().st_mtime < cutoff:
                    part.unlink()
                    removed += 1
        return removed

    def path_of(self, sha256: str) -> Path:
        if not _HASH.fullmatch(sha256):  # never reached through the API; a last guard
            raise ValueError("not a SHA-256")
        return self.folder / sha256[:2] / sha256

    def part_of(self, sha256: str) -> Path:
        self.path_of(sha256)
        return self.folder / ".parts" / f"{sha256}.part"

    def state(self, sha256: str) -> FileState:
        target = self.path_of(sha256)
        if target.exists():
            return FileState(sha256=sha256, state="complete", size=target.stat().st_size)
        part = self.part_of(sha256)
        if part.exists():
            return FileState(sha256=sha256, state="partial", received=part.stat().st_size)
        return FileState(sha256=sha256, state="missing")

    def append(self, sha256: str, offset: int, size: int, data: bytes) -> FileState:
        """Add one chunk at ``offset``; the last one checks the hash and puts the file in
        place."""
        target = self.path_of(sha256)
        if target.exists():
            return self.state(sha256)
        part = self.part_of(sha256)
        part.parent.mkdir(parents=True, exist_ok=True)
        # flock locks are per open file, so they keep threads apart as well as processes
        with _local_lock if fcntl is None else contextlib.nullcontext(), \
                part.open("ab") as out:
            if fcntl is not None:
                fcntl.flock(out.fileno(), fcntl.LOCK_EX)
            if target.exists():  # another upload finished while this one waited
                part.unlink(missing_ok=True)
                return self.state(sha256)
            held = os.fstat(out.fileno()).st_size
            if offset != held:
                raise FileError(409, "conflict", say("file_held_bytes", held=held))
            if offset + len(data) > size:
                raise FileError(400, "bad_request", say("chunk_past_size"))
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
            held += len(data)
            if held < size:
                return FileState(sha256=sha256, state="partial", received=held)
            if _sha256_of(part) != sha256:
                part.unlink(missing_ok=True)
                raise FileError(400, "bad_request", say("file_hash_mismatch"))
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(part, target)
            fsync_dir(target.parent)
        return self.state(sha256)

    def read(self, sha256: str, offset: int, length: int) -> tuple[bytes, int]:
        """``length`` bytes from ``offset`` and the file's size (404 when HQ lacks it)."""
        target = self.path_of(sha256)
        try:
            with target.open("rb") as stream:
                size = os.fstat(stream.fileno()).st_size
                stream.seek(offset)
                return stream.read(length), size
        except FileNotFoundError:
            raise FileError(404, "not_found", say("file_not_held")) from None


def visible_hashes(session: Session, who: Principal, hashes: Iterable[str]) -> set[str]:
    """The files among ``hashes`` that a record ``who`` may read refers to (an evidence
    record or an issued report)."""
    wanted = sorted(set(hashes))
    if not wanted:
        return set()
    reference = Record.data["sha256"].as_string()
    query = select(reference).where(Record.record_type.in_(FILE_TYPES),
                                    reference.in_(wanted))
    if not who.is_hq:
        query = query.where(Record.scope.in_(
            select(Grant.mission_id).where(Grant.user_id == who.user_id)))
    return set(session.scalars(query.distinct()))


Sha256Path = Annotated[str, PathParam(pattern=SHA256_PATTERN, min_length=64, max_length=64,
                                      description="the file's SHA-256 (lowercase hex)")]
NOT_YOURS = say("file_not_yours")


def register(app: FastAPI, *, sessions: sessionmaker[Session],
             principal: Callable[..., Principal], protocol: Callable[..., None],
             store: FileStore, max_file_bytes: int, chunk_bytes: int) -> None:
    """Add the file endpoints, authenticated like the others."""
    Signed = Annotated[Principal, Depends(principal)]
    store.folder.mkdir(parents=True, exist_ok=True)  # a folder HQ cannot write: say so now
    store.forget_stale_parts()
    errors: dict[int | str, dict[str, Any]] = {
        s: {"model": ErrorBody} for s in (400, 401, 404, 409, 413, 426, 500)}
    app.state.files = store

    @app.exception_handler(FileError)
    async def _file_error(_request: Request, exc: FileError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message).model_dump(),
                            status_code=exc.status)

    def check_visible(who: Principal, sha256: str) -> None:
        with sessions() as session:
            if sha256 not in visible_hashes(session, who, [sha256]):
                raise FileError(404, "not_found", NOT_YOURS)

    @app.post(f"{API_PREFIX}/files/status", response_model=FileStatusResponse,
              responses=errors, dependencies=[Depends(protocol)])
    def file_status(body: FileStatusRequest, who: Signed) -> FileStatusResponse:
        with sessions() as session:
            visible = visible_hashes(session, who, body.files)
        return FileStatusResponse(files=[
            store.state(h) if h in visible else FileState(sha256=h, state="unavailable")
            for h in body.files])

    @app.put(f"{API_PREFIX}/files/{{sha256}}", response_model=FileState, responses=errors,
             dependencies=[Depends(protocol)], openapi_extra={"requestBody": {
                 "required": True, "content": {"application/octet-stream": {
                     "schema": {"type": "string", "format": "binary"}}}}})
    async def upload_chunk(sha256: Sha256Path, request: Request, who: Signed,
                           offset: Annotated[int, Query(ge=0)],
                           size: Annotated[int, Query(ge=1)]) -> FileState:
        if size > max_file_bytes:
            raise FileError(413, "file_too_large", say("file_too_large", limit=max_file_bytes,
                                                        size=size))
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > chunk_bytes:
            raise FileError(413, "batch_too_large", say("chunk_too_large", limit=chunk_bytes))
        await run_in_threadpool(check_visible, who, sha256)
        data = bytearray()
        async for piece in request.stream():
            data += piece
            if len(data) > chunk_bytes:
                raise FileError(413, "batch_too_large", say("chunk_too_large",
                                                             limit=chunk_bytes))
        if not data:
            raise FileError(400, "bad_request", say("chunk_empty"))
        return await run_in_threadpool(store.append, sha256, offset, size, bytes(data))

    @app.get(f"{API_PREFIX}/files/{{sha256}}", responses={
        **errors, 200: {"content": {"application/octet-stream": {
            "schema": {"type": "string", "format": "binary"}}}}},
        dependencies=[Depends(protocol)], response_class=Response)
    def download_chunk(sha256: Sha256Path, who: Signed,
                       offset: Annotated[int, Query(ge=0)] = 0) -> Response:
        check_visible(who, sha256)
        data, size = store.read(sha256, offset, chunk_bytes)
        return Response(data, media_type="application/octet-stream",
                        headers={FILE_SIZE_HEADER: str(size)})


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()
