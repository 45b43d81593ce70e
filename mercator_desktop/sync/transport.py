"""HTTP to HQ with httpx: every answer is checked before it is believed.

An answer counts only when it carries HQ's signature over this request's nonce and its body
parses as the protocol's model. Anything else — a hotel portal's ``200 OK`` page, a proxy's
error page, a cut connection — raises, and the caller marks nothing sent.

No exchange waits for ever. httpx's timeouts bound each read, so a server (or a bad
proxy) that sends one byte every few seconds would keep a request alive indefinitely;
each request therefore runs in a worker thread of its own and is given up when its
deadline passes (``deadline`` seconds, and never later than ``until``, the deadline of the
whole sync): the connection is closed under it and ``DeadlineError`` says so.
"""

from __future__ import annotations

import contextlib
import secrets
import threading
import time
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from .. import __version__
from ..domain.problem_texts import TEXTS, say
from .errors import (  # noqa: F401  (re-exported: the errors are the transport's)
    LOCAL_HOSTS,
    AuthError,
    DeadlineError,
    EpochChangedError,
    FileRefusedError,
    HQFailedError,
    NetworkError,
    NotHQError,
    RejectedError,
    SyncError,
    TooManyAttemptsError,
    UpgradeRequiredError,
    check_server_url,
)
from .protocol import (
    API_PREFIX,
    HEADER_CLIENT,
    HEADER_NONCE,
    HEADER_PROTOCOL,
    HEADER_SIGNATURE,
    PROTOCOL_VERSION,
    PUBLIC_SIGNING_KEY,
    ErrorBody,
    FileState,
    FileStatusRequest,
    FileStatusResponse,
    Hello,
    LoginRequest,
    LoginResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    signature_ok,
)

M = TypeVar("M", bound=BaseModel)


def hq_text(error: ErrorBody) -> str:
    """HQ's sentence: the coded text it names when this program knows the code (so that it
    is said in the person's language), else HQ's English words as they came."""
    if error.text_code in TEXTS:
        try:
            return say(error.text_code, **error.text_values)
        except (KeyError, IndexError, ValueError):  # values that do not fit this version
            pass
    return error.message


