"""``mercator-desktop templates …``: the checklist templates of this computer — list them,
import an XLSForm workbook as a template, export a template as an XLSForm."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from .message_language import current, tr
from .message_language import say as said

if TYPE_CHECKING:  # imported when a templates command runs: the app's first paint comes
    # before SQLAlchemy and the checklist loader
    from .services.store import Store


def add_templates_commands(commands: Any) -> None:
    templates = commands.add_parser(
        "templates", help="list, import and export checklist templates",
        description="The checklist templates installed on this computer (shipped, published "
        "by HQ or imported from XLSForm).")
    tsub = templates.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    listing = tsub.add_parser("list", help="list the installed templates",
                              description="List every installed template version: id, "
                              "version, languages and provenance.")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    imp = tsub.add_parser(
        "import", help="install an XLSForm workbook as a checklist template",
        description="Read FILE.xlsx (sheets survey, choices, settings) and install it as a "
        "checklist template. All or nothing: every problem is reported with its sheet, row and "
        "column, and nothing is stored then. How to write one: docs/checklists.md.")
    imp.add_argument("file", metavar="FILE.xlsx")
    exp = tsub.add_parser("export", help="write a template as an XLSForm workbook",
                          description="Write the template (its newest version unless "
                          "--version) to an .xlsx XLSForm that can be edited and imported "
                          "again.")
    exp.add_argument("template_id", metavar="TEMPLATE_ID")
    exp.add_argument("--out", required=True, metavar="FILE.xlsx")
    exp.add_argument("--version", dest="template_version", metavar="VERSION")


def run_templates_command(store: Store, args: argparse.Namespace) -> int:
    from .checklists.model import text_in
    from .services.templates import TemplateService

    service = TemplateService(store)
    if args.templates_command == "import":
        print(tr(service.import_xlsform(args.file).describe(current())))
        return 0
    if args.templates_command == "export":
        template = service.export_xlsform(args.template_id, args.out, args.template_version)
        print(said("template_written", id=template.id, version=template.version,
                   path=args.out))
        return 0
    infos = service.templates()
    if args.json:
        print(json.dumps([{
            "id": i.id, "version": i.version, "title": dict(i.title),
            "languages": list(i.languages), "questions": i.questions, "latest": i.latest,
            "provenance": {"status": i.provenance.status, "source": dict(i.provenance.source),
                           "licence": dict(i.provenance.licence)},
            "file": i.source,
        } for i in infos], ensure_ascii=False, indent=2))
        return 0
    for i in infos:
        source = text_in(i.provenance.source, "en")
        print(f"{i.id}\t{i.version}\t{','.join(i.languages)}\t{i.provenance.status}\t"
              f"{text_in(i.title, current())}" + (f"\t{source}" if source else ""))
    return 0
