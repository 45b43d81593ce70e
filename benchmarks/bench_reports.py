"""The mission report PDF with two full instruments, against bare reportlab.

Method: a new data folder with the demonstration data and findings; on the demonstration
mission JM-2019-INTD-01 an integrity and a GEOAT assessment are started and *every* question
of both is answered (a note on about a quarter of them). Then:

- *render*: ``render_mission_report(data, BytesIO())`` with the report data already read
  (layout: cover, contents, score tables, radar and bar charts, findings, action plan,
  annexes with every answer and the history summary; page furniture "Page X of Y");
- *export*: ``export_mission_report(store, mission, path)``: read the data, render, write
  the file atomically; what the Export button does.

- *Word*: ``render_mission_docx(data, BytesIO())``, the same report as a Word document
  (issue 13 asks for under a second); its baseline is the PDF render of the same data, so
  the ratio says what the Word file costs next to the PDF.

Baseline, alternating with the app call by call: a bare reportlab document
(``SimpleDocTemplate``, A4) made from the app's own story, flowable by flowable: every
paragraph becomes a plain ``Paragraph`` of the same text, every table a plain ``Table`` of the
same rows and columns holding the same cell texts (with a grid and the same repeated header
rows), every chart a plain reportlab ``HorizontalBarChart`` or ``SpiderChart`` of the same
values and labels, spacers and page breaks as they are, all in the same embedded font. Page
breaks are then added until the bare document has the app's page count; the note says the
page, table and chart counts of both. For *export*, the bare document is written to a file.
"""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from .harness import Bench

MISSION = "JM-2019-INTD-01"
RENDER = "mission report, 2 full instruments: render"
EXPORT = "mission report: export (read data + render + write file)"
BARE = "bare reportlab: same pages, tables, charts and text"
BARE_FILE = "bare reportlab: same document written to a file"
WORD = "mission report as Word (.docx), 2 full instruments: render"
WORD_BASE = "the same report as a PDF (render), for the Word figure"


def build_store(folder: Path) -> tuple[Any, str, int]:
    from mercator_desktop.services.assessments import AssessmentService
    from mercator_desktop.services.demo import demo_id, load_demo
    from mercator_desktop.services.findings import load_demo_findings
    from mercator_desktop.services.store import open_store

    from .generate import _answer_value

    store = open_store(folder, user="bench")
    load_demo(store)
    load_demo_findings(store)
    mission_id = demo_id("mission", MISSION)
    service = AssessmentService(store)
    rng = random.Random(7)
    answered = 0
    for template_id in ("integrity", "geoat"):
        assessment = service.start(mission_id, template_id)
        template = service.template(assessment.template_id, assessment.template_version)
        for question in template.questions:
            service.set_answer(assessment.id, question.id, _answer_value(rng, question))
            if rng.random() < 0.25:
                service.set_note(assessment.id, question.id, "Seen in the circular of 12 May; "
                                 "confirmed by the HR director.")
            answered += 1
    return store, mission_id, answered


