"""`--pseudonymise` for commands that print passages of a folder (`wb labels`, `wb reuse`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from wb.cli.common import NAME_LIST_PATH, FilePath, open_existing, project_advice
from wb.errors import InvalidChoiceError

PSEUDONYMISE_HELP = (
    "Toon passages en bestandsnamen gepseudonimiseerd, met dezelfde plaatshouders als de "
    "beoordelingspagina (per dossier); ook in --json. Begin- en eindposities blijven posities "
    "in de originele tekst."
)
KEEP_HELP = (
    "Bij --pseudonymise: lijst met termen die nooit vervangen worden (één per regel), als bij "
    "wb pseudonymise."
)
REPLACE_HELP = (
    "Bij --pseudonymise: lijst met termen die altijd vervangen worden (term of term;SOORT per "
    "regel), als bij wb pseudonymise."
)
NAMES_PROJECT_HELP = "Bij --pseudonymise: gebruik ook de naamlijsten van dit project (wb namen)."


def pseudonymise_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The --pseudonymise flag with --keep, --replace and --project (name lists) of a folder
    command; the command receives `pseudo`, `keep_file`, `replace_file` and `project_path`."""
    func = click.option(
        "--project",
        "project_path",
        type=FilePath(project_advice, exists=True),
        help=NAMES_PROJECT_HELP,
    )(func)
    func = click.option("--replace", "replace_file", type=NAME_LIST_PATH, help=REPLACE_HELP)(func)
    func = click.option("--keep", "keep_file", type=NAME_LIST_PATH, help=KEEP_HELP)(func)
    return click.option("--pseudonymise", "pseudo", is_flag=True, help=PSEUDONYMISE_HELP)(func)


def name_lists_of(
    keep_file: Path | None, replace_file: Path | None, project_path: Path | None
) -> tuple[set[str], dict[str, str]]:
    """The keep and replace terms of a project's name lists plus the given list files."""
    from wb.dossiers.pseudonymise import read_name_list

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
    return keep, replace


def shown_texts(
    folder: Path,
    pseudo: bool,
    keep_file: Path | None,
    replace_file: Path | None,
    project_path: Path | None,
) -> Any:
    """The folder's texts as the review page shows them with --pseudonymise, else None;
    --keep, --replace and --project without --pseudonymise are refused."""
    if not pseudo:
        given = [
            flag
            for flag, value in (
                ("--keep", keep_file),
                ("--replace", replace_file),
                ("--project", project_path),
            )
            if value is not None
        ]
        if given:
            raise InvalidChoiceError(f"{given[0]} hoort bij --pseudonymise; voeg die toe.")
        return None
    from wb.dossiers.pseudonymise import Pseudonymiser
    from wb.dossiers.shown_text import shown_folder

    keep, replace = name_lists_of(keep_file, replace_file, project_path)
    return shown_folder(folder, Pseudonymiser(keep=keep, replace=replace))
