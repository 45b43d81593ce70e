"""Evidence behind an answer: notes and attached files.

Files are copied into the data folder's file store (``services.kept_files``:
``<data dir>/evidence/<first two hex digits>/<sha256>``, named by their SHA-256, so the same
file is stored once however often it is attached) with their original
name, size and media type kept in the ``evidence`` table. In an encrypted data folder the
file is sealed (``storage.crypto``, AES-GCM) as it is copied; its name stays the SHA-256 of
its plain bytes, which is how sync and HQ know it. The copy is written to a temporary
file, flushed to disk and renamed before the record is committed, so a kill leaves at worst
an unreferenced file, never a record without its file.

Photos larger than ``max_image_bytes`` or wider/taller than ``max_image_side`` are shrunk on
import with Pillow (this layer may not use Qt): scaled to ``max_image_side``, turned upright
from their EXIF orientation, saved as JPEG. The record keeps the size as given
(``original_size``). A photo Pillow cannot read, or one that would not get smaller, is kept
as it was — never dropped.
"""

from __future__ import annotations

import io
import mimetypes
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import assessment as lifecycle
from ..domain.errors import NotFoundError, ValidationError
from ..domain.problem_texts import say
from ..paths import evidence_file
from ..storage.base import natural_id
from ..storage.models import Answer, Assessment, Evidence
from .assessments import AssessmentService, LockedError
from .kept_files import KeptFiles
from .store import Store

MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_IMAGE_SIDE = 2560
MAX_FILE_BYTES = 250 * 1024 * 1024
JPEG_QUALITY = 85
SHRINKABLE = ("image/jpeg", "image/png", "image/webp", "image/bmp", "image/tiff")


@dataclass(frozen=True)
class EvidenceView:
    id: str
    question_id: str
    original_name: str
    size: int | None
    original_size: int | None
    media_type: str
    sha256: str | None
    note: str
    created_at: datetime
    created_by: str
    duplicate: bool = False  # the same file was already attached to this answer

    @property
    def is_file(self) -> bool:
        return self.sha256 is not None

    @property
    def shrunk(self) -> bool:
        return self.original_size is not None


