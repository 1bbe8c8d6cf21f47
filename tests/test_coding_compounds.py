"""A one-word pattern inside a compound of the text, and an agent noun's separable verb (codes9,
measured on the tune rows of the real sets): only with ``expand`` (the codebook's suggestions)."""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding.compounds import agent_verb, compound_ends
from wb.coding.suggest import Suggester
from wb.nlp import load

BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Wachten
    patterns: [wachtlijst]
  - name: Rapportage
    patterns: [verslag]
  - name: Weglopen
    patterns: [wegloper]
  - name: Spel
    patterns: [spel]
  - name: Cultuur
    patterns: [cultuur]
  - name: Open werkcultuur
  - name: Melding
    patterns: [melding]
"""
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def _found(nlp, text: str, *, expand: bool = True) -> list[tuple[str, str]]:
    suggester = Suggester(BOOK, nlp, expand=expand).fit()
    return [
        (s.code, s.match_text)
        for s in suggester.suggest_doc("d", nlp(text))
        if not s.rule.startswith("(")
    ]


def test_the_pattern_word_as_first_part_of_a_compound(nlp) -> None:
    text = "De wachtlijstproblematiek in deze regio groeit elk jaar."
    assert _found(nlp, text) == [("Wachten", "wachtlijstproblematiek")]
    assert _found(nlp, text, expand=False) == []


def test_the_pattern_word_as_head_of_a_compound(nlp) -> None:
    text = "Het raadsverslag kwam pas na vier maanden."
    assert _found(nlp, text) == [("Rapportage", "raadsverslag")]


def test_an_agent_noun_finds_its_separable_verb_split_and_whole(nlp) -> None:
    found = _found(nlp, "Hij liep twee keer weg uit de groep.")
    assert found == [("Weglopen", "liep twee keer weg")]
    assert _found(nlp, "Zij wilde niet weglopen.") == [("Weglopen", "weglopen")]
    assert _found(nlp, "Zij wilde niet weglopen.", expand=False) == []


def test_short_pattern_words_and_non_compounds_stay_whole(nlp) -> None:
    assert _found(nlp, "De spelregels waren duidelijk.") == []  # "spel": fewer than six letters
    assert compound_ends("verslag") == frozenset()
    assert compound_ends("raadsverslag") == frozenset({"verslag"})
    assert agent_verb("leraar") == ""
    assert agent_verb("wegloper") == "weglopen"


def test_a_compound_the_codebook_writes_in_another_code_is_no_hit_of_its_part(nlp) -> None:
    assert _found(nlp, "De familiecultuur telt mee.") == [("Cultuur", "familiecultuur")]
    assert _found(nlp, "De werkcultuur telt mee.") == []  # the name of "Open werkcultuur"


def test_a_prefix_of_three_letters_is_no_compound_part(nlp) -> None:
    assert _found(nlp, "Na de spoedmelding kwam iemand.") == [("Melding", "spoedmelding")]
    assert _found(nlp, "Na de aanmelding kwam iemand.") == []
