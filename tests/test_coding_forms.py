"""A pattern's verb in the forms real text uses for it: a participle used as an adjective ("de
uit huis geplaatste kinderen"), and all words of an all-of pattern written as one word
("uithuisgeplaatste") (codes6, measured on the tune rows of the real sets)."""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding import evidence, suggest
from wb.coding.evidence import participle_verb
from wb.coding.suggest import Suggester
from wb.nlp import load

BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Uithuisplaatsing
    patterns:
      - {all: [uit, huis, plaatsen]}
  - name: Melding
    patterns: [melden]
  - name: Terugblik
    patterns:
      - {all: [terug, kijken]}
"""
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def _found(nlp, text: str) -> list[tuple[str, str]]:
    suggest._match_lemma.cache_clear()
    suggest._KEYS.clear()
    suggester = Suggester(BOOK, nlp).fit()
    return [(s.code, s.match_text) for s in suggester.suggest_doc("d", nlp(text))]


def test_a_participle_used_as_an_adjective_is_its_verb() -> None:
    assert participle_verb("geplaatst") == "plaatsen"
    assert participle_verb("uithuisgeplaatst") == "uithuisplaatsen"
    assert participle_verb("gewond") == ""  # no verb behind it
    assert participle_verb("gezin") == ""


def test_the_pattern_finds_the_forms_of_its_verb(nlp) -> None:
    assert _found(nlp, "Het gaat om de uit huis geplaatste kinderen.") == [
        ("Uithuisplaatsing", "uit huis geplaatste")
    ]
    assert _found(nlp, "Er zijn veel uithuisgeplaatste kinderen in de regio.") == [
        ("Uithuisplaatsing", "uithuisgeplaatste")
    ]
    assert _found(nlp, "Een gewonde man lag in huis.") == []


def test_a_particle_and_its_verb_are_not_joined(nlp) -> None:
    # {all: [terug, kijken]} names the words apart; written as one they are the verb
    # "terugkijken", which the codebook did not list (synthetic tune: one wrong suggestion)
    assert _found(nlp, "Ik kijk vaak terug op die tijd.") == [("Terugblik", "kijk vaak terug")]
    assert _found(nlp, "Als ik terugkijk, zie ik veel.") == []


def test_without_the_rule_those_forms_are_missed(nlp) -> None:
    evidence.ENABLED.discard("participle")
    try:
        assert _found(nlp, "Het gaat om de uit huis geplaatste kinderen.") == []
        assert _found(nlp, "Er zijn veel uithuisgeplaatste kinderen in de regio.") == []
    finally:
        evidence.ENABLED.add("participle")
        suggest._match_lemma.cache_clear()
        suggest._KEYS.clear()
