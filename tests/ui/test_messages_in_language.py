"""With French or Spanish chosen in the View menu (and the app started again), what a person
reads when something is wrong is in that language: the mission editor's validation messages
(coded by the rules below the interface) and the sign-in dialog's errors and keyring words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mercator_desktop.domain import problem_texts as domain_problems
from mercator_desktop.domain import rules
from mercator_desktop.services.missions import MissionService
from mercator_desktop.services.sync import SyncService
from mercator_desktop.sync import credentials
from mercator_desktop.ui import i18n
from mercator_desktop.ui import problem_texts as ui_problems
from mercator_desktop.ui.main_window import MainWindow
from mercator_desktop.ui.sync_dialog import SignInDialog

from .helpers import answering, replace_text, type_text
from .test_mission_editor import click, editor_for, fill_minimum

WORDS = {
    "fr": {"title": "Un intitulé est obligatoire.",
           "end": "La date de fin 2025-03-01 est antérieure à la date de début 2025-03-03.",
           "keyring": "pas de coffre à mots de passe sécurisé",
           "empty": "Saisissez l’adresse du Siège, votre nom d’utilisateur et votre mot de passe.",
           "address": "l’adresse du serveur doit ressembler à https://hq.example.org"},
    "es": {"title": "El título es obligatorio.",
           "end": "La fecha de fin 2025-03-01 es anterior a la fecha de inicio 2025-03-03.",
           "keyring": "no tiene un almacén seguro de contraseñas",
           "empty": "Escriba la dirección de la Sede, su nombre de usuario y su contraseña.",
           "address": "la dirección del servidor debe tener la forma https://hq.example.org"},
    "ar": {"title": "العنوان مطلوب",
           "end": "تاريخ النهاية 2025-03-01 يسبق تاريخ البداية 2025-03-03",
           "keyring": "لا يوجد على هذا الحاسوب مخزن آمن لكلمات المرور",
           "empty": "أدخل عنوان المقر واسم المستخدم وكلمة المرور.",
           "address": "يجب أن يكون عنوان الخادم على شكل https://hq.example.org"},
}


@pytest.fixture(params=["fr", "es", "ar"])
def language(request, qtbot, qapp, tmp_path: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The language chosen in the View menu ("Later"), then installed as the next start does."""
    code = request.param
    i18n.set_language("en")
    window = MainWindow()
    qtbot.addWidget(window)
    [action] = [a for a in window.menu_language.actions() if a.data() == code]
    with answering(qtbot, "Later"):
        action.trigger()
    window.close()
    installed = i18n.install_translators(qapp, cache=tmp_path / "cache")
    assert installed.language == code
    yield code
    installed.remove()


def test_every_coded_problem_has_its_text_in_the_interface() -> None:
    """The English of each code is the same below and in the interface (the translation test
    then makes sure every language has it)."""
    assert ui_problems.TEXTS == domain_problems.TEXTS
    [empty] = rules.check_title(" ")
    assert (empty.code, empty.message) == ("title_required", "a title is required")


def test_editor_validation_in_the_chosen_language(qtbot, store, language) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, store)
    fill_minimum(qtbot, editor)
    replace_text(qtbot, editor.field("title"), "   ")
    replace_text(qtbot, editor.field("end_date").edit, "2025-03-01")
    click(qtbot, editor.save_button)
    assert WORDS[language]["title"] in editor.error_text("title")
    assert WORDS[language]["end"] in editor.error_text("end_date")
    assert "required" not in editor.error_text("title")
    assert MissionService(store).count() == 0


def test_sign_in_errors_in_the_chosen_language(qtbot, store, language) -> None:  # type: ignore[no-untyped-def]
    service = SyncService(store, secrets=None, use_keyring=False)
    dialog = SignInDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    assert WORDS[language]["keyring"] in dialog.keyring_label.text()
    dialog.server_edit.clear()
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == WORDS[language]["empty"]

    dialog.session_only_check.setChecked(True)
    type_text(qtbot, dialog.server_edit, "ftp://hq")
    type_text(qtbot, dialog.user_edit, "alice")
    type_text(qtbot, dialog.password_edit, "secret")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=10_000)
    assert WORDS[language]["address"] in dialog.error_label.text()
    assert dialog.isVisible() and not service.status().signed_in


def test_keyring_words_match_the_service() -> None:
    """The dialog's translatable keyring paragraph is the service's message, in English."""
    source = (Path(__file__).resolve().parents[2] / "mercator_desktop" / "ui"
              / "sync_dialog.py").read_text(encoding="utf-8")
    flat = " ".join(source.split()).replace('" "', "")
    assert credentials.NO_KEYRING_MESSAGE in flat
