"""The learned detector of judging language: grouped cross-validation by text, and its weights.

Run from the repository root:
    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/train_judging.py --cv      # CV table
    ... bench/train_judging.py --write     # fit on every tune text, write the weights file

Texts: the tune material of bench/realtext/labels (every batch but LEFT_OUT_BATCHES, the sealed
batches 35-36 of bench_labels.SEALED_BATCHES; batch 26 was collected as tune material) whose
text is on this machine and whose annotations resolve; a sealed batch is never read. Rows: the
candidate words of wb.dossiers.judging.candidates; a row is positive when it lies in an annotated
occurrence (also one the rules find: what judging language looks like). The detector is applied
where no hit of the rules (`wb labels` default, the detector off) overlaps a word, so the CV
table and the row counts speak of those words (a row there is right when it lies in an
annotated occurrence that no rule hit overlaps), and it skips the lexicon's own words (the rules
decided on them). Features: wb.dossiers.judging.features. Model: L2 logistic regression
(scikit-learn, lbfgs), C fixed below; the weights file holds feature names and weights only,
no text. Folds: sha1 of the text id modulo FOLDS, so no text is in both the
training and the test part of a fold, and every run gives the same folds and weights.
Threshold written by --write (judging-retrain): chosen on the training rows alone as aimed4
chooses the judge's (bench/train_aimed.inner_threshold: grouped CV by text over the same folds,
the open rows, outside rule hits and lexicon words, scored at or above it, most right - 3 x wrong,
grid .30-.90); CHOSEN (.60, labels21 and voice-retrain) is kept for comparison in --cv.

CV figures are pooled over the test parts: `wb labels` with the detector of that fold at each
threshold against the rules alone, on the same texts, recall / precision / voice as in
bench/bench_labels.py (one-to-one overlap); the voice of a learned hit comes from wb's voice
machinery (rules, guard, learned voice), as in `wb labels`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
from bench_labels import (  # noqa: E402
    HERE,
    SEALED_BATCHES,
    AnnotationMismatch,
    evaluate,
    gold_spans,
    metadata_of,
    text_path,
)
from manifest_yaml import read_manifest  # noqa: E402

# rounds 1-21 (batches 1-24) were each measured once before they became tune material, batch 26
# is tune from the start; the sealed batches (35 and 36 now; the shipped weights were also
# trained without 32) are never read here. An explicit set, so a later batch is not left out by
# accident.
LEFT_OUT_BATCHES = SEALED_BATCHES
FOLDS = 5
C = 3.0
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6)
CHOSEN = 0.6  # labels21, voice-retrain; --write now chooses it (inner_threshold, judging-retrain)
SHOW_ERRORS_AT: float | None = None  # --errors T: list the errors at threshold T
WEIGHTS = REPO / "wb" / "lang" / "nl" / "judging_weights.json"


def tune_entries() -> list[dict]:
    """Manifest entries of the tune material whose text is on this machine."""
    manifest = read_manifest(HERE / "manifest.yaml")
    return [
        e
        for e in manifest["texts"]
        if e.get("batch", 1) not in LEFT_OUT_BATCHES and text_path(e).exists()
    ]


def fold_of(text_id: str) -> int:
    """The fixed fold of a text (sha1 of its id)."""
    return int(hashlib.sha1(text_id.encode()).hexdigest(), 16) % FOLDS


def prepare(finder) -> tuple[list[dict], dict, list[dict]]:
    """Entries that resolve, their parsed docs, and one row per candidate word."""
    from wb.dossiers.judging import candidates, features
    from wb.dossiers.lexicon import fold
    from wb.dossiers.voice import self_terms

    entries, docs, rows = [], {}, []
    for entry in tune_entries():
        text = text_path(entry).read_text(encoding="utf-8")
        try:
            gold = gold_spans(text, entry.get("labels") or [])
        except AnnotationMismatch:
            continue
        doc = finder.nlp(text)
        meta = metadata_of(entry)
        hits = finder.find(entry["id"], doc, self_terms=self_terms(None), metadata=meta)
        missed = [(a, b) for a, b, _ in gold if not any(h.start < b and a < h.end for h in hits)]
        entries.append(entry)
        docs[entry["id"]] = doc
        for i in candidates(doc):
            a, b = doc[i].idx, doc[i].idx + len(doc[i])
            rows.append(
                {
                    "f": features(doc, i),
                    "y": int(any(x < b and a < z for x, z in missed)),
                    "gold": int(any(x < b and a < z for x, z, _ in gold)),
                    "covered": any(h.start < b and a < h.end for h in hits),
                    "id": entry["id"],
                    "word": doc[i].text,
                    "lexicon": bool(
                        {fold(doc[i].text), fold(doc[i].lemma_)} & finder.lexicon_words_
                    ),
                }
            )
    return entries, docs, rows


def fit(rows: list[dict], c: float = C) -> dict[str, float]:
    """Weights by feature name of an L2 logistic regression on the rows (bias in "b")."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{k: v for k, v in r["f"].items() if k != "b"} for r in rows])
    y = [r["gold"] for r in rows]
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=2000)
    model.fit(x, y)
    weights = {
        name: round(float(w), 5)
        for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-5
    }
    weights["b"] = round(float(model.intercept_[0]), 5)
    return weights


