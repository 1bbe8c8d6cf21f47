"""judging2: a judging signal without word identities, checked leave one round out (rounds 16-27).

Run from the repository root:
    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/train_judging2.py            # LORO table
    ... bench/train_judging2.py --lexical     # the same candidates with labels21's lemma features
    ... bench/train_judging2.py --ratio 2     # threshold rule inside training: right - 2 x wrong

Each of rounds 16-27 (batches 19-25, 27-31; bench/judging2_data.py) is scored by models trained on
every other tune text (batches 1-31 outside bench_labels.SEALED_BATCHES, batch 26 included); no
sealed text is read (asserted per text). Compared, added to the rules' hits (`wb labels` default)
where no rule hit overlaps and no lexicon word is hit:

* `--learned` of today, both parts retrained without the round: labels21's detector
  (wb.dossiers.judging, C = 3, threshold .60 of its file) and labels27's person-aimed judge
  (wb.dossiers.aimed, C = 1, threshold .85 of its file, chosen by aimed4);
* `--learned` with the bundled weights, on rounds 26-27 only (the rounds those weights never saw);
* the judging2 signal (bench/judging2_features.py): wider candidates, features that name no word,
  L2 logistic regression (C below), threshold chosen inside the training texts alone (grouped CV
  by text, 5 folds, most right - RATIO x wrong over the open rows, grid .30-.90).

Figures: bench_labels.evaluate over the added hits (a learned hit gets voice "asserted" here, so
the voice column is left out; recall and precision are exact), overall and per scope (person,
other; bench/labels_scope.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import judging2_data  # noqa: E402
import judging2_features  # noqa: E402
import train_judging  # noqa: E402
from bench_labels import evaluate  # noqa: E402
from train_judging import fold_of  # noqa: E402

C = 0.3
GRID = tuple(round(0.3 + 0.05 * k, 2) for k in range(13))
RATIO = 3
FIXED = (0.5, 0.6, 0.7)


def rows_of(texts, make, lexicon_words) -> list[dict]:
    """One row per candidate: features, gold overlap, open (outside rule hits and lexicon)."""
    from wb.dossiers.lexicon import fold

    rows = []
    for t in texts:
        doc = t.doc
        for i, f in make(t):
            a, b = doc[i].idx, doc[i].idx + len(doc[i])
            rows.append(
                {
                    "f": f,
                    "i": i,
                    "id": t.id,
                    "batch": t.batch,
                    "gold": int(any(x < b and a < z for x, z, _ in t.gold)),
                    "open": not any(h.start < b and a < h.end for h in t.hits)
                    and not {fold(doc[i].text), fold(doc[i].lemma_)} & lexicon_words,
                }
            )
    return rows


def fit(rows: list[dict], c: float) -> dict[str, float]:
    """Weights of an L2 logistic regression (train_judging.fit)."""
    return train_judging.fit(rows, c)


def inner_thresholds(rows: list[dict], c: float, ratios: tuple[float, ...]) -> list[float]:
    """For each ratio, the threshold of GRID chosen on training rows alone (grouped CV by
    text): most right - ratio x wrong over the open rows (ties: the higher threshold)."""
    from wb.dossiers.judging import JudgingModel

    scored = []
    for k in range(train_judging.FOLDS):
        model = JudgingModel(fit([r for r in rows if fold_of(r["id"]) != k], c))
        scored += [
            (model.score(r["f"]), r["gold"]) for r in rows if fold_of(r["id"]) == k and r["open"]
        ]
    return [choose_threshold(scored, ratio) for ratio in ratios]


def hit_thresholds(texts, rows: list[dict], c: float, ratios: tuple[float, ...]) -> list[float]:
    """For each ratio, the threshold of GRID chosen on the training texts alone by grouped CV
    by text, counted in hits as the outer measure counts them: the added spans (runs of
    neighbouring open words) that take a gold span no rule hit and no earlier added span took
    are right, the others wrong; most right - ratio x wrong (ties: the higher threshold)."""
    from wb.dossiers.judging import JudgingModel

    by_text: dict[str, list[dict]] = {}
    for r in rows:
        by_text.setdefault(r["id"], []).append(r)
    right = dict.fromkeys(GRID, 0)
    wrong = dict.fromkeys(GRID, 0)
    for k in range(train_judging.FOLDS):
        model = JudgingModel(fit([r for r in rows if fold_of(r["id"]) != k], c))
        for text in texts:
            if fold_of(text.id) != k or text.id not in by_text:
                continue
            free = [
                (a, b)
                for a, b, _ in text.gold
                if not any(h.start < b and a < h.end for h in text.hits)
            ]
            scored = [(model.score(r["f"]), r) for r in by_text[text.id] if r["open"]]
            for t in GRID:
                taken: set[int] = set()
                for hit in added_hits(text, [r for s, r in scored if s >= t], None, 0.0, []):
                    g = next(
                        (
                            j
                            for j, (a, b) in enumerate(free)
                            if j not in taken and a < hit.end and hit.start < b
                        ),
                        None,
                    )
                    if g is None:
                        wrong[t] += 1
                    else:
                        taken.add(g)
                        right[t] += 1
    return [max(GRID, key=lambda t: (right[t] - ratio * wrong[t], t)) for ratio in ratios]


def choose_threshold(scored: list[tuple[float, int]], ratio: float) -> float:
    """The threshold of GRID with most right - ratio x wrong among (score, gold) pairs scored
    at or above it (ties: the higher threshold)."""
    gain = {t: sum(g - ratio * (1 - g) for s, g in scored if s >= t) for t in GRID}
    return max(GRID, key=lambda t: (gain[t], t))


def added_hits(text, rows: list[dict], model, threshold: float, taken: list) -> list:
    """LabelHits for the open rows of one text scored at or above the threshold."""
    from wb.dossiers.judging import LABEL, token_runs
    from wb.dossiers.label_records import LabelHit

    chosen = [
        r["i"]
        for r in rows
        if r["open"]
        and not any(x < text.doc[r["i"]].idx + 1 and text.doc[r["i"]].idx < y for x, y in taken)
        and (model is None or model.score(r["f"]) >= threshold)
    ]
    doc = text.doc
    return [
        LabelHit(text.id, a, b, LABEL, doc.text[a:b], "asserted")
        for a, b in token_runs(doc, sorted(set(chosen)))
    ]


def score(finder, texts, hits_of) -> Counter:
    """bench_labels.evaluate over the given hits."""
    counts = evaluate(
        finder, [t.entry for t in texts], docs={t.id: t.doc for t in texts}, hits_of=hits_of
    )
    counts.pop("confusion")
    return counts


def with_added(text, rows: list[dict], model, threshold: float) -> list:
    """The rules' hits plus the model's hits on the open rows at or above the threshold."""
    extra = added_hits(text, rows, model, threshold, [])
    return sorted(text.hits + extra, key=lambda h: h.start)


def threshold_counts(
    finder, test, rows: list[dict], model, settings: list[tuple[str, float]]
) -> list[Counter]:
    """Per (key, threshold) of `settings`, the counts on the held-out texts `test` of the rules
    plus the model's hits on their rows (`rows` may hold rows of other texts too)."""
    ids = {t.id for t in test}
    by_text: dict[str, list[dict]] = {}
    for r in rows:
        if r["id"] in ids:
            by_text.setdefault(r["id"], []).append(r)
    return [
        score(finder, test, {t.id: with_added(t, by_text.get(t.id, []), model, t_) for t in test})
        for _, t_ in settings
    ]


