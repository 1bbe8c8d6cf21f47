"""Project commands: `wb info`, `import`, `documents`, `show`, `export` and `agreement`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from wb.cli.common import (
    NEW_PROJECT_OPTION,
    PROJECT_ARGUMENT,
    FilePath,
    Megabytes,
    json_written,
    notices_to_stderr,
    open_existing,
    out_advice,
    project_either_way,
    reports_errors,
    save_json,
)
from wb.errors import InvalidChoiceError

EXPORT_FORMATS = ("qdpx", "qdc", "csv", "xlsx")


def export_name(given: dict[str, Any]) -> str:
    """An example export file name: with the format given, else with every extension."""
    fmt = given.get("fmt")
    return f"export.{fmt}" if fmt else "export.qdpx (of .qdc, .csv, .xlsx)"


def shown_value(value: Any) -> str:
    """A metadata value for people: a date the Dutch way ("24 januari 2023"), a decimal
    comma ("2,5"), else as is."""
    import datetime

    from wb.corpus.display import dutch_date, dutch_number

    if isinstance(value, datetime.date):
        return dutch_date(value)
    if isinstance(value, float):
        return dutch_number(value)
    return str(value)


@click.command()
@reports_errors
def info() -> None:
    """Toon de taalpijplijn en de versies van de pakketten."""
    from wb.info import environment_info, format_info

    click.echo(format_info(environment_info()))


@click.command(name="import")
@click.argument("source", type=click.Path(path_type=Path))
@NEW_PROJECT_OPTION
@click.option("--corpus", help="Naam van het corpus (standaard: de map- of bestandsnaam).")
@click.option(
    "--skip-bad",
    is_flag=True,
    help="Sla onleesbare bestanden (beschadigd, binair, te groot) over en importeer de rest.",
)
@click.option(
    "--max-mb",
    type=Megabytes(),
    default=20,
    show_default=True,
    help="Grootste toegestane bestand, in MB (megabyte).",
)
@reports_errors
def import_cmd(
    source: Path, project_path: Path, corpus: str | None, skip_bad: bool, max_mb: float
) -> None:
    """Importeer een map met documenten, een REFI-QDA-project (.qdpx) of codeboek (.qdc).

    Een import is één geheel. Een leeg bestand (0 bytes of alleen witruimte) slaat wb over met
    een melding ("overgeslagen: map/leeg.txt is leeg (0 bytes)."); de rest wordt in één keer
    geïmporteerd. Is elk bestand leeg, dan stopt de import (code 2). Kan een bestand niet
    gelezen worden (beschadigd, binair, te groot, onbekende tekencodering), dan importeert wb
    niets en noemt het bestand; met --skip-bad importeert wb de rest.
    """
    from wb.store import open_project

    suffix = source.suffix.lower()
    with open_project(project_path) as project:
        if suffix == ".qdpx":
            from wb.exports.refi_import import import_qdpx

            click.echo(import_qdpx(project, source, corpus=corpus).summary())
            return
        if suffix == ".qdc":
            from wb.exports.refi_import import import_qdc

            book = import_qdc(project, source)
            click.echo(f"Codeboek '{book.name}' geïmporteerd: {len(book)} codes.")
            return
        from wb.corpus.importer import import_folder

        with notices_to_stderr(every_warning=False):  # "overgeslagen: …" per empty file
            report = import_folder(
                project,
                source,
                corpus=corpus,
                skip_bad=skip_bad,
                max_bytes=int(max_mb * 1024 * 1024),
                progress=sys.stderr.isatty(),
            )
    click.echo(report.summary())


@click.command()
@click.option("--corpus", help="Alleen dit corpus.")
@reports_errors
@project_either_way("wb documents PROJECT")
def documents(project_path: Path, corpus: str | None) -> None:
    """Toon de documenten van een project met hun metadata."""
    import shutil

    from wb.exports.readable import format_table
    from wb.exports.table_fit import fit_table
    from wb.store.documents import documents_table

    with open_existing(project_path) as project:
        table = documents_table(project, corpus)
    if table.empty:
        click.echo("Het project bevat nog geen documenten; importeer eerst met `wb import`.")
        return
    width = shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 100
    shown = table.reset_index().astype(object).map(shown_cell)
    fitted, notes = fit_table(shown, width, keep=("id", "document"), full="wb show ID")
    click.echo(format_table(fitted))
    for note in notes:
        click.echo(note)


def shown_cell(value: Any) -> str:
    """A cell of `wb documents`: empty for a missing value, dates and decimals the Dutch way,
    a whole number without decimals."""
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""  # an empty cell, not NaN or NaT
    if isinstance(value, pd.Timestamp):
        return shown_value(value.date())  # '15 februari 2022'
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a whole number in a column with gaps, an OCR percentage
    return shown_value(value)


@click.command()
@click.argument("document")
@click.option(
    "--pseudonymise",
    "pseudo",
    is_flag=True,
    help="Toon tekst, bestandsnaam en metadata gepseudonimiseerd, met dezelfde plaatshouders "
    "als de beoordelingspagina (per dossier, met de naamlijsten van het project).",
)
@reports_errors
@project_either_way("wb show DOCUMENT PROJECT")
def show(document: str, project_path: Path, pseudo: bool) -> None:
    """Toon de tekst en metadata van één document (id uit `wb documents`, of pad)."""
    from wb.store.documents import find_document

    with open_existing(project_path) as project:
        doc = find_document(project, document)
        label, metadata, text = doc.label, doc.metadata, doc.text
        if pseudo:
            from wb.dossiers.shown_text import shown_metadata, shown_project

            shown = shown_project(project)
            label, text = shown.names[doc.label], shown.texts[doc.label].text
            metadata = shown_metadata(project, doc, shown)
    click.echo(f"# {label} (versie {doc.version})")
    for key, value in metadata.items():
        click.echo(f"{key}: {shown_value(value)}")
    click.echo("")
    click.echo(text)


@click.command()
@PROJECT_ARGUMENT
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    required=True,
    help="qdpx: heel project (REFI-QDA); qdc: codeboek; csv/xlsx: coderingen met tekst.",
)
@click.option(
    "--out",
    required=True,
    type=FilePath(out_advice(export_name)),
    help="Bestand om naar te exporteren.",
)
@click.option(
    "--decisions", is_flag=True, help="csv/xlsx: de oordelen van de beoordelaars i.p.v. coderingen."
)
@click.option(
    "--pseudonymise",
    "pseudo",
    is_flag=True,
    help="csv/xlsx: passages gepseudonimiseerd, zoals op de beoordelingspagina.",
)
@reports_errors
def export(project_path: Path, fmt: str, out: Path, decisions: bool, pseudo: bool) -> None:
    """Exporteer een project naar REFI-QDA (ATLAS.ti, NVivo, MAXQDA, QualCoder), CSV of Excel."""
    if fmt in ("qdpx", "qdc") and (pseudo or decisions):
        flag = "--pseudonymise" if pseudo else "--decisions"
        hint = (
            " Voor een gepseudonimiseerd REFI-QDA-project: pseudonimiseer eerst de map "
            "(wb pseudonymise MAP --out UIT) en importeer die in een nieuw project."
            if pseudo
            else ""
        )
        raise InvalidChoiceError(f"{flag} werkt alleen met --format csv of xlsx.{hint}")
    suffix = out.suffix.lstrip(".").lower()
    if suffix in EXPORT_FORMATS and suffix != fmt:  # an Excel file named .csv opens as garbage
        raise InvalidChoiceError(
            f"--out {out} eindigt op .{suffix}, maar --format is {fmt}; geef het bestand de "
            f"extensie .{fmt} of kies --format {suffix}."
        )
    from wb.atomic import check_file_target, new_folders

    check_file_target(out, make_folders=True)  # a file in the way is said before the work
    # the folders are made as by `wb themes --out`, and removed again when the export fails
    with open_existing(project_path) as project, new_folders(out.parent) as made:
        if fmt == "qdpx":
            from wb.exports.refi_export import export_qdpx

            written = export_qdpx(project, out)
        elif fmt == "qdc":
            from wb.exports.refi_export import export_qdc

            written = export_qdc(project, out)
        elif decisions:
            from wb.exports.tables import export_decisions

            written = export_decisions(project, out, format=fmt)
        else:
            from wb.exports.tables import export_codings

            written = export_codings(project, out, format=fmt, pseudonymise=pseudo)
    if made:
        click.echo(f"Map {out.parent} aangemaakt.")
    click.echo(written.summary())


@click.command()
@PROJECT_ARGUMENT
@click.option(
    "--coders",
    nargs=2,
    metavar="NAAM NAAM",
    help="Vergelijk alleen deze twee codeurs, bijv. --coders Anna Bram.",
)
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Schrijf ook het volledige resultaat als JSON naar dit bestand.",
)
@reports_errors
def agreement(project_path: Path, coders: tuple[str, str] | None, json_out: Path | None) -> None:
    """Overeenstemming tussen codeurs per code en totaal: %, Cohens kappa, Krippendorffs alfa."""

    from wb.coding.agreement import agreement as compute
    from wb.exports.readable import format_agreement

    with open_existing(project_path) as project:
        result = compute(project, list(coders) if coders else None)
    data = result.to_json()
    save_json(data, json_out)
    click.echo(f"Codeurs: {', '.join(data['coders'])}")
    click.echo(format_agreement(data))
    json_written(json_out)
