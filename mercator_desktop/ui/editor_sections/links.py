"""The Links section: the TFA articles (a tree with a filter), Arusha factors and GEOAT
principles the mission works on, ticked in three lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain.vocabulary import LinkKind
from ...services.dto import MissionDetail, MissionInput
from ..editor_models import LinkItem, LinkTreeModel
from ..widgets import ErrorLabel
from .base import EditorSection
from .context import EditorContext
from .fields import LINKS


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissionEditor", text)


class LinksSection(EditorSection):
    INDEX = LINKS

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        catalog = self.catalog
        tfa_items = [LinkItem(i.code, i.label, i.parent) for i in catalog.tfa_provisions]
        arusha_items = [LinkItem(i.code, f"{i.extra.get('number') or ''}. {i.label}".lstrip(". "))
                        for i in catalog.arusha_factors]
        geoat_items = [LinkItem(i.code, (f"{i.extra['number']}. " if i.extra.get("number")
                                         else "") + i.label)
                       for i in catalog.geoat_principles]
        self.tfa_tree, self.tfa_model, self.tfa_proxy = self._tree("tfaTree", tfa_items, False)
        self.arusha_list, self.arusha_model, _ = self._tree("arushaList", arusha_items, True)
        self.geoat_list, self.geoat_model, _ = self._tree("geoatList", geoat_items, True)
        # The state key of each list (as undo names it), its kind and its validation field.
        self.lists = {"tfaTree": (LinkKind.TFA.value, self.tfa_model, "tfa_articles"),
                      "arushaList": (LinkKind.ARUSHA.value, self.arusha_model, "arusha_factors"),
                      "geoatList": (LinkKind.GEOAT.value, self.geoat_model, "geoat_principles")}
        self.tfa_filter_edit = QLineEdit(self)
        self.tfa_filter_edit.setObjectName("tfaFilter")
        self.tfa_filter_edit.setPlaceholderText(_tr("Find an article, e.g. 7.6 or enquiry"))
        self.tfa_filter_edit.setClearButtonEnabled(True)
        self.tfa_filter_edit.textChanged.connect(self._on_tfa_filter_changed)
        self.tfa_error, self.arusha_error, self.geoat_error = (
            ErrorLabel(self), ErrorLabel(self), ErrorLabel(self))

        self.tfa_box = QGroupBox(self)
        tfa_layout = QVBoxLayout(self.tfa_box)
        tfa_layout.addWidget(self.tfa_filter_edit)
        tfa_layout.addWidget(self.tfa_tree, 1)
        tfa_layout.addWidget(self.tfa_error)
        self.arusha_box = QGroupBox(self)
        arusha_layout = QVBoxLayout(self.arusha_box)
        arusha_layout.addWidget(self.arusha_list)
        arusha_layout.addWidget(self.arusha_error)
        self.geoat_box = QGroupBox(self)
        geoat_layout = QVBoxLayout(self.geoat_box)
        geoat_layout.addWidget(self.geoat_list)
        geoat_layout.addWidget(self.geoat_error)
        for view, count in ((self.arusha_list, len(arusha_items)),
                            (self.geoat_list, len(geoat_items))):
            height = view.sizeHintForRow(0) if view.model().rowCount() else 20
            view.setMinimumHeight(min(12, count) * max(height, 20) + 8)
        right = QVBoxLayout()
        right.addWidget(self.arusha_box, 1)
        right.addWidget(self.geoat_box, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tfa_box, 3)
        layout.addLayout(right, 2)
        self.refresh()

    def _tree(self, name: str, items: list[LinkItem], flat: bool) -> tuple[
            QTreeView, LinkTreeModel, QSortFilterProxyModel]:
        model = LinkTreeModel(items, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setRecursiveFilteringEnabled(True)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        tree = QTreeView(self)
        tree.setObjectName(name)
        tree.setModel(proxy)
        tree.setHeaderHidden(True)
        tree.setRootIsDecorated(not flat)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        model.checked_changed.connect(self.refresh)
        model.checked_changed.connect(lambda: self.edited.emit(name))
        return tree, model, proxy

    def state(self) -> dict[str, Any]:
        return {key: model.checked_codes() for key, (_k, model, _f) in self.lists.items()}

    def set_state(self, state: dict[str, Any]) -> None:
        for key, (_kind, model, _field) in self.lists.items():
            if key in state:
                model.set_checked(state[key])
        self.refresh()

    def load(self, detail: MissionDetail | None, data: MissionInput | None) -> None:
        links = detail.links if detail else (data.links if data else None) or {}
        for _key, (kind, model, _field) in self.lists.items():
            model.set_checked(frozenset(links.get(kind, [])))
        self.refresh()

    def codes(self) -> dict[str, frozenset[str]]:
        """Kind -> the codes ticked now."""
        return {kind: model.checked_codes() for kind, model, _f in self.lists.values()}

    def targets(self) -> dict[str, tuple[QWidget, ErrorLabel]]:
        views = {"tfaTree": (self.tfa_tree, self.tfa_error),
                 "arushaList": (self.arusha_list, self.arusha_error),
                 "geoatList": (self.geoat_list, self.geoat_error)}
        found: dict[str, tuple[QWidget, ErrorLabel]] = dict(views)
        for key, (_kind, _model, field_name) in self.lists.items():
            found[field_name] = views[key]
        found["links"] = views["tfaTree"]
        return found

    def refresh(self) -> None:
        for box, title, model in (
            (self.tfa_box, _tr("WTO Trade Facilitation Agreement — articles"), self.tfa_model),
            (self.arusha_box, _tr("Revised Arusha Declaration — factors"), self.arusha_model),
            (self.geoat_box, _tr("GEOAT principles"), self.geoat_model),
        ):
            n = len(model.checked_codes())
            box.setTitle(title if not n else _tr("{title} ({n} chosen)").format(
                title=title, n=n))

    def _on_tfa_filter_changed(self, text: str) -> None:
        self.tfa_proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tfa_tree.expandAll()