def learned_rows(texts, lexicon_words) -> tuple[list[dict], list[dict]]:
    """The rows of `--learned`'s two parts: labels21's detector and labels27's judge."""
    from wb.dossiers import aimed, judging

    j_rows = rows_of(
        texts,
        lambda t: [(i, judging.features(t.doc, i)) for i in judging.candidates(t.doc)],
        lexicon_words,
    )
    a_rows = rows_of(texts, lambda t: aimed.candidates(t.doc, t.kind), lexicon_words)
    return j_rows, a_rows


def learned_hits(text, mj, ma, lex) -> list:
    """The rules' hits plus `--learned` (labels21's detector, then labels27's judge), as wb."""
    from wb.dossiers import aimed, judging
    from wb.dossiers.label_records import LabelHit

    taken = [(h.start, h.end) for h in text.hits]
    js = judging.find_judging(text.doc, mj, None, taken, lex)
    as_ = aimed.find_aimed(text.doc, ma, taken + js, lex, text.kind)
    extra = [
        LabelHit(text.id, a, b, judging.LABEL, text.doc.text[a:b], "asserted") for a, b in js + as_
    ]
    return sorted(text.hits + extra, key=lambda h: h.start)


def learned_counts(
    finder, test, batch: int, rows: tuple[list[dict], list[dict]], lex, bundled: bool
) -> dict[str, Counter]:
    """Counts of `--learned` on the held-out batch: both parts retrained without it at the
    thresholds of the bundled files ("learned") and, if `bundled`, the bundled weights."""
    from wb.dossiers import aimed, judging
    from wb.dossiers.judging import JudgingModel

    j_rows, a_rows = rows
    bundled_j, bundled_a = judging.default_model(), aimed.default_model()
    models = {
        "learned": (
            JudgingModel(
                fit([r for r in j_rows if r["batch"] != batch], train_judging.C),
                bundled_j.threshold,
            ),
            JudgingModel(
                fit([r for r in a_rows if r["batch"] != batch], aimed_c()), bundled_a.threshold
            ),
        )
    }
    if bundled:
        models["bundled"] = (bundled_j, bundled_a)
    return {
        key: score(finder, test, {t.id: learned_hits(t, mj, ma, lex) for t in test})
        for key, (mj, ma) in models.items()
    }


def ratio(a: int, b: int) -> str:
    """a / b with both counts, or "-" when b is 0."""
    return f"{a / b:.3f} ({a}/{b})" if b else "-"


