"""The interface in Arabic: the words are translated and the whole window is mirrored (layout
right to left), dates and numbers follow the Arabic locale, mixed Arabic and Latin text is
kept as typed, and going back to English un-mirrors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, Qt
from PySide6.QtWidgets import QLineEdit

from mercator_desktop.ui import i18n
from mercator_desktop.ui.main_window import MainWindow


@pytest.fixture
def arabic(qapp, tmp_path: Path) -> Iterator[i18n.Installed]:  # type: ignore[no-untyped-def]
    i18n.set_language("ar")
    installed = i18n.install_translators(qapp, cache=tmp_path / "cache")
    yield installed
    installed.remove()


def test_arabic_is_offered_by_its_own_name(qapp) -> None:  # type: ignore[no-untyped-def]
    assert "ar" in i18n.available_languages()
    assert i18n.language_name("ar") == "العربية"
    assert i18n.layout_direction("ar") == Qt.LayoutDirection.RightToLeft
    assert i18n.layout_direction("fr") == Qt.LayoutDirection.LeftToRight


def test_main_window_mirrored_and_in_arabic(qtbot, arabic, qapp) -> None:  # type: ignore[no-untyped-def]
    assert arabic.qm_file is not None
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.isRightToLeft()
    titles = [menu.title() for menu in (window.menu_file, window.menu_mission,
                                        window.menu_sync, window.menu_view, window.menu_help)]
    assert titles[0] == "&ملف"
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in t) for t in titles), titles
    assert QCoreApplication.translate("widgets", "HH:MM") == "HH:MM"


def test_numbers_and_dates_follow_the_arabic_locale(arabic) -> None:  # type: ignore[no-untyped-def]
    locale = QLocale()
    assert locale.language() == QLocale.Language.Arabic
    month = locale.monthName(3)
    assert month and all(not ("a" <= ch.lower() <= "z") for ch in month)
    assert locale.toString(QDate(2025, 3, 24), QLocale.FormatType.LongFormat) != "24 March 2025"


def test_mixed_arabic_and_latin_text_is_kept_as_typed(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    field = QLineEdit()
    qtbot.addWidget(field)
    text = "إدارة الجمارك JM-2025-INTD-01 في Kingston"
    field.setText(text)
    field.end(False)
    field.insert(" 2")
    assert field.text() == text + " 2"


def test_back_to_english_unmirrors(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("ar")
    installed = i18n.install_translators(qapp, cache=tmp_path / "cache")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    installed.remove()
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_team_calendar_mirrored_bars_open_by_click(qtbot, arabic, store) -> None:  # type: ignore[no-untyped-def]
    """The painted calendar runs right to left: the first day on the right, names on the
    right, and a double-click on a bar where it is painted opens its mission."""
    from datetime import date

    from mercator_desktop.services.dto import ExpertInput, MissionInput, TeamAssignment
    from mercator_desktop.services.experts import ExpertService
    from mercator_desktop.services.missions import MissionService
    from mercator_desktop.ui.team_calendar import TeamCalendar

    amara = ExpertService(store).create(ExpertInput(name="أمارا ديالو"))
    MissionService(store).create(MissionInput(
        code="JM-2025-A", title="ورشة النزاهة", type_code="workshop", status_code="planned",
        country_iso2="JM", start_date=date(2025, 3, 3), end_date=date(2025, 3, 5),
        team=[TeamAssignment(amara.id, "lead")]))
    calendar = TeamCalendar(store, today=date(2025, 3, 12))
    qtbot.addWidget(calendar)
    calendar.resize(1000, 400)
    calendar.show()
    qtbot.waitExposed(calendar)
    calendar.show_period(date(2025, 3, 1), TeamCalendar.MONTH)
    canvas = calendar.canvas
    assert canvas.isRightToLeft()
    (bar,) = canvas.all_bars()
    # Placed left to right, painted mirrored: days 3–5 of 31 sit near the right edge.
    painted = canvas.width() - bar.rect.center().x()
    assert painted > canvas.width() * 0.6
    image = canvas.grab().toImage()
    color = image.pixelColor(int(painted), int(bar.rect.center().y()))
    assert color.blue() > color.red()  # the bar's blue, where it is painted
    with qtbot.waitSignal(calendar.mission_open_requested) as opened:
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton,
                          pos=QPointF(painted, bar.rect.center().y()).toPoint())
    assert opened.args == [bar.booking.mission_id]


def test_an_english_checklist_source_keeps_its_full_stop_at_its_end(arabic) -> None:  # type: ignore[no-untyped-def]
    """In an Arabic sentence, a checklist's English source is one isolated run: the bidi
    algorithm no longer moves its final full stop to the start of the line."""
    from mercator_desktop.checklists.model import Provenance
    from mercator_desktop.ui import labels

    source = "Indicators written from the published structure of the tool."
    lines = labels.provenance_lines(Provenance(source={"en": source}), "en")
    [line] = [text for text in lines if source in text]
    assert f"\u2068{source}\u2069" in line
    assert any("\u0600" <= ch <= "\u06ff" for ch in line.replace(source, ""))


def test_isolation_only_in_a_right_to_left_interface(qapp) -> None:  # type: ignore[no-untyped-def]
    from mercator_desktop.ui import labels

    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert labels.isolated("Source.") == "Source."
