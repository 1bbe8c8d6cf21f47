"""After the first third on every unsealed set, with guards on the reach of the codings (codes30).

Usage: python bench/codes_reach_guards.py [--sets codes5,codes11] [--variant NAME=JSON ...]

Per set and split (as ``bench_codes.py``: the first third of the split's documents coded, the
rest suggested, the whole split as corpus), "after a third" is scored on the rest for each
variant: a JSON of ``Suggester`` options, where a key with a dot (``"reaching.MIN_OWN"``) sets a
module constant of ``wb.coding`` for that variant. Printed: right / suggested, recall, precision
and F1 per set, split and variant. Sealed sets are left out (no ``--later`` here).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_codes as B
from codes_alone_sets import with_constants

from wb.codebook import load_codebook
from wb.coding.evaluate import gold_codings, sentence_index, sentence_start
from wb.coding.suggest import Suggester
from wb.nlp import load


def main() -> None:
    """Print after-a-third per set, split and variant."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="")
    parser.add_argument("--variant", action="append", default=[])
    args = parser.parse_args()
    variants = {"main": {}}
    for v in args.variant:
        name, _, spec = v.partition("=")
        variants[name] = json.loads(spec)
    sealed = set(B.left_out(False))
    for name in sorted(sealed):
        print(f"verzegeld: {name} blijft buiten deze run")
    names = args.sets.split(",") if args.sets else sorted(B.SETS)
    nlp = load()
    for set_name in names:
        if set_name in sealed:
            continue
        book = load_codebook(B.SETS[set_name][0] / "codebook.yaml")
        texts, gold = B.load_data(False, set_name)
        splits = B.split(sorted(texts), set_name)
        for split_name in ("tune", "held-out"):
            docs = splits[split_name]
            if len(docs) < 2:
                continue
            third = max(1, round(len(docs) / 3))
            coded, rest = docs[:third], docs[third:]
            processed = {d: nlp(texts[d]) for d in docs}
            truth = gold_codings({d: gold[d] for d in rest})
            for vname, spec in variants.items():
                consts = {k: v for k, v in spec.items() if "." in k}
                options = {k: v for k, v in spec.items() if "." not in k}
                old = with_constants(consts)
                try:
                    sug = Suggester(book, nlp, expand=True, **options).fit()
                    sug.fit_corpus(processed[d] for d in docs)
                    for d in coded:
                        starts = [g.start for g in gold[d]]
                        codes = [
                            set(gold[d][sentence_index(starts, sentence_start(s))].codes)
                            for s in processed[d].sents
                            if s.text.strip()
                        ]
                        sug.learn_document(d, processed[d], codes)
                    pred = set()
                    for d in rest:
                        starts = [g.start for g in gold[d]]
                        for s in sug.suggest_doc(d, processed[d]):
                            pred.add((d, sentence_index(starts, s.match_start), s.code))
                finally:
                    for (module, attr), value in old.items():
                        setattr(module, attr, value)
                right = len(truth & pred)
                r = right / max(1, len(truth))
                p = right / max(1, len(pred))
                f = 2 * r * p / max(1e-9, r + p)
                print(
                    f"{set_name:8} {split_name:8} {vname:10} {right:4} / {len(pred):4} "
                    f"(gold {len(truth):4}) recall {r:.3f} precision {p:.3f} F1 {f:.3f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
