"""codes25: an exclude clause that turns on a negation ("alimentatie die niet wordt betaald").

A made-up codebook and made-up sentences, exact expectations (wb.coding.excludes,
wb.coding.rank.CodeModel.excluded, Suggester).
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding.excludes import negations
from wb.coding.suggest import Suggester
from wb.nlp import load

BOOK = parse_codebook(
    """
name: geld
codes:
  - name: Bijdrage
    description: Wat een ouder na de scheiding betaalt voor een kind.
    patterns: [alimentatie]
    exclude: Het innen van alimentatie die niet wordt betaald (zie Schulden).
  - name: Schulden
    description: Een gezin met schulden en de hulp daarbij.
    patterns: [schuld]
  - name: Hulp
    description: Hulp voor ouders.
    patterns: [{all: [hulp, ouder]}]
    exclude: Een ouder die geen hulp wil (zie Schulden).
  - name: Gehoord
    description: Kinderen die gehoord worden.
    patterns: [{all: [kind, gehoord]}]
    exclude: Het ervaren van (niet) gehoord worden (zie Schulden).
"""
)


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.fixture(scope="module")
def suggester(nlp):
    return Suggester(BOOK, nlp, expand=True).fit()


def _codes(suggester, nlp, text: str) -> list[tuple[str, str, str]]:
    return [(s.match_text, s.code, s.rule) for s in suggester.suggest_doc("d", nlp(text))]


def test_clause_reads_its_negation_and_negated_word(suggester):
    (ex,) = suggester.model_.codes_["Bijdrage"].excludes
    assert (ex.negation, ex.negated, ex.target) == ("niet", "betalen", "Schulden")
    assert sorted(ex.words) == ["innen"]  # "alimentatie", "betalen" are the code's own


def test_negation_in_brackets_is_optional(suggester):
    (ex,) = suggester.model_.codes_["Gehoord"].excludes
    assert (ex.negation, ex.negated) == ("", "")


def test_sentence_negations(nlp):
    assert negations(nlp("De niet-betaalde alimentatie en geen geld.")) == {"niet", "geen"}
    assert negations(nlp("De alimentatie wordt betaald.")) == frozenset()


def test_negated_sentence_goes_to_the_target(suggester, nlp):
    text = "De alimentatie wordt al maanden niet betaald."
    assert _codes(suggester, nlp, text) == [(text, "Schulden", "(uitsluiting)")]


def test_without_negation_the_code_stays(suggester, nlp):
    text = "De alimentatie wordt elke maand betaald."
    assert _codes(suggester, nlp, text) == [("alimentatie", "Bijdrage", "alimentatie")]


def test_negation_without_the_negated_word_is_not_enough(suggester, nlp):
    text = "De alimentatie is niet hoog."
    assert _codes(suggester, nlp, text) == [("alimentatie", "Bijdrage", "alimentatie")]


def test_another_negation_word_does_not_fit(suggester, nlp):
    text = "De ouder staat niet open voor hulp."
    hit = ("ouder staat niet open voor hulp", "Hulp", '{"all": ["hulp", "ouder"]}')
    assert _codes(suggester, nlp, text) == [hit]
    text = "De ouder wil geen hulp."
    assert _codes(suggester, nlp, text) == [(text, "Schulden", "(uitsluiting)")]
