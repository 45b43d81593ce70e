"""Writes a ``MissionReportData`` as a Word document (.docx, python-docx): the same report as
the PDF (``mission_pdf``), for experts who edit it before sending and for the Directorate,
which circulates Word files.

The same data in the same order: cover with the restricted marking → contents (a Word table
of contents field, filled in when Word opens the file) → sections 1–8 → annexes. Headings use
Word's own "Heading 1" and "Heading 2" styles, so the navigation pane and the contents work;
tables use a style with a repeated navy header row; the charts are the PDF's own drawings as
PNG images (``chart_images``); the footer holds "Page X of Y" as PAGE and NUMPAGES fields.
Text is written as WordprocessingML by ``docx_xml``, which marks right-to-left runs for Word.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from docx import Document
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from .chart_images import chart_png
from .charts import bar_chart, radar_chart
from .docx_xml import (
    Look,
    TableSpec,
    contents_xml,
    field_xml,
    paragraph_xml,
    paragraphs_element,
    parse,
    run_xml,
    table_xml,
)
from .mission_data import AssessmentResult, MissionReportData, when_text
from .texts import Texts, format_percent

NAVY, BLUE, GREY, RED, LIGHT, RULE = "12355B", "2A6F97", "5A6470", "B03A2E", "E8EEF4", "B8C4D0"
FONT = "Arial"  # on every computer that runs Word; has Latin, Greek, Cyrillic, Arabic, Hebrew
WIDTH_CM = 17.0  # A4 less 2 cm margins

# The PDF's paragraph styles, as run looks.
LOOKS = {
    "body": Look(),
    "note": Look(italic=True, size=8, colour=GREY),
    "cell": Look(size=8),
    "cell_bold": Look(bold=True, size=8),
    "cell_muted": Look(italic=True, size=8, colour=GREY),
    "caption": Look(bold=True, size=8.5, colour=GREY),
    "bullet": Look(size=8.5),
}

def _ns() -> str:
    return nsdecls("w")


def _border(sides: Sequence[str], size: int, colour: str) -> str:
    """Paragraph borders (``w:pBdr``); size in eighths of a point."""
    edges = "".join(f'<w:{side} w:val="single" w:sz="{size}" w:space="4" w:color="{colour}"/>'
                    for side in sides)
    return f"<w:pBdr>{edges}</w:pBdr>"


def _column_cm(header: str, minimum: float = 1.4) -> float:
    """Wide enough for the longest word of a column's heading, with the cell margins (Word,
    like the PDF, would otherwise break a word such as "Questions" inside)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .fonts import BOLD, register_fonts

    register_fonts()
    longest = max(stringWidth(word, BOLD, 8) for word in header.split())
    return max(minimum, (longest + 7 + 4) * 2.54 / 72)  # margins 2 × 3.5 pt, a little air


