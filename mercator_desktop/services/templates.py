"""Checklist templates the user adds and takes out: an XLSForm workbook imported as a template
of this computer, a template written out as an XLSForm to edit in a spreadsheet.

An imported workbook becomes a JSON file in the data folder's ``checklists/`` (where the
loader looks, next to what HQ publishes), in the same structure as the shipped templates, so
everything downstream (filling screen, scoring, reports) works on it unchanged. The import is
all or nothing: a refused workbook stores nothing and every problem names its sheet, row and
column. A version already installed is never replaced by different content: the workbook must
say a new version.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from ..checklists.model import Template, text_in
from ..checklists.xlsform_in import XLSFormError, XLSFormProblem, data_to_template, xlsform_data
from ..checklists.xlsform_out import ExportError, export_template
from ..domain.errors import ImportFailedError, ImportProblem, UserError
from ..domain.problem_texts import say
from .assessments import AssessmentService, TemplateInfo
from .store import Store


@dataclass(frozen=True)
class TemplateImport:
    info: TemplateInfo
    changed: bool  # False: the same template was installed already

    def describe(self, lang: str = "en") -> str:
        """What was done, a coded text; the template's title in ``lang``."""
        title = text_in(self.info.title, lang)
        if not self.changed:
            return say("template_already_installed", title=title, id=self.info.id,
                       version=self.info.version)
        return say("template_installed", title=title, id=self.info.id,
                   version=self.info.version, questions=self.info.questions)


def installed_file_name(template_id: str, version: str) -> str:
    """The file a template of this id and version is kept in (imported or from HQ)."""
    return "".join(c if c.isalnum() or c in "._-" else "_"
                   for c in f"{template_id}-{version}") + ".json"


class TemplateService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.assessments = AssessmentService(store)

    @property
    def folder(self) -> Path:
        return self.store.paths.root / "checklists"

    def templates(self) -> list[TemplateInfo]:
        return self.assessments.templates()

    def import_xlsform(self, path: Path | str) -> TemplateImport:
        path = Path(path)
        try:
            data, origins = xlsform_data(path)
            template = data_to_template(data, origins, path.name)
        except XLSFormError as exc:
            raise ImportFailedError(exc.source, [_problem(p) for p in exc.problems]) from None
        existing = self.assessments.library.get(template.id, template.version)
        if existing is not None:
            if _same(existing, template):
                return TemplateImport(self._info(template.id, template.version), False)
            raise UserError(say("template_version_taken", name=path.name, template=template.id,
                                version=template.version, source=existing.source))
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / installed_file_name(template.id, template.version)
        part = target.with_suffix(".json.part")
        part.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        part.replace(target)
        return TemplateImport(self._info(template.id, template.version), True)

    def export_xlsform(self, template_id: str, out: Path | str,
                       version: str | None = None) -> Template:
        library = self.assessments.library
        template = library.get(template_id, version) if version else library.latest(template_id)
        if template is None:
            known = ", ".join(f"{i.id} {i.version}" for i in self.templates()) or "-"
            raise UserError(say("template_version_not_installed", template=template_id,
                                version=version, installed=known) if version else
                            say("template_not_installed_any", template=template_id,
                                installed=known))
        try:
            export_template(template, out)
        except ExportError as exc:
            raise UserError(say("not_xlsform", template=template_id, detail=exc)) from None
        except OSError as exc:
            raise UserError(say("cannot_write", path=out, reason=exc.strerror or exc)) from None
        return template

    def _info(self, template_id: str, version: str) -> TemplateInfo:
        return next(i for i in self.templates() if (i.id, i.version) == (template_id, version))


def _same(a: Template, b: Template) -> bool:
    return dataclasses.replace(a, source="", checksum="") == \
        dataclasses.replace(b, source="", checksum="")


def _problem(p: XLSFormProblem) -> ImportProblem:
    if p.row is None:
        return ImportProblem(None, None, str(p))
    return ImportProblem(p.row, p.column or None, p.message, unit=f"{p.sheet} sheet, row")
