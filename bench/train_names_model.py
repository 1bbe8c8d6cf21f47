"""Train and measure the learned names model (wb/dossiers/name_model.py, names27).

Data: the annotated tune rounds 1-30 of bench/realtext/names (public Dutch court rulings,
Kamerstukken, ombudsman and inspection reports, committed under Auteurswet art. 11; news, blog
and municipal texts kept locally in bench/data/realtext_names, only URLs and annotations are
committed; see bench/realtext/names/README.md). Rounds after LAST_ROUND (30) are never read: the
script refuses them, and refuses to start when a round up to 30 is not a tune round. Examples
are the capitalised words of a text: label 1 when the word lies in an annotated identifier
(replace), 0 when it is an annotated word to keep; other words are skipped.
The weights file holds feature names and weights only, no text; a feature never holds a
capitalised word of a text (see name_model.features). Licence of the weights: that of wb.

The rules' decision is a feature. ``--rules frozen`` (the default) takes each round's rule spans
from the commit its code was frozen at before the round was read (bench/names_rule_spans.py;
rounds 1-2 from round 3's commit), so the model learns how the rules err on text they have not
seen; ``--rules current`` uses today's rules (in-sample on every round).

Measures (figures with bench_names.score: recall, persons, organisations, kept, consistency):

* ``--by-round``: for k = 17..29 train on rounds <= k, test on round k+1 with the rules of round
  k+1's frozen commit: rules alone (its first measurement) against rules + model;
* ``--cv``: 5-fold cross-validation grouped by text over rounds 1-30 (rules as ``--rules``).

Thresholds (drop below / add from) are chosen on the training part only, by out-of-fold
probabilities (grouped 5-fold), maximising caught identifiers + kept words.

Ablations: --tags (word classes from wb's tagger as features), --only-add / --only-drop (one of
the two decisions), --without PREFIXES, --l2 X, --fixed DROP,ADD, --neutral (thresholds that keep
at least as many words as the rules).

Usage: python bench/train_names_model.py [--by-round] [--cv] [--rules frozen|current] [--write]
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from bench_names import load, score, splits  # noqa: E402
from names_rule_spans import spans as rule_spans  # noqa: E402

from wb.dossiers.entity_data import norm_name  # noqa: E402
from wb.dossiers.kept_mentions import keep_mentions  # noqa: E402
from wb.dossiers.name_model import choose, neighbour, text_features  # noqa: E402

LAST_ROUND = 30  # rounds 1-30, each measured once before it became tune; 32-33 are sealed
OUT = REPO / "wb" / "lang" / "nl" / "names_weights.json"
L2 = float(sys.argv[sys.argv.index("--l2") + 1]) if "--l2" in sys.argv else 1.0
NEUTRAL = "--neutral" in sys.argv
WITHOUT = (
    tuple(sys.argv[sys.argv.index("--without") + 1].split(",")) if "--without" in sys.argv else ()
)
DROPS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5)
ADDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)
# fixed thresholds instead of choosing them on the training part ("--fixed 0,0.5")
FIXED = (
    tuple(float(x) for x in sys.argv[sys.argv.index("--fixed") + 1].split(","))
    if "--fixed" in sys.argv
    else None
)
if "--only-add" in sys.argv:  # an ablation: the model never takes a rule span back
    DROPS = (0.0,)
if "--only-drop" in sys.argv:  # an ablation: the model never adds a span
    ADDS = (1.01,)


def frozen_commits() -> dict[int, str]:
    """Round -> the commit whose rules had not read it (rounds 1-2: round 3's commit)."""
    from manifest_yaml import read_manifest

    manifest = read_manifest(REPO / "bench/realtext/names/manifest.yaml")
    commits = {r["round"]: r.get("code_frozen") for r in manifest["rounds"]}
    commits = {r: str(c) if c is not None else None for r, c in commits.items()}  # 2417400
    first = commits[3]
    return {r: c or first for r, c in commits.items()}


def check_rounds(split_of: dict[int, str]) -> None:
    """Refuse to start unless every round up to LAST_ROUND is present and a tune round."""
    wrong = [r for r in range(1, LAST_ROUND + 1) if split_of.get(r) != "tune"]
    if wrong:
        raise SystemExit(f"rounds {wrong} are not tune rounds: the names model never reads them")


def items_with_rules(mode: str) -> list[dict]:
    """The tune texts with their rule spans (start, end, type, placeholder)."""
    check_rounds(splits())
    items = [i for i in load(LAST_ROUND) if i["round"] <= LAST_ROUND]
    if mode == "current":
        found = rule_spans(None, items)
    else:
        found = {}
        commits = frozen_commits()
        for commit in sorted(set(commits.values())):
            part = [i for i in items if commits[i["round"]] == commit]
            if part:
                found |= rule_spans(commit, part)
    for item in items:
        item["rules"] = sorted(tuple(s) for s in found[item["id"]])
        prepare(item)
    return items


def tagged(text: str) -> dict[int, str]:
    """Word classes by start offset from wb's offline pipeline (``--tags``, an ablation: the
    bundled model has none, so the pseudonymiser needs no tagger)."""
    from wb.dossiers.name_model import word_classes

    return word_classes(text)


def prepare(item: dict) -> None:
    """The capitalised words' features and labels of one text."""
    text = item["text"]
    spans = [(s, e, t, *rest) for s, e, t, _, *rest in item["rules"]]
    tags = tagged(text) if "--tags" in sys.argv else None
    toks, cands, feats = text_features(text, spans, tags)
    if WITHOUT:  # an ablation: leave feature groups out ("--without e3=,p=,n=")
        feats = [{k: v for k, v in f.items() if not k[2:].startswith(WITHOUT)} for f in feats]
    inside = bytearray(len(text))
    for ident in item["identifiers"]:
        inside[ident["start"] : ident["end"]] = b"\x01" * (ident["end"] - ident["start"])
    keep = bytearray(len(text))
    for word in item["keep"]:
        keep[word["start"] : word["end"]] = b"\x01" * (word["end"] - word["start"])
    labels = []
    for i in cands:
        t = toks[i]
        if any(inside[t.start : t.end]):
            labels.append(1)
        elif any(keep[t.start : t.end]):
            labels.append(0)
        else:
            labels.append(-1)
    item["toks"], item["cands"], item["feats"], item["labels"] = toks, cands, feats, labels


def fit(items: list[dict]) -> dict[str, float]:
    """L2-regularised logistic regression on the labelled words of the items."""
    names: dict[str, int] = {}
    rows, cols, ys = [], [], []
    n = 0
    for item in items:
        for f, y in zip(item["feats"], item["labels"], strict=True):
            if y < 0:
                continue
            for k in f:
                rows.append(n)
                cols.append(names.setdefault(k, len(names)))
            ys.append(y)
            n += 1
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(names)))
    y = np.array(ys, dtype=float)
    bias = [j for k, j in names.items() if k.endswith("|b")]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        reg = w.copy()
        reg[bias] = 0.0
        value = np.sum(np.logaddexp(0, z) - y * z) + 0.5 * L2 * reg @ reg
        return value, x.T @ (p - y) + L2 * reg

    w = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B").x
    return {k: round(float(w[j]), 4) for k, j in names.items() if abs(w[j]) >= 1e-3}


