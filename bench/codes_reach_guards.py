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
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_codes as B
from codes_third_learning import suggest_after_learning, third_splits, unsealed, variants_of

from wb.coding.evaluate import gold_codings
from wb.nlp import load


def main() -> None:
    """Print after-a-third per set, split and variant."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="")
    parser.add_argument("--variant", action="append", default=[])
    args = parser.parse_args()
    variants = variants_of(args.variant)
    names = unsealed(args.sets.split(",") if args.sets else sorted(B.SETS))
    nlp = load()
    for set_name in names:
        for sp in third_splits(nlp, set_name, ["tune", "held-out"]):
            truth = gold_codings({d: sp.gold[d] for d in sp.rest})
            for vname, spec in variants.items():
                pred = set(suggest_after_learning(nlp, sp, spec, sp.coded, sp.rest))
                right = len(truth & pred)
                r = right / max(1, len(truth))
                p = right / max(1, len(pred))
                f = 2 * r * p / max(1e-9, r + p)
                print(
                    f"{set_name:8} {sp.name:8} {vname:10} {right:4} / {len(pred):4} "
                    f"(gold {len(truth):4}) recall {r:.3f} precision {p:.3f} F1 {f:.3f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
