"""What learning from the coded first third changes on the rest, suggestion by suggestion.

Usage: python bench/codes_learning_diff.py --set NAME [--split tune|held-out] [--show N]
       [--options J] [--later]

Three runs on the rest of a split (its first third coded, as in ``bench_codes.py``):

* codebook alone, the corpus of the rest only (``bench_codes.py``'s "wb codeboek (rest)");
* codebook alone, the corpus of the whole split (the project holds the coded third too);
* after the first third (the coded third learned).

Printed: recall / precision of each, and the codings the learning added and took away
(right / wrong, by kind), with ``--show N`` up to N sentences of each.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from codes_by_code import kind, read_split

from wb.coding.evaluate import gold_codings, gold_sentence_codes, sentence_index
from wb.coding.suggest import Suggester
from wb.nlp import load


def main() -> None:
    """Print the three runs and the codings learning added and removed."""
    args, options, book, texts, gold, docs = read_split()
    third = max(1, round(len(docs) / 3))
    coded, rest = docs[:third], docs[third:]
    nlp = load()
    processed = {d: nlp(texts[d]) for d in docs}
    truth = gold_codings({d: gold[d] for d in rest})

    def run(corpus: list[str], learn: list[str]) -> dict[tuple[str, int, str], str]:
        suggester = Suggester(book, nlp, expand=True, **options).fit()
        suggester.fit_corpus(processed[d] for d in corpus)
        for d in learn:
            codes = gold_sentence_codes(gold[d], processed[d])
            suggester.learn_document(d, processed[d], codes)
        out: dict[tuple[str, int, str], str] = {}
        for d in rest:
            starts = [g.start for g in gold[d]]
            for s in suggester.suggest_doc(d, processed[d]):
                key = (d, sentence_index(starts, s.match_start), s.code)
                out[key] = f"{kind(s.rule)} {s.score:.2f} {s.reason or s.rule}"
        return out

    runs = {
        "codeboek, corpus rest": run(rest, []),
        "codeboek, corpus split": run(docs, []),
        "na eerste derde": run(docs, coded),
    }
    for label, pred in runs.items():
        right = len(truth & set(pred))
        print(
            f"{args.set} {args.split} {label:24} recall {right / max(1, len(truth)):.3f} "
            f"precision {right / max(1, len(pred)):.3f} goed {right} voorgesteld {len(pred)}"
        )

    def text(k: tuple[str, int, str]) -> str:
        g = gold[k[0]][k[1]]
        return " ".join(texts[k[0]][g.start : g.end].split())[:150]

    for before, after in (
        ("codeboek, corpus rest", "codeboek, corpus split"),
        ("codeboek, corpus split", "na eerste derde"),
    ):
        a, b = runs[before], runs[after]
        for label, keys, src in (("erbij", set(b) - set(a), b), ("weg", set(a) - set(b), a)):
            counts = Counter((src[k].split()[0], k in truth) for k in keys)
            summary = ", ".join(
                f"{n} {'goed' if ok else 'fout'}" + f" {kd}"
                for (kd, ok), n in sorted(counts.items())
            )
            print(f"{before} -> {after}: {label}: {summary or '-'}")
            for k in sorted(keys)[: args.show]:
                ok = "goed" if k in truth else "fout"
                gcodes = ", ".join(sorted(gold[k[0]][k[1]].codes)) or "-"
                print(f"    {ok} {k[2]} [{src[k]}] {text(k)}  (goud: {gcodes})")


if __name__ == "__main__":
    main()
