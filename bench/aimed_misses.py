"""List the occurrences aimed at a person on tune, found or missed, with their shape (aimed2).

For each annotated occurrence whose scope is ``person`` (bench/labels_scope.py) in a tune text
(never a sealed batch), one tab-separated line: text id, found (1/0), the span, the word
classes and lemmas of its tokens, the person-aimed shapes of labels27 (wb.dossiers.aimed.shapes)
its tokens stand in, whether a token is on the evaluative lists, and the sentence. With
``--false`` the hits of the default run whose scope is ``person`` and match no annotation.

    PYTHONPATH=$PWD python bench/aimed_misses.py --out /tmp/aimed.tsv [--false]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_labels import (  # noqa: E402
    HERE,
    AnnotationMismatch,
    gold_spans,
    measured_now,
    metadata_of,
    text_path,
)
from labels_scope import is_lexicon_annotation, is_lexicon_hit, scope_of  # noqa: E402


def main() -> None:
    """Write the person-aimed occurrences of the tune texts, one line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--false", action="store_true", help="ook onterechte treffers")
    parser.add_argument("--learned", action="store_true")
    args = parser.parse_args()
    from wb.dossiers.aimed import shapes
    from wb.dossiers.descriptions import evaluative_words
    from wb.dossiers.labels import LabelFinder
    from wb.dossiers.lexicon import fold
    from wb.dossiers.voice import self_terms

    manifest = yaml.safe_load((HERE / "manifest.yaml").read_text(encoding="utf-8"))
    finder = LabelFinder(
        REPO / "codebooks" / "labels.yaml", judging=args.learned, aimed=args.learned
    ).fit()
    evaluative = evaluative_words()
    lines = []
    for entry in manifest["texts"]:
        if not measured_now(entry):
            continue
        path = text_path(entry)
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        try:
            gold = gold_spans(text, entry.get("labels") or [])
        except AnnotationMismatch:
            continue
        doc = finder.nlp(text)
        hits = finder.find(
            entry["id"], doc, self_terms=self_terms(None), metadata=metadata_of(entry)
        )
        found_shapes = shapes(doc)
        used: set[int] = set()
        for a, b, item in gold:
            match = next(
                (i for i, h in enumerate(hits) if i not in used and h.start < b and a < h.end),
                None,
            )
            if match is not None:
                used.add(match)
            if scope_of(doc, a, b, is_lexicon_annotation(item)) != "person":
                continue
            span = doc.char_span(a, b, alignment_mode="expand")
            tags = " ".join(f"{t.text}/{t.pos_}/{t.lemma_}" for t in span)
            sh = ",".join(sorted({s for t in span for s in found_shapes.get(t.i, ())}))
            ev = int(any(fold(t.text) in evaluative or fold(t.lemma_) in evaluative for t in span))
            sent = span[0].sent.text.replace("\n", " ").replace("\t", " ")
            lines.append(
                f"{entry['id']}\t{int(match is not None)}\t{item['text']}\t{item['voice']}\t"
                f"{tags}\t{sh or '-'}\t{ev}\t{sent}"
            )
        if args.false:
            for i, h in enumerate(hits):
                if i in used or scope_of(doc, h.start, h.end, is_lexicon_hit(h.label)) != "person":
                    continue
                span = doc.char_span(h.start, h.end, alignment_mode="expand")
                sent = span[0].sent.text.replace("\n", " ")
                lines.append(f"{entry['id']}\tFALSE\t{h.text}\t{h.voice}\t{h.label}\t-\t-\t{sent}")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} regels naar {args.out}")


if __name__ == "__main__":
    main()
