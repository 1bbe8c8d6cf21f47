"""A real-text set's "after the first third" row by code and by kind of suggestion.

Usage: python bench/codes_after_third.py --set NAME [--split tune|held-out] [--show N]
       [--options J] [--later]

The first third of the split's documents is learned as coded (as in ``bench_codes.py``), the
rest is scored. Per code: codings in the coded third, gold, right and suggested in the rest; per
kind of suggestion right and wrong; with ``--show N`` up to N missed and N wrong sentences per
code, a missed one with the likeness of the nearest coded sentence that has its code.

The coded third is read per wb sentence with the codes a coding session learns from it
(``gold_sentence_codes``, as ``bench_codes.py``); the rest is scored per gold sentence (the
scoring unit of ``bench_codes.py``: a suggestion counts for the gold sentence its match starts
in, a missed sentence's features are those of the wb sentence that starts in it).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from codes_by_code import kind, read_split

from wb.coding.evaluate import gold_codings, gold_sentence_codes, sentence_index, sentence_start
from wb.coding.reaching import text_sentences
from wb.coding.sentence_kinds import sentence_features
from wb.coding.suggest import Suggester
from wb.nlp import load


def main() -> None:
    """Print the per-code and per-kind table of one split's rest after its first third."""
    args, options, book, texts, gold, docs = read_split()
    third = max(1, round(len(docs) / 3))
    coded, rest = docs[:third], docs[third:]
    nlp = load()
    suggester = Suggester(book, nlp, expand=True, **options).fit()
    processed = {d: nlp(texts[d]) for d in docs}
    suggester.fit_corpus(processed.values())
    model = suggester.model_
    examples: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
    in_third: Counter[str] = Counter()
    for d in coded:
        codes = gold_sentence_codes(gold[d], processed[d])
        for sent, sent_codes in zip(text_sentences(processed[d]), codes, strict=True):
            feats = sentence_features(sent)
            for c in sent_codes:
                examples[c].append((sent.text.strip(), feats))
        in_third.update(c for cs in codes for c in cs)
        suggester.learn_document(d, processed[d], codes)
    feats_of: dict[tuple[str, int], frozenset[str]] = {}
    why: dict[tuple[str, int, str], set[str]] = defaultdict(set)
    for d in rest:
        starts = [g.start for g in gold[d]]
        for sent in processed[d].sents:
            if sent.text.strip():
                at = sentence_start(sent)
                feats_of[(d, sentence_index(starts, at))] = sentence_features(sent)
        for s in suggester.suggest_doc(d, processed[d]):
            why[(d, sentence_index(starts, s.match_start), s.code)].add(kind(s.rule))
    truth = gold_codings({d: gold[d] for d in rest})
    pred = set(why)
    right = truth & pred
    print(
        f"{args.set} {args.split} rest na eerste derde ({len(coded)} gecodeerd, {len(rest)} rest):"
        f" recall {len(right) / max(1, len(truth)):.3f} precision"
        f" {len(right) / max(1, len(pred)):.3f} gold {len(truth)} suggested {len(pred)}"
    )
    by_kind: Counter[tuple[str, bool]] = Counter()
    for key, kinds in why.items():
        by_kind[("+".join(sorted(kinds)), key in truth)] += 1
    print("soort suggestie: goed / fout")
    for label in sorted({k for k, _ in by_kind}):
        print(f"  {label:40} {by_kind[(label, True)]:4d} / {by_kind[(label, False)]:4d}")
    g, r, s = (Counter(c for _, _, c in x) for x in (truth, right, pred))
    print("per code: in derde / gold / goed / voorgesteld")
    for code in sorted(g | s | in_third):
        print(f"  {code:60} {in_third[code]:4d} {g[code]:4d} {r[code]:4d} {s[code]:4d}")
        if not args.show:
            continue

        def text(k: tuple[str, int, str]) -> str:
            return " ".join(texts[k[0]][gold[k[0]][k[1]].start : gold[k[0]][k[1]].end].split())

        for k in sorted(k for k in truth - pred if k[2] == code)[: args.show]:
            f = feats_of.get(k[:2], frozenset())
            near = max(
                ((model.likeness(f, ex), t) for t, ex in examples.get(code, [])),
                default=(0.0, ""),
            )
            where = f"[naast {near[0]:.2f}: {near[1][:60]}]"
            print(f"    gemist {k[0]}:{k[1]} {text(k)[:160]}  {where}")
        for k in sorted(k for k in pred - truth if k[2] == code)[: args.show]:
            print(
                f"    fout [{'+'.join(sorted(why[k]))}] {k[0]}:{k[1]} {text(k)[:160]}"
                f"  (goud: {', '.join(sorted(gold[k[0]][k[1]].codes)) or '-'})"
            )


if __name__ == "__main__":
    main()
