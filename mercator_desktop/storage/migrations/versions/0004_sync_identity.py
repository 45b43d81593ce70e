"""Sync that survives copies and restores: the highest sequence number seen from each HQ
epoch, the records to send again after HQ lost them, and missions archived after their
person was taken off the team.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_cursors", schema=None) as batch_op:
        batch_op.add_column(sa.Column("known_seq", sa.BigInteger(), nullable=False,
                                      server_default="0"))
    op.create_table(
        "sync_resend",
        sa.Column("record_type", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id", name=op.f("pk_sync_resend")),
    )
    op.create_table(
        "archived_missions",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("mission_id", name=op.f("pk_archived_missions")),
    )


def downgrade() -> None:
    op.drop_table("archived_missions")
    op.drop_table("sync_resend")
    with op.batch_alter_table("sync_cursors", schema=None) as batch_op:
        batch_op.drop_column("known_seq")
