"""Documents and their typed metadata in the project file."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from wb.errors import UnknownItemError

if TYPE_CHECKING:
    import pandas as pd

    from wb.store.project import Project

WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")


def count_words(text: str) -> int:
    """Number of words (runs of letters/digits, hyphenated words count once)."""
    return sum(1 for _ in WORD_RE.finditer(text))


def content_hash(text: str) -> str:
    """SHA-256 of the UTF-8 text: the identity of a document's content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def encode_value(value: Any) -> tuple[str, str]:
    """Encode a metadata value as (text, type) for storage."""
    if isinstance(value, bool):
        return ("true" if value else "false", "bool")
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return (value.isoformat(), "date")
    if isinstance(value, int):
        return (str(value), "int")
    if isinstance(value, float):
        return (repr(value), "float")
    return (str(value), "text")


def decode_value(text: str, kind: str) -> Any:
    """Decode a stored metadata value back to its Python type."""
    if kind == "date":
        return date.fromisoformat(text)
    if kind == "int":
        return int(text)
    if kind == "float":
        return float(text)
    if kind == "bool":
        return text == "true"
    return text


@dataclass(frozen=True)
class Document:
    """One imported document with its text and metadata."""

    id: int
    corpus: str
    path: str
    text: str
    sha256: str
    version: int
    format: str
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """How the document is shown: 'corpus/path' (its identity is `id`)."""
        return f"{self.corpus}/{self.path}"


def get_metadata(project: Project, doc_id: int) -> dict[str, Any]:
    """Typed metadata of one document."""
    rows = project.conn.execute(
        "SELECT key, value, type FROM metadata WHERE doc_id = ? ORDER BY key", (doc_id,)
    )
    return {k: decode_value(v, t) for k, v, t in rows}


def set_metadata(project: Project, doc_id: int, values: dict[str, Any]) -> None:
    """Replace a document's metadata with `values` (inside the caller's transaction)."""
    conn = project.conn
    conn.execute("DELETE FROM metadata WHERE doc_id = ?", (doc_id,))
    conn.executemany(
        "INSERT INTO metadata (doc_id, key, value, type) VALUES (?, ?, ?, ?)",
        [(doc_id, k, *encode_value(v)) for k, v in values.items() if v is not None and v != ""],
    )


_DOC_COLUMNS = "id, corpus, path, text, sha256, version, format"


def get_document(project: Project, ref: int | str, corpus: str | None = None) -> Document:
    """Fetch a document by id, by path, or by 'corpus/path'."""
    conn = project.conn
    if isinstance(ref, int):
        row = conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", (ref,)).fetchone()
    else:
        rows = conn.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE path = ? AND (? IS NULL OR corpus = ?) "
            "OR corpus || '/' || path = ?",
            (ref, corpus, corpus, ref),
        ).fetchall()
        if len(rows) > 1:
            names = ", ".join(f"{r[1]}/{r[2]}" for r in rows)
            raise UnknownItemError(f"'{ref}' is niet eenduidig ({names}); geef ook het corpus op.")
        row = rows[0] if rows else None
    if row is None:
        raise UnknownItemError(
            f"document '{ref}' staat niet in het project {project.path}. "
            "Bekijk de lijst met `wb documents`."
        )
    return Document(*row, metadata=get_metadata(project, row[0]))


def find_document(project: Project, ref: str) -> Document:
    """A document by the id `wb documents` lists (digits), or else by path or 'corpus/path'."""
    if ref.strip().isdigit():
        found = project.conn.execute("SELECT 1 FROM documents WHERE id = ?", (int(ref),))
        if found.fetchone() is not None:
            return get_document(project, int(ref))
    return get_document(project, ref)


def iter_documents(project: Project, corpus: str | None = None) -> list[Document]:
    """All documents (optionally of one corpus), ordered by corpus and path."""
    ids = [
        r[0]
        for r in project.conn.execute(
            "SELECT id FROM documents WHERE ? IS NULL OR corpus = ? ORDER BY corpus, path",
            (corpus, corpus),
        )
    ]
    return [get_document(project, i) for i in ids]


