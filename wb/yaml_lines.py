"""YAML loading that remembers line numbers, so data files can report problems per line.

Data files come from users and may be hostile: anchors and aliases (``&a``/``*a``, the stuff of
"billion laughs" bombs) are refused, and so is nesting deeper than :data:`MAX_DEPTH`, before
anything is built. Both refusals are :class:`YamlRefused` errors with a Dutch message and a line.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

import yaml

from wb.errors import NotFoundError, ReadError

#: Deepest nesting of lists and mappings accepted (a codebook needs two levels per code level).
MAX_DEPTH = 50


class YamlRefused(yaml.MarkedYAMLError):
    """Valid YAML that wb refuses to load (aliases, anchors, deep nesting); `problem` is Dutch."""

    def __init__(self, problem: str, mark: yaml.Mark | None):
        super().__init__(problem=problem, problem_mark=mark)

    def __str__(self) -> str:
        return str(self.problem)


class StrictLoader(yaml.SafeLoader):
    """SafeLoader without anchors/aliases and with bounded nesting."""

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose one node, refusing aliases, anchors and nesting past MAX_DEPTH."""
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise YamlRefused(
                "ankers en verwijzingen (&naam en *naam) zijn niet toegestaan; "
                "schrijf de waarde op elke plek voluit.",
                event.start_mark,
            )
        if self._depth >= MAX_DEPTH:
            raise YamlRefused(
                f"te diep genest (meer dan {MAX_DEPTH} niveaus lijsten of mappings in elkaar); "
                "maak de structuur platter.",
                event.start_mark,
            )
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def yaml_problem(exc: yaml.YAMLError) -> tuple[int | None, str]:
    """The line (1-based, or None) and Dutch description of a YAML load error."""
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark else None
    if isinstance(exc, YamlRefused):
        return line, str(exc)
    return line, f"geen geldige YAML: {dutch_yaml_problem(exc)}"


def dutch_yaml_problem(exc: yaml.YAMLError, first_line: int = 1) -> str:
    """What is wrong, in Dutch words and without PyYAML's English, with a hint how to fix it;
    `first_line` is the file's line number of the YAML text's first line."""
    if isinstance(exc, YamlRefused):
        return str(exc)
    problem = str(getattr(exc, "problem", None) or "")
    context = str(getattr(exc, "context", None) or "")
    opened = getattr(exc, "context_mark", None)
    since = f" (geopend op regel {opened.line + first_line})" if opened is not None else ""
    if "flow sequence" in context or "flow mapping" in context:
        brackets = "[ ]" if "sequence" in context else "{ }"
        return (
            f"een reeks tussen {brackets} is niet gesloten of mist een komma{since}; "
            "zet komma's tussen de items en sluit de haakjes op dezelfde regel."
        )
    if "flow node" in context:
        return (
            "een '[' of '{' op deze regel of een regel erboven is niet gesloten; sluit de "
            "haakjes op dezelfde regel, of schrijf de lijst als regels die met '- ' beginnen."
        )
    if "quoted scalar" in context and "end of stream" in problem:
        return f"een aanhalingsteken is niet gesloten{since}; sluit het op dezelfde regel."
    if "escape character" in problem:
        return (
            "een '\\' tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens "
            "('...') of schrijf '\\\\'."
        )
    if "'\\t'" in problem:
        return "een tab; spring in met spaties, niet met tabs."
    character = re.search(r"found character '(.+?)' that cannot start", problem)
    if character:
        return (
            f"een waarde begint met '{character.group(1)}', en dat mag niet; "
            "zet de waarde tussen aanhalingstekens."
        )
    if "mapping values are not allowed" in problem or "could not find expected ':'" in problem:
        return (
            "een dubbele punt ':' op een plek waar die niet kan; zet een waarde met ':' tussen "
            "aanhalingstekens, of controleer of deze regel even ver inspringt als de regels "
            "ervoor."
        )
    if "constructor for the tag" in problem:
        return "een waarde begint met '!'; zet de waarde tussen aanhalingstekens."
    if "expected <block end>" in problem or "did not find expected" in problem:
        return (
            "de regels springen niet goed in; regels die bij elkaar horen beginnen precies "
            "onder elkaar, en een lijst-item begint met '- '."
        )
    return (
        "wb kan deze regel niet lezen; controleer het inspringen, de dubbele punten en de "
        "aanhalingstekens op deze regel en de regel erboven."
    )


