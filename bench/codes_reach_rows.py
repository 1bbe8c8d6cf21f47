"""Each suggestion the reach adds after a first third, with what might tell it right (codes40).

Usage: python bench/codes_reach_rows.py [--sets codes5,codes11] [--splits held-out] --out FILE

As ``codes_third_gain.py`` (the first third of each split coded from gold, the rest suggested,
the whole split the corpus, main's options), but it writes one JSON line per suggestion of the
reach (``wb.coding.coder_reach``) on the rest: the reach's chance, threshold and features, the
sentence's shapes (heading, question, numbered, colon, short), the content words it shares with
the code's description, its codebook examples and the sentences the third coded with it (and with
other codes), the codes the other suggestions gave it, the document's length and whether it is
minutes, and the gold: right, another code's sentence, or uncoded. Whether the key is the reach's
(no other suggestion has it) is written too: only those count in the figures. Sealed sets are
left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from codes_by_code import kind
from codes_third_gain import DEFAULT_SETS
from codes_third_learning import suggest_after_learning, third_splits, unsealed

import wb.coding.coder_reach as coder_reach
import wb.coding.suggest as suggest_module
from wb.coding.evaluate import gold_codings, sentence_index
from wb.coding.line_roles import line_shapes
from wb.coding.passages import is_minutes
from wb.coding.reaching import text_sentences
from wb.coding.sentence_kinds import sentence_features
from wb.nlp import load

_RECORDS: list[dict[str, Any]] = []
_predict = coder_reach.ReachModel.predict
_reach_suggestions = suggest_module.reach_suggestions


def _predict_kept(self: Any, doc: Any) -> Any:
    """ReachModel.predict, its answer kept on the model for the record."""
    self.last_ = _predict(self, doc)
    return self.last_


def _coded_lemmas(model: Any) -> tuple[dict[str, set[str]], dict[str, int]]:
    """Per code the content lemmas of the sentences the coded documents gave it, and how many."""
    lemmas: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    for doc in model.coded_docs_:
        for feats, codes in doc:
            for code in codes:
                lemmas.setdefault(code, set()).update(feats)
                counts[code] = counts.get(code, 0) + 1
    return lemmas, counts


def _recording(
    suggester: Any,
    reach: Any,
    name: str,
    doc: Any,
    found: list[Any],
    metadata: Any = None,
    skip: frozenset[str] = frozenset(),
) -> list[Any]:
    """reach_suggestions, each suggestion recorded with its features."""
    out = _reach_suggestions(suggester, reach, name, doc, found, metadata, skip)
    sents = text_sentences(doc)
    starts = [s.start_char for s in sents]
    rows = {(k, code): (p, row) for k, code, p, row in getattr(reach, "last_", [])}
    given: list[list[tuple[str, str]]] = [[] for _ in sents]
    for s in found:
        given[max(0, bisect_right(starts, s.match_start) - 1)].append((s.code, kind(s.rule)))
    plain = suggester.plain_suggester().model_
    coded, counts = _coded_lemmas(suggester.model_)
    minutes = is_minutes(doc.text)
    for s in out:
        k = max(0, bisect_right(starts, s.match_start) - 1)
        chance, row = rows[(k, s.code)]
        feats = sentence_features(sents[k])
        info = plain.codes_[s.code]
        examples = set().union(*(ex for _, ex in info.examples)) if info.examples else set()
        others = set().union(*(v for c, v in coded.items() if c != s.code)) if coded else set()
        text = sents[k].text.strip()
        _RECORDS.append(
            {
                "doc": name,
                "start": s.match_start,
                "code": s.code,
                "chance": round(chance, 4),
                "threshold": round(reach.threshold_, 4),
                "row": {f: round(v, 4) for f, v in row.items()},
                "shapes": sorted(line_shapes(text)),
                "question": text.rstrip("\"'”’) ").endswith("?"),
                "words": len(text.split()),
                "lemmas": len(feats),
                "seeds": sorted(feats & set(info.seeds)),
                "examples": sorted(feats & examples),
                "coded": sorted(feats & coded.get(s.code, set())),
                "coded_other": sorted(feats & others),
                "third_n": counts.get(s.code, 0),
                "given": sorted(set(given[k])),
                "minutes": minutes,
                "n_sents": len(sents),
                "text": " ".join(text.split()),
            }
        )
    return out


def main() -> None:
    """Write the reach's suggestions on the rests with their features and gold."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="")
    parser.add_argument("--splits", default="tune,held-out")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    coder_reach.ReachModel.predict = _predict_kept  # type: ignore[method-assign]
    suggest_module.reach_suggestions = _recording  # type: ignore[assignment]
    names = [n for n in unsealed(args.sets.split(",") if args.sets else list(DEFAULT_SETS)) if n]
    nlp = load()
    with open(args.out, "w", encoding="utf-8") as out:
        for set_name in names:
            for sp in third_splits(nlp, set_name, args.splits.split(",")):
                _RECORDS.clear()
                pred = suggest_after_learning(nlp, sp, {}, sp.coded, sp.rest)
                truth = gold_codings({d: sp.gold[d] for d in sp.rest})
                for rec in _RECORDS:
                    gold = sp.gold[rec["doc"]]
                    i = sentence_index([g.start for g in gold], rec["start"])
                    key = (rec["doc"], i, rec["code"])
                    rec.update(
                        set=set_name,
                        split=sp.name,
                        sent=i,
                        right=key in truth,
                        gold=sorted(gold[i].codes),
                        counted=key in pred and kind(pred[key].rule) == "reach",
                    )
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                print(set_name, sp.name, len(_RECORDS), flush=True)


if __name__ == "__main__":
    main()
