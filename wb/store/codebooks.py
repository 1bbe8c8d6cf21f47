"""Codebooks and codes in the project file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wb.codebook import Codebook, parse_codebook
from wb.errors import InvalidChoiceError

if TYPE_CHECKING:
    import pandas as pd

    from wb.store.project import Project


def save_codebook(project: Project, codebook: Codebook) -> int:
    """Store (or update) a codebook and its codes; codes still in use are never deleted."""
    from wb.store.project import now

    with project.transaction() as conn:
        row = conn.execute("SELECT id FROM codebooks WHERE name = ?", (codebook.name,)).fetchone()
        if row is None:
            book_id = conn.execute(
                "INSERT INTO codebooks (name, source, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (codebook.name, codebook.to_yaml(), now(), now()),
            ).lastrowid
        else:
            book_id = row[0]
            conn.execute(
                "UPDATE codebooks SET source = ?, updated_at = ? WHERE id = ?",
                (codebook.to_yaml(), now(), book_id),
            )
        ids: dict[str, int] = dict(
            conn.execute("SELECT path, id FROM codes WHERE codebook_id = ?", (book_id,))
        )
        for code in codebook.walk():
            parent = code.path.rsplit("/", 1)[0] if "/" in code.path else None
            values = (
                ids.get(parent) if parent else None,
                code.name,
                code.description,
                codebook.color_of(code.path),
            )
            if code.path in ids:
                conn.execute(
                    "UPDATE codes SET parent_id = ?, name = ?, description = ?, color = ? "
                    "WHERE id = ?",
                    (*values, ids[code.path]),
                )
            else:
                ids[code.path] = conn.execute(
                    "INSERT INTO codes (codebook_id, parent_id, name, description, color, path) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (book_id, *values, code.path),
                ).lastrowid
        wanted = {c.path for c in codebook.walk()}
        for path, code_id in sorted(ids.items(), key=lambda kv: -kv[0].count("/")):
            if path not in wanted:
                used = conn.execute("SELECT 1 FROM codings WHERE code_id = ? LIMIT 1", (code_id,))
                if used.fetchone() is None:
                    conn.execute("DELETE FROM codes WHERE id = ?", (code_id,))
    return book_id


def code_ids(project: Project, codebook_name: str) -> dict[str, int]:
    """Map from code path to code id for one stored codebook."""
    rows = project.conn.execute(
        "SELECT codes.path, codes.id FROM codes JOIN codebooks ON codebooks.id = codebook_id "
        "WHERE codebooks.name = ?",
        (codebook_name,),
    )
    return dict(rows)


def stored_codebook(project: Project, name: str | None = None) -> Codebook:
    """A codebook stored in the project (the only one when `name` is None)."""
    rows = project.conn.execute("SELECT name, source FROM codebooks ORDER BY id").fetchall()
    if name is not None:
        rows = [r for r in rows if r[0] == name]
    if len(rows) != 1:
        names = ", ".join(r[0] for r in rows) or "geen"
        raise InvalidChoiceError(
            f"kies één codeboek (in het project: {names}).", path=str(project.path)
        )
    return parse_codebook(rows[0][1], source=f"{project.path}:{rows[0][0]}")


def codebook_exists(project: Project, name: str) -> bool:
    """True when the project holds a codebook with this name."""
    row = project.conn.execute("SELECT 1 FROM codebooks WHERE name = ?", (name,)).fetchone()
    return row is not None


def codebook_names(project: Project) -> list[str]:
    """Names of the stored codebooks, oldest first."""
    return [r[0] for r in project.conn.execute("SELECT name FROM codebooks ORDER BY id")]


def code_rows(project: Project) -> list[tuple[int, str, str]]:
    """(code id, code path, codebook name) of every stored code."""
    return project.conn.execute(
        "SELECT codes.id, codes.path, codebooks.name FROM codes "
        "JOIN codebooks ON codebooks.id = codes.codebook_id ORDER BY codes.id"
    ).fetchall()


def codes_frame(project: Project) -> pd.DataFrame:
    """Every stored code with codebook, description and colour (Dutch headers)."""
    import pandas as pd

    return pd.read_sql_query(
        "SELECT codebooks.name AS codeboek, codes.path AS code, codes.description AS beschrijving, "
        "COALESCE(codes.color, '') AS kleur FROM codes "
        "JOIN codebooks ON codebooks.id = codes.codebook_id ORDER BY codebooks.name, codes.path",
        project.conn,
    )


def code_tree_rows(
    project: Project,
) -> list[tuple[int, int | None, str, str, str | None, str, str]]:
    """(id, parent id, name, description, colour, path, codebook) of every code, in order."""
    return project.conn.execute(
        "SELECT codes.id, codes.parent_id, codes.name, codes.description, codes.color, "
        "codes.path, codebooks.name FROM codes JOIN codebooks ON codebooks.id = codes.codebook_id "
        "ORDER BY codebooks.id, codes.id"
    ).fetchall()
