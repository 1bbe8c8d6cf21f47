"""Dossier commands: `wb labels`, `reuse`, `pseudonymise`, `namen`, `review` and `report`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from wb.cli.common import (
    JSON_OPTION,
    LEXICON_PATH,
    NAME_LIST_PATH,
    PROJECT_ARGUMENT,
    PROJECT_DOSSIER_HINT,
    PROJECT_OPTION,
    AtLeast,
    FilePath,
    FolderPath,
    check_json_target,
    check_workers,
    cluster_options,
    echo_table,
    engine_line,
    json_written,
    not_a_project,
    notices_to_stderr,
    open_existing,
    open_to_write,
    out_advice,
    project_advice,
    reports_errors,
    save_json,
)
from wb.cli.shown import name_lists_of, pseudonymise_options, shown_texts
from wb.errors import InvalidChoiceError, NotFoundError, WbError

SHINGLE_WORDS = 7  # the ReuseDetector's default: the words compared at a time (kept light here)


@click.command()
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option(
    "--lexicon",
    type=LEXICON_PATH,
    help="Labellijst (YAML); standaard codebooks/labels.yaml.",
)
@click.option(
    "--learned",
    is_flag=True,
    help="Ook de geleerde detector van oordelende taal (meer gevonden, minder precies).",
)
@JSON_OPTION
@pseudonymise_options
@cluster_options
@reports_errors
def labels(
    corpus: Path,
    lexicon: Path | None,
    learned: bool,
    json_out: Path | None,
    pseudo: bool,
    keep_file: Path | None,
    replace_file: Path | None,
    project_path: Path | None,
    cluster: str | None,
    workers: int | None,
) -> None:
    """Vind labelende taal in dossierrapporten: wie zegt het, waar kwam het eerst voor."""
    from wb.corpus.folder import skipped_note
    from wb.dossiers.judging import method_line
    from wb.dossiers.labels import label_corpus
    from wb.dossiers.shown_text import shown_labels
    from wb.exports.readable import label_counts, labels_table

    not_a_project(corpus, PROJECT_DOSSIER_HINT)
    check_workers(cluster, workers)
    check_json_target(json_out)
    lexicon = lexicon or default_lexicon()
    kwargs = {"cluster": cluster, "workers": workers, "judging": learned}
    if cluster is None:
        kwargs["progress"] = sys.stderr.isatty()
    with notices_to_stderr() as notices:  # every read of the folder: one notice per empty file
        shown = shown_texts(corpus, pseudo, keep_file, replace_file, project_path)
        result = label_corpus(corpus, lexicon, **kwargs)
        table = labels_table(result, corpus, shown=shown)
    save_json(shown_labels(result, shown) if shown else result, json_out)
    echo_table(table, keep=("label", "stem"), full="voeg --json BESTAND toe", uncut=("stem",))
    hits = result["labels"]
    copied = sum(1 for h in hits if h["copied_from"])
    n_docs = len({h["doc"] for h in hits})
    click.echo(
        f"{label_counts(hits)} in {n_docs} "
        f"{'rapport' if n_docs == 1 else 'rapporten'}; {copied} in overgenomen passages."
        f"{engine_line(result)}{skipped_note(len(notices.skipped))}"
    )
    click.echo(method_line(learned))
    json_written(json_out)


MISSING_LEXICON = (
    "wb's eigen labellijst (codebooks/labels.yaml) is niet gevonden: deze installatie van wb heeft "
    "die niet. Geef een labellijst met --lexicon LIJST.yaml, of installeer wb opnieuw vanuit de "
    "map van de wb-checkout met: pip install . (dan komt de labellijst mee)."
)


def default_lexicon() -> Path:
    """The bundled label lexicon (codebooks/labels.yaml)."""
    from wb.config import find_repo_dir

    folder = find_repo_dir("codebooks")
    if folder is None or not (folder / "labels.yaml").is_file():
        raise NotFoundError(MISSING_LEXICON)
    return folder / "labels.yaml"


LEARNED_AGAIN_OPTION = click.option(
    "--learned",
    is_flag=True,
    help="Zoek opnieuw, ook met de geleerde detector van oordelende taal (meer gevonden, "
    "minder precies); gegeven oordelen blijven staan.",
)


LEXICON_NOT_USED = (
    "Let op: dit project is al doorzocht; --lexicon {lexicon} is niet gebruikt. Wilt u de "
    "rapporten met deze labellijst doorzoeken, voeg dan --opnieuw toe: wb zoekt dan opnieuw en "
    "vervangt de vorige vondsten; passages met een oordeel blijven staan."
)

AGAIN_OPTION = click.option(
    "--opnieuw",
    "again",
    is_flag=True,
    help="Doorzoek de rapporten opnieuw (met --lexicon, anders de standaardlijst) en vervang de "
    "vorige vondsten; passages met een oordeel blijven staan, met hun oordeel.",
)


def again_line(counts: dict[str, int]) -> str:
    """The Dutch summary of a clean re-search."""
    found = counts["labels"] + counts["passages"]
    line = (
        f"Opnieuw gezocht: {found} {'signalering' if found == 1 else 'signaleringen'} "
        f"(labels en termen: {counts['labels']}, overgenomen passages: {counts['passages']}), "
        f"{counts['new']} nieuw; {counts['dropped']} vorige zonder oordeel vervallen."
    )
    if counts["earlier"]:
        n = counts["earlier"]
        line += (
            f" {n} {'passage' if n == 1 else 'passages'} met een oordeel niet meer gevonden: "
            "blijven staan, gemarkeerd als uit een eerdere zoekronde."
        )
    return line


def analyse_first(project: Any, lexicon: Path | None, learned: bool, again: bool = False) -> None:
    """Analyse the dossiers unless done; with `learned` always, the learned detector included;
    with `again` as a clean re-search (the findings replaced, decided ones kept)."""
    from wb.dossiers.analyse import analyse_dossiers, ensure_analysed

    given, lexicon = lexicon, lexicon or default_lexicon()
    progress = sys.stderr.isatty()  # a bar per report: on a big project this takes minutes
    if again:
        counts = analyse_dossiers(project, lexicon, judging=learned, progress=progress, fresh=True)
        click.echo(again_line(counts))
    elif learned:
        analyse_dossiers(project, lexicon, judging=True, progress=progress)
    elif not ensure_analysed(project, lexicon, progress=progress):
        if given is not None:  # read it all the same: a wrong file is said, not passed over
            from wb.dossiers.lexicon import load_lexicon

            load_lexicon(given)
            click.echo(LEXICON_NOT_USED.format(lexicon=given), err=True)
        return
    if not again:
        click.echo("Labels en overgenomen passages gezocht en opgeslagen in het project.")
    if learned:
        from wb.dossiers.judging import method_line

        click.echo(method_line(True))


@click.command()
@click.argument("corpus", type=click.Path(path_type=Path))
@JSON_OPTION
@click.option(
    "--min-words",
    type=AtLeast(SHINGLE_WORDS, f", want wb vergelijkt stukjes van {SHINGLE_WORDS} woorden"),
    default=15,
    show_default=True,
    help=f"Kortste passage in woorden ({SHINGLE_WORDS} of meer).",
)
@click.option(
    "--boilerplate-dossiers",
    type=AtLeast(2, ", want standaardtekst staat in meer dan één dossier"),
    default=2,
    show_default=True,
    help="Tekst die in zoveel dossiers voorkomt, is standaardtekst (boilerplate); 2 of meer.",
)
@pseudonymise_options
@cluster_options
@reports_errors
def reuse(
    corpus: Path,
    json_out: Path | None,
    min_words: int,
    boilerplate_dossiers: int,
    pseudo: bool,
    keep_file: Path | None,
    replace_file: Path | None,
    project_path: Path | None,
    cluster: str | None,
    workers: int | None,
) -> None:
    """Vind passages die uit een eerder rapport zijn overgenomen (volgorde: datum in metadata).

    MAP is een map met rapporten; met --cluster mag het ook een lijst met bestanden zijn
    (.lst of .txt, één pad per regel, relatief aan de map van de lijst).
    """
    from wb.corpus.folder import skipped_note
    from wb.dossiers.reuse import detect_reuse
    from wb.dossiers.shown_text import shown_reuse
    from wb.exports.readable import reuse_table

    not_a_project(corpus, PROJECT_DOSSIER_HINT)
    check_workers(cluster, workers)
    check_json_target(json_out)
    folder = corpus if corpus.is_dir() else corpus.parent
    with notices_to_stderr() as notices:  # every read of the folder: one notice per empty file
        shown = shown_texts(folder, pseudo, keep_file, replace_file, project_path)
        result = detect_reuse(
            corpus,
            min_words=min_words,
            boilerplate_dossiers=boilerplate_dossiers,
            cluster=cluster,
            workers=workers,
        )
        table = reuse_table(result, folder, shown=shown)
    save_json(shown_reuse(result, shown) if shown else result, json_out)
    echo_table(table, full="voeg --json BESTAND toe", uncut=("datum", "soort"))
    passages = result["passages"]
    case = sum(1 for p in passages if not p["boilerplate"])
    click.echo(
        f"{len(passages)} overgenomen {'passage' if len(passages) == 1 else 'passages'}: "
        f"{case} in dossiers, "
        f"{len(passages) - case} standaardtekst.{engine_line(result)}"
        f"{skipped_note(len(notices.skipped))}"
    )
    json_written(json_out)


@click.command()
@click.argument("corpus", type=click.Path(path_type=Path), is_eager=True)  # before --out
@click.option(
    "--out",
    required=True,
    type=FolderPath("de gepseudonimiseerde kopieën", "gedeeld"),
    help="Nieuwe of lege map voor de gepseudonimiseerde kopieën.",
)
@click.option(
    "--json",
    "json_map",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Overzicht van de vervangingen (welk origineel bij welk bestand); niet delen.",
)
@click.option("--overwrite", is_flag=True, help="Overschrijf een niet-lege uitvoermap.")
@click.option(
    "--keep",
    "keep_file",
    type=NAME_LIST_PATH,
    help="Lijst met termen die nooit vervangen worden (één per regel).",
)
@click.option(
    "--replace",
    "replace_file",
    type=NAME_LIST_PATH,
    help="Lijst met termen die altijd vervangen worden (term of term;SOORT per regel).",
)
@click.option(
    "--project",
    "project_path",
    type=FilePath(project_advice, exists=True),
    help="Gebruik ook de naamlijsten van dit project (wb namen).",
)
@click.option(
    "--learned",
    is_flag=True,
    help=(
        "Laat ook het geleerde namenmodel meekijken: vindt meer namen, "
        "maar vervangt soms een gewoon woord."
    ),
)
@reports_errors
def pseudonymise(
    corpus: Path,
    out: Path,
    json_map: Path | None,
    overwrite: bool,
    keep_file: Path | None,
    replace_file: Path | None,
    project_path: Path | None,
    learned: bool,
) -> None:
    """Schrijf een gepseudonimiseerde kopie van elk document (namen, adressen, BSN, ...).

    Elke kopie heet als het origineel (.docx, .odt en .pdf worden .txt). Staat in de
    bestandsnaam of een mapnaam een naam die wb in de tekst vervangt, dan krijgt de kopie daar
    dezelfde plaatshouder, ook als de naam aan een ander woord vastzit: verslag_sanne.txt en
    verslagSanne.txt worden verslag_[PERSOON-1].txt en verslag[PERSOON-1].txt. Een naam die
    niet in de tekst staat, kent wb niet: hernoem zo'n bestand zelf.

    Een term uit --keep binnen een organisatienaam blijft leesbaar, de rest van de naam wordt
    vervangen: met 'wijkteam' in --keep wordt 'wijkteam Oosterveld' 'wijkteam [ORGANISATIE-1]'.
    """
    from wb.corpus.folder import skipped_note
    from wb.dossiers.pseudonymise import Pseudonymiser, write_pseudonymised

    not_a_project(
        corpus,
        "Een document van een project gepseudonimiseerd: `wb show ID PROJECT --pseudonymise`.",
    )
    from wb.atomic import check_folder_target

    check_folder_target(out)  # before the work: a file in the way is said now, not after it
    check_json_target(json_map, make_folders=True)  # the overview's folders are made
    keep, replace = name_lists_of(keep_file, replace_file, project_path)
    pseudonymiser = Pseudonymiser(keep=keep, replace=replace, learned=learned)
    with notices_to_stderr() as notices:
        report = write_pseudonymised(
            corpus,
            out,
            json_map,
            overwrite=overwrite,
            pseudonymiser=pseudonymiser,
            progress=sys.stderr.isatty(),
        )
    first, *rest = report.summary().split("\n")  # the count of copies, then what was skipped
    click.echo("\n".join([first + skipped_note(len(notices.skipped)), *rest]))


def port_problem(port: int, errno: int | None) -> str:
    """A Dutch line for a port the review page cannot open, by the operating system's errno."""
    import errno as codes

    if errno == codes.EADDRINUSE:
        return (
            f"poort {port} is al in gebruik (draait de beoordelingspagina al? Open dan "
            f"http://127.0.0.1:{port}/); kies anders een andere poort met --port, bijvoorbeeld "
            f"--port {port + 1}."
        )
    if errno == codes.EACCES:
        return f"poort {port} is niet toegestaan op deze computer; kies een poort boven 1024."
    return f"poort {port} kan niet worden geopend; kies een andere met --port."


