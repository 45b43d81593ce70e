"""The page furniture shared by both reports: named styles in the embedded fonts, a document
built in **one pass** with a running header, a "Page X of Y" footer, an optional DRAFT
watermark and a table of contents whose page numbers are filled in when the document is
saved.

How one pass works: the canvas keeps every finished page instead of writing it at once
(the classic "numbered canvas" recipe). Headings record the page they land on; contents
entries record where their page number goes. When the document is saved, the total page
count and every heading's page are known, so the footer, the watermark and the contents'
page numbers are drawn on each kept page before it is written. No second layout pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import NextPageTemplate

from . import scripts
from .fonts import BOLD, ITALIC, REGULAR, register_fonts

# Colours: a restrained institutional palette (navy, a lighter blue, greys).
NAVY = colors.HexColor("#12355B")
BLUE = colors.HexColor("#2A6F97")
LIGHT = colors.HexColor("#E8EEF4")
RULE = colors.HexColor("#B8C4D0")
GREY = colors.HexColor("#5A6470")
PALE = colors.HexColor("#F5F7F9")
GREEN = colors.HexColor("#3C8D5A")
AMBER = colors.HexColor("#C98A1B")
RED = colors.HexColor("#B03A2E")

MARGIN = 2 * cm


# --- styles -----------------------------------------------------------------------------------


def make_styles(base_size: float = 9.5, rtl: bool = False) -> dict[str, ParagraphStyle]:
    """The named styles; ``rtl`` for a document that reads right to left: text aligned on
    the right, indents mirrored, and each style marked so (``scripts.reads_rtl``)."""
    register_fonts()
    s = base_size
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=s, leading=s * 1.38,
                          spaceAfter=s * 0.6, textColor=colors.black,
                          bulletFontName=REGULAR)
    styles = {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=s - 1.5, leading=(s - 1.5) * 1.3,
                                spaceAfter=2),
        "note": ParagraphStyle("note", parent=body, fontName=ITALIC, fontSize=s - 1.5,
                               leading=(s - 1.5) * 1.3, textColor=GREY, spaceAfter=s * 0.6),
        "cell": ParagraphStyle("cell", parent=body, fontSize=s - 1.5, leading=(s - 1.5) * 1.25,
                               spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=BOLD, fontSize=s - 1.5,
                                    leading=(s - 1.5) * 1.25, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", parent=body, fontSize=s - 1.5,
                                     leading=(s - 1.5) * 1.25, spaceAfter=0, alignment=TA_RIGHT),
        "cell_muted": ParagraphStyle("cell_muted", parent=body, fontName=ITALIC,
                                     fontSize=s - 1.5, leading=(s - 1.5) * 1.25, spaceAfter=0,
                                     textColor=GREY),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=s - 1.5,
                               leading=(s - 1.5) * 1.25, spaceAfter=0, textColor=colors.white),
        "head_right": ParagraphStyle("head_right", parent=body, fontName=BOLD, fontSize=s - 1.5,
                                     leading=(s - 1.5) * 1.25, spaceAfter=0,
                                     textColor=colors.white, alignment=TA_RIGHT),
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=s + 6.5,
                             leading=(s + 6.5) * 1.25, textColor=NAVY, spaceBefore=s * 1.6,
                             spaceAfter=s, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=s + 2.5,
                             leading=(s + 2.5) * 1.3, textColor=NAVY, spaceBefore=s,
                             spaceAfter=s * 0.5, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=s + 0.5,
                             leading=(s + 0.5) * 1.3, textColor=BLUE, spaceBefore=s * 0.8,
                             spaceAfter=s * 0.4, keepWithNext=1),
        "caption": ParagraphStyle("caption", parent=body, fontName=BOLD, fontSize=s - 1,
                                  leading=(s - 1) * 1.3, textColor=GREY, alignment=TA_CENTER,
                                  spaceAfter=2),
        "toc1": ParagraphStyle("toc1", parent=body, fontName=BOLD, spaceAfter=0,
                               spaceBefore=4),
        "toc2": ParagraphStyle("toc2", parent=body, leftIndent=0.6 * cm, spaceAfter=0),
        "toc_page": ParagraphStyle("toc_page", parent=body, alignment=TA_RIGHT, spaceAfter=0),
        "bullet": ParagraphStyle("bullet", parent=body, fontSize=s - 1.5,
                                 leading=(s - 1.5) * 1.25, leftIndent=9, bulletIndent=0,
                                 spaceAfter=2),
        "cover_org": ParagraphStyle("cover_org", parent=body, fontName=BOLD, fontSize=s + 1.5,
                                    leading=(s + 1.5) * 1.3, textColor=NAVY, spaceAfter=0),
        "cover_unit": ParagraphStyle("cover_unit", parent=body, fontSize=s, textColor=GREY,
                                     spaceAfter=0),
        "cover_kicker": ParagraphStyle("cover_kicker", parent=body, fontName=BOLD,
                                       fontSize=s + 1.5, leading=(s + 1.5) * 1.3,
                                       textColor=BLUE, spaceAfter=6),
        "cover_title": ParagraphStyle("cover_title", parent=body, fontName=BOLD,
                                      fontSize=s + 12.5, leading=(s + 12.5) * 1.2,
                                      textColor=NAVY, spaceAfter=10, alignment=TA_LEFT),
        "cover_sub": ParagraphStyle("cover_sub", parent=body, fontSize=s + 3.5,
                                    leading=(s + 3.5) * 1.3, textColor=GREY, spaceAfter=4),
        "cover_label": ParagraphStyle("cover_label", parent=body, fontName=BOLD,
                                      fontSize=s - 0.5, textColor=GREY, spaceAfter=0),
        "cover_value": ParagraphStyle("cover_value", parent=body, fontSize=s, spaceAfter=0),
        "marking": ParagraphStyle("marking", parent=body, fontName=BOLD, fontSize=s,
                                  textColor=RED, alignment=TA_CENTER, spaceAfter=0),
    }
    if rtl:
        styles = {name: _mirrored_style(style) for name, style in styles.items()}
    return styles


_MIRRORED_ALIGNMENT = {TA_LEFT: TA_RIGHT, TA_JUSTIFY: TA_RIGHT, TA_RIGHT: TA_LEFT}


def _mirrored_style(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name, parent=style, direction=scripts.RTL,
                          alignment=_MIRRORED_ALIGNMENT.get(style.alignment, style.alignment),
                          leftIndent=style.rightIndent, rightIndent=style.leftIndent)


def esc(text: str) -> str:
    """Text for a Paragraph: markup characters escaped, line breaks kept, characters the
    report font lacks in a fallback font (``scripts.markup``)."""
    return scripts.markup(text)


def para(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A paragraph of any script: right-to-left text shaped and ordered, CJK broken between
    characters (``scripts.paragraph``)."""
    return scripts.paragraph(text, style, bullet)


