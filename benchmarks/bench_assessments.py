"""The filling screen: opening a 200-question assessment, switching sections, saving one answer.

Method: a private copy of the dataset (so the history and evidence tables are full-size) gets
a 200-question template, ``bench200`` (the GEOAT's sections copied until there are 200
questions, written to the data folder's ``checklists/``), and one assessment of it on a
mission of the dataset with every question answered through ``AssessmentService``.

- *open*: ``AssessmentWindow(services_for(store), id)``, ``show()`` and one
  ``processEvents()``: the snapshot is read, the section tree, header and the question cards
  that fill the first frame are built, laid out and painted (the window builds the rest of
  the section's cards after that frame, when the event loop is idle; the window is closed
  and deleted untimed);
- *open, whole first section*: the same, then the event loop run until every card of the
  first section is built — what the open costs in all, against the same bare window;
- *switch section*: ``show_section(top)`` + ``processEvents()`` for each top section in
  turn, each switch one sample;
- *save one answer*: ``AssessmentService.set_answer`` on a rated question (one transaction:
  the answer, its history row, the assessment's stamps), 200 saves per run; the figures are
  the median over the runs of each run's p50 and p99.

Baselines, alternating with the app call by call:

- open / switch: a bare PySide6 ``QMainWindow`` with a ``QTreeWidget`` of the same sections
  and a ``QScrollArea`` of one plain ``QFrame`` per question of the shown section (a
  word-wrapped ``QLabel``, one checkable ``QPushButton`` per answer choice or a
  ``QLineEdit``, a ``QPlainTextEdit`` note and two buttons, as the app's card has); opening
  also reads the assessment's answers with ``sqlite3``;
- save: ``sqlite3`` on the same database file with the app's pragmas (WAL, foreign keys,
  ``synchronous=FULL``): one transaction updating the answer row and inserting its history
  row.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .harness import Bench, percentile, qt_app

QUESTIONS = 200
TEMPLATE_ID = "bench200"
OPEN = "assessment (200 questions): open the window"
OPEN_WHOLE = "assessment (200 questions): open, every card of the first section built"
BARE_OPEN = "bare Qt: window with the same section's widgets + sqlite3 read"
SWITCH = "assessment: switch section"
BARE_SWITCH = "bare Qt: rebuild the same section's widgets"
SAVE_P50 = "answer save, p50"
SAVE_P99 = "answer save, p99"
BARE_SAVE_P50 = "bare sqlite3: answer update + history row, p50"
BARE_SAVE_P99 = "bare sqlite3: answer update + history row, p99"


# --- the 200-question template ---------------------------------------------------------------


def _trim(section: dict[str, Any], keep: int) -> int:
    """Keep the first ``keep`` questions of ``section`` (depth first); returns how many."""
    if "questions" in section:
        section["questions"] = section["questions"][:keep]
    kept = len(section.get("questions", []))
    subsections = []
    for sub in section.get("sections", []):
        if kept >= keep:
            break
        kept += _trim(sub, keep - kept)
        subsections.append(sub)
    if "sections" in section:
        section["sections"] = subsections
    return kept


def write_template(folder: Path, questions: int = QUESTIONS) -> None:
    from mercator_desktop.checklists.loader import shipped_dir

    data = json.loads((shipped_dir() / "geoat-2023.1.json").read_text(encoding="utf-8"))
    # "profile" is left out: its skip rule names its own question ids.
    sources = [s for s in data["sections"] if s["id"] != "profile"]
    data["id"], data["version"] = TEMPLATE_ID, "1"
    sections: list[dict[str, Any]] = []
    total = copy_no = 0
    while total < questions:
        for source in sources:
            if total >= questions:
                break
            copy = json.loads(json.dumps(source).replace('"id": "', f'"id": "x{copy_no}'))
            copy["label"] = f"{source.get('label', 'S')}{copy_no}"
            total += _trim(copy, questions - total)
            sections.append(copy)
        copy_no += 1
    data["sections"] = sections
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{TEMPLATE_ID}.json").write_text(json.dumps(data), encoding="utf-8")


# --- the bare baselines ----------------------------------------------------------------------


class BareAssessment:
    """PySide6 only: the same tree and the same number of question widgets."""

    def __init__(self, database: Path, assessment_id: str, template: Any) -> None:
        from PySide6.QtWidgets import QMainWindow, QScrollArea, QSplitter, QTreeWidget

        from mercator_desktop.checklists.model import text_in

        connection = sqlite3.connect(database)
        try:
            self.answers = {q: (v, n) for q, v, n in connection.execute(
                "SELECT question_id, value, note FROM answers WHERE assessment_id = ? "
                "AND deleted = 0", (assessment_id,))}
        finally:
            connection.close()
        self.template = template
        self.text_in = text_in
        self.window = QMainWindow()
        self.window.resize(1180, 780)
        splitter = QSplitter(self.window)
        self.tree = QTreeWidget(splitter)
        self.tree.setHeaderHidden(True)
        self._fill_tree()
        self.scroll = QScrollArea(splitter)
        self.scroll.setWidgetResizable(True)
        self.window.setCentralWidget(splitter)
        self.show_section(template.sections[0])

    def _fill_tree(self) -> None:
        from PySide6.QtWidgets import QTreeWidgetItem

        def add(parent: Any, section: Any) -> None:
            item = QTreeWidgetItem(parent, [f"{section.number} "
                                            f"{self.text_in(section.title, 'en')}"])
            for sub in section.sections:
                add(item, sub)

        for section in self.template.sections:
            add(self.tree, section)
        self.tree.expandAll()

    def show_section(self, top: Any) -> None:
        from PySide6.QtWidgets import (
            QFrame,
            QHBoxLayout,
            QLabel,
            QLineEdit,
            QPlainTextEdit,
            QPushButton,
            QVBoxLayout,
            QWidget,
        )

        container = QWidget()
        layout = QVBoxLayout(container)
        for section in top.walk():
            if section.depth > 0:
                header = QLabel(f"{section.number}  {self.text_in(section.title, 'en')}")
                header.setWordWrap(True)
                layout.addWidget(header)
            for question in section.questions:
                card = QFrame(container)
                card_layout = QVBoxLayout(card)
                label = QLabel(f"{question.number}  {self.text_in(question.text, 'en')}", card)
                label.setWordWrap(True)
                card_layout.addWidget(label)
                row = QHBoxLayout()
                if question.scale is not None:
                    choices = [str(p.value) for p in question.scale.points] + ["N/A"]
                elif question.type == "yes_no_partly":
                    choices = ["yes", "partly", "no"]
                elif question.options:
                    choices = [o.value for o in question.options]
                else:
                    choices = []
                    row.addWidget(QLineEdit(card))
                for text in choices:
                    button = QPushButton(text, card)
                    button.setCheckable(True)
                    row.addWidget(button)
                row.addStretch(1)
                card_layout.addLayout(row)
                note = QPlainTextEdit(card)
                note.setPlainText(str(self.answers.get(question.id, ("", ""))[1] or ""))
                note.setMaximumHeight(48)
                card_layout.addWidget(note)
                buttons = QHBoxLayout()
                buttons.addWidget(QPushButton("Evidence…", card))
                buttons.addWidget(QPushButton("History…", card))
                buttons.addStretch(1)
                card_layout.addLayout(buttons)
                layout.addWidget(card)
        layout.addStretch(1)
        old = self.scroll.takeWidget()
        self.scroll.setWidget(container)
        if old is not None:
            old.deleteLater()


class BareSave:
    """One answer change with sqlite3: the row and its history, in one durable transaction."""

    def __init__(self, database: Path, assessment_id: str) -> None:
        self.connection = sqlite3.connect(database, isolation_level=None)
        for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL"):
            self.connection.execute(f"PRAGMA {pragma}")
        self.assessment_id = assessment_id
        self.ids = dict(self.connection.execute(
            "SELECT question_id, id FROM answers WHERE assessment_id = ?", (assessment_id,)))

    def save(self, question_id: str, value: Any) -> None:
        now = datetime.now(UTC).isoformat(sep=" ")
        c = self.connection
        c.execute("BEGIN IMMEDIATE")
        old = c.execute("SELECT value FROM answers WHERE id = ?",
                        (self.ids[question_id],)).fetchone()[0]
        c.execute("UPDATE answers SET value = ?, not_applicable = 0, updated_at = ?, "
                  "updated_by = 'bench', revision = revision + 1 WHERE id = ?",
                  (json.dumps(value), now, self.ids[question_id]))
        c.execute("INSERT INTO answer_changes (answer_id, changed_at, changed_by, old_value, "
                  "new_value, reason, id, created_at, updated_at, created_by, updated_by, "
                  "revision, synced_revision, deleted, field, old_not_applicable, "
                  "new_not_applicable) VALUES (?, ?, 'bench', ?, ?, '', ?, ?, ?, 'bench', "
                  "'bench', 1, 0, 0, 'value', 0, 0)",
                  (self.ids[question_id], now, old, json.dumps(value), str(uuid.uuid4()),
                   now, now))
        c.execute("COMMIT")

    def close(self) -> None:
        self.connection.close()


# --- the benchmark ---------------------------------------------------------------------------


def _prepare(store: Any) -> tuple[str, Any]:
    from mercator_desktop.services.assessments import AssessmentService

    from .generate import _answer_value

    service = AssessmentService(store)
    with store.engine.connect() as connection:
        mission_id = connection.exec_driver_sql(
            "SELECT id FROM missions WHERE deleted = 0 ORDER BY code LIMIT 1").scalar_one()
    assessment = service.start(mission_id, TEMPLATE_ID, title="Benchmark, 200 questions")
    template = service.template(assessment.template_id, assessment.template_version)
    import random

    rng = random.Random(7)
    for question in template.questions:
        service.set_answer(assessment.id, question.id, _answer_value(rng, question))
        if rng.random() < 0.3:
            service.set_note(assessment.id, question.id, "Seen in the HR files.")
    # Each save moved the resume position to its question: back to the first one, so the
    # window opens on the first section, the one the bare baseline builds.
    service.set_position(assessment.id, template.questions[0].id)
    return assessment.id, template


def run(bench: Bench) -> None:
    from mercator_desktop.services.store import open_store
    from mercator_desktop.ui.assessment_window import AssessmentWindow, services_for

    app = qt_app()
    folder = bench.copy_of_dataset("assessments")
    write_template(folder / "checklists")
    store = open_store(folder, user="bench")
    bare_save = None
    try:
        assessment_id, template = _prepare(store)
        assert len(template.questions) == QUESTIONS
        services = services_for(store)
        database = store.paths.database

        def close(window: Any) -> None:
            window.close()
            window.deleteLater()
            app.processEvents()

        # --- open ------------------------------------------------------------------------
        opened: list[Any] = []

        def app_open() -> None:
            window = AssessmentWindow(services, assessment_id)
            window.show()
            app.processEvents()
            opened.append(window)

        def bare_open() -> None:
            bare = BareAssessment(database, assessment_id, template)
            bare.window.show()
            app.processEvents()
            opened.append(bare.window)

        def close_opened() -> None:
            while opened:
                close(opened.pop())

        first = template.sections[0]
        shown = sum(1 for _ in first.all_questions())
        bench.compare(OPEN, app_open, BARE_OPEN, bare_open, setup=close_opened,
                      baseline_setup=close_opened,
                      note=f"{QUESTIONS} questions in {len(template.sections)} top sections; "
                           f"the first has {shown} question cards, the window builds those "
                           "of the first frame before it")
        close_opened()

        first_ids = [q.id for q in first.all_questions()]

        def app_open_whole() -> None:
            window = AssessmentWindow(services, assessment_id)
            window.show()
            app.processEvents()
            while not all(q in window.cards for q in first_ids):
                app.processEvents()
            opened.append(window)

        bench.compare(OPEN_WHOLE, app_open_whole, BARE_OPEN + " (again)", bare_open,
                      setup=close_opened, baseline_setup=close_opened,
                      note=f"the {shown} cards of the first section all built")
        close_opened()

        # --- switch sections -------------------------------------------------------------
        window = AssessmentWindow(services, assessment_id)
        window.show()
        bare = BareAssessment(database, assessment_id, template)
        bare.window.show()
        app.processEvents()
        mine: list[float] = []
        base: list[float] = []
        tops = list(template.sections)[:4] if bench.quick else list(template.sections)
        warm = 0 if bench.quick else 1
        for run_no in range(bench.runs + warm):  # the first round warms up
            for top in tops[1:] + tops[:1]:
                started = time.perf_counter()
                window.show_section(top.id)
                app.processEvents()
                middle = time.perf_counter()
                bare.show_section(top)
                app.processEvents()
                if run_no >= warm:
                    mine.append(middle - started)
                    base.append(time.perf_counter() - middle)
        bench.record(BARE_SWITCH, base)
        bench.record(SWITCH, mine, baseline=BARE_SWITCH,
                     note=f"every one of the {len(tops)} top sections in turn, each switch "
                          "a sample")
        close(window)
        close(bare.window)

        # --- save one answer -------------------------------------------------------------
        rated = [q for q in template.questions if q.scale is not None]
        saves = 40 if bench.quick else 200
        bare_save = BareSave(database, assessment_id)
        p50: list[float] = []
        p99: list[float] = []
        bare50: list[float] = []
        bare99: list[float] = []
        for run_no in range(bench.runs + warm):
            mine, base = [], []
            for i in range(saves):
                question = rated[i % len(rated)]
                assert question.scale is not None
                value = question.scale.values[(i + run_no) % len(question.scale.values)]
                started = time.perf_counter()
                services.assessments.set_answer(assessment_id, question.id, value)
                middle = time.perf_counter()
                bare_save.save(question.id, value)
                mine.append(middle - started)
                base.append(time.perf_counter() - middle)
            if run_no >= warm:  # the first run warms up
                p50.append(percentile(mine, 0.5))
                p99.append(percentile(mine, 0.99))
                bare50.append(percentile(base, 0.5))
                bare99.append(percentile(base, 0.99))
        note = f"{saves} saves per run on rated questions; each sample is one run's percentile"
        bench.record(BARE_SAVE_P50, bare50)
        bench.record(SAVE_P50, p50, baseline=BARE_SAVE_P50, note=note)
        bench.record(BARE_SAVE_P99, bare99)
        bench.record(SAVE_P99, p99, baseline=BARE_SAVE_P99, note=note)
    finally:
        if bare_save is not None:
            bare_save.close()
        store.close()
