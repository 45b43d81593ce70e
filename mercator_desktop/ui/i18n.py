"""The interface language: which one is chosen, and the translators that show it.

Languages
    English is the source language (no translation file). Every other language is a Qt
    Linguist source ``resources/translations/mercator_<code>.ts``; ``available_languages()``
    lists English plus the languages that have one (French; Spanish once its file exists).

The choice
    ``QSettings`` key ``ui/language`` (``en``, ``fr``, ``es``). When it is not set, the system
    language if it is one we have, else English. ``set_language()`` stores the choice; it takes
    effect the next time the app starts (the windows are built with their words once).

Compiled files (``.qm``) are never committed; they are built from the ``.ts`` sources:
    ``install_translators()`` uses ``resources/translations/mercator_<code>.qm`` when it is
    there and not older than its ``.ts`` (a bundle built by the installer ships them; ``make
    translations`` writes them); otherwise it compiles the ``.ts`` with Qt's ``lrelease`` (the
    one PySide6 ships) into the user cache folder, ``<cache>/translations/mercator_<code>.qm``
    beside a ``.sha256`` stamp of the ``.ts`` it came from, and compiles it again whenever the
    ``.ts`` changes. The cache folder is ``~/.cache/MercatorDesktop`` on Linux,
    ``%LOCALAPPDATA%\\WCO\\MercatorDesktop\\Cache`` on Windows and
    ``~/Library/Caches/MercatorDesktop`` on macOS; ``MERCATOR_CACHE_DIR`` overrides it.

Qt's own words (OK, Cancel, Yes, No in standard buttons and dialogs) come from the
``qtbase_<code>.qm`` PySide6 ships in ``QLibraryInfo``'s translations folder.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from . import pseudo_locale

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
SOURCE_LANGUAGE = "en"
CATALOG = "mercator"
ENV_CACHE_DIR = "MERCATOR_CACHE_DIR"
_CACHE_APP_NAME = "MercatorDesktop"
_CACHE_APP_AUTHOR = "WCO"
_LRELEASE_TIMEOUT = 60

# Each language's name in itself, as a person looks for it in a list.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}


# --- where things are ---------------------------------------------------------------------


def translations_dir() -> Path | None:
    """``resources/translations`` (None when the resources folder cannot be found)."""
    try:
        from ..resources import resource_path

        return resource_path("translations")
    except FileNotFoundError:
        return None


def cache_dir() -> Path:
    """Where compiled translations go when the resources folder has none up to date."""
    env = os.environ.get(ENV_CACHE_DIR)
    if env:
        return Path(env).expanduser() / "translations"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(_CACHE_APP_NAME, _CACHE_APP_AUTHOR)) / "translations"


def available_languages() -> list[str]:
    """English first, then every language with a ``.ts`` (or a shipped ``.qm``): the WCO's
    official languages, then the others in the order of ``LANGUAGE_NAMES``, then any more."""
    codes = set()
    folder = translations_dir()
    if folder is not None and folder.is_dir():
        for path in folder.iterdir():
            stem, suffix = path.stem, path.suffix
            if suffix in (".ts", ".qm") and stem.startswith(CATALOG + "_"):
                codes.add(stem[len(CATALOG) + 1:])
    codes.discard(SOURCE_LANGUAGE)
    order = list(LANGUAGE_NAMES)
    return [SOURCE_LANGUAGE, *sorted(codes, key=lambda c: (
        order.index(c) if c in order else len(order), c))]


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code) or QLocale.languageToString(QLocale(code).language())


# --- the choice ---------------------------------------------------------------------------


def system_language() -> str:
    """The system's language when we have it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in available_languages() else SOURCE_LANGUAGE


def current_language() -> str:
    """The language chosen in the settings (``ui/language``), else the system's."""
    saved = QSettings().value(LANGUAGE_KEY)
    if isinstance(saved, str) and saved in available_languages():
        return saved
    return system_language()


def set_language(code: str) -> None:
    """Remember ``code`` as the interface language; it takes effect at the next start."""
    if code not in available_languages():
        raise ValueError(f"no translation for language {code!r}; "
                         f"available: {', '.join(available_languages())}")
    settings = QSettings()
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


# --- compiling .ts to .qm -----------------------------------------------------------------


