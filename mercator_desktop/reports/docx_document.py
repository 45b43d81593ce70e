"""A Word document (python-docx) in the reports' look: styles in one font with navy
headings (Word's own "Heading 1/2/3", so the navigation pane and the contents work), a running
header and a "Page X of Y" footer of fields, a contents field that Word fills in, tables with
a navy header row repeated on each page, charts as images. ``mission_docx`` fills it with the
mission report; the snippets themselves come from ``docx_xml``.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from docx import Document
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

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


# What follows ``w:bidi`` in a paragraph's properties, ``w:bidiVisual`` in a table's and
# ``w:bidi`` in a section's (the schema's sequences), to insert each in its place.
_AFTER_BIDI = ("adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
               "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
               "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
               "pPrChange")
_AFTER_BIDI_VISUAL = ("tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc",
                      "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout",
                      "tblCellMar", "tblLook", "tblCaption", "tblDescription")
_AFTER_SECTION_BIDI = ("rtlGutter", "docGrid", "printerSettings", "sectPrChange")


def _insert_in_order(parent: Any, tag: str, later: Sequence[str]) -> None:
    element = parent.makeelement(qn(f"w:{tag}"), {})
    tags = {qn(f"w:{name}") for name in later}
    following = next((child for child in parent if child.tag in tags), None)
    if following is None:
        parent.append(element)
    else:
        following.addprevious(element)


def _mirror_alignment(ppr: Any) -> None:
    """``left`` and ``right`` keep their visual sense in a right-to-left paragraph (as the
    file is laid out by LibreOffice, where it was checked), so what was set on the right
    (numbers) goes to the left, as the columns are mirrored."""
    jc = ppr.find(qn("w:jc"))
    if jc is not None:
        value = jc.get(qn("w:val"))
        jc.set(qn("w:val"), {"left": "right", "right": "left"}.get(value, value))


def border(sides: Sequence[str], size: int, colour: str) -> str:
    """Paragraph borders (``w:pBdr``); size in eighths of a point."""
    edges = "".join(f'<w:{side} w:val="single" w:sz="{size}" w:space="4" w:color="{colour}"/>'
                    for side in sides)
    return f"<w:pBdr>{edges}</w:pBdr>"


def column_cm(header: str, minimum: float = 1.4) -> float:
    """Wide enough for the longest word of a column's heading, with the cell margins (Word,
    like the PDF, would otherwise break a word such as "Questions" inside)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .fonts import BOLD, register_fonts

    register_fonts()
    longest = max(stringWidth(word, BOLD, 8) for word in header.split())
    return max(minimum, (longest + 7 + 4) * 2.54 / 72)  # margins 2 × 3.5 pt, a little air


class WordDocument:
    """The document being written, and the blocks a report is made of."""

    def __init__(self) -> None:
        self.doc = Document()
        self.body = self.doc.element.body
        self.top_headings = 0
        self.entries: list[tuple[str, int]] = []  # headings (text, level) for the contents
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

    def furniture(self, header_left: str, header_right: str, footer_left: str,
                  page_of: Callable[[str, str], str], alert: bool = False) -> None:
        """Running header and footer on every page but the first (the cover); the footer's
        "Page X of Y" made of PAGE and NUMPAGES fields; ``alert`` sets the right of the
        header in red (a draft)."""
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        small = Look(size=7.5, colour=GREY)
        right = Look(bold=alert, size=7.5, colour=RED if alert else GREY)
        tab = f'<w:tabs><w:tab w:val="right" w:pos="{round(WIDTH_CM * 567)}"/></w:tabs>'
        header = (f"<w:p {_ns()}><w:pPr>{border(['bottom'], 4, RULE)}{tab}</w:pPr>"
                  f"{run_xml(header_left, small)}<w:r><w:tab/></w:r>"
                  f"{run_xml(header_right, right)}</w:p>")
        bold = Look(bold=True, size=7.5)
        before, _, rest = page_of("\x00", "\x01").partition("\x00")
        between, _, after = rest.partition("\x01")
        footer = (f"<w:p {_ns()}><w:pPr>{border(['top'], 4, RULE)}{tab}</w:pPr>"
                  f"{run_xml(footer_left, small)}"
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

    def contents(self, title: str) -> None:
        """The contents' title and the place of its field (``fill_contents``)."""
        # In the Title style: the contents are not a heading of their own in the navigation.
        self.add(paragraph_xml(title, Look(size=16), style=self.style_ids["Title"],
                               space_after=8))
        self.add("<w:p/>")
        self.toc_slot = self.body[-2]  # filled in by ``fill_contents`` once headings are known
        self.page_break()

    def right_to_left(self) -> None:
        """The whole document reads right to left: every paragraph (body, tables, header,
        footer) marked ``w:bidi`` — Word then starts its lines on the right, and its tab
        stops and indents from there —, every table ``w:bidiVisual`` (its first column on
        the right), the section ``w:bidi``. Call it once the document is complete."""
        section = self.doc.sections[0]
        parts = [self.body, section.header._element, section.footer._element,
                 section.first_page_header._element, section.first_page_footer._element]
        for part in parts:
            for p in part.iter(qn("w:p")):
                ppr = p.find(qn("w:pPr"))
                if ppr is None:
                    ppr = p.makeelement(qn("w:pPr"), {})
                    p.insert(0, ppr)
                if ppr.find(qn("w:bidi")) is None:
                    _insert_in_order(ppr, "bidi", _AFTER_BIDI)
                _mirror_alignment(ppr)
            for tbl_pr in part.iter(qn("w:tblPr")):
                if tbl_pr.find(qn("w:bidiVisual")) is None:
                    _insert_in_order(tbl_pr, "bidiVisual", _AFTER_BIDI_VISUAL)
        for sect_pr in self.body.iter(qn("w:sectPr")):
            if sect_pr.find(qn("w:bidi")) is None:
                _insert_in_order(sect_pr, "bidi", _AFTER_SECTION_BIDI)

    def fill_contents(self) -> None:
        xml = contents_xml('TOC \\o "1-2" \\h \\z \\u', self.entries)
        for element in paragraphs_element(xml):
            self.toc_slot.addprevious(element)
        self.toc_slot.getparent().remove(self.toc_slot)
