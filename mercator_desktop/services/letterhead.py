"""The letterhead the reports carry, set once per data folder: organisation, unit, an address
line, the classification marking and a logo image.

Kept in the data folder's local settings (never synced: each expert's laptop prints as its
owner set it); the logo is copied into the data folder as a PNG, shrunk to a sensible size,
so that the report never depends on a file that moved. Empty fields fall back to the report's
own words (the WCO's name, "RESTRICTED — …" in the report language).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import FieldProblem, ValidationError
from ..domain.problem_texts import message_of, problem, say
from .store import Store

KEYS = {"organisation": "letterhead/organisation", "unit": "letterhead/unit",
        "address": "letterhead/address", "classification": "letterhead/classification"}
LIMITS = {"organisation": 120, "unit": 120, "address": 200, "classification": 160}
LOGO_FILE = "letterhead-logo.png"
LOGO_MAX_SIDE = 800  # pixels: sharp at 4 cm, small in the PDF
LOGO_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Letterhead:
    organisation: str = ""
    unit: str = ""
    address: str = ""
    classification: str = ""
    logo: Path | None = None


class LetterheadService:
    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def logo_path(self) -> Path:
        return self.store.paths.root / LOGO_FILE

    def get(self) -> Letterhead:
        values = {name: self.store.get_setting(key) or "" for name, key in KEYS.items()}
        logo = self.logo_path if self.logo_path.is_file() else None
        return Letterhead(**values, logo=logo)

    def save(self, letterhead: Letterhead, logo_source: Path | None = None, *,
             remove_logo: bool = False) -> Letterhead:
        """Store the texts (trimmed, one line each) and, when given, a new logo read from
        ``logo_source``. Every problem is reported at once; nothing is stored then."""
        values = {name: " ".join(getattr(letterhead, name).split()) for name in KEYS}
        problems = [problem(name, "longer_than", limit=LIMITS[name], count=len(value))
                    for name, value in values.items() if len(value) > LIMITS[name]]
        image = None
        if logo_source is not None:
            try:
                image = _read_logo(Path(logo_source))
            except ValueError as exc:
                problems.append(FieldProblem("logo", message_of(exc)))
        if problems:
            raise ValidationError(problems)
        if image is not None:
            _write_png(image, self.logo_path)
        elif remove_logo and self.logo_path.exists():
            self.logo_path.unlink()
        for name, value in values.items():
            self.store.set_setting(KEYS[name], value)
        return self.get()


def _read_logo(path: Path):  # type: ignore[no-untyped-def]
    from PIL import Image, UnidentifiedImageError

    if not path.is_file():
        raise ValueError(say("logo_missing", path=path))
    if path.stat().st_size > LOGO_MAX_BYTES:
        raise ValueError(say("logo_too_large", name=path.name,
                             limit=LOGO_MAX_BYTES // (1024 * 1024)))
    try:
        with Image.open(path) as opened:
            opened.load()
            image = opened.convert("RGBA")
    except (UnidentifiedImageError, OSError) as exc:
        raise ValueError(say("logo_not_image", name=path.name)) from exc
    image.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE))
    return image


def _write_png(image, target: Path) -> None:  # type: ignore[no-untyped-def]
    """Write by a temporary file and a rename, so a crash never leaves half a logo."""
    temporary = target.with_suffix(".tmp")
    image.save(temporary, format="PNG")
    os.replace(temporary, target)
