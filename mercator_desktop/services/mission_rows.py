"""The whole mission list read with the database driver alone (no SQLAlchemy), so that the
app can show it while the store is still being opened.

- ``LIST_SQL`` is the list's query: the missions not in the trash (or only those in it) and
  not archived, with their region and lead expert, newest first. ``MissionService.list``
  runs the same text for the whole list, so the rows are the same either way.
- ``MissionRows`` holds such a list compactly, one list per field (no object per mission;
  the codes and names that repeat are one string each), for the window's list.
- ``read_early(paths, language)`` reads that list and the labels it shows from a data folder
  that is not open yet, in pages, for the start-up: only when the folder's seal says it was
  closed cleanly and not touched since (``storage.seal``: then it passed its integrity check
  and every migration this version knows ran), and, for an encrypted folder, only when this
  computer's keyring holds its key (the same driver and key pragma as the engine's,
  ``storage.crypto``). Otherwise it returns None and the list loads the usual way once the
  store is open. The sync state shown is the mission's own; what the records under it add
  (``services.missions.mission_sync_overlay``) comes with the full load that follows.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from sys import intern
from typing import TYPE_CHECKING, Any

from ..paths import DataPaths

if TYPE_CHECKING:  # not at run time: the early read must not wait for every dataclass
    from .dto import MissionSummary

log = logging.getLogger(__name__)

_COLUMNS = (
    "missions.id, missions.code, missions.title, missions.type_code, missions.status_code, "
    "missions.country_iso2, countries.region_code, missions.start_date, missions.end_date, "
    "missions.revision, missions.synced_revision, missions.deleted, lead_expert.name"
)
# coalesce() on the lead's join: without it SQLite picks the low-selectivity index on
# ``deleted`` and scans every team row per mission (80 s for 20,000 missions, not 0.05 s).
# "+" before the start date: the table is read in its order and sorted, three times faster
# than walking the date index and fetching each row from another page.
LIST_SQL = (
    f"SELECT {_COLUMNS} FROM missions "
    "JOIN countries ON countries.iso2 = missions.country_iso2 "
    "LEFT OUTER JOIN team_members AS lead ON lead.mission_id = missions.id "
    "AND lead.role = 'lead' AND coalesce(lead.deleted, 0) IS 0 "
    "LEFT OUTER JOIN experts AS lead_expert ON lead_expert.id = lead.expert_id "
    "WHERE missions.deleted IS ? "
    "AND missions.id NOT IN (SELECT mission_id FROM archived_missions) "
    "ORDER BY +missions.start_date DESC NULLS LAST, missions.code"
)
FIRST_PAGE = 400  # small: painted at once
PAGE = 4000


def sync_state_of(revision: int, synced_revision: int) -> str:
    """A record's own sync state: never sent, changed since it was sent, or synced."""
    if synced_revision == 0:
        return "local"
    return "pending" if revision > synced_revision else "synced"


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value) if value else None


def _iso(value: Any) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else value


def _shared(value: Any) -> Any:
    return intern(value) if isinstance(value, str) else value


def summary_of_plain(r: tuple[Any, ...], overlay: dict[str, str] | None = None,
                     combine: Callable[[str, str | None], str] | None = None) -> MissionSummary:
    """A row of ``LIST_SQL`` as a list row; the codes and names that repeat from row to row
    are one string each (``sys.intern``), not one per row. ``overlay``/``combine``: what the
    records under each mission add to its sync state (``services.missions``)."""
    from .dto import MissionSummary

    (mission_id, code, title, type_code, status_code, country, region, start, end, revision,
     synced_revision, deleted, lead) = r
    state = sync_state_of(revision, synced_revision)
    if combine is not None:
        state = combine(state, (overlay or {}).get(mission_id))
    return MissionSummary(
        id=mission_id, code=code, title=title, type_code=_shared(type_code),
        status_code=_shared(status_code), country_iso2=_shared(country),
        region_code=_shared(region), start_date=_day(start), end_date=_day(end),
        lead_expert=_shared(lead) if lead else "", sync_state=state, deleted=bool(deleted),
    )


