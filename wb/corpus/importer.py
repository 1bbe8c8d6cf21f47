"""Import a folder of documents into a project as one transaction."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wb.corpus.folder import read_folder_documents
from wb.corpus.metadata import coerce_metadata, read_metadata_csv, rows_without_file
from wb.corpus.readers import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, ReadResult
from wb.errors import ImportFailed, NotFoundError, WbError, quote_name
from wb.store.documents import (
    content_hash,
    find_stored,
    get_metadata,
    insert_document,
    record_import,
    replace_text,
    set_metadata,
    set_source,
)
from wb.store.project import Project, now
from wb.store.remap import remap_codings

IGNORED_STEMS = ("readme", "license", "licence", "licentie")
IGNORED_NAMES = frozenset({"metadata.csv", "thumbs.db", "desktop.ini"})

_OFFICE = "sla het op als .docx of .odt (Word/LibreOffice: Opslaan als)"
_IMAGE = (
    "een afbeelding wordt niet gelezen; zet de scan in een PDF (bijv. 'Afdrukken naar PDF'), "
    "wb leest gescande PDF's met OCR"
)
_SHEET = "een spreadsheet wordt niet als document gelezen; zet de tekst in .docx, .odt of .txt"
SKIP_HINTS: dict[str, str] = {
    ".doc": "sla .doc op als .docx (Word: Opslaan als > Word-document)",
    ".rtf": _OFFICE,
    ".wpd": _OFFICE,
    ".pages": "exporteer het in Pages naar .docx",
    **dict.fromkeys(
        (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".gif", ".bmp", ".heic", ".webp"), _IMAGE
    ),
    **dict.fromkeys((".xls", ".xlsx", ".ods", ".csv"), _SHEET),
    **dict.fromkeys((".ppt", ".pptx", ".odp", ".key"), "exporteer de presentatie als PDF"),
    **dict.fromkeys((".htm", ".html"), "sla de pagina op als PDF of als tekst (.txt)"),
    **dict.fromkeys((".eml", ".msg"), "sla de e-mail op als PDF of als tekst (.txt)"),
    **dict.fromkeys((".zip", ".7z", ".rar"), "pak het archief uit in de map en importeer opnieuw"),
    **dict.fromkeys(
        (".yaml", ".yml", ".json", ".jsonl"),
        "een gegevensbestand, geen document: wb laat het liggen (metadata hoort in metadata.csv)",
    ),
}


@dataclass
class ImportReport:
    """What one import did: added, updated, unchanged and skipped files."""

    corpus: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    metadata_updated: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    orphaned: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> str:
        """A short Dutch summary for people."""
        lines = [
            f"Corpus '{self.corpus}': {len(self.added)} nieuw, {len(self.updated)} bijgewerkt, "
            f"{len(self.unchanged)} ongewijzigd, {len(self.skipped)} overgeslagen."
        ]
        if self.metadata_updated:
            n = len(self.metadata_updated)
            names = ", ".join(quote_name(name) for name in self.metadata_updated[:5])
            which = "1 ongewijzigd document" if n == 1 else f"{n} ongewijzigde documenten"
            more = " …" if n > 5 else ""
            lines.append(f"  metadata bijgewerkt bij {which}: {names}{more}")
        lines += [f"  overgeslagen: {quote_name(name)}: {reason}" for name, reason in self.skipped]
        lines += [f"  let op: {w}" for w in self.warnings]
        lines += [
            f"  codering zonder tekst (tekst is verwijderd): {quote_name(o['document'])}: "
            f'{o["code"]} ({o["coder"]}): "{o["text"][:60]}"'
            for o in self.orphaned
        ]
        return "\n".join(lines)


def _candidates(folder: Path) -> list[Path]:
    """Visible files under `folder`, sorted, without READMEs, licences and metadata.csv."""
    found = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.stem.lower().startswith(IGNORED_STEMS) or path.name.lower() in IGNORED_NAMES:
            continue
        found.append(path)
    return found


def scan_folder(folder: Path) -> list[Path]:
    """Supported documents under `folder`, sorted, without hidden files and READMEs."""
    return [p for p in _candidates(folder) if p.suffix.lower() in SUPPORTED_SUFFIXES]


def unsupported_files(folder: Path) -> list[tuple[str, str]]:
    """Files under `folder` that wb cannot read, as (relative path, Dutch hint)."""
    kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
    result = []
    for path in _candidates(folder):
        suffix = path.suffix.lower()
        if suffix in SUPPORTED_SUFFIXES:
            continue
        hint = SKIP_HINTS.get(
            suffix,
            f"bestandstype '{suffix or '(geen extensie)'}' wordt niet gelezen; sla het op als "
            f"{kinds}",
        )
        rel = unicodedata.normalize("NFC", path.relative_to(folder).as_posix())
        result.append((rel, hint))
    return result


def no_documents(
    folder: Path, noun: str = "documenten", purpose: str = "om te importeren", example: str = ""
) -> str:
    """Why `folder` holds nothing to read, in Dutch, with what to do: the files wb cannot read,
    each with its hint, or (none) where the `noun` (documenten, rapporten) should be."""
    kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
    first = f"bevat geen {noun} {purpose} ({kinds})."
    unsupported = unsupported_files(folder)
    if unsupported:
        return first + "".join(f"\n  - {quote_name(name)}: {hint}" for name, hint in unsupported)
    from wb.config import example_hint

    shown = f" (bijv. {example})" if example else ""
    shown = shown or example_hint("dossiers" if noun == "rapporten" else "notulen")
    return (
        f"{first} Zet de {noun} in deze map (submappen tellen mee), of geef de map waar ze "
        f"staan{shown}."
    )


def import_folder(
    project: Project,
    folder: str | Path,
    *,
    corpus: str | None = None,
    skip_bad: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
    on_file: Callable[[str], None] | None = None,
) -> ImportReport:
    """Import every supported document in `folder` into `project` as one transaction."""
    folder = Path(folder)
    if not folder.is_dir():
        from wb.config import example_hint

        what = "is geen map" if folder.exists() else "bestaat niet"
        raise NotFoundError(
            f"{what}. Geef de map met documenten op{example_hint('notulen')}.", path=folder
        )
    corpus = corpus or folder.resolve().name
    report = ImportReport(corpus=corpus)
    table = read_metadata_csv(folder)
    unsupported = unsupported_files(folder)
    folder_read = read_folder_documents(
        folder, purpose="om te importeren", keep_going=True, max_bytes=max_bytes, progress=progress
    )
    read: list[tuple[str, ReadResult, dict[str, Any]]] = []
    problems = folder_read.problems
    for doc in folder_read.documents:
        try:
            meta = dict(table.get(doc.name, {}))
            meta.update(coerce_metadata(doc.read.front_matter, path=doc.path, line=None))
        except WbError as exc:
            where = "" if exc.line is None else f"regel {exc.line}: "
            problems.append((doc.name, where + exc.message))
            continue
        report.warnings += doc.read.warnings
        read.append((doc.name, doc.read, meta))
    names = [name for name, _ in folder_read.skipped]
    found = [rel for rel, _, _ in read] + [rel for rel, _ in problems] + names
    report.warnings += rows_without_file(table, found)
    if problems and not skip_bad:
        raise ImportFailed(folder, problems)
    report.skipped = folder_read.skipped + problems + unsupported

    started = now()
    with project.transaction():
        for rel, result, meta in read:
            _store(project, corpus, rel, result, meta, report)
            if on_file is not None:
                on_file(rel)
        counts = (len(report.added), len(report.updated), len(report.unchanged))
        record_import(project, corpus, str(folder.resolve()), started, counts, report.skipped)
    return report


def _store(
    project: Project,
    corpus: str,
    rel: str,
    result: ReadResult,
    meta: dict[str, Any],
    report: ImportReport,
) -> None:
    """Insert or update one document inside the import transaction."""
    text = result.text
    fmt = Path(rel).suffix.lower().lstrip(".")
    old = find_stored(project, corpus, rel)
    if old is None:
        doc_id = insert_document(project, corpus, rel, text, fmt=fmt, encoding=result.encoding)
        set_source(project, doc_id, result.source, result.ocr_confidence)
        set_metadata(project, doc_id, meta)
        report.added.append(rel)
        return
    doc_id = old.id
    set_source(project, doc_id, result.source, result.ocr_confidence)
    if old.sha256 == content_hash(text):
        report.unchanged.append(rel)
    else:
        replace_text(project, old, text, fmt=fmt, encoding=result.encoding)
        moved = remap_codings(project, doc_id, old.text, text)
        report.orphaned += [{**o, "document": rel} for o in moved]
        report.updated.append(rel)
    cleaned = {k: v for k, v in meta.items() if v is not None and v != ""}
    if get_metadata(project, doc_id) != cleaned:
        set_metadata(project, doc_id, cleaned)
        if rel not in report.updated:
            report.metadata_updated.append(rel)
