"""The background operation helper: result and failure callbacks on the GUI thread,
progress, cancel, the default handling of a problem the person can fix."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from mercator_desktop.domain.errors import UserError
from mercator_desktop.ui import operations

from .helpers import answering


def test_success_arrives_on_the_gui_thread_with_progress(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}
    steps: list[tuple[int, int]] = []

    def work(op: operations.Operation) -> str:
        seen["worker"] = threading.current_thread()
        for i in range(3):
            op.report(i + 1, 3)
        return "done"

    def on_success(result: str) -> None:
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    op = operations.run(None, work, on_success, name="test")
    op.progressed.connect(lambda d, t: steps.append((d, t)))
    assert operations.wait_for_all()
    assert seen["result"] == "done"
    assert seen["callback"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()
    assert op.done and op.result == "done"
    assert steps in ([(1, 3), (2, 3), (3, 3)], [])  # progress may arrive before connect


def test_cancel_stops_work_that_reports_progress(qtbot) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    go_on = threading.Event()
    failures: list[BaseException] = []

    def work(op: operations.Operation) -> None:
        started.set()
        go_on.wait(5)
        op.report(1, 2)  # raises: cancelled meanwhile

    op = operations.run(None, work, lambda _r: None, failures.append)
    assert started.wait(5)
    op.cancel()
    go_on.set()
    assert operations.wait_for_all()
    assert len(failures) == 1 and isinstance(failures[0], operations.OperationCancelled)


def test_a_user_error_is_shown_and_a_bug_goes_to_the_crash_handler(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)

    def fixable(_op: operations.Operation) -> None:
        raise UserError("the file is locked by another program")

    with answering(qtbot, "Close") as boxes:
        operations.run(parent, fixable, error_title="Export failed")
        assert operations.wait_for_all()
    assert boxes.shown[0].title == "Export failed"
    assert boxes.shown[0].text == "the file is locked by another program"

    hooked: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda _t, exc, _tb: hooked.append(exc))

    def bug(_op: operations.Operation) -> None:
        raise ZeroDivisionError("bug")

    operations.run(parent, bug)
    assert operations.wait_for_all()
    assert [type(e) for e in hooked] == [ZeroDivisionError]


def test_callbacks_are_skipped_when_the_parent_is_gone(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    gate = threading.Event()
    called: list[object] = []
    operations.run(parent, lambda _op: gate.wait(5), called.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(parent))
    gate.set()
    assert operations.wait_for_all()
    assert called == []


@pytest.mark.parametrize("count", [5])
def test_several_operations_all_finish(qtbot, count) -> None:  # type: ignore[no-untyped-def]
    results: list[int] = []
    for i in range(count):
        operations.run(None, lambda _op, i=i: i * i, results.append)
    assert operations.wait_for_all()
    assert sorted(results) == [0, 1, 4, 9, 16]
