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


__all__ = ["done_documents", "mark_done", "reopen_done"]
