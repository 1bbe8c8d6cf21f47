"""The subjectivity lexicon (CLiPS/pattern, PDDL) behind wb.dossiers.descriptions (voice12)."""

from __future__ import annotations

import pytest
from label_finders import described

from wb.dossiers.descriptions import evaluative_words, excess_adjectives, load_words


def test_the_lexicon_adds_to_the_hand_list() -> None:
    hand = load_words("evaluative_adjectives.txt")
    lexicon = load_words("evaluative_adjectives_lexicon.txt")
    assert {"arrogant", "bekrompen", "gewetenloos", "respectloos"} <= lexicon - hand
    # labels39: and their forms with "over-" ("overgevoelig", "overfanatiek")
    assert evaluative_words() == hand | lexicon | excess_adjectives()
    # what a person suffers or feels is no judgement of them (evaluative_lexicon_skip.txt)
    assert not {"bang", "ziek", "bedroefd", "arm", "zeer", "streng"} & lexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De arrogante vader kwam te laat.", ["arrogante vader"]),
        ("Zij is een bekrompen moeder.", ["bekrompen moeder"]),
        ("Een respectloze jongen schold de juf uit.", ["respectloze jongen"]),
        ("Moeder was gewetenloos.", ["gewetenloos"]),
        ("Hij zei dat ze gewetenloos was.", ["gewetenloos"]),
        # guards: a feeling or illness, a professional, a thing
        ("Het bange kind huilde.", []),
        ("De zieke moeder lag in bed.", []),
        ("De arrogante advocaat sprak.", []),
        ("Het was een vreselijke dag.", []),
        # a person noun at the end of a prepositional phrase is not the subject
        ("Hij vond dat de ontzegging van het contact met zijn zoon onterecht was.", []),
        ("Het contact met de moeder was onterecht.", []),
    ],
)
def test_lexicon_descriptions(text: str, expected: list[str]) -> None:
    assert described(text) == expected
