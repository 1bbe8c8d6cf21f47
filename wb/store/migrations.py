"""Named schema migrations of the project file, applied in order and recorded in the file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from sqlite3 import Connection


@dataclass(frozen=True)
class Migration:
    """One named step of the schema; `sql` runs inside the migration transaction."""

    name: str
    sql: str
    after: Callable[[Connection], None] | None = None


INITIAL = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    corpus TEXT NOT NULL,
    path TEXT NOT NULL,
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    n_chars INTEGER NOT NULL,
    n_words INTEGER NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    imported_at TEXT NOT NULL,
    UNIQUE (corpus, path)
);
CREATE TABLE document_versions (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    UNIQUE (doc_id, version)
);
CREATE TABLE metadata (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('text', 'date', 'int', 'float', 'bool')),
    PRIMARY KEY (doc_id, key)
);
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    corpus TEXT NOT NULL,
    folder TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    added INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    skipped TEXT NOT NULL  -- JSON list of {"file", "reason"}
);
CREATE TABLE coders (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE codebooks (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,  -- the YAML as written
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE codes (
    id INTEGER PRIMARY KEY,
    codebook_id INTEGER NOT NULL REFERENCES codebooks(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    color TEXT,
    UNIQUE (codebook_id, path)
);
CREATE TABLE codings (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    coder_id INTEGER NOT NULL REFERENCES coders(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    origin TEXT NOT NULL DEFAULT 'manual',
    rule TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'orphaned')),
    created_at TEXT NOT NULL,
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX codings_doc ON codings (doc_id);
CREATE INDEX codings_code ON codings (code_id);
CREATE TABLE memos (
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL CHECK (target IN ('project', 'document', 'code', 'coding')),
    target_id INTEGER,
    coder_id INTEGER REFERENCES coders(id),
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',  -- JSON
    created_at TEXT NOT NULL
);
CREATE TABLE review_decisions (
    id INTEGER PRIMARY KEY,
    finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    reviewer TEXT NOT NULL,
    decision TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE theme_runs (
    id INTEGER PRIMARY KEY,
    params TEXT NOT NULL,  -- JSON
    result TEXT NOT NULL,  -- JSON
    created_at TEXT NOT NULL
);
"""

SUGGESTION_DECISIONS = """
CREATE TABLE suggestion_decisions (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    coder_id INTEGER NOT NULL REFERENCES coders(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('rejected')),
    created_at TEXT NOT NULL,
    UNIQUE (doc_id, code_id, coder_id, start, "end")
);
"""

REVIEW = """
ALTER TABLE findings ADD COLUMN key TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX findings_identity ON findings (kind, doc_id, start, "end", key);
ALTER TABLE review_decisions ADD COLUMN alternative TEXT NOT NULL DEFAULT '';
CREATE INDEX review_decisions_finding ON review_decisions (finding_id, id);
"""

REVIEW_REVIEWERS = """
ALTER TABLE review_decisions ADD COLUMN voice TEXT NOT NULL DEFAULT '';
CREATE INDEX review_decisions_reviewer ON review_decisions (reviewer, id);
"""

DOCUMENT_SOURCE = """
ALTER TABLE documents ADD COLUMN source TEXT NOT NULL DEFAULT 'text';  -- 'text' or 'ocr'
ALTER TABLE documents ADD COLUMN ocr_confidence REAL;  -- mean word confidence 0-100, OCR only
"""

NAME_LISTS = """
CREATE TABLE name_lists (
    id INTEGER PRIMARY KEY,
    list TEXT NOT NULL CHECK (list IN ('keep', 'replace')),
    term TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    UNIQUE (list, term)
);
"""

DOCUMENTS_DONE = """
CREATE TABLE documents_done (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    coder_id INTEGER NOT NULL REFERENCES coders(id),
    codebook_id INTEGER NOT NULL REFERENCES codebooks(id) ON DELETE CASCADE,
    done_at TEXT NOT NULL,
    PRIMARY KEY (doc_id, coder_id, codebook_id)
);
"""


def _reuse_keys_to_ids(conn: Connection) -> None:
    """Key copied-passage findings by their source's document id instead of 'corpus/path'.

    Projects analysed before one document identity keyed them by display name, so a new
    analysis stored each copied passage a second time. A name that matches no document stays;
    where both keys exist, the reviewers' decisions move to the id-keyed finding.
    """
    old = conn.execute(
        'SELECT f.id, f.doc_id, f.start, f."end", d.id FROM findings f '
        "JOIN documents d ON d.corpus || '/' || d.path = f.key "
        "WHERE f.kind = 'reuse' AND f.key GLOB '*[^0-9]*'"
    ).fetchall()
    for finding_id, doc_id, start, end, source_id in old:
        twin = conn.execute(
            "SELECT id FROM findings WHERE kind = 'reuse' AND doc_id = ? AND start = ? "
            'AND "end" = ? AND key = ?',
            (doc_id, start, end, str(source_id)),
        ).fetchone()
        if twin is None:
            conn.execute("UPDATE findings SET key = ? WHERE id = ?", (str(source_id), finding_id))
        else:
            conn.execute(
                "UPDATE review_decisions SET finding_id = ? WHERE finding_id = ?",
                (twin[0], finding_id),
            )
            conn.execute("DELETE FROM findings WHERE id = ?", (finding_id,))


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", INITIAL),
    Migration("0002_suggestion_decisions", SUGGESTION_DECISIONS),
    Migration("0003_review", REVIEW),
    Migration("0004_review_reviewers", REVIEW_REVIEWERS),
    Migration("0005_name_lists", NAME_LISTS),
    Migration("0006_document_source", DOCUMENT_SOURCE),
    Migration("0007_reuse_keys", "", after=_reuse_keys_to_ids),
    Migration("0008_documents_done", DOCUMENTS_DONE),
)
