"""The report's charts (``charts``, reportlab drawings) as PNG images, for the Word export.

reportlab's own bitmap renderer (renderPM) needs pycairo, which has no wheel for Linux and
would need a C build; the charts only use rectangles, lines, polygons and strings, so this
small renderer draws those with Pillow (a dependency already), at ``scale`` times the size and
then scaled down for smooth edges. Text is drawn with the same embedded TrueType files the
PDF uses, so the image and the PDF show the same chart.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.renderbase import Renderer, StateTracker, getStateDelta
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

_SUPERSAMPLE = 2


@lru_cache(maxsize=32)
def _font(font_name: str, pixels: int) -> ImageFont.FreeTypeFont:
    path = getattr(getFont(font_name).face, "filename", None)
    if not isinstance(path, str):
        raise ValueError(f"the chart font {font_name} is not a TrueType file")
    return ImageFont.truetype(path, pixels)


def _rgba(colour: Color | None, opacity: float | None = None) -> tuple[int, int, int, int] | None:
    if colour is None:
        return None
    alpha = getattr(colour, "alpha", 1) if opacity is None else opacity
    return (round(colour.red * 255), round(colour.green * 255), round(colour.blue * 255),
            round(alpha * 255))


class _PillowRenderer(Renderer):
    """Draws a reportlab ``Drawing`` on a Pillow image (y pointing up, in points × ``px``)."""

    def __init__(self, drawing: Drawing, px: float) -> None:
        self.px = px
        self.height = drawing.height
        size = (max(1, round(drawing.width * px)), max(1, round(drawing.height * px)))
        self.image = Image.new("RGBA", size, (255, 255, 255, 255))
        self.draw = ImageDraw.Draw(self.image)

    def render(self, drawing: Drawing) -> Image.Image:
        self._tracker = StateTracker(defaultObj=drawing)
        self._canvas = None
        self.drawNode(drawing)
        return self.image

    # --- state ----------------------------------------------------------------------------

    def drawNode(self, node: Any) -> None:
        self._tracker.push(getStateDelta(node))
        self.drawNodeDispatcher(node)
        self._tracker.pop()

    def _state(self) -> dict[str, Any]:
        return self._tracker.getState()

    def _xy(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self._tracker.getCTM()
        tx, ty = a * x + c * y + e, b * x + d * y + f
        return tx * self.px, (self.height - ty) * self.px

    def _points(self, flat: list[float]) -> list[tuple[float, float]]:
        return [self._xy(flat[i], flat[i + 1]) for i in range(0, len(flat) - 1, 2)]

    def _shape(self, points: list[tuple[float, float]], closed: bool) -> None:
        s = self._state()
        fill = _rgba(s.get("fillColor"), s.get("fillOpacity"))
        stroke = _rgba(s.get("strokeColor"), s.get("strokeOpacity"))
        width = max(1, round((s.get("strokeWidth") or 0) * self.px))
        if closed and fill is not None and len(points) >= 3:
            if fill[3] == 255:
                self.draw.polygon(points, fill=fill)
            else:  # translucent (the radar's area): composed over what is drawn
                layer = Image.new("RGBA", self.image.size, (0, 0, 0, 0))
                ImageDraw.Draw(layer).polygon(points, fill=fill)
                self.image.alpha_composite(layer)
        if stroke is not None and s.get("strokeWidth", 1) > 0 and len(points) >= 2:
            outline = [*points, points[0]] if closed else points
            self.draw.line(outline, fill=stroke, width=width, joint="curve")

    # --- shapes ---------------------------------------------------------------------------

    def drawRect(self, rect: Any) -> None:
        x, y, w, h = rect.x, rect.y, rect.width, rect.height
        self._shape(self._points([x, y, x + w, y, x + w, y + h, x, y + h]), closed=True)

    def drawLine(self, line: Any) -> None:
        self._shape(self._points([line.x1, line.y1, line.x2, line.y2]), closed=False)

    def drawPolyLine(self, polyline: Any) -> None:
        self._shape(self._points(list(polyline.points)), closed=False)

    def drawPolygon(self, polygon: Any) -> None:
        self._shape(self._points(list(polygon.points)), closed=True)

    def drawCircle(self, circle: Any) -> None:
        import math

        points = []
        for i in range(48):
            angle = 2 * math.pi * i / 48
            points += [circle.cx + circle.r * math.cos(angle),
                       circle.cy + circle.r * math.sin(angle)]
        self._shape(self._points(points), closed=True)

    def drawString(self, string: Any) -> None:
        s = self._state()
        colour = _rgba(s.get("fillColor"))
        if colour is None or not string.text:
            return
        name, size = s["fontName"], s["fontSize"]
        x = string.x
        anchor = s.get("textAnchor", "start")
        if anchor in ("end", "middle"):
            width = stringWidth(string.text, name, size)
            x -= width if anchor == "end" else width / 2
        left, baseline = self._xy(x, string.y)
        font = _font(name, max(1, round(size * self.px)))
        self.draw.text((left, baseline), string.text, font=font, fill=colour, anchor="ls")

    def applyStateChanges(self, delta: Any, new_state: Any) -> None:
        pass  # the state is read from the tracker when a shape is drawn


def chart_png(drawing: Drawing, dpi: int = 150) -> bytes:
    """The drawing as a PNG of ``dpi`` dots per inch (its size in points stays its size)."""
    px = dpi / 72 * _SUPERSAMPLE
    image = _PillowRenderer(drawing, px).render(drawing)
    final = image.convert("RGB").reduce(_SUPERSAMPLE)
    out = io.BytesIO()
    final.save(out, format="PNG", compress_level=1, dpi=(dpi, dpi))
    return out.getvalue()
