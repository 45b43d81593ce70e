"""A mission's executive summary: the key conclusions the expert writes for the report; found
by the global search like the mission's other texts.

Revision ID: 0009_executive_summary
Revises: 0006_search_index
"""

from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0009_executive_summary"
down_revision = "0006_search_index"
branch_labels = None
depends_on = None

_MISSION_TEXTS = ("code", "title", "objectives", "location", "logistics_notes")


def _search_triggers(fields: tuple[str, ...]) -> None:
    """The missions' search triggers of 0006, made again over ``fields``."""
    search = importlib.import_module(
        "mercator_desktop.storage.migrations.versions.0006_search_index")
    kind, mission, _old = search.SOURCES["missions"]
    search.SOURCES["missions"] = (kind, mission, fields)
    try:
        insert = "INSERT INTO search_entries (kind, record_id, field, mission_id, text) "
        forget = f"DELETE FROM search_entries WHERE record_id = {{row}}.id AND kind = '{kind}';"
        index = insert + search._entries("missions", "new") + ";"
        watched = ", ".join((*fields, "deleted"))
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_missions_{suffix}")
        op.execute("CREATE TRIGGER search_missions_ai AFTER INSERT ON missions BEGIN "
                   f"{forget.format(row='new')} {index} END")
        op.execute(f"CREATE TRIGGER search_missions_au AFTER UPDATE OF {watched} ON missions "
                   f"BEGIN {forget.format(row='old')} {index} END")
        op.execute("CREATE TRIGGER search_missions_ad AFTER DELETE ON missions BEGIN "
                   f"{forget.format(row='old')} END")
    finally:
        search.SOURCES["missions"] = (kind, mission, _old)


def upgrade() -> None:
    # A plain ADD COLUMN: recreating the table (batch mode) would trip the foreign keys and
    # drop the search triggers.
    op.add_column("missions", sa.Column("executive_summary", sa.Text(), nullable=False,
                                        server_default=""))
    _search_triggers((*_MISSION_TEXTS, "executive_summary"))


def downgrade() -> None:
    op.execute("DELETE FROM search_entries WHERE kind = 'mission' "
                "AND field = 'executive_summary'")
    _search_triggers(_MISSION_TEXTS)
    op.drop_column("missions", "executive_summary")