@click.command()
@click.argument("which", type=click.Choice(["keep", "replace"]))
@PROJECT_OPTION
@click.option("--add", "added", multiple=True, help="Term toevoegen (replace: term;SOORT).")
@click.option("--remove", "removed", multiple=True, help="Term verwijderen.")
@click.option(
    "--from",
    "from_file",
    type=NAME_LIST_PATH,
    help="Termen toevoegen uit een lijst (één per regel).",
)
@reports_errors
def namen(
    which: str,
    project_path: Path,
    added: tuple[str, ...],
    removed: tuple[str, ...],
    from_file: Path | None,
) -> None:
    """Beheer de naamlijsten van een project: keep (nooit vervangen) of replace (altijd)."""
    from wb.dossiers.pseudonymise import read_name_list
    from wb.store.name_lists import add_names, name_lists, remove_names

    terms: dict[str, str] = {}
    for item in added:
        term, _, type_ = item.partition(";")
        if which == "keep" and type_:
            raise InvalidChoiceError(
                f"--add '{item}': een term voor keep heeft geen ';SOORT' (die hoort bij replace)."
            )
        terms[term.strip()] = type_.strip().upper() if which == "replace" else ""
    if from_file is not None:
        terms |= read_name_list(from_file, which)
    with open_to_write(project_path) as project:
        if terms:
            add_names(project, which, terms)
        if removed:
            remove_names(project, which, list(removed))
        lists = name_lists(project)
    items = (
        sorted(lists.keep)
        if which == "keep"
        else [f"{t};{ty}" for t, ty in sorted(lists.replace.items())]
    )
    label = "nooit vervangen" if which == "keep" else "altijd vervangen"
    if not items:
        example = "'Kinderen Eerst'" if which == "keep" else "'Bolletje;PERSOON'"
        click.echo(f"Nog geen termen die {label} worden; voeg er een toe met --add {example}.")
        return
    click.echo(f"{len(items)} {'term' if len(items) == 1 else 'termen'} {label}:")
    for item in items:
        click.echo(f"  {item}")


