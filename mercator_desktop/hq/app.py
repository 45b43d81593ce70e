"""The HQ web service: protocol v1 over FastAPI.

``create_app(url)`` builds the app over a database URL. Every answer is signed (see
``sync.protocol``) and logged as one JSON line (method, path, status, duration, user —
never a token, a password or a body).
"""

# No ``from __future__ import annotations``: FastAPI reads the dependency annotations of
# the endpoints defined inside ``create_app``, which strings would hide.
import json
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException

from .. import __version__
from ..domain.problem_texts import say
from ..storage.base import utcnow
from ..storage.json_codec import loads as json_loads
from ..sync.protocol import (
    API_PREFIX,
    HEADER_NONCE,
    PROTOCOL_VERSION,
    PUBLIC_SIGNING_KEY,
    SERVICE_NAME,
    Epoch,
    ErrorBody,
    Hello,
    LoginRequest,
    LoginResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    error_body,
    sign,
)
from . import auth, files, limits, sequence, service
from . import sessions as signin
from .db import open_database, service_id
from .writes import Writer, use_real_transactions

request_log = logging.getLogger("mercator_desktop.hq.requests")


@dataclass(frozen=True)
class Settings:
    min_protocol_version: int = 1
    min_client_version: str = "0.1.0"
    upgrade_message: str = ""
    max_push_changes: int = 1000
    max_pull_limit: int = 2000
    max_body_bytes: int = limits.DEFAULT_MAX_BODY
    #: evidence files: their folder ("" = next to the database, see ``files.default_folder``),
    #: the largest file taken and the chunk size they travel in
    files_dir: str = ""
    max_file_bytes: int = files.DEFAULT_MAX_FILE_BYTES
    file_chunk_bytes: int = files.DEFAULT_CHUNK_BYTES

    @classmethod
    def from_env(cls) -> "Settings":
        env = os.environ
        return cls(
            min_protocol_version=int(env.get("MERCATOR_HQ_MIN_PROTOCOL", "1")),
            min_client_version=env.get("MERCATOR_HQ_MIN_CLIENT", "0.1.0"),
            upgrade_message=env.get("MERCATOR_HQ_UPGRADE_MESSAGE", ""),
            max_push_changes=int(env.get("MERCATOR_HQ_MAX_PUSH", "1000")),
            max_pull_limit=int(env.get("MERCATOR_HQ_MAX_PULL", "2000")),
            max_body_bytes=int(env.get("MERCATOR_HQ_MAX_BODY", str(limits.DEFAULT_MAX_BODY))),
            files_dir=env.get(files.FOLDER_ENV, ""),
            max_file_bytes=int(env.get("MERCATOR_HQ_MAX_FILE_BYTES",
                                       str(files.DEFAULT_MAX_FILE_BYTES))),
        )


class APIError(Exception):
    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers


AUTH_REQUIRED = say("session_unknown")


class SignedAndLogged:
    """ASGI middleware: sign each answer with the request's key and log one JSON line."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        nonce = headers.get(HEADER_NONCE.lower().encode(), b"").decode("latin-1")
        authorization = headers.get(b"authorization", b"").decode("latin-1")
        key = authorization[7:].strip() if authorization[:7].lower() == "bearer " \
            else PUBLIC_SIGNING_KEY
        scope.setdefault("state", {})
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def send_signed(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            out = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            out += [(b"content-length", str(len(body)).encode()),
                    (b"x-mercator-signature", sign(key, nonce, body).encode()),
                    (b"x-mercator-service", f"{SERVICE_NAME}/{PROTOCOL_VERSION}".encode())]
            await send({**start, "headers": out})
            await send({"type": "http.response.body", "body": body})
            request_log.info(json.dumps({
                "event": "request", "method": scope.get("method"), "path": scope.get("path"),
                "status": start.get("status"), "ms": round(
                    (time.perf_counter() - started) * 1000, 1),
                "bytes": len(body), "user": scope["state"].get("user"),
                "client": (scope.get("client") or ["?"])[0],
            }))

        await self.app(scope, receive, send_signed)


class _FastJSONRequest(Request):
    """A request whose JSON body is read by orjson (``json_codec.loads``: the same values
    as the standard library's reader, which FastAPI uses, and its errors for a body that
    is not JSON) — a push body of a thousand changes is read in a quarter of the time."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = json_loads(await self.body())
        return self._json


