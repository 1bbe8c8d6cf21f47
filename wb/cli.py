"""The `wb` command: a thin layer that parses arguments and calls the library."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from wb.click_nl import dutch_metavars
from wb.click_nl import install as install_dutch
from wb.errors import InvalidChoiceError, NotFoundError, WbError

install_dutch()  # click's usage errors and help texts in Dutch

NEW_PROJECT_OPTION = click.option(
    "--project",
    "project_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Projectbestand (.wbproj); wordt gemaakt als het nog niet bestaat.",
)
PROJECT_HELP = "Bestaand projectbestand; een nieuw maakt u met wb import."
PROJECT_OPTION = click.option(
    "--project",
    "project_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help=PROJECT_HELP,
)
PROJECT_ARGUMENT = click.argument(
    "project_path", metavar="PROJECT", type=click.Path(dir_okay=False, path_type=Path)
)


def open_existing(path: Path) -> Any:
    """Open a project to read (read-only when needed); a missing file names `wb import`."""
    from wb.errors import ProjectError
    from wb.store import open_for_reading

    if not path.exists():
        raise ProjectError(
            f"bestaat niet. Controleer het pad, of maak het project met: "
            f"wb import MAP --project {path}",
            path=path,
        )
    return open_for_reading(path)


def with_code(exc: WbError) -> str:
    """The message with its error code after the first line, e.g. '... (WB101)'."""
    first, sep, rest = str(exc).partition("\n")
    return f"{first} ({exc.code}){sep}{rest}"


def reports_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a WbError into one clear line on stderr and exit code 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except WbError as exc:
            click.echo(f"fout: {with_code(exc)}", err=True)
            sys.exit(exc.exit_code)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wb")
def cli() -> None:
    """wb: werkbank voor kwalitatief onderzoek op Nederlandse teksten."""


@cli.command()
@reports_errors
def info() -> None:
    """Toon de taalpijplijn en de versies van de pakketten."""
    from wb.info import environment_info, format_info

    click.echo(format_info(environment_info()))


@cli.command(name="import")
@click.argument("source", type=click.Path(path_type=Path))
@NEW_PROJECT_OPTION
@click.option("--corpus", help="Naam van het corpus (standaard: de map- of bestandsnaam).")
@click.option(
    "--skip-bad", is_flag=True, help="Sla onleesbare bestanden over en importeer de rest."
)
@click.option(
    "--max-mb", type=float, default=20.0, show_default=True, help="Grootste toegestane bestand."
)
@reports_errors
def import_cmd(
    source: Path, project_path: Path, corpus: str | None, skip_bad: bool, max_mb: float
) -> None:
    """Importeer een map met documenten, een REFI-QDA-project (.qdpx) of codeboek (.qdc)."""
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

        report = import_folder(
            project,
            source,
            corpus=corpus,
            skip_bad=skip_bad,
            max_bytes=int(max_mb * 1024 * 1024),
            progress=sys.stderr.isatty(),
        )
    click.echo(report.summary())


@cli.command()
@PROJECT_OPTION
@click.option("--corpus", help="Alleen dit corpus.")
@reports_errors
def documents(project_path: Path, corpus: str | None) -> None:
    """Toon de documenten van een project met hun metadata."""
    import pandas as pd

    from wb.store.documents import documents_table

    with open_existing(project_path) as project:
        table = documents_table(project, corpus)
    if table.empty:
        click.echo("Het project bevat nog geen documenten; importeer eerst met `wb import`.")
        return
    with pd.option_context("display.width", 160, "display.max_columns", 12):
        click.echo(table.to_string())


@cli.command()
@click.argument("document")
@PROJECT_OPTION
@reports_errors
def show(document: str, project_path: Path) -> None:
    """Toon de tekst en metadata van één document (id uit `wb documents`, of pad)."""
    from wb.store.documents import find_document

    with open_existing(project_path) as project:
        doc = find_document(project, document)
    click.echo(f"# {doc.corpus}/{doc.path} (versie {doc.version})")
    for key, value in doc.metadata.items():
        click.echo(f"{key}: {value}")
    click.echo("")
    click.echo(doc.text)


@cli.command()
@click.argument("source", type=click.Path(exists=False, path_type=Path))
@click.option(
    "--codebook",
    "codebook_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Codeboek (YAML).",
)
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--apply", is_flag=True, help="Sla elke suggestie op als codering (autocoderen).")
@click.option("--coder", help="Naam van de codeur bij --apply.")
@reports_errors
def code(
    source: Path, codebook_path: Path, json_out: Path | None, apply: bool, coder: str | None
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
    from wb.store import open_project

    codebook = load_codebook(codebook_path)
    progress = sys.stderr.isatty()
    if apply and not coder:
        raise InvalidChoiceError("--apply heeft --coder NAAM nodig: wie codeert er?")
    if source.is_dir():
        if apply:
            raise InvalidChoiceError(
                "--apply werkt op een project; importeer de map eerst met `wb import`.",
                path=source,
            )
        suggestions = suggest_folder(codebook, source, progress=progress)
    else:
        opened = open_project(source, create=False) if apply else open_existing(source)
        with opened as project:
            suggestions = suggest_project(project, codebook, progress=progress)
            if apply:
                n = apply_suggestions(project, codebook, suggestions, coder)
                click.echo(f"{n} coderingen opgeslagen voor codeur '{coder}'.")
    _write_json(suggestions_json(suggestions), json_out)
    click.echo(suggestion_summary(suggestions))


@cli.command()
@PROJECT_ARGUMENT
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["qdpx", "qdc", "csv", "xlsx"]),
    required=True,
    help="qdpx: heel project (REFI-QDA); qdc: codeboek; csv/xlsx: coderingen met tekst.",
)
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
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

    with open_existing(project_path) as project:
        if fmt == "qdpx":
            from wb.exports.refi_export import export_qdpx

            click.echo(export_qdpx(project, out).summary())
            return
        elif fmt == "qdc":
            from wb.exports.refi_export import export_qdc

            written = export_qdc(project, out)
        elif decisions:
            from wb.exports.tables import export_decisions

            written = export_decisions(project, out, format=fmt)
        else:
            from wb.exports.tables import export_codings

            written = export_codings(project, out, format=fmt, pseudonymise=pseudo)
    click.echo(f"Geschreven: {written}")


@cli.command()
@PROJECT_ARGUMENT
@click.option("--coders", nargs=2, help="Vergelijk alleen deze twee codeurs.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path))
@reports_errors
def agreement(project_path: Path, coders: tuple[str, str] | None, json_out: Path | None) -> None:
    """Overeenstemming tussen codeurs per code en totaal: %, Cohens kappa, Krippendorffs alfa."""

    from wb.coding.agreement import agreement as compute
    from wb.exports.readable import format_agreement

    with open_existing(project_path) as project:
        result = compute(project, list(coders) if coders else None)
    data = result.to_json()
    _write_json(data, json_out)
    click.echo(f"Codeurs: {', '.join(data['coders'])}")
    click.echo(format_agreement(data))


JSON_OPTION = click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Schrijf ook het volledige resultaat als JSON naar dit bestand.",
)


def _write_json(data: dict[str, Any], path: Path | None) -> None:
    """Write `data` as JSON to `path` (atomically), when a path was given."""
    if path is not None:
        import json

        from wb.atomic import write_atomic

        write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1))


def cluster_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The --cluster and --workers options (Dask; needs pip install 'wb[cluster]')."""
    func = click.option(
        "--workers",
        type=int,
        help="Aantal workers bij --cluster local (standaard 2).",
    )(func)
    return click.option(
        "--cluster",
        metavar="ADRES",
        help="Reken op een Dask-cluster: tcp://host:poort van de scheduler, of 'local' "
        "(start een lokale cluster voor deze run). Vereist pip install 'wb[cluster]'.",
    )(func)


