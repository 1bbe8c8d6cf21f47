"""Why the coded first third adds no right coding, and what simple learners over it would add.

Usage: python bench/codes_third_learners.py [--set NAME ...] [--by-code] [--min-docs N]

For every tune set (sealed sets are left out; no ``--later`` here) and both splits, as in
``bench_codes.py``: the first third of the split's documents is coded (gold), the rest is
suggested. Printed per split:

* the codebook alone and after the first third on the rest (the whole split's corpus, as the
  after-a-third run), right / suggested, and the right codings learning adds;
* per code of the third (``--by-code``): its coded sentences and documents in the third, the
  rest's gold codings, how many of them share a content lemma or compound part (not one of the
  corpus's common lemmas) with the code's coded sentences of the third, whether wb's own
  learner (``CodeLearner``) trusts the code (its calibrated threshold) and how many rest
  sentences reach it (right / all);
* two learners over ALL sentences of the third (coded = positive for their codes, the others
  negative), parameters fixed in advance, not tuned per set, each in union with "after a
  third": per-code lemma log-odds with a prior (a sentence is proposed when its best lemma has
  z >= ``Z_MIN`` and stood in ``MIN_POS`` coded sentences of the code in ``MIN_DOCS`` documents),
  and a per-code logistic regression over the lemma features (proposed at p >= ``P_MIN``);
  right / wrong codings each adds beyond "after a third".

Sentences are wb's (features, and the codes a coding session learns from a document coded as the
gold says: ``gold_sentence_codes``, as ``bench_codes.py``); a rest sentence's proposal is scored
for the gold sentence it starts in (the scoring unit of ``bench_codes.py``), and a rest gold
coding "shares a lemma" when a wb sentence starting in its gold sentence does.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_codes as B

from wb.codebook import load_codebook
from wb.coding.evaluate import gold_codings, gold_sentence_codes, sentence_index, sentence_start
from wb.coding.learned import CodeLearner
from wb.coding.reaching import text_sentences
from wb.coding.sentence_kinds import sentence_features
from wb.coding.suggest import Suggester
from wb.nlp import load

#: Log-odds learner: prior strength (sentences), least z, coded sentences and documents.
PRIOR, Z_MIN, MIN_POS, MIN_DOCS = 10.0, 3.0, 2, 2
#: Logistic regression: least probability, regularisation.
P_MIN, C_REG = 0.6, 1.0

Key = tuple[str, int]


def read(name: str, part: str, nlp) -> dict | None:
    """Documents, features and gold codes per sentence of one split (None when empty)."""
    book = load_codebook(B.SETS[name][0] / "codebook.yaml")
    texts, gold = B.load_data(False, name)
    docs = B.split(sorted(texts), name)[part]
    if not docs:
        return None
    third = max(1, round(len(docs) / 3))
    processed = {d: nlp(texts[d]) for d in docs}
    feats: dict[Key, frozenset[str]] = {}
    codes: dict[Key, frozenset[str]] = {}
    at: dict[Key, int] = {}
    order: dict[str, list[Key]] = defaultdict(list)
    for d in docs:
        starts = [g.start for g in gold[d]]
        sents = text_sentences(processed[d])
        for i, (sent, sent_codes) in enumerate(
            zip(sents, gold_sentence_codes(gold[d], processed[d]), strict=True)
        ):
            k = (d, i)
            order[d].append(k)
            feats[k] = sentence_features(sent)
            codes[k] = frozenset(sent_codes)
            at[k] = sentence_index(starts, sentence_start(sent))
    return {
        "book": book,
        "gold": gold,
        "docs": docs,
        "coded": docs[:third],
        "rest": docs[third:],
        "processed": processed,
        "feats": feats,
        "codes": codes,
        "at": at,
        "order": order,
    }


def wb_runs(s: dict, nlp) -> tuple[set, set, Suggester]:
    """(codebook alone, after a third) codings of the rest, and the learned suggester."""
    out = []
    for learn in ([], s["coded"]):
        sug = Suggester(s["book"], nlp, expand=True).fit()
        sug.fit_corpus(s["processed"][d] for d in s["docs"])
        for d in learn:
            sug.learn_document(d, s["processed"][d], [set(s["codes"][k]) for k in s["order"][d]])
        pred = set()
        for d in s["rest"]:
            starts = [g.start for g in s["gold"][d]]
            for x in sug.suggest_doc(d, s["processed"][d]):
                pred.add((d, sentence_index(starts, x.match_start), x.code))
        out.append((pred, sug))
    return out[0][0], out[1][0], out[1][1]


def log_odds(s: dict) -> set[tuple[str, int, str]]:
    """Rest codings the per-code lemma log-odds learner of the third proposes."""
    third = [k for d in s["coded"] for k in s["order"][d]]
    n = len(third)
    df = Counter(x for k in third for x in s["feats"][k])
    out = set()
    for code in {c for k in third for c in s["codes"][k]}:
        pos = [k for k in third if code in s["codes"][k]]
        cnt = Counter(x for k in pos for x in s["feats"][k])
        docs = {x: len({k[0] for k in pos if x in s["feats"][k]}) for x in cnt}
        z = {}
        for w, y in cnt.items():
            if y < MIN_POS or docs[w] < MIN_DOCS:
                continue
            a = PRIOR * df[w] / n
            y_o, n_o = df[w] - y, max(n - len(pos), 1)
            own = math.log((y + a) / (len(pos) + PRIOR - y - a + 1e-9))
            other = math.log((y_o + a) / (n_o + PRIOR - y_o - a))
            z[w] = (own - other) / math.sqrt(1 / (y + a) + 1 / (y_o + a))
        good = {w for w, v in z.items() if v >= Z_MIN}
        for d in s["rest"]:
            for k in s["order"][d]:
                if s["feats"][k] & good:
                    out.add((d, s["at"][k], code))
    return out


def logistic(s: dict) -> set[tuple[str, int, str]]:
    """Rest codings a per-code logistic regression over the third's lemmas proposes."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    third = [k for d in s["coded"] for k in s["order"][d]]
    rest = [k for d in s["rest"] for k in s["order"][d]]
    if not third or not rest:
        return set()
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(s["feats"][k], 1) for k in third])
    xr = vec.transform([dict.fromkeys(s["feats"][k], 1) for k in rest])
    out = set()
    for code in sorted({c for k in third for c in s["codes"][k]}):
        y = [code in s["codes"][k] for k in third]
        n_docs = len({k[0] for k, v in zip(third, y, strict=True) if v})
        if sum(y) < MIN_POS or all(y) or n_docs < MIN_DOCS:
            continue
        model = LogisticRegression(C=C_REG, max_iter=1000).fit(x, y)
        for k, p in zip(rest, model.predict_proba(xr)[:, 1], strict=True):
            if p >= P_MIN:
                out.add((k[0], s["at"][k], code))
    return out


