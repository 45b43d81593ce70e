"""The application context: the services of one open store, made once and shared.

``main_window.load_store`` opens it (``AppContext.open(store, window)``): it shows waits for
the write queue in the window (``ui.write_waiting``). Widgets ask ``AppContext.of(store)``
for the services they need instead of building their own; each service is made on first use
(the checklist library of ``assessments`` is loaded once, not per window). A widget built
with a store outside the main window (a test, a dialog) gets the same shared context.
The mission editor still builds its own services.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from ..services.assessments import AssessmentService
    from ..services.dashboard import DashboardService
    from ..services.evidence import EvidenceService
    from ..services.experts import ExpertService
    from ..services.findings import FindingService
    from ..services.missions import MissionService
    from ..services.search import SearchService
    from ..services.store import Store

_contexts: dict[int, AppContext] = {}


class AppContext:
    """The services of ``store`` (see the module docstring)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def of(cls, store: Store) -> AppContext:
        context = _contexts.get(id(store))
        if context is None or context.store is not store:
            context = _contexts[id(store)] = cls(store)
        return context

    @classmethod
    def open(cls, store: Store, window: QMainWindow) -> AppContext:
        """The context of the store the main window shows (the previous one is dropped)."""
        from . import write_waiting

        _contexts.clear()
        context = cls.of(store)
        write_waiting.install(store, window)
        return context

    @cached_property
    def missions(self) -> MissionService:
        from ..services.missions import MissionService

        return MissionService(self.store)

    @cached_property
    def experts(self) -> ExpertService:
        from ..services.experts import ExpertService

        return ExpertService(self.store)

    @cached_property
    def assessments(self) -> AssessmentService:
        from ..services.assessments import AssessmentService

        return AssessmentService(self.store)

    @cached_property
    def evidence(self) -> EvidenceService:
        from ..services.evidence import EvidenceService

        return EvidenceService(self.store, self.assessments)

    @cached_property
    def findings(self) -> FindingService:
        from ..services.findings import FindingService

        return FindingService(self.store)

    @cached_property
    def dashboard(self) -> DashboardService:
        from ..services.dashboard import DashboardService

        return DashboardService(self.store)

    @cached_property
    def search(self) -> SearchService:
        from ..services.search import SearchService

        return SearchService(self.store)
