"""State that belongs to this laptop and never travels: records kept local (the
demonstration data) and where the expert stands in each assessment (moved out of the
assessment, so moving through the questions no longer makes a change to send).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "local_only_records",
        sa.Column("record_type", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id", name=op.f("pk_local_only_records")),
    )
    op.create_table(
        "assessment_positions",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("question_id", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("assessment_id", name=op.f("pk_assessment_positions")),
    )
    op.execute(
        "INSERT INTO assessment_positions (assessment_id, question_id, updated_at) "
        "SELECT id, last_question_id, updated_at FROM assessments "
        "WHERE last_question_id <> ''"
    )
    # Native DROP COLUMN (SQLite 3.35+): recreating the table would trip the foreign keys
    # of answers, events and findings that point at it.
    with op.batch_alter_table("assessments", recreate="never") as batch_op:
        batch_op.drop_column("last_question_id")


def downgrade() -> None:
    with op.batch_alter_table("assessments", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("last_question_id", sa.String(length=80),
                                      nullable=False, server_default=""))
    op.execute(
        "UPDATE assessments SET last_question_id = COALESCE((SELECT question_id FROM "
        "assessment_positions WHERE assessment_id = assessments.id), '')"
    )
    op.drop_table("assessment_positions")
    op.drop_table("local_only_records")