class _Mapping(dict):
    """A dict that remembers the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class _Sequence(list):
    line: int = 0
    item_lines: list[int]


class _LineLoader(StrictLoader):
    """StrictLoader whose mappings and sequences know their line numbers."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _Mapping:
    loader.flatten_mapping(node)
    out = _Mapping()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if str(key) in out.key_lines:
            out.setdefault("__duplicate_keys__", []).append(
                (str(key), key_node.start_mark.line + 1)
            )
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[str(key)] = key_node.start_mark.line + 1
    return out


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> _Sequence:
    out = _Sequence(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def unknown_keys(
    data: dict[Any, Any],
    allowed: Collection[str],
    line: int | None,
    *,
    where: str = "",
    listed: str | None = None,
    normalise: Callable[[str], str] = str,
) -> list[tuple[int | None, str]]:
    """Each key of a loaded mapping that is not in `allowed`, as (line, Dutch message).

    The message names the key and where it is (`where`, e.g. " bovenaan"), the closest allowed key
    ("bedoelt u 'variants'?") and the allowed keys (`listed`, or `allowed` sorted); `normalise`
    maps a key before it is looked up (for files that accept 'Label' as 'label').
    """
    key_lines = getattr(data, "key_lines", {})
    shown = listed or ", ".join(sorted(allowed))
    problems: list[tuple[int | None, str]] = []
    for key in data:
        if key == "__duplicate_keys__" or normalise(str(key)) in allowed:
            continue
        close = difflib.get_close_matches(normalise(str(key)), sorted(allowed), n=1, cutoff=0.75)
        hint = f"; bedoelt u '{close[0]}'?" if close else ""
        message = f"onbekende sleutel '{key}'{where}{hint} (toegestaan: {shown})"
        problems.append((key_lines.get(str(key), line), message))
    return problems


def instead_of_key(
    data: dict[Any, Any],
    problems: list[tuple[int | None, str]],
    first: str,
    what: str,
    example: str,
) -> list[tuple[int | None, str]] | None:
    """`problems` (from :func:`unknown_keys`) for a mapping without `first`, the first unknown
    key with a text value (``term: ouderverstoting``) told what to write instead (``label:
    ouderverstoting``): one line for one mistake; None when no unknown key has a text value."""
    for k, (pline, message) in enumerate(problems):
        for key, value in data.items():
            if not message.startswith(f"onbekende sleutel '{key}'"):
                continue
            if isinstance(value, (str, int, float)) and not isinstance(value, bool):
                text = " ".join(str(value).split())
                if text:
                    told = (
                        f"onbekende sleutel '{key}'; een {what} begint met '{first}:', schrijf "
                        f"'{first}: {text}' in plaats van '{key}: {text}' (zoals in {example})"
                    )
                    return [*problems[:k], (pline, told), *problems[k + 1 :]]
    return None


def not_a_mapping(item: Any, what: str, first: str, others: str, example: str) -> str:
    """Dutch message for a list entry that should be a mapping (a code, a label term).

    A bare word (``- ouderverstoting``) gets the line to write instead (``- label:
    ouderverstoting``); anything else how an entry begins. `example` names a bundled file.
    """
    if isinstance(item, (str, int, float)) and not isinstance(item, bool):
        return (
            f"'{item}' staat er als los woord; schrijf een {what} als '- {first}: {item}' (met "
            f"eventueel {others} eronder), zoals in {example}"
        )
    return f"een {what} begint met '{first}:' (met eventueel {others} eronder), zoals in {example}"


def load_with_lines(text: str) -> Any:
    """Parse YAML safely; mappings get `line` and `key_lines`, lists `line` and `item_lines`."""
    return yaml.load(text, Loader=_LineLoader)  # a SafeLoader subclass: no arbitrary objects


#: A bundled example of each YAML file a user writes, named in messages ("zoals …").
YAML_EXAMPLES = {
    "een codeboek": "codebooks/leernetwerk.yaml",
    "een labellijst": "codebooks/labels.yaml",
}

#: Files a user may give where YAML is asked: what they are, by extension.
NOT_YAML = {
    ".qdc": "REFI-QDA",
    ".qdpx": "REFI-QDA",
    ".docx": "Word",
    ".doc": "Word",
    ".odt": "OpenDocument",
    ".pdf": "PDF",
    ".xlsx": "Excel",
    ".xls": "Excel",
    ".csv": "CSV",
}


def not_yaml_problem(path: Path, what: str) -> str | None:
    """A Dutch line when `path` is plainly no YAML file (a REFI-QDA, Word, Excel … file), with
    what to do instead; None otherwise."""
    kind = NOT_YAML.get(path.suffix.lower())
    if kind is None:
        return None
    from wb.config import bundled_file

    example = YAML_EXAMPLES.get(what)
    like = f", zoals {bundled_file(example)}" if example else ""
    bare = what.removeprefix("een ")
    if kind == "REFI-QDA":
        return (
            f"is een REFI-QDA-bestand (uit ATLAS.ti, NVivo, MAXQDA of QualCoder), geen {bare} "
            f"in YAML. Lees het in een project in met `wb import {path} --project PROJECT`; "
            f"hier is {what} in YAML nodig{like}."
        )
    return (
        f"is een {kind}-bestand, geen {bare} in YAML. Schrijf {what} als tekstbestand "
        f"(.yaml){like}, in een teksteditor (Kladblok, TextEdit of JupyterLab)."
    )


def bundled_hint(path: Path) -> str:
    """' wb's eigen X staat in FULL PATH.' when wb's own codebooks folder holds a file of that
    name (a relative path from the README, typed outside the wb checkout); else ''."""
    from wb.config import find_repo_dir

    folder = find_repo_dir("codebooks")
    own = folder / path.name if folder is not None else None
    if own is None or not own.is_file() or own.resolve() == path.resolve():
        return ""
    return f" wb's eigen {path.name} staat in {own}."


def read_yaml_file(path: Path, what: str, the: str) -> str:
    """The text of a user's YAML file, a byte order mark dropped (`what`: "een codeboek", `the`:
    "het codeboek", for the Dutch messages); NotFoundError or ReadError when it cannot be read."""
    if path.is_file() and (problem := not_yaml_problem(path, what)):
        raise ReadError(problem, path=path)
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        message = f"bestaat niet; geef het pad van {what} (.yaml).{bundled_hint(path)}"
        raise NotFoundError(message, path=path) from exc
    except IsADirectoryError as exc:
        raise NotFoundError(
            f"is een map, geen bestand; geef het pad van {what} (.yaml).", path=path
        ) from exc
    except UnicodeDecodeError as exc:
        raise ReadError(f"is geen UTF-8-tekst; sla {the} op als UTF-8.", path=path) from exc
    except OSError as exc:
        raise ReadError(f"kan niet gelezen worden ({exc.strerror or exc}).", path=path) from exc
