"""The command line's messages in the person's language, without Qt.

The language is ``--lang xx`` when given, else the locale (``LC_ALL``, then ``LC_MESSAGES``,
then ``LANG``, as the C library reads them), else English. The words are the interface's own:
the ``problems`` context of ``resources/translations/mercator_<code>.ts`` (the sources the app
compiles its ``.qm`` from), read as XML, so the command line and the window never disagree and
a fresh checkout needs no build step. An unfinished entry, or a language without a ``.ts``,
falls back to English.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from functools import cache

from .domain import problem_texts
from .resources import resource_path

CONTEXT = "problems"
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

#: the language of this run (``use``); English until a command line chooses one
_current = "en"


def language_of_locale(value: str) -> str:
    """``es`` for ``es_ES.UTF-8``; empty for ``C``, ``POSIX`` or nothing."""
    code = value.split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].split("-", 1)[0]
    return "" if code.upper() in ("", "C", "POSIX") else code.lower()


def chosen_language(option: str | None, environ: Mapping[str, str] | None = None) -> str:
    """``--lang`` when given, else the first locale variable that is set, else English;
    a language without translations is English."""
    environ = os.environ if environ is None else environ
    wanted = language_of_locale(option or "")
    if not wanted:
        for name in _LOCALE_VARIABLES:
            if environ.get(name):
                wanted = language_of_locale(environ[name])
                break
    return wanted if wanted and (wanted == "en" or translations(wanted)) else "en"


@cache
def translations(lang: str) -> dict[str, str]:
    """English source -> finished translation of the ``problems`` context of ``lang``."""
    try:
        path = resource_path("translations", f"mercator_{lang}.ts")
    except FileNotFoundError:
        return {}
    if not path.is_file():
        return {}
    import xml.etree.ElementTree as ET  # not at import: the app's start reads no .ts

    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue  # unfinished, vanished or obsolete
            found[message.findtext("source") or ""] = translation.text
    return found


def translator(lang: str) -> Callable[[str], str]:
    table = translations(lang) if lang != "en" else {}
    return lambda english: table.get(english, english)


def use(lang: str) -> None:
    """Say this run's messages in ``lang``."""
    global _current
    _current = lang


def current() -> str:
    return _current


def tr(message: object) -> str:
    """A message (coded or plain) in this run's language."""
    return problem_texts.render(message, translator(_current))


def say(code: str, /, **values: object) -> str:
    """The text of ``code`` with its values, in this run's language."""
    return tr(problem_texts.say(code, **values))


def one_or_many(code: str, count: int) -> str:
    """``code_one`` for one thing, else ``code_many``: the two codes of a text whose words
    change with a count (the translations then say each in their own grammar)."""
    return f"{code}_one" if count == 1 else f"{code}_many"


def error_text(error: BaseException) -> str:
    """What ``error`` says, in this run's language (a field's name before its problem)."""
    return problem_texts.error_text(error, translator(_current), with_fields=True)