class MissionRows:
    """Missions of the list as one list per field: ``ids``, ``codes``, ``titles``, the codes
    ``types``, ``statuses``, ``countries``, ``regions``, the dates ``starts``/``ends`` as ISO
    text ("" when unknown), ``leads`` (the lead expert's name, ""), ``sync`` (the sync state)
    and ``deleted``. Row ``i`` is the ``i``-th item of each list."""

    FIELDS = ("ids", "codes", "titles", "types", "statuses", "countries", "regions", "starts",
              "ends", "leads", "sync", "deleted")
    __slots__ = FIELDS
    ids: list[str]
    codes: list[str]
    titles: list[str]
    types: list[str]
    statuses: list[str]
    countries: list[str]
    regions: list[str]
    starts: list[str]
    ends: list[str]
    leads: list[str]
    sync: list[str]
    deleted: list[bool]

    def __init__(self, *columns: list[Any]) -> None:
        for name, column in zip(self.FIELDS, columns or [[] for _ in self.FIELDS],
                                strict=True):
            setattr(self, name, column)

    def columns(self) -> list[list[Any]]:
        return [getattr(self, name) for name in self.FIELDS]

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def from_plain(cls, rows: list[tuple[Any, ...]], overlay: dict[str, str] | None = None,
                   combine: Callable[[str, str | None], str] | None = None,
                   values: dict[Any, Any] | None = None) -> MissionRows:
        """From rows of ``LIST_SQL``; ``overlay``/``combine`` as for ``summary_of_plain``.
        The values that repeat from row to row (codes, names, dates: a few thousand days for
        20,000 missions) are one string each; ``values``: the strings kept so far, for
        pages of one list."""
        if not rows:
            return cls()
        (ids, codes, titles, types, statuses, countries, regions, starts, ends, revisions,
         synced, deleted, leads) = zip(*rows, strict=True)
        one: dict[Any, Any] = {"": ""} if values is None else values

        def shared(column: tuple[Any, ...]) -> list[Any]:
            return [one.setdefault(v, v) if v else "" for v in column]

        sync = ["local" if s == 0 else "pending" if r > s else "synced"
                for r, s in zip(revisions, synced, strict=True)]
        if overlay and combine is not None:
            where = {mission_id: i for i, mission_id in enumerate(ids)}
            for mission_id, added in overlay.items():
                at = where.get(mission_id)
                if at is not None:
                    sync[at] = combine(sync[at], added)
        return cls(list(ids), list(codes), list(titles), shared(types), shared(statuses),
                   shared(countries), shared(regions), shared(starts), shared(ends),
                   shared(leads), sync, [bool(d) for d in deleted])

    def same_with_sync(self, pages: Iterable[list[tuple[Any, ...]]],
                       overlay: dict[str, str] | None = None,
                       combine: Callable[[str, str | None], str] | None = None,
                       ) -> MissionRows | None:
        """These rows with the sync states of ``pages`` (rows of ``LIST_SQL``, read again)
        when the pages hold the same missions in the same order with the same fields; None
        as soon as anything differs. The columns are shared with these rows, not copied: the
        list read early is not held twice once the store has opened."""
        sync: list[str] = []
        n = len(self)
        ids, codes, titles, types, statuses = (self.ids, self.codes, self.titles, self.types,
                                               self.statuses)
        countries, regions, starts, ends, leads, deleted = (
            self.countries, self.regions, self.starts, self.ends, self.leads, self.deleted)
        i = 0
        for page in pages:
            for (mission_id, code, title, type_code, status_code, country, region, start,
                 end, revision, synced_revision, gone, lead) in page:
                if (i >= n or mission_id != ids[i] or code != codes[i]
                        or title != titles[i] or (type_code or "") != types[i]
                        or (status_code or "") != statuses[i]
                        or (country or "") != countries[i] or (region or "") != regions[i]
                        or (start or "") != starts[i] or (end or "") != ends[i]
                        or (lead or "") != leads[i] or bool(gone) != deleted[i]):
                    return None
                sync.append(sync_state_of(revision, synced_revision))
                i += 1
        if i != n:
            return None
        if overlay and combine is not None:
            where = {mission_id: at for at, mission_id in enumerate(ids)}
            for mission_id, added in overlay.items():
                at = where.get(mission_id)
                if at is not None:
                    sync[at] = combine(sync[at], added)
        return MissionRows(ids, codes, titles, types, statuses, countries, regions, starts,
                           ends, leads, sync, deleted)

    @classmethod
    def from_summaries(cls, summaries: list[MissionSummary]) -> MissionRows:
        rows = cls()
        for m in summaries:
            rows.append(m)
        return rows

    def append(self, m: MissionSummary) -> None:
        for column, value in zip(self.columns(), _fields_of(m), strict=True):
            column.append(value)

    def replace(self, at: int, m: MissionSummary) -> None:
        for column, value in zip(self.columns(), _fields_of(m), strict=True):
            column[at] = value

    def extend(self, other: MissionRows) -> None:
        for mine, theirs in zip(self.columns(), other.columns(), strict=True):
            mine.extend(theirs)

    def take(self, indexes: list[int]) -> MissionRows:
        """The rows at ``indexes``, in that order."""
        return MissionRows(*[[column[i] for i in indexes] for column in self.columns()])

    def summary(self, i: int) -> MissionSummary:
        from .dto import MissionSummary

        r = self
        return MissionSummary(
            id=r.ids[i], code=r.codes[i], title=r.titles[i],
            type_code=r.types[i], status_code=r.statuses[i],
            country_iso2=r.countries[i], region_code=r.regions[i],
            start_date=_day(r.starts[i]), end_date=_day(r.ends[i]),
            lead_expert=r.leads[i], sync_state=r.sync[i],
            deleted=r.deleted[i],
        )


