"""Every message raised below the interface carries a code and its values, each code has its
words in every language the app ships, and the command line says them in the language of
``--lang`` or of the locale (a real subprocess)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from conftest import REPO, run_cli

from mercator_desktop import message_language
from mercator_desktop.domain import problem_texts
from mercator_desktop.domain.errors import ImportFailedError, ImportProblem, ValidationError
from mercator_desktop.domain.problem_texts import TEXTS, say

PACKAGE = REPO / "mercator_desktop"
LANGUAGES = ("fr", "es", "ar")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
PLACEHOLDER_NAME = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
#: the root classes of the errors whose message a person reads
ROOTS = {"UserError", "SyncError"}
#: where the message is among the arguments of an error that does not take it first (None:
#: the error builds its message itself from the data it is given)
MESSAGE_AT: dict[str, int | None] = {
    "SyncFailed": 1, "ImportFailedError": None, "ValidationError": None,
    "BookingConflictError": None, "EditConflictError": None, "DatabaseDamagedError": None,
    "IncompleteError": None, "DeadlineError": None, "SyncTooSlow": None,
}


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8")))
            for path in sorted(PACKAGE.rglob("*.py"))]


def _family(modules: list[tuple[Path, ast.Module]]) -> set[str]:
    """The names of every class deriving (through any module) from one of ``ROOTS``."""
    bases: dict[str, set[str]] = {}
    for _path, tree in modules:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
    family = set(ROOTS)
    while True:
        more = {name for name, of in bases.items() if of & family} - family
        if not more:
            return family
        family |= more


def _is_literal(node: ast.expr) -> bool:
    """Words written in place: a string, an f-string, a sum or a ``.format``/``.join`` of one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_literal(node.left) or _is_literal(node.right)
    if isinstance(node, ast.IfExp):
        return _is_literal(node.body) or _is_literal(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("format", "join") and _is_literal(node.func.value)
    return False


def _argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _name(call: ast.Call) -> str:
    return getattr(call.func, "id", getattr(call.func, "attr", ""))


def _coders(tree: ast.Module) -> set[str]:
    """The names ``say`` and ``problem`` of ``problem_texts`` as this module imports them."""
    return {alias.asname or alias.name for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("problem_texts")
            for alias in node.names if alias.name in ("say", "problem")}


def _uncoded(path: Path, tree: ast.Module, family: set[str]) -> list[str]:
    found = []
    where = f"{path.relative_to(REPO)}"
    coders = _coders(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            name = _name(node.exc)
            index = MESSAGE_AT.get(name, 0)
            message = _argument(node.exc, index, "message") if index is not None else None
            if name in family and message is not None and _is_literal(message):
                found.append(f"{where}:{node.lineno}: raise {name}({ast.unparse(message)})")
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        checks = {"ImportProblem": (2, "message"), "FieldProblem": (1, "message")}
        if name in checks:
            message = _argument(node, *checks[name])
            if message is not None and _is_literal(message):
                found.append(f"{where}:{node.lineno}: {name}(… {ast.unparse(message)})")
        called = ast.unparse(node.func)
        code = 1 if called.endswith("ValidationError.single") else \
            (1 if called == "problem" else 0) if called in coders else None
        if code is not None:
            given = _argument(node, code, "code")
            if isinstance(given, ast.Constant) and given.value not in TEXTS:
                found.append(f"{where}:{node.lineno}: no text for the code {given.value!r}")
            elif isinstance(given, ast.Constant):
                named = {k.arg for k in node.keywords}
                if None not in named and named != set(PLACEHOLDER_NAME.findall(
                        TEXTS[given.value])):
                    found.append(f"{where}:{node.lineno}: {given.value!r} is given "
                                 f"{sorted(named)}")
            if isinstance(given, ast.JoinedStr):
                pattern = "".join(re.escape(part.value) if isinstance(part, ast.Constant)
                                  else r"\w+" for part in given.values)
                if not any(re.fullmatch(pattern, c) for c in TEXTS):
                    found.append(f"{where}:{node.lineno}: no code fits {ast.unparse(given)}")
    return found


def test_every_user_error_raised_carries_a_code() -> None:
    """A ``UserError``-family (or sync) error, an import problem or a field's problem is
    raised with a coded text (``problem_texts.say``), never with words written in place; and
    every code named has its English text."""
    modules = _modules()
    family = _family(modules)
    assert {"NotFoundError", "SyncFailed", "NotHQError", "ReportWriteError"} <= family
    uncoded = [line for path, tree in modules for line in _uncoded(path, tree, family)]
    assert uncoded == []


def test_the_scan_finds_words_written_in_place(tmp_path: Path) -> None:
    """The scan above can fail: a literal message, a missing code and an f-string code that
    fits none are each found."""
    sample = PACKAGE / "services" / "sample_for_the_scan.py"
    tree = ast.parse(
        "raise NotFoundError(f'no mission {code}')\n"
        "raise SyncFailed('auth', 'sign in')\n"
        "problems.append(ImportProblem(1, 'code', 'bad ' + value))\n"
        "raise ValidationError.single('title', 'no_such_code')\n"
        "raise NotFoundError(say(f'{kind}_nowhere'))\n"
        "raise NotFoundError(say('mission_gone'))\n"
        "raise NotFoundError(say('no_mission_code', mission=code))\n"
        "from ..domain.problem_texts import say\n")
    found = _uncoded(sample, tree, _family(_modules()))
    assert sorted(line.split(": ", 1)[1].split("(")[0] for line in found) == sorted([
        "raise NotFoundError", "raise SyncFailed", "ImportProblem",
        "no text for the code 'no_such_code'", "no code fits f'{kind}_nowhere'",
        "'no_mission_code' is given ['mission']"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_code_has_its_words_in_each_language(lang: str) -> None:
    """Each code's English text has a finished translation (same placeholders) in the
    shipped sources of ``lang``, the ones the app and the command line both read."""
    words = message_language.translations(lang)
    missing = [code for code, text in TEXTS.items() if text not in words]
    assert missing == []
    for text in TEXTS.values():
        assert sorted(PLACEHOLDER.findall(words[text])) == sorted(PLACEHOLDER.findall(text))


def test_a_coded_message_is_said_again_in_another_language() -> None:
    """The English stays the message (log, fallback); the code and values say it anew, a
    value that is itself coded included."""
    failed = ImportFailedError("plan.csv", [
        ImportProblem(4, "start_date", say("not_a_date", value="31/02"))])
    assert str(failed) == ("plan.csv: line 4, column 'start_date': '31/02' is not a date; "
                           "nothing was imported")
    french = message_language.translator("fr")
    assert problem_texts.error_text(failed, french) == (
        "plan.csv : ligne 4, colonne « start_date » : « 31/02 » n’est pas une date ; "
        "rien n’a été importé")
    empty = ValidationError.single("title", "title_required")
    assert str(empty) == "title: a title is required"
    assert problem_texts.error_text(empty, french) == "un intitulé est obligatoire"
    assert problem_texts.error_text(empty, french, with_fields=True) == (
        "title: un intitulé est obligatoire")
    # a message stored earlier as plain English (no values) is still said in the language
    assert problem_texts.render("sign in to HQ first", french) == (
        french("sign in to HQ first"))
    assert problem_texts.render("sign in to HQ first", french) != "sign in to HQ first"


def test_a_message_stored_in_english_is_recognised() -> None:
    """A reason kept as plain English (HQ's reason for refusing a record, the last sync
    message) is said in the language when it is one of the texts; other words stay."""
    french = message_language.translator("fr")
    stored = str(say("hq_removed_from_team", day="2026-05-04"))
    assert problem_texts.render(stored, french) == (
        "vous avez été retiré(e) de l’équipe de cette mission le 2026-05-04 ; votre "
        "modification n’a pas été appliquée. La mission est conservée sur votre ordinateur "
        "portable, en lecture seule")
    nested = "HQ refused the request: wrong user name or password"
    assert problem_texts.render(nested, french) == (
        "Le siège a refusé la demande : nom d’utilisateur ou mot de passe incorrect")
    spanish = message_language.translator("es")
    assert problem_texts.render("programme", spanish) == "programme"  # a word, not a message
    assert problem_texts.render("notes: see the annex", french) == "notes: see the annex"


def test_the_language_comes_from_the_option_then_the_locale() -> None:
    chosen = message_language.chosen_language
    assert chosen("fr", {"LANG": "es_ES.UTF-8"}) == "fr"
    assert chosen(None, {"LANG": "es_ES.UTF-8"}) == "es"
    assert chosen(None, {"LC_ALL": "ar_EG.UTF-8", "LANG": "es_ES.UTF-8"}) == "ar"
    assert chosen(None, {"LC_MESSAGES": "fr_CA", "LANG": "es_ES.UTF-8"}) == "fr"
    assert chosen(None, {"LANG": "C.UTF-8"}) == "en"
    assert chosen(None, {"LANG": "de_DE.UTF-8"}) == "en"  # no German words shipped
    assert chosen(None, {}) == "en"


# --- the command line, for real -------------------------------------------------------------

REFUSAL = {
    "en": ("mercator-desktop: error: plan.csv: line 1, column 'type': required column "
           "missing (the header needs type, status, country, start_date, end_date); "
           "nothing was imported"),
    "fr": ("mercator-desktop : erreur : plan.csv : ligne 1, colonne « type » : colonne "
           "obligatoire absente (l’en-tête doit contenir type, status, country, start_date, "
           "end_date) ; rien n’a été importé"),
    "es": ("mercator-desktop: error: plan.csv: línea 1, columna «type»: falta una "
           "columna obligatoria (el encabezado necesita type, status, country, start_date, "
           "end_date); no se importó nada"),
    "ar": ("mercator-desktop: خطأ: plan.csv: السطر 1، العمود «type»: عمود مطلوب مفقود "
           "(يجب أن يتضمن العنوان type, status, country, start_date, end_date)؛ لم يُستورد "
           "شيء"),
}


@pytest.fixture
def refused_file(tmp_path: Path) -> Path:
    """A mission list whose header lacks the dates, the country, the type and the status."""
    path = tmp_path / "plan.csv"
    path.write_text("code,title\nJM-2031-01,Border management\n", encoding="utf-8")
    return path


def _refusal(proc) -> str:  # type: ignore[no-untyped-def]
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    [line] = proc.stderr.strip().splitlines()
    return line


def test_the_command_line_says_a_refusal_in_english_by_default(refused_file, tmp_path):
    proc = run_cli("missions", "import", str(refused_file), data_dir=tmp_path / "data")
    assert _refusal(proc) == REFUSAL["en"]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_lang_option_says_a_refusal_in_that_language(lang, refused_file, tmp_path):
    proc = run_cli("--lang", lang, "missions", "import", str(refused_file),
                   data_dir=tmp_path / "data")
    assert _refusal(proc) == REFUSAL[lang]


def test_the_locale_says_a_refusal_in_spanish(refused_file, tmp_path):
    proc = run_cli("missions", "import", str(refused_file), data_dir=tmp_path / "data",
                   locale="es_ES.UTF-8")
    assert _refusal(proc) == REFUSAL["es"]
    # --lang wins over the locale
    proc = run_cli("--lang", "fr", "missions", "import", str(refused_file),
                   data_dir=tmp_path / "data", locale="es_ES.UTF-8")
    assert _refusal(proc) == REFUSAL["fr"]


def test_the_command_line_reads_the_words_without_qt(refused_file, tmp_path):
    """The words come from the shipped sources, not from Qt: the command line imports no Qt
    module to say a refusal in French."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from mercator_desktop.cli import main\n"
            f"rc = main(['--data-dir', {str(tmp_path / 'data')!r}, '--lang', 'fr', "
            f"'missions', 'import', {str(refused_file)!r}])\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
            "sys.exit(rc)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert _refusal(proc) == REFUSAL["fr"]
