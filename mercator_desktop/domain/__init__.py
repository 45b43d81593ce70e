"""Pure domain: vocabulary, value rules and errors. No Qt, no SQLAlchemy, no I/O."""
