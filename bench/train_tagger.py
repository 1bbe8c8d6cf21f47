"""Train wb's part-of-speech tagger (``wb/nlp/tagger.py``) on the UD Dutch dev sets.

Usage::

    python bench/train_tagger.py --check      # train on one dev set, score the other
    python bench/train_tagger.py              # train on both dev sets, write the model

Data: ``bench/data/nl_alpino-ud-dev.conllu`` and ``bench/data/nl_lassysmall-ud-dev.conllu``
(see bench/lemma_eval.py for how to get them). The test sets are never read here. The model
is multinomial logistic regression (scikit-learn, only needed for training) over the features
of ``wb.nlp.tagger.sentence_features``; weights are stored as float16 after dropping features
whose largest weight is tiny. Labels are UPOS plus a few morphological features (see
``label_of``). Deterministic for the same data and package versions.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "bench" / "data"
DEV = [DATA / "nl_alpino-ud-dev.conllu", DATA / "nl_lassysmall-ud-dev.conllu"]
# older releases of both treebanks, test sentences removed, labels converted (ud_history.py)
EXTRA = DATA / "ud_history-train.conllu"
# morphological features kept in the label, per UPOS
MORPH = {
    "NOUN": ("Number",),
    "PROPN": (),
    "VERB": ("VerbForm", "Tense", "Number"),
    "AUX": ("VerbForm", "Tense", "Number"),
    "ADJ": ("Degree",),
}

Token = tuple[str, str, str, str]  # form, upos, feats, deprel
# the particle of a separable verb (deprel compound:prt: "belde ... op") is marked in its label
PARTICLE = "PartType=Vbp"


def read_conllu(path: Path) -> Iterator[list[Token]]:
    """Sentences as (form, upos, feats, deprel) lists, multiword ranges skipped."""
    sent: list[Token] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if sent:
                yield sent
            sent = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                sent.append((cols[1], cols[3], cols[5], cols[7]))
    if sent:
        yield sent


def label_of(upos: str, feats: str, morph: bool, deprel: str = "") -> str:
    """UPOS, with the kept morphological features (``VERB|Tense=Past|VerbForm=Fin``) and
    ``PartType=Vbp`` for the particle of a separable verb."""
    keep = MORPH.get(upos, ()) if morph else ()
    parts = [f for f in feats.split("|") if f.split("=")[0] in keep]
    if morph and deprel == "compound:prt":
        parts.append(PARTICLE)
    return "|".join([upos, *sorted(parts)])


def own_class_words(sentences: list[list[Token]], top: int) -> frozenset[str]:
    """wb's function words plus the ``top`` most frequent lowercase words of the data: each is
    its own class in the pair features."""
    from wb.nlp.tagger import FUNCTION_WORDS

    counts = Counter(t[0].lower() for s in sentences for t in s if any(c.isalpha() for c in t[0]))
    return FUNCTION_WORDS | {w for w, _ in counts.most_common(top)}


def featurise(sentences: list[list[Token]], morph: bool, own_class: frozenset[str]):
    """Feature lists and labels of all tokens."""
    from wb.nlp.lexicon import get_lexicon
    from wb.nlp.tagger import SHAPE_CONTEXT, WordFeatures, sentence_features

    wf = WordFeatures(get_lexicon(), own_class)
    special = frozenset(t[0].lower() for s in sentences for t in s if t[1] == "AUX")
    special |= SHAPE_CONTEXT
    rows, labels = [], []
    for sent in sentences:
        rows += sentence_features([t[0] for t in sent], wf, special)
        labels += [label_of(t[1], t[2], morph, t[3]) for t in sent]
    return rows, labels


def fit(rows: list[list[str]], labels: list[str], c: float, min_count: int, drop: str = ""):
    """Logistic regression; returns (label names, feature names, weights features x labels).
    ``drop``: a regular expression of feature names to leave out (ablation)."""
    import re
    from collections import Counter

    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for row in rows for f in row)
    dropped = re.compile(drop) if drop else None
    names = sorted(
        f
        for f, n in counts.items()
        if n >= min_count and not (dropped is not None and dropped.match(f))
    )
    index = {f: i for i, f in enumerate(names)}
    indptr, indices = [0], []
    for row in rows:
        ids = sorted({index[f] for f in row if f in index})
        indices += ids
        indptr.append(len(indices))
    x = csr_matrix(
        (np.ones(len(indices), np.float32), indices, indptr), shape=(len(rows), len(names))
    )
    classes = sorted(set(labels))
    y = np.array([classes.index(lab) for lab in labels])
    clf = LogisticRegression(C=c, max_iter=300, fit_intercept=False, tol=1e-4)
    clf.fit(x, y)
    return classes, names, clf.coef_.T.astype(np.float32)


def prune(names: list[str], weights: np.ndarray, threshold: float):
    """Drop features whose largest absolute weight is below ``threshold``."""
    keep = np.abs(weights).max(axis=1) >= threshold
    keep[names.index("bias")] = True
    return [n for n, k in zip(names, keep, strict=True) if k], weights[keep]


def train(sentences: list[list[Token]], morph: bool, args):
    """A TaggerModel trained on ``sentences`` (pruned, float16 weights)."""
    from wb.nlp.tagger import TaggerModel

    own_class = own_class_words(sentences, args.own_class)
    rows, labels = featurise(sentences, morph, own_class)
    classes, names, w = fit(rows, labels, args.c, args.min_count, args.drop)
    names, w = prune(names, w, args.prune)
    return TaggerModel(classes, names, w.astype(np.float16), own_class)


CONFUSIONS: Counter = Counter()  # (gold UPOS, predicted UPOS) of the last accuracy() call


def accuracy(model, sentences: list[list[Token]], morph: bool) -> tuple[float, float]:
    """(UPOS accuracy, full label accuracy) of a TaggerModel on gold tokens."""
    n = upos_ok = full_ok = 0
    CONFUSIONS.clear()
    for sent in sentences:
        pred = model.tag([t[0] for t in sent])
        for (_, upos, feats, deprel), p in zip(sent, pred, strict=True):
            n += 1
            upos_ok += p.split("|")[0] == upos
            full_ok += p == label_of(upos, feats, morph, deprel)
            if p.split("|")[0] != upos:
                CONFUSIONS[(upos, p.split("|")[0])] += 1
    return upos_ok / n, full_ok / n


def main(argv: list[str] | None = None) -> int:
    """Train (and check, or write) the model."""

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="cross-check on the two dev sets")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--prune", type=float, default=0.02)
    ap.add_argument("--no-morph", action="store_true")
    ap.add_argument("--drop", default="", help="regular expression of feature names to leave out")
    ap.add_argument(
        "--own-class", type=int, default=200, help="frequent words with their own pair class"
    )
    ap.add_argument("--no-extra", action="store_true", help=f"do not read {EXTRA.name}")
    ap.add_argument(
        "--check-sets", type=int, nargs="+", default=[0, 1], help="--check: train on dev set i"
    )
    ap.add_argument(
        "--save-check",
        action="store_true",
        help="--check: keep each model as bench/data/check-<dev set>.npz (lemma_eval --tagger)",
    )
    ap.add_argument(
        "--folds",
        type=int,
        default=0,
        help="k-fold check on Alpino dev: train on LassySmall dev + history + the other folds",
    )
    ap.add_argument(
        "--dev-weight",
        type=int,
        default=1,
        help="repeat the dev sentences this many times (current guidelines over history)",
    )
    args = ap.parse_args(argv)
    morph = not args.no_morph
    sets = [list(read_conllu(p)) for p in DEV]
    extra = [] if args.no_extra or not EXTRA.exists() else list(read_conllu(EXTRA))
    print(f"extra training sentences: {len(extra)}")
    if args.folds:
        alpino, k = sets[0], args.folds
        n = right = 0
        confusions: Counter = Counter()
        for f in range(k):
            held = alpino[f::k]
            rest = [s for j, s in enumerate(alpino) if j % k != f]
            model = train((rest + sets[1]) * args.dev_weight + extra, morph, args)
            upos, _ = accuracy(model, held, morph)
            size = sum(len(s) for s in held)
            n += size
            right += round(upos * size)
            confusions.update(CONFUSIONS)
            print(f"fold {f + 1}/{k} of {DEV[0].name}: UPOS {upos:.4f} ({size} tokens)")
            if args.save_check:
                model.save(DATA / f"fold{f}-of{k}.npz")
        print(f"{k}-fold {DEV[0].name}: UPOS {right / n:.4f} ({n} tokens)")
        print("  confusions (gold>pred):", confusions.most_common(12))
        return 0
    if args.check:
        for i in args.check_sets:
            t0 = time.perf_counter()
            model = train(sets[i] * args.dev_weight + extra, morph, args)
            upos, full = accuracy(model, sets[1 - i], morph)
            print(
                f"train {DEV[i].name} -> {DEV[1 - i].name}: UPOS {upos:.4f}, label {full:.4f} "
                f"({len(model.index)} features, {model.n_labels} labels, "
                f"{time.perf_counter() - t0:.0f} s)"
            )
            print("  confusions (gold>pred):", CONFUSIONS.most_common(12))
            if args.save_check:
                model.save(DATA / f"check-{DEV[i].name.split('-')[0]}.npz")
        return 0
    model = train([*sets[0], *sets[1]] * args.dev_weight + extra, morph, args)
    from wb.nlp.pipeline import write_offline

    folder = write_offline(model)
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print(f"{folder}: {len(model.index)} features, {model.n_labels} labels, {size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
