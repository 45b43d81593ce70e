"""The layering rule (stated in ``mercator_desktop/ui/__init__.py``), checked by walking
every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "mercator_desktop"
QT_FREE = ("domain", "storage", "services", "reports", "sync", "hq", "checklists")
UI_FORBIDDEN = ("sqlalchemy", "alembic", "keyring", "reportlab", "httpx",
                "mercator_desktop.storage")
DOMAIN_FORBIDDEN = ("sqlalchemy", "alembic", "PySide6", "mercator_desktop.storage",
                    "mercator_desktop.services", "mercator_desktop.ui")


def imports_of(path: Path, package_dir: Path = PACKAGE) -> list[str]:
    """Absolute names of every module ``path`` imports (relative imports resolved)."""
    module = ".".join(path.relative_to(package_dir.parent).with_suffix("").parts)
    package = module.rsplit(".", 1)[0] if path.name != "__init__.py" else module[:-9]
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names.append(target)
            names += [f"{target}.{alias.name}" for alias in node.names]
    return names


def modules_in(*layers: str) -> list[Path]:
    found = []
    for layer in layers:
        folder = PACKAGE / layer
        if folder.is_dir():
            found += sorted(folder.rglob("*.py"))
    return found


def violations(paths: list[Path], forbidden: tuple[str, ...],
               package_dir: Path = PACKAGE) -> list[str]:
    bad = []
    for path in paths:
        for name in imports_of(path, package_dir):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                bad.append(f"{path.relative_to(package_dir.parent)} imports {name}")
    return bad


def test_core_layers_import_no_qt():
    assert violations(modules_in(*QT_FREE), ("PySide6", "mercator_desktop.ui")) == []


def test_ui_imports_only_services_and_domain():
    ui = modules_in("ui") + [p for p in (PACKAGE / "app.py",) if p.exists()]
    assert ui, "the ui package exists"
    assert violations(ui, UI_FORBIDDEN) == []


def test_domain_is_pure():
    assert violations(modules_in("domain"), DOMAIN_FORBIDDEN) == []


def test_hq_never_imports_ui():
    assert violations(modules_in("hq"), ("mercator_desktop.ui", "PySide6")) == []


def test_the_rule_is_written_in_the_ui_docstring():
    doc = ast.get_docstring(ast.parse((PACKAGE / "ui" / "__init__.py").read_text()))
    assert doc and "sqlalchemy" in doc.lower() and "pyside6" in doc.lower()


@pytest.mark.parametrize(("source", "forbidden", "caught"), [
    ("import sqlalchemy\n", ("sqlalchemy",), True),
    ("from ..storage import models\n", ("mercator_desktop.storage",), True),
    ("from .. import storage\n", ("mercator_desktop.storage",), True),
    ("def f():\n    from sqlalchemy.orm import Session\n", ("sqlalchemy",), True),
    ("from ..services import missions\n", ("mercator_desktop.storage",), False),
])
def test_the_checker_itself_catches_violations(tmp_path, source, forbidden, caught):
    fake_package = tmp_path / "mercator_desktop"
    (fake_package / "ui").mkdir(parents=True)
    module = fake_package / "ui" / "window.py"
    module.write_text(source)
    assert bool(violations([module], forbidden, fake_package)) is caught
