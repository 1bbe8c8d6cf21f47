"""labels-learn: label finding left one round out over batches 31-41 (rules, --learned, new).

Run from the repository root:
    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/labels_leave_round_out.py
    ... bench/labels_leave_round_out.py --variants free,affix,lexical --c 0.3
    ... bench/labels_leave_round_out.py --no-learned     # without the --learned baselines

Each of batches 31-41 (rounds 27-37, each measured once before it became tune material) is held
out in turn; every model is trained on every other tune text on this machine (all batches outside
bench_labels.SEALED_BATCHES, 42-44; asserted per text by bench/judging2_data.load, which this
script reads through). Compared on the held-out batch, scored by bench_labels.evaluate (one to
one overlap; the added hits get voice "asserted" here, so no voice column):

(a) the rules: `wb labels` default;
(b) `--learned` of today: labels21's detector (wb.dossiers.judging) and labels27's person-aimed
    judge (wb.dossiers.aimed), added where no rule hit overlaps and no lexicon word is hit, as wb
    does: "shipped" with the bundled weights (trained on batches 1-31, so batch 31 is in-sample
    for them and only 32-41 are unseen), "retrained" with both parts refitted without the round
    at the thresholds of the bundled files (.90 and .85);
(c) labels-learn's detector (bench/labels_lro_features.py) added to the rules the same way: L2
    logistic regression over candidates from word classes and shapes, features that generalise
    beyond the word (variants: `free` names no word, `affix` adds letters of the lemma and
    compound parts, `lexical` adds the lemma), its threshold chosen inside the training texts
    only: grouped CV by text (5 folds of sha1(id)) over the training texts, counted in hits as
    the outer measure counts them, the lowest threshold of the grid whose pooled precision
    (rules + added hits) on the training folds is >= TARGET ("prec"), and for comparison the
    threshold with most right - wrong added hits ("ratio1").

Figures: recall / precision overall, for the judging occurrences (scope "aimed at a person" and
"other judging" of bench/labels_scope.py together) and +right / +wrong against the rules.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import judging2_data  # noqa: E402
import labels_lro_features  # noqa: E402
import train_judging  # noqa: E402
import train_judging2  # noqa: E402
from bench_labels import SEALED_BATCHES  # noqa: E402
from train_judging import fold_of  # noqa: E402

HELD = tuple(range(31, 42))  # batches 31-41 = rounds 27-37
C = 0.3
TARGET = 0.92
GRID = tuple(round(0.05 + 0.05 * k, 2) for k in range(19))  # .05-.95
CACHE = Path("/tmp/lrl")


def _tree() -> str:
    """Cache key of the rules' hits: the trees of wb/ and codebooks/ (not the commit)."""
    out = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "HEAD:wb", "HEAD:codebooks"],
        capture_output=True,
        text=True,
    )
    dirty = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain", "wb", "codebooks"],
        capture_output=True,
        text=True,
    )
    return "tree-" + "-".join(out.stdout.split()) + ("+dirty" if dirty.stdout.strip() else "")


def load(finder) -> list:
    """The tune texts (never a sealed batch), parsed once, with gold by scope and rule hits."""
    CACHE.mkdir(exist_ok=True)
    judging2_data.DOCS = CACHE / "docs.spacy"
    judging2_data.HITS = CACHE / "hits.pkl"
    judging2_data._commit = _tree
    texts = judging2_data.load(finder)
    assert not {t.batch for t in texts} & SEALED_BATCHES
    return texts


def free_gold(text) -> list[tuple[int, int]]:
    """Gold spans no rule hit overlaps."""
    return [
        (a, b) for a, b, _ in text.gold if not any(h.start < b and a < h.end for h in text.hits)
    ]


def rule_counts(text) -> tuple[int, int]:
    """(found, right) of the rules on one text, matched one to one as bench_labels does."""
    used: set[int] = set()
    for a, b, _ in text.gold:
        m = next(
            (i for i, h in enumerate(text.hits) if i not in used and h.start < b and a < h.end),
            None,
        )
        if m is not None:
            used.add(m)
    return len(text.hits), len(used)


