"""Search everything (Ctrl+K) over the whole dataset (20,000 missions and 160,000 answers at
scale 1): one query answered, grouped by mission.

Method: ``SearchService.search(query)`` on the dataset's store, for a word found in many
places (``integrity``: titles, answers' notes …, the best 200 hits kept) and for two words of
a note, the last typed only in part (``hr fil``); each timed from the call until the grouped
hits are returned (FTS5 match and ranking, the joins that keep out missions in the trash and
archived ones, the snippets, the grouping).

Baseline: the bare library doing the same match on the same texts: ``sqlite3`` with an FTS5
table of the same tokenizer filled with every text of the app's index (read from it once,
untimed), in a file beside the dataset, queried with the same expression for the same 200
best rows and their snippets, no Python in the loop but the call.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .harness import Bench

QUERIES = (("integrity", "a common word"), ("hr fil", "two words of a note, the last typed "
                                                      "in part"))
BARE_SQL = ("SELECT rowid, snippet(bare, 0, '[', ']', '…', 12) FROM bare WHERE bare MATCH ? "
            "ORDER BY rank LIMIT 200")


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
    from mercator_desktop.services.search import SearchService, match_expression
    from mercator_desktop.services.store import open_store

    store = open_store(bench.dataset(), user="bench")
    bare = None
    try:
        service = SearchService(store)
        bare = _bare_index(bench, store)
        for query, what in QUERIES:
            expression = match_expression(query)
            hits = sum(len(g.hits) for g in service.search(query))
            connection = bare
            bench.compare(
                f"global search: {what} ('{query}', {hits} hits)",
                lambda q=query: service.search(q),
                f"bare sqlite3 FTS5: '{query}', same texts",
                lambda e=expression: connection.execute(BARE_SQL, (e,)).fetchall(),
                runs=bench.runs * 4)
    finally:
        if bare is not None:
            bare.close()
        store.close()