class _WordBuilder:
    def __init__(self, data: MissionReportData) -> None:
        self.data = data
        self.t = Texts(data.lang)
        self.doc = Document()
        self.body = self.doc.element.body
        self.top_headings = 0
        self.entries: list[tuple[str, int]] = []
        self.toc_slot: Any = None
        self._styles()
        self._update_fields_on_opening()

    def _update_fields_on_opening(self) -> None:
        """Word fills the contents (and the page count) when it opens the file."""
        settings = self.doc.settings.element
        update = parse(f'<w:updateFields {_ns()} w:val="true"/>')
        # In the schema's order: before the first of these that the settings hold.
        later = {qn(f"w:{tag}") for tag in (
            "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
            "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
            "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
            "smartTagType", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
            "listSeparator")}
        later.add("{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr")
        following = next((child for child in settings if child.tag in later), None)
        if following is None:
            settings.append(update)
        else:
            following.addprevious(update)

    # --- styles and page --------------------------------------------------------------------

    def _styles(self) -> None:
        styles = self.doc.styles
        for name, size, colour in (("Normal", 10, None), ("Heading 1", 16, NAVY),
                                   ("Heading 2", 12.5, NAVY), ("Heading 3", 10.5, BLUE),
                                   ("Title", 24, NAVY), ("List Bullet", 8.5, None)):
            style = styles[name]
            style.font.name = FONT
            style.font.size = Pt(size)
            if colour:
                style.font.bold = True
                style.font.color.rgb = RGBColor.from_string(colour)
            fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
            fonts.set(qn("w:cs"), FONT)
            # The template's heading fonts come from the theme; ours everywhere instead.
            for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                fonts.attrib.pop(qn(attribute), None)
        styles["Normal"].paragraph_format.space_after = Pt(5)
        styles["Heading 1"].paragraph_format.space_before = Pt(16)
        styles["Heading 2"].paragraph_format.space_before = Pt(10)
        self.style_ids = {name: styles[name].style_id
                          for name in ("Heading 1", "Heading 2", "Heading 3", "Title",
                                       "List Bullet")}
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2))

    def furniture(self) -> None:
        d, t = self.data, self.t
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True  # the cover has none
        small = Look(size=7.5, colour=GREY)
        label = t("mission_report") + (f" · {t('draft')}" if d.draft else "")
        tab = f'<w:tabs><w:tab w:val="right" w:pos="{round(WIDTH_CM * 567)}"/></w:tabs>'
        header = (f"<w:p {_ns()}><w:pPr>{_border(['bottom'], 4, RULE)}{tab}</w:pPr>"
                  f"{run_xml(f'{d.code} — {d.title}', small)}<w:r><w:tab/></w:r>"
                  f"{run_xml(label, Look(bold=d.draft, size=7.5, colour=RED if d.draft else GREY))}"
                  "</w:p>")
        bold = Look(bold=True, size=7.5)
        before, _, rest = t("page_of", page="\x00", total="\x01").partition("\x00")
        between, _, after = rest.partition("\x01")
        footer = (f"<w:p {_ns()}><w:pPr>{_border(['top'], 4, RULE)}{tab}</w:pPr>"
                  f"{run_xml(t('confidential_short') + ' · ' + t('wco'), small)}"
                  f"<w:r><w:tab/></w:r>{run_xml(before, bold)}{field_xml('PAGE', '1', bold)}"
                  f"{run_xml(between, bold)}{field_xml('NUMPAGES', '1', bold)}"
                  f"{run_xml(after, bold)}</w:p>")
        for part, xml in ((section.header, header), (section.footer, footer)):
            old = part.paragraphs[0]._p
            old.addprevious(parse(xml))
            old.getparent().remove(old)

    # --- adding to the body -----------------------------------------------------------------

    def add(self, xml: str) -> None:
        self.body.sectPr.addprevious(parse(xml))

    def p(self, text: str, style: str = "body", *, align: str | None = None,
          keep_with_next: bool = False) -> None:
        """A paragraph in one of the PDF's styles (body, note, h3, cell, cell_bold …)."""
        if style == "h3":
            self.add(paragraph_xml(text, style=self.style_ids["Heading 3"], space_after=None,
                                   keep_with_next=True))
            return
        after = None if style in ("body", "note") else 2
        self.add(paragraph_xml(text, LOOKS[style], align=align, space_after=after,
                               keep_with_next=keep_with_next))

    def heading(self, number: str, title: str, level: int = 0) -> None:
        text = f"{number}  {title}" if number else title
        self.top_headings += level == 0
        self.entries.append((text, level))
        self.add(paragraph_xml(text, style=self.style_ids[f"Heading {1 if level == 0 else 2}"],
                               space_after=None, keep_with_next=True))

    def bullet(self, text: str) -> None:
        self.add(paragraph_xml(text, style=self.style_ids["List Bullet"], space_after=2))

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]],
              widths_cm: Sequence[float], **options: Any) -> None:
        """A table with a navy header row repeated on each page; a cell is a text or a list
        of (text, style name) paragraphs."""
        def cell(value: Any) -> Any:
            if isinstance(value, str):
                return value
            return [(text, LOOKS[style]) for text, style in value]

        for key in ("bold_rows", "band_rows", "span_rows"):
            if key in options:
                options[key] = frozenset(options[key])
        self.add(table_xml(TableSpec(header, [[cell(v) for v in row] for row in rows],
                                     widths_cm, header_fill=NAVY, band_fill=LIGHT, rule=RULE,
                                     **options)))
        self.add(paragraph_xml("", space_after=2))

    def key_values(self, pairs: Sequence[tuple[str, str]], label_cm: float) -> None:
        label, value = Look(bold=True, size=9, colour=GREY), Look(size=9.5)
        self.add(table_xml(TableSpec(
            (), [[[(k, label)], [(v, value)]] for k, v in pairs],
            (label_cm, WIDTH_CM - label_cm), rule=RULE)))
        self.add(paragraph_xml("", space_after=2))

    def picture(self, caption: str, png: bytes, width_cm: float) -> None:
        """A chart under its caption, in one paragraph so that they stay together."""
        self.add(paragraph_xml(caption, LOOKS["caption"], align="center", space_after=6))
        paragraph = self.body[-2]  # the one just added (the last child is the section)
        run = paragraph.makeelement(qn("w:r"), {})
        paragraph.append(run)
        run.append(run.makeelement(qn("w:br"), {}))
        from docx.text.run import Run

        # python-docx adds the image part and its relationship.
        Run(run, self.doc._body).add_picture(io.BytesIO(png), width=Cm(width_cm))

    def page_break(self) -> None:
        self.add('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    # --- parts ------------------------------------------------------------------------------

    def cover(self) -> None:
        d, t = self.data, self.t
        self.add(f"<w:p><w:pPr>{_border(['top'], 24, NAVY)}<w:spacing w:after=\"0\"/></w:pPr>"
                 f"{run_xml(t('wco').upper(), Look(bold=True, size=11, colour=NAVY))}</w:p>")
        self.add(paragraph_xml(t("wco_unit"), Look(size=9.5, colour=GREY)))
        self.add('<w:p><w:pPr><w:spacing w:before="1400" w:after="120"/></w:pPr>'
                 f"{run_xml(t('mission_report').upper(), Look(bold=True, size=11, colour=BLUE))}"
                 "</w:p>")
        self.add(paragraph_xml(d.title, style=self.style_ids["Title"], space_after=10))
        for text in (f"{d.administration} — {d.country}", d.dates):
            self.add(paragraph_xml(text, Look(size=13, colour=GREY), space_after=4))
        self.add(paragraph_xml("", space_after=18))
        self.key_values([(x.label, x.value) for x in d.cover], 4.6)
        marking = run_xml(t("confidential"), Look(bold=True, size=9.5, colour=RED))
        self.add(f'<w:p><w:pPr>{_border(["top", "left", "bottom", "right"], 8, RED)}'
                 f'<w:spacing w:before="480" w:after="0"/><w:jc w:val="center"/></w:pPr>'
                 f"{marking}</w:p>")
        self.page_break()

    def contents(self) -> None:
        # In the Title style: the contents are not a heading of their own in the navigation.
        self.add(paragraph_xml(self.t("contents"), Look(size=16), style=self.style_ids["Title"],
                               space_after=8))
        self.add("<w:p/>")
        self.toc_slot = self.body[-2]  # filled in by ``fill_contents`` once headings are known
        self.page_break()

    def fill_contents(self) -> None:
        xml = contents_xml('TOC \\o "1-2" \\h \\z \\u', self.entries)
        for element in paragraphs_element(xml):
            self.toc_slot.addprevious(element)
        self.toc_slot.getparent().remove(self.toc_slot)

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
        numbers = [_column_cm(t(key)) for key in ("questions", "answered", "na", "unanswered")]
        numbers.append(_column_cm(t("score"), 2.0))  # room for "100.0 %"
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
        d, t = self.data, self.t
        letters = iter("ABCDEFGH")
        self.page_break()
        if any(r.answers for r in d.assessments):
            letter = next(letters)
            self.heading("", t("h_annex_answers", n=letter))
            for i, r in enumerate(d.assessments, start=1):
                if r.answers:
                    self.heading(f"{letter}.{i}", r.title, level=1)
                    self.answers(r)
            self.page_break()
        letter = next(letters)
        self.heading("", t("h_annex_participants", n=letter))
        if d.counterparts:
            self.p(t("counterparts_intro"), "h3")
            self.table([t("name"), t("unit")],
                       [[[(name, "cell_bold")], unit] for name, unit in d.counterparts],
                       [6.0, WIDTH_CM - 6.0])
        else:
            self.p(t("no_counterparts"), "note")
        m = d.methodology
        if m.total is not None or m.women is not None or m.men is not None:
            parts = [f"{t('women')}: {m.women if m.women is not None else '–'}",
                     f"{t('men')}: {m.men if m.men is not None else '–'}",
                     f"{t('total')}: {m.total if m.total is not None else '–'}"]
            self.p(f"{t('participants')} — " + " · ".join(parts))
        if any(r.history is not None for r in d.assessments):
            letter = next(letters)
            self.heading("", t("h_annex_history", n=letter))
            self.p(t("history_intro"))
            for i, r in enumerate(d.assessments, start=1):
                if r.history is not None:
                    self.heading(f"{letter}.{i}", r.title, level=1)
                    self.history(r)

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
            self.furniture, self.cover, self.contents, self.background, self.team, self.agenda,
            self.methodology, self.results, self.findings, self.recommendations,
            self.action_plan, self.annexes, self.fill_contents]
        for i, step in enumerate(steps, start=1):
            step()
            progress(i / len(steps))
        core = self.doc.core_properties
        t, d = self.t, self.data
        core.title = f"{t('mission_report')}: {d.code} — {d.title}"
        core.author = d.author
        core.subject = f"{d.type_label} — {d.administration}, {d.country} ({d.dates})"
        core.keywords = ", ".join(d.keywords)
        core.language = d.lang
        core.comments = ""
        return self.doc


def render_mission_docx(data: MissionReportData, target: Any,
                        progress: Callable[[float], None] | None = None) -> int:
    """Write the mission report as a Word document to ``target`` (path or binary file);
    returns the number of top-level sections (Word counts the pages itself)."""
    builder = _WordBuilder(data)
    document = builder.build(progress or (lambda fraction: None))
    document.save(target)
    return builder.top_headings

