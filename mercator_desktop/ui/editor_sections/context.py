"""The services the mission editor and its sections use, made once per window.

The editor is given one (or makes one from its store) instead of each widget building its
own services. An application-wide context of services can hand its services here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...services.experts import ExpertService
from ...services.missions import MissionService
from ...services.reference import ReferenceCatalog
from ...services.store import Store


@dataclass
class EditorContext:
    store: Store
    missions: MissionService
    experts: ExpertService
    catalog: ReferenceCatalog

    @classmethod
    def for_store(cls, store: Store) -> EditorContext:
        return cls(store, MissionService(store), ExpertService(store),
                   ReferenceCatalog.for_store(store))