def _check_workers(cluster: str | None, workers: int | None) -> None:
    if workers is not None and cluster != "local":
        from wb.errors import ClusterError

        raise ClusterError("--workers hoort bij --cluster local (een lokale Dask-cluster).")


def _engine_line(result: dict[str, Any]) -> str:
    engine = result.get("engine")
    return f" (Dask, {engine['workers']} workers)" if engine else ""


def _warnings_to_stderr(func: Callable[[], Any]) -> Any:
    """Run `func`, printing the Dutch warnings it raises as notices on stderr."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = func()
    for w in caught:
        click.echo(f"let op: {w.message}", err=True)
    return result


@cli.command()
@click.argument("corpus", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--lexicon",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Labellijst (YAML); standaard codebooks/labels.yaml.",
)
@click.option(
    "--learned",
    is_flag=True,
    help="Ook de geleerde detector van oordelende taal (meer gevonden, minder precies).",
)
@JSON_OPTION
@cluster_options
@reports_errors
def labels(
    corpus: Path,
    lexicon: Path | None,
    learned: bool,
    json_out: Path | None,
    cluster: str | None,
    workers: int | None,
) -> None:
    """Vind labelende taal in dossierrapporten: wie zegt het, waar kwam het eerst voor."""
    from wb.dossiers.judging import method_line
    from wb.dossiers.labels import label_corpus
    from wb.exports.readable import format_table, labels_table

    _check_workers(cluster, workers)
    lexicon = lexicon or default_lexicon()
    kwargs = {"cluster": cluster, "workers": workers, "judging": learned}
    result = _warnings_to_stderr(lambda: label_corpus(corpus, lexicon, **kwargs))
    _write_json(result, json_out)
    click.echo(format_table(labels_table(result, corpus)))
    hits = result["labels"]
    voices = {v: sum(1 for h in hits if h["voice"] == v) for v in ("asserted", "attributed")}
    other = len(hits) - sum(voices.values())
    copied = sum(1 for h in hits if h["copied_from"])
    n_docs = len({h["doc"] for h in hits})
    applied = sum(voices.values())  # discussed and negated terms are no label on a family
    click.echo(
        f"{applied} {'label' if applied == 1 else 'labels'} ({voices['asserted']} door het "
        f"rapport zelf gesteld, {voices['attributed']} toegeschreven) en {other} besproken of "
        f"ontkende {'term' if other == 1 else 'termen'} in {n_docs} "
        f"{'rapport' if n_docs == 1 else 'rapporten'}; {copied} in overgenomen passages."
        f"{_engine_line(result)}"
    )
    click.echo(method_line(learned))


def default_lexicon() -> Path:
    """The bundled label lexicon (codebooks/labels.yaml)."""
    from wb.config import find_repo_dir

    folder = find_repo_dir("codebooks")
    if folder is None or not (folder / "labels.yaml").is_file():
        raise NotFoundError(
            "codebooks/labels.yaml niet gevonden; geef een labellijst met --lexicon."
        )
    return folder / "labels.yaml"


@cli.command()
@click.argument("corpus", type=click.Path(path_type=Path))
@JSON_OPTION
@click.option("--min-words", default=15, show_default=True, help="Kortste passage in woorden.")
@click.option(
    "--boilerplate-dossiers",
    default=2,
    show_default=True,
    help="Tekst die in zoveel dossiers voorkomt, is standaardtekst (boilerplate).",
)
@cluster_options
@reports_errors
def reuse(
    corpus: Path,
    json_out: Path | None,
    min_words: int,
    boilerplate_dossiers: int,
    cluster: str | None,
    workers: int | None,
) -> None:
    """Vind passages die uit een eerder rapport zijn overgenomen (volgorde: datum in metadata).

    CORPUS is een map met rapporten; met --cluster mag het ook een lijst met bestanden zijn
    (.lst of .txt, één pad per regel, relatief aan de map van de lijst).
    """
    from wb.dossiers.reuse import detect_reuse
    from wb.exports.readable import format_table, reuse_table

    _check_workers(cluster, workers)
    result = _warnings_to_stderr(
        lambda: detect_reuse(
            corpus,
            min_words=min_words,
            boilerplate_dossiers=boilerplate_dossiers,
            cluster=cluster,
            workers=workers,
        )
    )
    _write_json(result, json_out)
    folder = corpus if corpus.is_dir() else corpus.parent
    click.echo(format_table(reuse_table(result, folder)))
    passages = result["passages"]
    case = sum(1 for p in passages if not p["boilerplate"])
    click.echo(
        f"{len(passages)} overgenomen passages: {case} in dossiers, "
        f"{len(passages) - case} standaardtekst.{_engine_line(result)}"
    )


@cli.command()
@click.argument("corpus", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "json_map", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--overwrite", is_flag=True, help="Overschrijf een niet-lege uitvoermap.")
@click.option(
    "--keep",
    "keep_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Lijst met termen die nooit vervangen worden (één per regel).",
)
@click.option(
    "--replace",
    "replace_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Lijst met termen die altijd vervangen worden (term of term;SOORT per regel).",
)
@click.option(
    "--project",
    "project_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Gebruik ook de naamlijsten van dit project (wb namen).",
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
) -> None:
    """Schrijf een gepseudonimiseerde kopie van elk document (namen, adressen, BSN, ...)."""
    from wb.dossiers.pseudonymise import Pseudonymiser, read_name_list, write_pseudonymised

    keep: set[str] = set()
    replace: dict[str, str] = {}
    if project_path is not None:
        from wb.store.name_lists import name_lists

        with open_existing(project_path) as project:
            lists = name_lists(project)
        keep |= lists.keep
        replace |= lists.replace
    if keep_file is not None:
        keep |= set(read_name_list(keep_file, "keep"))
    if replace_file is not None:
        replace |= read_name_list(replace_file, "replace")
    pseudonymiser = Pseudonymiser(keep=keep, replace=replace)
    report = write_pseudonymised(
        corpus, out, json_map, overwrite=overwrite, pseudonymiser=pseudonymiser
    )
    click.echo(report.summary())


@cli.command()
@click.argument("which", type=click.Choice(["keep", "replace"]))
@PROJECT_OPTION
@click.option("--add", "added", multiple=True, help="Term toevoegen (replace: term;SOORT).")
@click.option("--remove", "removed", multiple=True, help="Term verwijderen.")
@click.option(
    "--from",
    "from_file",
    type=click.Path(dir_okay=False, path_type=Path),
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
    from wb.store import open_project
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
    with open_project(project_path, create=False) as project:
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
    click.echo(f"{len(items)} termen {label}:")
    for item in items:
        click.echo(f"  {item}")


@cli.command()
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@JSON_OPTION
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--unit", type=click.Choice(["paragraph", "turn"]), default="paragraph")
@click.option("--themes", "n_themes", default="auto", show_default=True, help="Aantal of auto.")
@click.option("--seed", default=0, show_default=True)
@click.option("--runs", default=5, show_default=True, help="Aantal runs voor de stabiliteit.")
@click.option("--embedder", type=click.Choice(["tfidf", "use", "e5"]), default="tfidf")
@reports_errors
def themes(
    source: Path,
    json_out: Path | None,
    out_dir: Path | None,
    unit: str,
    n_themes: str,
    seed: int,
    runs: int,
    embedder: str,
) -> None:
    """Cluster passages (alinea's of sprekersbeurten) in thema's, met stabiliteit over seeds."""
    from wb.exports.readable import format_table, themes_table
    from wb.store import open_project
    from wb.themes.run import themes_for_folder, themes_for_project, write_json, write_tables

    params = {
        "unit": unit,
        "seed": seed,
        "n_runs": runs,
        "embedder": embedder,
        "n_themes": n_themes if n_themes == "auto" else int(n_themes),
    }
    if source.is_dir() and out_dir is None:
        result = themes_for_folder(source, **params)
    elif source.is_dir():
        import tempfile

        from wb.corpus.importer import import_folder

        with tempfile.TemporaryDirectory() as tmp, open_project(Path(tmp) / "t.wbproj") as project:
            import_folder(project, source)
            result = themes_for_project(project, **params)
            _write_theme_summary(project, result, out_dir)
    else:
        opened = open_existing(source) if out_dir is None else open_project(source, create=False)
        with opened as project:
            result = themes_for_project(project, **params)
            if out_dir is not None:
                _write_theme_summary(project, result, out_dir)
    if json_out is not None:
        write_json(result, json_out)
    if out_dir is not None:
        write_tables(result, out_dir)
    click.echo(format_table(themes_table(result)))
    unstable = sum(1 for t in result["themes"] if not t.get("stable", True))
    click.echo(
        f"{len(result['themes'])} thema's ({unstable} instabiel) in "
        f"{len(result['segments'])} passages; {100 * result['outlier_share']:.0f}% niet ingedeeld."
    )


@cli.command()
@PROJECT_ARGUMENT
@click.option("--port", default=8765, show_default=True, help="Poort op deze computer.")
@click.option("--lexicon", type=click.Path(dir_okay=False, path_type=Path))
@reports_errors
def review(project_path: Path, port: int, lexicon: Path | None) -> None:
    """Open de beoordelingspagina voor ervaringsdeskundigen (alleen op deze computer)."""
    from wb.dossiers.analyse import ensure_analysed
    from wb.dossiers.review import ReviewSession
    from wb.dossiers.review_server import serve

    project = open_existing(project_path)
    if ensure_analysed(project, lexicon or default_lexicon()):
        click.echo("Labels en overgenomen passages gezocht en opgeslagen in het project.")
    try:
        server = serve(ReviewSession(project), port)
    except OSError as exc:
        raise WbError(f"poort {port} is bezet ({exc}); kies een andere met --port.") from exc
    click.echo(f"Beoordelingspagina: http://127.0.0.1:{server.server_port}/  (stoppen: Ctrl+C)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Gestopt.")
    finally:
        server.server_close()
        project.close()


@cli.command()
@PROJECT_ARGUMENT
@click.option("--dossier", required=True, help="Waarde van de kolom dossier, bijv. D1.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--lexicon", type=click.Path(dir_okay=False, path_type=Path))
@reports_errors
def report(project_path: Path, dossier: str, out: Path, lexicon: Path | None) -> None:
    """Schrijf het dossierrapport (HTML, op zichzelf staand, gepseudonimiseerd)."""
    from wb.dossiers.analyse import ensure_analysed
    from wb.dossiers.report import write_dossier_report

    with open_existing(project_path) as project:
        if ensure_analysed(project, lexicon or default_lexicon()):
            click.echo("Labels en overgenomen passages gezocht en opgeslagen in het project.")
        click.echo(f"Geschreven: {write_dossier_report(project, dossier, out)}")


def _write_theme_summary(project: Any, result: dict[str, Any], out_dir: Path) -> None:
    """Store the run in the project and write the summary as Markdown, HTML and Word."""
    from wb.exports.theme_summary import export_summary
    from wb.themes.store import save_run

    run_id = save_run(project, result)
    out_dir.mkdir(parents=True, exist_ok=True)
    for suffix in ("md", "html", "docx"):
        export_summary(project, out_dir / f"themas.{suffix}", run_id=run_id)
    click.echo(f"Samenvatting geschreven naar {out_dir} (themas.md, themas.html, themas.docx).")


dutch_metavars(cli)


def main() -> None:
    """Entry point of the `wb` console script."""
    cli(prog_name="wb")


if __name__ == "__main__":
    main()