class BareDocument:
    """Plain reportlab equivalents of the app's flowables, rebuilt for each call."""

    def __init__(self, story: list[Any]) -> None:
        from reportlab.lib.styles import ParagraphStyle

        from mercator_desktop.reports.fonts import BOLD, REGULAR, register_fonts

        register_fonts()
        self.story = story
        self.body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13.1,
                                   spaceAfter=4)
        self.heading = ParagraphStyle("heading", fontName=BOLD, fontSize=13, leading=17,
                                      spaceBefore=8, spaceAfter=4)
        self.cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=10)
        self.extra_breaks = 0
        self.margin_cm = 2.0  # the app's; lowered at the top and bottom to match its pages
        self.counts = {"tables": 0, "charts": 0, "paragraphs": 0}

    # --- translation ---------------------------------------------------------------------

    def _text(self, flowable: Any) -> str:
        from reportlab.platypus import Paragraph

        if isinstance(flowable, str):
            return flowable
        if isinstance(flowable, Paragraph):
            return flowable.getPlainText()
        text = getattr(flowable, "text", "")
        return text if isinstance(text, str) else ""

    def _chart(self, drawing: Any) -> list[Any]:
        from reportlab.graphics.charts.barcharts import HorizontalBarChart
        from reportlab.graphics.charts.spider import SpiderChart
        from reportlab.graphics.shapes import Drawing

        charts: list[Any] = []
        for item in getattr(drawing, "contents", []):
            if isinstance(item, HorizontalBarChart):
                bare = Drawing(drawing.width, drawing.height)
                chart = HorizontalBarChart()
                chart.x, chart.y = 120, 15
                chart.width, chart.height = max(50, drawing.width - 140), max(
                    20, drawing.height - 25)
                chart.data = [list(row) for row in item.data]
                chart.categoryAxis.categoryNames = list(item.categoryAxis.categoryNames)
                chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, 100
                bare.add(chart)
                charts.append(bare)
            elif isinstance(item, SpiderChart):
                bare = Drawing(drawing.width, drawing.height)
                chart = SpiderChart()
                chart.x = chart.y = 25
                chart.width = chart.height = max(50, min(drawing.width, drawing.height) - 50)
                chart.data = [list(row) for row in item.data]
                chart.labels = list(item.labels)
                bare.add(chart)
                charts.append(bare)
        self.counts["charts"] += len(charts)
        return charts

    def _cell(self, value: Any) -> Any:
        from reportlab.graphics.shapes import Drawing
        from reportlab.platypus import Table

        if isinstance(value, (list, tuple)):
            return [c for v in value for c in self._flowables([v])]
        if isinstance(value, Table):
            return self._table(value)
        if isinstance(value, Drawing):
            return self._chart(value)
        from reportlab.platypus import Paragraph

        text = self._text(value)
        return Paragraph(escape(text), self.cell) if text else ""

    def _table(self, table: Any) -> Any:
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        self.counts["tables"] += 1
        rows = [[self._cell(c) for c in row] for row in table._cellvalues]
        bare = Table(rows, colWidths=list(table._colWidths), repeatRows=table.repeatRows,
                     hAlign="LEFT")
        bare.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
        return bare

    def _flowables(self, flowables: list[Any]) -> list[Any]:
        from reportlab.graphics.shapes import Drawing
        from reportlab.platypus import (
            CondPageBreak,
            KeepTogether,
            PageBreak,
            Paragraph,
            Spacer,
            Table,
        )

        out: list[Any] = []
        for f in flowables:
            if isinstance(f, Table):
                out.append(self._table(f))
            elif isinstance(f, Drawing):
                out += self._chart(f)
            elif isinstance(f, KeepTogether):
                out.append(KeepTogether(self._flowables(list(f._content))))
            elif isinstance(f, (Spacer, PageBreak, CondPageBreak)):
                out.append(f)  # plain reportlab already, and stateless
            else:
                text = self._text(f)
                if text:
                    self.counts["paragraphs"] += 1
                    style = self.heading if f.__class__.__name__ == "Heading" else self.body
                    out.append(Paragraph(escape(text), style))
        return out

    # --- building ------------------------------------------------------------------------

    def flowables(self) -> list[Any]:
        from reportlab.platypus import PageBreak

        self.counts = dict.fromkeys(self.counts, 0)
        out = self._flowables(self.story)
        if self.extra_breaks:
            step = max(1, len(out) // (self.extra_breaks + 1))
            for k in range(self.extra_breaks, 0, -1):
                out.insert(min(len(out), k * step), PageBreak())
        return out

    def build(self, target: Any) -> int:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import cm
        from reportlab.platypus import SimpleDocTemplate

        from mercator_desktop.reports.fonts import REGULAR

        doc = SimpleDocTemplate(target, pagesize=A4, title="Bare", initialFontName=REGULAR,
                                leftMargin=2 * cm, rightMargin=2 * cm,
                                topMargin=self.margin_cm * cm, bottomMargin=self.margin_cm * cm)
        doc.build(self.flowables())
        return doc.page

    def match_pages(self, pages: int, resolution_cm: float = 0.1) -> int:
        """Give the bare document ``pages`` pages: with more, lower its top and bottom
        margins (same content, fewer pages); with fewer, add page breaks."""
        got = self.build(io.BytesIO())
        if got > pages:  # the largest margin (to the resolution) giving at most ``pages``
            fits, too_many = 0.5, self.margin_cm
            while too_many - fits > resolution_cm:
                self.margin_cm = round((fits + too_many) / 2, 2)
                if self.build(io.BytesIO()) <= pages:
                    fits = self.margin_cm
                else:
                    too_many = self.margin_cm
            self.margin_cm = fits
            got = self.build(io.BytesIO())
        for _ in range(8):
            if got >= pages:
                break
            self.extra_breaks += pages - got
            got = self.build(io.BytesIO())
        return got


def run(bench: Bench) -> None:
    from mercator_desktop.reports.mission_docx import render_mission_docx
    from mercator_desktop.reports.mission_pdf import _Builder, render_mission_report
    from mercator_desktop.services.report_data import export_mission_report, mission_report_data

    folder = bench.folder("reports")
    store, mission_id, answered = build_store(folder / "data")
    try:
        data = mission_report_data(store, mission_id)
        pages = render_mission_report(data, io.BytesIO())
        bare = BareDocument(_Builder(data).build())  # the app's own story, to copy its shape
        bare_pages = bare.match_pages(pages, 0.5 if bench.quick else 0.1)
        shape = (f"{pages} pages (bare: {bare_pages}, top and bottom margins "
                 f"{bare.margin_cm} cm instead of 2), {bare.counts['tables']} tables, "
                 f"{bare.counts['charts']} charts, {answered} answers")
        pdf = folder / "report.pdf"
        bare_pdf = folder / "bare.pdf"
        bench.compare(RENDER, lambda: render_mission_report(data, io.BytesIO()),
                      BARE, lambda: bare.build(io.BytesIO()), note=shape,
                      baseline_note="SimpleDocTemplate, plain Paragraph/Table/charts, same "
                                    "embedded font, no page furniture")
        bench.compare(EXPORT, lambda: export_mission_report(store, mission_id, pdf),
                      BARE_FILE, lambda: bare.build(str(bare_pdf)),
                      note="what the Export button does, on the same mission")
        bench.compare(WORD, lambda: render_mission_docx(data, io.BytesIO()),
                      WORD_BASE, lambda: render_mission_report(data, io.BytesIO()),
                      note="headings, tables, the charts as PNG, the answers annex; target < 1 s")
    finally:
        store.close()
