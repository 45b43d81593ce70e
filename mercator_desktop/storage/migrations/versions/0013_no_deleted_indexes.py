"""One index fewer for every synced row written: each synced table had an index on its
``deleted`` flag (``ix_<table>_deleted``). Almost every row has the same value there, so no
query is helped by it (the trash, the only reader of deleted rows, lists a few), while every
insert paid for it — one more page written per answer-history row, per answer, per mission
imported; in an encrypted folder, one more page encrypted and authenticated.

Revision ID: 0013_no_deleted_indexes
Revises: 0012_import_indexes
"""

from __future__ import annotations

from alembic import op

revision = "0013_no_deleted_indexes"
down_revision = "0012_import_indexes"
branch_labels = None
depends_on = None

TABLES = (
    "programmes", "administrations", "experts", "missions", "accreditations", "agenda_items",
    "assessments", "counterparts", "mission_links", "team_members", "answers", "findings",
    "evidence", "recommendations", "action_items", "action_progress", "assessment_events",
    "answer_changes", "issued_reports",
)


def upgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_deleted")


def downgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_deleted", table, ["deleted"])
