"""Do the words of the coded first third say where the rest's missed codings are? (codes23)

Usage: python bench/codes_third_words.py [--set NAME ...] [--options J]

For every tune set (sealed sets are left out; no ``--later`` here) and both splits, as in
``bench_codes.py``: the first third of the split's documents is learned as coded (each wb
sentence with the codes of every gold sentence it overlaps: ``gold_sentence_codes``), the rest
suggested. Every (rest sentence, code) pair wb does not suggest, for each code the third codes,
is a candidate: "missed" when the gold has it, "uncoded" when not. For each kind of word
evidence the coded third offers, printed: how many missed and uncoded pairs have it, and the
precision a rule adding all such pairs would have (missed / (missed + uncoded)):

* a content lemma (or compound part) of the code's coded sentences in the third, not one of the
  corpus's common lemmas (in more than a twentieth of its sentences); two of them;
* the same with nouns and verbs only;
* a near form only: no shared lemma, but one of 6+ letters whose first six letters are those of
  one of the code's ("voogd" / "voogdij");
* a lexicon word: weighted log-odds with an informative prior of the code's coded sentences
  against the project's corpus, z ≥ 2 or ≥ 3 (content lemmas, or nouns and verbs);
* a lexicon word and the code suggested in the same section, or in the sentence before or after;
* the code's own description words at .3 of the threshold (for comparison: no word of the third).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_codes as B

from wb.codebook import load_codebook
from wb.coding.evaluate import gold_codings, gold_sentence_codes, sentence_index, sentence_start
from wb.coding.lemmas import _stop_words, token_lemma
from wb.coding.reaching import text_sentences
from wb.coding.sentence_kinds import is_heading, sentence_features
from wb.coding.suggest import Suggester
from wb.nlp import load

#: Prior strength of the log-odds lexicon (sentences).
PRIOR = 10.0


def nouns_verbs(sent) -> frozenset[str]:
    """Lemmas of the sentence's nouns and verbs (no stop words)."""
    stop = _stop_words()
    out = set()
    for t in sent:
        low = token_lemma(t)
        if t.pos_ in ("NOUN", "VERB") and len(low) >= 3 and low.isalpha() and low not in stop:
            out.add(low)
    return frozenset(out)


def lexicon(coded: dict[str, list[frozenset[str]]], df: Counter, n: int) -> dict[str, dict]:
    """Per code {lemma: z} of lemmas in 2+ of its coded sentences (log-odds, informative prior)."""
    out = {}
    for code, sents in coded.items():
        n_c = len(sents)
        pos = Counter(x for f in sents for x in f)
        z = {}
        for w, y in pos.items():
            if y < 2:
                continue
            d = max(df.get(w, 0), y)
            a = PRIOR * d / n
            y_o, n_o = d - y, max(n - n_c, 1)
            own = math.log((y + a) / (n_c + PRIOR - y - a + 1e-9))
            other = math.log((y_o + a) / (n_o + PRIOR - y_o - a))
            z[w] = (own - other) / math.sqrt(1 / (y + a) + 1 / (y_o + a))
        out[code] = z
    return out


