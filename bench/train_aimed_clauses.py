"""Clauses aimed at a person judged by a learned model (labels-aimedml): develop, check, write.

Run from the repository root:
    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/train_aimed_clauses.py --cv      # develop
    ... bench/train_aimed_clauses.py --check    # train on batches <= DEVELOP, score the rest once
    ... bench/train_aimed_clauses.py --write PATH   # fit on every tune text, write weights there
    ... bench/train_aimed_clauses.py --write PATH --develop --threshold 0.6  # develop only

Texts: the tune material of bench/realtext/labels whose text is on this machine and whose
annotations resolve; the sealed batches of bench_labels.SEALED_BATCHES are never read (asserted,
also when --docs gives a cache). Rows: the candidate clauses of wb.dossiers.aimed_clauses; a row
is positive when it overlaps an annotated occurrence of the scope "aimed at a person"
(bench/labels_scope.py) and "open" when no hit of the rules (`wb labels`, default run) overlaps
it. Model: L2 logistic regression (scikit-learn, lbfgs) over clause_features, trained on every
row; the weights file holds feature names and weights only. No weights ship with wb (the added
spans cost more precision than they gain, bench/README.md "labels-aimedml"); --write PATH writes
them anywhere for an experiment (`LabelFinder(..., aimed_clauses=JudgingModel.load(PATH))`).
Scoring: the rules' hits plus the spans of open clauses scored at or above a threshold, matched
one-to-one by overlap as bench/bench_labels.py does (voice is not scored here: the new hits get
theirs from wb's voice machinery in LabelFinder, measured end to end in bench/README.md).
Threshold: the lowest of GRID whose added spans are right at least MIN_PRECISION of the time by
grouped CV on the training texts (folds by sha1 of the text id); --cv prints the table for
develop (batches <= DEVELOP), --check trains on develop and scores the later tune batches once.
--docs/--hits read a DocBin cache (ids in a .json beside it) and a JSON dump of rule hits (id ->
hits) to save parsing and running wb."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import train_judging  # noqa: E402
from bench_labels import SEALED_BATCHES, AnnotationMismatch, gold_spans, metadata_of, text_path  # noqa: E402
from train_judging import fold_of, write_weights  # noqa: E402

DEVELOP = 59  # batches <= 59 develop; 60-63 were checked once (labels-aimedml)
C = 0.3
GRID = tuple(round(0.3 + 0.05 * k, 2) for k in range(14))  # .30-.95
MIN_PRECISION = 0.8
SHOWN = (0.5, 0.6, 0.7)  # --check also prints these fixed thresholds (for the record)


def prepare(docs_path: Path | None, hits_path: Path | None) -> tuple[list[dict], dict, list[dict]]:
    """Entries that resolve, their docs, rule hits, gold, and one row per candidate clause."""
    from labels_scope import is_lexicon_annotation, scope_of
    from spacy.tokens import DocBin

    from wb.dossiers.aimed import kind_name
    from wb.dossiers.aimed_clauses import candidates
    from wb.dossiers.labels import LabelFinder
    from wb.dossiers.voice import self_terms
    from wb.dossiers.voice_document import document_kind
    from wb.nlp import load

    todo = train_judging.tune_entries()
    for entry in todo:
        assert entry.get("batch", 1) not in SEALED_BATCHES  # never read a sealed text
    nlp = load()
    cached = {}
    if docs_path is not None:
        ids = json.loads(docs_path.with_suffix(".json").read_text(encoding="utf-8"))
        cached = dict(
            zip(ids, DocBin().from_bytes(docs_path.read_bytes()).get_docs(nlp.vocab), strict=True)
        )
    dumped = json.loads(hits_path.read_text(encoding="utf-8")) if hits_path else None
    finder = None if dumped is not None else LabelFinder(REPO / "codebooks" / "labels.yaml").fit()
    entries, texts, rows = [], {}, []
    for entry in todo:
        if cached and entry["id"] not in cached:
            continue
        text = text_path(entry).read_text(encoding="utf-8")
        try:
            gold = gold_spans(text, entry.get("labels") or [])
        except AnnotationMismatch:
            continue
        doc = cached.get(entry["id"]) or nlp(text)
        assert doc.text == text
        if dumped is not None:
            hits = [(h["start"], h["end"]) for h in dumped[entry["id"]]]
        else:
            meta = metadata_of(entry)
            found = finder.find(entry["id"], doc, self_terms=self_terms(None), metadata=meta)
            hits = [(h.start, h.end) for h in found]
        scoped = [(a, b, scope_of(doc, a, b, is_lexicon_annotation(item))) for a, b, item in gold]
        kind = kind_name(document_kind(metadata_of(entry), text))
        entries.append(entry)
        texts[entry["id"]] = {"doc": doc, "hits": hits, "gold": scoped}
        for (a, b), feats in candidates(doc, kind):
            start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
            rows.append(
                {
                    "f": feats,
                    "gold": int(any(x < end and start < y for x, y, s in scoped if s == "person")),
                    "id": entry["id"],
                    "batch": entry.get("batch", 1),
                    "tokens": (a, b),
                    "open": not any(x < end and start < y for x, y in hits),
                }
            )
    return entries, texts, rows


def score(texts: dict, ids: set[str], added: dict[str, list[tuple[int, int]]]) -> Counter:
    """Counts as bench_labels.evaluate (without voice) for the rules' hits plus added spans."""
    from labels_scope import scope_of

    c: Counter = Counter()
    for i in sorted(ids):
        t = texts[i]
        new = added.get(i, [])
        hits = sorted([(a, b, False) for a, b in t["hits"]] + [(a, b, True) for a, b in new])
        used: set[int] = set()
        for a, b, scope in t["gold"]:
            m = next(
                (k for k, h in enumerate(hits) if k not in used and h[0] < b and a < h[1]), None
            )
            c["gold"] += 1
            c[f"gold_{scope}"] += 1
            if m is not None:
                used.add(m)
                c["matched"] += 1
                c[f"matched_{scope}"] += 1
        for k, (a, b, is_new) in enumerate(hits):
            c["found"] += 1
            c["new"] += is_new
            c["new_right"] += is_new and k in used
            if is_new:
                c[f"new_{scope_of(t['doc'], a, b, False)}"] += 1
    return c


