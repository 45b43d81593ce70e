"""The interface in French: the chosen language is installed at start (ours and Qt's own words),
every entry of the .ts sources is translated with its placeholders and accelerators, the
.ts covers every string of the code, and a stale compiled .qm is compiled again."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QMenu, QWidget

from mercator_desktop.ui import i18n, messages
from mercator_desktop.ui.main_window import MainWindow

from .helpers import answering

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("mercator_*.ts"))


def _tool() -> ModuleType:
    """tools/update_translations.py (not a package), loaded fresh."""
    name = "_mercator_update_translations"
    spec = importlib.util.spec_from_file_location(
        name, REPO / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module


@pytest.fixture
def french(qapp, tmp_path: Path) -> Iterator[i18n.Installed]:  # type: ignore[no-untyped-def]
    """French chosen in the settings and installed as at start; removed afterwards."""
    i18n.set_language("fr")
    installed = i18n.install_translators(qapp, cache=tmp_path / "cache")
    yield installed
    installed.remove()


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_languages_offered_and_the_choice_is_stored(qapp) -> None:  # type: ignore[no-untyped-def]
    assert i18n.available_languages() == ["en", "fr", "es", "ar"]  # official ones first
    assert QSettings().value(i18n.LANGUAGE_KEY) is None
    assert i18n.current_language() in i18n.available_languages()
    i18n.set_language("fr")
    assert QSettings().value(i18n.LANGUAGE_KEY) == "fr"
    assert i18n.current_language() == "fr"
    with pytest.raises(ValueError):
        i18n.set_language("xx")
    assert i18n.current_language() == "fr"


def test_main_window_and_message_box_in_french(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    assert french.language == "fr"
    assert french.qm_file is not None and french.qm_file.is_file()
    assert len(french.translators) == 2  # Qt's own words and ours

    window = MainWindow()
    qtbot.addWidget(window)
    menus = [window.menu_file, window.menu_mission, window.menu_sync, window.menu_view,
             window.menu_help]
    assert [m.title() for m in menus] == [
        "&Fichier", "&Mission", "&Synchronisation", "Affic&hage", "&Aide"]
    assert window.action_new.text() == "&Nouvelle mission…"
    # Alt+letter stays unambiguous: one accelerator per menu title and per entry of a menu.
    titles = [_mnemonic(m.title()) for m in menus]
    assert len(set(titles)) == len(titles)
    for menu in menus:
        letters = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert None not in letters, menu.title()
        assert len(set(letters)) == len(letters), (menu.title(), letters)

    with answering(qtbot, "Non") as boxes:
        assert messages.ask(window, "Question", "Texte") is False
    assert sorted(boxes.shown[0].buttons) == ["&Non", "&Oui"]
    with answering(qtbot, "Oui"):
        assert messages.ask(window, "Question", "Texte") is True


def test_language_menu_stores_the_choice_for_the_next_start(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = QMenu(parent)
    i18n.set_language("en")
    submenu = i18n.build_language_menu(menu, parent)
    actions = {a.data(): a for a in submenu.actions()}
    assert set(actions) == set(i18n.available_languages())
    assert actions["en"].isChecked() and not actions["fr"].isChecked()
    assert actions["fr"].text() == "Français"

    with answering(qtbot, "OK") as boxes:
        actions["fr"].trigger()
    assert QSettings().value(i18n.LANGUAGE_KEY) == "fr"
    assert actions["fr"].isChecked()
    assert "next time" in boxes.shown[0].text


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_entry_is_translated_with_its_placeholders(ts: Path) -> None:
    total, problems = _tool().check(ts)
    assert total > 500
    assert not problems, "\n".join(f"[{p.context}] {p.source!r}: {p.what}" for p in problems)
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_ts_has_every_string_of_the_code(tmp_path: Path, ts: Path) -> None:
    """A string added to the code without ``make translations`` fails here (then translate it
    in the .ts)."""
    tool = _tool()
    fresh = tmp_path / ts.name
    shutil.copy2(ts, fresh)
    tool.TRANSLATIONS = tmp_path  # extract into the copy, never into the real file
    tool.lupdate([fresh], keep_obsolete=False)

    def entries(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {(c.findtext("name") or "", m.findtext("source") or "")
                for c in root.iter("context") for m in c.iter("message")
                if (m.find("translation") is None
                    or m.find("translation").get("type") not in ("vanished", "obsolete"))}

    missing = entries(fresh) - entries(ts)
    assert not missing, (f"strings missing from {ts.name}; run `make translations` and "
                         f"translate them: {sorted(missing)}")


def test_the_check_finds_lost_placeholders_and_accelerators(tmp_path: Path) -> None:
    """The check above can fail: a translation that drops a placeholder or an accelerator, or
    adds one, is reported."""
    ts = tmp_path / "mercator_es.ts"
    text = (TRANSLATIONS / "mercator_es.ts").read_text(encoding="utf-8")
    for right, wrong in (("<translation>&amp;Archivo</translation>",
                          "<translation>Archivo</translation>"),
                         ("<translation>Hoy, {date}</translation>",
                          "<translation>Hoy, {fecha}</translation>"),
                         ("<translation>Informe escrito en %1</translation>",
                          "<translation>Informe escrito</translation>")):
        assert right in text
        text = text.replace(right, wrong)
    ts.write_text(text, encoding="utf-8")
    total, problems = _tool().check(ts)
    assert total > 500
    assert sorted((p.source, p.what.split(":")[0]) for p in problems) == [
        ("&File", "the & accelerator is lost or added"),
        ("Report written to %1", "placeholders differ"),
        ("Today, {date}", "placeholders differ"),
    ]


def test_main_window_in_spanish(qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("es")
    installed = i18n.install_translators(qapp, cache=tmp_path / "cache")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        menus = [window.menu_file, window.menu_mission, window.menu_sync, window.menu_view,
                 window.menu_help]
        assert [m.title() for m in menus] == [
            "&Archivo", "&Misión", "&Sincronización", "&Ver", "Ay&uda"]
        assert window.action_new.text() == "&Nueva misión…"
        titles = [_mnemonic(m.title()) for m in menus]
        assert len(set(titles)) == len(titles)
        for menu in menus:
            letters = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
            assert None not in letters, menu.title()
            assert len(set(letters)) == len(letters), (menu.title(), letters)
        with answering(qtbot, "No") as boxes:
            assert messages.ask(window, "Pregunta", "Texto") is False
        assert sorted(boxes.shown[0].buttons) == ["&No", "&Sí"]
    finally:
        installed.remove()


def _menus_of(menu: QMenu) -> Iterator[QMenu]:
    """``menu`` and every submenu in it, depth first."""
    yield menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menus_of(action.menu())


@pytest.mark.parametrize("code", ["en", "fr", "es", "ar"])
def test_menu_accelerators_unique_in_every_language(qtbot, qapp, tmp_path: Path,
                                                    code: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter stays unambiguous in every language, Arabic included: one accelerator per
    menu title of the menu bar and per entry of each menu and submenu."""
    i18n.set_language(code)
    installed = i18n.install_translators(qapp, cache=tmp_path / "cache")
    try:
        assert installed.language == code
        window = MainWindow()
        qtbot.addWidget(window)
        bar = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        assert len(bar) == 5
        titles = [_mnemonic(m.title()) for m in bar]
        assert None not in titles and len(set(titles)) == len(titles), titles
        for menu in (m for top in bar for m in _menus_of(top)):
            entries = [a for a in menu.actions() if not a.isSeparator() and a.text()]
            letters = [_mnemonic(a.text()) for a in entries]
            clashes = sorted({a.text() for a, letter in zip(entries, letters, strict=True)
                              if letter is not None and letters.count(letter) > 1})
            assert not clashes, (menu.title(), clashes)
    finally:
        installed.remove()
        i18n.set_language("en")


