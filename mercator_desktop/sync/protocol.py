"""Protocol v1 between Mercator Desktop and the HQ sync service.

These pydantic models are the request and response bodies of both sides; the OpenAPI
document FastAPI generates from them is the contract. JSON over HTTPS; every request carries
``X-Mercator-Protocol`` and a fresh ``X-Mercator-Nonce``; every response carries
``X-Mercator-Signature``, an HMAC-SHA256 over the nonce and the body, keyed with the bearer
token the request presented (or ``PUBLIC_SIGNING_KEY`` before sign-in). A captive portal or
any other stranger on the path cannot produce it, so its ``200 OK`` is never taken as HQ's.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from .record_schemas import CHANGE_ID, RECORD_ID, change_models, change_union

PROTOCOL_VERSION = 1
#: the protocol versions this build can speak (client and server alike)
SUPPORTED_PROTOCOLS = (1, 1)
SERVICE_NAME = "mercator-hq"
API_PREFIX = "/api/v1"

HEADER_PROTOCOL = "X-Mercator-Protocol"
HEADER_CLIENT = "X-Mercator-Client"
HEADER_NONCE = "X-Mercator-Nonce"
HEADER_SIGNATURE = "X-Mercator-Signature"
HEADER_SERVICE = "X-Mercator-Service"
#: key of the signature for answers to requests without a token (hello, login, errors);
#: it proves the answer came from software speaking this protocol, not that it is genuine:
#: authenticity is the job of HTTPS, and of the token once signed in.
PUBLIC_SIGNING_KEY = "mercator-hq-protocol-v1"

#: record type of HQ publications (reference data, checklist templates) in the pull stream
PUBLICATION_TYPE = "publication"


def sign(key: str, nonce: str, body: bytes) -> str:
    digest = hmac.new(key.encode(), nonce.encode() + b"\n" + body, hashlib.sha256)
    return "v1=" + digest.hexdigest()


def signature_ok(key: str, nonce: str, body: bytes, signature: str | None) -> bool:
    return bool(signature) and hmac.compare_digest(sign(key, nonce, body), signature or "")


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ErrorBody(_Model):
    """Every error answer: a stable ``code`` and a sentence for a person."""

    code: Literal["auth_required", "forbidden", "upgrade_required", "bad_request",
                  "batch_too_large", "conflict", "not_found", "server_error",
                  "epoch_changed", "too_many_attempts", "file_too_large", "body_too_large"]
    message: str
    text_code: str | None = Field(default=None, description="the code of ``message`` in the "
                                  "desktop's table of texts, so that it is shown in the "
                                  "person's language; absent for a text without one")
    text_values: dict[str, str] = Field(default_factory=dict, description="the values "
                                        "filled into the text of ``text_code``")
    record_type: str | None = Field(default=None, description="the record a refused push "
                                    "names")
    record_id: str | None = None
    field: str | None = Field(default=None, description="the field of that record at fault")


def error_body(code: str, message: str) -> ErrorBody:
    """The answer of an error: ``message`` in English, and its code and values when it is
    a coded text (``domain.problem_texts.say``)."""
    return ErrorBody(code=code, message=str(message),  # type: ignore[arg-type]
                     text_code=getattr(message, "code", None) or None,
                     text_values={name: str(value)
                                  for name, value in getattr(message, "values", ())})


class Epoch(_Model):
    """One life of HQ's database: a new one begins whenever the database is restored."""

    service_id: str
    restored_from_seq: int | None = Field(None, description="the highest sequence number "
                                          "the restored data held; None for the first life")


class Hello(_Model):
    service: str = SERVICE_NAME
    service_id: str = Field(description="identity of this HQ database in its current epoch; "
                            "a new one means a new or restored server: clients send again "
                            "what it may lack and read the stream from the start")
    epochs: list[Epoch] = Field(default_factory=list, description="the epochs of this "
                                "database, oldest first, the current one last")
    protocol_version: int
    min_protocol_version: int
    min_client_version: str
    message: str = Field("", description="shown to users of a client that must upgrade")
    max_push_changes: int
    max_pull_limit: int
    max_body_bytes: int = Field(8 * 2**20, description="the largest request body HQ reads, "
                                "in bytes; a larger one is refused with 413 unread")
    server_time: datetime
    max_file_bytes: int = Field(0, description="the largest evidence file HQ takes; 0: "
                                "HQ takes no files (an HQ older than file sync)")
    file_chunk_bytes: int = Field(0, description="the size of the chunks evidence files "
                                  "travel in")


class LoginRequest(_Model):
    user: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=1, max_length=1024)
    device_id: str = Field(min_length=1, max_length=64)
    device_name: str = Field("", max_length=200)


class LoginResponse(_Model):
    token: str
    expires_at: datetime
    user: str
    role: Literal["expert", "hq"]


