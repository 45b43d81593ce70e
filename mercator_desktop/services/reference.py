"""Reference data: loads ``resources/reference`` into the store and serves it to the UI.

Loading is idempotent: rows are upserted by code, a code that disappears from a newer file
is only marked inactive (user data may still point at it), and a file whose checksum is
already recorded is skipped, so start-up costs one small query when nothing changed.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain.errors import UserError
from ..domain.problem_texts import say
from ..resources import resource_path
from ..storage.base import ReferenceMixin, utcnow
from ..storage.models import (
    AccreditationCategory,
    ArushaFactor,
    Country,
    GeoatPrinciple,
    MissionType,
    Programme,
    ReferenceSet,
    Region,
    Status,
    TfaProvision,
    Topic,
)
from .language_names import country_name
from .names import Entry, NameIndex, file_aliases
from .store import Store

PROGRAMME_NAMESPACE = uuid.UUID("6f0d3c1e-2a4b-4c5d-9e8f-0a1b2c3d4e5f")


def programme_id_for(code: str) -> str:
    """Shipped programmes have the same id on every device."""
    return str(uuid.uuid5(PROGRAMME_NAMESPACE, code))


@dataclass(frozen=True)
class RefItem:
    code: str
    label: str
    names: dict[str, str]
    verified: bool = True
    parent: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CountryItem:
    iso2: str
    name: str
    region_code: str
    is_wco_member: bool
    customs_territory: bool
    names: dict[str, str]

    @property
    def label(self) -> str:
        return self.name


# --- loading ----------------------------------------------------------------------------------


def _read(name: str) -> tuple[dict[str, Any], str]:
    raw = Path(resource_path("reference", name)).read_bytes()
    return json.loads(raw), hashlib.sha256(raw).hexdigest()


def _loaders() -> dict[str, Callable[[Session, dict[str, Any]], None]]:
    return {
        "regions.json": _load_regions,
        "countries.json": _load_countries,
        "tfa_articles.json": _load_tfa,
        "arusha_factors.json": _load_arusha,
        "geoat_principles.json": _load_geoat,
        "mission_types.json": _simple(MissionType, "mission_types"),
        "topics.json": _simple(Topic, "topics"),
        "statuses.json": _load_statuses,
        "accreditation_categories.json": _simple(AccreditationCategory, "categories"),
        "programmes.json": _load_programmes,
    }


def load_reference_data(store: Store) -> bool:
    """Bring the store's reference tables up to the shipped files. True if anything loaded.

    A set HQ published with a higher version than the shipped one stays in place."""
    manifest, _ = _read("manifest.json")
    version = int(manifest["version"])
    changed = False
    with store.session() as session:
        known = {r.name: r for r in session.scalars(select(ReferenceSet))}
        for name, loader in _loaders().items():
            data, checksum = _read(name)
            record = known.get(name)
            if record and (record.checksum == checksum or record.version > version):
                continue
            loader(session, data)
            session.merge(
                ReferenceSet(name=name, version=version, checksum=checksum, loaded_at=utcnow())
            )
            session.flush()
            changed = True
    if changed:
        ReferenceCatalog.invalidate(store)
    return changed


def apply_published_reference(store: Store, name: str, version: str | int,
                              content: Any) -> bool:
    """Load a reference set HQ published (``name`` as a file name, e.g. "countries", and the
    file's content). Newer versions only; a malformed set raises ``UserError`` and changes
    nothing. True when the store changed."""
    file_name = name if name.endswith(".json") else f"{name}.json"
    loader = _loaders().get(file_name)
    if loader is None:
        raise UserError(say("unknown_reference_set", name=name))
    try:
        number = int(version)
    except (TypeError, ValueError):
        raise UserError(say("reference_version_nan", name=name, version=version)) from None
    checksum = hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()
    try:
        with store.session() as session:
            record = session.get(ReferenceSet, file_name)
            if record and (record.checksum == checksum or record.version >= number):
                return False
            loader(session, content)
            session.merge(ReferenceSet(name=file_name, version=number, checksum=checksum,
                                       loaded_at=utcnow()))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UserError(say("reference_malformed", name=name, version=version,
                            detail=f"{exc.__class__.__name__}: {exc}")) from None
    ReferenceCatalog.invalidate(store)
    return True


def _upsert_codes(
    session: Session, model: type[ReferenceMixin], rows: list[dict[str, Any]]
) -> None:
    seen = set()
    for position, row in enumerate(rows):
        seen.add(row["code"])
        session.merge(model(position=position, active=True, **row))  # type: ignore[call-arg]
    session.flush()
    session.execute(
        update(model).where(model.code.not_in(seen)).values(active=False)
    )


def _simple(model: type[ReferenceMixin], key: str) -> Callable[[Session, dict[str, Any]], None]:
    def load(session: Session, data: dict[str, Any]) -> None:
        rows = [
            {"code": r["code"], "names": r["names"], "verified": r.get("verified", True)}
            for r in data[key]
        ]
        _upsert_codes(session, model, rows)

    return load


def _load_regions(session: Session, data: dict[str, Any]) -> None:
    rows = [
        {
            "code": r["code"],
            "names": r["names"],
            "short_names": r.get("short_names", {}),
            "rocb_seat": r.get("rocb_seat"),
            "verified": r.get("verified", True),
        }
        for r in data["regions"]
    ]
    _upsert_codes(session, Region, rows)


def _load_countries(session: Session, data: dict[str, Any]) -> None:
    seen = set()
    for r in data["countries"]:
        seen.add(r["iso2"])
        session.merge(
            Country(
                iso2=r["iso2"],
                iso3=r.get("iso3"),
                names=r["names"],
                region_code=r["region"],
                is_wco_member=bool(r["is_wco_member"]),
                membership_date=date.fromisoformat(r["membership_date"])
                if r.get("membership_date")
                else None,
                customs_territory=bool(r.get("customs_territory", False)),
                verified=bool(r.get("verified", True)),
                note=r.get("note", ""),
                active=True,
            )
        )
    session.flush()
    session.execute(update(Country).where(Country.iso2.not_in(seen)).values(active=False))


def _load_tfa(session: Session, data: dict[str, Any]) -> None:
    rows: list[dict[str, Any]] = []
    for article in data["articles"]:
        rows.append(
            {"code": article["code"], "names": article["names"],
             "verified": article.get("verified", True), "parent_code": None}
        )
        for paragraph in article.get("paragraphs", []):
            rows.append(
                {"code": paragraph["code"], "names": paragraph["names"],
                 "verified": paragraph.get("verified", True), "parent_code": article["code"]}
            )
    _upsert_codes(session, TfaProvision, rows)


def _load_arusha(session: Session, data: dict[str, Any]) -> None:
    rows = [
        {"code": r["code"], "names": r["names"], "number": r["number"],
         "gist": r.get("gist", {}), "verified": r.get("verified", True)}
        for r in data["factors"]
    ]
    _upsert_codes(session, ArushaFactor, rows)


def _load_geoat(session: Session, data: dict[str, Any]) -> None:
    rows = [
        {"code": r["code"], "names": r["names"], "number": r.get("number"),
         "verified": r.get("verified", True)}
        for r in data["principles"]
    ]
    _upsert_codes(session, GeoatPrinciple, rows)


def _load_statuses(session: Session, data: dict[str, Any]) -> None:
    rows = [
        {"code": r["code"], "names": r["names"], "terminal": bool(r.get("terminal", False)),
         "verified": r.get("verified", True)}
        for r in sorted(data["statuses"], key=lambda r: r.get("order", 0))
    ]
    _upsert_codes(session, Status, rows)


def _load_programmes(session: Session, data: dict[str, Any]) -> None:
    """Shipped programmes are inserted once; later edits by users are not overwritten."""
    for r in data["programmes"]:
        pid = programme_id_for(r["code"])
        if session.get(Programme, pid) is not None:
            continue
        session.add(
            Programme(
                id=pid,
                code=r["code"],
                name=(r.get("names") or {}).get("en") or r["name"],
                donor=r.get("donor") or "",
                start_date=date.fromisoformat(r["start_date"]) if r.get("start_date") else None,
                end_date=date.fromisoformat(r["end_date"]) if r.get("end_date") else None,
            )
        )


# --- reading ----------------------------------------------------------------------------------


class ReferenceCatalog:
    """Reference data held in memory for pickers, labels and validation (a few hundred rows)."""

    def __init__(self, store: Store, lang: str = "en") -> None:
        self._store = store
        self.lang = lang

    @classmethod
    def for_store(cls, store: Store) -> ReferenceCatalog:
        catalog = getattr(store, "_catalog", None)
        if catalog is None or catalog.lang != store.language:
            catalog = cls(store, store.language)
            store._catalog = catalog  # type: ignore[attr-defined]
        return catalog

    @classmethod
    def invalidate(cls, store: Store) -> None:
        store._catalog = None  # type: ignore[attr-defined]

    def _items(self, model: type[ReferenceMixin], **extra_fields: str) -> list[RefItem]:
        with self._store.sessions() as session:
            rows = session.scalars(
                select(model).where(model.active).order_by(model.position)
            ).all()
            return [
                RefItem(
                    code=r.code,
                    label=r.label(self.lang),
                    names=dict(r.names),
                    verified=r.verified,
                    parent=getattr(r, "parent_code", None),
                    extra={k: getattr(r, attr) for k, attr in extra_fields.items()},
                )
                for r in rows
            ]

    @cached_property
    def regions(self) -> list[RefItem]:
        return self._items(Region, rocb_seat="rocb_seat", short_names="short_names")

    @cached_property
    def mission_types(self) -> list[RefItem]:
        return self._items(MissionType)

    @cached_property
    def topics(self) -> list[RefItem]:
        return self._items(Topic)

    @cached_property
    def statuses(self) -> list[RefItem]:
        return self._items(Status, terminal="terminal")

    @cached_property
    def tfa_provisions(self) -> list[RefItem]:
        return self._items(TfaProvision)

    @cached_property
    def arusha_factors(self) -> list[RefItem]:
        return self._items(ArushaFactor, number="number")

    @cached_property
    def geoat_principles(self) -> list[RefItem]:
        return self._items(GeoatPrinciple, number="number")

    @cached_property
    def accreditation_categories(self) -> list[RefItem]:
        return self._items(AccreditationCategory)

    @cached_property
    def countries(self) -> list[CountryItem]:
        with self._store.sessions() as session:
            rows = session.scalars(select(Country).where(Country.active)).all()
            items = []
            for c in rows:
                names = with_cldr_name(c.iso2, dict(c.names), self.lang)
                items.append(CountryItem(
                    iso2=c.iso2,
                    name=names.get(self.lang) or c.label(self.lang),
                    region_code=c.region_code,
                    is_wco_member=c.is_wco_member,
                    customs_territory=c.customs_territory,
                    names=names,
                ))
        return sorted(items, key=lambda c: c.name)

    @cached_property
    def country_by_iso2(self) -> dict[str, CountryItem]:
        return {c.iso2: c for c in self.countries}

    def codes(self, kind: str) -> set[str]:
        return {item.code for item in getattr(self, kind)}

    def label(self, kind: str, code: str) -> str:
        for item in getattr(self, kind):
            if item.code == code:
                return item.label
        return code

    def name_index(self, kind: str) -> NameIndex:
        """The vocabulary ``kind`` (an attribute of this catalog, e.g. "statuses") indexed by
        every name people write for its entries (see ``services.names``); built once."""
        indexes: dict[str, NameIndex] = self.__dict__.setdefault("_name_indexes", {})
        if kind not in indexes:
            aliases = file_aliases(kind)
            items: list[RefItem] | list[CountryItem] = getattr(self, kind)
            indexes[kind] = NameIndex(kind, [
                Entry(_code_of(item), item.label,
                      (*item.names.values(), *aliases.get(_code_of(item), ())))
                for item in items])
        return indexes[kind]

    def link_items(self, link_kind: str) -> list[RefItem]:
        return {
            "tfa": self.tfa_provisions,
            "arusha": self.arusha_factors,
            "geoat": self.geoat_principles,
        }[link_kind]


def with_cldr_name(iso2: str, names: dict[str, str], lang: str) -> dict[str, str]:
    """``names`` of a country, with its name in ``lang`` from the Unicode CLDR when the
    reference file has none (the file carries en, fr and es; Arabic comes from CLDR)."""
    if not names.get(lang):
        found = country_name(iso2, lang)
        if found != iso2:
            names[lang] = found
    return names


def _code_of(item: RefItem | CountryItem) -> str:
    return item.iso2 if isinstance(item, CountryItem) else item.code
