"""The HQ sync service: FastAPI on uvicorn over SQLAlchemy (SQLite or PostgreSQL).

It collects every expert's work, answers each device only with what is theirs, and publishes
reference data and checklist templates in the same stream. It shares ``sync.protocol`` and
``sync.records`` with the client and never imports ``ui``.
"""
