"""Dark mode and high contrast: the filling screen rendered with a dark palette (as Windows
11's dark mode gives Qt) and with the light one, and every text on it checked against
WCAG's contrast ratio (at least 4.5:1 against what it is drawn on).

Each label's text colour is its effective palette colour (a stylesheet's ``color`` lands
there once the label is polished); its background is what was rendered under it (the most
frequent colour of its area in a grab of the window). The rating legend, a rich text on a
tinted panel, and the chosen rating button are checked on the rendered pixels alone: the
ink of their glyphs against their fill.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from mercator_desktop.services.assessments import AssessmentService
from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui.assessment_card import QuestionCard
from mercator_desktop.ui.assessment_window import open_assessment_window
from mercator_desktop.ui.theme import MIN_CONTRAST, contrast

from .helpers import settle

R = QPalette.ColorRole


def dark_palette() -> QPalette:
    """Roughly what Qt gets from Windows 11 in dark mode — including a placeholder grey that
    is too dark to read as text on the dark window (hints must not use it as it is)."""
    palette = QPalette()
    colours = {
        R.Window: "#202020", R.WindowText: "#ffffff", R.Base: "#1c1c1c",
        R.AlternateBase: "#2b2b2b", R.Text: "#ffffff", R.Button: "#2d2d2d",
        R.ButtonText: "#ffffff", R.BrightText: "#ffffff", R.Highlight: "#0078d4",
        R.HighlightedText: "#ffffff", R.ToolTipBase: "#2b2b2b", R.ToolTipText: "#ffffff",
        R.PlaceholderText: "#4d4d4d", R.Light: "#3c3c3c", R.Midlight: "#333333",
        R.Mid: "#2a2a2a", R.Dark: "#151515", R.Shadow: "#000000", R.Link: "#4cc2ff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (R.WindowText, R.Text, R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(before)


def dominant(image: QImage, rect: QRect) -> QColor:
    counts: Counter[int] = Counter()
    for y in range(rect.top(), rect.bottom() + 1, 2):
        for x in range(rect.left(), rect.right() + 1, 2):
            counts[image.pixel(x, y)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0])


def ink(image: QImage, rect: QRect, background: QColor) -> QColor:
    """The rendered pixel of ``rect`` that differs most from ``background``: the core of a
    glyph, in the colour the text was drawn with."""
    best, best_ratio = background, 1.0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            colour = QColor.fromRgb(image.pixel(x, y))
            ratio = contrast(colour, background)
            if ratio > best_ratio:
                best, best_ratio = colour, ratio
    return best


def area(widget: QWidget, window: QWidget, image: QImage) -> QRect:
    top_left = widget.mapTo(window, QPoint(0, 0))
    scale = image.width() / max(window.width(), 1)
    rect = QRect(int(top_left.x() * scale), int(top_left.y() * scale),
                 int(widget.width() * scale), int(widget.height() * scale))
    return rect.intersected(image.rect())


def text_widgets(window: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible() or not widget.isEnabled():
            continue
        label = isinstance(widget, QLabel) and widget.pixmap().isNull()
        if (label or isinstance(widget, QCheckBox | QRadioButton)) and widget.text().strip():
            found.append(widget)
    return found


def low_contrast(window: QWidget) -> list[str]:
    """Each text of ``window`` below the minimum: what it says, its colours and ratio."""
    image = window.grab().toImage()
    problems = []
    for widget in text_widgets(window):
        rect = area(widget, window, image)
        if rect.isEmpty():
            continue
        background = dominant(image, rect)
        foreground = widget.palette().color(widget.foregroundRole())
        ratio = contrast(foreground, background)
        if ratio < MIN_CONTRAST:
            text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} "
                            f"{text[:40]!r}: {foreground.name()} on {background.name()} "
                            f"= {ratio:.2f}")
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QLineEdit | QPlainTextEdit) or not widget.isVisible() \
                or widget.window() is not window:
            continue
        empty = not (widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText())
        if empty and widget.placeholderText():
            palette = widget.palette()
            ratio = contrast(palette.color(R.PlaceholderText), palette.color(R.Base))
            if ratio < MIN_CONTRAST:
                problems.append(f"placeholder of {widget.objectName()!r}: {ratio:.2f}")
    return problems


def _filling_screen(qtbot: Any, store: Any) -> Any:
    """A new GEOAT assessment of a demonstration mission, at its first page of ratings."""
    mission = MissionService(store).list()[0]
    started = AssessmentService(store).start(mission.id, "geoat", title="Contrast")
    window = open_assessment_window(store, started.id)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    for section in window.top_sections:
        window.show_section(section.id)
        settle()
        if any(c.question.type == "scale" for c in window.findChildren(QuestionCard)
               if c.isVisible()):
            return window
    raise AssertionError("the GEOAT template has no rating question")


def test_every_text_of_the_filling_screen_is_readable(qtbot, demo_store, palette, tmp_path):  # type: ignore[no-untyped-def]
    window = _filling_screen(qtbot, demo_store)
    settle()
    card = next(c for c in window.findChildren(QuestionCard)
                if c.isVisible() and c.question.type == "scale")
    point = card.question.scale.points[-1]
    card.choice_buttons[point.value].click()  # an answer: its caption shows, the button fills
    settle()
    window.grab().save(str(tmp_path / f"filling-{palette}.png"))

    problems = low_contrast(window)
    assert not problems, f"{palette}:\n" + "\n".join(problems)

    image = window.grab().toImage()
    legend = window.scale_legend
    assert legend.isVisible() and legend.text()
    rect = area(legend, window, image)
    back = dominant(image, rect)
    drawn = ink(image, rect, back)
    assert contrast(drawn, back) >= MIN_CONTRAST, (palette, drawn.name(), back.name())

    chosen = card.choice_buttons[point.value]
    assert chosen.isChecked()
    rect = area(chosen, window, image).adjusted(3, 3, -3, -3)
    fill = dominant(image, rect)
    digit = ink(image, rect, fill)
    assert contrast(digit, fill) >= MIN_CONTRAST, (palette, digit.name(), fill.name())


def test_the_dashboard_cards_are_readable(qtbot, demo_store, palette):  # type: ignore[no-untyped-def]
    """The counts (coloured by what they mean), their captions and the disabled cards, in
    the light and the dark palette."""
    from mercator_desktop.ui.dashboard import CountButton, DashboardView

    view = DashboardView(demo_store)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    with qtbot.waitSignal(view.summary_loaded, timeout=20_000):
        view.show()
        view.reload()
    settle()
    cards = view.findChildren(CountButton)
    assert any(card.count() and card.accent for card in cards)  # a coloured count is checked
    problems = low_contrast(view)
    assert not problems, "\n".join(problems)


def test_the_calendar_bars_and_weekends_are_readable(qtbot, store, palette):  # type: ignore[no-untyped-def]
    """A code written on a pale bar (a requested mission) and on a dark one (planned), and
    the weekend shading, in the light and the dark palette."""
    from datetime import timedelta

    from mercator_desktop.services.dto import ExpertInput, MissionInput, TeamAssignment
    from mercator_desktop.services.experts import ExpertService
    from mercator_desktop.ui.team_calendar import TeamCalendar
    from mercator_desktop.ui.theme import luminance

    expert = ExpertService(store).create(ExpertInput(name="Amara Diallo"))
    calendar = TeamCalendar(store)
    qtbot.addWidget(calendar)
    start = calendar.period()[0] + timedelta(days=1)
    for number, status in ((1, "requested"), (2, "planned")):
        MissionService(store).create(MissionInput(
            code=f"JM-WS-{number}", title="Workshop", type_code="workshop", status_code=status,
            country_iso2="JM", start_date=start + timedelta(days=10 * (number - 1)),
            end_date=start + timedelta(days=10 * (number - 1) + 6),
            team=[TeamAssignment(expert.id, "lead")]))
    calendar.resize(1366, 500)
    calendar.show()
    calendar.reload()
    settle()
    canvas = calendar.canvas
    image = canvas.grab().toImage()
    bars = canvas.all_bars()
    assert len(bars) == 2
    for bar in bars:
        rect = bar.rect.toRect().adjusted(2, 2, -2, -2)
        fill = dominant(image, rect)
        assert contrast(ink(image, rect, fill), fill) >= MIN_CONTRAST, bar.booking.code
    base = canvas.palette().base().color()
    dark = palette == "dark"
    weekend = next(day for day in range(7) if (calendar.period()[0] + timedelta(days=day))
                   .weekday() == 5)
    left, width = canvas._geometry()
    x = int(left + (weekend + 0.5) * width)
    shade = QColor.fromRgb(image.pixel(x, canvas.HEADER_HEIGHT + 1))  # under the day numbers
    assert shade != base  # shaded …
    assert (luminance(shade) < 0.2) == dark == (luminance(base) < 0.2)  # … in the base's key


def test_toolbar_arrows_show_on_the_window(qtbot, store, palette):  # type: ignore[no-untyped-def]
    """The arrows Qt's styles draw black (Import, Export, Undo, Redo) take the palette's text
    colour, so that they stand out from a dark window as from a light one."""
    from mercator_desktop.ui.main_window import MainWindow
    from mercator_desktop.ui.mission_editor import MissionEditor

    window = MainWindow()
    qtbot.addWidget(window)
    editor = MissionEditor(store)
    qtbot.addWidget(editor)
    background = QApplication.palette().color(QPalette.ColorRole.Window)
    for action in (window.action_import, window.action_export, editor.action_undo,
                   editor.action_redo):
        image = action.icon().pixmap(24, 24).toImage()
        drawn = [image.pixelColor(x, y) for x in range(image.width())
                 for y in range(image.height()) if image.pixelColor(x, y).alpha() > 200]
        assert drawn, action.objectName()
        best = max(contrast(colour, background) for colour in drawn)
        assert best >= MIN_CONTRAST, (action.objectName(), palette, best)