@click.command()
@PROJECT_ARGUMENT
@click.option("--port", default=8765, show_default=True, help="Poort op deze computer.")
@click.option(
    "--lexicon",
    type=LEXICON_PATH,
    help="Labellijst (YAML); standaard codebooks/labels.yaml.",
)
@LEARNED_AGAIN_OPTION
@AGAIN_OPTION
@reports_errors
def review(project_path: Path, port: int, lexicon: Path | None, learned: bool, again: bool) -> None:
    """Open de beoordelingspagina voor ervaringsdeskundigen (alleen op deze computer)."""
    from wb.dossiers import review_server
    from wb.dossiers.review import ReviewSession

    with open_existing(project_path) as project:
        try:  # the port before the analysis: a port in use is said at once, not after minutes
            server = review_server.open_port(port)
        except OSError as exc:
            raise WbError(port_problem(port, exc.errno)) from exc
        try:
            analyse_first(project, lexicon, learned, again)
            server.session = ReviewSession(project)
            click.echo(
                f"Beoordelingspagina: http://127.0.0.1:{server.server_port}/  (stoppen: Ctrl+C)"
            )
            server.serve_forever()
        except KeyboardInterrupt:
            click.echo("Gestopt.")
        finally:
            server.server_close()


@click.command()
@PROJECT_ARGUMENT
@click.option("--dossier", required=True, help="Waarde van de kolom dossier, bijv. D1.")
@click.option(
    "--out",
    required=True,
    type=FilePath(out_advice(lambda given: f"{given.get('dossier') or 'dossier'}.html")),
    help="HTML-bestand voor het rapport.",
)
@click.option(
    "--lexicon",
    type=LEXICON_PATH,
    help="Labellijst (YAML); standaard codebooks/labels.yaml.",
)
@LEARNED_AGAIN_OPTION
@AGAIN_OPTION
@reports_errors
def report(
    project_path: Path,
    dossier: str,
    out: Path,
    lexicon: Path | None,
    learned: bool,
    again: bool,
) -> None:
    """Schrijf het dossierrapport (HTML, op zichzelf staand, gepseudonimiseerd)."""
    from wb.atomic import check_file_target, new_folders
    from wb.dossiers.report import write_dossier_report

    check_file_target(out, make_folders=True)  # before the search: a file in the way is said now
    with open_existing(project_path) as project:
        analyse_first(project, lexicon, learned, again)
        # the folder is made as by `wb export`, and removed again when writing fails
        with new_folders(out.parent) as made:
            written = write_dossier_report(project, dossier, out, progress=sys.stderr.isatty())
    if made:
        click.echo(f"Map {out.parent} aangemaakt.")
    click.echo(written.summary())
