"""Writes a ``MissionReportData`` as a Word document (.docx, python-docx): the same report as
the PDF (``mission_pdf``), for experts who edit it before sending and for the Directorate,
which circulates Word files.

The same data in the same order: cover with the restricted marking → contents (a Word table
of contents field, filled in when Word opens the file) → sections 1–8 → annexes. Headings use
Word's own "Heading 1" and "Heading 2" styles, so the navigation pane and the contents work;
tables have a navy header row repeated on each page; the charts are the PDF's own drawings as
PNG images (``chart_images``); the footer holds "Page X of Y" as PAGE and NUMPAGES fields.
The page, styles and blocks come from ``docx_document`` (snippets from ``docx_xml``, which
marks right-to-left runs for Word).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import outline
from .chart_images import chart_png
from .charts import bar_chart, paired_bar_chart, radar_chart
from .docx_document import (
    BLUE,
    GREY,
    NAVY,
    RED,
    WIDTH_CM,
    WordDocument,
    border,
    column_cm,
)
from .docx_xml import Look, paragraph_xml, run_xml
from .mission_data import AssessmentResult, MissionReportData, when_text
from .texts import Texts, format_percent, format_points, is_rtl


class _WordBuilder(WordDocument):
    def __init__(self, data: MissionReportData) -> None:
        super().__init__()
        self.data = data
        self.t = Texts(data.lang)

    def page_furniture(self) -> None:
        d, t = self.data, self.t
        lh = d.letterhead
        right = t("mission_report") + (f" · {t('draft')}" if d.draft else "")
        self.furniture(
            f"{d.code} — {d.title}", f"{lh.organisation} · {right}" if lh.organisation else right,
            f"{lh.classification or t('confidential_short')} · {lh.organisation or t('wco')}",
            lambda page, total: t("page_of", page=page, total=total), alert=d.draft)

    # --- parts ------------------------------------------------------------------------------

    def cover(self) -> None:
        d, t = self.data, self.t
        lh = d.letterhead
        if lh.logo is not None and lh.logo.is_file():
            self.picture("", lh.logo.read_bytes(), 3.6)
        organisation = (lh.organisation or t("wco")).upper()
        self.add(f"<w:p><w:pPr>{border(['top'], 24, NAVY)}<w:spacing w:after=\"0\"/></w:pPr>"
                 f"{run_xml(organisation, Look(bold=True, size=11, colour=NAVY))}</w:p>")
        self.add(paragraph_xml(lh.unit or t("wco_unit"), Look(size=9.5, colour=GREY)))
        if lh.address:
            self.add(paragraph_xml(lh.address, Look(size=9.5, colour=GREY)))
        self.add('<w:p><w:pPr><w:spacing w:before="1400" w:after="120"/></w:pPr>'
                 f"{run_xml(t('mission_report').upper(), Look(bold=True, size=11, colour=BLUE))}"
                 "</w:p>")
        self.add(paragraph_xml(d.title, style=self.style_ids["Title"], space_after=10))
        for text in (f"{d.administration} — {d.country}", d.dates):
            self.add(paragraph_xml(text, Look(size=13, colour=GREY), space_after=4))
        self.add(paragraph_xml("", space_after=18))
        self.key_values([(x.label, x.value) for x in d.cover], 4.6)
        marking = run_xml(lh.classification or t("confidential"),
                          Look(bold=True, size=9.5, colour=RED))
        self.add(f'<w:p><w:pPr>{border(["top", "left", "bottom", "right"], 8, RED)}'
                 f'<w:spacing w:before="480" w:after="0"/><w:jc w:val="center"/></w:pPr>'
                 f"{marking}</w:p>")
        self.page_break()

    def contents_page(self) -> None:
        self.contents(self.t("contents"))

    def summary(self) -> None:
        d, t = self.data, self.t
        if not d.executive_summary:
            return
        self.heading("", t("h_summary"))
        for paragraph in d.executive_summary:
            self.p(paragraph)

    def background(self) -> None:
        d, t = self.data, self.t
        self.heading("1", t("h_background"))
        self.p(d.background)
        self.p(t("objectives"), "h3")
        for paragraph in d.objectives:
            self.p(paragraph)
        if not d.objectives:
            self.p(t("no_objectives"), "note")
        self.p(t("links"), "h3")
        if not d.links:
            self.p(t("no_links"), "note")
        for group in d.links:
            self.p(group.title, "cell_bold", keep_with_next=True)
            for item in group.items:
                self.bullet(item)

    def team(self) -> None:
        d, t = self.data, self.t
        self.heading("2", t("h_team"))
        if not d.team:
            self.p(t("no_team"), "note")
            return
        self.table([t("name"), t("role"), t("home"), t("accreditation")],
                   [[[(m.name, "cell_bold")], m.role, m.home, m.accreditation] for m in d.team],
                   [4.6, 3.2, 4.4, WIDTH_CM - 12.2])

    def agenda(self) -> None:
        d, t = self.data, self.t
        self.heading("3", t("h_agenda"))
        if not d.agenda:
            self.p(t("no_agenda"), "note")
            return
        rows, previous = [], None
        for line in d.agenda:
            rows.append([[("" if line.day == previous else line.day, "cell_bold")], line.time,
                         line.activity, line.location, line.counterparts])
            previous = line.day
        self.table([t("day"), t("time"), t("activity"), t("location"), t("counterparts")],
                   rows, [2.6, 2.1, 5.6, 3.4, WIDTH_CM - 13.7])

    def methodology(self) -> None:
        d, t = self.data, self.t
        m = d.methodology
        self.heading("4", t("h_methodology"))
        self.p(t("method_intro"))
        rows = [[label, str(n)] for label, n in m.sessions]
        rows.append([t("total"), str(sum(n for _, n in m.sessions))])
        self.table([t("kind"), t("sessions")], rows, [5.0, 2.2], right=(1,),
                   bold_rows=[len(rows) - 1])
        if m.total is None and m.women is None and m.men is None:
            self.p(t("participants_unknown"), "note")
        else:
            def num(v: int | None) -> str:
                return "–" if v is None else str(v)

            def share(v: int | None) -> str:
                return format_percent(100 * v / m.total, d.lang) if v is not None and m.total \
                    else ""

            self.table([t("participants"), "", ""],
                       [[t("women"), num(m.women), share(m.women)],
                        [t("men"), num(m.men), share(m.men)],
                        [t("total"), num(m.total), ""]], [4.0, 1.6, 1.8], right=(1, 2),
                       bold_rows=[2])
        if m.units_met:
            self.p(t("units_met"), "h3")
            self.p("; ".join(m.units_met))
        if m.instruments:
            self.p(t("instruments_used"), "h3")
            for name in m.instruments:
                self.bullet(name)

    def results(self) -> None:
        d, t = self.data, self.t
        self.heading("5", t("h_results"))
        if not d.assessments:
            self.p(t("no_assessments"), "note")
            return
        for i, result in enumerate(d.assessments, start=1):
            self.heading(f"5.{i}", result.title, level=1)
            self.assessment(result)

    def assessment(self, r: AssessmentResult) -> None:
        t, lang = self.t, self.data.lang
        if r.problem:
            self.p(r.problem, "note")
            return
        self.key_values([(t("instrument"), r.instrument), (t("status"), r.status)], 3.2)
        rows: list[list[Any]] = []
        for row in r.sections:
            style = "cell_bold" if row.depth == 0 else "cell"
            rows.append([[("\u2003" * row.depth + f"{row.number}  {row.title}", style)],
                         str(row.questions), str(row.answered), str(row.not_applicable),
                         str(row.unanswered), format_percent(row.percent, lang)])
        o = r.overall
        rows.append([o.title, str(o.questions), str(o.answered), str(o.not_applicable),
                     str(o.unanswered), format_percent(o.percent, lang)])
        numbers = [column_cm(t(key)) for key in ("questions", "answered", "na", "unanswered")]
        numbers.append(column_cm(t("score"), 2.0))  # room for "100.0 %"
        self.table([t("section"), t("questions"), t("answered"), t("na"), t("unanswered"),
                    t("score")], rows, [WIDTH_CM - sum(numbers), *numbers],
                   right=(1, 2, 3, 4, 5), bold_rows=[len(rows) - 1],
                   band_rows=[len(rows) - 1])
        self.p(t("score_note"), "note")
        if r.chart:
            self.charts(r)
        if r.scale:
            self.table([r.scale_name or t("scale"), "", ""],
                       [[[(p.value, "cell_bold")], [(p.label, "cell_bold")], p.description]
                        for p in r.scale], [1.2, 4.4, WIDTH_CM - 5.6], span_header=True)
        if r.instrument_name:
            self.p(t("instrument_used", name=r.instrument_name, version=r.instrument_version),
                   "note")
        if r.comparison is not None:
            self.comparison(r)

    def comparison(self, r: AssessmentResult) -> None:
        t, lang, c = self.t, self.data.lang, r.comparison
        assert c is not None
        before = t("baseline_year", year=c.baseline_year)
        after = t("follow_up_year", year=c.follow_up_year)
        self.p(t("comparison_heading", baseline=c.baseline), "h3")
        rows: list[list[Any]] = [
            [[("\u2003" * line.depth + line.label,
               "cell_bold" if line is c.overall or line.depth == 0 else "cell")],
             format_percent(line.baseline, lang), format_percent(line.follow_up, lang),
             format_points(line.change)]
            for line in (c.overall, *c.lines)]
        numbers = [column_cm(before), column_cm(after), column_cm(t("change_points"))]
        self.table([t("section"), before, after, t("change_points")], rows,
                   [WIDTH_CM - sum(numbers), *numbers], right=(1, 2, 3), bold_rows=[0],
                   band_rows=[0])
        self.p(t("comparison_note", baseline=before, follow_up=after), "note")
        tops = [(line.label, line.baseline, line.follow_up) for line in c.lines
                if line.depth == 0]
        if tops:
            point = 72 / 2.54
            chart = paired_bar_chart(tops, 14.0 * point, label_width=5.5 * point)
            self.picture(t("chart_comparison", baseline=before, follow_up=after),
                         chart_png(chart), 14.0)

    def charts(self, r: AssessmentResult) -> None:
        t = self.t
        point = 72 / 2.54  # points per cm
        if len(r.chart) >= 3:
            radar = radar_chart([p.label for p in r.chart], [p.percent for p in r.chart],
                                size=6.6 * point)
            self.picture(t("chart_radar"), chart_png(radar), 6.6)
        bars_cm = 12.0
        bars = bar_chart([(p.name, p.percent) for p in r.chart], bars_cm * point,
                         percent=True, label_width=5.5 * point)
        self.picture(t("chart_bars"), chart_png(bars), bars_cm)

    def findings(self) -> None:
        d, t = self.data, self.t
        self.heading("6", t("h_findings"))
        if not d.findings:
            self.p(t("no_findings"), "note")
            return

        def bullets(items: tuple[str, ...]) -> list[tuple[str, str]]:
            return [(f"• {item}", "cell") for item in items] or [("–", "cell_muted")]

        self.table([t("area"), t("strengths"), t("gaps")],
                   [[[(a.area, "cell_bold")], bullets(a.strengths), bullets(a.gaps)]
                    for a in d.findings],
                   [4.0, (WIDTH_CM - 4) / 2, (WIDTH_CM - 4) / 2])

    def recommendations(self) -> None:
        d, t = self.data, self.t
        self.heading("7", t("h_recommendations"))
        if not d.recommendations:
            self.p(t("no_recommendations"), "note")
            return
        self.table([t("number"), t("recommendation"), t("priority"), t("related_area")],
                   [[[(r.ref, "cell_bold")], r.text, [(r.priority, "cell_bold")], r.area]
                    for r in d.recommendations], [1.2, WIDTH_CM - 8.2, 2.4, 4.6])

    def action_plan(self) -> None:
        d, t = self.data, self.t
        self.heading("8", t("h_action_plan"))
        if not d.actions:
            self.p(t("no_actions"), "note")
            return
        rows = []
        for a in d.actions:
            objective = [(a.objective or "–", "cell")]
            if a.recommendation:
                objective.append((t("for_rec", ref=a.recommendation), "cell_muted"))
            timeframe = [(a.timeframe, "cell")] + ([(a.due, "cell_muted")] if a.due else [])
            status = [(a.status, "cell_bold")] + ([(a.progress, "cell_muted")]
                                                  if a.progress else [])
            rows.append([objective, a.activity, a.responsible or "–", timeframe,
                         a.indicator or "–", status])
        self.table([t("objective"), t("activity"), t("responsible"), t("timeframe"),
                    t("indicator"), t("status")], rows,
                   [3.0, 3.6, 2.5, 2.4, WIDTH_CM - 14.0, 2.5])

    def annexes(self) -> None:
        self.page_break()
        for annex in outline.annexes(self.data, self.t):
            self.heading("", annex.title)
            if annex.kind == outline.PARTICIPANTS:
                self.participants()
            elif annex.kind == outline.HISTORY:
                self.p(self.t("history_intro"))
            for number, r in annex.parts:
                self.heading(number, r.title, level=1)
                (self.answers if annex.kind == outline.ANSWERS else self.history)(r)
            if annex.kind == outline.ANSWERS:
                self.page_break()

    def participants(self) -> None:
        d, t = self.data, self.t
        if d.counterparts:
            self.p(t("counterparts_intro"), "h3")
            self.table([t("name"), t("unit")],
                       [[[(name, "cell_bold")], unit] for name, unit in d.counterparts],
                       [6.0, WIDTH_CM - 6.0])
        else:
            self.p(t("no_counterparts"), "note")
        m = d.methodology
        if m.total is not None or m.women is not None or m.men is not None:
            parts = [f"{t.colon('women')} {m.women if m.women is not None else '–'}",
                     f"{t.colon('men')} {m.men if m.men is not None else '–'}",
                     f"{t.colon('total')} {m.total if m.total is not None else '–'}"]
            self.p(f"{t('participants')} — " + " · ".join(parts))

    def answers(self, r: AssessmentResult) -> None:
        t = self.t
        rows: list[list[Any]] = []
        bands = []
        for block in r.answers:
            bands.append(len(rows))
            rows.append([[(block.heading, "cell_bold")]])
            for line in block.lines:
                notes = []
                if line.note:
                    notes.append((line.note, "cell"))
                if line.evidence:
                    notes.append((f"{t('evidence')}: " + "; ".join(line.evidence),
                                  "cell_muted"))
                rows.append([line.number, line.question,
                             [(line.answer, "cell" if line.answered else "cell_muted")],
                             notes])
        self.table([t("number"), t("question"), t("answer"), t("notes_evidence")],
                   rows, [1.4, 7.4, 3.6, WIDTH_CM - 12.4], band_rows=bands, span_rows=bands)

    def history(self, r: AssessmentResult) -> None:
        t, lang = self.t, self.data.lang
        h = r.history
        assert h is not None
        if not h.changes and not h.events:
            self.p(t("no_history"), "note")
            return
        self.key_values([(t("changes"), str(h.changes)),
                         (t("answers_changed"), str(h.answers_changed)),
                         (t("recorded_by"), ", ".join(h.people) or "–"),
                         (t("period"), f"{when_text(h.first, lang)} – "
                                       f"{when_text(h.last, lang)}")], 6.2)
        if h.events:
            self.p(t("events"), "h3")
            self.table([t("when"), t("status"), t("who"), t("reason")],
                       [[e.when, [(e.what, "cell_bold")], e.who, e.reason or "–"]
                        for e in h.events], [4.4, 4.2, 3.0, WIDTH_CM - 11.6])
        if h.corrections:
            self.p(t("corrections"), "h3")
            self.table([t("when"), t("who"), t("number"), t("change"), t("reason")],
                       [[c.when, c.who, c.question, c.change, c.reason]
                        for c in h.corrections], [3.4, 2.4, 1.3, 4.6, WIDTH_CM - 11.7])
            if h.more_corrections:
                self.p(t("and_more", n=h.more_corrections), "note")

    # --- all together -----------------------------------------------------------------------

    def build(self, progress: Callable[[float], None]) -> Any:
        steps: list[Callable[[], None]] = [
            self.page_furniture, self.cover, self.contents_page, self.summary, self.background,
            self.team,
            self.agenda, self.methodology, self.results, self.findings, self.recommendations,
            self.action_plan, self.annexes, self.fill_contents]
        for i, step in enumerate(steps, start=1):
            step()
            progress(i / len(steps))
        core = self.doc.core_properties
        t, d = self.t, self.data
        core.title = _property(f"{t('mission_report')}: {d.code} — {d.title}")
        core.author = _property(d.author)
        core.subject = _property(f"{d.type_label} — {d.administration}, {d.country} "
                                 f"({d.dates})")
        core.keywords = _property(", ".join(d.keywords))
        core.language = d.lang
        core.comments = ""
        if is_rtl(d.lang):
            self.right_to_left()
        return self.doc


def _property(text: str) -> str:
    """A document property as Word keeps it: at most 255 characters (a 300-character title
    is cut with an ellipsis there, and printed whole in the document)."""
    return text if len(text) <= 255 else text[:254].rstrip() + "…"


def render_mission_docx(data: MissionReportData, target: Any,
                        progress: Callable[[float], None] | None = None) -> int:
    """Write the mission report as a Word document to ``target`` (path or binary file);
    returns the number of top-level sections (Word counts the pages itself)."""
    builder = _WordBuilder(data)
    document = builder.build(progress or (lambda fraction: None))
    document.save(target)
    return builder.top_headings