class _FastJSONRoute(APIRoute):
    def get_route_handler(self) -> Any:
        handle = super().get_route_handler()

        async def handler(request: Request) -> Any:
            return await handle(_FastJSONRequest(request.scope, request.receive))

        return handler


def create_app(url: str, settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    engine, _ = open_database(url)
    use_real_transactions(engine)
    sessions = sessionmaker(bind=engine, expire_on_commit=False)
    writer = Writer(engine)
    keeper = signin.Sessions(sessions, writer)
    app = FastAPI(title="Mercator HQ sync service", version=__version__,
                  description="Protocol v1 between Mercator Desktop and WCO headquarters.")
    app.router.route_class = _FastJSONRoute
    app.state.engine = engine
    app.add_middleware(limits.Guard, max_body=settings.max_body_bytes)
    app.add_middleware(SignedAndLogged)  # outermost: signs the Guard's answers too

    @contextmanager
    def transaction() -> Iterator[Session]:
        with writer.transaction() as session:
            yield session

    @app.exception_handler(APIError)
    async def _api_error(_request: Request, exc: APIError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message).model_dump(),
                            status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(limits.refusal(list(exc.errors()), exc.body).model_dump(),
                            status_code=400)

    @app.exception_handler(HTTPException)
    async def _http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        code = {404: "not_found", 401: "auth_required"}.get(exc.status_code, "bad_request")
        return JSONResponse(ErrorBody(code=code, message=str(exc.detail)).model_dump(),  # type: ignore[arg-type]
                            status_code=exc.status_code, headers=exc.headers)

    def protocol(x_mercator_protocol: Annotated[str | None, Header()] = None) -> None:
        try:
            version = int(x_mercator_protocol or "0")
        except ValueError:
            version = 0
        if not settings.min_protocol_version <= version <= PROTOCOL_VERSION:
            raise APIError(426, "upgrade_required", settings.upgrade_message or say(
                "hq_speaks_protocols", low=settings.min_protocol_version,
                high=PROTOCOL_VERSION, yours=version or "-"))

    def principal(request: Request,
                  authorization: Annotated[str | None, Header()] = None) -> auth.Principal:
        token = (authorization or "")[7:].strip() \
            if (authorization or "")[:7].lower() == "bearer " else ""
        if not token:
            raise APIError(401, "auth_required", AUTH_REQUIRED)
        found = keeper.principal(token)
        if found is None:
            raise APIError(401, "auth_required", AUTH_REQUIRED)
        request.state.user = found.name
        return found

    Protocol = Depends(protocol)
    Signed = Annotated[auth.Principal, Depends(principal)]
    errors: dict[int | str, dict[str, Any]] = {
        s: {"model": ErrorBody} for s in (400, 401, 404, 405, 409, 413, 426, 429, 500, 503)}

    @app.get(f"{API_PREFIX}/hello", response_model=Hello, responses=errors)
    def hello() -> Hello:
        with sessions() as session:
            sid = service_id(session)
            history = [Epoch(service_id=e.service_id, restored_from_seq=e.restored_from_seq)
                       for e in sequence.epochs(session)]
        return Hello(service_id=sid, epochs=history, protocol_version=PROTOCOL_VERSION,
                     min_protocol_version=settings.min_protocol_version,
                     min_client_version=settings.min_client_version,
                     message=settings.upgrade_message,
                     max_push_changes=settings.max_push_changes,
                     max_pull_limit=settings.max_pull_limit,
                     max_body_bytes=settings.max_body_bytes, server_time=utcnow(),
                     max_file_bytes=settings.max_file_bytes,
                     file_chunk_bytes=settings.file_chunk_bytes)

    @app.post(f"{API_PREFIX}/login", response_model=LoginResponse, responses=errors,
              dependencies=[Protocol])
    async def login(body: LoginRequest, request: Request) -> LoginResponse:
        try:
            opened = await keeper.sign_in(body.user, body.password, body.device_id,
                                          body.device_name, _address(request))
        except signin.SignInRefused as exc:
            raise APIError(429, "too_many_attempts", str(exc), {
                "Retry-After": str(max(1, round(exc.refusal.retry_after)))}) from None
        except signin.WrongCredentials:
            raise APIError(401, "auth_required", say("wrong_password")) from None
        except signin.Busy as exc:
            raise APIError(503, "server_error", str(exc), {"Retry-After": "30"}) from None
        request.state.user = opened.user
        return LoginResponse(token=opened.token, expires_at=opened.expires_at,
                             user=opened.user, role=opened.role)  # type: ignore[arg-type]

    @app.post(f"{API_PREFIX}/logout", status_code=204, responses=errors,
              dependencies=[Protocol])
    def logout(who: Signed) -> None:
        with transaction() as session:
            auth.revoke(session, who.token_id)

    @app.post(f"{API_PREFIX}/push", response_model=PushResponse, responses=errors,
              dependencies=[Protocol])
    def push(body: PushRequest, who: Signed) -> Any:
        if len(body.changes) > settings.max_push_changes:
            raise APIError(413, "batch_too_large",
                           say("batch_too_large", limit=settings.max_push_changes))
        try:
            with transaction() as session:
                # the answer as written for the batch's record, not validated again
                result = Response(service.push_json(session, who, body),
                                  media_type="application/json")
        except service.BatchIdTakenError:
            raise APIError(409, "conflict", say("batch_id_taken")) from None
        except service.EpochChanged:
            with transaction() as session:
                service.begin_epoch_if_restored(session, body.known_seq)
            raise APIError(409, "epoch_changed", say("epoch_changed")) from None
        return result

    @app.get(f"{API_PREFIX}/pull", response_model=PullResponse, responses=errors,
             dependencies=[Protocol])
    def pull(who: Signed, cursor: Annotated[str | None, Query(max_length=400)] = None,
             limit: Annotated[int, Query(ge=1)] = 500,
             device: Annotated[str | None, Query(
                 max_length=64, description="the device pulling: the versions it made "
                 "itself, up to 'known', are left out")] = None,
             known: Annotated[int, Query(ge=0, le=2**63 - 1, description="the highest "
                                         "sequence number the device has recorded")] = 0
             ) -> PullResponse:
        limit = min(limit, settings.max_pull_limit)
        options = {} if engine.dialect.name == "sqlite" else {
            "isolation_level": "REPEATABLE READ"}
        with Session(engine.execution_options(**options)) as session, session.begin():
            lost = service.cursor_position(session, cursor)
            if lost is None:
                return service.pull(session, who, cursor, limit, device, known)
        with transaction() as session:
            service.begin_epoch_if_restored(session, lost)
        return PullResponse(changes=[], cursor=None, more=False, full_resync_required=True)

    files.register(app, sessions=sessions, principal=principal, protocol=protocol,
                   store=files.FileStore(Path(settings.files_dir) if settings.files_dir
                                         else files.default_folder(url)),
                   max_file_bytes=settings.max_file_bytes,
                   chunk_bytes=settings.file_chunk_bytes)
    return app


def _address(request: Request) -> str:
    """The client's address (behind a reverse proxy: the one it forwards, see uvicorn's
    ``--forwarded-allow-ips``)."""
    return request.client.host if request.client else "unknown"

