"""HQ's door in-process (ASGI): a body of unannounced length is read only up to the limit,
and HQ's own failures and refusals are signed answers the app tells from a stranger's page.
"""

from __future__ import annotations

import asyncio
import warnings
from pathlib import Path
from typing import Any

import pytest

from mercator_desktop.hq.app import Settings, create_app
from mercator_desktop.hq.limits import Guard
from mercator_desktop.sync.transport import HQFailedError, NotHQError, RejectedError, Transport

with warnings.catch_warnings():  # starlette would rather have httpx2, which is not installed
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


def test_a_streamed_body_is_read_only_up_to_the_limit():
    """A client trickling an endless body: HQ stops reading past 1,000 bytes and answers 413;
    the endpoint (and its sign-in check) never runs."""
    read: list[int] = []
    sent: list[dict[str, Any]] = []
    reached: list[bool] = []

    async def endpoint(_scope: Any, _receive: Any, _send: Any) -> None:
        reached.append(True)

    async def receive() -> dict[str, Any]:
        read.append(100)
        return {"type": "http.request", "body": b"x" * 100, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/v1/push", "headers": []}
    asyncio.run(Guard(endpoint, max_body=1000)(scope, receive, send))

    assert sum(read) == 1100  # the chunk that crossed the limit, and not one more
    assert sent[0]["status"] == 413
    assert b"body_too_large" in sent[1]["body"]
    assert reached == []


@pytest.fixture
def hq_app(tmp_path: Path) -> Any:
    app = create_app(f"sqlite:///{tmp_path / 'hq.sqlite'}", Settings())

    def boom() -> None:
        raise RuntimeError("a bug in HQ")

    app.add_api_route("/api/v1/boom", boom)
    return app


def test_a_failure_at_hq_is_hq_s_signed_answer_not_a_stranger_s(hq_app):
    with TestClient(hq_app, base_url="http://localhost", raise_server_exceptions=False) as web, \
            Transport("http://localhost", client=web) as transport:
        with pytest.raises(HQFailedError) as failed:
            transport._call("GET", "/boom", None, authorized=False)
        assert not isinstance(failed.value, NotHQError)
        assert "HQ failed" in str(failed.value) and "Wi-Fi" not in str(failed.value)

        with pytest.raises(RejectedError) as refused:  # an unknown path: HQ's own 404
            transport._call("GET", "/no-such-thing", None, authorized=False)
        assert "Wi-Fi" not in str(refused.value)


def test_an_unreadable_body_is_refused_with_hq_s_own_400(hq_app):
    with TestClient(hq_app, base_url="http://localhost") as web:
        answer = web.post("/api/v1/login", content=b"\xff\xfe not json",
                          headers={"X-Mercator-Protocol": "1", "X-Mercator-Nonce": "n",
                                   "Content-Type": "application/json"})
    assert answer.status_code == 400
    assert answer.headers["x-mercator-signature"].startswith("v1=")
    assert answer.json()["code"] == "bad_request"
