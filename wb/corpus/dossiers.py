"""The one dossier reader: reports grouped by dossier, in date order, undated reports last.

Every dossier analysis (copied passages, labels, pseudonymisation, review, report) reads its
reports through this module, from a folder (``metadata.csv`` and front matter) or from a
project, so they all see the same reports in the same order:

* the dossier is the ``dossier`` metadata value (empty: the report belongs to no dossier);
* within the corpus, dated reports come first in date order, undated reports after them;
  ties are broken by name.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from wb.errors import NotFoundError

if TYPE_CHECKING:
    from wb.store.documents import Document
    from wb.store.project import Project


class Report(NamedTuple):
    """One report: name, dossier (case file), date and text; ``doc_id`` when from a project."""

    doc: str
    dossier: str
    date: datetime.date | None
    text: str
    doc_id: int | None = None


def report_date(meta: dict[str, Any], name: str | None = None) -> datetime.date | None:
    """The report's date from metadata (``date`` or ``datum``); without one, the date in its file
    `name` (:func:`wb.corpus.metadata.date_in_name`); None when it has neither."""
    from wb.corpus.metadata import date_in_name, parse_date

    lower = {str(k).lower(): v for k, v in meta.items()}
    value = lower.get("date", lower.get("datum"))
    if isinstance(value, str):
        value = parse_date(value)
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value
    return date_in_name(name) if name else None


def dossier_of(meta: dict[str, Any]) -> str:
    """The report's dossier name from metadata ('' when it has none)."""
    lower = {str(k).lower(): v for k, v in meta.items()}
    value = lower.get("dossier")
    return "" if value is None else str(value).strip()


def in_order(reports: Iterable[Report]) -> list[Report]:
    """Reports in date order, undated ones last, ties by name: the order every analysis uses."""
    return sorted(reports, key=lambda r: (r.date is None, r.date or datetime.date.min, r.doc))


def dossier_key(dossier: str) -> tuple[bool, list[tuple[int, str]]]:
    """Sort key for dossier names in reading order: D2 before D10, no dossier ('') last."""
    parts = re.split(r"(\d+)", dossier.casefold())
    return dossier == "", [(int(p), "") if p.isdigit() else (-1, p) for p in parts if p]


def by_dossier(reports: Iterable[Report]) -> dict[str, list[Report]]:
    """Reports grouped by dossier, each group in :func:`in_order` order."""
    groups: dict[str, list[Report]] = {}
    for report in in_order(reports):
        groups.setdefault(report.dossier, []).append(report)
    return groups


def read_folder(folder: str | Path) -> tuple[list[Report], dict[str, dict[str, Any]], list[str]]:
    """Reports of a folder in order, their metadata by name, and Dutch warnings of the readers.

    The documents are read by the one folder reader (:mod:`wb.corpus.folder`): an empty one is
    skipped with a warning (:class:`wb.errors.SkippedFileWarning`), any other that cannot be
    read stops with the error naming it.
    """
    from wb.corpus.folder import read_folder_documents
    from wb.corpus.metadata import read_metadata_csv, rows_without_file

    folder = Path(folder)
    if not folder.is_dir():
        what = "is geen map" if folder.exists() else "bestaat niet"
        from wb.config import example_hint

        raise NotFoundError(
            f"{what}. Geef de map met rapporten op{example_hint('dossiers')}.", path=folder
        )
    table = read_metadata_csv(folder)
    read = read_folder_documents(folder, noun="rapporten")
    reports, metadata, warns = [], {}, []
    for doc in read.documents:
        warns += doc.read.warnings
        meta = {str(k).lower(): v for k, v in table.get(doc.name, {}).items()}
        meta.update({str(k).lower(): v for k, v in doc.read.front_matter.items()})
        metadata[doc.name] = meta
        reports.append(
            Report(doc.name, dossier_of(meta), report_date(meta, doc.name), doc.read.text)
        )
    found = [*metadata, *(name for name, _ in read.skipped)]
    warns += rows_without_file(table, found)  # as `wb import` says it
    return in_order(reports), metadata, warns


def date_fix(folder: str | Path) -> str:
    """What to do, in Dutch, to give the reports of `folder` a date: make a metadata.csv, add
    its date column, or fill it in (a date in front matter counts too)."""
    from wb.corpus.metadata import is_date_key, metadata_csv_rows

    rows = metadata_csv_rows(Path(folder))
    if rows is None:
        return (
            "Wilt u een andere volgorde, zet dan een metadata.csv in de map met de kolommen "
            "file en date (bijv. verslag.txt,2024-03-12), of zet de datum in de bestandsnaam "
            "(bijv. verslag_2024-03-12.txt)."
        )
    if not any(is_date_key(column) for column in rows[0]):
        return "Wilt u een andere volgorde, voeg dan de kolom date toe aan metadata.csv."
    return "Vul de kolom 'date' in metadata.csv in."


def project_documents(project: Project, *, dossier: str | None = None) -> list[Document]:
    """A project's documents that belong to a dossier (or to `dossier`), in report order."""
    from wb.store.documents import iter_documents

    docs = [d for d in iter_documents(project) if dossier_of(d.metadata)]
    if dossier is not None:
        docs = [d for d in docs if dossier_of(d.metadata) == dossier]
    order = {r.doc_id: i for i, r in enumerate(in_order(_report(d) for d in docs))}
    return sorted(docs, key=lambda d: order[d.id])


def project_reports(project: Project, *, dossier: str | None = None) -> list[Report]:
    """A project's dossier reports in order; ``doc`` is the display name 'corpus/path'."""
    return [_report(d) for d in project_documents(project, dossier=dossier)]


def _report(doc: Document) -> Report:
    date = report_date(doc.metadata, doc.path)
    return Report(doc.label, dossier_of(doc.metadata), date, doc.text, doc.id)