class Change(_Model):
    """One local change of one record. On the wire it is one of the per-record models of
    ``record_schemas`` (``MissionsChange`` …), chosen by ``record_type``."""

    model_config = ConfigDict(extra="ignore", from_attributes=True)

    change_id: CHANGE_ID
    record_type: str = Field(max_length=60)
    id: RECORD_ID
    base_revision: int = Field(ge=0, description="the server revision the device's copy "
                               "derives from; 0 for a record HQ has never seen")
    fields: dict[str, Any] = Field(default_factory=dict, description="changed fields only")
    deleted: bool = False
    base_fields: dict[str, Any] = Field(default_factory=dict, description="the device's "
                                        "base values of the changed fields (and, when "
                                        "resending after an HQ restore, of every field)")
    base_deleted: bool | None = Field(None, description="the tombstone of the device's base")
    resend: bool = Field(False, description="sent again because HQ was restored: HQ keeps "
                         "the base values it lacks (fields it has not changed since)")


#: record type -> the model of a change of that type
CHANGE_MODELS: dict[str, type[Change]] = change_models(Change)
if TYPE_CHECKING:
    AnyChange = Change
else:
    AnyChange = change_union(CHANGE_MODELS)


def make_change(**values: Any) -> Change:
    """A change of the model its ``record_type`` names (pydantic's ValidationError when a
    value does not fit the record's schema; KeyError for an unknown record type)."""
    return CHANGE_MODELS[values["record_type"]](**values)


@cache
def _changes_adapter(record_type: str) -> TypeAdapter[list[Change]]:
    model: Any = CHANGE_MODELS[record_type]
    return TypeAdapter(list[model])


def make_changes(record_type: str, values: list[dict[str, Any]]
                 ) -> list[Change | None] | None:
    """``make_change`` of each of ``values`` (all of ``record_type``), checked in one call;
    None when one does not fit the record's schema (then ``make_change`` tells which)."""
    try:
        return list(_changes_adapter(record_type).validate_python(values))
    except ValidationError:
        return None


class PushRequest(_Model):
    batch_id: str = Field(min_length=8, max_length=64, pattern="^[0-9A-Za-z_-]+$")
    device_id: str = Field(min_length=1, max_length=64, pattern="^[0-9A-Za-z_.:-]+$")
    changes: list[AnyChange] = Field(description="one change per record, each of the model "
                                     "its record_type names")
    service_id: str = Field("", max_length=64, description="the HQ epoch the device "
                            "believes it talks to")
    known_seq: int = Field(0, ge=0, description="the highest sequence number the device "
                           "has seen from this epoch; one HQ never issued means HQ lost "
                           "data (restored by hand): HQ starts a new epoch")


def encode_push(request: PushRequest) -> bytes:
    """``request.model_dump_json()``, written by orjson from the validated values: the same
    JSON document at a tenth of the cost (pydantic serialises each change through the union
    of the record models). What orjson refuses (an integer beyond 64 bits) goes to
    pydantic; both write NaN as null."""
    try:
        return orjson.dumps({
            "batch_id": request.batch_id, "device_id": request.device_id,
            "changes": [{"change_id": c.change_id, "record_type": c.record_type, "id": c.id,
                         "base_revision": c.base_revision, "fields": c.fields,
                         "deleted": c.deleted, "base_fields": c.base_fields,
                         "base_deleted": c.base_deleted, "resend": c.resend}
                        for c in request.changes],
            "service_id": request.service_id, "known_seq": request.known_seq})
    except TypeError:
        return request.model_dump_json().encode()


class ServerRecord(_Model):
    """A record as HQ holds it now."""

    record_type: str
    id: str
    revision: int
    seq: int
    deleted: bool
    fields: dict[str, Any]


class ChangeResult(_Model):
    change_id: str
    record_type: str
    id: str
    status: Literal["applied", "duplicate", "conflict", "rejected"]
    revision: int | None = None
    seq: int | None = None
    reason: str = ""
    reason_code: str = ""
    conflict_fields: list[str] = Field(default_factory=list)
    server: ServerRecord | None = Field(
        None, description="HQ's current version: on conflict, and on an applied change "
        "that HQ merged with other changes since the base revision")


class PushResponse(_Model):
    batch_id: str
    replayed: bool = False
    results: list[ChangeResult]


class PullResponse(_Model):
    changes: list[ServerRecord]
    cursor: str | None
    more: bool
    full_resync_required: bool = False
    revoked: list[str] = Field(default_factory=list, description="missions this user was "
                               "taken off since the cursor: the device archives them")


# --- evidence files ------------------------------------------------------------------------

#: a SHA-256 as files are named by: 64 lowercase hexadecimal characters, nothing else, so
#: no path can ever be built from anything else
SHA256_PATTERN = r"^[0-9a-f]{64}$"
MAX_FILE_STATUS = 500


Sha256 = Annotated[str, Field(pattern=SHA256_PATTERN, min_length=64, max_length=64)]


class FileStatusRequest(_Model):
    files: list[Sha256] = Field(max_length=MAX_FILE_STATUS, description="SHA-256 of the "
                                "files asked about")


class FileState(_Model):
    """What HQ holds of one file. ``unavailable``: no record this user may see refers to
    it (whether HQ holds it is not said)."""

    sha256: str
    state: Literal["complete", "partial", "missing", "unavailable"]
    size: int | None = Field(default=None, description="the file's size, when complete")
    received: int = Field(default=0, ge=0, description="bytes of an unfinished upload HQ holds: "
                          "the upload resumes from there")


class FileStatusResponse(_Model):
    files: list[FileState]
