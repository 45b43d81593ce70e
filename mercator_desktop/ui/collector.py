"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate when a threshold
is crossed — often a worker of ``ui.operations``. A cycle it frees there may hold a Qt object
(a model, a signal connection's closure), whose destructor then runs outside the GUI thread
and crashes the process ("Fatal Python error: Segmentation fault … Garbage-collecting").

``install(app)`` turns automatic collection off and collects from a timer on the GUI thread
instead, with the interpreter's own thresholds: the youngest generation whose count is over
its threshold — and every younger one — is collected on the next tick. ``paused()`` holds the
ticks back while a worker builds a large list (a full collection over tens of thousands of
new objects stops the GUI thread too, through the GIL); ``gc.freeze()`` stays usable for lists
that live as long as the window.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QTimer

TICK_MS = 500
_pause_lock = threading.Lock()
_paused = 0


class GuiCollector(QObject):
    """Collects garbage from a timer of the GUI thread (see the module docstring)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("guiCollector")
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()

    def collect_if_due(self) -> int:
        """Collect the oldest generation that is due; returns it, or -1 when none was."""
        if _paused:
            return -1
        counts = gc.get_count()
        due = -1
        for generation, (count, threshold) in enumerate(zip(counts, self.thresholds,
                                                            strict=True)):
            if threshold and count > threshold:
                due = generation
        if due >= 0:
            gc.collect(due)
        return due


def install(app: QCoreApplication) -> GuiCollector:
    """Collect on ``app``'s thread from now on (once per application; later calls return the
    collector already installed)."""
    existing = app.findChild(GuiCollector, "guiCollector")
    if isinstance(existing, GuiCollector):
        gc.disable()  # something may have turned it back on
        return existing
    return GuiCollector(app)


@contextmanager
def paused() -> Iterator[None]:
    """No collection while the block runs (any thread)."""
    global _paused
    with _pause_lock:
        _paused += 1
    try:
        yield
    finally:
        with _pause_lock:
            _paused -= 1