def hit_counts(text, scored: list[tuple[float, dict]], grid) -> dict[float, tuple[int, int]]:
    """Per threshold, (right, wrong) of the hits added over the rules on one text."""
    free = free_gold(text)
    out = {}
    for t in grid:
        rows = [r for s, r in scored if s >= t]
        taken: set[int] = set()
        right = wrong = 0
        for hit in train_judging2.added_hits(text, rows, None, 0.0, []):
            g = next(
                (
                    j
                    for j, (a, b) in enumerate(free)
                    if j not in taken and a < hit.end and hit.start < b
                ),
                None,
            )
            if g is None:
                wrong += 1
            else:
                taken.add(g)
                right += 1
        out[t] = (right, wrong)
    return out


def inner_thresholds(texts, rows: list[dict], c: float, target: float) -> dict[str, float]:
    """Thresholds chosen on the training texts alone by grouped CV by text (hits, not rows)."""
    from wb.dossiers.judging import JudgingModel

    by_text: dict[str, list[dict]] = {}
    for r in rows:
        if r["open"]:
            by_text.setdefault(r["id"], []).append(r)
    right, wrong = Counter(), Counter()
    found = hit = 0
    for text in texts:
        f, h = rule_counts(text)
        found, hit = found + f, hit + h
    for k in range(train_judging.FOLDS):
        model = JudgingModel(fit([r for r in rows if fold_of(r["id"]) != k], c))
        for text in texts:
            if fold_of(text.id) != k:
                continue
            scored = [(model.score(r["f"]), r) for r in by_text.get(text.id, [])]
            for t, (a, b) in hit_counts(text, scored, GRID).items():
                right[t] += a
                wrong[t] += b
    ok = [t for t in GRID if (hit + right[t]) / max(1, found + right[t] + wrong[t]) >= target]
    return {
        "prec": min(ok) if ok else 1.0,
        "ratio1": max(GRID, key=lambda t: (right[t] - wrong[t], t)),
    }


def fit(rows: list[dict], c: float) -> dict[str, float]:
    """L2 logistic regression (train_judging.fit)."""
    return train_judging.fit(rows, c)


def added(text, rows: list[dict], model, threshold: float) -> list:
    """The rules' hits plus the model's hits on the open rows at or above the threshold."""
    return train_judging2.with_added(text, rows, model, threshold)


def learned_hits(text, mj, ma, lex) -> list:
    """The rules' hits plus `--learned` (labels21's detector, then labels27's judge), as wb."""
    return train_judging2.learned_hits(text, mj, ma, lex)


def line(name: str, c: Counter, base: Counter | None = None) -> str:
    """One row: overall, judging (person + other) recall / precision, +right / +wrong."""

    r = train_judging2.ratio
    jg = c["gold_person"] + c["gold_other"]
    jm = c["matched_person"] + c["matched_other"]
    jf = c["found_person"] + c["found_other"]
    jr = c["right_person"] + c["right_other"]
    return (
        f"| {name} | {r(c['matched'], c['gold'])} | {r(c['matched'], c['found'])} | "
        f"{r(jm, jg)} | {r(jr, jf)} | {train_judging2.gain(c, base)} |"
    )


HEAD = (
    "| | recall | precision | judging recall | judging precision | +right / +wrong |\n"
    "|---|---|---|---|---|---|"
)


