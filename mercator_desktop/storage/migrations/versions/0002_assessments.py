"""Assessments: the lifecycle event log, what changed in an answer-history entry (value or
note, with the N/A flag beside the value), and the original size of a shrunk photo.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assessment_events",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("synced_revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_assessment_events_assessment_id_assessments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_events")),
    )
    with op.batch_alter_table("assessment_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_events_assessment_id"), ["assessment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assessment_events_deleted"), ["deleted"], unique=False)

    # Existing history rows were value changes without N/A: the server defaults fill them in,
    # then go again so the schema matches the models (which set defaults in Python).
    with op.batch_alter_table("answer_changes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("field", sa.String(length=20), nullable=False,
                                      server_default="value"))
        batch_op.add_column(sa.Column("old_not_applicable", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("new_not_applicable", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table("answer_changes", schema=None) as batch_op:
        batch_op.alter_column("field", server_default=None)
        batch_op.alter_column("old_not_applicable", server_default=None)
        batch_op.alter_column("new_not_applicable", server_default=None)

    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.add_column(sa.Column("original_size", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_column("original_size")

    with op.batch_alter_table("answer_changes", schema=None) as batch_op:
        batch_op.drop_column("new_not_applicable")
        batch_op.drop_column("old_not_applicable")
        batch_op.drop_column("field")

    with op.batch_alter_table("assessment_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_events_deleted"))
        batch_op.drop_index(batch_op.f("ix_assessment_events_assessment_id"))

    op.drop_table("assessment_events")