class Transport:
    """One HQ at ``base_url``; ``token`` set once signed in. ``timeout`` bounds each read,
    ``deadline`` each whole exchange (seconds)."""

    def __init__(self, base_url: str, token: str | None = None, timeout: float = 30.0,
                 client: httpx.Client | None = None, deadline: float = 120.0) -> None:
        self.base_url = check_server_url(base_url)
        self.token = token
        self.deadline = deadline
        #: ``time.monotonic()`` by which the whole sync must be done (None: no limit)
        self.until: float | None = None
        self.until_seconds = 0.0
        self._timeout = timeout
        self._client = client or self._new_client()

    def _new_client(self) -> httpx.Client:
        return httpx.Client(timeout=self._timeout, follow_redirects=False)

    def limit_sync(self, seconds: float | None) -> None:
        """Every exchange from now on ends within ``seconds`` from now (None: no limit)."""
        self.until = None if seconds is None else time.monotonic() + seconds
        self.until_seconds = seconds or 0.0

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.close()

    # --- the protocol --------------------------------------------------------------------

    def hello(self) -> Hello:
        return self._call("GET", "/hello", Hello, authorized=False)

    def login(self, request: LoginRequest) -> LoginResponse:
        return self._call("POST", "/login", LoginResponse, body=request, authorized=False)

    def logout(self) -> None:
        self._call("POST", "/logout", None)

    def push(self, request: PushRequest, encoded: bytes | None = None) -> PushResponse:
        """``encoded``: the request's JSON when the caller has it already (its size was
        checked), so that a large batch is not written out twice."""
        return self._call("POST", "/push", PushResponse,
                          body=encoded if encoded is not None else request)

    def pull(self, cursor: str | None, limit: int, device: str | None = None,
             known: int = 0) -> PullResponse:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        if device and known:
            params["device"], params["known"] = device, known
        return self._call("GET", "/pull", PullResponse, params=params)

    # --- evidence files ------------------------------------------------------------------

    def file_status(self, hashes: list[str]) -> FileStatusResponse:
        return self._call("POST", "/files/status", FileStatusResponse,
                          body=FileStatusRequest(files=hashes))

    def upload_chunk(self, sha256: str, offset: int, size: int, data: bytes) -> FileState:
        raw, _ = self._exchange_bytes("PUT", f"/files/{sha256}", data,
                                      {"offset": offset, "size": size})
        return self._parsed(FileState, raw, "/files")

    def download_chunk(self, sha256: str, offset: int) -> tuple[bytes, int | None]:
        """Bytes of the file from ``offset`` (one chunk) and its whole size."""
        raw, headers = self._exchange_bytes("GET", f"/files/{sha256}", None,
                                            {"offset": offset})
        size = headers.get("x-mercator-file-size", "")
        return raw, int(size) if size.isdigit() else None

    def _exchange_bytes(self, method: str, path: str, content: bytes | None,
                        params: dict[str, Any]) -> tuple[bytes, httpx.Headers]:
        """One signed exchange whose body is bytes, checked like ``_call``'s."""
        if not self.token:
            raise AuthError(say("sign_in_first"))
        nonce = secrets.token_hex(16)
        headers = {HEADER_PROTOCOL: str(PROTOCOL_VERSION), HEADER_NONCE: nonce,
                   HEADER_CLIENT: f"mercator-desktop/{__version__}",
                   "Authorization": f"Bearer {self.token}"}
        if content is not None:
            headers["Content-Type"] = "application/octet-stream"
        try:
            response = self._exchange(method, self.base_url + API_PREFIX + path,
                                      content=content, params=params, headers=headers)
        except httpx.TimeoutException as exc:
            raise NetworkError(reason="timeout", detail=exc.__class__.__name__) from exc
        except httpx.TransportError as exc:
            raise NetworkError(reason="offline", detail=str(exc)) from exc
        raw = response.content
        if not signature_ok(self.token, nonce, raw, response.headers.get(HEADER_SIGNATURE)):
            if response.status_code in (502, 503, 504):
                raise NetworkError(reason="unavailable", detail=f"HTTP {response.status_code}")
            raise NotHQError(say("not_hq_status", url=self.base_url,
                                 status=response.status_code))
        if response.status_code >= 400:
            try:
                error = ErrorBody.model_validate_json(raw)
            except ValidationError:
                error = ErrorBody(code="server_error", message=f"HTTP {response.status_code}")
            if error.code == "auth_required":
                raise AuthError(hq_text(error))
            if error.code == "upgrade_required":
                raise UpgradeRequiredError(hq_text(error))
            if response.status_code >= 500:
                raise NetworkError(say("hq_failed", reason=hq_text(error)))
            raise FileRefusedError(hq_text(error), error.code)
        return raw, response.headers

    @staticmethod
    def _parsed(model: type[M], raw: bytes, path: str) -> M:
        try:
            return model.model_validate_json(raw)
        except ValidationError as exc:
            raise NotHQError(say("not_protocol", path=path, version=PROTOCOL_VERSION,
                                 detail=exc.errors()[0]["msg"])) from exc

    # --- one checked exchange ------------------------------------------------------------

    def _call(self, method: str, path: str, model: type[M] | None,
              body: BaseModel | bytes | None = None,
              params: dict[str, Any] | None = None, authorized: bool = True) -> Any:
        nonce = secrets.token_hex(16)
        headers = {HEADER_PROTOCOL: str(PROTOCOL_VERSION), HEADER_NONCE: nonce,
                   HEADER_CLIENT: f"mercator-desktop/{__version__}"}
        key = PUBLIC_SIGNING_KEY
        if authorized:
            if not self.token:
                raise AuthError(say("sign_in_first"))
            headers["Authorization"] = f"Bearer {self.token}"
            key = self.token
        content = body if isinstance(body, bytes) or body is None else \
            body.model_dump_json().encode()
        if content is not None:
            headers["Content-Type"] = "application/json"
        try:
            response = self._exchange(method, self.base_url + API_PREFIX + path,
                                      content=content, params=params, headers=headers)
        except httpx.TimeoutException as exc:
            raise NetworkError(reason="timeout", detail=repr(exc)) from exc
        except httpx.TransportError as exc:
            raise NetworkError(reason="offline", detail=str(exc)) from exc
        raw = response.content
        signed = signature_ok(key, nonce, raw, response.headers.get(HEADER_SIGNATURE))
        if not signed:
            if response.status_code in (502, 503, 504):
                raise NetworkError(reason="unavailable",
                                   detail=f"HTTP {response.status_code}")
            raise NotHQError(say("not_hq_portal", url=self.base_url,
                                 status=response.status_code,
                                 type=response.headers.get("content-type", "-")))
        if response.status_code >= 400:
            try:
                error = ErrorBody.model_validate_json(raw)
            except ValidationError:
                error = ErrorBody(code="server_error", message=f"HTTP {response.status_code}")
            if error.code == "auth_required":
                raise AuthError(hq_text(error))
            if error.code == "upgrade_required":
                raise UpgradeRequiredError(hq_text(error))
            if error.code == "epoch_changed":
                raise EpochChangedError(hq_text(error))
            if error.code == "too_many_attempts":
                retry = response.headers.get("retry-after", "")
                raise TooManyAttemptsError(hq_text(error), int(retry) if retry.isdigit() else 60)
            if response.status_code >= 500:
                raise HQFailedError(say("hq_failed", reason=hq_text(error)), reason="unavailable",
                                    detail=error.message)
            raise RejectedError(hq_text(error), error)
        if model is None:
            return None
        try:
            return model.model_validate_json(raw)
        except ValidationError as exc:
            raise NotHQError(say("not_protocol", path=path, version=PROTOCOL_VERSION,
                                 detail=exc.errors()[0]["msg"])) from exc

    def _exchange(self, method: str, url: str, **kw: Any) -> httpx.Response:
        """One request, read whole, within its deadline (see the module's docstring)."""
        seconds, whole_sync = self.deadline, False
        if self.until is not None:
            left = self.until - time.monotonic()
            if left <= seconds:
                seconds, whole_sync = left, True
        if seconds <= 0:
            raise DeadlineError(self.until_seconds, whole_sync=True)
        client = self._client
        outcome: dict[str, Any] = {}
        done = threading.Event()

        def run() -> None:
            try:
                outcome["response"] = client.request(method, url, **kw)
            except BaseException as exc:  # handed to the caller's thread
                outcome["error"] = exc
            finally:
                done.set()

        threading.Thread(target=run, name="hq-request", daemon=True).start()
        if not done.wait(seconds):
            # close the connection under the stuck request (its thread then ends) and
            # carry on with a new client
            self._client = self._new_client()
            with contextlib.suppress(Exception):
                client.close()
            raise DeadlineError(self.until_seconds if whole_sync else self.deadline,
                                whole_sync=whole_sync)
        if "error" in outcome:
            raise outcome["error"]
        response: httpx.Response = outcome["response"]
        return response
