"""The search index behind the global search (Ctrl+K): one row per searchable text of a
mission, its agenda, answers' notes, findings, recommendations and action items
(``search_entries``), indexed by SQLite's FTS5 without accents or case
(``search_index``, external content over ``search_entries``).

Triggers on the source tables keep both in step whichever way a change arrives (editor,
import, sync pull, the command line); the upgrade builds the index for the data already
there. A record in the trash (``deleted``) is not indexed. A later migration that recreates
one of the source tables (batch mode) drops its triggers and must create them again (see
docs/search.md).

Revision ID: 0006_search_index
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006_search_index"
down_revision = "0005"
branch_labels = None
depends_on = None

#: table → (kind, the mission's id as an expression over ``new``, searchable fields)
SOURCES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "missions": ("mission", "{row}.id",
                 ("code", "title", "objectives", "location", "logistics_notes")),
    "agenda_items": ("agenda", "{row}.mission_id", ("activity", "location", "counterparts")),
    "answers": ("answer",
                "(SELECT mission_id FROM assessments WHERE id = {row}.assessment_id)",
                ("note",)),
    "findings": ("finding", "{row}.mission_id", ("text",)),
    "recommendations": ("recommendation", "{row}.mission_id", ("text",)),
    "action_items": ("action", "{row}.mission_id", ("activity", "objective", "indicator")),
}


def _entries(table: str, row: str) -> str:
    """SELECT of the entries of one ``row`` (``new`` in a trigger, the table in a backfill)."""
    kind, mission, fields = SOURCES[table]
    mission_expr = mission.format(row=row)
    return " UNION ALL ".join(
        f"SELECT '{kind}', {row}.id, '{field}', {mission_expr}, {row}.{field} "
        f"FROM (SELECT 1) WHERE {row}.deleted = 0 AND COALESCE({row}.{field}, '') <> ''"
        if row == "new" else
        f"SELECT '{kind}', {row}.id, '{field}', {mission_expr}, {row}.{field} "
        f"FROM {table} AS {row} WHERE {row}.deleted = 0 AND COALESCE({row}.{field}, '') <> ''"
        for field in fields)


def upgrade() -> None:
    op.execute(
        "CREATE TABLE search_entries ("
        " id INTEGER PRIMARY KEY,"
        " kind TEXT NOT NULL,"
        " record_id TEXT NOT NULL,"
        " field TEXT NOT NULL,"
        " mission_id TEXT,"
        " text TEXT NOT NULL)")
    op.execute("CREATE INDEX ix_search_entries_record ON search_entries (record_id)")
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "text, content='search_entries', content_rowid='id',"
        " tokenize='unicode61 remove_diacritics 2')")
    insert = "INSERT INTO search_entries (kind, record_id, field, mission_id, text) "
    for table in SOURCES:
        op.execute(insert + _entries(table, "src"))
    op.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")

    op.execute(
        "CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN "
        "INSERT INTO search_index (rowid, text) VALUES (new.id, new.text); END")
    op.execute(
        "CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN "
        "INSERT INTO search_index (search_index, rowid, text) "
        "VALUES ('delete', old.id, old.text); END")
    for table, (kind, _mission, fields) in SOURCES.items():
        forget = f"DELETE FROM search_entries WHERE record_id = {{row}}.id AND kind = '{kind}';"
        index = insert + _entries(table, "new") + ";"
        watched = ", ".join((*fields, "deleted") + (("assessment_id",)
                                                    if table == "answers" else ()))
        op.execute(f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN "
                   f"{forget.format(row='new')} {index} END")
        op.execute(f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {watched} ON {table} "
                   f"BEGIN {forget.format(row='old')} {index} END")
        op.execute(f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN "
                   f"{forget.format(row='old')} END")


def downgrade() -> None:
    for table in SOURCES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TRIGGER IF EXISTS search_entries_ai")
    op.execute("DROP TRIGGER IF EXISTS search_entries_ad")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP TABLE IF EXISTS search_entries")
