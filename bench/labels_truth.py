"""The bundled dossier check for labels: gold from corpora/dossiers/truth.yaml, found, scores.

One loader for bench/bench_labels.py and tests/test_labels.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
DOSSIERS = REPO / "corpora" / "dossiers"

Key = tuple[str, int, int]


def truth_labels(folder: Path = DOSSIERS) -> dict[Key, tuple[str, str]]:
    """(file, start, end) -> (label, voice) for every label in the folder's truth.yaml."""
    from wb.corpus.readers import read_document

    truth = yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8"))
    gold = {}
    for item in truth["labels"]:
        text = read_document(folder / item["file"]).text
        pos = -1
        for _ in range(item.get("occurrence", 0) + 1):
            pos = text.find(item["text"], pos + 1)
        gold[(item["file"], pos, pos + len(item["text"]))] = (item["label"], item["voice"])
    return gold


def found_labels(finder: Any, folder: Path = DOSSIERS) -> dict[Key, tuple[str, str]]:
    """(file, start, end) -> (label, voice) for every hit of finder in the folder's reports."""
    from wb.corpus.metadata import read_metadata_csv
    from wb.corpus.readers import read_document
    from wb.dossiers.voice import self_terms

    meta = read_metadata_csv(folder)
    found = {}
    for path in sorted(folder.glob("*.txt")):
        text = read_document(path).text
        terms = self_terms(meta[path.name])
        for hit in finder.find(path.name, text, self_terms=terms, metadata=meta[path.name]):
            found[(hit.doc, hit.start, hit.end)] = (hit.label, hit.voice)
    return found


def scores(gold: dict[Key, tuple[str, str]], found: dict[Key, tuple[str, str]]) -> dict[str, Any]:
    """Recall, precision, label and voice accuracy over exact spans, with the counts."""
    both = [k for k in found if k in gold]
    return {
        "recall": len(both) / len(gold) if gold else 0.0,
        "precision": len(both) / len(found) if found else 0.0,
        "label": sum(found[k][0] == gold[k][0] for k in both) / len(both) if both else 0.0,
        "voice": sum(found[k][1] == gold[k][1] for k in both) / len(both) if both else 0.0,
        "matched": len(both),
        "gold": len(gold),
        "found": len(found),
    }
