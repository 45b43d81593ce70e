"""Epochs, sequence ranges, revocations and natural keys; revisions become sequence numbers.

A record's revision is now the sequence number of its last change and each field's revision
the sequence number at which it last changed, so revisions compare across records, devices
and restores. Existing records take their ``seq`` as revision and as the revision of every
field (the conservative choice: a device's base older than that merges by value).

Revision ID: h0002
Revises: h0001
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "h0002"
down_revision = "h0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "epochs",
        sa.Column("service_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("restored_from_seq", sa.BigInteger(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("service_id", name=op.f("pk_epochs")),
        sa.UniqueConstraint("position", name=op.f("uq_epochs_position")),
    )
    op.create_table(
        "seq_ranges",
        sa.Column("start", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("high", sa.BigInteger(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("start", name=op.f("pk_seq_ranges")),
    )
    op.create_table(
        "revocations",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.String(length=36), nullable=False),
        sa.Column("revoked_seq", sa.BigInteger(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "mission_id", name=op.f("pk_revocations")),
    )
    with op.batch_alter_table("applied_changes", schema=None) as batch_op:
        batch_op.alter_column("revision", existing_type=sa.Integer(), type_=sa.BigInteger(),
                              existing_nullable=False)
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.alter_column("revision", existing_type=sa.Integer(), type_=sa.BigInteger(),
                              existing_nullable=False)
        batch_op.add_column(sa.Column("natural_key", sa.String(length=300), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_records_record_type_natural_key"), ["record_type", "natural_key"])

    bind = op.get_bind()
    records = sa.table("records", sa.column("record_type", sa.String),
                       sa.column("id", sa.String), sa.column("seq", sa.BigInteger),
                       sa.column("revision", sa.Integer), sa.column("data", sa.JSON),
                       sa.column("field_revisions", sa.JSON),
                       sa.column("natural_key", sa.String))
    taken: set[str] = set()
    for row in bind.execute(sa.select(records.c.record_type, records.c.id, records.c.seq,
                                      records.c.data, records.c.field_revisions)).all():
        revisions = row.field_revisions
        if isinstance(revisions, str):
            revisions = json.loads(revisions)
        data = json.loads(row.data) if isinstance(row.data, str) else row.data
        values: dict[str, object] = {
            "revision": row.seq,
            "field_revisions": dict.fromkeys(revisions or {}, row.seq)}
        if row.record_type == "missions" and isinstance(data, dict):
            key = str(data.get("code", "")).casefold()
            if key and key not in taken:  # an older HQ let two missions share a code
                taken.add(key)
                values["natural_key"] = key
        bind.execute(records.update().where(records.c.record_type == row.record_type,
                                            records.c.id == row.id).values(**values))
    service = bind.execute(sa.text(
        "SELECT value FROM service_info WHERE key = 'service_id'")).scalar()
    counter = bind.execute(sa.text("SELECT value FROM counters WHERE name = 'seq'")).scalar()
    now = sa.func.now() if bind.dialect.name != "sqlite" else sa.text("CURRENT_TIMESTAMP")
    if service:
        op.execute(sa.table("epochs", sa.column("service_id"), sa.column("position"),
                            sa.column("started_at"), sa.column("restored_from_seq"),
                            sa.column("reason")).insert().values(
            service_id=service, position=1, started_at=now, restored_from_seq=None,
            reason="first"))
    if counter:
        op.execute(sa.table("seq_ranges", sa.column("start"), sa.column("high"),
                            sa.column("opened_at")).insert().values(
            start=1, high=counter, opened_at=now))


def downgrade() -> None:
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_records_record_type_natural_key"), type_="unique")
        batch_op.drop_column("natural_key")
    op.drop_table("revocations")
    op.drop_table("seq_ranges")
    op.drop_table("epochs")
