"""HTTP to HQ with httpx: every answer is checked before it is believed.

An answer counts only when it carries HQ's signature over this request's nonce and its body
parses as the protocol's model. Anything else — a hotel portal's ``200 OK`` page, a proxy's
error page, a cut connection — raises, and the caller marks nothing sent.
"""

from __future__ import annotations

import secrets
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from .. import __version__
from .protocol import (
    API_PREFIX,
    HEADER_CLIENT,
    HEADER_NONCE,
    HEADER_PROTOCOL,
    HEADER_SIGNATURE,
    PROTOCOL_VERSION,
    PUBLIC_SIGNING_KEY,
    ErrorBody,
    Hello,
    LoginRequest,
    LoginResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    signature_ok,
)

M = TypeVar("M", bound=BaseModel)
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


class SyncError(Exception):
    """Sync could not go on; the message is for a person."""

    retryable = False


class NetworkError(SyncError):
    """No answer, a cut answer or a server that failed: worth trying again later.

    The message is one of the plain sentences below (never the system's own text, such as
    "[Errno 111] Connection refused", which goes to ``detail`` for the log); ``reason`` says
    which: ``offline``, ``timeout`` or ``unavailable``."""

    retryable = True
    MESSAGES = {
        "offline": "no connection to HQ: this computer is offline, or HQ is not running",
        "timeout": "HQ did not answer in time",
        "unavailable": "HQ is unavailable for the moment",
    }

    def __init__(self, message: str = "", reason: str = "unavailable", detail: str = "") -> None:
        super().__init__(message or self.MESSAGES.get(reason, self.MESSAGES["unavailable"]))
        self.reason = reason
        self.detail = detail


class NotHQError(SyncError):
    """Something answered that is not HQ (a captive portal, a proxy page)."""


class AuthError(SyncError):
    """HQ does not know this session: sign in again. Never retried."""


class UpgradeRequiredError(SyncError):
    """HQ and this program speak no common protocol version."""


class EpochChangedError(SyncError):
    """HQ found it was restored (it lacks changes this device saw) and began a new epoch:
    say hello again and send what it lacks."""


class RejectedError(SyncError):
    """HQ refused the request as such (bad request, batch too large)."""


def check_server_url(url: str) -> str:
    """``https://`` anywhere; plain ``http://`` only to this machine."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("the server address must look like https://hq.example.org")
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise ValueError("plain http:// is allowed only to this computer (localhost); "
                         "use https:// for HQ")
    return url.strip().rstrip("/")


class Transport:
    """One HQ at ``base_url``; ``token`` set once signed in."""

    def __init__(self, base_url: str, token: str | None = None, timeout: float = 30.0,
                 client: httpx.Client | None = None) -> None:
        self.base_url = check_server_url(base_url)
        self.token = token
        self._client = client or httpx.Client(timeout=timeout, follow_redirects=False)

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

    def push(self, request: PushRequest) -> PushResponse:
        return self._call("POST", "/push", PushResponse, body=request)

    def pull(self, cursor: str | None, limit: int) -> PullResponse:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return self._call("GET", "/pull", PullResponse, params=params)

    # --- one checked exchange ------------------------------------------------------------

    def _call(self, method: str, path: str, model: type[M] | None, body: BaseModel | None = None,
              params: dict[str, Any] | None = None, authorized: bool = True) -> Any:
        nonce = secrets.token_hex(16)
        headers = {HEADER_PROTOCOL: str(PROTOCOL_VERSION), HEADER_NONCE: nonce,
                   HEADER_CLIENT: f"mercator-desktop/{__version__}"}
        key = PUBLIC_SIGNING_KEY
        if authorized:
            if not self.token:
                raise AuthError("sign in to HQ first")
            headers["Authorization"] = f"Bearer {self.token}"
            key = self.token
        content = body.model_dump_json().encode() if body is not None else None
        if content is not None:
            headers["Content-Type"] = "application/json"
        try:
            response = self._client.request(method, self.base_url + API_PREFIX + path,
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
            raise NotHQError(
                f"{self.base_url} answered, but not as Mercator HQ (HTTP "
                f"{response.status_code}, {response.headers.get('content-type', 'no type')}). "
                "On hotel or airport Wi-Fi, open a web browser and accept the network's "
                "terms first; nothing was marked as sent.")
        if response.status_code >= 400:
            try:
                error = ErrorBody.model_validate_json(raw)
            except ValidationError:
                error = ErrorBody(code="server_error", message=f"HTTP {response.status_code}")
            if error.code == "auth_required":
                raise AuthError(error.message)
            if error.code == "upgrade_required":
                raise UpgradeRequiredError(error.message)
            if error.code == "epoch_changed":
                raise EpochChangedError(error.message)
            if response.status_code >= 500:
                raise NetworkError(reason="unavailable", detail=f"HQ failed: {error.message}")
            raise RejectedError(error.message)
        if model is None:
            return None
        try:
            return model.model_validate_json(raw)
        except ValidationError as exc:
            raise NotHQError(f"HQ's answer to {path} is not what protocol "
                             f"{PROTOCOL_VERSION} says: {exc.errors()[0]['msg']}") from exc
