"""What can stop a sync, as exceptions, and the rule for HQ's address: without httpx or the
protocol's models, so that code that only names them (the sync service's status, the
interface) does not load the HTTP client (``sync.transport`` and ``sync.client`` raise them
and re-export them)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..domain.problem_texts import say

if TYPE_CHECKING:
    from .protocol import ErrorBody

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
    MESSAGES = {"offline": "hq_offline", "timeout": "hq_timeout", "unavailable": "hq_unavailable"}

    def __init__(self, message: str = "", reason: str = "unavailable", detail: str = "") -> None:
        super().__init__(message or say(self.MESSAGES.get(reason, self.MESSAGES["unavailable"])))
        self.reason = reason
        self.detail = detail


class HQFailedError(NetworkError):
    """HQ itself answered that it failed (a signed 5xx): try again later."""


class NotHQError(SyncError):
    """Something answered that is not HQ (a captive portal, a proxy page)."""


class AuthError(SyncError):
    """HQ does not know this session: sign in again. Never retried."""


class UpgradeRequiredError(SyncError):
    """HQ and this program speak no common protocol version."""


class EpochChangedError(SyncError):
    """HQ found it was restored (it lacks changes this device saw) and began a new epoch:
    say hello again and send what it lacks."""


class TooManyAttemptsError(SyncError):
    """HQ refuses sign-ins for this account or address for ``retry_after`` seconds, after
    too many wrong passwords."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RejectedError(SyncError):
    """HQ refused the request as such (bad request, batch too large); ``error`` is HQ's
    answer, naming the record and field at fault when a pushed record did not fit."""

    def __init__(self, message: str, error: ErrorBody | None = None) -> None:
        super().__init__(message)
        self.error = error


class DeadlineError(NetworkError):
    """No complete answer within the deadline of the request, or of the whole sync
    (``whole_sync``). Not retried: a server this slow now will be as slow at once."""

    retryable = False

    def __init__(self, seconds: float, whole_sync: bool = False) -> None:
        self.seconds, self.whole_sync = seconds, whole_sync
        super().__init__(say("deadline_sync" if whole_sync else "deadline_answer",
                             seconds=f"{seconds:.0f}"))


class FileRefusedError(RejectedError):
    """HQ refused a file request (``code``: not_found, conflict, file_too_large …)."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


class MassDeletionError(SyncError):
    """HQ's changes would delete a large share of the local records; nothing applied."""


class SyncCancelledError(SyncError):
    """The person cancelled; what was confirmed so far stays confirmed."""


def check_server_url(url: str) -> str:
    """``https://`` anywhere; plain ``http://`` only to this machine."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(say("server_address_form"))
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise ValueError(say("http_local_only"))
    return url.strip().rstrip("/")
