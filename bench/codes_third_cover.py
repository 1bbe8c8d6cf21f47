"""Could the coded first third teach what the rest misses? Per code, how often the third codes it.

Usage: python bench/codes_third_cover.py --set NAME [--split tune|held-out] [--show N]
       [--options J] [--later]

As in ``bench_codes.py`` the first third of a split is coded and learned, the rest suggested.
Printed per code: gold codings in the third (in how many of its documents), gold codings in the
rest and how many of those wb finds after learning the third; then one summary line: the rest's
missed codings by what the third holds of their code (none, one document, two or more). Every
learning rule of wb.coding needs a code coded in the third (most in two documents), so a missed
coding of a code the third never codes can only come from the codebook's own evidence.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from codes_by_code import read_split

from wb.coding.evaluate import gold_codings, gold_sentence_codes, sentence_index
from wb.coding.suggest import Suggester
from wb.nlp import load

KINDS = ("none", "one doc", "2+ docs")


def main() -> None:
    """Print the per-code table and the summary of the rest's misses."""
    args, options, book, texts, gold, docs = read_split()
    third = max(1, round(len(docs) / 3))
    coded, rest = docs[:third], docs[third:]
    nlp = load()
    processed = {d: nlp(texts[d]) for d in docs}
    truth = gold_codings({d: gold[d] for d in rest})
    taught = gold_codings({d: gold[d] for d in coded})
    suggester = Suggester(book, nlp, expand=True, **options).fit()
    suggester.fit_corpus(processed[d] for d in docs)
    for d in coded:
        codes = gold_sentence_codes(gold[d], processed[d])
        suggester.learn_document(d, processed[d], codes)
    found = set()
    for d in rest:
        starts = [g.start for g in gold[d]]
        for s in suggester.suggest_doc(d, processed[d]):
            found.add((d, sentence_index(starts, s.match_start), s.code))
    in_third = Counter(k[2] for k in taught)
    third_docs = Counter(code for _, code in {(k[0], k[2]) for k in taught})
    in_rest = Counter(k[2] for k in truth)
    right = Counter(k[2] for k in truth & found)

    def cover(code: str) -> str:
        n = third_docs[code]
        return KINDS[0] if not n else KINDS[1] if n == 1 else KINDS[2]

    print(f"{args.set} {args.split}: {len(coded)} documenten gecodeerd, {len(rest)} rest")
    print(f"  {'code':52} derde (doc)  rest  goed")
    for code in sorted(set(in_third) | set(in_rest)):
        n3 = f"{in_third[code]} ({third_docs[code]})"
        print(f"  {code[:52]:52} {n3:>11} {in_rest[code]:5} {right[code]:5}")
    missed = truth - found
    gold_by = Counter(cover(k[2]) for k in truth)
    missed_by = Counter(cover(k[2]) for k in missed)
    parts = " | ".join(f"{k}: goud {gold_by[k]} gemist {missed_by[k]}" for k in KINDS)
    print(f"  rest: goud {len(truth)} goed {len(truth & found)} gemist {len(missed)}; {parts}")


if __name__ == "__main__":
    main()
