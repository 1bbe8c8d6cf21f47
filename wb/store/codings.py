"""Codings (a code on a span of a document, by a coder) and memos in the project file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wb.errors import InvalidChoiceError, UnknownItemError

if TYPE_CHECKING:
    import pandas as pd

    from wb.store.project import Project


def add_coding(
    project: Project,
    doc_id: int,
    code_id: int,
    coder: str,
    start: int,
    end: int,
    *,
    origin: str = "manual",
    rule: str | None = None,
) -> int:
    """Store one coding and return its id; the span must lie inside the document."""
    from wb.store.project import now

    row = project.conn.execute("SELECT n_chars FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise UnknownItemError(f"document {doc_id} bestaat niet in dit project.")
    if not 0 <= start < end <= row[0]:
        raise InvalidChoiceError(
            f"de passage {start}-{end} ligt niet binnen het document (0-{row[0]}); "
            "kies een passage van minstens één teken."
        )
    coder_id = project.coder_id(coder)
    with project.transaction() as conn:
        return conn.execute(
            'INSERT INTO codings (doc_id, code_id, coder_id, start, "end", origin, rule, '
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, code_id, coder_id, start, end, origin, rule, now()),
        ).lastrowid


def add_auto_codings(
    project: Project, coder: str, rows: dict[tuple[int, int, int, int], str | None]
) -> int:
    """Store codings {(doc_id, code_id, start, end): rule} by `coder` that it does not have yet.

    Returns how many were new. Runs in one transaction (joining the caller's, if any).
    """
    from wb.store.project import now

    stamp = now()
    with project.transaction() as conn:
        coder_id = project.coder_id(coder)
        existing = set(
            conn.execute(
                'SELECT doc_id, code_id, start, "end" FROM codings WHERE coder_id = ?', (coder_id,)
            )
        )
        new = [(key, rule) for key, rule in rows.items() if key not in existing]
        conn.executemany(
            'INSERT INTO codings (doc_id, code_id, coder_id, start, "end", origin, rule, '
            "created_at) VALUES (?, ?, ?, ?, ?, 'auto', ?, ?)",
            [(d, c, coder_id, a, b, rule, stamp) for (d, c, a, b), rule in new],
        )
    return len(new)


def delete_coding(project: Project, coding_id: int) -> None:
    """Remove a coding and its memo."""
    with project.transaction() as conn:
        conn.execute("DELETE FROM memos WHERE target = 'coding' AND target_id = ?", (coding_id,))
        conn.execute("DELETE FROM codings WHERE id = ?", (coding_id,))


def set_memo(project: Project, target: str, target_id: int | None, text: str, coder: str) -> int:
    """Create or replace the memo on a target ('project', 'document', 'code' or 'coding')."""
    from wb.store.project import now

    coder_id = project.coder_id(coder)
    with project.transaction() as conn:
        row = conn.execute(
            "SELECT id FROM memos WHERE target = ? AND target_id IS ?", (target, target_id)
        ).fetchone()
        if row is not None:
            conn.execute(
                "UPDATE memos SET text = ?, coder_id = ?, updated_at = ? WHERE id = ?",
                (text, coder_id, now(), row[0]),
            )
            return row[0]
        return conn.execute(
            "INSERT INTO memos (target, target_id, coder_id, text, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (target, target_id, coder_id, text, now(), now()),
        ).lastrowid


def get_memo(project: Project, target: str, target_id: int | None) -> str:
    """Text of the memo on a target, or '' when there is none."""
    row = project.conn.execute(
        "SELECT text FROM memos WHERE target = ? AND target_id IS ?", (target, target_id)
    ).fetchone()
    return row[0] if row else ""


def codings_table(project: Project, *, with_text: bool = True) -> pd.DataFrame:
    """All codings as a pandas table: document, code path, coder, span, text, memo."""
    import pandas as pd

    table = pd.read_sql_query(
        "SELECT codings.id AS coding_id, documents.id AS doc_id, documents.corpus, "
        "documents.path AS document, codes.path AS code, codes.id AS code_id, "
        'codebooks.name AS codebook, coders.name AS coder, codings.start, codings."end", '
        "codings.origin, codings.rule, codings.status, codings.created_at, "
        "COALESCE(memos.text, '') AS memo, documents.text AS doc_text "
        "FROM codings JOIN documents ON documents.id = codings.doc_id "
        "JOIN codes ON codes.id = codings.code_id "
        "JOIN codebooks ON codebooks.id = codes.codebook_id "
        "JOIN coders ON coders.id = codings.coder_id "
        "LEFT JOIN memos ON memos.target = 'coding' AND memos.target_id = codings.id "
        "ORDER BY documents.corpus, documents.path, codings.start, codings.id",
        project.conn,
    )
    if with_text:
        table["text"] = [
            t[s:e] for t, s, e in zip(table["doc_text"], table["start"], table["end"], strict=True)
        ]
    return table.drop(columns=["doc_text"]).set_index("coding_id")


# -- queries for sessions, agreement, analysis and exports ------------------------------------
def coders(project: Project) -> list[tuple[int, str]]:
    """(id, name) of every coder, oldest first."""
    return project.conn.execute("SELECT id, name FROM coders ORDER BY id").fetchall()


def document_codings(
    project: Project, doc_id: int, coder_id: int | None = None
) -> list[tuple[int, str, str, int, int, str]]:
    """Active codings of a document (of one coder): (id, code path, coder, start, end, origin)."""
    return project.conn.execute(
        'SELECT codings.id, codes.path, coders.name, start, "end", origin FROM codings '
        "JOIN codes ON codes.id = code_id JOIN coders ON coders.id = coder_id "
        "WHERE doc_id = ? AND (? IS NULL OR coder_id = ?) AND status = 'active' "
        "ORDER BY start, codings.id",
        (doc_id, coder_id, coder_id),
    ).fetchall()


def export_codings(project: Project, doc_id: int) -> list[tuple[int, int, int, int, int, str, str]]:
    """All codings of a document: (id, code id, coder id, start, end, created_at, status)."""
    return project.conn.execute(
        'SELECT id, code_id, coder_id, start, "end", created_at, status FROM codings '
        "WHERE doc_id = ? ORDER BY start, id",
        (doc_id,),
    ).fetchall()


def active_codings_frame(project: Project) -> pd.DataFrame:
    """doc_id, code_id, coder, start and end of every active coding."""
    import pandas as pd

    return pd.read_sql_query(
        "SELECT codings.doc_id, codings.code_id, coders.name AS coder, codings.start, "
        'codings."end" FROM codings JOIN coders ON coders.id = codings.coder_id '
        "WHERE codings.status = 'active'",
        project.conn,
    )


def find_coding(
    project: Project, doc_id: int, code_id: int, coder: str, start: int, end: int
) -> int | None:
    """Id of the coding with exactly this document, code, coder and span, or None."""
    row = project.conn.execute(
        "SELECT codings.id FROM codings JOIN coders ON coders.id = coder_id WHERE doc_id = ? "
        'AND code_id = ? AND coders.name = ? AND start = ? AND "end" = ?',
        (doc_id, code_id, coder, start, end),
    ).fetchone()
    return row[0] if row else None


def set_created(project: Project, coding_id: int, stamp: str) -> None:
    """Set when a coding was made (e.g. the time recorded in an imported project)."""
    with project.transaction() as conn:
        conn.execute("UPDATE codings SET created_at = ? WHERE id = ?", (stamp, coding_id))


def set_span(project: Project, coding_id: int, start: int, end: int) -> None:
    """Move a coding's boundaries."""
    with project.transaction() as conn:
        conn.execute(
            'UPDATE codings SET start = ?, "end" = ? WHERE id = ?', (start, end, coding_id)
        )


def coding_record(project: Project, coding_id: int) -> dict[str, Any]:
    """Everything needed to put a deleted coding back: its row as a dict."""
    row = project.conn.execute(
        'SELECT id, doc_id, code_id, coder_id, start, "end", origin, rule, created_at '
        "FROM codings WHERE id = ?",
        (coding_id,),
    ).fetchone()
    if row is None:
        raise UnknownItemError(f"codering {coding_id} bestaat niet (meer) in dit project.")
    keys = ("id", "doc_id", "code_id", "coder_id", "start", "end", "origin", "rule", "created_at")
    return dict(zip(keys, row, strict=True))


def restore_coding(project: Project, record: dict[str, Any]) -> None:
    """Put a coding back exactly as :func:`coding_record` described it (same id)."""
    with project.transaction() as conn:
        conn.execute(
            'INSERT INTO codings (id, doc_id, code_id, coder_id, start, "end", origin, rule, '
            "created_at) VALUES (:id, :doc_id, :code_id, :coder_id, :start, :end, :origin, "
            ":rule, :created_at)",
            record,
        )


def reject_suggestion(
    project: Project, doc_id: int, code_id: int, coder_id: int, start: int, end: int
) -> int:
    """Record that a coder rejected a suggested passage; returns the decision's id."""
    from wb.store.project import now

    with project.transaction() as conn:
        return conn.execute(
            'INSERT INTO suggestion_decisions (doc_id, code_id, coder_id, start, "end", '
            "decision, created_at) VALUES (?, ?, ?, ?, ?, 'rejected', ?)",
            (doc_id, code_id, coder_id, start, end, now()),
        ).lastrowid


def withdraw_rejection(project: Project, decision_id: int) -> None:
    """Undo a rejection: the suggestion is shown again."""
    with project.transaction() as conn:
        conn.execute("DELETE FROM suggestion_decisions WHERE id = ?", (decision_id,))


def rejected_suggestions(project: Project, doc_id: int, coder_id: int) -> set[tuple[str, int, int]]:
    """(code path, start, end) of the suggestions a coder rejected in a document."""
    return set(
        project.conn.execute(
            'SELECT codes.path, start, "end" FROM suggestion_decisions '
            "JOIN codes ON codes.id = code_id WHERE doc_id = ? AND coder_id = ?",
            (doc_id, coder_id),
        )
    )


def all_memos(project: Project) -> list[tuple[int, str, int | None, int | None, str, str, str]]:
    """(id, target, target id, coder id, text, created_at, updated_at) of every memo."""
    return project.conn.execute(
        "SELECT id, target, target_id, coder_id, text, created_at, updated_at FROM memos "
        "ORDER BY id"
    ).fetchall()
