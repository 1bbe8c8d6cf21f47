"""What every `wb` command shares: options, opening a project, errors as one Dutch line."""

from __future__ import annotations

import contextlib
import functools
import math
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from wb.cli.click_nl import install as install_dutch
from wb.config import example_hint
from wb.errors import WbError

install_dutch()  # before any command is defined: click.Path and --version translate on creation


class FilePath(click.Path):
    """A file path (`pathlib.Path`); a folder is refused with one Dutch line that says what to
    give instead: `advice(folder)` returns that sentence."""

    def __init__(self, advice: Callable[[Path], str], **kwargs: Any) -> None:
        super().__init__(dir_okay=False, path_type=Path, **kwargs)
        self.advice = advice

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        """The path; a folder fails with what to give instead."""
        path = Path(value)
        if path.is_dir():
            self.fail(f"{str(value)!r} is een map; {self.advice(path)}", param, ctx)
        return super().convert(value, param, ctx)


class FolderPath(click.Path):
    """A folder to write into (`pathlib.Path`); a file in its place is refused with one Dutch
    line that says what to give instead: a folder for `what`, e.g. `example` beside the file."""

    def __init__(self, what: str, example: str) -> None:
        super().__init__(file_okay=False, path_type=Path)
        self.what, self.example = what, example

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        """The path; a file fails with what to give instead."""
        path = Path(value)
        if path.is_file():
            self.fail(
                f"{str(value)!r} is een bestand; geef een map voor {self.what} (wb maakt die "
                f"zelf), bijv. {self.suggestion(path, ctx)}.",
                param,
                ctx,
            )
        return super().convert(value, param, ctx)

    def suggestion(self, path: Path, ctx: Any) -> Path:
        """`example` beside the file, or beside the source folder when the file lies in it (wb
        writes no output into the folder it reads: the next run would read it back)."""
        example = path.parent / self.example
        sources = [v for v in (ctx.params if ctx else {}).values() if isinstance(v, Path)]
        for source in (s for s in sources if s.is_dir()):
            if example.resolve().is_relative_to(source.resolve()):
                beside = source.parent if source.name else source.resolve().parent
                return beside / self.example if beside != Path(".") else Path(self.example)
        return example


def project_advice(folder: Path) -> str:
    """What to give when a folder was given where an existing project is asked."""
    own = sorted(p.name for p in folder.glob("*.wbproj"))[:3]
    if own:
        return f"geef een projectbestand (.wbproj), bijv. {folder / own[0]}."
    name = folder.resolve().name or "project"
    return (
        f"geef een projectbestand (.wbproj). Van een map met documenten maakt u een project met: "
        f"wb import {folder} --project {name}.wbproj"
    )


def new_project_advice(folder: Path) -> str:
    """What to give when a folder was given as the name of a (new) project file."""
    return f"geef de bestandsnaam van het project, bijv. {folder / 'project.wbproj'}."


def yaml_advice(what: str) -> Callable[[Path], str]:
    """What to give when a folder was given where a YAML file (`what`) is asked."""

    def advice(folder: Path) -> str:
        found = sorted(p.name for p in folder.glob("*.y*ml"))
        listed = f"; in die map staan: {', '.join(found[:6])}" if found else ""
        return f"geef {what} (.yaml){listed}."

    return advice


def out_advice(example: Callable[[dict[str, Any]], str]) -> Callable[[Path], str]:
    """What to give when --out names a folder: a file name in it; `example` makes the name from
    the options given before --out (click's context), e.g. the format's extension."""

    def advice(folder: Path) -> str:
        ctx = click.get_current_context(silent=True)
        return f"geef de naam van het bestand, bijv. {folder / example(ctx.params if ctx else {})}."

    return advice


def list_advice(folder: Path) -> str:
    """What to give when a folder was given where a name list (one term a line) is asked."""
    found = sorted(p.name for p in folder.glob("*.txt"))
    listed = f"; in die map staan: {', '.join(found[:6])}" if found else ""
    return f"geef een lijst (een .txt-bestand, één term per regel){listed}."


PROJECT_PATH = FilePath(project_advice)
NAME_LIST_PATH = FilePath(list_advice)
LEXICON_PATH = FilePath(yaml_advice("een labellijst"))