def documents_table(project: Project, corpus: str | None = None) -> pd.DataFrame:
    """A pandas table of documents with their metadata as columns (dates typed)."""
    import pandas as pd

    conn = project.conn
    docs = pd.read_sql_query(
        "SELECT id, corpus, path AS document, n_words AS woorden, n_chars AS tekens, "
        "format AS formaat, version AS versie, source AS bron, ocr_confidence AS ocr_zekerheid "
        "FROM documents WHERE ? IS NULL OR corpus = ? ORDER BY corpus, path",
        conn,
        params=(corpus, corpus),
    )
    if (
        docs["bron"] == "ocr"
    ).any():  # only projects with OCR'd documents show where text came from
        docs["bron"] = docs["bron"].map({"ocr": "OCR", "text": "tekst"}).fillna(docs["bron"])
        docs["ocr_zekerheid"] = docs["ocr_zekerheid"].round(0)
    else:
        docs = docs.drop(columns=["bron", "ocr_zekerheid"])
    rows = conn.execute("SELECT doc_id, key, value, type FROM metadata").fetchall()
    meta: dict[str, dict[int, Any]] = {}
    for doc_id, key, value, kind in rows:
        meta.setdefault(key, {})[doc_id] = decode_value(value, kind)
    for key in sorted(meta):
        column = docs["id"].map(meta[key])
        if any(isinstance(v, date) for v in meta[key].values()):
            column = pd.to_datetime(column)
        docs[key if key not in docs.columns else f"meta_{key}"] = column
    return docs.set_index("id")


# -- rows for the importers and exporters ----------------------------------------------------
@dataclass(frozen=True)
class StoredDocument:
    """The stored state of one document, as an importer compares it with a new text."""

    id: int
    sha256: str
    version: int
    text: str


def find_stored(project: Project, corpus: str, path: str) -> StoredDocument | None:
    """The stored document at corpus/path, or None."""
    row = project.conn.execute(
        "SELECT id, sha256, version, text FROM documents WHERE corpus = ? AND path = ?",
        (corpus, path),
    ).fetchone()
    return StoredDocument(*row) if row else None


def insert_document(
    project: Project, corpus: str, path: str, text: str, *, fmt: str, encoding: str
) -> int:
    """Add a new document (inside the caller's transaction) and return its id."""
    from wb.store.project import now

    return project.conn.execute(
        "INSERT INTO documents (corpus, path, text, sha256, n_chars, n_words, format, "
        "encoding, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            corpus,
            path,
            text,
            content_hash(text),
            len(text),
            count_words(text),
            fmt,
            encoding,
            now(),
        ),
    ).lastrowid


def set_source(project: Project, doc_id: int, source: str, ocr_confidence: float | None) -> None:
    """Record where a document's text came from: "text", or "ocr" with its mean confidence."""
    project.conn.execute(
        "UPDATE documents SET source = ?, ocr_confidence = ? WHERE id = ?",
        (source, ocr_confidence, doc_id),
    )


def replace_text(
    project: Project, old: StoredDocument, text: str, *, fmt: str, encoding: str
) -> None:
    """Keep the old text as a version and store the new one (inside the caller's transaction)."""
    from wb.store.project import now

    conn = project.conn
    conn.execute(
        "INSERT INTO document_versions (doc_id, version, text, sha256, replaced_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (old.id, old.version, old.text, old.sha256, now()),
    )
    conn.execute(
        "UPDATE documents SET text = ?, sha256 = ?, n_chars = ?, n_words = ?, format = ?, "
        "encoding = ?, version = ?, imported_at = ? WHERE id = ?",
        (
            text,
            content_hash(text),
            len(text),
            count_words(text),
            fmt,
            encoding,
            old.version + 1,
            now(),
            old.id,
        ),
    )


def record_import(
    project: Project,
    corpus: str,
    source: str,
    started: str,
    counts: tuple[int, int, int],
    skipped: list[tuple[str, str]],
) -> None:
    """Log one import (added, updated, unchanged counts and skipped files) in the project."""
    import json

    from wb.store.project import now

    project.conn.execute(
        "INSERT INTO imports (corpus, folder, started_at, finished_at, added, updated, "
        "unchanged, skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            corpus,
            source,
            started,
            now(),
            *counts,
            json.dumps([{"file": f, "reason": r} for f, r in skipped], ensure_ascii=False),
        ),
    )


def document_texts(project: Project) -> dict[int, str]:
    """The text of every document by id."""
    return dict(project.conn.execute("SELECT id, text FROM documents"))


def document_rows(project: Project) -> list[tuple[int, str, str, str, str]]:
    """(id, corpus, path, text, imported_at) of every document, by corpus and path."""
    return project.conn.execute(
        "SELECT id, corpus, path, text, imported_at FROM documents ORDER BY corpus, path"
    ).fetchall()


def documents_frame(project: Project) -> pd.DataFrame:
    """id, corpus, path and n_chars of every document, by corpus and path."""
    import pandas as pd

    return pd.read_sql_query(
        "SELECT id, corpus, path, n_chars FROM documents ORDER BY corpus, path", project.conn
    )


def raw_metadata(project: Project) -> dict[int, dict[str, tuple[str, str]]]:
    """Every document's metadata as stored: {doc id: {key: (value text, type)}}."""
    out: dict[int, dict[str, tuple[str, str]]] = {}
    for doc_id, key, value, kind in project.conn.execute(
        "SELECT doc_id, key, value, type FROM metadata ORDER BY doc_id, key"
    ):
        out.setdefault(doc_id, {})[key] = (value, kind)
    return out
