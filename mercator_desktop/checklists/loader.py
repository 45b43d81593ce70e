"""Reads checklist templates: JSON Schema first, then the checks a schema cannot make.

A template that fails is refused as a whole with every problem found, each naming the file,
the place inside it (``sections[2].questions[0].visible_if``) and what is wrong; the other
templates load as usual. ``load_library`` never raises for a bad template.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..resources import resource_path
from .conditions import Compare, Condition, ConditionError, parse_condition, referenced_questions
from .model import (
    YES_NO_PARTLY,
    Option,
    Provenance,
    Question,
    Scale,
    ScalePoint,
    Section,
    Template,
    version_key,
)

log = logging.getLogger(__name__)

SCHEMA_FILE = ("checklists", "schema", "checklist-template.schema.json")


@dataclass(frozen=True)
class TemplateProblem:
    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f" at {self.path}" if self.path else ""
        return f"{self.file}{where}: {self.message}"


class TemplateError(ValueError):
    """A template file was refused; ``problems`` lists every reason."""

    def __init__(self, problems: list[TemplateProblem]) -> None:
        self.problems = problems
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"{problems[0]}{more}")


def shipped_dir() -> Path:
    return Path(resource_path("checklists"))


@cache
def _schema_validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads(Path(resource_path(*SCHEMA_FILE)).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def format_path(parts: Iterable[Any]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# --- one file --------------------------------------------------------------------------------


def load_template_file(path: Path | str) -> Template:
    """The template in ``path``, or ``TemplateError`` naming every problem."""
    path = Path(path)
    name = path.name
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        raise TemplateError([TemplateProblem(name, "", f"cannot be read ({exc.strerror})")]) \
            from None
    try:
        raw = json.loads(raw_bytes.decode("utf-8"))
    except UnicodeDecodeError:
        raise TemplateError([TemplateProblem(name, "", "is not UTF-8 text")]) from None
    except json.JSONDecodeError as exc:
        raise TemplateError([TemplateProblem(
            name, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}"
        )]) from None
    return template_from_data(raw, name, hashlib.sha256(raw_bytes).hexdigest())


def template_from_data(raw: Any, name: str = "<data>", checksum: str = "") -> Template:
    errors = sorted(_schema_validator().iter_errors(raw), key=lambda e: list(e.absolute_path))
    if errors:
        raise TemplateError([_schema_problem(name, e) for e in errors])
    builder = _Builder(raw, name)
    template = builder.build(checksum)
    if builder.problems:
        raise TemplateError(builder.problems)
    return template


def _schema_problem(name: str, error: Any) -> TemplateProblem:
    # oneOf/anyOf errors say little; the most specific sub-error says more.
    from jsonschema.exceptions import best_match

    if error.context:
        error = best_match(error.context)
    return TemplateProblem(name, format_path(error.absolute_path), error.message)


class _Builder:
    """Turns schema-valid data into a ``Template``, collecting what the schema cannot see."""

    def __init__(self, raw: Mapping[str, Any], name: str) -> None:
        self.raw = raw
        self.name = name
        self.problems: list[TemplateProblem] = []
        self.languages: tuple[str, ...] = tuple(raw["languages"])
        self.scales: dict[str, Scale] = {}
        self.ids: dict[str, str] = {}  # id -> path where first seen
        self.questions_so_far: dict[str, Question] = {}
        self.pending_conditions: list[tuple[str, Any, str]] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(TemplateProblem(self.name, path, message))

    def text(self, value: Mapping[str, str] | None, path: str,
             required: bool = True) -> dict[str, str]:
        if value is None:
            return {}
        missing = [lang for lang in self.languages if not value.get(lang, "").strip()]
        if missing and required:
            self.problem(path, "no text in " + ", ".join(f"'{m}'" for m in missing)
                         + " (the template declares " + ", ".join(self.languages) + ")")
        return dict(value)

    def build(self, checksum: str) -> Template:
        raw = self.raw
        for scale_id, scale_raw in (raw.get("scales") or {}).items():
            self.scales[scale_id] = self.scale(scale_id, scale_raw, f"scales.{scale_id}")
        sections = tuple(
            self.section(s, f"sections[{i}]", None, str(i + 1), 0)
            for i, s in enumerate(raw["sections"])
        )
        return Template(
            id=raw["id"], version=raw["version"], languages=self.languages,
            title=self.text(raw["title"], "title"), sections=sections, scales=self.scales,
            description=self.text(raw.get("description"), "description"),
            provenance=self.provenance(raw), verified=raw.get("verified", True),
            released=raw.get("released", ""), source=self.name, checksum=checksum,
        )

    def provenance(self, raw: Mapping[str, Any]) -> Provenance:
        given = raw.get("provenance")
        if given is None:
            # Files written before provenance existed: their note was the source.
            return Provenance(
                status="official" if raw.get("verified", True) else "draft",
                source=self.text(raw.get("source_note"), "source_note", required=False))
        return Provenance(
            status=given["status"],
            source=self.text(given.get("source"), "provenance.source", required=False),
            licence=self.text(given.get("licence"), "provenance.licence", required=False))

    def scale(self, scale_id: str, raw: Mapping[str, Any], path: str) -> Scale:
        seen: set[int] = set()
        points = []
        for i, p in enumerate(raw["points"]):
            if p["value"] in seen:
                self.problem(f"{path}.points[{i}].value",
                             f"the value {p['value']} appears twice on the scale")
            seen.add(p["value"])
            points.append(ScalePoint(
                value=p["value"], label=self.text(p["label"], f"{path}.points[{i}].label"),
                description=self.text(p.get("description"), f"{path}.points[{i}].description"),
            ))
        return Scale(
            id=scale_id, points=tuple(sorted(points, key=lambda p: p.value)),
            not_applicable=raw.get("not_applicable", False),
            name=self.text(raw.get("name"), f"{path}.name"),
            not_applicable_label=self.text(raw.get("not_applicable_label"),
                                           f"{path}.not_applicable_label"),
            verified=raw.get("verified", True),
        )

    def claim_id(self, item_id: str, path: str) -> None:
        if item_id in self.ids:
            self.problem(f"{path}.id", f"the id '{item_id}' is already used at {self.ids[item_id]}")
        else:
            self.ids[item_id] = path

    def condition(self, raw: Any, path: str, own_id: str) -> Condition | None:
        if raw is None:
            return None
        try:
            condition = parse_condition(raw)
        except ConditionError as exc:
            self.problem(path, f"condition not understood: {exc}")
            return None
        for compare in referenced_questions(condition):
            self.check_reference(compare, path, own_id)
        return condition

    def check_reference(self, compare: Compare, path: str, own_id: str) -> None:
        target = self.questions_so_far.get(compare.question)
        if target is None:
            if compare.question == own_id:
                self.problem(path, f"the condition names its own question '{own_id}'")
            elif compare.question in self.ids or _named_later(self.raw, compare.question):
                self.problem(path, f"the condition names '{compare.question}', which comes "
                                   "later; a condition may only look at earlier questions")
            else:
                self.problem(path, f"the condition names an unknown question "
                                   f"'{compare.question}'")
            return
        if compare.op in ("answered", "not_answered", "is_na"):
            return
        values = compare.value if compare.op in ("in", "not_in") else (compare.value,)
        allowed = _allowed_values(target)
        if compare.op == "contains" and target.type != "multiple_choice":
            self.problem(path, f"'contains' needs a multiple-choice question; "
                               f"'{target.id}' is {target.type}")
        elif compare.op != "contains" and target.type == "multiple_choice":
            self.problem(path, f"'{target.id}' is multiple choice: use 'contains'")
        for value in values:
            if allowed is not None and value not in allowed:
                self.problem(path, f"'{target.id}' can never be {value!r}; its answers are "
                                   + ", ".join(repr(a) for a in allowed))
            elif target.type in ("number", "scale") and (
                isinstance(value, bool) or not isinstance(value, (int, float))
            ):
                self.problem(path, f"'{target.id}' is answered with a number, not {value!r}")

    def section(self, raw: Mapping[str, Any], path: str, parent: str | None,
                number: str, depth: int) -> Section:
        self.claim_id(raw["id"], path)
        label = raw.get("label", "")
        if depth == 0 and label:
            number = label
        if not raw.get("questions") and not raw.get("sections"):
            self.problem(path, "a section needs questions or sections inside it")
        visible_if = self.condition(raw.get("visible_if"), f"{path}.visible_if", raw["id"])
        questions = []
        for i, q in enumerate(raw.get("questions") or []):
            question = self.question(q, f"{path}.questions[{i}]", raw["id"], f"{number}.{i + 1}")
            questions.append(question)
        children = tuple(
            self.section(s, f"{path}.sections[{i}]", raw["id"],
                         f"{number}.{s.get('label') or i + 1}", depth + 1)
            for i, s in enumerate(raw.get("sections") or [])
        )
        return Section(
            id=raw["id"], title=self.text(raw["title"], f"{path}.title"),
            number=number, depth=depth, parent_id=parent,
            label=label, intro=self.text(raw.get("intro"), f"{path}.intro"),
            weight=float(raw.get("weight", 1.0)), visible_if=visible_if,
            reference=_reference(raw.get("reference")), verified=raw.get("verified", True),
            questions=tuple(questions), sections=children,
        )

    def question(self, raw: Mapping[str, Any], path: str, section_id: str,
                 number: str) -> Question:
        self.claim_id(raw["id"], path)
        kind = raw["type"]
        scale = None
        if kind == "scale":
            scale = self.scales.get(raw["scale"])
            if scale is None:
                known = ", ".join(sorted(self.scales)) or "none"
                self.problem(f"{path}.scale", f"unknown scale '{raw['scale']}' "
                                              f"(the template defines: {known})")
        options: list[Option] = []
        seen: set[str] = set()
        for i, o in enumerate(raw.get("options") or []):
            if o["value"] in seen:
                self.problem(f"{path}.options[{i}].value",
                             f"the choice '{o['value']}' appears twice")
            seen.add(o["value"])
            options.append(Option(o["value"], self.text(o["label"], f"{path}.options[{i}].label"),
                                  o.get("score")))
        minimum, maximum = raw.get("min"), raw.get("max")
        if minimum is not None and maximum is not None and minimum > maximum:
            self.problem(f"{path}.min", f"min {minimum} is above max {maximum}")
        visible_if = self.condition(raw.get("visible_if"), f"{path}.visible_if", raw["id"])
        question = Question(
            id=raw["id"], type=kind, text=self.text(raw["text"], f"{path}.text"),
            section_id=section_id, number=number, help=self.text(raw.get("help"), f"{path}.help"),
            scale=scale, options=tuple(options), required=raw.get("required", False),
            weight=float(raw.get("weight", 1.0)), allow_na=raw.get("allow_na", False),
            visible_if=visible_if, minimum=minimum, maximum=maximum,
            integer=raw.get("integer", False), unit=self.text(raw.get("unit"), f"{path}.unit"),
            max_length=raw.get("max_length"), reference=_reference(raw.get("reference")),
        )
        self.questions_so_far[question.id] = question
        return question


def _reference(raw: Mapping[str, str] | None) -> tuple[str, str] | None:
    return (raw["kind"], raw["code"]) if raw else None


def _allowed_values(question: Question) -> tuple[Any, ...] | None:
    if question.type == "scale" and question.scale is not None:
        return question.scale.values
    if question.type == "yes_no_partly":
        return YES_NO_PARTLY
    if question.type in ("single_choice", "multiple_choice"):
        return tuple(o.value for o in question.options)
    return None


def _named_later(raw: Mapping[str, Any], question_id: str) -> bool:
    def walk(sections: Sequence[Mapping[str, Any]]) -> bool:
        for s in sections:
            if any(q.get("id") == question_id for q in s.get("questions") or []):
                return True
            if walk(s.get("sections") or []):
                return True
        return False

    return walk(raw.get("sections") or [])


# --- the library -----------------------------------------------------------------------------


@dataclass
class TemplateLibrary:
    """Every template that loaded, by (id, version), and the problems of those that did not."""

    templates: dict[tuple[str, str], Template] = field(default_factory=dict)
    problems: list[TemplateProblem] = field(default_factory=list)

    def get(self, template_id: str, version: str) -> Template | None:
        return self.templates.get((template_id, version))

    def versions(self, template_id: str) -> list[str]:
        return sorted((v for (i, v) in self.templates if i == template_id), key=version_key)

    def latest(self, template_id: str) -> Template | None:
        versions = self.versions(template_id)
        return self.templates[(template_id, versions[-1])] if versions else None

    def instruments(self) -> list[Template]:
        """The newest version of each instrument, in id order."""
        ids = sorted({i for (i, _v) in self.templates})
        return [t for t in (self.latest(i) for i in ids) if t is not None]

    def add(self, template: Template) -> None:
        other = self.templates.get(template.key)
        if other is not None:
            self.problems.append(TemplateProblem(
                template.source, "version",
                f"'{template.id}' version {template.version} is already given by "
                f"{other.source}; this file was not loaded"))
            return
        self.templates[template.key] = template


def template_files(folder: Path) -> list[Path]:
    """The template files of a folder (``*.json`` at its top level, in name order)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.json") if p.is_file())


def load_library(folders: Sequence[Path | str] | None = None) -> TemplateLibrary:
    """Load every template of ``folders`` (default: the shipped ones). Cached per file state,
    so opening many assessments reads each file once."""
    paths: list[Path] = [Path(f) for f in (folders if folders is not None else [shipped_dir()])]
    return _load_cached(tuple(state for folder in paths for state in _file_states(folder)))


def _file_states(folder: Path) -> list[tuple[str, int, int]]:
    """Path, modification time and size of each template file of ``folder``, in name order:
    one directory read and one ``stat`` per file (every answer saved asks for the library)."""
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    states = []
    for entry in entries:
        if entry.name.endswith(".json") and entry.is_file():
            stat = entry.stat()
            states.append((entry.path, stat.st_mtime_ns, stat.st_size))
    return sorted(states)


@cache
def _load_cached(state: tuple[tuple[str, int, int], ...]) -> TemplateLibrary:
    library = TemplateLibrary()
    for path_text, _mtime, _size in state:
        try:
            library.add(load_template_file(path_text))
        except TemplateError as exc:
            log.warning("checklist template refused: %s", exc)
            library.problems.extend(exc.problems)
    return library
