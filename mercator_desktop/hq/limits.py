"""HQ's door: bounded request bodies, refusals that name what is wrong, failures that stay
HQ's own answers, and records that cannot be served left out of a pull instead of breaking it.

- ``Guard`` (ASGI middleware, inside the signing one) refuses a body larger than the limit
  with 413 before anything else is done — on ``Content-Length`` before reading a byte, and
  while reading a body of unannounced length, stopping at the limit (the body is read here,
  whole, before the app and its sign-in work see it). Any failure below it
  becomes HQ's signed ``server_error`` answer, so the app never takes HQ's own 500 for a
  stranger's page.
- ``refusal`` turns a request validation error into one sentence naming the record (type
  and id) and the field, for the 400 answer.
- ``servable`` drops, with a logged reason, a stored record that cannot be written as
  well-formed JSON (a lone surrogate or a NUL put there by hand or by an old version).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

from ..domain.record_fields import json_text_problem
from ..storage.json_codec import well_formed_json
from ..sync.protocol import ErrorBody, ServerRecord
from ..sync.record_schemas import describe

log = logging.getLogger("mercator_desktop.hq.limits")

DEFAULT_MAX_BODY = 8 * 2**20


def _too_large_message(limit: int) -> str:
    return (f"the request body is larger than HQ accepts ({limit} bytes); send fewer "
            "changes at a time")


class Guard:
    """ASGI middleware: the body limit, and HQ's own answer for any failure below."""

    def __init__(self, app: Any, max_body: int = DEFAULT_MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_body
        headers = dict(scope.get("headers", []))
        declared = headers.get(b"content-length", b"").decode("latin-1").strip()
        if declared and (not declared.isdigit() or int(declared) > limit):
            await _answer(send, 413, "body_too_large", _too_large_message(limit))
            return
        # read the whole body here, up to the limit, before the app (and sign-in) sees it
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > limit:
                await _answer(send, 413, "body_too_large", _too_large_message(limit))
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        given = False

        async def replay() -> dict[str, Any]:
            nonlocal given
            if not given:
                given = True
                return {"type": "http.request", "body": body, "more_body": False}
            message: dict[str, Any] = await receive()
            return message

        started = False

        async def watched_send(message: dict[str, Any]) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, replay, watched_send)
        except Exception:
            log.exception("request failed: %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await _answer(send, 500, "server_error",
                              "HQ could not do this now; try again later")


async def _answer(send: Any, status: int, code: str, message: str) -> None:
    body = ErrorBody(code=code, message=message).model_dump_json().encode()  # type: ignore[arg-type]
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


def refusal(errors: list[Any], body: Any) -> ErrorBody:
    """The 400 answer to a request that does not fit the protocol: the first problem, named
    by record (type and id) and field when it is in a pushed change."""
    first = errors[0] if errors else {}
    loc = [p for p in first.get("loc", ()) if p != "body"]
    reason = describe(first) if first else "invalid request"
    if len(loc) >= 2 and loc[0] == "changes" and isinstance(loc[1], int):
        change = _item(body, loc[1])
        record_type = change.get("record_type")
        record_id = change.get("id")
        rest = [str(p) for p in loc[2:] if p != record_type]
        field: str | None
        if rest[:1] in (["fields"], ["base_fields"]) and len(rest) > 1:
            field = rest[1]
            where = f"field '{field}'" + (" (base value)" if rest[0] == "base_fields" else "")
        else:
            field = rest[0] if rest else None
            where = f"'{field}'" if field else "the change"
        what = f"{_printable(record_type)} {_printable(record_id)}"
        return ErrorBody(code="bad_request", message=f"HQ refused record {what}: {where} "
                         f"{reason}; nothing of this push was stored",
                         record_type=_printable(record_type), record_id=_printable(record_id),
                         field=field)
    where = ".".join(str(p) for p in loc) or "request"
    return ErrorBody(code="bad_request", message=f"{where}: {reason}")


def _item(body: Any, index: int) -> dict[str, Any]:
    changes = body.get("changes") if isinstance(body, dict) else None
    if isinstance(changes, list) and 0 <= index < len(changes) and \
            isinstance(changes[index], dict):
        return changes[index]
    return {}


def _printable(value: Any) -> str:
    """A name from the request, safe to put back in an answer."""
    text = str(value) if value is not None else "?"
    text = text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "?")
    return text[:80]


def servable(records: Iterable[Any], to_wire: Any) -> list[ServerRecord]:
    """The records that can be sent as well-formed JSON, each turned by ``to_wire``; any
    other is left out, with its type, id and reason logged."""
    out = []
    for rec in records:
        problem = _unservable(rec.data)
        if problem:
            log.error("pull: record %s %s left out: %s", rec.record_type, rec.id, problem)
            continue
        out.append(to_wire(rec))
    return out


def _unservable(data: Any) -> str | None:
    if well_formed_json(data):
        return None
    try:
        text = json.dumps(data, ensure_ascii=False)
        text.encode("utf-8")
    except (TypeError, ValueError) as exc:  # UnicodeEncodeError is a ValueError
        return f"its fields cannot be written as JSON ({exc.__class__.__name__})"
    if "\\u0000" in text:
        problem = json_text_problem(data)
        if problem:
            return f"a field {problem}"
    return None
