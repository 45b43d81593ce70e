"""The annexes of the mission report, lettered as they come, the same in the PDF and in Word
(``reports.outline``): the answers annex only when an assessment has answers, the history
annex only when one has a history."""

from __future__ import annotations

import io
from dataclasses import replace

from docx import Document

from mercator_desktop.reports import outline
from mercator_desktop.reports.mission_docx import render_mission_docx
from mercator_desktop.reports.mission_pdf import render_mission_report
from mercator_desktop.reports.texts import Texts
from mercator_desktop.services.report_data import mission_report_data

from .test_any_text_renders import pages_of, squeeze


def test_annexes_are_lettered_as_they_come_in_the_pdf_and_in_word(worked):
    store, ids = worked
    data = mission_report_data(store, ids.mission_id)
    t = Texts("en")
    full = outline.annexes(data, t)
    assert [a.kind for a in full] == [outline.ANSWERS, outline.PARTICIPANTS, outline.HISTORY]
    assert full[0].title == "Annex A: Answers to the assessments"
    assert [number for number, _r in full[0].parts] == ["A.1", "A.2"]
    assert full[2].parts[0][0] == "C.1"

    # Without answers nor history: the participants alone, as Annex A, in both formats.
    bare = replace(data, assessments=tuple(replace(r, answers=(), history=None)
                                           for r in data.assessments))
    only = outline.annexes(bare, t)
    assert [(a.kind, a.title) for a in only] == [(outline.PARTICIPANTS,
                                                  "Annex A: Participants")]
    pdf = io.BytesIO()
    render_mission_report(bare, pdf)
    text = "".join(pages_of(pdf.getvalue()))
    assert squeeze("Annex A: Participants") in text and "AnnexB" not in text
    word = io.BytesIO()
    render_mission_docx(bare, word)
    headings = [p.text for p in Document(io.BytesIO(word.getvalue())).paragraphs
                if p.style.name == "Heading 1"]
    assert headings[-1] == "Annex A: Participants"
    assert not any(h.startswith("Annex B") for h in headings)
