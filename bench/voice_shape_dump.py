"""labels-voice3: every matched occurrence of the present tune texts with its voices, as JSON.

Run from the repository root:
    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/voice_shape_dump.py /tmp/rows.json

One row per gold occurrence that a hit matches (as bench/bench_labels.py matches them): text,
batch, gold voice, the default's voice and path (bench/voice_trace.py), the rules' voice, the
sentence and the two sentences before it. The sealed batches (bench_labels.SEALED_BATCHES) and
every batch after the last tune batch are never read. For the across-batch shape table of the
voice errors (bench/README.md, "labels-voice3").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_labels import (
    HERE,
    REPO,
    SEALED_BATCHES,
    AnnotationMismatch,
    gold_spans,
    metadata_of,
    text_path,
)
from manifest_yaml import read_manifest

LAST_TUNE = 70  # batches after it are sealed or not yet collected (70 measured 2026-12-07 21:18)


def tune_entries() -> list[dict]:
    """Manifest entries of the tune batches (never a sealed one, never one after LAST_TUNE)."""
    assert SEALED_BATCHES >= {LAST_TUNE + 1}
    entries = read_manifest(HERE / "manifest.yaml")["texts"]
    return [
        e
        for e in entries
        if e.get("batch", 1) <= LAST_TUNE and e.get("batch", 1) not in SEALED_BATCHES
    ]


def _sentence(doc, start: int) -> tuple[str, str]:
    """The sentence holding `start` and the two sentences before it."""
    sents = list(doc.sents)
    k = max(i for i, s in enumerate(sents) if s.start_char <= start) if sents else 0
    before = " ".join(s.text.strip() for s in sents[max(0, k - 2) : k])
    return sents[k].text.strip() if sents else "", before


def main() -> None:
    """Dump the rows."""
    from voice_trace import traced

    from wb.dossiers.labels import LabelFinder
    from wb.dossiers.voice import self_terms

    out = Path(sys.argv[1])
    default = LabelFinder(REPO / "codebooks" / "labels.yaml").fit()
    rules = LabelFinder(REPO / "codebooks" / "labels.yaml", voice_model="rules").fit()
    rows: list[dict] = []
    for entry in tune_entries():
        path = text_path(entry)
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        try:
            gold = gold_spans(text, entry.get("labels") or [])
        except AnnotationMismatch:
            continue
        meta = metadata_of(entry)
        doc = default.nlp(text)
        with traced() as trace:
            hits = default.find(entry["id"], doc, self_terms=self_terms(None), metadata=meta)
            paths = list(trace.paths)
        by_rules = rules.find(entry["id"], doc, self_terms=self_terms(None), metadata=meta)
        used: set[int] = set()
        for a, b, item in gold:
            match = next(
                (i for i, h in enumerate(hits) if i not in used and h.start < b and a < h.end),
                None,
            )
            if match is None:
                continue
            used.add(match)
            h = hits[match]
            r = next((x for x in by_rules if x.start == h.start and x.end == h.end), None)
            sent, before = _sentence(doc, h.start)
            rows.append(
                {
                    "text": entry["id"],
                    "batch": entry.get("batch", 1),
                    "genre": (meta or {}).get("genre", ""),
                    "term": h.text,
                    "label": h.label,
                    "gold": item["voice"],
                    "default": h.voice,
                    "rules": r.voice if r else "?",
                    "path": paths[match] if match < len(paths) else "?",
                    "sentence": sent,
                    "before": before,
                }
            )
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(rows)} rijen van {len({r['text'] for r in rows})} teksten -> {out}")


if __name__ == "__main__":
    main()