def test_stale_compiled_translation_is_rebuilt(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ts = tmp_path / "mercator_fr.ts"
    shutil.copy2(TRANSLATIONS / "mercator_fr.ts", ts)
    cache = tmp_path / "cache"

    def translated(qm: Path) -> str:
        translator = QTranslator()
        assert translator.load(str(qm))
        return translator.translate("MainWindow", "&File")

    qm = i18n.compiled_translation(ts, cache)
    assert translated(qm) == "&Fichier"
    built = qm.stat().st_mtime_ns
    assert i18n.compiled_translation(ts, cache) == qm
    assert qm.stat().st_mtime_ns == built  # up to date: not compiled again

    text = ts.read_text(encoding="utf-8")
    assert "<translation>&amp;Fichier</translation>" in text
    ts.write_text(text.replace("<translation>&amp;Fichier</translation>",
                               "<translation>&amp;Fichiers</translation>"), encoding="utf-8")
    assert translated(i18n.compiled_translation(ts, cache)) == "&Fichiers"

    qm.write_bytes(b"broken")  # a damaged .qm whose stamp no longer matches either
    qm.with_name(qm.name + ".sha256").write_text("0" * 64, encoding="ascii")
    assert translated(i18n.compiled_translation(ts, cache)) == "&Fichiers"


def test_shipped_qm_used_only_when_not_older_than_its_ts(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    ts = folder / "mercator_fr.ts"
    shutil.copy2(TRANSLATIONS / "mercator_fr.ts", ts)
    shipped = folder / "mercator_fr.qm"
    shipped.write_bytes(b"stale")
    os.utime(shipped, (ts.stat().st_mtime - 60, ts.stat().st_mtime - 60))
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    cache = tmp_path / "cache"

    chosen = i18n.translation_file("fr", cache)
    assert chosen == cache / "mercator_fr.qm"  # the stale shipped one is not used
    assert i18n.translation_file("en", cache) is None

    i18n.compile_ts(ts, shipped)  # e.g. `make translations` or the installer
    assert i18n.translation_file("fr", cache) == shipped


def test_missing_translation_leaves_english(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    installed = i18n.install_translators(qapp, "fr", cache=tmp_path / "cache")
    try:
        assert installed.qm_file is None
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        installed.remove()
