"""WordprocessingML snippets (runs, paragraphs, tables, fields) written as XML text and
parsed once per block, for the Word export.

Why not python-docx's object API for everything: it finds each child element by walking the
schema's sequence on every call, and the report's answer annex alone is some 300 rows × 4
cells with a few runs each — built cell by cell it took seconds; as text parsed once per table
it takes milliseconds. python-docx still makes the package (styles, sections, header and
footer, images, properties) and reads the file back in the tests.

Every text goes through ``scripts.segments``: right-to-left pieces become runs marked
``w:rtl`` in the complex-script font, and a paragraph that starts right-to-left gets
``w:bidi`` (Word shapes and orders such text itself).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from . import scripts

TWIPS_PER_CM = 567


@dataclass(frozen=True)
class Look:
    """How a piece of text looks (a subset of Word's run properties)."""

    bold: bool = False
    italic: bool = False
    size: float | None = None  # points
    colour: str | None = None  # "12355B"


def run_xml(text: str, look: Look = Look()) -> str:
    """Runs for ``text``: line breaks as ``w:br``, right-to-left pieces marked ``w:rtl``."""
    out = []
    lines = text.split("\n")
    for n, line in enumerate(lines):
        for piece, rtl in scripts.segments(line):
            out.append(f"<w:r>{_rpr(look, rtl)}<w:t xml:space=\"preserve\">"
                       f"{escape(piece)}</w:t></w:r>")
        if n < len(lines) - 1:
            out.append(f"<w:r>{_rpr(look, False)}<w:br/></w:r>")
    return "".join(out)


def _rpr(look: Look, rtl: bool) -> str:
    # Schema order: b, bCs, i, iCs, color, sz, szCs, rtl.
    parts = []
    if look.bold:
        parts.append("<w:b/><w:bCs/>")
    if look.italic:
        parts.append("<w:i/><w:iCs/>")
    if look.colour:
        parts.append(f'<w:color w:val="{look.colour}"/>')
    if look.size:
        half = round(look.size * 2)
        parts.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    if rtl:
        parts.append("<w:rtl/>")
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def paragraph_xml(text: str, look: Look = Look(), *, align: str | None = None,
                  space_after: float | None = 0, style: str | None = None,
                  keep_with_next: bool = False, runs: str | None = None) -> str:
    """A paragraph holding ``text`` (or ready-made ``runs``)."""
    # Schema order: pStyle, keepNext, …, bidi, …, spacing, …, jc.
    props = []
    if style:
        props.append(f'<w:pStyle w:val="{style}"/>')
    if keep_with_next:
        props.append("<w:keepNext/>")
    if scripts.starts_rtl(text):
        props.append("<w:bidi/>")
    if space_after is not None:
        props.append(f'<w:spacing w:before="0" w:after="{round(space_after * 20)}"/>')
    if align:
        props.append(f'<w:jc w:val="{align}"/>')
    ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{runs if runs is not None else run_xml(text, look)}</w:p>"


def field_xml(instruction: str, placeholder: str, look: Look = Look()) -> str:
    """A Word field (PAGE, NUMPAGES, TOC …) whose value Word computes."""
    rpr = _rpr(look, False)
    return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
            f'<w:r>{rpr}<w:instrText xml:space="preserve"> {escape(instruction)} '
            f'</w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'{run_xml(placeholder, look)}'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')


