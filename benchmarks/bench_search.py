"""Search everything (Ctrl+K) over the whole dataset (20,000 missions and 160,000 answers at
scale 1): one query answered, grouped by mission.

Method: ``SearchService.search(query)`` on the dataset's store, for a word found in many
places (``integrity``: titles, answers' notes …) and for two words of a note, the last typed
only in part (``hr fil``); each timed from the call until the grouped hits are returned
(FTS5 match, bm25 over the latest ``WINDOW`` matching texts, the best 200 kept, the joins
that keep out missions in the trash and archived ones, the snippets, the grouping).

Baseline: the bare library doing the same match on the same texts: ``sqlite3`` with an FTS5
table of the same tokenizer filled with every text of the app's index (read from it once,
untimed), in a file beside the dataset, queried with the same expression, the same window
and the same 200 best rows, no Python in the loop but the call. Beside it, untimed against
the app: the plain bare query ranking every match (``ORDER BY rank LIMIT 200``), to show what
the window saves.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from .harness import Bench

QUERIES = (("integrity", "a common word"), ("hr fil", "two words of a note, the last typed "
                                                      "in part"))
BARE_SQL = ("SELECT id FROM (SELECT rowid AS id, bm25(bare) AS score FROM bare "
            "WHERE bare MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY score LIMIT 200")
BARE_RANK_ALL = "SELECT rowid FROM bare WHERE bare MATCH ? ORDER BY rank LIMIT 200"


def _bare_index(bench: Bench, store: Any) -> sqlite3.Connection:
    path = bench.folder("search") / "bare.sqlite"
    path.unlink(missing_ok=True)
    source = sqlite3.connect(store.paths.database)
    rows = source.execute("SELECT id, text FROM search_entries").fetchall()
    source.close()
    bare = sqlite3.connect(path)
    bare.execute("CREATE VIRTUAL TABLE bare USING fts5(text, "
                 "tokenize='unicode61 remove_diacritics 2')")
    bare.executemany("INSERT INTO bare (rowid, text) VALUES (?, ?)", rows)
    bare.commit()
    bench.log(f"  {len(rows)} texts indexed")
    return bare


def run(bench: Bench) -> None:
    from mercator_desktop.services.search import WINDOW, SearchService, match_expression
    from mercator_desktop.services.store import open_store

    store = open_store(bench.dataset(), user="bench")
    bare = None
    try:
        service = SearchService(store)
        bare = _bare_index(bench, store)
        for query, what in QUERIES:
            expression = match_expression(query)
            hits = sum(len(g.hits) for g in service.search(query))
            connection = bare  # one connection for the whole run
            matches = connection.execute("SELECT count(*) FROM bare WHERE bare MATCH ?",
                                         (expression,)).fetchone()[0]
            baseline = f"bare sqlite3 FTS5, same window: '{query}'"
            bench.compare(
                f"global search: {what} ('{query}', {matches} texts match)",
                lambda q=query: service.search(q), baseline,
                lambda e=expression, c=connection: c.execute(BARE_SQL, (e, WINDOW)).fetchall(),
                runs=bench.runs * 4, note=f"{hits} hits shown")
            samples = []
            for _ in range(bench.runs * 4):
                started = time.perf_counter()
                connection.execute(BARE_RANK_ALL, (expression,)).fetchall()
                samples.append(time.perf_counter() - started)
            bench.record(f"bare sqlite3 FTS5 ranking all {matches} matches: '{query}'",
                         samples, baseline=baseline)
    finally:
        if bare is not None:
            bare.close()
        store.close()
