"""The device that made each record's current version, so its pulls leave it out.

Existing records have no origin: every device still receives them once more.

Revision ID: h0003
Revises: h0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "h0003"
down_revision = "h0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.add_column(sa.Column("origin", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.drop_column("origin")
