"""`wb code`: codebook suggestions for a corpus folder or project, optionally stored."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from wb.cli.common import (
    FilePath,
    check_json_target,
    echo_table,
    json_written,
    not_a_document,
    notices_to_stderr,
    open_existing,
    reports_errors,
    save_json,
    yaml_advice,
)
from wb.cli.shown import pseudonymise_options, shown_texts
from wb.config import bundled_file, example_hint
from wb.errors import InvalidChoiceError, NotFoundError

#: Codes shown in the terminal table of `wb code`, most suggested first.
CODES_SHOWN = 15


@click.command()
@click.argument("source", type=click.Path(exists=False, path_type=Path))
@click.option(
    "--codebook",
    "codebook_path",
    required=True,
    type=FilePath(yaml_advice("een codeboek")),
    help="Codeboek (YAML).",
)
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Schrijf ook elke suggestie (zin, code, score, reden) als JSON naar dit bestand.",
)
@click.option("--apply", is_flag=True, help="Sla elke suggestie op als codering (autocoderen).")
@click.option(
    "--coder",
    metavar="NAAM",
    help="Naam van de codeur (nodig bij --apply). Bij een project leren de suggesties van de "
    "documenten die deze codeur klaar meldde ('Document klaar'); die krijgen zelf geen suggesties.",
)
@pseudonymise_options
@reports_errors
def code(
    source: Path,
    codebook_path: Path,
    json_out: Path | None,
    apply: bool,
    coder: str | None,
    pseudo: bool,
    keep_file: Path | None,
    replace_file: Path | None,
    project_path: Path | None,
) -> None:
    """Zoek passages bij de codes van een codeboek in een corpusmap of project."""

    from wb.codebook import load_codebook
    from wb.coding.apply import (
        apply_suggestions,
        suggest_folder,
        suggest_project,
        suggestion_summary,
    )
    from wb.coding.suggest import suggestions_json
    from wb.corpus.folder import skipped_note
    from wb.corpus.importer import scan_folder
    from wb.dossiers.shown_text import shown_project, shown_suggestions
    from wb.exports.readable import codes_table
    from wb.store import open_project
    from wb.store.documents import documents_frame, iter_documents
    from wb.store.done import done_coders, done_codings

    not_a_document(source)
    codebook = load_codebook(codebook_path)
    check_json_target(json_out)
    progress = sys.stderr.isatty()
    skipped = 0
    if apply and not coder:
        raise InvalidChoiceError("--apply heeft --coder NAAM nodig: wie codeert er?")
    if source.is_dir():
        if apply:
            raise InvalidChoiceError(
                "--apply werkt op een project; importeer de map eerst met `wb import`.",
                path=source,
            )
        if not scan_folder(source):
            raise NotFoundError(
                "bevat geen documenten (.docx, .md, .odt, .pdf, .txt); geef de map met "
                f"documenten op{example_hint('notulen')}.",
                path=source,
            )
        if coder:
            click.echo(FOLDER_CODER_NOTE)
        with notices_to_stderr(every_warning=False) as notices:  # one notice per empty file
            shown = shown_texts(source, pseudo, keep_file, replace_file, project_path)
            suggestions = suggest_folder(codebook, source, progress=progress)
            texts = folder_texts(source) if json_out is not None and not shown else {}
        skipped = len(notices.skipped)
        n_docs = len(scan_folder(source)) - skipped
    else:
        if not source.exists() and source.suffix != ".wbproj":
            raise NotFoundError(
                f"bestaat niet. Geef een map met documenten{example_hint('notulen')} of een "
                "project (.wbproj); controleer het pad.",
                path=source,
            )
        if keep_file or replace_file or project_path:
            raise InvalidChoiceError(
                "--keep, --replace en --project horen bij een map; een project gebruikt bij "
                "--pseudonymise zijn eigen naamlijsten (wb namen).",
                path=source,
            )
        # --apply writes: open to write (a read-only file says so); a missing one names wb import
        if apply and source.exists():
            opened = open_project(source, create=False)
        else:
            opened = open_existing(source)
        with opened as project:
            suggestions = suggest_project(project, codebook, progress=progress, coder=coder)
            n_docs = len(documents_frame(project))
            n_done = len(done_codings(project, coder, codebook.name)) if coder else 0
            if coder and (n_done or not apply):
                others = [] if n_done else done_coders(project, codebook.name)
                click.echo(done_line(coder, codebook.name, n_done, others))
            shown = shown_project(project) if pseudo else None
            texts = {d.label: d.text for d in iter_documents(project)} if json_out else {}
            if apply:
                n = apply_suggestions(project, codebook, suggestions, coder)
                click.echo(f"{n} coderingen opgeslagen voor codeur '{coder}'.")
    data = with_sentences(suggestions_json(suggestions), shown.span if shown else text_span(texts))
    save_json(shown_suggestions(data, shown) if shown else data, json_out)
    if suggestions:
        table = codes_table(suggestions, limit=CODES_SHOWN)
        echo_table(table, keep=("code",), full="voeg --json BESTAND toe", uncut=("code",))
        more = len({s.code for s in suggestions}) - len(table)
        if more > 0:
            click.echo(f"… en {more} {'code' if more == 1 else 'codes'} meer.")
    if not suggestions:
        click.echo(nothing_found_line(codebook.name, len(codebook), n_docs) + skipped_note(skipped))
        json_written(json_out)
        return
    click.echo(suggestion_summary(suggestions) + skipped_note(skipped))
    if json_out is None:
        click.echo("Elke passage met zin, score en reden: voeg --json BESTAND toe.")
    json_written(json_out)


def folder_texts(folder: Path) -> dict[str, str]:
    """The text of every document of a folder, by path relative to it (as `wb code` names them);
    empty documents are skipped (:mod:`wb.corpus.folder`)."""
    from wb.corpus.folder import read_folder_documents

    return {d.name: d.read.text for d in read_folder_documents(folder).documents}


def text_span(texts: dict[str, str]) -> Callable[[str, int, int], str]:
    """A span function over `texts` (empty for a document not among them)."""
    return lambda doc, start, end: texts.get(doc, "")[start:end]


def with_sentences(data: dict[str, Any], span: Callable[[str, int, int], str]) -> dict[str, Any]:
    """The `wb code --json` document with each passage's text ("text"), as `span` gives it
    (pseudonymised with --pseudonymise: never the original); offsets unchanged."""
    return {
        **data,
        "suggestions": [
            {**s, "text": span(s["doc"], s["start"], s["end"])} for s in data["suggestions"]
        ],
    }


FOLDER_CODER_NOTE = (
    "Let op: bij een map komen de suggesties alleen uit het codeboek; --coder leert alleen in een "
    "project van de documenten die die codeur klaar meldde (importeer de map met `wb import`)."
)


def nothing_found_line(codebook_name: str, n_codes: int, n_docs: int) -> str:
    """One Dutch line for a run without suggestions: what was searched and what to try."""
    codes = "de ene code" if n_codes == 1 else f"de {n_codes} codes"
    docs = "1 document" if n_docs == 1 else f"{n_docs} documenten"
    return (
        f"Geen passages gevonden voor {codes} van codeboek '{codebook_name}' in {docs}: geen "
        "patroon kwam voor en geen zin leek genoeg op een omschrijving of voorbeeld. Probeer "
        "meer patronen (grondvormen: 'kind' vindt ook 'kinderen') of een omschrijving en "
        f"voorbeeldzinnen bij de codes (zie {bundled_file('codebooks/README.md')})."
    )


def done_line(coder: str, codebook_name: str, n: int, others: list[str] | None = None) -> str:
    """One Dutch line: the `n` documents `coder` marked done, which the suggestions learned;
    with none, the coders who did mark documents done with this codebook (`others`)."""
    if n == 0:
        line = (
            f"'{coder}' heeft nog geen document klaar gemeld met codeboek '{codebook_name}'; "
            "de suggesties komen alleen uit het codeboek."
        )
        if others:
            names = ", ".join(f"'{name}'" for name in others)
            line += (
                f" Wel klaar gemeld met dit codeboek door: {names} (de naam moet precies gelijk "
                "zijn, ook in hoofdletters)."
            )
        return line
    if n == 1:
        return (
            f"De suggesties leerden van 1 document dat '{coder}' klaar meldde "
            "(dat krijgt zelf geen suggesties)."
        )
    return (
        f"De suggesties leerden van {n} documenten die '{coder}' klaar meldde "
        "(die krijgen zelf geen suggesties)."
    )
