"""Tune texts parsed once, with the rules' hits and the gold spans by scope (judging2).

Used by bench/train_judging2.py. Reads only the tune material of bench/realtext/labels (every batch
outside bench_labels.SEALED_BATCHES; asserted per text), parses each text once (the docs are kept
in a DocBin under /tmp so a second run does not parse again) and runs `wb labels` with the default
settings (rules, no learned part) once per text; the hits are kept in /tmp too, keyed by the
commit of wb and the text, so a change of wb gives fresh hits.
"""

from __future__ import annotations

import hashlib
import pickle
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import train_judging  # noqa: E402
from bench_labels import (  # noqa: E402
    SEALED_BATCHES,
    AnnotationMismatch,
    gold_spans,
    metadata_of,
    text_path,
)

DOCS = Path("/tmp/judging2-docs.spacy")
HITS = Path("/tmp/judging2-hits.pkl")
# rounds 16-27 (each measured once before it became tune material) and their batches
ROUNDS = {
    16: 19,
    17: 20,
    18: 21,
    19: 22,
    20: 23,
    21: 24,
    22: 25,
    23: 27,
    24: 28,
    25: 29,
    26: 30,
    27: 31,
}


@dataclass
class Text:
    """One tune text: manifest entry, parsed doc, gold (start, end, scope), rule hits."""

    entry: dict
    doc: object
    kind: str
    gold: list[tuple[int, int, str]] = field(default_factory=list)
    hits: list = field(default_factory=list)

    @property
    def id(self) -> str:
        """The text id of the manifest."""
        return self.entry["id"]

    @property
    def batch(self) -> int:
        """The batch of the text (1 when the manifest gives none)."""
        return self.entry.get("batch", 1)


def _commit() -> str:
    out = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True
    )
    dirty = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain", "wb", "codebooks"],
        capture_output=True,
        text=True,
    )
    return out.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def load(finder) -> list[Text]:
    """Every tune text that resolves, parsed, with its gold spans by scope and the rules' hits."""
    from labels_scope import is_lexicon_annotation, scope_of
    from spacy.tokens import DocBin

    from wb.dossiers.aimed import kind_name
    from wb.dossiers.voice import self_terms
    from wb.dossiers.voice_document import document_kind

    cached = {}
    if DOCS.exists():
        cached = {d.text: d for d in DocBin().from_disk(DOCS).get_docs(finder.nlp.vocab)}
    commit = _commit()
    hits_cache = pickle.loads(HITS.read_bytes()) if HITS.exists() else {}
    out, new_docs, new_hits = [], False, False
    for entry in train_judging.tune_entries():
        assert entry.get("batch", 1) not in SEALED_BATCHES  # never read a sealed text
        text = text_path(entry).read_text(encoding="utf-8")
        try:
            gold = gold_spans(text, entry.get("labels") or [])
        except AnnotationMismatch:
            continue
        doc = cached.get(text)
        if doc is None:
            doc = finder.nlp(text)
            cached[text] = doc
            new_docs = True
        meta = metadata_of(entry)
        key = (commit, hashlib.sha1(text.encode()).hexdigest())
        hits = hits_cache.get(key) if not commit.endswith("dirty") else None
        if hits is None:
            hits = finder.find(entry["id"], doc, self_terms=self_terms(None), metadata=meta)
            hits_cache[key] = hits
            new_hits = True
        item = Text(entry, doc, kind_name(document_kind(meta, text)))
        item.gold = [(a, b, scope_of(doc, a, b, is_lexicon_annotation(g))) for a, b, g in gold]
        item.hits = hits
        out.append(item)
    if new_docs:
        DocBin(docs=list(cached.values())).to_disk(DOCS)
    if new_hits and not commit.endswith("dirty"):
        HITS.write_bytes(pickle.dumps(hits_cache))
    return out