def by_code(s: dict, sug: Suggester, truth: set, alone: set, after: set) -> None:
    """Per code of the third: lemma overlap of the rest's gold and wb's learner's reach."""
    third = [k for d in s["coded"] for k in s["order"][d]]
    model = sug.model_
    common = {x for x, m in model.df_.items() if m > model.n_sentences_ / 20}
    docs = [[(s["feats"][k], s["codes"][k]) for k in s["order"][d]] for d in s["coded"]]
    in_gold: dict[Key, frozenset[str]] = defaultdict(frozenset)
    for d in s["rest"]:
        for k in s["order"][d]:
            in_gold[(d, s["at"][k])] |= s["feats"][k]
    learner = CodeLearner().fit(docs)
    print("  | code | coded (docs) | rest gold | share a lemma | wb learner | reach | added |")
    for code in sorted({c for k in third for c in s["codes"][k]}):
        pos = [k for k in third if code in s["codes"][k]]
        words = {x for k in pos for x in s["feats"][k]} - common
        gold = [t for t in truth if t[2] == code]
        share = sum(bool(in_gold[t[:2]] & words) for t in gold)
        th = learner.thresholds_.get(code)
        reach = {
            (d, s["at"][k], code)
            for d in s["rest"]
            for k in s["order"][d]
            if th and learner.score(code, s["feats"][k])[0] >= 1.0
        }
        add = {t for t in after - alone if t[2] == code}
        print(
            f"  | {code} | {len(pos)} ({len({k[0] for k in pos})}) | {len(gold)} | {share} | "
            f"{'-' if th is None else f'{th:.2f}'} | {len(truth & reach)} / {len(reach)} | "
            f"{len(add & truth)} / {len(add)} |"
        )


def main() -> None:
    """Print per split the wb runs, the learners' additions and (optionally) the code table."""
    global MIN_DOCS
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", action="append", choices=sorted(B.SETS))
    parser.add_argument("--by-code", action="store_true")
    parser.add_argument("--min-docs", type=int, default=MIN_DOCS)
    args = parser.parse_args()
    MIN_DOCS = args.min_docs
    names = [n for n in (args.set or sorted(B.SETS)) if not B.is_sealed(n)]
    nlp = load()
    for name in names:
        for part in ("tune", "held-out"):
            s = read(name, part, nlp)
            if s is None:
                continue
            truth = gold_codings({d: s["gold"][d] for d in s["rest"]})
            alone, after, sug = wb_runs(s, nlp)
            seen = {c for d in s["coded"] for k in s["order"][d] for c in s["codes"][k]}
            line = f"{name} {part} docs {len(s['coded'])}+{len(s['rest'])} rest gold {len(truth)}"
            line += f" (codes of the third {sum(t[2] in seen for t in truth)})"
            line += f" | alone {len(alone & truth)}/{len(alone)}"
            line += f" | after {len(after & truth)}/{len(after)}"
            for label, prop in (("log-odds", log_odds(s)), ("logreg", logistic(s))):
                new = prop - after
                line += f" | +{label} {len(new & truth)} right {len(new - truth)} wrong"
                line += f" (alone {len(prop & truth)}/{len(prop)})"
            print(line, flush=True)
            if args.by_code:
                by_code(s, sug, truth, alone, after)


if __name__ == "__main__":
    main()
