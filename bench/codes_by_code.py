"""Any real-text set's tune documents by code and by kind of suggestion: gold, right, wrong.

Usage: python bench/codes_by_code.py --set NAME [--split tune|held-out] [--show N] [--options J]
       [--later]

Per code: gold, right and suggested codings of the codebook alone (wb codebook, no coded third);
per kind of suggestion (a pattern, the description, an example, the voice of a child, ...): how
many codings it made right and wrong; with ``--show N`` up to N missed and N wrong sentences per
code. A held-out split is only read with ``--split held-out``, on purpose (a set whose held-out
rows were run may be read this way once it is tune).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_codes as B

from wb.codebook import Codebook, load_codebook
from wb.coding.evaluate import Gold, gold_codings, sentence_index
from wb.coding.suggest import BEYOND_RULES, Suggester
from wb.nlp import load


def kind(rule: str) -> str:
    """The kind of a suggestion's rule: a beyond-pattern source by name, else 'patroon'."""
    for name, label in BEYOND_RULES.items():
        if rule.startswith(label):
            return name
    return "patroon"


def read_split() -> tuple[argparse.Namespace, dict, Codebook, dict[str, str], Gold, list[str]]:
    """Parse --set/--split/--show/--options/--later; load the set's codebook, texts and split."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", choices=sorted(B.SETS), default="codes")
    parser.add_argument("--split", choices=("tune", "held-out"), default="tune")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--options", default="")
    parser.add_argument("--later", action="store_true", help="a sealed set too (see bench_codes)")
    args = parser.parse_args()
    if not B.announce_sealed(args.set, args.later):
        sys.exit(2)
    options = json.loads(args.options) if args.options else {}
    book = load_codebook(B.SETS[args.set][0] / "codebook.yaml")
    texts, gold = B.load_data(False, args.set)
    docs = B.split(sorted(texts), args.set)[args.split]
    return args, options, book, texts, gold, docs


def main() -> None:
    """Print the per-code and per-kind table of one set's split."""
    args, options, book, texts, gold, docs = read_split()
    nlp = load()
    suggester = Suggester(book, nlp, expand=True, **options).fit()
    processed = {d: nlp(texts[d]) for d in docs}
    suggester.fit_corpus(processed.values())
    truth = gold_codings({d: gold[d] for d in docs})
    why: dict[tuple[str, int, str], set[str]] = defaultdict(set)
    for d in docs:
        starts = [g.start for g in gold[d]]
        for s in suggester.suggest_doc(d, processed[d]):
            why[(d, sentence_index(starts, s.match_start), s.code)].add(kind(s.rule))
    pred = set(why)
    right = truth & pred
    print(
        f"{args.set} {args.split}: {len(docs)} documenten, recall {len(right) / len(truth):.3f} "
        f"precision {len(right) / max(1, len(pred)):.3f} gold {len(truth)} suggested {len(pred)}"
    )
    by_kind = Counter()
    for key, kinds in why.items():
        label = "+".join(sorted(kinds))
        by_kind[(label, key in truth)] += 1
    print("soort suggestie: goed / fout")
    for label in sorted({k for k, _ in by_kind}):
        print(f"  {label:40} {by_kind[(label, True)]:4d} / {by_kind[(label, False)]:4d}")
    g, r, s = (Counter(c for _, _, c in x) for x in (truth, right, pred))
    print("per code: gold / goed / voorgesteld")
    for code in sorted(g | s):
        print(f"  {code:60} {g[code]:4d} {r[code]:4d} {s[code]:4d}")
        if args.show:
            text = lambda k: texts[k[0]][gold[k[0]][k[1]].start : gold[k[0]][k[1]].end]  # noqa: E731
            missed = sorted(k for k in truth - pred if k[2] == code)[: args.show]
            wrong = sorted(k for k in pred - truth if k[2] == code)[: args.show]
            for k in missed:
                print(f"    gemist {k[0]}:{k[1]} {' '.join(text(k).split())[:200]}")
            for k in wrong:
                print(
                    f"    fout [{'+'.join(sorted(why[k]))}] {k[0]}:{k[1]} "
                    f"{' '.join(text(k).split())[:200]}"
                    f"  (goud: {', '.join(sorted(gold[k[0]][k[1]].codes)) or '-'})"
                )


if __name__ == "__main__":
    main()
