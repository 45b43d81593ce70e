"""The pseudo-locale (``MERCATOR_PSEUDO_LOCALE=1``): every translated string comes out 40 %
longer and bracketed, with its placeholders, accelerators and HTML still working."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from mercator_desktop.ui import i18n, messages, pseudo_locale
from mercator_desktop.ui.main_window import MainWindow
from mercator_desktop.ui.pseudo_locale import pseudo, visible_length

from .helpers import answering
from .test_i18n import TS_FILES, _mnemonic, _tool


@pytest.fixture
def pseudo_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pseudo_locale.ENV_PSEUDO_LOCALE, "1")


@pytest.fixture
def installed(qapp, tmp_path: Path, pseudo_on) -> Iterator:  # type: ignore[no-untyped-def]
    done: list[i18n.Installed] = []

    def install(language: str) -> i18n.Installed:
        item = i18n.install_translators(qapp, language, cache=tmp_path / "cache")
        done.append(item)
        return item

    yield install
    for item in done:
        item.remove()


def test_pseudo_text_keeps_what_qt_and_format_need() -> None:
    assert pseudo("&Save") == "[&Save~~]"
    assert pseudo("Today, {date}").format(date="2026-12-03") == "[Today, 2026-12-03~~~]"
    assert pseudo("Report written to %1") .replace("%1", "x.pdf").startswith(
        "[Report written to x.pdf")
    rich = pseudo("<h3>Mercator {version}</h3><p>Offline &amp; synced</p>")
    assert rich.startswith("<h3>[") and rich.endswith("]</p>")  # still seen as rich text
    assert pseudo("Excel workbooks (*.xlsx);;CSV files (*.csv)") == \
        "Excel workbooks (*.xlsx);;CSV files (*.csv)"  # Qt parses filters


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_entry_stays_correct_and_grows_by_forty_percent(ts: Path) -> None:
    tool = _tool()
    root = ET.parse(ts).getroot()
    checked = 0
    for message in root.iter("message"):
        forms = [f.text or "" for f in message.iter("numerusform")] or [
            message.findtext("translation") or ""]
        for text in forms:
            out = pseudo(text)
            if out == text:  # a file filter
                assert "(*" in text
                continue
            checked += 1
            assert tool.placeholders(out) == tool.placeholders(text), text
            assert tool.accelerators(out) == tool.accelerators(text), text
            assert re.sub(r"<[^<>]*>", "", out).strip().startswith("[")
            assert out.rstrip().endswith("]") or out.rstrip().endswith(">")
            grown = visible_length(out) - 2  # without the brackets
            assert grown >= visible_length(text) + math.ceil(0.4 * visible_length(text))
    assert checked > 900


@pytest.mark.parametrize(("language", "file_menu", "new"), [
    ("en", "[&File~~]", "[&New mission…~~~~~]"),
    ("es", "[&Archivo~~~]", "[&Nueva misión…~~~~~~]"),
])
def test_main_window_in_the_pseudo_locale(qtbot, installed, language, file_menu, new) -> None:  # type: ignore[no-untyped-def]
    done = installed(language)
    assert isinstance(done.translators[-1], pseudo_locale.PseudoTranslator)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.menu_file.title() == file_menu
    assert window.action_new.text() == new
    for menu in (window.menu_file, window.menu_mission, window.menu_view):
        for action in menu.actions():  # the accelerator letter survives
            if not action.isSeparator():
                plain = QCoreApplication.translate("MainWindow", action.text())
                assert _mnemonic(action.text()) is not None, plain
    # Names of keys are Qt's to parse: left alone (a null answer, not an empty one).
    keys = QKeySequence("Ctrl+F4").toString(QKeySequence.SequenceFormat.NativeText)
    assert keys.endswith("+F4") and "[" not in keys
    # Plurals still pick their form and fill %n.
    inbox = QCoreApplication.translate("SyncPanel", "%n changes not yet sent to HQ", None, 3)
    assert inbox.startswith("[3 ") and inbox.endswith("]")
    # Qt's own words (standard buttons) are lengthened too.
    no = "[No~]"  # the button found by its text without the &
    with answering(qtbot, no) as boxes:
        assert messages.ask(window, "?", "?") is False
    assert all(b.startswith("[&") and b.endswith("]") for b in boxes.shown[0].buttons)


def test_off_by_default(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(pseudo_locale.ENV_PSEUDO_LOCALE, raising=False)
    done = i18n.install_translators(qapp, "es", cache=tmp_path / "cache")
    try:
        assert not any(isinstance(t, pseudo_locale.PseudoTranslator) for t in done.translators)
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    finally:
        done.remove()
