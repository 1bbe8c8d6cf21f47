"""The codebook alone on every unsealed real-text set, both splits, for several settings at once.

Usage: python bench/codes_alone_sets.py [--variant NAME=JSON ...] [--sets codes5,codes6]
       [--dump FILE]

Each set's texts are run through the pipeline once; each variant (``--variant`` gives a name and
``CodeModel``/``Suggester`` options as JSON, a key ``"module.attr"`` with a dot sets a module
constant of ``wb.coding`` for that variant) is scored on the tune and the held-out split, as the
"wb codeboek" row of bench_codes.py (corpus = the split's documents). Printed per set and split:
recall / precision (right / suggested), and pooled rows. ``--dump`` writes every coding of every
variant (right, missed and wrong, with the sentence, the gold codes and the suggestion's rules)
as JSON lines, for reading by shape. Sealed sets are left out as in bench_codes.py (no ``--later``
here: a sealed set is measured only by the lead, with bench_codes.py).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_codes as B

from wb.codebook import load_codebook
from wb.coding.evaluate import gold_codings, sentence_index
from wb.coding.suggest import Suggester
from wb.nlp import load


def with_constants(constants: dict[str, object]) -> dict[tuple[object, str], object]:
    """Set module constants of wb.coding ("module.attr": value); return the old values."""
    old = {}
    for key, value in constants.items():
        module_name, attr = key.rsplit(".", 1)
        module = importlib.import_module(f"wb.coding.{module_name}")
        old[(module, attr)] = getattr(module, attr)
        setattr(module, attr, value)
    return old


def main() -> None:
    """Print recall/precision per set, split and variant (codebook alone)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--variant", action="append", default=[], help="NAME=JSON")
    parser.add_argument("--sets", default="", help="comma-separated; default every unsealed set")
    parser.add_argument("--dump", default="", help="JSON lines of every coding")
    args = parser.parse_args()
    out = B.left_out(False)
    for name in out:
        print(f"verzegeld: {name} blijft buiten deze run")
    names = [s for s in (args.sets.split(",") if args.sets else sorted(B.SETS)) if s]
    names = [s for s in names if s not in out]
    variants = [("voor", {})] + [
        (v.split("=", 1)[0], json.loads(v.split("=", 1)[1])) for v in args.variant
    ]
    nlp = load()
    pooled: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    print(
        f"{'set':8} {'split':9} {'variant':14} {'recall':>6} {'prec':>6} "
        f"{'goed':>5} {'sugg':>5} {'goud':>5}"
    )
    for name in names:
        book = load_codebook(B.SETS[name][0] / "codebook.yaml")
        texts, gold = B.load_data(False, name)
        for part, docs in B.split(sorted(texts), name).items():
            if not docs:
                continue
            processed = {d: nlp(texts[d]) for d in docs}
            truth = gold_codings({d: gold[d] for d in docs})
            for label, settings in variants:
                constants = {k: v for k, v in settings.items() if "." in k}
                options = {k: v for k, v in settings.items() if "." not in k}
                old = with_constants(constants)
                try:
                    suggester = Suggester(book, nlp, expand=True, **options).fit()
                    suggester.fit_corpus(processed.values())
                    why: dict[tuple[str, int, str], list[str]] = defaultdict(list)
                    for d in docs:
                        starts = [g.start for g in gold[d]]
                        for s in suggester.suggest_doc(d, processed[d]):
                            key = (d, sentence_index(starts, s.match_start), s.code)
                            why[key].append(f"{s.rule} {s.score:.2f} {s.reason}")
                finally:
                    with_constants(
                        {f"{m.__name__.split('.')[-1]}.{a}": v for (m, a), v in old.items()}
                    )
                pred = set(why)
                right = len(pred & truth)
                row = pooled[(part, label)]
                row[0] += right
                row[1] += len(pred)
                row[2] += len(truth)
                r = right / len(truth) if truth else 0.0
                p = right / len(pred) if pred else 0.0
                print(
                    f"{name:8} {part:9} {label:14} {r:6.3f} {p:6.3f} "
                    f"{right:5d} {len(pred):5d} {len(truth):5d}",
                    flush=True,
                )
                if dump:
                    for key in sorted(truth | pred):
                        d, i, code = key
                        g = gold[d][i]
                        dump.write(
                            json.dumps(
                                {
                                    "set": name,
                                    "split": part,
                                    "variant": label,
                                    "kind": "right"
                                    if key in truth and key in pred
                                    else "missed"
                                    if key in truth
                                    else "wrong",
                                    "doc": d,
                                    "i": i,
                                    "code": code,
                                    "gold": sorted(g.codes),
                                    "why": why.get(key, []),
                                    "text": " ".join(texts[d][g.start : g.end].split()),
                                },
                                ensure_ascii=False,
                            )
                            + "\n"
                        )
    for (part, label), (right, sugg, gold_n) in sorted(pooled.items()):
        r = right / gold_n if gold_n else 0.0
        p = right / sugg if sugg else 0.0
        print(
            f"{'pooled':8} {part:9} {label:14} {r:6.3f} {p:6.3f} {right:5d} {sugg:5d} {gold_n:5d}"
        )
    if dump:
        dump.close()


if __name__ == "__main__":
    main()
