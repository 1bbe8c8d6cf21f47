"""Label hits as records of a dossier: first_seen and copied_from, and the `wb labels --json` form.

:func:`label_report` adds ``first_seen`` (earliest report of the dossier with the same canonical
label, by default; ``by="wording"`` uses the folded matched wording instead; the open labels
``negatieve typering`` and ``oordelende taal (geleerd)`` always go by wording, since one of them
covers many different words) and ``copied_from`` (the source report of a non-boilerplate copied
passage that contains the hit).
:func:`per_dossier` groups the records by dossier for reading, each dossier in report order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from wb.dossiers.descriptions import LABEL as DESCRIPTION_LABEL
from wb.dossiers.judging import LABEL as LEARNED_LABEL
from wb.dossiers.lexicon import fold

# labels that stand for many wordings: "eerst in" follows the wording, not the label
OPEN_LABELS = frozenset({DESCRIPTION_LABEL, LEARNED_LABEL})


@dataclass(frozen=True, order=True)
class LabelHit:
    """One label occurrence: character span in the document, canonical label, voice."""

    doc: str
    start: int
    end: int
    label: str
    text: str
    voice: str = "asserted"

    def to_json(self) -> dict[str, Any]:
        """The hit as a dict with doc, start, end, label, text and voice."""
        return {k: getattr(self, k) for k in ("doc", "start", "end", "label", "text", "voice")}


def wording_key(text: str) -> str:
    """Folded wording without separators and final inflection, for first_seen by wording."""
    words = [w for w in re.split(r"[\s\-]+", fold(text)) if w]
    out = []
    for w in words:
        for ending in ("'s", "en", "e", "s"):
            if len(w) > len(ending) + 4 and w.endswith(ending):
                w = w[: -len(ending)]
                break
        out.append(w)
    return "".join(out)


def label_report(
    hits_by_doc: Mapping[str, Iterable[LabelHit | Mapping[str, Any]]],
    order: list[str],
    dossier_of: Mapping[str, str],
    passages: list[dict] | None = None,
    *,
    by: str = "label",
) -> list[dict[str, Any]]:
    """JSON records of all hits with first_seen (per dossier, in order) and copied_from."""
    rank = {doc: i for i, doc in enumerate(order)}
    docs = sorted(hits_by_doc, key=lambda d: (rank.get(d, len(rank)), d))
    records = [
        dict(h.to_json() if isinstance(h, LabelHit) else h) for d in docs for h in hits_by_doc[d]
    ]
    records.sort(key=lambda r: (rank.get(r["doc"], len(rank)), r["doc"], r["start"], r["end"]))

    def key(r: dict[str, Any]) -> tuple[str, bool, str]:
        by_wording = by == "wording" or r["label"] in OPEN_LABELS
        value = wording_key(r["text"]) if by_wording else r["label"]
        return dossier_of.get(r["doc"], r["doc"]), by_wording, value

    first: dict[tuple[str, bool, str], str] = {}
    for r in records:
        first.setdefault(key(r), r["doc"])
    copies = [p for p in passages or () if not p.get("boilerplate")]
    for r in records:
        r["copied_from"] = _copied_from(r, copies, records, rank)
        r["first_seen"] = first[key(r)]
    return records


def _copied_from(
    hit: dict[str, Any], copies: list[dict], records: list[dict[str, Any]], rank: dict[str, int]
) -> str | None:
    """Source report of the copied passage around hit: one that has the label, else nearest."""
    candidates = []
    for p in copies:
        target, source = p.get("target") or {}, p.get("source") or {}
        if target.get("doc") != hit["doc"] or not source.get("doc"):
            continue
        if target.get("start", 0) <= hit["start"] and hit["end"] <= target.get("end", 0):
            s_start, s_end = source.get("start"), source.get("end")
            has_label = any(
                r["doc"] == source["doc"]
                and r["label"] == hit["label"]
                and (s_start is None or s_start <= r["start"] < (s_end or 0))
                for r in records
            )
            candidates.append((has_label, rank.get(source["doc"], -1), source["doc"]))
    return max(candidates)[2] if candidates else None


def per_dossier(
    records: list[dict[str, Any]], dossier_of: Mapping[str, str]
) -> list[dict[str, Any]]:
    """Records grouped by dossier (D1, D2, …, reports without a dossier last), keeping their
    report order within each dossier: one family's file reads as one block."""
    from wb.corpus.dossiers import dossier_key

    return sorted(records, key=lambda r: dossier_key(dossier_of.get(r["doc"], "")))


def labels_json(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The `wb labels --json` document."""
    keys = ("doc", "start", "end", "label", "text", "voice", "copied_from", "first_seen")
    return {"labels": [{k: r.get(k) for k in keys} for r in records]}
