"""Export codings with their text and document metadata as CSV or XLSX.

Decisions (see also the tests):

* CSV: UTF-8 *with* BOM (Excel then reads é/ë correctly), separator ``,`` by default
  (``sep=";"`` for a Dutch Excel that expects semicolons), fields with separators, quotes or
  line breaks are quoted, rows end in CRLF (RFC 4180); line breaks inside a passage stay ``\\n``.
  Dates are ISO (``2023-05-12``); ``aangemaakt`` is ISO 8601 in UTC.
* XLSX: sheet "Coderingen" (one row per coding) and sheet "Codes" (codebook, code, description,
  colour). Dates are real Excel dates, ``aangemaakt`` a date-time in UTC. Text is always stored
  as text (a passage starting with ``=`` is no formula); characters XML cannot hold are removed
  and texts longer than an Excel cell (32,767 characters) are cut with ``…``.
* CSV cells (and headers) that a spreadsheet would run as a formula, those starting with
  ``= + - @``, a tab or a carriage return, get a leading ``'`` (OWASP "CSV injection"); in XLSX
  such text is stored as a text cell, unchanged.
* All codings are exported, orphaned ones too (column ``status``: ``actief`` or ``verweesd``);
  ``herkomst`` is Dutch too (``eigen codering``, ``suggestie``, ``automatisch (wb code --apply)``).
* The file is written to a temporary file in the same folder and then moved into place, so a
  failure leaves either the old file or no file, never half a file.
* Both exports return the written path as a :class:`~wb.exports.written.Written`, which counts
  the rows ("Geschreven: coderingen.xlsx (796 coderingen).").
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wb.atomic import no_folder_error, write_atomic
from wb.coding.analysis import document_metadata
from wb.errors import InvalidChoiceError
from wb.exports.written import Written
from wb.store.codebooks import codes_frame
from wb.store.codings import codings_table

if TYPE_CHECKING:
    import pandas as pd

    from wb.store.project import Project

FORMATS = ("csv", "xlsx")
CODINGS_SHEET = "Coderingen"
CODES_SHEET = "Codes"
# Column of codings_table -> Dutch header in the export.
HEADERS = {
    "corpus": "corpus",
    "document": "document",
    "code": "code",
    "codebook": "codeboek",
    "coder": "codeur",
    "start": "begin",
    "end": "eind",
    "text": "tekst",
    "memo": "memo",
    "origin": "herkomst",
    "rule": "regel",
    "status": "status",
    "created_at": "aangemaakt",
}
# Stored values of origin and status -> what a reader of the export sees (others stay as stored).
ORIGINS = {
    "manual": "eigen codering",
    "suggestion": "suggestie",
    "auto": "automatisch (wb code --apply)",
}
STATUSES = {"active": "actief", "orphaned": "verweesd"}
EXCEL_MAX_CHARS = 32_767
_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADERS_ONLY = ": alleen de kolomkoppen"  # after 'nog geen coderingen' in the summary line


def neutralise_cell(value: Any) -> Any:
    """A text a spreadsheet would run as a formula, prefixed with ' (other values unchanged)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_safe(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of the table whose text cells and headers cannot start a formula in a CSV."""
    out = table.copy()
    for column in out.columns:
        if out[column].dtype == object:
            out[column] = out[column].map(neutralise_cell)
    out.columns = [neutralise_cell(str(c)) for c in out.columns]
    return out


def shown_rule(rule: Any) -> Any:
    """A suggestion's rule as the coding widget says it ("patroon: contact + verliezen (in één
    zin)"), not the codebook's JSON; a rule beyond the patterns ("(geleerd)") and none as is."""
    from wb.coding.reasons import describe_rule
    from wb.coding.suggestion import BEYOND_RULES

    if not isinstance(rule, str) or not rule or rule in BEYOND_RULES.values():
        return rule
    return describe_rule(rule)


