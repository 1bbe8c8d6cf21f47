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
#: payload key of a finding a clean re-search no longer found but kept for its decision.
EARLIER = "earlier_search"


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


@dataclass(frozen=True)
class Replaced:
    """What a clean re-search did to the stored findings."""

    found: int  # findings of the new search
    new: int  # of those, not stored before
    dropped: int  # earlier findings without a decision, removed
    earlier: int  # earlier findings with a decision, no longer found: kept and marked


def replace_findings(
    project: Project, found: dict[str, list[dict[str, Any]]], meta: dict[str, str] | None = None
) -> Replaced:
    """Replace the stored findings of the kinds in `found` by `found`, as one transaction: a
    finding found again keeps its id (and decisions), one no longer found is removed unless a
    reviewer decided on it (then it stays, marked ``EARLIER`` in its payload); `meta` is written
    to wb_meta in the same transaction. An error leaves the project as it was."""
    kinds = sorted(found)
    marks = ", ".join("?" * len(kinds))
    with project.transaction() as conn:
        before = {
            row[0]
            for row in conn.execute(f"SELECT id FROM findings WHERE kind IN ({marks})", kinds)
        }
        decided = {
            row[0] for row in conn.execute("SELECT DISTINCT finding_id FROM review_decisions")
        }
        now_ids: set[int] = set()
        for kind in kinds:
            now_ids.update(store_findings(project, kind, found[kind]))
        dropped = earlier = 0
        for finding_id in sorted(before - now_ids):
            if finding_id in decided:
                (payload,) = conn.execute(
                    "SELECT payload FROM findings WHERE id = ?", (finding_id,)
                ).fetchone()
                marked = json.dumps(
                    {**json.loads(payload), EARLIER: True}, ensure_ascii=False, sort_keys=True
                )
                conn.execute("UPDATE findings SET payload = ? WHERE id = ?", (marked, finding_id))
                earlier += 1
            else:
                conn.execute("DELETE FROM findings WHERE id = ?", (finding_id,))
                dropped += 1
        for key, value in (meta or {}).items():
            conn.execute("INSERT OR REPLACE INTO wb_meta VALUES (?, ?)", (key, value))
    return Replaced(len(now_ids), len(now_ids - before), dropped, earlier)


def add_findings(
    project: Project, found: dict[str, list[dict[str, Any]]], meta: dict[str, str] | None = None
) -> None:
    """Store the findings of the kinds in `found` next to those stored (see
    :func:`store_findings`) and write `meta` to wb_meta, as one transaction."""
    with project.transaction() as conn:
        for kind in sorted(found):
            store_findings(project, kind, found[kind])
        for key, value in (meta or {}).items():
            conn.execute("INSERT OR REPLACE INTO wb_meta VALUES (?, ?)", (key, value))


def meta_value(project: Project, key: str) -> str | None:
    """A value of the project's wb_meta table, or None."""
    row = project.conn.execute("SELECT value FROM wb_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


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
    """Record a reviewer's decision (and voice correction, none when it is wb's own voice); a
    later one of theirs replaces it."""
    from wb.store.project import now

    if not reviewer.strip():
        raise InvalidChoiceError("Vul eerst uw naam in als beoordelaar.")
    if decision not in DECISIONS:
        raise InvalidChoiceError(f"kies '{DECISIONS[0]}' of '{DECISIONS[1]}' (niet '{decision}').")
    if voice and voice not in VOICES:
        raise InvalidChoiceError(f"onbekende stem '{voice}'; kies uit {', '.join(VOICES)}.")
    with project.transaction() as conn:
        row = conn.execute("SELECT payload FROM findings WHERE id = ?", (finding_id,)).fetchone()
        if row is None:
            raise UnknownItemError(f"signalering {finding_id} bestaat niet (meer) in dit project.")
        if voice == json.loads(row[0]).get("voice"):
            voice = ""  # wb's own voice is no correction
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
    # A voice "correction" equal to wb's voice (stored before wb said no to that, or wb's voice
    # changed with a new search) corrects nothing: it reads as none.
    return project.conn.execute(
        "SELECT d.id, d.finding_id, d.reviewer, d.decision, d.comment, d.alternative, "
        "CASE WHEN d.voice = json_extract(f.payload, '$.voice') THEN '' ELSE d.voice END, "
        "d.created_at FROM review_decisions d LEFT JOIN findings f ON f.id = d.finding_id "
        "WHERE ? IS NULL OR d.reviewer = ? ORDER BY d.id",
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
                "eerdere_zoekronde": "ja" if f.payload.get(EARLIER) else "",
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
    "eerdere_zoekronde",
]