NEW_PROJECT_OPTION = click.option(
    "--project",
    "project_path",
    required=True,
    type=FilePath(new_project_advice),
    help="Projectbestand (.wbproj); wordt gemaakt als het nog niet bestaat.",
)
PROJECT_HELP = "Bestaand projectbestand; een nieuw maakt u met wb import."
PROJECT_OPTION = click.option(
    "--project",
    "project_path",
    required=True,
    type=PROJECT_PATH,
    help=PROJECT_HELP,
)
PROJECT_ARGUMENT = click.argument("project_path", metavar="PROJECT", type=PROJECT_PATH)


def project_either_way(usage: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The project as the last argument (`wb documents p.wbproj`, as in `wb code` and `wb review`)
    or as `--project p.wbproj`; the command receives it as `project_path`. Put it below
    `reports_errors`, so that a missing project is one Dutch line too."""
    path = PROJECT_PATH

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(command)
        def run(*args: Any, project_arg: Path | None, project_opt: Path | None, **kw: Any) -> Any:
            from wb.errors import InvalidChoiceError

            if project_arg and project_opt and project_arg != project_opt:
                raise InvalidChoiceError(
                    f"twee projecten opgegeven ({project_arg} en {project_opt}); geef er één."
                )
            if not (project_arg or project_opt):
                raise InvalidChoiceError(f"geef het projectbestand op: {usage}.")
            return command(*args, project_path=project_arg or project_opt, **kw)

        run = click.option("--project", "project_opt", type=path, help=PROJECT_HELP)(run)
        return click.argument("project_arg", metavar="[PROJECT]", required=False, type=path)(run)

    return decorate


def _missing_project(path: Path) -> Exception:
    from wb.errors import ProjectError

    return ProjectError(
        f"bestaat niet. Controleer het pad, of maak het project met: "
        f"wb import MAP --project {path}",
        path=path,
    )


def open_existing(path: Path) -> Any:
    """Open a project to read (read-only when needed); a missing file names `wb import`."""
    from wb.store import open_for_reading

    if not path.exists():
        raise _missing_project(path)
    return open_for_reading(path)


def open_to_write(path: Path) -> Any:
    """Open an existing project to write; a missing file names `wb import`, as open_existing."""
    from wb.store import open_project

    if not path.exists():
        raise _missing_project(path)
    return open_project(path, create=False)


class AtLeast(click.ParamType):
    """A whole number of at least `minimum`; anything else is refused in Dutch before the work,
    with `why` (", want …") saying what the limit is for."""

    name = "getal"

    def __init__(self, minimum: int, why: str = "") -> None:
        self.minimum = minimum
        self.why = why

    def convert(self, value: Any, param: Any, ctx: Any) -> int:
        """The number; a word, a fraction or a number below the minimum fails with one line."""
        text = str(value).strip()
        if text.isascii() and text.isdigit() and int(text) >= self.minimum:
            return int(text)
        self.fail(
            f"{value!r} kan niet; geef een geheel getal van {self.minimum} of meer{self.why}.",
            param,
            ctx,
        )


class Megabytes(click.ParamType):
    """A size in MB above 0; a Dutch decimal comma ('2,5') counts as a point."""

    name = "getal"

    def convert(self, value: Any, param: Any, ctx: Any) -> float:
        """The size; a word, 0 or less fails with one Dutch line."""
        try:
            number = float(str(value).strip().replace(",", "."))
        except ValueError:
            number = 0.0
        if math.isfinite(number) and number > 0:
            return number
        self.fail(f"{value!r} kan niet; geef een getal groter dan 0, bijv. 20 of 2,5.", param, ctx)


def with_code(exc: WbError) -> str:
    """The message with its error code after the first line, e.g. '... (WB101)'; a first line
    that introduces a list keeps its colon last: '... niets geladen (WB131):'."""
    first, sep, rest = str(exc).partition("\n")
    if first.endswith(":"):
        return f"{first[:-1]} ({exc.code}):{sep}{rest}"
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


JSON_OPTION = click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Schrijf ook het volledige resultaat als JSON naar dit bestand.",
)


def stdout_is_terminal() -> bool:
    """Whether what `wb` prints goes to a terminal (not to a file or a pipe)."""
    return sys.stdout.isatty()


def echo_table(
    table: Any, *, keep: tuple[str, ...] = (), full: str = "", uncut: tuple[str, ...] = ()
) -> None:
    """Print a readable table: in a terminal narrowed to its width (columns equal in every row
    named in a note, long cells but those in `uncut` cut with '…', `full` says where to read
    them whole); to a file or pipe in full."""
    import shutil

    from wb.exports.readable import format_table
    from wb.exports.table_fit import fit_table

    if not stdout_is_terminal():
        click.echo(format_table(table))
        return
    width = shutil.get_terminal_size((100, 24)).columns
    fitted, notes = fit_table(table, width, keep=keep, full=full, uncut=uncut)
    click.echo(format_table(fitted))
    for note in notes:
        click.echo(note)


def check_json_target(path: Path | None, *, make_folders: bool = False) -> None:
    """Refuse a --json file that cannot be written (a folder, or in a missing folder unless
    `make_folders`) before the work starts, with the message writing would give after it."""
    if path is not None:
        from wb.atomic import check_file_target

        check_file_target(path, make_folders=make_folders)


def save_json(data: dict[str, Any], path: Path | None) -> None:
    """Write `data` as JSON to `path` (atomically), when a path was given."""
    if path is not None:
        import json

        from wb.atomic import write_atomic

        write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1))


def json_written(path: Path | None) -> None:
    """Say, as the last line, where --json wrote the whole result (nothing without --json)."""
    if path is not None:
        click.echo(f"Geschreven: {path} (het volledige resultaat als JSON).")


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


def not_a_project(path: Path, hint: str) -> None:
    """Refuse a project file where a folder of documents is asked; `hint` says where a project
    goes instead."""
    if path.suffix.lower() == ".wbproj" and path.is_file():
        from wb.errors import InvalidChoiceError

        raise InvalidChoiceError(
            "is een project, geen map. Geef de map met de documenten op"
            f"{example_hint('dossiers')}. " + hint,
            path=path,
        )


def not_a_document(path: Path) -> None:
    """Refuse one document where a folder of documents or a project is asked (`wb code`,
    `wb themes`): say the folder it is in."""
    from wb.corpus.readers import SUPPORTED_SUFFIXES

    if path.suffix.lower() in SUPPORTED_SUFFIXES and path.is_file():
        from wb.errors import InvalidChoiceError

        raise InvalidChoiceError(
            "is één document; wb leest een map met documenten of een project (.wbproj). Geef "
            f"de map op waarin het staat ({path.parent}).",
            path=path,
        )


PROJECT_DOSSIER_HINT = (
    "De labels en overgenomen passages van een project ziet u met `wb review PROJECT` of "
    "`wb report PROJECT --dossier NAAM`."
)


def check_workers(cluster: str | None, workers: int | None) -> None:
    """Refuse --workers without --cluster local."""
    if workers is not None and cluster != "local":
        from wb.errors import ClusterError

        raise ClusterError("--workers hoort bij --cluster local (een lokale Dask-cluster).")


def engine_line(result: dict[str, Any]) -> str:
    """' (Dask, N workers)' after a summary when a cluster did the work, else nothing."""
    engine = result.get("engine")
    return f" (Dask, {engine['workers']} workers)" if engine else ""


class Notices:
    """What a command's run said on stderr: the paths of the empty files it skipped."""

    def __init__(self) -> None:
        self.skipped: list[str] = []


@contextlib.contextmanager
def notices_to_stderr(*, every_warning: bool = True) -> Iterator[Notices]:
    """Print the Dutch warnings raised inside the block on stderr, each once, when it ends
    without error: a skipped empty file as "overgeslagen: …" (counted in ``skipped``), any
    other warning as "let op: …". Without `every_warning`, other warnings are shown as Python
    would have shown them (the block is not wb's own reading only)."""
    import warnings

    from wb.errors import SkippedFileWarning

    notices = Notices()
    with warnings.catch_warnings(record=True) as caught:
        if every_warning:
            warnings.simplefilter("always")
        else:
            warnings.simplefilter("always", SkippedFileWarning)
        yield notices
    said: set[str] = set()
    for w in caught:
        text = str(w.message)
        if isinstance(w.message, SkippedFileWarning):
            where = str(Path(w.message.path).resolve())  # as given, or as a Dask worker saw it
            if where not in said:
                notices.skipped.append(w.message.path)
                click.echo(text, err=True)
            said.add(where)
        elif every_warning:
            if text not in said:
                click.echo(f"let op: {text}", err=True)
        else:
            warnings.showwarning(w.message, w.category, w.filename, w.lineno, w.file, w.line)
        said.add(text)


def warnings_to_stderr(func: Callable[[], Any]) -> Any:
    """Run `func`, printing the Dutch warnings it raises as notices on stderr (see
    :func:`notices_to_stderr`)."""
    with notices_to_stderr():
        return func()
