"""The progress report's data, by value, against hand-computed totals."""

from __future__ import annotations

from datetime import date

import pytest

from mercator_desktop.reports.progress_data import (
    ActivityRecord,
    Totals,
    build_progress_report,
    wco_year,
)

TOPICS = [("integrity", "Integrity"), ("hrd", "HRD"), ("gender", "Gender")]
REGIONS = [("AMS", "Americas"), ("EUR", "Europe"), ("ESA", "East and Southern Africa")]
COUNTRY = {"JM": ("Jamaica", "AMS"), "BS": ("Bahamas", "AMS"), "KZ": ("Kazakhstan", "EUR"),
           "MU": ("Mauritius", "ESA")}


def rec(code: str, start: date, end: date | None, iso2: str, topics: tuple[str, ...],
        women: int | None = None, men: int | None = None,
        total: int | None = None) -> ActivityRecord:
    name, region = COUNTRY[iso2]
    return ActivityRecord(code=code, title=f"Mission {code}", start_date=start, end_date=end,
                          country_iso2=iso2, country=name, region_code=region,
                          region=dict(REGIONS)[region], type_label="Workshop", topics=topics,
                          remote=False, programme="", experts=("A",), women=women, men=men,
                          total=total)


RECORDS = [
    # before the period: only in Part II
    rec("JM-15", date(2015, 3, 2), date(2015, 3, 6), "JM", ("integrity",), 5, 5),
    rec("KZ-17", date(2017, 9, 4), date(2017, 9, 8), "KZ", ("hrd",)),
    # before the launch date: nowhere
    rec("MU-13", date(2013, 5, 1), date(2013, 5, 3), "MU", ("integrity",)),
    # in the period 1 July 2018 – 30 June 2019
    rec("JM-18", date(2018, 7, 16), date(2018, 7, 20), "JM", ("integrity", "hrd"), 9, 8),
    rec("BS-18", date(2018, 11, 12), date(2018, 11, 16), "BS", ("integrity",), 12, 14),
    rec("MU-19", date(2019, 5, 9), date(2019, 5, 10), "MU", ("gender",), None, None, 30),
    rec("KZ-19", date(2019, 3, 11), date(2019, 3, 15), "KZ", ()),
    # across 30 June 2018: counts in the WCO year of its start (2017/18) only, not here
    rec("JM-1806", date(2018, 6, 28), date(2018, 7, 2), "JM", ("hrd",), 1, 2),
    # after the period: nowhere
    rec("MU-1907", date(2019, 7, 1), date(2019, 7, 3), "MU", ("gender",)),
]


@pytest.fixture(scope="module")
def data():  # type: ignore[no-untyped-def]
    return build_progress_report(
        RECORDS, period_start=date(2018, 7, 1), period_end=date(2019, 6, 30),
        since=date(2014, 6, 1), topics=TOPICS, regions=REGIONS, produced_on=date(2019, 7, 5))


def test_part1_by_topic_lists_a_mission_under_each_topic_with_subtotals(data):
    groups = {g.key: g for g in data.by_topic}
    assert [g.key for g in data.by_topic] == ["integrity", "hrd", "gender", ""]
    assert [r.code for r in groups["integrity"].rows] == ["JM-18", "BS-18"]
    assert [r.code for r in groups["hrd"].rows] == ["JM-18"]
    assert groups["integrity"].subtotal == Totals(2, 21, 22, 43)
    assert groups["hrd"].subtotal == Totals(1, 9, 8, 17)
    assert groups["gender"].subtotal == Totals(1, 0, 0, 30)
    assert groups[""].label == "No topic given" and groups[""].subtotal.activities == 1


def test_period_totals_count_each_mission_once(data):
    assert data.period_totals == Totals(4, 21, 22, 73)
    assert data.countries_in_period == 4


def test_part1_by_country_in_region_order_with_subtotals(data):
    assert [g.key for g in data.by_country] == ["BS", "JM", "KZ", "MU"]
    jamaica = data.by_country[1]
    assert jamaica.label == "Jamaica (Americas)"
    assert [r.code for r in jamaica.rows] == ["JM-18"]
    assert jamaica.subtotal == Totals(1, 9, 8, 17)


