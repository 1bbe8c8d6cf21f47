"""Leave-one-round-out for the learned names model: does it beat the rules on a round it has not
seen, now that rounds 1-38 are tune material?

For each round R of 31-38: train the model (bench/train_names_model.py) on the tune rounds 1-38
except R, choose its thresholds inside those training rounds (out-of-fold probabilities, grouped
5-fold, as ``train_names_model.thresholds``), and score R with the rules alone against the rules
+ model. The rules of every round are those of its frozen commit (``code_frozen`` in the rounds
table of bench/realtext/names/manifest.yaml), so the rules alone on R are R's first measurement
and the rules never saw R either. Two threshold choices, both made inside the training rounds:

* "objective": the most caught identifiers + kept words (as the shipped weights are chosen);
* "neutral": the most caught identifiers among the thresholds that keep at least as many words
  as the rules alone on the training rounds' out-of-fold figures.

Rounds after 38 are never read: ``train_names_model.check_rounds`` refuses to start unless rounds
1-38 are tune rounds, and bench_names.load opens no text of a later round.

Usage: python bench/names_leave_round_out.py [--rounds 31-38]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import train_names_model as tnm  # noqa: E402
from bench_names import score  # noqa: E402

LAST = 38  # the last tune round; rounds after it are sealed and never read
FIRST_TEST = 31


def choices(train: list[dict]) -> dict[str, tuple[float, float]]:
    """Thresholds (drop, add) chosen on the training rounds' out-of-fold probabilities."""
    oof: list = [None] * len(train)
    for fold in tnm.folds(train):
        held = set(fold)
        weights = tnm.fit([it for j, it in enumerate(train) if j not in held])
        for j in fold:
            oof[j] = tnm.probs(weights, train[j])
    rules = tnm.measure(train, None)
    grid = [(tnm.measure(train, oof, d, a), d, a) for d in tnm.DROPS for a in tnm.ADDS]
    best = max(((tnm.objective(r), -d, a) for r, d, a in grid), key=lambda t: t)
    safe = [g for g in grid if g[0]["kept"] >= rules["kept"]]
    neutral = max(((sum(r["caught"].values()), -d, a) for r, d, a in safe), key=lambda t: t)
    return {"objective": (-best[1], best[2]), "neutral": (-neutral[1], neutral[2])}


def main() -> None:
    """Print the table: per round and pooled, rules against rules + model."""
    first, last = FIRST_TEST, LAST
    if "--rounds" in sys.argv:
        a, _, b = sys.argv[sys.argv.index("--rounds") + 1].partition("-")
        first, last = int(a), int(b or a)
    if not FIRST_TEST <= first <= last <= LAST:
        raise SystemExit(f"test rounds must lie in {FIRST_TEST}-{LAST}")
    tnm.LAST_ROUND = LAST  # check_rounds refuses unless rounds 1-38 are tune rounds
    start = time.time()
    items = tnm.items_with_rules("frozen")
    print(f"{len(items)} texts of rounds 1-{LAST}, features in {time.time() - start:.1f} s")
    print(tnm.HEADER)
    pooled: dict[str, list] = {"rules": [], "objective": [], "neutral": []}
    tested: list[dict] = []
    for r in range(first, last + 1):
        train = [i for i in items if i["round"] != r]
        test = [i for i in items if i["round"] == r]
        if not test:
            continue
        chosen = choices(train)
        weights = tnm.fit(train)
        ps = [tnm.probs(weights, i) for i in test]
        tested += test
        rules = [tnm.applied(i, None, 0.0, 1.01) for i in test]
        pooled["rules"] += rules
        print(tnm.line(f"round {r} ({len(test)} texts), rules", score(test, rules)))
        for name, (drop, add) in chosen.items():
            found = [tnm.applied(i, p, drop, add) for i, p in zip(test, ps, strict=True)]
            pooled[name] += found
            print(
                tnm.line(f"round {r}, + model {name} (drop<{drop}, add>={add})", score(test, found))
            )
        sys.stdout.flush()
    span = f"rounds {first}-{last}"
    print(tnm.line(f"**{span} pooled, rules**", score(tested, pooled["rules"])))
    for name in ("objective", "neutral"):
        print(tnm.line(f"**{span} pooled, + model {name}**", score(tested, pooled[name])))
    print(f"({time.time() - start:.0f} s)")


if __name__ == "__main__":
    main()
