"""Every window opens within the screen's available area, placed over its parent, with its
status line and Save row visible — on a 1366×768 laptop, and on the same laptop at 150 %
scaling (``QT_SCALE_FACTOR=1.5``: 911×512 pixels for Qt). Each screen runs in its own
process (``screen_fit_probe.py``) on the offscreen platform configured with that screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO, _copy_database

PROBE = Path(__file__).with_name("screen_fit_probe.py")


def inside(rect: list[int], area: list[int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah


def probe(tmp_path: Path, demo_template: Path, scale: str) -> dict:  # type: ignore[type-arg]
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    data = tmp_path / "data"
    _copy_database(demo_template, data)
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=scale, PYTHONPATH=str(REPO))
    result = subprocess.run([sys.executable, str(PROBE), str(data), "-"], capture_output=True,
                            text=True, env=env, cwd=REPO, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("scale", ["1", "1.5"], ids=["1366x768", "1366x768-at-150%"])
def test_every_window_fits_the_available_screen(tmp_path, _demo_template_dir, scale) -> None:  # type: ignore[no-untyped-def]
    report = probe(tmp_path, _demo_template_dir, scale)
    area = report["available"]
    assert area[2:] == ([1366, 768] if scale == "1" else [911, 512])
    problems = []
    for name, window in report["windows"].items():
        frame = window["frame"]
        if not inside(frame, area):
            problems.append(f"{name} {frame} is not inside the screen {area}")
        for part, where in window["parts"].items():
            if not (inside(where, area) and inside(where, frame)):
                problems.append(f"{name}: its {part} {where} is not visible")
        # Placed over its parent, not stuck at the left edge when there is room beside it.
        if window["parent"] is not None and frame[2] + 40 < area[2]:
            parent = window["parent"]
            centre, parent_centre = frame[0] + frame[2] / 2, parent[0] + parent[2] / 2
            # at the edge only where centring over the parent would (nearly) cross it: the
            # app keeps room for a window manager's frame it cannot know before showing
            if frame[0] <= area[0] and parent_centre - frame[2] / 2 > area[0] + 10:
                problems.append(f"{name} {frame} sticks to the left edge")
            room = (area[0] + area[2]) - (frame[0] + frame[2])
            if abs(centre - parent_centre) > 20 and room > 20 and frame[0] > area[0] + 20:
                problems.append(f"{name} {frame} is not centred over its parent {parent}")
    assert not problems, "\n".join(problems)
    main = report["windows"]["main"]["frame"]
    assert main[2] >= 0.6 * area[2] and main[3] >= 0.6 * area[3]  # proportional to the screen
    assert report["windows"]["assessment"]["parts"]["key help"][3] > 0
    # The mission's long title ends in "…" in the editor's heading, on one line.
    assert report["editor heading shown"].endswith("…")
