"""Theme runs in the project file: parameters and result as JSON, one row per run."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wb.store.project import Project


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def insert_run(project: Project, params: dict[str, Any], result: dict[str, Any]) -> int:
    """Store a new run and return its id."""
    from wb.store.project import now

    with project.transaction() as conn:
        return conn.execute(
            "INSERT INTO theme_runs (params, result, created_at) VALUES (?, ?, ?)",
            (_dump(params), _dump(result), now()),
        ).lastrowid


def fetch_run(
    project: Project, run_id: int | None = None
) -> tuple[int, dict[str, Any], dict[str, Any], str] | None:
    """(id, params, result, created_at) of a run, the latest when `run_id` is None; or None."""
    sql = "SELECT id, params, result, created_at FROM theme_runs "
    if run_id is None:
        row = project.conn.execute(sql + "ORDER BY id DESC LIMIT 1").fetchone()
    else:
        row = project.conn.execute(sql + "WHERE id = ?", (run_id,)).fetchone()
    if row is None:
        return None
    return row[0], json.loads(row[1]), json.loads(row[2]), row[3]


def update_result(project: Project, run_id: int, result: dict[str, Any]) -> None:
    """Replace a run's result (inside the caller's transaction, if any)."""
    with project.transaction() as conn:
        conn.execute("UPDATE theme_runs SET result = ? WHERE id = ?", (_dump(result), run_id))
