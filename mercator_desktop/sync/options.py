"""How a sync runs: batch sizes, retries, the mass-deletion guard and the deadlines (the
client's ``SyncOptions``; apart so that naming them does not load the client)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class SyncOptions:
    push_batch: int = 1000
    pull_limit: int = 2000
    attempts: int = 5
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    #: refuse to apply deletions of more than this share of the live local records …
    mass_delete_share: float = 0.25
    #: … when they are more than this many
    mass_delete_min: int = 20
    allow_mass_delete: bool = False
    #: seconds one exchange with HQ may take, and the whole sync (backoff waits included)
    request_deadline: float = 120.0
    sync_deadline: float = 1800.0
