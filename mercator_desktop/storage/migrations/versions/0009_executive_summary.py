"""A mission's executive summary: the key conclusions the expert writes for the report.

Revision ID: 0009_executive_summary
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_executive_summary"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: recreating the table (batch mode) would trip the foreign keys.
    op.add_column("missions", sa.Column("executive_summary", sa.Text(), nullable=False,
                                        server_default=""))


def downgrade() -> None:
    op.drop_column("missions", "executive_summary")
