"""Search across everything (Ctrl+K): missions (code, title, objectives, location,
logistics notes), agenda items, answers' notes, findings, recommendations and action items.

The index is SQLite's FTS5 (migration ``0006_search_index``), kept in step by triggers, so
it follows every write however it arrives (editor, import, sync pull). An import leaves its
new missions to be indexed after it (``storage.bulk_search``): a search first catches up on
them, so it never misses one. Matching ignores case
and accents ("kingston" finds "Kingston", "senegal" finds "Sénégal"); every word typed must
appear, the last one as the start of a word (results while typing). Hits come grouped by
mission, best first; each names the exact place: the record, its field, and for an answer
the assessment and the question. Missions in the trash or archived are left out. A word
found in very many places is ranked among its ``WINDOW`` latest texts (speed first: a
second word typed narrows the search).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import text

from ..storage.bulk_search import backlog, catch_up
from .store import Store

__all__ = ["MissionHits", "SearchHit", "SearchService", "match_expression"]

#: the most hits one search returns (the best ones)
LIMIT = 200
#: marks around the matched words in a hit's ``snippet``
MARK_START, MARK_END = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)

#: how many matching texts, the most recently written first, are ranked: bm25 over every
#: match of a common word costs hundreds of milliseconds at 20,000 missions; over a window it
#: stays within tens (see benchmarks/bench_search.py). Another word typed narrows the match.
WINDOW = 2000

_QUERY = text("""
WITH matched AS (
    SELECT rowid AS id, bm25(search_index) AS score FROM search_index
    WHERE search_index MATCH :match ORDER BY rowid DESC LIMIT :window),
-- the best of them only are joined (twice the hits wanted: room for those left out below)
best AS (SELECT id, score FROM matched ORDER BY score LIMIT 2 * :limit)
SELECT e.kind, e.record_id, e.field, e.mission_id, m.code, m.title, e.text,
       a.assessment_id, a.question_id
FROM best
JOIN search_entries AS e ON e.id = best.id
JOIN missions AS m ON m.id = e.mission_id AND m.deleted = 0
LEFT JOIN answers AS a ON e.kind = 'answer' AND a.id = e.record_id
LEFT JOIN assessments AS s ON s.id = a.assessment_id
WHERE m.id NOT IN (SELECT mission_id FROM archived_missions)
  AND (e.kind <> 'answer' OR s.deleted = 0)
ORDER BY best.score
LIMIT :limit
""")


def fold(text: str) -> str:
    """Lower case without accents, as the index compares."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(c))


def snippet(text: str, words: list[str], width: int = 12) -> str:
    """``text`` around its first matched word (at most ``width`` words), each word that
    matches between ``MARK_START`` and ``MARK_END``; "…" where it was cut."""
    wanted = [fold(w) for w in words]
    tokens = list(_WORD.finditer(text))
    hits = [i for i, t in enumerate(tokens) if any(fold(t.group()).startswith(w)
                                                   for w in wanted)]
    if not tokens:
        return text
    first = hits[0] if hits else 0
    begin = max(0, min(first - width // 3, len(tokens) - width))
    end = min(len(tokens), begin + width)
    start_at = tokens[begin].start() if begin else 0
    end_at = tokens[end - 1].end() if end < len(tokens) else len(text)
    out, at = [], start_at
    for i in (h for h in hits if begin <= h < end):
        out += [text[at:tokens[i].start()], MARK_START, tokens[i].group(), MARK_END]
        at = tokens[i].end()
    out.append(text[at:end_at])
    return ("…" if begin else "") + "".join(out).strip() + ("…" if end < len(tokens) else "")


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
        parameters = {"match": match, "limit": limit, "window": WINDOW}
        with self.store.sessions() as session:
            behind = bool(backlog(session.connection()))
            rows = [] if behind else session.execute(_QUERY, parameters).all()
        if behind:  # missions an import left to index: indexed first, then searched
            self.catch_up()
            with self.store.sessions() as session:
                rows = session.execute(_QUERY, parameters).all()
        words = _WORD.findall(query)
        for row in rows:
            group = groups.get(row.mission_id)
            if group is None:
                group = groups[row.mission_id] = MissionHits(row.mission_id, row.code,
                                                             row.title)
            group.hits.append(SearchHit(row.kind, row.record_id, row.field, row.mission_id,
                                        snippet(row.text, words), row.assessment_id,
                                        row.question_id))
        return list(groups.values())

    def catch_up(self) -> bool:
        """Index what imports left to index (a write; nothing to do most of the time).
        True when there was something."""
        with self.store.session() as session:
            return catch_up(session.connection()) > 0
