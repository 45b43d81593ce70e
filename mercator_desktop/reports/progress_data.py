"""What the Capacity Building Progress Report shows, worked out from plain mission records.

A mission counts once, in the period (and the WCO year, 1 July – 30 June) of its **start
date**, in Part I and Part II alike: a mission across 30 June is not counted in two years.

- **Part I** — activities of the reporting period (missions that start in it), grouped by
  topic and then by country, each group with a subtotal (activities, women, men, participants).
- **Part II** — missions since a launch date (default the Mercator launch, 1 June 2014) as a
  region → country × WCO year matrix with totals per region, per country, per year and overall.
- Chart series: missions per region since launch, activities per topic in the period.

Pure: no database, no reportlab. ``build_progress_report`` is tested by value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

MERCATOR_LAUNCH = date(2014, 6, 1)
NO_TOPIC = ""


def wco_year(today: date) -> tuple[date, date]:
    """The WCO year (1 July – 30 June) that contains ``today``."""
    start_year = today.year if today.month >= 7 else today.year - 1
    return date(start_year, 7, 1), date(start_year + 1, 6, 30)


def wco_year_of(day: date) -> int:
    """The calendar year in which the WCO year holding ``day`` begins (2018 for 2018/19)."""
    return wco_year(day)[0].year


def wco_year_label(year: int) -> str:
    """``2018/19`` for the WCO year that begins on 1 July 2018."""
    return f"{year}/{(year + 1) % 100:02d}"


@dataclass(frozen=True)
class ActivityRecord:
    """One mission as the progress report sees it (labels already in the report language)."""

    code: str
    title: str
    start_date: date
    end_date: date | None
    country_iso2: str
    country: str
    region_code: str
    region: str
    type_label: str
    topics: tuple[str, ...]  # topic codes
    remote: bool
    programme: str
    experts: tuple[str, ...]
    women: int | None
    men: int | None
    total: int | None
    links: tuple[str, ...] = ()  # "Art. 7.6", "RAD 1" …

    @property
    def participants(self) -> int | None:
        if self.total is not None:
            return self.total
        if self.women is not None or self.men is not None:
            return (self.women or 0) + (self.men or 0)
        return None

    def in_period(self, start: date, end: date) -> bool:
        """Whether the mission starts in [start, end] (where it counts, once)."""
        return start <= self.start_date <= end


@dataclass(frozen=True)
class Totals:
    activities: int = 0
    women: int = 0
    men: int = 0
    participants: int = 0

    @classmethod
    def of(cls, records: Iterable[ActivityRecord]) -> Totals:
        rows = list(records)
        return cls(len(rows), sum(r.women or 0 for r in rows), sum(r.men or 0 for r in rows),
                   sum(r.participants or 0 for r in rows))


@dataclass(frozen=True)
class ActivityGroup:
    key: str
    label: str  # the group's heading: "Integrity", "Jamaica (Americas and the Caribbean)"
    rows: tuple[ActivityRecord, ...]
    subtotal: Totals
    name: str = ""  # short, for the subtotal line: "Integrity", "Jamaica"


@dataclass(frozen=True)
class CountryRow:
    iso2: str
    label: str
    counts: tuple[int, ...]  # per year of ``Matrix.years``
    total: int


@dataclass(frozen=True)
class RegionBlock:
    code: str
    label: str
    countries: tuple[CountryRow, ...]
    counts: tuple[int, ...]  # per year: the region's total
    total: int


@dataclass(frozen=True)
class Matrix:
    years: tuple[int, ...]  # WCO years, by the calendar year they begin in
    regions: tuple[RegionBlock, ...]
    year_totals: tuple[int, ...]
    total: int

    @property
    def year_labels(self) -> tuple[str, ...]:
        return tuple(wco_year_label(y) for y in self.years)

    def count(self, iso2: str, year: int) -> int:
        index = self.years.index(year)
        for region in self.regions:
            for country in region.countries:
                if country.iso2 == iso2:
                    return country.counts[index]
        return 0


@dataclass(frozen=True)
class FollowUpLine:
    """A follow-up assessment of the period beside its baseline (overall scores, percent)."""

    code: str
    country: str
    instrument: str
    baseline: str
    baseline_percent: float | None
    follow_up_percent: float | None

    @property
    def change(self) -> float | None:
        if self.baseline_percent is None or self.follow_up_percent is None:
            return None
        return self.follow_up_percent - self.baseline_percent


@dataclass(frozen=True)
class ProgressReportData:
    lang: str
    period_start: date
    period_end: date
    since: date
    produced_on: date
    by_topic: tuple[ActivityGroup, ...]
    by_country: tuple[ActivityGroup, ...]
    period_totals: Totals
    countries_in_period: int
    matrix: Matrix
    chart_regions: tuple[tuple[str, int], ...]
    chart_topics: tuple[tuple[str, int], ...]
    topic_labels: dict[str, str] = field(default_factory=dict)
    follow_ups: tuple[FollowUpLine, ...] = ()


def _sort_key(record: ActivityRecord) -> tuple[date, str]:
    return (record.start_date, record.code)


def build_progress_report(
    records: Sequence[ActivityRecord], *, period_start: date, period_end: date,
    since: date = MERCATOR_LAUNCH, topics: Sequence[tuple[str, str]],
    regions: Sequence[tuple[str, str]], lang: str = "en", produced_on: date | None = None,
    no_topic_label: str = "No topic given",
) -> ProgressReportData:
    """Group and count ``records`` (already filtered to delivered missions).

    ``topics`` and ``regions`` are (code, label) in the order the report lists them; a code
    met in the records but missing there is listed after them.
    """
    if period_end < period_start:
        raise ValueError("the period ends before it starts")
    in_period = sorted((r for r in records if r.in_period(period_start, period_end)),
                       key=_sort_key)

    # Part I by topic: a mission on several topics is listed under each.
    topic_order = [code for code, _ in topics]
    topic_label = dict(topics)
    grouped: dict[str, list[ActivityRecord]] = {}
    for record in in_period:
        for code in record.topics or (NO_TOPIC,):
            grouped.setdefault(code, []).append(record)
    topic_keys = sorted(grouped, key=lambda c: (
        c == NO_TOPIC, topic_order.index(c) if c in topic_order else len(topic_order), c))
    by_topic = tuple(
        ActivityGroup(code, label, tuple(grouped[code]), Totals.of(grouped[code]), label)
        for code, label in ((c, topic_label.get(c, c) if c else no_topic_label)
                            for c in topic_keys)
    )

    # Part I by country: regions in their order, countries by name.
    region_order = [code for code, _ in regions]
    by_country_rows: dict[str, list[ActivityRecord]] = {}
    for record in in_period:
        by_country_rows.setdefault(record.country_iso2, []).append(record)

    def country_key(iso2: str) -> tuple[int, str]:
        first = by_country_rows[iso2][0]
        index = region_order.index(first.region_code) if first.region_code in region_order \
            else len(region_order)
        return (index, first.country.casefold())

    by_country = tuple(
        ActivityGroup(iso2, f"{rows[0].country} ({rows[0].region})", tuple(rows), Totals.of(rows),
                      rows[0].country)
        for iso2, rows in ((k, by_country_rows[k]) for k in sorted(by_country_rows,
                                                                  key=country_key))
    )

    # Part II: region → country × WCO year since the launch date, up to the period's end.
    cumulative = [r for r in records if since <= r.start_date <= period_end]
    years = tuple(range(wco_year_of(since), wco_year_of(period_end) + 1)) \
        if since <= period_end else ()
    region_labels = dict(regions)
    cells: dict[str, dict[str, dict[int, int]]] = {}
    names: dict[str, str] = {}
    for record in cumulative:
        names[record.country_iso2] = record.country
        region_labels.setdefault(record.region_code, record.region)
        per_year = cells.setdefault(record.region_code, {}).setdefault(record.country_iso2, {})
        year = wco_year_of(record.start_date)
        per_year[year] = per_year.get(year, 0) + 1
    blocks = []
    for region_code in sorted(cells, key=lambda c: (
            region_order.index(c) if c in region_order else len(region_order), c)):
        countries = []
        for iso2 in sorted(cells[region_code], key=lambda i: names[i].casefold()):
            counts = tuple(cells[region_code][iso2].get(y, 0) for y in years)
            countries.append(CountryRow(iso2, names[iso2], counts, sum(counts)))
        region_counts = tuple(sum(c.counts[i] for c in countries) for i in range(len(years)))
        blocks.append(RegionBlock(region_code, region_labels[region_code], tuple(countries),
                                  region_counts, sum(region_counts)))
    year_totals = tuple(sum(b.counts[i] for b in blocks) for i in range(len(years)))
    matrix = Matrix(years, tuple(blocks), year_totals, sum(year_totals))

    chart_regions = tuple((b.label, b.total) for b in blocks)
    chart_topics = tuple((g.label, g.subtotal.activities) for g in by_topic)
    return ProgressReportData(
        lang=lang, period_start=period_start, period_end=period_end, since=since,
        produced_on=produced_on or date.today(), by_topic=by_topic, by_country=by_country,
        period_totals=Totals.of(in_period), countries_in_period=len(by_country_rows),
        matrix=matrix, chart_regions=chart_regions, chart_topics=chart_topics,
        topic_labels={code: label for code, label in topics},
    )