def gain(c: Counter, base: Counter | None) -> str:
    """+right / +wrong of `c` against `base` ("-" without a base)."""
    if base is None:
        return "-"
    right = c["matched"] - base["matched"]
    return f"+{right} / +{c['found'] - base['found'] - right}"


def line(name: str, c: Counter, base: Counter | None = None) -> str:
    """One row: overall, person and other recall / precision, +right / +wrong."""
    r = ratio
    return (
        f"| {name} | {r(c['matched'], c['gold'])} | {r(c['matched'], c['found'])} | "
        f"{r(c['matched_person'], c['gold_person'])} | {r(c['right_person'], c['found_person'])} | "
        f"{r(c['matched_other'], c['gold_other'])} | {r(c['right_other'], c['found_other'])} | "
        f"{gain(c, base)} |"
    )


HEAD = (
    "| | recall | precision | person recall | person precision | other recall | other precision "
    "| +right / +wrong |\n|---|---|---|---|---|---|---|---|"
)


def main() -> None:
    """The LORO table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lexical", action="store_true", help="met lemma-kenmerken (vergelijking)")
    parser.add_argument("--ratio", type=float, default=RATIO)
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument(
        "--hit-level", action="store_true", help="drempel binnen training geteld in treffers"
    )
    parser.add_argument("--no-baseline", action="store_true", help="zonder --learned van nu")
    args = parser.parse_args()

    from wb.dossiers.judging import JudgingModel
    from wb.dossiers.labels import LabelFinder

    start = time.process_time()
    finder = LabelFinder(REPO / "codebooks" / "labels.yaml").fit()
    texts = judging2_data.load(finder)
    lex = finder.lexicon_words_
    new_rows = rows_of(
        texts, lambda t: judging2_features.candidates(t.doc, t.kind, args.lexical), lex
    )
    print(
        f"{len(texts)} tune-teksten, {len(new_rows)} kandidaten (judging2), "
        f"{sum(r['gold'] for r in new_rows)} in een annotatie, open "
        f"{sum(r['open'] for r in new_rows)} "
        f"({sum(r['gold'] for r in new_rows if r['open'])} goed); "
        f"{time.process_time() - start:.0f} s CPU",
        flush=True,
    )
    if not args.no_baseline:
        baseline_rows = learned_rows(texts, lex)
    pooled: dict[str, Counter] = {}

    def add(key: str, c: Counter) -> None:
        pooled.setdefault(key, Counter()).update(c)

    for rnd, batch in judging2_data.ROUNDS.items():
        test = [t for t in texts if t.batch == batch]
        base_hits = {t.id: list(t.hits) for t in test}
        base = score(finder, test, base_hits)
        add("rules", base)
        out = [line(f"ronde {rnd} ({len(test)} teksten): regels", base)]
        train = [r for r in new_rows if r["batch"] != batch]
        if args.hit_level:
            inner = hit_thresholds(
                [t for t in texts if t.batch != batch], train, args.c, (args.ratio, 1.0)
            )
        else:
            inner = inner_thresholds(train, args.c, (args.ratio, 1.0))
        model = JudgingModel(fit(train, args.c))
        settings = [("inner", inner[0]), ("inner1", inner[1])]
        settings += [(f"fixed{t_:.2f}", t_) for t_ in FIXED]
        counts = threshold_counts(finder, test, new_rows, model, settings)
        for (key, t_), c in zip(settings, counts, strict=True):
            add(key, c)
            out.append(line(f"ronde {rnd}: + judging2 >= {t_:.2f} ({key})", c, base))
        if not args.no_baseline:
            learned = learned_counts(finder, test, batch, baseline_rows, lex, rnd >= 26)
            for key, c in learned.items():
                add(key, c)
                if key == "bundled":
                    add("rules-26-27", base)
                out.append(line(f"ronde {rnd}: + --learned ({key})", c, base))
        print(f"ronde {rnd}: drempels binnen training {inner}")
        print(HEAD)
        print("\n".join(out), flush=True)
    print(
        f"rondes 16-27 samen (C={args.c}, ratio {args.ratio}, lexical={args.lexical}, "
        f"hit-level={args.hit_level})"
    )
    print(HEAD)
    print(line("regels", pooled["rules"]))
    for key in ("learned", "inner", "inner1", *(f"fixed{t_:.2f}" for t_ in FIXED)):
        if key in pooled:
            print(line(key, pooled[key], pooled["rules"]))
    if "bundled" in pooled:
        print(line("regels, rondes 26-27", pooled["rules-26-27"]))
        print(line("--learned gebundeld, rondes 26-27", pooled["bundled"], pooled["rules-26-27"]))
    print(f"{time.process_time() - start:.0f} s CPU", file=sys.stderr)


def aimed_c() -> float:
    """C of labels27's judge (bench/train_aimed.py)."""
    import train_aimed

    return train_aimed.C


if __name__ == "__main__":
    main()