def probs(weights: dict[str, float], item: dict) -> list[float]:
    """The model's probability for each capitalised word of a text."""
    out = []
    for f in item["feats"]:
        z = sum(weights.get(k, 0.0) for k in f)
        out.append(1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z)))))
    return out


def applied(item: dict, p: list[float] | None, drop: float, add: float) -> list[tuple]:
    """The text's replaced spans (start, end, placeholder) after the model's decisions."""
    spans = item["rules"]
    if p is None:
        return [(s, e, ph) for s, e, _, ph, *_ in spans]
    model_spans = [(s, e, t, *rest) for s, e, t, _, *rest in spans]
    blocked = item.setdefault("blocked", [(m.start, m.end) for m in keep_mentions(item["text"])])
    gone, runs = choose(
        item["text"], model_spans, item["toks"], item["cands"], p, drop, add, blocked
    )
    out = [list(s) for k, s in enumerate(spans) if k not in gone]
    same = {item["text"][s:e]: ph for s, e, _, ph, *_ in out}
    for a, b in runs:
        if item["text"][a:b] in same:  # as apply_learned: written like a mention, its identity
            out.append([a, b, "", same[item["text"][a:b]]])
            continue
        k = neighbour(item["text"], [(s, e, t) for s, e, t, *_ in out], a, b)
        if k >= 0:
            out[k][0], out[k][1] = min(out[k][0], a), max(out[k][1], b)
        else:
            out.append([a, b, "ORGANISATIE", "[L-" + norm_name(item["text"][a:b]) + "]"])
    return [(s, e, ph) for s, e, _, ph, *_ in out]


def measure(items: list[dict], ps: list | None, drop: float = 0.0, add: float = 1.01) -> dict:
    """bench_names.score of the rules (ps None) or the rules + model."""
    probabilities = ps if ps is not None else [None] * len(items)
    found = [applied(i, p, drop, add) for i, p in zip(items, probabilities, strict=True)]
    return score(items, found)


def objective(r: dict) -> float:
    """Recall plus the share of kept words (a missed identifier weighs as much as the words
    to keep per identifier, about four)."""
    return sum(r["caught"].values()) / sum(r["total"].values()) + r["kept"] / r["keep_total"]


def folds(items: list[dict], k: int = 5) -> list[list[int]]:
    """Grouped folds by text: every text in one fold (by position in id order)."""
    return [list(range(j, len(items), k)) for j in range(k)]