def spans_of(texts: dict, rows: list[dict]) -> dict[str, list[tuple[int, int]]]:
    """Spans of the open rows among the given (chosen) rows, per text id."""
    from wb.dossiers.aimed_clauses import clause_span

    out: dict[str, list[tuple[int, int]]] = {}
    for r in rows:
        if r["open"]:
            span = clause_span(texts[r["id"]]["doc"], *r["tokens"])
            if span is not None:
                out.setdefault(r["id"], []).append(span)
    return out


def chosen(rows: list[dict], weights: dict, threshold: float) -> list[dict]:
    """The rows a model with these weights scores at or above the threshold."""
    from wb.dossiers.judging import JudgingModel

    model = JudgingModel(weights, threshold)
    return [r for r in rows if model.score(r["f"]) >= threshold]


def cv_spans(texts: dict, rows: list[dict], c: float) -> dict[float, dict]:
    """Per threshold of GRID, the spans of every row scored by a model that did not see its
    text (grouped CV by text)."""
    from wb.dossiers.judging import JudgingModel

    scored = []
    for k in range(train_judging.FOLDS):
        model = JudgingModel(train_judging.fit([r for r in rows if fold_of(r["id"]) != k], c))
        scored += [(model.score(r["f"]), r) for r in rows if fold_of(r["id"]) == k]
    out = {}
    for t in GRID:
        out[t] = spans_of(texts, [r for s, r in scored if s >= t])
    return out


