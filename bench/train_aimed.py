"""Person-aimed candidates judged by a learned model (labels27): CV by text, leave one round out.

Run from the repository root:
    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/train_aimed.py --loro    # rounds 16-25
    ... bench/train_aimed.py --cv      # CV by text and rounds at fixed thresholds (labels27)
    ... bench/train_aimed.py --write   # fit on every tune text, write wb/lang/nl/aimed_weights.json

Texts: the tune material of bench/realtext/labels (batches 1-31: rounds 1-27 and batch 26, collected
as tune material) whose text is on this machine and whose annotations resolve; the sealed batches of
bench_labels.SEALED_BATCHES (35-36 now; 32 was when the shipped weights were trained) are never read
(asserted).
Rows: the candidates of wb.dossiers.aimed (content words in a person-aimed shape), a row is positive
when it lies in an annotated occurrence (also one the rules find). Model: L2 logistic regression
(scikit-learn, lbfgs) over wb.dossiers.aimed.aimed_features; the weights file holds feature names
and weights only. Folds: sha1 of the text id modulo FOLDS (as bench/train_judging.py). Threshold
(aimed4): chosen on the training rows alone by grouped CV, the open rows (outside rule hits and
lexicon words) scored at or above it right RATIO times per wrong one at the margin
(inner_threshold); --write chooses it on every tune row, --loro inside each left-out round's
training. Leave one round out: rounds 16-25 (batches 19-25, 27-29), each scored with a model trained
on every other tune text, at CHOSEN (labels27's .60) and at the threshold chosen inside the
training; rounds the bundled weights never saw are scored with them too. Figures: `wb labels`
(rules) plus the model's hits where no rule hit overlaps and no lexicon word is hit, scored as
bench/bench_labels.py does, overall and for the scope "aimed at a person" (bench/labels_scope.py).
--groups adds labels29's feature groups (bench/try_aimed_features.py) for an experiment."""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import train_judging  # noqa: E402
from bench_labels import (  # noqa: E402
    SEALED_BATCHES,
    AnnotationMismatch,
    evaluate,
    gold_spans,
    metadata_of,
    text_path,
)
from train_judging import fold_of  # noqa: E402

# rounds 1-27 are batches 1-25 and 27-31, batch 26 is tune; the sealed batches (35-36) are
# never read
TUNE = "batches 1-31"
ROUNDS = {16: 19, 17: 20, 18: 21, 19: 22, 20: 23, 21: 24, 22: 25, 23: 27, 24: 28, 25: 29}
C = 1.0
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
GRID = tuple(round(0.3 + 0.05 * k, 2) for k in range(13))  # .30-.90, chosen inside training only
RATIO = 3  # a threshold is worth it when its added hits are right three times per wrong one
CHOSEN = 0.6
WEIGHTS = REPO / "wb" / "lang" / "nl" / "aimed_weights.json"
CACHE = Path("/tmp/labels27-docs.spacy")


def prepare(finder) -> tuple[list[dict], dict, list[dict]]:
    """Entries that resolve, their parsed docs, and one row per candidate."""
    from spacy.tokens import DocBin

    from wb.dossiers.aimed import candidates, kind_name
    from wb.dossiers.lexicon import fold
    from wb.dossiers.voice import self_terms
    from wb.dossiers.voice_document import document_kind

    entries, docs, rows = [], {}, []
    todo = []
    for entry in train_judging.tune_entries():
        assert entry.get("batch", 1) not in SEALED_BATCHES  # never read a sealed text
        text = text_path(entry).read_text(encoding="utf-8")
        try:
            gold = gold_spans(text, entry.get("labels") or [])
        except AnnotationMismatch:
            continue
        todo.append((entry, text, gold))
    cached = {}
    if CACHE.exists():
        bin_ = DocBin().from_disk(CACHE)
        cached = {d.text: d for d in bin_.get_docs(finder.nlp.vocab)}
    for entry, text, gold in todo:
        doc = cached.get(text) or finder.nlp(text)
        entries.append(entry)
        docs[entry["id"]] = doc
        kind = kind_name(document_kind(metadata_of(entry), text))
        hits = finder.find(
            entry["id"], doc, self_terms=self_terms(None), metadata=metadata_of(entry)
        )
        for i, feats in candidates(doc, kind):
            a, b = doc[i].idx, doc[i].idx + len(doc[i])
            rows.append(
                {
                    "f": feats,
                    "gold": int(any(x < b and a < z for x, z, _ in gold)),
                    "id": entry["id"],
                    "batch": entry.get("batch", 1),
                    "word": doc[i].text,
                    "open": not any(h.start < b and a < h.end for h in hits)
                    and not {fold(doc[i].text), fold(doc[i].lemma_)} & finder.lexicon_words_,
                }
            )
    if not CACHE.exists() or len(cached) < len(docs):
        DocBin(docs=list(docs.values())).to_disk(CACHE)
    return entries, docs, rows


