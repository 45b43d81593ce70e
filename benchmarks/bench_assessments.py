"""Times what must feel instant on the filling screen: saving one answer, reading a whole
assessment (the GEOAT, ~80 questions, and a 200-question template), and showing a section.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_assessments.py``
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def percentiles(samples: list[float]) -> str:
    samples = sorted(samples)
    p = lambda q: samples[min(len(samples) - 1, int(q * len(samples)))] * 1000  # noqa: E731
    return f"p50 {p(0.5):.2f} ms  p99 {p(0.99):.2f} ms  max {samples[-1] * 1000:.2f} ms"


def big_template(folder: Path) -> None:
    from mercator_desktop.checklists.loader import shipped_dir

    data = json.loads((shipped_dir() / "geoat-2023.1.json").read_text(encoding="utf-8"))
    data["id"], sections = "geoat_big", []
    for copy_no in range(3):
        for section in data["sections"]:
            if section["id"] == "profile":  # its skip rule names its own ids
                continue
            s = json.loads(json.dumps(section).replace('"id": "', f'"id": "x{copy_no}'))
            s["label"] = f"{section.get('label', 'S')}{copy_no}"
            sections.append(s)
    data["sections"] = sections
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "geoat_big.json").write_text(json.dumps(data), encoding="utf-8")


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from mercator_desktop.checklists.loader import load_library, shipped_dir
    from mercator_desktop.services.assessments import AssessmentService
    from mercator_desktop.services.demo import load_demo
    from mercator_desktop.services.missions import MissionService
    from mercator_desktop.services.store import open_store
    from mercator_desktop.ui.assessment_window import AssessmentServices, AssessmentWindow

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    big_template(folder / "extra")
    store = open_store(folder / "data", user="bench")
    load_demo(store)
    library = load_library([shipped_dir(), folder / "extra"])
    service = AssessmentService(store, library)
    mission = MissionService(store).list()[0]
    for template_id in ("geoat", "geoat_big"):
        aid = service.start(mission.id, template_id).id
        questions = [q for q in service.snapshot(aid).template.questions if q.type == "scale"]
        saves = []
        for i in range(300):
            q = questions[i % len(questions)]
            t = time.perf_counter()
            service.set_answer(aid, q.id, (i % 5) + 1 if q.scale.minimum else i % 6)
            saves.append(time.perf_counter() - t)
        print(f"{template_id}: {len(questions)} rated questions")
        print(f"  save one answer        {percentiles(saves)}")
        reads = []
        for _ in range(30):
            t = time.perf_counter()
            service.snapshot(aid)
            reads.append(time.perf_counter() - t)
        print(f"  read the assessment    {percentiles(reads)}")
        t = time.perf_counter()
        window = AssessmentWindow(AssessmentServices(service, None), aid)  # type: ignore[arg-type]
        window.show()
        app.processEvents()
        print(f"  open the window        {(time.perf_counter() - t) * 1000:.1f} ms")
        moves = []
        for top in window.top_sections * 2:
            t = time.perf_counter()
            window.show_section(top.id)
            app.processEvents()
            moves.append(time.perf_counter() - t)
        print(f"  move between sections  {percentiles(moves)}")
        window.close()
    store.close()


if __name__ == "__main__":
    main()
