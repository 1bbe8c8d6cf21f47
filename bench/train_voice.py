"""Learned voice vs the voice rules: grouped cross-validation by text, and the weights file.

Run from the repository root:
    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/train_voice.py --guard    # CV figures
    ... bench/train_voice.py --seeds 0 --write --guard   # fit on all rows, write the weights

--guard scores the default (the rules' asserted is kept where wb.dossiers.voice_assertion's
cues hold); without it the model decides wherever the rules say asserted.
--shipped also scores the weights in wb/dossiers/voice_weights.json as they are (no training)
on the same rows, so old and new weights are compared on one set of texts.
voice15's remedies: --weight weighs training rows by kind (synthetic, ruling, case, a genre
class g:report/g:story/g:web, rule:asserted, gold:asserted), --kind-feature adds the document
kind as a feature (measurement only: wb's features do not carry it), --balanced weighs the
classes, --asserted-shift raises the asserted score, --blend mixes the bundled weights' scores
with the retrain's (written as one linear model); --cache keeps the rows between runs.
voice-blend's protocol: --upto-batch N trains (and writes) on batches <= N only, --lobo A-B
scores leave-one-batch-out over batches A-B of those, --check A-B scores the fit on the
training rows against batches A-B (per gold class); the written file records its settings.

Rows: every label hit of `wb labels` that matches an annotated occurrence (as in
bench/bench_labels.py) in the real texts of bench/realtext/labels that are present (every batch
but the sealed ones in LEFT_OUT_BATCHES, bench_labels.SEALED_BATCHES: batches 35-36), plus the
synthetic dossiers (corpora/dossiers/truth.yaml), which are always training rows and never
test rows. Features: wb.dossiers.voice_model.features. The rules' voice on a test row is what
`wb labels` gives with the rules; both are scored on exactly the same rows. C of the logistic
regression is chosen by an inner grouped CV on the training part of each fold (nested), so no
test text picks it.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
from collections import Counter
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
from bench_labels import (  # noqa: E402
    DATA,
    HERE,
    SEALED_BATCHES,
    AnnotationMismatch,
    gold_spans,
    metadata_of,
    old_group_of,
    text_path,
)
from manifest_yaml import read_manifest  # noqa: E402

CS = (0.03, 0.1, 0.3, 1.0, 3.0)
# --weight: a training row's weight by its kind of text (voice15). Keys: "synthetic" (the
# synthetic dossiers), a document kind of wb.dossiers.voice_document ("ruling", "case"), a
# genre class of genre_class ("g:report", "g:story", "g:web"), "rule:asserted" (rows where the
# rules say asserted) or "gold:asserted"; the weights of the keys a row has multiply.
WEIGHTS: dict[str, float] = {}
KIND_FEATURE = False  # --kind-feature: the document kind as a feature ("k:ruling", "k:case")
# genre words of the manifest (free text) for a report, a parliamentary paper, a case description
_REPORT = (
    "rapport",
    "kamerstuk",
    "kamervragen",
    "handelingen",
    "richtlijn",
    "tucht",
    "casus",
    "methodebeschrijving",
    "motie",
    "antwoord op kamervragen",
    "conclusie",
)
_STORY = (
    "verhaal",
    "ervaring",
    "vraag van",
    "brief",
    "forum",
    "dagboek",
    "citaat",
    "in haar",
    "in zijn",
    "ik-",
)
# every batch is tune material except the sealed ones (bench_labels.SEALED_BATCHES: batches 35
# and 36, rounds 31-32, until their one measurement; batches 25 and 27-34 were sealed until
# their own);
# batch 26 is tune from the start. An explicit set, so a later batch is not left out by accident.
LEFT_OUT_BATCHES = SEALED_BATCHES
POPULATION: set[str] = set()  # train only on rows where the rules say one of these voices
CLASS_WEIGHT: dict | str | None = None
SHOW_ERRORS = False
GUARD = False  # keep the rules' asserted where wb.dossiers.voice_assertion.keeps_asserted
# the weights shipped before voice-retrain were trained on rounds 1-8 (batches <= 11)
OLD_LAST_ROUND = 8
TRAIN_UPTO: int | None = None  # --train-upto: CV folds train only on rounds up to this one


def genre_class(genre: str, kind: str) -> str:
    """A coarse genre: ruling or case (wb's document kind), report, story (a parent's or
    child's own account) or web (everything else: news, blogs, information pages)."""
    low = genre.lower()
    if kind != "plain":
        return kind
    if any(w in low for w in _REPORT):
        return "report"
    if any(w in low for w in _STORY):
        return "story"
    return "web"


def weight_of(row: dict) -> float:
    """The training weight of a row under WEIGHTS (1.0 without --weight)."""
    w = 1.0
    keys = {
        "synthetic" if row["round"] == "synthetic" else "real",
        row.get("kind", ""),
        "g:" + row.get("genre", ""),
        "rule:" + row["rule"],
        "gold:" + row["gold"],
    }
    for key in keys & WEIGHTS.keys():
        w *= WEIGHTS[key]
    return w


def training_entries() -> list[dict]:
    """Manifest entries a training run may read: every batch but LEFT_OUT_BATCHES."""
    manifest = read_manifest(HERE / "manifest.yaml")
    return [e for e in manifest["texts"] if e.get("batch", 1) not in LEFT_OUT_BATCHES]


def rows() -> list[dict]:
    """One row per matched occurrence: features, gold, rules' voice, text, round, apposition."""
    from labels_truth import truth_labels

    from wb.corpus.metadata import read_metadata_csv
    from wb.corpus.readers import read_document
    from wb.dossiers.labels import _APPOSITION, LabelFinder
    from wb.dossiers.voice import VoiceResolver, self_terms
    from wb.dossiers.voice_assertion import assertion_cues, keeps_asserted
    from wb.dossiers.voice_document import document_kind
    from wb.dossiers.voice_model import features

    finder = LabelFinder(REPO / "codebooks" / "labels.yaml", voice_model="rules").fit()
    out: list[dict] = []

    def add(doc, hits, gold_of, text_id, group, terms, meta=None, batch=0):
        kind = document_kind(meta, doc.text)
        resolver = VoiceResolver(doc, terms, kind)
        kind_name = "ruling" if kind.ruling else "case" if kind.case else "plain"
        for i, h in enumerate(hits):
            gold = gold_of(h)
            if gold is None:
                continue
            between = doc.text[hits[i - 1].end : h.start] if i else ""
            out.append(
                {
                    "f": features(resolver, h.start, h.end, h.label, rules=True),
                    "gold": gold,
                    "rule": h.voice,
                    "text": text_id,
                    "round": group,
                    "batch": batch,
                    "kind": kind_name,
                    "genre": genre_class((meta or {}).get("genre", ""), kind_name),
                    "appos": bool(i and _APPOSITION.fullmatch(between)),
                    "guard": keeps_asserted(assertion_cues(resolver, h.start, h.end, h.label)),
                    "ctx": doc.text[max(0, h.start - 70) : h.end + 40].replace("\n", " "),
                }
            )

    for entry in training_entries():
        path = text_path(entry)
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        try:
            gold = gold_spans(text, entry.get("labels") or [])
        except AnnotationMismatch:
            continue
        doc = finder.nlp(text)
        terms = self_terms(None)
        meta = metadata_of(entry)
        hits = finder.find(entry["id"], doc, self_terms=terms, metadata=meta)
        used: set[int] = set()
        pairs: dict[int, str] = {}
        for a, b, item in gold:
            match = next(
                (i for i, h in enumerate(hits) if i not in used and h.start < b and a < h.end),
                None,
            )
            if match is not None:
                used.add(match)
                pairs[id(hits[match])] = item["voice"]
        add(
            doc,
            hits,
            lambda h, p=pairs: p.get(id(h)),
            entry["id"],
            old_group_of(entry),
            terms,
            meta,
            entry.get("batch", 1),
        )
    folder = REPO / "corpora" / "dossiers"
    truth = truth_labels(folder)
    meta = read_metadata_csv(folder)
    for path in sorted(folder.glob("*.txt")):
        doc = finder.nlp(read_document(path).text)
        terms = self_terms(meta[path.name])
        hits = finder.find(path.name, doc, self_terms=terms, metadata=meta[path.name])
        add(
            doc,
            hits,
            lambda h, p=path.name: (truth.get((p, h.start, h.end)) or (None, None))[1],
            "synthetic/" + path.name,
            "synthetic",
            terms,
            meta[path.name],
        )
    return out


def fit(train: list[dict], c: float):
    """A multinomial logistic regression on the rows' features (rows weighted by WEIGHTS)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if POPULATION:
        train = [r for r in train if r["rule"] in POPULATION]
    vec = DictVectorizer()
    x = vec.fit_transform([r["f"] for r in train])
    model = LogisticRegression(C=c, max_iter=3000, class_weight=CLASS_WEIGHT)
    model.fit(x, [r["gold"] for r in train], sample_weight=[weight_of(r) for r in train])
    return vec, model


OVERRIDE_ONLY: set[str] = set()
SHIPPED = REPO / "wb" / "dossiers" / "voice_weights.json"


def predict(vec, model, test: list[dict]) -> list[str]:
    """Predicted voices; an apposition ("X (PAS)") takes the voice of the hit before it.

    With --override-only, the model's voice replaces the rules' only where the rules say one of
    the given voices (e.g. asserted); elsewhere the rules' voice stays.
    """
    x = vec.transform([r["f"] for r in test])
    if not SHIFT and not BLEND:
        return _as_wb(list(model.predict(x)), test)
    classes = [str(c) for c in model.classes_]
    scores = model.decision_function(x)
    out = []
    for row, r in zip(scores, test, strict=True):
        mixed = _mixed(dict(zip(classes, (float(v) for v in row), strict=True)), r["f"])
        out.append(max(classes, key=mixed.__getitem__))
    return _as_wb(out, test)


SHIFT = 0.0  # --asserted-shift: added to the asserted score (a prior towards asserted)
BLEND = 0.0  # --blend: share of the bundled weights' scores in a blend with the retrain


def _mixed(scores: dict[str, float], feats: dict[str, float]) -> dict[str, float]:
    """Scores blended with the bundled weights' (BLEND) and shifted towards asserted (SHIFT)."""
    if BLEND:
        old = _bundled().scores(feats)
        scores = {k: BLEND * old[k] + (1 - BLEND) * v for k, v in scores.items()}
    return {k: v + SHIFT * (k == "asserted") for k, v in scores.items()}


@cache
def _bundled():
    """The weights shipped in wb/dossiers/voice_weights.json before this run (for --blend)."""
    from wb.dossiers.voice_model import VoiceModel

    return VoiceModel.load(SHIPPED)


def _as_wb(pred: list[str], test: list[dict]) -> list[str]:
    """The model's voices as wb applies them: override-only, guard, apposition."""
    if OVERRIDE_ONLY:
        pred = [
            p if r["rule"] in OVERRIDE_ONLY and not (GUARD and r["guard"]) else r["rule"]
            for p, r in zip(pred, test, strict=True)
        ]
    for k, r in enumerate(test):
        if r["appos"] and k and test[k - 1]["text"] == r["text"]:
            pred[k] = pred[k - 1]
    return pred


def folds(texts: list[str], k: int, seed: int) -> list[set[str]]:
    """k groups of texts, shuffled by seed."""
    order = sorted(texts)
    random.Random(seed).shuffle(order)
    return [set(order[i::k]) for i in range(k)]


FIXED_C: float | None = None  # --c: no inner CV, this C everywhere


def choose_c(train: list[dict]) -> float:
    """C by a 3-fold grouped CV over the real texts of train (synthetic rows always train)."""
    if FIXED_C is not None:
        return FIXED_C
    real = sorted({r["text"] for r in train if r["round"] != "synthetic"})
    best, best_c = -1.0, CS[0]
    for c in CS:
        right = 0
        for fold in folds(real, 3, 7):
            inner_train = [r for r in train if r["text"] not in fold]
            inner_test = [r for r in train if r["text"] in fold]
            vec, model = fit(inner_train, c)
            right += sum(
                p == r["gold"]
                for p, r in zip(predict(vec, model, inner_test), inner_test, strict=True)
            )
        if right > best:
            best, best_c = right, c
    return best_c


def _trainable(row: dict) -> bool:
    """A training row under --train-upto: synthetic, or a round up to TRAIN_UPTO."""
    name = row["round"]
    if TRAIN_UPTO is None or not name.startswith("held-out-"):
        return True
    return int(name[9:]) <= TRAIN_UPTO


def evaluate(data: list[dict], test_of: list[set[str]]) -> tuple[Counter, Counter, list[float]]:
    """Model and rules right per round over the given test folds (sets of text ids)."""
    model_right: Counter = Counter()
    rule_right: Counter = Counter()
    chosen = []
    for fold in test_of:
        train = [r for r in data if r["text"] not in fold and _trainable(r)]
        test = [r for r in data if r["text"] in fold]
        if not test:
            continue
        c = choose_c(train)
        chosen.append(c)
        vec, model = fit(train, c)
        for p, r in zip(predict(vec, model, test), test, strict=True):
            model_right[r["round"]] += p == r["gold"]
            rule_right[r["round"]] += r["rule"] == r["gold"]
            model_right["n", r["round"]] += 1
            model_right["only_model", r["round"]] += p == r["gold"] != r["rule"]
            model_right["only_rules", r["round"]] += r["rule"] == r["gold"] != p
            if SHOW_ERRORS and p != r["gold"] and r["round"] != "synthetic":
                print(
                    f"    {r['round']:10s} {r['gold'][:4]} regels={r['rule'][:4]} model={p[:4]} "
                    f"{r['text'][:24]}: …{r['ctx']}…"
                )
    return model_right, rule_right, chosen


def show(title: str, data: list[dict], model_right: Counter, rule_right: Counter) -> None:
    """Print model vs rules per round and in all."""
    print(title)
    rounds = sorted({r["round"] for r in data if r["round"] != "synthetic"})
    total_n = total_m = total_r = 0
    for name in rounds:
        n = model_right["n", name]
        if not n:
            continue
        m, r = model_right[name], rule_right[name]
        total_n, total_m, total_r = total_n + n, total_m + m, total_r + r
        print(
            f"  {name:11s} n={n:3d}  regels {r / n:.3f} ({r}/{n})  model {m / n:.3f} ({m}/{n})  "
            f"alleen model goed {model_right['only_model', name]}, "
            f"alleen regels goed {model_right['only_rules', name]}"
        )
    print(
        f"  {'alles':11s} n={total_n:3d}  regels {total_r / total_n:.3f} ({total_r}/{total_n})  "
        f"model {total_m / total_n:.3f} ({total_m}/{total_n})"
    )


def score_shipped(data: list[dict], path: Path) -> tuple[Counter, Counter]:
    """The weights in path (no training) on every row, as wb applies them, against the rules."""
    from wb.dossiers.voice_model import VoiceModel

    model = VoiceModel.load(path)
    model_right: Counter = Counter()
    rule_right: Counter = Counter()
    for text in sorted({r["text"] for r in data}):
        test = [r for r in data if r["text"] == text]
        for p, r in zip(_as_wb([model.predict(r["f"]) for r in test], test), test, strict=True):
            model_right[r["round"]] += p == r["gold"]
            rule_right[r["round"]] += r["rule"] == r["gold"]
            model_right["n", r["round"]] += 1
            model_right["only_model", r["round"]] += p == r["gold"] != r["rule"]
            model_right["only_rules", r["round"]] += r["rule"] == r["gold"] != p
    return model_right, rule_right


def show_unseen(title: str, model_right: Counter, rule_right: Counter) -> None:
    """Subtotal over the rounds the shipped weights were not trained on (OLD_LAST_ROUND on)."""
    rounds = [
        k
        for k in rule_right
        if isinstance(k, str) and k.startswith("held-out-") and int(k[9:]) > OLD_LAST_ROUND
    ]
    n = sum(model_right["n", k] for k in rounds)
    m, r = sum(model_right[k] for k in rounds), sum(rule_right[k] for k in rounds)
    if n:
        print(
            f"  {title}: rondes {OLD_LAST_ROUND + 1}+ n={n}  regels {r / n:.3f} ({r}/{n})  "
            f"model {m / n:.3f} ({m}/{n})"
        )


UPTO_BATCH: int | None = None  # --upto-batch: real rows of later batches neither train nor write


def batch_range(spec: str) -> range:
    """Batches "A-B" (or one batch "A") as a range."""
    first, _, last = spec.partition("-")
    return range(int(first), int(last or first) + 1)


def training_rows(data: list[dict]) -> list[dict]:
    """The rows a fit may use: synthetic rows and real rows of batches up to UPTO_BATCH."""
    if UPTO_BATCH is None:
        return data
    return [r for r in data if r["round"] == "synthetic" or r["batch"] <= UPTO_BATCH]


def right_per_gold(pred: list[str], test: list[dict]) -> tuple[Counter, Counter]:
    """Right predictions and rows per gold voice."""
    right: Counter = Counter()
    n: Counter = Counter()
    for p, r in zip(pred, test, strict=True):
        n[r["gold"]] += 1
        right[r["gold"]] += p == r["gold"]
    return right, n


def gold_line(title: str, right: Counter, n: Counter) -> str:
    """One line: voice right in all and per gold voice."""
    total, rows_ = sum(right.values()), sum(n.values())
    per = ", ".join(f"{g} {right[g]}/{n[g]}" for g in sorted(n))
    return f"  {title}: stem {total / max(1, rows_):.3f} ({total}/{rows_}); {per}"


def lobo(data: list[dict], batches: range, c: float) -> tuple[Counter, Counter]:
    """Leave one batch out: each batch of `batches` scored by a fit on all other rows."""
    right: Counter = Counter()
    n: Counter = Counter()
    for b in batches:
        test = [r for r in data if r["round"] != "synthetic" and r["batch"] == b]
        if not test:
            continue
        held = {id(r) for r in test}
        vec, model = fit([r for r in data if id(r) not in held], c)
        got = right_per_gold(predict(vec, model, test), test)
        right.update(got[0])
        n.update(got[1])
    return right, n


def unseen(test: list[dict], train: list[dict]) -> bool:
    """True when no row of test is a training row (a check batch must be unseen)."""
    ids = {id(r) for r in train}
    return not any(id(r) in ids for r in test)


def settings() -> str:
    """The training settings of a written weights file in words."""
    parts = [f"row weights {WEIGHTS}" if WEIGHTS else "rows unweighted"]
    if BLEND:
        parts.append(f"scores blended {BLEND} with the weights shipped before (rounds 1-8)")
    if SHIFT:
        parts.append(f"asserted shifted by {SHIFT}")
    return "; ".join(parts)


def trained_on(data: list[dict]) -> str:
    """The training data of a weights file in words: batches, texts and rows."""
    real = [r for r in data if r["round"] != "synthetic"]
    batches = sorted({r["batch"] for r in real})
    texts = len({r["text"] for r in real})
    synth = len(data) - len(real)
    return (
        f"bench/realtext/labels batches {batches[0]}-{batches[-1]} ({texts} texts present, "
        f"{len(real)} rows) + corpora/dossiers ({synth} rows)"
        if batches
        else f"corpora/dossiers ({synth} rows)"
    )


def write(data: list[dict], path: Path) -> None:
    """Fit on all rows (C by grouped CV) and write the weights as JSON."""
    from wb.atomic import write_atomic

    c = choose_c(data)
    vec, model = fit(data, c)
    classes = [str(x) for x in model.classes_]
    weights = {
        name: [round(float(model.coef_[k][j]), 5) for k in range(len(classes))]
        for name, j in sorted(vec.vocabulary_.items())
    }
    intercept = [float(x) for x in model.intercept_]
    if BLEND:  # one linear model whose scores are the blend of the two
        old = _bundled()
        zero = [0.0] * len(classes)
        row = {
            k: [old.weights.get(k, zero)[old.classes.index(c)] for c in classes]
            for k in old.weights
        }
        weights = {
            k: [
                BLEND * a + (1 - BLEND) * b
                for a, b in zip(row.get(k, zero), weights.get(k, zero), strict=True)
            ]
            for k in sorted(set(weights) | set(row))
        }
        base = [old.intercept[old.classes.index(c)] for c in classes]
        intercept = [BLEND * a + (1 - BLEND) * b for a, b in zip(base, intercept, strict=True)]
    intercept = [v + SHIFT * (c == "asserted") for v, c in zip(intercept, classes, strict=True)]
    weights = {k: [round(x, 5) for x in v] for k, v in weights.items()}
    weights = {k: v for k, v in weights.items() if any(abs(x) >= 1e-5 for x in v)}
    payload = {
        "about": "wb voice model: multinomial logistic regression, bench/train_voice.py",
        "C": c,
        "rows": len(data),
        "trained_on": trained_on(data),
        "settings": settings(),
        "classes": classes,
        "intercept": [round(x, 5) for x in intercept],
        "weights": weights,
    }
    head = json.dumps({k: v for k, v in payload.items() if k != "weights"}, ensure_ascii=False)
    rows_ = [f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}" for k, v in weights.items()]
    body = head[:-1] + ', "weights": {\n' + ",\n".join(rows_) + "\n}}\n"
    write_atomic(path, body)
    print(f"geschreven: {path} (C={c}, {len(weights)} kenmerken, {len(data)} rijen)")


def main() -> None:
    """Grouped CV by text (5 folds x 3 seeds) and leave-one-round-out, model vs rules."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="gewichten schrijven")
    parser.add_argument("--out", type=Path, help="gewichten hierheen schrijven (met --write)")
    parser.add_argument(
        "--drop", default="rule=,r:", help="kenmerken met deze voorvoegsels weglaten ('' = alle)"
    )
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument(
        "--override-only", default="asserted", help="model alleen waar de regels dit zeggen"
    )
    parser.add_argument(
        "--population", default="", help="alleen trainen op rijen waar de regels dit zeggen"
    )
    parser.add_argument("--balanced", action="store_true", help="klassen even zwaar wegen")
    parser.add_argument(
        "--weight", default="", help="gewichten per soort rij, b.v. 'synthetic=3,ruling=2,case=2'"
    )
    parser.add_argument(
        "--kind-feature", action="store_true", help="soort document (uitspraak, zaak) als kenmerk"
    )
    parser.add_argument(
        "--asserted-shift", type=float, default=0.0, help="score van 'asserted' ophogen"
    )
    parser.add_argument(
        "--blend", type=float, default=0.0, help="aandeel van de meegeleverde gewichten (0-1)"
    )
    parser.add_argument("--cache", type=Path, help="rijen hier bewaren en teruglezen (pickle)")
    parser.add_argument("--errors", action="store_true", help="fouten van het model tonen")
    parser.add_argument("--guard", action="store_true", help="regels houden 'asserted' bij cues")
    parser.add_argument("--c", type=float, help="vaste C (geen binnenste CV)")
    parser.add_argument(
        "--upto-batch", type=int, help="alleen trainen (en schrijven) op batches tot en met deze"
    )
    parser.add_argument("--lobo", help="laat-een-batch-weg over batches A-B (b.v. 31-61)")
    parser.add_argument("--check", help="de fit op de trainingsrijen tegen batches A-B scoren")
    parser.add_argument(
        "--train-upto",
        type=int,
        help="in de CV alleen trainen op rondes tot en met deze (de stof van oude gewichten)",
    )
    parser.add_argument(
        "--shipped",
        action="store_true",
        help="ook de meegeleverde gewichten (zonder training) op dezelfde rijen scoren",
    )
    args = parser.parse_args()
    global BLEND, CLASS_WEIGHT, FIXED_C, GUARD, KIND_FEATURE, SHIFT, SHOW_ERRORS, TRAIN_UPTO
    global UPTO_BATCH
    UPTO_BATCH = args.upto_batch
    BLEND, SHIFT, KIND_FEATURE = args.blend, args.asserted_shift, args.kind_feature
    TRAIN_UPTO = args.train_upto
    FIXED_C = args.c
    GUARD = args.guard
    SHOW_ERRORS = args.errors
    CLASS_WEIGHT = "balanced" if args.balanced else None
    POPULATION.update(v for v in args.population.split(",") if v)
    OVERRIDE_ONLY.update(v for v in args.override_only.split(",") if v)
    WEIGHTS.update((k, float(v)) for k, v in (p.split("=") for p in args.weight.split(",") if p))
    if args.cache and args.cache.exists():
        data = pickle.loads(args.cache.read_bytes())
    else:
        data = rows()
        if args.cache:
            args.cache.write_bytes(pickle.dumps(data))
    if KIND_FEATURE:
        for r in data:
            if r["kind"] != "plain":
                r["f"]["k:" + r["kind"]] = 1.0
    drop = tuple(p for p in args.drop.split(",") if p)
    if drop:
        for r in data:
            r["f"] = {k: v for k, v in r["f"].items() if not k.startswith(drop)}
    every = data
    data = training_rows(data)
    real = sorted({r["text"] for r in data if r["round"] != "synthetic"})
    counts = Counter(r["round"] for r in data)
    print(f"rijen: {dict(counts)}; {len(real)} echte teksten; ontbrekend in {DATA}: zie bench")
    if args.seeds:
        total_m: Counter = Counter()
        total_r: Counter = Counter()
        chosen: list[float] = []
        for seed in range(args.seeds):
            m, r, c = evaluate(data, folds(real, 5, seed))
            total_m.update(m)
            total_r.update(r)
            chosen += c
        title = f"gegroepeerde CV per tekst, 5 delen x {args.seeds} seeds (C: {Counter(chosen)})"
        show(title, data, total_m, total_r)
        show_unseen("gegroepeerde CV", total_m, total_r)
        rounds = sorted({r["round"] for r in data if r["round"] != "synthetic"})
        loro = [{r["text"] for r in data if r["round"] == name} for name in rounds]
        m, r, c = evaluate(data, loro)
        show(f"leave-one-round-out (C: {c})", data, m, r)
        show_unseen("leave-one-round-out", m, r)
    if args.shipped:
        m, r = score_shipped(data, SHIPPED)
        show(f"meegeleverde gewichten ({SHIPPED.name}, niet hertraind)", data, m, r)
        show_unseen("meegeleverde gewichten", m, r)
        n = m["n", "synthetic"]
        print(f"  meegeleverde gewichten, synthetisch: {m['synthetic']}/{n}")
    if args.lobo:
        print(
            gold_line(
                f"laat-een-batch-weg {args.lobo}",
                *lobo(data, batch_range(args.lobo), choose_c(data)),
            )
        )
    vec, model = fit(data, choose_c(data))
    if args.check:
        for b in batch_range(args.check):
            test = [r for r in every if r["round"] != "synthetic" and r["batch"] == b]
            if test and not unseen(test, data):
                print(f"  batch {b}: getraind op deze batch, geen controle (zie --upto-batch)")
            elif test:
                print(gold_line(f"batch {b}", *right_per_gold(predict(vec, model, test), test)))
    synth = [r for r in data if r["round"] == "synthetic"]
    right = sum(p == r["gold"] for p, r in zip(predict(vec, model, synth), synth, strict=True))
    print(f"synthetisch (trainingsrijen, zoals het model zou meegaan): {right}/{len(synth)}")
    if args.write:
        write(data, args.out or SHIPPED)


if __name__ == "__main__":
    main()
