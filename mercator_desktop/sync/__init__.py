"""Sync with headquarters: the protocol models shared with the HQ service, the client
(outbox, push, pull, conflicts), the HTTP transport and the credential store.

Nothing here imports PySide6; the UI reaches sync only through ``services.sync``.
"""
