"""The cost of encryption at rest: the same work on the plain store and on an encrypted copy.

Method: two private copies of the dataset; one is converted to encrypted storage
(``services.protection.protect``: SQLCipher 4 — AES-256 pages with an HMAC-SHA512 each, raw
256-bit key, so no passphrase stretching when a database is opened; both stores keep
SQLite's default page cache; the encrypted one runs on the SQLite inside ``sqlcipher3``, the
plain one on Python's ``sqlite3``). The
key is kept in an in-memory keyring put in place with ``keyring.set_keyring`` for this
process, as the OS keyring keeps it on a laptop. Figures, each encrypted vs plain,
alternating run by run:

- *open the data folder*: ``open_store`` then ``close`` (unlock from the keyring, migration
  check, reference data, identity check, planner statistics) — the store's share of start-up;
- *list all missions*: ``MissionService.list()``, the query behind the mission list (20,000
  missions at scale 1);
- *save one answer*: ``AssessmentService.set_answer`` on a rated question of a generated
  assessment (one write transaction with ``synchronous=FULL``: the answer, its history row,
  the assessment's stamps), 20 saves per sample, the figure per save.

Baseline: the same call on the plain copy of the dataset in the same run (the goal is a ratio
within 1.3). Also recorded, without a baseline: unlocking with the recovery passphrase
(scrypt, n=2^17, r=8) — paid only when the keyring does not hold the key — and converting the
plain copy to encrypted storage once.
"""

from __future__ import annotations

import random
import time
from typing import Any

from .harness import Bench

PASSPHRASE = "benchmark recovery passphrase"
SAVES = 20
OPEN = "encrypted store: open the data folder"
BARE_OPEN = "plain store: open the data folder"
LIST = "encrypted store: list all missions"
BARE_LIST = "plain store: list all missions"
SAVE = "encrypted store: save one answer"
BARE_SAVE = "plain store: save one answer"
UNLOCK = "unlock with the recovery passphrase (scrypt)"
CONVERT = "convert the plain data folder to encrypted storage"


def _memory_keyring() -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        entries: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.entries.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.entries[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.entries.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())


def _saver(store: Any) -> Any:
    from mercator_desktop.services.assessments import AssessmentService

    from .generate import _answer_value

    service = AssessmentService(store)
    with store.engine.connect() as connection:
        assessment_id = connection.exec_driver_sql(
            "SELECT id FROM assessments WHERE deleted = 0 ORDER BY id LIMIT 1").scalar_one()
    template = service.snapshot(assessment_id).template
    questions = [q for q in template.questions if q.type == "scale" and q.visible_if is None]
    rng = random.Random(7)

    def save() -> None:
        for _ in range(SAVES):
            question = rng.choice(questions)
            service.set_answer(assessment_id, question.id, _answer_value(rng, question))
    return save


def run(bench: Bench) -> None:
    from mercator_desktop.paths import DataPaths
    from mercator_desktop.services import protection
    from mercator_desktop.services.missions import MissionService
    from mercator_desktop.services.store import open_store

    _memory_keyring()
    plain = bench.copy_of_dataset("encryption-plain")
    encrypted = bench.copy_of_dataset("encryption-encrypted")
    open_store(plain, user="bench").close()  # both migrated the same way before timing
    started = time.perf_counter()
    protection.protect(DataPaths(encrypted), PASSPHRASE)
    bench.record(CONVERT, [time.perf_counter() - started],
                 note="database exported, checked (integrity, row counts), swapped; once")
    open_store(encrypted, user="bench").close()

    bench.compare(OPEN, lambda: open_store(encrypted, user="bench").close(),
                  BARE_OPEN, lambda: open_store(plain, user="bench").close(),
                  note="key from the keyring; open_store + close",
                  baseline_note="open_store + close of the plain copy")
    unlock = []
    for _ in range(bench.runs_up_to(3)):
        began = time.perf_counter()
        protection.unlock(DataPaths(encrypted), PASSPHRASE)
        unlock.append(time.perf_counter() - began)
    bench.record(UNLOCK, unlock, note="only when the keyring does not hold the key")

    stores = {name: open_store(folder, user="bench")
              for name, folder in (("encrypted", encrypted), ("plain", plain))}
    try:
        count = len(MissionService(stores["plain"]).list())
        bench.compare(LIST, lambda: MissionService(stores["encrypted"]).list(),
                      BARE_LIST, lambda: MissionService(stores["plain"]).list(),
                      note=f"{count} missions", baseline_note=f"{count} missions")
        savers = {name: _saver(store) for name, store in stores.items()}
        figure = bench.compare(SAVE, savers["encrypted"], BARE_SAVE, savers["plain"],
                               note=f"per save, {SAVES} saves per sample",
                               baseline_note=f"per save, {SAVES} saves per sample")
        for name in (SAVE, BARE_SAVE):
            f = bench.figures[name]
            f.samples = [s / SAVES for s in f.samples]
        del figure
    finally:
        for store in stores.values():
            store.close()
