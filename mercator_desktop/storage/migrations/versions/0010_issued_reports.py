"""Issued reports: the register of the mission reports issued (version, status, language,
date of issue, who), each naming its PDF kept by SHA-256 in the data folder's file store.

Revision ID: 0010_issued_reports
Revises: 0009_executive_summary
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_issued_reports"
down_revision = "0009_executive_summary"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_reports",
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("issued_by", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("synced_revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["missions.id"],
                                name=op.f("fk_issued_reports_mission_id_missions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_reports")),
    )
    with op.batch_alter_table("issued_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_issued_reports_mission_id"), ["mission_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_issued_reports_deleted"), ["deleted"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_issued_reports_sha256"), ["sha256"],
                              unique=False)
    op.create_index("ix_issued_reports_pending", "issued_reports", ["revision"], unique=False,
                    sqlite_where=sa.text("revision > synced_revision"))


def downgrade() -> None:
    op.drop_index("ix_issued_reports_pending", table_name="issued_reports")
    op.drop_table("issued_reports")