def cross_validate(finder, entries: list[dict], docs: dict, rows: list[dict]) -> None:
    """Print rules alone and rules + detector per threshold, pooled over the test folds."""
    from wb.dossiers.judging import JudgingModel

    finder.judging = False
    base = evaluate(finder, entries, docs=docs)
    totals = {t: Counter() for t in THRESHOLDS}
    row_scores = []
    for k in range(FOLDS):
        train = [r for r in rows if fold_of(r["id"]) != k]
        test = [e for e in entries if fold_of(e["id"]) == k]
        weights = fit(train)
        model = JudgingModel(weights)
        row_scores += [(model.score(r["f"]), r) for r in rows if fold_of(r["id"]) == k]
        for t in THRESHOLDS:
            finder.judging = JudgingModel(weights, t)
            show = SHOW_ERRORS_AT is not None and abs(t - SHOW_ERRORS_AT) < 1e-9
            totals[t].update(evaluate(finder, test, show_errors=show, docs=docs))
    finder.judging = False
    rows = [r for r in rows if not r["covered"]]
    row_scores = [(p, r) for p, r in row_scores if not r["covered"] and not r["lexicon"]]
    positives = sum(r["y"] for r in rows)
    print(
        f"{len(entries)} tune-teksten, {len(rows)} kandidaatwoorden, {positives} in een "
        f"geannoteerde plaats die de regels missen; {FOLDS} folds op tekst, C={C}"
    )
    print("| | recall | precision | voice | learned hits (right) |")
    print("|---|---|---|---|---|")
    print(f"| rules alone (default) | {_line(base)} | - |")
    for t in THRESHOLDS:
        c = totals[t]
        print(
            f"| rules + detector >= {t:.2f} | {_line(c)} | "
            f"{c['learned_found']} ({c['learned_matched']}, voice {c['learned_voice']}) |"
        )
    keeps = [t for t in THRESHOLDS if totals[t]["found"] and _precision(totals[t]) >= 0.90]
    if keeps:
        t = min(keeps)
        c = totals[t]
        right = c["matched"] - base["matched"]
        print(
            f"laagste drempel met precisie >= .90: {t:.2f} (+{right} goed, "
            f"+{c['found'] - base['found'] - right} fout tegenover de regels alleen; "
            f"in het gewichtenbestand staat {CHOSEN:.2f})"
        )
    top = sorted(row_scores, key=lambda s: -s[0])[:40]
    words = "; ".join(f"{r['word']} {s:.2f}{'+' if r['y'] else ''}" for s, r in top)
    print(f"hoogste scores buiten de regels (CV; + = in een gemiste annotatie): {words}")


def _precision(c: Counter) -> float:
    return c["matched"] / c["found"] if c["found"] else 0.0


def _line(c: Counter) -> str:
    recall = c["matched"] / c["gold"] if c["gold"] else 0.0
    precision = c["matched"] / c["found"] if c["found"] else 0.0
    voice = c["voice"] / c["matched"] if c["matched"] else 0.0
    return (
        f"{recall:.3f} ({c['matched']}/{c['gold']}) | {precision:.3f} ({c['matched']}/{c['found']})"
        f" | {voice:.3f} ({c['voice']}/{c['matched']})"
    )


def inner_threshold(rows: list[dict]) -> float:
    """The threshold chosen on these rows alone by aimed4's rule (train_aimed.inner_threshold)."""
    import train_aimed

    open_rows = [dict(r, open=not r["covered"] and not r["lexicon"]) for r in rows]
    return train_aimed.inner_threshold(open_rows, C, verbose=True)


def write(rows: list[dict], entries: list[dict]) -> None:
    """Fit on every row and write the weights file (deterministic), threshold chosen inside."""
    threshold = inner_threshold(rows)
    print(f"drempel gekozen op de tune-rijen (CV, als aimed4): {threshold:.2f}")
    write_weights(
        WEIGHTS,
        "wb detector of judging language: logistic regression, bench/train_judging.py",
        (
            f"{len(entries)} tune texts of bench/realtext/labels (every batch but "
            f"{', '.join(map(str, sorted(LEFT_OUT_BATCHES)))}), "
            f"{len(rows)} candidate words, {sum(r['gold'] for r in rows)} in an annotated "
            "occurrence"
        ),
        entries,
        C,
        threshold,
        fit(rows),
    )


def write_weights(
    path: Path,
    about: str,
    training: str,
    entries: list[dict],
    c: float,
    threshold: float,
    weights: dict[str, float],
) -> None:
    """Write a judged-candidates weights file (deterministic) and say so."""
    data = {
        "about": about,
        "licence": "MIT (weights learned by wb; no text of the training material is stored)",
        "training": training,
        "texts": sorted(e["id"] for e in entries),
        "C": c,
        "threshold": threshold,
        "weights": dict(sorted(weights.items())),
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    shown = path.relative_to(REPO) if path.is_relative_to(REPO) else path
    print(f"geschreven: {shown} ({len(weights)} gewichten, drempel {threshold:.2f})")


def main() -> None:
    """CV figures and/or the weights file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="kruisvalidatie per tekst")
    parser.add_argument("--write", action="store_true", help="gewichten schrijven")
    parser.add_argument("--errors", type=float, help="fouten tonen bij deze drempel (met --cv)")
    args = parser.parse_args()
    global SHOW_ERRORS_AT
    SHOW_ERRORS_AT = args.errors
    from wb.dossiers.labels import LabelFinder

    start = time.process_time()
    finder = LabelFinder(REPO / "codebooks" / "labels.yaml").fit()
    entries, docs, rows = prepare(finder)
    print(f"voorbereid in {time.process_time() - start:.0f} s CPU", file=sys.stderr)
    if args.cv:
        cross_validate(finder, entries, docs, rows)
    if args.write:
        write(rows, entries)


if __name__ == "__main__":
    main()
