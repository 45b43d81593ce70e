"""HQ's refusals carry their code and values beside the English words, and the window says
them in the person's language: a wrong password typed in the sign-in dialog against the real
HQ reads in French, Spanish or Arabic. (Unknown user names: a wrong password counts against
an account, and the other tests sign in as alice.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mercator_desktop.domain.problem_texts import say
from mercator_desktop.sync.protocol import LoginRequest
from mercator_desktop.sync.transport import AuthError, Transport, hq_text
from mercator_desktop.ui import i18n
from mercator_desktop.ui.sync_dialog import SignInDialog
from tests.ui.helpers import type_text

REFUSED = {
    "fr": "Reconnectez-vous au siège : nom d’utilisateur ou mot de passe incorrect",
    "es": "Vuelva a iniciar sesión en la Sede: nombre de usuario o contraseña incorrectos",
    "ar": "سجّل الدخول إلى المقر مجددًا: اسم مستخدم أو كلمة مرور غير صحيحة",
}


def test_hq_sends_the_code_of_its_refusal(hq) -> None:  # type: ignore[no-untyped-def]
    """The answer of a refused sign-in names the code of its words; the desktop rebuilds
    the coded text from it (and keeps HQ's English where it does not know the code)."""
    with Transport(hq.url, None) as transport, pytest.raises(AuthError) as refused:
        transport.login(LoginRequest(user="nobody-wire", password="not the password",
                                     device_id="h23-device"))
    said = refused.value.args[0]
    assert (said, said.code) == ("wrong user name or password", "wrong_password")

    from mercator_desktop.sync.protocol import ErrorBody

    body = ErrorBody(code="batch_too_large", message="send at most 5 changes per batch",
                     text_code="batch_too_large", text_values={"limit": "5"})
    assert hq_text(body) == say("batch_too_large", limit=5)
    assert hq_text(body).values == (("limit", "5"),)
    newer = ErrorBody(code="bad_request", message="words of a newer HQ",
                      text_code="not_known_here", text_values={})
    assert hq_text(newer) == "words of a newer HQ"


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_a_refused_sign_in_reads_in_the_language(qtbot, qapp, hq, make_device, tmp_path: Path,
                                                  lang: str) -> None:
    installed = i18n.install_translators(qapp, lang, cache=tmp_path / "cache")
    try:
        device = make_device("alice")
        dialog = SignInDialog(device.sync_service)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.server_edit.clear()
        type_text(qtbot, dialog.server_edit, hq.url)
        type_text(qtbot, dialog.user_edit, f"nobody-{lang}")  # HQ's limits stay off alice
        type_text(qtbot, dialog.password_edit, "not the password")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=20_000)
        assert dialog.error_label.text() == REFUSED[lang]
        assert not device.sync_service.status().signed_in
    finally:
        installed.remove()
