"""Draws a ``MissionReportData`` as the mission report (A4 portrait).

Cover → contents → 1 background and objectives → 2 team → 3 agenda → 4 methodology →
5 results of each assessment (score table, radar and bar chart, counts) → 6 findings →
7 recommendations → 8 action plan → annexes (answers with notes and evidence, participants,
answer-history summary).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from . import outline
from .charts import bar_chart, paired_bar_chart, radar_chart
from .fonts import BOLD, REGULAR
from .layout import (
    AMBER,
    BLUE,
    GREEN,
    GREY,
    LIGHT,
    NAVY,
    RED,
    RULE,
    Heading,
    Line,
    Metadata,
    Outline,
    PageFurniture,
    build_document,
    contents_table,
    data_table,
    document_height,
    document_width,
    key_value_table,
    make_styles,
    make_table,
    para,
)
from .mission_data import AssessmentResult, BaselineComparison, LinkGroup, MissionReportData
from .texts import Texts, format_percent, format_points, is_rtl

WIDTH = document_width()
COVER_HEIGHT = document_height() - 1  # a point of slack, so the frame always takes it
LOGO_BOX = (3.6 * cm, 2.0 * cm)  # the letterhead's logo fits in this box, proportions kept


def _logo(path: Path) -> Flowable | None:
    """The letterhead's logo as an image, or None when the file cannot be read (the report
    is still written, with the organisation's name alone)."""
    from reportlab.platypus import Image

    try:
        image = Image(str(path))
    except OSError:
        return None
    scale = min(LOGO_BOX[0] / image.imageWidth, LOGO_BOX[1] / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    return image


def _title_style(style: ParagraphStyle, title: str) -> ParagraphStyle:
    """The cover title's style, smaller for a long title (up to 300 characters)."""
    size = style.fontSize if len(title) <= 70 else 17 if len(title) <= 150 else 14
    if size == style.fontSize:
        return style
    return ParagraphStyle(f"{style.name}_{size}", parent=style, fontSize=size,
                          leading=size * 1.2)


def _column_width(header: str, minimum: float = 1.3 * cm) -> float:
    """Wide enough for the longest word of a column's heading (headings wrap at spaces only)."""
    longest = max(stringWidth(word, BOLD, 8) for word in header.split())
    return max(minimum, longest + 12)


class _Builder:
    def __init__(self, data: MissionReportData) -> None:
        self.data = data
        self.t = Texts(data.lang)
        self.rtl = is_rtl(data.lang)
        self.s = make_styles(rtl=self.rtl)
        self.outline = Outline()
        self.story: list[Flowable] = []
        self.entries: list[tuple[str, str, int]] = []  # contents: key, title, level

    # --- helpers ----------------------------------------------------------------------------------

    def heading(self, number: str, title: str, level: int = 0) -> None:
        key = f"h{len(self.entries)}"
        text = f"{number}  {title}" if number else title
        self.entries.append((key, f"{number}  {title}" if number else title, level))
        style = self.s["h1"] if level == 0 else self.s["h2"]
        self.story.append(Heading(text, style, key, level, self.outline))

    def p(self, text: str, style: str = "body") -> None:
        self.story.append(para(text, self.s[style]))

    def cell(self, text: str, style: str = "cell") -> Paragraph:
        return para(text, self.s[style])

    def num(self, text: str, bold: bool = False, align: str = "right") -> Line:
        if self.rtl:  # the columns are mirrored, and so is the side numbers keep to
            align = "left" if align == "right" else "right"
        return Line(text, font=BOLD if bold else REGULAR, size=self.s["cell"].fontSize,
                    align=align)

    def coloured(self, text: str, colour: Any) -> Paragraph:
        style = self.s["cell_bold"]
        return para(text, ParagraphStyle(f"{style.name}-{colour.hexval()}", parent=style,
                                         textColor=colour))

    def table(self, rows: list[list[Any]], widths: list[float], **options: Any) -> Table:
        """A data table in the report's direction (``layout.data_table``)."""
        return data_table(rows, widths, rtl=self.rtl, **options)

    def plain_table(self, rows: list[list[Any]], widths: list[float],
                    commands: list[tuple[Any, ...]], **options: Any) -> Table:
        return make_table(rows, widths, commands, rtl=self.rtl, **options)

    def head(self, text: str, right: bool = False) -> Paragraph:
        return para(text, self.s["head_right" if right else "head"])

    # --- parts ------------------------------------------------------------------------------------

    def cover(self) -> None:
        d, t, s = self.data, self.t, self.s
        band = self.letterhead_band()
        page: list[Flowable] = [band, Spacer(1, 2.6 * cm)]
        self.story = page
        self.story.append(para(t("mission_report").upper(), s["cover_kicker"]))
        self.story.append(para(d.title, _title_style(s["cover_title"], d.title)))
        self.story.append(para(f"{d.administration} — {d.country}", s["cover_sub"]))
        self.story.append(para(d.dates, s["cover_sub"]))
        self.story.append(Spacer(1, 1.2 * cm))
        self.story.append(key_value_table([(x.label, x.value) for x in d.cover], s,
                                          (4.6 * cm, WIDTH - 4.6 * cm)))
        self.story.append(Spacer(1, 1.2 * cm))
        marking = self.plain_table([[para(d.letterhead.classification or t("confidential"),
                                          s["marking"])]], [WIDTH], [
            ("BOX", (0, 0), (-1, -1), 1, RED),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ])
        self.story.append(marking)
        # Whatever the lengths of the title and the cover's fields, the cover is one page
        # with its marking on it: shrunk to fit when it would not.
        self.story = [KeepInFrame(WIDTH, COVER_HEIGHT, page, mode="shrink"), PageBreak()]

    def letterhead_band(self) -> Table:
        """The organisation, unit and address (the letterhead set in the app, else the WCO's
        words) under a navy rule, with the logo on the left when there is one."""
        lh, t, s = self.data.letterhead, self.t, self.s
        lines: list[Any] = [[para((lh.organisation or t("wco")).upper(), s["cover_org"])],
                            [para(lh.unit or t("wco_unit"), s["cover_unit"])]]
        if lh.address:
            lines.append([para(lh.address, s["cover_unit"])])
        logo = _logo(lh.logo) if lh.logo else None
        rule = [("LINEABOVE", (0, 0), (-1, 0), 3, NAVY), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 8)]
        if logo is None:
            return self.plain_table(lines, [WIDTH], rule, hAlign="LEFT")
        text = self.plain_table(lines, [WIDTH - LOGO_BOX[0] - 0.4 * cm],
                                [("LEFTPADDING", (0, 0), (-1, -1), 0)], hAlign="LEFT")
        return self.plain_table([[logo, text]], [LOGO_BOX[0] + 0.4 * cm,
                                                 WIDTH - LOGO_BOX[0] - 0.4 * cm],
                                [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *rule], hAlign="LEFT")

    def summary(self) -> None:
        """The executive summary, before the details, when the expert wrote one."""
        d, t = self.data, self.t
        if not d.executive_summary:
            return
        self.heading("", t("h_summary"))
        for paragraph in d.executive_summary:
            self.p(paragraph)

    def contents(self, entries: list[tuple[str, str, int]]) -> list[Flowable]:
        return [para(self.t("contents"), self.s["h1"]),
                contents_table(entries, self.outline, self.s, WIDTH), PageBreak()]

    def background(self) -> None:
        d, t = self.data, self.t
        self.heading("1", t("h_background"))
        self.p(d.background)
        self.story.append(para(t("objectives"), self.s["h3"]))
        if d.objectives:
            for paragraph in d.objectives:
                self.p(paragraph)
        else:
            self.p(t("no_objectives"), "note")
        wco = [g for g in d.links if not g.wto]
        wto = [g for g in d.links if g.wto]
        self.story.append(para(t("links"), self.s["h3"]))
        if not wco:
            self.p(t("no_links"), "note")
        self.link_groups(wco)
        if wto:  # the TFA is a WTO agreement, not a WCO instrument
            self.story.append(para(t("links_wto"), self.s["h3"]))
            self.link_groups(wto)

    def link_groups(self, groups: list[LinkGroup]) -> None:
        for group in groups:
            block: list[Flowable] = [para(group.title, self.s["cell_bold"])]
            block += [para(item, self.s["bullet"], "•") for item in group.items]
            block.append(Spacer(1, 4))
            self.story.append(KeepTogether(block))

    def team(self) -> None:
        d, t = self.data, self.t
        self.heading("2", t("h_team"))
        if not d.team:
            self.p(t("no_team"), "note")
            return
        rows: list[list[Any]] = [[self.head(t("name")), self.head(t("role")),
                                  self.head(t("home")), self.head(t("accreditation"))]]
        for m in d.team:
            rows.append([self.cell(m.name, "cell_bold"), self.cell(m.role), self.cell(m.home),
                         self.cell(m.accreditation)])
        self.story.append(self.table(rows, [4.6 * cm, 3.2 * cm, 4.4 * cm, WIDTH - 12.2 * cm]))

    def agenda(self) -> None:
        d, t = self.data, self.t
        self.heading("3", t("h_agenda"))
        if not d.agenda:
            self.p(t("no_agenda"), "note")
            return
        rows: list[list[Any]] = [[self.head(t("day")), self.head(t("time")),
                                  self.head(t("activity")), self.head(t("location")),
                                  self.head(t("counterparts"))]]
        extra = []
        previous = None
        for i, line in enumerate(d.agenda, start=1):
            same_day = line.day == previous
            rows.append([self.cell("" if same_day else line.day, "cell_bold"),
                         self.num(line.time, align="left"), self.cell(line.activity),
                         self.cell(line.location), self.cell(line.counterparts)])
            if not same_day and i > 1:
                extra.append(("LINEABOVE", (0, i), (-1, i), 0.8, RULE))
            previous = line.day
        self.story.append(self.table(rows, [2.6 * cm, 2.1 * cm, 5.6 * cm, 3.4 * cm,
                                            WIDTH - 13.7 * cm], zebra=False, extra=extra))

    def methodology(self) -> None:
        d, t = self.data, self.t
        m = d.methodology
        self.heading("4", t("h_methodology"))
        self.p(t("method_intro"))
        rows: list[list[Any]] = [[self.head(t("kind")), self.head(t("sessions"), right=True)]]
        rows += [[self.cell(label), self.num(str(n))] for label, n in m.sessions]
        rows.append([self.cell(t("total"), "cell_bold"),
                     self.num(str(sum(n for _, n in m.sessions)), bold=True)])
        sessions = self.table(rows, [5.0 * cm, 2.2 * cm], zebra=False)
        if m.total is None and m.women is None and m.men is None:
            people: Flowable = para(t("participants_unknown"), self.s["note"])
        else:
            def num(v: int | None) -> str:
                return "–" if v is None else str(v)

            def share(v: int | None) -> str:
                if v is None or not m.total:
                    return ""
                return format_percent(100 * v / m.total, d.lang)

            prow: list[list[Any]] = [[self.head(t("participants")), self.head("", right=True),
                                      self.head("", right=True)]]
            prow += [[self.cell(t("women")), self.num(num(m.women)), self.num(share(m.women))],
                     [self.cell(t("men")), self.num(num(m.men)), self.num(share(m.men))],
                     [self.cell(t("total"), "cell_bold"), self.num(num(m.total), bold=True),
                      ""]]
            people = self.table(prow, [4.0 * cm, 1.6 * cm, 1.8 * cm], zebra=False)
        pair = self.plain_table([[sessions, people]], [8.2 * cm, WIDTH - 8.2 * cm],
                                [("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")], hAlign="LEFT")
        self.story.append(pair)
        if m.units_met:
            self.story.append(para(t("units_met"), self.s["h3"]))
            self.p("; ".join(m.units_met))
        if m.instruments:
            self.story.append(para(t("instruments_used"), self.s["h3"]))
            for name in m.instruments:
                self.story.append(para(name, self.s["bullet"], "•"))

    def results(self) -> None:
        d, t = self.data, self.t
        self.heading("5", t("h_results"))
        if not d.assessments:
            self.p(t("no_assessments"), "note")
            return
        for i, result in enumerate(d.assessments, start=1):
            if i > 1:
                self.story.append(CondPageBreak(9 * cm))
            self.heading(f"5.{i}", result.title, level=1)
            self.assessment(result)

    def assessment(self, r: AssessmentResult) -> None:
        t, s, lang = self.t, self.s, self.data.lang
        if r.problem:
            self.p(r.problem, "note")
            return
        facts = [(t("instrument"), r.instrument), (t("status"), r.status)]
        self.story.append(key_value_table(facts, s, (3.2 * cm, WIDTH - 3.2 * cm)))
        self.story.append(Spacer(1, 6))
        rows: list[list[Any]] = [[self.head(t("section")), self.head(t("questions"), True),
                                  self.head(t("answered"), True), self.head(t("na"), True),
                                  self.head(t("unanswered"), True), self.head(t("score"), True)]]
        extra = []
        for row in r.sections:
            style = "cell_bold" if row.depth == 0 else "cell"
            indent = "\u2003" * row.depth
            rows.append([self.cell(f"{indent}{row.number}  {row.title}", style),
                         self.num(str(row.questions)), self.num(str(row.answered)),
                         self.num(str(row.not_applicable)), self.num(str(row.unanswered)),
                         self.num(format_percent(row.percent, lang))])
        o = r.overall
        last = len(rows)
        rows.append([self.cell(o.title, "cell_bold"), self.num(str(o.questions)),
                     self.num(str(o.answered)), self.num(str(o.not_applicable)),
                     self.num(str(o.unanswered)),
                     self.num(format_percent(o.percent, lang), bold=True)])
        extra += [("BACKGROUND", (0, last), (-1, last), LIGHT),
                  ("LINEABOVE", (0, last), (-1, last), 0.8, NAVY)]
        numbers = [_column_width(t(key)) for key in ("questions", "answered", "na",
                                                       "unanswered")]
        numbers.append(_column_width(t("score"), 1.8 * cm))  # room for "100.0 %"
        self.story.append(self.table(rows, [WIDTH - sum(numbers), *numbers], extra=extra))
        self.p(t("score_note"), "note")
        if r.chart:
            self.story.append(self.charts(r))
        block: list[Flowable] = []
        if r.scale:
            legend: list[list[Any]] = [[self.head(r.scale_name or t("scale")), self.head(""),
                                        self.head("")]]
            legend += [[self.cell(p.value, "cell_bold"), self.cell(p.label, "cell_bold"),
                        self.cell(p.description)] for p in r.scale]
            block += [Spacer(1, 6), self.table(legend, [1.2 * cm, 4.4 * cm, WIDTH - 5.6 * cm],
                                               extra=[("SPAN", (0, 0), (-1, 0))])]
        if r.instrument_name:
            block.append(para(t("instrument_used", name=r.instrument_name,
                                version=r.instrument_version), s["note"]))
        if block:
            self.story.append(KeepTogether(block))
        if r.comparison is not None:
            self.comparison(r.comparison)

    def comparison(self, c: BaselineComparison) -> None:
        """Both scores per section with the change in points, as a table and a chart."""
        t, s, lang = self.t, self.s, self.data.lang
        before = t("baseline_year", year=c.baseline_year)
        after = t("follow_up_year", year=c.follow_up_year)
        self.story.append(para(t("comparison_heading", baseline=c.baseline),
                                    s["h3"]))
        rows: list[list[Any]] = [[self.head(t("section")), self.head(before, True),
                                  self.head(after, True), self.head(t("change_points"), True)]]
        for line in (c.overall, *c.lines):
            style = "cell_bold" if line is c.overall or line.depth == 0 else "cell"
            rows.append([self.cell("\u2003" * line.depth + line.label, style),
                         self.num(format_percent(line.baseline, lang)),
                         self.num(format_percent(line.follow_up, lang)),
                         self.num(format_points(line.change), bold=line is c.overall)])
        numbers = [_column_width(before), _column_width(after),
                   _column_width(t("change_points"))]
        self.story.append(self.table(rows, [WIDTH - sum(numbers), *numbers],
                                     extra=[("BACKGROUND", (0, 1), (-1, 1), LIGHT)]))
        self.p(t("comparison_note", baseline=before, follow_up=after), "note")
        tops = [(line.label, line.baseline, line.follow_up) for line in c.lines
                if line.depth == 0]
        if tops:
            self.story.append(KeepTogether([
                para(t("chart_comparison", baseline=before, follow_up=after),
                          s["caption"]),
                paired_bar_chart(tops, WIDTH, label_width=5.5 * cm)]))

    def charts(self, r: AssessmentResult) -> Flowable:
        t, s = self.t, self.s
        radar_width = 6.9 * cm
        bars = bar_chart([(p.name, p.percent) for p in r.chart], WIDTH - radar_width,
                         percent=True, label_width=5.5 * cm)
        cells: list[list[Any]]
        if len(r.chart) >= 3:
            radar = radar_chart([p.label for p in r.chart], [p.percent for p in r.chart],
                                size=6.6 * cm)
            cells = [[para(t("chart_radar"), s["caption"]),
                      para(t("chart_bars"), s["caption"])], [radar, bars]]
            widths = [radar_width, WIDTH - radar_width]
        else:
            cells = [[para(t("chart_bars"), s["caption"])], [bars]]
            widths = [WIDTH]
        table = self.plain_table(cells, widths, [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("BOX", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
        ], hAlign="LEFT")
        return KeepTogether([Spacer(1, 4), table])

    def findings(self) -> None:
        d, t = self.data, self.t
        self.heading("6", t("h_findings"))
        if not d.findings:
            self.p(t("no_findings"), "note")
            return
        rows: list[list[Any]] = [[self.head(t("area")), self.head(t("strengths")),
                                  self.head(t("gaps"))]]
        for area in d.findings:
            def bullets(items: tuple[str, ...]) -> list[Flowable]:
                return [para(x, self.s["bullet"], "•") for x in items] \
                    or [self.cell("–", "cell_muted")]

            rows.append([self.cell(area.area, "cell_bold"), bullets(area.strengths),
                         bullets(area.gaps)])
        self.story.append(self.table(rows, [4.0 * cm, (WIDTH - 4 * cm) / 2,
                                            (WIDTH - 4 * cm) / 2], zebra=False))

    def recommendations(self) -> None:
        d, t = self.data, self.t
        self.heading("7", t("h_recommendations"))
        if not d.recommendations:
            self.p(t("no_recommendations"), "note")
            return
        rows: list[list[Any]] = [[self.head(t("number")), self.head(t("recommendation")),
                                  self.head(t("priority")), self.head(t("related_area"))]]
        colours = {t("priority_high"): RED, t("priority_medium"): AMBER,
                   t("priority_low"): GREY}
        for rec in d.recommendations:
            rows.append([self.cell(rec.ref, "cell_bold"), self.cell(rec.text),
                         self.coloured(rec.priority, colours.get(rec.priority, NAVY)),
                         self.cell(rec.area)])
        self.story.append(self.table(rows, [1.2 * cm, WIDTH - 8.2 * cm, 2.4 * cm, 4.6 * cm]))

    def action_plan(self) -> None:
        d, t = self.data, self.t
        self.heading("8", t("h_action_plan"))
        if not d.actions:
            self.p(t("no_actions"), "note")
            return
        rows: list[list[Any]] = [[self.head(t("objective")), self.head(t("activity")),
                                  self.head(t("responsible")), self.head(t("timeframe")),
                                  self.head(t("indicator")), self.head(t("status"))]]
        status_colours = {t("action_done"): GREEN, t("action_in_progress"): BLUE,
                          t("action_not_started"): GREY, t("action_cancelled"): GREY}
        for a in d.actions:
            objective: list[Flowable] = [self.cell(a.objective or "–")]
            if a.recommendation:
                objective.append(self.cell(t("for_rec", ref=a.recommendation), "cell_muted"))
            status: list[Flowable] = [self.coloured(a.status, status_colours.get(a.status,
                                                                                   NAVY))]
            if a.progress:
                status.append(self.cell(a.progress, "cell_muted"))
            timeframe: list[Flowable] = [self.cell(a.timeframe)]
            if a.due:
                timeframe.append(self.cell(a.due, "cell_muted"))
            rows.append([objective, self.cell(a.activity), self.cell(a.responsible or "–"),
                         timeframe, self.cell(a.indicator or "–"), status])
        self.story.append(self.table(rows, [3.0 * cm, 3.6 * cm, 2.5 * cm, 2.4 * cm,
                                            WIDTH - 14.0 * cm, 2.5 * cm]))

    def annexes(self) -> None:
        self.story.append(PageBreak())
        for annex in outline.annexes(self.data, self.t):
            if annex.kind == outline.HISTORY:
                self.story.append(CondPageBreak(8 * cm))
            self.heading("", annex.title)
            if annex.kind == outline.PARTICIPANTS:
                self.participants()
            elif annex.kind == outline.HISTORY:
                self.p(self.t("history_intro"))
            for number, r in annex.parts:
                self.heading(number, r.title, level=1)
                (self.answers if annex.kind == outline.ANSWERS else self.history)(r)
            if annex.kind == outline.ANSWERS:
                self.story.append(PageBreak())

    def participants(self) -> None:
        d, t = self.data, self.t
        if d.counterparts:
            self.p(t("counterparts_intro"), "h3")
            rows: list[list[Any]] = [[self.head(t("name")), self.head(t("unit"))]]
            rows += [[self.cell(name, "cell_bold"), self.cell(unit)]
                     for name, unit in d.counterparts]
            self.story.append(self.table(rows, [6 * cm, WIDTH - 6 * cm]))
        else:
            self.p(t("no_counterparts"), "note")
        m = d.methodology
        if m.total is not None or m.women is not None or m.men is not None:
            self.story.append(Spacer(1, 6))
            parts = [f"{t.colon('women')} {m.women if m.women is not None else '–'}",
                     f"{t.colon('men')} {m.men if m.men is not None else '–'}",
                     f"{t.colon('total')} {m.total if m.total is not None else '–'}"]
            self.p(f"{t('participants')} — " + " · ".join(parts))

    def answers(self, r: AssessmentResult) -> None:
        t = self.t
        rows: list[list[Any]] = [[self.head(t("number")), self.head(t("question")),
                                  self.head(t("answer")), self.head(t("notes_evidence"))]]
        extra = []
        for block in r.answers:
            rows.append([self.cell(block.heading, "cell_bold"), "", "", ""])
            i = len(rows) - 1
            extra += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), LIGHT)]
            for line in block.lines:
                notes: list[Flowable] = []
                if line.note:
                    notes.append(self.cell(line.note))
                if line.evidence:
                    notes.append(self.cell(f"{t.colon('evidence')} " + "; ".join(line.evidence),
                                           "cell_muted"))
                rows.append([self.num(line.number, align="left"), self.cell(line.question),
                             self.cell(line.answer, "cell" if line.answered else "cell_muted"),
                             notes or ""])
        self.story.append(self.table(rows, [1.4 * cm, 7.4 * cm, 3.6 * cm, WIDTH - 12.4 * cm],
                                     zebra=False, extra=extra))

    def history(self, r: AssessmentResult) -> None:
        t, lang = self.t, self.data.lang
        h = r.history
        assert h is not None
        if not h.changes and not h.events:
            self.p(t("no_history"), "note")
            return
        from .mission_data import when_text

        facts = [(t("changes"), str(h.changes)), (t("answers_changed"), str(h.answers_changed)),
                 (t("recorded_by"), ", ".join(h.people) or "–"),
                 (t("period"), f"{when_text(h.first, lang)} – {when_text(h.last, lang)}")]
        self.story.append(key_value_table(facts, self.s, (6.2 * cm, WIDTH - 6.2 * cm)))
        if h.events:
            self.story.append(para(t("events"), self.s["h3"]))
            rows: list[list[Any]] = [[self.head(t("when")), self.head(t("status")),
                                      self.head(t("who")), self.head(t("reason"))]]
            rows += [[self.cell(e.when), self.cell(e.what, "cell_bold"), self.cell(e.who),
                      self.cell(e.reason or "–")] for e in h.events]
            self.story.append(self.table(rows, [4.4 * cm, 4.2 * cm, 3 * cm, WIDTH - 11.6 * cm]))
        if h.corrections:
            self.story.append(para(t("corrections"), self.s["h3"]))
            rows = [[self.head(t("when")), self.head(t("who")), self.head(t("number")),
                     self.head(t("change")), self.head(t("reason"))]]
            rows += [[self.cell(c.when), self.cell(c.who), self.cell(c.question),
                      self.cell(c.change), self.cell(c.reason)] for c in h.corrections]
            self.story.append(self.table(rows, [3.4 * cm, 2.4 * cm, 1.3 * cm, 4.6 * cm,
                                                WIDTH - 11.7 * cm]))
            if h.more_corrections:
                self.p(t("and_more", n=h.more_corrections), "note")

    # --- all together -----------------------------------------------------------------------------

    def build(self) -> list[Flowable]:
        self.cover()
        cover = self.story
        self.story = []
        self.summary()
        self.background()
        self.team()
        self.agenda()
        self.methodology()
        self.results()
        self.findings()
        self.recommendations()
        self.action_plan()
        self.annexes()
        return cover + self.contents(self.entries) + self.story


def render_mission_report(data: MissionReportData, target: Any,
                          progress: Callable[[float], None] | None = None) -> int:
    """Write the mission report PDF to ``target`` (path or binary file); returns the pages."""
    builder = _Builder(data)
    story = builder.build()
    t = builder.t
    letterhead = data.letterhead
    furniture = PageFurniture(
        header_left=f"{data.code} — {data.title}",
        header_right=(f"{letterhead.organisation} · {t('mission_report')}"
                      if letterhead.organisation else t("mission_report")),
        footer_left=(f"{letterhead.classification or t('confidential_short')} · "
                     f"{letterhead.organisation or t('wco')}"),
        page_of=lambda page, total: t("page_of", page=page, total=total),
        watermark=t("draft") if data.draft else "",
        rtl=builder.rtl,
    )
    metadata = Metadata(
        title=f"{t.colon('mission_report')} {data.code} — {data.title}",
        author=data.author,
        subject=f"{data.type_label} — {data.administration}, {data.country} ({data.dates})",
        keywords=data.keywords, lang=data.lang,
    )
    return build_document(target, story, furniture=furniture, outline=builder.outline,
                          metadata=metadata, progress=progress)
