"""The import preview: what a file would create, update and refuse, before anything is stored.

Each value the reference data does not know (a programme written the HQ way, a misspelt
status …) is listed once with a picker of the known entries, the closest first, and for
programmes "create a new programme". Import is possible when every refused row is refused
only for values that now have a choice; the choices are remembered for the next file.
The dialog reads a plan (plain data) and hands back the mappings; it stores nothing itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.import_plan import NEW_PROGRAMME
from .problem_texts import message_text
from .screen_fit import fit_window

# How many rows the table shows (a file of 20,000 rows would make the dialog crawl)
SHOWN_ROWS = 2000


class ImportPreviewDialog(QDialog):
    """Shows ``plan`` (an ``ImportPlan``); ``mappings()`` is what the person chose.

    A workbook with several sheets gets a sheet picker; choosing a sheet emits
    ``sheet_chosen`` and the caller reads that sheet and hands its plan to ``show_plan``
    (or the reason it cannot be read to ``show_failure``)."""

    sheet_chosen = Signal(str)

    def __init__(self, plan: Any, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import preview – {name}").format(name=file_name))
        fit_window(self, size=QSize(980, 620))
        layout = QVBoxLayout(self)

        self.sheet_picker = QComboBox(self)
        self.sheet_picker.setObjectName("sheetPicker")
        self.sheet_picker.addItems(plan.sheets)
        self.sheet_picker.setCurrentText(plan.sheet or "")
        self.sheet_picker.setMinimumContentsLength(16)
        sheet_label = QLabel(self.tr("&Sheet:"), self)
        sheet_label.setBuddy(self.sheet_picker)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(sheet_label)
        sheet_row.addWidget(self.sheet_picker)
        sheet_row.addStretch(1)
        self.sheet_row = QWidget(self)
        self.sheet_row.setLayout(sheet_row)
        sheet_row.setContentsMargins(0, 0, 0, 0)
        self.sheet_row.setVisible(len(plan.sheets) > 1)
        self.sheet_picker.activated.connect(self._sheet_activated)
        layout.addWidget(self.sheet_row)

        self.summary = QLabel(self)
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.table = QTableWidget(self)
        self.table.setObjectName("previewTable")
        self.table.setAccessibleName(self.tr("What the import would do, row by row"))
        self.table.setColumnCount(5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 3)

        self.pickers: dict[tuple[str, str], QComboBox] = {}
        self.unknown_area = QScrollArea(self)
        self.unknown_area.setObjectName("unknownValues")
        self.unknown_area.setWidgetResizable(True)
        layout.addWidget(self.unknown_area, 2)

        self.hint = QLabel(self)
        self.hint.setObjectName("previewHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.show_plan(plan)

    @property
    def sheet(self) -> str | None:
        """The sheet the plan shown was read from (None for a CSV or JSON file)."""
        return self.plan.sheet

    def show_plan(self, plan: Any) -> None:
        """Show what importing ``plan``'s file (or sheet) would do."""
        self.plan = plan
        self.failure = ""
        self.sheet_picker.setEnabled(True)
        self.sheet_picker.setCurrentText(plan.sheet or "")
        self.table.setHorizontalHeaderLabels([
            self.tr("Line") if plan.unit == "line" else self.tr("Row")
            if plan.unit == "row" else self.tr("Record"),
            self.tr("Code"), self.tr("Title"), self.tr("What happens"), self.tr("Why")])
        self._fill_rows()
        self.pickers = {}
        if plan.unknown:
            group = QGroupBox(self.tr("Values not recognised – choose what each one means"),
                              self)
            grid = QGridLayout(group)
            grid.setVerticalSpacing(8)
            grid.setHorizontalSpacing(16)
            for r, title in enumerate((self.tr("Column"), self.tr("Value in the file"),
                                       self.tr("Where"), self.tr("Means"))):
                heading = QLabel(f"<b>{title}</b>", group)
                grid.addWidget(heading, 0, r)
            for r, unknown in enumerate(plan.unknown, start=1):
                for c, widget in enumerate(self._unknown_cells(unknown)):
                    grid.addWidget(widget, r, c)
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(3, 2)
            grid.setRowStretch(len(plan.unknown) + 1, 1)
            self.unknown_area.setWidget(group)  # the previous sheet's group is deleted
        self.unknown_area.setVisible(bool(plan.unknown))
        self._update()

    def show_failure(self, sheet: str, message: str) -> None:
        """``sheet`` cannot be imported at all (no header, a wrong column …): say why."""
        self.failure = message
        self.sheet_picker.setEnabled(True)
        self.table.setRowCount(0)
        self.unknown_area.setVisible(False)
        self.pickers = {}
        self.summary.setText(self.tr("The sheet “{sheet}” cannot be imported:").format(
            sheet=sheet) + "\n" + message)
        self.hint.setText(self.tr("Choose another sheet, or correct this one in your "
                                  "spreadsheet and import the file again."))
        self.import_button.setEnabled(False)

    def _sheet_activated(self, _index: int) -> None:
        name = self.sheet_picker.currentText()
        if name == self.plan.sheet and not self.failure:
            return
        self.sheet_picker.setEnabled(False)  # until the sheet has been read
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading the sheet “{sheet}”…").format(sheet=name))
        self.sheet_chosen.emit(name)

    # -- building

    def _fill_rows(self) -> None:
        actions = {"create": self.tr("created"), "update": self.tr("updated"),
                   "refused": self.tr("refused")}
        rows = sorted(self.plan.rows, key=lambda r: (r.action != "refused", r.line))
        rows = rows[:SHOWN_ROWS]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [str(row.line), row.code, row.title, actions.get(row.action, row.action),
                     "; ".join(message_text(p) for p in row.problems)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        # the reason is what a person reads here: a long title must not squeeze it
        for column, widest in ((1, 200), (2, 280)):
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

    def _unknown_cells(self, unknown: Any) -> list[QWidget]:
        """Column, value (and why it is not taken), where it is, and its picker."""
        shown = ", ".join(str(n) for n in unknown.lines[:6])
        if len(unknown.lines) > 6:
            shown += " …"
        many = len(unknown.lines) > 1
        where = {"line": self.tr("lines {lines}") if many else self.tr("line {lines}"),
                 "row": self.tr("rows {lines}") if many else self.tr("row {lines}")}.get(
            self.plan.unit, self.tr("records {lines}") if many else self.tr("record {lines}"))
        value = self.tr("“{value}”").format(value=unknown.value)
        if unknown.ambiguous:
            value += "\n" + self.tr("matches more than one entry")
        value_label = QLabel(value, self)
        value_label.setWordWrap(True)
        value_label.setTextFormat(Qt.TextFormat.PlainText)
        return [QLabel(unknown.column, self), value_label,
                QLabel(where.format(lines=shown), self), self._picker(unknown)]

    def _picker(self, unknown: Any) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"map_{unknown.column}_{len(self.pickers)}")
        combo.addItem(self.tr("— choose —"), None)
        shown: set[str] = set()
        for code, label in unknown.suggestions:
            combo.addItem(self._entry(code, label), code)
            shown.add(code)
        if unknown.can_create:
            combo.addItem(self.tr("Create a new programme “{name}”").format(
                name=unknown.value), NEW_PROGRAMME)
        if unknown.suggestions:
            combo.insertSeparator(combo.count())
        for code, label in sorted(self.plan.choices.get(unknown.column, []),
                                  key=lambda c: c[1].casefold()):
            if code not in shown:
                combo.addItem(self._entry(code, label), code)
        combo.currentIndexChanged.connect(self._update)
        self.pickers[(unknown.column, unknown.value)] = combo
        return combo

    @staticmethod
    def _entry(code: str, label: str) -> str:
        return label if label == code else f"{label} ({code})"

    # -- state

    def mappings(self) -> dict[str, dict[str, str]]:
        chosen: dict[str, dict[str, str]] = {}
        for (column, value), combo in self.pickers.items():
            code = combo.currentData()
            if code:
                chosen.setdefault(column, {})[value] = code
        return chosen

    def _update(self) -> None:
        plan = self.plan
        chosen = {(c, v) for c, values in self.mappings().items() for v in values}
        blocked = [r for r in plan.rows if r.action == "refused"
                   and (r.other_problems or any(u not in chosen for u in r.unknown))]
        self.summary.setText(self.tr(
            "Created: {created} · updated: {updated} · refused: {refused} "
            "(missions in the file: {total}).").format(
            created=plan.count("create"), updated=plan.count("update"),
            refused=plan.count("refused"), total=len(plan.rows)))
        if any(r.other_problems for r in blocked):
            self.hint.setText(self.tr(
                "Some rows have problems a choice cannot fix: correct them in your "
                "spreadsheet and import the file again. Nothing is imported until every row "
                "can be."))
        elif blocked:
            self.hint.setText(self.tr("Choose what each value not recognised means to "
                                      "import the file."))
        else:
            self.hint.setText(self.tr("Nothing is stored until you click Import."))
        self.import_button.setEnabled(not blocked and bool(plan.rows) and not self.failure)
        self.import_button.setDefault(not blocked)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not self.import_button.isEnabled():
            return  # Enter must not close the dialog when there is nothing to import
        super().keyPressEvent(event)
