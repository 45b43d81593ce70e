"""The progress report from the demonstration data: which missions count, the rendered PDF
parsed back (Part I and II headings, the matrix totals printed equal the data, French) and
the CSV tables."""

from __future__ import annotations

import csv
import re
from datetime import date

import pikepdf
import pytest

from mercator_desktop.domain.errors import ValidationError
from mercator_desktop.services.progress_report import (
    activity_records,
    export_progress_report,
    progress_report_data,
)
from mercator_desktop.services.report_data import ReportWriteError

from .conftest import pdf_text

START, END = date(2018, 7, 1), date(2019, 6, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, _migrated_database):  # type: ignore[no-untyped-def]
    import shutil

    from mercator_desktop.services.demo import load_demo
    from mercator_desktop.services.store import open_store

    folder = tmp_path_factory.mktemp("progress-demo")
    shutil.copyfile(_migrated_database, folder / "mercator.sqlite")
    store = open_store(folder, user="tester")
    load_demo(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def rendered(demo, tmp_path_factory):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("progress")
    result = export_progress_report(demo, out / "progress.pdf", START, END,
                                    csv_dir=out / "tables")
    return result, pdf_text(result.path)


def test_only_delivered_missions_with_dates_count(demo):
    records = activity_records(demo, date(2030, 12, 31))
    codes = {r.code for r in records}
    assert "JM-2019-INTD-01" in codes and "TJ-2022-TFAD-01" in codes  # closed, follow-up
    assert "MZ-2026-CIPS-01" in codes and "KZ-2026-TRS-01" in codes  # report final / draft
    assert not codes & {"TZ-2026-COC-01", "ML-2027-GEOAT-01", "NP-2027-SCOP-01"}  # not yet
    jamaica = next(r for r in records if r.code == "JM-2019-INTD-01")
    assert jamaica.region_code == "AMS" and jamaica.region == "Americas and the Caribbean"
    assert jamaica.experts == ("José Ramírez Ortega", "Ingrid Solberg")  # lead first
    assert jamaica.links[:2] == ("RAD 1", "RAD 2")
    assert (jamaica.women, jamaica.men, jamaica.participants) == (13, 10, 23)


def test_period_data_from_the_demo(demo):
    data = progress_report_data(demo, START, END)
    codes = sorted(r.code for g in data.by_country for r in g.rows)
    assert codes == ["BM-2018-INTA-01", "BS-2018-INTSA-01", "JM-2019-INTD-01",
                     "KZ-2019-INTD-01", "MU-2018-SUP-01", "MU-2019-GEOAT-01",
                     "SL-2018-VAL-01"]
    assert data.period_totals.activities == 7
    integrity = next(g for g in data.by_topic if g.key == "integrity")
    assert integrity.subtotal.activities == 5
    assert data.matrix.years == tuple(range(2013, 2019))  # WCO years 2013/14 … 2018/19
    assert data.matrix.total == 7  # nothing in the demo before July 2018
    assert data.matrix.count("MU", 2018) == 2  # both in the WCO year 2018/19


def test_reversed_period_and_launch_after_the_period_are_refused(demo, tmp_path):
    with pytest.raises(ValidationError, match=r"ends .* before it starts"):
        export_progress_report(demo, tmp_path / "x.pdf", END, START)
    with pytest.raises(ValidationError, match="launch date"):
        export_progress_report(demo, tmp_path / "x.pdf", START, END, since=date(2020, 1, 1))
    with pytest.raises(ReportWriteError, match="does not exist"):
        export_progress_report(demo, tmp_path / "nowhere" / "x.pdf", START, END)
    assert list(tmp_path.iterdir()) == []


def test_pdf_parts_and_furniture(rendered):
    result, texts = rendered
    text = re.sub(r"\s+", " ", "\n".join(texts))
    for heading in ("Capacity Building Progress Report",
                    "Reporting period: 1 July 2018 to 30 June 2019",
                    "Part I — Activities in the reporting period", "I.1 Activities by topic",
                    "I.2 Activities by country",
                    "Part II — Missions per region and per country since 1 June 2014",
                    "II.1 Missions by region, country and WCO year",
                    "Years are WCO years (1 July – 30 June).",
                    "Missions per region since 1 June 2014",
                    "Activities per topic in the period",
                    "Subtotal Integrity: 5 activities", "José Ramírez Ortega"):
        assert heading in text, heading
    assert len(texts) == result.pages
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {result.pages}" in page
    with pikepdf.open(result.path) as pdf:
        assert pdf.check_pdf_syntax() == []


def test_matrix_totals_printed_equal_the_data(rendered, demo):
    _result, texts = rendered
    data = progress_report_data(demo, START, END)
    page = [t for t in texts if "II.1 Missions by region" in t][-1]  # not the contents
    # pypdf gives one table cell per line: a row is its label and the cells after it.
    tokens = [re.sub(r"\s+", " ", line).strip() for line in page.splitlines()]
    width = len(data.matrix.years) + 1

    def row(label: str) -> list[str]:
        at = tokens.index(label)
        return tokens[at + 1:at + 1 + width]

    assert row("All regions") == [str(v) for v in (*data.matrix.year_totals, data.matrix.total)]
    for block in data.matrix.regions:
        assert row(f"Total {block.label}") == [str(v) for v in (*block.counts, block.total)]
        for country in block.countries:
            assert row(country.label) == [str(v) if v else "·" for v in country.counts] + [
                str(country.total)]


def test_csv_tables_hold_the_same_numbers(rendered, demo):
    result, _texts = rendered
    data = progress_report_data(demo, START, END)
    names = sorted(p.name for p in result.csv_files)
    assert names == ["part1_by_country.csv", "part1_by_topic.csv",
                     "part2_missions_by_year.csv"]
    folder = result.csv_files[0].parent
    with (folder / "part2_missions_by_year.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["region", "country", *data.matrix.year_labels, "total"]
    assert rows[-1] == ["", "All regions", *[str(v) for v in data.matrix.year_totals],
                        str(data.matrix.total)]
    with (folder / "part1_by_topic.csv").open(encoding="utf-8-sig", newline="") as f:
        topic_rows = list(csv.DictReader(f))
    missions = [r for r in topic_rows if r["topic"] == "Integrity" and r["start_date"]]
    assert len(missions) == 5
    assert any(r["code"] == "Subtotal: 5" for r in topic_rows)


def test_french_progress_report(demo, tmp_path):
    result = export_progress_report(demo, tmp_path / "rapport.pdf", START, END, lang="fr")
    text = re.sub(r"\s+", " ", "\n".join(pdf_text(result.path)))
    for heading in ("Rapport d'avancement du renforcement des capacités",
                    "Période : du 1er juillet 2018 au 30 juin 2019",
                    "Partie I — Activités de la période", "Activités par thème",
                    "Partie II — Missions par région et par pays depuis le 1er juin 2014",
                    "Toutes régions", f"Page 1 sur {result.pages}", "Intégrité"):
        assert heading in text, heading


def test_spanish_progress_report(demo, tmp_path):
    result = export_progress_report(demo, tmp_path / "informe.pdf", START, END, lang="es")
    text = re.sub(r"\s+", " ", "\n".join(pdf_text(result.path)))
    for heading in ("Informe de avance del fomento de capacidades",
                    "Período del informe: del 1 de julio de 2018 al 30 de junio de 2019",
                    "Parte I — Actividades del período", "Actividades por tema",
                    "Parte II — Misiones por región y por país desde el 1 de junio de 2014",
                    "Todas las regiones", f"Página 1 de {result.pages}", "Integridad"):
        assert heading in text, heading
    assert "Activities by topic" not in text
