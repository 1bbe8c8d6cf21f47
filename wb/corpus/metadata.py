"""Document metadata: Dutch dates, metadata.csv and YAML front matter.

Decisions (see also the tests):

* Dates: ``2023-07-04`` (ISO), ``04-07-2023`` / ``4-7-2023`` (day first; ``/`` and ``.`` also
  work as separators), ``4 juli 2023``, ``4 jul. 2023`` / ``4 jul 2023`` / ``4 mrt 2023``, with an
  optional Dutch weekday in front (``dinsdag 4 juli 2023``). Month-first dates, two-digit years
  and month-only dates (``juli 2023``) are *not* dates: a day would have to be guessed.
* A report without a date in its metadata takes the one date in its file name
  (:func:`date_in_name`: ``verslag 2021-03-04.txt``, ``2024-03-12_overleg.txt``,
  ``12 maart 2021.docx``, ``notulen_12-03-2024.txt``), in the same forms; a name with two
  different dates has none. Metadata always goes first.
* Columns/keys ``date``, ``datum`` and names ending in ``_date``/``_datum`` (case-insensitive)
  hold dates; anything else from metadata.csv stays text (no guessing of numbers: ``007`` stays
  ``"007"``). Front matter keeps the types YAML gives (int, float, bool, date).
* Empty cells/values are omitted. Lists in front matter become one text, items joined by ", ".
* The keys of :func:`read_metadata_csv` are paths relative to the corpus folder with ``/``
  separators, NFC-normalised, without a leading ``./``.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import yaml

from wb.errors import MetadataError, quote_name
from wb.lang import numbered, words
from wb.yaml_lines import StrictLoader, dutch_yaml_problem

DATE_FORMATS_HELP = (
    "2023-07-04, 04-07-2023, 4-7-2023, 4 juli 2023 of 4 jul. 2023 (dag eerst, jaar met 4 cijfers)"
)
NOT_A_DATE = "Is het geen datum, geef de kolom dan een andere naam."

MONTHS = {month: number for number, month in enumerate(words("months.txt"), start=1)}
MONTHS |= {short: int(number) for short, number in numbered("month_abbreviations.txt", 1, 12)}
WEEKDAYS = words("weekdays.txt")

_ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC_RE = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})")
_WORDS_RE = re.compile(
    r"(?:(?:" + "|".join(WEEKDAYS) + r")\.?,?\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})"
)


def parse_date(value: str) -> datetime.date | None:
    """Parse a Dutch or ISO date (see module docstring); None when `value` is not a date."""
    text = " ".join(str(value).split()).lower()
    try:
        if m := _ISO_RE.fullmatch(text):
            return datetime.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC_RE.fullmatch(text):
            return datetime.date(int(m[4]), int(m[3]), int(m[1]))
        if (m := _WORDS_RE.fullmatch(text)) and m[2] in MONTHS:
            return datetime.date(int(m[3]), MONTHS[m[2]], int(m[1]))
    except ValueError:
        return None
    return None


_NAME_ISO_RE = re.compile(r"(?<!\d)(\d{4})([-_.])(\d{1,2})\2(\d{1,2})(?!\d)")
_NAME_NUMERIC_RE = re.compile(r"(?<!\d)(\d{1,2})([-_.])(\d{1,2})\2(\d{4})(?!\d)")
_NAME_WORDS_RE = re.compile(r"(?<!\d)(\d{1,2})[\s_.-]+([a-z]+)\.?[\s_.-]+(\d{4})(?!\d)")


def date_in_name(name: str) -> datetime.date | None:
    """The one date in a file name (its last part, without the extension): ISO, day first or
    with a Dutch month, separated by -, _, . or spaces; None when there is none, or two that
    differ (which one is the report's date would be a guess)."""
    last = name.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, suffix = last.rpartition(".")
    text = (stem if dot and stem and not suffix.isdigit() else last).lower()
    found = set()
    for pattern, year, month, day in (
        (_NAME_ISO_RE, 1, 3, 4),
        (_NAME_NUMERIC_RE, 4, 3, 1),
        (_NAME_WORDS_RE, 3, 2, 1),
    ):
        for m in pattern.finditer(text):
            number = MONTHS.get(m[month]) if pattern is _NAME_WORDS_RE else int(m[month])
            try:
                found.add(datetime.date(int(m[year]), number or 0, int(m[day])))
            except ValueError:
                continue
    return found.pop() if len(found) == 1 else None


def is_date_key(key: str) -> bool:
    """True when a metadata key/column holds dates (date, datum, *_date, *_datum)."""
    k = key.strip().lower()
    return k in ("date", "datum") or k.endswith(("_date", "_datum"))


def metadata_value_type(value: object) -> str:
    """Storage type of a coerced metadata value: "date", "text", "int", "float" or "bool"."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, datetime.date):
        return "date"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    return "text"


def _coerce_date(key: str, value: object, *, path: str | Path, line: int | None) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    parsed = parse_date(value) if isinstance(value, str) else None
    if parsed is None:
        raise MetadataError(
            f"'{value}' in '{key}' is geen geldige datum. Gebruik een van deze vormen: "
            f"{DATE_FORMATS_HELP}. {NOT_A_DATE}",
            path=path,
            line=line,
        )
    return parsed


def coerce_metadata(
    values: dict[str, object], *, path: str | Path, line: int | None
) -> dict[str, object]:
    """Type metadata values for storage: dates parsed, empty values dropped (idempotent)."""
    result: dict[str, object] = {}
    for raw_key, value in values.items():
        key = unicodedata.normalize("NFC", str(raw_key).strip())
        if isinstance(value, str):
            value = unicodedata.normalize("NFC", value.strip())
        if value is None or value == "" or not key:
            continue
        if is_date_key(key):
            result[key] = _coerce_date(key, value, path=path, line=line)
        elif isinstance(value, bool | int | float | str):
            result[key] = value
        elif isinstance(value, datetime.datetime):
            result[key] = value.isoformat(sep=" ")
        elif isinstance(value, datetime.date):
            result[key] = value
        elif isinstance(value, list | tuple) and all(not isinstance(v, dict | list) for v in value):
            joined = ", ".join(str(v) for v in value if v is not None and str(v).strip())
            if joined:
                result[key] = joined
        else:
            raise MetadataError(
                f"de waarde van '{key}' is een geneste structuur; gebruik een enkele waarde "
                "(tekst, getal, datum of ja/nee) of een lijst.",
                path=path,
                line=line,
            )
    return result


# --- metadata.csv -------------------------------------------------------------------------


def _normalise_file_key(value: str) -> str:
    key = unicodedata.normalize("NFC", value.strip().replace("\\", "/"))
    while key.startswith("./"):
        key = key[2:]
    return key


def read_metadata_csv(folder: Path) -> dict[str, dict[str, object]]:
    """Read `folder`/metadata.csv into {relative file path: typed metadata}; {} without one."""
    path = Path(folder) / "metadata.csv"
    if not path.is_file():
        return {}
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise MetadataError(
            "is geen UTF-8. Sla het in Excel op als 'CSV UTF-8 (door komma's gescheiden)' "
            "en importeer opnieuw.",
            path=path,
            line=line,
        ) from None
    except OSError as exc:
        raise MetadataError(
            f"kan niet worden gelezen ({exc.strerror}). Controleer de leesrechten.", path=path
        ) from None
    header_line = (text.splitlines() or [""])[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    try:
        return _parse_csv(text, delimiter, path)
    except csv.Error as exc:
        raise MetadataError(
            f"is geen geldig CSV-bestand ({exc}). Open het in Excel en sla het opnieuw op als "
            "'CSV UTF-8 (door komma's gescheiden)'.",
            path=path,
        ) from None


def rows_without_file(table: dict[str, dict[str, object]], found: Iterable[str]) -> list[str]:
    """A Dutch warning for each row of metadata.csv (`table`) whose file is not among `found`
    (the names read from the folder), in name order: the metadata went nowhere."""
    return [
        f"metadata.csv noemt {quote_name(name)}, maar dat bestand staat niet in de map."
        for name in sorted(set(table) - set(found))
    ]


def metadata_csv_rows(folder: Path) -> tuple[list[str], list[list[str]]] | None:
    """The header and rows of `folder`/metadata.csv as written (cells as text); None without.

    Call read_metadata_csv first: it checks the file and gives errors with line numbers.
    """
    path = Path(folder) / "metadata.csv"
    if not path.is_file():
        return None
    text = path.read_bytes().decode("utf-8-sig")
    header_line = (text.splitlines() or [""])[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    if not rows:
        return None
    header = [unicodedata.normalize("NFC", name.strip()) for name in rows[0]]
    return header, [r for r in rows[1:] if any(cell.strip() for cell in r)]


def _unclosed_quote(text: str, delimiter: str) -> int | None:
    """The line of a quote that opens a cell no quote closes (the cell would run to the end of
    the file, taking the rows after it along), or None."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1
    try:
        for _row in reader:
            line = reader.line_num + 1
    except csv.Error as exc:
        return line if "unexpected end of data" in str(exc) else None
    return None


def _parse_csv(text: str, delimiter: str, path: Path) -> dict[str, dict[str, object]]:
    """Rows of metadata.csv keyed by normalised file path; MetadataError with line numbers."""
    line = _unclosed_quote(text, delimiter)
    if line is not None:
        raise MetadataError(
            'een waarde begint met een aanhalingsteken (") dat nergens wordt gesloten, zodat alle '
            'regels erna in die ene cel zouden belanden. Sluit de waarde af met een tweede " of '
            "haal het aanhalingsteken weg.",
            path=path,
            line=line,
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        raise MetadataError(
            "is leeg. Zet in de eerste regel de kolomnamen, waaronder 'file'.", path=path
        )
    columns = [unicodedata.normalize("NFC", name.strip()) for name in header]
    _check_columns(columns, path)
    file_index = [c.lower() for c in columns].index("file")
    table: dict[str, dict[str, object]] = {}
    first_line: dict[str, int] = {}
    problems: list[MetadataError] = []
    previous_end = reader.line_num
    for row in reader:
        line = previous_end + 1
        previous_end = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        try:
            key, values = _row_values(row, columns, file_index, table, first_line, delimiter)
            table[key] = coerce_metadata(values, path=path, line=line)
        except MetadataError as exc:
            problems.append(MetadataError(exc.message, path=path, line=line))
            continue
        first_line[key] = line
    if problems:
        raise problems[0] if len(problems) == 1 else _all_rows_error(problems, path)
    return table


def _row_values(
    row: list[str],
    columns: list[str],
    file_index: int,
    table: dict[str, dict[str, object]],
    first_line: dict[str, int],
    delimiter: str,
) -> tuple[str, dict[str, object]]:
    """The file key and untyped values of one row of metadata.csv; MetadataError (no line)."""
    extra = row[len(columns) :]
    if any(cell.strip() for cell in extra):
        raise MetadataError(
            f"deze regel heeft {len(row)} waarden maar er zijn maar {len(columns)} kolommen. "
            f"Controleer het scheidingsteken ('{delimiter}') en aanhalingstekens."
        )
    cells = dict(zip(columns, row, strict=False))
    key = _normalise_file_key(row[file_index] if file_index < len(row) else "")
    if not key:
        raise MetadataError(
            "de kolom 'file' is leeg. Vul de bestandsnaam in (relatief aan de map, "
            "bijv. interviews/int01.docx) of verwijder de regel."
        )
    if key in table:
        raise MetadataError(
            f"'{key}' staat er twee keer in (ook op regel {first_line[key]}). "
            "Voeg de regels samen tot één regel per bestand."
        )
    for name, cell in zip(columns, row, strict=False):
        if not name and cell.strip():
            raise MetadataError(
                f"waarde '{cell.strip()}' staat in een kolom zonder naam. "
                "Geef de kolom een naam in de eerste regel of verwijder de waarde."
            )
    return key, {k: v for k, v in cells.items() if k and k != columns[file_index]}


#: How many rows with a problem the message of metadata.csv lists before "… en N meer".
SHOWN_ROWS = 10


def _all_rows_error(problems: list[MetadataError], path: Path) -> MetadataError:
    """One error listing every row of metadata.csv with a problem, the date advice said once."""
    advice = f" Gebruik een van deze vormen: {DATE_FORMATS_HELP}. {NOT_A_DATE}"
    dates = any(p.message.endswith(advice) for p in problems)
    listed = [
        f"  - regel {p.line}: {p.message.removesuffix(advice)}" for p in problems[:SHOWN_ROWS]
    ]
    if len(problems) > SHOWN_ROWS:
        listed.append(f"  - … en nog {len(problems) - SHOWN_ROWS} regels")
    tail = f"\nDatums: gebruik een van deze vormen: {DATE_FORMATS_HELP}. {NOT_A_DATE}"
    return MetadataError(
        f"{len(problems)} regels kunnen niet worden gelezen:\n"
        + "\n".join(listed)
        + (tail if dates else ""),
        path=path,
    )


def _check_columns(columns: list[str], path: Path) -> None:
    """Raise MetadataError when there is no `file` column or a column name repeats."""
    lowered = [c.lower() for c in columns]
    if "file" not in lowered:
        listed = ", ".join(f"'{c}'" for c in columns if c) or "(geen)"
        raise MetadataError(
            f"mist de kolom 'file' met de bestandsnamen. Gevonden kolommen: {listed}. "
            "Zet in de eerste regel een kolom 'file'.",
            path=path,
            line=1,
        )
    named = [c for c in lowered if c]
    duplicates = sorted({c for c in named if named.count(c) > 1})
    if duplicates:
        raise MetadataError(
            f"de kolomnaam {', '.join(repr(c) for c in duplicates)} komt meer dan eens voor. "
            "Geef elke kolom een eigen naam.",
            path=path,
            line=1,
        )


# --- YAML front matter --------------------------------------------------------------------

_FENCE = "---"


def split_front_matter(text: str, *, path: str | Path) -> tuple[dict[str, object], str]:
    """Split YAML front matter off `text` (newlines already "\\n"); returns (metadata, body)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != _FENCE:
        return {}, text
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].rstrip() == _FENCE)
    except StopIteration:
        raise MetadataError(
            "begint met '---' (metadata bovenaan, 'front matter'), maar er is geen afsluitende "
            "regel '---'. Voeg die regel toe na de metadata, of haal de eerste regel weg.",
            path=path,
            line=1,
        ) from None
    data = _load_yaml("\n".join(lines[1:end]), path=path)
    body = "\n".join(lines[end + 1 :])
    body = re.sub(r"\A(?:[ \t]*\n)+", "", body)
    return data, body


def _load_yaml(source: str, *, path: str | Path) -> dict[str, object]:
    """Parse front matter YAML safely and coerce each key with its own line number."""
    offset = 2  # YAML line 0 is line 2 of the file (line 1 is the opening '---')
    loader = StrictLoader(source)  # no aliases, bounded nesting
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + offset if mark is not None else 1
        raise MetadataError(
            f"de metadata bovenaan (front matter tussen de regels '---') is geen geldige YAML: "
            f"{dutch_yaml_problem(exc, offset)} Schrijf elke regel als 'sleutel: waarde'; zet "
            "een waarde met ':' of '#' tussen aanhalingstekens.",
            path=path,
            line=line,
        ) from None
    finally:
        loader.dispose()
    if data is None:
        return {}
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise MetadataError(
            "de metadata bovenaan (front matter tussen de regels '---') is geen lijst van "
            "'sleutel: waarde'-regels. Schrijf elke regel als 'sleutel: waarde'.",
            path=path,
            line=offset,
        )
    key_lines: dict[str, int] = {}
    for key_node, _ in node.value:
        name = str(key_node.value).strip()
        if name in key_lines:
            raise MetadataError(
                f"de sleutel '{name}' staat twee keer in de metadata bovenaan "
                f"(ook op regel {key_lines[name]}). Houd er één over.",
                path=path,
                line=key_node.start_mark.line + offset,
            )
        key_lines[name] = key_node.start_mark.line + offset
    result: dict[str, object] = {}
    for key, value in data.items():
        line = key_lines.get(str(key).strip(), offset)
        result.update(coerce_metadata({str(key): value}, path=path, line=line))
    return result
