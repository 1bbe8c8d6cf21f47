"""Lemma pairs learned from the coded documents (codes7, opt-in ``use_pairs``): a pair of words
becomes a code's pattern when two coded documents confirm it. Sentences are made up."""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding.pairs import PairLearner
from wb.coding.suggest import Suggester, sentence_features
from wb.nlp import load

F = frozenset
DOC1 = [
    (F({"klacht", "ongegrond", "brief"}), F({"Afhandeling"})),
    (F({"klacht", "ongegrond"}), F({"Afhandeling"})),
    (F({"school", "fiets"}), F()),
]
DOC2 = [
    (F({"klacht", "ongegrond", "commissie"}), F({"Afhandeling"})),
    (F({"school", "klacht"}), F()),
]


def test_a_pair_confirmed_by_two_coded_documents() -> None:
    learner = PairLearner().fit([DOC1, DOC2])
    assert learner.match("Afhandeling", F({"klacht", "ongegrond", "vandaag"})) == (
        "klacht",
        "ongegrond",
        3,
    )
    # a pair that stands in uncoded sentences too, or in one document only, is no pattern
    assert learner.match("Afhandeling", F({"klacht", "school"})) is None
    assert learner.match("Afhandeling", F({"brief", "ongegrond"})) is None
    assert PairLearner().fit([DOC1]).match("Afhandeling", F({"klacht", "ongegrond"})) is None
    # the codebook names both words already: nothing to add
    known = {"Afhandeling": {"klacht", "ongegrond"}}
    assert PairLearner().fit([DOC1, DOC2], known).pairs_ == {}


BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Afhandeling
    patterns: [klachtencommissie]
"""
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def _learned(nlp, use_pairs: bool) -> list[tuple[str, str]]:
    suggester = Suggester(BOOK, nlp, expand=True, use_pairs=use_pairs).fit()
    coded = [
        ["Mijn klacht werd ongegrond verklaard.", "We gingen naar school."],
        ["Ook haar klacht was ongegrond.", "Het regende."],
    ]
    for texts in coded:
        sents = [(t, sentence_features(next(nlp(t).sents))) for t in texts]
        suggester.model_.learn_document(sents, [{"Afhandeling"}, set()])
    # many other words: too unlike any one coded sentence for the examples (cosine < .55)
    doc = nlp(
        "Volgens de lange brief van de gemeente aan de oude school in het kleine dorp "
        "bij de rivier was zijn klacht ongegrond."
    )
    return [(s.code, s.reason) for s in suggester.suggest_doc("d", doc)]


def test_a_learned_pair_brings_a_suggestion_with_its_reason(nlp) -> None:
    assert _learned(nlp, True) == [
        ("Afhandeling", "patroon uit uw coderingen: klacht + ongegrond (2 zinnen)")
    ]
    assert _learned(nlp, False) == []
