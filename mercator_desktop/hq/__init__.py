"""The HQ sync service: FastAPI on uvicorn over SQLAlchemy (SQLite or PostgreSQL).

It collects every expert's work, answers each device only with what is theirs, and publishes
reference data and checklist templates in the same stream. It shares ``sync.protocol`` and
``sync.record_schemas`` with the client, never the app's storage models, and never
imports ``ui``.
"""
