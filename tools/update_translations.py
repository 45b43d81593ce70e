"""Re-extract the interface's words into the Qt Linguist sources and report what is left to do.

    .venv/bin/python tools/update_translations.py            # update every mercator_*.ts
    .venv/bin/python tools/update_translations.py --add es   # start mercator_es.ts
    .venv/bin/python tools/update_translations.py --check    # no update; exit 1 if unfinished
    .venv/bin/python tools/update_translations.py --release  # also compile the .qm files

(``make translations`` runs the first form.) The sources are
``resources/translations/mercator_<code>.ts``; English is the source language.

Extraction is Qt's own ``pyside6-lupdate`` over every ``.py`` file of ``mercator_desktop/``;
existing translations are kept, strings gone from the code are dropped, and a string whose
text changed slightly comes back pre-filled but unfinished. lupdate only sees ``self.tr(...)``,
``QCoreApplication.translate("Context", ...)`` and ``QT_TRANSLATE_NOOP("Context", ...)``; the
code also uses one-line helpers such as ``def _tr(text): return
QCoreApplication.translate("labels", text)``. lupdate is therefore run on a copy of the sources
in which every call of such a helper is spelt out as ``QCoreApplication.translate("labels",
...)`` on the same line, so the file names and line numbers in the ``.ts`` are the real ones.

Then every entry is checked: unfinished (to translate, or to review), placeholders (``%1``,
``{name}``) not the same in source and translation, ``&`` accelerators lost or added. Edit the
``.ts`` with ``pyside6-linguist`` or any editor (fill ``<translation>``, remove
``type="unfinished"``). The app compiles the ``.ts`` itself at start (see ``ui/i18n.py``).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = "mercator_desktop"
TRANSLATIONS = REPO / "resources" / "translations"
CATALOG = "mercator"

PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")


# --- the helpers lupdate cannot see --------------------------------------------------------


def _helper_context(node: ast.FunctionDef) -> str | None:
    """``"labels"`` for ``def _tr(text): return QCoreApplication.translate("labels", text)``."""
    params = node.args.args
    if len(params) != 1 or node.args.vararg or node.args.kwonlyargs:
        return None
    body = [s for s in node.body
            if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate" and len(call.args) == 2):
        return None
    context, text = call.args
    if (isinstance(context, ast.Constant) and isinstance(context.value, str)
            and isinstance(text, ast.Name) and text.id == params[0].arg):
        return context.value
    return None


@dataclass
class Rewrite:
    line: int  # 1-based
    start: int  # byte offsets in the line: the helper's name up to and including "("
    end: int
    context: str


def helper_calls(source: str) -> tuple[list[Rewrite], list[str]]:
    """Calls of translation helpers in ``source``, and warnings (non-literal arguments)."""
    tree = ast.parse(source)
    lines = source.splitlines()
    helpers: list[tuple[ast.AST, str, str]] = []  # (scope, name, context)
    for scope in ast.walk(tree):
        if isinstance(scope, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef):
            for stmt in scope.body:
                if isinstance(stmt, ast.FunctionDef):
                    context = _helper_context(stmt)
                    if context is not None:
                        helpers.append((scope, stmt.name, context))
    rewrites: list[Rewrite] = []
    warnings: list[str] = []
    for scope, name, context in helpers:
        for node in ast.walk(scope):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == name):
                continue
            arg = node.args[0] if node.args else None
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                warnings.append(f"line {node.lineno}: {name}(...) with a computed text; "
                                "lupdate cannot extract it")
                continue
            raw = lines[node.func.lineno - 1].encode("utf-8")
            end = node.func.end_col_offset or 0
            paren = raw.find(b"(", end)
            if node.func.end_lineno != node.func.lineno or paren < 0 or raw[end:paren].strip():
                warnings.append(f"line {node.lineno}: cannot rewrite {name}(...) for lupdate")
                continue
            rewrites.append(Rewrite(node.func.lineno, node.func.col_offset, paren + 1, context))
    return rewrites, warnings


def spelled_out(source: str, rewrites: list[Rewrite]) -> str:
    lines = source.split("\n")
    for rw in sorted(rewrites, key=lambda r: (r.line, r.start), reverse=True):
        raw = lines[rw.line - 1].encode("utf-8")
        call = f'QCoreApplication.translate("{rw.context}", '.encode()
        lines[rw.line - 1] = (raw[:rw.start] + call + raw[rw.end:]).decode("utf-8")
    return "\n".join(lines)


def prepared_sources(target: Path) -> tuple[list[Path], list[str]]:
    """Copy ``mercator_desktop/**.py`` under ``target`` with helper calls spelt out."""
    files, warnings = [], []
    for path in sorted((REPO / PACKAGE).rglob("*.py")):
        relative = path.relative_to(REPO)
        source = path.read_text(encoding="utf-8")
        rewrites, found = helper_calls(source)
        warnings += [f"{relative}: {w}" for w in found]
        copy = target / relative
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(spelled_out(source, rewrites) if rewrites else source, encoding="utf-8")
        files.append(relative)
    return files, warnings


# --- lupdate / lrelease ------------------------------------------------------------------


def qt_tool(name: str) -> list[str]:
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / (name + (".exe" if sys.platform == "win32"
                                                             else ""))
    if exe.is_file():
        return [str(exe)]
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"update_translations: Qt's {name} not found (it comes with PySide6)")
    return [found]


def lupdate(ts_files: list[Path], *, keep_obsolete: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="mercator-lupdate-") as tmp:
        root = Path(tmp)
        files, warnings = prepared_sources(root)
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
        work = root / "resources" / "translations"
        work.mkdir(parents=True)
        for ts in ts_files:
            if ts.exists():
                shutil.copy2(ts, work / ts.name)
        list_file = root / "sources.lst"
        list_file.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
        command = [*qt_tool("lupdate"), "-silent", "-locations", "relative",
                   "-source-language", "en", f"@{list_file}", "-ts",
                   *(str(work / ts.name) for ts in ts_files)]
        if not keep_obsolete:
            command.insert(1, "-no-obsolete")
        subprocess.run(command, cwd=root, check=True)
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        for ts in ts_files:
            shutil.copy2(work / ts.name, ts)


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([*qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


# --- checking ---------------------------------------------------------------------------


@dataclass
class Problem:
    context: str
    source: str
    what: str


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


def check(ts: Path) -> tuple[int, list[Problem]]:
    """(number of entries, problems) of one ``.ts``; vanished/obsolete entries are skipped."""
    root = ET.parse(ts).getroot()
    total, problems = 0, []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            total += 1
            source = message.findtext("source") or ""
            if message.get("numerus") == "yes" and translation is not None:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or "" if translation is not None else ""]
            if kind == "unfinished" or not all(forms):
                problems.append(Problem(name, source, "unfinished"))
                continue
            for form in forms:
                if placeholders(form) != placeholders(source):
                    problems.append(Problem(name, source, "placeholders differ: "
                                            f"{placeholders(source)} → {placeholders(form)}"))
                if accelerators(source) != accelerators(form):
                    problems.append(Problem(name, source, "the & accelerator is lost or added"))
    return total, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--add", metavar="CODE", action="append", default=[],
                        help="start a translation for a new language (e.g. es)")
    parser.add_argument("--check", action="store_true",
                        help="do not extract; exit 1 when an entry is unfinished or wrong")
    parser.add_argument("--release", action="store_true",
                        help="also compile each .ts to a .qm beside it (for the installer)")
    parser.add_argument("--keep-obsolete", action="store_true",
                        help="keep the entries whose text left the code (as vanished)")
    parser.add_argument("--quiet", action="store_true", help="list no unfinished entries")
    args = parser.parse_args(argv)

    ts_files = sorted(TRANSLATIONS.glob(f"{CATALOG}_*.ts"))
    for code in args.add:
        new = TRANSLATIONS / f"{CATALOG}_{code}.ts"
        if new not in ts_files:
            ts_files.append(new)
    if not ts_files:
        print("update_translations: no .ts in resources/translations; use --add fr",
              file=sys.stderr)
        return 2
    if not args.check:
        lupdate(ts_files, keep_obsolete=args.keep_obsolete)

    failed = False
    for ts in ts_files:
        total, problems = check(ts)
        unfinished = sum(1 for p in problems if p.what == "unfinished")
        wrong = len(problems) - unfinished
        print(f"{ts.relative_to(REPO)}: {total} entries, {total - unfinished} finished, "
              f"{unfinished} unfinished, {wrong} to fix")
        if not args.quiet:
            for p in problems:
                print(f"  [{p.context}] {p.source!r}: {p.what}")
        failed = failed or bool(problems)
        if args.release:
            print(f"  compiled {lrelease(ts).relative_to(REPO)}")
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
