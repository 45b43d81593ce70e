"""Evidence: files copied under their SHA-256, deduplicated, photos shrunk (never dropped),
notes, trash and restore, and the lock of a validated assessment."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image

from mercator_desktop.domain.errors import ValidationError
from mercator_desktop.services.assessments import LockedError


def photo_bytes(width: int, height: int, fmt: str = "JPEG") -> bytes:
    image = Image.effect_noise((width, height), 80).convert("RGB")
    out = io.BytesIO()
    image.save(out, fmt, quality=95)
    return out.getvalue()


def test_a_file_is_copied_under_its_hash_with_name_and_size(evidence, started, tmp_path):
    source = tmp_path / "HR policy 2021.pdf"
    source.write_bytes(b"%PDF-1.4 policy text")
    view = evidence.add_file(started.id, "a.1", source, note="signed copy")
    digest = hashlib.sha256(b"%PDF-1.4 policy text").hexdigest()
    assert (view.sha256, view.original_name, view.size, view.media_type, view.note) == (
        digest, "HR policy 2021.pdf", 20, "application/pdf", "signed copy")
    stored = evidence.store.paths.evidence / digest[:2] / digest
    assert stored.read_bytes() == b"%PDF-1.4 policy text"
    assert evidence.file_path(view.id) == stored
    assert not view.shrunk and view.created_by == "tester"
    assert not list(evidence.store.paths.evidence.glob(".incoming-*"))
    # the answer now exists (unanswered) and counts its evidence
    assert evidence.assessments.answer(started.id, "a.1").evidence_count == 1


def test_the_same_file_is_stored_once_and_attached_once_per_answer(evidence, started,
                                                                   tmp_path):
    one = tmp_path / "one.txt"
    one.write_bytes(b"same bytes")
    two = tmp_path / "copy of one.txt"
    two.write_bytes(b"same bytes")
    first = evidence.add_file(started.id, "a.1", one)
    again = evidence.add_file(started.id, "a.1", two)
    assert again.duplicate and again.id == first.id
    elsewhere = evidence.add_file(started.id, "a.2", two)
    assert not elsewhere.duplicate and elsewhere.sha256 == first.sha256
    assert len(list(evidence.store.paths.evidence.rglob(first.sha256))) == 1
    assert [e.question_id for e in evidence.list_for_assessment(started.id)] == ["a.1", "a.2"]


def test_a_large_photo_is_shrunk_and_keeps_its_original_size(evidence, started):
    data = photo_bytes(1600, 1200)
    assert len(data) > evidence.max_image_bytes
    view = evidence.add_bytes(started.id, "a.1", data, "border post.jpg")
    assert view.shrunk and view.original_size == len(data) and view.size < len(data)
    assert view.media_type == "image/jpeg" and view.original_name == "border post.jpg"
    with Image.open(evidence.file_path(view.id)) as stored:
        assert max(stored.size) == 800 and stored.size == (800, 600)


def test_an_oversized_png_photo_becomes_jpeg(evidence, started):
    view = evidence.add_bytes(started.id, "a.1", photo_bytes(1000, 400, "PNG"), "scan.png")
    assert view.shrunk and view.media_type == "image/jpeg"


def test_a_small_photo_is_kept_as_it_is(evidence, started):
    data = photo_bytes(200, 100)
    view = evidence.add_bytes(started.id, "a.1", data, "small.jpg")
    assert not view.shrunk and view.size == len(data)
    assert evidence.file_path(view.id).read_bytes() == data


def test_a_photo_that_cannot_be_read_is_kept_not_dropped(evidence, started):
    data = b"\xff\xd8\xff" + b"not really a jpeg" * 10_000
    view = evidence.add_bytes(started.id, "a.1", data, "broken.jpg")
    assert not view.shrunk and view.size == len(data)
    assert evidence.file_path(view.id).read_bytes() == data


def test_notes_trash_restore(evidence, started):
    note = evidence.add_note(started.id, "a.1", " Interview with HR head ")
    assert (note.note, note.is_file) == ("Interview with HR head", False)
    assert evidence.update_note(note.id, "Interview with the HR director").note == (
        "Interview with the HR director")
    evidence.remove(note.id)
    assert evidence.list_for_answer(started.id, "a.1") == []
    evidence.restore(note.id)
    assert len(evidence.list_for_answer(started.id, "a.1")) == 1
    with pytest.raises(ValidationError, match="note: write the note first"):
        evidence.add_note(started.id, "a.1", "  ")


def test_bad_targets_and_limits(evidence, started, tmp_path):
    with pytest.raises(ValidationError, match="question: no question 'zz'"):
        evidence.add_bytes(started.id, "zz", b"x", "x.txt")
    with pytest.raises(ValidationError, match="is not a file"):
        evidence.add_file(started.id, "a.1", tmp_path / "missing.pdf")
    evidence.max_file_bytes = 10
    with pytest.raises(ValidationError, match="attachments are limited"):
        evidence.add_bytes(started.id, "a.1", b"x" * 11, "big.bin")
    assert evidence.list_for_assessment(started.id) == []


def test_evidence_of_a_validated_assessment_is_locked(evidence, assessments, started):
    note = evidence.add_note(started.id, "a.1", "kept")
    for qid, value in (("a.1", 4), ("a.2", 3), ("a.has", "no"), ("b.x.1", 2)):
        assessments.set_answer(started.id, qid, value)
    assessments.complete(started.id)
    assessments.validate(started.id, "Lead expert")
    with pytest.raises(LockedError):
        evidence.add_bytes(started.id, "a.1", b"late", "late.txt")
    with pytest.raises(LockedError):
        evidence.remove(note.id)
    assert not list(evidence.store.paths.evidence.rglob("*"))  # nothing was copied
