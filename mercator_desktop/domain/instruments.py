"""Which checklist fits a mission: the instrument a new assessment is offered first.

By the mission's type first (a GEOAT assessment takes the GEOAT; the integrity missions the
integrity self-assessment of the Revised Arusha Declaration), else by its topics in the
order given; nothing when neither says (the first checklist of the list is offered then).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

#: mission type code → checklist template id
TEMPLATE_FOR_TYPE = {
    "geoat_assessment": "geoat",
    "integrity_assessment": "integrity",
    "integrity_self_assessment": "integrity",
    "integrity_diagnostic": "integrity",
}
#: topic code → checklist template id
TEMPLATE_FOR_TOPIC = {
    "gender_diversity": "geoat",
    "integrity": "integrity",
}


def fitting_template(type_code: str, topics: Sequence[str],
                     available: Iterable[str]) -> str | None:
    """The id of the checklist that fits a mission of ``type_code`` on ``topics``, among the
    ``available`` template ids; None when nothing fits."""
    installed = set(available)
    candidates = [TEMPLATE_FOR_TYPE.get(type_code)] + [TEMPLATE_FOR_TOPIC.get(t) for t in topics]
    return next((c for c in candidates if c is not None and c in installed), None)
