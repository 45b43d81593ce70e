"""PySide6 looks at the source of each module imported after it; the lines it read are not
kept (``ui.source_lines``), and its answer is the same."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest

import mercator_desktop.ui  # noqa: F401  (installs the wrapper)

feature = pytest.importorskip("shibokensupport.feature")


def _import_new(folder: Path, name: str, text: str) -> object:
    (folder / f"{name}.py").write_text(text)
    sys.path.insert(0, str(folder))
    try:
        importlib.invalidate_caches()
        scope: dict[str, object] = {}
        exec(f"import {name}", scope)  # an import statement: what PySide6 hooks
        return scope[name]
    finally:
        sys.path.remove(str(folder))
        sys.modules.pop(name, None)


def test_the_source_read_by_pyside_is_not_kept(tmp_path: Path) -> None:
    with_qt = _import_new(tmp_path, "h33_uses_qt",
                          "from PySide6.QtCore import QObject\nVALUE = 1\n" * 200)
    plain = _import_new(tmp_path, "h33_plain", "VALUE = 2\n" * 200)

    assert feature.pyside_feature_dict.get("h33_uses_qt") == 0  # PySide6 saw it uses Qt
    assert feature.pyside_feature_dict.get("h33_plain") == -1
    assert with_qt.__file__ not in linecache.cache  # type: ignore[attr-defined]
    assert plain.__file__ not in linecache.cache  # type: ignore[attr-defined]
    # A traceback still shows the lines: they are read again when needed.
    assert linecache.getline(plain.__file__, 1) == "VALUE = 2\n"  # type: ignore[attr-defined]


def test_installing_twice_wraps_once() -> None:
    from mercator_desktop.ui import source_lines

    assert source_lines.install() is False


def test_the_files_read_before_the_wrapper_are_not_kept() -> None:
    """PySide6 reads the modules imported before it (logging, enum, threading …) when it is
    first imported: a new process keeps none of those files' lines."""
    import subprocess

    script = ("import enum, logging, linecache\n"
              "import mercator_desktop.ui\n"
              "print(sorted(name for name, entry in linecache.cache.items()"
              " if len(entry) == 4))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, timeout=120)
    assert result.stdout.strip() == "[]"
