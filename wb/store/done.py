"""Documents a coder has marked as fully coded with a codebook ("Document klaar")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wb.store.project import Project


def mark_done(project: Project, doc_id: int, coder_id: int, codebook_id: int) -> bool:
    """Record that the coder coded the document fully; False when it was marked already."""
    from wb.store.project import now

    with project.transaction() as conn:
        return (
            conn.execute(
                "INSERT OR IGNORE INTO documents_done (doc_id, coder_id, codebook_id, done_at) "
                "VALUES (?, ?, ?, ?)",
                (doc_id, coder_id, codebook_id, now()),
            ).rowcount
            == 1
        )


def reopen_done(project: Project, doc_id: int, coder_id: int, codebook_id: int) -> bool:
    """Take the mark off again ("Document weer openen"); False when it was not marked."""
    with project.transaction() as conn:
        return (
            conn.execute(
                "DELETE FROM documents_done WHERE doc_id = ? AND coder_id = ? AND codebook_id = ?",
                (doc_id, coder_id, codebook_id),
            ).rowcount
            == 1
        )


def done_documents(project: Project, coder_id: int, codebook_id: int) -> set[int]:
    """Ids of the documents the coder marked as fully coded with the codebook."""
    return {
        row[0]
        for row in project.conn.execute(
            "SELECT doc_id FROM documents_done WHERE coder_id = ? AND codebook_id = ?",
            (coder_id, codebook_id),
        )
    }


def done_codings(
    project: Project, coder: str, codebook_name: str
) -> dict[int, list[tuple[str, int, int]]]:
    """Per document `coder` marked done with the codebook named so, the coder's active codings
    with its codes: (code path, start, end); empty when coder or codebook is unknown."""
    out: dict[int, list[tuple[str, int, int]]] = {}
    rows = project.conn.execute(
        'SELECT dd.doc_id, codes.path, codings.start, codings."end" FROM documents_done dd '
        "JOIN coders ON coders.id = dd.coder_id JOIN codebooks ON codebooks.id = dd.codebook_id "
        "LEFT JOIN codings ON codings.doc_id = dd.doc_id AND codings.coder_id = dd.coder_id "
        "AND codings.status = 'active' "
        "LEFT JOIN codes ON codes.id = codings.code_id AND codes.codebook_id = dd.codebook_id "
        "WHERE coders.name = ? AND codebooks.name = ? "
        "ORDER BY dd.doc_id, codings.start, codings.id",
        (coder, codebook_name),
    )
    for doc_id, path, start, end in rows:
        kept = out.setdefault(doc_id, [])
        if path is not None:
            kept.append((path, start, end))
    return out


def done_coders(project: Project, codebook_name: str) -> list[str]:
    """Names of the coders who marked at least one document done with the codebook named so."""
    rows = project.conn.execute(
        "SELECT DISTINCT coders.name FROM documents_done dd "
        "JOIN coders ON coders.id = dd.coder_id JOIN codebooks ON codebooks.id = dd.codebook_id "
        "WHERE codebooks.name = ? ORDER BY coders.name",
        (codebook_name,),
    )
    return [row[0] for row in rows]


__all__ = ["done_coders", "done_codings", "done_documents", "mark_done", "reopen_done"]