class EvidenceService:
    def __init__(self, store: Store, assessments: AssessmentService | None = None, *,
                 max_image_bytes: int = MAX_IMAGE_BYTES, max_image_side: int = MAX_IMAGE_SIDE,
                 max_file_bytes: int = MAX_FILE_BYTES) -> None:
        self.store = store
        self.assessments = assessments or AssessmentService(store)
        self.max_image_bytes = max_image_bytes
        self.max_image_side = max_image_side
        self.max_file_bytes = max_file_bytes

    @property
    def folder(self) -> Path:
        return self.store.paths.evidence

    def blob_path(self, sha256: str) -> Path:
        return evidence_file(self.folder, sha256)

    # --- adding --------------------------------------------------------------------------

    def add_file(self, assessment_id: str, question_id: str, path: str | os.PathLike[str],
                 note: str = "") -> EvidenceView:
        source = Path(path)
        if not source.is_file():
            raise ValidationError.single("file", "file_unreadable", path=source)
        size = source.stat().st_size
        self._check_size(size)
        with source.open("rb") as stream:
            return self._add_stream(assessment_id, question_id, stream, source.name, note)

    def add_bytes(self, assessment_id: str, question_id: str, data: bytes, original_name: str,
                  note: str = "") -> EvidenceView:
        self._check_size(len(data))
        return self._add_stream(assessment_id, question_id, io.BytesIO(data), original_name,
                                note)

    def add_note(self, assessment_id: str, question_id: str, note: str) -> EvidenceView:
        note = note.strip()
        if not note:
            raise ValidationError.single("note", "note_required")
        with self.store.session() as session:
            answer = self._answer_for(session, assessment_id, question_id)
            row = Evidence(answer_id=answer.id, sha256=None, original_name="", size=None,
                           media_type="", note=note, original_size=None)
            session.add(row)
            session.flush()
            return _view(row, question_id)

    def _check_size(self, size: int) -> None:
        if size > self.max_file_bytes:
            raise ValidationError.single("file", "attachment_too_large",
                                         size=f"{size / 1048576:.0f}",
                                         limit=f"{self.max_file_bytes / 1048576:.0f}")

    def _add_stream(self, assessment_id: str, question_id: str, stream: BinaryIO,
                    original_name: str, note: str) -> EvidenceView:
        # Refuse early (locked, unknown question) before copying anything.
        with self.store.sessions() as session:
            self._check_target(session, assessment_id, question_id)
        name = Path(original_name).name.strip() or "attachment"
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        self.folder.mkdir(parents=True, exist_ok=True)
        temp, sha256, size = self._copy_to_temp(stream)
        try:
            original_size = None
            if media_type in SHRINKABLE:
                with self._plain_copy(temp) as plain:
                    shrunk = self._shrink(plain) if self._too_big(plain, size) else None
                if shrunk is not None and len(shrunk) < size:
                    temp.unlink()
                    temp, sha256, _ = self._copy_to_temp(io.BytesIO(shrunk))
                    original_size, size, media_type = size, len(shrunk), "image/jpeg"
            self.kept.put_in_place(temp, sha256)
        finally:
            temp.unlink(missing_ok=True)
        with self.store.session() as session:
            answer = self._answer_for(session, assessment_id, question_id)
            existing = session.scalar(select(Evidence).where(
                Evidence.answer_id == answer.id, Evidence.sha256 == sha256,
                Evidence.deleted.is_(False)))
            if existing is not None:
                view = _view(existing, question_id)
                return EvidenceView(**{**view.__dict__, "duplicate": True})
            row = Evidence(answer_id=answer.id, sha256=sha256, original_name=name[:260],
                           size=size, media_type=media_type, note=note.strip(),
                           original_size=original_size)
            session.add(row)
            session.flush()
            return _view(row, question_id)

    @property
    def kept(self) -> KeptFiles:
        return KeptFiles(self.folder, self.store.data_key)

    def _copy_to_temp(self, stream: BinaryIO) -> tuple[Path, str, int]:
        """The stream copied into a temporary file of the file store — sealed when the
        folder is encrypted — with the SHA-256 and size of its plain bytes."""
        return self.kept.copy_to_temp(stream)

    def _plain_copy(self, path: Path) -> BinaryIO:
        """A stored file's plain bytes to read (in memory when the folder is encrypted)."""
        return self.kept.plain_stream(path)

    def _too_big(self, plain: BinaryIO, size: int) -> bool:
        if size > self.max_image_bytes:
            return True
        try:
            from PIL import Image

            plain.seek(0)
            with Image.open(plain) as image:
                return max(image.size) > self.max_image_side
        except Exception:  # not an image Pillow reads: keep as it is
            return False

    def _shrink(self, plain: BinaryIO) -> bytes | None:
        """The photo scaled down and saved as JPEG, or None when Pillow cannot read it."""
        try:
            from PIL import Image, ImageOps

            plain.seek(0)
            with Image.open(plain) as opened:
                image: Image.Image = ImageOps.exif_transpose(opened)
                image.thumbnail((self.max_image_side, self.max_image_side),
                                Image.Resampling.LANCZOS)
                if image.mode not in ("RGB", "L"):
                    background = Image.new("RGB", image.size, "white")
                    rgba = image.convert("RGBA")
                    background.paste(rgba, mask=rgba.getchannel("A"))
                    image = background
                out = io.BytesIO()
                image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
                return out.getvalue()
        except Exception:
            return None

    # --- reading and changing ------------------------------------------------------------

    def list_for_answer(self, assessment_id: str, question_id: str) -> list[EvidenceView]:
        return [e for e in self.list_for_assessment(assessment_id)
                if e.question_id == question_id]

    def list_for_assessment(self, assessment_id: str) -> list[EvidenceView]:
        with self.store.sessions() as session:
            rows = session.execute(
                select(Evidence, Answer.question_id)
                .join(Answer, Answer.id == Evidence.answer_id)
                .where(Answer.assessment_id == assessment_id, Evidence.deleted.is_(False))
                .order_by(Evidence.created_at)
            ).all()
            return [_view(e, qid) for e, qid in rows]

    def file_path(self, evidence_id: str) -> Path:
        with self.store.sessions() as session:
            row = session.get(Evidence, evidence_id)
            if row is None or row.sha256 is None:
                raise NotFoundError(say("no_attached_file", id=evidence_id))
            path = self.blob_path(row.sha256)
        if not path.exists():
            raise NotFoundError(say("evidence_file_missing", name=row.original_name))
        return path

    def copy_file(self, evidence_id: str, target: str | os.PathLike[str]) -> Path:
        """Write the attached file's own bytes (decrypted) to ``target``."""
        stored = self.file_path(evidence_id)
        return self.kept.copy_out(stored.name, Path(target))

    def read_file(self, evidence_id: str) -> bytes:
        """The attached file's own bytes (decrypted), for a small file shown in the app."""
        return self.kept.read_path(self.file_path(evidence_id))

    def update_note(self, evidence_id: str, note: str) -> EvidenceView:
        with self.store.session() as session:
            row, question_id = self._load(session, evidence_id)
            row.note = note.strip()
            session.flush()
            return _view(row, question_id)

    def remove(self, evidence_id: str) -> None:
        """To the trash (the file stays, so it can be restored)."""
        with self.store.session() as session:
            row, _ = self._load(session, evidence_id)
            row.deleted = True

    def restore(self, evidence_id: str) -> None:
        with self.store.session() as session:
            row, _ = self._load(session, evidence_id, with_deleted=True)
            row.deleted = False

    # --- internals -----------------------------------------------------------------------

    def _check_target(self, session: Session, assessment_id: str, question_id: str) -> None:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None or assessment.deleted:
            raise NotFoundError(say("no_assessment", id=assessment_id))
        if lifecycle.is_locked(assessment.status):
            raise LockedError(say("locked_no_evidence_added"))
        template = self.assessments.template(assessment.template_id,
                                             assessment.template_version)
        if template.question(question_id) is None:
            raise ValidationError.single("question", "no_question", question=question_id)

    def _answer_for(self, session: Session, assessment_id: str, question_id: str) -> Answer:
        self._check_target(session, assessment_id, question_id)
        answer = session.scalar(select(Answer).where(
            Answer.assessment_id == assessment_id, Answer.question_id == question_id))
        if answer is None:
            answer = Answer(id=natural_id("answer", assessment_id, question_id),
                            assessment_id=assessment_id, question_id=question_id, value=None,
                            not_applicable=False, note="")
            session.add(answer)
            session.flush()
        elif answer.deleted:
            answer.deleted = False
            answer.value, answer.not_applicable = None, False
        return answer

    def _load(self, session: Session, evidence_id: str,
              with_deleted: bool = False) -> tuple[Evidence, str]:
        found = session.execute(
            select(Evidence, Answer.question_id, Assessment.status)
            .join(Answer, Answer.id == Evidence.answer_id)
            .join(Assessment, Assessment.id == Answer.assessment_id)
            .where(Evidence.id == evidence_id)
        ).first()
        if found is None or (found[0].deleted and not with_deleted):
            raise NotFoundError(say("no_evidence", id=evidence_id))
        if lifecycle.is_locked(found[2]):
            raise LockedError(say("locked_no_evidence_changed"))
        return found[0], found[1]


def _view(row: Evidence, question_id: str) -> EvidenceView:
    return EvidenceView(row.id, question_id, row.original_name, row.size, row.original_size,
                        row.media_type, row.sha256, row.note, row.created_at, row.created_by)

