"""The learning loop of the after-a-third benches: code the first third, learn it, suggest the rest.

As ``bench_codes.py``: per split of a set, the first third of its documents is coded (from gold),
the rest is suggested, the whole split is the project's corpus. A variant is a JSON of
``Suggester`` options, where a key with a dot (``"reaching.MIN_OWN"``) sets a module constant of
``wb.coding`` for that variant. Used by ``codes_reach_guards.py`` and ``codes_third_gain.py``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_codes as B
from codes_alone_sets import with_constants

from wb.codebook import load_codebook
from wb.coding.evaluate import gold_sentence_codes, sentence_index
from wb.coding.suggest import Suggester

#: (document, sentence index, code) of a suggestion or a gold coding.
Key = tuple[str, int, str]


@dataclass
class ThirdSplit:
    """One split of a set: its codebook, texts, gold, documents (coded third, rest), parsed."""

    name: str
    book: Any
    texts: dict[str, str]
    gold: Any
    docs: list[str]
    coded: list[str]
    rest: list[str]
    processed: dict[str, Any]


def variants_of(specs: list[str]) -> dict[str, dict]:
    """ "main" (the defaults) and the variants of ``--variant NAME=JSON`` options."""
    variants: dict[str, dict] = {"main": {}}
    for v in specs:
        name, _, spec = v.partition("=")
        variants[name] = json.loads(spec)
    return variants


def unsealed(names: list[str]) -> list[str]:
    """The set names without the sealed sets; prints each sealed set as left out."""
    sealed = set(B.left_out(False))
    for name in sorted(sealed):
        print(f"verzegeld: {name} blijft buiten deze run")
    return [n for n in names if n not in sealed]


def first_third(docs: list[str]) -> tuple[list[str], list[str]]:
    """The coded first third of a split's documents (at least one) and the rest."""
    third = max(1, round(len(docs) / 3))
    return docs[:third], docs[third:]


def third_splits(nlp: Any, set_name: str, split_names: list[str]) -> Iterator[ThirdSplit]:
    """The named splits of a set that have two documents or more, their documents parsed."""
    book = load_codebook(B.SETS[set_name][0] / "codebook.yaml")
    texts, gold = B.load_data(False, set_name)
    splits = B.split(sorted(texts), set_name)
    for split_name in split_names:
        docs = splits[split_name]
        if len(docs) < 2:
            continue
        coded, rest = first_third(docs)
        processed = {d: nlp(texts[d]) for d in docs}
        yield ThirdSplit(split_name, book, texts, gold, docs, coded, rest, processed)


def suggest_after_learning(
    nlp: Any, split: ThirdSplit, spec: dict, learn: list[str], scored: list[str]
) -> dict[Key, Any]:
    """The first suggestion per key of `scored` after learning the coded documents `learn`, the
    corpus being the split's documents, with a variant's options and module constants."""
    consts = {k: v for k, v in spec.items() if "." in k}
    options = {k: v for k, v in spec.items() if "." not in k}
    processed, gold = split.processed, split.gold
    old = with_constants(consts)
    try:
        sug = Suggester(split.book, nlp, expand=True, **options).fit()
        sug.fit_corpus(processed[d] for d in split.docs)
        for d in learn:
            sug.learn_document(d, processed[d], gold_sentence_codes(gold[d], processed[d]))
        pred: dict[Key, Any] = {}
        for d in scored:
            starts = [g.start for g in gold[d]]
            for s in sug.suggest_doc(d, processed[d]):
                pred.setdefault((d, sentence_index(starts, s.match_start), s.code), s)
        return pred
    finally:
        for (module, attr), value in old.items():
            setattr(module, attr, value)
