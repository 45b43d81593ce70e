"""Charts drawn with reportlab graphics, in the embedded fonts: a radar (``SpiderChart``) of
section scores and horizontal bar charts (section scores, missions per region or topic).

reportlab checks every attribute set on a chart's parts against its type map while charts are
built and expanded into shapes (``rl_config.shapeChecking``, a help while writing a chart);
with charts whose code does not change at run time that check is a fifth of the Word export
(its charts drawn again as PNG), so it is turned off when this module is loaded.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, Polygon, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from . import scripts
from .fonts import BOLD, REGULAR, register_fonts
from .layout import BLUE, GREY, NAVY, RULE

rl_config.shapeChecking = 0

BASELINE = colors.HexColor("#9AA5B1")  # the earlier assessment, beside the blue of now


class _PercentSpider(SpiderChart):
    """A spider chart whose outer ring is always 100 %, not the largest value."""

    def normalizeData(self, outer: float = 0.0) -> list[list[float]]:
        self._norm = 100.0
        return [[min(max(v, 0.0), 100.0) / 100.0 for v in row] for row in self.data]


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is the embedded one (reportlab would start with
    Helvetica, a base-14 font, and list it in the PDF)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = 7
    return drawing


def radar_chart(labels: Sequence[str], values: Sequence[float], size: float = 7.2 * cm,
                fill: colors.Color = BLUE) -> Drawing:
    """Scores (0–100) on spokes labelled ``labels``, with rings at 25, 50, 75 and 100 %."""
    register_fonts()
    drawing = _drawing(size, size)
    margin = 0.95 * cm
    radius = (size - 2 * margin) / 2
    cx = cy = size / 2
    n = len(values)
    angles = [math.pi / 2 - 2 * math.pi * i / n for i in range(n)]
    for ring in (0.25, 0.5, 0.75, 1.0):
        points: list[float] = []
        for a in angles:
            points += [cx + math.cos(a) * radius * ring, cy + math.sin(a) * radius * ring]
        drawing.add(Polygon(points, strokeColor=RULE, strokeWidth=0.4 if ring < 1 else 0.7,
                            fillColor=None))
        drawing.add(String(cx + 2, cy + radius * ring + 1.5, f"{int(ring * 100)}",
                           fontName=REGULAR, fontSize=5.5, fillColor=GREY))
    chart = _PercentSpider()
    chart.x, chart.y = cx - radius, cy - radius
    chart.width = chart.height = 2 * radius
    chart.data = [list(values)]
    chart.labels = [scripts.display_line(label) for label in labels]
    chart.startAngle = 90
    chart.direction = "clockwise"
    chart.strands[0].fillColor = colors.Color(fill.red, fill.green, fill.blue, alpha=0.28)
    chart.strands[0].strokeColor = NAVY
    chart.strands[0].strokeWidth = 1.2
    chart.strands.symbol = None
    chart.strandLabels.format = None
    chart.spokes.strokeColor = RULE
    chart.spokes.strokeWidth = 0.4
    chart.spokeLabels.fontName = BOLD
    chart.spokeLabels.fontSize = 7
    chart.spokeLabels.fillColor = NAVY
    chart.spokes.labelRadius = 1.13
    drawing.add(chart)
    return drawing


def _wrap_label(text: str, width: float, font: str, size: float) -> list[str]:
    """``text`` broken into lines of at most ``width`` points (a word too long for a line is
    broken too): labels are wrapped, never cut; right-to-left text shaped and in visual
    order, line by line."""
    if scripts.has_rtl(text):
        lines = scripts.rtl_lines(text, width, lambda line: stringWidth(line, font, size))
    else:
        lines = simpleSplit(text, font, size, width) or [""]
    out: list[str] = []
    for line in lines:
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def bar_chart(
    items: Sequence[tuple[str, float]], width: float, *, value_max: float | None = None,
    percent: bool = False, label_width: float = 4.4 * cm, bar_height: float = 0.5 * cm,
    fill: colors.Color = BLUE,
) -> Drawing:
    """Horizontal bars, first item on top, each with its value at the end of the bar."""
    return _bars([label for label, _ in items], [[v for _, v in items]], [fill], width,
                 value_max=value_max, percent=percent, label_width=label_width,
                 bar_height=bar_height)


def paired_bar_chart(items: Sequence[tuple[str, float | None, float | None]], width: float, *,
                     label_width: float = 4.4 * cm) -> Drawing:
    """Two bars per item, in percent: the baseline (grey) above the follow-up (blue). A side
    with no score draws no bar (never a 0)."""
    return _bars([label for label, _, _ in items],
                 [[b for _, b, _ in items], [a for _, _, a in items]], [BASELINE, BLUE],
                 width, percent=True, label_width=label_width, bar_height=0.8 * cm)


def _bars(names: Sequence[str], series: Sequence[Sequence[float | None]],
          fills: Sequence[colors.Color], width: float, *, value_max: float | None = None,
          percent: bool = False, label_width: float = 4.4 * cm,
          bar_height: float = 0.5 * cm) -> Drawing:
    register_fonts()
    font_size = 7
    n = max(1, len(names))
    labels = [_wrap_label(label, label_width - 0.25 * cm, REGULAR, font_size)
              for label in names]
    most_lines = max((len(lines) for lines in labels), default=1)
    bar_height = max(bar_height, most_lines * font_size * 1.2 + 4)
    plot_height = n * bar_height
    height = plot_height + 0.9 * cm
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 0.6 * cm
    chart.width = width - label_width - 0.8 * cm
    chart.height = plot_height
    # HorizontalBarChart draws the first category and series at the bottom: reverse both
    # for reading order.
    chart.data = [[max(0.0, float(v)) if v is not None else None for v in reversed(values)]
                  for values in reversed(series)]
    chart.categoryAxis.categoryNames = ["\n".join(lines) for lines in reversed(labels)]
    chart.categoryAxis.labels.leading = font_size * 1.2
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = font_size
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    top = value_max if value_max is not None else max(
        [v for values in series for v in values if v is not None] + [1])
    chart.valueAxis.valueMin = 0
    if percent:
        chart.valueAxis.valueMax = 100
        chart.valueAxis.valueStep = 25
    else:
        step = max(1, math.ceil(top / 5))
        chart.valueAxis.valueMax = step * max(1, math.ceil(top / step))
        chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fillColor = GREY
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E8ED")
    chart.valueAxis.gridStrokeWidth = 0.4
    for i, fill in enumerate(reversed(fills)):
        chart.bars[i].fillColor = fill
        chart.bars[i].strokeColor = None
    chart.barWidth = bar_height * 0.62 / len(series)
    chart.groupSpacing = bar_height * 0.38
    chart.barLabelFormat = (lambda v: "" if v is None else f"{v:.0f}") if percent else \
        (lambda v: "" if v is None else f"{v:g}")
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = NAVY
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing
