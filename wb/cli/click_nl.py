"""Dutch texts for click's own messages (usage errors, help headings), installed by `wb.cli`.

click marks its strings for gettext (``_("Missing option")``). :func:`install` replaces the
``_`` and ``ngettext`` that click's modules imported with lookups in the table below; a string
not in the table stays English.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

import click

DUTCH: dict[str, str] = {
    # usage errors
    "Error: {message}": "fout: {message}",
    "Try '{command} {option}' for help.": "Typ '{command} {option}' voor hulp.",
    "Missing argument": "Ontbrekend argument",
    "Missing option": "Ontbrekende optie",
    "Missing parameter": "Ontbrekende parameter",
    "Missing {param_type}": "Ontbrekende {param_type}",
    "Missing parameter: {param_name}": "Ontbrekende parameter: {param_name}",
    "Missing command.": "Geef een opdracht.",
    "No such option {name!r}.": "Onbekende optie {name!r}.",
    "No such option: {name}": "Onbekende optie: {name}",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "Did you mean {possibility}?": "Bedoelt u {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Bedoelt u een van: {possibilities}?)",
    "Got unexpected extra argument ({args})": "Onverwacht extra argument ({args})",
    "Got unexpected extra arguments ({args})": "Onverwachte extra argumenten ({args})",
    "Option {name!r} requires an argument.": "Optie {name!r} heeft een waarde nodig.",
    "Option {name!r} requires {nargs} arguments.": "Optie {name!r} heeft {nargs} waarden nodig.",
    "Option {name!r} does not take a value.": "Optie {name!r} neemt geen waarde.",
    "Argument {name!r} takes {nargs} values.": "Argument {name!r} neemt {nargs} waarden.",
    "Takes {nargs} values but 1 was given.": "Neemt {nargs} waarden, maar er is er 1 gegeven.",
    "Takes {nargs} values but {len} were given.": (
        "Neemt {nargs} waarden, maar er zijn er {len} gegeven."
    ),
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "{value!r} is not {choice}.": "{value!r} is niet {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} is niet een van {choices}.",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig {number_type}.",
    "integer": "geheel getal",
    "float": "getal",
    "{value} is not in the range {range}.": "{value} ligt niet in het bereik {range}.",
    "{value!r} is not a valid boolean.": "{value!r} is geen geldige ja/nee-waarde.",
    "{value!r} is not a valid UUID.": "{value!r} is geen geldige UUID.",
    "file": "bestand",
    "directory": "map",
    "path": "pad",
    "{name} {filename!r} does not exist.": "{name} {filename!r} bestaat niet.",
    "{name} {filename!r} is a file.": "{name} {filename!r} is een bestand.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} is een map.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} is niet leesbaar.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} is niet schrijfbaar.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} is niet uitvoerbaar.",
    "Could not open file {filename!r}: {message}": (
        "Kan bestand {filename!r} niet openen: {message}"
    ),
    "unknown error": "onbekende fout",
    "Aborted!": "Afgebroken.",
    # help texts
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Positional arguments": "Argumenten",
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Show the version and exit.": "Toon de versie en stop.",
    "%(prog)s, version %(version)s": "%(prog)s, versie %(version)s",
    "default: {default}": "standaard: {default}",
    "required": "verplicht",
    "env var: {var}": "omgevingsvariabele: {var}",
    "(dynamic)": "(dynamisch)",
    "Choose from:\n\t{choices}": "Kies uit: {choices}.",
    "Do you want to continue?": "Wilt u doorgaan?",
    "Confirm the action without prompting.": "Bevestig zonder te vragen.",
}

METAVARS = {"text": "TEKST", "integer": "GETAL", "float": "GETAL", "boolean": "JA/NEE"}
ARGUMENT_METAVARS = {"source": "BRON", "corpus": "MAP", "document": "DOCUMENT"}
OPTIONS_METAVAR = "[OPTIES]"
SUBCOMMAND_METAVAR = "OPDRACHT [ARGUMENTEN]..."

CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types")


class _Template(str):
    """A Dutch template that also fixes what click fills in: its own English type name
    ("integer") is translated, and a list of choices is kept on one line."""

    def format(self, *args: object, **kwargs: object) -> str:
        if isinstance(kwargs.get("number_type"), str):
            kwargs["number_type"] = gettext(str(kwargs["number_type"]))
        if isinstance(kwargs.get("choices"), str):
            kwargs["choices"] = str(kwargs["choices"]).replace(",\n\t", ", ")
        return str.format(self, *args, **kwargs)


def gettext(message: str) -> str:
    """The Dutch text of one of click's messages (the English one when there is none)."""
    dutch = DUTCH.get(message, message)
    return _Template(dutch) if "{number_type}" in dutch or "{choices}" in dutch else dutch


def ngettext(singular: str, plural: str, n: int) -> str:
    """The Dutch singular or plural of one of click's messages."""
    return gettext(singular if n == 1 else plural)


def install() -> None:
    """Make click speak Dutch: replace the gettext functions its modules imported."""
    for name in CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        translations: dict[str, Callable[..., str]] = {"_": gettext, "ngettext": ngettext}
        for attr, func in translations.items():
            if hasattr(module, attr):
                setattr(module, attr, func)


def dutch_metavars(group: click.Group) -> None:
    """Dutch placeholders in usage lines: [OPTIES], OPDRACHT, BRON, TEKST, GETAL."""
    group.options_metavar = OPTIONS_METAVAR
    group.subcommand_metavar = SUBCOMMAND_METAVAR
    for command in group.commands.values():
        command.options_metavar = OPTIONS_METAVAR
        for param in command.params:
            if isinstance(param, click.Argument) and param.metavar is None:
                param.metavar = ARGUMENT_METAVARS.get(param.name or "")
                continue
            if isinstance(param, click.Option) and param.is_flag:
                continue
            if param.metavar is None and param.type.name in METAVARS:
                param.metavar = METAVARS[param.type.name]
