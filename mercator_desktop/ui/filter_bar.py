"""The filter bar above the mission list: free text, status, type, region, country, dates.

It only collects what the person chose; ``mission_filter()`` turns it into the services'
``MissionFilter`` and the services decide what matches. Typing is debounced
(``DEBOUNCE_MS``): ``filter_changed`` fires once the person pauses, so a fast typist on a
20,000-mission list does not wait for every letter.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .widgets import ERROR_COLOR, DateField, FieldInputError, SearchCombo

if TYPE_CHECKING:
    from ..services.dto import MissionFilter
    from ..services.reference import ReferenceCatalog


class FilterBar(QWidget):
    filter_changed = Signal()
    preset_cleared = Signal()
    #: ↓ (False) or Enter (True) in the search field: go to the results (and open one)
    results_requested = Signal(bool)

    DEBOUNCE_MS = 200

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._restoring = False
        self.preset_ids: frozenset[str] | None = None

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DEBOUNCE_MS)
        self.timer.timeout.connect(self.filter_changed)

        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("filterText")
        self.text_edit.setPlaceholderText(
            self.tr("Search code, title, country or expert  (Ctrl+F)"))
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setAccessibleName(self.tr("Search missions"))
        self.text_edit.textChanged.connect(self._on_changed_later)
        self.text_edit.installEventFilter(self)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("missionCount")
        bold = QFont(self.count_label.font())
        bold.setBold(True)
        self.count_label.setFont(bold)

        self.status_combo = self._combo("filterStatus", self.tr("Any status"))
        self.type_combo = self._combo("filterType", self.tr("Any type"))
        self.region_combo = self._combo("filterRegion", self.tr("Any region"))
        self.country_combo = SearchCombo(self, empty_text=self.tr("Any country"))
        self.country_combo.setObjectName("filterCountry")
        self.country_combo.setMinimumContentsLength(9)
        self.country_combo.value_changed.connect(self._on_changed_later)
        self.from_date = DateField(self)
        self.from_date.setObjectName("filterFrom")
        self.from_date.setAccessibleName(self.tr("Missions from"))
        self.from_date.edit.setToolTip(self.tr("Missions that end on or after this date"))
        self.to_date = DateField(self)
        self.to_date.setObjectName("filterTo")
        self.to_date.setAccessibleName(self.tr("Missions until"))
        self.to_date.edit.setToolTip(self.tr("Missions that start on or before this date"))
        for field in (self.from_date, self.to_date):
            field.changed.connect(self._on_changed_later)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)

        self.preset_frame = QFrame(self)
        self.preset_frame.setObjectName("presetFrame")
        self.preset_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.preset_label = QLabel(self.preset_frame)
        self.preset_label.setObjectName("presetLabel")
        self.preset_clear_button = QPushButton(self.tr("Show all missions"), self.preset_frame)
        self.preset_clear_button.setObjectName("presetClear")
        self.preset_clear_button.clicked.connect(self.clear_preset)
        preset_row = QHBoxLayout(self.preset_frame)
        preset_row.setContentsMargins(8, 2, 2, 2)
        preset_row.addWidget(self.preset_label, 1)
        preset_row.addWidget(self.preset_clear_button)
        self.preset_frame.hide()

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.text_edit, 1)
        top.addSpacing(10)
        between = QLabel(self.tr("Between"), self)
        between.setBuddy(self.from_date.edit)
        top.addWidget(between)
        top.addWidget(self.from_date)
        top.addWidget(QLabel(self.tr("and"), self))
        top.addWidget(self.to_date)
        top.addSpacing(10)
        top.addWidget(self.count_label)
        second = QHBoxLayout()
        second.setSpacing(6)
        for label, widget in (
            (self.tr("Status"), self.status_combo), (self.tr("Type"), self.type_combo),
            (self.tr("Region"), self.region_combo), (self.tr("Country"), self.country_combo),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            second.addWidget(caption)
            second.addWidget(widget, 1)
            second.addSpacing(4)
        second.addWidget(self.clear_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 4)
        column.setSpacing(6)
        column.addLayout(top)
        column.addLayout(second)
        column.addWidget(self.preset_frame)

        for widget in (self.status_combo, self.type_combo, self.region_combo):
            widget.currentIndexChanged.connect(self._on_changed_now)

        order: list[QWidget] = [self.text_edit, self.from_date.edit, self.to_date.edit,
                                self.status_combo, self.type_combo, self.region_combo,
                                self.country_combo, self.clear_button, self.preset_clear_button]
        for first, second_widget in itertools.pairwise(order):
            QWidget.setTabOrder(first, second_widget)

    def _combo(self, name: str, any_text: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(any_text, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Narrow enough at least for the list to fit an 800-pixel-wide window (a small
        # screen at 150 %); they widen with the window.
        combo.setMinimumContentsLength(6)
        return combo

    # --- content -------------------------------------------------------------------------

    def set_catalog(self, catalog: ReferenceCatalog) -> None:
        state = self.state()
        self._restoring = True
        try:
            for combo, items in (
                (self.status_combo, [(s.label, s.code) for s in catalog.statuses]),
                (self.type_combo, [(t.label, t.code) for t in catalog.mission_types]),
                (self.region_combo, [
                    ((r.extra.get("short_names") or {}).get(catalog.lang) or r.label, r.code)
                    for r in catalog.regions]),
            ):
                while combo.count() > 1:
                    combo.removeItem(1)
                for label, code in items:
                    combo.addItem(label, code)
            short = {r.code: (r.extra.get("short_names") or {}).get(catalog.lang) or r.label
                     for r in catalog.regions}
            self.country_combo.set_items(
                [(c.name, c.iso2, short.get(c.region_code, "")) for c in catalog.countries])
            self.country_combo.set_value(None)
        finally:
            self._restoring = False
        self.restore(state, notify=False)

    def set_count(self, shown: int, total: int, trash: bool = False) -> None:
        if trash:
            text = (self.tr("{shown} of {total} missions in the trash") if shown != total
                    else self.tr("{total} missions in the trash"))
        elif shown != total:
            text = self.tr("{shown} of {total} missions")
        elif total == 1:
            text = self.tr("1 mission")
        else:
            text = self.tr("{total} missions")
        self.count_label.setText(text.format(shown=f"{shown:,}", total=f"{total:,}"))

    # --- the filter ----------------------------------------------------------------------

    def is_active(self) -> bool:
        return bool(self.state_without_text()) or bool(self.text_edit.text().strip()) \
            or self.preset_ids is not None

    def state_without_text(self) -> dict[str, Any]:
        state = self.state()
        state.pop("text", None)
        return {k: v for k, v in state.items() if v}

    def mission_filter(self, trash: bool = False) -> MissionFilter:
        from ..services.dto import MissionFilter

        flt = MissionFilter(text=self.text_edit.text(), trash=trash)
        for combo, target in ((self.status_combo, flt.statuses), (self.type_combo, flt.types),
                              (self.region_combo, flt.regions)):
            if combo.currentData():
                target.append(combo.currentData())
        try:
            country = self.country_combo.value()
        except FieldInputError:
            country = None  # half-typed: no country filter yet
        if country:
            flt.countries.append(country)
        flt.date_from = self._date(self.from_date)
        flt.date_to = self._date(self.to_date)
        return flt

    @staticmethod
    def _date(field: DateField) -> Any:
        try:
            value = field.value()
        except FieldInputError as exc:
            field.edit.setStyleSheet(f"border: 1px solid {ERROR_COLOR};")
            field.edit.setToolTip(str(exc))
            return None
        field.edit.setStyleSheet("")
        return value

    def state(self) -> dict[str, Any]:
        """What to remember between sessions (``restore`` takes it back)."""
        return {
            "text": self.text_edit.text(),
            "status": self.status_combo.currentData() or "",
            "type": self.type_combo.currentData() or "",
            "region": self.region_combo.currentData() or "",
            "country": self.country_combo.currentText()
            if self.country_combo.currentText() != self.tr("Any country") else "",
            "from": self.from_date.text(),
            "to": self.to_date.text(),
        }

    def restore(self, state: dict[str, Any], notify: bool = True) -> None:
        self._restoring = True
        try:
            self.text_edit.setText(str(state.get("text") or ""))
            for combo, key in ((self.status_combo, "status"), (self.type_combo, "type"),
                               (self.region_combo, "region")):
                found = combo.findData(state.get(key)) if state.get(key) else 0
                combo.setCurrentIndex(max(found, 0))
            country = str(state.get("country") or "")
            if country:
                self.country_combo.setEditText(country)
            else:
                self.country_combo.set_value(None)
            self.from_date.setText(str(state.get("from") or ""))
            self.to_date.setText(str(state.get("to") or ""))
        finally:
            self._restoring = False
        self.timer.stop()
        if notify:
            self.filter_changed.emit()

    def clear(self) -> None:
        """Every filter off (the preset too)."""
        self.preset_ids = None
        self.preset_frame.hide()
        self.restore({})

    def set_preset(self, label: str, ids: list[str]) -> None:
        """Show only ``ids`` (a dashboard count), other filters off."""
        self.restore({}, notify=False)
        self.preset_ids = frozenset(ids)
        self.preset_label.setText(label)
        self.preset_frame.show()
        self.filter_changed.emit()

    def clear_preset(self) -> None:
        self.preset_ids = None
        self.preset_frame.hide()
        self.preset_cleared.emit()
        self.filter_changed.emit()

    def flush(self) -> None:
        """Apply a pending (debounced) change now."""
        if self.timer.isActive():
            self.timer.stop()
            self.filter_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ and Enter in the search field reach the list: the filter applies at once (no
        waiting for the pause after typing), then ``results_requested``."""
        if (watched is self.text_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.flush()
            self.results_requested.emit(event.key() != Qt.Key.Key_Down)
            return True
        return super().eventFilter(watched, event)

    # --- slots ---------------------------------------------------------------------------

    def _on_changed_later(self, *_args: object) -> None:
        if not self._restoring:
            self.timer.start()

    def _on_changed_now(self, *_args: object) -> None:
        if not self._restoring:
            self.timer.stop()
            self.filter_changed.emit()
