"""Run in a subprocess by ``test_screen_fit``: open every window of the app on the screen the
environment gives (``QT_QPA_PLATFORM=offscreen:size=WxH``, ``QT_SCALE_FACTOR``) and print, as
JSON, each window's frame, the parts that must be seen, and the screen's available area.

Arguments: the data folder (holding the demonstration data) and a folder for screenshots
(or "-")."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QRect, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QStatusBar, QWidget


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def global_rect(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def settle(app: QApplication, ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def main() -> int:
    data_dir, shots = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(["probe"])
    app.setOrganizationName("WCO")
    app.setApplicationName("Mercator Desktop")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    from mercator_desktop.services.assessments import AssessmentService
    from mercator_desktop.services.missions import MissionService
    from mercator_desktop.services.store import open_store
    from mercator_desktop.services.sync import SyncService
    from mercator_desktop.sync.credentials import MemorySecretStore
    from mercator_desktop.ui import operations, report_actions
    from mercator_desktop.ui.assessment_window import open_assessment_window
    from mercator_desktop.ui.main_window import MainWindow
    from mercator_desktop.ui.sync_archive import ArchivedMissionsDialog
    from mercator_desktop.ui.sync_conflicts import ConflictsDialog
    from mercator_desktop.ui.sync_dialog import SignInDialog

    store = open_store(data_dir, user="tester")
    MainWindow.sync_service_factory = staticmethod(
        lambda s: SyncService(s, MemorySecretStore()))
    window = MainWindow()
    window.show()
    loop = QEventLoop()
    window.store_loaded.connect(loop.quit)
    window.load_store(store)
    loop.exec()
    operations.wait_for_all()
    settle(app)
    mission = MissionService(store).get_by_code("JM-2019-INTD-01")
    editor = window.open_mission(mission.id)
    assert editor is not None
    editor.field("title").setText("A very long mission title " * 8)
    assessment = AssessmentService(store).list_for_mission(mission.id)[0]
    filling = open_assessment_window(store, assessment.id, editor)
    settle(app)
    filling._open_history(filling.current_question)
    filling._open_evidence(filling.current_question)
    window.show_tab(window.TAB_EXPERTS)
    settle(app)
    windows: dict[str, QWidget] = {
        "main": window, "editor": editor, "assessment": filling,
        "history": filling.history_dialog, "evidence": filling.evidence_dialog,
        "mission report": report_actions.export_mission_report(editor, store, mission.id),
        "issue report": editor.issued_panel.open_dialog(),
        "progress report": report_actions.export_progress_report(window, store),
        "expert": window.expert_directory.new_expert(),
        "sign in": SignInDialog(window.sync_service, window),
        "sync inbox": ConflictsDialog(window.sync_service, window),
        "archived missions": ArchivedMissionsDialog(window.sync_service, window),
        "search everything": window.search_everything(),
        "letterhead": window.edit_letterhead(),
        "backups": window.show_backups(),
    }
    filling.action_compare.trigger()
    windows["compare with baseline"] = filling.comparison_dialog
    window.help_actions["actionUserGuide"].trigger()
    windows["user guide"] = window.help_dialog
    for widget in windows.values():
        widget.show()
    settle(app, 150)
    report = {"available": rect(app.primaryScreen().availableGeometry()), "windows": {}}
    for name, widget in windows.items():
        parts = {}
        status_bar = widget.findChild(QStatusBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if isinstance(widget, QMainWindow) and status_bar is not None:
            parts["status bar"] = global_rect(status_bar)
        if widget is editor:
            parts["save button"] = global_rect(editor.save_button)
            parts["heading"] = global_rect(editor.heading_label)
            report["editor heading shown"] = editor.heading_label.shown_text()
        if widget is filling:
            parts["key help"] = global_rect(filling.key_help_label)
            parts["saved indicator"] = global_rect(filling.saved_label)
        report["windows"][name] = {"frame": rect(widget.frameGeometry()), "parts": parts,
                                   "parent": rect(widget.parentWidget().window().frameGeometry())
                                   if widget.parentWidget() is not None else None}
        if shots != "-" and name in ("main", "editor", "assessment"):
            widget.grab().save(str(Path(shots) / f"{name.replace(' ', '-')}.png"))
    print(json.dumps(report))
    for widget in windows.values():
        widget.hide()
    editor.close_discarding()
    filling.close_discarding()
    operations.wait_for_all()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
