"""What the codings of the rest that nothing finds after the first third share with that third.

Usage: python bench/codes_third_missed.py [--set NAME ...] [--options J] [--by-code]

For every tune set (sealed sets are left out; no ``--later`` here) and both splits: the first
third of the split's documents is learned as coded (each wb sentence with the codes of every gold
sentence it overlaps: ``gold_sentence_codes``, as ``bench_codes.py``), the rest scored per gold
sentence.
Each gold coding of the rest that no suggestion finds ("missed") is counted by what it shares
with the coded third and with its own document:

* third: its code has coded sentences in the third at all;
* lemma / 2 lemmas: a content lemma (or compound part) of a sentence coded with the code in the
  third stands in it, not counting lemmas in more than a fifth of the third's sentences;
* marker: a lemma that stands in 2+ coded sentences of the code in the third and is 3 times as
  frequent there as in the third's other sentences;
* head: the head of one of its compounds is the head of a compound of the code's coded sentences;
* near .2: idf-weighted cosine to the nearest coded sentence of the code ≥ .2;
* gold nb / sugg nb: the previous or next sentence has the code in the gold / in the suggestions;
* sect sugg: the code is suggested in the same section (no heading in between);
* doc sugg: the code is suggested somewhere in the document;
* short: fewer than 4 content lemmas.

The same counts for the rest's found codings (for comparison) and, per code with ``--by-code``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_codes as B

from wb.codebook import load_codebook
from wb.coding.evaluate import gold_codings, gold_sentence_codes, sentence_index, sentence_start
from wb.coding.reaching import text_sentences
from wb.coding.sentence_kinds import is_heading, sentence_features
from wb.coding.suggest import Suggester
from wb.nlp import compound_parts, load

MARKS = (
    "third",
    "lemma",
    "2 lemmas",
    "marker",
    "head",
    "near .2",
    "gold nb",
    "sugg nb",
    "sect sugg",
    "doc sugg",
    "short",
)


def head(lemma: str) -> str:
    """The last part of a compound of 8+ letters ("pleeggezin" -> "gezin"), else ''."""
    if len(lemma) < 8:
        return ""
    parts = compound_parts(lemma)
    return parts[-1] if len(parts) > 1 and len(parts[-1]) >= 4 else ""


def marks_of(key, feats, coded, common, markers, heads, model, pred, gold_rest, section):
    """The marks of one rest coding (see the module docstring)."""
    d, i, code = key
    mine = coded.get(code, [])
    lemmas = {x for f in mine for x in f} - common
    shared = feats & lemmas
    out = set()
    if mine:
        out.add("third")
    if shared:
        out.add("lemma")
    if len(shared) >= 2:
        out.add("2 lemmas")
    if feats & markers.get(code, set()):
        out.add("marker")
    if {head(x) for x in feats} - {""} & heads.get(code, set()):
        out.add("head")
    if max((model.likeness(feats, f) for f in mine), default=0.0) >= 0.2:
        out.add("near .2")
    for j in (i - 1, i + 1):
        if (d, j, code) in gold_rest:
            out.add("gold nb")
        if (d, j, code) in pred:
            out.add("sugg nb")
    if any(k[0] == d and k[2] == code for k in pred):
        out.add("doc sugg")
    if any(k[0] == d and k[2] == code and section[k[:2]] == section[(d, i)] for k in pred):
        out.add("sect sugg")
    if len(feats) < 4:
        out.add("short")
    return out


def one(name: str, part: str, options: dict, nlp, by_code: bool) -> None:
    """Print the counts of one split's rest."""
    book = load_codebook(B.SETS[name][0] / "codebook.yaml")
    texts, gold = B.load_data(False, name)
    docs = B.split(sorted(texts), name)[part]
    if not docs:
        return
    third = max(1, round(len(docs) / 3))
    coded_docs, rest = docs[:third], docs[third:]
    suggester = Suggester(book, nlp, expand=True, **options).fit()
    processed = {d: nlp(texts[d]) for d in docs}
    suggester.fit_corpus(processed.values())
    model = suggester.model_
    feats_of: dict[tuple[str, int], frozenset[str]] = {}
    section: dict[tuple[str, int], int] = defaultdict(int)
    for d in docs:
        starts = [g.start for g in gold[d]]
        seen = 0
        for sent in processed[d].sents:
            if sent.text.strip():
                at = sentence_start(sent)
                seen += is_heading(sent.text)
                feats_of[(d, sentence_index(starts, at))] = sentence_features(sent)
                section[(d, sentence_index(starts, at))] = seen
    coded: dict[str, list[frozenset[str]]] = defaultdict(list)
    third_df: Counter[str] = Counter()
    n_third = 0
    for d in coded_docs:
        codes = gold_sentence_codes(gold[d], processed[d])
        for sent, sent_codes in zip(text_sentences(processed[d]), codes, strict=True):
            f = sentence_features(sent)
            third_df.update(f)
            n_third += 1
            for c in sent_codes:
                coded[c].append(f)
        suggester.learn_document(d, processed[d], codes)
    common = {x for x, n in third_df.items() if n > n_third / 5}
    markers: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    for code, fs in coded.items():
        pos = Counter(x for f in fs for x in f)
        markers[code] = {
            x
            for x, p in pos.items()
            if p >= 2
            and p / len(fs) >= 3 * max(1, third_df[x] - p) / max(1, n_third - len(fs))
            and x not in common
        }
        heads[code] = {head(x) for f in fs for x in f} - {""}
    pred = set()
    for d in rest:
        starts = [g.start for g in gold[d]]
        for s in suggester.suggest_doc(d, processed[d]):
            pred.add((d, sentence_index(starts, s.match_start), s.code))
    truth = gold_codings({d: gold[d] for d in rest})
    missed, found = truth - pred, truth & pred
    args = (coded, common, markers, heads, model, pred, truth, section)
    m_marks = {k: marks_of(k, feats_of.get(k[:2], frozenset()), *args) for k in missed}
    f_marks = {k: marks_of(k, feats_of.get(k[:2], frozenset()), *args) for k in found}
    print(
        f"\n{name} {part}: rest {len(rest)} documenten, gold {len(truth)}, gevonden {len(found)},"
        f" gemist {len(missed)}, fout {len(pred - truth)}"
    )
    print(f"  {'':22}" + "".join(f"{m:>10}" for m in MARKS))
    for label, marks in (("gemist", m_marks), ("gevonden", f_marks)):
        n = Counter(m for ms in marks.values() for m in ms)
        print(f"  {label:22}" + "".join(f"{n[m]:10d}" for m in MARKS))
    wrong = pred - truth
    w_marks = {k: marks_of(k, feats_of.get(k[:2], frozenset()), *args) for k in wrong}
    n = Counter(m for ms in w_marks.values() for m in ms)
    print(f"  {'fout (voorgesteld)':22}" + "".join(f"{n[m]:10d}" for m in MARKS))
    # the uncoded sentence-code pairs of the rest (negatives a learner must keep out)
    codes_third = set(coded)
    neg = Counter()
    n_neg = 0
    for (d, i), feats in feats_of.items():
        if d not in rest:
            continue
        for code in codes_third:
            k = (d, i, code)
            if k in truth or k in pred:
                continue
            n_neg += 1
            neg.update(marks_of(k, feats, *args))
    print(f"  {f'ongecodeerd ({n_neg})':22}" + "".join(f"{neg[m]:10d}" for m in MARKS))
    if by_code:
        for code in sorted({k[2] for k in truth}):
            ms = [m for k, m in m_marks.items() if k[2] == code]
            n = Counter(x for m in ms for x in m)
            got = sum(1 for k in found if k[2] == code)
            print(
                f"    {code[:40]:40} gold {len(ms) + got:3d} gemist {len(ms):3d}  "
                + " ".join(f"{m}:{n[m]}" for m in MARKS if n[m])
            )


def main() -> None:
    """Count the missed codings' marks on every tune set."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", action="append", choices=sorted(B.SETS))
    parser.add_argument("--options", default="")
    parser.add_argument("--by-code", action="store_true")
    args = parser.parse_args()
    options = json.loads(args.options) if args.options else {}
    names = [s for s in (args.set or sorted(B.SETS)) if not B.is_sealed(s)]
    nlp = load()
    for name in names:
        for part in ("tune", "held-out"):
            one(name, part, options, nlp, args.by_code)


if __name__ == "__main__":
    main()
