"""With French, Spanish or Arabic installed, an import refusal reads in that language where
the window shows it: the reasons of the refused rows in the import preview, and the message
box of a file whose header is wrong. The words come from the codes the import raises."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mercator_desktop.services.missions import MissionService
from mercator_desktop.ui import i18n

from .helpers import answering, open_main_window, settle
from .test_import_export_ui import HEADER, ROWS, preview, write

WORDS = {
    "fr": {"date": "« 2030-13-01 » n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ",
           "type": "valeur inconnue (type) : « picnic »",
           "header": "ligne 1, colonne « type » : colonne obligatoire absente (l’en-tête doit "
                     "contenir type, status, country, start_date, end_date)"},
    "es": {"date": "«2030-13-01» no es una fecha; escríbala como AAAA-MM-DD",
           "type": "valor desconocido (tipo): «picnic»",
           "header": "línea 1, columna «type»: falta una columna obligatoria (el encabezado "
                     "necesita type, status, country, start_date, end_date)"},
    "ar": {"date": "«2030-13-01» ليس تاريخًا؛ اكتبه بالشكل YYYY-MM-DD",
           "type": "قيمة غير معروفة (النوع): «picnic»",
           "header": "السطر 1، العمود «type»: عمود مطلوب مفقود (يجب أن يتضمن العنوان type, "
                     "status, country, start_date, end_date)"},
}


@pytest.fixture(params=["fr", "es", "ar"])
def language(request, qapp, tmp_path: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    installed = i18n.install_translators(qapp, request.param, cache=tmp_path / "cache")
    assert installed.language == request.param
    yield request.param
    installed.remove()


def test_refused_rows_give_their_reasons_in_the_language(qtbot, store, tmp_path, language) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, store)
    window.import_file(write(tmp_path / "bad.csv", HEADER, ROWS[0],
                             "XX-1,Bad,picnic,requested,JM,2030-01-01,2030-01-02,",
                             "XX-2,Bad,workshop,requested,JM,2030-13-01,2030-01-02,"))
    dialog = preview(qtbot)
    table = dialog.table
    reasons = {table.item(r, 0).text(): table.item(r, 4).text()
               for r in range(table.rowCount()) if table.item(r, 4).text()}
    assert reasons["3"].startswith(WORDS[language]["type"])
    assert reasons["4"] == WORDS[language]["date"]
    assert "unknown" not in reasons["3"] and "not a date" not in reasons["4"]
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert MissionService(store).count() == 0


def test_a_wrong_header_is_explained_in_the_language(qtbot, store, tmp_path, language) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, store)
    with answering(qtbot, lambda box: box.close()) as boxes:
        window.import_file(write(tmp_path / "bad.csv", "code,title", "X-1,No dates"))
        settle()
    assert WORDS[language]["header"] in boxes.shown[0].informative
    assert "required column" not in boxes.shown[0].informative
    assert MissionService(store).count() == 0
