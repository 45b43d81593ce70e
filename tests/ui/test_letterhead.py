"""The letterhead for reports, set through File → Letterhead for reports…: texts and a logo
chosen in the real file dialog are stored (the logo copied into the data folder, shrunk);
too-long text or a file that is not an image is refused beside its field and nothing is
stored; a removed logo is gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mercator_desktop.services.letterhead import LOGO_MAX_SIDE, Letterhead, LetterheadService
from mercator_desktop.ui.letterhead_dialog import LetterheadDialog

from .helpers import answering, open_main_window, pick_file, replace_text


def _dialog() -> LetterheadDialog:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, LetterheadDialog) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def _logo(path: Path, size: tuple[int, int] = (2400, 1200)) -> Path:
    Image.new("RGB", size, (20, 80, 160)).save(path)
    return path


def test_letterhead_set_from_the_file_menu(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(qtbot, store)
    window.action_letterhead.trigger()
    dialog = _dialog()
    replace_text(qtbot, dialog.edits["organisation"], "Jamaica Customs Agency")
    replace_text(qtbot, dialog.edits["address"], "Myers Wharf, Newport East, Kingston")
    logo = _logo(tmp_path / "jca.png")
    with answering(qtbot, pick_file(logo)):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.remove_button.isEnabled()
    dialog.grab().save(str(tmp_path / "letterhead.png"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()

    stored = LetterheadService(store).get()
    assert stored.organisation == "Jamaica Customs Agency"
    assert stored.address == "Myers Wharf, Newport East, Kingston"
    assert stored.classification == ""  # the report's own marking is printed
    assert stored.logo is not None and stored.logo.parent == store.paths.root
    with Image.open(stored.logo) as copied:
        assert max(copied.size) == LOGO_MAX_SIDE  # shrunk, proportions kept
        assert copied.size[0] == 2 * copied.size[1]
    logo.unlink()  # the report does not depend on the file chosen
    assert LetterheadService(store).get().logo is not None


def test_bad_input_is_refused_beside_its_field(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    service = LetterheadService(store)
    service.save(Letterhead(organisation="WCO"), _logo(tmp_path / "a.png", (300, 100)))
    dialog = LetterheadDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    not_an_image = tmp_path / "minutes.png"
    not_an_image.write_text("minutes of the meeting", encoding="utf-8")
    with answering(qtbot, pick_file(not_an_image)):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    replace_text(qtbot, dialog.edits["organisation"], "Customs of Jamaica")
    dialog.save()
    assert dialog.isVisible()
    assert "The file minutes.png is not an image" in dialog.logo_error.text()
    assert service.get().organisation == "WCO"  # nothing stored
    with pytest.raises(Exception) as refused:
        service.save(Letterhead(address="x" * 201))
    assert "address" in str(refused.value) and "200" in str(refused.value)

    dialog.remove_button.setEnabled(True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    dialog.save()
    assert not dialog.isVisible()
    assert service.get() == Letterhead(organisation="Customs of Jamaica")
