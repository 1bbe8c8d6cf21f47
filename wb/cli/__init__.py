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

dutch_metavars(cli)


def main() -> None:
    """Entry point of the `wb` console script."""
    cli(prog_name="wb")
