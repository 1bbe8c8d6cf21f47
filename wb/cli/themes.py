"""`wb themes`: passages clustered into themes, with a written summary on request."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from wb.cli.common import (
    JSON_OPTION,
    AtLeast,
    FolderPath,
    check_json_target,
    echo_table,
    json_written,
    not_a_document,
    notices_to_stderr,
    open_existing,
    reports_errors,
)

APOSTROPHE_S = "'s"  # "1 thema", "2 thema's"
WRITTEN = (
    "Geschreven naar {out_dir}: de samenvatting (themas.md, themas.html, themas.docx) en de "
    "tabellen (themas.csv, passages.csv)."
)


class ThemeCount(click.ParamType):
    """`--themes`: "auto" or a whole number of at least 2 (one theme is no grouping)."""

    name = "aantal"

    def convert(self, value: Any, param: Any, ctx: Any) -> int | str:
        """The number of themes, or "auto"; anything else is refused before the work."""
        text = str(value).strip().lower()
        if text == "auto":
            return "auto"
        if text.isascii() and text.isdigit() and int(text) >= 2:
            return int(text)
        self.fail(f"{value!r} kan niet; geef een geheel getal van 2 of meer, of auto.", param, ctx)


@click.command()
@click.argument("source", type=click.Path(path_type=Path), is_eager=True)  # before --out
@JSON_OPTION
@click.option(
    "--out",
    "out_dir",
    type=FolderPath("de samenvatting", "themas"),
    help="Map voor de samenvatting (Markdown, HTML, Word) en de tabellen (CSV).",
)
@click.option(
    "--unit",
    type=click.Choice(["paragraph", "turn"]),
    default="paragraph",
    show_default=True,
    help="Wat een passage is: paragraph (alinea) of turn (sprekersbeurt in notulen).",
)
@click.option(
    "--themes",
    "n_themes",
    type=ThemeCount(),
    default="auto",
    show_default=True,
    metavar="AANTAL",
    help="Aantal thema's (2 of meer), of auto: wb kiest het aantal dat het best scheidt.",
)
@click.option(
    "--seed",
    default=0,
    show_default=True,
    help="Startpunt van het toeval (zelfde getal, zelfde thema's).",
)
@click.option(
    "--runs",
    type=AtLeast(1),
    metavar="GETAL",
    default=5,
    show_default=True,
    help="Aantal runs met een ander startpunt; vanaf 2 meet wb hoe stabiel de thema's zijn.",
)
@click.option(
    "--embedder",
    type=click.Choice(["tfidf", "use", "e5"]),
    default="tfidf",
    help="Rekenmethode voor de passages (tfidf: standaard, zonder extra model).",
)
@reports_errors
def themes(
    source: Path,
    json_out: Path | None,
    out_dir: Path | None,
    unit: str,
    n_themes: int | str,
    seed: int,
    runs: int,
    embedder: str,
) -> None:
    """Groepeer passages (alinea's of sprekersbeurten) in thema's; zeg hoe stabiel ze zijn."""
    from wb.corpus.folder import skipped_note
    from wb.exports.readable import themes_table
    from wb.store import open_project
    from wb.themes.run import themes_for_project, write_json

    not_a_document(source)
    if not source.exists():  # as `wb code`: one Dutch line, not click's usage block
        from wb.config import example_hint
        from wb.errors import NotFoundError

        raise NotFoundError(
            f"bestaat niet. Geef een map met documenten{example_hint('verhalen')} of een "
            "project (.wbproj); controleer het pad.",
            path=source,
        )
    from wb.atomic import check_folder_target

    check_json_target(json_out, make_folders=True)  # write_json makes missing folders
    if out_dir is not None:  # before the work: a file in the way is said now, not after it
        check_folder_target(out_dir)
    params = {
        "unit": unit,
        "seed": seed,
        "n_runs": runs,
        "embedder": embedder,
        "n_themes": n_themes,
        "progress": sys.stderr.isatty(),
    }
    skipped = 0
    if source.is_dir():
        with notices_to_stderr(every_warning=False) as notices:  # one notice per empty file
            result = _folder_themes(source, out_dir, params)
        skipped = len(notices.skipped)
    else:
        opened = open_existing(source) if out_dir is None else open_project(source, create=False)
        with opened as project:
            result = themes_for_project(project, **params)
            if out_dir is not None:
                _write_theme_summary(project, result, out_dir)
    if json_out is not None:
        write_json(result, json_out)
    if out_dir is not None:
        click.echo(WRITTEN.format(out_dir=out_dir))
    echo_table(themes_table(result), keep=("thema",), full="voeg --json BESTAND toe")
    unstable = sum(1 for t in result["themes"] if not t.get("stable", True))
    how_stable = f"{unstable} instabiel" if runs > 1 else "stabiliteit niet gemeten: maar één run"
    found = len(result["themes"])
    click.echo(
        f"{found} {'thema' if found == 1 else 'thema' + APOSTROPHE_S} ({how_stable}) in "
        f"{len(result['segments'])} passages; {100 * result['outlier_share']:.0f}% niet ingedeeld."
        f"{skipped_note(skipped)}"
    )
    json_written(json_out)


def _folder_themes(source: Path, out_dir: Path | None, params: dict[str, Any]) -> dict[str, Any]:
    """The themes of a folder; with `out_dir`, stored in a project made for the run and written
    there (the summary needs a project)."""
    from wb.store import open_project
    from wb.themes.run import themes_for_folder, themes_for_project

    if out_dir is None:
        return themes_for_folder(source, **params)
    import tempfile

    from wb.corpus.importer import import_folder

    with tempfile.TemporaryDirectory() as tmp, open_project(Path(tmp) / "t.wbproj") as project:
        import_folder(project, source)
        result = themes_for_project(project, **params)
        _write_theme_summary(project, result, out_dir)
    return result


def _write_theme_summary(project: Any, result: dict[str, Any], out_dir: Path) -> None:
    """Store the run in the project and write the summary (Markdown, HTML, Word) and the tables
    into `out_dir`, all or nothing: in a folder next to it, moved in at the end (as the
    pseudonymised copies); a folder made for it goes again when that fails."""
    from wb.atomic import new_folders, write_folder
    from wb.exports.theme_summary import export_summary
    from wb.themes.run import write_tables
    from wb.themes.store import save_run

    run_id = save_run(project, result)

    def fill(folder: Path) -> None:
        for suffix in ("md", "html", "docx"):
            export_summary(project, folder / f"themas.{suffix}", run_id=run_id)
        write_tables(result, folder)

    with new_folders(out_dir.parent):
        write_folder(out_dir, fill, prefix=".wb-themas-", merge=True)
