"""Where recall after a coded third is lost: each missed gold coding of the rest, by the evidence
the coded third and the codebook offer for it (codes42).

Usage: python bench/codes_third_lost.py [--sets codes2,...,codes15] [--splits tune,held-out]
       [--dump FILE]

As ``bench_codes.py`` and ``codes_third_gain.py``: per unsealed set and split the first third of
the documents is coded (from gold) and learned, the rest suggested, the whole split the corpus.
Each gold coding of the rest no suggestion finds is counted by:

* ``third``: coded sentences of its code in the coded third (0, 1-2, 3+);
* ``own``: sentences of its document where the codebook's own evidence (the twin that learned
  nothing) has the code (0, 1, 2+): the reach of the codings needs 2 (``reaching.MIN_OWN``);
* ``reach``: whether the reach of the codings has a threshold on this split at all;
* ``desc``: the code's description score in the sentence as a share of the threshold (0, < .5,
  < 1, ≥ 1: found words the filters did not let through);
* ``near``: idf-weighted likeness to the nearest coded sentence of the code in the third (0,
  < .2, ≥ .2);
* ``other``: what else is suggested there (none, its parent or child, another code).

Pooled counts per split and over all splits are printed; ``--dump`` writes each missed coding
as a JSON line. Sealed sets are left out (no ``--later`` here).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from codes_third_learning import Key, third_splits, unsealed

from wb.coding.evaluate import gold_codings, gold_sentence_codes, sentence_index
from wb.coding.reaching import text_sentences
from wb.coding.sentence_kinds import sentence_features
from wb.coding.suggest import Suggester
from wb.nlp import load

#: The marks of a missed coding, in print order.
MARKS = ("third", "own", "reach", "desc", "near", "other")


def bucket(value: float, edges: tuple[float, ...], names: tuple[str, ...]) -> str:
    """The name of the first edge `value` lies below (the last name above every edge)."""
    for edge, name in zip(edges, names, strict=False):
        if value < edge:
            return name
    return names[-1]


def other_kind(code: str, others: set[str]) -> str:
    """What else the sentence is suggested: "none", "family" (parent or child) or "other"."""
    if not others:
        return "none"
    if any(o.startswith(code + "/") or code.startswith(o + "/") for o in others):
        return "family"
    return "other"


def lost_codings(
    nlp: Any,
    book: Any,
    processed: dict[str, Any],
    gold: Any,
    coded: list[str],
    rest: list[str],
) -> tuple[dict[Key, Any], dict[Key, dict[str, Any]]]:
    """The suggestions of the rest after learning the coded documents, and per missed gold
    coding of the rest its marks (see the module docstring)."""
    sug = Suggester(book, nlp, expand=True).fit()
    sug.fit_corpus(processed[d] for d in [*coded, *rest])
    third: dict[str, list[frozenset[str]]] = defaultdict(list)
    for d in coded:
        codes = gold_sentence_codes(gold[d], processed[d])
        sug.learn_document(d, processed[d], codes)
        for s, cs in zip(text_sentences(processed[d]), codes, strict=True):
            for c in cs:
                third[c].append(sentence_features(s))
    reach = sug.reach_model()
    trained = reach is not None and reach.threshold_ is not None
    model = sug.model_
    assert model is not None
    plain = sug.plain_suggester()
    truth = gold_codings({d: gold[d] for d in rest})
    pred: dict[Key, Any] = {}
    lost: dict[Key, dict[str, Any]] = {}
    for d in rest:
        starts = [g.start for g in gold[d]]
        for s in sug.suggest_doc(d, processed[d]):
            pred.setdefault((d, sentence_index(starts, s.match_start), s.code), s)
        own = Counter(s.code for s in plain.suggest_doc(d, processed[d]))
        feats = {
            sentence_index(starts, s.start_char + len(s.text) - len(s.text.lstrip())): (
                sentence_features(s)
            )
            for s in text_sentences(processed[d])
        }
        for key in sorted(k for k in truth if k[0] == d and k not in pred):
            _, i, code = key
            f = feats.get(i, frozenset())
            info = model.codes_[code]
            share = model.description_score(info, f, dict(info.company))[0] / model.threshold
            near = max((model.likeness(f, x) for x in third.get(code, [])), default=0.0)
            others = {k[2] for k in pred if k[:2] == (d, i)}
            lost[key] = {
                "third": bucket(len(third.get(code, [])), (1, 3), ("0", "1-2", "3+")),
                "own": bucket(own[code], (1, 2), ("0", "1", "2+")),
                "reach": "yes" if trained else "no",
                "desc": bucket(share, (1e-9, 0.5, 1.0), ("0", "<.5", "<1", ">=1")),
                "near": bucket(near, (1e-9, 0.2), ("0", "<.2", ">=.2")),
                "other": other_kind(code, others),
            }
    return pred, lost


def main() -> None:
    """Print the marks of the missed codings per set and split, and pooled."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=",".join(f"codes{k}" for k in range(2, 16)))
    parser.add_argument("--splits", default="tune,held-out")
    parser.add_argument("--dump", default="")
    args = parser.parse_args()
    nlp = load()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    pooled: dict[str, Counter[str]] = defaultdict(Counter)
    for set_name in unsealed([n for n in args.sets.split(",") if n]):
        for sp in third_splits(nlp, set_name, args.splits.split(",")):
            pred, lost = lost_codings(nlp, sp.book, sp.processed, sp.gold, sp.coded, sp.rest)
            truth = gold_codings({d: sp.gold[d] for d in sp.rest})
            print(
                f"{set_name:8} {sp.name:8} gold {len(truth):4} found {len(truth & set(pred)):4} "
                f"missed {len(lost):4}  "
                + "  ".join(
                    f"{m}: "
                    + ",".join(
                        f"{v} {n}" for v, n in sorted(Counter(x[m] for x in lost.values()).items())
                    )
                    for m in MARKS
                ),
                flush=True,
            )
            for key, marks in lost.items():
                for m in MARKS:
                    pooled[m][marks[m]] += 1
                if marks["third"] != "0":
                    pooled["third>0: own"][marks["own"]] += 1
                    pooled["third>0: own, reach"][f"{marks['own']} {marks['reach']}"] += 1
                    pooled["third>0: desc"][marks["desc"]] += 1
                    pooled["third>0: near"][marks["near"]] += 1
                    pooled["third>0: other"][marks["other"]] += 1
                if dump is not None:
                    row = {"set": set_name, "split": sp.name, "doc": key[0], "sent": key[1]}
                    dump.write(json.dumps({**row, "code": key[2], **marks}, ensure_ascii=False))
                    dump.write("\n")
    print("pooled (both splits):")
    for m, counts in pooled.items():
        print(f"  {m:22} " + ", ".join(f"{v} {n}" for v, n in sorted(counts.items())))
    if dump is not None:
        dump.close()


if __name__ == "__main__":
    main()