def test_part2_matrix_counts_and_totals(data):
    m = data.matrix
    # WCO years: 1 June 2014 is in 2013/14; each mission in the year of its start date
    assert m.years == (2013, 2014, 2015, 2016, 2017, 2018)
    assert m.year_labels == ("2013/14", "2014/15", "2015/16", "2016/17", "2017/18", "2018/19")
    assert [b.code for b in m.regions] == ["AMS", "EUR", "ESA"]
    ams, eur, esa = m.regions
    assert [(c.iso2, c.counts, c.total) for c in ams.countries] == [
        ("BS", (0, 0, 0, 0, 0, 1), 1), ("JM", (0, 1, 0, 0, 1, 1), 3)]
    assert ams.counts == (0, 1, 0, 0, 1, 2) and ams.total == 4
    assert [(c.iso2, c.counts) for c in eur.countries] == [("KZ", (0, 0, 0, 0, 1, 1))]
    assert eur.total == 2
    assert esa.counts == (0, 0, 0, 0, 0, 1) and esa.total == 1  # MU-13 before launch
    assert m.year_totals == (0, 1, 0, 0, 2, 4)
    assert m.total == 7
    assert m.count("JM", 2018) == 1 and m.count("JM", 2017) == 1 and m.count("MU", 2018) == 1


def test_charts_series(data):
    assert data.chart_regions == (("Americas", 4), ("Europe", 2),
                                  ("East and Southern Africa", 1))
    assert data.chart_topics == (("Integrity", 2), ("HRD", 1), ("Gender", 1),
                                 ("No topic given", 1))


def test_since_date_moves_part2_only():
    later = build_progress_report(RECORDS, period_start=date(2018, 7, 1),
                                  period_end=date(2019, 6, 30), since=date(2018, 1, 1),
                                  topics=TOPICS, regions=REGIONS)
    assert later.matrix.years == (2017, 2018)
    assert later.matrix.total == 5
    assert later.period_totals.activities == 4


def test_empty_and_reversed_periods():
    empty = build_progress_report([], period_start=date(2020, 7, 1), period_end=date(2021, 6, 30),
                                  topics=TOPICS, regions=REGIONS)
    assert empty.by_topic == () and empty.matrix.regions == () and empty.matrix.total == 0
    with pytest.raises(ValueError, match="ends before it starts"):
        build_progress_report([], period_start=date(2021, 7, 1), period_end=date(2021, 6, 30),
                              topics=TOPICS, regions=REGIONS)


@pytest.mark.parametrize(("today", "period"), [
    (date(2019, 3, 1), (date(2018, 7, 1), date(2019, 6, 30))),
    (date(2019, 7, 1), (date(2019, 7, 1), date(2020, 6, 30))),
    (date(2019, 6, 30), (date(2018, 7, 1), date(2019, 6, 30))),
])
def test_wco_year(today, period):
    assert wco_year(today) == period


def test_a_mission_across_30_june_counts_once_in_the_year_of_its_start():
    """JM-1806 runs from 28 June to 2 July 2018: it is an activity of 2017/18 only, with its
    participants, in Part I and in Part II alike; two consecutive years add up."""
    years = [build_progress_report(RECORDS, period_start=start, period_end=end,
                                   topics=TOPICS, regions=REGIONS)
             for start, end in (wco_year(date(2018, 1, 1)), wco_year(date(2019, 1, 1)))]
    before, after = years
    assert [r.code for r in before.by_country[0].rows] == ["JM-1806"]
    assert before.period_totals == Totals(2, 1, 2, 3)  # with KZ-17 (September 2017)
    assert "JM-1806" not in {r.code for g in after.by_topic for r in g.rows}
    assert before.matrix.count("JM", 2017) == 1 and after.matrix.count("JM", 2017) == 1
    assert after.matrix.count("JM", 2018) == 1  # JM-18 only, not JM-1806 again
    in_both_years = [r for r in RECORDS if date(2017, 7, 1) <= r.start_date <= date(2019, 6, 30)]
    assert before.period_totals.activities + after.period_totals.activities == len(in_both_years)
    assert before.period_totals.participants + after.period_totals.participants == sum(
        r.participants or 0 for r in in_both_years)
