"""The local store: SQLAlchemy 2 models, engine set-up, Alembic migrations and backups."""
