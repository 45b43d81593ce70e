"""Draws a ``ProgressReportData`` (A4 landscape) and writes the same tables as CSV files."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from .charts import bar_chart
from .fonts import BOLD, REGULAR
from .layout import (
    LIGHT,
    NAVY,
    RULE,
    Heading,
    Line,
    Metadata,
    Outline,
    PageFurniture,
    build_document,
    contents_table,
    data_table,
    document_width,
    make_styles,
    make_table,
    para,
)
from .progress_data import ActivityGroup, ActivityRecord, ProgressReportData
from .texts import Texts, format_percent, format_points, is_rtl

WIDTH = document_width(landscape_pages=True)


class _Builder:
    def __init__(self, data: ProgressReportData) -> None:
        self.data = data
        self.t = Texts(data.lang)
        self.rtl = is_rtl(data.lang)
        self.s = make_styles(9, rtl=self.rtl)
        self.outline = Outline()
        self.story: list[Flowable] = []
        self.entries: list[tuple[str, str, int]] = []
        self.region_style = ParagraphStyle("region", parent=self.s["cell_bold"],
                                           textColor=NAVY)

    def heading(self, title: str, level: int = 0) -> None:
        key = f"h{len(self.entries)}"
        self.entries.append((key, title, level))
        self.story.append(Heading(title, self.s["h1" if level == 0 else "h2"], key, level,
                                  self.outline))

    def cell(self, text: str, style: str = "cell") -> Paragraph:
        return para(text, self.s[style])

    def num(self, text: str, bold: bool = False) -> Line:
        return Line(text, font=BOLD if bold else REGULAR, size=self.s["cell"].fontSize,
                    align="left" if self.rtl else "right")

    def table(self, rows: list[list[Any]], widths: list[float], **options: Any) -> Table:
        """A data table in the report's direction (``layout.data_table``)."""
        return data_table(rows, widths, rtl=self.rtl, **options)

    def head(self, text: str, right: bool = False) -> Paragraph:
        return para(text, self.s["head_right" if right else "head"])

    # --- parts --------------------------------------------------------------------------------

    def title_block(self) -> list[Flowable]:
        d, t, s = self.data, self.t, self.s
        band = make_table([[para(t("wco").upper(), s["cover_org"])]], [WIDTH],
                          [("LINEABOVE", (0, 0), (-1, 0), 3, NAVY),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, 0), 8)], rtl=self.rtl)
        totals = d.period_totals
        summary = [
            [self.head(t("activities"), True), self.head(t("countries"), True),
             self.head(t("women"), True), self.head(t("men"), True),
             self.head(t("participants"), True),
             self.head(t("since_line", date=t.date(d.since)), True)],
            [self.num(str(totals.activities)), self.num(str(d.countries_in_period)),
             self.num(str(totals.women)), self.num(str(totals.men)),
             self.num(str(totals.participants)), self.num(str(d.matrix.total))],
        ]
        return [
            band, Spacer(1, 0.8 * cm),
            para(t("progress_title"), s["cover_title"]),
            para(t("period_line", start=t.date(d.period_start), end=t.date(d.period_end)),
                 s["cover_sub"]),
            para(t("generated_on", date=t.date(d.produced_on)), s["cover_unit"]),
            Spacer(1, 0.6 * cm),
            para(t("summary"), s["h3"]),
            self.table(summary, [3.2 * cm] * 5 + [5.2 * cm], zebra=False),
            Spacer(1, 0.4 * cm),
            para(t("scope_note"), s["note"]),
        ]

    def activity_table(self, groups: tuple[ActivityGroup, ...]) -> None:
        t = self.t
        header = [self.head(t("dates")), self.head(t("country")), self.head(t("type")),
                  self.head(t("title")), self.head(t("mode")), self.head(t("programme")),
                  self.head(t("experts")), self.head(t("w_m"), True),
                  self.head(t("links_short"))]
        widths = [3.0 * cm, 2.6 * cm, 2.9 * cm, 5.0 * cm, 1.7 * cm, 3.4 * cm, 3.1 * cm,
                  1.5 * cm]
        widths.append(WIDTH - sum(widths))
        rows: list[list[Any]] = [header]
        extra: list[tuple[Any, ...]] = []
        for group in groups:
            rows.append([self.cell(group.label, "cell_bold")] + [""] * 8)
            i = len(rows) - 1
            extra += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), LIGHT),
                      ("LINEABOVE", (0, i), (-1, i), 0.8, NAVY)]
            for r in group.rows:
                rows.append(self.activity_row(r))
            sub = group.subtotal
            key = "subtotal_of_one" if sub.activities == 1 else "subtotal_of"
            rows.append([self.cell(t(key, label=group.name or group.label, n=sub.activities),
                                   "cell_bold"), "", "", "", "", "", "",
                         self.num(f"{sub.women} / {sub.men}", bold=True), ""])
            i = len(rows) - 1
            # The subtotal never starts a page alone: it stays with the group's last row.
            extra += [("SPAN", (0, i), (6, i)), ("LINEABOVE", (0, i), (-1, i), 0.5, RULE),
                      ("NOSPLIT", (0, i - 1), (-1, i))]
        self.story.append(self.table(rows, widths, zebra=False, extra=extra))

    def activity_row(self, r: ActivityRecord) -> list[Any]:
        t = self.t

        def num(v: int | None) -> str:
            return "–" if v is None else str(v)

        return [self.cell(t.date_range(r.start_date, r.end_date)),
                self.cell(f"{r.country} ({r.region_code})"), self.cell(r.type_label),
                self.cell(f"{r.title} [{r.code}]"),
                self.cell(t("mode_remote") if r.remote else t("mode_in_country")),
                self.cell(r.programme or "–"), self.cell(", ".join(r.experts) or "–"),
                self.num(f"{num(r.women)} / {num(r.men)}"),
                self.cell(", ".join(r.links) or "–")]

    def part1(self) -> None:
        d, t = self.data, self.t
        self.heading(t("part1"))
        if not d.by_topic:
            self.story.append(para(t("no_activities"), self.s["note"]))
            return
        self.heading(t("part1_topic"), 1)
        self.activity_table(d.by_topic)
        self.story.append(PageBreak())
        self.heading(t("part1_country"), 1)
        self.activity_table(d.by_country)
        if d.follow_ups:
            self.follow_ups()

    def follow_ups(self) -> None:
        """Follow-up assessments of the period beside their baselines (overall scores)."""
        d, t, lang = self.data, self.t, self.data.lang
        self.heading(t("part1_follow_ups"), 1)
        self.story.append(para(t("follow_ups_note"), self.s["note"]))
        rows: list[list[Any]] = [[self.head(t("mission_code")), self.head(t("country")),
                                  self.head(t("instrument")), self.head(t("baseline")),
                                  self.head(t("score_baseline"), True),
                                  self.head(t("score_follow_up"), True),
                                  self.head(t("change_points"), True)]]
        for line in d.follow_ups:
            rows.append([self.cell(line.code), self.cell(line.country),
                         self.cell(line.instrument), self.cell(line.baseline),
                         self.num(format_percent(line.baseline_percent, lang)),
                         self.num(format_percent(line.follow_up_percent, lang)),
                         self.num(format_points(line.change), bold=True)])
        numbers = [1.9 * cm, 1.9 * cm, 1.9 * cm]
        rest = WIDTH - sum(numbers)
        self.story.append(self.table(rows, [rest * 0.2, rest * 0.15, rest * 0.3, rest * 0.35,
                                            *numbers]))

    def part2(self) -> None:
        d, t = self.data, self.t
        self.story.append(PageBreak())
        self.heading(t("part2", date=t.date(d.since)))
        m = d.matrix
        self.heading(t("part2_matrix"), 1)
        if not m.regions:
            self.story.append(para(t("no_missions_since"), self.s["note"]))
        else:
            year_w = min(1.5 * cm, (WIDTH - 7.5 * cm - 1.8 * cm) / max(1, len(m.years)))
            widths = [7.5 * cm] + [year_w] * len(m.years) + [1.8 * cm]
            rows: list[list[Any]] = [[self.head(f"{t('region')} / {t('country')}")]
                                     + [self.head(label, True) for label in m.year_labels]
                                     + [self.head(t("total"), True)]]
            extra: list[tuple[Any, ...]] = []

            def n(value: int) -> str:
                return str(value) if value else "·"

            for block in m.regions:
                rows.append([para(block.label, self.region_style)]
                            + [""] * (len(m.years) + 1))
                i = len(rows) - 1
                extra += [("SPAN", (0, i), (-1, i)), ("TOPPADDING", (0, i), (-1, i), 6)]
                for c in block.countries:
                    rows.append([self.cell("\u2003" + c.label)]
                                + [self.num(n(v)) for v in c.counts]
                                + [self.num(str(c.total))])
                rows.append([self.cell(t("total_region", region=block.label), "cell_bold")]
                            + [self.num(str(v)) for v in block.counts]
                            + [self.num(str(block.total), bold=True)])
                i = len(rows) - 1
                extra += [("BACKGROUND", (0, i), (-1, i), LIGHT),
                          ("LINEBELOW", (0, i), (-1, i), 0.8, NAVY),
                          ("NOSPLIT", (0, i - 1), (-1, i))]
            rows.append([self.cell(t("grand_total"), "cell_bold")]
                        + [self.num(str(v), bold=True) for v in m.year_totals]
                        + [self.num(str(m.total), bold=True)])
            i = len(rows) - 1
            extra += [("BACKGROUND", (0, i), (-1, i), NAVY.clone(alpha=0.15)),
                      ("LINEABOVE", (0, i), (-1, i), 1.2, NAVY)]
            self.story.append(self.table(rows, widths, zebra=False, extra=extra))
            self.story.append(para(t("wco_year_note"), self.s["note"]))
        self.heading(t("part2_charts"), 1)
        half = (WIDTH - 1 * cm) / 2
        left = bar_chart(d.chart_regions or (("–", 0),), half, label_width=5.2 * cm)
        right = bar_chart(d.chart_topics or (("–", 0),), half, label_width=6.4 * cm)
        charts = make_table([[para(t("chart_regions", date=t.date(d.since)), self.s["caption"]),
                              para(t("chart_topics"), self.s["caption"])], [left, right]],
                            [half + 0.5 * cm, half + 0.5 * cm],
                            [("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("BOX", (0, 0), (0, -1), 0.4, RULE),
                             ("BOX", (1, 0), (1, -1), 0.4, RULE),
                             ("TOPPADDING", (0, 0), (-1, 0), 6)], rtl=self.rtl)
        self.story.append(charts)

    def build(self) -> list[Flowable]:
        head = self.title_block()
        self.part1()
        self.part2()
        contents = [Spacer(1, 0.5 * cm), para(self.t("contents"), self.s["h3"]),
                    contents_table(self.entries, self.outline, self.s, WIDTH * 0.6),
                    PageBreak()]
        return head + contents + self.story


def render_progress_report(data: ProgressReportData, target: Any,
                           progress: Callable[[float], None] | None = None) -> int:
    builder = _Builder(data)
    story = builder.build()
    t = builder.t
    period = t("period_line", start=t.date(data.period_start), end=t.date(data.period_end))
    furniture = PageFurniture(
        header_left=f"{t('progress_title')} — {period}", header_right=t("wco"),
        footer_left=t("generated_on", date=t.date(data.produced_on)),
        page_of=lambda page, total: t("page_of", page=page, total=total), cover_page=False,
        rtl=builder.rtl,
    )
    metadata = Metadata(title=f"{t('progress_title')} — {period}", author=t("wco"),
                        subject=t("progress_title"), keywords=("WCO", "capacity building"),
                        lang=data.lang)
    return build_document(target, story, furniture=furniture, outline=builder.outline,
                          metadata=metadata, landscape_pages=True, progress=progress)


# --- CSV --------------------------------------------------------------------------------------

CSV_FILES = ("part1_by_topic.csv", "part1_by_country.csv", "part2_missions_by_year.csv")


def _activity_csv(groups: tuple[ActivityGroup, ...], group_header: str, t: Texts) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([group_header, "code", "start_date", "end_date", "country", "region",
                     "type", "title", "delivery", "programme", "experts", "women", "men",
                     "participants", "links"])
    for group in groups:
        for r in group.rows:
            writer.writerow([
                group.label, r.code, r.start_date.isoformat(),
                r.end_date.isoformat() if r.end_date else "", r.country, r.region_code,
                r.type_label, r.title, "virtual" if r.remote else "in_country", r.programme,
                "; ".join(r.experts), "" if r.women is None else r.women,
                "" if r.men is None else r.men,
                "" if r.participants is None else r.participants, "; ".join(r.links)])
        sub = group.subtotal
        writer.writerow([group.label, f"{t('subtotal')}: {sub.activities}", "", "", "", "",
                         "", "", "", "", "", sub.women, sub.men, sub.participants, ""])
    return buffer.getvalue()


def _matrix_csv(data: ProgressReportData, t: Texts) -> str:
    m = data.matrix
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["region", "country", *m.year_labels, "total"])
    for block in m.regions:
        for c in block.countries:
            writer.writerow([block.code, c.label, *c.counts, c.total])
        writer.writerow([block.code, t("total_region", region=block.label), *block.counts,
                         block.total])
    writer.writerow(["", t("grand_total"), *m.year_totals, m.total])
    return buffer.getvalue()


def progress_csv_files(data: ProgressReportData) -> dict[str, str]:
    """File name → CSV text of each table of the report."""
    t = Texts(data.lang)
    return {
        CSV_FILES[0]: _activity_csv(data.by_topic, "topic", t),
        CSV_FILES[1]: _activity_csv(data.by_country, "country_group", t),
        CSV_FILES[2]: _matrix_csv(data, t),
    }


def write_progress_csv(data: ProgressReportData, folder: Path) -> list[Path]:
    """Write the CSV files into ``folder`` (UTF-8 with a byte-order mark, for spreadsheets)."""
    written = []
    for name, text in progress_csv_files(data).items():
        path = folder / name
        tmp = folder / f".{name}.part"
        # Readable by the owner only, as the PDF (the tables name people and places).
        handle = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            stream.write(text)
        tmp.replace(path)
        written.append(path)
    return written
