"""Garbage is collected on the GUI thread only, never in a worker (``ui.collector``)."""

from __future__ import annotations

import gc
import threading
import weakref

from mercator_desktop.ui import collector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cycles_dropped_in_a_worker_are_freed_on_the_gui_thread(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    collector.install(qapp)
    assert not gc.isenabled()
    freed_in: list[int] = []

    def worker() -> None:
        cycle = _Cycle()
        weakref.finalize(cycle, lambda: freed_in.append(threading.get_ident()))
        del cycle
        # Far more allocations than any threshold: an automatic collection would run here.
        garbage = [[_Cycle()] for _ in range(50_000)]
        del garbage

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert freed_in == []

    qtbot.waitUntil(lambda: bool(freed_in), timeout=10_000)  # the collector's next tick
    assert freed_in == [threading.get_ident()]


def test_no_collection_while_paused(qapp) -> None:  # type: ignore[no-untyped-def]
    gui = collector.install(qapp)
    garbage = [[_Cycle()] for _ in range(5_000)]
    del garbage
    with collector.paused():
        assert gui.collect_if_due() == -1
    assert gui.collect_if_due() >= 0
