"""Search across everything (Ctrl+K): missions (code, title, objectives, location,
logistics notes), agenda items, answers' notes, findings, recommendations and action items.

The index is SQLite's FTS5 (migration ``0006_search_index``), kept in step by triggers, so
it follows every write however it arrives (editor, import, sync pull). Matching ignores case
and accents ("kingston" finds "Kingston", "senegal" finds "Sénégal"); every word typed must
appear, the last one as the start of a word (results while typing). Hits come grouped by
mission, best first; each names the exact place: the record, its field, and for an answer
the assessment and the question. Missions in the trash or archived are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import text

from .store import Store

__all__ = ["MissionHits", "SearchHit", "SearchService", "match_expression"]

#: the most hits one search returns (the best ones)
LIMIT = 200
#: marks around the matched words in a hit's ``snippet``
MARK_START, MARK_END = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)

_QUERY = text(f"""
SELECT e.kind, e.record_id, e.field, e.mission_id, m.code, m.title,
       snippet(search_index, 0, '{MARK_START}', '{MARK_END}', '…', 12) AS snippet,
       a.assessment_id, a.question_id
FROM search_index
JOIN search_entries AS e ON e.id = search_index.rowid
JOIN missions AS m ON m.id = e.mission_id AND m.deleted = 0
LEFT JOIN answers AS a ON e.kind = 'answer' AND a.id = e.record_id
LEFT JOIN assessments AS s ON s.id = a.assessment_id
WHERE search_index MATCH :match
  AND m.id NOT IN (SELECT mission_id FROM archived_missions)
  AND (e.kind <> 'answer' OR s.deleted = 0)
ORDER BY search_index.rank
LIMIT :limit
""")


@dataclass(frozen=True)
class SearchHit:
    """One text that matched. ``kind``: mission, agenda, answer, finding, recommendation or
    action; ``field``: the record's field (e.g. ``location``); ``snippet``: the text around
    the match with the matched words between ``MARK_START`` and ``MARK_END``."""

    kind: str
    record_id: str
    field: str
    mission_id: str
    snippet: str
    assessment_id: str | None = None
    question_id: str | None = None


@dataclass
class MissionHits:
    mission_id: str
    code: str
    title: str
    hits: list[SearchHit] = field(default_factory=list)


def match_expression(query: str) -> str:
    """The FTS5 expression for what was typed: every word, the last one as a prefix; ""
    when nothing searchable was typed. Words are quoted, so nothing typed is FTS syntax."""
    words = _WORD.findall(query)
    if not words:
        return ""
    terms = [f'"{word}"' for word in words]
    terms[-1] += "*"
    return " ".join(terms)


class SearchService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def search(self, query: str, limit: int = LIMIT) -> list[MissionHits]:
        """The hits for ``query`` grouped by mission, the mission of the best hit first."""
        match = match_expression(query)
        if not match:
            return []
        groups: dict[str, MissionHits] = {}
        with self.store.sessions() as session:
            rows = session.execute(_QUERY, {"match": match, "limit": limit}).all()
        for row in rows:
            group = groups.get(row.mission_id)
            if group is None:
                group = groups[row.mission_id] = MissionHits(row.mission_id, row.code,
                                                             row.title)
            group.hits.append(SearchHit(row.kind, row.record_id, row.field, row.mission_id,
                                        row.snippet, row.assessment_id, row.question_id))
        return list(groups.values())