def fit(rows: list[dict], c: float = C) -> dict[str, float]:
    """Weights of an L2 logistic regression on the rows (bias in "b")."""
    return train_judging.fit(rows, c)


def _scores(finder, entries, docs, weights, thresholds) -> dict[float, Counter]:
    from wb.dossiers.judging import JudgingModel

    out = {}
    for t in thresholds:
        finder.aimed = JudgingModel(weights, t)
        out[t] = evaluate(finder, entries, docs=docs)
    finder.aimed = False
    return out


def line(name: str, c: Counter, base: Counter | None = None) -> str:
    """One table row: overall recall / precision / voice, person-aimed recall / precision."""

    def r(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "-"

    extra = "-"
    if base is not None:
        right = c["matched"] - base["matched"]
        wrong = c["found"] - base["found"] - right
        extra = f"{c['learned_found']} ({c['learned_matched']}, voice {c['learned_voice']}); "
        extra += f"+{right} / +{wrong}"
    return (
        f"| {name} | {r(c['matched'], c['gold'])} | {r(c['matched'], c['found'])} | "
        f"{r(c['voice'], c['matched'])} | {r(c['matched_person'], c['gold_person'])} | "
        f"{r(c['right_person'], c['found_person'])} | {extra} |"
    )


HEAD = (
    "| | recall | precision | voice | person recall | person precision | "
    "learned hits (right, voice right); +right / +wrong |\n|---|---|---|---|---|---|---|"
)


def combined(finder, entries, docs, rows, c: float, threshold: float = CHOSEN) -> None:
    """`--learned` as a whole: rules + labels21's detector (retrained per fold, threshold of
    its weights file) with and without the aimed judge (at threshold), CV by text and rounds
    16-25."""
    from wb.dossiers.judging import JudgingModel

    _, _, old_rows = train_judging.prepare(finder)
    ids = {e["id"] for e in entries}
    old_rows = [r for r in old_rows if r["id"] in ids]
    batch = {e["id"]: e.get("batch", 1) for e in entries}
    splits = [(f"fold {k}", lambda i, k=k: fold_of(i) == k) for k in range(train_judging.FOLDS)]
    splits += [(f"ronde {r}", lambda i, b=b: batch[i] == b) for r, b in ROUNDS.items()]
    totals = {name: Counter() for name in ("cv-old", "cv-both", "loro-old", "loro-both")}
    for name, held in splits:
        part = "cv" if name.startswith("fold") else "loro"
        test = [e for e in entries if held(e["id"])]
        old = fit([r for r in old_rows if not held(r["id"])], train_judging.C)
        new = fit([r for r in rows if not held(r["id"])], c)
        finder.judging = JudgingModel(old, train_judging.CHOSEN)
        for which, aimed in (("old", False), ("both", JudgingModel(new, threshold))):
            finder.aimed = aimed
            counts = evaluate(finder, test, docs=docs)
            counts.pop("confusion")
            totals[f"{part}-{which}"].update(counts)
    finder.judging = finder.aimed = False
    print(
        "--learned als geheel (detector van labels21 per fold/ronde hertraind; "
        f"drempel van het oordeel {threshold:.2f})"
    )
    print(HEAD)
    for name, counts in totals.items():
        print(line(name, counts))


def cross_validate(finder, entries, docs, rows, c: float) -> None:
    """Grouped CV by text, then leave one round out for rounds 16-25."""
    finder.aimed = False
    base = evaluate(finder, entries, docs=docs)
    totals = {t: Counter() for t in THRESHOLDS}
    for k in range(train_judging.FOLDS):
        weights = fit([r for r in rows if fold_of(r["id"]) != k], c)
        test = [e for e in entries if fold_of(e["id"]) == k]
        for t, counts in _scores(finder, test, docs, weights, THRESHOLDS).items():
            counts.pop("confusion")
            totals[t].update(counts)
    print(f"CV, {train_judging.FOLDS} folds op tekst, C={c}, {len(entries)} teksten")
    print(HEAD)
    print(line("rules alone (default)", base))
    for t in THRESHOLDS:
        print(line(f"rules + aimed >= {t:.2f}", totals[t], base))
    loro = {t: Counter() for t in THRESHOLDS}
    loro_base = Counter()
    for rnd, batch in ROUNDS.items():
        test = [e for e in entries if e.get("batch", 1) == batch]
        weights = fit([r for r in rows if r["batch"] != batch], c)
        b = evaluate(finder, test, docs=docs)
        b.pop("confusion")
        loro_base.update(b)
        scored = _scores(finder, test, docs, weights, THRESHOLDS)
        for t, counts in scored.items():
            counts.pop("confusion")
            loro[t].update(counts)
        print(f"ronde {rnd} ({len(test)} teksten)")
        print(HEAD)
        print(line("rules", b))
        print(line(f"rules + aimed >= {CHOSEN:.2f}", scored[CHOSEN], b))
    print(f"rondes {min(ROUNDS)}-{max(ROUNDS)} samen, elk weggelaten")
    print(HEAD)
    print(line("rules", loro_base))
    for t in THRESHOLDS:
        print(line(f"rules + aimed >= {t:.2f}", loro[t], loro_base))


def inner_threshold(rows: list[dict], c: float, verbose: bool = False) -> float:
    """The threshold of GRID chosen on the given (training) rows alone: grouped CV by text, the
    open rows (outside rule hits and lexicon words) a judge would add, most right - RATIO * wrong
    (ties: the higher threshold)."""
    from wb.dossiers.judging import JudgingModel

    scored = []
    for k in range(train_judging.FOLDS):
        model = JudgingModel(fit([r for r in rows if fold_of(r["id"]) != k], c))
        scored += [
            (model.score(r["f"]), r["gold"]) for r in rows if fold_of(r["id"]) == k and r["open"]
        ]
    gain = {t: sum(g - RATIO * (1 - g) for s, g in scored if s >= t) for t in GRID}
    if verbose:
        for t in GRID:
            right = sum(g for s, g in scored if s >= t)
            wrong = sum(1 - g for s, g in scored if s >= t)
            print(f"  drempel {t:.2f}: open rijen goed {right}, fout {wrong}, winst {gain[t]}")
    return max(GRID, key=lambda t: (gain[t], t))


def leave_rounds_out(
    finder, entries, docs, rows, c: float, rounds: dict[int, int], fixed: float = CHOSEN
) -> Counter:
    """Each round scored by a model trained on every other tune text, at the fixed threshold
    and at one chosen inside that training material (inner_threshold); per round and pooled."""
    import json

    from wb.dossiers.judging import JudgingModel

    finder.aimed = False
    bundled = JudgingModel.load(WEIGHTS)
    seen = set(json.loads(WEIGHTS.read_text(encoding="utf-8"))["texts"])
    pooled = {"rules": Counter(), "shipped": Counter(), "inner": Counter()}
    pooled |= {"bundled": Counter(), "bundled-rules": Counter(), "new-there": Counter()}
    print(f"rondes apart, elk weggelaten (C={c}; drempel {fixed:.2f} en binnen de training)")
    print(HEAD)
    for rnd, batch in rounds.items():
        test = [e for e in entries if e.get("batch", 1) == batch]
        train = [r for r in rows if r["batch"] != batch]
        chosen = inner_threshold(train, c)
        weights = fit(train, c)
        base = evaluate(finder, test, docs=docs)
        base.pop("confusion")
        pooled["rules"].update(base)
        scored = _scores(finder, test, docs, weights, sorted({fixed, chosen}))
        for key, t in (("shipped", fixed), ("inner", chosen)):
            counts = scored[t]
            counts.pop("confusion", None)
            pooled[key].update(counts)
        if not seen & {e["id"] for e in test}:  # the bundled weights never saw this round
            finder.aimed = bundled
            counts = evaluate(finder, test, docs=docs)
            finder.aimed = False
            counts.pop("confusion")
            pooled["bundled"].update(counts)
            pooled["bundled-rules"].update(base)
            pooled["new-there"].update(scored[fixed])
            print(
                line(
                    f"ronde {rnd}: + gebundelde gewichten >= {bundled.threshold:.2f}", counts, base
                )
            )
        print(line(f"ronde {rnd} ({len(test)} teksten): rules", base))
        print(line(f"ronde {rnd}: + aimed >= {fixed:.2f}", scored[fixed], base))
        print(line(f"ronde {rnd}: + aimed >= {chosen:.2f} (binnen training)", scored[chosen], base))
        sys.stdout.flush()
    print(f"rondes {min(rounds)}-{max(rounds)} samen")
    print(HEAD)
    print(line("rules", pooled["rules"]))
    print(line(f"rules + aimed >= {fixed:.2f}", pooled["shipped"], pooled["rules"]))
    print(line("rules + aimed, drempel binnen training", pooled["inner"], pooled["rules"]))
    if pooled["bundled-rules"]:
        print("rondes die de gebundelde gewichten niet zagen")
        print(HEAD)
        print(line("rules", pooled["bundled-rules"]))
        print(line("+ gebundelde gewichten", pooled["bundled"], pooled["bundled-rules"]))
        print(
            line(
                f"+ hertraind (zonder de ronde) >= {fixed:.2f}",
                pooled["new-there"],
                pooled["bundled-rules"],
            )
        )
    return pooled


def ranking(rows: list[dict]) -> None:
    """Average precision of the row scores by grouped CV for a few C (cheap, picks C)."""
    from sklearn.metrics import average_precision_score

    from wb.dossiers.judging import JudgingModel

    for c in (0.1, 0.3, 1.0, 3.0):
        ys, ps = [], []
        for k in range(train_judging.FOLDS):
            model = JudgingModel(fit([r for r in rows if fold_of(r["id"]) != k], c))
            for r in rows:
                if fold_of(r["id"]) == k:
                    ys.append(r["gold"])
                    ps.append(model.score(r["f"]))
        print(f"C={c}: gemiddelde precisie (CV, rijen) {average_precision_score(ys, ps):.3f}")


def write(rows: list[dict], entries: list[dict], c: float) -> None:
    """Fit on every row and write the weights file (deterministic) with the threshold chosen
    on all rows by inner_threshold (grouped CV, as inside each left-out round's training)."""
    threshold = inner_threshold(rows, c, verbose=True)
    print(f"drempel gekozen op de tune-rijen (CV): {threshold:.2f}")
    train_judging.write_weights(
        WEIGHTS,
        "wb person-aimed candidates judged by a logistic regression, bench/train_aimed.py",
        (
            f"{len(entries)} tune texts of bench/realtext/labels ({TUNE}), "
            f"{len(rows)} candidates, {sum(r['gold'] for r in rows)} in an annotated occurrence"
        ),
        entries,
        c,
        threshold,
        fit(rows, c),
    )


def with_groups(groups: list[str]) -> None:
    """Experiment: aimed_features plus labels29's feature groups (bench/try_aimed_features.py)."""
    import try_aimed_features

    import wb.dossiers.aimed as aimed

    def features(doc, i, found, kind="plain"):
        out = try_aimed_features.extra(doc, i, found, kind)
        return {k: v for k, v in out.items() if k[:2] != "x:" or k.split(":")[1] in groups}

    aimed.aimed_features = features


def main() -> None:
    """CV figures, the ranking by C, and/or the weights file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="kruisvalidatie en ronde-voor-ronde")
    parser.add_argument("--rank", action="store_true", help="gemiddelde precisie per C")
    parser.add_argument(
        "--combined", action="store_true", help="met de detector van labels21 samen (CV, rondes)"
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=CHOSEN,
        help="vaste drempel van het oordeel (--combined, --loro)",
    )
    parser.add_argument(
        "--loro", action="store_true", help="elke ronde weggelaten, met drempel binnen de training"
    )
    parser.add_argument(
        "--from-round", type=int, default=min(ROUNDS), help="eerste ronde van --loro"
    )
    parser.add_argument(
        "--groups",
        default="",
        help="kenmerkgroepen van bench/try_aimed_features.py erbij (komma's; alleen experiment)",
    )
    parser.add_argument("--write", action="store_true", help="gewichten schrijven")
    parser.add_argument("--c", type=float, default=C, help="regularisatie C")
    args = parser.parse_args()
    from wb.dossiers.labels import LabelFinder

    if args.groups:
        if args.write:
            raise SystemExit("--groups is een experiment: geen --write")
        with_groups(args.groups.split(","))
    start = time.process_time()
    finder = LabelFinder(REPO / "codebooks" / "labels.yaml").fit()
    entries, docs, rows = prepare(finder)
    pos = sum(r["gold"] for r in rows)
    print(
        f"{len(entries)} tune-teksten, {len(rows)} kandidaten, {pos} in een geannoteerde plaats "
        f"(voorbereid in {time.process_time() - start:.0f} s CPU)"
    )
    if args.rank:
        ranking(rows)
    if args.cv:
        cross_validate(finder, entries, docs, rows, args.c)
    if args.loro:
        rounds = {r: b for r, b in ROUNDS.items() if r >= args.from_round}
        leave_rounds_out(finder, entries, docs, rows, args.c, rounds, args.threshold)
    if args.combined:
        combined(finder, entries, docs, rows, args.c, args.threshold)
    if args.write:
        write(rows, entries, args.c)


if __name__ == "__main__":
    main()
