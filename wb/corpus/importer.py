"""Import a folder of documents into a project as one transaction."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wb.corpus.metadata import coerce_metadata, read_metadata_csv
from wb.corpus.readers import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, ReadResult, read_document
from wb.errors import InputError, WbError
from wb.store.documents import content_hash, count_words, get_metadata, set_metadata
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
        lines += [f"  overgeslagen: {name}: {reason}" for name, reason in self.skipped]
        lines += [f"  let op: {w}" for w in self.warnings]
        lines += [
            f"  codering zonder tekst (tekst is verwijderd): {o['document']}: {o['code']} "
            f'({o["coder"]}): "{o["text"][:60]}"'
            for o in self.orphaned
        ]
        return "\n".join(lines)


class ImportFailed(InputError):
    """Some files could not be read; nothing was imported."""

    def __init__(self, folder: Path, problems: list[tuple[str, str]]):
        self.problems = problems
        listed = "\n".join(f"  - {name}: {reason}" for name, reason in problems)
        n = len(problems)
        super().__init__(
            f"import gestopt, er is niets geïmporteerd: {n} "
            f"{'bestand kon' if n == 1 else 'bestanden konden'} niet worden gelezen:\n{listed}\n"
            "Herstel of verwijder deze bestanden, of importeer de rest met --skip-bad "
            "(Python: skip_bad=True).",
            path=folder,
        )


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


def _progress(items: list[Path], enabled: bool) -> Any:
    if not enabled:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc="Bestanden lezen", unit="bestand", leave=False)


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
        raise InputError(
            "is geen map. Geef de map met documenten op (bijv. corpora/notulen).", path=folder
        )
    corpus = corpus or folder.resolve().name
    report = ImportReport(corpus=corpus)
    table = read_metadata_csv(folder)
    files = scan_folder(folder)
    unsupported = unsupported_files(folder)
    if not files:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        listed = "".join(f"\n  - {name}: {hint}" for name, hint in unsupported)
        raise InputError(f"bevat geen documenten om te importeren ({kinds}).{listed}", path=folder)

    read: list[tuple[str, ReadResult, dict[str, Any]]] = []
    problems: list[tuple[str, str]] = []
    for path in _progress(files, progress):
        rel = unicodedata.normalize("NFC", path.relative_to(folder).as_posix())
        try:
            result = read_document(path, max_bytes=max_bytes)
            meta = dict(table.get(rel, {}))
            meta.update(coerce_metadata(result.front_matter, path=path, line=None))
        except WbError as exc:
            problems.append((rel, exc.message))
            continue
        report.warnings += result.warnings
        read.append((rel, result, meta))
    missing = sorted(set(table) - {rel for rel, _, _ in read} - {rel for rel, _ in problems})
    report.warnings += [
        f"metadata.csv noemt '{name}', maar dat bestand staat niet in de map." for name in missing
    ]
    if problems and not skip_bad:
        raise ImportFailed(folder, problems)
    report.skipped = problems + unsupported

    started = now()
    with project.transaction() as conn:
        for rel, result, meta in read:
            _store(project, corpus, rel, result, meta, report)
            if on_file is not None:
                on_file(rel)
        conn.execute(
            "INSERT INTO imports (corpus, folder, started_at, finished_at, added, updated, "
            "unchanged, skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                corpus,
                str(folder.resolve()),
                started,
                now(),
                len(report.added),
                len(report.updated),
                len(report.unchanged),
                json.dumps([{"file": f, "reason": r} for f, r in report.skipped]),
            ),
        )
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
    conn = project.conn
    text = result.text
    digest = content_hash(text)
    fmt = Path(rel).suffix.lower().lstrip(".")
    row = conn.execute(
        "SELECT id, sha256, version, text FROM documents WHERE corpus = ? AND path = ?",
        (corpus, rel),
    ).fetchone()
    if row is None:
        cur = conn.execute(
            "INSERT INTO documents (corpus, path, text, sha256, n_chars, n_words, format, "
            "encoding, imported_at, source, ocr_confidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                corpus,
                rel,
                text,
                digest,
                len(text),
                count_words(text),
                fmt,
                result.encoding,
                now(),
                result.source,
                result.ocr_confidence,
            ),
        )
        set_metadata(project, cur.lastrowid, meta)
        report.added.append(rel)
        return
    doc_id, old_digest, version, old_text = row
    conn.execute(
        "UPDATE documents SET source = ?, ocr_confidence = ? WHERE id = ?",
        (result.source, result.ocr_confidence, doc_id),
    )
    if old_digest == digest:
        report.unchanged.append(rel)
    else:
        conn.execute(
            "INSERT INTO document_versions (doc_id, version, text, sha256, replaced_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (doc_id, version, old_text, old_digest, now()),
        )
        conn.execute(
            "UPDATE documents SET text = ?, sha256 = ?, n_chars = ?, n_words = ?, format = ?, "
            "encoding = ?, version = ?, imported_at = ? WHERE id = ?",
            (
                text,
                digest,
                len(text),
                count_words(text),
                fmt,
                result.encoding,
                version + 1,
                now(),
                doc_id,
            ),
        )
        moved = remap_codings(conn, doc_id, old_text, text)
        report.orphaned += [{**o, "document": rel} for o in moved]
        report.updated.append(rel)
    cleaned = {k: v for k, v in meta.items() if v is not None and v != ""}
    if get_metadata(project, doc_id) != cleaned:
        set_metadata(project, doc_id, cleaned)
        if rel not in report.updated:
            report.metadata_updated.append(rel)