def thresholds(items: list[dict]) -> tuple[float, float]:
    """Drop/add thresholds from out-of-fold probabilities on the training items."""
    oof: list = [None] * len(items)
    for fold in folds(items):
        held = set(fold)
        weights = fit([it for j, it in enumerate(items) if j not in held])
        for j in fold:
            oof[j] = probs(weights, items[j])
    rules = measure(items, None)
    grid = [(measure(items, oof, d, a), d, a) for d in DROPS for a in ADDS]
    if NEUTRAL:  # the most identifiers without fewer kept words than the rules alone
        grid = [g for g in grid if g[0]["kept"] >= rules["kept"]]
        best = max(((sum(r["caught"].values()), -d, a) for r, d, a in grid), key=lambda t: t)
    else:
        best = max(((objective(r), -d, a) for r, d, a in grid), key=lambda t: t)
    return -best[1], best[2]


def line(name: str, r: dict) -> str:
    """One row of figures."""

    def f(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "n/a"

    caught, total = r["caught"], r["total"]
    orgs = caught["ORGANISATIE"] + caught["SCHOOL"], total["ORGANISATIE"] + total["SCHOOL"]
    return (
        f"| {name} | {f(sum(caught.values()), sum(total.values()))} | "
        f"{f(caught['PERSOON'], total['PERSOON'])} | {f(*orgs)} | "
        f"{f(r['kept'], r['keep_total'])} | {f(r['consistent'], r['entities'])} |"
    )


HEADER = (
    "| | recall | persons | organisations (+ schools) | kept | consistency |\n"
    "|---|---|---|---|---|---|"
)


def by_round(items: list[dict]) -> None:
    """Train on rounds <= k, test on round k+1 (its rules from its frozen commit)."""
    print(HEADER)
    pooled_rules: list = []
    pooled_model: list = []
    for k in range(17, LAST_ROUND):
        train = [i for i in items if i["round"] <= k]
        test = [i for i in items if i["round"] == k + 1]
        drop, add = FIXED or thresholds(train)
        weights = fit(train)
        ps = [probs(weights, i) for i in test]
        print(line(f"round {k + 1}, rules", measure(test, None)))
        print(
            line(
                f"round {k + 1}, rules + model (drop<{drop}, add>={add})",
                measure(test, ps, drop, add),
            )
        )
        pooled_rules.append((test, None))
        pooled_model.append((test, ps, drop, add))
        sys.stdout.flush()
    all_test = [i for t, _ in pooled_rules for i in t]
    print(line(f"rounds 18-{LAST_ROUND} pooled, rules", measure(all_test, None)))
    found = [
        applied(i, p, d, a) for t, ps, d, a in pooled_model for i, p in zip(t, ps, strict=True)
    ]
    print(line(f"rounds 18-{LAST_ROUND} pooled, rules + model", score(all_test, found)))


def cross_validation(items: list[dict]) -> None:
    """Grouped 5-fold CV by text; thresholds chosen inside each training part."""
    ps: list = [None] * len(items)
    chosen = []
    for fold in folds(items):
        held = set(fold)
        train = [it for j, it in enumerate(items) if j not in held]
        chosen.append(thresholds(train))
        weights = fit(train)
        for j in fold:
            ps[j] = (probs(weights, items[j]), *chosen[-1])
    print(HEADER)
    print(line("rules", measure(items, None)))
    found = [applied(i, p, d, a) for i, (p, d, a) in zip(items, ps, strict=True)]
    print(line(f"rules + model (thresholds per fold {chosen})", score(items, found)))


def write(items: list[dict]) -> None:
    """Train on all tune rounds and write the weights file."""
    drop, add = thresholds(items)
    weights = fit(items)
    labels = Counter(y for i in items for y in i["labels"] if y >= 0)
    data = {
        "about": (
            "Learned names model (names27): logistic regression over wb.dossiers.name_model "
            "features, trained by bench/train_names_model.py on the annotated tune rounds "
            f"1-{LAST_ROUND} of bench/realtext/names ({len(items)} texts, {labels[1]} words in "
            f"identifiers, {labels[0]} words to keep); rules from each round's frozen commit. "
            "Feature names and weights only, no text."
        ),
        "drop": drop,
        "add": add,
        "weights": dict(sorted(weights.items())),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(weights)} weights, drop < {drop}, add >= {add})")


def main() -> None:
    """Train, measure, write."""
    mode = sys.argv[sys.argv.index("--rules") + 1] if "--rules" in sys.argv else "frozen"
    start = time.time()
    items = items_with_rules(mode)
    print(f"{len(items)} texts, rules {mode}, features in {time.time() - start:.1f} s")
    if "--by-round" in sys.argv:
        by_round(items)
    if "--cv" in sys.argv:
        cross_validation(items)
    if "--write" in sys.argv:
        write(items)


if __name__ == "__main__":
    main()
