"""Benchmark of the mission report: a mission with two full instruments (integrity and GEOAT,
about 130 answers with notes, findings and an action plan), rendered to PDF, against a bare
reportlab document with the same number of pages (one page of text each, same embedded
font). Prints the median times and their ratio; with ``--json FILE`` also writes them.

    .venv/bin/python benchmarks/bench_reports.py [--runs 7] [--json benchmarks/results/reports.json]

Speed is measured here, never asserted in a test (design.md section 6).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def build_store(folder: Path):  # type: ignore[no-untyped-def]
    from mercator_desktop.services.assessments import AssessmentService
    from mercator_desktop.services.demo import demo_id, load_demo
    from mercator_desktop.services.findings import load_demo_findings
    from mercator_desktop.services.store import open_store

    store = open_store(folder, user="bench")
    load_demo(store)
    load_demo_findings(store)
    mission_id = demo_id("mission", "JM-2019-INTD-01")
    service = AssessmentService(store)
    rnd = random.Random(7)
    answers = 0
    for template_id in ("integrity", "geoat"):
        assessment = service.start(mission_id, template_id)
        template = service.template(assessment.template_id, assessment.template_version)
        for q in template.questions:
            if q.type != "scale" or q.scale is None:
                continue
            if rnd.random() < 0.06:
                service.set_not_applicable(assessment.id, q.id)
            else:
                service.set_answer(assessment.id, q.id, rnd.choice(q.scale.values))
                if rnd.random() < 0.25:
                    service.set_note(assessment.id, q.id, "Seen in the circular of 12 May; "
                                     "confirmed by the HR director.")
            answers += 1
    return store, mission_id, answers


def bare_document(pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from mercator_desktop.reports.fonts import REGULAR, register_fonts

    register_fonts()
    style = ParagraphStyle("bare", fontName=REGULAR, fontSize=9.5, leading=13)
    story = []
    for n in range(pages):
        story += [Paragraph(f"Page {n + 1}. " + "Lorem ipsum dolor sit amet. " * 40, style),
                  PageBreak()]
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story[:-1])


def median_time(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm-up: imports, font parsing, template cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    from mercator_desktop.reports.mission_pdf import render_mission_report
    from mercator_desktop.services.report_data import export_mission_report, mission_report_data

    with tempfile.TemporaryDirectory() as tmp:
        store, mission_id, answers = build_store(Path(tmp) / "data")
        data = mission_report_data(store, mission_id)
        pages = render_mission_report(data, io.BytesIO())
        read = median_time(lambda: mission_report_data(store, mission_id), args.runs)
        render = median_time(lambda: render_mission_report(data, io.BytesIO()), args.runs)
        export = median_time(lambda: export_mission_report(store, mission_id,
                                                           Path(tmp) / "r.pdf"), args.runs)
        bare = median_time(lambda: bare_document(pages), args.runs)
        store.close()
    result = {
        "answers": data.answer_count, "scale_answers_set": answers, "pages": pages,
        "read_data_s": round(read, 4), "render_s": round(render, 4),
        "export_total_s": round(export, 4), "bare_reportlab_same_pages_s": round(bare, 4),
        "ratio_render_to_bare": round(render / bare, 2),
        "ratio_export_to_bare": round(export / bare, 2), "runs": args.runs,
    }
    for key, value in result.items():
        print(f"{key:30} {value}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
