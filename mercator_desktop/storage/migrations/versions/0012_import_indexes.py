"""Two indexes fewer for every team member and link written: a mission's team members and
links were indexed by mission twice, once alone (``ix_team_members_mission_id``,
``ix_mission_links_mission_id``) and once as the first column of their unique constraints
(mission + expert, mission + kind + code), which SQLite uses for the same look-ups. An
import of 20,000 missions writes 80,000 such rows.

Revision ID: 0012_import_indexes
Revises: 0010_issued_reports
"""

from __future__ import annotations

from alembic import op

revision = "0012_import_indexes"
down_revision = "0010_issued_reports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_team_members_mission_id", table_name="team_members")
    op.drop_index("ix_mission_links_mission_id", table_name="mission_links")


def downgrade() -> None:
    op.create_index("ix_mission_links_mission_id", "mission_links", ["mission_id"])
    op.create_index("ix_team_members_mission_id", "team_members", ["mission_id"])
