"""codes42: where recall after a coded third is lost (bench/codes_third_lost.py).

A made-up split of three Dutch documents: the coded first document is about a move
(*Verhuizing*), the rest about a move and about contact arrangements (*Omgang* with its child
*Weekendregeling*). After learning the first document, each gold coding of the rest that no
suggestion finds is marked by the evidence the coded third and the codebook offer for it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from wb.codebook import parse_codebook
from wb.coding import coder_reach
from wb.coding.coder_reach import ReachModel
from wb.coding.evaluate import GoldSentence
from wb.nlp import load

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from codes_third_lost import bucket, lost_codings, other_kind

BOOK = parse_codebook(
    """name: proef
codes:
  - name: Verhuizing
    description: Een ouder die met de kinderen naar een andere woonplaats verhuist.
    patterns: [verhuizen, verhuizing]
  - name: Omgang
    description: Hoe vaak een kind de andere ouder ziet, de omgangsregeling.
    patterns: [omgangsregeling]
    codes:
      - name: Weekendregeling
        description: Het kind is om het weekend bij de vader of de moeder.
        patterns: [weekend]
"""
)
TEXTS = {
    "d1": (
        "Moeder wil verhuizen naar Groningen. Dan wordt de reistijd voor de kinderen lang. "
        "De kat slaapt."
    ),
    "d2": (
        "Vader gaat verhuizen naar Zwolle. De reistijd naar school wordt een uur. "
        "De bus was te laat."
    ),
    "d3": (
        "De omgangsregeling staat op papier. Om het weekend gaan ze naar vader. "
        "Mijn oom leest de krant."
    ),
}
#: The researcher's codes of each document's three sentences.
CODES = {
    "d1": [{"Verhuizing"}, {"Verhuizing"}, set()],
    "d2": [{"Verhuizing"}, {"Verhuizing"}, set()],
    "d3": [{"Omgang"}, {"Omgang"}, {"Verhuizing"}],
}


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.fixture(scope="module")
def lost(nlp):
    processed, gold = {}, {}
    for d, text in TEXTS.items():
        processed[d] = nlp(text)
        sents = list(processed[d].sents)
        assert len(sents) == 3
        gold[d] = [
            GoldSentence(d, s.start_char, s.end_char, frozenset(c))
            for s, c in zip(sents, CODES[d], strict=True)
        ]
    return lost_codings(nlp, BOOK, processed, gold, ["d1"], ["d2", "d3"])


def test_the_suggestions_of_the_rest(lost):
    pred, _ = lost
    assert sorted((k, s.rule) for k, s in pred.items()) == [
        (("d2", 0, "Verhuizing"), "verhuizen"),
        (("d3", 0, "Omgang"), "omgangsregeling"),
        (("d3", 1, "Omgang/Weekendregeling"), "weekend"),
    ]


def test_the_missed_codings_and_their_marks(lost):
    _, missed = lost
    assert missed == {
        # like the coded third's "Dan wordt de reistijd voor de kinderen lang." (reistijd,
        # worden), but one coded sentence of one document is not enough for the nearest
        # coded sentences (three, in two documents), and one coded document trains no reach
        ("d2", 1, "Verhuizing"): {
            "third": "1-2",
            "own": "1",
            "reach": "no",
            "desc": "0",
            "near": ">=.2",
            "other": "none",
        },
        # the pattern "weekend" chose the child; the researcher coded the parent
        ("d3", 1, "Omgang"): {
            "third": "0",
            "own": "1",
            "reach": "no",
            "desc": "0",
            "near": "0",
            "other": "family",
        },
        # nothing in the sentence nor in its document speaks for a move
        ("d3", 2, "Verhuizing"): {
            "third": "1-2",
            "own": "0",
            "reach": "no",
            "desc": "0",
            "near": "0",
            "other": "none",
        },
    }


def test_buckets_and_what_else_is_suggested():
    names = ("0", "<.5", "<1", ">=1")
    assert [bucket(x, (1e-9, 0.5, 1.0), names) for x in (0.0, 0.3, 0.5, 0.99, 1.0, 2.4)] == [
        "0",
        "<.5",
        "<1",
        "<1",
        ">=1",
        ">=1",
    ]
    assert [bucket(n, (1, 3), ("0", "1-2", "3+")) for n in (0, 1, 2, 3, 13)] == [
        "0",
        "1-2",
        "1-2",
        "3+",
        "3+",
    ]
    assert other_kind("Omgang", set()) == "none"
    assert other_kind("Omgang", {"Omgang/Weekendregeling"}) == "family"
    assert other_kind("Omgang/Weekendregeling", {"Omgang"}) == "family"
    assert other_kind("Omgang", {"Verhuizing", "Omgangshuis"}) == "other"


def test_the_reach_model_reads_its_constants_when_made(monkeypatch):
    assert (ReachModel().precision, ReachModel().min_right) == (0.6, 2)
    monkeypatch.setattr(coder_reach, "PRECISION", 0.5)
    monkeypatch.setattr(coder_reach, "MIN_RIGHT", 3)
    assert (ReachModel().precision, ReachModel().min_right) == (0.5, 3)
    assert ReachModel(precision=0.7, min_right=1).min_right == 1