def candidates(name: str, part: str, options: dict, nlp) -> list[dict]:
    """The marks of every not-suggested (rest sentence, code of the third) pair of one split."""
    book = load_codebook(B.SETS[name][0] / "codebook.yaml")
    texts, gold = B.load_data(False, name)
    docs = B.split(sorted(texts), name)[part]
    if not docs:
        return []
    third = max(1, round(len(docs) / 3))
    coded_docs, rest = docs[:third], docs[third:]
    suggester = Suggester(book, nlp, expand=True, **options).fit()
    processed = {d: nlp(texts[d]) for d in docs}
    suggester.fit_corpus(processed.values())
    model = suggester.model_
    feats, nv, section = {}, {}, {}
    for d in docs:
        starts = [g.start for g in gold[d]]
        seen = 0
        for sent in processed[d].sents:
            if not sent.text.strip():
                continue
            at = sentence_start(sent)
            k = (d, sentence_index(starts, at))
            seen += is_heading(sent.text)
            feats[k], nv[k], section[k] = sentence_features(sent), nouns_verbs(sent), seen
    coded, coded_nv = defaultdict(list), defaultdict(list)
    for d in coded_docs:
        codes = gold_sentence_codes(gold[d], processed[d])
        for sent, sent_codes in zip(text_sentences(processed[d]), codes, strict=True):
            for c in sent_codes:
                coded[c].append(sentence_features(sent))
                coded_nv[c].append(nouns_verbs(sent))
        suggester.learn_document(d, processed[d], codes)
    common = {x for x, m in model.df_.items() if m > model.n_sentences_ / 20}
    lex = lexicon(coded, model.df_, model.n_sentences_)
    lex_nv = lexicon(coded_nv, Counter(x for f in nv.values() for x in f), len(nv))
    pred = set()
    for d in rest:
        starts = [g.start for g in gold[d]]
        for s in suggester.suggest_doc(d, processed[d]):
            pred.add((d, sentence_index(starts, s.match_start), s.code))
    truth = gold_codings({d: gold[d] for d in rest})
    rows = []
    for code in coded:
        words = {x for f in coded[code] for x in f} - common
        words_nv = {x for f in coded_nv[code] for x in f} - common
        prefixes = {x[:6] for x in words if len(x) >= 6}
        for (d, i), f in feats.items():
            if d not in rest or (d, i, code) in pred:
                continue
            z = max((lex[code].get(w, 0.0) for w in f), default=0.0)
            z_nv = max((lex_nv[code].get(w, 0.0) for w in nv[(d, i)]), default=0.0)
            near_sugg = any((d, j, code) in pred for j in (i - 1, i + 1))
            same_section = any(
                k[0] == d and k[2] == code and section[k[:2]] == section[(d, i)] for k in pred
            )
            rows.append(
                {
                    "gold": (d, i, code) in truth,
                    "lemma": bool(f & words),
                    "2 lemmas": len(f & words) >= 2,
                    "noun/verb": bool(nv[(d, i)] & words_nv),
                    "near form": not f & words
                    and any(len(x) >= 6 and x[:6] in prefixes for x in f),
                    "z2": z >= 2,
                    "z3": z >= 3,
                    "z2 nv": z_nv >= 2,
                    "z3 nv": z_nv >= 3,
                    "z2 section": z >= 2 and same_section,
                    "z2 next": z >= 2 and near_sugg,
                    "own .3": model._own_evidence(code, f),
                }
            )
    return rows


LABELS: dict[str, str] = {
    "lemma": "a content lemma of the code's coded sentences",
    "2 lemmas": "two of them",
    "noun/verb": "a noun or verb of them",
    "near form": "a near form only (first six letters)",
    "z2": "a lexicon word, z >= 2",
    "z3": "a lexicon word, z >= 3",
    "z2 nv": "a lexicon noun or verb, z >= 2",
    "z3 nv": "a lexicon noun or verb, z >= 3",
    "z2 section": "a lexicon word (z >= 2), code in the same section",
    "z2 next": "a lexicon word (z >= 2), code in the sentence before or after",
    "own .3": "the code's own words at .3 of the threshold",
}


def table(rows: list[dict], out: Callable[[str], None] = print) -> None:
    """Print the counts of `rows` as a Markdown table."""
    missed = [r for r in rows if r["gold"]]
    uncoded = [r for r in rows if not r["gold"]]
    out(f"| evidence | missed ({len(missed)}) | uncoded ({len(uncoded)}) | precision if added |")
    out("|---|---|---|---|")
    for key, label in LABELS.items():
        g = sum(r[key] for r in missed)
        u = sum(r[key] for r in uncoded)
        share_g = g / max(1, len(missed))
        share_u = u / max(1, len(uncoded))
        prec = g / (g + u) if g + u else 0.0
        out(f"| {label} | {g} ({share_g:.0%}) | {u} ({share_u:.0%}) | {prec:.2f} |")


def main() -> None:
    """Print the table pooled over every tune split, then per split the missed pairs' counts."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", action="append", choices=sorted(B.SETS))
    parser.add_argument("--options", default="")
    args = parser.parse_args()
    options = json.loads(args.options) if args.options else {}
    names = [s for s in (args.set or sorted(B.SETS)) if not B.is_sealed(s)]
    nlp = load()
    pooled = []
    for name in names:
        for part in ("tune", "held-out"):
            rows = candidates(name, part, options, nlp)
            if rows:
                g = [r for r in rows if r["gold"]]
                print(
                    f"{name} {part}: missed {len(g)}, uncoded {len(rows) - len(g)}", file=sys.stderr
                )
            pooled += rows
    table(pooled)


if __name__ == "__main__":
    main()