def lrelease_command() -> list[str] | None:
    """Qt's ``lrelease`` — the one inside the PySide6 package, else one on the PATH."""
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).resolve().parent / name
    if bundled.is_file():
        return [str(bundled)]
    import shutil

    for candidate in ("pyside6-lrelease", "lrelease", "lrelease-qt6"):
        found = shutil.which(candidate)
        if found:
            return [found]
    return None


def compile_ts(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` to ``qm_file`` with lrelease; raises ``RuntimeError`` on failure
    (one that does not end in time too)."""
    import subprocess  # not at import: only a missing or stale translation is compiled

    command = lrelease_command()
    if command is None:
        raise RuntimeError("Qt's lrelease was not found (it comes with PySide6)")
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    partial = qm_file.with_name(qm_file.name + ".partial")
    try:
        result = subprocess.run(
            [*command, "-silent", str(ts_file), "-qm", str(partial)],
            capture_output=True, text=True, timeout=_LRELEASE_TIMEOUT, check=False,
        )
    except subprocess.SubprocessError as exc:  # it did not end in time
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"lrelease failed on {ts_file}: {exc}") from exc
    if result.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"lrelease failed on {ts_file} (exit {result.returncode}): "
                           f"{(result.stderr or result.stdout).strip()}")
    os.replace(partial, qm_file)  # never a half-written file under the real name


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _is_fresh(qm_file: Path, ts_file: Path | None) -> bool:
    if not qm_file.is_file():
        return False
    if ts_file is None or not ts_file.is_file():
        return True  # a shipped .qm without its source
    return qm_file.stat().st_mtime >= ts_file.stat().st_mtime


def compiled_translation(ts_file: Path, cache: Path) -> Path:
    """The ``.qm`` for ``ts_file`` in ``cache``, compiled again when the ``.ts`` changed.

    The cache holds ``<name>.qm`` and ``<name>.qm.sha256``, the SHA-256 of the ``.ts`` it was
    compiled from (content, not times: a checkout may give any file any time)."""
    qm_file = cache / (ts_file.stem + ".qm")
    stamp = qm_file.with_name(qm_file.name + ".sha256")
    digest = _digest(ts_file)
    try:
        if qm_file.is_file() and stamp.read_text(encoding="ascii").strip() == digest:
            return qm_file
    except OSError:
        pass
    log.info("compiling %s into %s", ts_file, qm_file)
    compile_ts(ts_file, qm_file)
    stamp.write_text(digest + "\n", encoding="ascii")
    return qm_file


def translation_file(language: str, cache: Path | None = None) -> Path | None:
    """The ``.qm`` to load for ``language``: the shipped one when up to date, else one compiled
    from the ``.ts`` into the cache. None for English or when there is no translation."""
    if language == SOURCE_LANGUAGE:
        return None
    folder = translations_dir()
    if folder is None:
        return None
    ts_file = folder / f"{CATALOG}_{language}.ts"
    shipped = folder / f"{CATALOG}_{language}.qm"
    if _is_fresh(shipped, ts_file if ts_file.is_file() else None):
        return shipped
    if not ts_file.is_file():
        return None
    return compiled_translation(ts_file, cache if cache is not None else cache_dir())


# --- installing -------------------------------------------------------------------------


@dataclass
class Installed:
    """What ``install_translators`` did, so that it can be undone (tests)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    qm_file: Path | None = None
    previous_locale: QLocale | None = None
    previous_direction: Qt.LayoutDirection | None = None

    def remove(self) -> None:
        app = QCoreApplication.instance()
        if self.previous_direction is not None and isinstance(app, QGuiApplication):
            app.setLayoutDirection(self.previous_direction)
            self.previous_direction = None
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
            translator.deleteLater()
        self.translators.clear()
        if self.previous_locale is not None:
            QLocale.setDefault(self.previous_locale)
            self.previous_locale = None


def install_translators(
    app: QCoreApplication, language: str | None = None, *, cache: Path | None = None
) -> Installed:
    """Install Qt's own translation and ours for ``language`` (default: ``current_language()``).

    Never fails the start: a missing or broken translation is logged and the words stay
    English. Dates and numbers follow the language too when it is not the system's. With
    ``MERCATOR_PSEUDO_LOCALE=1`` the pseudo-locale translator goes on top (see
    ``pseudo_locale``)."""
    installed = _install_language(app, language or current_language(), cache)
    if pseudo_locale.enabled():
        pseudo = pseudo_locale.PseudoTranslator(list(reversed(installed.translators)), app)
        app.installTranslator(pseudo)  # installed last: asked first
        installed.translators.append(pseudo)
        log.info("pseudo-locale on (%s)", pseudo_locale.ENV_PSEUDO_LOCALE)
    return installed


def _install_language(app: QCoreApplication, language: str, cache: Path | None) -> Installed:
    installed = Installed(language)
    _set_direction(app, language, installed)
    if language == SOURCE_LANGUAGE and QLocale.system().language() in (
        QLocale.Language.English, QLocale.Language.C
    ):
        return installed
    if QLocale.system().name().split("_")[0] != language:
        installed.previous_locale = QLocale()
        QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return installed

    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_translator)
        installed.translators.append(qt_translator)
    else:
        log.warning("Qt's own translation qtbase_%s was not found in %s", language, qt_folder)

    try:
        qm_file = translation_file(language, cache)
    except (OSError, RuntimeError) as exc:
        log.warning("the %s translation could not be compiled; the interface stays in "
                    "English: %s", language, exc)
        return installed
    if qm_file is None:
        log.warning("no translation for language %r; the interface stays in English", language)
        return installed
    ours = QTranslator(app)
    if ours.load(str(qm_file)):
        app.installTranslator(ours)
        installed.translators.append(ours)
        installed.qm_file = qm_file
        log.info("interface language %s from %s", language, qm_file)
    else:
        log.warning("cannot load %s; the interface stays in English", qm_file)
    return installed


def layout_direction(language: str) -> Qt.LayoutDirection:
    """Right to left for Arabic (and any other language written that way), from QLocale."""
    return QLocale(language).textDirection()


def _set_direction(app: QCoreApplication, language: str, installed: Installed) -> None:
    """Mirror the whole interface for a language written right to left: layouts, the order
    of buttons, the side of scroll bars and the arrows of spin boxes follow."""
    if not isinstance(app, QGuiApplication):
        return
    wanted = layout_direction(language)
    if app.layoutDirection() != wanted:
        installed.previous_direction = app.layoutDirection()
        app.setLayoutDirection(wanted)


# --- the Language menu ------------------------------------------------------------------


def build_language_menu(
    menu: QMenu, parent: QWidget, restart: Callable[[], object] | None = None
) -> QMenu:
    """Add a "Language" submenu to ``menu`` (a ``QMenu``): one checkable entry per available
    language, the current one checked; choosing one stores it. The windows are built with
    their words once, so the language applies at the next start: with ``restart`` (the main
    window's, which quits through the usual unsaved-changes prompt and has the app start
    again) the person is offered to restart now; without, told it applies next time.
    Returns the submenu."""
    from . import messages

    submenu = menu.addMenu(QCoreApplication.translate("i18n", "&Language"))
    submenu.setObjectName("menuLanguage")
    group = QActionGroup(submenu)
    group.setExclusive(True)
    current = current_language()
    for code in available_languages():
        action = QAction(language_name(code), submenu)
        action.setObjectName(f"actionLanguage_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        submenu.addAction(action)

    def on_triggered(action: QAction) -> None:
        code = action.data()
        if code == current_language():
            return
        set_language(code)
        title = QCoreApplication.translate("i18n", "Language")
        if restart is None:
            messages.show_info(parent, title, QCoreApplication.translate(
                "i18n", "Mercator Desktop will be in {language} the next time it starts."
            ).format(language=language_name(code)))
            return
        def on_answer(now: bool) -> None:
            if now:
                restart()

        messages.question(
            parent, title,
            QCoreApplication.translate(
                "i18n", "Mercator Desktop will be in {language} after a restart. Restart now?"
            ).format(language=language_name(code)),
            on_answer,
            informative=QCoreApplication.translate(
                "i18n", "Your work is saved first; for a window with unsaved changes you are "
                "asked, as when you quit. Later: the new language comes at the next start."),
            yes_text=QCoreApplication.translate("i18n", "&Restart now"),
            no_text=QCoreApplication.translate("i18n", "&Later"), default=True)

    group.triggered.connect(on_triggered)
    return submenu
