"""Codes the coded third did not use: what the codebook alone and the suggester after a third
find of them on the rest (codes43).

Usage: python bench/codes_third_absent.py [--sets codes2,...,codes15] [--splits tune,held-out]

As ``bench_codes.py`` and ``codes_third_gain.py``: per unsealed set and split the first third of
the documents is coded (from gold) and learned, the rest suggested, the whole split the corpus.
The suggestions of the rest are split by whether the researcher used their code in the coded
third ("used": one coded sentence there or more; "absent": none). Per group: the gold codings
of the rest, right / wrong of the codebook alone (learned nothing, scored on the rest), right /
wrong after the third, and the right / wrong codings learning took away from the codebook alone
and added to it. Per split and pooled per split name. Sealed sets are left out (no ``--later``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from codes_third_learning import Key, suggest_after_learning, third_splits, unsealed

from wb.coding.evaluate import gold_codings
from wb.nlp import load

#: The groups of codes, in print order.
GROUPS = ("used", "absent")
#: The counts of a group, in print order: pairs are (right, wrong).
FIELDS = ("gold", "alone", "after", "lost", "added")


def third_use(gold: Any, coded: list[str]) -> Counter[str]:
    """Per code, the sentences the researcher coded with it in the coded documents."""
    return Counter(k[2] for k in gold_codings({d: gold[d] for d in coded}))


def by_use(
    alone: set[Key], after: set[Key], truth: set[Key], used: Counter[str]
) -> dict[str, dict[str, Any]]:
    """Per group ("used", "absent") the gold codings of the rest and (right, wrong) of the
    codebook alone, after the third, taken away by learning and added by it."""
    out: dict[str, dict[str, Any]] = {}
    for group in GROUPS:

        def keep(keys: set[Key], group: str = group) -> set[Key]:
            return {k for k in keys if (used[k[2]] > 0) == (group == "used")}

        def rw(keys: set[Key]) -> tuple[int, int]:
            return len(keys & truth), len(keys - truth)

        a, b = keep(alone), keep(after)
        out[group] = {
            "gold": len(keep(truth)),
            "alone": rw(a),
            "after": rw(b),
            "lost": rw(a - b),
            "added": rw(b - a),
        }
    return out


def add_into(total: dict[str, dict[str, Any]], part: dict[str, dict[str, Any]]) -> None:
    """Add the counts of `part` (as :func:`by_use` gives them) into `total`."""
    for group, counts in part.items():
        acc = total.setdefault(group, {"gold": 0, **{f: (0, 0) for f in FIELDS[1:]}})
        acc["gold"] += counts["gold"]
        for f in FIELDS[1:]:
            acc[f] = (acc[f][0] + counts[f][0], acc[f][1] + counts[f][1])


def line(label: str, group: str, counts: dict[str, Any]) -> str:
    """One printed row: gold, then right / wrong of each field."""
    gold = counts["gold"]
    parts = [f"{label:18} {group:6} gold {gold:4}"]
    for f in FIELDS[1:]:
        right, wrong = counts[f]
        parts.append(f"{f} {right:3} / {wrong:3}")
    r_alone, r_after = counts["alone"][0], counts["after"][0]
    parts.append(f"recall {r_alone / max(1, gold):.3f} -> {r_after / max(1, gold):.3f}")
    return "  ".join(parts)


def main() -> None:
    """Print the codebook alone and after a third per group of codes, split and set."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=",".join(f"codes{k}" for k in range(2, 16)))
    parser.add_argument("--splits", default="tune,held-out")
    args = parser.parse_args()
    nlp = load()
    pooled: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for set_name in [n for n in unsealed(args.sets.split(",")) if n]:
        for sp in third_splits(nlp, set_name, args.splits.split(",")):
            truth = gold_codings({d: sp.gold[d] for d in sp.rest})
            alone = {k for k in suggest_after_learning(nlp, sp, {}, [], sp.docs) if k[0] in sp.rest}
            after = set(suggest_after_learning(nlp, sp, {}, sp.coded, sp.rest))
            part = by_use(alone, after, truth, third_use(sp.gold, sp.coded))
            for group in GROUPS:
                print(line(f"{set_name} {sp.name}", group, part[group]), flush=True)
            add_into(pooled[sp.name], part)
    print("pooled:")
    for split_name, total in sorted(pooled.items()):
        for group in GROUPS:
            print(line(split_name, group, total[group]))


if __name__ == "__main__":
    main()
