"""The pages of question cards of the filling screen (``AssessmentWindow``), and how they
are built: one scroll area of cards per top section, in a stack; the cards that fill the
first frame at once, the rest in small batches when the event loop is idle (the shown page
first, then the pages ahead), and any card asked for before that on the spot, with every
card before it.

A mixin of the window, kept apart for size: it reads the window's template, answers and
colours, and wires each card to the window's handlers.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QStyle, QVBoxLayout, QWidget

from ..checklists.model import Question, Section, Template, text_in
from ..services.assessments import AnswerView
from .assessment_card import (
    CardColours,
    QuestionCard,
    SectionHeading,
    least_card_height,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMainWindow, QTreeView

    from .panel_label import PanelLabel

    _Window = QMainWindow
else:
    _Window = object

PREFETCH_PAUSE_MS = 120  # before building a page not shown, and between its batches
BATCH = 3  # cards built per step when the event loop is idle


class CardPages(_Window):
    """The page-building half of ``AssessmentWindow`` (see the module's docstring)."""

    # Of the window (declared for the type checker).
    template: Template
    lang: str
    answers: dict[str, AnswerView]
    card_colours: CardColours
    cards: dict[str, QuestionCard]
    headers: dict[str, SectionHeading]
    top_sections: list[Section]
    current_top: str | None
    page_stack: QStackedWidget
    section_tree: QTreeView
    title_label: QLabel
    subtitle_label: QLabel
    provenance_label: QLabel
    banner: PanelLabel
    section_title: QLabel
    section_intro: QLabel
    scale_legend: PanelLabel
    _pages: dict[str, QScrollArea]
    _page_cards: dict[str, list[QuestionCard]]
    _page_rest: dict[str, deque[tuple[Section, Question | None]]]
    _prefetch_timer: QTimer

    if TYPE_CHECKING:  # the window's, which the cards are wired to
        assessment: Any

        def _visibility(self) -> dict[str, bool]: ...
        def _on_card_answer_chosen(self, question_id: str, value: Any) -> None: ...
        def _on_card_na_chosen(self, question_id: str) -> None: ...
        def _on_card_cleared(self, question_id: str) -> None: ...
        def _on_card_note_edited(self, question_id: str, note: str) -> None: ...
        def _on_card_activated(self, question_id: str) -> None: ...
        def _open_evidence(self, question_id: str | None) -> None: ...
        def _open_history(self, question_id: str | None) -> None: ...
        def handle_key(self, event: Any) -> bool: ...

    def _new_scroll(self) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setObjectName("questionScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return scroll

    def _prefetch(self) -> None:
        """Build what is not built yet, one small batch per pass of the event loop: the
        rest of the shown page first (at once), then the pages not shown, one batch per
        pause of the expert (the next section first, then the one before, then the rest in
        order): moving between sections then only switches pages. A batch takes a few
        milliseconds, so a key pressed meanwhile waits no longer than a frame."""
        ids = [s.id for s in self.top_sections]
        if self.current_top not in ids or not self.isVisible():
            return
        if self._page_rest.get(self.current_top):
            self._build_more(self.current_top, count=BATCH)
            self._prefetch_timer.start(0)
            return
        at = ids.index(self.current_top)
        order = [at + 1, at - 1, *range(len(ids))]
        for index in order:
            if not 0 <= index < len(ids):
                continue
            top_id = ids[index]
            if top_id not in self._pages:
                self._build_page(top_id)
            elif self._page_rest.get(top_id):
                self._build_more(top_id, count=BATCH)
            else:
                continue
            self._prefetch_timer.start(PREFETCH_PAUSE_MS)
            return

    def _drop_pages(self) -> None:
        """Forget every built page (the template, language or lock changed)."""
        self._prefetch_timer.stop()
        for scroll in self._pages.values():
            self.page_stack.removeWidget(scroll)
            scroll.deleteLater()
        self._pages, self._page_cards, self._page_rest = {}, {}, {}
        self.cards, self.headers = {}, {}
        self.current_top = None

    def _first_frame_height(self) -> int:
        """How tall the page can be on the first frame, at most: the window's height less
        what the parts above and below it take at least — a line for the toolbar and the
        status bar, each title on as few lines as its words can take, the spacing."""
        spacing = max(0, self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing))
        taken = 2 * self.fontMetrics().lineSpacing() + 12  # toolbar, status bar, margins
        for label, width in ((self.title_label, 0), (self.subtitle_label, 0),
                             (self.provenance_label, self.width()),
                             (self.banner, self.width()), (self.section_title, 0),
                             (self.section_intro, self._page_width()),
                             (self.scale_legend, 0)):
            text = label.text()
            if not text:  # an empty one is hidden
                continue
            metrics = label.fontMetrics()
            lines = -(-metrics.horizontalAdvance(text) // width) if width > 0 else 1
            taken += lines * metrics.lineSpacing() + spacing
        return self.height() - taken

    def _page_width(self) -> int:
        """How wide a card can be, at most: the window less the section tree."""
        return self.width() - self.section_tree.minimumWidth()

    def _build_page(self, top_id: str, until: str | None = None) -> QScrollArea:
        """The page of a top section, made now if it never was: with the cards that fill
        the first frame (from the top, or from ``until`` — a question or key element — on)
        and every one before them; the rest when the event loop is idle."""
        cached = self._pages.get(top_id)
        if cached is not None:
            if until is not None:
                self._build_more(top_id, until=until)
            return cached
        top = self.template.section(top_id)
        assert top is not None
        scroll = self._new_scroll()
        self.page_stack.addWidget(scroll)
        container = QWidget()
        container.setObjectName("cardContainer")
        scroll.setWidget(container)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 4, 12, 12)
        layout.setSpacing(10)
        layout.addStretch(1)
        self._pages[top_id] = scroll
        self._page_cards[top_id] = []
        rest: deque[tuple[Section, Question | None]] = deque()
        for section in top.walk():
            if section.depth > 0:
                rest.append((section, None))
            rest.extend((section, question) for question in section.questions)
        self._page_rest[top_id] = rest
        self._build_more(top_id, until=until, height=self._first_frame_height())
        return scroll

    def _build_more(self, top_id: str, *, until: str | None = None, height: int = 0,
                    count: int | None = None) -> None:
        """Build more of a page, in order: up to ``until`` (a question or key element id)
        and then ``height`` pixels of cards at least, or ``count`` cards, or (neither
        given) the whole page."""
        rest = self._page_rest.get(top_id)
        if not rest:
            return
        whole = until is None and not height and count is None
        if until is not None and not any(until == (q.id if q else s.id) for s, q in rest):
            until = None  # built already, or not on this page
        container = self._pages[top_id].widget()
        assert container is not None
        layout = container.layout()
        assert isinstance(layout, QVBoxLayout)
        visible = self._visibility()
        locked = self.assessment.locked
        shown = container.isVisible()
        metrics, width = self.fontMetrics(), self._page_width()
        filled = built = 0
        while rest:
            if not whole and until is None and (
                    (count is not None and built >= count) or (count is None
                                                              and filled >= height)):
                break
            section, question = rest.popleft()
            at = layout.count() - 1  # before the closing stretch
            if question is None:
                header = SectionHeading(
                    f"{section.number}  {text_in(section.title, self.lang)}",
                    self.card_colours, container)
                layout.insertWidget(at, header)
                self.headers[section.id] = header
                if shown:
                    header.show()
                if until == section.id:
                    until = None
                continue
            card = QuestionCard(question, self.lang, container, self.card_colours)
            card.set_answer(self.answers.get(question.id) or AnswerView(question.id))
            card.set_locked(locked)
            if not visible.get(question.id, True):
                card.setVisible(False)
            elif shown:
                card.show()
            card.answer_chosen.connect(self._on_card_answer_chosen)
            card.na_chosen.connect(self._on_card_na_chosen)
            card.cleared.connect(self._on_card_cleared)
            card.note_edited.connect(self._on_card_note_edited)
            card.activated.connect(self._on_card_activated)
            card.evidence_requested.connect(self._open_evidence)
            card.history_requested.connect(self._open_history)
            card.set_key_handler(self.handle_key)
            layout.insertWidget(at, card)
            self.cards[question.id] = card
            self._page_cards[top_id].append(card)
            built += 1
            if until == question.id:
                until = None
            elif until is None and visible.get(question.id, True):
                filled += least_card_height(question, card.answer, self.lang, metrics,
                                            width) + layout.spacing()

    def _build_after(self, card: QuestionCard) -> None:
        """A card near the end of what its page has built became current (Down, Tab):
        the cards after it are built now, so the next key finds them."""
        top = self.current_top or ""
        built = self._page_cards.get(top, [])
        if not self._page_rest.get(top) or card not in built:
            return
        after = built[built.index(card) + 1:]
        if sum(1 for other in after if not other.isHidden()) < 2:
            self._build_more(top, height=self._first_frame_height())
