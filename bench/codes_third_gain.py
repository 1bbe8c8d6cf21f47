"""What the coded first third adds over the codebook alone, per set, split and variant (codes31).

Usage: python bench/codes_third_gain.py [--sets codes5,codes11] [--splits held-out]
       [--variant NAME=JSON ...] [--dump FILE]

Per unsealed set and split (as ``bench_codes.py``: the first third of the split's documents
coded, the rest suggested, the whole split as the project's corpus), three rows scored on the
rest: the codebook alone ("alone"), and after the first third for each variant (a JSON of
``Suggester`` options; a key with a dot, ``"reaching.MIN_OWN"``, sets a module constant of
``wb.coding`` for that variant; "main" is the default). The codebook alone on the whole split
("alone, split") is printed too: the "wb codeboek" row. Printed: right / suggested, recall,
precision, F1, and per variant the right / wrong codings learning added and took away by kind;
pooled rows per split at the end. ``--dump`` writes every suggestion of the rest of every row as
JSON lines (kind, reason, right or wrong, the sentence and its gold codes). Sealed sets are left
out (no ``--later`` here).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from codes_by_code import kind
from codes_third_learning import (
    Key,
    ThirdSplit,
    suggest_after_learning,
    third_splits,
    unsealed,
    variants_of,
)

from wb.coding.evaluate import gold_codings
from wb.nlp import load

#: The sets measured by default (codes has no held-out sentences in the texts present).
DEFAULT_SETS = tuple(f"codes{k}" for k in range(2, 12))


def _prf(right: int, suggested: int, gold: int) -> tuple[float, float, float]:
    r = right / max(1, gold)
    p = right / max(1, suggested)
    return r, p, 2 * r * p / max(1e-9, r + p)


def _run(nlp: Any, sp: ThirdSplit, *args: Any) -> dict[Key, tuple[str, str]]:
    """(kind, reason) of each suggestion of codes_third_learning.suggest_after_learning."""
    pred = suggest_after_learning(nlp, sp, *args)
    return {k: (kind(s.rule), s.reason or s.rule) for k, s in pred.items()}


def _dump(
    out: Any,
    set_name: str,
    split_name: str,
    label: str,
    pred: dict[Key, tuple[str, str]],
    truth: set[Key],
    gold: Any,
    texts: dict[str, str],
    coded: list[str],
) -> None:
    """Write every suggestion of a row, and every gold coding it missed, as JSON lines."""
    for k in sorted(set(pred) | truth):
        g = gold[k[0]][k[1]]
        row = {
            "set": set_name,
            "split": split_name,
            "row": label,
            "doc": k[0],
            "sent": k[1],
            "code": k[2],
            "kind": pred[k][0] if k in pred else "",
            "reason": pred[k][1] if k in pred else "",
            "right": k in truth,
            "suggested": k in pred,
            "gold": sorted(g.codes),
            "third": k[0] in coded,
            "text": " ".join(texts[k[0]][g.start : g.end].split()),
        }
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    """Print codebook alone and after a third per set, split and variant."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="")
    parser.add_argument("--splits", default="tune,held-out")
    parser.add_argument("--variant", action="append", default=[])
    parser.add_argument("--dump", default="")
    args = parser.parse_args()
    variants = variants_of(args.variant)
    names = [n for n in unsealed(args.sets.split(",") if args.sets else list(DEFAULT_SETS)) if n]
    nlp = load()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    pooled: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for set_name in names:
        for sp in third_splits(nlp, set_name, args.splits.split(",")):
            split_name, texts, gold, docs = sp.name, sp.texts, sp.gold, sp.docs
            coded, rest = sp.coded, sp.rest
            truth = gold_codings({d: gold[d] for d in rest})
            whole = gold_codings({d: gold[d] for d in docs})

            rows: dict[str, dict[Key, tuple[str, str]]] = {}
            run = partial(_run, nlp, sp)
            split_alone = run({}, [], docs)
            if dump is not None:
                _dump(
                    dump,
                    set_name,
                    split_name,
                    "alone, split",
                    split_alone,
                    whole,
                    gold,
                    texts,
                    coded,
                )
            rows["alone"] = {k: v for k, v in split_alone.items() if k[0] in rest}
            for vname, spec in variants.items():
                rows[vname] = run(spec, coded, rest)
            r, p, f = _prf(len(whole & set(split_alone)), len(split_alone), len(whole))
            print(
                f"{set_name:8} {split_name:8} {'alone, split':14} "
                f"{len(whole & set(split_alone)):4} / {len(split_alone):4} (gold {len(whole):4}) "
                f"recall {r:.3f} precision {p:.3f} F1 {f:.3f}"
            )
            acc = pooled[(split_name, "alone, split")]
            acc[0] += len(whole & set(split_alone))
            acc[1] += len(split_alone)
            acc[2] += len(whole)
            for label, pred in rows.items():
                right = len(truth & set(pred))
                r, p, f = _prf(right, len(pred), len(truth))
                acc = pooled[(split_name, label)]
                acc[0] += right
                acc[1] += len(pred)
                acc[2] += len(truth)
                line = (
                    f"{set_name:8} {split_name:8} {label:14} {right:4} / {len(pred):4} "
                    f"(gold {len(truth):4}) recall {r:.3f} precision {p:.3f} F1 {f:.3f}"
                )
                if label != "alone":
                    diff = []
                    for sign, keys, src in (
                        ("+", set(pred) - set(rows["alone"]), pred),
                        ("-", set(rows["alone"]) - set(pred), rows["alone"]),
                    ):
                        counts = Counter((src[k][0], k in truth) for k in keys)
                        diff += [
                            f"{sign}{kd} {counts[(kd, True)]}/{counts[(kd, False)]}"
                            for kd in sorted({kd for kd, _ in counts})
                        ]
                    line += "  [" + ", ".join(diff) + "]" if diff else ""
                print(line, flush=True)
                if dump is not None:
                    _dump(dump, set_name, split_name, label, pred, truth, gold, texts, coded)
    print("pooled:")
    for (split_name, label), (right, sugg, gold_n) in sorted(pooled.items()):
        r, p, f = _prf(right, sugg, gold_n)
        print(
            f"  {split_name:8} {label:14} {right:4} / {sugg:4} (gold {gold_n:4}) "
            f"recall {r:.3f} precision {p:.3f} F1 {f:.3f}"
        )
    if dump is not None:
        dump.close()


if __name__ == "__main__":
    main()