def main() -> None:
    """The leave-one-round-out table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default="affix", help="free, affix, lexical (komma's)")
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument("--target", type=float, default=TARGET)
    parser.add_argument("--fixed", default="", help="vaste drempels ter vergelijking (komma's)")
    parser.add_argument("--no-learned", action="store_true", help="zonder --learned van nu")
    parser.add_argument("--held", default="", help="alleen deze batches (komma's)")
    args = parser.parse_args()

    from wb.dossiers.judging import JudgingModel
    from wb.dossiers.labels import LabelFinder

    start = time.process_time()
    finder = LabelFinder(REPO / "codebooks" / "labels.yaml").fit()
    texts = load(finder)
    lex = finder.lexicon_words_
    held = [int(b) for b in args.held.split(",")] if args.held else list(HELD)
    assert not set(held) & SEALED_BATCHES
    variants = args.variants.split(",") if args.variants else []
    fixed = [float(x) for x in args.fixed.split(",")] if args.fixed else []
    rows = {
        v: train_judging2.rows_of(
            texts, lambda t, v=v: labels_lro_features.candidates(t.doc, t.kind, v), lex
        )
        for v in variants
    }
    print(
        f"{len(texts)} tune-teksten (batches {min(t.batch for t in texts)}-"
        f"{max(t.batch for t in texts)}, zonder {sorted(SEALED_BATCHES)}), "
        f"{sum(len(t.gold) for t in texts)} annotaties; "
        + "; ".join(
            f"{v}: {len(rs)} kandidaten, {sum(r['gold'] for r in rs)} in een annotatie, open "
            f"{sum(r['open'] for r in rs)} ({sum(r['gold'] for r in rs if r['open'])} goed)"
            for v, rs in rows.items()
        )
        + f"; {time.process_time() - start:.0f} s CPU",
        flush=True,
    )
    if not args.no_learned:
        learned_rows = train_judging2.learned_rows(texts, lex)
    pooled: dict[str, Counter] = {}
    order: list[str] = []

    def add(key: str, c: Counter) -> None:
        if key not in pooled:
            order.append(key)
        pooled.setdefault(key, Counter()).update(c)

    def score(test, hits) -> Counter:
        return train_judging2.score(finder, test, hits)

    for batch in held:
        test = [t for t in texts if t.batch == batch]
        if not test:
            continue
        rest = [t for t in texts if t.batch != batch]
        base = score(test, {t.id: list(t.hits) for t in test})
        add("rules", base)
        out = [line(f"batch {batch} ({len(test)} teksten): (a) regels", base)]
        if not args.no_learned:
            # the bundled weights never saw batches 32-41
            learned = train_judging2.learned_counts(
                finder, test, batch, learned_rows, lex, batch > 31
            )
            if "bundled" in learned:
                add("learned-shipped", learned["bundled"])
                add("rules-32-41", base)
                out.append(
                    line(f"batch {batch}: (b) --learned, meegeleverd", learned["bundled"], base)
                )
            add("learned-retrained", learned["learned"])
            out.append(
                line(
                    f"batch {batch}: (b) --learned, hertraind zonder batch",
                    learned["learned"],
                    base,
                )
            )
        for v, rs in rows.items():
            train = [r for r in rs if r["batch"] != batch]
            chosen = inner_thresholds(rest, train, args.c, args.target)
            model = JudgingModel(fit(train, args.c))
            settings = [(k, t_) for k, t_ in chosen.items()] + [(f"{x:.2f}", x) for x in fixed]
            counts = train_judging2.threshold_counts(finder, test, rs, model, settings)
            for (key, t_), c in zip(settings, counts, strict=True):
                add(f"{v}-{key}", c)
                out.append(line(f"batch {batch}: (c) {v} >= {t_:.2f} ({key})", c, base))
        print(HEAD)
        print("\n".join(out), flush=True)
    print(f"batches {held[0]}-{held[-1]} samen, elk weggelaten (C={args.c}, doel {args.target})")
    print(HEAD)
    for key in order:
        if key == "rules-32-41":
            continue
        ref = pooled["rules-32-41"] if key == "learned-shipped" else pooled["rules"]
        name = "(a) regels" if key == "rules" else key
        if key == "learned-shipped":
            print(line("(a) regels, batches 32-41", pooled["rules-32-41"]))
            name = "(b) --learned meegeleverd, batches 32-41"
        elif key == "learned-retrained":
            name = "(b) --learned hertraind"
        elif key != "rules":
            name = f"(c) {key}"
        print(line(name, pooled[key], ref if key != "rules" else None))
    print(f"{time.process_time() - start:.0f} s CPU", file=sys.stderr)


if __name__ == "__main__":
    main()
