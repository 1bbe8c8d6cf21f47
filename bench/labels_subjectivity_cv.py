"""Try a wider adjective set for the description pattern: CLiPS polarity/subjectivity thresholds.

labels25: the pattern `negatieve typering` reads the hand list and the strongly negative CLiPS
adjectives (``evaluative_adjectives*.txt``). This adds every adjective of
``wb/lang/nl/subjectivity_adjectives.txt`` with polarity <= P and subjectivity >= S, per setting,
and scores tune (batches <= 23, texts present) by scope. Grouped CV: 5 folds by text
(sha1(id) mod 5); on four folds the setting with the most person-aimed matches whose
person-aimed precision stays >= .90 is chosen (none: the current lists), scored on the fifth.

    PYTHONPATH=$PWD python bench/labels_subjectivity_cv.py
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_labels import HERE, AnnotationMismatch, evaluate, gold_spans, text_path  # noqa: E402

import wb.dossiers.descriptions as descriptions  # noqa: E402
from wb.dossiers.labels import LabelFinder  # noqa: E402
from wb.dossiers.lexicon import fold  # noqa: E402
from wb.lang import words  # noqa: E402

SETTINGS = [None, (-0.5, 0.8), (-0.4, 0.8), (-0.3, 0.7), (-0.2, 0.7), (-0.1, 0.6)]


def extra_adjectives(polarity: float, subjectivity: float) -> frozenset[str]:
    """CLiPS adjectives at or below the polarity and at or above the subjectivity."""
    out = set()
    for line in words("subjectivity_adjectives.txt"):
        word, pol, subj = line.split(";")
        if float(pol) <= polarity and float(subj) >= subjectivity:
            out.add(fold(word))
    return frozenset(out)


def main() -> None:
    """Per-text counts for every setting, the in-sample table and the grouped CV."""
    manifest = yaml.safe_load((HERE / "manifest.yaml").read_text(encoding="utf-8"))
    entries = []
    for e in manifest["texts"]:
        if e.get("batch", 1) > 23 or not text_path(e).exists():
            continue
        try:
            gold_spans(text_path(e).read_text(encoding="utf-8"), e.get("labels") or [])
        except AnnotationMismatch:
            continue
        entries.append(e)
    finder = LabelFinder(REPO / "codebooks" / "labels.yaml").fit()
    docs = {e["id"]: finder.nlp(text_path(e).read_text(encoding="utf-8")) for e in entries}
    base = descriptions.evaluative_words()
    per_text: dict = {}
    for setting in SETTINGS:
        words_ = base if setting is None else base | extra_adjectives(*setting)
        descriptions.evaluative_words = lambda w=words_: w
        per_text[setting] = {e["id"]: counts(finder, e, docs) for e in entries}
        total = sum(per_text[setting].values(), Counter())
        print(f"{setting}: {line(total)}")
    fold_of = {e["id"]: int(hashlib.sha1(e["id"].encode()).hexdigest(), 16) % 5 for e in entries}
    cv: Counter = Counter()
    for k in range(5):
        train = [i for i in fold_of if fold_of[i] != k]
        test = [i for i in fold_of if fold_of[i] == k]
        best, best_matched = None, -1
        for setting in SETTINGS:
            c = sum((per_text[setting][i] for i in train), Counter())
            ok = c["found_person"] == 0 or c["right_person"] / c["found_person"] >= 0.90
            if ok and c["matched_person"] > best_matched:
                best, best_matched = setting, c["matched_person"]
        print(f"fold {k}: chosen {best}")
        cv += sum((per_text[best][i] for i in test), Counter())
    print(f"grouped CV: {line(cv)}")


def counts(finder: LabelFinder, entry: dict, docs: dict) -> Counter:
    """The counts of one text, without the voice confusion."""
    c = evaluate(finder, [entry], docs=docs)
    c.pop("confusion")
    return c


def line(c: Counter) -> str:
    """Recall and precision overall and per scope."""
    parts = [f"all {c['matched']}/{c['gold']} prec {c['matched']}/{c['found']}"]
    for s in ("lexicon", "person", "other"):
        parts.append(
            f"{s} {c[f'matched_{s}']}/{c[f'gold_{s}']} prec {c[f'right_{s}']}/{c[f'found_{s}']}"
        )
    return "; ".join(parts)


if __name__ == "__main__":
    main()
