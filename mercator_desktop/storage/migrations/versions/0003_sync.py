"""Sync client state: the cursor, the confirmed base of each record, the conflict inbox,
the quarantine of refused records, records waiting for their parent, HQ publications; and a
partial index per synced table listing its unsent rows.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

PENDING_INDEXED = (
    "programmes",
    "administrations",
    "experts",
    "accreditations",
    "missions",
    "team_members",
    "agenda_items",
    "counterparts",
    "mission_links",
    "assessments",
    "answers",
    "answer_changes",
    "evidence",
    "findings",
    "recommendations",
    "action_items",
    "action_progress",
    "assessment_events",
)


def upgrade() -> None:
    op.create_table(
        "sync_bases",
        sa.Column("record_type", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("server_revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id", name=op.f("pk_sync_bases")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_type", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("base_value", sa.JSON(), nullable=True),
        sa.Column("mine", sa.JSON(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("server_revision", sa.Integer(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index(
        op.f("ix_sync_conflicts_record_id"), "sync_conflicts", ["record_id"], unique=False
    )

    op.create_table(
        "sync_cursors",
        sa.Column("service_id", sa.String(length=36), nullable=False),
        sa.Column("server_url", sa.String(length=300), nullable=False),
        sa.Column("cursor", sa.Text(), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_state", sa.String(length=20), nullable=False),
        sa.Column("last_message", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("service_id", name=op.f("pk_sync_cursors")),
    )
    op.create_table(
        "sync_publications",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("content", sa.JSON(), nullable=True),
        sa.Column("server_revision", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "name", name=op.f("pk_sync_publications")),
    )
    op.create_table(
        "sync_quarantine",
        sa.Column("record_type", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("reason_code", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id", name=op.f("pk_sync_quarantine")),
    )
    op.create_table(
        "sync_staged",
        sa.Column("record_type", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("server_revision", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id", name=op.f("pk_sync_staged")),
    )
    for table in PENDING_INDEXED:
        op.create_index(
            f"ix_{table}_pending",
            table,
            ["revision"],
            unique=False,
            sqlite_where=sa.text("revision > synced_revision"),
        )


def downgrade() -> None:
    for table in PENDING_INDEXED:
        op.drop_index(f"ix_{table}_pending", table_name=table)
    op.drop_index(op.f("ix_sync_conflicts_record_id"), table_name="sync_conflicts")
    for table in (
        "sync_staged",
        "sync_quarantine",
        "sync_publications",
        "sync_cursors",
        "sync_conflicts",
        "sync_bases",
    ):
        op.drop_table(table)
