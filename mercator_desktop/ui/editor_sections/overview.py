"""The Overview section: code, title, type, status (only the moves the lifecycle allows),
country with its region and customs administrations, dates, location, programme, request,
topics and objectives."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import ValidationError
from ...services.dto import MissionDetail, MissionInput
from .. import messages
from ..problem_texts import problem_text
from ..widgets import FieldInputError, hint_label
from .base import EditorSection, add_row, form, set_combo_data
from .context import EditorContext
from .fields import OVERVIEW


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissionEditor", text)


class OverviewSection(EditorSection):
    INDEX = OVERVIEW

    def __init__(self, ctx: EditorContext, mission_id: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._mission_id = mission_id
        self.suggested_code = ""
        f = self.fields
        f["status_code"].setToolTip(_tr(
            "Only the moves the mission lifecycle allows from the saved status are offered."))
        short = self.region_names()
        f["country_iso2"].set_items([(c.name, c.iso2, short.get(c.region_code, ""))
                                     for c in self.catalog.countries])
        self.region_label = hint_label("", self)
        self.region_label.setObjectName("regionLabel")
        self.new_administration_button = QPushButton(_tr("New…"), self)
        self.new_administration_button.setObjectName("newAdministrationButton")
        self.new_administration_button.setToolTip(
            _tr("Add the customs administration of this country to the list"))
        self.new_administration_button.clicked.connect(self._on_new_administration_clicked)
        self._build()

    def _build(self) -> None:
        f = self.fields
        left = form()
        add_row(left, _tr("&Code"), f.framed(f["code"], "code"), f["code"])
        add_row(left, _tr("&Title"), f.framed(f["title"], "title"), f["title"])
        add_row(left, _tr("T&ype"), f.framed(f["type_code"], "type_code"), f["type_code"])
        add_row(left, _tr("&Status"), f.framed(f["status_code"], "status_code"),
                f["status_code"])
        country_box = QWidget(self)
        country_column = QVBoxLayout(country_box)
        country_column.setContentsMargins(0, 0, 0, 0)
        country_column.setSpacing(2)
        country_column.addWidget(f["country_iso2"])
        country_column.addWidget(self.region_label)
        add_row(left, _tr("Cou&ntry"), f.framed(country_box, "country_iso2"), f["country_iso2"])
        add_row(left, _tr("Ad&ministration"),
                f.framed(f["administration_id"], "administration_id",
                         beside=(self.new_administration_button,)),
                f["administration_id"])

        right = form()
        dates = QWidget(self)
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(f["start_date"])
        to_label = QLabel(_tr("to"), dates)
        to_label.setBuddy(f["end_date"].edit)
        dates_row.addWidget(to_label)
        dates_row.addWidget(f["end_date"])
        dates_row.addStretch(1)
        add_row(right, _tr("&Dates"), f.framed(dates, "start_date", "end_date"),
                f["start_date"].edit)
        add_row(right, _tr("&Location"),
                f.framed(f["location"], "location", "is_remote", beside=(f["is_remote"],)),
                f["location"])
        add_row(right, _tr("P&rogramme"), f.framed(f["programme_id"], "programme_id"),
                f["programme_id"])
        request = QWidget(self)
        request_row = QHBoxLayout(request)
        request_row.setContentsMargins(0, 0, 0, 0)
        request_row.addWidget(f["request_reference"], 1)
        received = QLabel(_tr("received"), request)
        received.setBuddy(f["request_date"].edit)
        request_row.addWidget(received)
        request_row.addWidget(f["request_date"])
        add_row(right, _tr("Re&quest"), f.framed(request, "request_reference", "request_date"),
                f["request_reference"])
        add_row(right, _tr("Topics"), f.framed(f["topics"], "topics"),
                self.fields.fields["topics"].focus)

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setHorizontalSpacing(24)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        objectives_label = QLabel(_tr("&Objectives"), self)
        objectives_label.setBuddy(f["objectives"])
        grid.addWidget(objectives_label, 1, 0, 1, 2)
        grid.addWidget(f.framed(f["objectives"], "objectives"), 2, 0, 1, 2)
        grid.setRowStretch(2, 1)

        order: list[QWidget] = [
            f["code"], f["title"], f["type_code"], f["status_code"], f["country_iso2"],
            f["administration_id"], self.new_administration_button, f["start_date"].edit,
            f["end_date"].edit, f["location"], f["is_remote"], f["programme_id"],
            f["request_reference"], f["request_date"].edit,
            *f["topics"].checks.values(), f["objectives"],
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- loading and derived displays -----------------------------------------------------

    def load(self, detail: MissionDetail | None, data: MissionInput | None) -> None:
        self.fill_statuses(data.status_code if data else None)
        if data is None:
            self.fields["status_code"].setCurrentIndex(0)
            self.fields["country_iso2"].setEditText("")
        super().load(detail, data)

    def _on_field_edited(self, name: str) -> None:
        if name == "country_iso2":
            self.refresh_country()
        if name in ("country_iso2", "type_code", "start_date"):
            self.suggest_code()
        super()._on_field_edited(name)

    def suggest_code(self) -> None:
        """A new mission is offered a code from its country, year and type, as long as the
        code field is empty or still holds the previous offer (a code typed is kept). The
        offer goes into the same undo step as the change that made it."""
        code = self.fields["code"]
        if self._mission_id() is not None or \
                code.text().strip() not in ("", self.suggested_code):
            return
        iso2 = self.country_iso2()
        type_code = self.fields["type_code"].currentData()
        if not iso2 or not type_code:
            return
        try:
            start = self.fields["start_date"].value()
        except FieldInputError:
            start = None
        self.suggested_code = self.ctx.missions.suggest_code(
            iso2, type_code, (start or date.today()).year)
        code.blockSignals(True)
        code.setText(self.suggested_code)
        code.blockSignals(False)

    def refresh(self) -> None:
        self.refresh_country()

    def fill_statuses(self, current: str | None) -> None:
        """The status itself and the moves the lifecycle allows from it."""
        mission_id = self._mission_id()
        combo = self.fields["status_code"]
        allowed = self.ctx.missions.allowed_statuses(mission_id)
        order = [s.code for s in self.catalog.statuses]
        combo.blockSignals(True)
        combo.clear()
        for code in sorted(allowed, key=lambda c: order.index(c) if c in order else 99):
            label = self.catalog.label("statuses", code)
            if code == current and mission_id:
                label = _tr("{status} (now)").format(status=label)
            combo.addItem(label, code)
        found = combo.findData(current) if current else 0
        if found < 0 and current:  # a status a newer version knows, shown as it is
            combo.addItem(self.catalog.label("statuses", current), current)
            found = combo.count() - 1
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def status_text(self) -> str:
        return self.fields["status_code"].currentText().replace(_tr(" (now)"), "")

    def region_names(self) -> dict[str, str]:
        return {r.code: (r.extra.get("short_names") or {}).get(self.catalog.lang) or r.label
                for r in self.catalog.regions}

    def country_iso2(self) -> str | None:
        try:
            return self.fields["country_iso2"].value()
        except FieldInputError:
            return None

    def refresh_country(self) -> None:
        """The region and the administrations of the country typed now."""
        iso2 = self.country_iso2()
        country = self.catalog.country_by_iso2.get(iso2 or "")
        region = self.region_names().get(country.region_code, "") if country else ""
        self.region_label.setText(_tr("WCO region: {region}").format(region=region)
                                  if region else "")
        self.region_label.setVisible(bool(region))
        combo = self.fields["administration_id"]
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_tr("(not recorded)"), None)
        if iso2:
            for adm in self.ctx.experts.administrations(iso2):
                combo.addItem(f"{adm.name} ({adm.acronym})" if adm.acronym else adm.name,
                              adm.id)
        set_combo_data(combo, keep)
        combo.blockSignals(False)
        self.new_administration_button.setEnabled(iso2 is not None)

    # --- a new administration -------------------------------------------------------------

    def _on_new_administration_clicked(self) -> None:
        iso2 = self.country_iso2()
        if iso2 is None:
            return
        country = self.catalog.country_by_iso2[iso2].name
        messages.ask_text(
            self, _tr("New administration"),
            _tr("Name of the customs administration of {country}:").format(country=country),
            lambda name: self._create_administration(iso2, name))

    def _create_administration(self, iso2: str, name: str) -> None:
        try:
            created = self.ctx.experts.create_administration(iso2, name)
        except ValidationError as exc:
            self.fields.fields["administration_id"].error.set_messages(
                [problem_text(p) for p in exc.problems])
            return
        self.refresh_country()
        set_combo_data(self.fields["administration_id"], created.id)