# --- tables -----------------------------------------------------------------------------------


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain-string cells use the embedded font (a Table would draw
    them, even empty ones, in Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def mirrored(rows: Sequence[Sequence[Any]], widths: Sequence[float],
             commands: Sequence[tuple[Any, ...]]) -> tuple[list[list[Any]], list[float],
                                                         list[tuple[Any, ...]]]:
    """A table's rows, column widths and style commands read from the right: the first
    column becomes the last, and cell ranges, side lines, paddings and alignments follow."""
    n = len(widths)

    def column(c: int) -> int:
        return n - 1 - (c + n if c < 0 else c)

    sides = {"LINEBEFORE": "LINEAFTER", "LINEAFTER": "LINEBEFORE",
             "LEFTPADDING": "RIGHTPADDING", "RIGHTPADDING": "LEFTPADDING"}
    aligns = {"LEFT": "RIGHT", "RIGHT": "LEFT"}
    out: list[tuple[Any, ...]] = []
    for name, (x0, y0), (x1, y1), *rest in commands:
        a, b = column(x0), column(x1)
        if name == "ALIGN" and rest:
            rest = [aligns.get(str(rest[0]).upper(), rest[0]), *rest[1:]]
        out.append((sides.get(name, name), (min(a, b), y0), (max(a, b), y1), *rest))
    flipped = [list(reversed(row)) for row in rows]
    # A spanned range shows the content of its first cell, which is now its last.
    for name, (x0, y0), (x1, _y1), *_rest in out:
        if name == "SPAN" and x0 != x1:
            row = flipped[y0]
            row[x0], row[x1] = row[x1], row[x0]
    return flipped, list(reversed(widths)), out


def make_table(rows: Sequence[Sequence[Any]], widths: Sequence[float],
               commands: Sequence[tuple[Any, ...]] = (), *, rtl: bool = False,
               table_class: type[Table] = Table, **options: Any) -> Table:
    """A table in the document's direction: read from the right when ``rtl``."""
    if rtl:
        rows, widths, commands = mirrored(rows, widths, commands)
        if options.get("hAlign", "LEFT") == "LEFT":
            options["hAlign"] = "RIGHT"
    table = table_class([list(row) for row in rows], colWidths=list(widths), **options)
    table.setStyle(table_style(commands))
    return table


class Line(Flowable):
    """One line of text that never wraps (numbers, codes): far cheaper than a Paragraph,
    which parses markup and breaks lines, in tables of hundreds of cells."""

    def __init__(self, text: str, *, font: str = REGULAR, size: float = 8,
                 align: str = "right", colour: Any = colors.black) -> None:
        super().__init__()
        self.text, self.font, self.size, self.align, self.colour = text, font, size, align, colour

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.size * 1.25

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        canvas.setFillColor(self.colour)
        baseline = self.size * 0.25
        if self.align == "right":
            canvas.drawRightString(self.width, baseline, self.text)
        else:
            canvas.drawString(0, baseline, self.text)


class FlowingTable(Table):
    """A table whose rows split inside their cells when they do not fit what is left of a
    page, and that prefers that to leaving a large empty space: reportlab tries a split
    between rows first, then places the rest (with its repeated header) in the same space,
    which shows the header twice on one page."""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._calc(available_width, available_height)
        if not self.splitInRow:
            return super().split(available_width, available_height)
        by_row = self._splitRows(available_height, doInRowSplit=False)
        if by_row:
            kept = len(by_row[0]._cellvalues)
            left = available_height - sum(self._rowHeights[:kept])
            if kept < len(self._rowHeights) and left > 3 * cm \
                    and self._rowHeights[kept] > left:
                in_row = self._splitRows(available_height, doInRowSplit=True)
                if in_row:
                    return in_row
            return by_row
        # No split between rows here: split inside the row that does not fit only if it is a
        # long one; a short row goes to the next page with the rows kept with it.
        used, first_out = 0.0, 0
        while first_out < len(self._rowHeights) - 1 and \
                used + self._rowHeights[first_out] <= available_height:
            used += self._rowHeights[first_out]
            first_out += 1
        if self._rowHeights[first_out] > 3 * cm:
            return self._splitRows(available_height, doInRowSplit=True)
        return []

    def _getFirstPossibleSplitRowPosition(self, availHeight: float,
                                          ignoreSpans: int = 0) -> int:
        """reportlab's own, with its ``NOSPLIT`` rows really kept together (reportlab 5.1
        records a NOSPLIT range cell by cell and so never refuses a split inside it)."""
        impossible: dict[int, None] = {}
        if self._spanCmds and not ignoreSpans:
            self._getRowImpossible(impossible, self._rowSpanCells, self._spanRanges)
        for _cmd, (_x0, y0), (_x1, y1) in self._nosplitCmds:
            y0, y1 = (y if y >= 0 else y + self._nrows for y in (y0, y1))
            for row in range(min(y0, y1) + 1, max(y0, y1) + 1):
                impossible[row] = None
        height, split_at = 0.0, 0
        for n, row_height in enumerate(self._rowHeights, start=1):
            if height + row_height > availHeight:
                break
            if n not in impossible:
                split_at = n
            height += row_height
        return split_at


def data_table(
    rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header_rows: int = 1,
    zebra: bool = True, extra: Sequence[tuple[Any, ...]] = (), repeat: bool = True,
    rtl: bool = False,
) -> Table:
    """A table with a navy header row repeated on each page, thin rules and light banding;
    read from the right when ``rtl``.

    A row taller than what is left of the page is split inside its cells (``splitInRow``),
    so a long text flows on to the next page instead of failing the export."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if header_rows:
        commands += [("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
                     ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM")]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, PALE]))
    return make_table(rows, widths, commands + list(extra), rtl=rtl, table_class=FlowingTable,
                      repeatRows=header_rows if repeat else 0, hAlign="LEFT", splitInRow=1)


def key_value_table(rows: Sequence[tuple[str, str]], styles: dict[str, ParagraphStyle],
                    widths: tuple[float, float]) -> Table:
    """Label and value lines (the cover's facts), read from the right in a right-to-left
    document."""
    rtl = scripts.reads_rtl(styles["body"])
    data = [[para(k, styles["cover_label"]), para(v, styles["cover_value"])] for k, v in rows]
    return make_table(data, widths, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ], rtl=rtl, table_class=FlowingTable, hAlign="LEFT", splitInRow=1)


# --- headings and the contents ----------------------------------------------------------------


@dataclass
class Outline:
    """What the single pass records: the page of each heading, where contents numbers go."""

    heading_pages: dict[str, int] = field(default_factory=dict)
    # page number → [(x_right, y_baseline, key, style)]
    number_slots: dict[int, list[tuple[float, float, str]]] = field(default_factory=dict)


class Heading(Flowable):
    """A heading that bookmarks itself, adds a PDF outline entry and records its page; its
    text is a paragraph of any script (``para``)."""

    def __init__(self, text: str, style: ParagraphStyle, key: str, level: int,
                 outline: Outline, toc_text: str | None = None) -> None:
        super().__init__()
        self.text = para(text, style)
        self.style = style
        self.keepWithNext = style.keepWithNext
        self.key, self.level, self.outline = key, level, outline
        # The outline entry keeps the logical text, for the viewer to order.
        self.toc_text = toc_text or text

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.text.wrap(available_width, available_height)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        canvas = self.canv
        canvas.bookmarkHorizontal(self.key, 0, self.height + 4)
        canvas.addOutlineEntry(self.toc_text, self.key, level=self.level, closed=self.level > 0)
        self.outline.heading_pages[self.key] = canvas.getPageNumber()
        self.text.drawOn(canvas, 0, 0)


class _PageSlot(Flowable):
    """Holds the place of a page number in the contents; the number is drawn at save time."""

    def __init__(self, key: str, outline: Outline, width: float, height: float,
                 link_width: float, rtl: bool = False) -> None:
        super().__init__()
        self.key, self.outline, self.rtl = key, outline, rtl
        self.width, self.height, self.link_width = width, height, link_width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(self.width, 0)
        self.outline.number_slots.setdefault(self.canv.getPageNumber(), []).append(
            (x, y, self.key))
        # The whole line links to the heading (the title is on the slot's right when the
        # contents read from the right).
        area = (0, 0, self.width + self.link_width, self.height) if self.rtl else \
            (-self.link_width, 0, self.width, self.height)
        self.canv.linkRect("", self.key, area, relative=1)


def contents_table(entries: Sequence[tuple[str, str, int]], outline: Outline,
                   styles: dict[str, ParagraphStyle], width: float) -> Table:
    """The table of contents: (key, title, level) entries, page numbers filled in at save."""
    number_width = 1.4 * cm
    rtl = scripts.reads_rtl(styles["body"])
    rows = []
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for i, (key, title, level) in enumerate(entries):
        style = styles["toc1"] if level == 0 else styles["toc2"]
        rows.append([para(title, style),
                     _PageSlot(key, outline, number_width, style.leading,
                               width - number_width, rtl)])
        if level == 0:
            commands.append(("LINEBELOW", (0, i), (-1, i), 0.25, RULE))
    return make_table(rows, [width - number_width, number_width], commands, rtl=rtl,
                      hAlign="LEFT")


# --- the document -----------------------------------------------------------------------------


@dataclass
class PageFurniture:
    """What is drawn on every page but the first once the page count is known."""

    header_left: str
    header_right: str
    footer_left: str
    page_of: Callable[[int, int], str]
    watermark: str = ""
    cover_page: bool = True  # no header/footer on page 1
    rtl: bool = False  # mirrored: the "left" texts on the right, the page number on the left


def _furnished_canvas(furniture: PageFurniture, outline: Outline) -> type[Canvas]:
    class FurnishedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._kept_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._kept_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept_pages)
            for state in self._kept_pages:
                self.__dict__.update(state)
                self._furnish(total)
                super().showPage()
            super().save()

        def _furnish(self, total: int) -> None:
            page = self.getPageNumber()
            width, height = self._pagesize
            self.saveState()
            for x, y, key in outline.number_slots.get(page, ()):
                number = outline.heading_pages.get(key)
                if number is not None:
                    self.setFont(REGULAR, 9.5)
                    self.setFillColor(colors.black)
                    self.drawRightString(x, y + 3, str(number))
            if furniture.watermark:
                self.setFillColor(RED)
                self.setFillAlpha(0.10)
                self.setFont(BOLD, 110 if width < height else 130)
                self.translate(width / 2, height / 2)
                self.rotate(40)
                self.drawCentredString(0, -40, scripts.display_line(furniture.watermark))
                self.rotate(-40)
                self.translate(-width / 2, -height / 2)
                self.setFillAlpha(1)
            if not (furniture.cover_page and page == 1):
                self.setStrokeColor(RULE)
                self.setLineWidth(0.5)
                top = height - MARGIN + 0.55 * cm
                self.line(MARGIN, top - 4, width - MARGIN, top - 4)
                self.setFillColor(GREY)
                left, right = MARGIN, width - MARGIN
                start, end = (right, left) if furniture.rtl else (left, right)
                room = width - 2 * MARGIN
                draw_line(self, furniture.header_left, start, top, 7.5, room * 0.62,
                          at_end=furniture.rtl, rtl=furniture.rtl)
                draw_line(self, furniture.header_right, end, top, 7.5, room * 0.36,
                          at_end=not furniture.rtl, rtl=furniture.rtl)
                bottom = MARGIN - 0.9 * cm
                self.line(MARGIN, bottom + 10, width - MARGIN, bottom + 10)
                draw_line(self, furniture.footer_left, start, bottom, 7.5, room * 0.62,
                          at_end=furniture.rtl, rtl=furniture.rtl)
                draw_line(self, furniture.page_of(page, total), end, bottom, 7.5,
                          room * 0.36, at_end=not furniture.rtl, rtl=furniture.rtl, font=BOLD)
            self.restoreState()

    return FurnishedCanvas


def draw_line(canvas: Canvas, text: str, x: float, y: float, size: float, room: float, *,
              at_end: bool = False, font: str = REGULAR, rtl: bool = False) -> None:
    """One line of any script straight on the canvas (the running header and footer):
    shortened with an ellipsis to ``room`` points, shaped and in visual order when it holds
    right-to-left text, characters the font lacks in the body's fallback fonts. Starts at
    ``x``, or ends there when ``at_end``; ``rtl``: in a right-to-left document."""
    runs = list(scripts.font_runs(_fit(text, room, size, font, rtl or None)))
    widths = [canvas.stringWidth(piece, run_font or font, size) for piece, run_font in runs]
    x -= sum(widths) if at_end else 0
    for (piece, run_font), run_width in zip(runs, widths, strict=True):
        canvas.setFont(run_font or font, size)
        canvas.drawString(x, y, piece)
        x += run_width


def _fit(text: str, room: float, size: float, font: str = REGULAR,
         rtl_base: bool | None = None) -> str:
    """``text`` in display order, shortened at its logical end with an ellipsis to fit
    ``room`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def width(line: str) -> float:
        return sum(stringWidth(piece, run_font or font, size)
                   for piece, run_font in scripts.font_runs(line))

    shown = scripts.display_line(text, rtl_base)
    if width(shown) <= room:
        return shown
    low, high = 0, len(text)  # the longest start of the text that fits with "…"
    while low < high:
        middle = (low + high + 1) // 2
        if width(scripts.display_line(text[:middle].rstrip() + "…", rtl_base)) <= room:
            low = middle
        else:
            high = middle - 1
    return scripts.display_line(text[:low].rstrip() + "…", rtl_base)


@dataclass
class Metadata:
    title: str
    author: str
    subject: str
    keywords: Sequence[str] = ()
    lang: str = "en"


def build_document(
    target: Any, story: list[Flowable], *, furniture: PageFurniture, outline: Outline,
    metadata: Metadata, landscape_pages: bool = False,
    progress: Callable[[float], None] | None = None,
) -> int:
    """Lay ``story`` out on A4 pages (portrait, or landscape) and write the PDF to ``target``
    (a path or a binary file). Returns the number of pages."""
    register_fonts()
    pagesize = landscape(A4) if landscape_pages else A4
    doc = BaseDocTemplate(
        target, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + 0.3 * cm, bottomMargin=MARGIN, title=metadata.title,
        author=metadata.author, subject=metadata.subject,
        keywords=", ".join(metadata.keywords), creator="Mercator Desktop",
        producer="Mercator Desktop (ReportLab)", lang=metadata.lang, displayDocTitle=True,
        initialFontName=REGULAR, initialFontSize=9.5,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=pagesize)])
    if progress is not None:
        total_size = [1]

        def on_progress(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                total_size[0] = max(1, value)
            elif kind == "PROGRESS":
                progress(min(1.0, value / total_size[0]))

        doc.setProgressCallBack(on_progress)
    canvasmaker = _furnished_canvas(furniture, outline)
    doc.build(story, canvasmaker=canvasmaker)
    return doc.page


def document_height(landscape_pages: bool = False) -> float:
    """The height of the body frame of a page (inside the margins)."""
    height = (landscape(A4) if landscape_pages else A4)[1]
    return height - 2 * MARGIN - 0.3 * cm


def document_width(landscape_pages: bool = False) -> float:
    width = (landscape(A4) if landscape_pages else A4)[0]
    return width - 2 * MARGIN


__all__ = [
    "AMBER",
    "BLUE",
    "GREEN",
    "GREY",
    "LIGHT",
    "NAVY",
    "PALE",
    "RED",
    "RULE",
    "FlowingTable",
    "Heading",
    "Line",
    "Metadata",
    "NextPageTemplate",
    "Outline",
    "PageFurniture",
    "build_document",
    "contents_table",
    "data_table",
    "document_height",
    "document_width",
    "draw_line",
    "esc",
    "key_value_table",
    "make_styles",
    "make_table",
    "mirrored",
    "para",
    "table_style",
]
