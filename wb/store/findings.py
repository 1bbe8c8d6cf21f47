"""Dossier findings (labels, copied passages) and reviewers' decisions in the project file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wb.errors import InvalidChoiceError, UnknownItemError

if TYPE_CHECKING:
    import pandas as pd

    from wb.store.project import Project

DECISIONS = ("terecht", "niet terecht")
VOICES = ("asserted", "attributed", "discussed", "negated")


@dataclass(frozen=True)
class Finding:
    """One flagged passage in a document."""

    id: int
    kind: str
    doc_id: int
    start: int
    end: int
    payload: dict[str, Any]


def store_findings(project: Project, kind: str, items: list[dict[str, Any]]) -> list[int]:
    """Store findings {doc_id, start, end, key, payload}; a finding seen before keeps its id."""
    from wb.store.project import now

    ids = []
    with project.transaction() as conn:
        for item in items:
            values = (kind, item["doc_id"], item["start"], item["end"], item.get("key", ""))
            payload = json.dumps(item.get("payload", {}), ensure_ascii=False, sort_keys=True)
            row = conn.execute(
                'SELECT id FROM findings WHERE kind = ? AND doc_id = ? AND start = ? AND "end" = ? '
                "AND key = ?",
                values,
            ).fetchone()
            if row is None:
                ids.append(
                    conn.execute(
                        'INSERT INTO findings (kind, doc_id, start, "end", key, payload, '
                        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (*values, payload, now()),
                    ).lastrowid
                )
            else:
                conn.execute("UPDATE findings SET payload = ? WHERE id = ?", (payload, row[0]))
                ids.append(row[0])
    return ids


def findings(project: Project, kind: str | None = None) -> list[Finding]:
    """All findings (optionally of one kind), ordered by document and position."""
    rows = project.conn.execute(
        'SELECT id, kind, doc_id, start, "end", payload FROM findings '
        "WHERE ? IS NULL OR kind = ? ORDER BY doc_id, start, id",
        (kind, kind),
    )
    return [Finding(i, k, d, s, e, json.loads(p)) for i, k, d, s, e, p in rows]


def decide(
    project: Project,
    finding_id: int,
    reviewer: str,
    decision: str,
    *,
    comment: str = "",
    alternative: str = "",
    voice: str = "",
) -> int:
    """Record a reviewer's decision (and voice correction); a later one of theirs replaces it."""
    from wb.store.project import now

    if not reviewer.strip():
        raise InvalidChoiceError("Vul eerst uw naam in als beoordelaar.")
    if decision not in DECISIONS:
        raise InvalidChoiceError(f"kies '{DECISIONS[0]}' of '{DECISIONS[1]}' (niet '{decision}').")
    if voice and voice not in VOICES:
        raise InvalidChoiceError(f"onbekende stem '{voice}'; kies uit {', '.join(VOICES)}.")
    with project.transaction() as conn:
        if conn.execute("SELECT 1 FROM findings WHERE id = ?", (finding_id,)).fetchone() is None:
            raise UnknownItemError(f"signalering {finding_id} bestaat niet (meer) in dit project.")
        return conn.execute(
            "INSERT INTO review_decisions (finding_id, reviewer, decision, comment, alternative, "
            "voice, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (finding_id, reviewer.strip(), decision, comment, alternative, voice, now()),
        ).lastrowid


def withdraw(project: Project, decision_id: int) -> None:
    """Remove a decision (undo); the one before it, if any, applies again."""
    with project.transaction() as conn:
        conn.execute("DELETE FROM review_decisions WHERE id = ?", (decision_id,))


def withdraw_last(project: Project, reviewer: str) -> int | None:
    """Undo this reviewer's newest decision (never another's); its finding id, or None."""
    with project.transaction() as conn:
        row = conn.execute(
            "SELECT id, finding_id FROM review_decisions WHERE reviewer = ? "
            "ORDER BY id DESC LIMIT 1",
            (reviewer.strip(),),
        ).fetchone()
        if row is None:
            return None
        conn.execute("DELETE FROM review_decisions WHERE id = ?", (row[0],))
        return row[1]


def _decision_rows(project: Project, reviewer: str | None) -> list[tuple]:
    return project.conn.execute(
        "SELECT id, finding_id, reviewer, decision, comment, alternative, voice, created_at "
        "FROM review_decisions WHERE ? IS NULL OR reviewer = ? ORDER BY id",
        (reviewer, reviewer),
    ).fetchall()


def _as_dict(row: tuple) -> dict[str, Any]:
    i, _f, r, d, c, a, v, t = row
    return {
        "id": i,
        "reviewer": r,
        "decision": d,
        "comment": c,
        "alternative": a,
        "voice": v,
        "at": t,
    }


def current_decisions(project: Project, reviewer: str | None = None) -> dict[int, dict[str, Any]]:
    """The latest decision per finding (of one reviewer, or of anyone)."""
    return {row[1]: _as_dict(row) for row in _decision_rows(project, reviewer)}


def reviewers_decisions(project: Project) -> dict[tuple[int, str], dict[str, Any]]:
    """The latest decision of every reviewer on every finding, keyed (finding id, reviewer)."""
    return {(row[1], row[2]): _as_dict(row) for row in _decision_rows(project, None)}


def decisions_table(project: Project) -> pd.DataFrame:
    """Every reviewer's current decision with its finding, for export to CSV/XLSX."""
    import pandas as pd

    latest = reviewers_decisions(project)
    by_id = {f.id: f for f in findings(project)}
    docs = {i: (c, p) for i, c, p in project.conn.execute("SELECT id, corpus, path FROM documents")}
    rows = []
    for (finding_id, _reviewer), d in sorted(latest.items()):
        f = by_id.get(finding_id)
        if f is None:
            continue
        corpus, path = docs[f.doc_id]
        rows.append(
            {
                "corpus": corpus,
                "document": path,
                "soort": f.kind,
                "begin": f.start,
                "eind": f.end,
                "label": f.payload.get("label", ""),
                "stem": f.payload.get("voice", ""),
                "beoordelaar": d["reviewer"],
                "oordeel": d["decision"],
                "stem_volgens_beoordelaar": d["voice"],
                "toelichting": d["comment"],
                "eigen_formulering": d["alternative"],
                "tijdstip": d["at"],
            }
        )
    return pd.DataFrame(rows, columns=DECISION_COLUMNS)


DECISION_COLUMNS = [
    "corpus",
    "document",
    "soort",
    "begin",
    "eind",
    "label",
    "stem",
    "beoordelaar",
    "oordeel",
    "stem_volgens_beoordelaar",
    "toelichting",
    "eigen_formulering",
    "tijdstip",
]