def export_table(project: Project, *, pseudonymise: bool = False) -> pd.DataFrame:
    """The codings as exported: Dutch headers, text, memo and every metadata column.

    With ``pseudonymise=True`` each passage is shown as the project's one pseudonymiser shows
    it everywhere (per dossier, with the project's name lists)."""
    import pandas as pd

    codings = codings_table(project)
    meta = document_metadata(project)
    if pseudonymise:
        codings, meta = _pseudonymised(project, codings, meta)
    table = codings[[*HEADERS, "doc_id"]].rename(columns=HEADERS)
    table["herkomst"] = table["herkomst"].map(lambda v: ORIGINS.get(v, v))
    table["status"] = table["status"].map(lambda v: STATUSES.get(v, v))
    table["regel"] = table["regel"].map(shown_rule)
    table["aangemaakt"] = pd.to_datetime(table["aangemaakt"], utc=True).dt.tz_localize(None)
    taken = {*HEADERS.values(), "doc_id"}
    meta = meta.rename(columns={c: f"meta_{c}" for c in meta.columns if c in taken})
    table = table.join(meta, on="doc_id").drop(columns=["doc_id"])
    return table.reset_index(drop=True)


def _pseudonymised(
    project: Project, codings: pd.DataFrame, meta: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Passages, memos, file names and text metadata (not dossier or dates) as the project's
    one pseudonymiser shows them: per dossier, the same placeholder in text and metadata."""
    from wb.corpus.dossiers import dossier_of
    from wb.dossiers.pseudonymise import pseudonymise_for_project
    from wb.dossiers.review import placeholders, shown_file, shown_value
    from wb.store.documents import iter_documents

    masked = pseudonymise_for_project(project).documents(project)
    group = {d.id: dossier_of(d.metadata) or f"#{d.id}" for d in iter_documents(project)}
    mappings: dict[str, dict[str, str]] = {}  # one per dossier, shared by its documents
    for doc_id, key in group.items():
        shared = mappings.setdefault(key, {})
        for original, placeholder in placeholders([masked[doc_id]]).items():
            shared.setdefault(original, placeholder)
    mapping = {doc_id: mappings[key] for doc_id, key in group.items()}
    codings = codings.copy()
    codings["text"] = [
        masked[d].text[masked[d].to_new(s) : masked[d].to_new(e, end=True)]
        for d, s, e in zip(codings["doc_id"], codings["start"], codings["end"], strict=True)
    ]
    codings["memo"] = [
        shown_value(m, mapping[d]) for d, m in zip(codings["doc_id"], codings["memo"], strict=True)
    ]
    codings["document"] = [
        shown_file(p, mapping[d])
        for d, p in zip(codings["doc_id"], codings["document"], strict=True)
    ]
    meta = meta.copy()
    for column in meta.columns:
        if meta[column].dtype == object and column.lower() != "dossier":
            meta[column] = [
                v if not isinstance(v, str) else shown_value(v, mapping[d])
                for d, v in zip(meta.index, meta[column], strict=True)
            ]
    return codings, meta


def codes_table(project: Project) -> pd.DataFrame:
    """Every stored code with codebook, description and colour (Dutch headers)."""

    return codes_frame(project)


def export_codings(
    project: Project,
    path: str | Path,
    *,
    format: str | None = None,
    sep: str = ",",
    pseudonymise: bool = False,
) -> Written:
    """Write all codings with text and metadata to a CSV or XLSX file; return its path, which
    counts the codings (:class:`~wb.exports.written.Written`).

    ``pseudonymise=True`` writes the passages pseudonymised (see :func:`export_table`)."""
    path = Path(path)
    fmt = (format or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        given = format or path.suffix or "(geen extensie)"
        raise InvalidChoiceError(
            f"onbekend exportformaat '{given}'; kies csv of xlsx (bijv. coderingen.xlsx).",
            path=path,
        )
    if len(sep) != 1:
        raise InvalidChoiceError(
            f"het scheidingsteken moet één teken zijn (bijv. , of ;), niet '{sep}'."
        )
    if not path.parent.is_dir():
        raise no_folder_error(path)
    table = export_table(project, pseudonymise=pseudonymise)
    if fmt == "csv":
        write_atomic(path, lambda tmp: _write_csv(table, tmp, sep))
    else:
        codes = codes_table(project)
        write_atomic(path, lambda tmp: _write_xlsx(table, codes, tmp))
    return Written.file(path, len(table), "codering", "coderingen", empty=HEADERS_ONLY)


def _write_csv(table: pd.DataFrame, path: Path, sep: str) -> None:
    out = table.copy()
    out["aangemaakt"] = out["aangemaakt"].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    for column in out.columns:
        if str(out[column].dtype).startswith("datetime64") and column != "aangemaakt":
            out[column] = out[column].dt.strftime("%Y-%m-%d")
    out = csv_safe(out)
    out.to_csv(path, sep=sep, index=False, encoding="utf-8-sig", lineterminator="\r\n")


def _cell_value(value: Any) -> Any:
    """A value openpyxl can store: plain Python types, text without illegal characters."""
    import pandas as pd

    if value is None or (not isinstance(value, str | date) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > EXCEL_MAX_CHARS:
            value = value[: EXCEL_MAX_CHARS - 1] + "…"
    return value


def _write_sheet(sheet: Any, table: pd.DataFrame) -> None:
    """Fill a sheet: bold frozen header, text kept as text, dates formatted, widths set."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.append([_cell_value(str(c)) for c in table.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.data_type = "s"
    sheet.freeze_panes = "A2"
    widths = [len(str(c)) for c in table.columns]
    for number, row in enumerate(table.itertuples(index=False), start=2):
        values = [_cell_value(v) for v in row]
        sheet.append(values)
        for i, value in enumerate(values):
            cell = sheet.cell(row=number, column=i + 1)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, also when it starts with '='
                first_line = value.split("\n", 1)[0]
                widths[i] = max(widths[i], len(first_line))
            elif isinstance(value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
                widths[i] = max(widths[i], 19)
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
                widths[i] = max(widths[i], 10)
            elif value is not None:
                widths[i] = max(widths[i], len(str(value)))
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(max(width, 6) + 2, 60)


def _write_xlsx(table: pd.DataFrame, codes: pd.DataFrame, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    table = table.copy()
    for column in table.columns:
        if column != "aangemaakt" and str(table[column].dtype).startswith("datetime64"):
            # Metadata dates are days: store them as Excel dates without a time.
            days = table[column].dt.date
            table[column] = days.where(table[column].notna(), None)
    book = Workbook()
    sheet = book.active
    sheet.title = CODINGS_SHEET
    _write_sheet(sheet, table)
    code_sheet = book.create_sheet(CODES_SHEET)
    _write_sheet(code_sheet, codes)
    column = list(codes.columns).index("kleur") + 1
    for row, colour in enumerate(codes["kleur"], start=2):
        if _HEX_COLOUR.match(colour):
            fill = colour[1:].upper()
            code_sheet.cell(row=row, column=column).fill = PatternFill("solid", fgColor=fill)
    book.properties.created = datetime.now(UTC).replace(tzinfo=None)
    book.save(path)


def decisions_bytes(table: pd.DataFrame, fmt: str) -> tuple[bytes, str]:
    """The decisions table as the bytes of a CSV or XLSX file, with its content type."""
    import io

    from openpyxl import Workbook

    if fmt == "csv":
        text = csv_safe(table).to_csv(index=False, lineterminator="\r\n")
        return text.encode("utf-8-sig"), "text/csv; charset=utf-8"
    book = Workbook()
    sheet = book.active
    sheet.title = "Beoordelingen"
    _write_sheet(sheet, table)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue(), XLSX_TYPE


def export_decisions(project: Project, path: str | Path, *, format: str | None = None) -> Written:
    """Write the reviewers' current decisions on flagged passages to CSV or XLSX; return its
    path, which counts the decisions (:class:`~wb.exports.written.Written`)."""
    from wb.exports.readable import decisions_table

    path = Path(path)
    fmt = (format or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise InvalidChoiceError(f"onbekend exportformaat '{fmt}'; kies csv of xlsx.", path=path)
    if not path.parent.is_dir():
        raise no_folder_error(path)
    table = decisions_table(project)
    body, _kind = decisions_bytes(table, fmt)
    write_atomic(path, body)
    return Written.file(path, len(table), "oordeel", "oordelen", empty=HEADERS_ONLY)