def choose(texts: dict, rows: list[dict], c: float) -> float:
    """The lowest threshold whose added spans (grouped CV) are right MIN_PRECISION of the time."""
    ids = {r["id"] for r in rows}
    for t, added in cv_spans(texts, rows, c).items():
        s = score(texts, ids, added)
        if s["new"] and s["new_right"] / s["new"] >= MIN_PRECISION:
            return t
    return GRID[-1]


def line(name: str, c: Counter) -> str:
    """One table row."""

    def r(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "-"

    return (
        f"| {name} | {r(c['matched'], c['gold'])} | {r(c['matched'], c['found'])} | "
        f"{r(c['matched_person'], c['gold_person'])} | {r(c['matched_other'], c['gold_other'])} | "
        f"{c['new']} ({c['new_right']} right, {c['new_person']} aimed by scope) |"
    )


HEAD = (
    "| | recall | precision | aimed recall | other recall | added spans |\n"
    "|---|---|---|---|---|---|"
)


def main() -> None:
    """Develop table, the one check, and/or the weights file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="kruisvalidatie op de ontwikkelbatches")
    parser.add_argument("--check", action="store_true", help="eenmalige controle na DEVELOP")
    parser.add_argument("--write", type=Path, help="gewichten naar dit bestand schrijven")
    parser.add_argument(
        "--develop", action="store_true", help="met --write: alleen op de ontwikkelbatches"
    )
    parser.add_argument("--threshold", type=float, help="met --write: vaste drempel")
    parser.add_argument("--c", type=float, default=C, help="regularisatie C")
    parser.add_argument("--docs", type=Path, help="DocBin-cache (ids in .json ernaast)")
    parser.add_argument("--hits", type=Path, help="JSON met de treffers van de regels per id")
    args = parser.parse_args()
    entries, texts, rows = prepare(args.docs, args.hits)
    develop = [r for r in rows if r["batch"] <= DEVELOP]
    dev_ids = {e["id"] for e in entries if e.get("batch", 1) <= DEVELOP}
    chk_ids = {e["id"] for e in entries if e.get("batch", 1) > DEVELOP}
    print(
        f"{len(entries)} tune-teksten ({len(dev_ids)} ontwikkel, {len(chk_ids)} controle), "
        f"{len(rows)} zinsdelen, {sum(r['gold'] for r in rows)} met een gerichte beschrijving"
    )
    if args.cv:
        print(f"ontwikkel (batches <= {DEVELOP}), CV per tekst, C={args.c}")
        print(HEAD)
        print(line("regels", score(texts, dev_ids, {})))
        for t, added in cv_spans(texts, develop, args.c).items():
            print(line(f"+ zinsdelen >= {t:.2f}", score(texts, dev_ids, added)))
    if args.check:
        t = choose(texts, develop, args.c)
        weights = train_judging.fit(develop, args.c)
        rest = [r for r in rows if r["batch"] > DEVELOP]
        print(f"controle (batches > {DEVELOP}), getraind op ontwikkel, drempel {t:.2f} (CV)")
        print(HEAD)
        print(line("regels", score(texts, chk_ids, {})))
        for u in sorted({t, *SHOWN}):
            added = spans_of(texts, chosen(rest, weights, u))
            print(line(f"+ zinsdelen >= {u:.2f}", score(texts, chk_ids, added)))
    if args.write:
        used = develop if args.develop else rows
        kept = [e for e in entries if not args.develop or e.get("batch", 1) <= DEVELOP]
        t = args.threshold if args.threshold is not None else choose(texts, used, args.c)
        write_weights(
            args.write,
            "wb clauses aimed at a person judged by a logistic regression, "
            "bench/train_aimed_clauses.py",
            (
                f"{len(kept)} tune texts of bench/realtext/labels (batches outside "
                f"SEALED_BATCHES {sorted(SEALED_BATCHES)}"
                + (f", <= {DEVELOP}" if args.develop else "")
                + f"), {len(used)} clauses, "
                f"{sum(r['gold'] for r in used)} overlapping an occurrence aimed at a person"
            ),
            kept,
            args.c,
            t,
            train_judging.fit(used, args.c),
        )


if __name__ == "__main__":
    main()
