"""Use cases over the store. One session per user action; results are plain dataclasses.

The UI and the command line call these; neither touches SQLAlchemy itself.
"""
