"""Language resources as data files: one folder per language (``wb/lang/nl/``).

Name lists, role words, titles, places, organisations, voice verbs and stop words live in plain
UTF-8 text files, so another language or a user's own list is a new file, not a code change.
Format of every file: one entry per line; lines starting with ``#`` and blank lines are skipped.
Tables separate their columns with ``;``. A malformed line raises
:class:`wb.errors.LanguageDataError` naming the file and the line.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from wb.errors import LanguageDataError

LANG_DIR = Path(__file__).resolve().parent
DEFAULT_LANGUAGE = "nl"


def resource(name: str, lang: str = DEFAULT_LANGUAGE) -> Path:
    """Path of a resource file of a language."""
    return LANG_DIR / lang / name


def read_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, stripped line) of the entries of a list file; comments and blanks skipped."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise LanguageDataError(f"{_unreadable(exc)} Controleer het pad.", path=path) from exc
    try:
        text = raw.decode("utf-8-sig")  # Notepad writes UTF-8 with a byte order mark
    except UnicodeDecodeError as exc:
        raise LanguageDataError(
            "is geen UTF-8-tekst. Sla de lijst op als UTF-8 (in Kladblok: Opslaan als, "
            "codering UTF-8).",
            path=path,
            line=raw[: exc.start].count(b"\n") + 1,
        ) from exc
    out = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if "\t" in line or any(ord(ch) < 32 for ch in line):
            raise LanguageDataError(
                "bevat een tab of stuurteken. Zet één woord of naam per regel.",
                path=path,
                line=number,
            )
        out.append((number, line))
    return out


def _unreadable(exc: OSError) -> str:
    """Why a file cannot be read, in Dutch."""
    if isinstance(exc, FileNotFoundError):
        return "bestaat niet."
    if isinstance(exc, IsADirectoryError):
        return "is een map, geen bestand."
    if isinstance(exc, PermissionError):
        return "mag niet gelezen worden (geen toegang)."
    return f"kan niet gelezen worden ({exc.strerror or exc})."


def read_table(path: Path, columns: int) -> list[tuple[int, list[str]]]:
    """Rows of a ``;``-separated table with exactly `columns` columns (first one non-empty)."""
    rows = []
    for number, line in read_lines(path):
        cells = [c.strip() for c in line.split(";")]
        if len(cells) != columns or not cells[0]:
            raise LanguageDataError(
                f"heeft {len(cells)} kolom(men), verwacht {columns} gescheiden door ';' "
                f"(de eerste niet leeg): {line!r}. Zie de uitleg bovenaan het bestand.",
                path=path,
                line=number,
            )
        rows.append((number, cells))
    return rows


@cache
def words(name: str, lang: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """The entries (whole lines) of a list file of a language."""
    return tuple(line for _, line in read_lines(resource(name, lang)))


@cache
def word_set(name: str, lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """All whitespace-separated words of a list file of a language."""
    return frozenset(w for _, line in read_lines(resource(name, lang)) for w in line.split())


@cache
def table(name: str, columns: int, lang: str = DEFAULT_LANGUAGE) -> tuple[tuple[str, ...], ...]:
    """The rows of a ``;``-separated table file of a language."""
    return tuple(tuple(cells) for _, cells in read_table(resource(name, lang), columns))


@cache
def by_kind(
    name: str, norm: Callable[[str], str] = str.lower, lang: str = DEFAULT_LANGUAGE
) -> dict[str, frozenset[str]]:
    """Rows ``kind;word`` of a table file of a language: the normalised words of each kind."""
    kinds: dict[str, set[str]] = {}
    for _, (kind, word) in read_table(resource(name, lang), 2):
        kinds.setdefault(kind, set()).add(norm(word))
    return {kind: frozenset(found) for kind, found in kinds.items()}


@cache
def numbered(
    name: str, low: int, high: int, lang: str = DEFAULT_LANGUAGE
) -> tuple[tuple[str, int], ...]:
    """Rows ``word;number`` of a table file whose number must lie in [low, high]."""
    path = resource(name, lang)
    rows = []
    for number, (word, value) in read_table(path, 2):
        if not value.isdigit() or not low <= int(value) <= high:
            raise LanguageDataError(
                f"heeft {value!r} in de tweede kolom; verwacht een getal van {low} tot {high}.",
                path=path,
                line=number,
            )
        rows.append((word, int(value)))
    return tuple(rows)
