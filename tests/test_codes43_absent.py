"""codes43: codes the coded third did not use keep what the codebook alone finds of them.

A made-up split of three Dutch documents: the coded first document is about a move
(*Verhuizing*) only; the rest is about a move and about contact arrangements (*Omgang*, a code
the coded document never used: the researcher's silence on it there). After learning the first
document the rest gets every suggestion the codebook alone gives it, of both codes
(bench/codes_third_absent.py counts them per group). When the coded documents give the reach
of the codings no threshold, the model's own chance at the goal's precision is its threshold.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from wb.codebook import parse_codebook
from wb.coding import coder_reach
from wb.coding.coder_reach import ReachDocument, ReachModel
from wb.coding.evaluate import GoldSentence, gold_codings, sentence_index
from wb.coding.suggest import Suggester
from wb.nlp import load

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from codes_third_absent import add_into, by_use, third_use

BOOK = parse_codebook(
    """name: proef
codes:
  - name: Verhuizing
    description: Een ouder die met de kinderen naar een andere woonplaats verhuist.
    patterns: [verhuizen, verhuizing]
  - name: Omgang
    description: Hoe vaak een kind de andere ouder ziet, de omgangsregeling.
    patterns: [omgangsregeling]
"""
)
TEXTS = {
    "d1": (
        "Moeder wil verhuizen naar Groningen. De omgangsregeling blijft zoals hij was. "
        "De kat slaapt."
    ),
    "d2": (
        "Vader gaat verhuizen naar Zwolle. De omgangsregeling moet dan anders. De bus was te laat."
    ),
    "d3": (
        "De omgangsregeling staat op papier. Hij ziet zijn vader elke week. "
        "Mijn oom leest de krant."
    ),
}
#: The researcher's codes of each document's three sentences: d1 leaves its *Omgang* hit
#: uncoded (the code is absent from the coded third).
CODES = {
    "d1": [{"Verhuizing"}, set(), set()],
    "d2": [{"Verhuizing"}, {"Omgang"}, set()],
    "d3": [{"Omgang"}, {"Omgang"}, set()],
}


@pytest.fixture(scope="module")
def split():
    nlp = load()
    processed, gold = {}, {}
    for d, text in TEXTS.items():
        processed[d] = nlp(text)
        sents = list(processed[d].sents)
        assert len(sents) == 3
        gold[d] = [
            GoldSentence(d, s.start_char, s.end_char, frozenset(c))
            for s, c in zip(sents, CODES[d], strict=True)
        ]

    def suggest(learn: list[str]) -> set[tuple[str, int, str]]:
        sug = Suggester(BOOK, nlp, expand=True).fit()
        sug.fit_corpus(processed[d] for d in TEXTS)
        for d in learn:
            sug.learn_document(d, processed[d], [set(c) for c in CODES[d]])
        out = set()
        for d in ("d2", "d3"):
            starts = [g.start for g in gold[d]]
            for s in sug.suggest_doc(d, processed[d]):
                out.add((d, sentence_index(starts, s.match_start), s.code))
        return out

    return gold, suggest([]), suggest(["d1"])


def test_the_third_used_only_verhuizing(split):
    gold, _, _ = split
    assert third_use(gold, ["d1"]) == {"Verhuizing": 1}


def test_learning_keeps_the_absent_codes_suggestions(split):
    _, alone, after = split
    expected = {
        ("d2", 0, "Verhuizing"),
        ("d2", 1, "Omgang"),
        ("d3", 0, "Omgang"),
    }
    assert alone == expected
    # the coded document left "De omgangsregeling blijft zoals hij was." uncoded: not read as a
    # refusal of *Omgang* on the rest
    assert after == expected


def test_the_counts_per_group(split):
    gold, alone, after = split
    truth = gold_codings({d: gold[d] for d in ("d2", "d3")})
    part = by_use(alone, after, truth, third_use(gold, ["d1"]))
    assert part == {
        "used": {"gold": 1, "alone": (1, 0), "after": (1, 0), "lost": (0, 0), "added": (0, 0)},
        # "Hij ziet zijn vader elke week." is *Omgang* in the gold: nothing finds it
        "absent": {"gold": 3, "alone": (2, 0), "after": (2, 0), "lost": (0, 0), "added": (0, 0)},
    }
    total: dict = {}
    add_into(total, part)
    add_into(total, part)
    assert total["absent"] == {
        "gold": 6,
        "alone": (4, 0),
        "after": (4, 0),
        "lost": (0, 0),
        "added": (0, 0),
    }


def _reach_doc(own: list[str], coded: list[str] | None) -> ReachDocument:
    """A made-up document for the reach: per sentence the codebook's own code ("A" or ""), and
    (coded) the researcher's."""
    n = len(own)
    return ReachDocument(
        own=[frozenset(c for c in [x] if c) for x in own],
        headings=[False] * n,
        sizes=[6] * n,
        coded=[frozenset(c for c in [x] if c) for x in coded] if coded is not None else None,
    )


#: Two coded documents: the researcher coded the sentence after the codebook's evidence of A
#: (twice in the first, once in the second); left out, neither document has the two right ones
#: the threshold needs.
REACH_DOCS = [
    _reach_doc(["A", "", "", "", "A", "", "", ""], ["A", "A", "", "", "A", "A", "", ""]),
    _reach_doc(["A", "", "", "", "", "", "", ""], ["A", "A", "", "", "", "", "", ""]),
]
NEW = _reach_doc(["A", "", "", "", "", "", "A", ""], None)


def test_without_a_threshold_the_reach_adds_at_the_goals_precision(monkeypatch):
    model = ReachModel().fit(REACH_DOCS, ["A"])
    assert model.threshold_ == 0.6
    # the sentence after the first evidence; the one after the last (7) stays under .6
    assert [(k, code, round(p, 3)) for k, code, p, _ in model.predict(NEW)] == [(1, "A", 0.612)]
    monkeypatch.setattr(coder_reach, "FALLBACK", False)
    off = ReachModel().fit(REACH_DOCS, ["A"])
    assert off.threshold_ is None
    assert off.predict(NEW) == []


def test_no_fallback_without_two_coded_pairs():
    one = [REACH_DOCS[1], _reach_doc(["A", "", "", ""], ["A", "", "", ""])]
    assert ReachModel().fit(one, ["A"]).threshold_ is None