def _fields_of(m: MissionSummary) -> tuple[Any, ...]:
    return (m.id, m.code, m.title, _shared(m.type_code), _shared(m.status_code),
            _shared(m.country_iso2), _shared(m.region_code), _iso(m.start_date),
            _iso(m.end_date), _shared(m.lead_expert or ""), m.sync_state, bool(m.deleted))


# --- labels without the store ------------------------------------------------------------

@dataclass(frozen=True)
class PlainItem:
    """What the list needs of a reference entry (a region, a country …)."""

    code: str
    name: str
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.name


class PlainCatalog:
    """The labels of the list's codes, read straight from the reference tables with the
    same rule as ``services.reference.ReferenceCatalog`` (the name in ``lang``, else the
    English one, else the code; inactive entries show their code)."""

    def __init__(self, connection: Any, lang: str) -> None:
        self.lang = lang
        self._by_kind: dict[str, dict[str, str]] = {}
        for kind in ("mission_types", "statuses", "regions"):
            self._by_kind[kind] = {
                code: self._name(names, code) for code, names in connection.execute(
                    f"SELECT code, names FROM {kind} WHERE active")}
        self.regions = [
            PlainItem(code, self._by_kind["regions"].get(code, code),
                      {"short_names": json.loads(short or "{}")})
            for code, short in connection.execute(
                "SELECT code, short_names FROM regions WHERE active ORDER BY position")]
        self.country_by_iso2 = {
            iso2: PlainItem(iso2, self._name(names, iso2))
            for iso2, names in connection.execute(
                "SELECT iso2, names FROM countries WHERE active")}

    def _name(self, names: str | None, code: str) -> str:
        found = json.loads(names or "{}")
        return found.get(self.lang) or found.get("en") or code

    def label(self, kind: str, code: str) -> str:
        return self._by_kind.get(kind, {}).get(code, code)


# --- the early read ----------------------------------------------------------------------

@dataclass
class EarlyList:
    """The list as read before the store opened: the labels, then pages of rows."""

    catalog: PlainCatalog
    pages: Iterator[MissionRows]
    close: Callable[[], None]


def _connect(paths: DataPaths) -> Any:
    """A read-only connection to a folder that may be read early, else None."""
    from ..storage.seal import seal_holds

    database = paths.database
    if not database.is_file() or not seal_holds(database):
        return None
    from . import protection

    key = None
    if protection.state(paths) == protection.ENCRYPTED:
        try:
            key = protection.unlock(paths)  # the keyring only: nothing is written
        except Exception as exc:  # no key here: the person is asked once the store opens
            log.info("mission list not read early: %s", type(exc).__name__)
            return None
    from ..storage.crypto import connect_database

    connection = connect_database(database, key, check_same_thread=False)
    try:
        connection.execute("PRAGMA query_only = 1")
    except Exception:
        connection.close()
        raise
    return connection


def read_early(paths: DataPaths, language: str) -> EarlyList | None:
    """The list of a folder not open yet, or None when it must wait for the store (see the
    module docstring). Any problem reading (an older schema …) also gives None: the usual
    load follows and reports what is wrong."""
    try:
        connection = _connect(paths)
    except Exception as exc:
        log.info("mission list not read early: %r", exc)
        return None
    if connection is None:
        return None
    try:
        catalog = PlainCatalog(connection, language)
        cursor = connection.execute(LIST_SQL, (0,))
    except Exception as exc:
        log.info("mission list not read early: %r", exc)
        connection.close()
        return None

    def pages() -> Iterator[MissionRows]:
        size = FIRST_PAGE
        values: dict[Any, Any] = {"": ""}
        try:
            while rows := cursor.fetchmany(size):
                yield MissionRows.from_plain(rows, values=values)
                size = PAGE
        finally:
            connection.close()

    return EarlyList(catalog, pages(), connection.close)