def contents_xml(instruction: str, entries: Sequence[tuple[str, int]]) -> str:
    """A table of contents field whose shown result already lists ``entries`` (text,
    level), so that the contents read right before Word updates the field with page
    numbers (and in programs that never update fields)."""
    if not entries:
        entries = [("", 0)]
    begin = ('<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
             f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText>'
             '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    out = []
    for i, (text, level) in enumerate(entries):
        look = Look(bold=level == 0)
        runs = (begin if i == 0 else "") + run_xml(text, look) + \
            (end if i == len(entries) - 1 else "")
        indent = f'<w:ind w:left="{340 * level}"/>' if level else ""
        before = 80 if level == 0 else 0
        out.append(f'<w:p><w:pPr><w:spacing w:before="{before}" w:after="0"/>{indent}</w:pPr>'
                   f"{runs}</w:p>")
    return "".join(out)


Cell = str | Sequence[tuple[str, Look]]  # a text, or paragraphs (text, look)


@dataclass
class TableSpec:
    header: Sequence[str]
    rows: Sequence[Sequence[Cell | Any]]
    widths_cm: Sequence[float]
    right: Sequence[int] = ()  # columns aligned right (numbers)
    bold_rows: frozenset[int] = frozenset()
    band_rows: frozenset[int] = frozenset()  # light background
    span_rows: frozenset[int] = frozenset()  # one cell across the whole row
    span_header: bool = False  # the header's first cell across the whole row
    header_fill: str = "12355B"
    band_fill: str = "E8EEF4"
    rule: str = "B8C4D0"
    size: float = 8


def table_xml(spec: TableSpec) -> str:
    """A fixed-width table; its first row (white on navy) repeats on each page."""
    widths = [round(w * TWIPS_PER_CM) for w in spec.widths_cm]
    rule = f'w:val="single" w:sz="2" w:space="0" w:color="{spec.rule}"'
    out = [f'<w:tbl {nsdecls("w")}><w:tblPr>'
           f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
           f'<w:tblBorders><w:bottom {rule}/><w:insideH {rule}/></w:tblBorders>'
           f'<w:tblLayout w:type="fixed"/>'
           f'<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="70" w:type="dxa"/>'
           f'<w:bottom w:w="40" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar>'
           f'<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>']
    out += [f'<w:gridCol w:w="{w}"/>' for w in widths]
    out.append("</w:tblGrid>")
    head_look = Look(bold=True, size=spec.size, colour="FFFFFF")
    if spec.header:
        out.append('<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>')
        if spec.span_header:
            out.append(_cell(sum(widths), spec.header_fill,
                             paragraph_xml(spec.header[0], head_look), span=len(widths)))
        for i, (text, width) in enumerate(zip(spec.header, widths, strict=True)):
            if spec.span_header:
                break
            out.append(_cell(width, spec.header_fill, paragraph_xml(
                text, head_look, align="right" if i in spec.right else None)))
        out.append("</w:tr>")
    cell_look = Look(size=spec.size)
    bold_look = Look(bold=True, size=spec.size)
    for r, row in enumerate(spec.rows):
        fill = spec.band_fill if r in spec.band_rows else None
        look = bold_look if r in spec.bold_rows else cell_look
        out.append("<w:tr>")
        if r in spec.span_rows:
            out.append(_cell(sum(widths), fill, _paragraphs(row[0], look, None),
                             span=len(widths)))
        else:
            for c, (value, width) in enumerate(zip(row, widths, strict=True)):
                out.append(_cell(width, fill, _paragraphs(
                    value, look, "right" if c in spec.right else None)))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _paragraphs(value: Any, look: Look, align: str | None) -> str:
    if isinstance(value, str):
        return paragraph_xml(value, look, align=align)
    parts = list(value)
    if not parts:
        return "<w:p/>"
    return "".join(paragraph_xml(text, part_look, align=align, space_after=1 if i else 0)
                   for i, (text, part_look) in enumerate(parts))


def _cell(width: int, fill: str | None, content: str, span: int = 1) -> str:
    # Schema order in tcPr: tcW, gridSpan, …, shd.
    grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid}{shade}</w:tcPr>'
            f"{content}</w:tc>")


def parse(xml: str) -> Any:
    """The element of one snippet (a ``w:p`` or ``w:tbl`` …), namespace declared."""
    if "xmlns:w=" not in xml.split(">", 1)[0]:
        name_end = next(i for i, c in enumerate(xml) if c in " />" and i > 0)
        xml = f"{xml[:name_end]} {nsdecls('w')}{xml[name_end:]}"
    return parse_xml(xml)


def paragraphs_element(xml: str) -> list[Any]:
    """Several ``w:p`` snippets as elements."""
    wrapper = parse_xml(f"<w:body {nsdecls('w')}>{xml}</w:body>")
    return list(wrapper)
