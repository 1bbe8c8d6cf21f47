"""The `wb` command: a thin layer that parses arguments and calls the library.

One module per group of commands: :mod:`wb.cli.project` (info, import, documents, show, export,
agreement), :mod:`wb.cli.coding` (code), :mod:`wb.cli.dossiers` (labels, reuse, pseudonymise,
namen, review, report) and :mod:`wb.cli.themes` (themes); what they share is in
:mod:`wb.cli.common`, click's own messages in Dutch in :mod:`wb.cli.click_nl`.
"""

from __future__ import annotations

import click

from wb.cli import coding, dossiers, project, themes
from wb.cli.click_nl import dutch_metavars
from wb.cli.common import PROJECT_HELP, open_existing, reports_errors, with_code
from wb.cli.dossiers import default_lexicon

__all__ = [
    "PROJECT_HELP",
    "cli",
    "default_lexicon",
    "main",
    "open_existing",
    "reports_errors",
    "with_code",
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wb")
def cli() -> None:
    """wb: werkbank voor kwalitatief onderzoek op Nederlandse teksten."""


for _command in (
    project.info,
    project.import_cmd,
    project.documents,
    project.show,
    coding.code,
    project.export,
    project.agreement,
    dossiers.labels,
    dossiers.reuse,
    dossiers.pseudonymise,
    dossiers.namen,
    themes.themes,
    dossiers.review,
    dossiers.report,
):
    cli.add_command(_command)

#: What each command does in `wb --help`, short enough to show whole on an 80-column terminal.
SHORT_HELP = {
    "agreement": "Overeenstemming tussen codeurs, per code en totaal.",
    "code": "Passages bij de codes van een codeboek zoeken.",
    "documents": "De documenten van een project met hun metadata.",
    "export": "Naar ATLAS.ti, NVivo, MAXQDA, QualCoder, CSV, Excel.",
    "import": "Documenten of een REFI-QDA-project importeren.",
    "info": "De taalpijplijn en de versies van de pakketten.",
    "labels": "Labelende taal in dossierrapporten, en wie het zegt.",
    "namen": "Eigen naamlijsten: nooit of altijd vervangen.",
    "pseudonymise": "Een kopie met namen en gegevens vervangen.",
    "report": "Het dossierrapport (HTML, gepseudonimiseerd).",
    "reuse": "Passages die uit een eerder rapport zijn overgenomen.",
    "review": "De beoordelingspagina voor ervaringsdeskundigen.",
    "show": "Eén document met zijn metadata.",
    "themes": "Thema's in alinea's of sprekersbeurten, met stabiliteit.",
}
for _name, _text in SHORT_HELP.items():
    cli.commands[_name].short_help = _text

dutch_metavars(cli)


def main() -> None:
    """Entry point of the `wb` console script."""
    cli(prog_name="wb")
