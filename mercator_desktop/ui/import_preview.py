"""The import preview: what a file would create, update and refuse, before anything is stored.

Each value the reference data does not know (a programme written the HQ way, a misspelt
status …) is listed once with a picker of the known entries, the closest first, and for
programmes "create a new programme". Import is possible when every refused row is refused
only for values that now have a choice; the choices are remembered for the next file.
The dialog reads a plan (plain data) and hands back the mappings; it stores nothing itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.import_plan import NEW_PROGRAMME

# How many rows the table shows (a file of 20,000 rows would make the dialog crawl)
SHOWN_ROWS = 2000


class ImportPreviewDialog(QDialog):
    """Shows ``plan`` (an ``ImportPlan``); ``mappings()`` is what the person chose."""

    def __init__(self, plan: Any, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import preview – {name}").format(name=file_name))
        self.resize(900, 560)
        layout = QVBoxLayout(self)

        self.summary = QLabel(self)
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.table = QTableWidget(self)
        self.table.setObjectName("previewTable")
        self.table.setAccessibleName(self.tr("What the import would do, row by row"))
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Line") if plan.unit == "line" else self.tr("Row")
            if plan.unit == "row" else self.tr("Record"),
            self.tr("Code"), self.tr("Title"), self.tr("What happens"), self.tr("Why")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self._fill_rows()
        layout.addWidget(self.table, 3)

        self.pickers: dict[tuple[str, str], QComboBox] = {}
        if plan.unknown:
            group = QGroupBox(self.tr("Values not recognised – choose what each one means"),
                              self)
            form = QFormLayout(group)
            for unknown in plan.unknown:
                form.addRow(self._unknown_label(unknown), self._picker(unknown))
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(group)
            layout.addWidget(scroll, 2)

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
        self._update()

    # -- building

    def _fill_rows(self) -> None:
        actions = {"create": self.tr("created"), "update": self.tr("updated"),
                   "refused": self.tr("refused")}
        rows = sorted(self.plan.rows, key=lambda r: (r.action != "refused", r.line))
        rows = rows[:SHOWN_ROWS]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [str(row.line), row.code, row.title, actions.get(row.action, row.action),
                     "; ".join(row.problems)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _unknown_label(self, unknown: Any) -> QLabel:
        lines = ", ".join(str(n) for n in unknown.lines[:6])
        if len(unknown.lines) > 6:
            lines += " …"
        text = self.tr("{column} “{value}” ({unit} {lines})").format(
            column=unknown.column, value=unknown.value, unit=self.plan.unit, lines=lines)
        if unknown.ambiguous:
            text += "\n" + self.tr("matches more than one entry")
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

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
        self.import_button.setEnabled(not blocked and bool(plan.rows))
        self.import_button.setDefault(not blocked)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not self.import_button.isEnabled():
            return  # Enter must not close the dialog when there is nothing to import
        super().keyPressEvent(event)
