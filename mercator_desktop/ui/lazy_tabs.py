"""Tabs of a ``QTabWidget`` whose page is built when first shown or first asked for.

Until then the tab holds a placeholder. The main window's dashboard, expert directory and
team calendar are built this way: building them with the store at start imported their
modules and made their widgets (about 5 MiB at the start's memory peak) for views many
sessions never open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs:
    """The pages of some tabs of ``tabs``, each made by its builder on first use."""

    def __init__(self, tabs: QTabWidget, placeholder: Callable[[], QWidget]) -> None:
        self._tabs = tabs
        self._placeholder = placeholder
        self._builders: dict[int, Callable[[], QWidget]] = {}
        self._built: dict[int, QWidget] = {}

    def set_builders(self, builders: dict[int, Callable[[], QWidget]]) -> None:
        """Make the pages with ``builders`` from now on (another store was opened): the
        pages built before are put back to placeholders and deleted; the current tab's
        page is built at once."""
        for index, widget in list(self._built.items()):
            self._swap(index, self._placeholder())
            widget.deleteLater()
        self._built.clear()
        self._builders = dict(builders)
        if self._tabs.currentIndex() in self._builders:
            self.page(self._tabs.currentIndex())

    def page(self, index: int) -> QWidget | None:
        """The page of tab ``index``, built now if it was not yet; None without a
        builder (no store open)."""
        widget = self._built.get(index)
        if widget is None and index in self._builders:
            widget = self._builders[index]()
            self._built[index] = widget
            self._swap(index, widget)
        return widget

    def _swap(self, index: int, widget: QWidget) -> None:
        tabs = self._tabs
        current = tabs.currentIndex()
        blocked = tabs.blockSignals(True)
        try:
            text = tabs.tabText(index)
            old = tabs.widget(index)
            tabs.removeTab(index)
            tabs.insertTab(index, widget, text)
            if old is not None and old not in self._built.values():
                old.deleteLater()
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(blocked)
